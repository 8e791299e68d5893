"""The sample corpus generator: ``python -m samples.make [NAME ...]``.

Each sample is a content file ``samples/NAME.content.json`` (what the report prints, with
the hand-written parsed values the truth copies) rendered the way an office makes its
PDF: a Word document printed by LibreOffice Writer, a workbook printed by Calc, report
software drawing with reportlab, or a scan of one of those. The renderer writes
``NAME.pdf``, builds the records from the content alone, reads back from the PDF only the
page of every record (and checks that the layout features the sample exists for are
there), and writes ``NAME.truth.json`` with :mod:`samples.make.truth`.

Shared: :mod:`office` (the LibreOffice wrapper), :mod:`truth` (the truth writer and the
checks of hand-written values), :mod:`readback` (reading a PDF back), :mod:`compare`
(old and new samples, field by field). Renderers, each a module with ``make_sample``
that a content file names as its ``renderer``: Word documents (:mod:`writer`'s helpers;
``word_tables`` with its checks :mod:`word_checks` and :mod:`word_kv_checks`,
``word_grid``, ``word_areas``, ``word_cremona``), workbooks (:mod:`calc`'s ``SheetStyle``
and helpers; ``calc_sheets``, ``calc_trento``, ``calc_hierarchy``, ``calc_headings``,
``calc_turned``, ``calc_catania``), report software (:mod:`report`, a ``Look`` per
issuer for the :mod:`blocks` format, also printed through Word by :mod:`blocks_docx`;
``report_ats``, ``report_exports`` with :mod:`report_ruled` and :mod:`report_plan`) and
:mod:`scan`, the scanned variant.
"""

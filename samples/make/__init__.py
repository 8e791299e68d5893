"""The sample corpus generator: ``python -m samples.make [NAME ...]``.

Each sample is a content file ``samples/NAME.content.json`` (what the report prints, with
the hand-written parsed values the truth copies) rendered the way an office makes its
PDF: a Word document printed by LibreOffice Writer, a workbook printed by Calc, report
software drawing with reportlab, or a scan of one of those. The renderer writes
``NAME.pdf``, builds the records from the content alone, reads back from the PDF only the
page of every record (and checks that the layout features the sample exists for are
there), and writes ``NAME.truth.json`` with :mod:`samples.make.truth`.
"""

"""The sample corpus generator: ``python -m samples.make [NAME ...]``.

Each sample is a content file ``samples/NAME.content.json``: what the report prints, the
hand-written parsed values the truth copies, the ``renderer`` that makes its PDF the way
an office does, the ``layout`` (a ``format`` of that renderer and its options) and the
features the PDF must show (``expect``). A renderer writes ``NAME.pdf``, builds the records
from the content alone, reads back from the PDF only the page of every record, and
writes ``NAME.truth.json``.

Modules: the renderers :mod:`word` (python-docx printed by LibreOffice Writer),
:mod:`calc` (openpyxl printed by LibreOffice Calc) and :mod:`report` (reportlab, as report
software draws), each a subpackage: its ``__init__`` holds ``make_sample`` and the
``FORMATS`` it describes, its modules split the work by what the code does — the
library's building blocks (``word.document``, ``calc.workbook``, ``calc.metrics``,
``report.styles``, ``report.pages``), ``tables``, whole documents (``layouts``,
``report.stories``), ``records`` from the content (and ``word.content``, the content as
printed) and, for Word, reading the PDF back (``word.pages``). Shared by them:
:mod:`blocks`, a content format both ``report`` and ``word`` print; :mod:`scan`, the
scanned variant of a rendered sample; :mod:`office` (the LibreOffice wrapper),
:mod:`truth` (the truth writer, record building and the checks of hand-written values),
:mod:`readback` (reading a PDF back and the ``expect`` checks), :mod:`compare` (old and
new samples, field by field) and :mod:`__main__` (the command).
"""

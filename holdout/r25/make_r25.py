"""Round r25 generator: renders every sample PDF from its content and writes NAME.truth.json from the content.
Run: .venv/bin/python make_r25.py   (each sNN.py writes NAME.content.json from the data it holds, reads it back,
renders the PDF — s1 via python-docx + LibreOffice, s2 via openpyxl + LibreOffice Calc, s3/s4 via reportlab —
then writes the truth, with page/page_end read back from the PDF with pdfplumber)."""
import runpy
for m in ('s1', 's2', 's3', 's4'):
    runpy.run_path(m + '.py', run_name='__main__')

"""Word (python-docx) renderers for r3, converted to PDF by LibreOffice."""
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Pt, Cm, RGBColor

from r3docx import (base_doc, para, page_break, shade, cell_text, col_widths, cant_split, repeat_header,
                    borders, cell_margins, footer_page)
from r3lib import soffice


def toc(d, entries, size=10.5):
    for text, pg in entries:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        indent = text[:1].isdigit() and "." in text.split()[0][:-1]
        p.paragraph_format.left_indent = Cm(0.6 if indent else 0)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(f"{text}\t{pg}")
        r.font.size = Pt(size)


def other_table(d, b, head_fill="BFBFBF", size=9, widths=None):
    cap = para(d, b["caption"], size=9.5, bold=True, after=3, before=6)
    cap.paragraph_format.keep_with_next = True
    t = d.add_table(rows=1 + len(b["rows"]), cols=len(b["header"]))
    borders(t, sz=4, color="7F7F7F")
    cell_margins(t)
    for j, h in enumerate(b["header"]):
        cell_text(t.rows[0].cells[j], h, size=size, bold=True,
                  align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.rows[0].cells[j], head_fill)
    for i, row in enumerate(b["rows"], 1):
        last = i == len(b["rows"]) and row[0].lower().startswith("totale")
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, size=size, bold=last,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    if widths:
        col_widths(t, widths)
    para(d, "", after=2)


# ---------------------------------------------------------------- ASL Lecce: schede indicatore
def lecce(c):
    name = c["name"]
    d = base_doc(font="Calibri", size=10.5)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.3)
    hdr = s.header.paragraphs[0]
    hdr.text = "ASL Lecce – Relazione sulla performance 2022"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hdr.runs[0].font.size = Pt(8)
    hdr.runs[0].italic = True
    footer_page(s, "Azienda Sanitaria Locale di Lecce – Via Miglietta, 5 – 73100 Lecce")
    for st, sz, col in (("Heading 1", 14, "1F3864"), ("Heading 2", 13, "1F3864"), ("Heading 3", 11.5, "2E74B5"),
                        ("Heading 4", 10.5, "2E74B5")):
        d.styles[st].font.size = Pt(sz)
        d.styles[st].font.color.rgb = RGBColor.from_string(col)
    d.styles["Heading 4"].font.italic = False
    cv = c["cover"]
    para(d, "", after=60)
    para(d, cv["region"], size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=30, color="595959")
    para(d, cv["acronym"], size=30, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=2, color="1F3864")
    para(d, cv["issuer"], size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=90, color="1F3864")
    para(d, cv["title"], size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, cv["year"], size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, cv["sub"], size=10, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=120)
    para(d, cv["adopted"], size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(d)
    for b in c["blocks"]:
        t = b["t"]
        if t == "toc":
            para(d, "Indice", size=14, bold=True, after=10, color="1F3864")
            toc(d, b["entries"])
            page_break(d)
        elif t == "chap":
            d.add_heading(b["text"], level=1)
        elif t == "p":
            p = para(d, b["text"], after=6)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif t == "other":
            other_table(d, b, head_fill="D9E2F3", widths=[7.4, 3.0, 3.0, 3.0] if len(b["header"]) == 4 else [7.6, 5.4, 3.4])
        elif t == "h":
            lvl = {"area": 2, "strategic": 3, "operational": 4}[b["level"]]
            d.add_heading(b["text"], level=lvl)
        elif t == "scheda":
            tb = d.add_table(rows=len(b["rows"]), cols=2)
            borders(tb, sz=4, color="8EAADB")
            cell_margins(tb, top=30, bottom=30)
            for i, (k, v) in enumerate(b["rows"]):
                cell_text(tb.rows[i].cells[0], k, size=9.5, bold=True)
                shade(tb.rows[i].cells[0], "DEEAF6")
                bold = k in ("Indicatore", "Esito")
                cell_text(tb.rows[i].cells[1], v, size=9.5, bold=bold)
                cant_split(tb.rows[i])
                if i < len(b["rows"]) - 1:
                    tb.rows[i].cells[0].paragraphs[0].paragraph_format.keep_with_next = True
                    tb.rows[i].cells[1].paragraphs[0].paragraph_format.keep_with_next = True
            col_widths(tb, [4.0, 12.4])
            if b.get("comment"):
                p = para(d, b["comment"], size=9.5, after=2, before=3, italic=True)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            para(d, "", after=2, size=6)
    docx = f"{name}.docx"
    d.save(docx)
    soffice(docx)
    return f"{name}.pdf"


# ---------------------------------------------------------------- Provincia di Bergamo: Esito symbols
def bergamo(c):
    name = c["name"]
    d = base_doc(font="Arial", size=10)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.0)
    footer_page(s, "Provincia di Bergamo – Relazione sulla performance 2022")
    for st, sz, col in (("Heading 1", 13, "000000"), ("Heading 2", 12, "7B2C2C"), ("Heading 3", 10.5, "000000")):
        d.styles[st].font.size = Pt(sz)
        d.styles[st].font.color.rgb = RGBColor.from_string(col)
    cv = c["cover"]
    para(d, "", after=40)
    para(d, cv["issuer"], size=24, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, color="7B2C2C")
    para(d, "Via Torquato Tasso, 8 – 24121 Bergamo", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    para(d, cv["office"], size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=150)
    para(d, cv["title"], size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, cv["sub"], size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=160)
    para(d, cv["approved"], size=9.5, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(d)
    first_chap = True
    for b in c["blocks"]:
        t = b["t"]
        if t == "toc":
            para(d, "SOMMARIO", size=12, bold=True, after=10)
            toc(d, b["entries"], size=10)
            para(d, "", after=12)
        elif t == "chap":
            d.add_heading(b["text"], level=1)
        elif t == "p":
            p = para(d, b["text"], after=6)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif t == "other":
            other_table(d, b, head_fill="E7D3D3", size=8.5, widths=[7.4, 3.6, 3.6, 2.4])
        elif t == "h":
            lvl = {"area": 2, "strategic": 3, "operational": 3}[b["level"]]
            d.add_heading(b["text"], level=lvl)
        elif t == "itable":
            hdr = b["header"]
            tb = d.add_table(rows=1 + len(b["items"]), cols=len(hdr))
            borders(tb, sz=6, color="000000")
            cell_margins(tb, top=40, bottom=40)
            for j, h in enumerate(hdr):
                cell_text(tb.rows[0].cells[j], h, size=9, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
                shade(tb.rows[0].cells[j], "F2E6E6")
            repeat_header(tb.rows[0])
            for i, it in enumerate(b["items"], 1):
                cells = it["cells"]
                for j, v in enumerate(cells):
                    al = WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER
                    if j == 4:
                        cell_text(tb.rows[i].cells[j], v, size=13, align=al, font="DejaVu Sans", color="7B2C2C")
                    else:
                        cell_text(tb.rows[i].cells[j], v, size=9, align=al)
                cant_split(tb.rows[i])
            col_widths(tb, [1.0, 7.6, 3.4, 3.4, 1.6])
            lg = para(d, "", after=4, before=2)
            r = lg.add_run("Legenda esito:  ")
            r.font.size = Pt(7.5)
            r.italic = True
            r = lg.add_run(b["legend"])
            r.font.size = Pt(7.5)
            r.font.name = "DejaVu Sans"
            if b.get("commento"):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(8)
                r = p.add_run("Commento: ")
                r.bold = True
                r.font.size = Pt(9.5)
                r = p.add_run(b["commento"])
                r.font.size = Pt(9.5)
            else:
                para(d, "", after=2, size=6)
    docx = f"{name}.docx"
    d.save(docx)
    soffice(docx)
    return f"{name}.pdf"

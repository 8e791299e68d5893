"""Render an r4 content (layout rl-borderless) to PDF with reportlab: 8 pt tables without any
rule or shading, rows separated by spacing only, bold objective headings between tables."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")

BODY = ParagraphStyle("body", fontName="LS", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY,
                      spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LS-B", fontSize=12, leading=15, spaceBefore=10,
                    spaceAfter=6, textColor=colors.HexColor("#003366"))
HOBJ = ParagraphStyle("hobj", fontName="LS-B", fontSize=9, leading=11.5, spaceBefore=9,
                      spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8, leading=9.6)
CELL_C = ParagraphStyle("cellc", parent=CELL, alignment=TA_CENTER)
CELL_R = ParagraphStyle("cellr", parent=CELL, alignment=TA_RIGHT)
HEAD = ParagraphStyle("head", parent=CELL, fontName="LS-B")
HEAD_C = ParagraphStyle("headc", parent=HEAD, alignment=TA_CENTER)


def P(text, style):
    return Paragraph(escape(text or ""), style)


def indicator_table(block):
    cols = block["columns"]
    hr = block["header_rows"]
    data = []
    for j, hrow in enumerate(hr):
        data.append([P(h, HEAD if i < 2 else HEAD_C) for i, h in enumerate(hrow)])
    for row in block["rows"]:
        data.append([P(v, CELL if i < 2 else CELL_C) for i, v in enumerate(row["cells"])])
    t = Table(data, colWidths=[c["width"] * cm for c in cols], repeatRows=2, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 2), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 2), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
        ("SPAN", (2, 0), (3, 0)),
        ("SPAN", (4, 0), (5, 0)),
    ]
    t.setStyle(TableStyle(style))
    return t


def other_table(block):
    cols = block["columns"]
    data = [[P(c["header"], HEAD if i == 0 else ParagraphStyle("hr", parent=HEAD,
                                                                alignment=TA_RIGHT))
             for i, c in enumerate(cols)]]
    for row in block["rows"]:
        st = [CELL, CELL_R, CELL_R]
        if row.get("total"):
            st = [ParagraphStyle("t", parent=s, fontName="LS-B") for s in st]
        data.append([P(v, s) for v, s in zip(row["cells"], st)])
    t = Table(data, colWidths=[c["width"] * cm for c in cols], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("TOPPADDING", (0, -1), (-1, -1), 7)]))
    return t


def render_rl(content, pdf_path):
    footer = content["footer"]

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("LS", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        canvas.restoreState()

    story = []
    for b in content["blocks"]:
        t = b["type"]
        if t == "cover":
            sizes = {True: "LS-B", False: "LS"}
            for i, line in enumerate(b["lines"]):
                st = ParagraphStyle(f"c{i}", fontName=sizes[bool(line.get("bold"))],
                                    fontSize=line["size"], leading=line["size"] * 1.3,
                                    alignment=TA_LEFT, spaceAfter=4,
                                    textColor=colors.HexColor("#003366") if i == 1 else
                                    colors.black)
                story.append(P(line["text"], st))
            story.append(Spacer(1, 10))
        elif t == "heading":
            story.append(CondPageBreak(4 * cm))
            story.append(P(b["text"], H1))
        elif t == "paragraph":
            story.append(P(b["text"], BODY))
        elif t == "hier":
            story.append(CondPageBreak(3 * cm))
            story.append(P(b["text"], HOBJ))
        elif t == "table":
            if b["role"] == "indicators":
                story.append(indicator_table(b))
            else:
                story.append(KeepTogether([other_table(b)]))
    doc = SimpleDocTemplate(str(pdf_path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Relazione sulla performance 2022", author="Regione Marche")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

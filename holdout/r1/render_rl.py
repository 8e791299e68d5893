"""Render the Como content with reportlab, as a report-software export: borderless tables,
a thin rule under the header, full-width status and comment rows, rows split over pages
(splitInRow) with no repeated header."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

BLUE = colors.HexColor("#1d4f91")
WIDTHS = [6.0 * cm, 2.7 * cm, 3.0 * cm, 5.3 * cm]

S = {
    "cover1": ParagraphStyle("c1", fontName="DV-B", fontSize=20, leading=26, alignment=TA_CENTER, textColor=BLUE),
    "cover2": ParagraphStyle("c2", fontName="DV", fontSize=11, leading=15, alignment=TA_CENTER),
    "cover3": ParagraphStyle("c3", fontName="DV-B", fontSize=17, leading=22, alignment=TA_CENTER, spaceBefore=16),
    "cover4": ParagraphStyle("c4", fontName="DV", fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=18),
    "section": ParagraphStyle("s", fontName="DV-B", fontSize=12.5, leading=16, textColor=BLUE, spaceBefore=12, spaceAfter=6),
    "body": ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6),
    "area": ParagraphStyle("a", fontName="DV-B", fontSize=11.5, leading=15, textColor=colors.white,
                           backColor=BLUE, borderPadding=(3, 4, 3, 4), spaceBefore=14, spaceAfter=8),
    "strategic": ParagraphStyle("os", fontName="DV-B", fontSize=10.5, leading=14, textColor=BLUE, spaceBefore=6, spaceAfter=4),
    "operational": ParagraphStyle("oo", fontName="DV-B", fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=3),
    "th": ParagraphStyle("th", fontName="DV-B", fontSize=8, leading=10),
    "td": ParagraphStyle("td", fontName="DV", fontSize=8, leading=10.2),
    "status": ParagraphStyle("st", fontName="DV", fontSize=8, leading=10.2),
    "comment": ParagraphStyle("cm", fontName="DV-I", fontSize=8, leading=10.2, textColor=colors.HexColor("#333333")),
}


def indicator_table(block):
    data, style = [], [
        ("FONT", (0, 0), (-1, -1), "DV", 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ]
    data.append([Paragraph(escape(h), S["th"]) for h in block["header"][0]])
    for row in block["rows"]:
        data.append([Paragraph(escape(c or ""), S["td"]) for c in row["cells"]])
        n = len(data)
        style.append(("TOPPADDING", (0, n - 1), (-1, n - 1), 6))
        text = f"<b>{escape(row['status_text'])}</b>"
        if row.get("status_comment"):
            text += " – " + escape(row["status_comment"])
        data.append([Paragraph(text, S["status"]), "", "", ""])
        n = len(data)
        style.append(("SPAN", (0, n - 1), (-1, n - 1)))
        for comment in row.get("comments", []):
            data.append([Paragraph(escape(comment), S["comment"]), "", "", ""])
            n = len(data)
            style.append(("SPAN", (0, n - 1), (-1, n - 1)))
    table = Table(data, colWidths=WIDTHS, repeatRows=0, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def other_table(block):
    data = [[Paragraph(escape(h), S["th"]) for h in block["header"][0]]]
    for r in block["rows"]:
        data.append([Paragraph(("<b>%s</b>" if r[0] == "Totale" else "%s") % escape(c), S["td"]) for c in r])
    table = Table(data, colWidths=[7.4 * cm, 3.4 * cm, 3.4 * cm, 2.8 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def render(content, path, area_gap=None):
    area_gap = area_gap or content.get("area_gap", {})
    story = []
    for k, line in enumerate(content["cover"]):
        story.append(Paragraph(escape(line["text"]), S[f"cover{k + 1}"]))
    for block in content["blocks"]:
        kind = block["kind"]
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "heading":
            level = block["level"]
            if level == "area" and block["code"] in area_gap:
                story.append(Spacer(1, area_gap[block["code"]]))
            style = S[level if level != "section" else "section"]
            story.append(CondPageBreak(3.2 * cm))  # report-software style: no orphan heading
            story.append(Paragraph(escape(block["text"]), style))
        elif kind == "para":
            story.append(Paragraph(escape(block["text"]), S["body"]))
        elif kind == "table":
            story.append(indicator_table(block) if block["role"] == "indicators" else other_table(block))
            story.append(Spacer(1, 8))

    def decorate(canvas, doc):
        canvas.saveState()
        w, h = A4
        canvas.setFont("DV", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(2 * cm, h - 1.3 * cm, content["running_header"])
        canvas.setLineWidth(0.4)
        canvas.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        canvas.drawString(2 * cm, 1.2 * cm, content["footer"])
        canvas.drawRightString(w - 2 * cm, 1.2 * cm, f"Pag. {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm,
                            title="Relazione sulla performance 2023", author=content["document"]["issuer"])
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)

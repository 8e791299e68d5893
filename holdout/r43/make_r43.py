"""Round r43 blind samples: render each NAME.pdf from NAME.content.json and write NAME.truth.json
from the content (never from an extractor). Usage: .venv/bin/python make_r43.py [NAME ...]"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from common import HERE, locate_rows, parse, record, soffice, write_truth
from truthlib import percent_of, plain

STATUS = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
          "Non raggiunto": "not_achieved", "Non valutabile": None}


def load(name):
    return json.loads((HERE / f"{name}.content.json").read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------- 1: Word
def make_usl(name="usl-umbria2-2024-relazione"):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    c = load(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Azienda USL Umbria 2 – Relazione sulla performance 2024"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.runs[0].font.size = Pt(8)
    fp.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    def cell_text(cell, text, size=8, bold=False, color=None, align=None):
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
        r = p.add_run(text or "")
        r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = color

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    # cover
    cov = c["cover"]
    for i, line in enumerate(cov):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(60 if i == 0 else (40 if i == 2 else 6))
        r = p.add_run(line)
        r.font.size = Pt([12, 20, 26, 20, 10, 10][i])
        r.bold = i in (1, 2, 3)
        if i in (1, 2):
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.add_run().add_break(WD_BREAK.PAGE)

    def heading(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def prose(text):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def plain_table(spec, widths):
        p = doc.add_paragraph()
        r = p.add_run(spec["title"])
        r.bold, r.italic = True, True
        r.font.size = Pt(9.5)
        t = doc.add_table(rows=1, cols=len(spec["header"]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, h in zip(t.rows[0].cells, spec["header"]):
            cell_text(cell, h, 9, True)
            shade(cell, "D9E2F3")
        for row in spec["rows"]:
            cells = t.add_row().cells
            for j, (cell, v) in enumerate(zip(cells, row)):
                cell_text(cell, v, 9, row[0] == "Totale",
                          align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
        doc.add_paragraph()

    for title, text in c["intro"]:
        heading(title)
        prose(text)
    plain_table(c["staff"], [8, 3, 3, 3, 4])
    plain_table(c["budget"], [9, 5, 5])
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    heading(c["section"][0])
    prose(c["section"][1])

    widths = [2.6, 3.6, 5.0, 5.2, 1.9, 2.1, 2.1, 3.6]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for cell, h in zip(hdr.cells, c["header"]):
        cell_text(cell, h, 8, True, RGBColor(0xFF, 0xFF, 0xFF), WD_ALIGN_PARAGRAPH.CENTER)
        shade(cell, "1F4E79")
    records, locs = [], []
    for area in c["areas"]:
        a_start = len(t.rows)
        for obj in area["objectives"]:
            o_start = len(t.rows)
            ctx = {"area_code": area["code"], "area_title": area["title"],
                   "objective_level": "strategic", "objective_code": obj["code"],
                   "objective_title": obj["title"]}
            for ind, formula, target, actual, grado, note in obj["rows"]:
                cells = t.add_row().cells
                for j, v in enumerate([ind, formula, target, actual, grado, note]):
                    cell_text(cells[j + 2], v, 8,
                              align=WD_ALIGN_PARAGRAPH.CENTER if 2 <= j <= 4 else None)
                records.append(record(ctx, ind, target=target, actual=actual, year=2024,
                                      formula=formula, notes=note,
                                      achievement=percent_of(grado)))
                locs.append((ind, [formula, target, actual, grado, note]))
            first = t.rows[o_start].cells[1]
            if len(t.rows) - 1 > o_start:
                first = first.merge(t.rows[len(t.rows) - 1].cells[1])
            cell_text(first, obj["cell"], 8, True)
        fa = t.rows[a_start].cells[0]
        if len(t.rows) - 1 > a_start:
            fa = fa.merge(t.rows[len(t.rows) - 1].cells[0])
        cell_text(fa, area["cell"], 8.5, True)
        shade(fa, "DEEAF6")
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)
    # merged cells keep an empty first paragraph from the merge: drop empty leading paragraphs
    for row in t.rows[1:]:
        for cell in row.cells[:2]:
            ps = cell.paragraphs
            if len(ps) > 1 and not ps[0].text:
                ps[0]._p.getparent().remove(ps[0]._p)
    heading(c["closing"][0])
    prose(c["closing"][1])
    docx = HERE / f"{name}.docx"
    doc.save(docx)
    pdf = soffice(docx)
    spans = locate_rows(pdf, locs)
    for r, (p, e) in zip(records, spans):
        r["page"], r["page_end"] = p, e
    write_truth(name, c, records, pdf)


# ----------------------------------------------------------------------------- 2: reportlab
def make_uni(name="universita-parma-2024-relazione-integrata"):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, CondPageBreak)

    for fam, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                   ("DVI", "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(fam, f"/usr/share/fonts/truetype/dejavu/{f}"))
    c = load(name)
    blue = colors.HexColor("#002D62")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, textColor=blue,
                        spaceBefore=10, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=blue,
                        spaceBefore=12, spaceAfter=4)
    cap = ParagraphStyle("cap", fontName="DVI", fontSize=8.5, leading=11, spaceAfter=3)
    cell = ParagraphStyle("c", fontName="DV", fontSize=7.2, leading=9)
    cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    hcell = ParagraphStyle("h", fontName="DVB", fontSize=7.5, leading=9, alignment=TA_CENTER,
                           textColor=colors.white)
    ocell = ParagraphStyle("o", fontName="DVB", fontSize=7.8, leading=9.5, textColor=blue)
    scol = {"Raggiunto": "#1E7B34", "Parzialmente raggiunto": "#B26B00",
            "Non raggiunto": "#B00020", "Non valutabile": "#666666"}

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, "Università degli Studi di Parma – Relazione integrata 2024")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(doc.page))
        canv.restoreState()

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(blue)
        canv.rect(0, A4[1] - 7 * cm, A4[0], 7 * cm, stroke=0, fill=1)
        canv.restoreState()

    story = []
    cv = c["cover"]
    story += [Spacer(1, 1.2 * cm),
              Paragraph(cv[0], ParagraphStyle("k", fontName="DVB", fontSize=20, textColor=colors.white, leading=24)),
              Paragraph(cv[1], ParagraphStyle("k2", fontName="DV", fontSize=11, textColor=colors.white, leading=14)),
              Spacer(1, 6 * cm),
              Paragraph(cv[2], ParagraphStyle("t", fontName="DVB", fontSize=30, leading=36, textColor=blue)),
              Paragraph(cv[3], ParagraphStyle("t2", fontName="DV", fontSize=20, leading=26, textColor=blue)),
              Spacer(1, 5 * cm),
              Paragraph(cv[4], body), Paragraph(cv[5], body), PageBreak()]
    for title, text in c["intro"]:
        story += [Paragraph(title, h1), Paragraph(text, body)]

    def simple(spec, widths):
        rows = [[Paragraph(h, ParagraphStyle("sh", parent=cell, fontName="DVB")) for h in spec["header"]]]
        for r in spec["rows"]:
            st = ParagraphStyle("sx", parent=cell, fontName="DVB" if r[0] == "Totale" else "DV")
            rows.append([Paragraph(r[0].replace("  ", "&nbsp;&nbsp;&nbsp;"), st)] +
                        [Paragraph(v, ParagraphStyle("sr", parent=st, alignment=2)) for v in r[1:]])
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, blue),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.8, blue),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.8, blue),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF6"))]))
        return [Paragraph(spec["title"], cap), t, Spacer(1, 8)]

    story += simple(c["staff"], [8 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    story += simple(c["budget"], [8 * cm, 3.5 * cm, 3.5 * cm])
    story += [Paragraph(c["section"][0], h1), Paragraph(c["section"][1], body)]
    widths = [1.3, 4.2, 2.4, 1.6, 1.55, 1.55, 2.0, 2.4]
    widths = [w * cm for w in widths]
    records, locs = [], []
    for amb in c["ambiti"]:
        story += [CondPageBreak(3.5 * cm), Paragraph(amb["heading"], h2), Paragraph(amb["text"], body)]
        rows = [[Paragraph(h, hcell) for h in c["header"]]]
        style = [("BACKGROUND", (0, 0), (-1, 0), blue), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA7B8")),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for obj in amb["objectives"]:
            style += [("SPAN", (0, len(rows)), (-1, len(rows))),
                      ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#DCE6F2"))]
            rows.append([Paragraph(f"Obiettivo strategico {obj['code']} – {obj['title']}", ocell)]
                        + [""] * 7)
            ctx = {"area_code": amb["code"], "area_title": amb["title"],
                   "objective_level": "strategic", "objective_code": obj["code"],
                   "objective_title": obj["title"]}
            for code, ind, src, base, v23, v24, tgt, stato in obj["rows"]:
                sp = ParagraphStyle("st", parent=cellc, fontName="DVB",
                                    textColor=colors.HexColor(scol[stato]))
                rows.append([Paragraph(code, cell), Paragraph(ind, cell), Paragraph(src, cell)]
                            + [Paragraph(v, cellc) for v in (base, v23, v24, tgt)]
                            + [Paragraph(stato, sp)])
                common = dict(indicator_code=code, data_source=src, baseline=base,
                              status=STATUS[stato], status_text=stato)
                records.append(record(ctx, ind, year=2023, actual=v23, **common))
                records.append(record(ctx, ind, year=2024, actual=v24, target=tgt, **common))
                cells = [code, src, base, v23, v24, tgt, stato]
                locs += [(ind, cells), (ind, cells)]
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
    story += [Paragraph(c["closing"][0], h1), Paragraph(c["closing"][1], body)]
    pdf = HERE / f"{name}.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm, title="Relazione integrata 2024",
                      author="Università degli Studi di Parma").build(
        story, onFirstPage=cover, onLaterPages=footer)
    spans = []
    for i in range(0, len(locs), 2):
        sp = locate_rows(pdf, [locs[i]], start_page=(spans[-1][0] - 1) if spans else 0)[0]
        spans += [sp, sp]
    for r, (p, e) in zip(records, spans):
        r["page"], r["page_end"] = p, e
    write_truth(name, c, records, pdf)


# ----------------------------------------------------------------------------- 3: Calc
def make_izs(name="izs-venezie-2025-piao"):
    import math
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    c = load(name)
    wb = Workbook()
    thin = Side(style="thin", color="7F7F7F")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    green = "00594F"
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    def setup(ws, landscape):
        ws.page_setup.paperSize = 9
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.6
        ws.page_margins.top, ws.page_margins.bottom = 0.7, 0.7
        ws.oddFooter.left.text = "IZSVe – PIAO 2025-2027 – Sottosezione Performance"
        ws.oddFooter.left.size = 7
        ws.oddFooter.right.text = "Pagina &P di &N"
        ws.oddFooter.right.size = 7
        ws.sheet_view.showGridLines = False

    def lines(text, chars):
        return sum(max(1, math.ceil(len(part) / chars)) for part in str(text).split("\n"))

    # cover
    ws = wb.active
    ws.title = "Frontespizio"
    setup(ws, False)
    ws.column_dimensions["A"].width = 80
    cov = c["cover"]
    sizes = [14, 9, 16, 12, 9]
    r = 8
    for i, line in enumerate(cov):
        cell = ws.cell(row=r, column=1, value=line)
        cell.font = Font(name="Arial", size=sizes[i], bold=i in (0, 2), color=green if i in (0, 2) else "404040")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = sizes[i] * 1.6 * 2 + 4
        r += 3 if i in (1, 3) else 2
    ws.cell(row=40, column=1, value="Venezia – Legnaro (PD), gennaio 2025").alignment = Alignment(horizontal="center")

    # premessa + resources
    ws = wb.create_sheet("Premessa")
    setup(ws, False)
    for col, w in zip("ABCDE", (44, 13, 13, 20, 20)):
        ws.column_dimensions[col].width = w
    ws["A1"] = c["intro"][0]
    ws["A1"].font = Font(name="Arial", size=13, bold=True, color=green)
    r = 3
    for para in c["intro"][1:]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(row=r, column=1, value=para)
        cell.font = Font(name="Arial", size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        ws.row_dimensions[r].height = 13.5 * lines(para, 118) + 4
        r += 2
    res = c["resources"]
    ws.cell(row=r, column=1, value=res["title"]).font = Font(name="Arial", size=10, bold=True, italic=True)
    r += 1
    for j, h in enumerate(res["header"], 1):
        cell = ws.cell(row=r, column=j, value=h)
        cell.font = Font(name="Arial", size=9, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=green)
        cell.alignment = center
        cell.border = box
    for row in res["rows"]:
        r += 1
        for j, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.font = Font(name="Arial", size=9, bold=row[0] == "Totale")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 1 else "right")
            cell.border = box

    # schede
    ws = wb.create_sheet("Schede obiettivo")
    setup(ws, True)
    widths = [6, 40, 36, 22, 12, 16, 8]
    for col, w in zip("ABCDEFG", widths):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Schede obiettivo per struttura – anno 2025"
    ws["A1"].font = Font(name="Arial", size=13, bold=True, color=green)
    r = 3
    keyfill = PatternFill("solid", fgColor="D9EAD3")
    records, locs = [], []
    for n, s in enumerate(c["schede"], 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell = ws.cell(row=r, column=1, value=f"SCHEDA OBIETTIVO N. {n}")
        cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=green)
        cell.alignment = Alignment(vertical="center")
        ws.row_dimensions[r].height = 17
        values = [s["struttura"], s["resp"], f"{s['area'][0]} – {s['area'][1]}",
                  f"{s['strat'][0]} – {s['strat'][1]}", f"{s['op'][0]} – {s['op'][1]}", s["peso"]]
        for key, val in zip(c["keys"], values):
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
            k = ws.cell(row=r, column=1, value=key)
            k.font = Font(name="Arial", size=9, bold=True)
            k.fill = keyfill
            k.alignment = Alignment(vertical="center")
            v = ws.cell(row=r, column=3, value=val)
            v.font = Font(name="Arial", size=9, bold=key == "Obiettivo operativo")
            v.alignment = Alignment(vertical="center", wrap_text=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).border = box
            ws.row_dimensions[r].height = 13 * lines(val, 95) + 3
        r += 2
        lab = ws.cell(row=r, column=1, value="Indicatori")
        lab.font = Font(name="Arial", size=9, bold=True, italic=True, color=green)
        r += 1
        for j, h in enumerate(c["header"], 1):
            cell = ws.cell(row=r, column=j, value=h)
            cell.font = Font(name="Arial", size=8.5, bold=True)
            cell.fill = PatternFill("solid", fgColor="BFBFBF")
            cell.alignment = center
            cell.border = box
        ctx = {"area_code": s["area"][0], "area_title": s["area"][1],
               "objective_level": "operational", "objective_code": s["op"][0],
               "objective_title": s["op"][1]}
        for row in s["rows"]:
            r += 1
            for j, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=j, value=v)
                cell.font = Font(name="Arial", size=8.5)
                cell.alignment = center if j in (1, 5, 6, 7) else wrap
                cell.border = box
            ws.row_dimensions[r].height = 12 * max(lines(v, w * 1.05) for v, w in zip(row, widths)) + 4
            num, ind, formula, src, base, tgt, peso = row
            records.append(record(ctx, ind, indicator_code=num, formula=formula, data_source=src,
                                  baseline=base, year=2025, target=tgt,
                                  weight=percent_of(peso, sign=False)))
            locs.append((ind, [formula, src, base, tgt]))
        r += 3
    cell = ws.cell(row=r, column=1, value=c["closing"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    cell.font = Font(name="Arial", size=9, italic=True)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 28
    xlsx = HERE / f"{name}.xlsx"
    wb.save(xlsx)
    pdf = soffice(xlsx)
    spans = locate_rows(pdf, locs)
    for rec, (p, e) in zip(records, spans):
        rec["page"], rec["page_end"] = p, e
    write_truth(name, c, records, pdf)


MAKERS = {"usl-umbria2-2024-relazione": make_usl,
          "universita-parma-2024-relazione-integrata": make_uni,
          "izs-venezie-2025-piao": make_izs}

if __name__ == "__main__":
    for n in sys.argv[1:] or list(MAKERS):
        MAKERS[n]()

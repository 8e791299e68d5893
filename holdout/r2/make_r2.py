"""Render the r2 blind samples from their *.content.json and write *.truth.json from the
content (never from an extractor). page/page_end come from a pdfplumber read-back of the
rendered PDF.

Usage: .venv/bin/python make_r2.py [NAME ...]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from docx.shared import Cm, Pt

import r2docx as D
from r2lib import (ReadBack, blank_record, clean, num_or_none, parse_value, set_values,
                   soffice_pdf, status_of, write_truth)

HERE = Path(__file__).resolve().parent


def load(name):
    return json.loads((HERE / f"{name}.content.json").read_text(encoding="utf-8"))


# =========================================================================== 1 cremona
def cremona_docx(c, path):
    doc = D.new_document(font="Times New Roman", size=11, margins=(1.8, 1.8, 1.7, 1.7))
    D.header_footer(doc, c["running_header"], size=8)
    cov = c["cover"]
    D.para(doc, cov[0], size=20, bold=True, align="center", before=40)
    D.para(doc, cov[1], size=24, bold=True, align="center", before=110)
    D.para(doc, cov[2], size=13, italic=True, align="center", before=14)
    D.para(doc, cov[3], size=13, bold=True, align="center", before=50)
    D.para(doc, cov[4], size=14, bold=True, align="center", before=20)
    D.para(doc, "<b>" + cov[5] + "</b>", size=11, align="center", before=180)
    D.page_break(doc)
    D.para(doc, c["premessa_title"], size=14, bold=True, after=10)
    for p in c["premessa"]:
        D.para(doc, p, size=11, align="justify", after=6)
    # summary table (no records)
    D.para(doc, c["summary_title"], size=12, bold=True, before=12, after=4, keep_next=True)
    D.para(doc, c["summary_intro"], size=10, align="justify", after=6, keep_next=True)
    t = D.fixed_table(doc, [6.6, 3.4, 3.4, 3.4], cell_margin_cm=0.12)
    r = D.add_row(t, cant_split=True)
    for cell, h in zip(r.cells, ["Area strategica", "Indicatori monitorati",
                                 "di cui conseguiti", "di cui sospesi"]):
        D.set_cell(cell, h, size=9.5, bold=True, align="center")
    for row in c["summary"]:
        r = D.add_row(t, cant_split=True)
        for k, (cell, v) in enumerate(zip(r.cells, row)):
            D.set_cell(cell, v, size=9.5, bold=(row[0] == "Totale") or None,
                       align=None if k == 0 else "center")
    D.page_break(doc)
    D.para(doc, c["section_title"], size=13, bold=True, after=8)
    widths = [5.0, 2.3, 2.9, 3.3, 4.1]
    t = D.fixed_table(doc, widths, cell_margin_cm=0.1)
    size = 8.5
    for row in c["rows"]:
        k = row["kind"]
        if k in ("area", "area_title", "label", "title", "text", "heading", "status"):
            r = D.add_row(t)
            cell = r.cells[0].merge(r.cells[4])
            if k == "area":
                D.set_cell(cell, "<b>" + row["text"] + "</b>", size=10)
            elif k == "area_title":
                D.set_cell(cell, "<b>" + row["text"] + "</b>", size=9.5)
            elif k == "heading":
                text = "<b>" + row["label"] + "</b>"
                if row.get("title"):
                    text += " <b>" + row["title"] + "</b>"
                D.set_cell(cell, text, size=9.5)
            elif k == "status":
                text = "<b>" + row["phrase"] + "</b>"
                if row.get("text"):
                    text += "\n" + row["text"] if "\n" in row["text"] else " " + row["text"]
                D.set_cell(cell, text, size=size)
            elif k == "label":
                D.set_cell(cell, row["text"], size=9, bold=True)
            else:
                D.set_cell(cell, row["text"], size=size)
        elif k == "header":
            r = D.add_row(t, cant_split=True)
            for cell, h in zip(r.cells, row["cells"]):
                D.set_cell(cell, "<b>" + h + "</b>", size=size)
        elif k == "indicator":
            r = D.add_row(t)
            for cell, v in zip(r.cells, row["cells"]):
                D.set_cell(cell, v, size=size)
    D.para(doc, "", size=4)
    D.para(doc, "Cremona, aprile 2021", size=10, before=12)
    D.para(doc, "Il Segretario Generale", size=10, before=4, align="right")
    doc.save(path)


def cremona_summary(c):
    """Counts per area for the summary table (computed from the content rows)."""
    counts = {}
    area = None
    last = None
    for row in c["rows"]:
        if row["kind"] == "area":
            area = row["code"]
        if row["kind"] == "heading":
            code = row["code"]
            area = "_".join(code.split("_")[:2])
        if row["kind"] == "indicator":
            counts.setdefault(area, [0, 0, 0])
            counts[area][0] += 1
            last = (area, counts[area])
            if "sospeso" in (clean(row["cells"][3]) or "").lower():
                counts[area][2] += 1
        if row["kind"] == "status" and last:
            last[1][1] += 1
            last = None
    return counts


def cremona_truth(c, pdf):
    rb = ReadBack(pdf)
    rb.seek(c["section_title"])
    recs = []
    area_code = area_title = None
    obj = [None, None, None]   # level, code, title
    cur = None                 # record collecting status/comment
    comment = {}
    pending_title_for = None
    for row in c["rows"]:
        k = row["kind"]
        if k == "area":
            area_code, area_title = row["code"], None
            obj = ["area", row["code"], None]
            pending_title_for = "area"
            cur = None
        elif k == "area_title":
            area_title = clean(row["text"])
            obj[2] = area_title
            pending_title_for = None
        elif k == "heading":
            code = row["code"]
            if not (area_code and code.startswith(area_code + "_")):
                area_code, area_title = "_".join(code.split("_")[:2]), None
            obj = [row["level"], code, clean(row.get("title"))]
            pending_title_for = None if row.get("title") else "heading"
            cur = None
        elif k == "title":
            assert pending_title_for == "heading"
            obj[2] = clean(row["text"])
            pending_title_for = None
        elif k in ("label", "header"):
            cur = None
        elif k == "indicator":
            cells = row["cells"]
            rec = blank_record()
            rec.update(area_code=area_code, area_title=area_title, objective_level=obj[0],
                       objective_code=obj[1], objective_title=obj[2],
                       indicator=clean(cells[0]), type=clean(cells[1]), notes=clean(cells[4]))
            set_values(rec, cells[2], cells[3])
            rec["page"], rec["page_end"] = rb.locate(cells[0], cells)
            recs.append(rec)
            comment[id(rec)] = []
            cur = rec
        elif k == "status":
            assert cur is not None
            cur["status"] = status_of(row["phrase"])
            cur["status_text"] = row["phrase"]
            if row.get("text"):
                comment[id(cur)].append(clean(row["text"]))
        elif k == "text":
            assert cur is not None
            comment[id(cur)].append(clean(row["text"]))
    for rec in recs:
        if comment[id(rec)]:
            rec["comment"] = " ".join(comment[id(rec)])
        if rec["status"] is None and rec["actual"] and status_of(rec["actual"]) and \
                rec["actual_value"] is None:
            rec["status"] = status_of(rec["actual"])
            rec["status_text"] = rec["actual"]
    return recs


def make_cremona():
    name = "cremona-2020-wordgrid"
    c = load(name)
    counts = cremona_summary(c)
    rows = []
    tot = [0, 0, 0]
    for area, (n, ok, sus) in counts.items():
        rows.append([f"Area strategica {area}", str(n), str(ok), str(sus)])
        tot = [tot[0] + n, tot[1] + ok, tot[2] + sus]
    rows.append(["Totale"] + [str(x) for x in tot])
    c["summary"] = rows
    docx = HERE / f"{name}.docx"
    cremona_docx(c, docx)
    pdf = soffice_pdf(docx, HERE)
    recs = cremona_truth(c, pdf)
    write_truth(pdf, c["document"], recs, f"Generated by make_r2.py from {name}.content.json (blind round r2; no extractor used).")
    return name, recs



# =========================================================================== 4 lucca (reportlab)
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/liberation2/"
    for name, f in (("LSans", "LiberationSans-Regular.ttf"), ("LSans-B", "LiberationSans-Bold.ttf"),
                    ("LSans-I", "LiberationSans-Italic.ttf"), ("LSans-BI", "LiberationSans-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, base + f))
    addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSans-B")
    addMapping("LSans", 0, 1, "LSans-I"); addMapping("LSans", 1, 1, "LSans-BI")


def _esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lucca_pdf(c, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    _rl_fonts()
    F = "LSans"
    cell = ParagraphStyle("cell", fontName=F, fontSize=7.5, leading=9)
    cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=cell, fontName="LSans-B", textColor=colors.white)
    headr = ParagraphStyle("headr", parent=head, alignment=TA_RIGHT)
    body = ParagraphStyle("body", fontName=F, fontSize=9.5, leading=13, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="LSans-B", fontSize=13, leading=16, spaceBefore=6,
                        spaceAfter=8, textColor=colors.HexColor("#1F3864"))
    cap = ParagraphStyle("cap", fontName="LSans-B", fontSize=8.5, leading=11, spaceBefore=8,
                         spaceAfter=4)
    foot = ParagraphStyle("foot", fontName=F, fontSize=6.5, leading=8, spaceBefore=3)

    def deco(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont(F, 7)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(30, A4[1] - 24, "Camera di Commercio di Lucca - Relazione sulla performance 2022")
        canv.drawRightString(A4[0] - 30, A4[1] - 24, "Sistema di gestione della performance - report R07")
        canv.line(30, A4[1] - 28, A4[0] - 30, A4[1] - 28)
        canv.drawString(36, 22, "Report generato il 26/06/2023 alle 10:42")
        canv.drawRightString(A4[0] - 36, 22, f"Pagina {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=30, rightMargin=30,
                            topMargin=42, bottomMargin=40,
                            title="Relazione sulla performance 2022", author="CCIAA Lucca")
    st = []
    big = ParagraphStyle("big", fontName="LSans-B", fontSize=24, leading=30, alignment=TA_CENTER)
    mid = ParagraphStyle("mid", fontName=F, fontSize=13, leading=18, alignment=TA_CENTER)
    st += [Spacer(1, 90), Paragraph("CAMERA DI COMMERCIO DI LUCCA", mid), Spacer(1, 120),
           Paragraph("RELAZIONE SULLA PERFORMANCE", big), Spacer(1, 10),
           Paragraph("Anno 2022", ParagraphStyle("y", parent=big, fontSize=18)), Spacer(1, 40),
           Paragraph("Rendicontazione dei risultati organizzativi<br/>(art. 10, comma 1, lett. b, D.Lgs. 150/2009)", mid),
           Spacer(1, 200),
           Paragraph("Approvata con deliberazione di Giunta n. 41 del 27/06/2023", ParagraphStyle("s", parent=mid, fontSize=9))]
    st.append(PageBreak())
    st.append(Paragraph("1. Presentazione", h1))
    for p in c["intro"]:
        st.append(Paragraph(_esc(p), body))
    st.append(Paragraph(_esc(c["resources_title"]), cap))
    data = [[Paragraph(_esc(h), headr if k else head) for k, h in enumerate(c["resources_header"])]]
    for r in c["resources"]:
        b = r[0] == "Totale"
        sty = [ParagraphStyle("x", parent=cell, fontName="LSans-B" if b else F)]
        data.append([Paragraph(_esc(v), ParagraphStyle("rr", parent=cellr if k else cell,
                                                        fontName="LSans-B" if b else F))
                     for k, v in enumerate(r)])
    t = Table(data, colWidths=[250, 90, 90, 60])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    st.append(t)
    st.append(Spacer(1, 8))
    st.append(Paragraph("2. Risultati degli obiettivi e degli indicatori", h1))
    st.append(Paragraph("La tabella seguente riporta, per ciascun obiettivo strategico (OS) e operativo (OO), gli indicatori con il peso, il valore atteso, il valore rilevato al 31/12/2022, il grado di raggiungimento e l'esito.", body))
    st.append(Paragraph(_esc(c["results_title"]), cap))
    widths = [40, 168, 56, 30, 50, 50, 72, 69]
    hdr = [Paragraph(_esc(h), head if k in (0, 1, 2, 7) else headr) for k, h in enumerate(c["header"])]
    data = [hdr]
    styles = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.HexColor("#1F3864")),
    ]
    zebra = 0
    for row in c["rows"]:
        i = len(data)
        if row["kind"] == "indicator":
            cs = row["cells"]
            data.append([Paragraph(_esc(v), cell if k in (0, 1, 2, 7) else cellr)
                         for k, v in enumerate(cs)])
            if zebra % 2:
                styles.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EDF1F7")))
            zebra += 1
        else:
            shade = {"area": "#8EA9DB", "heading": "#C9D6EC" if row.get("level") == "strategic" else "#DFE7F4"}[row["kind"]]
            fnt = "LSans-B"
            data.append([Paragraph(_esc(row["text"]), ParagraphStyle("hh", parent=cell, fontName=fnt,
                                   fontSize=8 if row["kind"] == "area" else 7.5))] + [""] * 7)
            styles += [("SPAN", (0, i), (-1, i)),
                       ("BACKGROUND", (0, i), (-1, i), colors.HexColor(shade))]
            zebra = 0
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(styles))
    st.append(t)
    st.append(Paragraph(_esc(c["footnote"]), foot))
    st.append(Paragraph(_esc(c["summary_title"]), cap))
    counts = {}
    n = 0
    for row in c["rows"]:
        if row["kind"] == "indicator":
            counts[row["cells"][7]] = counts.get(row["cells"][7], 0) + 1
            n += 1
    data = [[Paragraph(_esc(h), head if k == 0 else headr) for k, h in enumerate(c["summary_header"])]]
    for k in ("Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "Sospeso"):
        v = counts.get(k, 0)
        data.append([Paragraph(k, cell), Paragraph(str(v), cellr),
                     Paragraph(f"{100 * v / n:.1f}%".replace(".", ","), cellr)])
    data.append([Paragraph("<b>Totale</b>", cell), Paragraph(f"<b>{n}</b>", cellr),
                 Paragraph("<b>100,0%</b>", cellr)])
    t = Table(data, colWidths=[160, 70, 70])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F"))]))
    st.append(t)
    st.append(Spacer(1, 10))
    st.append(Paragraph(_esc(c["closing"]), body))
    doc.build(st, onFirstPage=deco, onLaterPages=deco)


def lucca_truth(c, pdf):
    rb = ReadBack(pdf)
    rb.seek(c["results_title"])
    recs = []
    area = [None, None]
    obj = [None, None, None]
    for row in c["rows"]:
        k = row["kind"]
        if k == "area":
            area = [row["code"], row["title"]]
            obj = ["area", row["code"], row["title"]]
        elif k == "heading":
            obj = [row["level"], row["code"], row["title"]]
        else:
            cs = row["cells"]
            rec = blank_record()
            rec.update(area_code=area[0], area_title=area[1], objective_level=obj[0],
                       objective_code=obj[1], objective_title=obj[2], indicator_code=cs[0],
                       indicator=clean(cs[1]), type=cs[2], weight=num_or_none(cs[3]),
                       achievement=num_or_none(cs[6]), status=status_of(cs[7]),
                       status_text=clean(cs[7]))
            set_values(rec, cs[4], cs[5])
            rec["page"], rec["page_end"] = rb.locate(cs[0] + " " + cs[1], cs)
            recs.append(rec)
    return recs


def make_lucca():
    name = "camera-commercio-lucca-2022-relazione"
    c = load(name)
    pdf = HERE / f"{name}.pdf"
    lucca_pdf(c, pdf)
    recs = lucca_truth(c, pdf)
    write_truth(pdf, c["document"], recs, f"Generated by make_r2.py from {name}.content.json (blind round r2; no extractor used).")
    return name, recs



# =========================================================================== 5 rimini (Word schede)
def split_code(text):
    m = re.match(r"^\s*([0-9A-Za-z.]+)\s*[–-]\s*(.+)$", text)
    return (m.group(1), m.group(2).strip()) if m else (None, clean(text))


def rimini_docx(c, path):
    doc = D.new_document(font="Arial", size=10.5, margins=(2.2, 2.0, 2.0, 2.0))
    D.header_footer(doc, "Comune di Rimini – Relazione sulla performance 2021", size=8)
    D.para(doc, "COMUNE DI RIMINI", size=22, bold=True, align="center", before=60, color="1F4E79")
    D.para(doc, "Segreteria generale – Unità Pianificazione, controllo e performance", size=11,
           align="center", before=6)
    D.para(doc, "RELAZIONE SULLA PERFORMANCE", size=24, bold=True, align="center", before=150)
    D.para(doc, "Anno 2021", size=18, align="center", before=10)
    D.para(doc, "(art. 10, comma 1, lettera b), D.Lgs. 27 ottobre 2009, n. 150)", size=10,
           italic=True, align="center", before=16)
    D.para(doc, "Approvata con deliberazione di Giunta comunale n. 187 del 28 giugno 2022", size=10,
           align="center", before=230)
    D.page_break(doc)
    D.para(doc, "1. Presentazione", size=14, bold=True, after=8, color="1F4E79")
    for p in c["intro"]:
        D.para(doc, p, align="justify", after=6)
    D.para(doc, "2. Le risorse finanziarie", size=14, bold=True, before=10, after=8, color="1F4E79")
    D.para(doc, "Le risorse di parte corrente destinate alle missioni cui afferiscono gli obiettivi rendicontati nella presente relazione sono riepilogate nella tabella seguente.", align="justify", after=6)
    D.para(doc, c["budget_title"], size=9, bold=True, after=3, keep_next=True)
    t = D.fixed_table(doc, [7.6, 3.4, 3.4, 2.6], cell_margin_cm=0.12)
    r = D.add_row(t, cant_split=True)
    for cell, h in zip(r.cells, c["budget_header"]):
        D.set_cell(cell, h, size=9, bold=True, shade="D9E2F3", align=None if h == "Missione" else "center")
    for row in c["budget"]:
        r = D.add_row(t, cant_split=True)
        for k, (cell, v) in enumerate(zip(r.cells, row)):
            D.set_cell(cell, v, size=9, align="right" if k else None)
    D.para(doc, "3. Le schede degli obiettivi operativi", size=14, bold=True, before=14, after=8,
           color="1F4E79", keep_next=True)
    D.para(doc, c["method"], align="justify", after=8)
    for n, sc in enumerate(c["schede"], 1):
        D.para(doc, f"Scheda n. {n}", size=10.5, bold=True, before=10, after=3, keep_next=True,
               color="1F4E79")
        t = D.fixed_table(doc, [4.4, 12.6], cell_margin_cm=0.12)
        for k, v in sc["kv"]:
            r = D.add_row(t, cant_split=True)
            D.set_cell(r.cells[0], k, size=9.5, bold=True, shade="EDEDED")
            D.set_cell(r.cells[1], v, size=9.5, bold=k.startswith("Obiettivo") or None)
            for cl in r.cells:
                cl.paragraphs[0].paragraph_format.keep_with_next = True
        D.para(doc, "", size=5)
        t = D.fixed_table(doc, [6.0, 2.5, 2.5, 2.3, 3.7], cell_margin_cm=0.1)
        r = D.add_row(t, header=True, cant_split=True)
        for k, (cell, h) in enumerate(zip(r.cells, c["indicator_header"])):
            D.set_cell(cell, h, size=9, bold=True, shade="D9E2F3", align="center" if k else None)
        for row in sc["indicators"]:
            r = D.add_row(t, cant_split=True)
            for k, (cell, v) in enumerate(zip(r.cells, row)):
                D.set_cell(cell, v, size=9, align="center" if k in (1, 2, 3) else None)
        p = D.para(doc, "", before=5, after=2)
        D.runs(p, "<b>Stato di attuazione:</b> " + sc["status"] + "\n" + sc["comment"], size=10)
    D.para(doc, c["closing"], before=14, align="justify")
    doc.save(path)


def rimini_truth(c, pdf):
    rb = ReadBack(pdf)
    rb.seek("3. Le schede degli obiettivi operativi")
    recs = []
    for sc in c["schede"]:
        kv = dict(sc["kv"])
        scode, stitle = split_code(kv["Obiettivo strategico"])
        ocode, otitle = split_code(kv["Obiettivo operativo"])
        for row in sc["indicators"]:
            rec = blank_record()
            rec.update(area_code=ocode.split(".")[0], area_title=None,
                       objective_level="operational", objective_code=ocode,
                       objective_title=otitle, indicator=clean(row[0]), year=2021,
                       notes=clean(row[4]), status=status_of(sc["status"]),
                       status_text=sc["status"], comment=clean(sc["comment"]))
            set_values(rec, row[1], row[2])
            rec["page"], rec["page_end"] = rb.locate(row[0], row)
            recs.append(rec)
    return recs


def make_rimini():
    name = "comune-rimini-2021-relazione"
    c = load(name)
    docx = HERE / f"{name}.docx"
    rimini_docx(c, docx)
    pdf = soffice_pdf(docx, HERE)
    recs = rimini_truth(c, pdf)
    write_truth(pdf, c["document"], recs, f"Generated by make_r2.py from {name}.content.json (blind round r2; no extractor used).")
    return name, recs



# =========================================================================== 3 siena (Word PIAO)
def _new_section(doc, landscape):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.8)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
    return sec


SIENA_TEXT = {
    "intro": [
        "Il Piano integrato di attività e organizzazione (PIAO), introdotto dall'art. 6 del D.L. 80/2021, convertito dalla L. 113/2021, assorbe in un unico documento la programmazione della performance, del fabbisogno di personale, della formazione, del lavoro agile e della prevenzione della corruzione e della trasparenza.",
        "Il presente Piano, relativo al triennio 2024-2026, è redatto secondo lo schema definito dal D.M. 30 giugno 2022, n. 132 e tiene conto delle Linee guida ANVUR per la gestione integrata dei cicli della performance e del bilancio delle università statali.",
    ],
    "vp": [
        "Il Valore pubblico che l'Ateneo intende generare è declinato nelle quattro aree strategiche del Piano strategico 2023-2028: la qualità e l'attrattività della didattica, la ricerca, la terza missione e l'impatto sociale, la sostenibilità organizzativa, digitale e ambientale.",
        "Gli impatti attesi sono misurati attraverso indicatori di benessere economico e sociale del territorio (occupazione dei laureati a un anno dal titolo, attrattività nei confronti degli studenti fuori regione, risorse esterne attratte per la ricerca), monitorati annualmente dal Nucleo di valutazione.",
    ],
    "perf": [
        "Gli obiettivi operativi della presente sottosezione discendono dagli obiettivi strategici e sono assegnati alle strutture dell'amministrazione centrale. Per ciascun indicatore sono riportati la formula di calcolo, il valore di partenza rilevato nel 2022 e i target per ciascun anno del triennio.",
        "Il monitoraggio intermedio degli obiettivi è effettuato al 30 giugno di ciascun anno; gli eventuali aggiornamenti dei target sono approvati dal Consiglio di amministrazione su proposta del Direttore generale, sentito il Nucleo di valutazione.",
    ],
    "risk": [
        "La mappatura dei processi a rischio è stata aggiornata nel 2023 sulla base del PNA 2022 e delle indicazioni ANAC per le università. Per ciascun processo la tabella riporta il rischio individuato, la valutazione di probabilità e impatto e la misura specifica di prevenzione programmata per il triennio.",
    ],
    "org": [
        "La struttura organizzativa dell'Ateneo si articola in 15 dipartimenti, 4 centri di servizio e nell'amministrazione centrale, organizzata in aree e divisioni coordinate dal Direttore generale. La consistenza del personale al 31 dicembre 2023 è riepilogata nella tabella seguente.",
        "Il Piano triennale dei fabbisogni di personale 2024-2026 prevede l'assunzione di 48 unità di personale tecnico-amministrativo, nel rispetto dei punti organico assegnati dal Ministero e del limite alle spese di personale previsto dal D.Lgs. 49/2012.",
    ],
}


def siena_docx(c, path):
    doc = D.new_document(font="Times New Roman", size=11, margins=(2.2, 2.2, 2.2, 2.2))
    D.header_footer(doc, "Università degli Studi di Siena – PIAO 2024-2026", size=8)
    D.para(doc, "UNIVERSITÀ DEGLI STUDI DI SIENA", size=20, bold=True, align="center", before=70,
           color="7B1C1C")
    D.para(doc, "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", size=22, bold=True,
           align="center", before=150)
    D.para(doc, "2024 – 2026", size=18, bold=True, align="center", before=12)
    D.para(doc, "(art. 6, D.L. 9 giugno 2021, n. 80)", size=11, italic=True, align="center", before=10)
    D.para(doc, "Approvato dal Consiglio di amministrazione nella seduta del 30 gennaio 2024",
           size=10, align="center", before=240)
    D.page_break(doc)
    D.para(doc, "Premessa", size=14, bold=True, after=8)
    for p in SIENA_TEXT["intro"]:
        D.para(doc, p, align="justify", after=6)
    D.para(doc, "SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", size=13, bold=True,
           before=12, after=8)
    t = D.fixed_table(doc, [6.0, 10.6], cell_margin_cm=0.12)
    for k, v in c["anagrafica"]:
        r = D.add_row(t, cant_split=True)
        D.set_cell(r.cells[0], k, size=10, bold=True)
        D.set_cell(r.cells[1], v, size=10)
    D.para(doc, "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", size=13, bold=True,
           before=16, after=8)
    D.para(doc, "2.1 Valore pubblico", size=12, bold=True, after=6)
    for p in SIENA_TEXT["vp"]:
        D.para(doc, p, align="justify", after=6)
    D.para(doc, "2.2 Performance", size=12, bold=True, before=8, after=6)
    for p in SIENA_TEXT["perf"]:
        D.para(doc, p, align="justify", after=6)
    _new_section(doc, landscape=True)
    widths = [4.2, 5.0, 5.6, 2.4, 2.0, 2.0, 2.0, 2.9]
    for a in c["areas"]:
        D.para(doc, f"Area strategica {a['code']} – {a['title']}", size=12, bold=True, before=6,
               after=4, keep_next=True, color="7B1C1C")
        for os_ in a["os"]:
            D.para(doc, f"Obiettivo strategico {os_['code']} – {os_['title']}", size=10.5,
                   bold=True, before=4, after=4, keep_next=True)
            t = D.fixed_table(doc, widths, cell_margin_cm=0.1)
            r = D.add_row(t, header=True, cant_split=True)
            for k, (cell, h) in enumerate(zip(r.cells, c["header"])):
                D.set_cell(cell, h, size=8.5, bold=True, shade="F2E5E5",
                           align="center" if 3 <= k <= 6 else None)
            n = 1
            for oo in os_["oo"]:
                r0 = n
                for ind in oo["ind"]:
                    r = D.add_row(t, cant_split=True)
                    for k, v in enumerate(ind):
                        D.set_cell(r.cells[k + 1], v, size=8.5,
                                   align="center" if 2 <= k <= 5 else None)
                    n += 1
                cell = t.cell(r0, 0).merge(t.cell(n - 1, 0)) if n - 1 > r0 else t.cell(r0, 0)
                D.set_cell(cell, f"{oo['code']} – {oo['title']}", size=8.5)
            D.para(doc, "", size=6)
    _new_section(doc, landscape=False)
    D.para(doc, "2.3 Rischi corruttivi e trasparenza", size=12, bold=True, after=6)
    for p in SIENA_TEXT["risk"]:
        D.para(doc, p, align="justify", after=6)
    D.para(doc, "Tabella 5 – Registro dei rischi: processi a rischio e misure specifiche", size=9.5,
           bold=True, after=3, keep_next=True)
    t = D.fixed_table(doc, [3.4, 4.4, 2.0, 1.8, 5.0], cell_margin_cm=0.1)
    r = D.add_row(t, header=True, cant_split=True)
    for cell, h in zip(r.cells, c["risk_header"]):
        D.set_cell(cell, h, size=9, bold=True, shade="F2E5E5")
    for row in c["risks"]:
        r = D.add_row(t, cant_split=True)
        for k, (cell, v) in enumerate(zip(r.cells, row)):
            D.set_cell(cell, v, size=9, align="center" if k in (2, 3) else None)
    D.para(doc, "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", size=13, bold=True, before=16,
           after=8)
    D.para(doc, "3.1 Struttura organizzativa", size=12, bold=True, after=6)
    for p in SIENA_TEXT["org"]:
        D.para(doc, p, align="justify", after=6)
    D.para(doc, "Tabella 6 – Personale in servizio al 31/12/2023 per ruolo e genere", size=9.5,
           bold=True, after=3, keep_next=True)
    t = D.fixed_table(doc, [7.6, 2.6, 2.6, 2.6], cell_margin_cm=0.12)
    r = D.add_row(t, cant_split=True)
    for k, (cell, h) in enumerate(zip(r.cells, c["staff_header"])):
        D.set_cell(cell, h, size=9.5, bold=True, shade="F2E5E5", align="center" if k else None)
    for row in c["staff"]:
        r = D.add_row(t, cant_split=True)
        for k, (cell, v) in enumerate(zip(r.cells, row)):
            D.set_cell(cell, v, size=9.5, bold=(row[0] == "Totale") or None,
                       align="right" if k else None)
    D.para(doc, "3.2 Organizzazione del lavoro agile", size=12, bold=True, before=12, after=6)
    D.para(doc, "Il lavoro agile è disciplinato dal Regolamento di Ateneo emanato con D.R. n. 1487 del 28 ottobre 2022: può essere svolto fino a otto giornate al mese dal personale tecnico-amministrativo le cui attività siano compatibili, sulla base di un accordo individuale con il responsabile della struttura.", align="justify")
    doc.save(path)


def siena_truth(c, pdf):
    rb = ReadBack(pdf)
    rb.seek("Area strategica 1 – Didattica")
    recs = []
    for a in c["areas"]:
        for os_ in a["os"]:
            for oo in os_["oo"]:
                for ind in oo["ind"]:
                    page, page_end = rb.locate(ind[0], ind)
                    for k, year in enumerate((2024, 2025, 2026)):
                        rec = blank_record()
                        rec.update(area_code=a["code"], area_title=a["title"],
                                   objective_level="operational", objective_code=oo["code"],
                                   objective_title=oo["title"], indicator=clean(ind[0]),
                                   formula=clean(ind[1]), baseline=clean(ind[2]), year=year,
                                   page=page, page_end=page_end)
                        set_values(rec, ind[3 + k], None)
                        recs.append(rec)
    return recs


def make_siena():
    name = "universita-siena-2024-piao"
    c = load(name)
    docx = HERE / f"{name}.docx"
    siena_docx(c, docx)
    pdf = soffice_pdf(docx, HERE)
    recs = siena_truth(c, pdf)
    write_truth(pdf, c["document"], recs, f"Generated by make_r2.py from {name}.content.json (blind round r2; no extractor used).")
    return name, recs



# =========================================================================== 2 asl toscana (Calc)
def asl_xlsx(c, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.page import PageMargins
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wrapc = Alignment(wrap_text=True, vertical="top", horizontal="center")
    wrapr = Alignment(wrap_text=True, vertical="top", horizontal="right")
    F = "Arial"

    def setup(ws, title):
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
        ws.oddHeader.right.text = "Azienda USL Toscana sud est – Relazione sulla performance 2023"
        ws.oddHeader.right.size = 8
        ws.oddFooter.center.text = "Pagina &P di &N"
        ws.oddFooter.center.size = 8
        ws.sheet_view.showGridLines = False

    # ---- Frontespizio
    ws = wb.active
    ws.title = "Frontespizio"
    setup(ws, "Frontespizio")
    for col, w in zip("ABCDEFGH", [18] * 8):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A2:H2"); ws["A2"] = "AZIENDA USL TOSCANA SUD EST"
    ws["A2"].font = Font(name=F, size=16, bold=True, color="00544E")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:H3"); ws["A3"] = "Servizio Sanitario della Toscana"
    ws["A3"].font = Font(name=F, size=10, italic=True); ws["A3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:H6"); ws["A6"] = "RELAZIONE SULLA PERFORMANCE 2023"
    ws["A6"].font = Font(name=F, size=20, bold=True); ws["A6"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[6].height = 30
    ws.merge_cells("A7:H7"); ws["A7"] = "Rendicontazione degli obiettivi aziendali – confronto 2022-2023"
    ws["A7"].font = Font(name=F, size=12); ws["A7"].alignment = Alignment(horizontal="center")
    ws["A10"] = "Premessa"; ws["A10"].font = Font(name=F, size=12, bold=True)
    r = 11
    for p in c["premessa"]:
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"] = p
        ws[f"A{r}"].font = Font(name=F, size=10)
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        ws.row_dimensions[r].height = 15 * (1 + len(p) // 150) + 6
        r += 1
    ws[f"A{r + 1}"] = "Adottata con deliberazione del Direttore generale n. 688 del 27 giugno 2024"
    ws[f"A{r + 1}"].font = Font(name=F, size=9, italic=True)

    # ---- Obiettivi
    ws = wb.create_sheet("Obiettivi")
    setup(ws, "Obiettivi")
    ws.print_title_rows = "3:4"
    widths = [18, 22, 6, 34, 5, 9, 10, 12, 9, 10, 12]

    def nlines(text, width):
        import math
        cpl = max(1, int(width * 1.38))
        words, lines, cur = (text or "").split(), 1, 0
        for w in words:
            if cur and cur + 1 + len(w) > cpl:
                lines += 1; cur = len(w)
            else:
                cur = cur + 1 + len(w) if cur else len(w)
        return lines
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    ws.merge_cells("A1:K1")
    ws["A1"] = "Tabella 1 – Obiettivi e indicatori aziendali: risultati 2022 e 2023"
    ws["A1"].font = Font(name=F, size=11, bold=True)
    hfill = PatternFill("solid", fgColor="D5E8E6")
    hfont = Font(name=F, size=9, bold=True)
    for k, h in enumerate(["Area", "Obiettivo", "Cod.", "Indicatore", "Peso"]):
        col = chr(65 + k)
        ws.merge_cells(f"{col}3:{col}4")
        ws[f"{col}3"] = h
    ws.merge_cells("F3:H3"); ws["F3"] = "2022"
    ws.merge_cells("I3:K3"); ws["I3"] = "2023"
    for k, h in enumerate(["Target", "Risultato", "% raggiungimento"] * 2):
        ws.cell(row=4, column=6 + k, value=h)
    for row in (3, 4):
        for col in range(1, 12):
            cl = ws.cell(row=row, column=col)
            cl.font = hfont; cl.fill = hfill; cl.border = box
            cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[4].height = 26
    r = 5
    cfont = Font(name=F, size=10)
    for a in c["areas"]:
        ra = r
        for o in a["obj"]:
            ro = r
            for ind in o["ind"]:
                vals = [None, None, ind[0], ind[1], ind[2]] + ind[3] + ind[4]
                for k, v in enumerate(vals):
                    cl = ws.cell(row=r, column=k + 1, value=(v if v else None))
                    cl.font = cfont; cl.border = box
                    cl.alignment = wrap if k in (0, 1, 3) else (wrapc if k in (2, 4) else wrapr)
                ws.row_dimensions[r].height = 13.5 * nlines(ind[1], widths[3]) + 4
                r += 1
            need = 13.5 * nlines(f"{o['code']} – {o['title']}", widths[1]) + 4
            have = sum(ws.row_dimensions[k].height for k in range(ro, r))
            if have < need:
                ws.row_dimensions[r - 1].height += need - have
            ws.merge_cells(start_row=ro, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=ro, column=2, value=f"{o['code']} – {o['title']}")
        ws.merge_cells(start_row=ra, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=ra, column=1, value=f"{a['code']} – {a['title']}").font = Font(name=F, size=10, bold=True)
    ws.cell(row=r + 1, column=1, value="Fonte: Laboratorio MeS – Scuola Superiore Sant'Anna; flussi regionali SDO, SPA, RFC. Gli indicatori B.1.3 e D.2.3 sono stati introdotti con il PIAO 2023-2025.").font = Font(name=F, size=8, italic=True)

    # ---- Risorse
    ws = wb.create_sheet("Risorse")
    setup(ws, "Risorse")
    for col, w in zip("ABCD", [46, 20, 20, 14]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Tabella 2 – Costi della produzione per macrostruttura (dati di bilancio)"
    ws["A1"].font = Font(name=F, size=11, bold=True)
    for k, h in enumerate(c["costs_header"]):
        cl = ws.cell(row=3, column=k + 1, value=h)
        cl.font = hfont; cl.fill = hfill; cl.border = box
        cl.alignment = Alignment(horizontal="center")
    for i, row in enumerate(c["costs"]):
        for k, v in enumerate(row):
            cl = ws.cell(row=4 + i, column=k + 1, value=v)
            cl.font = Font(name=F, size=9, bold=row[0].startswith("Totale"))
            cl.border = box
            cl.alignment = Alignment(horizontal="right" if k else "left")
    ws["A11"] = "I costi della rete territoriale comprendono la farmaceutica convenzionata e l'assistenza sanitaria di base."
    ws["A11"].font = Font(name=F, size=9, italic=True)
    wb.save(path)


def asl_truth(c, pdf):
    rb = ReadBack(pdf)
    rb.seek("Tabella 1 – Obiettivi e indicatori aziendali:")
    recs = []
    for a in c["areas"]:
        for o in a["obj"]:
            for ind in o["ind"]:
                cells = [ind[0], ind[1], ind[2]] + ind[3] + ind[4]
                page, page_end = rb.locate(ind[0] + " " + ind[1], cells)
                for year, g in ((2022, ind[3]), (2023, ind[4])):
                    rec = blank_record()
                    rec.update(area_code=a["code"], area_title=a["title"],
                               objective_level="strategic", objective_code=o["code"],
                               objective_title=o["title"], indicator_code=ind[0],
                               indicator=clean(ind[1]), weight=num_or_none(ind[2]), year=year,
                               achievement=num_or_none(g[2]), page=page, page_end=page_end)
                    set_values(rec, g[0] or None, g[1] or None)
                    recs.append(rec)
    return recs


def make_asl():
    name = "asl-toscana-2023-relazione"
    c = load(name)
    xlsx = HERE / f"{name}.xlsx"
    asl_xlsx(c, xlsx)
    pdf = soffice_pdf(xlsx, HERE)
    recs = asl_truth(c, pdf)
    write_truth(pdf, c["document"], recs, f"Generated by make_r2.py from {name}.content.json (blind round r2; no extractor used).")
    return name, recs


# =========================================================================== main
MAKERS = {
    "cremona-2020-wordgrid": make_cremona,
    "camera-commercio-lucca-2022-relazione": make_lucca,
    "comune-rimini-2021-relazione": make_rimini,
    "universita-siena-2024-piao": make_siena,
    "asl-toscana-2023-relazione": make_asl,
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(MAKERS)
    for n in names:
        name, recs = MAKERS[n]()
        pages = [(r["page"], r["page_end"]) for r in recs]
        print(f"{name}: {len(recs)} records; pages {pages}")

"""Renders the r10 samples from *.content.json and writes *.truth.json from the content.
Pages come from a pdfplumber read-back (r10lib.ReadBack). Never uses perfextract."""
import json
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

import wordutil as W
from r10lib import FIELDS, ReadBack, clean, parse_value, sha256, soffice_pdf

HERE = Path(__file__).resolve().parent
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DC", DJ + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DCB", DJ + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DCI", DJ + "DejaVuSansCondensed-Oblique.ttf"))


# ====================================================================== truth
def pct(s):
    if not clean(s):
        return None
    return float(clean(s).replace("%", "").replace(".", "").replace(",", ".").strip())


STATUS = {"obiettivo sospeso": "suspended", "raggiunto": "achieved",
          "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved"}


def met_of(tp, ap, direction):
    """CONVENTIONS `met`: printed operator decides; bare number: equal actual is met, else the
    name's direction decides (null without one)."""
    top, tv, tmax, tu = tp
    aop, av, amax, au = ap
    if tv is None or av is None or aop != "=":
        return None
    if tu and au and tu != au:
        return None
    if top == ">=":
        return av >= tv
    if top == "<=":
        return av <= tv
    if top == ">":
        return av > tv
    if top == "<":
        return av < tv
    if top == "range":
        return tv <= av <= tmax
    if av == tv:
        return True
    if direction == "up":
        return av > tv
    if direction == "down":
        return av < tv
    return None


def records_of(content, indicators):
    recs = []
    for ind in indicators:
        base = {k: None for k in FIELDS}
        ob = ind["obj"]
        if ind.get("area"):
            base["area_code"], base["area_title"] = ind["area"]
        else:
            base["area_code"] = re.split(r"[._]", ob["code"])[0]
        base["objective_level"] = ob["level"]
        base["objective_code"] = ob["code"]
        base["objective_title"] = ob["title"]
        for f in ("indicator_code", "indicator", "formula", "data_source", "notes"):
            base[f] = clean(ind.get(f))
        base["weight"] = pct(ind.get("weight"))
        base["achievement"] = pct(ind.get("achievement"))
        st = clean(ind.get("status_text"))
        base["status_text"] = st
        base["status"] = STATUS[st.lower()] if st else None
        base["comment"] = clean(ind.get("comment"))
        targets = ind.get("targets") or {"-": ind.get("target")}
        for y in sorted(targets):
            r = dict(base)
            r["year"] = None if y == "-" else int(y)
            r["target"] = clean(targets[y])
            r["actual"] = clean(ind.get("actual"))
            tp = parse_value(r["target"])
            ap = parse_value(r["actual"])
            (r["target_operator"], r["target_value"], r["target_value_max"],
             r["target_unit"]) = tp
            (r["actual_operator"], r["actual_value"], r["actual_value_max"],
             r["actual_unit"]) = ap
            r["met"] = met_of(tp, ap, ind.get("dir"))
            recs.append(r)
    return recs


# ====================================================================== 1. xlsx ASL Napoli 1
def render_napoli(c, out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Premessa"
    NF = "Liberation Sans Narrow"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 38
    for col in "BCD":
        ws.column_dimensions[col].width = 20
    r = 2
    for i, line in enumerate(c["cover"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        cell = ws.cell(r, 1, line)
        cell.font = Font(name=NF, size=[11, 14, 16, 12, 10][i], bold=i < 3,
                         color="1F4E79" if i == 2 else "000000")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        ws.row_dimensions[r].height = [16, 20, 24, 18, 15][i]
        r += 1 if i != 1 else 2
    r += 2
    for p in c["intro"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        cell = ws.cell(r, 1, p)
        cell.font = Font(name=NF, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        ws.row_dimensions[r].height = 54
        r += 2
    ws.cell(r, 1, c["budget_title"]).font = Font(name=NF, size=10, bold=True)
    r += 1
    for j, h in enumerate(c["budget_header"], 1):
        cell = ws.cell(r, j, h)
        cell.font = Font(name=NF, size=9.5, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = box
        cell.alignment = Alignment(horizontal="center", wrap_text=True, vertical="center")
    ws.row_dimensions[r].height = 26
    for row in c["budget_rows"]:
        r += 1
        for j, v in enumerate(row, 1):
            cell = ws.cell(r, j, v)
            cell.font = Font(name=NF, size=9.5, bold=row[0] == "Totale")
            cell.border = box
            cell.alignment = Alignment(horizontal="left" if j == 1 else "right")
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_area = f"A1:D{r}"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddFooter.center.text = "Pagina &P di &N"

    w2 = wb.create_sheet("Obiettivi 2023")
    widths = [4, 19, 27, 5.5, 9, 10, 10.5, 15]
    for j, w in enumerate(widths):
        w2.column_dimensions[chr(65 + j)].width = w
    w2.merge_cells("A1:H1")
    t = w2.cell(1, 1, "Scheda di rendicontazione obiettivi aziendali – anno 2023")
    t.font = Font(name=NF, size=12, bold=True)
    w2.row_dimensions[1].height = 20
    for j, h in enumerate(c["header"], 1):
        cell = w2.cell(3, j, h)
        cell.font = Font(name=NF, size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2E75B6")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    w2.row_dimensions[3].height = 28
    r = 3
    for k, ind in enumerate(c["indicators"]):
        r += 1
        vals = [ind["indicator_code"], ind["obj"]["cell"], ind["indicator"], ind["weight"],
                ind["target"], ind["actual"], ind["achievement"], ind["notes"]]
        for j, v in enumerate(vals, 1):
            cell = w2.cell(r, j, v)
            cell.font = Font(name=NF, size=10)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if j in (1, 4, 5, 6, 7) else "left")
            if k % 2 == 1:
                cell.fill = PatternFill("solid", fgColor="DDEBF7")
        # explicit heights (Calc does not always grow rows on load)
        lines = max(len(ind["obj"]["cell"]) / 21 + 1, len(ind["indicator"]) / 30 + 1,
                    len(ind["notes"] or "") / 17 + 1)
        w2.row_dimensions[r].height = 13 * int(lines) + 4
    w2.print_title_rows = "3:3"
    w2.print_options.gridLines = True
    w2.page_setup.orientation = "portrait"
    w2.page_setup.paperSize = w2.PAPERSIZE_A4
    w2.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    w2.page_setup.fitToWidth = 1
    w2.page_setup.fitToHeight = 0
    w2.page_margins.left = w2.page_margins.right = 0.5
    w2.page_margins.top = 1.0
    w2.page_margins.bottom = 0.9
    w2.oddHeader.right.text = "ASL Napoli 1 Centro – Relazione sulla performance 2023"
    w2.oddHeader.right.size = 8
    w2.oddFooter.center.text = "Pagina &P di &N"
    x = out.with_suffix(".xlsx")
    wb.save(x)
    return soffice_pdf(x, out.parent)


# ====================================================================== 2. docx CCIAA Bologna
def ruled(table):
    W.borders(table, {"top": (12, "000000"), "bottom": (12, "000000"),
                      "insideH": (4, "7F7F7F")})


def render_bologna(c, out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True
    p = sec.header.paragraphs[0]
    r = p.add_run("Camera di Commercio di Bologna – Piano della performance 2024-2026")
    r.italic = True
    r.font.size = Pt(8.5)
    p = sec.footer.paragraphs[0]
    p.alignment = 1
    W.add_field(p, "PAGE", 9)
    cv = c["cover"]
    W.para(doc, cv[0], 13, bold=True, align="center", before=90, after=50)
    W.para(doc, cv[1], 24, bold=True, align="center", after=14, color=RGBColor(0x80, 0, 0))
    W.para(doc, cv[2], 12, italic=True, align="center", after=150)
    W.para(doc, cv[3], 10, align="center")
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

    def h(text):
        W.para(doc, text, 13, bold=True, before=10, after=6, color=RGBColor(0x80, 0, 0), keep=True)

    h(c["intro_heading"])
    for t in c["intro"]:
        W.para(doc, t, align="justify", after=6)
    h(c["budget_heading"])
    W.para(doc, "Tabella 1 – Principali voci del preventivo economico e delle previsioni pluriennali", 9.5,
           italic=True, after=3, keep=True)
    tb = doc.add_table(rows=1 + len(c["budget_rows"]), cols=4)
    ruled(tb)
    W.set_widths(tb, [6.4, 3.4, 3.4, 3.2])
    for j, v in enumerate(c["budget_header"]):
        W.fill_cell(tb.rows[0].cells[j], v, 10, bold=True, align=None if j == 0 else "right")
    for i, row in enumerate(c["budget_rows"], 1):
        for j, v in enumerate(row):
            W.fill_cell(tb.rows[i].cells[j], v, 10, align=None if j == 0 else "right")
    W.para(doc, "", after=4)
    h(c["schede_heading"])
    W.para(doc, "Le schede che seguono sono ordinate secondo l'albero della performance.",
           after=8)
    for n, s in enumerate(c["schede"], 1):
        W.para(doc, f"Scheda n. {n}", 11, bold=True, before=8, after=3, keep=True)
        kv = [("Area strategica", f"{s['area'][0]} – {s['area'][1]}"),
              ("Obiettivo strategico", f"{s['os'][0]} – {s['os'][1]}"),
              ("Obiettivo operativo", f"{s['oo'][0]} – {s['oo'][1]}"),
              ("Struttura responsabile", s["resp"]), ("Peso dell'obiettivo", s["peso"])]
        t = doc.add_table(rows=len(kv), cols=2)
        ruled(t)
        W.set_widths(t, [4.4, 12.0])
        for i, (k, v) in enumerate(kv):
            W.fill_cell(t.rows[i].cells[0], k, 10, bold=True)
            W.shade(t.rows[i].cells[0], "F2F2F2")
            W.fill_cell(t.rows[i].cells[1], v, 10)
            W.cant_split(t.rows[i])
        W.para(doc, "", 4, after=0)
        t = doc.add_table(rows=1 + len(s["indicators"]), cols=5)
        ruled(t)
        W.set_widths(t, [5.0, 5.2, 2.1, 2.1, 2.0])
        for j, v in enumerate(c["ind_header"]):
            W.fill_cell(t.rows[0].cells[j], v, 9.5, bold=True, align=None if j < 2 else "center")
            W.shade(t.rows[0].cells[j], "E7D3D3")
        W.repeat_header(t.rows[0])
        for i, ind in enumerate(s["indicators"], 1):
            vals = [ind["indicator"], ind["formula"]] + [ind["targets"][str(y)] for y in c["years"]]
            for j, v in enumerate(vals):
                W.fill_cell(t.rows[i].cells[j], v, 9.5, align=None if j < 2 else "center")
            W.cant_split(t.rows[i])
        W.para(doc, "", after=6)
    d = out.with_suffix(".docx")
    doc.save(d)
    return soffice_pdf(d, out.parent)


# ====================================================================== 3. reportlab Verona
def render_verona(c, out, offset=0.0):
    PW, PH = landscape(A4)
    LM, RM, TOP, BOT = 28, 28, 50, 40
    FS, LD = 7.5, 9.0
    widths = [44, 150, 250, 80, 80, 62, 120]
    hdr = c["header"]

    def draw_doc(total):
        cv = rlcanvas.Canvas(str(out), pagesize=(PW, PH))
        cv.setTitle("Relazione sulla performance 2021 – report obiettivi")
        state = {"page": 1}

        def frame():
            cv.setFont("DCB", 8)
            cv.drawString(LM, PH - 28, c["running_header"])
            cv.setFont("DC", 7)
            cv.drawRightString(PW - RM, PH - 28, "Esercizio 2021")
            cv.setLineWidth(0.6)
            cv.line(LM, PH - 33, PW - RM, PH - 33)
            cv.line(LM, 30, PW - RM, 30)
            cv.setFont("DC", 7)
            cv.drawString(LM, 20, "Stampato il 16/05/2022 – REL_PERF_OBIETTIVI")
            cv.drawRightString(PW - RM, 20, f"Pag. {state['page']} / {total}")

        def newpage():
            cv.showPage()
            state["page"] += 1
            frame()
            return PH - TOP

        frame()
        y = PH - TOP - 6
        cv.setFont("DCB", 13)
        cv.drawString(LM, y, "STATO DI ATTUAZIONE DEGLI OBIETTIVI DI PEG – ESERCIZIO 2021")
        y -= 20
        for k, v in c["report_info"]:
            cv.setFont("DCB", 7.5)
            cv.drawString(LM, y, k + ":")
            cv.setFont("DC", 7.5)
            cv.drawString(LM + 80, y, v)
            y -= 10
        y -= 6
        cv.setFont("DC", 8.5)
        for line in simpleSplit(c["intro"], "DC", 8.5, PW - LM - RM):
            cv.drawString(LM, y, line)
            y -= 11
        y -= 6
        cv.setFont("DCB", 8)
        cv.drawString(LM, y, c["legend_title"])
        y -= 4
        lw = [130, 380]
        for k, row in enumerate([c["legend_header"]] + c["legend_rows"]):
            cv.setLineWidth(0.4)
            cv.rect(LM, y - 12, lw[0], 12, fill=0)
            cv.rect(LM + lw[0], y - 12, lw[1], 12, fill=0)
            cv.setFont("DCB" if k == 0 else "DC", 7.5)
            cv.drawString(LM + 3, y - 9, row[0])
            cv.drawString(LM + lw[0] + 3, y - 9, row[1])
            y -= 12
        y -= 14 + offset

        def header_row(y):
            h = 2 * LD + 4
            cv.setFillColorRGB(0.20, 0.24, 0.30)
            cv.rect(LM, y - h, sum(widths), h, fill=1, stroke=0)
            cv.setFillColorRGB(1, 1, 1)
            cv.setFont("DCB", FS)
            x = LM
            for w, t in zip(widths, hdr):
                cv.drawString(x + 3, y - LD - 1, t)
                x += w
            cv.setFillColorRGB(0, 0, 0)
            return y - h

        y = header_row(y)
        zebra = 0
        for ind in c["indicators"]:
            if ind["obj_printed"]:
                # area band when an area starts
                if ind is c["indicators"][0] or ind["area"] != prev_area:
                    if y - 3 * LD < BOT:
                        y = header_row(newpage())
                    cv.setFillColorRGB(0.85, 0.87, 0.90)
                    cv.rect(LM, y - LD - 4, sum(widths), LD + 4, fill=1, stroke=0)
                    cv.setFillColorRGB(0, 0, 0)
                    cv.setFont("DCB", FS + 0.5)
                    cv.drawString(LM + 3, y - LD + 1, ind["area_row"])
                    y -= LD + 4
            prev_area = ind["area"]
            cells = [ind["indicator_code"], ind["obj"]["cell"] if ind["obj_printed"] else "",
                     ind["indicator"], ind["target"], ind["actual"], ind["scostamento"],
                     ind["status_text"]]
            lines = [simpleSplit(t, "DCB" if k == 6 else "DC", FS, w - 6)
                     for k, (t, w) in enumerate(zip(cells, widths))]
            n = max(len(l) for l in lines)
            i = 0
            while i < n:
                room = int((y - BOT - 4) // LD)
                if room < 1:
                    y = header_row(newpage())
                    continue
                take = min(room, n - i)
                h = take * LD + 4
                if zebra % 2:
                    cv.setFillColorRGB(0.94, 0.95, 0.97)
                    cv.rect(LM, y - h, sum(widths), h, fill=1, stroke=0)
                    cv.setFillColorRGB(0, 0, 0)
                x = LM
                for col, (ls, w) in enumerate(zip(lines, widths)):
                    cv.setFont("DCB" if col == 6 else "DC", FS)
                    for k2, line in enumerate(ls[i:i + take]):
                        cv.drawString(x + 3, y - LD * (k2 + 1) + 1, line)
                    x += w
                cv.setStrokeColorRGB(0.75, 0.75, 0.75)
                cv.setLineWidth(0.3)
                cv.line(LM, y - h, LM + sum(widths), y - h)
                cv.setStrokeColorRGB(0, 0, 0)
                y -= h
                i += take
                if i < n:
                    split_rows.append(ind["indicator_code"])
                    y = header_row(newpage())
            zebra += 1
            if ind.get("comment"):
                cl = simpleSplit(ind["comment"], "DCI", FS, sum(widths) - widths[0] - 6)
                if y - len(cl) * LD - 4 < BOT:
                    y = header_row(newpage())
                cv.setFont("DCI", FS)
                for k2, line in enumerate(cl):
                    cv.drawString(LM + widths[0] + 3, y - LD * (k2 + 1) + 1, line)
                y -= len(cl) * LD + 4
                cv.setLineWidth(0.3)
                cv.setStrokeColorRGB(0.75, 0.75, 0.75)
                cv.line(LM, y, LM + sum(widths), y)
                cv.setStrokeColorRGB(0, 0, 0)
        # summary (non-indicator table) on a new page
        y = newpage() - 6
        cv.setFont("DCB", 9)
        cv.drawString(LM, y, c["summary_title"])
        y -= 16
        sw = [160, 80, 80]
        cv.setFillColorRGB(0.20, 0.24, 0.30)
        cv.rect(LM, y - 4, sum(sw), LD + 4, fill=1, stroke=0)
        cv.setFillColorRGB(1, 1, 1)
        cv.setFont("DCB", FS)
        x = LM
        for w, t in zip(sw, c["summary_header"]):
            cv.drawString(x + 3, y - 1, t)
            x += w
        cv.setFillColorRGB(0, 0, 0)
        for row in c["summary_rows"]:
            y -= LD + 4
            cv.setFont("DCB" if row[0] == "TOTALE" else "DC", FS)
            x = LM
            for w, t in zip(sw, row):
                cv.drawString(x + 3, y - 1, t)
                x += w
            cv.setLineWidth(0.3)
            cv.line(LM, y - 4, LM + sum(sw), y - 4)
        y -= 24
        cv.setFont("DC", 7.5)
        cv.drawString(LM, y, "Fine report – 16 indicatori elaborati.")
        cv.save()
        return state["page"]

    split_rows = []
    total = draw_doc(9)
    split_rows.clear()
    draw_doc(total)
    return out, split_rows


# ====================================================================== 4. docx Ministero Salute
def render_salute(c, out, toc_pages=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    sec.different_first_page_header_footer = True
    p = sec.footer.paragraphs[0]
    p.alignment = 2
    r = p.add_run("Relazione sulla performance 2022 – ")
    r.font.size = Pt(8)
    W.add_field(p, "PAGE", 8)
    BLUE = RGBColor(0x00, 0x4B, 0x87)
    cv = c["cover"]
    W.para(doc, cv[0], 20, bold=True, align="center", before=40, after=4, color=BLUE)
    W.para(doc, cv[1], 10, italic=True, align="center", after=90)
    W.para(doc, cv[2], 26, bold=True, align="center", after=6, color=BLUE)
    W.para(doc, cv[3], 18, align="center", after=30)
    W.para(doc, cv[4], 9, align="center")
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)
    # TOC
    W.para(doc, "Indice", 16, bold=True, after=14, color=BLUE)
    entries = [c["sec1"][0], c["sec2"]] + [f"{a} {b}" for a, b in c["sections"]] + \
              [c["sec3"], c["sec4"]]
    for k, e in enumerate(entries):
        p = doc.add_paragraph()
        sub = bool(re.match(r"\d\.\d", e))
        p.paragraph_format.left_indent = Cm(1.0 if sub else 0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(25.5), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(f"{e}\t{(toc_pages or {}).get(e, 0)}")
        r.font.size = Pt(11)
        r.bold = not sub
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

    def h(text, lvl):
        W.para(doc, text, 14 if lvl == 1 else 11.5, bold=True, before=12 if lvl == 1 else 8,
               after=6, color=BLUE, keep=True)

    h(c["sec1"][0], 1)
    for t in c["sec1"][1]:
        W.para(doc, t, align="justify", after=6)
    h(c["sec2"], 1)
    W.para(doc, c["sec2_intro"], align="justify", after=6)
    widths = [4.8, 4.8, 4.6, 3.0, 2.6, 2.6, 3.7]
    grid = {s: (4, "000000") for s in ("top", "left", "bottom", "right", "insideH", "insideV")}
    for sc, stt in c["sections"]:
        h(f"{sc} {stt}", 2)
        inds = [i for i in c["indicators"] if i["section"][0] == sc]
        t = doc.add_table(rows=1 + len(inds), cols=7)
        W.borders(t, grid)
        W.set_widths(t, widths)
        W.cell_margins(t, 30, 30, 60, 60)
        for j, v in enumerate(c["header"]):
            W.fill_cell(t.rows[0].cells[j], v, 8.5, bold=True, align="center")
            W.shade(t.rows[0].cells[j], "DCE6F1")
        W.repeat_header(t.rows[0])
        # objective cell merged down over its indicators
        start = 1
        for i, ind in enumerate(inds, 1):
            vals = [None, ind["indicator"], ind["formula"], ind["data_source"], ind["target"],
                    ind["actual"], ind["achievement"]]
            for j, v in enumerate(vals):
                if j:
                    W.fill_cell(t.rows[i].cells[j], v, 8.5, align="center" if j >= 4 else None)
            W.cant_split(t.rows[i])
        groups = []
        for i, ind in enumerate(inds, 1):
            if not groups or groups[-1][0] != ind["obj"]["code"]:
                groups.append([ind["obj"]["code"], i, i, ind["obj"]["cell"]])
            else:
                groups[-1][2] = i
        for code, a, b, text in groups:
            cell = t.cell(a, 0)
            if b > a:
                cell = cell.merge(t.cell(b, 0))
            W.fill_cell(cell, text, 8.5, bold=True)
        W.para(doc, "", 4, after=2)
    h(c["sec3"], 1)
    W.para(doc, c["sec3_intro"], align="justify", after=6)
    t = doc.add_table(rows=1 + len(c["budget_rows"]), cols=5)
    W.borders(t, grid)
    W.set_widths(t, [8.0, 4.5, 4.5, 4.5, 2.5])
    for j, v in enumerate(c["budget_header"]):
        W.fill_cell(t.rows[0].cells[j], v, 9, bold=True, align="center")
        W.shade(t.rows[0].cells[j], "DCE6F1")
    for i, row in enumerate(c["budget_rows"], 1):
        for j, v in enumerate(row):
            W.fill_cell(t.rows[i].cells[j], v, 9, bold=row[0] == "Totale",
                        align=None if j == 0 else "right")
    h(c["sec4"], 1)
    W.para(doc, c["sec4_text"], align="justify")
    d = out.with_suffix(".docx")
    doc.save(d)
    return soffice_pdf(d, out.parent), entries


# ====================================================================== driver
def cells_of(name, ind, c):
    if name.startswith("asl"):
        return [ind["indicator_code"], ind["obj"]["cell"], ind["weight"], ind["target"],
                ind["actual"], ind["achievement"], ind["notes"]]
    if name.startswith("camera"):
        return [ind["formula"]] + [ind["targets"][y] for y in sorted(ind["targets"])]
    if name.startswith("comune"):
        return [ind["obj"]["cell"] if ind["obj_printed"] else None, ind["target"],
                ind["actual"], ind["scostamento"], ind["status_text"]]
    return [ind["formula"], ind["data_source"], ind["target"], ind["actual"], ind["achievement"]]


def make(name):
    c = json.loads((HERE / f"{name}.content.json").read_text())
    out = HERE / f"{name}.pdf"
    note = ""
    if name.startswith("asl"):
        render_napoli(c, out)
        inds = c["indicators"]
    elif name.startswith("camera"):
        render_bologna(c, out)
        inds = [i for s in c["schede"] for i in s["indicators"]]
    elif name.startswith("comune"):
        off = float(sys.argv[2]) if len(sys.argv) > 2 else 62.0
        _, split = render_verona(c, out, off)
        note = f" split rows: {split}"
        inds = c["indicators"]
    else:
        _, entries = render_salute(c, out)
        rb = ReadBack(out)
        pages = {e: rb.find_text(e, 3) for e in entries}
        render_salute(c, out, pages)
        rb = ReadBack(out)
        assert {e: rb.find_text(e, 3) for e in entries} == pages
        note = f" toc {pages}"
        inds = c["indicators"]
    rb = ReadBack(out)
    recs = []
    for ind, rec in zip(inds, [None] * len(inds)):
        pg, pe = rb.find_row([x for x in [ind["indicator"]] + cells_of(name, ind, c) if x],
                            ind["indicator"])
        for r in records_of(c, [ind]):
            r["page"], r["page_end"] = pg, pe
            recs.append(r)
    truth = {"schema": "perfextract/records@1",
             "_about": f"Written by blind/r10/make_r10.py from {name}.content.json; pages from a "
                       "pdfplumber read-back of the rendered PDF.",
             "source": {"path": out.name, "sha256": sha256(out), "pages": rb.pages},
             "document": c["document"], "indicators": recs, "warnings": []}
    (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    print(f"{name}: {rb.pages} pages, {len(recs)} records{note}")


if __name__ == "__main__":
    make(sys.argv[1])

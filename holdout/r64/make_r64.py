"""Round r64: render the three samples from their content files and write their truths.

Usage: .venv/bin/python make_r64.py
Truth comes from the content only; page/page_end from reading the rendered PDF back.
"""
import json, os, re, subprocess, shutil, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
NAMES = ["provincia-vicenza-2024-relazione", "citta-metropolitana-genova-2025-piao",
         "comunita-montana-valsassina-2023-peg"]
LO_PROFILE = "file:///tmp/lo-r64"

# ----------------------------------------------------------------- value rules
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("almeno", ">="), ("entro", "<="), ("non inferiore a", ">="), ("non superiore a", "<="), ("pari a", "=")]
UNITS = [("%", "%"), ("‰", "‰"), ("€", "EUR"), ("euro", "EUR"), ("giorni", "days"), ("gg", "days"),
         ("mesi", "months"), ("ore", "hours")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def parse(text):
    none = (None, None, None, None)
    if text is None:
        return none
    t = " ".join(text.split())
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return none
    op = None
    for p, o in OPS:
        if t.lower().startswith(p):
            op, t = o, t[len(p):].strip()
            break
    unit = None
    if t.startswith("€"):
        unit, t = "EUR", t[1:].strip()
    m = re.match(NUM, t)
    if not m:
        return none
    v = num(m.group(0))
    rest = t[m.end():].strip()
    vmax = None
    m2 = re.match(r"^[-–]\s*(" + NUM + ")", rest)
    if m2 and not m.group(0).startswith("-"):
        op, vmax, rest = "range", num(m2.group(1)), rest[m2.end():].strip()
    for p, u in UNITS:
        if rest.lower().startswith(p):
            unit, rest = u, rest[len(p):].strip()
            break
    if re.search(r"\d", re.sub(r"\([^)]*\)", "", rest)):
        return none
    return (op or "=", v, vmax, unit)


LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione",
          "entro", "nei termini"]


def direction(name):
    n = name.lower()
    best = None
    for words, d in ((LOWER, "lower"), (HIGHER, "higher")):
        for w in words:
            i = n.find(w)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, d)
    return best[1] if best else None


def met(rec):
    to, tv, tmax, tu = rec["target_operator"], rec["target_value"], rec["target_value_max"], rec["target_unit"]
    ao, av, au = rec["actual_operator"], rec["actual_value"], rec["actual_unit"]
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if to == ">=":
        return av >= tv
    if to == ">":
        return av > tv
    if to == "<=":
        return av <= tv
    if to == "<":
        return av < tv
    if to == "range":
        return tv <= av <= tmax
    if av == tv:
        return True
    d = direction(rec["indicator"])
    if d is None:
        return None
    return av > tv if d == "higher" else av < tv


def status_of(text):
    if not text:
        return None
    t = text.lower()
    if "sospes" in t:
        return "suspended"
    if "parzialmente" in t:
        return "partially_achieved"
    if "non raggiunto" in t or "non conseguito" in t:
        return "not_achieved"
    if "raggiunto" in t or "conseguito" in t:
        return "achieved"
    if "in corso" in t:
        return "partially_achieved"
    return None


def pct(s):
    if not s:
        return None
    m = re.match(NUM, s.strip())
    return num(m.group(0)) if m else None


def clean(s):
    if s is None:
        return None
    s = " ".join(str(s).split())
    return s or None


FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]


def record(**kw):
    r = {f: None for f in FIELDS}
    for k, v in kw.items():
        r[k] = v
    for k in ("area_title", "objective_title", "indicator", "type", "formula", "unit", "data_source", "baseline",
              "target", "actual", "notes", "status_text", "comment", "indicator_code"):
        r[k] = clean(r[k])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = parse(r["target"])
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = parse(r["actual"])
    r["status"] = status_of(r["status_text"])
    r["met"] = met(r)
    return r


# ----------------------------------------------------------------- office conversion
def soffice(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ----------------------------------------------------------------- 1. Word
def render_docx(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.different_first_page_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name, size, color in (("Heading 1", 14, "1F3864"), ("Heading 2", 12, "1F3864"), ("Heading 3", 11, "2E5496")):
        h = doc.styles[name]
        h.font.name = "Calibri"
        h.font.size = Pt(size)
        h.font.color.rgb = RGBColor.from_string(color)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)

    def cell_text(cell, text, bold=False, size=9, align=None, italic=False):
        cell.text = ""
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = c["header_text"]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Pagina "); r.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = fp.add_run(); run.font.size = Pt(8)
        if kind:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); run._r.append(f)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; run._r.append(it)

    # cover
    for i in range(6):
        doc.add_paragraph()
    for i, line in enumerate(c["cover"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = i < 2
        run.font.size = Pt([24, 20, 11, 11][i])
        run.font.color.rgb = RGBColor.from_string("1F3864") if i < 2 else RGBColor(0, 0, 0)
        p.paragraph_format.space_after = Pt(18 if i < 2 else 6)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    widths = [Cm(1.3), Cm(5.0), Cm(1.7), Cm(2.6), Cm(2.6), Cm(1.4), Cm(2.4)]
    for b in c["blocks"]:
        t = b["t"]
        if t == "h1":
            doc.add_heading(b["text"], level=1)
        elif t == "p":
            p = doc.add_paragraph(b["text"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif t == "area":
            doc.add_heading(f"Area strategica {b['code']} – {b['title']}", level=2)
        elif t == "obj":
            doc.add_heading(f"Obiettivo operativo {b['code']} – {b['title']}", level=3)
        elif t in ("ind", "other"):
            if t == "other":
                p = doc.add_paragraph(); run = p.add_run(b["caption"]); run.bold = True; run.font.size = Pt(9.5)
                cols, rows = b["columns"], [{"cells": r} for r in b["rows"]]
                ws = [Cm(8.4), Cm(3.2), Cm(3.2), Cm(2.2)]
            else:
                cols, rows, ws = c["columns"], b["rows"], widths
            tb = doc.add_table(rows=1, cols=len(cols))
            tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, h in enumerate(cols):
                cell_text(tb.rows[0].cells[i], h, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                shade(tb.rows[0].cells[i], "D9E2F3")
            repeat_header(tb.rows[0])
            for r in rows:
                cells = tb.add_row().cells
                for i, v in enumerate(r["cells"]):
                    al = WD_ALIGN_PARAGRAPH.LEFT if i in (1,) or (t == "other" and i == 0) else WD_ALIGN_PARAGRAPH.CENTER
                    bold = t == "other" and r["cells"][0] == "Totale"
                    cell_text(cells[i], v, size=8.5, align=al, bold=bold)
                if r.get("note_row"):
                    nr = tb.add_row().cells
                    m = nr[1].merge(nr[len(cols) - 1])
                    cell_text(m, r["note_row"], size=8.5, italic=True)
            tb.autofit = False
            for i, w in enumerate(ws):
                tb.columns[i].width = w
            for row in tb.rows:
                for i, w in enumerate(ws):
                    row.cells[i].width = w
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
    out = c["name"] + ".docx"
    doc.save(out)
    soffice(out)


def truth_docx(c):
    recs = []
    area = obj = None
    for b in c["blocks"]:
        if b["t"] == "area":
            area = b
        elif b["t"] == "obj":
            obj = b
        elif b["t"] == "ind":
            for r in b["rows"]:
                d = dict(zip(c["fields"], r["cells"]))
                recs.append(record(area_code=area["code"], area_title=area["title"], objective_level=obj["level"],
                                   objective_code=obj["code"], objective_title=obj["title"],
                                   indicator_code=d["indicator_code"], indicator=d["indicator"], unit=d["unit"],
                                   year=c["year"], target=d["target"], actual=d["actual"],
                                   achievement=pct(d["achievement"]), status_text=d["status_text"],
                                   comment=r.get("note_row")))
    return recs


# ----------------------------------------------------------------- 2. Calc
def render_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws0 = wb.active; ws0.title = c["intro_sheet"]["name"]
    ws0.column_dimensions["A"].width = 120
    for i, line in enumerate(c["intro_sheet"]["rows"], 1):
        cell = ws0.cell(row=i, column=1, value=line or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if i <= 4 else "justify")
        cell.font = Font(name="Arial", size=[16, 14, 11, 11][i - 1] if i <= 4 else 10, bold=i <= 2,
                         color="1F4E79" if i <= 2 else "000000")
        ws0.row_dimensions[i].height = 34 if i <= 2 else (30 if i > 5 else 18)
    ws0.page_setup.orientation = "landscape"; ws0.page_setup.paperSize = 9
    ws0.print_options.horizontalCentered = True
    ws0.page_margins.top = 1.2
    ws0.oddFooter.center.text = "Pagina &P di &N"

    s = c["sheet"]
    ws = wb.create_sheet(s["name"])
    cols = s["columns"]
    for i, t in enumerate(s["title_rows"], 1):
        ws.cell(row=i, column=1, value=t).font = Font(name="Arial", size=13 if i == 1 else 11, bold=True, color="1F4E79")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=len(cols))
    hr = len(s["title_rows"]) + 2
    hfill = PatternFill("solid", fgColor="1F4E79")
    for j, col in enumerate(cols, 1):
        cell = ws.cell(row=hr, column=j, value=col["header"])
        cell.font = Font(name="Arial", size=9, bold=True, color="FFFFFF")
        cell.fill = hfill; cell.border = border
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        ws.column_dimensions[cell.column_letter].width = col["width"]
    ws.row_dimensions[hr].height = 30
    fills = {"1": "DDEBF7", "2": "FFFFFF", "3": "E2EFDA"}
    for k, row in enumerate(s["rows"], hr + 1):
        vals = list(row)
        vals[0] = f"{row[0]} – {s['objectives'][row[0]]}"
        vals[1] = f"{row[1]} – {s['objectives'][row[1]]}"
        for j, v in enumerate(vals, 1):
            cell = ws.cell(row=k, column=j, value=(int(v) if j == len(cols) else (v or None)))
            cell.font = Font(name="Arial", size=9, bold=(j == 4))
            cell.border = border
            cell.fill = PatternFill("solid", fgColor=fills[row[0]])
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if j in (1, 2, 4, 5, 6) else "center")
        import math
        lines = max(math.ceil(len(str(v or "")) * (1.12 if j == 4 else 1.0) / (cols[j - 1]["width"] * 1.3))
                    for j, v in enumerate(vals, 1))
        ws.row_dimensions[k].height = 12.5 * max(1, lines) + 3
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddHeader.right.text = "PIAO 2025-2027 – Allegato A"

    o = c["other_sheet"]
    ws2 = wb.create_sheet(o["name"])
    ws2.cell(row=1, column=1, value=o["title"]).font = Font(name="Arial", size=11, bold=True, color="1F4E79")
    for j, h in enumerate(o["columns"], 1):
        cell = ws2.cell(row=3, column=j, value=h)
        cell.font = Font(name="Arial", size=9, bold=True, color="FFFFFF"); cell.fill = hfill; cell.border = border
        cell.alignment = Alignment(horizontal="center")
    for k, r in enumerate(o["rows"], 4):
        for j, v in enumerate(r, 1):
            cell = ws2.cell(row=k, column=j, value=v)
            cell.font = Font(name="Arial", size=9, bold=r[0] == "Totale"); cell.border = border
            cell.alignment = Alignment(horizontal="left" if j == 1 else "right")
    ws2.column_dimensions["A"].width = 62
    for L in "BCD":
        ws2.column_dimensions[L].width = 18
    ws2.page_setup.orientation = "landscape"; ws2.page_setup.paperSize = 9
    ws2.page_setup.fitToWidth = 1; ws2.page_setup.fitToHeight = 0
    ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.oddFooter.center.text = "Pagina &P di &N"
    out = c["name"] + ".xlsx"
    wb.save(out)
    soffice(out)


def truth_calc(c):
    s = c["sheet"]
    recs = []
    for row in s["rows"]:
        d = {}
        years = []
        for col, v in zip(s["columns"], row):
            if col.get("year"):
                years.append((col["year"], v))
            else:
                d[col["field"]] = v
        for y, tv in years:
            recs.append(record(area_code=row[0], area_title=None, objective_level="operational",
                               objective_code=row[1], objective_title=s["objectives"][row[1]],
                               indicator_code=d["indicator_code"], indicator=d["indicator"], formula=d["formula"],
                               data_source=d["data_source"], baseline=d["baseline"], weight=float(d["weight"]),
                               year=y, target=tv or None))
    return recs


# ----------------------------------------------------------------- 3. reportlab
def render_rl(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer,
                                    KeepTogether)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSansCondensed-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", D + "DejaVuSansCondensed-Oblique.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
    W, H = A4
    navy = colors.HexColor("#2B4C6F")
    band = colors.HexColor("#E6ECF2")
    hair = colors.HexColor("#9AA5B1")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DVB", 8); canv.setFillColor(navy)
        canv.drawString(1.6 * cm, H - 1.1 * cm, c["header_left"])
        canv.setFont("DV", 8)
        canv.drawRightString(W - 1.6 * cm, H - 1.1 * cm, c["header_right"])
        canv.setStrokeColor(navy); canv.setLineWidth(0.6)
        canv.line(1.6 * cm, H - 1.25 * cm, W - 1.6 * cm, H - 1.25 * cm)
        canv.setStrokeColor(hair); canv.setLineWidth(0.3)
        canv.line(1.6 * cm, 1.3 * cm, W - 1.6 * cm, 1.3 * cm)
        canv.setFont("DV", 7); canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(1.6 * cm, 0.9 * cm, c["report_id"])
        canv.drawRightString(W - 1.6 * cm, 0.9 * cm, f"Pag. {doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(c["name"] + ".pdf", pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm,
                          topMargin=1.8 * cm, bottomMargin=1.7 * cm, title=c["document"]["title"],
                          author=c["document"]["issuer"])
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])
    st_t = ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, textColor=navy, spaceAfter=4)
    st_s = ParagraphStyle("s", fontName="DV", fontSize=11, leading=14, textColor=navy, spaceAfter=12)
    st_p = ParagraphStyle("p", fontName="DV", fontSize=9, leading=12, spaceAfter=6, alignment=4)
    st_h = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, textColor=navy, spaceBefore=8, spaceAfter=5)
    st_c = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    st_cb = ParagraphStyle("cb", parent=st_c, fontName="DVB", textColor=colors.white)
    st_cc = ParagraphStyle("cc", parent=st_c, alignment=1)
    st_hd = ParagraphStyle("hd", parent=st_c, fontName="DVB", fontSize=7.5, leading=9, alignment=1, textColor=navy)
    st_ob = ParagraphStyle("ob", parent=st_c, fontName="DVB", textColor=navy)
    st_st = ParagraphStyle("st", parent=st_c, fontName="DVI", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))

    story = [Paragraph("Piano esecutivo di gestione 2023", st_t),
             Paragraph("Verifica finale del grado di raggiungimento degli obiettivi al 31/12/2023", st_s)]
    for t in c["intro"]:
        story.append(Paragraph(t, st_p))
    sm = c["summary"]
    story.append(Paragraph(sm["caption"], st_h))
    data = [[Paragraph(h, st_hd) for h in sm["columns"]]] + [[Paragraph(v, st_c if i == 0 else st_cc) for i, v in enumerate(r)] for r in sm["rows"]]
    t = Table(data, colWidths=[6 * cm, 3 * cm, 2.5 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, navy), ("LINEBELOW", (0, 1), (-1, -2), 0.25, hair),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, navy), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 10)]

    cw = [1.1 * cm, 7.4 * cm, 1.3 * cm, 1.1 * cm, 2.6 * cm, 2.6 * cm, 1.6 * cm]
    story.append(Paragraph("Obiettivi e indicatori per Centro di responsabilità", st_h))
    for cdr in c["cdr"]:
        data = [[Paragraph(h, st_hd) for h in c["columns"]]]
        sty = [("LINEBELOW", (0, 0), (-1, 0), 0.8, navy), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        data.append([Paragraph(f"Centro di responsabilità {cdr['code']} – {cdr['title']}", st_cb)] + [""] * 6)
        k = len(data) - 1
        sty += [("SPAN", (0, k), (-1, k)), ("BACKGROUND", (0, k), (-1, k), navy)]
        data.append([Paragraph(cdr["resp"], st_st)] + [""] * 6)
        k = len(data) - 1
        sty += [("SPAN", (0, k), (-1, k))]
        for ob in cdr["objs"]:
            data.append([Paragraph(f"Obiettivo operativo {ob['code']} – {ob['title']}", st_ob)] + [""] * 6)
            k = len(data) - 1
            sty += [("SPAN", (0, k), (-1, k)), ("BACKGROUND", (0, k), (-1, k), band)]
            for r in ob["rows"]:
                data.append([Paragraph(v, st_c if i == 1 else st_cc) for i, v in enumerate(r["cells"])])
                line = f"<b>{r['status']}</b>" + (f" – {r['comment']}" if r["comment"] else "")
                data.append([""] + [Paragraph(line, st_st)] + [""] * 5)
                k = len(data) - 1
                sty += [("SPAN", (1, k), (-1, k)), ("LINEBELOW", (0, k), (-1, k), 0.25, hair),
                        ("NOSPLIT", (0, k - 1), (-1, k))]
        tb = Table(data, colWidths=cw, repeatRows=1, hAlign="LEFT")
        tb.setStyle(TableStyle(sty))
        story += [tb, Spacer(1, 12)]

    o = c["other"]
    cap = Paragraph(o["caption"], st_h)
    data = [[Paragraph(h, st_hd) for h in o["columns"]]] + [[Paragraph(v, st_c if i == 0 else st_cc) for i, v in enumerate(r)] for r in o["rows"]]
    t = Table(data, colWidths=[7.2 * cm, 3.3 * cm, 3.6 * cm, 2.8 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, navy), ("LINEBELOW", (0, 1), (-1, -2), 0.25, hair),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, navy), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [KeepTogether([cap, t]), Spacer(1, 8), Paragraph(c["closing"], st_p)]
    doc.build(story)


def truth_rl(c):
    recs = []
    for cdr in c["cdr"]:
        for ob in cdr["objs"]:
            for r in ob["rows"]:
                d = dict(zip(c["fields"], r["cells"]))
                recs.append(record(area_code=cdr["code"], area_title=cdr["title"], objective_level="operational",
                                   objective_code=ob["code"], objective_title=ob["title"],
                                   indicator_code=d["indicator_code"], indicator=d["indicator"], unit=d["unit"],
                                   weight=float(d["weight"]), year=c["year"], target=d["target"], actual=d["actual"],
                                   achievement=pct(d["achievement"]), status_text=r["status"], comment=r["comment"]))
    return recs


# ----------------------------------------------------------------- read-back
def norm(s):
    return " ".join(s.split())


def readback(pdf, recs, extra_cells):
    """Find page/page_end of each row. extra_cells[i]: other texts of the row that must be on its pages."""
    with pdfplumber.open(pdf) as p:
        texts = [norm(pg.extract_text() or "") for pg in p.pages]
        npages = len(p.pages)
    full, offs = "", []
    for t in texts:
        offs.append(len(full)); full += t + " "

    def page_at(pos):
        return max(i for i, o in enumerate(offs) if o <= pos) + 1

    # row starts
    starts, cur = [], 0
    for r in recs:
        w = r["indicator"].split()
        pos = -1
        for k in (5, 4, 3, 2):
            pos = full.find(" ".join(w[:k]), cur)
            if pos >= 0:
                break
        assert pos >= 0, ("indicator not found", r["indicator"])
        starts.append(pos)
        cur = pos  # same indicator may appear for several year records
    for i, r in enumerate(recs):
        s = starts[i]
        nxt = next((x for x in starts[i + 1:] if x > s), len(full))
        lo = max(0, full.rfind(" ", 0, max(0, s - 400)))
        ends = [s]
        w = r["indicator"].split()
        for snip in [w[-1]] + [x.split()[-1] for x in extra_cells[i] if x]:
            q = full.find(norm(snip), s, nxt)
            if q < 0:
                q = full.find(norm(snip), lo, nxt)
            assert q >= 0, ("cell not found", r["indicator"], snip)
            ends.append(q)
        r["page"] = page_at(s)
        r["page_end"] = page_at(max(ends))
    return npages


def main():
    for name in NAMES:
        c = json.load(open(name + ".content.json", encoding="utf-8"))
        if c["renderer"] == "docx":
            render_docx(c); recs = truth_docx(c)
            extra = [[r["target"], r["actual"], r["status_text"]] + ([r["comment"].split()[-1]] if r["comment"] else []) for r in recs]
        elif c["renderer"] == "calc":
            render_calc(c); recs = truth_calc(c)
            extra = [[r["baseline"], (r["formula"] or "").split()[-1]] for r in recs]
        else:
            render_rl(c); recs = truth_rl(c)
            extra = [[r["target"], r["actual"], r["status_text"]] + ([" ".join(r["comment"].split()[-2:])] if r["comment"] else []) for r in recs]
        npages = readback(name + ".pdf", recs, extra)
        import hashlib
        sha = hashlib.sha256(open(name + ".pdf", "rb").read()).hexdigest()
        truth = {"schema": "perfextract/records@1",
                 "source": {"path": name + ".pdf", "sha256": sha, "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(name + ".truth.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(name, "pages", npages, "records", len(recs),
              "record pages", sorted({(r["page"], r["page_end"]) for r in recs}))


if __name__ == "__main__":
    main()

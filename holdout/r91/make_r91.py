"""make_r91.py — renders the three r91 samples from their *.content.json and writes
NAME.truth.json from the content (never from an extractor); page fields from a pdfplumber read-back."""
import json, re, sys, hashlib, subprocess, shutil, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo-r91"

# ---------------------------------------------------------------- value parsing (RECORDS.md)
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("almeno", ">="), ("non inferiore a", ">="), ("non superiore a", "<="), ("entro", "<="), ("pari a", "=")]
UNITS = [(r"gg\.? lavorativi|giorni|gg\.?", "days"), (r"mesi", "months"), (r"ore", "hours"),
         (r"%", "%"), (r"‰|per mille", "‰"), (r"€|euro|EUR", "EUR")]

def num(s):
    return float(s.replace(".", "").replace(",", "."))

def parse(text):
    out = dict(operator=None, value=None, value_max=None, unit=None)
    if text is None: return out
    t = re.sub(r"\([^)]*\)", " ", text)
    t = re.sub(r"\s+", " ", t).strip()
    op = None
    for k, v in OPS:
        if t.lower().startswith(k):
            op = v; t = t[len(k):].strip(); break
    unit = None
    m = re.match(r"(€|gg)\s*", t)
    if m:
        unit = "EUR" if m.group(1) == "€" else "days"; t = t[m.end():]
    t = re.sub(r"^(N°|n\.)\s*", "", t)
    m = re.match(rf"({NUM})\s*(?:[-–]\s*({NUM}))?", t)
    if not m: return out
    rest = t[m.end():].strip()
    if rest.startswith("/"): return out            # a date
    v = num(m.group(1)); vmax = num(m.group(2)) if m.group(2) else None
    for pat, u in UNITS:
        mm = re.match(rf"(?:{pat})(?![a-zà-ù])", rest)
        if mm:
            unit = unit or u; rest = rest[mm.end():].strip(); break
    if re.search(r"\d", rest): return out         # several quantities
    if vmax is not None: op = "range"
    out.update(operator=op or "=", value=v, value_max=vmax, unit=unit)
    return out

LOWER = ["tempo medio", "tempi", "tempo", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "percentuale", "% di", "incremento", "grado di", "tasso di",
          "realizzazione", "entro", "nei termini"]

def direction(name):
    n = name.lower(); best = None
    for words, d in ((LOWER, "lower"), (HIGHER, "higher")):
        for w in words:
            i = n.find(w)
            if i >= 0 and (best is None or i < best[0]): best = (i, d)
    return best and best[1]

def met(name, tp, ap):
    if tp["value"] is None or ap["value"] is None: return None
    if tp["unit"] and ap["unit"] and tp["unit"] != ap["unit"]: return None
    a, v, op = ap["value"], tp["value"], tp["operator"]
    if op == ">=": return a >= v
    if op == ">": return a > v
    if op == "<=": return a <= v
    if op == "<": return a < v
    if op == "range": return v <= a <= tp["value_max"]
    if a == v: return True
    d = direction(name)
    if d == "lower": return a <= v
    if d == "higher": return a >= v
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved",
          "non raggiunto": "not_achieved", "sospeso": "suspended", "obiettivo sospeso": "suspended"}

def pct(s):
    if s is None: return None
    return num(s.replace("%", "").strip())

def ws(s):
    return None if s is None else (re.sub(r"\s+", " ", s).strip() or None)

def record(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
             data_source=None, weight=None, baseline=None, year=None, target=None, target_operator=None,
             target_value=None, target_value_max=None, target_unit=None, actual=None, actual_operator=None,
             actual_value=None, actual_value_max=None, actual_unit=None, achievement=None, notes=None,
             status=None, status_text=None, comment=None, met=None)
    r.update(kw)
    for k in list(r):
        if isinstance(r[k], str): r[k] = ws(r[k])
    tp, ap = parse(r["target"]), parse(r["actual"])
    r.update(target_operator=tp["operator"], target_value=tp["value"], target_value_max=tp["value_max"], target_unit=tp["unit"],
             actual_operator=ap["operator"], actual_value=ap["value"], actual_value_max=ap["value_max"], actual_unit=ap["unit"])
    r["met"] = met(r["indicator"], tp, ap)
    return r

def to_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / (Path(src).stem + ".pdf"), pdf)

# ---------------------------------------------------------------- 1. IZS — Word → LibreOffice
def make_izs(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    for h, sz in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        d.styles[h].font.name = "Arial"; d.styles[h].font.size = Pt(sz)
        d.styles[h].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = "IZS PLV – Relazione sulla performance 2024"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(); r.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color); tcPr.append(s)

    def row_props(row, header=False):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:cantSplit"); trPr.append(e)
        if header:
            e = OxmlElement("w:tblHeader"); trPr.append(e)

    def table(header, rows, widths, size=9, align=None):
        t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        row_props(t.rows[0], True)
        for i, h in enumerate(header):
            cell = t.rows[0].cells[i]; cell.text = ""; p = cell.paragraphs[0]
            run = p.add_run(h); run.bold = True; run.font.size = Pt(size - 0.5); run.font.color.rgb = RGBColor(255, 255, 255)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(cell, "1F4E79")
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for rw in rows:
            cells = t.add_row().cells; row_props(t.rows[-1])
            for i, v in enumerate(rw):
                p = cells[i].paragraphs[0]; run = p.add_run(v or ""); run.font.size = Pt(size)
                if align and align[i]: p.alignment = align[i]
                cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        t.autofit = False
        for i, w in enumerate(widths): t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
        return t

    cv = c["cover"]
    for _ in range(5): d.add_paragraph()
    for i, line in enumerate(cv):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line); run.bold = i in (0, 2)
        run.font.size = Pt({0: 16, 1: 11, 2: 22, 3: 10, 4: 10}[i])
        if i == 2:
            p.paragraph_format.space_before = Pt(120); p.paragraph_format.space_after = Pt(12)
        if i == 4: p.paragraph_format.space_before = Pt(160)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for s in c["sections"]:
        d.add_heading(s["heading"], level=1)
        for para in s["paras"]:
            p = d.add_paragraph(para); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if "table" in s:
            tb = s["table"]
            C = WD_ALIGN_PARAGRAPH.CENTER
            t = table(tb["header"], tb["rows"], [7, 3.2, 3.2, 2.6], 9.5, [None, C, C, C])
            for cell in t.rows[-1].cells:
                for run in cell.paragraphs[0].runs: run.bold = True
            d.add_paragraph()
    C = WD_ALIGN_PARAGRAPH.CENTER
    for a in c["areas"]:
        d.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        for o in a["objectives"]:
            d.add_heading(f"Obiettivo strategico {o['code']} – {o['title']}", level=3)
            rows = [[r["code"], r["indicator"], str(r["weight"]), r["target"], r["actual"], r["achievement"] or "–", r["esito"]]
                    for r in o["rows"]]
            table(c["header"], rows, [1.3, 4.3, 1.4, 2.4, 2.5, 2.7, 2.4], 8.5, [C, None, C, C, C, C, C])
            note = c["after_objective"].get(o["code"])
            p = d.add_paragraph(note or ""); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_before = Pt(6)
    d.add_heading(c["closing"]["heading"], level=1)
    for para in c["closing"]["paras"]:
        p = d.add_paragraph(para); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    src = HERE / (c["name"] + ".docx"); d.save(src)
    to_pdf(src, HERE / (c["name"] + ".pdf"))
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for r in o["rows"]:
                recs.append(record(area_code=a["code"], area_title=a["title"], objective_level=o["level"],
                    objective_code=o["code"], objective_title=o["title"], indicator_code=r["code"],
                    indicator=r["indicator"], weight=float(r["weight"]), year=2024, target=r["target"],
                    actual=r["actual"], achievement=pct(r["achievement"]),
                    status=STATUS[r["esito"].lower()], status_text=r["esito"]))
    return recs

# ---------------------------------------------------------------- 2. Parco — Calc → LibreOffice
def make_parco(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook()
    thin = Side(style="thin", color="666666"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    green = PatternFill("solid", fgColor="C6E0B4"); lgreen = PatternFill("solid", fgColor="E2EFDA")
    wrap = Alignment(wrap_text=True, vertical="center"); cwrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    # sheet 1: premessa
    ws0 = wb.active; ws0.title = "Premessa"
    ws0.column_dimensions["A"].width = 110
    ws0["A1"] = c["title_rows"][0]; ws0["A1"].font = Font(name="Arial", bold=True, size=12)
    ws0["A2"] = c["title_rows"][1]; ws0["A2"].font = Font(name="Arial", bold=True, size=11)
    ws0["A4"] = c["intro"][0]; ws0["A4"].font = Font(name="Arial", bold=True, size=11)
    for i, para in enumerate(c["intro"][1:]):
        cell = ws0.cell(row=5 + i, column=1, value=para); cell.font = Font(name="Arial", size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="top"); ws0.row_dimensions[5 + i].height = 30
    ws0.page_setup.orientation = "landscape"; ws0.page_setup.paperSize = 9
    ws0.sheet_properties.pageSetUpPr.fitToPage = True; ws0.page_setup.fitToWidth = 1; ws0.page_setup.fitToHeight = 0
    # sheet 2: obiettivi
    ws = wb.create_sheet("Obiettivi e indicatori")
    widths = [30, 34, 44, 11, 7, 11, 11, 11, 11]
    for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = c["title_rows"][1]; ws["A1"].font = Font(name="Arial", bold=True, size=11)
    ws.merge_cells("A1:I1")
    hr = 3
    for i, h in enumerate(c["header"]):
        cell = ws.cell(row=hr, column=i + 1, value=h); cell.font = Font(name="Arial", bold=True, size=9)
        cell.fill = green; cell.border = B; cell.alignment = cwrap
    ws.row_dimensions[hr].height = 28
    r0 = hr + 1
    for k, row in enumerate(c["rows"]):
        rr = r0 + k
        for i, v in enumerate(row):
            cell = ws.cell(row=rr, column=i + 1, value=v); cell.font = Font(name="Arial", size=9)
            cell.border = B; cell.alignment = wrap if i < 3 else cwrap
            if i < 2: cell.fill = lgreen
        ws.row_dimensions[rr].height = 32
    # merge the hierarchy columns down over their indicators
    for col in (0, 1):
        start = 0
        for k in range(1, len(c["rows"]) + 1):
            if k == len(c["rows"]) or c["rows"][k][col] != c["rows"][start][col]:
                if k - 1 > start:
                    L = chr(65 + col); ws.merge_cells(f"{L}{r0 + start}:{L}{r0 + k - 1}")
                start = k
    fr = r0 + len(c["rows"]) + 1
    ws.cell(row=fr, column=1, value=c["footnote"]).font = Font(name="Arial", size=8, italic=True)
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "Piano della performance 2025-2027"
    # sheet 3: risorse
    w3 = wb.create_sheet("Risorse")
    bd = c["budget"]
    for i, w in enumerate([60, 20, 20, 20]): w3.column_dimensions[chr(65 + i)].width = w
    w3["A1"] = bd["title"]; w3["A1"].font = Font(name="Arial", bold=True, size=11)
    for i, h in enumerate(bd["header"]):
        cell = w3.cell(row=3, column=i + 1, value=h); cell.font = Font(name="Arial", bold=True, size=9)
        cell.fill = green; cell.border = B; cell.alignment = cwrap
    for k, row in enumerate(bd["rows"]):
        for i, v in enumerate(row):
            cell = w3.cell(row=4 + k, column=i + 1, value=v); cell.border = B
            cell.font = Font(name="Arial", size=9, bold=(row[0] == "Totale"))
            cell.alignment = wrap if i == 0 else Alignment(horizontal="right", vertical="center")
    w3.page_setup.orientation = "landscape"; w3.page_setup.paperSize = 9
    w3.sheet_properties.pageSetUpPr.fitToPage = True; w3.page_setup.fitToWidth = 1; w3.page_setup.fitToHeight = 0
    src = HERE / (c["name"] + ".xlsx"); wb.save(src)
    to_pdf(src, HERE / (c["name"] + ".pdf"))
    recs = []
    for row in c["rows"]:
        so, oo, ind, unit, peso, base = row[:6]
        ocode, otitle = oo.split(" – ", 1)
        for y, t in zip(c["years"], row[6:]):
            recs.append(record(area_code=ocode.split(".")[0], area_title=None, objective_level="operational",
                objective_code=ocode, objective_title=otitle, indicator=ind, unit=unit, weight=float(peso),
                baseline=base, year=y, target=t))
    return recs

# ---------------------------------------------------------------- 3. DiSCo — reportlab
def make_disco(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    F = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSans-Italic.ttf"))
    RED = colors.HexColor("#8B1E2D")
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    cellst = ParagraphStyle("c", fontName="LS", fontSize=8.5, leading=10.5)
    cellc = ParagraphStyle("cc", parent=cellst, alignment=TA_CENTER)
    hcell = ParagraphStyle("h", fontName="LSB", fontSize=8.5, leading=10.5, textColor=colors.white, alignment=TA_CENTER)
    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=16, textColor=RED, spaceBefore=10, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="LSB", fontSize=11, leading=14, textColor=RED, spaceBefore=12, spaceAfter=5)
    esito = ParagraphStyle("e", fontName="LSB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
    def later(canv, doc):
        canv.saveState(); canv.setFont("LSI", 8); canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, "DiSCo – Relazione sulla performance 2023")
        canv.setStrokeColor(RED); canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}"); canv.restoreState()
    def first(canv, doc):
        canv.saveState(); canv.setFillColor(RED); canv.rect(0, A4[1] - 3 * cm, A4[0], 3 * cm, stroke=0, fill=1); canv.restoreState()
    doc = BaseDocTemplate(str(HERE / (c["name"] + ".pdf")), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title="Relazione sulla performance 2023", author="DiSCo")
    fr = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm)
    doc.addPageTemplates([PageTemplate("first", [fr], onPage=first), PageTemplate("later", [fr], onPage=later)])
    from reportlab.platypus import NextPageTemplate
    s = []
    cv = c["cover"]
    s += [Spacer(1, 4 * cm), Paragraph(cv[0], ParagraphStyle("c0", fontName="LSB", fontSize=26, leading=30, alignment=TA_CENTER, textColor=RED)),
          Spacer(1, 6), Paragraph(cv[1], ParagraphStyle("c1", fontName="LS", fontSize=13, leading=16, alignment=TA_CENTER)),
          Spacer(1, 5 * cm), Paragraph(cv[2], ParagraphStyle("c2", fontName="LSB", fontSize=24, leading=28, alignment=TA_CENTER)),
          Spacer(1, 8), Paragraph(cv[3], ParagraphStyle("c3", fontName="LSB", fontSize=16, leading=20, alignment=TA_CENTER)),
          Spacer(1, 6 * cm), Paragraph(cv[4], ParagraphStyle("c4", fontName="LSI", fontSize=10, leading=12, alignment=TA_CENTER)),
          NextPageTemplate("later"), PageBreak()]
    s.append(Paragraph("Indice", h1))
    t = Table([[Paragraph(a, body), b] for a, b in c["toc"]], colWidths=[14 * cm, 3 * cm])
    t.setStyle(TableStyle([("FONT", (1, 0), (1, -1), "LS", 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 10)]
    s.append(Paragraph("1. Presentazione", h1))
    s += [Paragraph(p, body) for p in c["intro"]]
    s.append(Paragraph("2. Il contesto e le risorse", h1))
    bd = c["budget"]
    s.append(Paragraph(bd["title"], ParagraphStyle("tt", fontName="LSB", fontSize=9, leading=12, spaceAfter=3)))
    t = Table([[Paragraph(h, hcell) for h in bd["header"]]] + [[Paragraph(r[0], cellst)] + [Paragraph(v, cellc) for v in r[1:]] for r in bd["rows"]],
              colWidths=[6.4 * cm, 3.6 * cm, 3.8 * cm, 3.2 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), RED), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [t, PageBreak()]
    s.append(Paragraph("3. Schede di rendicontazione degli obiettivi operativi", h1))
    s.append(Paragraph("Per ciascun obiettivo operativo la scheda riporta la collocazione nell'albero della performance, la struttura responsabile, gli indicatori con il target e il valore a consuntivo, e l'esito complessivo dell'obiettivo.", body))
    for sc in c["schede"]:
        blk = [Paragraph(f"Scheda n. {sc['n']}", h2)]
        kv = [["Area strategica", f"{sc['area']} – {c['areas'][sc['area']]}"],
              ["Obiettivo strategico", f"{sc['strat'][0]} – {sc['strat'][1]}"],
              ["Obiettivo operativo", f"{sc['op'][0]} – {sc['op'][1]}"],
              ["Struttura responsabile", sc["struttura"]], ["Peso dell'obiettivo", sc["peso"]]]
        t = Table([[Paragraph(f"<b>{k}</b>", cellst), Paragraph(v, cellst)] for k, v in kv], colWidths=[4.2 * cm, 12.8 * cm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2DCDB")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        blk += [t, Spacer(1, 6)]
        data = [[Paragraph(h, hcell) for h in c["ind_header"]]]
        for r in sc["rows"]:
            data.append([Paragraph(r["indicator"], cellst), Paragraph(r["formula"], cellst), Paragraph(r["target"], cellc),
                         Paragraph(r["actual"], cellc), Paragraph(r["achievement"], cellc)])
        t = Table(data, colWidths=[5.4 * cm, 4.7 * cm, 2.1 * cm, 2.1 * cm, 2.7 * cm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), RED), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        blk += [t, Paragraph(f"Esito: {sc['esito']}", esito)]
        if sc["comment"]: blk.append(Paragraph(sc["comment"], body))
        s.append(KeepTogether(blk))
    sm = c["summary"]
    s += [Paragraph(sm["title"], h1), Paragraph(sm["para"], body)]
    t = Table([[Paragraph(h, hcell) for h in sm["header"]]] + [[Paragraph(r[0], cellst)] + [Paragraph(v, cellc) for v in r[1:]] for r in sm["rows"]],
              colWidths=[6 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), RED), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    s.append(t)
    doc.build(s)
    recs = []
    for sc in c["schede"]:
        for r in sc["rows"]:
            recs.append(record(area_code=sc["area"], area_title=c["areas"][sc["area"]], objective_level="operational",
                objective_code=sc["op"][0], objective_title=sc["op"][1], indicator=r["indicator"], formula=r["formula"],
                year=2023, target=r["target"], actual=r["actual"], achievement=pct(r["achievement"]),
                status=STATUS[sc["esito"].lower()], status_text=sc["esito"], comment=sc["comment"]))
    return recs

# ---------------------------------------------------------------- read-back of pages
def readback(pdf, recs):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        pages = [ws(pg.extract_text() or "") or "" for pg in p.pages]
        words = [set(w["text"] for w in pg.extract_words()) for pg in p.pages]
    flat = ""; starts = []
    for t in pages:
        starts.append(len(flat)); flat += t + " \n "
    cur = 0
    for r in recs:
        key = " ".join(r["indicator"].split()[:3])
        i = flat.find(key, cur)
        if i < 0: i = flat.find(key)          # per-year records of one row share it
        assert i >= 0, ("not found", r["indicator"])
        pg = max(k for k, s in enumerate(starts) if s <= i)
        missing = [w for w in r["indicator"].split() if w not in words[pg]]
        for v in (r["target"], r["actual"]):
            if v: missing += [w for w in v.split() if w not in words[pg]]
        assert not missing, (r["indicator"], pg + 1, missing)
        if r.get("year") is None or r is recs[-1] or True:
            pass
        r["page"] = r["page_end"] = pg + 1
        cur = i if r["year"] and any(q is not r and q["indicator"] == r["indicator"] for q in recs) else i + 1
    return len(pages)

def main():
    makers = {"docx": make_izs, "xlsx": make_parco, "reportlab": make_disco}
    for cf in sorted(HERE.glob("*.content.json")):
        c = json.loads(cf.read_text())
        recs = makers[c["renderer"]](c)
        pdf = HERE / (c["name"] + ".pdf")
        n = readback(pdf, recs)
        truth = {"schema": "perfextract/records@1",
                 "_about": f"Written by make_r91.py from {cf.name} (never from an extractor). Readings: " + c.get("readings", ""),
                 "source": {"path": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
                 "document": c["document"], "indicators": recs, "warnings": []}
        (HERE / (c["name"] + ".truth.json")).write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        print(c["name"], n, "pages", len(recs), "records")

if __name__ == "__main__":
    main()

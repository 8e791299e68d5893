"""Round r45: render the three samples from their content files and write truths."""
import json, re, subprocess, shutil, sys, tempfile
from pathlib import Path
HERE = Path(__file__).parent
PROFILE = "file:///tmp/lo-r45"

# ---------------- value parsing (own, after RECORDS.md) ----------------
def num(s):
    s = s.strip()
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))

def parse(text):
    none = (None, None, None, None)
    if not text:
        return none
    t = re.sub(r"\s*\([^)]*\)", "", text).strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return none
    op = "="
    for pat, o in [(r"^(>=|≥|almeno|non inferiore a)\s*", ">="), (r"^(<=|≤|entro|non superiore a)\s*", "<="), (r"^>\s*", ">"), (r"^<\s*", "<"), (r"^(=|pari a)\s*", "=")]:
        m = re.match(pat, t, re.I)
        if m:
            op = o; t = t[m.end():]; break
    unit = None
    m = re.match(r"^(€|EUR|gg\.?)\s*", t)
    if m:
        unit = "EUR" if m.group(1) in ("€", "EUR") else "days"; t = t[m.end():]
    m = re.match(r"^(-?\d[\d.]*(?:,\d+)?)\s*(.*)$", t)
    if not m:
        return none
    v = num(m.group(1)); rest = m.group(2).strip()
    if re.search(r"\d", rest):
        return none
    if rest.startswith("%"): unit = "%"
    elif rest.startswith("‰"): unit = "‰"
    elif re.match(r"(gg|giorni)\b", rest): unit = "days"
    elif re.match(r"mesi\b", rest): unit = "months"
    elif re.match(r"ore\b", rest): unit = "hours"
    elif rest.startswith("€"): unit = "EUR"
    return (op, v if v != int(v) else int(v), None, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]

def direction(name):
    low = name.lower(); best = None
    for words, d in ((LOWER, "lower"), (HIGHER, "higher")):
        for w in words:
            i = low.find(w)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, d)
    return best[1] if best else None

def met(name, tp, ap):
    if tp[1] is None or ap[1] is None:
        return None
    if tp[3] and ap[3] and tp[3] != ap[3]:
        return None
    op, t, a = tp[0], tp[1], ap[1]
    if op == ">=": return a >= t
    if op == "<=": return a <= t
    if op == ">": return a > t
    if op == "<": return a < t
    if a == t: return True
    d = direction(name)
    if d == "higher": return a >= t
    if d == "lower": return a <= t
    return None

def pct(s):
    if not s: return None
    return num(s.replace("%", "").strip())

STATUS = {"Obiettivo sospeso": "suspended"}

def record(**kw):
    tp = parse(kw.get("target")); ap = parse(kw.get("actual"))
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None,
             objective_code=None, objective_title=None, indicator_code=None, indicator=None,
             type=None, formula=None, unit=None, data_source=None, weight=None, baseline=None,
             year=None, target=None, actual=None, achievement=None, notes=None, status=None,
             status_text=None, comment=None)
    r.update({k: v for k, v in kw.items() if k in r})
    r.update(target_operator=tp[0], target_value=tp[1], target_value_max=tp[2], target_unit=tp[3],
             actual_operator=ap[0], actual_value=ap[1], actual_value_max=ap[2], actual_unit=ap[3])
    if r["actual"] in STATUS:
        r["status"] = STATUS[r["actual"]]; r["status_text"] = r["actual"]
    r["met"] = met(r["indicator"], tp, ap)
    order = ["page","page_end","area_code","area_title","objective_level","objective_code","objective_title","indicator_code","indicator","type","formula","unit","data_source","weight","baseline","year","target","target_operator","target_value","target_value_max","target_unit","actual","actual_operator","actual_value","actual_value_max","actual_unit","achievement","notes","status","status_text","comment","met"]
    return {k: r[k] for k in order}

def soffice(path, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(path)], check=True, capture_output=True, timeout=300)

# ---------------- A: reportlab ----------------
def render_a(c, pdf):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    F = "/usr/share/fonts/truetype/liberation2/LiberationSerif-%s.ttf"
    for nm, f in (("LSTimes-Roman", "Regular"), ("LSTimes-Bold", "Bold"), ("LSTimes-Italic", "Italic"), ("LSTimes-BoldItalic", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(nm, F % f))
    addMapping("LSTimes-Roman", 0, 0, "LSTimes-Roman"); addMapping("LSTimes-Roman", 1, 0, "LSTimes-Bold"); addMapping("LSTimes-Roman", 0, 1, "LSTimes-Italic"); addMapping("LSTimes-Roman", 1, 1, "LSTimes-BoldItalic")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", ss["Normal"], fontName="LSTimes-Roman", fontSize=11, leading=14, alignment=4, spaceAfter=6)
    h1 = ParagraphStyle("h1", ss["Normal"], fontName="LSTimes-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6)
    cell = ParagraphStyle("c", ss["Normal"], fontName="LSTimes-Roman", fontSize=9, leading=11)
    cellc = ParagraphStyle("cc", cell, alignment=1)
    hdr = ParagraphStyle("h", cell, fontName="LSTimes-Bold", alignment=1, textColor=colors.white)
    area = ParagraphStyle("a", ss["Normal"], fontName="LSTimes-Bold", fontSize=12, leading=15, spaceBefore=12, spaceAfter=4, textColor=colors.HexColor("#1F3864"))
    strat = ParagraphStyle("s", ss["Normal"], fontName="LSTimes-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, leftIndent=0)
    oper = ParagraphStyle("o", ss["Normal"], fontName="LSTimes-BoldItalic", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=4, leftIndent=10)
    cov = [ParagraphStyle("c%d" % i, ss["Normal"], fontName="LSTimes-Bold" if i != 1 else "LSTimes-Italic", fontSize=s, leading=s*1.3, alignment=1, spaceAfter=14) for i, s in enumerate([20, 14, 24, 20, 10])]
    st = []
    st.append(Spacer(1, 4*cm))
    for i, line in enumerate(c["cover"]):
        st.append(Paragraph(line, cov[i]))
        if i == 1: st.append(Spacer(1, 3*cm))
    st.append(PageBreak())
    for t, p in c["intro"]:
        st += [Paragraph(t, h1), Paragraph(p, body)]
    st.append(Paragraph(c["resources_title"], h1))
    data = [[Paragraph(h, hdr) for h in c["resources_header"]]] + [[Paragraph(("<b>%s</b>" % x) if r[0] == "Totale" else x, cell if j == 0 else cellc) for j, x in enumerate(r)] for r in c["resources"]]
    t = Table(data, colWidths=[5.6*cm, 3*cm, 3*cm, 3*cm, 2.4*cm])
    t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#1F3864")), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
    st += [t, Paragraph("Fonte: Rendiconto generale dello Stato 2023 – dati in conto competenza.", ParagraphStyle("f", cell, fontSize=8, spaceBefore=3))]
    st += [Paragraph(c["results_title"], h1), Paragraph(c["results_intro"], body)]
    widths = [1.2*cm, 6.1*cm, 2*cm, 2.4*cm, 2.5*cm, 2.8*cm]
    for a in c["areas"]:
        st.append(Paragraph(f"{a['label']} – {a['title'].upper()}", area))
        for s in a["strategic"]:
            st.append(Paragraph(f"Obiettivo specifico {s['code']} – {s['title']}", strat))
            for o in s["operational"]:
                st.append(Paragraph(f"Obiettivo annuale {o['code']} – {o['title']}", oper))
                data = [[Paragraph(h, hdr) for h in c["header"]]]; sty = []
                for r in o["rows"]:
                    data.append([Paragraph(r["code"], cellc), Paragraph(r["indicator"], cell), Paragraph(r["type"], cellc), Paragraph(r["target"], cellc), Paragraph(r["actual"], cellc), Paragraph(r["achievement"] or "–", cellc)])
                    if r.get("comment"):
                        data.append([Paragraph("<i>%s</i>" % r["comment"], cell), "", "", "", "", ""])
                        n = len(data) - 1
                        sty += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#F2F2F2"))]
                tb = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
                tb.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#1F3864")), ("VALIGN", (0,0), (-1,-1), "MIDDLE")] + sty))
                st += [tb, Spacer(1, 6)]
    st += [Paragraph(c["closing"][0], h1), Paragraph(c["closing"][1], body)]
    data = [[Paragraph(h, hdr) for h in c["summary_header"]]] + [[Paragraph(x, cell if j == 0 else cellc) for j, x in enumerate(r)] for r in c["summary"]]
    t = Table(data, colWidths=[6*cm, 3*cm, 3*cm]); t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#1F3864"))]))
    st.append(t)
    def later(canv, doc):
        canv.saveState(); canv.setFont("LSTimes-Italic", 8)
        canv.drawString(2*cm, A4[1]-1.2*cm, "Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione – Relazione sulla performance 2023")
        canv.drawRightString(A4[0]-2*cm, 1.2*cm, str(doc.page)); canv.restoreState()
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2*cm, bottomMargin=2*cm)
    doc.build(st, onFirstPage=lambda c_, d: None, onLaterPages=later)

def records_a(c):
    out = []
    for a in c["areas"]:
        for s in a["strategic"]:
            for o in s["operational"]:
                for r in o["rows"]:
                    out.append(record(area_code=a["code"], area_title=a["title"].upper(), objective_level="operational", objective_code=o["code"], objective_title=o["title"],
                                      indicator_code=r["code"], indicator=r["indicator"], type=r["type"], year=2023, target=r["target"], actual=r["actual"],
                                      achievement=pct(r["achievement"]), comment=r.get("comment")))
    return out

# ---------------- B: Writer ----------------
def render_b(c, pdf):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]; sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for m in ("left_margin", "right_margin"): setattr(sec, m, Cm(2))
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    def para(text, size=10, bold=False, align=None, italic=False, space=6, color=None):
        p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(space); return p
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), fill); tcPr.append(s)
    def repeat(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    def setcell(cell, text, size=8.5, bold=False, align=None, color=None):
        cell.text = ""; p = cell.paragraphs[0]; r = p.add_run(text or ""); r.font.size = Pt(size); r.bold = bold
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(5): para("")
    sizes = [22, 12, 18, 18, 9, 10]
    for i, line in enumerate(c["cover"]):
        para(line, sizes[i], bold=i in (0, 2, 3), italic=i in (4, 5), align="c", space=18, color="7B2C2C" if i in (0, 2) else None)
    d.add_page_break()
    for h, p in c["intro"]:
        if h: para(h, 12 if h.startswith("SEZIONE") else 11, bold=True, space=6, color="7B2C2C" if h.startswith("SEZIONE") else None)
        if p: para(p, 10, align="j")
    W = [Cm(2.6), Cm(3.0), Cm(4.2), Cm(1.7), Cm(1.85), Cm(1.8), Cm(1.85)]
    for a in c["areas"]:
        para(f"{a['label']} {a['code']} – {a['title']}", 11, bold=True, space=4, color="7B2C2C")
        rows = sum(len(o["rows"]) for s in a["strategic"] for o in s["operational"])
        t = d.add_table(rows=1 + rows, cols=7); t.style = "Table Grid"; t.autofit = False
        for j, h in enumerate(c["header"]):
            setcell(t.rows[0].cells[j], h, bold=True, align="c", color="FFFFFF"); shade(t.rows[0].cells[j], "7B2C2C")
        repeat(t.rows[0])
        i = 1
        for s in a["strategic"]:
            s0 = i
            for o in s["operational"]:
                o0 = i
                for r in o["rows"]:
                    cells = t.rows[i].cells
                    setcell(cells[2], r["indicator"]); setcell(cells[3], r["baseline"], align="c")
                    for k, v in enumerate(r["targets"]): setcell(cells[4 + k], v or "", align="c")
                    i += 1
                top = t.cell(o0, 1)
                if i - 1 > o0: top = top.merge(t.cell(i - 1, 1))
                setcell(top, f"{o['code']} – {o['title']}")
            top = t.cell(s0, 0)
            if i - 1 > s0: top = top.merge(t.cell(i - 1, 0))
            setcell(top, f"{s['code']} – {s['title']}", bold=True); shade(top, "F3E6E6")
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(W[j].twips)))
        for row in t.rows:
            for j, w in enumerate(W):
                tcW = row._tr.tc_lst[j].get_or_add_tcPr().get_or_add_tcW(); tcW.type = "dxa"; tcW.w = w
        para("", space=2)
    para(c["after_table"], 8, italic=True)
    para(c["staff_title"], 12, bold=True, color="7B2C2C"); para(c["staff_sub"], 11, bold=True)
    t = d.add_table(rows=1 + len(c["staff"]), cols=5); t.style = "Table Grid"
    for j, h in enumerate(c["staff_header"]): setcell(t.rows[0].cells[j], h, bold=True, align="c"); shade(t.rows[0].cells[j], "D9D9D9")
    for i, r in enumerate(c["staff"], 1):
        for j, v in enumerate(r): setcell(t.rows[i].cells[j], v, bold=r[0] == "Totale", align="c" if j else None)
    # footer page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = fp.add_run("Comune di Faenza – PIAO 2025-2027 – pag. "); run.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.text = txt; r2._r.append(e)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / (pdf.stem + ".docx"); d.save(p); soffice(p, tmp); shutil.copy(Path(tmp) / (pdf.stem + ".pdf"), pdf)

def records_b(c):
    out = []
    for a in c["areas"]:
        for s in a["strategic"]:
            for o in s["operational"]:
                for r in o["rows"]:
                    for y, tv in zip(c["years"], r["targets"]):
                        out.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational", objective_code=o["code"], objective_title=o["title"],
                                          indicator=r["indicator"], baseline=r["baseline"], year=y, target=tv))
    return out

# ---------------- C: Calc ----------------
def render_c(c, pdf):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.page import PageMargins
    wb = Workbook(); thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top"); wrapc = Alignment(wrap_text=True, vertical="top", horizontal="center")
    cv = wb.active; cv.title = "Frontespizio"
    cv.column_dimensions["A"].width = 110
    rows = [("", 12), (c["cover"][0], 14), (c["cover"][1], 20), ("", 12), (c["cover"][2], 24), (c["cover"][3], 14), ("", 12), (c["cover"][4], 11), ("", 12), (c["intro"], 11), ("", 12), (c["budget_title"], 12)]
    for i, (txt, sz) in enumerate(rows, 1):
        cell = cv.cell(row=i, column=1, value=txt); cell.font = Font(name="Liberation Sans", size=sz, bold=sz >= 14 or i == 12, italic=i == 8)
        cell.alignment = Alignment(wrap_text=True, horizontal="justify" if i == 10 else "center", vertical="center")
        cv.row_dimensions[i].height = max(sz * 1.8, 20)
    cv.row_dimensions[10].height = 95
    # budget table below in same column? use a small table B..C: put label in A is too wide; separate widths
    cv.column_dimensions["A"].width = 48; cv.column_dimensions["B"].width = 20; cv.column_dimensions["C"].width = 20
    for i in range(1, 13): cv.merge_cells(start_row=i, start_column=1, end_row=i, end_column=3)
    r0 = 13
    for j, h in enumerate(c["budget_header"], 1):
        x = cv.cell(row=r0, column=j, value=h); x.font = Font(bold=True, name="Liberation Sans"); x.fill = PatternFill("solid", fgColor="D9E1F2"); x.border = B; x.alignment = wrapc
    for i, r in enumerate(c["budget"], r0 + 1):
        for j, v in enumerate(r, 1):
            x = cv.cell(row=i, column=j, value=v); x.border = B; x.font = Font(name="Liberation Sans", bold=r[0].startswith("Risultato")); x.alignment = Alignment(horizontal="right" if j > 1 else "left")
    cv.page_setup.orientation = "portrait"; cv.page_setup.paperSize = 9; cv.page_setup.fitToWidth = 1; cv.page_setup.fitToHeight = 0; cv.sheet_properties.pageSetUpPr.fitToPage = True
    ws = wb.create_sheet("Obiettivi 2025")
    widths = [16, 22, 7, 30, 30, 14, 6, 11, 11]
    for j, w in enumerate(widths, 1): ws.column_dimensions[chr(64 + j)].width = w
    ws.cell(row=1, column=1, value="OBIETTIVI E INDICATORI AZIENDALI – ANNO 2025").font = Font(bold=True, size=12, name="Liberation Sans")
    ws.merge_cells("A1:I1")
    for j, h in enumerate(c["header"], 1):
        x = ws.cell(row=2, column=j, value=h); x.font = Font(bold=True, color="FFFFFF", name="Liberation Sans", size=9); x.fill = PatternFill("solid", fgColor="2F5496"); x.border = B; x.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 30
    i = 3
    for a in c["areas"]:
        for s in a["strategic"]:
            for r in s["rows"]:
                vals = [f"{a['code']} – {a['title']}", f"{s['code']} – {s['title']}", r["code"], r["indicator"], r["formula"], r["source"], r["weight"], r["baseline"], r["target"]]
                for j, v in enumerate(vals, 1):
                    x = ws.cell(row=i, column=j, value=v); x.border = B; x.font = Font(name="Liberation Sans", size=9, bold=j <= 2 and False); x.alignment = wrapc if j >= 6 or j == 3 else wrap
                    if j <= 2: x.fill = PatternFill("solid", fgColor="EDF1F9")
                def nlines(text, width):
                    cap, n, cur = width * 1.25, 1, 0
                    for wd in str(text).split():
                        if cur and cur + 1 + len(wd) > cap: n += 1; cur = len(wd)
                        else: cur += (1 if cur else 0) + len(wd)
                    return n
                ws.row_dimensions[i].height = 11.5 * max(nlines(v, widths[j]) for j, v in enumerate(vals)) + 3
                i += 1
    x = ws.cell(row=i + 1, column=1, value=c["footnote"]); x.font = Font(italic=True, size=8, name="Liberation Sans")
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "A.O. S. Croce e Carle – Piano della performance 2025-2027"
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / (pdf.stem + ".xlsx"); wb.save(p); soffice(p, tmp); shutil.copy(Path(tmp) / (pdf.stem + ".pdf"), pdf)

def records_c(c):
    out = []
    for a in c["areas"]:
        for s in a["strategic"]:
            for r in s["rows"]:
                out.append(record(area_code=a["code"], area_title=a["title"], objective_level="strategic", objective_code=s["code"], objective_title=s["title"],
                                  indicator_code=r["code"], indicator=r["indicator"], formula=r["formula"], data_source=r["source"], weight=pct(r["weight"]),
                                  baseline=r["baseline"], year=2025, target=r["target"]))
    return out

# ---------------- read-back ----------------
def squash(s): return re.sub(r"\s+", "", s)

NEXT = {"Tipologia", "Baseline", "Formula"}

def column_text(pg):
    out = []
    for t in pg.extract_tables():
        if not t or "Indicatore" not in [(c or "").strip() for c in t[0]]:
            continue
        j = [(c or "").strip() for c in t[0]].index("Indicatore")
        out += [row[j] or "" for row in t[1:] if len(row) > j]
    return squash(" ".join(out))

def readback(pdf, recs):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        cols = [column_text(pg) for pg in p.pages]
        pages = [squash((pg.extract_text() or "") + " ".join(c or "" for t in pg.extract_tables() for row in t for c in row)) for pg in p.pages]
    cur, off, prev = 0, 0, None
    for r in recs:
        if prev is not None and prev["indicator"] == r["indicator"]:
            r["page"], r["page_end"] = prev["page"], prev["page_end"]; continue
        prev = r
        w = r["indicator"].split(); full = squash(r["indicator"])
        head, tail = squash(" ".join(w[:3])), squash(w[-1])
        start = None
        for k in range(cur, len(cols)):
            i = cols[k].find(full if k == cur else head, off if k == cur else 0)
            if i < 0:
                i = cols[k].find(head, off if k == cur else 0)
            if i >= 0:
                start, pos = k, i; break
        assert start is not None, (pdf.name, r["indicator"])
        if cols[start].find(full, pos) == pos:
            end, off = start, pos + 1
        else:
            end = next((k for k in range(start + 1, len(cols)) if tail in cols[k]), None)
            assert end is not None, (pdf.name, "tail", r["indicator"])
            off = 0
        for v in (r["target"], r["actual"]):
            if v and v != "–":
                assert any(squash(v) in pages[k] for k in range(start, end + 1)), (pdf.name, v)
        r["page"], r["page_end"] = start + 1, end + 1
        cur = end if end > start else start
    return len(pages)

R = {"reportlab": (render_a, records_a), "writer": (render_b, records_b), "calc": (render_c, records_c)}

def main():
    for cf in sorted(HERE.glob("*.content.json")):
        c = json.loads(cf.read_text()); name = c["name"]; pdf = HERE / f"{name}.pdf"
        render, recs_f = R[c["renderer"]]
        render(c, pdf); recs = recs_f(c); n = readback(pdf, recs)
        truth = {"schema": "perfextract/records@1", "source": {"path": pdf.name, "sha256": __import__("hashlib").sha256(pdf.read_bytes()).hexdigest(), "pages": n}, "document": c["document"], "indicators": recs, "warnings": []}
        (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        print(name, n, "pages", len(recs), "records", [(r["page"], r["page_end"]) for r in recs])

if __name__ == "__main__":
    main()

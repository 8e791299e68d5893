"""r85 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content."""
import json, re, os, subprocess, sys, shutil
import pdfplumber
D = "/work/blind/r85/"
LO = "-env:UserInstallation=file:///tmp/lo-r85"

# ---------- value parsing (RECORDS.md / CONVENTIONS.md) ----------
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def tonum(s):
    return float(s.replace(".", "").replace(",", "."))
def parse(s):
    if s is None: return (None, None, None, None)
    t = re.sub(r"\s+", " ", s).strip()
    op = None
    for pre, o in (("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), ("entro ", "<="), ("almeno ", ">="), ("pari a ", "="), (">", ">"), ("<", "<")):
        if t.startswith(pre):
            op = o; t = t[len(pre):].strip(); break
    unit = None
    if t.startswith("€"): unit = "EUR"; t = t[1:].strip()
    elif t.startswith("N°"): t = t[2:].strip()
    m = re.match(NUM, t)
    if not m: return (None, None, None, None)
    val = tonum(m.group(0)); rest = t[m.end():].strip()
    rest_np = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", rest_np) or rest.startswith("/"): return (None, None, None, None)
    r = rest_np.strip().lower()
    if r.startswith("%"): unit = "%"
    elif r.startswith("‰"): unit = "‰"
    elif r.startswith("gg") or r.startswith("giorni"): unit = "days"
    elif r.startswith("mesi"): unit = "months"
    elif r.startswith("ore"): unit = "hours"
    elif r.startswith("€") or r.startswith("euro"): unit = "EUR"
    return (op or "=", val, None, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    n = name.lower(); best = None
    for w, d in [(w, "low") for w in LOWER] + [(w, "high") for w in HIGHER]:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, d)
    return best[1] if best else None
def met(rec):
    to, tv, tu = rec["target_operator"], rec["target_value"], rec["target_unit"]
    ao, av, au = rec["actual_operator"], rec["actual_value"], rec["actual_unit"]
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if av == tv: return True
    d = direction(rec["indicator"])
    if d == "high": return av >= tv
    if d == "low": return av <= tv
    return None
STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "obiettivo sospeso": "suspended"}
def pct(s):
    if not s: return None
    return tonum(s.replace("%", "").strip())

def record(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None, data_source=None,
             weight=None, baseline=None, year=None, target=None, actual=None, achievement=None, notes=None,
             status=None, status_text=None, comment=None)
    r.update(kw)
    for k in ("target", "actual"):
        o, v, vm, u = parse(r[k])
        r[k + "_operator"], r[k + "_value"], r[k + "_value_max"], r[k + "_unit"] = o, v, vm, u
    r["met"] = met(r)
    order = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title", "indicator_code",
             "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target", "target_operator",
             "target_value", "target_value_max", "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max",
             "actual_unit", "achievement", "notes", "status", "status_text", "comment", "met"]
    return {k: r[k] for k in order}

# ---------- read-back ----------
def norm(s): return re.sub(r"\s+", " ", s).strip()
def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        pages = [[norm(l) for l in (pg.extract_text() or "").split("\n")] for pg in p.pages]
    full = [" ".join(ls) for ls in pages]
    prev = 0; cache = {}
    for r in recs:
        name = r["indicator"]
        if name not in cache:
            w = name.split()
            first, last = " ".join(w[:3]), " ".join(w[-2:])
            st = next((i for i in range(prev, len(pages)) if any(first in l for l in pages[i])), None)
            if st is None:
                f2 = " ".join(w[:2])
                st = next(i for i in range(prev, len(pages)) if any(f2 in l for l in pages[i]))
                print("  start by 2 words:", name[:50], "p", st + 1)
            if r.get("indicator_code"): assert r["indicator_code"] in full[st], (name, st + 1)
            en = next((i for i in range(st, len(pages)) if any(last in l for l in pages[i])), None)
            if en is None:
                en = next(i for i in range(st, len(pages)) if any(l.endswith(w[-1]) or (" " + w[-1] + " ") in l or l.startswith(w[-1]) for l in pages[i]))
                print("  end by last word:", name[:50], "p", st + 1, en + 1)
            cache[name] = (st, en); prev = st
        st, en = cache[name]
        txt = " ".join(full[st:en + 1])
        for k in ("target", "actual", "baseline"):
            if r[k]:
                if norm(r[k]) not in txt:  # value wrapped in its cell: every word must be there
                    assert all(w in txt for w in r[k].split()), (name, k, r[k], st + 1)
                    print("  wrapped value:", name[:40], k, r[k])
        r["page"], r["page_end"] = st + 1, en + 1
    return len(pages)

def soffice(src):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", D, src], check=True, capture_output=True)

# ---------- Word ----------
def make_word(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]; sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(2); sec.bottom_margin = Cm(1.8)
    def shade(cell, col):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), col); tcPr.append(s)
    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    def cant_split(row):
        trPr = row._tr.get_or_add_trPr(); h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trPr.append(h)
    # footer page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("IRCCS Burlo Garofolo – Relazione sulla performance 2024 – pag. "); r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)
    sec.different_first_page_header_footer = True
    cov = c["cover"]
    for i, line in enumerate(cov):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0: p.paragraph_format.space_before = Pt(60)
        if i == 3: p.paragraph_format.space_before = Pt(150)
        run = p.add_run(line); run.bold = i in (1, 3)
        run.font.size = Pt({0: 12, 1: 16, 2: 12, 3: 22}.get(i, 11))
        if i in (1, 3): run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    doc.add_page_break()
    def heading(text, lvl):
        h = doc.add_heading(text, level=lvl)
        for run in h.runs: run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    def table(header, rows, widths, size=9, total_last=False):
        t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell = t.rows[0].cells[j]; cell.text = ""; run = cell.paragraphs[0].add_run(h); run.bold = True; run.font.size = Pt(size)
            shade(cell, "D9E2F3")
        repeat_header(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = ""; run = cells[j].paragraphs[0].add_run(v or ""); run.font.size = Pt(size)
            cant_split(t.rows[-1])
        if total_last:
            for cell in t.rows[-1].cells:
                for run in cell.paragraphs[0].runs: run.bold = True
        t.autofit = False
        for j, w in enumerate(widths): t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
        return t
    for h, paras in c["intro"]:
        heading(h, 1)
        for ptxt in paras:
            p = doc.add_paragraph(ptxt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph(); rr = p.add_run(c["staff_title"]); rr.bold = True; rr.font.size = Pt(9.5)
    table(c["staff_header"], c["staff_rows"], [8, 2.5, 2.5, 2.5], 9.5, total_last=True)
    doc.add_paragraph()
    heading(c["results_heading"], 1)
    p = doc.add_paragraph(c["results_intro"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    recs = []
    for a in c["areas"]:
        heading(a["label"], 2)
        for o in a["objectives"]:
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True
            rr = p.add_run(f"Obiettivo strategico {o['code']} – {o['title']}"); rr.bold = True
            table(c["header"], o["rows"], [1.2, 4.4, 1.3, 2.8, 2.8, 2.5, 2.4], 8.5)
            doc.add_paragraph()
            for row in o["rows"]:
                code, ind, peso, tgt, act, esito, note = row
                recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="strategic", objective_code=o["code"],
                                   objective_title=o["title"], indicator_code=code, indicator=ind, weight=pct(peso), year=2024,
                                   target=tgt, actual=act, notes=note, status=STATUS[esito.lower()], status_text=esito))
    for h, paras in c["closing"]:
        heading(h, 1)
        for ptxt in paras:
            p = doc.add_paragraph(ptxt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(24)
    p.add_run("Il Direttore Generale\nDott. Stefano Dorbolò").italic = True
    src = D + c["name"] + ".docx"; doc.save(src); soffice(src)
    return recs

# ---------- Calc ----------
def make_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.worksheet.page import PageMargins
    wb = Workbook(); ws = wb.active; ws.title = "Premessa"
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="DDEBF7"); afill = PatternFill("solid", fgColor="FCE4D6")
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCD", (55, 18, 18, 18)): ws.column_dimensions[col].width = w
    r = 1
    for i, t in enumerate(c["sheet1_title"]):
        ws.cell(r, 1, t).font = Font(bold=i < 2, size=14 if i == 0 else 12 if i == 1 else 11); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); r += 1
    r += 1
    for ptxt in c["sheet1_prose"]:
        ws.cell(r, 1, ptxt).alignment = Alignment(wrap_text=True, vertical="top"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 48; r += 1
    r += 1
    ws.cell(r, 1, c["budget_title"]).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); r += 1
    for j, h in enumerate(c["budget_header"]):
        x = ws.cell(r, j + 1, h); x.font = Font(bold=True); x.fill = fill; x.border = B; x.alignment = Alignment(horizontal="center")
    r += 1
    for row in c["budget_rows"]:
        for j, v in enumerate(row):
            x = ws.cell(r, j + 1, v); x.border = B; x.alignment = Alignment(horizontal="left" if j == 0 else "right", wrap_text=True)
            if row[0] == "Totale": x.font = Font(bold=True)
        r += 1
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws2 = wb.create_sheet("Obiettivi e indicatori")
    widths = (30, 30, 44, 7, 15, 15, 15, 15, 20)
    for j, w in enumerate(widths): ws2.column_dimensions[chr(65 + j)].width = w
    ws2.cell(1, 1, "Allegato A – Obiettivi di performance e indicatori 2025-2027").font = Font(bold=True, size=12)
    ws2.merge_cells("A1:I1")
    hr = 3
    for j, h in enumerate(c["header"]):
        x = ws2.cell(hr, j + 1, h); x.font = Font(bold=True); x.fill = fill; x.border = B
        x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws2.row_dimensions[hr].height = 30
    r = hr + 1; recs = []
    for a in c["areas"]:
        x = ws2.cell(r, 1, a["label"]); x.font = Font(bold=True); x.fill = afill
        for j in range(1, 10): ws2.cell(r, j).border = B; ws2.cell(r, j).fill = afill
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        for s in a["strategic"]:
            s_start = r
            for o in s["operational"]:
                o_start = r
                for row in o["rows"]:
                    ind, peso, base, t1, t2, t3, dip = row
                    vals = [None, None, ind, peso, base, t1, t2, t3, dip]
                    for j, v in enumerate(vals):
                        x = ws2.cell(r, j + 1, v); x.border = B
                        x.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 3 <= j <= 7 else "left")
                    for y, tv in zip(c["years"], (t1, t2, t3)):
                        recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational", objective_code=o["code"],
                                           objective_title=o["title"], indicator=ind, weight=pct(peso), baseline=base, year=y, target=tv,
                                           data_source=None))
                    r += 1
                x = ws2.cell(o_start, 2, f"{o['code']} – {o['title']}"); x.alignment = wrap
                if r - 1 > o_start: ws2.merge_cells(start_row=o_start, start_column=2, end_row=r - 1, end_column=2)
            x = ws2.cell(s_start, 1, f"{s['code']} – {s['title']}"); x.alignment = wrap; x.font = Font(bold=True)
            if r - 1 > s_start: ws2.merge_cells(start_row=s_start, start_column=1, end_row=r - 1, end_column=1)
    # row heights: LibreOffice keeps openpyxl heights, so size rows to their wrapped text
    import math
    def nlines(text, width):
        cap = width * 1.05; n, cur = 1, 0
        for w in str(text).split():
            if cur and cur + 1 + len(w) > cap: n += 1; cur = len(w)
            else: cur += (1 if cur else 0) + len(w)
        return n
    merged = {}
    for rng in ws2.merged_cells.ranges:
        if rng.min_col in (1, 2) and rng.max_row > rng.min_row: merged[(rng.min_row, rng.min_col)] = rng.max_row
    heights = {}
    for rr in range(hr + 1, r):
        m = 1
        for j in range(1, 10):
            v = ws2.cell(rr, j).value
            if v is None or (j <= 2 and (rr, j) in merged) or (j == 1 and ws2.cell(rr, 2).value is None and ws2.cell(rr, 3).value is None): continue
            if ws2.cell(rr, 3).value is None: continue
            m = max(m, nlines(v, widths[j - 1]))
        heights[rr] = m * 14.5 + 4
    for (r0, j), r1 in merged.items():
        need = nlines(ws2.cell(r0, j).value, widths[j - 1]) * 14.5 + 4
        have = sum(heights[x] for x in range(r0, r1 + 1))
        if need > have:
            for x in range(r0, r1 + 1): heights[x] += (need - have) / (r1 - r0 + 1)
    for rr in range(hr + 1, r):
        if ws2.cell(rr, 3).value is None: heights[rr] = 18
        else:
            own = nlines(ws2.cell(rr, 1).value or "", widths[0]) * 14.5 + 4 if (rr, 1) not in merged and ws2.cell(rr, 1).value else 0
            heights[rr] = max(heights[rr], own)
        ws2.row_dimensions[rr].height = heights[rr]
    r += 1
    ws2.cell(r, 1, c["footnote"]).font = Font(italic=True, size=9); ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws2.page_setup.orientation = "landscape"; ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.page_setup.fitToWidth = 1; ws2.page_setup.fitToHeight = 0; ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.print_title_rows = "3:3"; ws2.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws2.oddHeader.right.text = "Città metropolitana di Torino – PIAO 2025-2027"; ws2.oddFooter.center.text = "Pagina &P di &N"
    src = D + c["name"] + ".xlsx"; wb.save(src); soffice(src)
    return recs

# ---------- reportlab ----------
def make_rl(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", fdir + "DejaVuSans-Oblique.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=13, alignment=4, spaceAfter=6)
    C = ParagraphStyle("c", parent=N, fontSize=8, leading=10, alignment=0, spaceAfter=0)
    CB = ParagraphStyle("cb", parent=C, fontName="DVB", textColor=colors.white)
    H1 = ParagraphStyle("h1", parent=N, fontName="DVB", fontSize=13, leading=16, textColor=colors.HexColor("#00457C"), spaceBefore=10, spaceAfter=8, alignment=0)
    H2 = ParagraphStyle("h2", parent=H1, fontSize=10.5, leading=13, spaceBefore=12, spaceAfter=4)
    navy = colors.HexColor("#00457C")
    def on_page(canv, doc):
        if doc.page == 1: return
        canv.saveState(); canv.setFont("DV", 7.5); canv.setFillColor(colors.grey)
        canv.drawString(1.8 * cm, A4[1] - 1.2 * cm, "Politecnico di Bari – Relazione sulla performance 2023")
        canv.drawRightString(A4[0] - 1.8 * cm, A4[1] - 1.2 * cm, "Sistema di gestione della performance – estrazione del 12/06/2024")
        canv.line(1.8 * cm, A4[1] - 1.35 * cm, A4[0] - 1.8 * cm, A4[1] - 1.35 * cm)
        canv.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, f"Pag. {doc.page}")
        canv.restoreState()
    story = []
    cov = c["cover"]
    story += [Spacer(1, 4 * cm), Paragraph(cov[0], ParagraphStyle("t0", parent=H1, fontSize=24, leading=30, alignment=1)),
              Paragraph(cov[1], ParagraphStyle("t1", parent=N, alignment=1)), Spacer(1, 5 * cm),
              Paragraph(cov[2], ParagraphStyle("t2", parent=H1, fontSize=18, leading=24, alignment=1)),
              Paragraph(cov[3], ParagraphStyle("t3", parent=N, fontSize=11, alignment=1)), Spacer(1, 4 * cm),
              Paragraph(cov[4], ParagraphStyle("t4", parent=N, fontName="DVI", alignment=1)), PageBreak()]
    story.append(Paragraph(c["intro_heading"], H1))
    for t in c["intro"]: story.append(Paragraph(t, N))
    story.append(Paragraph(c["risk_heading"], H1)); story.append(Paragraph(c["risk_title"], ParagraphStyle("tt", parent=C, fontName="DVB", spaceAfter=4)))
    data = [[Paragraph(h, CB) for h in c["risk_header"]]] + [[Paragraph(v, C) for v in row] for row in c["risk_rows"]]
    t = Table(data, colWidths=[9 * cm, 3.5 * cm, 3.5 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), navy), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8)]
    story.append(Paragraph(c["results_heading"], H1))
    recs = []
    for k, s in enumerate(c["schede"], 1):
        blk = [Paragraph(f"Scheda n. {k} di {len(c['schede'])}", H2)]
        kv = [["Area strategica", f"{s['area'][0]} – {s['area'][1]}"], ["Obiettivo strategico", f"{s['strategic'][0]} – {s['strategic'][1]}"],
              ["Obiettivo operativo", f"{s['operational'][0]} – {s['operational'][1]}"], ["Struttura responsabile", s["struttura"]], ["Peso obiettivo", s["peso"]]]
        t = Table([[Paragraph(a, ParagraphStyle("k", parent=C, fontName="DVB")), Paragraph(b, C)] for a, b in kv], colWidths=[4 * cm, 13.4 * cm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E6EEF5")), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        blk += [t, Spacer(1, 5)]
        data = [[Paragraph(h, CB) for h in c["header"]]] + [[Paragraph(v or "", C) for v in row] for row in s["rows"]]
        t = Table(data, colWidths=[6.6 * cm, 1.8 * cm, 2.2 * cm, 2.4 * cm, 2.4 * cm, 2.0 * cm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), navy), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F8")])]))
        blk += [t, Spacer(1, 4), Paragraph(f"<b>Esito:</b> {s['esito']}", ParagraphStyle("e", parent=N, spaceAfter=3))]
        if s["relazione"]: blk.append(Paragraph(s["relazione"], ParagraphStyle("rel", parent=N, fontName="DVI", fontSize=9)))
        story.append(KeepTogether(blk))
        for row in s["rows"]:
            ind, um, base, tgt, act, ach = row
            recs.append(record(area_code=s["area"][0], area_title=s["area"][1], objective_level="operational", objective_code=s["operational"][0],
                               objective_title=s["operational"][1], indicator=ind, unit=um, baseline=base, year=2023, target=tgt, actual=act,
                               achievement=pct(ach), status=STATUS[s["esito"].lower()], status_text=s["esito"], comment=s["relazione"]))
    story.append(Paragraph(c["closing_heading"], H1))
    for t in c["closing"]: story.append(Paragraph(t, N))
    data = [[Paragraph(h, CB) for h in c["summary_header"]]] + [[Paragraph(v, C) for v in row] for row in c["summary_rows"]]
    t = Table(data, colWidths=[7 * cm, 3 * cm, 3 * cm]); t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), navy), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [t, Spacer(1, 20), Paragraph("Il Direttore Generale – Dott. Sandro Spataro", ParagraphStyle("sig", parent=N, alignment=2, fontName="DVI"))]
    doc = SimpleDocTemplate(D + c["name"] + ".pdf", pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm,
                            title="Relazione sulla performance 2023", author="Politecnico di Bari")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return recs

NOTES = {
 "irccs-burlo-garofolo-2024-relazione": "python-docx -> LibreOffice Writer, portrait A4. Cover page (Regione line above the full name: issuer is the full IRCCS name), prose sections, a staff table (Ruolo | 2023 | 2024 | Variazione, no records). Results: Heading 2 'Area strategica N – Titolo' (area), bold paragraph 'Obiettivo strategico N.M – Titolo' (strategic, deepest), then a bordered 7-column table per objective: Cod. -> indicator_code, Indicatore, Peso -> weight, 'Target 2024' -> target (year 2024), 'Risultato 2024' -> actual, Esito -> status/status_text, Note -> notes. Header row repeated, rows cannot split (page = page_end). '≤ 60 minuti' -> <=, 60, unit null (minutes not a canonical unit). 'Obiettivo sospeso' in Esito -> suspended. No comments.",
 "citta-metropolitana-torino-2025-piao": "openpyxl -> LibreOffice Calc. Sheet 1 portrait: title lines, prose, budget table by Missione (no records). Sheet 2 landscape fit-to-width: full-width shaded band rows 'AREA STRATEGICA N – TITOLO' (area, title in capitals), 'Obiettivo strategico' column merged down ('1.1 – Titolo'), 'Obiettivo operativo' column merged down ('1.1.1 – Titolo', operational, deepest). Indicatore, Peso -> weight, 'Baseline 2024' -> baseline (as printed), Target 2025/2026/2027 -> three records per indicator (ascending years); 1.1.2's empty 2027 cell -> record with target null. 'Dipartimento' -> extra (not in truth). A plan: actual/status/met null. 'Fonte dei dati:' line under the table is a table note.",
 "politecnico-bari-2023-relazione": "reportlab, styled as a performance-software export (running header with extraction date, 'Pag. N' footer). Each objective is a 'Scheda n. K di 7': a key/value table (Area strategica 'A – Didattica' -> area; Obiettivo strategico 'A.1 – …' -> strategic; Obiettivo operativo 'A.1.1 – …' -> operational, deepest; Struttura responsabile and Peso obiettivo are not record fields: weight null), then the indicators table (Indicatore | Unità di misura -> unit | Baseline 2022 -> baseline | Target 2023 -> target, year 2023 | Valore consuntivo -> actual | % raggiung. -> achievement), then an 'Esito: X' line outside the table (status of every indicator of the scheda, status_text X) and an italic paragraph (the comment of every indicator of the scheda, after the status line). Unit column is not used to fill target_unit ('≥ 24' with unit 'ore' -> unit null). Final outcome-count table (Esito | N. obiettivi | %) and the Proventi/costi table give no records.",
}
MAKERS = {"word": make_word, "calc": make_calc, "reportlab": make_rl}
if __name__ == "__main__":
    names = sys.argv[1:] or [f[:-13] for f in sorted(os.listdir(D)) if f.endswith(".content.json")]
    for n in names:
        c = json.load(open(D + n + ".content.json"))
        recs = MAKERS[c["renderer"]](c)
        pdf = D + n + ".pdf"
        npages = readback(pdf, recs)
        import hashlib
        sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        truth = {"schema": "perfextract/records@1", "_notes": NOTES[n], "source": {"path": n + ".pdf", "sha256": sha, "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(D + n + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(n, "pages", npages, "records", len(recs), "indicators", len({r["indicator"] for r in recs}))

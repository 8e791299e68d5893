"""Render r26 samples from NAME.content.json and write NAME.truth.json from the content."""
import json, re, sys, os, subprocess, hashlib, shutil
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-r26"

# ---------------- value parser (my reading of RECORDS.md / CONVENTIONS) ----------------
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def num(s):
    return float(s.replace(".", "").replace(",", "."))
def parse(text):
    if not text: return (None, None, None, None)
    t = re.sub(r"\([^)]*\)", " ", text).strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t): return (None,)*4
    op = "="
    for pat, o in [(r"^(≥|>=|almeno|non inferiore a)\s*", ">="), (r"^(≤|<=|entro|non superiore a)\s*", "<="),
                   (r"^>\s*", ">"), (r"^<\s*", "<"), (r"^(=|pari a)\s*", "=")]:
        m = re.match(pat, t)
        if m: op = o; t = t[m.end():]; break
    unit = None
    m = re.match(r"^(€|gg\.?|N°)\s*", t)
    if m:
        unit = {"€": "EUR", "N°": None}.get(m.group(1), "days"); t = t[m.end():]
    m = re.match(r"^(" + NUM + r")\s*", t)
    if not m: return (None,)*4
    v = num(m.group(1)); rest = t[m.end():]
    m2 = re.match(r"^(%|‰|gg\.?|giorni|mesi|ore|€|euro)?", rest)
    u = m2.group(1)
    if u: unit = {"%": "%", "‰": "‰", "gg": "days", "gg.": "days", "giorni": "days", "mesi": "months", "ore": "hours", "€": "EUR", "euro": "EUR"}[u]
    rest = rest[m2.end():]
    if re.search(r"\d", rest): return (None,)*4
    return (op, v, None, unit)

def met(tp, ap, d):
    to, tv, _, tu = tp; ao, av, _, au = ap
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if av == tv: return True
    if d == "higher": return av > tv
    if d == "lower": return av < tv
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "sospeso": "suspended"}
def status_of(t):
    return STATUS.get((t or "").strip().lower()) if t else None

def nz(s):
    s = re.sub(r"\s+", " ", s or "").strip()
    return s or None

def rec(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
             data_source=None, weight=None, baseline=None, year=None, target=None, target_operator=None,
             target_value=None, target_value_max=None, target_unit=None, actual=None, actual_operator=None,
             actual_value=None, actual_value_max=None, actual_unit=None, achievement=None, notes=None,
             status=None, status_text=None, comment=None, met=None)
    dirn = kw.pop("dir", None); cells = kw.pop("_cells")
    r.update(kw)
    for k in ("indicator", "target", "actual", "baseline", "unit", "formula", "status_text", "comment", "objective_title", "area_title"):
        r[k] = nz(r[k])
    tp = parse(r["target"]); ap = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    r["met"] = met(tp, ap, dirn)
    r["_cells"] = [c for c in cells if nz(c)]
    return r

# ---------------- 1. DOCX ----------------
def make_docx(name, c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]; sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    fp = sec.footer.paragraphs[0]; fp.text = "Provincia di Macerata – Relazione sulla performance 2024"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)
    def shade(cell, col):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), col); tcPr.append(s)
    def para(text, size=10.5, bold=False, align=None, space=6, color=None):
        p = d.add_paragraph(); r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if align: p.alignment = align
        p.paragraph_format.space_after = Pt(space); return p
    cv = c["cover"]
    for _ in range(6): para("")
    para(cv[0], 22, True, WD_ALIGN_PARAGRAPH.CENTER, 4, "1F3864")
    para(cv[1], 11, False, WD_ALIGN_PARAGRAPH.CENTER, 60)
    para(cv[2], 26, True, WD_ALIGN_PARAGRAPH.CENTER, 6, "1F3864")
    para(cv[3], 18, True, WD_ALIGN_PARAGRAPH.CENTER, 12)
    para(cv[4], 10, False, WD_ALIGN_PARAGRAPH.CENTER, 120)
    para(cv[5], 10, False, WD_ALIGN_PARAGRAPH.CENTER)
    d.add_page_break()
    para("1. Premessa", 14, True, color="1F3864")
    for t in c["intro"]: para(t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para("2. Le risorse", 14, True, color="1F3864")
    b = c["budget"]; para(b["title"], 9.5, True)
    tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
    for i, h in enumerate(b["header"]): tb.rows[0].cells[i].text = h; shade(tb.rows[0].cells[i], "D9E2F3")
    for row in b["rows"]:
        cs = tb.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
            if i: cs[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if row[0] == "Totale": cs[i].paragraphs[0].runs[0].bold = True
    tb.autofit = False
    bw = [Cm(7.4), Cm(3.6), Cm(3.6), Cm(2.4)]
    for i, col in enumerate(tb.columns): col.width = bw[i]
    for r in tb.rows:
        for i, cc in enumerate(r.cells):
            cc.width = bw[i]
            for p in cc.paragraphs:
                for rn in p.runs: rn.font.size = Pt(9.5)
    para("")
    para("3. I risultati per area strategica", 14, True, color="1F3864")
    para("Per ciascun obiettivo strategico sono riportati gli indicatori programmati, il target atteso per il 2024, il valore rilevato al 31/12/2024 e l'esito della verifica.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    recs = []
    widths = [Cm(1.6), Cm(5.2), Cm(1.8), Cm(2.9), Cm(2.8), Cm(2.7)]
    for a in c["areas"]:
        para(f"Area strategica {a['code']} – {a['title']}", 12.5, True, space=4, color="2E74B5")
        for o in a["objectives"]:
            para(f"{o['label']} {o['code']} – {o['title']}", 11, True, space=4)
            t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
            trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
            for i, hd in enumerate(c["header"]):
                t.rows[0].cells[i].text = hd; shade(t.rows[0].cells[i], "1F3864")
                rn = t.rows[0].cells[i].paragraphs[0].runs[0]; rn.bold = True; rn.font.color.rgb = RGBColor(255, 255, 255)
            for ind in o["ind"]:
                cs = t.add_row().cells
                vals = [ind["code"], ind["indicator"], ind["unit"], ind["target"], ind["actual"], ind["esito"]]
                for i, v in enumerate(vals):
                    cs[i].text = v
                    if i >= 2: cs[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                recs.append(rec(area_code=a["code"], area_title=a["title"], objective_level=o["level"], objective_code=o["code"],
                                objective_title=o["title"], indicator_code=ind["code"], indicator=ind["indicator"], unit=ind["unit"],
                                year=2024, target=ind["target"], actual=ind["actual"], status=status_of(ind["esito"]),
                                status_text=ind["esito"], dir=ind["dir"], _cells=vals))
            t.autofit = False
            for i, col in enumerate(t.columns): col.width = widths[i]
            for r in t.rows:
                for i, cc in enumerate(r.cells):
                    cc.width = widths[i]
                    for p in cc.paragraphs:
                        for rn in p.runs: rn.font.size = Pt(9.5)
            para("", space=2)
    para(c["after_table_prose"], 9.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para("4. Considerazioni conclusive", 14, True, color="1F3864")
    for t in c["closing"]: para(t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p = para("Il Segretario Generale", align=WD_ALIGN_PARAGRAPH.RIGHT); para("Dott.ssa Maria Luisa Ferretti", align=WD_ALIGN_PARAGRAPH.RIGHT)
    d.save(f"{name}.docx"); soffice(f"{name}.docx")
    return recs

def soffice(f):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", f], check=True, capture_output=True)

# ---------------- 2. XLSX ----------------
def make_xlsx(name, c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "Obiettivi"
    thin = Side(style="thin", color="808080"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [22, 24, 34, 6, 10, 12, 12, 12]
    for i, w in enumerate(widths): ws.column_dimensions["ABCDEFGH"[i]].width = w
    cv = c["cover"]
    ws.append([cv[0]]); ws["A1"].font = Font(bold=True, size=16, color="7B1F1F")
    ws.append([cv[1]]); ws["A2"].font = Font(size=11, italic=True)
    ws.append([]); ws.append([cv[2]]); ws["A4"].font = Font(bold=True, size=14)
    ws.append([cv[3]]); ws["A5"].font = Font(bold=True, size=11)
    ws.append([])
    ws.append([c["intro"]]); ws.merge_cells("A7:H7"); ws["A7"].alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[7].height = 48
    ws.append([])
    ws.append(c["header"]); hr = ws.max_row
    for cell in ws[hr]:
        cell.font = Font(bold=True, color="FFFFFF", size=9); cell.fill = PatternFill("solid", fgColor="7B1F1F")
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); cell.border = bd
    ws.row_dimensions[hr].height = 30
    recs = []
    for o in c["objectives"]:
        for ind in o["ind"]:
            row = [f"{o['s_code']} – {o['s_title']}", f"{o['o_code']} – {o['o_title']}", ind["indicator"], ind["weight"], ind["base"]] + ind["t"]
            ws.append(row); r = ws.max_row
            for j, cell in enumerate(ws[r]):
                cell.font = Font(name="Arial", size=9); cell.border = bd
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if j < 3 else "center")
            import math
            lines = max(sum(math.ceil(len(w_) / (widths[j] * 1.05)) for w_ in [v]) for j, v in enumerate(row) if v)
            ws.row_dimensions[r].height = 11.5 * lines + 5
            for y, tv in zip(c["years"], ind["t"]):
                recs.append(rec(area_code=o["s_code"], objective_level="operational", objective_code=o["o_code"], objective_title=o["o_title"],
                                indicator=ind["indicator"], weight=float(ind["weight"].rstrip("%")), baseline=ind["base"], year=y,
                                target=tv or None, dir=ind["dir"], _cells=row[2:]))
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "A.Di.S.U. Umbria – Piano della performance 2025-2027"
    ws.print_options.horizontalCentered = True
    ws2 = wb.create_sheet("Risorse")
    res = c["resources"]; ws2.append([res["title"]]); ws2["A1"].font = Font(bold=True, size=12); ws2.append([])
    ws2.append(res["header"])
    for cell in ws2[3]: cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="E6D0D0"); cell.border = bd
    for row in res["rows"]:
        ws2.append(row)
        for j, cell in enumerate(ws2[ws2.max_row]):
            cell.border = bd; cell.alignment = Alignment(horizontal="left" if j == 0 else "right")
            if row[0] == "Totale": cell.font = Font(bold=True)
    for i, w in enumerate([42, 20, 20, 20]): ws2.column_dimensions["ABCD"[i]].width = w
    ws2.append([]); ws2.append(["Fonte: Bilancio di previsione 2025-2027 approvato con D.G.R. n. 1322 del 18/12/2024."])
    ws2.page_setup.orientation = "landscape"; ws2.page_setup.paperSize = 9
    ws2.oddFooter.center.text = "Pagina &P di &N"; ws2.oddHeader.right.text = "A.Di.S.U. Umbria – Piano della performance 2025-2027"
    wb.save(f"{name}.xlsx"); soffice(f"{name}.xlsx")
    return recs

# ---------------- 3. reportlab ----------------
def make_rl(name, c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=6, alignment=4)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10, alignment=0, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName="Helvetica-Bold", textColor=colors.white)
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=colors.HexColor("#0B4F6C"), spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, textColor=colors.HexColor("#0B4F6C"))
    blue = colors.HexColor("#0B4F6C")
    class Doc(BaseDocTemplate):
        pass
    def deco(cv, doc):
        cv.saveState(); cv.setFont("Helvetica", 7.5); cv.setFillColor(colors.grey)
        if doc.page > 1:
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, "Autorità di bacino distrettuale dell'Appennino Centrale – Relazione sulla performance 2023")
            cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Pag. {doc.page}")
        cv.drawString(2 * cm, 1.1 * cm, "SIMP – Sistema informativo monitoraggio performance")
        cv.restoreState()
    doc = Doc(f"{name}.pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm, id="f")], onPage=deco)])
    S = []; cv = c["cover"]
    S.append(Spacer(1, 6 * cm))
    for t, sz in [(cv[0], 20), (cv[1], 20)]:
        S.append(Paragraph(t, ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=sz, leading=sz + 6, alignment=1, textColor=blue)))
    S.append(Spacer(1, 2 * cm))
    S.append(Paragraph(cv[2], ParagraphStyle("c2", fontName="Helvetica-Bold", fontSize=16, leading=22, alignment=1)))
    S.append(Paragraph(cv[3], ParagraphStyle("c3", fontName="Helvetica", fontSize=11, leading=16, alignment=1)))
    S.append(Spacer(1, 7 * cm)); S.append(Paragraph(cv[4], ParagraphStyle("c4", fontName="Helvetica-Oblique", fontSize=8.5, alignment=1)))
    S.append(PageBreak())
    S.append(Paragraph("1. Introduzione", h1))
    for t in c["intro"]: S.append(Paragraph(t, base))
    st = c["staff"]; S.append(Paragraph(st["title"], h2))
    tb = Table([st["header"]] + st["rows"], colWidths=[6 * cm, 3.5 * cm, 3.5 * cm, 3 * cm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, blue),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    S.append(tb)
    S.append(Paragraph("2. Schede di rendicontazione degli obiettivi", h1))
    recs = []
    cw = [4.6 * cm, 4.6 * cm, 1.2 * cm, 1.9 * cm, 2.5 * cm, 2.2 * cm]
    for a in c["areas"]:
        S.append(Paragraph(f"AREA STRATEGICA {a['code']}: {a['title']}", h1))
        for sc in a["schede"]:
            kv = Table([[Paragraph("<b>Obiettivo operativo</b>", small), Paragraph(f"{sc['o_code']} – {sc['o_title']}", small)],
                        [Paragraph("<b>Struttura responsabile</b>", small), Paragraph(sc["struttura"], small)]], colWidths=[4 * cm, 13 * cm])
            kv.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DCEAF0")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            S.append(Spacer(1, 4)); S.append(kv); S.append(Spacer(1, 4))
            data = [[Paragraph(h, smallb) for h in c["header"]]]
            for ind in sc["ind"]:
                vals = [ind["indicator"], ind["formula"], ind["weight"], ind["target"], ind["actual"], ind["ach"]]
                data.append([Paragraph(v, small) for v in vals])
                ph = sc["esito"].split(":", 1)[1].strip()
                recs.append(rec(area_code=a["code"], area_title=a["title"], objective_level="operational", objective_code=sc["o_code"],
                                objective_title=sc["o_title"], indicator=ind["indicator"], formula=ind["formula"],
                                weight=float(ind["weight"].rstrip("%")), year=2023, target=ind["target"], actual=ind["actual"],
                                achievement=(num(ind["ach"].rstrip("%")) if re.match(r"\d", ind["ach"]) else None),
                                status=status_of(ph), status_text=ph, comment=sc["comment"], dir=ind["dir"], _cells=vals))
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), blue), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F7F9")])]))
            S.append(t)
            S.append(Paragraph(f"<b>{sc['esito']}</b>", ParagraphStyle("e", parent=base, spaceBefore=4, spaceAfter=2)))
            S.append(Paragraph(sc["comment"], base))
    S.append(Paragraph("3. Conclusioni", h1))
    S.append(Paragraph("Dei quattro obiettivi operativi rendicontati, due risultano raggiunti, uno parzialmente raggiunto e uno non raggiunto. Le risultanze sono trasmesse all'OIV per la validazione della Relazione ai sensi dell'art. 14, comma 4, lett. c) del D.Lgs. 150/2009.", base))
    doc.build(S)
    return recs

# ---------------- read-back ----------------
def readback(pdf, recs):
    toks = []
    with pdfplumber.open(pdf) as p:
        npages = len(p.pages)
        for i, pg in enumerate(p.pages, 1):
            for w in pg.extract_words(): toks.append((w["text"], i))
    words = [t for t, _ in toks]
    def find(seq, start, end=None):
        end = len(words) if end is None else end
        for k in range(start, end - len(seq) + 1):
            if words[k:k + len(seq)] == seq: return k
        return None
    cur = 0; starts = []; prev_ind = None
    for r in recs:
        if r["indicator"] == prev_ind and starts:  # same row, another year
            starts.append(starts[-1]); continue
        for n in (3, 2, 1):
            first = r["_cells"][0].split()[:n]
            k = find(first, cur)
            if k is not None: break
        assert k is not None, (pdf, first)
        starts.append(k); cur = k + 1; prev_ind = r["indicator"]
    uniq = sorted(set(starts)) + [len(words)]
    for r, s in zip(recs, starts):
        nxt = uniq[uniq.index(s) + 1]
        pe = toks[s][1]
        for cell in r["_cells"]:
            seq = cell.split()[-2:]
            k = find(seq, s, nxt)
            if k is None: seq = seq[-1:]; k = find(seq, s, nxt)
            assert k is not None, (pdf, r["indicator"], cell)
            pe = max(pe, toks[k + len(seq) - 1][1])
        r["page"], r["page_end"] = toks[s][1], pe
    return npages

def main():
    names = sys.argv[1:] or [f[:-13] for f in sorted(os.listdir(HERE)) if f.endswith(".content.json")]
    for name in names:
        c = json.load(open(f"{name}.content.json"))
        recs = {"docx": make_docx, "xlsx": make_xlsx, "reportlab": make_rl}[c["layout"]](name, c)
        npages = readback(f"{name}.pdf", recs)
        for r in recs: del r["_cells"]
        truth = {"schema": "perfextract/records@1",
                 "_about": (f"Written by make_r26.py from {name}.content.json (never from an extractor). " + ABOUT[c["layout"]]),
                 "source": {"path": f"{name}.pdf", "sha256": hashlib.sha256(open(f"{name}.pdf", "rb").read()).hexdigest(), "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(f"{name}.truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records")

ABOUT = {
 "docx": "Readings: an Esito cell 'Non valutabile' is no status of the enum -> status null, status_text as printed; the 'Unità di misura' column goes to unit as printed; a target date ('entro il 30/09/2024') gives operator/value/unit null; '-8%' is a bare negative number (=, -8, %); 'Spesa per manutenzione … liquidata' states no direction -> met null although actual differs from the bare target; the prose after the last table (no status line) is no comment.",
 "xlsx": "Readings: hierarchy printed in columns, repeated on each row ('1 – Titolo' strategic, '1.1 – Titolo' operational); no area heading, so area_code is the objective code's first segment and area_title null; 'Consuntivo 2023' beside Target 2025-2027 in a plan is the baseline; one record per Target year, the empty 2026/2027 cells giving null targets; a plan has no actuals so met is null; the 'Risorse' sheet is a budget table (no records).",
 "reportlab": "Readings: 'AREA STRATEGICA A: TITOLO' is the area; each scheda's key/value row 'Obiettivo operativo | A.1 – Titolo' is the operational objective; the 'Esito: …' line under each indicator table gives every indicator of that table status/status_text (without the 'Esito:' label) and the paragraph after it as comment; '% raggiung.' is achievement ('n.d.' or empty -> null); 'Formula di calcolo' is formula; a target with no direction in the name and a bare number ('12' vs '10') gives met null.",
}
if __name__ == "__main__":
    os.chdir(HERE); main()

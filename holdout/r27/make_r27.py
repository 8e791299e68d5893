"""Render r27 samples from NAME.content.json and write NAME.truth.json from the content."""
import json, re, os, sys, subprocess, hashlib
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r27", "--headless", "--convert-to", "pdf", "--outdir", HERE]

# ---------------- value parser (RECORDS.md rules, my own) ----------------
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), ("almeno", ">="), ("non inferiore a", ">="),
       ("entro", "<="), ("pari a", "="), (">", ">"), ("<", "<"), ("=", "=")]
UNITS = [("%", "%"), ("‰", "‰"), ("gg", "days"), ("giorni", "days"), ("ore", "hours"), ("mesi", "months"), ("€", "EUR"), ("euro", "EUR")]
NUM = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?")
def num(s): return float(s.replace(".", "").replace(",", "."))
def parse(t):
    none = (None, None, None, None)
    if not t: return none
    s = t.strip(); op = None
    for w, o in OPS:
        if s.lower().startswith(w):
            op = o; s = s[len(w):].strip(); break
    unit = None
    if s.startswith("€"): unit = "EUR"; s = s[1:].strip()
    m = NUM.match(s)
    if not m: return none
    v = num(m.group()); rest = re.sub(r"\(.*?\)", "", s[m.end():]).strip()
    for w, u in UNITS:
        if rest.startswith(w) and (len(rest) == len(w) or not rest[len(w)].isalpha()):
            unit = unit or u; rest = rest[len(w):].strip(); break
    if re.search(r"\d", rest): return none
    return (op or "=", v, None, unit)
LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi", "tasso di abbandono", "senza pubblicazioni"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def met(ind, t, a):
    if t[1] is None or a[1] is None: return None
    if t[3] and a[3] and t[3] != a[3]: return None
    op, tv, av = t[0], t[1], a[1]
    if op == ">=": return av >= tv
    if op == ">": return av > tv
    if op == "<=": return av <= tv
    if op == "<": return av < tv
    return av == tv
def rec(**kw):
    base = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
                objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
                data_source=None, weight=None, baseline=None, year=None, target=None, actual=None,
                achievement=None, notes=None, status=None, status_text=None, comment=None)
    base.update(kw)
    t = parse(base["target"]); a = parse(base["actual"])
    for pre, p in (("target", t), ("actual", a)):
        base[pre + "_operator"], base[pre + "_value"], base[pre + "_value_max"], base[pre + "_unit"] = p
    base["met"] = met(base["indicator"], t, a)
    for k in list(base):
        if base[k] == "": base[k] = None
    return base
STATUS = {"Raggiunto": "achieved", "Raggiunto parzialmente": "partially_achieved", "Non raggiunto": "not_achieved", "Obiettivo sospeso": "suspended"}

# ---------------- renderers ----------------
def docx_comune(name, c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document(); sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = sec.bottom_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    fp = sec.footer.paragraphs[0]; fp.text = "Comune di Sassuolo – Relazione sulla performance 2024"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)
    for i, line in enumerate(c["cover"]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.bold = i in (0, 2); r.font.size = Pt([22, 13, 20, 11, 11][i])
        p.paragraph_format.space_after = Pt([6, 120, 12, 6, 6][i])
    d.add_page_break()
    d.add_heading("1. Premessa", level=1)
    for t in c["intro"]: d.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), color); tcPr.append(s)
    def table(header, rows, widths, size=9):
        t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
        trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
        for i, x in enumerate(header):
            cl = t.rows[0].cells[i]; cl.text = ""; r = cl.paragraphs[0].add_run(x); r.bold = True; r.font.size = Pt(size); shade(cl, "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for i, x in enumerate(row):
                r = cells[i].paragraphs[0].add_run(x or ""); r.font.size = Pt(size)
                if i == 0 and x == "Totale": r.bold = True
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[i] * 567)))
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
        return t
    b = c["budget"]
    p = d.add_paragraph(); r = p.add_run(b["title"]); r.italic = True; r.font.size = Pt(10)
    table(b["header"], b["rows"], [7.5, 3.5, 3.5, 2.5])
    d.add_heading("2. Risultati degli obiettivi operativi", level=1)
    d.add_paragraph("Di seguito si riportano, per linea strategica, gli obiettivi operativi assegnati ai Settori con i relativi indicatori e l'esito della verifica finale.")
    for a in c["areas"]:
        d.add_heading(f"Linea strategica {a['code']} – {a['title']}", level=2)
        for o in a["objectives"]:
            p = d.add_paragraph(); r = p.add_run(f"Obiettivo operativo {o['code']} – {o['title']}"); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
            table(c["header"], o["rows"], [1.0, 5.2, 2.0, 2.6, 2.6, 3.6])
            p = d.add_paragraph(); p.paragraph_format.space_before = Pt(4)
            r = p.add_run("Esito: "); r.bold = True; r = p.add_run(o["esito"].upper() if False else o["esito"]); r.bold = True
            if o["comment"]: d.add_paragraph(o["comment"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("3. Conclusioni", level=1)
    d.add_paragraph("Complessivamente, dei 17 indicatori monitorati 10 hanno raggiunto il valore atteso. Gli esiti sono stati utilizzati ai fini della valutazione della performance organizzativa dei Settori, secondo il Sistema di misurazione e valutazione vigente.")
    d.save(f"{HERE}/{name}.docx")
    subprocess.run(LO + [f"{HERE}/{name}.docx"], check=True, capture_output=True)
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for r in o["rows"]:
                recs.append(rec(area_code=a["code"], area_title=a["title"], objective_level="operational", objective_code=o["code"],
                    objective_title=o["title"], indicator_code=r[0], indicator=r[1], unit=r[2], year=2024, target=r[3], actual=r[4],
                    notes=r[5], status=STATUS[o["esito"]], status_text=o["esito"], comment=o["comment"], _cells=r))
    return recs

def xlsx_cciaa(name, c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "Allegato 1 KPI"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [16, 22, 9, 26, 33, 15, 6, 11, 11, 11, 11]
    for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
    for i, t in enumerate(c["title_rows"]):
        ws.cell(row=i + 1, column=1, value=t).font = Font(name="Liberation Sans", bold=i < 2, size=[14, 12, 9][i], italic=i == 2)
    hr = len(c["title_rows"]) + 2
    for j, h in enumerate(c["header"]):
        cl = ws.cell(row=hr, column=j + 1, value=h); cl.font = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF")
        cl.fill = PatternFill("solid", fgColor="1F4E79"); cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center"); cl.border = B
    rows = c["rows"]; r0 = hr + 1
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cl = ws.cell(row=r0 + i, column=j + 1, value=v if v != "" else None)
            cl.font = Font(name="Liberation Sans", size=10, bold=j < 2); cl.border = B
            cl.alignment = Alignment(wrap_text=True, vertical="top" if j < 6 else "center", horizontal="left" if j < 6 else "center")
    import math
    for i, row in enumerate(rows):
        lines = max(math.ceil(len(v) * 1.08 / (widths[j] - 1)) if v and j >= 2 else 1 for j, v in enumerate(row))
        ws.row_dimensions[r0 + i].height = 13.5 * lines + 5
    ws.row_dimensions[hr].height = 30
    for col in (0, 1):  # merge hierarchy cells down
        i = 0
        while i < len(rows):
            k = i + 1
            while k < len(rows) and rows[k][col] == "" and (col == 1 or True) and not (col == 1 and rows[k][0] != ""): k += 1
            if k - i > 1: ws.merge_cells(start_row=r0 + i, start_column=col + 1, end_row=r0 + k - 1, end_column=col + 1)
            i = k
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "Piano della performance 2025-2027"
    ws2 = wb.create_sheet("Allegato 1-bis"); b = c["budget"]
    ws2.cell(row=1, column=1, value=b["title"]).font = Font(name="Liberation Sans", bold=True, size=12)
    for j, w in enumerate([44, 18, 18, 16, 18]): ws2.column_dimensions[chr(65 + j)].width = w
    for j, h in enumerate(b["header"]):
        cl = ws2.cell(row=3, column=j + 1, value=h); cl.font = Font(name="Liberation Sans", bold=True, size=10); cl.border = B
        cl.fill = PatternFill("solid", fgColor="D9E2F3")
    for i, row in enumerate(b["rows"]):
        for j, v in enumerate(row):
            cl = ws2.cell(row=4 + i, column=j + 1, value=v); cl.border = B
            cl.font = Font(name="Liberation Sans", size=10, bold=row[0] == "Totale")
            cl.alignment = Alignment(horizontal="left" if j == 0 else "right", wrap_text=True)
    ws2.page_setup.orientation = "landscape"; ws2.page_setup.paperSize = 9
    ws2.page_setup.fitToWidth = 1; ws2.page_setup.fitToHeight = 0; ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.oddFooter.center.text = "Pagina &P di &N"
    wb.save(f"{HERE}/{name}.xlsx")
    subprocess.run(LO + [f"{HERE}/{name}.xlsx"], check=True, capture_output=True)
    recs = []; area = obj = None
    for r in rows:
        if r[0]: area = r[0].split(" – ", 1)
        if r[1]: obj = r[1].split(" – ", 1)
        for k, y in enumerate(c["years"]):
            recs.append(rec(area_code=area[0], area_title=area[1], objective_level="strategic", objective_code=obj[0], objective_title=obj[1],
                indicator_code=r[2], indicator=r[3], formula=r[4], data_source=r[5], weight=float(r[6].rstrip("%")), baseline=r[7] or None,
                year=y, target=r[8 + k] or None, actual=None, _cells=r))
    return recs

def rl_unimc(name, c):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB")
    ss = getSampleStyleSheet()
    for k in ("Normal", "Title", "Heading1", "Heading2", "Heading3"): ss[k].fontName = "LSB" if k != "Normal" else "LS"
    cell = ParagraphStyle("c", parent=ss["Normal"], fontName="LS", fontSize=8.5, leading=10.5)
    hcell = ParagraphStyle("h", parent=cell, fontName="LSB", textColor=colors.white)
    body = ParagraphStyle("b", parent=ss["Normal"], fontSize=10.5, leading=14, spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=15, textColor=colors.HexColor("#7A1F2B"))
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=12.5, textColor=colors.HexColor("#7A1F2B"), spaceBefore=10)
    h3 = ParagraphStyle("h3", parent=ss["Heading3"], fontSize=10.5, spaceBefore=6, spaceAfter=4, keepWithNext=1)
    h2.keepWithNext = 1
    def foot(cv, doc):
        cv.saveState(); cv.setFont("LS", 7.5)
        if doc.page > 1:
            cv.drawString(2 * cm, 1.2 * cm, "Università degli Studi di Macerata – Relazione sulla performance 2023")
            cv.drawRightString(landscape(A4)[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        cv.restoreState()
    st = []
    st.append(Spacer(1, 4 * cm))
    for i, t in enumerate(c["cover"]):
        st.append(Paragraph(t, ParagraphStyle(f"cv{i}", parent=ss["Title"], fontSize=[24, 20, 16, 10][i], leading=[30, 26, 22, 14][i], textColor=colors.HexColor("#7A1F2B") if i < 2 else colors.black)))
        st.append(Spacer(1, 0.6 * cm))
    st.append(PageBreak())
    st.append(Paragraph("1. Introduzione", h1))
    for t in c["intro"]: st.append(Paragraph(t, body))
    sm = c["summary"]; st.append(Paragraph(sm["title"], h3))
    t = Table([sm["header"]] + sm["rows"], colWidths=[7 * cm, 3 * cm, 2.5 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, 0), "LSB"), ("FONTNAME", (0, -1), (-1, -1), "LSB"),
                           ("FONTSIZE", (0, 0), (-1, -1), 9), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EADDDF")), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st.append(t)
    st.append(Paragraph("2. Indicatori strategici", h1))
    widths = [1.6, 6.6, 3.4, 2.1, 2.1, 2.1, 7.8]
    for a in c["areas"]:
        st.append(Paragraph(f"Area strategica {a['code']} – {a['title']}", h2))
        for o in a["objectives"]:
            st.append(Paragraph(f"Obiettivo strategico {o['code']} – {o['title']}", h3))
            data = [[Paragraph(h, hcell) for h in c["header"]]] + [[Paragraph(x or "", cell) for x in r] for r in o["rows"]]
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7A1F2B")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F0F1")])]))
            st.append(t)
    st.append(Paragraph("3. Considerazioni conclusive", h1))
    st.append(Paragraph("Il quadro complessivo evidenzia il raggiungimento della maggior parte dei target strategici. Le criticità relative alla regolarità delle carriere e all'attrattività extraregionale saranno oggetto di specifiche azioni nel Piano 2024-2026.", body))
    doc = SimpleDocTemplate(f"{HERE}/{name}.pdf", pagesize=landscape(A4), leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm, bottomMargin=2 * cm,
                            title="Relazione sulla performance 2023", author="Università degli Studi di Macerata")
    doc.build(st, onFirstPage=foot, onLaterPages=foot)
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for r in o["rows"]:
                recs.append(rec(area_code=a["code"], area_title=a["title"], objective_level="strategic", objective_code=o["code"], objective_title=o["title"],
                    indicator_code=r[0], indicator=r[1], data_source=r[2], baseline=r[3], year=2023, target=r[4], actual=r[5], notes=r[6], _cells=r))
    return recs

# ---------------- read-back ----------------
def norm(s): return re.sub(r"\s+", " ", s).strip()
def subseq(ws, seq, win=15):
    for i, w in enumerate(ws):
        if w != seq[0]: continue
        j, ok = i, True
        for x in seq[1:]:
            k = next((k for k in range(j + 1, min(j + 1 + win, len(ws))) if ws[k] == x), None)
            if k is None: ok = False; break
            j = k
        if ok: return True
    return False
def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        texts = [norm(pg.extract_text() or "") for pg in p.pages]
    n = len(texts)
    for r in recs:
        cells = r.pop("_cells")
        words = r["indicator"].split()
        pg = next((i for i in range(n) if " ".join(words[:5]) in texts[i]), None)
        if pg is None: pg = next((i for i in range(n) if subseq(texts[i].split(), words[:5])), None)
        assert pg is not None, ("indicator not found", r["indicator"])
        longest = max((x for x in cells if x), key=len).split()
        tail = longest[-3:]
        has = lambda i: subseq(texts[i].split(), tail)
        end = pg
        if not has(pg) and pg + 1 < n:
            head = texts[pg + 1].split()[:40]
            assert any(subseq(head, tail[-k:]) for k in (3, 2, 1)), ("tail not found", tail)
            end = pg + 1
        for v in (r["target"], r["actual"]):
            if v: assert any(v.split()[0] in texts[i] for i in (pg, end)), ("value", v)
        r["page"], r["page_end"] = pg + 1, end + 1
    return n

ABOUT = ("r27 blind sample; truth written by make_r27.py from {c}, values parsed by its own parser, pages from pdfplumber read-back. "
         "Readings where CONVENTIONS is silent: {extra}")
EXTRA = {
 "comune-sassuolo-2024-relazione": "the 'Esito: …' line after each objective's table gives status/status_text to all its indicators and the paragraph after it is their comment; 'Valore rilevato al 31/12/2024' is the actual; the 'Unità di misura' column ('ore', 'minuti', 'scala 1-5') is `unit` as printed and does not change target/actual units, which come from the cells only ('≤ 20 minuti' → unit null since minutes is not a canonical unit); 'entro 30 gg' → '<=' 30 days; dates ('Entro il 30/09/2024', 'Completata il 12/09/2024') → null values; 'Linea strategica N – …' is the area.",
 "cciaa-chieti-pescara-2025-piano": "hierarchy in merged columns (area, strategic objective), 'Cod. KPI' is indicator_code, 'Algoritmo di calcolo' formula, 'Fonte' data_source, 'Peso' weight; 'Consuntivo 2023' is the baseline (plan, no baseline column); one record per Target year 2025-2027, empty 2027 cell → target null, 'Mantenimento' → values null; actual null throughout. The second sheet (budget by area) gives no records.",
 "unimc-2023-relazione": "'Commento' column is `notes` (CONVENTIONS: a Commento column is notes), `comment` null; 'Valore 2023' in a relazione is the actual; 'Baseline 2022' baseline; no status printed → status null; met from target operator; '‰' compared as unit ‰.",
}
def main():
    for name in ["comune-sassuolo-2024-relazione", "cciaa-chieti-pescara-2025-piano", "unimc-2023-relazione"]:
        c = json.load(open(f"{HERE}/{name}.content.json"))
        recs = {"docx": docx_comune, "xlsx": xlsx_cciaa, "reportlab": rl_unimc}[c["layout"]](name, c)
        pdf = f"{HERE}/{name}.pdf"; n = readback(pdf, recs)
        truth = {"schema": "perfextract/records@1", "_about": ABOUT.format(c=name + ".content.json", extra=EXTRA[name]),
                 "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": n},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(f"{HERE}/{name}.truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, "pages", n, "records", len(recs), "split rows", [r["indicator"][:30] for r in recs if r["page_end"] != r["page"]])
main()

# r40 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
import json, re, os, sys, subprocess, hashlib
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE)
NAMES = ["cciaa-brescia-2022-relazione", "camera-commercio-padova-2023-relazione", "cciaa-sassari-2024-piano"]

# ---------------- value parsing (own parser, RECORDS.md rules) ----------------
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def parse(s):
    if not s: return (None, None, None, None)
    t = s.strip()
    op = None
    for pre, o in ((">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "=")):
        if t.startswith(pre): op = o; t = t[len(pre):].strip(); break
    unit = None
    m = re.match(r"(€|gg\.?)\s*", t)
    if m: unit = "EUR" if m.group(1) == "€" else "days"; t = t[m.end():]
    m = re.match(NUM, t)
    if not m: return (None, None, None, None)
    v = float(m.group(0).replace(".", "").replace(",", "."))
    rest = t[m.end():].strip()
    rest_np = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", rest_np) or re.match(r"\d{1,2}/\d{1,2}/\d{2,4}", t): return (None, None, None, None)
    r = rest_np.strip().lower()
    if r.startswith("%"): unit = "%"
    elif r.startswith("‰"): unit = "‰"
    elif re.match(r"(gg|giorni)\b", r): unit = "days"
    elif re.match(r"ore\b", r): unit = "hours"
    elif re.match(r"mesi\b", r): unit = "months"
    elif r.startswith("€") or r.startswith("euro"): unit = "EUR"
    if v == int(v): v = int(v)
    return (op or "=", v, None, unit)

def met(target, actual, better):
    to, tv, _, tu = parse(target); ao, av, _, au = parse(actual)
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == ">": return av > tv
    if to == "<=": return av <= tv
    if to == "<": return av < tv
    if av == tv: return True
    if better == "higher": return av >= tv
    if better == "lower": return av <= tv
    return None

STATUS = [("PARZIALMENTE CONSEGUITO", "partially_achieved"), ("NON CONSEGUITO", "not_achieved"),
          ("SOSPESO", "suspended"), ("NON VALUTABILE", None), ("CONSEGUITO", "achieved")]
def status_of(st):
    if not st: return None
    for k, v in STATUS:
        if k in st.upper(): return v
    return None

def ws(s):
    if s is None: return None
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s or None

# ---------------- hierarchy walk ----------------
def blocks(c):
    """yield (level, code, title, area, indicators, heading_info) in document order"""
    for a in c["areas"]:
        yield ("area", a, a, a["indicators"])
        for s in a["strategic"]:
            yield ("strategic", s, a, s["indicators"])
            for o in s["operational"]:
                yield ("operational", o, a, o["indicators"])

# ---------------- DOCX helpers ----------------
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def rep_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)
def cell_text(cell, text, bold=False, size=9, align=None, italic=False):
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    if align: p.alignment = align
    r = p.add_run(text or ""); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    return p
def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths): table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells): row.cells[i].width = w
def base_doc(font="Liberation Sans", size=10):
    d = Document(); st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        d.styles[hn].font.name = font; d.styles[hn].element.rPr.rFonts.set(qn("w:asciiTheme"), "") if False else None
    return d
def footer_text(section, text):
    p = section.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text + " – pag. "); r.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = p.add_run(); run.font.size = Pt(8)
        if kind:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); run._r.append(f)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; run._r.append(it)
def simple_table(d, header, rows, widths, grid=True, head_fill=None):
    t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid" if grid else t.style
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True); 
        if head_fill: shade(t.rows[0].cells[i], head_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r): cell_text(cells[i], v, bold=(r[0] == "Totale"))
    set_widths(t, widths); return t
def soffice(docx):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r40", "--headless", "--convert-to", "pdf", docx], check=True, capture_output=True)

# ---------------- sample 1: Brescia, Word ruled ----------------
def render_brescia(c):
    d = base_doc("Liberation Sans", 10)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    footer_text(sec, "Camera di Commercio di Brescia – Relazione sulla performance 2022")
    for i, line in enumerate(c["cover"]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(120 if i == 0 else 18)
        r = p.add_run(line); r.bold = i in (0, 1); r.font.size = Pt([22, 20, 13, 12, 11][i])
    d.add_page_break()
    d.add_heading(c["intro_heading"], level=1)
    for para in c["intro"]: d.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    b = c["budget"]; p = d.add_paragraph(); r = p.add_run(b["title"]); r.bold = True; r.font.size = Pt(9)
    simple_table(d, b["header"], b["rows"], [Cm(7.5), Cm(3.2), Cm(3), Cm(3.3)], head_fill="D9E2F3")
    d.add_paragraph()
    d.add_heading("2. Aree strategiche, obiettivi e indicatori", level=1)
    W = [Cm(5.0), Cm(2.1), Cm(2.9), Cm(3.2), Cm(3.8)]
    for level, ob, area, inds in blocks(c):
        if level == "area":
            d.add_heading(ob["code"], level=2)
            p = d.add_paragraph(); r = p.add_run(ob["title"]); r.bold = True
        elif level == "strategic":
            d.add_heading("Ob. Strategico " + ob["code"], level=3); d.add_paragraph(ob["title"])
        else:
            d.add_heading("Ob. Operativo " + ob["code"], level=4); d.add_paragraph(ob["title"])
        if not inds: continue
        t = d.add_table(rows=2, cols=5); t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[4]); cell_text(m, "Indicatori", bold=True, size=9); shade(m, "D9E2F3")
        for i, h in enumerate(["Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note"]):
            cell_text(t.rows[1].cells[i], h, bold=True); shade(t.rows[1].cells[i], "F2F2F2")
        rep_header(t.rows[0]); rep_header(t.rows[1])
        for it in inds:
            cells = t.add_row().cells
            for i, k in enumerate(["indicator", "type", "target", "actual", "notes"]):
                cell_text(cells[i], it[k] or "")
            srow = t.add_row(); m = srow.cells[0].merge(srow.cells[4])
            p = m.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
            r = p.add_run(it["status_text"]); r.bold = True; r.font.size = Pt(9)
            if it["comment"]:
                r = p.add_run(" " + it["comment"]); r.font.size = Pt(9)
        set_widths(t, W)
        d.add_paragraph()
    d.add_heading("3. Conclusioni", level=1)
    d.add_paragraph("Complessivamente, dei 21 indicatori misurati nel 2022, 16 risultano conseguiti, 2 parzialmente conseguiti e 1 non conseguito; un obiettivo è stato sospeso e uno neutralizzato. I risultati concorrono alla valutazione della performance organizzativa dell'Ente e della dirigenza secondo il Sistema di misurazione e valutazione vigente.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = d.add_paragraph(); r = p.add_run("Tabella 2 – Sintesi degli esiti degli indicatori 2022"); r.bold = True; r.font.size = Pt(9)
    simple_table(d, ["Esito", "N. indicatori", "%"], [["Obiettivo conseguito", "16", "76,2%"], ["Obiettivo parzialmente conseguito", "2", "9,5%"],
                 ["Obiettivo non conseguito", "1", "4,8%"], ["Obiettivo sospeso", "1", "4,8%"], ["Non valutabile", "1", "4,8%"], ["Totale", "21", "100,0%"]],
                 [Cm(7), Cm(3), Cm(3)], head_fill="D9E2F3")
    d.save(c["name"] + ".docx"); soffice(c["name"] + ".docx")

# ---------------- sample 3: Sassari, Word landscape plan ----------------
def render_sassari(c):
    d = base_doc("Liberation Serif", 10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    footer_text(sec, "CCIAA di Sassari – Piano della performance 2024-2026")
    for i, line in enumerate(c["cover"]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(110 if i == 0 else 20)
        r = p.add_run(line); r.bold = i < 2; r.font.size = Pt([16, 22, 12, 11][i])
    d.add_page_break()
    d.add_heading(c["intro_heading"], level=1)
    for para in c["intro"]: d.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    b = c["budget"]; p = d.add_paragraph(); r = p.add_run(b["title"]); r.bold = True; r.font.size = Pt(9.5)
    simple_table(d, b["header"], b["rows"], [Cm(7), Cm(3.3), Cm(3.3), Cm(3.3)], head_fill="DDDDDD")
    new = d.add_section(); new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(1.8); new.top_margin = new.bottom_margin = Cm(1.8)
    d.add_heading("2. Obiettivi e indicatori del triennio 2024-2026", level=1)
    W = [Cm(6.2), Cm(2.3), Cm(5.4), Cm(1.3), Cm(2.0), Cm(2.6), Cm(2.6), Cm(2.6)]
    for level, ob, area, inds in blocks(c):
        if level == "area":
            h = d.add_heading(ob["code"] + " – " + ob["title"], level=2)
        elif level == "strategic":
            p = d.add_paragraph(); p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True
            r = p.add_run("Obiettivo strategico " + ob["code"] + " – " + ob["title"]); r.bold = True
        else:
            p = d.add_paragraph(); p.paragraph_format.space_before = Pt(6); p.paragraph_format.keep_with_next = True
            r = p.add_run("Obiettivo operativo " + ob["code"] + " – " + ob["title"]); r.bold = True; r.italic = True
        if not inds: continue
        t = d.add_table(rows=1, cols=8); t.style = "Table Grid"
        for i, h in enumerate(c["header"]):
            cell_text(t.rows[0].cells[i], h, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER); shade(t.rows[0].cells[i], "BFBFBF")
        rep_header(t.rows[0])
        for it in inds:
            cells = t.add_row().cells
            vals = [it["indicator"], it["type"], it["formula"], it["weight"], it["baseline"]] + it["targets"]
            for i, v in enumerate(vals):
                cell_text(cells[i], v or "", size=8.5, align=(WD_ALIGN_PARAGRAPH.CENTER if i >= 3 else None))
        set_widths(t, W)
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(12)
    p.add_run("I target del triennio sono aggiornati annualmente in sede di approvazione del PIAO; gli indicatori privi di target 2026 si riferiscono a progetti che si concludono nel 2025.").italic = True
    d.save(c["name"] + ".docx"); soffice(c["name"] + ".docx")

# ---------------- sample 2: Padova, reportlab borderless ----------------
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
def render_padova(c):
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    cellst = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", parent=cellst, fontName="Helvetica-Bold")
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
    ha = ParagraphStyle("ha", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=14, spaceAfter=2)
    hs = ParagraphStyle("hs", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4)
    ho = ParagraphStyle("ho", fontName="Helvetica-BoldOblique", fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=4)
    story = []
    cov = [ParagraphStyle("c0", fontName="Helvetica-Bold", fontSize=20, alignment=TA_CENTER, leading=26, spaceBefore=150),
           ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=24, alignment=TA_CENTER, leading=30, spaceBefore=40),
           ParagraphStyle("c2", fontName="Helvetica", fontSize=16, alignment=TA_CENTER, leading=20, spaceBefore=12),
           ParagraphStyle("c3", fontName="Helvetica-Oblique", fontSize=10, alignment=TA_CENTER, leading=13, spaceBefore=200)]
    for st, line in zip(cov, c["cover"]): story.append(Paragraph(line, st))
    story.append(PageBreak())
    story.append(Paragraph(c["intro_heading"], h1))
    for para in c["intro"]: story.append(Paragraph(para, body))
    s = c["staff"]; story.append(Paragraph(s["title"], hs))
    rows = [[Paragraph(h, cellb) for h in s["header"]]] + [[Paragraph(v, cellb if r[0] == "Totale" else cellst) for v in r] for r in s["rows"]]
    t = Table(rows, colWidths=[6 * cm, 2.4 * cm, 2.4 * cm, 2.8 * cm, 2.8 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])); story.append(t)
    story.append(Paragraph("Risultati per area strategica", h1))
    W = [5.8 * cm, 2.1 * cm, 2.5 * cm, 2.5 * cm, 4.1 * cm]
    for level, ob, area, inds in blocks(c):
        if level == "area":
            story.append(Paragraph(ob["code"], ha)); story.append(Paragraph(ob["title"], hs))
        elif level == "strategic":
            story.append(Paragraph("Obiettivo strategico " + ob["code"] + " – " + ob["title"], hs))
        else:
            story.append(Paragraph("Obiettivo operativo " + ob["code"] + " – " + ob["title"], ho))
        if not inds: continue
        rows = [[Paragraph(h, cellb) for h in ["Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note"]]]
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3)]
        for it in inds:
            rows.append([Paragraph(it[k] or "", cellst) for k in ["indicator", "type", "target", "actual", "notes"]])
            txt = "<b>" + it["status_text"] + "</b>" + ((" " + it["comment"]) if it["comment"] else "")
            rows.append([Paragraph(txt, cellst), "", "", "", ""])
            style.append(("SPAN", (0, len(rows) - 1), (4, len(rows) - 1)))
            style.append(("BOTTOMPADDING", (0, len(rows) - 1), (4, len(rows) - 1), 8))
        t = Table(rows, colWidths=W, repeatRows=1, splitInRow=1); t.setStyle(TableStyle(style))
        story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph("La Relazione è trasmessa all'Organismo Indipendente di Valutazione per la validazione prevista dall'art. 14, comma 4, lettera c) del D.Lgs. 150/2009 e pubblicata nella sezione Amministrazione trasparente del sito camerale.", body))
    def onpage(cv, doc):
        if doc.page == 1: return
        cv.saveState(); cv.setFont("Helvetica", 7.5)
        cv.drawString(2 * cm, A4[1] - 1.2 * cm, "Camera di Commercio di Padova")
        cv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Relazione sulla performance 2023")
        cv.drawCentredString(A4[0] / 2, 1.1 * cm, str(doc.page)); cv.restoreState()
    doc = SimpleDocTemplate(c["name"] + ".pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Relazione sulla performance 2023", author="Camera di Commercio di Padova")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------- read-back ----------------
def norm(w): return re.sub(r"[^\wÀ-ÿ%€.,<>=≥≤/-]", "", w).lower()
def load_words(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for pi, pg in enumerate(p.pages, 1):
            for w in pg.extract_words(keep_blank_chars=False, use_text_flow=False):
                out.append((pi, norm(w["text"])))
        n = len(p.pages)
    return out, n
def find_seq(words, seq, start):
    seq = [norm(x) for x in seq]
    for i in range(start, len(words) - len(seq) + 1):
        if all(words[i + j][1] == seq[j] for j in range(len(seq))): return i
    return None
def locate(words, cells, start):
    first = cells[0].split()
    i = find_seq(words, first[:3], start)
    if i is None: i = find_seq(words, first[:2], start)
    assert i is not None, ("first line not found", cells[0])
    pe = words[i][0]
    for cell in cells:
        if not cell: continue
        ws_ = cell.split()
        j = None; last = norm(ws_[-1]); prev = norm(ws_[-2]) if len(ws_) >= 2 else None
        for jj in range(i, min(len(words), i + 400)):
            if words[jj][1] == last and (prev is None or any(words[k][1] == prev for k in range(max(i, jj - 40), jj))):
                j = jj; break
        if j is None:
            for jj in range(i, min(len(words), i + 400)):
                if len(words[jj][1]) >= 4 and last.startswith(words[jj][1]) and last != words[jj][1]:
                    rem = last[len(words[jj][1]):]
                    for kk in range(jj + 1, min(len(words), jj + 60)):
                        if words[kk][1] == rem: j = kk; break
                    print("  broken word", cell, "->", words[jj][1], rem, words[jj][0], words[j][0] if j else None); break
        assert j is not None, ("last words not found", cell)
        assert words[j][0] - words[i][0] <= 1, ("too far", cell, words[i][0], words[j][0])
        pe = max(pe, words[j][0])
    return words[i][0], pe, i + 1

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title", "indicator_code",
          "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target", "target_operator",
          "target_value", "target_value_max", "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max",
          "actual_unit", "achievement", "notes", "status", "status_text", "comment", "met"]
def truth(c):
    pdf = c["name"] + ".pdf"; words, npages = load_words(pdf); cur = 0; recs = []
    plan = c["document"]["kind"] == "piano"
    for level, ob, area, inds in blocks(c):
        for it in inds:
            if plan:
                cells = [it["indicator"], it["type"], it["formula"], it["weight"], it["baseline"]] + [t for t in it["targets"]]
            else:
                cells = [it["indicator"], it["type"], it["target"], it["actual"], it["notes"]]
            pg, pe, cur = locate(words, [x for x in cells if x], cur)
            base = dict(page=pg, page_end=pe, area_code=area["acode"], area_title=area["title"], objective_level=level,
                        objective_code=(area["acode"] if level == "area" else ob["code"]), objective_title=ob["title"],
                        indicator_code=None, indicator=ws(it["indicator"]), type=ws(it["type"]), formula=ws(it.get("formula")),
                        unit=None, data_source=None, achievement=None)
            if plan:
                w = it["weight"]; base["weight"] = float(w.rstrip("%").replace(",", ".")) if w else None
                if base["weight"] is not None and base["weight"] == int(base["weight"]): base["weight"] = int(base["weight"])
                base["baseline"] = ws(it["baseline"])
                for y, tg in zip((2024, 2025, 2026), it["targets"]):
                    r = dict(base); r["year"] = y; r["target"] = ws(tg)
                    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = parse(tg)
                    r.update(actual=None, actual_operator=None, actual_value=None, actual_value_max=None, actual_unit=None,
                             notes=None, status=None, status_text=None, comment=None, met=None)
                    recs.append({k: r[k] for k in FIELDS})
            else:
                r = dict(base); r.update(weight=None, baseline=None, year=None, target=ws(it["target"]), actual=ws(it["actual"]),
                                         notes=ws(it["notes"]), status=status_of(it["status_text"]), status_text=ws(it["status_text"]),
                                         comment=ws(it["comment"]), met=met(it["target"], it["actual"], it["better"]))
                r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = parse(it["target"])
                r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = parse(it["actual"])
                recs.append({k: r[k] for k in FIELDS})
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    doc = {"schema": "perfextract/records@1", "_about": "r40 blind sample; truth written from " + c["name"] + ".content.json by make_r40.py",
           "source": {"path": pdf, "sha256": sha, "pages": npages}, "document": c["document"], "indicators": recs, "warnings": []}
    json.dump(doc, open(c["name"] + ".truth.json", "w"), ensure_ascii=False, indent=1)
    return recs, npages

if __name__ == "__main__":
    R = {"cciaa-brescia-2022-relazione": render_brescia, "camera-commercio-padova-2023-relazione": render_padova, "cciaa-sassari-2024-piano": render_sassari}
    for n in (sys.argv[1:] or NAMES):
        c = json.load(open(n + ".content.json"))
        R[n](c); recs, np_ = truth(c)
        print(n, "pages", np_, "records", len(recs), "split rows", [(r["indicator"][:40], r["page"], r["page_end"]) for r in recs if r["page"] != r["page_end"]])

"""Round r69: renders each NAME.content.json (Word -> LibreOffice, Calc -> LibreOffice, reportlab) to NAME.pdf
and writes NAME.truth.json from the content (never from any extractor); page fields come from a
pdfplumber read-back of the rendered PDF."""
import hashlib, json, re, subprocess, sys, unicodedata
from pathlib import Path
import pdfplumber

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"; WORK.mkdir(exist_ok=True)
DEBUG = False
LO = "-env:UserInstallation=file:///tmp/lo-r69"

# ---------------------------------------------------------------- value parsing (RECORDS.md / CONVENTIONS.md)
def num(s):
    neg = s.startswith("-"); s = s.lstrip("-")
    if "," in s: s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s): s = s.replace(".", "")
    v = float(s); return -v if neg else v

UNITS = [("%", "%"), ("‰", "‰"), ("€", "EUR"), ("euro", "EUR"), ("gg", "days"), ("giorni", "days"), ("mesi", "months"), ("ore", "hours")]
def parse(t):
    if t is None: return (None, None, None, None)
    s = t.strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", s): return (None, None, None, None)
    op = "="
    for pat, o in [(r"^(≥|>=)\s*", ">="), (r"^(≤|<=)\s*", "<="), (r"^>\s*", ">"), (r"^<\s*", "<")]:
        m = re.match(pat, s)
        if m: op = o; s = s[m.end():]; break
    unit = None
    m = re.match(r"^€\s*", s)
    if m: unit = "EUR"; s = s[m.end():]
    m = re.match(r"^(-?\d[\d.]*(?:,\d+)?)\s*(.*)$", s)
    if not m: return (None, None, None, None)
    v = num(m.group(1)); rest = m.group(2).strip()
    if re.search(r"\d", re.sub(r"\([^)]*\)", "", rest)): return (None, None, None, None)
    if unit is None:
        for pat, u in UNITS:
            if rest == pat or rest.startswith(pat + " ") or (pat in "%‰" and rest.startswith(pat)):
                unit = u; break
    return (op, v, None, unit)

HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
def direction(name):
    low = name.lower(); best = None
    for w in HIGHER + LOWER:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, "higher" if w in HIGHER else "lower")
    return best[1] if best else None

def met(name, t, a):
    to, tv, _, tu = t; ao, av, _, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if av == tv: return True
    d = direction(name)
    return None if d is None else (av > tv if d == "higher" else av < tv)

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "sospeso": "suspended"}
def status_of(text):
    s = text.lower()
    s = s[len("obiettivo "):] if s.startswith("obiettivo ") else s
    return STATUS[s]

def pct(s):
    if s is None: return None
    try: return num(s.replace("%", "").strip())
    except ValueError: return None

def norm(s): return re.sub(r"\s+", " ", s).strip() if s else None
def split_code(cell):
    code, title = re.split(r"\s+–\s+", cell, 1); return code.strip(), title.strip()

ORDER = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title", "indicator_code",
         "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target", "target_operator",
         "target_value", "target_value_max", "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max",
         "actual_unit", "achievement", "notes", "status", "status_text", "comment", "met"]

def make_records(items):
    """items: dicts with area, obj, row, map, year, status_row, comment -> records without page fields."""
    out = []
    for it in items:
        base = dict(area_code=it["area"][0], area_title=it["area"][1], objective_level=it["obj"][0], objective_code=it["obj"][1],
                    objective_title=it["obj"][2], indicator_code=None, indicator=None, type=None, formula=None, unit=None,
                    data_source=None, weight=None, baseline=None, notes=None, achievement=None)
        targets = {}; actual = None; st_cell = None
        for m, v in zip(it["map"], it["row"]):
            v = norm(v)
            if m == "area": base["area_code"], base["area_title"] = split_code(v)
            elif m == "strategic":
                code, title = split_code(v); base.update(objective_level="strategic", objective_code=code, objective_title=title)
            elif m == "weight": base["weight"] = pct(v)
            elif m == "achievement": base["achievement"] = pct(v)
            elif m.startswith("target@"): targets[int(m[7:])] = v
            elif m == "target": targets[it["year"]] = v
            elif m == "actual": actual = v
            elif m == "status": st_cell = v
            else: base[m] = v
        stt = it.get("status_row") or st_cell
        st = status_of(stt) if stt else None
        for year in sorted(targets):
            t = targets[year]; tp = parse(t); ap = parse(actual)
            r = dict(base, year=year, target=t, target_operator=tp[0], target_value=tp[1], target_value_max=tp[2], target_unit=tp[3],
                     actual=actual, actual_operator=ap[0], actual_value=ap[1], actual_value_max=ap[2], actual_unit=ap[3],
                     status=st, status_text=stt, comment=norm(it.get("comment")), met=met(base["indicator"], tp, ap))
            r["_cells"] = [norm(x) for x in it["row"] if x]
            out.append(r)
    return out

# ---------------------------------------------------------------- read-back
def toks(text):
    """words, split after an inner hyphen so that a word broken at its hyphen reads back the same"""
    return [p for w in text.split() for p in re.split(r"(?<=-)(?=\w)", w) if p]

def words_of(pdf):
    ws = []
    with pdfplumber.open(pdf) as P:
        for pno, page in enumerate(P.pages, 1):
            for w in page.extract_words(use_text_flow=True, keep_blank_chars=False):
                for part in toks(unicodedata.normalize("NFC", w["text"])): ws.append((pno, part))
        n = len(P.pages)
    return ws, n

def seq_hits(texts, seq, lo=0, hi=None):
    hi = len(texts) if hi is None else hi; out = []
    for i in range(lo, hi):
        if texts[i] != seq[0]: continue
        j = i; ok = True
        for w in seq[1:]:  # following words in order; words of other cells may sit between
            nxt = [k for k in range(j + 1, min(hi, j + 25)) if texts[k] == w]
            if not nxt: ok = False; break
            j = nxt[0]
        if ok: out.append((i, j))
    best = {}
    for i, j in out: best[j] = max(best.get(j, i), i)  # chains ending on the same word: the tightest one
    return sorted((i, j) for j, i in best.items())

def place(recs, ws):
    """Read-back: each indicator's name (all its words, in order) must be found exactly once in the PDF
    (text-flow order); page = page of its first word, page_end = page of the last word of any of its
    cells found on that page or the next; every cell of the row must be read back there."""
    texts = [w for _, w in ws]; pages_of = [p for p, _ in ws]
    groups = []
    for r in recs:
        if groups and groups[-1][0]["_cells"] == r["_cells"] and groups[-1][0]["year"] != r["year"]: groups[-1].append(r)
        else: groups.append([r])
    last_page = 0
    for g in groups:
        name = toks(g[0]["indicator"])
        hits = seq_hits(texts, name)
        assert len(hits) == 1, ("indicator read-back", g[0]["indicator"], len(hits))
        s, e = hits[0]; page = pages_of[s]; end = pages_of[e]
        assert page >= last_page, ("order", g[0]["indicator"]); last_page = page
        lo = pages_of.index(page); hi = len(pages_of) - pages_of[::-1].index(min(page + 1, max(pages_of)))
        for cell in g[0]["_cells"]:
            h = seq_hits(texts, toks(cell), lo, hi)
            assert h, ("cell read-back", g[0]["indicator"], cell)
            # the occurrence nearest the indicator's start
            best = min(h, key=lambda x: abs(x[0] - s))
            if pages_of[best[0]] == page: end = max(end, pages_of[best[1]])
        for r in g: r["page"] = page; r["page_end"] = end
        if DEBUG: print(page, end, g[0]["indicator"][:50])
    return recs

def finish(c, recs, pdf, npages):
    out = []
    for r in recs:
        r.pop("_cells", None)
        out.append({k: r[k] for k in ORDER if k in r})
    truth = {"schema": "perfextract/records@1",
             "_about": f"r69 blind sample generated by blind/r69/make_r69.py from {c['name']}.content.json (values parsed by its own parser, checked by eye; pages from a pdfplumber read-back). Layout: {c['layout']}.",
             "source": {"path": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": npages},
             "document": c["document"], "indicators": out, "warnings": []}
    json.dump(truth, open(HERE / f"{c['name']}.truth.json", "w"), ensure_ascii=False, indent=1)
    print(c["name"], npages, "pages", len(out), "records")

def soffice(src):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(src)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ================================================================ 1. WORD
def word(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    FONT = "Liberation Serif"
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FONT; st.font.size = Pt(11)
    sec = doc.sections[0]; sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = "Università degli Studi di Urbino Carlo Bo – Relazione sulla performance 2023"
    hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(); f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE"); r._r.append(f1)

    def para(text, size=11, bold=False, align=None, after=6, italic=False, color=None, before=0, keep=False):
        p = doc.add_paragraph(); rr = p.add_run(text); rr.font.size = Pt(size); rr.bold = bold; rr.italic = italic; rr.font.name = FONT
        if color: rr.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
        if align is not None: p.alignment = align
        if keep: p.paragraph_format.keep_with_next = True
        return p

    def borders(el, tag, spec):
        b = OxmlElement(tag)
        for side, (val, sz, color) in spec.items():
            e = OxmlElement("w:" + side); e.set(qn("w:val"), val); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color); b.append(e)
        el.append(b)

    def table(header, rows, widths, ind=False):
        t = doc.add_table(rows=1 + len(rows), cols=len(header)); t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tblPr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
        borders(tblPr, "w:tblBorders", {"top": ("single", 12, "1F3864"), "left": ("nil", 0, "auto"), "bottom": ("single", 12, "1F3864"),
                                        "right": ("nil", 0, "auto"), "insideH": ("single", 2, "A6A6A6"), "insideV": ("nil", 0, "auto")})
        for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, cell in enumerate(row.cells): cell.width = Cm(widths[j])
        for j, h in enumerate(header):
            cell = t.rows[0].cells[j]; p = cell.paragraphs[0]; rr = p.add_run(h); rr.bold = True; rr.font.size = Pt(9.5); rr.font.name = FONT
            if j > 0: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            tcPr = cell._tc.get_or_add_tcPr()
            sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), "DEE6F0"); tcPr.append(sh)
            borders(tcPr, "w:tcBorders", {"bottom": ("single", 8, "1F3864")})
        trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); trPr.append(h)
        for i, row in enumerate(rows, 1):
            trPr = t.rows[i]._tr.get_or_add_trPr(); cs = OxmlElement("w:cantSplit"); trPr.append(cs)
            for j, v in enumerate(row):
                cell = t.rows[i].cells[j]; p = cell.paragraphs[0]; rr = p.add_run(v); rr.font.size = Pt(9.5); rr.font.name = FONT
                if row[0] == "Totale": rr.bold = True
                if j > 0: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_before = Pt(2); p.paragraph_format.space_after = Pt(2)
        para("", after=4)

    # cover
    for _ in range(5): para("")
    cv = c["cover"]
    para(cv[0], 20, True, WD_ALIGN_PARAGRAPH.CENTER, 4, color="1F3864"); para(cv[1], 13, False, WD_ALIGN_PARAGRAPH.CENTER, 120)
    para(cv[2], 24, True, WD_ALIGN_PARAGRAPH.CENTER, 14, color="1F3864"); para(cv[3], 11, False, WD_ALIGN_PARAGRAPH.CENTER, 140, italic=True)
    para(cv[4], 11, False, WD_ALIGN_PARAGRAPH.CENTER, 4)
    doc.add_page_break()
    items = []; area = (None, None); obj = (None, None, None)
    for b in c["blocks"]:
        t = b["t"]
        if t == "h1": para(b["text"], 14, True, after=8, before=10, color="1F3864", keep=True)
        elif t == "p": para(b["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif t == "caption": para(b["text"], 10, True, after=3, italic=True, keep=True)
        elif t == "area":
            para(b["text"], 13, True, after=6, before=10, color="1F3864", keep=True); area = (b["code"], b["title"]); obj = ("area", b["code"], b["title"])
        elif t == "obj":
            para(b["text"], 11, True, after=4, before=4, keep=True); obj = (b["level"], b["code"], b["title"])
        elif t == "table": table(b["header"], b["rows"], b["widths"])
        elif t == "ind_table":
            table(b["header"], b["rows"], [6.2, 2.7, 2.9, 2.7, 2.5], True)
            for row in b["rows"]:
                items.append(dict(area=area, obj=obj, row=row, map=b["map"], year=b["year"]))
        elif t == "sign":
            para("", after=10)
            for line in b["text"]: para(line, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
    path = WORK / f"{c['name']}.docx"; doc.save(path); soffice(path)
    return items

# ================================================================ 2. CALC
def calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook()
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top"); wrapc = Alignment(wrap_text=True, vertical="center", horizontal="center")
    def setup(ws, title_rows=None):
        ws.page_setup.paperSize = 9; ws.page_setup.orientation = "portrait"
        ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.7
        ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
        ws.oddHeader.right.text = "CCIAA Ferrara e Ravenna – PIAO 2025-2027"; ws.oddHeader.right.size = 8
        if title_rows: ws.print_title_rows = title_rows
    # sheet 1: premessa
    ws = wb.active; ws.title = "Premessa"; setup(ws)
    ws.column_dimensions["A"].width = 72
    intro = c["intro"]; r = 1
    for k, line in enumerate(intro):
        ws.cell(r, 1, line)
        if k in (0, 1, 3):
            ws.cell(r, 1).font = Font(name="Liberation Sans", bold=True, size=14 if k == 1 else 12, color="1F4E79")
            ws.cell(r, 1).alignment = Alignment(horizontal="center" if k < 3 else "left", wrap_text=True, vertical="center")
            ws.row_dimensions[r].height = 30 if k == 1 else 22
        elif k == 2:
            ws.cell(r, 1).font = Font(name="Liberation Sans", italic=True, size=10); ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        else:
            ws.cell(r, 1).font = Font(name="Liberation Sans", size=10.5); ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            ws.row_dimensions[r].height = 15 * (len(line) // 70 + 1) + 4
        r += 2 if k in (1, 2, 3) else 1
    # sheet 2: performance
    ws = wb.create_sheet("Performance"); setup(ws, "4:4")
    widths = [13, 19, 21, 21, 6, 9.5, 10, 10, 10]
    for j, w in enumerate(widths): ws.column_dimensions[chr(65 + j)].width = w
    ws.cell(1, 1, c["sheet_title"][0]).font = Font(name="Liberation Sans", bold=True, size=12, color="1F4E79")
    ws.cell(2, 1, c["sheet_title"][1]).font = Font(name="Liberation Sans", italic=True, size=10)
    hdr_fill = PatternFill("solid", fgColor="1F4E79")
    for j, h in enumerate(c["header"], 1):
        x = ws.cell(4, j, h); x.font = Font(name="Liberation Sans", bold=True, size=10, color="FFFFFF"); x.fill = hdr_fill; x.alignment = wrapc; x.border = B
    ws.row_dimensions[4].height = 30
    rows = c["rows"]; items = []
    for i, row in enumerate(rows):
        rr = 5 + i
        for j, v in enumerate(row, 1):
            x = ws.cell(rr, j, v); x.font = Font(name="Liberation Sans", size=10, bold=(j <= 2)); x.border = B
            x.alignment = wrap if j <= 4 else wrapc
            if j <= 2: x.fill = PatternFill("solid", fgColor="DDEBF7" if j == 1 else "F2F2F2"); x.alignment = Alignment(wrap_text=True, vertical="center")
        items.append(dict(area=(None, None), obj=(None, None, None), row=row, map=c["map"], year=None))
    import textwrap
    def nlines(text, colw):
        return sum(len(textwrap.wrap(part, max(4, int(colw * 1.0)))) or 1 for part in text.split("\n"))
    LH = 13
    hts = []
    for i, row in enumerate(rows):
        n = max(nlines(row[j], widths[j]) for j in range(2, len(row)))
        hts.append(n * LH + 5)
    for col in (0, 1):  # merged hierarchy cells need room for their text over the rows they span
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][col] == rows[i][col]: k += 1
            need = nlines(rows[i][col], widths[col]) * LH + 8
            have = sum(hts[i:k + 1])
            if have < need: hts[k] += need - have
            i = k + 1
    for i, h in enumerate(hts): ws.row_dimensions[5 + i].height = h
    for col in (0, 1):
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][col] == rows[i][col]: k += 1
            if k > i: ws.merge_cells(start_row=5 + i, start_column=col + 1, end_row=5 + k, end_column=col + 1)
            i = k + 1
    end = 5 + len(rows) + 1
    ws.cell(end, 1, c["footer_note"]).font = Font(name="Liberation Sans", italic=True, size=8)
    # sheet 3: budget
    ws = wb.create_sheet("Risorse"); setup(ws)
    for j, w in enumerate([38, 22, 20, 20]): ws.column_dimensions[chr(65 + j)].width = w
    ws.cell(1, 1, c["budget_title"]).font = Font(name="Liberation Sans", bold=True, size=11, color="1F4E79")
    for j, h in enumerate(c["budget_header"], 1):
        x = ws.cell(3, j, h); x.font = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF"); x.fill = hdr_fill; x.alignment = wrapc; x.border = B
    ws.row_dimensions[3].height = 28
    for i, row in enumerate(c["budget_rows"]):
        for j, v in enumerate(row, 1):
            x = ws.cell(4 + i, j, v); x.font = Font(name="Liberation Sans", size=9, bold=row[0] == "Totale"); x.border = B
            x.alignment = Alignment(horizontal="right" if j > 1 else "left", wrap_text=True, vertical="center")
    path = WORK / f"{c['name']}.xlsx"; wb.save(path); soffice(path)
    return items

# ================================================================ 3. REPORTLAB
def rl(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak, NextPageTemplate
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", fdir + "DejaVuSansCondensed.ttf")); pdfmetrics.registerFont(TTFont("DVCB", fdir + "DejaVuSansCondensed-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVCB"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 0, "DV")
    P = lambda **k: ParagraphStyle("x", fontName="DV", fontSize=9.5, leading=12.5, **k)
    body = P(alignment=TA_JUSTIFY, spaceAfter=6); h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, spaceBefore=8, spaceAfter=8, textColor=colors.HexColor("#7A1F2B"))
    cell = ParagraphStyle("c", fontName="DVC", fontSize=8.2, leading=10); cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    cellr = ParagraphStyle("cr", parent=cell, alignment=TA_RIGHT); hdr = ParagraphStyle("h", parent=cell, fontName="DVCB", alignment=TA_CENTER, textColor=colors.white)
    band = ParagraphStyle("b", parent=cell, fontName="DVCB", fontSize=8.6, textColor=colors.white); band2 = ParagraphStyle("b2", parent=cell, fontName="DVCB", fontSize=8.4)
    stat = ParagraphStyle("s", parent=cell, fontSize=7.8, leading=9.6, textColor=colors.HexColor("#333333"))
    RED = colors.HexColor("#7A1F2B")
    def page(canv, doc):
        canv.saveState(); canv.setFont("DV", 7.5); canv.setFillColor(colors.grey)
        canv.drawString(1.8 * cm, A4[1] - 1.2 * cm, "Camera di Commercio di Cosenza"); canv.drawRightString(A4[0] - 1.8 * cm, A4[1] - 1.2 * cm, "Relazione sulla performance 2023")
        canv.setStrokeColor(colors.grey); canv.setLineWidth(0.3); canv.line(1.8 * cm, A4[1] - 1.35 * cm, A4[0] - 1.8 * cm, A4[1] - 1.35 * cm)
        canv.drawString(1.8 * cm, 1.1 * cm, "Documento generato dal sistema di pianificazione e controllo – stampa del 24/06/2024")
        canv.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, "Pag. %d" % doc.page); canv.restoreState()
    def cover(canv, doc):
        canv.saveState(); canv.setFillColor(RED); canv.rect(0, A4[1] - 7 * cm, A4[0], 7 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white); canv.setFont("DVB", 22); canv.drawString(2 * cm, A4[1] - 4 * cm, "Camera di Commercio di Cosenza")
        canv.setFont("DV", 11); canv.drawString(2 * cm, A4[1] - 5 * cm, "Ufficio Pianificazione, controllo di gestione e performance")
        canv.setFillColor(colors.black); canv.setFont("DVB", 28); canv.drawString(2 * cm, A4[1] / 2 + 1 * cm, "RELAZIONE SULLA PERFORMANCE")
        canv.setFont("DVB", 28); canv.drawString(2 * cm, A4[1] / 2 - 0.6 * cm, "ANNO 2023")
        canv.setFont("DV", 10.5); canv.drawString(2 * cm, A4[1] / 2 - 2.2 * cm, "Approvata con deliberazione della Giunta camerale n. 41 del 26 giugno 2024")
        canv.drawString(2 * cm, A4[1] / 2 - 2.8 * cm, "Validata dall'Organismo Indipendente di Valutazione il 28 giugno 2024")
        canv.restoreState()
    path = HERE / f"{c['name']}.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.9 * cm, bottomMargin=1.8 * cm,
                          title="Relazione sulla performance 2023", author="Camera di Commercio di Cosenza")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=cover), PageTemplate("body", [fr], onPage=page)])
    S = [NextPageTemplate("body"), PageBreak()]
    def flow(lst):
        for k, txt in lst: S.append(Paragraph(txt, h1 if k == "h1" else body))
    def plain(header, rows, widths):
        data = [[Paragraph(h, hdr) for h in header]] + [[Paragraph(("<b>%s</b>" % v) if r[0].startswith("Totale") else v, cellr if j else cell) for j, v in enumerate(r)] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        ts = [("BACKGROUND", (0, 0), (-1, 0), RED), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB"))]
        for i, r in enumerate(rows, 1):
            if r[0].startswith("Totale"): ts.append(("LINEABOVE", (0, i), (-1, i), 0.6, colors.black))
        t.setStyle(TableStyle(ts)); S.append(t); S.append(Spacer(1, 10))
    flow(c["intro"]); plain(c["budget_header"], c["budget_rows"], [8 * cm, 4.5 * cm, 4.5 * cm])
    flow(c["results_intro"])
    # results table
    W = [1.2 * cm, 7.6 * cm, 1.2 * cm, 2.6 * cm, 2.6 * cm, 1.9 * cm]
    data = [[Paragraph(h, hdr) for h in c["header"]]]; ts = [("BACKGROUND", (0, 0), (-1, 0), RED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    items = []; area = (None, None); obj = (None, None, None); band_start = None
    for g in c["groups"]:
        i = len(data)
        if g[0] != "ind" and band_start is None: band_start = i
        if g[0] == "area":
            area = (g[1], g[2]); obj = ("area", g[1], g[2])
            data.append([Paragraph(g[3], band)] + [""] * 5); ts += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#5B5B5B"))]
        elif g[0] == "strategic":
            obj = ("strategic", g[1], g[2])
            data.append([Paragraph(g[3], band2)] + [""] * 5); ts += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E4E4E4"))]
        else:
            row, phrase, comment = g[1], g[2], g[3]
            data.append([Paragraph(row[0], cell), Paragraph(row[1], cell), Paragraph(row[2], cellc), Paragraph(row[3], cellc), Paragraph(row[4], cellc), Paragraph(row[5], cellc)])
            txt = "<font name='DVCB'>%s</font>" % phrase + (("&nbsp;&nbsp;" + comment) if comment else "")
            data.append(["", Paragraph(txt, stat)] + [""] * 4)
            ts += [("SPAN", (1, i + 1), (-1, i + 1)), ("LINEBELOW", (0, i + 1), (-1, i + 1), 0.25, colors.HexColor("#9A9A9A")), ("NOSPLIT", (0, i), (-1, i + 1)),
                   ("TOPPADDING", (0, i + 1), (-1, i + 1), 0), ("BOTTOMPADDING", (0, i + 1), (-1, i + 1), 4)]
            items.append(dict(area=area, obj=obj, row=row, map=c["map"], year=c["year"], status_row=phrase, comment=comment))
            if band_start is not None: ts.append(("NOSPLIT", (0, band_start), (-1, i + 1))); band_start = None
    t = Table(data, colWidths=W, repeatRows=1); t.setStyle(TableStyle(ts)); S.append(t); S.append(Spacer(1, 10))
    flow(c["summary_intro"]); plain(c["summary_header"], c["summary_rows"], [7 * cm, 3 * cm, 3 * cm])
    S.append(Spacer(1, 16)); S.append(Paragraph(c["closing"], P(alignment=TA_RIGHT)))
    doc.build(S)
    return items

def main(names):
    for name in names:
        c = json.load(open(HERE / f"{name}.content.json"))
        if name.startswith("universita"): items = word(c)
        elif name.endswith("piao"): items = calc(c)
        else: items = rl(c)
        pdf = HERE / f"{name}.pdf"
        recs = make_records(items)
        ws, n = words_of(pdf)
        place(recs, ws)
        finish(c, recs, pdf, n)

if __name__ == "__main__":
    main(sys.argv[1:] or [p.name[:-13] for p in sorted(HERE.glob("*.content.json"))])

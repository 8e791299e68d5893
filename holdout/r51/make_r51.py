"""Round r51: render NAME.pdf (Word report via python-docx + LibreOffice) from NAME.content.json
and write NAME.truth.json from the content, page fields from a pdfplumber read-back."""
import json, re, sys, os, subprocess, hashlib, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["comune-novara-2023-relazione", "provincia-asti-2025-piano", "universita-pavia-2023-relazione"]
# continuation style per sample: (mark under first part, caption above the continuation)
CONT = {"comune-novara-2023-relazione": ("(segue)", "{t} (continua)"),
        "provincia-asti-2025-piano": (None, "{t} (segue)"),
        "universita-pavia-2023-relazione": ("segue ►", "{t} (continua)")}
FONTS = {"comune-novara-2023-relazione": "Calibri", "provincia-asti-2025-piano": "Times New Roman",
         "universita-pavia-2023-relazione": "Arial"}

def collapse(s):
    return None if s is None or not str(s).strip() else re.sub(r"\s+", " ", str(s)).strip()

# ---------------- value parsing (RECORDS.md / CONVENTIONS.md) ----------------
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def tonum(s):
    return float(s.replace(".", "").replace(",", "."))
def parse_value(s):
    none = (None, None, None, None)
    t = collapse(s)
    if t is None: return none
    if re.search(r"\d{1,2}/\d{1,2}/\d{4}", t): return none
    low = t.lower(); op = "="
    for pre, o in ((">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<"),
                   ("entro", "<="), ("almeno", ">="), ("pari a", "=")):
        if low.startswith(pre):
            op = o; t = t[len(pre):].strip(); low = t.lower(); break
    unit = None
    if t.startswith("€"): unit = "EUR"; t = t[1:].strip()
    m = re.match(NUM, t)
    if not m: return none
    v = tonum(m.group(0)); rest = t[m.end():].strip()
    rest_np = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", rest_np): return none
    r = rest_np.lower()
    if r.startswith("%"): unit = "%"
    elif r.startswith("‰"): unit = "‰"
    elif r.startswith("gg") or r.startswith("giorni"): unit = "days"
    elif r.startswith("mesi"): unit = "months"
    elif r.startswith("ore"): unit = "hours"
    elif r.startswith("€") or r.startswith("euro"): unit = "EUR"
    return (op, v, None, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    low = name.lower(); best = None
    for words, d in ((LOWER, "lower"), (HIGHER, "higher")):
        for w in words:
            m = re.search(r"(?<![a-zà-ù])" + re.escape(w), low)
            if m and (best is None or m.start() < best[0]): best = (m.start(), d)
    return best and best[1]
def met(name, t, a):
    top, tv, _, tu = t; aop, av, _, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if top == ">=": return av >= tv
    if top == "<=": return av <= tv
    if top == ">": return av > tv
    if top == "<": return av < tv
    if av == tv: return True
    d = direction(name)
    if d == "higher": return av > tv
    if d == "lower": return av < tv
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved",
          "sospeso": "suspended", "obiettivo sospeso": "suspended"}

# ---------------- docx helpers ----------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcPr.append(sh)
def row_flags(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); trPr.append(e)
    if header:
        h = OxmlElement("w:tblHeader"); trPr.append(h)
def add_field(par, instr):
    f = OxmlElement("w:fldSimple"); f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); f.append(r); par._p.append(f)
def cell_text(cell, text, size=9, bold=False, align=None, italic=False):
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(1); p.paragraph_format.space_before = Pt(1)
    if align: p.alignment = align
    r = p.add_run(text or ""); r.font.size = Pt(size); r.bold = bold; r.italic = italic

def make_table(doc, header, rows, widths, repeat, left=(0, 1), center_from=2):
    allrows = ([header] if header else []) + rows
    t = doc.add_table(rows=len(allrows), cols=len(allrows[0])); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ri, row in enumerate(allrows):
        r = t.rows[ri]
        if header and ri == 0:
            row_flags(r, header=repeat)
            for i, h in enumerate(header):
                c = r.cells[i]; shade(c, "D9E2F3"); cell_text(c, h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
            continue
        row_flags(r)
        total = str(row[0]).startswith("Totale")
        for i, v in enumerate(row):
            al = None if (i < center_from or i in left) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(r.cells[i], v, 9, total, al)
    for r in t.rows:
        for i, w in enumerate(widths): r.cells[i].width = Cm(w)
    for i, w in enumerate(widths): t.columns[i].width = Cm(w)
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[i] * 567)))
    # keep the small table together on one page (Word "keep with next" on every row but the last)
    for r in t.rows[:-1]:
        for cell in r.cells:
            for p in cell.paragraphs: p.paragraph_format.keep_with_next = True
    return t

def para(doc, text, style=None, size=None, italic=False, bold=False, align=None, before=None, after=None, pbb=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); 
    if size: r.font.size = Pt(size)
    r.italic = italic; r.bold = bold
    if align is not None: p.alignment = align
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if pbb: p.paragraph_format.page_break_before = True
    return p

def build_docx(c, pages_of, path):
    name = c["name"]; font = FONTS[name]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Caption", "Title"):
        s = doc.styles[hs]; s.font.name = font
        rpr = s.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
        if rf is None: rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]
    doc.styles["Heading 1"].font.size = Pt(15); doc.styles["Heading 2"].font.size = Pt(13); doc.styles["Heading 3"].font.size = Pt(11.5)
    cap = doc.styles["Caption"]; cap.font.size = Pt(9.5); cap.font.italic = False; cap.font.bold = True
    cap.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68); cap.paragraph_format.space_before = Pt(8); cap.paragraph_format.space_after = Pt(3)
    cap.paragraph_format.keep_with_next = True
    sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]; fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(c["footer"] + "\t"); r.font.size = Pt(8); r.italic = True
    add_field(fp, "PAGE")
    # cover
    for i, line in enumerate(c["cover"]):
        big = i in (0, 2) or (i == 1 and name == "provincia-asti-2025-piano")
        para(doc, line, size=(22 if big else 12), bold=big, align=WD_ALIGN_PARAGRAPH.CENTER, before=(120 if i == 0 else 18))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # TOC
    para(doc, "Indice", size=16, bold=True, after=12)
    for b in c["blocks"]:
        if b["t"] == "h":
            p = doc.add_paragraph(); pf = p.paragraph_format
            pf.left_indent = Cm(0.6 * (b["level"] - 1)); pf.space_after = Pt(3)
            pf.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            r = p.add_run(b["text"] + "\t" + str(pages_of.get(b["text"], 0))); r.font.size = Pt(10.5); r.bold = b["level"] == 1
    para(doc, "Indice delle tabelle", size=16, bold=True, before=18, after=12)
    for b in c["blocks"]:
        if b["t"] in ("table", "itable"):
            p = doc.add_paragraph(); pf = p.paragraph_format; pf.space_after = Pt(3)
            pf.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            pf.left_indent = Cm(1.2); pf.first_line_indent = Cm(-1.2)
            r = p.add_run(b["caption"] + "\t" + str(pages_of.get(b["caption"], 0))); r.font.size = Pt(10)
    first = True
    cols = c["columns"]; labels = [x["label"] for x in cols]; widths = [x["w"] for x in cols]
    left = tuple(i for i, x in enumerate(cols) if x["field"] in ("indicator_code", "indicator", "notes"))
    mark, contcap = CONT[name]
    for b in c["blocks"]:
        if b["t"] == "h":
            p = doc.add_paragraph(b["text"], style=f"Heading {b['level']}")
            if first: p.paragraph_format.page_break_before = True; first = False
        elif b["t"] == "p":
            p = para(doc, b["text"], after=6); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif b["t"] == "table":
            para(doc, b["caption"], style="Caption")
            n = len(b["header"]); w = [6.4] + [9.6 / (n - 1)] * (n - 1)
            make_table(doc, b["header"], b["rows"], w, True, left=(0,), center_from=1)
            if b.get("fonte"): para(doc, b["fonte"], size=8, italic=True, before=2, after=8)
        elif b["t"] == "itable":
            para(doc, b["caption"], style="Caption")
            rows = b["rows"]; k = b.get("split_after")
            rep = bool(c.get("repeat_header"))
            if k:
                make_table(doc, labels, rows[:k], widths, rep, left)
                if mark: para(doc, mark, size=8, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=1, after=0)
                tnum = re.match(r"(Tabella \d+)", b["caption"]).group(1)
                p = para(doc, contcap.format(t=tnum), style="Caption", pbb=True)
                make_table(doc, labels if b.get("split_header", True) else [], rows[k:], widths, rep, left)
            else:
                make_table(doc, labels, rows, widths, rep, left)
            if b.get("fonte"): para(doc, b["fonte"], size=8, italic=True, before=2, after=6)
            if b.get("status_line"): para(doc, b["status_line"], size=10.5, bold=True, before=4, after=4)
            if b.get("after"):
                p = para(doc, b["after"], before=4, after=6); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
    doc.save(path)

def to_pdf(docx, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r51", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx], check=True, capture_output=True, timeout=240)

def readback(pdf):
    pages = []
    with pdfplumber.open(pdf) as P:
        for pg in P.pages:
            words = [w["text"] for w in pg.extract_words()]
            pages.append((collapse(pg.extract_text() or "") or "", words))
    return pages

def locate(c, pages):
    loc = {}
    for b in c["blocks"]:
        keys = [b["text"]] if b["t"] == "h" else [b["caption"]] if b["t"] in ("table", "itable") else []
        for key in keys:
            hits = [i + 1 for i, (t, _) in enumerate(pages) if collapse(key) in t]
            assert hits, key
            loc[key] = max(hits)
    return loc

def render(c, outdir):
    name = c["name"]; tmp = os.path.join("/tmp/r51build", name); os.makedirs(tmp, exist_ok=True)
    dx = os.path.join(tmp, name + ".docx")
    build_docx(c, {}, dx); to_pdf(dx, tmp)
    loc1 = locate(c, readback(os.path.join(tmp, name + ".pdf")))
    build_docx(c, loc1, dx); to_pdf(dx, tmp)
    pages = readback(os.path.join(tmp, name + ".pdf"))
    loc2 = locate(c, pages)
    assert loc1 == loc2, (loc1, loc2)
    shutil.copy(os.path.join(tmp, name + ".pdf"), os.path.join(outdir, name + ".pdf"))
    shutil.copy(dx, os.path.join(outdir, name + ".docx"))
    return pages

def indicator_page(pages, code, indicator):
    hits = [i + 1 for i, (_, words) in enumerate(pages) for w in words if w == code]
    assert len(hits) == 1, (code, hits)
    p = hits[0]; words = set(pages[p - 1][1])
    toks = [t.strip(".,;:()") for t in re.split(r"[\s-]+", indicator)]
    miss = [t for t in toks if t and not any(t in w for w in words)]
    assert not miss, (code, miss)
    return p

def truth(c, pages, pdf):
    cols = c["columns"]; recs = []
    area = None; strat = None; cur = None
    for b in c["blocks"]:
        if b["t"] == "h" and b.get("hier"):
            h = b["hier"]
            if h["level"] == "area": area = h; strat = None; cur = h
            elif h["level"] == "strategic": strat = h; cur = h
        if b["t"] != "itable": continue
        obj = b["hier"]; rows = b["rows"]
        st_line = b.get("status_line"); after = collapse(b.get("after"))
        for row in rows:
            d = dict(zip([x["field"] for x in cols], row))
            idx_code = row[0]; ind = collapse(row[1])
            p = indicator_page(pages, idx_code, ind)
            status = status_text = None
            if "status" in d and d["status"]:
                status_text = collapse(d["status"]); status = STATUS[status_text.lower()]
            comment = None
            if st_line:
                status_text = st_line.split(":", 1)[1].strip(); status = STATUS[status_text.lower()]
                comment = after
            elif after and len(rows) == 1:
                comment = after
            tcols = [x for x in cols if x["field"] == "target"]
            for tc in tcols:
                ti = cols.index(tc)
                target = collapse(row[ti]); actual = collapse(d.get("actual"))
                tp = parse_value(target); ap = parse_value(actual)
                rec = {"page": p, "page_end": p,
                       "area_code": area["code"], "area_title": area["title"],
                       "objective_level": obj["level"], "objective_code": obj["code"], "objective_title": obj["title"],
                       "indicator_code": collapse(idx_code), "indicator": ind,
                       "type": None, "formula": None, "unit": None, "data_source": None, "weight": None,
                       "baseline": collapse(d.get("baseline")), "year": tc.get("year"),
                       "target": target, "target_operator": tp[0], "target_value": tp[1], "target_value_max": tp[2], "target_unit": tp[3],
                       "actual": actual, "actual_operator": ap[0], "actual_value": ap[1], "actual_value_max": ap[2], "actual_unit": ap[3],
                       "achievement": None, "notes": collapse(d.get("notes")),
                       "status": status, "status_text": status_text, "comment": comment,
                       "met": met(ind, tp, ap)}
                recs.append(rec)
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    return {"schema": "perfextract/records@1", "_about": c.get("about", []),
            "source": {"path": os.path.basename(pdf), "sha256": sha, "pages": len(pages)},
            "document": c["document"], "indicators": recs, "warnings": []}

ABOUT = {
 "comune-novara-2023-relazione": ["Relazione sulla performance 2023 of the Comune di Novara, invented content. Word report (python-docx, printed by LibreOffice): cover, 'Indice' with dotted leaders and page numbers, 'Indice delle tabelle', numbered outline (1., 2.1 Area strategica N – …, 2.1.1 Obiettivo strategico N.N – …) with prose; each operational objective's indicators in a small bordered table under a caption paragraph in the Caption style ('Tabella 2 – Obiettivo operativo 1.1.1: …'), some with 'Fonte: …' in small italics under them; Tabella 4 cut by a page break, '(segue)' under the first part and 'Tabella 4 (continua)' with the header repeated above the rest. Tabella 1 is a budget table (no records).",
   "Truth: area from 'Area strategica N – title' (its own code), strategic from 'Obiettivo strategico N.N – title', the caption's 'Obiettivo operativo N.N.N: title' is the deepest (operational) objective. 'Target 2023' -> target, year 2023; 'Valore raggiunto al 31/12/2023' -> actual; 'Esito' column -> status/status_text. Prose after the one-indicator Tabella 5 is its comment; prose after the three-indicator Tabella 8 (no status line) is no comment. 'Fonte:' lines are no comments."],
 "provincia-asti-2025-piano": ["Piano della performance 2025-2027 of the Provincia di Asti, invented content. Word report: cover, Indice with dotted leaders, Indice delle tabelle, numbered outline '3.1 Area strategica – title' / '3.1.1 Obiettivo strategico – title' (no codes of their own), captions 'Tabella N – Obiettivo operativo 3.1.1.1: title' above each small table (Cod. | Indicatore | Baseline 2024 | Target 2025 | Target 2026 | Target 2027); Tabella 4 cut by a page break with 'Tabella 4 (segue)' above the continuation and the header NOT repeated. Tabella 1 is a staff table (no records).",
   "Truth: area/strategic headings take the section number as code (CONVENTIONS: heading numbered as a section without a code of its own); operational objective from the caption. One record per target year (2025, 2026, 2027), baseline 'Baseline 2024' as printed on each; empty Target 2027 cell -> target null. No actuals -> met null."],
 "universita-pavia-2023-relazione": ["Relazione sulla performance 2023 of the Università degli Studi di Pavia, invented content. Word report: cover, Indice with dotted leaders, Indice delle tabelle, numbered outline '2.1 Area strategica D – Didattica' / '2.1.1 Obiettivo strategico D.1 – …', captions 'Tabella N – Obiettivo operativo D.1.1: …' above each table (Codice | Indicatore | Target 2023 | Risultato 2023 | Commento, header row marked to repeat); Tabella 4 cut by a page break with 'segue ►' under the first part and 'Tabella 4 (continua)' plus the repeated header above the rest; 'Esito: …' status lines under two tables, one followed by a prose sentence. Tabella 1 is a staff table (no records).",
   "Truth: 'Commento' column -> notes. A status line 'Esito: X' after a table gives status/status_text X to every indicator of that table, and the sentence after it is their comment. Tables without a status line: status null. 'Fonte:' lines are no comments."],
}

if __name__ == "__main__":
    names = sys.argv[1:] or NAMES
    for n in names:
        c = json.load(open(os.path.join(HERE, n + ".content.json")))
        c["about"] = ABOUT[n]
        pages = render(c, HERE)
        t = truth(c, pages, os.path.join(HERE, n + ".pdf"))
        json.dump(t, open(os.path.join(HERE, n + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(n, "pages", len(pages), "records", len(t["indicators"]))

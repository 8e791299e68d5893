"""Round r88 (PRINTED, SIGNED and SCANNED reports; one carries an ocrmypdf text layer): render each report as Word (python-docx -> LibreOffice PDF, text layer),
read it back with pdfplumber for page fields, then 'scan' it: pdftoppm -gray at the sample's dpi,
paper on a grey scanner bed, per-page rotation, blur/speckles/JPEG, signature + stamp on the last
page, assembled with img2pdf into an image-only NAME.pdf. Truth written from the content."""
import json, re, sys, os, subprocess, hashlib, shutil, io, math, random, glob
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import img2pdf

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["provincia-pavia-2023-relazione", "asl-frosinone-2025-piao", "comune-bassano-del-grappa-2024-peg"]

def collapse(s):
    return None if s is None or not str(s).strip() else re.sub(r"\s+", " ", str(s)).strip()

# ---------------- value parsing (RECORDS.md / CONVENTIONS.md) ----------------
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def tonum(s): return float(s.replace(".", "").replace(",", "."))
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
def pnum(s):
    s = collapse(s)
    if not s: return None
    m = re.match(r"(\d+(?:,\d+)?)\s*%$", s)
    return tonum(m.group(1)) if m else None

# ---------------- docx ----------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcPr.append(sh)
def row_flags(row, header=False):
    trPr = row._tr.get_or_add_trPr(); trPr.append(OxmlElement("w:cantSplit"))
    if header: trPr.append(OxmlElement("w:tblHeader"))
def add_field(par, instr):
    f = OxmlElement("w:fldSimple"); f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); f.append(r); par._p.append(f)
def cell_text(cell, text, size=10, bold=False, align=None):
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(1); p.paragraph_format.space_before = Pt(1)
    if align is not None: p.alignment = align
    r = p.add_run(text or ""); r.font.size = Pt(size); r.bold = bold
    return p
def set_widths(t, widths):
    t.autofit = False
    for r in t.rows:
        for i, w in enumerate(widths):
            if i < len(r.cells): r.cells[i].width = Cm(w)
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[i] * 567)))
def keep_together(t):
    for r in t.rows[:-1]:
        for cell in r.cells:
            for p in cell.paragraphs: p.paragraph_format.keep_with_next = True

def para(doc, text, size=None, italic=False, bold=False, align=None, before=None, after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text); r.italic = italic; r.bold = bold
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def plain_table(doc, b):
    para(doc, b["caption"], size=10.5, bold=True, before=6, after=3).paragraph_format.keep_with_next = True
    rows = [b["header"]] + b["rows"]
    t = doc.add_table(rows=len(rows), cols=len(b["header"])); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        row_flags(t.rows[ri], header=ri == 0)
        for i, v in enumerate(row):
            c = t.rows[ri].cells[i]
            if ri == 0: shade(c, "D9D9D9")
            cell_text(c, v, 10, ri == 0 or row[0] == "Totale", None if i == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, b["widths"]); keep_together(t)
    para(doc, "", after=2)

def ind_table(doc, c, b):
    cols = c["columns"]; n = len(cols)
    t = doc.add_table(rows=1, cols=n); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    row_flags(t.rows[0], header=True)
    for i, col in enumerate(cols):
        cl = t.rows[0].cells[i]; shade(cl, "D9D9D9"); cell_text(cl, col["label"], 10, True, WD_ALIGN_PARAGRAPH.CENTER)
    for r in b["rows"]:
        row = t.add_row(); row_flags(row)
        for i, v in enumerate(r["cells"]):
            left = cols[i]["field"] in ("indicator", "formula", "data_source")
            cell_text(row.cells[i], v, 10, False, None if left else WD_ALIGN_PARAGRAPH.CENTER)
        if r.get("status_row"):
            srow = t.add_row(); row_flags(srow)
            m = srow.cells[0].merge(srow.cells[n - 1])
            txt = r["status_row"]; phrase = r["truth"]["status_text"]
            p = m.paragraphs[0]; p.paragraph_format.space_after = Pt(2); p.paragraph_format.space_before = Pt(2)
            ru = p.add_run(phrase); ru.bold = True; ru.font.size = Pt(10)
            if len(txt) > len(phrase):
                ru = p.add_run(txt[len(phrase):]); ru.italic = True; ru.font.size = Pt(10)
    set_widths(t, [x["w"] for x in cols])
    if c.get("keep_tables", True): keep_together(t)
    para(doc, "", after=4)

def footer(sec, c, width):
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    for r in list(fp.runs): r._r.getparent().remove(r._r)
    ts = fp.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(8.255), WD_TAB_ALIGNMENT.CLEAR); ts.add_tab_stop(Cm(16.51), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(c["footer"] + "\tpag. "); r.font.size = Pt(9); add_field(fp, "PAGE")

def build_docx(c, path):
    font = c["font"]; doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hs, size in (("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 12), ("Heading 4", 11)):
        s = doc.styles[hs]; s.font.name = font; s.font.size = Pt(size); s.font.color.rgb = None
        s.font.italic = hs == "Heading 4"
        rpr = s.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
        if rf is None: rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]
        s.paragraph_format.keep_with_next = True
    sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    footer(sec, c, 16.6)
    for i, (line, size, bold) in enumerate(c["cover"]):
        para(doc, line, size=size, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER, before=(150 if i == 0 else 16))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for k, b in enumerate(c["blocks"]):
        nxt = c["blocks"][k + 1]["t"] if k + 1 < len(c["blocks"]) else None
        if b["t"] == "h":
            doc.add_paragraph(b["text"], style=f"Heading {b['level']}")
        elif b["t"] == "p":
            p = para(doc, b["text"], after=6); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if nxt == "sign": p.paragraph_format.keep_with_next = True
        elif b["t"] == "table":
            plain_table(doc, b)
        elif b["t"] == "itable":
            ind_table(doc, c, b)
        elif b["t"] == "section":
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            if b["orient"] == "landscape":
                ns.orientation = WD_ORIENT.LANDSCAPE; ns.page_width = Cm(29.7); ns.page_height = Cm(21)
                ns.left_margin = ns.right_margin = Cm(1.5); ns.top_margin = ns.bottom_margin = Cm(1.6)
                ns.different_first_page_header_footer = False; footer(ns, c, 26.7)
            else:
                ns.orientation = WD_ORIENT.PORTRAIT; ns.page_width = Cm(21); ns.page_height = Cm(29.7)
                ns.left_margin = ns.right_margin = Cm(2.2); ns.top_margin = ns.bottom_margin = Cm(2.0)
                ns.different_first_page_header_footer = False; footer(ns, c, 16.6)
        elif b["t"] == "sign":
            para(doc, b["place"], before=24, after=18).paragraph_format.keep_with_next = True
            para(doc, b["role"], align=WD_ALIGN_PARAGRAPH.RIGHT, after=2).paragraph_format.keep_with_next = True
            para(doc, b["name"], align=WD_ALIGN_PARAGRAPH.RIGHT, after=40)
    doc.save(path)

def to_pdf(docx, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r88", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx], check=True, capture_output=True, timeout=300)

def readback(pdf):
    out = []
    with pdfplumber.open(pdf) as P:
        for pg in P.pages:
            ws = pg.extract_words()
            out.append({"text": collapse(pg.extract_text() or "") or "", "words": [w["text"] for w in ws], "wobj": ws,
                        "w": float(pg.width), "h": float(pg.height)})
    return out

def toks(s): return [t.strip(".,;:()'’") for t in re.split(r"[\s\-/]+", s) if t.strip(".,;:()'’")]
def find_row(pages, code, texts):
    hits = [i + 1 for i, p in enumerate(pages) for w in p["words"] if w == code]
    assert len(hits) == 1, (code, hits)
    pg = hits[0]; P = pages[pg - 1]
    top = [w for w in P["wobj"] if w["text"] == code][0]["top"]
    # the row's words: from the code's line down to at most 90 pt below it, on the same page
    words = [w["text"] for w in P["wobj"] if top - 2 <= w["top"] <= top + 90]
    for tx in texts:
        miss = [t for t in toks(tx) if not any(t in w for w in words)]
        assert not miss, (code, tx, miss)
    return pg

# ---------------- scanning ----------------
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
def stamp_layer(size, lines, rng):
    R = size // 2; ink = Image.new("L", (size, size), 0); d = ImageDraw.Draw(ink)
    d.ellipse((4, 4, size - 4, size - 4), outline=255, width=max(3, size // 90))
    d.ellipse((size * 0.2, size * 0.2, size * 0.8, size * 0.8), outline=255, width=max(2, size // 130))
    f = ImageFont.truetype(FONT, int(size * 0.072))
    for li, (line, sign) in enumerate(((lines[0], -1), (lines[1], 1))):
        n = len(line); span = min(205, 8.2 * n) if li == 0 else min(140, 7.6 * n)
        rad = R * 0.79
        for k, ch in enumerate(line):
            if li == 0: ang = -90 - span / 2 + span * (k + 0.5) / n
            else: ang = 90 + span / 2 - span * (k + 0.5) / n
            a = math.radians(ang)
            x = R + rad * math.cos(a); y = R + rad * math.sin(a)
            g = Image.new("L", (int(size * 0.12), int(size * 0.12)), 0)
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, fill=255, font=f, anchor="mm")
            rot = -(ang + 90) if li == 0 else -(ang - 90)
            g = g.rotate(rot, resample=Image.Resampling.BICUBIC)
            ink.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), g)
    star = ImageFont.truetype(FONT, int(size * 0.16))
    d.text((R, R), "★", fill=255, font=star, anchor="mm")
    ink = ink.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    # uneven inking
    noise = Image.effect_noise((size, size), 60).filter(ImageFilter.GaussianBlur(2))
    return Image.composite(ink, Image.new("L", ink.size, 0), noise.point(lambda v: 255 if v > 95 else 0))

def signature_layer(w, h, rng, scale):
    ink = Image.new("L", (w, h), 0); d = ImageDraw.Draw(ink)
    for stroke in range(2):
        pts = []; x0 = w * (0.05 + 0.5 * stroke); length = w * (0.75 if stroke == 0 else 0.4)
        ph = [rng.uniform(0, 6) for _ in range(3)]
        for k in range(240):
            t = k / 239; x = x0 + length * t + 0.06 * w * math.sin(2 * math.pi * 5 * t + ph[0])
            y = h * 0.5 + h * 0.3 * math.sin(2 * math.pi * 4.5 * t + ph[1]) * (1 - 0.5 * t) + h * 0.12 * math.sin(2 * math.pi * 1.3 * t + ph[2])
            pts.append((x, y))
        d.line(pts, fill=255, width=max(2, int(3 * scale)), joint="curve")
    d.line([(w * 0.1, h * 0.85), (w * 0.9, h * 0.78)], fill=255, width=max(2, int(2 * scale)))
    return ink.filter(ImageFilter.GaussianBlur(0.6))

SCAN = {"ocr": dict(rot=(0.2, 0.4), blur=0, speck=150, q=80, bed=180),
        "noisy": dict(rot=(0.5, 0.8), blur=0.45, speck=700, q=58, bed=130),
        "clean": dict(rot=(0.25, 0.55), blur=0.3, speck=250, q=70, bed=160)}

def scan_pdf(c, text_pdf, pages, out_pdf, tmp):
    dpi = c["dpi"]; prm = SCAN[c["scan"]]; rng = random.Random(c["name"])
    for f in glob.glob(os.path.join(tmp, "scan-*")): os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", text_pdf, os.path.join(tmp, "scan")], check=True)
    files = sorted(glob.glob(os.path.join(tmp, "scan-*.png")))
    assert len(files) == len(pages)
    jpgs = []; last = len(files) - 1
    for i, fn in enumerate(files):
        im = Image.open(fn).convert("L"); W, Hh = im.size; sc = dpi / 72.0
        if i == last:  # signature and stamp beside "Il Segretario Generale"/"Il Direttore"
            sign = [b for b in c["blocks"] if b["t"] == "sign"][0]
            ws = pages[i]["wobj"]; first = sign["role"].split()[0]
            cand = [w for w in ws if w["text"] == first and w["x0"] > pages[i]["w"] * 0.5]
            assert cand, "role not on last page"
            rw = cand[-1]
            sw, sh = int(170 * sc), int(48 * sc)
            sig = signature_layer(sw, sh, rng, sc / 2.8)
            sx = int((pages[i]["w"] - 72 * 0.87 - 175) * sc); sy = int((rw["bottom"] + 13) * sc)
            im.paste(40, (sx, sy), sig)
            st = stamp_layer(int(105 * sc), sign["stamp"], rng)
            stx = int((pages[i]["w"] * 0.5 - 130) * sc); sty = int((rw["top"] - 20) * sc)
            im.paste(95, (stx, sty), st)
        # paper on the scanner bed, turned a little
        paper = im.resize((int(W * 0.975), int(Hh * 0.975)), Image.Resampling.LANCZOS)
        bed = Image.new("L", (W, Hh), prm["bed"])
        ox, oy = int(W * rng.uniform(0.004, 0.02)), int(Hh * rng.uniform(0.004, 0.02))
        bed.paste(paper, (ox, oy))
        ang = rng.uniform(*prm["rot"]) * (1 if (i + len(c["name"])) % 3 else -1)
        page = bed.rotate(ang, resample=Image.Resampling.BICUBIC, fillcolor=prm["bed"])
        if prm["blur"]: page = page.filter(ImageFilter.GaussianBlur(prm["blur"]))
        if prm["speck"]:
            d = ImageDraw.Draw(page)
            for _ in range(prm["speck"]):
                x, y = rng.randrange(W), rng.randrange(Hh); r = rng.choice((0, 0, 1, 1, 2))
                d.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(90, 200))
        if c["scan"] == "noisy":  # uneven lighting of a cheap scanner
            grad = Image.linear_gradient("L").rotate(90).resize((W, Hh)).point(lambda v: 255 - v // 10)
            from PIL import ImageChops
            page = ImageChops.multiply(page, grad)
        buf = io.BytesIO(); page.save(buf, "JPEG", quality=prm["q"], dpi=(dpi, dpi)); jpgs.append(buf.getvalue())
        print(f"  page {i+1}: {W}x{Hh} rot {ang:+.2f}")
    data = img2pdf.convert(jpgs, layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi, dpi)))
    open(out_pdf, "wb").write(data)
    txt = subprocess.run(["pdftotext", out_pdf, "-"], capture_output=True, text=True).stdout
    assert not txt.strip(), "text layer present!"

# ---------------- truth ----------------
def truth(c, pages, pdf):
    cols = c["columns"]; fields = [x["field"] for x in cols]; recs = []
    area = strat = oper = None
    for b in c["blocks"]:
        if b["t"] == "h" and b.get("hier"):
            h = b["hier"]
            if h["level"] == "area": area, strat, oper = h, None, None
            elif h["level"] == "strategic": strat, oper = h, None
            else: oper = h
        if b["t"] != "itable": continue
        obj = oper or strat or area
        for r in b["rows"]:
            cells = r["cells"]; d = {f: collapse(v) for f, v in zip(fields, cells) if f != "target"}
            code = cells[0]; ind = collapse(cells[1])
            checks = [ind] + [x for x in cells[2:] if collapse(x)]
            pg = find_row(pages, code, checks)
            if r.get("status_row"):  # the status row sits on the same page (table kept together)
                find_row(pages, code, [r["status_row"]])
            tr = r["truth"]
            for i, col in enumerate(cols):
                if col["field"] != "target": continue
                target = collapse(cells[i]); actual = d.get("actual")
                tp = parse_value(target); ap = parse_value(actual)
                w = d.get("weight")
                rec = {"page": pg, "page_end": pg,
                       "area_code": area["code"], "area_title": area["title"],
                       "objective_level": obj["level"], "objective_code": obj["code"], "objective_title": obj["title"],
                       "indicator_code": collapse(code), "indicator": ind,
                       "type": None, "formula": d.get("formula"), "unit": d.get("unit"), "data_source": d.get("data_source"),
                       "weight": float(w.rstrip("%").replace(",", ".")) if w else None,
                       "baseline": d.get("baseline"), "year": col.get("year"),
                       "target": target, "target_operator": tp[0], "target_value": tp[1], "target_value_max": tp[2], "target_unit": tp[3],
                       "actual": actual, "actual_operator": ap[0], "actual_value": ap[1], "actual_value_max": ap[2], "actual_unit": ap[3],
                       "achievement": pnum(d.get("achievement")), "notes": None,
                       "status": tr["status"], "status_text": tr["status_text"], "comment": tr["comment"],
                       "met": met(ind, tp, ap)}
                recs.append(rec)
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    return {"schema": "perfextract/records@1", "_about": c["about"], "_ocr": c["scan"] == "ocr",
            "source": {"path": os.path.basename(pdf), "sha256": sha, "pages": len(pages)},
            "document": c["document"], "indicators": recs, "warnings": []}

ABOUT = {
 "provincia-pavia-2023-relazione": "SCANNED + OCR: Relazione sulla performance 2023, Provincia di Pavia (invented content). Word report (python-docx -> LibreOffice) printed, signed and scanned at 300 dpi grey (rotation 0.2-0.4 deg per page, paper on a grey scanner bed, light specks, JPEG q80), signature and round stamp on the last page, then ocrmypdf -l ita: the PDF carries an invisible OCR text layer (its text is what tesseract read, not the original). Headings Area strategica N – Titolo / Obiettivo strategico N.N – Titolo above ruled tables Cod. | Indicatore | Peso | Target 2023 | Valore raggiunto 2023 | % ragg. | Esito. Tabella 1 (spesa per missione, Totale row) gives no records. Truth: strategic level; Esito column -> status/status_text; 1.2.c has an empty Esito and actual 'Obiettivo sospeso' -> suspended; its date target and 'n.d.' achievement -> null.",
 "asl-frosinone-2025-piao": "SCANNED image-only: PIAO 2025-2027, ASL Frosinone (invented content). Word report scanned at 200 dpi with rotation 0.5-0.8 deg, light blur, dust specks, uneven lighting, JPEG q58; no text layer. The indicator tables are in a LANDSCAPE section: Cod. | Indicatore | Formula di calcolo | Fonte | Baseline 2024 | Target 2025 | Target 2026 | Target 2027, under Area strategica A/B/C – Titolo and Obiettivo strategico A.1 – Titolo headings. 11 indicators x 3 years. Truth: one record per target year; empty Target 2027 of A.2.2 -> target null; no actuals -> met null. Tabella 1 (personale per ruolo, Totale row) gives no records.",
 "comune-bassano-del-grappa-2024-peg": "SCANNED image-only: Piano esecutivo di gestione 2024, Comune di Bassano del Grappa (invented content). Word report scanned at 250 dpi (rotation 0.25-0.55 deg, slight blur and specks, JPEG q70), signature + stamp on the last page; no text layer. Centro di responsabilità N – Settore … headings (area) with a 'Dirigente responsabile' line, Obiettivo operativo N.N – Titolo headings, ruled tables Cod. | Indicatore | Unità di misura | Peso | Consuntivo 2023 | Target 2024. Truth: area = Centro di responsabilità, operational level; Consuntivo 2023 -> baseline (a plan: a result column of a year before the target year, no result column for the target year); Unità di misura -> unit; weights as numbers; date target 'entro il 30/11/2024' -> parsed fields null; no actuals -> met null. Tabella 1 (risorse per CdR, Totale row) gives no records.",
}

if __name__ == "__main__":
    args = sys.argv[1:]; show = "--values" in args
    names = [a for a in args if not a.startswith("--")] or NAMES
    for n in names:
        c = json.load(open(os.path.join(HERE, n + ".content.json"))); c["about"] = ABOUT[n]
        tmp = os.path.join("/tmp/r88build", n); os.makedirs(tmp, exist_ok=True)
        dx = os.path.join(tmp, n + ".docx"); build_docx(c, dx); to_pdf(dx, tmp)
        text_pdf = os.path.join(tmp, n + ".pdf"); pages = readback(text_pdf)
        pre = os.path.join(HERE, "prescan"); os.makedirs(pre, exist_ok=True)  # the text-layer render, for reference
        shutil.copy(text_pdf, os.path.join(pre, n + ".textlayer.pdf")); shutil.copy(dx, os.path.join(pre, n + ".docx"))
        out_pdf = os.path.join(HERE, n + ".pdf")
        scan_pdf(c, text_pdf, pages, out_pdf, tmp)
        if c["scan"] == "ocr":
            img = os.path.join(tmp, n + ".image.pdf"); shutil.move(out_pdf, img)
            subprocess.run(["ocrmypdf", "-l", "ita", "--output-type", "pdf", img, out_pdf], check=True, capture_output=True)
            txt = subprocess.run(["pdftotext", out_pdf, "-"], capture_output=True, text=True).stdout
            assert len(txt.strip()) > 500, "no OCR layer"
        t = truth(c, pages, out_pdf)
        json.dump(t, open(os.path.join(HERE, n + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(n, "pages", len(pages), "records", len(t["indicators"]))
        if show:
            for r in t["indicators"]:
                print("  ", r["page"], r["indicator_code"], r["year"], repr(r["target"]), r["target_operator"], r["target_value"], r["target_unit"],
                      "|", repr(r["actual"]), r["actual_operator"], r["actual_value"], r["actual_unit"], "| ach", r["achievement"], "w", r["weight"], "| met", r["met"], r["status"])

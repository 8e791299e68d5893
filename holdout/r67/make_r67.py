"""Round r67: printed, signed and scanned reports. Renders each NAME.content.json to DOCX -> PDF
(LibreOffice), reads pages back from that text PDF (work/NAME.pdf), rasterises (200-300 dpi grey),
adds stamp + signature on the last page, skews (0.2-1.0°, per page) + noise + JPEG, assembles an
image-only PDF with Pillow; for two samples OCRs it (ocrmypdf -l ita, no deskew) -> NAME.pdf.
Writes NAME.truth.json from the content (never from any extractor)."""
import hashlib, json, math, random, re, subprocess, sys, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"; WORK.mkdir(exist_ok=True)
FONT = "Liberation Sans"

# ---------------------------------------------------------------- value parsing (RECORDS.md)
def num(s):
    s = s.strip()
    neg = s.startswith("-")
    s = s.lstrip("-")
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    v = float(s)
    return -v if neg else v

UNITS = [(r"%", "%"), (r"‰", "‰"), (r"€|euro|EUR", "EUR"), (r"gg\.?|giorni", "days"), (r"mesi", "months"), (r"ore", "hours")]
def parse(t):
    if t is None:
        return None, None, None, None
    s = t.strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", s):
        return None, None, None, None
    op = "="
    for pat, o in [(r"^(≥|>=)\s*", ">="), (r"^(≤|<=)\s*", "<="), (r"^>\s*", ">"), (r"^<\s*", "<")]:
        m = re.match(pat, s)
        if m:
            op = o; s = s[m.end():]; break
    unit = None
    m = re.match(r"^(€)\s*", s)
    if m:
        unit = "EUR"; s = s[m.end():]
    m = re.match(r"^(-?\d[\d.]*(?:,\d+)?)\s*(.*)$", s)
    if not m:
        return None, None, None, None
    v = num(m.group(1)); rest = m.group(2).strip()
    if re.search(r"\d", re.sub(r"\([^)]*\)", "", rest)):
        return None, None, None, None
    for pat, u in UNITS:
        if re.match(r"^(" + pat + r")(\b|$|\s)", rest) or rest.startswith(pat):
            unit = unit or u
            break
    return op, v, None, unit

HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
def direction(name):
    low = name.lower(); best = None
    for w in HIGHER + LOWER:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "higher" if w in HIGHER else "lower")
    return best[1] if best else None

def met(name, t, a):
    to, tv, _, tu = t; ao, av, _, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if av == tv: return True
    d = direction(name)
    if d is None: return None
    return av > tv if d == "higher" else av < tv

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "obiettivo sospeso": "suspended"}
def pct(s):
    return None if s is None else num(s.replace("%", "").strip())

def split_code(cell):
    code, title = re.split(r"\s+–\s+", cell, 1)
    return code.strip(), title.strip()

# ---------------------------------------------------------------- DOCX
def set_cell_bg(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcPr.append(sh)

def row_props(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit"); trPr.append(cs)
    if header:
        th = OxmlElement("w:tblHeader"); trPr.append(th)

def para(doc, text, size=11, bold=False, align=None, space_after=6, italic=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
    r.font.name = FONT
    p.paragraph_format.space_after = Pt(space_after)
    if align: p.alignment = align
    return p

def add_table(doc, blk):
    hdr = blk["header"]; rows = blk["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr)); t.style = "Table Grid"
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for j, w in enumerate(blk["widths"]):
        t.columns[j].width = Cm(w)
        for r in t.rows:
            r.cells[j].width = Cm(w)
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(blk["widths"][j] * 567)))
    for j, h in enumerate(hdr):
        c = t.rows[0].cells[j]; c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(10); r.font.name = FONT
        set_cell_bg(c, "D9D9D9")
    row_props(t.rows[0], header=True)
    for i, row in enumerate(rows, 1):
        row_props(t.rows[i])
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            r = c.paragraphs[0].add_run(v); r.font.size = Pt(10); r.font.name = FONT
            if blk["kind"] == "other" and row[0] == "Totale": r.bold = True
    for j in blk.get("merge_cols", []):
        i = 1
        while i <= len(rows):
            k = i
            while k + 1 <= len(rows) and rows[k][j] == rows[i - 1][j]:
                k += 1
            if k > i:
                top = t.rows[i].cells[j]; bottom = t.rows[k].cells[j]
                for x in range(i + 1, k + 1):
                    t.rows[x].cells[j].text = ""
                top.merge(bottom)
                # remove duplicated empty paragraphs left by merge
                ps = top.paragraphs
                for p in ps[1:]:
                    if not p.text.strip():
                        p._element.getparent().remove(p._element)
            i = k + 1
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t

def build_docx(c, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FONT; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for s in ("left_margin", "right_margin"): setattr(sec, s, Cm(2))
    sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    # running footer
    fp = sec.footer.paragraphs[0]; fp.text = c["document"]["issuer"] + " – " + c["document"]["title"] + " " + str(c["document"]["year"])
    fp.runs[0].font.size = Pt(8); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # cover
    for _ in range(6): para(doc, "")
    for i, line in enumerate(c["cover"]):
        big = line.isupper() and ("RELAZIONE" in line or "PIANO" in line)
        para(doc, line, size=22 if big else (14 if i < 2 else 12), bold=big or i < 2, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_page_break()
    landscape_done = False
    for b in c["blocks"]:
        if b.get("landscape") and not landscape_done:
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            ns.orientation = WD_ORIENT.LANDSCAPE
            ns.page_width, ns.page_height = Cm(29.7), Cm(21)
            ns.left_margin = ns.right_margin = Cm(1.5); ns.top_margin = ns.bottom_margin = Cm(1.8)
            landscape_done = True
        if b["t"] == "h1": para(doc, b["text"], size=14, bold=True, space_after=8)
        elif b["t"] == "h2": para(doc, b["text"], size=12.5, bold=True, space_after=6)
        elif b["t"] == "h3": para(doc, b["text"], size=11, bold=True, italic=True, space_after=4)
        elif b["t"] == "p": para(doc, b["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif b["t"] == "table":
            add_table(doc, b)
            if b.get("esito"):
                p = doc.add_paragraph(); r = p.add_run("Esito: "); r.bold = True; r.font.name = FONT
                r2 = p.add_run(b["esito"]); r2.bold = True; r2.font.name = FONT
                p.paragraph_format.space_after = Pt(4)
                if b.get("after"):
                    para(doc, b["after"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                para(doc, "", space_after=4)
        elif b["t"] == "sign":
            para(doc, "")
            for k, line in enumerate(b["text"]):
                if k == 1:
                    para(doc, "", space_after=8)
                para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT if k > 0 else None, space_after=2, bold=line.isupper())

    doc.save(path)

def soffice(docx, outdir, name):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r67", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- read-back
def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def readback_stream(pdf):
    rows = []
    with pdfplumber.open(pdf) as P:
        for pno, page in enumerate(P.pages, 1):
            for tb in page.find_tables():
                for r in tb.extract():
                    rows.append((pno, [norm(x) if x else None for x in r]))
    return rows

def find_seq(words, seq, start):
    n = len(seq)
    for i in range(start, len(words) - n + 1):
        if all(words[i + k][0] == seq[k] for k in range(n)):
            return i
    return -1

# ---------------------------------------------------------------- truth
def records(c, words):
    recs = []; area = (None, None); obj = (None, None, None); cursor = 0
    for b in c["blocks"]:
        if "area" in b: area = tuple(b["area"]); obj = (None, None, None)
        if "obj" in b: obj = tuple(b["obj"])
        if b["t"] != "table" or b["kind"] != "ind": continue
        for row in b["rows"]:
            base = dict(area_code=area[0], area_title=area[1], objective_level=obj[0], objective_code=obj[1], objective_title=obj[2],
                        indicator_code=None, indicator=None, type=None, formula=None, unit=None, data_source=None, weight=None,
                        baseline=None, notes=None, achievement=None)
            targets = {}; actual = None; status_cell = None
            for m, v in zip(b["map"], row):
                v = norm(v) if v else None
                if m == "area": base["area_code"], base["area_title"] = split_code(v)
                elif m == "operational":
                    code, title = split_code(v); base.update(objective_level="operational", objective_code=code, objective_title=title)
                elif m == "weight": base["weight"] = pct(v)
                elif m == "achievement": base["achievement"] = pct(v)
                elif m.startswith("target@"): targets[int(m[7:])] = v
                elif m == "target": targets[b["year"]] = v
                elif m == "actual": actual = v
                elif m == "status": status_cell = v
                else: base[m] = v
            # read-back: the table row (ruled cells, pdfplumber) whose cell reads the indicator, after the cursor
            hit = None
            for ri in range(cursor, len(words)):
                pno, cells = words[ri]
                if base["indicator"] in cells:
                    hit = ri; break
            assert hit is not None, (c["name"], base["indicator"])
            pno, cells = words[hit]
            assert len(cells) == len(row), (c["name"], cells, row)
            for cj, rj in zip(cells, row):
                assert cj in (None, "") or cj == norm(rj), (c["name"], cj, rj)
            page = page_end = pno
            cursor = hit + 1
            if status_cell:
                st = STATUS.get(status_cell.lower()); stt = status_cell
            elif b.get("esito"):
                st = STATUS.get(b["esito"].lower()); stt = b["esito"]
            else:
                st = stt = None
            comment = norm(b["after"]) if b.get("esito") and b.get("after") else None
            if base["area_code"] is None and base["objective_code"]:
                base["area_code"] = base["objective_code"].split(".")[0]  # CONVENTIONS: no area heading printed
            for year in sorted(targets):
                t = targets[year]; tp = parse(t); ap = parse(actual)
                r = dict(page=page, page_end=page_end, **base)
                r.update(year=year, target=t, target_operator=tp[0], target_value=tp[1], target_value_max=tp[2], target_unit=tp[3],
                         actual=actual, actual_operator=ap[0], actual_value=ap[1], actual_value_max=ap[2], actual_unit=ap[3],
                         status=st, status_text=stt, comment=comment, met=met(base["indicator"], tp, ap))
                if st is None and stt is not None:
                    del r["status_text"]  # 'Non valutabile': no outcome in RECORDS' list; text left unscored
                order = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title", "indicator_code",
                         "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target", "target_operator",
                         "target_value", "target_value_max", "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max",
                         "actual_unit", "achievement", "notes", "status", "status_text", "comment", "met"]
                recs.append({k2: r[k2] for k2 in order if k2 in r})
    return recs

# ---------------------------------------------------------------- scan
SKEWS = {"comune-pordenone-2024-relazione": [0.42, -0.27, 0.66, -0.51, 0.3, -0.85, 0.38, -0.6],
         "provincia-fermo-2023-relazione": [-0.35, 0.58, -0.22, 0.9, -0.47, 0.31, -0.72, 0.5],
         "asst-franciacorta-2024-piano": [0.6, -0.4, 0.25, -0.78, 0.95, -0.33, 0.52]}
DPI = {"comune-pordenone-2024-relazione": 300, "provincia-fermo-2023-relazione": 250, "asst-franciacorta-2024-piano": 200}
OCR = {"comune-pordenone-2024-relazione": True, "provincia-fermo-2023-relazione": True, "asst-franciacorta-2024-piano": False}
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def stamp_and_sign(img, anchor_px, stamp, dpi, rng):
    """Round rubber stamp left of the signature block and a handwritten signature over the name."""
    d = ImageDraw.Draw(img); k = dpi / 300
    x, y, ybot = anchor_px
    cx, cy, R = x - int(380 * k), y + int(120 * k), int(215 * k)
    ink = 85
    for rr, wdt in ((R, 8), (R - int(26 * k), 4), (R - int(112 * k), 3)):
        d.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], outline=ink, width=max(2, int(wdt * k)))
    f = ImageFont.truetype(BOLD, int(30 * k))
    text = stamp[0]; n = len(text); ts = int(50 * k)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        tile = Image.new("L", (ts, ts), 0); ImageDraw.Draw(tile).text((ts // 2, ts // 2), ch, font=f, fill=255, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = int(cx + (R - int(56 * k)) * math.cos(ang)) - ts // 2; py = int(cy + (R - int(56 * k)) * math.sin(ang)) - ts // 2
        img.paste(ink, (px, py), tile)
    f2 = ImageFont.truetype(BOLD, int(28 * k))
    d.text((cx, cy - int(20 * k)), stamp[1], font=f2, fill=ink, anchor="mm"); d.text((cx, cy + int(20 * k)), stamp[2], font=f2, fill=ink, anchor="mm")
    sx, sy = x + int(20 * k), ybot + int(20 * k)
    pts = []
    a1, a2 = rng.uniform(25, 35), rng.uniform(15, 22)
    for t in range(0, 420):
        u = t / 420
        pts.append((sx + u * 500 * k + 26 * k * math.sin(u * a1), sy + 32 * k * math.sin(u * a2) * (1 - u * 0.6) + 36 * k * u))
    d.line(pts, fill=35, width=max(2, int(5 * k)), joint="curve")
    d.line([(sx + 60 * k, sy + 90 * k), (sx + 450 * k, sy + 66 * k)], fill=35, width=max(2, int(4 * k)))

def scan(name, clean_pdf, out_pdf, stamp=None, stamp_text=None):
    from PIL import ImageChops
    dpi = DPI[name]
    tmp = WORK / f"{name}-scan"; shutil.rmtree(tmp, ignore_errors=True); tmp.mkdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(clean_pdf), str(tmp / "p")], check=True)
    pages = sorted(tmp.glob("p-*.png")); rng = random.Random(name); ims = []
    for n, p in enumerate(pages):
        im = Image.open(p).convert("L")
        if stamp and n == stamp[0]:
            stamp_and_sign(im, stamp[1:], stamp_text, dpi, rng)
        im = im.rotate(SKEWS[name][n % len(SKEWS[name])], resample=Image.BICUBIC, fillcolor=255, expand=False,
                       translate=(rng.randint(-12, 12), rng.randint(-10, 10)))
        im = im.filter(ImageFilter.GaussianBlur(0.5 * dpi / 300 + 0.1))
        im = ImageChops.add(im, Image.effect_noise(im.size, 12), scale=1.0, offset=-128)
        im = im.point(lambda v: min(255, int(v * 0.92 + 16)))  # grey paper, lifted blacks
        d = ImageDraw.Draw(im); W, H = im.size
        for _ in range(300):
            x, y = rng.randrange(W), rng.randrange(H); r = rng.choice([1, 1, 2, 3])
            d.ellipse([x, y, x + r, y + r], fill=rng.randrange(40, 150))
        for k in range(14):  # scanner lid shadow on one edge
            d.line([(W - 1 - k, 0), (W - 1 - k, H)], fill=150 + k * 6)
        j = tmp / f"s-{n:02d}.jpg"; im.save(j, quality=rng.choice([62, 68, 72]), dpi=(dpi, dpi))
        ims.append(Image.open(j))
    img_pdf = tmp / "image.pdf"
    ims[0].save(img_pdf, save_all=True, append_images=ims[1:], resolution=float(dpi))
    if OCR[name]:
        subprocess.run(["ocrmypdf", "-l", "ita", "--output-type", "pdf", "-q", str(img_pdf), str(out_pdf)], check=True)
    else:
        shutil.copy(img_pdf, out_pdf)

def main(names):
    for name in names:
        c = json.load(open(HERE / f"{name}.content.json"))
        docx = WORK / f"{name}.docx"; build_docx(c, docx); soffice(docx, WORK, name)
        clean = WORK / f"{name}.pdf"
        words = readback_stream(clean)
        recs = records(c, words)
        stamp = stamp_text = None
        sg = [b for b in c["blocks"] if b["t"] == "sign"]
        if sg:
            k = DPI[name] / 72
            with pdfplumber.open(clean) as P:
                last = [pg for pg in P.pages if sg[0]["anchor"][1] in pg.extract_text()][-1]; spage = last.page_number - 1; ws = [w for w in last.extract_words() if w["text"] == sg[0]["anchor"][0]]
                nm = [w for w in last.extract_words() if w["text"] == sg[0]["anchor"][1]]
                stamp = (spage, int(ws[0]["x0"] * k), int(ws[0]["top"] * k), int(nm[0]["bottom"] * k))
            stamp_text = sg[0]["stamp"]
        out = HERE / f"{name}.pdf"
        scan(name, clean, out, stamp, stamp_text)
        with pdfplumber.open(clean) as P1, pdfplumber.open(out) as P2:
            assert len(P1.pages) == len(P2.pages)
            npages = len(P2.pages)
        truth = {"schema": "perfextract/records@1",
                 "_about": f"Generated by blind/r67/make_r67.py from {name}.content.json; pages read back from the text PDF rendered before scanning (work/{name}.pdf, same pages). Layout: {c['layout']}.",
                 "source": {"path": f"{name}.pdf", "sha256": hashlib.sha256(out.read_bytes()).hexdigest(), "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(HERE / f"{name}.truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records")

if __name__ == "__main__":
    main(sys.argv[1:] or [p.name[:-13] for p in sorted(HERE.glob("*.content.json"))])

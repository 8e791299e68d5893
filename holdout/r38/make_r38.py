"""Render r38 samples (python-docx -> LibreOffice PDF) and write truth from content."""
import json, re, subprocess, sys, os, hashlib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["asp-reggio-emilia-2024-relazione", "arpal-puglia-2025-piao", "cosef-friuli-2023-relazione"]

# ------------------------------------------------------------ value parsing
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"


def num(s):
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def parse(text):
    """(operator, value, value_max, unit) by RECORDS.md rules for the cells used here."""
    if text is None:
        return None, None, None, None
    t = text.strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{4}", t):
        return None, None, None, None
    op = "="
    for pre, o in ((">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<")):
        if t.startswith(pre):
            op, t = o, t[len(pre):].strip()
            break
    unit = None
    if t.startswith("€"):
        unit, t = "EUR", t[1:].strip()
    m = re.match(r"(" + NUM + r")\s*(.*)$", t)
    if not m:
        return None, None, None, None
    v = num(m.group(1))
    rest = m.group(2).strip()
    if re.search(r"\d", rest):
        return None, None, None, None
    if rest.startswith("mln"):
        v *= 1_000_000
        rest = rest[3:].strip()
    if rest.startswith("%"):
        unit = "%"
    elif re.match(r"(gg|giorni)\b", rest):
        unit = "days"
    elif rest.startswith("€"):
        unit = "EUR"
    return op, v, None, unit


def met_of(t, a, direction):
    top, tv, _, tu = t
    aop, av, _, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if top == ">=": return av >= tv
    if top == "<=": return av <= tv
    if top == ">": return av > tv
    if top == "<": return av < tv
    if av == tv:
        return True
    if direction == "up": return av > tv
    if direction == "down": return av < tv
    return None


def blank(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None,
             objective_code=None, objective_title=None, indicator_code=None, indicator=None,
             type=None, formula=None, unit=None, data_source=None, weight=None, baseline=None,
             year=None, target=None, target_operator=None, target_value=None, target_value_max=None,
             target_unit=None, actual=None, actual_operator=None, actual_value=None,
             actual_value_max=None, actual_unit=None, achievement=None, notes=None, status=None,
             status_text=None, comment=None, met=None)
    r.update(kw)
    return r


def fill_values(r, target, actual, direction):
    r["target"] = target or None
    r["actual"] = actual or None
    tp = parse(r["target"])
    ap = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    r["met"] = met_of(tp, ap, direction)


STATUS = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
          "Non raggiunto": "not_achieved", "Obiettivo sospeso": "suspended"}


def pct(s):
    if not s:
        return None
    return num(s.rstrip("%").strip())

# ------------------------------------------------------------ docx helpers


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def cell_borders(cell, **sides):
    """sides: top/bottom/left/right = (sz, color) or None for nil."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for side, spec in sides.items():
        e = OxmlElement("w:" + side)
        if spec is None:
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(spec[0])); e.set(qn("w:color"), spec[1])
        b.append(e)


def table_borders(table, sz, color, inside_v=True, outer_v=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if (side == "insideV" and not inside_v) or (side in ("left", "right") and not outer_v):
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def row_opts(row, header=False, cant_split=True):
    trPr = row._tr.get_or_add_trPr()
    if cant_split:
        e = OxmlElement("w:cantSplit"); trPr.append(e)
    if header:
        e = OxmlElement("w:tblHeader"); trPr.append(e)


def set_text(cell, text, size=9, bold=False, italic=False, color=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(1)
    p.paragraph_format.space_before = Pt(1)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.font.size = Pt(size); run.bold = bold; run.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def base_doc(font, size, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in ("Heading 1", "Heading 2", "Heading 3"):
        d.styles[s].font.name = font
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    return d


def footer_page(d, text):
    p = d.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text + "  –  pag. "); r.font.size = Pt(8)
    for kind, t in (("begin", None), (None, "PAGE"), ("end", None)):
        run = p.add_run(); run.font.size = Pt(8)
        if kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._r.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = t; run._r.append(it)


def simple_table(d, rows, style, widths_cm=None, size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if style == "grid":
        table_borders(t, 4, "000000")
    else:
        table_borders(t, 4, "808080", inside_v=False, outer_v=False)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_text(t.rows[i].cells[j], v, size=size, bold=(i == 0 or r[0].startswith("Totale")),
                     align=None if j == 0 else "c")
            if i == 0 and style != "grid":
                shade(t.rows[i].cells[j], "E7E6E6")
    if widths_cm:
        widths(t, widths_cm)
    return t


def prose(d, items, table_style):
    for kind, val in items:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            p = d.add_paragraph(val); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            simple_table(d, val, table_style)
            d.add_paragraph()


def cover(d, lines, sizes):
    for _ in range(5):
        d.add_paragraph()
    for ln, sz in zip(lines, sizes):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(14)
        r = p.add_run(ln); r.font.size = Pt(sz); r.bold = sz >= 14
    d.add_page_break()

# ------------------------------------------------------------ A: ASP (header shading, grid, objective band rows)


def render_asp(c, path):
    d = base_doc("Liberation Sans", 10)
    footer_page(d, "ASP Reggio Emilia – Relazione sulla performance 2024")
    cover(d, c["cover"], [20, 18, 10, 10])
    prose(d, c["intro"], "grid")
    recs = []
    for a in c["areas"]:
        d.add_heading(a["heading"], level=2)
        t = d.add_table(rows=1, cols=6)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, 4, "7F7F7F")
        W = [0.9, 6.6, 2.6, 2.6, 1.9, 2.4]
        hdr = t.rows[0]
        row_opts(hdr, header=True)
        for j, h in enumerate(c["header"]):
            set_text(hdr.cells[j], h, size=9, bold=True, color="FFFFFF", align="c")
            shade(hdr.cells[j], "1F5F6B")
        for o in a["objectives"]:
            r = t.add_row(); row_opts(r)
            m = r.cells[0].merge(r.cells[5])
            set_text(m, f"Obiettivo operativo {o['code']} – {o['title']}", size=9.5, bold=True)
            shade(m, "D5E8EC")
            for row in o["rows"]:
                code, ind, tg, ac, ach, st, direction, com = row
                r = t.add_row(); row_opts(r)
                for j, v in enumerate([code, ind, tg, ac, ach or "–" if False else (ach or ""), st]):
                    set_text(r.cells[j], v, size=9, align=None if j == 1 else "c")
                if com:
                    r2 = t.add_row(); row_opts(r2)
                    m2 = r2.cells[0].merge(r2.cells[5])
                    set_text(m2, com, size=8.5, italic=True)
                rec = blank(area_code=a["code"], area_title=a["title"], objective_level="operational",
                            objective_code=o["code"], objective_title=o["title"], indicator_code=code,
                            indicator=ind, year=2024, achievement=pct(ach),
                            status=STATUS[st], status_text=st, comment=com)
                fill_values(rec, tg, ac, direction)
                rec["_find"] = [ind, tg]
                recs.append(rec)
        widths(t, W)
        d.add_paragraph()
    prose(d, c["outro"], "grid")
    d.save(path)
    return recs

# ------------------------------------------------------------ B: ARPAL (landscape, banded rows, no vertical lines, merged hierarchy cols)


def render_arpal(c, path):
    d = base_doc("Liberation Sans Narrow", 11, landscape=True)
    footer_page(d, "ARPAL Puglia – PIAO 2025-2027")
    cover(d, c["cover"], [22, 13, 16, 16, 10])
    prose(d, c["intro"], "band")
    recs = []
    W = [4.2, 4.3, 6.5, 2.0, 2.5, 2.5, 2.5, 1.2]
    band = False
    for a in c["areas"]:
        d.add_heading(a["heading"], level=3)
        t = d.add_table(rows=1, cols=8)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, 4, "9BB7D4", inside_v=False, outer_v=False)
        hdr = t.rows[0]; row_opts(hdr, header=True)
        for j, h in enumerate(c["header"]):
            set_text(hdr.cells[j], h, size=9.5, bold=True, color="1F3864", align=None if j < 3 else "c")
            cell_borders(hdr.cells[j], top=(12, "1F3864"), bottom=(12, "1F3864"))
        for s in a["strategic"]:
            s_start = len(t.rows)
            for o in s["operational"]:
                o_start = len(t.rows)
                for row in o["rows"]:
                    ind, base, t25, t26, t27, peso = row
                    r = t.add_row(); row_opts(r)
                    vals = ["", "", ind, base, t25, t26, t27, peso]
                    band = not band
                    for j, v in enumerate(vals):
                        set_text(r.cells[j], v, size=9.5, align=None if j < 3 else "c")
                        if j >= 2 and band:
                            shade(r.cells[j], "DEEAF6")
                    for y, tg in zip(c["years"], (t25, t26, t27)):
                        rec = blank(area_code=a["code"], area_title=a["title"], objective_level="operational",
                                    objective_code=o["code"], objective_title=o["title"], indicator=ind,
                                    weight=pct(peso), baseline=base or None, year=y)
                        fill_values(rec, tg, None, None)
                        rec["_find"] = [ind, peso]
                        recs.append(rec)
                oc = t.rows[o_start].cells[1]
                if len(t.rows) - 1 > o_start:
                    oc = oc.merge(t.rows[len(t.rows) - 1].cells[1])
                set_text(oc, f"{o['code']} – {o['title']}", size=9.5)
                oc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            sc = t.rows[s_start].cells[0]
            if len(t.rows) - 1 > s_start:
                sc = sc.merge(t.rows[len(t.rows) - 1].cells[0])
            set_text(sc, f"{s['code']} – {s['title']}", size=9.5, bold=True)
        widths(t, W)
        d.add_paragraph()
    prose(d, c["outro"], "band")
    d.save(path)
    return recs

# ------------------------------------------------------------ C: COSEF (plain grid, bold objective titles, prose after tables)


def render_cosef(c, path):
    d = base_doc("Liberation Serif", 11)
    footer_page(d, "COSEF – Relazione sulla performance 2023")
    cover(d, c["cover"], [26, 14, 18, 14, 10])
    prose(d, c["intro"], "grid")
    recs = []
    W = [6.2, 1.7, 2.7, 1.9, 2.2, 1.9]
    for a in c["areas"]:
        d.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        for o in a["objectives"]:
            p = d.add_paragraph(); p.paragraph_format.keep_with_next = True
            r = p.add_run(f"Obiettivo {o['code']} – {o['title']}"); r.bold = True
            t = d.add_table(rows=1, cols=6)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t, 6, "000000")
            hdr = t.rows[0]; row_opts(hdr, header=True)
            for j, h in enumerate(c["header"]):
                set_text(hdr.cells[j], h, size=9, bold=True, align="c")
            for row in o["rows"]:
                ind, um, fonte, v22, tg, ac, direction = row
                r = t.add_row(); row_opts(r)
                for j, v in enumerate([ind, um, fonte, v22, tg, ac]):
                    set_text(r.cells[j], v, size=9, align=None if j == 0 else "c")
                common = dict(area_code=a["code"], area_title=a["title"], objective_level="strategic",
                              objective_code=o["code"], objective_title=o["title"], indicator=ind,
                              unit=um, data_source=fonte)
                r22 = blank(year=2022, **common)
                fill_values(r22, None, v22, direction)
                r22["_find"] = [ind, ac]
                r23 = blank(year=2023, **common)
                fill_values(r23, tg, ac, direction)
                r23["_find"] = [ind, ac]
                recs += [r22, r23]
            widths(t, W)
            if o.get("after"):
                p = d.add_paragraph(o["after"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                d.add_paragraph()
    prose(d, c["outro"], "grid")
    d.save(path)
    return recs

# ------------------------------------------------------------ read-back


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        pages = [[w["text"] for w in pg.extract_words(use_text_flow=False)] for pg in p.pages]
        npages = len(p.pages)
    # page word streams; find first 4 words of the indicator in sequence, scanning forward
    cur_page, cur_idx = 0, 0
    cache = {}
    for r in recs:
        name, last = r.pop("_find")
        key = name
        if key in cache:
            r["page"], r["page_end"] = cache[key]
            continue
        words = name.split()[:4]
        found = None
        pg, idx = cur_page, cur_idx
        while pg < npages and found is None:
            ws = pages[pg]
            for i in range(idx, len(ws)):
                if ws[i] != words[0]:
                    continue
                k, ok = i, True
                for w in words[1:]:
                    try:
                        k = ws.index(w, k + 1, k + 12)
                    except ValueError:
                        ok = False; break
                if ok:
                    found = (pg, i); break
            if found is None:
                pg, idx = pg + 1, 0
        assert found, ("not found", name)
        cur_page, cur_idx = found[0], found[1] + 1
        # last cell text must be on the same page after the start (rows cannot split)
        lw = last.split()
        ws = pages[found[0]]
        def seq(i):
            if ws[i] != lw[0]:
                return False
            k = i
            for w in lw[1:]:
                try:
                    k = ws.index(w, k + 1, k + 12)
                except ValueError:
                    return False
            return True
        ok = any(seq(i) for i in range(found[1], len(ws)))
        assert ok, ("last cell not on page", name, last, found[0] + 1)
        r["page"] = r["page_end"] = found[0] + 1
        cache[key] = (r["page"], r["page_end"])
    return npages


def main():
    os.chdir(HERE)
    render = {NAMES[0]: render_asp, NAMES[1]: render_arpal, NAMES[2]: render_cosef}
    for name in NAMES:
        c = json.load(open(name + ".content.json"))
        recs = render[name](c, name + ".docx")
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r38", "--headless",
                        "--convert-to", "pdf", name + ".docx"], check=True, capture_output=True)
        npages = readback(name + ".pdf", recs)
        sha = hashlib.sha256(open(name + ".pdf", "rb").read()).hexdigest()
        truth = {"schema": "perfextract/records@1",
                 "_about": "r38 blind sample; truth written from content by make_r38.py",
                 "source": {"path": name + ".pdf", "sha256": sha, "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records")


if __name__ == "__main__":
    main()

"""Round r14 generator: renders every NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
Usage: .venv/bin/python make_r14.py [name ...]"""
import json, os, subprocess, sys, shutil
from r14lib import record, locate, Cursor, page_words, write_truth, clean

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-r14"


def to_pdf(src):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, capture_output=True, timeout=240)
    return os.path.splitext(src)[0] + ".pdf"


def load(name):
    return json.load(open(os.path.join(HERE, name + ".content.json")))


# ------------------------------------------------------------------ Word helpers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.pdfbase.pdfmetrics import stringWidth


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true"); trPr.append(el)


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths_cm[i])


def add_page_number_footer(section, text, font="Arial", size=8):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.font.size = Pt(size); r.font.name = font
    run = p.add_run(); run.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def base_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hn, hs, col in (("Heading 1", 14, "1F3864"), ("Heading 2", 12, "1F3864"), ("Heading 3", 10.5, "2E74B5")):
        h = d.styles[hn]; h.font.name = font; h.font.size = Pt(hs); h.font.bold = True
        h.font.color.rgb = RGBColor.from_string(col)
        rpr = h.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d_or_cell, text, size=None, bold=False, align=None, space_after=None, italic=False, color=None):
    p = d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


BORDER = []


def wrap_lines(text, width_pt, size, font="Helvetica", check=True):
    if check:
        a, b, c = (wrap_lines(text, width_pt * f, size, font, False) for f in (0.95, 1.0, 1.04))
        if not a == b == c:
            BORDER.append((text, a, b, c))
        return b
    words = text.split(); lines = 1; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width_pt:
            cur = t
        else:
            if cur: lines += 1
            cur = w
    return lines


def cell_lines(cell, texts, size, line_pt, gap_pt, bold=False, align=None):
    """Write a list of (text, nlines) into the cell as paragraphs; pad with empty paragraphs."""
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    for k, (text, n, own) in enumerate(texts):
        for j in range(n - own + 1):
            p = cell.add_paragraph()
            pf = p.paragraph_format
            pf.space_before = Pt(0); pf.space_after = Pt(0)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = Pt(line_pt)
            if j == 0:
                r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
            else:
                r = p.add_run(""); r.font.size = Pt(size)
            if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            last_of_ind = (j == n - own)
            if last_of_ind and k < len(texts) - 1:
                pf.space_after = Pt(gap_pt)


# ------------------------------------------------------------------ sample 1: Comune, stacked indicators
def make_ravenna(name):
    C = load(name)
    d = base_doc()
    sec = d.sections[0]
    add_page_number_footer(sec, "Comune di Ravenna – Relazione sulla performance 2023 – pag. ")
    cv = C["cover"]
    for _ in range(5): para(d, "")
    para(d, cv[0], 22, True, "c", 4, color="1F3864")
    para(d, cv[1], 11, False, "c", 60)
    para(d, cv[2], 26, True, "c", 6, color="1F3864")
    para(d, cv[3], 20, True, "c", 30)
    para(d, cv[4], 10, False, "c", 120, italic=True)
    para(d, cv[5], 9, False, "c", 0)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for h, ps in C["intro"]:
        d.add_heading(h, 1)
        for t in ps: para(d, t, align="j", space_after=6)
    st = C["staff"]
    para(d, st["caption"], 9, True, space_after=3)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(st["header"]):
        c = t.rows[0].cells[i]; c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9)
        set_cell_shading(c, "D9E2F3")
    for row in st["rows"]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            r = cells[i].paragraphs[0].add_run(v); r.font.size = Pt(9); r.bold = row[0] == "Totale"
            if i: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_col_widths(t, [8.0, 3.0, 3.0, 3.0])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading(C["section"], 1)
    para(d, C["section_intro"], align="j", space_after=8)

    widths = [1.5, 2.9, 4.7, 2.7, 2.7, 2.5]
    size, line_pt, gap = 8.5, 10.5, 4
    avail = [(w - 0.38) * 28.3465 - 2 for w in widths]
    recs = []
    for area in C["areas"]:
        d.add_heading(f"Area strategica {area['code']} – {area['title']}", 2)
        for so in area["strategic"]:
            d.add_heading(f"Obiettivo strategico {so['code']} – {so['title']}", 3)
            t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
            for i, h in enumerate(C["header"]):
                c = t.rows[0].cells[i]; c.text = ""
                r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(255, 255, 255)
                set_cell_shading(c, "2E74B5")
            set_repeat_header(t.rows[0])
            for row in so["rows"]:
                cells = t.add_row().cells
                ns = []
                for ind in row["ind"]:
                    own = [wrap_lines(ind["name"], avail[2], size), wrap_lines(ind["target"], avail[3], size),
                           wrap_lines(ind["actual"], avail[4], size), wrap_lines(ind["stato"], avail[5], size)]
                    ns.append((max(own), own))
                cells[0].text = ""; r = cells[0].paragraphs[0].add_run(row["code"]); r.bold = True; r.font.size = Pt(size)
                cells[1].text = ""; r = cells[1].paragraphs[0].add_run(row["title"]); r.font.size = Pt(size)
                for ci, key in ((2, "name"), (3, "target"), (4, "actual"), (5, "stato")):
                    cell_lines(cells[ci], [(ind[key], n, own[ci - 2]) for ind, (n, own) in zip(row["ind"], ns)],
                               size, line_pt, gap, align="c" if ci >= 3 else None)
                for ind in row["ind"]:
                    recs.append(record(area_code=area["code"], area_title=area["title"], level="operational",
                                       obj_code=row["code"], obj_title=row["title"], indicator=ind["name"],
                                       year=2023, target=ind["target"], actual=ind["actual"],
                                       status_text=ind["stato"], direction=ind["dir"]))
            set_col_widths(t, widths)
            para(d, "", space_after=0)
            para(d, so["after"], 9.5, align="j", space_after=10, italic=True)
    h, ps = C["closing"]
    d.add_heading(h, 1)
    for tx in ps: para(d, tx, align="j", space_after=6)
    assert not BORDER, BORDER
    docx = os.path.join(HERE, name + ".docx"); d.save(docx)
    pdf = to_pdf(docx)
    # read-back
    cur = Cursor(page_words(pdf))
    for rec in recs:
        p0, p1, i = locate(cur, rec["indicator"])
        rec["page"], rec["page_end"] = p0, p1
        # the target / actual / status must be printed on the same line as the indicator's first line
        w0 = cur.word(i)
        line = [w for w in cur.pages[p0 - 1] if abs(w["top"] - w0["top"]) < 2.5 and w["x0"] > w0["x0"] + 100]
        linetxt = " ".join(w["text"] for w in line)
        for v in (rec["target"], rec["actual"], rec["status_text"]):
            first = v.split()[0]
            assert first in linetxt, ("misaligned", rec["indicator"], v, linetxt)
    n = write_truth(os.path.join(HERE, name + ".truth.json"), pdf, C["document"], recs)
    return n, len(recs)


# ------------------------------------------------------------------ sample 3: AO, schede di budget per U.O.
def itnum(x, dec=2):
    s = f"{x:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def make_cosenza(name):
    C = load(name)
    d = base_doc("Arial", 10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.9)
    add_page_number_footer(sec, "Azienda Ospedaliera di Cosenza – Relazione sulla performance 2023 – Allegato B – pag. ")
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("AZIENDA OSPEDALIERA DI COSENZA"); r.font.size = Pt(8); r.bold = True; r.font.color.rgb = RGBColor.from_string("8B0000")
    cv = C["cover"]
    for _ in range(4): para(d, "")
    para(d, cv[0], 10, False, "c", 6)
    para(d, cv[1], 22, True, "c", 4, color="8B0000")
    para(d, cv[2], 11, False, "c", 90)
    para(d, cv[3], 24, True, "c", 10)
    para(d, cv[4], 13, False, "c", 200, italic=True)
    para(d, cv[5], 11, False, "c", 0)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for h, ps in C["intro"]:
        d.add_heading(h, 1)
        for t in ps: para(d, t, align="j", space_after=6)
    bt = C["budget"]
    para(d, bt["caption"], 9, True, space_after=3)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(bt["header"]):
        c = t.rows[0].cells[i]; c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9)
        set_cell_shading(c, "F2DCDB")
    for row in bt["rows"]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            r = cells[i].paragraphs[0].add_run(v); r.font.size = Pt(9)
            if i: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_col_widths(t, [5.2, 3.0, 3.0, 3.0, 3.0])
    para(d, "", space_after=4)
    d.add_heading(C["section"], 1)
    para(d, C["section_intro"], align="j", space_after=8)
    widths = [3.1, 4.7, 1.1, 2.0, 2.0, 2.5, 1.8]
    recs = []
    for u in C["units"]:
        d.add_heading(f"{u['uo']} – {u['dir']}", 2)
        para(d, u["dip"], 9, italic=True, space_after=4).paragraph_format.keep_with_next = True
        t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
        for i, h in enumerate(C["header"]):
            c = t.rows[0].cells[i]; c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(7.5)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            set_cell_shading(c, "D9D9D9")
        set_repeat_header(t.rows[0])
        tot = 0.0
        first_of_obj = None
        for k, ind in enumerate(u["ind"]):
            row = t.add_row(); set_cant_split(row); cells = row.cells
            ach = ind["ach"]
            if ach == "n.v.":
                punt = "n.v."
            else:
                a = float(ach.rstrip("%").replace(",", ".")); p = ind["peso"] * a / 100; tot += p; punt = itnum(p)
            vals = [ind["obj"], ind["name"], str(ind["peso"]), ind["target"], ind["actual"], ach, punt]
            same = k > 0 and u["ind"][k - 1]["obj"] == ind["obj"]
            for i, v in enumerate(vals):
                c = cells[i]; c.text = ""
                if i == 0 and same:
                    continue
                r = c.paragraphs[0].add_run(v); r.font.size = Pt(8.5)
                if i >= 2: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if same:
                first_of_obj.merge(cells[0])
            else:
                first_of_obj = cells[0]
            code, title = ind["obj"].split(" ", 1)
            st = ind["actual"] if ind["actual"].lower() in ("obiettivo sospeso",) else None
            ach_num = None if ach == "n.v." else float(ach.rstrip("%").replace(",", "."))
            recs.append(record(area_code=code.split(".")[0], area_title=None, level="strategic", obj_code=code,
                               obj_title=title, indicator=ind["name"], weight=ind["peso"], year=None,
                               target=ind["target"], actual=ind["actual"], achievement=ach_num,
                               status_text=st, direction=ind["dir"]))
        row = t.add_row(); set_cant_split(row); cells = row.cells
        m = cells[0].merge(cells[1]); m.text = ""
        r = m.paragraphs[0].add_run("Totale punteggio"); r.bold = True; r.font.size = Pt(8.5)
        for i, v in ((2, "100"), (6, itnum(tot))):
            cells[i].text = ""; r = cells[i].paragraphs[0].add_run(v); r.bold = True; r.font.size = Pt(8.5)
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i in range(7):
            set_cell_shading(cells[i], "F2F2F2")
        set_col_widths(t, widths)
        para(d, "", space_after=0)
        para(d, u["after"], 9.5, align="j", space_after=10)
    h, ps = C["closing"]
    d.add_heading(h, 1)
    for tx in ps: para(d, tx, align="j", space_after=6)
    para(d, "", space_after=20)
    para(d, "Il Direttore della U.O.C. Programmazione e Controllo di Gestione", 10, align="r", space_after=2)
    para(d, "Dott.ssa Rossella Pugliese", 10, align="r", italic=True)
    docx = os.path.join(HERE, name + ".docx"); d.save(docx)
    pdf = to_pdf(docx)
    cur = Cursor(page_words(pdf))
    for rec in recs:
        p0, p1, i = locate(cur, rec["indicator"])
        rec["page"], rec["page_end"] = p0, p1
        w0 = cur.word(i)
        pg = cur.pages[p0 - 1]
        near = " ".join(w["text"] for w in pg if abs(w["top"] - w0["top"]) < 40 and w["x0"] > w0["x0"] + 100)
        for v in (rec["target"], rec["actual"]):
            assert v.split()[-1] in near, (rec["indicator"], v, near)
    n = write_truth(os.path.join(HERE, name + ".truth.json"), pdf, C["document"], recs)
    return n, len(recs)


# ------------------------------------------------------------------ sample 2: ARPA, Calc, vertical colour bands
def make_arpa(name):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    from r14lib import parse_value
    C = load(name)
    wb = Workbook(); ws = wb.active; ws.title = "Allegato 1"
    ws.sheet_view.showGridLines = False
    CW = (17, 33, 5, 11, 11, 9)
    for col, w in zip("ABCDEF", CW):
        ws.column_dimensions[col].width = w
    F = lambda c: PatternFill("solid", fgColor=c)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = C["cover"][0]; ws["A1"].font = Font(name="Arial", size=18, bold=True, color="00703C")
    ws["A2"] = C["cover"][1]; ws["A2"].font = Font(name="Arial", size=11, color="00703C")
    ws["A4"] = C["cover"][2]; ws["A4"].font = Font(name="Arial", size=15, bold=True)
    ws["A5"] = C["cover"][3]; ws["A5"].font = Font(name="Arial", size=11, italic=True)
    r = 7
    for t in C["summary_text"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, t); c.font = Font(name="Arial", size=10); c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        ws.row_dimensions[r].height = 13 * (len(t) // 110 + 1) + 4
        r += 1
    r += 1
    st = C["summary_table"]
    ws.cell(r, 1, st["caption"]).font = Font(name="Arial", size=10, bold=True); r += 1
    cols = [1, 4, 5]
    for i, h in enumerate(st["header"]):
        c = ws.cell(r, cols[i], h); c.font = Font(name="Arial", size=9, bold=True); c.fill = F("D9D9D9")
        c.alignment = Alignment(wrap_text=True, horizontal="left" if i == 0 else "right", vertical="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.row_dimensions[r].height = 38
    r += 1
    for row in st["rows"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        for i, v in enumerate(row):
            c = ws.cell(r, cols[i], v); c.font = Font(name="Arial", size=9, bold=row[0].startswith("Totale"))
            if i: c.alignment = Alignment(horizontal="right")
        r += 1
    r += 1
    ws.cell(r, 1, "Obiettivi e indicatori di performance organizzativa – consuntivo 2022").font = Font(name="Arial", size=12, bold=True, color="00703C")
    r += 2
    hdr = r
    bands = ["E3EEF7", "E3EEF7", "EFEFEF", "E7F2E0", "E7F2E0", "FCEEDC"]
    for i, h in enumerate(C["header"]):
        c = ws.cell(r, 1 + i, h); c.font = Font(name="Arial", size=9, bold=True, color="FFFFFF"); c.fill = F("1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if i < 2 else "center")
    ws.row_dimensions[r].height = 26
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    recs = []; devs = []
    for ind in C["rows"]:
        t = parse_value(ind["target"]); a = parse_value(ind["actual"])
        if t[1] is not None and a[1] is not None and t[1] != 0:
            dv = (a[1] - t[1]) / t[1] * 100; devs.append(dv)
            sc = ("+" if dv > 0.05 else "") + f"{dv:.1f}".replace(".", ",") + "%"
            if sc in ("-0,0%",): sc = "0,0%"
        else:
            sc = "–"
        vals = [ind["obj"], ind["name"], ind["um"], ind["target"], ind["actual"], sc]
        for i, v in enumerate(vals):
            c = ws.cell(r, 1 + i, v); c.font = Font(name="Arial", size=10); c.fill = F(bands[i])
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if i < 2 else ("center" if i == 2 else "right"))
        cwpt = [w * 7 - 6 for w in CW]
        nl = max(wrap_lines(v, cwpt[i] * 0.95, 10, check=False) for i, v in enumerate(vals))
        ws.row_dimensions[r].height = 12.6 * nl + 5
        code, title = ind["obj"].split(" ", 1)
        recs.append(record(area_code=code.split(".")[0], level="strategic", obj_code=code, obj_title=title,
                           indicator=ind["name"], unit=ind["um"], year=None, target=ind["target"], actual=ind["actual"],
                           direction=ind["dir"]))
        r += 1
    avg = sum(devs) / len(devs)
    vals = [C["total_label"], "", "", "", "", ("+" if avg > 0 else "") + f"{avg:.1f}".replace(".", ",") + "%"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for i, v in enumerate(vals):
        c = ws.cell(r, 1 + i, v if v else None); c.font = Font(name="Arial", size=9, bold=True); c.fill = F("C9D9EA" if i < 2 else ("DADADA" if i == 2 else ("D2E6C5" if i < 5 else "F6D6AE")))
        c.alignment = Alignment(horizontal="left" if i < 2 else "right", vertical="center")
    ws.row_dimensions[r].height = 20
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(r, 1, C["footnote"]); c.font = Font(name="Arial", size=8, italic=True); c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 36
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8
    ws.oddFooter.center.text = "ARPA Piemonte – Relazione sulla performance 2022 – Allegato 1 – Pagina &P di &N"
    ws.oddFooter.center.size = 8
    xlsx = os.path.join(HERE, name + ".xlsx"); wb.save(xlsx)
    pdf = to_pdf(xlsx)
    cur = Cursor(page_words(pdf))
    for rec in recs:
        p0, p1, i = locate(cur, rec["indicator"])
        rec["page"], rec["page_end"] = p0, p1
        w0 = cur.word(i)
        line = " ".join(w["text"] for w in cur.pages[p0 - 1] if abs(w["top"] - w0["top"]) < 2.5)
        for v in (rec["target"], rec["actual"]):
            assert v.split()[0] in line, (rec["indicator"], v, line)
    n = write_truth(os.path.join(HERE, name + ".truth.json"), pdf, C["document"], recs)
    return n, len(recs)


# ------------------------------------------------------------------ sample 4: Città metropolitana, reportlab two-column prose + full-width tables
def make_bari(name):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                    NextPageTemplate, PageBreak, CondPageBreak)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fd = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LS", fd + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LS-B", fd + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LS-I", fd + "LiberationSans-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-B")
    C = load(name)
    W, H = A4
    M = 1.6 * cm
    pdf = os.path.join(HERE, name + ".pdf")
    doc = BaseDocTemplate(pdf, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=2.2 * cm, bottomMargin=1.8 * cm,
                          title="Piano della performance 2024-2026", author="Città metropolitana di Bari")
    fw = W - 2 * M; fh = H - 2.2 * cm - 1.8 * cm; gut = 0.7 * cm; cw = (fw - gut) / 2
    BLUE = colors.HexColor("#7A1F2B")

    def deco(c, d):
        if d.page == 1:
            return
        c.saveState()
        c.setFont("LS", 7.5); c.setFillColor(colors.HexColor("#555555"))
        c.drawString(M, H - 1.4 * cm, "Città metropolitana di Bari")
        c.drawRightString(W - M, H - 1.4 * cm, "Piano della performance 2024 – 2026")
        c.setStrokeColor(BLUE); c.setLineWidth(0.8); c.line(M, H - 1.55 * cm, W - M, H - 1.55 * cm)
        c.drawCentredString(W / 2, 1.1 * cm, str(d.page))
        c.restoreState()

    doc.addPageTemplates([
        PageTemplate("cover", [Frame(M, 1.8 * cm, fw, fh, id="c")], onPage=deco),
        PageTemplate("two", [Frame(M, 1.8 * cm, cw, fh, id="l", leftPadding=0, rightPadding=0),
                             Frame(M + cw + gut, 1.8 * cm, cw, fh, id="r", leftPadding=0, rightPadding=0)], onPage=deco),
        PageTemplate("full", [Frame(M, 1.8 * cm, fw, fh, id="f", leftPadding=0, rightPadding=0)], onPage=deco)])
    body = ParagraphStyle("b", fontName="LS", fontSize=9.3, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=11.5, leading=14, textColor=BLUE, spaceBefore=8, spaceAfter=5, keepWithNext=1)
    cell = ParagraphStyle("c", fontName="LS", fontSize=7.4, leading=8.9, alignment=TA_LEFT)
    cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("ch", parent=cell, fontName="LS-B")
    cellhc = ParagraphStyle("chc", parent=cellh, alignment=TA_CENTER)
    st = []
    cv = C["cover"]
    cs = lambda sz, b=False, col=colors.black, sa=6: ParagraphStyle("x", fontName="LS-B" if b else "LS", fontSize=sz, leading=sz * 1.25, alignment=TA_CENTER, textColor=col, spaceAfter=sa)
    st += [Spacer(1, 3 * cm), Paragraph(cv[0], cs(22, True, BLUE, 6)), Paragraph(cv[1], cs(10.5, sa=4 * cm)),
           Paragraph(cv[2], cs(26, True, sa=8)), Paragraph(cv[3], cs(20, True, BLUE, 1.2 * cm)),
           Paragraph(cv[4], cs(11, sa=6 * cm)), Paragraph(cv[5], cs(9))]
    st += [NextPageTemplate("two"), PageBreak()]
    for h, ps in C["prose1"]:
        st.append(Paragraph(h, h1))
        st += [Paragraph(t, body) for t in ps]
    fin = C["fin"]
    ft = Table([[Paragraph(x, cellh) for x in fin["header"]]] + [[Paragraph(r[0], cellh if r[0] == "Totale" else cell),
               Paragraph(r[1], ParagraphStyle("rr", parent=cellh if r[0] == "Totale" else cell, alignment=2))] for r in fin["rows"]],
               colWidths=[cw * 0.62, cw * 0.38])
    ft.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, BLUE),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, BLUE), ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E6E8"))]))
    st += [Spacer(1, 3), ft, Paragraph("Fonte: Bilancio di previsione 2024-2026, stanziamenti di competenza.", ParagraphStyle("fn", parent=cell, fontName="LS-I", spaceBefore=3, spaceAfter=6))]
    for h, ps in C["prose2"]:
        st.append(Paragraph(h, h1))
        st += [Paragraph(t, body) for t in ps]
    st += [NextPageTemplate("full"), PageBreak()]
    st.append(Paragraph(C["table_title"], h1))
    st.append(Paragraph("Valori target per ciascuna annualità del triennio; baseline riferita all'ultimo dato consolidato disponibile (anno 2023, salvo diversa indicazione).", ParagraphStyle("tn", parent=body, fontSize=8.5, leading=11)))
    data = [[Paragraph(h, cellhc if i >= 4 else cellh) for i, h in enumerate(C["header"])]]
    recs = []
    for mi in C["missions"]:
        acode, atitle = mi["m"].split(" – ", 1)
        firstm = True
        for pr in mi["programs"]:
            firstp = True
            for ob in pr["objs"]:
                ocode, otitle = ob["o"].split(" – ", 1)
                firsto = True
                for ind in ob["ind"]:
                    row = [Paragraph(mi["m"], cell) if firstm else "", Paragraph(pr["p"], cell) if firstp else "",
                           Paragraph(ob["o"], cell) if firsto else "", Paragraph(ind["name"], cell),
                           Paragraph(ind["baseline"], cellc)] + [Paragraph(t, cellc) if t else "" for t in ind["t"]]
                    data.append(row)
                    firstm = firstp = firsto = False
                    for y, t in zip((2024, 2025, 2026), ind["t"]):
                        recs.append(record(area_code=acode, area_title=atitle, level="strategic", obj_code=ocode,
                                           obj_title=otitle, indicator=ind["name"], baseline=ind["baseline"], year=y,
                                           target=t or None, actual=None, direction=ind["dir"]))
    widths = [60, 70, 80, 106, 50, 52, 52, 52]
    sc = fw / sum(widths)
    tb = Table(data, colWidths=[w * sc for w in widths], repeatRows=1)
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.HexColor("#808080")),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
          ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for r in range(1, len(data) - 1):
        ts.append(("LINEBELOW", (0, r), (-1, r), 0.35, colors.HexColor("#B0B0B0")))
    tb.setStyle(TableStyle(ts))
    st.append(tb)
    st.append(Paragraph("n.d. = target non determinabile alla data di approvazione del Piano; la cella vuota indica che l'intervento si conclude nell'annualità precedente.", ParagraphStyle("fn2", parent=cell, fontName="LS-I", spaceBefore=6)))
    st += [NextPageTemplate("two"), PageBreak()]
    for h, ps in C["prose3"]:
        st.append(Paragraph(h, h1))
        st += [Paragraph(t, body) for t in ps]
    doc.build(st)
    cur = Cursor(page_words(pdf))
    for k in range(0, len(recs), 3):
        rec = recs[k]
        p0, p1, i = locate(cur, rec["indicator"])
        w0 = cur.word(i)
        line = " ".join(w["text"] for w in cur.pages[p0 - 1] if abs(w["top"] - w0["top"]) < 2.5)
        for r3 in recs[k:k + 3]:
            r3["page"], r3["page_end"] = p0, p1
            if r3["target"]:
                assert r3["target"].split()[0] in line, (r3["indicator"], r3["target"], line)
    n = write_truth(os.path.join(HERE, name + ".truth.json"), pdf, C["document"], recs)
    return n, len(recs)


MAKERS = {"comune-ravenna-2023-relazione": make_ravenna, "ao-cosenza-2023-relazione": make_cosenza, "arpa-piemonte-2022-relazione": make_arpa, "citta-metropolitana-bari-2024-piano": make_bari}

if __name__ == "__main__":
    names = sys.argv[1:] or list(MAKERS)
    for nm in names:
        n, k = MAKERS[nm](nm)
        print(nm, "pages", n, "records", k)

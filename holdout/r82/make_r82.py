"""r82: renders the three samples from their content files (python-docx / openpyxl -> LibreOffice),
re-distils each PDF through Ghostscript as a virtual printer would, and writes *.truth.json FROM THE CONTENT.
Run: .venv/bin/python content_r82.py && .venv/bin/python make_r82.py"""
import json, os, re, subprocess, sys, shutil
import pdfplumber
from valparse82 import parse, met as met_of

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
os.makedirs("build", exist_ok=True)
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-r82", "--headless", "--convert-to", "pdf", "--outdir", "build"]

STATUS = [("PARZIALMENTE RAGGIUNTO", "partially_achieved"), ("NON RAGGIUNTO", "not_achieved"),
          ("SOSPESO", "suspended"), ("RAGGIUNTO", "achieved")]


def status_of(text):
    for k, v in STATUS:
        if text and k in text.upper():
            return v
    return None


def pct(s):
    if s is None or not re.search(r"\d", s):
        return None
    return float(s.replace('%', '').strip().replace('.', '').replace(',', '.'))


ORDER = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
         "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
         "target", "target_operator", "target_value", "target_value_max", "target_unit",
         "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
         "achievement", "notes", "status", "status_text", "comment", "met"]


def nn(v):
    if v is None:
        return None
    v = " ".join(str(v).split())
    return v or None


def record(cells, **kw):
    r = {k: None for k in ORDER}
    for k, v in kw.items():
        assert k in r, k
        r[k] = nn(v) if isinstance(v, str) else v
    t = parse(r["target"]); a = parse(r["actual"])
    for pre, p in (("target", t), ("actual", a)):
        r[pre + "_operator"], r[pre + "_value"], r[pre + "_value_max"], r[pre + "_unit"] = p[:4]
    r["met"] = met_of(r["indicator"], t, a)
    r["_cells"] = [x for x in cells if x]
    return r


# ============================================================================ Word helpers
def word_tools():
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    def trpr(row, tag):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement(tag); e.set(qn("w:val"), "true"); trPr.append(e)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        e = OxmlElement("w:shd"); e.set(qn("w:val"), "clear"); e.set(qn("w:color"), "auto"); e.set(qn("w:fill"), color)
        tcPr.append(e)

    def widths(t, ws):
        t.autofit = False
        for j, w in enumerate(ws):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(ws):
                row.cells[j].width = Cm(w)

    def put(cell, text, size, bold=False, italic=False, align=None, font="Arial"):
        cell.text = ""
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(1)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text or ""); r.font.size = Pt(size); r.bold = bold; r.italic = italic; r.font.name = font
        return p

    def page_field(par, size, prefix=""):
        if prefix:
            rr = par.add_run(prefix); rr.font.size = Pt(size)
        r2 = par.add_run(); r2.font.size = Pt(size)
        for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if t:
                e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
            else:
                e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)

    def light(t):
        """lightly ruled: horizontal rules only, no vertical lines"""
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge, val, sz, col in (("top", "single", "10", "005A32"), ("left", "nil", "0", "auto"),
                                   ("bottom", "single", "10", "005A32"), ("right", "nil", "0", "auto"),
                                   ("insideH", "single", "4", "A6A6A6"), ("insideV", "nil", "0", "auto")):
            e = OxmlElement("w:" + edge); e.set(qn("w:val"), val); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "0")
            e.set(qn("w:color"), col); b.append(e)
        for old in tblPr.findall(qn("w:tblBorders")):
            tblPr.remove(old)
        tblPr.append(b)

    return dict(trpr=trpr, shade=shade, widths=widths, put=put, page_field=page_field, light=light)


# ============================================================================ A: Comune di Macerata (Word, serif)
def make_A(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    T = word_tools()
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(6)
    for hn, sz in (("Heading 1", 14), ("Heading 2", 12.5), ("Heading 3", 11.5)):
        h = doc.styles[hn]; h.font.name = "Times New Roman"; h.font.size = Pt(sz); h.font.bold = True
        h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run("Comune di Macerata – Relazione sulla performance 2024"); r.font.size = Pt(8.5); r.italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    T["page_field"](fp, 9, "pag. ")

    sizes = [20, 11, 24, 18, 10, 9.5]
    before = [60, 6, 170, 6, 10, 250]
    for k, line in enumerate(c["cover"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before[k])
        r = p.add_run(line); r.bold = k in (0, 2, 3); r.italic = k in (1, 5); r.font.size = Pt(sizes[k])
        if k in (0, 2):
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def plain_table(tb):
        cap = doc.add_paragraph(); rr = cap.add_run(tb["title"]); rr.bold = True; rr.font.size = Pt(10)
        cap.paragraph_format.keep_with_next = True; cap.paragraph_format.space_after = Pt(3)
        n = len(tb["header"])
        t = doc.add_table(rows=1, cols=n); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(tb["header"]):
            T["put"](t.rows[0].cells[j], h, 9.5, bold=True, align="c" if j else None, font="Times New Roman")
            T["shade"](t.rows[0].cells[j], "DCE6F1")
        for row in tb["rows"]:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                T["put"](cells[j], v, 9.5, bold=row[0] == "Totale", align="c" if j else None, font="Times New Roman")
        T["widths"](t, [17.0 - 3.2 * (n - 1)] + [3.2] * (n - 1))
        doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def blocks(bl):
        for b in bl:
            if "h" in b:
                doc.add_heading(b["h"], level=1)
            elif "p" in b:
                p = doc.add_paragraph(b["p"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif "table" in b:
                plain_table(b["table"])

    blocks(c["front"])
    recs = []
    W = [1.4, 5.0, 2.3, 2.3, 2.8, 3.2]
    for a in c["areas"]:
        h = doc.add_heading(f"Area strategica {a['code']} – {a['title']}", level=2)
        for s in a["strategic"]:
            h = doc.add_heading(f"Obiettivo strategico {s['code']} – {s['title']}", level=3)
            for o in s["operational"]:
                p = doc.add_paragraph(); p.paragraph_format.keep_with_next = True
                p.paragraph_format.space_before = Pt(4); p.paragraph_format.space_after = Pt(4)
                r = p.add_run(f"Obiettivo operativo {o['code']} – {o['title']}"); r.bold = True; r.italic = True
                r.font.size = Pt(11)
                t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for j, hh in enumerate(c["table_header"]):
                    T["put"](t.rows[0].cells[j], hh, 8.5, bold=True, align="c" if j != 1 else None)
                    T["shade"](t.rows[0].cells[j], "DCE6F1")
                T["trpr"](t.rows[0], "w:tblHeader"); T["trpr"](t.rows[0], "w:cantSplit")
                for x in o["indicators"]:
                    row = t.add_row(); T["trpr"](row, "w:cantSplit")
                    vals = [x["code"], x["indicator"], x["target"], x["actual"], x["ach"], x["esito"]]
                    for j, v in enumerate(vals):
                        T["put"](row.cells[j], v, 8.5, bold=(j == 5), align="c" if j != 1 else None)
                    if x.get("note_row"):
                        nr = t.add_row(); T["trpr"](nr, "w:cantSplit")
                        m = nr.cells[1].merge(nr.cells[5])
                        T["put"](m, x["note_row"], 8, italic=True)
                    comment = x.get("note_row") or (o.get("after") if len(o["indicators"]) == 1 else None)
                    recs.append(record(vals[1:], area_code=a["code"], area_title=a["title"],
                                       objective_level="operational", objective_code=o["code"], objective_title=o["title"],
                                       indicator_code=x["code"], indicator=x["indicator"], year=2024,
                                       target=x["target"], actual=x["actual"], achievement=pct(x["ach"]),
                                       status=status_of(x["esito"]), status_text=x["esito"], comment=comment))
                T["widths"](t, W)
                # keep the header with the first indicator row
                for cell in t.rows[0].cells:
                    for pp in cell.paragraphs:
                        pp.paragraph_format.keep_with_next = True
                sp = doc.add_paragraph(); sp.paragraph_format.space_after = Pt(2)
                if o.get("after"):
                    p = doc.add_paragraph(o["after"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    blocks(c["back"])
    out = "build/" + c["name"] + ".docx"
    doc.save(out)
    shutil.copy(out, c["name"] + ".docx")
    subprocess.run(LO + [c["name"] + ".docx"], check=True, capture_output=True)
    return recs, "3. I risultati della performance"


# ============================================================================ B: Provincia di Cuneo (Word, sans)
def make_B(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    T = word_tools()
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    for hn, sz in (("Heading 1", 13.5), ("Heading 2", 12), ("Heading 3", 11)):
        h = doc.styles[hn]; h.font.name = "Arial"; h.font.size = Pt(sz); h.font.bold = True
        h.font.color.rgb = RGBColor(0x00, 0x5A, 0x32)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("PIAO 2025–2027 – Provincia di Cuneo"); r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    T["page_field"](fp, 8.5)

    sizes = [22, 17, 17, 9.5, 10]
    before = [90, 150, 4, 14, 260]
    for k, line in enumerate(c["cover"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before[k])
        r = p.add_run(line); r.bold = k in (0, 1, 2); r.font.size = Pt(sizes[k]); r.italic = k == 3
        if k in (0, 1):
            r.font.color.rgb = RGBColor(0x00, 0x5A, 0x32)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def grid(header, rows, ws, size=9, light=False):
        t = doc.add_table(rows=1 if header else 0, cols=len(ws)); t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if header:
            for j, h in enumerate(header):
                T["put"](t.rows[0].cells[j], h, size, bold=True)
                T["shade"](t.rows[0].cells[j], "E2EFDA")
            T["trpr"](t.rows[0], "w:tblHeader")
        for row in rows:
            rr = t.add_row(); T["trpr"](rr, "w:cantSplit")
            for j, v in enumerate(row):
                T["put"](rr.cells[j], v, size, bold=(row[0] == "Totale") or (header is None and j == 0))
                if header is None and j == 0:
                    T["shade"](rr.cells[j], "F2F2F2")
        T["widths"](t, ws)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return t

    doc.add_heading("Sezione 1 – Scheda anagrafica dell'amministrazione", level=1)
    grid(None, c["anagrafica"], [6.0, 11.0], 9.5)
    doc.add_heading("Sezione 2 – Valore pubblico, performance e anticorruzione", level=1)
    doc.add_heading("2.1 Valore pubblico", level=2)
    for ptxt in c["valore_pubblico"]:
        p = doc.add_paragraph(ptxt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_heading("2.2 Performance", level=2)
    p = doc.add_paragraph("Le tabelle che seguono riportano, per ciascuna area strategica e obiettivo operativo, gli indicatori di performance con la fonte del dato, la baseline e i valori attesi per le tre annualità del Piano. Le celle vuote indicano annualità per le quali il valore atteso sarà definito in sede di aggiornamento del Piano.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    recs = []
    W = [1.1, 5.0, 3.0, 2.0, 2.0, 2.0, 2.0]
    for a in c["areas"]:
        h = doc.add_heading(f"Area strategica {a['code']} – {a['title']}", level=3)
        for o in a["objectives"]:
            p = doc.add_paragraph(); p.paragraph_format.keep_with_next = True; p.paragraph_format.space_after = Pt(3)
            r = p.add_run(f"Obiettivo operativo {o['code']} – {o['title']}"); r.bold = True; r.font.size = Pt(10)
            t = doc.add_table(rows=1, cols=7); t.alignment = WD_TABLE_ALIGNMENT.CENTER
            T["light"](t)
            for j, hh in enumerate(c["table_header"]):
                T["put"](t.rows[0].cells[j], hh, 8, bold=True, align="c" if j >= 3 else None)
                T["shade"](t.rows[0].cells[j], "E2EFDA")
                for pp in t.rows[0].cells[j].paragraphs:
                    pp.paragraph_format.keep_with_next = True
            T["trpr"](t.rows[0], "w:tblHeader"); T["trpr"](t.rows[0], "w:cantSplit")
            for x in o["indicators"]:
                row = t.add_row(); T["trpr"](row, "w:cantSplit")
                vals = [x["code"], x["indicator"], x["fonte"], x["baseline"]] + [x["targets"][y] for y in ("2025", "2026", "2027")]
                for j, v in enumerate(vals):
                    T["put"](row.cells[j], v, 8, align="c" if j >= 3 else None)
                for y in ("2025", "2026", "2027"):
                    recs.append(record(vals[1:], area_code=a["code"], area_title=a["title"], objective_level="operational",
                                       objective_code=o["code"], objective_title=o["title"], indicator_code=x["code"],
                                       indicator=x["indicator"], data_source=x["fonte"], baseline=x["baseline"],
                                       year=int(y), target=x["targets"][y] or None))
            T["widths"](t, W)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
    doc.add_heading("2.3 Rischi corruttivi e trasparenza", level=2)
    p = doc.add_paragraph("La mappatura dei processi ha individuato le aree a più elevato rischio corruttivo; per ciascun evento rischioso sono programmate misure specifiche di prevenzione, il cui stato di attuazione è monitorato semestralmente dal Responsabile della prevenzione della corruzione e della trasparenza.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    grid(c["rischi"]["header"], c["rischi"]["rows"], [3.6, 3.8, 2.2, 4.4, 3.0], 8.5)
    doc.add_heading("Sezione 3 – Organizzazione e capitale umano", level=1)
    p = doc.add_paragraph("Il piano triennale dei fabbisogni di personale prevede, nel rispetto dei limiti di spesa, le seguenti assunzioni per area di inquadramento, finalizzate in particolare al rafforzamento dei settori tecnici e della Stazione unica appaltante.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    grid(c["personale"]["header"], c["personale"]["rows"], [5.4, 3.2, 2.8, 2.8, 2.8], 9)
    doc.add_heading("Sezione 4 – Monitoraggio", level=1)
    p = doc.add_paragraph("Il monitoraggio della sezione Performance è effettuato con cadenza semestrale dal Servizio Controllo di gestione, che raccoglie i valori degli indicatori dai settori e ne verifica l'affidabilità; gli esiti confluiscono nella Relazione sulla performance, validata dal Nucleo di valutazione.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    out = "build/" + c["name"] + ".docx"
    doc.save(out)
    shutil.copy(out, c["name"] + ".docx")
    subprocess.run(LO + [c["name"] + ".docx"], check=True, capture_output=True)
    return recs, "2.2 Performance"


# ============================================================================ C: Comune di Rovigo (Calc)
def make_C(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    F = "Arial"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    def lines(text, width):
        if not text:
            return 1
        words = str(text).split(); n = 1; cur = 0; cap = width * 1.15
        for w in words:
            if cur and cur + 1 + len(w) > cap:
                n += 1; cur = len(w)
            else:
                cur += (1 if cur else 0) + len(w)
        return n

    # --- sheet 1: cover + premessa
    ws = wb.active; ws.title = "Frontespizio"
    for col, w in zip("ABCD", (40, 18, 18, 18)):
        ws.column_dimensions[col].width = w
    r = 4
    fs = [20, 11, 17, 12, 9.5]; hs = [32, 20, 90, 24, 150]
    for k, line in enumerate(c["cover"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        cell = ws.cell(r, 1, line)
        cell.font = Font(name=F, bold=k in (0, 2), italic=k in (1, 4), size=fs[k], color="7B2C2C" if k in (0, 2) else "000000")
        cell.alignment = Alignment(horizontal="center", vertical="bottom" if k in (2, 4) else "center", wrap_text=True)
        ws.row_dimensions[r].height = hs[k]
        r += 1
    r += 2
    for k, para in enumerate(c["premessa"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        cell = ws.cell(r, 1, para)
        cell.font = Font(name=F, bold=(k == 0), size=12 if k == 0 else 10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify" if k else "left")
        ws.row_dimensions[r].height = 20 if k == 0 else 13.2 * (len(para) // 98 + 1) + 4
        r += 1
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.oddFooter.right.text = "Pagina &P di &N"

    # --- sheet 2: objectives and indicators
    ws = wb.create_sheet("Obiettivi PEG 2025")
    widths = [6, 52, 13, 8, 16, 17, 30]
    cols = "ABCDEFG"
    for j, w in enumerate(widths):
        ws.column_dimensions[cols[j]].width = w
    ws.merge_cells("A1:G1")
    ws["A1"] = "PIANO ESECUTIVO DI GESTIONE 2025 – Obiettivi di gestione e indicatori per Centro di responsabilità"
    ws["A1"].font = Font(name=F, bold=True, size=12, color="7B2C2C"); ws.row_dimensions[1].height = 22
    r = 3
    for j, h in enumerate(c["header"], 1):
        cell = ws.cell(r, j, h); cell.font = Font(name=F, bold=True, size=9, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7B2C2C"); cell.alignment = center; cell.border = box
    ws.row_dimensions[r].height = 28
    ws.print_title_rows = "3:3"
    r += 1
    recs = []
    for a in c["cdr"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell = ws.cell(r, 1, f"Centro di responsabilità {a['code']} – {a['title']}")
        cell.font = Font(name=F, bold=True, size=10); cell.fill = PatternFill("solid", fgColor="E6C9C9")
        for j in range(1, 8):
            ws.cell(r, j).border = box
        ws.row_dimensions[r].height = 20
        r += 1
        for o in a["objectives"]:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cell = ws.cell(r, 1, f"Obiettivo operativo {o['code']} – {o['title']}")
            cell.font = Font(name=F, bold=True, italic=True, size=9.5); cell.fill = PatternFill("solid", fgColor="F5EBEB")
            for j in range(1, 8):
                ws.cell(r, j).border = box
            ws.row_dimensions[r].height = 18
            r += 1
            for x in o["indicators"]:
                vals = [x["n"], x["indicator"], x["um"], x["peso"], x["v2024"], x["t2025"], x["note"]]
                h = max(lines(v, widths[j]) for j, v in enumerate(vals))
                for j, v in enumerate(vals, 1):
                    cell = ws.cell(r, j, v)
                    cell.font = Font(name=F, size=9); cell.border = box
                    cell.alignment = center if j in (1, 3, 4, 5, 6) else wrap
                ws.row_dimensions[r].height = 12.5 * h + 5
                r += 1
                recs.append(record([x["indicator"], x["um"], x["peso"], x["v2024"], x["t2025"], x["note"]],
                                   area_code=a["code"], area_title=a["title"], objective_level="operational",
                                   objective_code=o["code"], objective_title=o["title"], indicator_code=x["n"],
                                   indicator=x["indicator"], unit=x["um"], weight=pct(x["peso"]),
                                   baseline=x["v2024"], year=2025, target=x["t2025"], notes=x["note"] or None))
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, c["footnote"]).font = Font(name=F, italic=True, size=8)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.7; ws.page_margins.header = 0.3; ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = "Comune di Rovigo"
    ws.oddHeader.right.text = "PEG 2025 – Parte seconda"
    ws.oddFooter.right.text = "Pagina &P di &N"

    # --- sheet 3: resources
    ws = wb.create_sheet("Risorse")
    for col, w in zip("ABCD", (52, 18, 20, 18)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:D1")
    ws["A1"] = "Risorse finanziarie assegnate ai Centri di responsabilità – Bilancio 2025"
    ws["A1"].font = Font(name=F, bold=True, size=12, color="7B2C2C"); ws.row_dimensions[1].height = 22
    r = 3
    for j, h in enumerate(c["budget_header"], 1):
        cell = ws.cell(r, j, h); cell.font = Font(name=F, bold=True, size=9, color="FFFFFF"); cell.border = box
        cell.alignment = center; cell.fill = PatternFill("solid", fgColor="7B2C2C")
    ws.row_dimensions[r].height = 26
    r += 1
    for row in c["budget_rows"]:
        for j, v in enumerate(row, 1):
            cell = ws.cell(r, j, v); cell.border = box
            cell.font = Font(name=F, size=9, bold=row[0] == "Totale")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 1 else "right")
        ws.row_dimensions[r].height = 18
        r += 1
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.oddFooter.right.text = "Pagina &P di &N"
    xlsx = c["name"] + ".xlsx"
    wb.save(xlsx)
    subprocess.run(LO + [xlsx], check=True, capture_output=True)
    return recs, "Obiettivi di gestione e indicatori per Centro"


# ============================================================================ read-back of pages
def norm(s):
    return " ".join(s.split())


def page_texts(pdf):
    with pdfplumber.open(pdf) as p:
        return [norm(pg.extract_text() or "") for pg in p.pages]


def readback(pdf, recs, marker):
    pages = page_texts(pdf)
    full = ""; starts = []
    for t in pages:
        starts.append(len(full)); full += t + " "

    def page_at(pos):
        k = 0
        for i, s in enumerate(starts):
            if s <= pos:
                k = i
        return k + 1

    def find_words(words, frm):
        pos = frm; first = None
        for w in words:
            j = full.find(w, pos)
            assert j >= 0 and (first is None or j - pos < 250), (pdf, words, w)
            if first is None:
                first = j
            pos = j + len(w)
        return first, pos

    cur = full.find(marker); assert cur >= 0, (pdf, marker)
    rows = []
    for r in recs:
        if rows and rows[-1][0] == r["indicator"]:
            continue
        st, _ = find_words(re.split(r"[\s-]+", r["indicator"])[:4], cur)
        assert st - cur < 3000, (pdf, r["indicator"], st - cur)
        rows.append((r["indicator"], st, r["_cells"])); cur = st + 1
    info = {}
    for k, (name, st, cells) in enumerate(rows):
        lim = rows[k + 1][1] if k + 1 < len(rows) else len(full)
        end = st
        for cell in cells:
            cw = [w for w in re.split(r"[\s-]+", cell) if w][-2:]
            best = None; pos = st
            while True:
                j = full.find(cw[0], pos)
                if j < 0 or j >= lim:
                    break
                if len(cw) == 1:
                    best = j + len(cw[0])
                else:
                    j2 = full.find(cw[1], j + len(cw[0]))
                    if 0 <= j2 < min(lim, j + 250):
                        best = j2 + len(cw[1])
                pos = j + 1
            assert best is not None, (pdf, name, cell)
            end = max(end, best - 1)
        info[name] = (page_at(st), page_at(end))
    for r in recs:
        r["page"], r["page_end"] = info[r["indicator"]]
        r.pop("_cells", None)
    return len(pages)


def distil(src, dst, printer):
    cmd = ["gs", "-q", "-o", dst, "-sDEVICE=pdfwrite"] + (["-dPDFSETTINGS=/printer"] if printer else []) + [src]
    subprocess.run(cmd, check=True)


def main():
    only = sys.argv[1:]
    for name, fn, printer in (("comune-macerata-2024-relazione", make_A, False),
                              ("provincia-cuneo-2025-piao", make_B, True),
                              ("comune-rovigo-2025-peg", make_C, False)):
        if only and name not in only:
            continue
        c = json.load(open(name + ".content.json"))
        recs, marker = fn(c)
        src = "build/" + name + ".pdf"
        npages = readback(src, recs, marker)
        distil(src, name + ".pdf", printer)
        # the re-distilled file must keep the same pages, each indicator still on its page
        after = page_texts(name + ".pdf")
        assert len(after) == npages, (name, len(after), npages)
        for r in recs:
            words = r["indicator"].split()[:3]
            if not all(w in after[r["page"] - 1] for w in words):
                print("  note: after distilling, words of", r["indicator"][:40], "not found verbatim on page", r["page"])
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, "pages", npages, "records", len(recs),
              "splits:", [(r["indicator"][:30], r["page"], r["page_end"]) for r in recs if r["page"] != r["page_end"]] or "none")


if __name__ == "__main__":
    main()

# Round r81: renders NAME.pdf from NAME.content.json and writes NAME.truth.json FROM THE CONTENT.
# page/page_end come from a pdfplumber read-back of the rendered PDF (column-text search).
import json, os, sys, hashlib
import pdfplumber
from lib81 import record, soffice, ws, norm, status_of, parse
HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "file:///tmp/lo-r81"

def load(name):
    with open(os.path.join(HERE, name + ".content.json")) as f: return json.load(f)

def pct(s):
    if s is None: return None
    if isinstance(s, (int, float)): return float(s)
    return float(s.replace("%", "").replace(",", ".").strip())

# ------------------------------------------------------------------ read-back
class Reader:
    def __init__(self, pdf):
        self.pdf = pdfplumber.open(pdf)
        self.words = [pg.extract_words(keep_blank_chars=False, use_text_flow=False) for pg in self.pdf.pages]
        self.n = len(self.words)
    def header_range(self, left, right):
        """x-range of the table cell whose header word is `left` (bounded by the vertical rules around it)."""
        for pi, ws_ in enumerate(self.words):
            for w in ws_:
                if w["text"] == left and any(v["text"] == right and abs(v["top"] - w["top"]) < 12 for v in ws_):
                    vs = [e["x0"] for e in self.pdf.pages[pi].edges if e["orientation"] == "v"
                          and e["top"] - 2 <= w["top"] and e["bottom"] + 2 >= w["bottom"]]
                    lo = max(x for x in vs if x < w["x0"]); hi = min(x for x in vs if x > w["x1"])
                    self.hdr = (left, right)
                    return (lo - 1, hi - 1)
        raise AssertionError(("header not found", left, right))
    def column(self, rng):
        """per page: list of (token) of words whose x0 is in the column range, in reading order."""
        out = []
        for pi, ws_ in enumerate(self.words):
            H = self.pdf.pages[pi].height
            ws_ = [w for w in ws_ if 62 < w["top"] < H - 60]
            htops = [w["top"] for w in ws_ if w["text"] == self.hdr[1]]
            sel = sorted([w for w in ws_ if rng[0] <= w["x0"] < rng[1] and not any(abs(w["top"] - t) < 12 for t in htops)],
                         key=lambda w: (round(w["top"]), w["x0"]))
            out.append([norm(w["text"]) for w in sel])
        return out
    def find(self, col, text, cursor):
        """(start_page, end_page, next_cursor) of the first occurrence of text (spaces ignored) in the column at/after cursor."""
        chars = []
        for p in range(self.n):
            for i, t in enumerate(col[p]):
                if (p, i) >= cursor: chars += [(p, i, ch) for ch in t]
        hay = "".join(ch for _, _, ch in chars); needle = norm(text).replace(" ", "")
        k = hay.find(needle)
        if k < 0: raise AssertionError(("not found in column", text, cursor))
        s, e = chars[k], chars[k + len(needle) - 1]
        return s[0], e[0], (e[0], e[1] + 1)
    def page_has(self, pages, text):
        bag = set()
        for p in pages: bag |= {norm(w["text"]) for w in self.words[p]}
        return all(t in bag or any(t.startswith(b) for b in bag if b.endswith("-")) for t in norm(text).split(" "))

def set_pages(pdf, recs, keyfun, cols, checks):
    """recs grouped per indicator (consecutive records with the same key); cols: list of (header_left, header_right, field)."""
    R = Reader(pdf)
    colw = []
    for l, r, f in cols:
        rng = R.header_range(l, r); colw.append((R.column(rng), f))
    cursors = [(0, 0)] * len(colw)
    i = 0
    while i < len(recs):
        j = i
        while j + 1 < len(recs) and keyfun(recs[j + 1]) == keyfun(recs[i]): j += 1
        starts, ends = [], []
        for c, (col, f) in enumerate(colw):
            if recs[i][f] is None: continue
            s, e, cursors[c] = R.find(col, recs[i][f], cursors[c])
            starts.append(s); ends.append(e)
        s, e = starts[0], max(ends)
        for f in checks:
            for r in recs[i:j + 1]:
                if r.get(f):
                    assert R.page_has(range(s, e + 1), r[f]), ("read-back", f, r[f], s + 1)
        for r in recs[i:j + 1]:
            r["page"], r["page_end"] = s + 1, e + 1
        i = j + 1
    return R.n

def write_truth(name, c, recs, npages):
    pdf = os.path.join(HERE, name + ".pdf")
    doc = {"schema": "perfextract/records@1",
           "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
           "document": c["document"], "indicators": recs, "warnings": []}
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    print(name, npages, "pages", len(recs), "records")

# ================================================================== A: Word (python-docx -> LibreOffice)
def make_prato(name):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    c = load(name)
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for hn, sz in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        h = d.styles[hn]; h.font.name = "Liberation Sans"; h.font.size = Pt(sz); h.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)
    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    def set_widths(t, widths):
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    def cell_text(cell, text, bold=False, size=9, align=None):
        cell.text = ""
        p = cell.paragraphs[0]; r = p.add_run(text or ""); r.bold = bold; r.font.size = Pt(size); r.font.name = "Liberation Sans"
        p.paragraph_format.space_after = Pt(0)
        if align is not None: p.alignment = align
    def field(par, instr):
        for kind, txt in (("begin", None), (None, instr), ("end", None)):
            r2 = par.add_run(); r2.font.size = Pt(8)
            if kind:
                e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind)
            else:
                e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
            r2._r.append(e)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Comune di Prato – Relazione sulla performance 2024"); r.font.size = Pt(8); r.italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")
    # cover
    for i, line in enumerate(c["cover"]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt({0: 110, 1: 120, 2: 6, 3: 10, 4: 170}.get(i, 4))
        run = p.add_run(line); run.font.name = "Liberation Sans"
        run.bold = i in (0, 1, 2); run.font.size = Pt({0: 20, 1: 22, 2: 16}.get(i, 10))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    C_ = WD_ALIGN_PARAGRAPH.CENTER
    def simple_table(tb, widths, num_from=1):
        t = d.add_table(rows=1 + len(tb["rows"]), cols=len(tb["header"])); t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(tb["header"]):
            cell_text(t.rows[0].cells[j], h, bold=True, align=C_ if j >= num_from else None); shade(t.rows[0].cells[j], "E6D5D5")
        for i, row in enumerate(tb["rows"]):
            for j, v in enumerate(row):
                cell_text(t.rows[i + 1].cells[j], v, bold=row[0] == "Totale", align=WD_ALIGN_PARAGRAPH.RIGHT if j >= num_from else None)
        set_widths(t, widths)
        d.add_paragraph()
    for title, paras, *rest in c["intro"]:
        d.add_heading(title, level=1)
        for ptxt in paras:
            p = d.add_paragraph(ptxt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for tb in rest:
            simple_table(tb, [8.0, 3.2, 3.2, 2.6] if tb["table"] == "staff" else [7.0, 3.6, 3.6, 2.4])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading(c["results_heading"], level=1)
    p = d.add_paragraph(c["results_intro"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    recs = []
    widths = [1.4, 5.2, 4.0, 2.3, 2.3, 1.8]
    for a in c["areas"]:
        d.add_heading(f"Area strategica {a['code']} – {a['title']}", level=1)
        for s in a["strategic"]:
            d.add_heading(f"Obiettivo strategico {s['code']} – {s['title']}", level=2)
            for o in s["operational"]:
                d.add_heading(f"Obiettivo operativo {o['code']} – {o['title']}", level=3)
                p = d.add_paragraph(); r = p.add_run("Servizio responsabile: "); r.bold = True; p.add_run(o["resp"])
                t = d.add_table(rows=1 + len(o["indicators"]), cols=6); t.style = "Table Grid"
                for j, h in enumerate(c["header"]):
                    cell_text(t.rows[0].cells[j], h, bold=True, size=8.5, align=C_); shade(t.rows[0].cells[j], "E6D5D5")
                repeat_header(t.rows[0])
                for i, ind in enumerate(o["indicators"]):
                    cells = t.rows[i + 1].cells
                    ach = "" if ind["achievement"] is None else f"{ind['achievement']}%"
                    for j, v in enumerate([ind["code"], ind["name"], ind["formula"], ind["target"], ind["actual"], ach]):
                        cell_text(cells[j], v, align=C_ if j >= 3 else None)
                set_widths(t, widths)
                p = d.add_paragraph(); p.paragraph_format.space_before = Pt(6)
                r = p.add_run("Esito: "); r.bold = True; r = p.add_run(o["status"]); r.bold = True
                if o["comment"]:
                    p = d.add_paragraph(o["comment"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                for ind in o["indicators"]:
                    recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                                       objective_code=o["code"], objective_title=o["title"], indicator_code=ind["code"],
                                       indicator=ind["name"], formula=ind["formula"], year=2024, target=ind["target"],
                                       actual=ind["actual"], achievement=pct(ind["achievement"]),
                                       status=status_of(o["status"]), status_text=o["status"], comment=o["comment"]))
    title, paras = c["closing"]
    d.add_heading(title, level=1)
    for ptxt in paras:
        p = d.add_paragraph(ptxt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    docx = os.path.join(HERE, name + ".docx"); d.save(docx)
    soffice(docx, HERE, PROFILE)
    n = set_pages(os.path.join(HERE, name + ".pdf"), recs, lambda r: r["indicator_code"],
                  [("Indicatore", "Formula", "indicator"), ("Formula", "Target", "formula")], ["target", "actual"])
    write_truth(name, c, recs, n)

# ================================================================== B: Calc (openpyxl -> LibreOffice)
def make_piacenza(name):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties
    c = load(name)
    wb = Workbook()
    thin = Side(style="thin", color="7F7F7F"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top"); wrapc = Alignment(wrap_text=True, vertical="center", horizontal="center")
    hfill = PatternFill("solid", fgColor="D9E2F3"); F = "Liberation Sans"
    def setup(ws, landscape=True, title_rows=None):
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.7
        ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
        ws.oddHeader.right.text = "Provincia di Piacenza – PIAO 2025-2027"; ws.oddHeader.right.size = 8
        if title_rows: ws.print_title_rows = title_rows
    # sheet 1: premessa
    ws = wb.active; ws.title = "Premessa"; setup(ws, landscape=False)
    ws.column_dimensions["A"].width = 68
    r = 2
    for i, line in enumerate(c["title_lines"]):
        cell = ws.cell(row=r, column=1, value=line); cell.font = Font(name=F, bold=True, size=16 if i < 2 else 12)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = {0: 24, 1: 44}.get(i, 17); r += 1 if i else 2
    r += 1
    cell = ws.cell(row=r, column=1, value="Premessa"); cell.font = Font(name=F, bold=True, size=12); r += 1
    for ptxt in c["premessa"]:
        cell = ws.cell(row=r, column=1, value=ptxt); cell.font = Font(name=F, size=10.5)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        ws.row_dimensions[r].height = 13.5 * (len(ptxt) // 70 + 1) + 8; r += 1
    # sheet 2: obiettivi
    ws = wb.create_sheet("Obiettivi e indicatori"); setup(ws, title_rows="3:3")
    widths = [17, 20, 22, 6, 36, 9, 9, 9, 9, 9, 6, 17]
    for j, w in enumerate(widths): ws.column_dimensions[chr(65 + j)].width = w
    ws.cell(row=1, column=1, value="PIAO 2025-2027 – Sottosezione 2.2 Performance: obiettivi operativi, indicatori e target").font = Font(name=F, bold=True, size=12)
    for j, h in enumerate(c["header"]):
        cell = ws.cell(row=3, column=j + 1, value=h); cell.font = Font(name=F, bold=True, size=9); cell.fill = hfill
        cell.alignment = wrapc; cell.border = B
    ws.row_dimensions[3].height = 30
    r = 4; recs = []
    for m in c["missioni"]:
        m0 = r
        for s in m["strategic"]:
            s0 = r
            for o in s["operational"]:
                o0 = r
                for ind in o["indicators"]:
                    vals = [None, None, None, ind["code"], ind["name"], ind["unit"], ind["baseline"],
                            ind["targets"]["2025"], ind["targets"]["2026"], ind["targets"]["2027"], ind["weight"], ind["servizio"]]
                    for j, v in enumerate(vals):
                        cell = ws.cell(row=r, column=j + 1, value=v); cell.font = Font(name=F, size=10); cell.border = B
                        cell.alignment = wrap if j in (4, 11) else wrapc
                        if v is not None: cell.number_format = "@"
                    ws.row_dimensions[r].height = 13.5 * max(2, -(-len(ind["name"]) // 34), -(-len(ind["servizio"]) // 16)) + 6
                    for y in ("2025", "2026", "2027"):
                        recs.append(record(area_code=m["code"], area_title=m["title"], objective_level="operational",
                                           objective_code=o["code"], objective_title=o["title"], indicator_code=ind["code"],
                                           indicator=ind["name"], unit=ind["unit"], weight=pct(ind["weight"]),
                                           baseline=ind["baseline"], year=int(y), target=ind["targets"][y]))
                    r += 1
                ws.merge_cells(start_row=o0, start_column=3, end_row=r - 1, end_column=3)
                ws.cell(row=o0, column=3, value=f"{o['code']} – {o['title']}")
            ws.merge_cells(start_row=s0, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=s0, column=2, value=f"{s['code']} – {s['title']}")
        ws.merge_cells(start_row=m0, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=m0, column=1, value=f"{m['code']} – {m['title']}")
    for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=3):
        for cell in row:
            cell.font = Font(name=F, size=10, bold=cell.column == 1); cell.alignment = wrap; cell.border = B
    r += 1
    ws.cell(row=r, column=1, value="Legenda: n. = numero; gg = giorni. I target sono da intendersi riferiti al 31 dicembre di ciascuna annualità.").font = Font(name=F, italic=True, size=8)
    # sheet 3: fabbisogni
    st_ = c["staff"]
    ws = wb.create_sheet("Fabbisogni personale"); setup(ws, landscape=False)
    for j, w in enumerate([36, 18, 8, 8, 8, 32]): ws.column_dimensions[chr(65 + j)].width = w
    ws.cell(row=1, column=1, value=st_["title"]).font = Font(name=F, bold=True, size=11)
    for j, h in enumerate(st_["header"]):
        cell = ws.cell(row=3, column=j + 1, value=h); cell.font = Font(name=F, bold=True, size=9); cell.fill = hfill; cell.border = B; cell.alignment = wrapc
    for i, row in enumerate(st_["rows"]):
        for j, v in enumerate(row):
            cell = ws.cell(row=4 + i, column=j + 1, value=v or None); cell.border = B
            cell.font = Font(name=F, size=9, bold=row[0] == "Totale"); cell.alignment = wrap if j in (0, 1, 5) else wrapc
            cell.number_format = "@"
    xlsx = os.path.join(HERE, name + ".xlsx"); wb.save(xlsx)
    soffice(xlsx, HERE, PROFILE)
    n = set_pages(os.path.join(HERE, name + ".pdf"), recs, lambda r: r["indicator_code"],
                  [("Indicatore", "Missione", "indicator")], ["baseline", "target"])
    write_truth(name, c, recs, n)

# ================================================================== C: reportlab export
def make_aifa(name):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether, NextPageTemplate)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSansCondensed-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", D + "DejaVuSansCondensed-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    c = load(name)
    GREEN = colors.HexColor("#00594F"); LIGHT = colors.HexColor("#E3EFEC")
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, textColor=GREEN, spaceBefore=6, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=GREEN, spaceBefore=10, spaceAfter=4)
    cs = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    cb = ParagraphStyle("cb", parent=cs, fontName="DVB")
    cc = ParagraphStyle("cc", parent=cs, alignment=TA_CENTER)
    ch = ParagraphStyle("ch", parent=cs, fontName="DVB", fontSize=7.5, leading=9.5, alignment=TA_CENTER, textColor=colors.white)
    ci = ParagraphStyle("ci", parent=cs, fontName="DVI")
    out = os.path.join(HERE, name + ".pdf")
    def later(cv, doc):
        cv.saveState(); cv.setFont("DV", 7.5); cv.setFillColor(GREEN)
        cv.drawString(2 * cm, A4[1] - 1.3 * cm, "AIFA – Agenzia Italiana del Farmaco")
        cv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Relazione sulla performance 2023")
        cv.setStrokeColor(GREEN); cv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        cv.setFillColor(colors.grey); cv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pag. {doc.page}")
        cv.drawString(2 * cm, 1.2 * cm, "Documento generato dal sistema di monitoraggio della performance – estrazione del 14/06/2024")
        cv.restoreState()
    def first(cv, doc):
        cv.saveState(); cv.setFillColor(GREEN); cv.rect(0, A4[1] - 6 * cm, A4[0], 6 * cm, stroke=0, fill=1); cv.restoreState()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                          title="Relazione sulla performance 2023", author="AIFA")
    fr = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=first), PageTemplate("body", [fr], onPage=later)])
    S = []
    cov = c["cover"]
    S.append(Paragraph(cov[0], ParagraphStyle("c0", fontName="DVB", fontSize=30, leading=34, textColor=colors.white)))
    S.append(Paragraph(cov[1], ParagraphStyle("c1", fontName="DV", fontSize=13, leading=16, textColor=colors.white)))
    S.append(Spacer(1, 6 * cm))
    S.append(Paragraph(cov[2], ParagraphStyle("c2", fontName="DVB", fontSize=24, leading=30, textColor=GREEN)))
    S.append(Paragraph(cov[3], ParagraphStyle("c3", fontName="DV", fontSize=10, leading=13)))
    S.append(Spacer(1, 9 * cm))
    S.append(Paragraph(cov[4], ParagraphStyle("c4", fontName="DVI", fontSize=9, leading=12)))
    S += [NextPageTemplate("body"), PageBreak()]
    def grid(data, widths, header_rows=1, extra=()):
        t = Table(data, colWidths=widths, repeatRows=header_rows)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB8B2")),
                               ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREEN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)] + list(extra)))
        return t
    for title, paras, *rest in c["intro"]:
        S.append(Paragraph(title, h1))
        for ptxt in paras: S.append(Paragraph(ptxt, body))
        for tb in rest:
            data = [[Paragraph(h, ch) for h in tb["header"]]] + [[Paragraph(v, cb if row[0] == "Totale" else (cs if j == 0 else cc)) for j, v in enumerate(row)] for row in tb["rows"]]
            S.append(grid(data, [6.6 * cm, 3.5 * cm, 3.4 * cm, 3.4 * cm])); S.append(Spacer(1, 8))
    S.append(PageBreak())
    S.append(Paragraph(c["results_heading"], h1))
    recs = []
    W = [1.1, 4.6, 1.2, 1.8, 2.0, 2.1, 1.9, 2.3]
    for a in c["areas"]:
        for o in a["objectives"]:
            kv = [["Area strategica", f"{a['code']} – {a['title']}"], ["Obiettivo specifico", f"{o['code']} – {o['title']}"],
                  ["Struttura responsabile", o["struttura"]], ["Peso dell’obiettivo", o["peso"]]]
            kvt = Table([[Paragraph(k, cb), Paragraph(v, cs)] for k, v in kv], colWidths=[4 * cm, 13 * cm])
            kvt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB8B2")),
                                     ("BACKGROUND", (0, 0), (0, -1), LIGHT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            data = [[Paragraph(h, ch) for h in c["header"]]]; extra = []
            for ind in o["indicators"]:
                data.append([Paragraph(ind["code"], cs), Paragraph(ind["name"], cs)] +
                            [Paragraph(v or "", cc) for v in (ind["weight"], ind["baseline"], ind["target"], ind["actual"], ind["achievement"], ind["esito"])])
                if ind["nota"]:
                    data.append(["", Paragraph(ind["nota"], ci), "", "", "", "", "", ""])
                    k = len(data) - 1; extra.append(("SPAN", (1, k), (7, k))); extra.append(("BACKGROUND", (0, k), (-1, k), colors.HexColor("#F4F8F7")))
                recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                                   objective_code=o["code"], objective_title=o["title"], indicator_code=ind["code"],
                                   indicator=ind["name"], weight=pct(ind["weight"]), baseline=ind["baseline"], year=2023,
                                   target=ind["target"], actual=ind["actual"], achievement=pct(ind["achievement"]),
                                   status=status_of(ind["esito"]), status_text=ind["esito"], comment=ind["nota"]))
            S.append(KeepTogether([Paragraph(f"Scheda obiettivo {o['code']}", h2), kvt, Spacer(1, 6)]))
            S.append(grid(data, [w * cm for w in W], extra=extra)); S.append(Spacer(1, 10))
    S.append(Paragraph("Riepilogo degli esiti degli indicatori", h1))
    sm = c["summary"]
    data = [[Paragraph(h, ch) for h in sm["header"]]] + [[Paragraph(v, cb if row[0] == "Totale" else (cs if j == 0 else cc)) for j, v in enumerate(row)] for row in sm["rows"]]
    S.append(grid(data, [7 * cm, 3.5 * cm, 3 * cm])); S.append(Spacer(1, 10))
    title, paras = c["closing"]
    S.append(Paragraph(title, h1))
    for ptxt in paras: S.append(Paragraph(ptxt, body))
    doc.build(S)
    n = set_pages(out, recs, lambda r: r["indicator_code"], [("Indicatore", "Peso", "indicator")], ["target", "actual", "baseline"])
    write_truth(name, c, recs, n)

if __name__ == "__main__":
    which = sys.argv[1:] or ["prato", "piacenza", "aifa"]
    if "prato" in which: make_prato("comune-prato-2024-relazione")
    if "piacenza" in which: make_piacenza("provincia-piacenza-2025-piao")
    if "aifa" in which: make_aifa("aifa-2023-relazione")

"""Render the r33 blind samples from their content files and write their truths.

    .venv/bin/python make_r33.py

Truths are written from the content (never from an extractor); page/page_end are read back
from the rendered PDF with pdfplumber (text located, asserted)."""
import hashlib, json, os, re, subprocess, sys, shutil
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-r33"
ST = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved", "Sospeso": "suspended"}


def load(name):
    with open(os.path.join(HERE, name + ".content.json")) as f:
        return json.load(f)


def soffice(src):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ truth helpers
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]


def ws(s):
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


def met(t, a, direction):
    top, tv, tmax, tu = t
    aop, av, amax, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if top == ">=":
        return av >= tv
    if top == "<=":
        return av <= tv
    if top == ">":
        return av > tv
    if top == "<":
        return av < tv
    if top == "range":
        return tv <= av <= tmax
    if top == "=":
        if av == tv:
            return True
        if direction == "hi":
            return av >= tv
        if direction == "lo":
            return av <= tv
        return None
    return None


def record(**kw):
    r = {k: None for k in FIELDS}
    for k, v in kw.items():
        assert k in r, k
        r[k] = v
    for k in ("indicator", "target", "actual", "notes", "status_text", "comment", "unit", "objective_title", "area_title"):
        r[k] = ws(r[k])
    return r


def values(r, ind):
    t, a = ind["t"], ind["a"]
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    for k in ("target_value", "target_value_max", "actual_value", "actual_value_max"):
        if r[k] is not None:
            r[k] = float(r[k])
    r["met"] = met(t, a, ind["dir"])
    return r


class Reader:
    """Token stream of the whole PDF, to find where a row's text starts and ends."""

    def __init__(self, pdf_path):
        self.toks = []
        with pdfplumber.open(pdf_path) as pdf:
            self.npages = len(pdf.pages)
            for i, p in enumerate(pdf.pages):
                for w in (p.extract_text() or "").split():
                    self.toks.append((w, i + 1))
        self.cursor = 0

    def find(self, text, start=None, gap=25, first_n=None, last_n=None):
        words = text.split()
        if first_n:
            words = words[:first_n]
        if last_n:
            words = words[-last_n:]
        i = self.cursor if start is None else start
        while i < len(self.toks):
            if self.toks[i][0] == words[0]:
                j, ok = i, True
                for w in words[1:]:
                    k = j + 1
                    while k < len(self.toks) and k <= j + gap and self.toks[k][0] != w:
                        k += 1
                    if k < len(self.toks) and k <= j + gap:
                        j = k
                    else:
                        ok = False
                        break
                if ok:
                    return i, j
            i += 1
        raise AssertionError(f"read-back: not found after token {start}: {' '.join(words)!r}")

    def locate(self, first, cells):
        """page of `first`'s first words, page_end = page of the last words of every cell."""
        s, _ = self.find(first, first_n=4, gap=15)
        end_tok = s
        for c in cells:
            if not c:
                continue
            n = min(3, len(c.split()))
            _, e = self.find(c, start=s, last_n=n, gap=40)
            end_tok = max(end_tok, e)
        self.cursor = s + 1
        return self.toks[s][1], self.toks[end_tok][1]

    def page_has(self, page, text):
        toks = [w for w, p in self.toks if p == page]
        return " ".join(text.split()) in " ".join(toks)


def write_truth(c, records, pdf_path, about):
    with open(pdf_path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
    doc = {"schema": "perfextract/records@1", "_about": about,
           "source": {"path": os.path.basename(pdf_path), "sha256": sha, "pages": n},
           "document": c["document"], "indicators": records, "warnings": []}
    with open(os.path.join(HERE, c["name"] + ".truth.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    print(c["name"], "pages", n, "records", len(records))


# ================================================================== 1 Word
def make_word(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    # running footer with page number field
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Comune di Ferrara – Relazione sulla performance 2023 – pag. ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)
    sec.different_first_page_header_footer = True

    def para(text, size=10, bold=False, align=None, space_after=6, italic=False, color=None):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.font.size = Pt(size); run.bold = bold; run.italic = italic
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def cell_text(cell, text, bold=False, size=10, align=None):
        cell.text = ""
        p = cell.paragraphs[0]
        run = p.add_run(text); run.bold = bold; run.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)

    def widths(table, ws_cm):
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), ws_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in table.rows:
            for i, w in enumerate(ws_cm):
                row.cells[i].width = Cm(w)

    # cover
    cov = c["cover"]
    for _ in range(6):
        para("", space_after=12)
    para(cov[0], 24, True, "c", 30, color="1F3864")
    para(cov[1], 26, True, "c", 24, color="1F3864")
    para(cov[2], 11, False, "c", 60, italic=True)
    para(cov[3], 10, False, "c", 6)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for head, ps in c["intro"]:
        para(head, 14, True, space_after=8, color="1F3864")
        for t in ps:
            para(t, 10, align="j")
    s = c["staff"]
    para(s["title"], 9.5, True, space_after=3)
    t = d.add_table(rows=1 + len(s["rows"]), cols=len(s["header"]))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(s["header"]):
        cell_text(t.rows[0].cells[i], h, True, 9, "c" if i else None); shade(t.rows[0].cells[i], "D9E2F3")
    for ri, row in enumerate(s["rows"], 1):
        for i, v in enumerate(row):
            cell_text(t.rows[ri].cells[i], v, row[0] == "Totale", 9, "c" if i else None)
    widths(t, [7.4, 2.2, 2.2, 2.2, 2.6])
    para("Fonte: Settore Personale, conto annuale 2023.", 8, italic=True, space_after=10)

    head, ps = c["section"]
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(head, 14, True, space_after=8, color="1F3864")
    for tx in ps:
        para(tx, 10, align="j")

    W = [3.0, 4.4, 2.3, 2.4, 5.3]
    for area in c["areas"]:
        para(area["heading"], 12, True, space_after=6, color="1F3864")
        nrows = 1 + sum(len(o["indicators"]) + 1 for o in area["objectives"])
        t = d.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"; t.autofit = False
        hdr = t.rows[0]
        trPr = hdr._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
        for i, h in enumerate(c["header"]):
            cell_text(hdr.cells[i], h, True, 9, "c"); shade(hdr.cells[i], "1F3864")
            hdr.cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
        widths(t, W)
        ri = 1
        for ob in area["objectives"]:
            first = ri
            for ind in ob["indicators"]:
                row = t.rows[ri]
                cell_text(row.cells[1], ind["name"])
                cell_text(row.cells[2], ind["target"], align="c")
                cell_text(row.cells[3], ind["actual"], align="c")
                cell_text(row.cells[4], ind.get("notes") or "", size=10)
                ri += 1
            m = t.cell(first, 0).merge(t.cell(ri - 1, 0))
            cell_text(m, f"{ob['code']} – {ob['title']}", True)
            shade(m, "EEF2F8")
            # status row across the table
            srow = t.rows[ri]
            sm = srow.cells[0].merge(srow.cells[4])
            sm.text = ""
            p = sm.paragraphs[0]
            rr = p.add_run(ob["status"][1]); rr.bold = True; rr.font.size = Pt(9)
            rr.add_break()
            r3 = p.add_run(ob["status"][2]); r3.font.size = Pt(9); r3.italic = True
            p.paragraph_format.space_after = Pt(0)
            shade(sm, "F2F2F2")
            ri += 1
        para("", space_after=6)

    head, ps = c["closing"]
    para(head, 14, True, space_after=8, color="1F3864")
    for tx in ps:
        para(tx, 10, align="j")
    para("Il Segretario generale", 10, space_after=0)
    para("dott.ssa Ornella Cavallari", 10, italic=True)

    docx_path = os.path.join(HERE, c["name"] + ".docx")
    d.save(docx_path)
    soffice(docx_path)
    pdf = os.path.join(HERE, c["name"] + ".pdf")

    rd = Reader(pdf)
    recs = []
    for area in c["areas"]:
        for ob in area["objectives"]:
            for k, ind in enumerate(ob["indicators"]):
                pg, pe = rd.locate(ind["name"], [ind["name"], ind["target"], ind["actual"], ind.get("notes")])
                last = k == len(ob["indicators"]) - 1
                r = record(page=pg, page_end=pe, area_code=area["code"], area_title=area["title"],
                           objective_level="operational", objective_code=ob["code"], objective_title=ob["title"],
                           indicator=ind["name"], year=c["year"], target=ind["target"], actual=ind["actual"],
                           notes=ind.get("notes"),
                           status=ob["status"][0] if last else None,
                           status_text=ob["status"][1] if last else None,
                           comment=ob["status"][2] if last else None)
                recs.append(values(r, ind))
    # read-back: header repeated on every page that holds indicator rows
    pages = sorted({p for r in recs for p in range(r["page"], r["page_end"] + 1)})
    for p in pages:
        toks = {w for w, q in rd.toks if q == p}
        assert {"Obiettivo", "operativo", "Indicatore", "Target", "Risultato", "2023", "Note"} <= toks, p
    about = ("Written by make_r33.py from comune-ferrara-2023-relazione.content.json (never from an extractor). "
             "Word (python-docx -> LibreOffice) tables, one per 'Area strategica N – Titolo' heading; rows may break "
             "across pages (Word default) and the header row repeats on each page; the 'Obiettivo operativo' cell "
             "('1.1 – Titolo') is merged down over its indicators, also over page breaks. After each objective's "
             "indicators a full-width row gives the status phrase and a comment sentence: read literally by "
             "CONVENTIONS (a status row after the indicator; comment up to the next indicator), it gives status, "
             "status_text and comment to the indicator it follows (the objective's last), the others null. "
             "'Target 2023' -> year 2023; 'Note' column -> notes. '25 km' is '=' 25 without canonical unit, and the "
             "name states no direction -> met null; 'entro il 30/09/2023' and 'Completato il 15/07/2023' hold dates -> "
             "parsed fields null; 'n.d.' -> null. Staff table (Tabella 1): no records. page/page_end read back.")
    write_truth(c, recs, pdf, about)


# ================================================================== 2 reportlab borderless
def make_borderless(c, leading=12.2, bottom=62):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth, registerFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit

    fdir = "/usr/share/fonts/truetype/liberation/"
    registerFont(TTFont("LS", fdir + "LiberationSans-Regular.ttf"))
    registerFont(TTFont("LSB", fdir + "LiberationSans-Bold.ttf"))
    registerFont(TTFont("LSI", fdir + "LiberationSans-Italic.ttf"))
    pdf = os.path.join(HERE, c["name"] + ".pdf")
    W, H = A4
    L, R, TOP = 62, W - 62, H - 70
    cv = canvas.Canvas(pdf, pagesize=A4)
    cv.setTitle("Relazione sulla performance 2023")
    state = {"y": TOP, "page": 1}
    events = {}

    def footer():
        cv.setFont("LS", 7.5)
        cv.drawString(L, 34, "ARPAC – Relazione sulla performance 2023")
        cv.drawRightString(R, 34, str(state["page"]))

    def newpage():
        footer(); cv.showPage(); state["page"] += 1; state["y"] = TOP

    def need(h):
        if state["y"] - h < bottom:
            newpage()

    def lines(text, font, size, width):
        return simpleSplit(text, font, size, width)

    def paragraph(text, font="LS", size=9.5, x=L, width=None, after=6, lead=None):
        lead = lead or leading
        ls = lines(text, font, size, width or (R - x))
        for ln in ls:
            need(lead)
            cv.setFont(font, size); cv.drawString(x, state["y"] - size, ln); state["y"] -= lead
        state["y"] -= after

    # cover
    cov = c["cover"]
    cv.setFont("LSB", 40); cv.drawCentredString(W / 2, H - 260, cov[0])
    cv.setFont("LS", 13); cv.drawCentredString(W / 2, H - 290, cov[1])
    cv.setFont("LSB", 22); cv.drawCentredString(W / 2, H - 420, cov[2])
    cv.setFont("LS", 16); cv.drawCentredString(W / 2, H - 448, cov[3])
    cv.setFont("LSI", 9.5); cv.drawCentredString(W / 2, 120, cov[4])
    cv.showPage(); state["page"] = 2

    def heading(t, size=13, after=6):
        hl = lines(t, "LSB", size, R - L)
        need(3 * leading + size * 1.25 * len(hl))
        state["y"] -= 4
        for k, ln in enumerate(hl):
            cv.setFont("LSB", size); cv.drawString(L, state["y"] - size, ln)
            state["y"] -= size + (after if k == len(hl) - 1 else 2.5)

    for h, ps in c["intro"]:
        heading(h)
        for t in ps:
            paragraph(t)
    b = c["budget"]
    # borderless budget table
    need(leading * (len(b["rows"]) + 3))
    paragraph(b["title"], "LSB", 9, after=4)
    cols = [L, L + 235, L + 330, L + 425]
    rights = [None, L + 290, L + 385, R]
    def brow(vals, font):
        need(leading)
        cv.setFont(font, 9)
        for i, v in enumerate(vals):
            if i == 0:
                cv.drawString(cols[0], state["y"] - 9, v)
            else:
                cv.drawRightString(rights[i], state["y"] - 9, v)
        state["y"] -= leading + 1
    brow(b["header"], "LSB")
    state["y"] -= 3
    for row in b["rows"]:
        brow(row, "LSB" if row[0].startswith("Totale") else "LS")
    state["y"] -= 6
    paragraph("Fonte: bilancio d'esercizio 2023, conto economico.", "LSI", 8, after=10)

    heading(c["section"][0])
    # indicator layout
    XN, WN = L, 232           # name column
    XT, XA, XG = L + 244, L + 338, R  # target, actual (left), grado (right aligned)
    IND = L + 14               # indent for status/comments
    hdr = c["header"]

    def header():
        cv.setFont("LSB", 8.5)
        cv.drawString(XN, state["y"] - 8.5, hdr[0]); cv.drawString(XT, state["y"] - 8.5, hdr[1])
        cv.drawString(XA, state["y"] - 8.5, hdr[2])
        cv.drawRightString(XG, state["y"] - 8.5, "Grado di")
        cv.drawRightString(XG, state["y"] - 8.5 - 10, "raggiungimento")
        state["y"] -= 26

    for so in c["strategic"]:
        heading(f"OBIETTIVO STRATEGICO {so['code']} – {so['title'].upper()}", 10.5, 4)
        for ob in so["objectives"]:
            tl = lines(f"Obiettivo operativo {ob['code']} – {ob['title']}", "LSB", 10, R - L)
            need(len(tl) * 13 + 30 + 3 * leading)
            state["y"] -= 2
            for ln in tl:
                cv.setFont("LSB", 10); cv.drawString(L, state["y"] - 10, ln); state["y"] -= 13
            state["y"] -= 5
            header()
            for ind in ob["indicators"]:
                nl = lines(ind["name"], "LS", 9.5, WN)
                ev = {"start": None, "end": None}
                for i, ln in enumerate(nl):
                    need(leading)
                    y = state["y"] - 9.5
                    cv.setFont("LS", 9.5); cv.drawString(XN, y, ln)
                    if i == 0:
                        ev["start"] = state["page"]
                        cv.drawString(XT, y, ind["target"]); cv.drawString(XA, y, ind["actual"])
                        g = ind.get("ach_text") or (("%g" % ind["ach"]).replace(".", ",") + "%")
                        cv.drawRightString(XG, y, g)
                    state["y"] -= leading
                ev["end"] = state["page"]
                ev["nlines"] = len(nl)
                events[ind["name"]] = ev
                state["y"] -= 2
                paragraph(ind["status"][1], "LSB", 9, x=IND, after=2)
                for cm in ind["comments"]:
                    paragraph(cm, "LS", 9, x=IND, after=3)
                state["y"] -= 7
        state["y"] -= 4

    heading(c["closing"][0])
    for t in c["closing"][1]:
        paragraph(t)
    footer(); cv.save()
    return pdf, events


def make_arpac(c):
    # pick the leading at which a multi-line indicator name breaks over a page (values on its first line)
    for lead in [12.2, 12.0, 12.4, 11.8, 12.6, 11.6, 12.8, 11.4, 13.0, 12.1, 12.3, 11.9, 12.5, 11.7, 12.7]:
        pdf, ev = make_borderless(c, lead)
        split = [n for n, e in ev.items() if e["end"] > e["start"]]
        if split:
            print("arpac leading", lead, "split:", split)
            break
    else:
        raise SystemExit("no split indicator")
    rd = Reader(pdf)
    recs = []
    for so in c["strategic"]:
        for ob in so["objectives"]:
            for ind in ob["indicators"]:
                pg, pe = rd.locate(ind["name"], [ind["name"], ind["target"], ind["actual"]])
                assert (pg, pe) == (ev[ind["name"]]["start"], ev[ind["name"]]["end"]), (ind["name"], pg, pe, ev[ind["name"]])
                r = record(page=pg, page_end=pe, area_code=so["code"], area_title=None,
                           objective_level="operational", objective_code=ob["code"], objective_title=ob["title"],
                           indicator=ind["name"], year=c["year"], target=ind["target"], actual=ind["actual"],
                           achievement=ind.get("ach"), status=ind["status"][0], status_text=ind["status"][1],
                           comment=" ".join(ind["comments"]))
                recs.append(values(r, ind))
    about = ("Written by make_r33.py from arpa-campania-2023-relazione.content.json (never from an extractor). "
             "Borderless reportlab report: no rules, bold headings 'OBIETTIVO STRATEGICO N – TITOLO' (capitals) and "
             "'Obiettivo operativo N.M – Titolo', a bold header line (Indicatore | Target 2023 | Valore 2023 | Grado di "
             "raggiungimento) printed once per objective and never repeated overleaf; indicator names wrap over up to 3 "
             "lines with the values on the first line; under each indicator, indented, a capitals status line and one or "
             "two comment paragraphs (status_text = the line, comment = the paragraphs joined). One indicator's name "
             "continues at the top of the next page with no header (page_end = next page). No area heading: area_code "
             "is the objective code's first segment, area_title null; objective_level operational. 'Grado di "
             "raggiungimento' -> achievement ('n.d.' -> null). 'OBIETTIVO SOSPESO' -> suspended. Budget table: no records.")
    write_truth(c, recs, pdf, about)


# ================================================================== 3 Calc
def make_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = Workbook()
    thin = Side(style="thin", color="9FA8B3")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    navy = "17365D"

    # --- sheet 1: cover + intro
    ws0 = wb.active; ws0.title = "Presentazione"
    ws0.column_dimensions["A"].width = 4
    ws0.column_dimensions["B"].width = 110
    cov = c["cover"]
    ws0.row_dimensions[1].height = 120
    ws0["B2"] = cov[0]; ws0["B2"].font = Font(name="Liberation Sans", size=22, bold=True, color=navy)
    ws0.row_dimensions[2].height = 36
    ws0["B3"] = cov[1]; ws0["B3"].font = Font(name="Liberation Sans", size=18, bold=True)
    ws0.row_dimensions[3].height = 30
    ws0["B4"] = cov[2]; ws0["B4"].font = Font(name="Liberation Sans", size=10, italic=True)
    ws0.row_dimensions[5].height = 40
    ws0["B6"] = "Presentazione"; ws0["B6"].font = Font(name="Liberation Sans", size=13, bold=True, color=navy)
    ws0.row_dimensions[6].height = 22
    r = 7
    for t in c["intro"]:
        ws0.cell(r, 2, t).alignment = Alignment(wrap_text=True, vertical="top")
        ws0.cell(r, 2).font = Font(name="Liberation Sans", size=10)
        ws0.row_dimensions[r].height = 14 * (len(t) // 120 + 1) + 6
        r += 1
    ws0.page_setup.orientation = "landscape"; ws0.page_setup.paperSize = 9
    ws0.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws0.page_setup.fitToWidth = 1; ws0.page_setup.fitToHeight = 1
    ws0.oddFooter.center.text = "Camera di Commercio dell'Umbria – Relazione sulla performance 2024"

    # --- sheet 2: indicators
    ws = wb.create_sheet("Indicatori 2024")
    widths = [8, 46, 11, 7, 13, 16, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    NC = len(widths)
    ws["A1"] = "Risultati degli obiettivi operativi – anno 2024"
    ws["A1"].font = Font(name="Liberation Sans", size=13, bold=True, color=navy)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
    ws.row_dimensions[1].height = 24
    hr = 3
    for i, h in enumerate(c["header"], 1):
        cell = ws.cell(hr, i, h)
        cell.font = Font(name="Liberation Sans", size=9, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=navy)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
    ws.row_dimensions[hr].height = 28
    ws.print_title_rows = f"{hr}:{hr}"
    area_fill = PatternFill("solid", fgColor="8EA9C8")
    ob_fill = PatternFill("solid", fgColor="D5E0EE")
    zebra = [PatternFill("solid", fgColor="FFFFFF"), PatternFill("solid", fgColor="F1F1F1")]
    f9 = Font(name="Liberation Sans", size=9)

    def band(row, text, fill, bold=True, size=9.5, italic=False, height=18):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NC)
        cell = ws.cell(row, 1, text)
        cell.font = Font(name="Liberation Sans", size=size, bold=bold, italic=italic)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        for col in range(1, NC + 1):
            ws.cell(row, col).fill = fill; ws.cell(row, col).border = box
        ws.row_dimensions[row].height = height

    r = hr + 1
    z = 0
    rowmap = {}
    for area in c["areas"]:
        band(r, area["band"], area_fill, size=10, height=20); r += 1
        for ob in area["objectives"]:
            band(r, ob["band"], ob_fill); r += 1
            for ind in ob["indicators"]:
                fill = zebra[z % 2]; z += 1
                ach = ind["ach_text"] or (("%g" % ind["ach"]).replace(".", ",") + "%")
                vals = [ind["code"], ind["name"], ind["unit"], ind["weight"], ind["target"], ind["actual"], ach]
                for i, v in enumerate(vals, 1):
                    cell = ws.cell(r, i, v)
                    cell.font = f9; cell.fill = fill; cell.border = box
                    cell.alignment = Alignment(horizontal="left" if i == 2 else "center", vertical="center", wrap_text=True)
                ws.row_dimensions[r].height = 12.5 * (len(ind["name"]) // 52 + 1) + 5
                rowmap[ind["code"]] = r
                r += 1
                band(r, f"Esito: {ind['esito']}", fill, bold=True, size=9, height=15); r += 1
                band(r, ind["motiv"], fill, bold=False, size=8.5, italic=True, height=12.5 * (len(ind["motiv"]) // 125 + 1) + 3); r += 1
    r += 1
    ws.cell(r, 1, "Fonte: sistema di controllo di gestione camerale; dati validati dall'OIV.").font = Font(name="Liberation Sans", size=8, italic=True)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "Camera di Commercio dell'Umbria – Relazione sulla performance 2024 – pag. &P"

    # --- sheet 3: budget
    wsb = wb.create_sheet("Risorse")
    b = c["budget"]
    for i, w in enumerate([48, 22, 22, 18]):
        wsb.column_dimensions[chr(65 + i)].width = w
    wsb["A1"] = b["title"]; wsb["A1"].font = Font(name="Liberation Sans", size=12, bold=True, color=navy)
    for i, h in enumerate(b["header"], 1):
        cell = wsb.cell(3, i, h); cell.font = Font(name="Liberation Sans", size=9.5, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=navy); cell.border = box
        cell.alignment = Alignment(horizontal="center")
    for k, row in enumerate(b["rows"]):
        tot = row[0].startswith("Totale")
        for i, v in enumerate(row, 1):
            cell = wsb.cell(4 + k, i, v)
            cell.font = Font(name="Liberation Sans", size=9.5, bold=tot); cell.border = box
            cell.fill = PatternFill("solid", fgColor="D5E0EE") if tot else zebra[k % 2]
            cell.alignment = Alignment(horizontal="left" if i == 1 else "right")
    wsb.page_setup.orientation = "landscape"; wsb.page_setup.paperSize = 9
    wsb.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    wsb.page_setup.fitToWidth = 1; wsb.page_setup.fitToHeight = 0
    wsb.oddFooter.center.text = "Camera di Commercio dell'Umbria – Relazione sulla performance 2024 – pag. &P"

    x = os.path.join(HERE, c["name"] + ".xlsx")
    wb.save(x)
    soffice(x)
    pdf = os.path.join(HERE, c["name"] + ".pdf")
    rd = Reader(pdf)
    recs = []
    for area in c["areas"]:
        for ob in area["objectives"]:
            for ind in ob["indicators"]:
                pg, pe = rd.locate(ind["name"], [ind["name"], ind["actual"]])
                r = record(page=pg, page_end=pe, area_code=area["code"], area_title=area["title"],
                           objective_level="operational", objective_code=ob["code"], objective_title=ob["title"],
                           indicator_code=ind["code"], indicator=ind["name"], unit=ind["unit"],
                           weight=float(ind["weight"].rstrip("%")), year=c["year"],
                           target=ind["target"], actual=ind["actual"], achievement=ind["ach"],
                           status=ST[ind["esito"]], status_text=ind["esito"], comment=ind["motiv"])
                recs.append(values(r, ind))
                # the indicator's Esito and Motivazione rows follow it (read-back)
                s, _ = rd.find("Esito: " + ind["esito"], start=rd.cursor, gap=2)
                rd.find(ind["motiv"], start=s, first_n=4, gap=2)
    about = ("Written by make_r33.py from camera-commercio-umbria-2024-relazione.content.json (never from an "
             "extractor). Calc (openpyxl -> LibreOffice) landscape sheet with zebra shading per indicator, "
             "'AREA STRATEGICA X – Titolo' and 'Obiettivo operativo X.n – Titolo' as shaded band rows spanning the "
             "table, header repeated by print titles; each indicator row is followed by a full-width 'Esito: X' row "
             "(status, status_text X without the label) and a full-width 'Motivazione dello scostamento: …' row "
             "(comment, as printed with its label). 'Unità di misura' (%, giorni, n., €) is unit; the value cells "
             "carry no unit, so target_unit/actual_unit are null (units parsed only from the value cells). 'Cod.' -> "
             "indicator_code; 'Peso' -> weight; '% raggiung.' -> achievement ('n.d.' -> null). 'Obiettivo sospeso' as "
             "Valore 2024 parses to null, the Esito row 'Sospeso' gives the status. Bare targets with no direction in "
             "the name ('Imprese assistite…' 120 vs 104) -> met null. Presentazione sheet (cover and prose) and "
             "Risorse sheet (budget): no records.")
    write_truth(c, recs, pdf, about)


if __name__ == "__main__":
    which = sys.argv[1:] or ["1", "2", "3"]
    if "1" in which:
        make_word(load("comune-ferrara-2023-relazione"))
    if "2" in which:
        make_arpac(load("arpa-campania-2023-relazione"))
    if "3" in which:
        make_calc(load("camera-commercio-umbria-2024-relazione"))

"""Round r86 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json
from the content (never from any extractor). Page fields come from a pdfplumber read-back."""
import json, re, subprocess, sys, os, hashlib
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape
import pdfplumber

D = "/work/blind/r86/"
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"))

# ---------------- value parsing (RECORDS.md / CONVENTIONS.md) ----------------
NUM = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?")
def parse(s):
    if s is None: return (None, None, None, None)
    t = s.strip(); op = None
    for sym, o in (("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<")):
        if t.startswith(sym): op = o; t = t[len(sym):].strip(); break
    unit = None
    if t.startswith("€"): unit = "EUR"; t = t[1:].strip()
    m = NUM.match(t)
    if not m: return (None, None, None, None)
    v = float(m.group(0).replace(".", "").replace(",", "."))
    rest = t[m.end():].strip()
    if rest.startswith("%"): unit = "%"
    elif re.match(r"(gg|giorni)\b", rest): unit = "days"
    elif re.match(r"(ore)\b", rest): unit = "hours"
    elif rest.startswith("€") or rest.startswith("euro"): unit = "EUR"
    if NUM.search(rest.replace("%", "")): return (None, None, None, None)
    return (op or "=", v, None, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None
def met(name, tp, ap):
    if tp[1] is None or ap[1] is None: return None
    if tp[3] and ap[3] and tp[3] != ap[3]: return None
    t, a, op = tp[1], ap[1], tp[0]
    if op == ">=": return a >= t
    if op == ">": return a > t
    if op == "<=": return a <= t
    if op == "<": return a < t
    if a == t: return True
    d = direction(name)
    return None if d is None else (a >= t if d == "higher" else a <= t)

STATUS = {"obiettivo sospeso": "suspended"}
def rec(**kw):
    r = {k: None for k in ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
         "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight",
         "baseline", "year", "target", "target_operator", "target_value", "target_value_max", "target_unit",
         "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit", "achievement", "notes",
         "status", "status_text", "comment", "met"]}
    r.update(kw)
    tp, ap = parse(r["target"]), parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    r["met"] = met(r["indicator"], tp, ap)
    if r["actual"] and r["actual"].strip().lower() in STATUS and r["status"] is None:
        r["status"] = STATUS[r["actual"].strip().lower()]; r["status_text"] = r["actual"]
    for k, v in list(r.items()):
        if isinstance(v, str): r[k] = re.sub(r"\s+", " ", v).strip() or None
    return r

def P(text, st): return Paragraph(escape(text), st)

# ---------------- sample 1: Comune, reportlab portrait ----------------
def render1(c):
    base = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=6)
    cell = ParagraphStyle("c", fontName="LS", fontSize=7.3, leading=8.8)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LSB")
    cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    cellr = ParagraphStyle("cr", parent=cell, alignment=TA_RIGHT)
    hdr = ParagraphStyle("h", parent=cell, fontName="LSB", alignment=TA_CENTER, fontSize=7.3)
    ttl = ParagraphStyle("t", fontName="LSB", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=8)
    story = []
    sizes = [16, 10, 13, 10, 14, 9]
    story.append(Spacer(1, 60))
    for line, sz in zip(c["cover"], sizes):
        story.append(Paragraph(escape(line), ParagraphStyle("cv", fontName="LSB" if sz >= 13 else "LS", fontSize=sz, leading=sz * 1.4, alignment=TA_CENTER, spaceAfter=10)))
    story.append(Spacer(1, 40))
    story.append(Paragraph("Premessa", ParagraphStyle("ph", fontName="LSB", fontSize=11, spaceAfter=8)))
    for p in c["intro"]: story.append(P(p, base))
    story.append(PageBreak())
    story.append(P(c["table_title"], ttl))
    data = [[P(h, hdr) for h in c["headers"]]]
    sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
           ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for g in c["groups"]:
        i = len(data)
        data.append([P(g["code"], cellb), P(g["title"], cellb), "", ""])
        sty += [("SPAN", (1, i), (3, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f2f2f2"))]
        for code, name, defin, val in g["rows"]:
            data.append([P(code, cell), P(name, cell), P(defin, cell), P(val, cellr)])
    t = Table(data, colWidths=[30, 140, 262, 80], repeatRows=1)
    t.setStyle(TableStyle(sty))
    story.append(t)
    small = ParagraphStyle("s", fontName="LS", fontSize=7.5, leading=9.5, spaceBefore=3)
    story.append(Spacer(1, 4))
    for f in c["footnotes"]: story.append(P(f, small))
    story.append(PageBreak())
    a = c["analytic"]
    story.append(P(a["title"], ttl))
    data = [[P(h, hdr) for h in a["headers"]]]
    sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for row in a["rows"]:
        b = row[0].startswith("Titolo") or row[1].startswith("Totale") or row[1].startswith("TOTALE")
        st = cellb if b else cell
        data.append([P(row[0], st), P(row[1], st)] + [P(x, ParagraphStyle("x", parent=st, alignment=TA_RIGHT)) for x in row[2:]])
    t = Table(data, colWidths=[50, 215, 82, 82, 82], repeatRows=1); t.setStyle(TableStyle(sty)); story.append(t)
    story.append(Spacer(1, 30))
    for s in c["signature"]: story.append(P(s, ParagraphStyle("sg", fontName="LS", fontSize=9.5, leading=13, alignment=TA_RIGHT if s != c["signature"][0] else 0)))
    def onpage(cv, doc):
        cv.saveState(); cv.setFont("LS", 7.5)
        if doc.page > 1: cv.drawString(42, A4[1] - 30, "Comune di Conegliano – Rendiconto della gestione 2024 – Allegato n. 14")
        cv.drawRightString(A4[0] - 42, 25, "Pag. %d" % doc.page); cv.restoreState()
    SimpleDocTemplate(D + c["name"] + ".pdf", pagesize=A4, leftMargin=42, rightMargin=42, topMargin=45, bottomMargin=45,
                      title="Piano degli indicatori - Rendiconto 2024").build(story, onFirstPage=onpage, onLaterPages=onpage)

def truth1(c):
    out = []
    for g in c["groups"]:
        for code, name, defin, val in g["rows"]:
            out.append(rec(area_code=g["code"], objective_level="strategic", objective_code=g["code"], objective_title=g["title"],
                           indicator_code=code, indicator=name, formula=defin, year=c["year"], actual=val))
    return out

# ---------------- sample 2: Regione, reportlab landscape, band rows inside the table ----------------
def render2(c):
    PS = landscape(A4)
    base = ParagraphStyle("b", fontName="DVC", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVCB", fontSize=12, leading=15, spaceBefore=6, spaceAfter=8, textColor=colors.HexColor("#1f3864"))
    cell = ParagraphStyle("c", fontName="DVC", fontSize=7, leading=8.4)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVCB")
    cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    hdr = ParagraphStyle("h", parent=cell, fontName="DVCB", alignment=TA_CENTER, textColor=colors.white)
    band1 = ParagraphStyle("m", parent=cell, fontName="DVCB", fontSize=8, leading=10, textColor=colors.white)
    band2 = ParagraphStyle("p", parent=cell, fontName="DVCB", fontSize=7.5, leading=9.5)
    story = [Spacer(1, 90)]
    for i, line in enumerate(c["cover"]):
        sz = [20, 12, 10, 17, 15, 10, 10][i]
        story.append(Paragraph(escape(line), ParagraphStyle("cv%d" % i, fontName="DVCB" if sz >= 15 or i == 0 else "DVC", fontSize=sz, leading=sz * 1.35, alignment=TA_CENTER, spaceAfter=12, textColor=colors.HexColor("#1f3864") if sz >= 15 else colors.black)))
    story.append(PageBreak())
    story.append(P(c["intro_heading"], h1))
    for p in c["intro"]: story.append(P(p, base))
    b = c["budget"]; story.append(Spacer(1, 8)); story.append(P(b["heading"], h1))
    story.append(P(b["caption"], ParagraphStyle("cap", fontName="DVC", fontSize=8.5, spaceAfter=4)))
    data = [[P(h, hdr) for h in b["headers"]]]
    for row in b["rows"]:
        st = cellb if row[1].startswith("Totale") else cell
        data.append([P(row[0], ParagraphStyle("x", parent=st, alignment=TA_CENTER)), P(row[1], st)] + [P(x, ParagraphStyle("y", parent=st, alignment=TA_RIGHT)) for x in row[2:]])
    t = Table(data, colWidths=[50, 300, 110, 110, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(t)
    story.append(PageBreak())
    story.append(P(c["ind_heading"], h1))
    story.append(P(c["ind_note"], ParagraphStyle("n", fontName="DVC", fontSize=8, spaceAfter=5)))
    W = [100, 50, 112, 110, 42, 78, 70, 72, 72, 72]
    data = [[P(h, hdr) for h in c["headers"]]]
    sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f7f7f")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for m in c["missions"]:
        i = len(data); data.append([P("MISSIONE %s – %s" % (m["code"], m["title"]), band1)] + [""] * 9)
        sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#2e75b6"))]
        for pr in m["programmes"]:
            i = len(data); data.append([P("Programma %s – %s" % (pr["code"], pr["title"]), band2)] + [""] * 9)
            sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#ddebf7"))]
            for ob in pr["objectives"]:
                i0 = len(data)
                for k, x in enumerate(ob["indicators"]):
                    first = P("%s – %s" % (ob["code"], ob["title"]), cellb) if k == 0 else ""
                    data.append([first, P(x["indicator_code"], cellc), P(x["indicator"], cell), P(x["formula"], cell), P(x["unit"], cellc),
                                 P(x["data_source"], cell), P(x["baseline"], cellc)] + [P(x["targets"][str(y)], cellc) for y in c["years"]])
                if len(ob["indicators"]) > 1: sty.append(("SPAN", (0, i0), (0, len(data) - 1)))
    t = Table(data, colWidths=W, repeatRows=1); t.setStyle(TableStyle(sty)); story.append(t)
    story.append(Spacer(1, 5)); story.append(P(c["footnote"], ParagraphStyle("f", fontName="DVC", fontSize=7, leading=9)))
    def onpage(cv, doc):
        cv.saveState(); cv.setFont("DVC", 7.5)
        if doc.page > 1:
            cv.drawString(40, PS[1] - 28, "Regione Marche – Piano degli indicatori e dei risultati attesi di bilancio 2025-2027")
            cv.drawRightString(PS[0] - 40, 22, "%d" % doc.page)
        cv.restoreState()
    SimpleDocTemplate(D + c["name"] + ".pdf", pagesize=PS, leftMargin=30, rightMargin=30, topMargin=42, bottomMargin=40,
                      title="Piano degli indicatori 2025-2027").build(story, onFirstPage=onpage, onLaterPages=onpage)

def truth2(c):
    out = []
    for m in c["missions"]:
        for pr in m["programmes"]:
            for ob in pr["objectives"]:
                for x in ob["indicators"]:
                    for y in c["years"]:
                        out.append(rec(area_code=m["code"], area_title=m["title"], objective_level="operational", objective_code=ob["code"],
                                       objective_title=ob["title"], indicator_code=x["indicator_code"], indicator=x["indicator"], formula=x["formula"],
                                       unit=x["unit"], data_source=x["data_source"], baseline=x["baseline"], year=y, target=x["targets"][str(y)]))
    return out

# ---------------- sample 3: Ente Parco, Word (python-docx -> LibreOffice) ----------------
def render3(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor, Emu
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    s = doc.sections[0]; s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2.2); s.bottom_margin = Cm(2)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    hp = s.header.paragraphs[0]; hp.text = "Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni – Rendiconto 2024 – Piano degli indicatori"
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.italic = True
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(); f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE")
    fp._p.append(f1); rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); f1.append(rr)
    def shade(cell, hexc):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexc); tcPr.append(sh)
    def cant_split(row, header=False):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); trPr.append(e)
        if header: h = OxmlElement("w:tblHeader"); trPr.append(h)
    def set_widths(t, W):
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), W): gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
        from docx.table import _Cell
        for tr in t._tbl.tr_lst:
            tcs = tr.tc_lst
            if len(tcs) == len(W):
                for tc, w in zip(tcs, W): _Cell(tc, t).width = w
            else:
                for tc in tcs: _Cell(tc, t).width = Emu(sum(int(w) for w in W))
    def put(cell, text, bold=False, size=8.5, color=None, align=None, italic=False):
        p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
        run = p.add_run(text); run.bold = bold; run.italic = italic; run.font.size = Pt(size)
        if color: run.font.color.rgb = RGBColor.from_string(color)
    doc.add_paragraph()
    for i, line in enumerate(c["cover"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line); run.bold = i in (0, 2, 4); run.font.size = Pt([16, 11, 14, 11, 15, 13, 9.5][i])
        if i == 4: run.font.color.rgb = RGBColor(0x37, 0x56, 0x23)
        p.paragraph_format.space_after = Pt(14 if i in (1, 3, 5) else 6)
    doc.add_paragraph()
    h = doc.add_paragraph(); rh = h.add_run(c["intro_heading"]); rh.bold = True; rh.font.size = Pt(12)
    for t in c["intro"]:
        p = doc.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_page_break()
    b = c["budget"]
    h = doc.add_paragraph(); rh = h.add_run(b["heading"]); rh.bold = True; rh.font.size = Pt(12)
    p = doc.add_paragraph(b["caption"]); p.runs[0].font.size = Pt(9); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for j, hh in enumerate(b["headers"]): put(t.rows[0].cells[j], hh, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER); shade(t.rows[0].cells[j], "C5E0B3")
    for row in b["rows"]:
        cells = t.add_row().cells
        for j, x in enumerate(row): put(cells[j], x, bold=row[0] == "Totale", align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
    set_widths(t, [Cm(8.6), Cm(2.8), Cm(2.8), Cm(2.8)])
    doc.add_paragraph()
    h = doc.add_paragraph(); rh = h.add_run(c["ind_heading"]); rh.bold = True; rh.font.size = Pt(12)
    W = [Cm(5.4), Cm(2.5), Cm(1.7), Cm(2.4), Cm(2.3), Cm(2.7)]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, hh in enumerate(c["headers"]): put(t.rows[0].cells[j], hh, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, color="FFFFFF"); shade(t.rows[0].cells[j], "375623")
    cant_split(t.rows[0], header=True)
    def band(text, fill, color=None, bold=True, italic=False, size=9):
        row = t.add_row(); cant_split(row); m = row.cells[0].merge(row.cells[5])
        put(m, text, bold=bold, size=size, color=color, italic=italic); 
        if fill: shade(m, fill)
    for m in c["missions"]:
        band("MISSIONE %s – %s" % (m["code"], m["title"]), "548235", "FFFFFF")
        for pr in m["programmes"]:
            band("Programma %s – %s" % (pr["code"], pr["title"]), "A9D08E")
            for ob in pr["objectives"]:
                band("Obiettivo %s – %s" % (ob["code"], ob["title"]), "E2EFDA")
                for x in ob["indicators"]:
                    row = t.add_row(); cant_split(row); cells = row.cells
                    vals = [x["indicator"], x["type"], x["unit"], x["target"], x["actual"], x["notes"] or ""]
                    for j, v in enumerate(vals): put(cells[j], v, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER if j in (2, 3, 4) else None)
                    if x.get("nota_row"): band(x["nota_row"], None, bold=False, italic=True, size=8)
    set_widths(t, W)
    p = doc.add_paragraph(c["footnote"]); p.runs[0].font.size = Pt(8); p.runs[0].italic = True
    doc.add_paragraph()
    for i, line in enumerate(c["closing"]):
        p = doc.add_paragraph(line)
        if i == 0: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if i >= 2: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = D + c["name"] + ".docx"; doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r86", "--headless", "--convert-to", "pdf", "--outdir", D, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def truth3(c):
    out = []
    for m in c["missions"]:
        for pr in m["programmes"]:
            for ob in pr["objectives"]:
                for x in ob["indicators"]:
                    out.append(rec(area_code=m["code"], area_title=m["title"], objective_level="operational", objective_code=ob["code"],
                                   objective_title=ob["title"], indicator=x["indicator"], type=x["type"], unit=x["unit"], year=c["year"],
                                   target=x["target"], actual=x["actual"], notes=x["notes"], comment=x.get("nota_row")))
    return out

# ---------------- read-back ----------------
def norm(s): return re.sub(r"\s+", "", s or "")
def readback(pdf, recs, key_cells):
    """key_cells(rec) -> list of cell texts expected in the same table row as the indicator name."""
    rows_by_page = []
    with pdfplumber.open(pdf) as doc:
        n = len(doc.pages)
        for pg in doc.pages:
            rows = []
            for tb in pg.find_tables():
                for row in tb.extract(): rows.append([norm(x) for x in row if x])
            rows_by_page.append(rows)
    prev = 1
    for r in recs:
        want = norm(r["indicator"]); hits = []
        for p in range(prev, n + 1):
            for row in rows_by_page[p - 1]:
                if want in row: hits.append((p, row))
        assert hits, ("not found", pdf, r["indicator"])
        p, row = hits[0]
        for k in key_cells(r):
            assert norm(k) in row, ("cell not in row", pdf, r["indicator"], k, row)
        r["page"] = r["page_end"] = p; prev = p
    return n

def main():
    for name, render, truth, kc in [
        ("comune-conegliano-2024-rendiconto-indicatori", render1, truth1, lambda r: [r["indicator_code"], r["formula"], r["actual"]]),
        ("regione-marche-2025-piano-indicatori", render2, truth2, lambda r: [r["indicator_code"], r["formula"], r["data_source"], r["baseline"], r["target"]]),
        ("parco-nazionale-cilento-2024-rendiconto-indicatori", render3, truth3, lambda r: [r["type"], r["unit"], r["target"], r["actual"]] + ([r["notes"]] if r["notes"] else [])),
    ]:
        c = json.load(open(D + name + ".content.json"))
        render(c)
        recs = truth(c)
        pages = readback(D + name + ".pdf", recs, kc)
        pdf = D + name + ".pdf"
        tr = {"schema": "perfextract/records@1",
              "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": pages},
              "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(tr, open(D + name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, "pages", pages, "records", len(recs), "record pages", sorted(set(r["page"] for r in recs)))

if __name__ == "__main__":
    main()

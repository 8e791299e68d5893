"""Round r89: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
Renderers: 'docx' (python-docx -> LibreOffice, Word table style with status row merged in the table),
'xlsx' (openpyxl -> LibreOffice Calc, one sheet, landscape), 'rl' (reportlab, report-software look)."""
import json, re, os, sys, subprocess, hashlib, shutil
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-r89"

def norm(s): return re.sub(r"\s+", " ", s).strip() if s else None

# ---------------- value parsing (RECORDS.md / CONVENTIONS.md) ----------------
UNITS = [(r"%", "%"), (r"‰", "‰"), (r"gg\.?|giorni", "days"), (r"mesi", "months"), (r"ore", "hours"), (r"€|euro", "EUR")]
def parse(s):
    if s is None: return (None, None, None, None)
    t = s.strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t): return (None, None, None, None)
    op = None
    for pat, o in [(r"^(≥|>=)\s*", ">="), (r"^(≤|<=)\s*", "<="), (r"^>\s*", ">"), (r"^<\s*", "<")]:
        m = re.match(pat, t)
        if m: op = o; t = t[m.end():]; break
    unit = None
    m = re.match(r"^€\s*", t)
    if m: unit = "EUR"; t = t[m.end():]
    m = re.match(r"^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?", t)
    if not m: return (None, None, None, None)
    num = float(m.group(2).replace(".", "") + ("." + m.group(3) if m.group(3) else ""))
    if m.group(1): num = -num
    rest = re.sub(r"\([^)]*\)", "", t[m.end():]).strip()
    if re.search(r"\d", rest): return (None, None, None, None)
    if unit is None:
        for pat, u in UNITS:
            if re.match(r"^(" + pat + r")(\s|$)", rest) or (u in ("%", "‰") and rest.startswith(pat)):
                unit = u; break
    return (op or "=", num, None, unit)

def compute_met(r, better):
    to, tv, tu = r["target_operator"], r["target_value"], r["target_unit"]
    av, au = r["actual_value"], r["actual_unit"]
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if abs(av - tv) < 1e-9: return True
    if better == "higher": return av > tv
    if better == "lower": return av < tv
    return None

STATUS = {"OBIETTIVO CONSEGUITO": "achieved", "OBIETTIVO PARZIALMENTE CONSEGUITO": "partially_achieved",
          "OBIETTIVO NON CONSEGUITO": "not_achieved", "Obiettivo sospeso": "suspended"}

def records(d):
    out = []; area = None; strat = None; op = None
    for b in d["blocks"]:
        if "heading" in b:
            if b["heading"] == "area": area = b; strat = op = None
            elif b["heading"] == "strategic": strat = b; op = None
            else: op = b
            continue
        for r in b["rows"]:
            obj = op or strat or area
            lvl = "operational" if op else "strategic" if strat else "area"
            rec = {"page": None, "page_end": None,
                   "area_code": area["code"], "area_title": norm(area["title"]),
                   "objective_level": lvl, "objective_code": obj["code"], "objective_title": norm(obj["title"]),
                   "indicator_code": None, "indicator": norm(r["descrizione"]), "type": norm(r["tipo"]),
                   "formula": None, "unit": None, "data_source": None, "weight": None, "baseline": None, "year": None,
                   "target": norm(r["valore_atteso"])}
            o, v, vm, u = parse(r["valore_atteso"])
            rec.update(target_operator=o, target_value=v, target_value_max=vm, target_unit=u, actual=norm(r["valore_raggiunto"]))
            o, v, vm, u = parse(r["valore_raggiunto"])
            rec.update(actual_operator=o, actual_value=v, actual_value_max=vm, actual_unit=u, achievement=None, notes=norm(r["note"]))
            rec["status"] = STATUS[r["status_text"]]; rec["status_text"] = r["status_text"]
            com = [x for x in [r["status_comment"]] + r["after_text"] if x]
            rec["comment"] = norm(" ".join(com)) if com else None
            rec["met"] = compute_met(rec, r["better"])
            out.append(rec)
    return out

# ---------------- renderer 1: Word -> LibreOffice ----------------
def render_docx(d, base):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    # footer with page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Camera di Commercio di Pavia – Relazione sulla performance 2021 – pag. "); r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    for t, txt in [("begin", None), (None, "PAGE"), ("end", None)]:
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r2._r.append(e)
    def para(text, size=11, bold=False, italic=False, align=None, space_after=6, color=None, keep=False):
        p = doc.add_paragraph(); run = p.add_run(text); run.font.size = Pt(size); run.bold = bold; run.italic = italic
        if color: run.font.color.rgb = RGBColor.from_string(color)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(space_after)
        if keep: p.paragraph_format.keep_with_next = True
        return p
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)
    def borders(tbl, color="7F9F7F"):
        tblPr = tbl._tbl.tblPr; b = OxmlElement("w:tblBorders")
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
            e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), color); b.append(e)
        tblPr.append(b)
    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    def cell_text(cell, text, size=9, bold=False, runs=None):
        p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
        for t, b in (runs or [(text, bold)]):
            rr = p.add_run(t); rr.font.size = Pt(size); rr.bold = b
    c = d["cover"]
    para("", space_after=60)
    para(c[0], 20, align="c", space_after=0, color="1F5C3A"); para(c[1], 28, bold=True, align="c", space_after=80, color="1F5C3A")
    para(c[2], 22, bold=True, align="c", space_after=12); para(c[3], 16, align="c", space_after=30)
    para(c[4], 12, italic=True, align="c", space_after=120); para(c[5], 10, align="c")
    doc.add_page_break()
    para(d["intro_title"], 14, bold=True, color="1F5C3A", keep=True)
    for t in d["intro"]: para(t, align="j")
    para(d["extra_title"], 14, bold=True, color="1F5C3A", keep=True)
    para(d["extra_intro"], align="j", keep=True)
    et = d["extra_table"]; tb = doc.add_table(rows=1 + len(et["rows"]), cols=len(et["header"])); borders(tb)
    for j, h in enumerate(et["header"]): cell_text(tb.rows[0].cells[j], h, 9, True); shade(tb.rows[0].cells[j], "D9EAD3")
    for i, row in enumerate(et["rows"]):
        for j, v in enumerate(row):
            cell_text(tb.rows[i + 1].cells[j], v, 9)
            if j: tb.rows[i + 1].cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("", space_after=4)
    para(d["section_title"], 14, bold=True, color="1F5C3A", keep=True)
    W = [Cm(5.6), Cm(2.2), Cm(2.6), Cm(2.8), Cm(3.8)]
    for b in d["blocks"]:
        if "heading" in b:
            if b["heading"] == "area":
                para(b["label"], 12, bold=True, space_after=2, keep=True, color="1F5C3A")
                para(b["title"], 11, bold=True, space_after=8, keep=True)
            else:
                para(b["label"], 11, bold=True, space_after=2, keep=True)
                para(b["title"], 11, bold=False, italic=True, space_after=6, keep=True)
            continue
        para("Indicatori", 10, bold=True, space_after=3, keep=True)
        tb = doc.add_table(rows=1, cols=5); borders(tb); tb.autofit = False
        hdr = tb.rows[0]; repeat_header(hdr)
        for j, h in enumerate(d["headers"]): cell_text(hdr.cells[j], h, 9, True); shade(hdr.cells[j], "D9EAD3")
        for r in b["rows"]:
            row = tb.add_row()
            for j, k in enumerate(["descrizione", "tipo", "valore_atteso", "valore_raggiunto", "note"]):
                cell_text(row.cells[j], r[k] or "", 9)
            srow = tb.add_row(); m = srow.cells[0].merge(srow.cells[4])
            runs = [(r["status_text"], True)] + ([(" " + r["status_comment"], False)] if r["status_comment"] else [])
            cell_text(m, None, 9, runs=runs); shade(m, "F2F7EF")
            for t in r["after_text"]:
                arow = tb.add_row(); m = arow.cells[0].merge(arow.cells[4]); cell_text(m, t, 9)
        for row in tb.rows:
            for j, cc in enumerate(row.cells): cc.width = W[j] if len(set(id(x) for x in row.cells)) > 1 else sum(W)
        para("", space_after=6)
    doc.save(base + ".docx")
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", HERE, base + ".docx"], check=True, capture_output=True)

# ---------------- renderer 2: Calc -> LibreOffice ----------------
def render_xlsx(d, base):
    import openpyxl, math
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Relazione 2022"
    widths = [40, 13, 14, 17, 32]
    for i, w in enumerate(widths): ws.column_dimensions["ABCDE"[i]].width = w
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = lambda **k: Font(name="Liberation Sans", **k)
    row = [1]
    def lines(text, width_chars):
        return sum(max(1, math.ceil(len(part) / width_chars)) for part in text.split("\n"))
    def merged(text, size=10, bold=False, fill=None, h=None, border=False, italic=False, align="left"):
        r = row[0]; ws.merge_cells(f"A{r}:E{r}")
        c = ws.cell(r, 1, text); c.font = F(size=size, bold=bold, italic=italic)
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
        if fill:
            for j in range(1, 6): ws.cell(r, j).fill = PatternFill("solid", fgColor=fill)
        if border:
            for j in range(1, 6): ws.cell(r, j).border = B
        n = lines(text, int(sum(widths) * 1.05 * 10 / size))
        ws.row_dimensions[r].height = h or (n * size * 1.32 + 4)
        row[0] += 1
    def cells(vals, bold=False, fill=None, size=9, right=()):
        r = row[0]; n = 1
        for j, v in enumerate(vals):
            c = ws.cell(r, j + 1, v); c.font = F(size=size, bold=bold); c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right" if j in right else "left")
            if fill: c.fill = PatternFill("solid", fgColor=fill)
            n = max(n, lines(v or "", int(widths[j] * 1.1 * 9 / size)))
        ws.row_dimensions[r].height = n * size * 1.3 + 4
        row[0] += 1
    c = d["cover"]
    merged(c[0], 12, True, align="center"); merged(c[1], 16, True, align="center", h=26); merged(c[2], 10, italic=True, align="center")
    row[0] += 1
    for t in d["intro"]: merged(t, 10)
    row[0] += 1
    merged(d["extra_title"], 11, True)
    et = d["extra_table"]
    cells(et["header"] + [""] * (5 - len(et["header"])), bold=True, fill="DDE7F3")
    for rr in et["rows"]: cells(rr + [""] * (5 - len(rr)), right=(1, 2, 3))
    row[0] += 1
    for b in d["blocks"]:
        if "heading" in b:
            if b["heading"] == "area":
                merged(b["label"], 11, True, fill="1F4E79"); ws.cell(row[0] - 1, 1).font = F(size=11, bold=True, color="FFFFFF")
                merged(b["title"], 10, True, fill="DDE7F3")
            else:
                merged(b["label"], 10, True, fill="F2F2F2"); merged(b["title"], 10, False)
            continue
        merged("Indicatori", 9, True)
        cells(d["headers"], bold=True, fill="DDE7F3")
        for r in b["rows"]:
            cells([r["descrizione"], r["tipo"], r["valore_atteso"], r["valore_raggiunto"], r["note"]])
            merged(r["status_text"], 9, True, border=True)
            for t in ([r["status_comment"]] if r["status_comment"] else []) + r["after_text"]:
                merged(t, 9, border=True)
        row[0] += 1
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = ws.page_margins.bottom = 0.85; ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.center.text = "CCIAA Sondrio – Relazione sulla performance 2022"
    wb.save(base + ".xlsx")
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", HERE, base + ".xlsx"], check=True, capture_output=True)

# ---------------- renderer 3: reportlab, report software ----------------
def render_rl(d, base):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, CondPageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D = "/usr/share/fonts/truetype/dejavu/"
    for n, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf")]:
        pdfmetrics.registerFont(TTFont(n, D + f))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    S = lambda **k: ParagraphStyle("x", **({"fontName": "DV"} | k))
    cellS = S(fontSize=7.5, leading=9.2); hS = S(fontSize=7.5, leading=9, textColor=colors.white)
    body = S(fontSize=9.5, leading=13, alignment=4, spaceAfter=6)
    TEAL = colors.HexColor("#00566B")
    story = []
    c = d["cover"]
    story += [Spacer(1, 5 * cm), Paragraph(esc(c[0]), S(fontSize=16, leading=20, textColor=TEAL, alignment=1)), Spacer(1, 1 * cm),
              Paragraph(esc(c[1]), S(fontSize=24, leading=30, alignment=1, fontName="DV-B")), Spacer(1, 0.5 * cm),
              Paragraph(esc(c[2]), S(fontSize=13, leading=17, alignment=1)), Spacer(1, 8 * cm),
              Paragraph(esc(c[3]), S(fontSize=8, leading=10, alignment=1, textColor=colors.grey)), PageBreak()]
    story.append(Paragraph("Introduzione", S(fontSize=13, leading=17, fontName="DV-B", textColor=TEAL, spaceAfter=8)))
    for t in d["intro"]: story.append(Paragraph(esc(t), body))
    story.append(Paragraph(esc(d["extra_title"]), S(fontSize=11, leading=15, fontName="DV-B", textColor=TEAL, spaceBefore=6, spaceAfter=6)))
    et = d["extra_table"]
    t = Table([[Paragraph("<b>%s</b>" % esc(h), hS) for h in et["header"]]] + [[Paragraph(esc(v), cellS) for v in r] for r in et["rows"]],
              colWidths=[7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AB")),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#E6F0F2")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 10)]
    W = [5.0 * cm, 2.0 * cm, 2.6 * cm, 3.0 * cm, 4.4 * cm]
    SC = {"achieved": "#2E7D32", "partially_achieved": "#E08E0B", "not_achieved": "#C62828", "suspended": "#616161"}
    for b in d["blocks"]:
        if "heading" in b:
            if b["heading"] == "area":
                tt = Table([[Paragraph("<b>%s</b><br/>%s" % (esc(b["label"]), esc(b["title"])), S(fontSize=10, leading=13, textColor=colors.white))]], colWidths=[sum(W)])
                tt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                story += [CondPageBreak(4 * cm), Spacer(1, 6), tt, Spacer(1, 6)]
            else:
                story += [CondPageBreak(2 * cm), Paragraph("<b>%s</b>" % esc(b["label"]), S(fontSize=9.5, leading=12, textColor=TEAL, spaceBefore=4)),
                          Paragraph(esc(b["title"]), S(fontSize=9.5, leading=12, spaceAfter=4))]
            continue
        story.append(Paragraph("<b>Indicatori</b>", S(fontSize=8.5, leading=11, spaceAfter=2)))
        data = [[Paragraph("<b>%s</b>" % esc(h), hS) for h in d["headers"]]]
        sty = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AB")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r in b["rows"]:
            data.append([Paragraph(esc(r[k] or ""), cellS) for k in ["descrizione", "tipo", "valore_atteso", "valore_raggiunto", "note"]])
            i = len(data)
            txt = '<font color="%s"><b>%s</b></font>' % (SC[STATUS[r["status_text"]]], esc(r["status_text"]))
            if r["status_comment"]: txt += " " + esc(r["status_comment"])
            data.append([Paragraph(txt, cellS), "", "", "", ""]); sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F4F8F9"))]
            for a in r["after_text"]:
                i = len(data); data.append([Paragraph(esc(a), cellS), "", "", "", ""]); sty.append(("SPAN", (0, i), (-1, i)))
        t = Table(data, colWidths=W, repeatRows=1, splitInRow=1); t.setStyle(TableStyle(sty))
        story += [t, Spacer(1, 8)]
    def onpage(cv, doc):
        if doc.page == 1: return
        cv.saveState(); cv.setFont("DV", 7); cv.setFillColor(TEAL)
        cv.drawString(2 * cm, A4[1] - 1.2 * cm, "CCIAA PISA · Ciclo della performance 2019 · Report obiettivi e indicatori")
        cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Pag. %d" % doc.page); cv.drawString(2 * cm, 1.1 * cm, "Stampato il 15/05/2020 - utente: controllo.gestione")
        cv.restoreState()
    SimpleDocTemplate(base + ".pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.9 * cm, bottomMargin=1.8 * cm,
                      title="Relazione sulla performance 2019", author="CCIAA Pisa").build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------- read-back: pages of each row ----------------
def nospace(s): return re.sub(r"\s+", "", s)
def readback(pdf, d, recs):
    keys = ["descrizione", "tipo", "valore_atteso", "valore_raggiunto", "note"]
    rows = [r for b in d["blocks"] if "rows" in b for r in b["rows"]]
    with pdfplumber.open(pdf) as P:
        # column left edges from a header row
        edges = None
        for pg in P.pages:
            ws = pg.extract_words()
            for i, w in enumerate(ws):
                if w["text"] == "Descrizione" and i + 1 < len(ws) and ws[i + 1]["text"] == "Tipo":
                    xs = [w["x0"], ws[i + 1]["x0"]] + [x["x0"] for x in ws[i + 2:i + 8] if x["text"] in ("Valore", "Note")][::1]
                    vals = [x for x in ws[i + 2:i + 8] if x["text"] in ("Valore", "Note")]
                    edges = [w["x0"], ws[i + 1]["x0"], vals[0]["x0"], vals[1]["x0"], vals[2]["x0"]]
                    break
            if edges: break
        bounds = [e - 3 for e in edges] + [P.pages[0].width]
        streams = []
        for j in range(5):
            s = ""; pos = []
            for pn, pg in enumerate(P.pages, 1):
                txt = nospace(pg.crop((bounds[j], 45, bounds[j + 1], pg.height - (52 if d["renderer"] == "docx" else 45))).extract_text() or "")
                pos.append((len(s), pn)); s += txt + "¶"
            streams.append((s, pos))
        cur = [0] * 5
        def page_at(j, i):
            pn = 1
            for st, p in streams[j][1]:
                if st <= i: pn = p
            return pn
        def find(j, text, start):
            s = streams[j][0]
            sep = "(?:¶(?:" + re.escape(nospace(d["headers"][j])) + ")?)?"
            # allow page-break marker inside text
            pat = sep.join(re.escape(ch) for ch in text)
            m = re.compile(pat).search(s, start)
            return m
        for r, rec in zip(rows, recs):
            first = None; last = 0
            for j, k in enumerate(keys):
                t = nospace(r[k] or "")
                if not t: continue
                m = find(j, t, cur[j])
                assert m, (pdf, k, r[k][:60])
                cur[j] = m.end()
                ps, pe = page_at(j, m.start()), page_at(j, m.end() - 1)
                if j == 0: first = ps
                last = max(last, pe)
            rec["page"], rec["page_end"] = first, max(first, last)
        return len(P.pages)

def build(name):
    d = json.load(open(os.path.join(HERE, name + ".content.json")))
    base = os.path.join(HERE, name)
    {"docx": render_docx, "xlsx": render_xlsx, "rl": render_rl}[d["renderer"]](d, base)
    recs = records(d)
    pages = readback(base + ".pdf", d, recs)
    truth = {"schema": "perfextract/records@1", "_about": f"r89 blind sample; truth written from {name}.content.json by make_r89.py",
             "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(base + ".pdf", "rb").read()).hexdigest(), "pages": pages},
             "document": d["document"], "indicators": recs, "warnings": []}
    json.dump(truth, open(base + ".truth.json", "w"), ensure_ascii=False, indent=1)
    print(name, pages, "pages", len(recs), "records; split rows:", [(r["page"], r["page_end"], r["indicator"][:40]) for r in recs if r["page_end"] != r["page"]])

if __name__ == "__main__":
    for n in sys.argv[1:] or ["cciaa-pavia-2021-relazione", "cciaa-sondrio-2022-relazione", "cciaa-pisa-2019-relazione"]:
        build(n)

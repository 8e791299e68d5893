# Round r62 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
import json, re, os, sys, subprocess, hashlib, shutil
D = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-r62"

# ---------- value parsing (RECORDS.md / CONVENTIONS.md) ----------
def ws(s):
    if s is None: return None
    s = " ".join(str(s).split()); return s or None

def num(t):
    t = t.strip()
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", t): t = t.replace(".", "")
    return float(t.replace(",", "."))

def parse(s):
    N = (None, None, None, None)
    if s is None: return N
    t = ws(s); op = None
    for pre, o in ((">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<")):
        if t.startswith(pre): op = o; t = t[len(pre):].strip(); break
    unit = None
    if t.startswith("€"): unit = "EUR"; t = t[1:].strip()
    m = re.match(r"(-?\d[\d.]*(?:,\d+)?)\s*(.*)$", t)
    if not m: return N
    v = num(m.group(1)); rest = re.sub(r"\([^)]*\)", "", m.group(2)).strip()
    if re.search(r"\d", rest) or re.match(r"^/", rest): return N
    if rest.startswith("%"): unit = "%"
    elif re.match(r"^(gg|giorni)\b", rest): unit = "days"
    elif re.match(r"^ore\b", rest): unit = "hours"
    elif re.match(r"^mesi\b", rest): unit = "months"
    elif rest.startswith("€"): unit = "EUR"
    return (op or "=", v, None, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    n = name.lower(); best = None
    for w in LOWER + HIGHER:
        i = n.find(w)
        if i >= 0 and (best is None or i < best[0]): best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None

def met(name, t, a):
    to, tv, _, tu = t; ao, av, _, au = a
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if av == tv: return True
    d = direction(name)
    if d is None: return None
    return av > tv if d == "higher" else av < tv

def pct(s):
    if s is None: return None
    m = re.match(r"^(-?\d+(?:,\d+)?)\s*%$", s.strip())
    return float(m.group(1).replace(",", ".")) if m else None

STATUS = [("PARZIALMENTE RAGGIUNTO", "partially_achieved"), ("NON RAGGIUNTO", "not_achieved"), ("SOSPESO", "suspended"), ("RAGGIUNTO", "achieved")]
def status_of(s):
    if not s: return None
    for k, v in STATUS:
        if k in s.upper(): return v
    return None

def rec(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None, objective_code=None,
             objective_title=None, indicator_code=None, indicator=None, type=None, formula=None, unit=None,
             data_source=None, weight=None, baseline=None, year=None, target=None, actual=None, achievement=None,
             notes=None, status=None, status_text=None, comment=None)
    r.update(kw)
    for k in ("target", "actual", "notes", "baseline", "comment", "status_text", "data_source", "indicator", "objective_title", "area_title"):
        r[k] = ws(r[k])
    t = parse(r["target"]); a = parse(r["actual"])
    out = {}
    for k in ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title", "indicator_code",
              "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year", "target"]:
        out[k] = r[k]
    out.update(target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3], actual=r["actual"],
               actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3])
    for k in ["achievement", "notes", "status", "status_text", "comment"]: out[k] = r[k]
    out["met"] = met(r["indicator"], t, a)
    return out

# ---------- truth builders ----------
def truth_trento(c):
    recs = []
    for ar in c["areas"]:
        def walk(ob):
            for ind in ob["indicators"]:
                code, name, src, base, *tg = ind
                for y, tv in zip(c["years"], tg):
                    recs.append(rec(area_code=ar["code"], area_title=ar["title"], objective_level=ob["level"], objective_code=ob["code"],
                                    objective_title=ob["title"], indicator_code=code, indicator=name, data_source=src, baseline=base,
                                    year=y, target=tv))
            for s in ob.get("sub", []): walk(s)
        for ob in ar["objectives"]: walk(ob)
    return recs

def split_code(cell):
    m = re.match(r"^(\S+)\s+–\s+(.*)$", cell)
    if m: return m.group(1), m.group(2)
    m = re.match(r"^(\S+)\s+(.*)$", cell); return m.group(1), m.group(2)

def truth_piacenza(c):
    recs = []
    for sc in c["schede"]:
        for a, o, name, w, t, v, ach, note in sc["rows"]:
            ac, at = split_code(a); oc, ot = split_code(o)
            st = status_of(v) if v and v.lower().startswith("obiettivo") else None
            recs.append(rec(area_code=ac, area_title=at, objective_level="strategic", objective_code=oc, objective_title=ot,
                            indicator=name, weight=float(w), year=c["year"], target=t, actual=v, achievement=pct(ach), notes=note,
                            status=st, status_text=v if st else None))
    return recs

def truth_inrca(c):
    recs = []
    for ar in c["areas"]:
        for ob in ar["objectives"]:
            for code, name, w, t, v, ach, st, com in ob["indicators"]:
                recs.append(rec(area_code=ar["code"], area_title=ar["title"], objective_level="strategic", objective_code=ob["code"],
                                objective_title=ob["title"], indicator_code=code, indicator=name, weight=float(w), year=c["year"],
                                target=t, actual=v, achievement=pct(ach), status=status_of(st), status_text=st, comment=com))
    return recs

# ---------- renderers ----------
def soffice(src):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", D, src], check=True, capture_output=True)

def render_word(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21)
    for m in ("left_margin", "right_margin"): setattr(sec, m, Cm(1.8))
    sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcPr.append(sh)
    def rep_header(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    def cant_split(row):
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)
    def table(header, rows, widths, size=9, bold_last=False):
        t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
        for i, h in enumerate(header):
            cl = t.rows[0].cells[i]; cl.text = ""; r = cl.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(size); shade(cl, "D9E2F3")
        rep_header(t.rows[0])
        for k, row in enumerate(rows):
            cells = t.add_row().cells
            for i, v in enumerate(row):
                r = cells[i].paragraphs[0].add_run(v or ""); r.font.size = Pt(size)
                if bold_last and k == len(rows) - 1: r.bold = True
                if i >= 2 and len(header) > 5: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cant_split(t.rows[-1])
        t.autofit = False
        tblPr = t._tbl.tblPr; lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
        for i, w in enumerate(widths): t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
        return t
    def para(kind, text):
        if kind == "h1": p = doc.add_heading(text, level=1)
        elif kind == "h2": p = doc.add_heading(text, level=2)
        elif kind == "h3": p = doc.add_heading(text, level=3)
        elif kind == "caption":
            p = doc.add_paragraph(); r = p.add_run(text); r.italic = True; r.font.size = Pt(9.5); p.paragraph_format.keep_with_next = True
        else:
            p = doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # cover
    for _ in range(6): doc.add_paragraph()
    for i, line in enumerate(c["cover"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.font.size = Pt([22, 20, 16, 11][i]); r.bold = i < 3
        if i == 0: r.font.color.rgb = RGBColor(0x7B, 0x1E, 0x2B)
        if i == 2: doc.add_paragraph(); doc.add_paragraph()
    doc.add_page_break()
    # running header
    hp = sec.header.paragraphs[0]; hp.text = "Università degli Studi di Trento – PIAO 2025-2027"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    sec.different_first_page_header_footer = True
    def blocks(bl):
        for b in bl:
            if b[0] == "table": table(b[1], b[2], [5.5, 2, 3.5, 2.5] if len(b[1]) == 4 else [3.6, 3.6, 2.2, 5.0, 2.4], bold_last=(len(b[1]) == 4)); doc.add_paragraph()
            else: para(*b)
    blocks(c["intro"])
    W = [1.6, 5.05, 2.6, 2.0, 2.05, 2.05, 2.05]
    n = 0
    for ar in c["areas"]:
        para("h3", f"Area strategica {ar['code']} – {ar['title']}")
        for ob in ar["objectives"]:
            p = doc.add_paragraph(); r = p.add_run(f"Obiettivo strategico {ob['code']} – {ob['title']}"); r.bold = True
            if ob["indicators"]:
                table(c["header"], ob["indicators"], W, size=8); doc.add_paragraph()
            for sb in ob.get("sub", []):
                p = doc.add_paragraph(); r = p.add_run(f"Obiettivo operativo {sb['code']} – {sb['title']}"); r.bold = True; r.italic = True
                table(c["header"], sb["indicators"], W, size=8); doc.add_paragraph()
    blocks(c["outro"])
    # page numbers footer
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE"); fr = OxmlElement("w:r"); ft = OxmlElement("w:t"); ft.text = "1"; fr.append(ft); f1.append(fr); fp._p.append(f1)
    out = os.path.join(D, c["name"] + ".docx"); doc.save(out); soffice(out)

def render_calc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook(); thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdrfill = PatternFill("solid", fgColor="1F4E78"); zebra = PatternFill("solid", fgColor="EAF1F8")
    def setup(ws):
        ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4; ws.page_margins.top = 0.6; ws.page_margins.bottom = 0.6
        ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
        ws.oddHeader.right.text = "AUSL Piacenza – Schede di budget 2024"; ws.oddHeader.right.size = 8
    ws = wb.active; ws.title = "Frontespizio"; setup(ws)
    widths = [24, 31, 44, 6, 12, 13, 8, 30]
    for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
    r = 3
    for i, line in enumerate(c["cover"]):
        ws.cell(r, 1, line).font = Font(name="Arial", size=[18, 14, 12, 10][i], bold=i < 2); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).alignment = Alignment(horizontal="center"); ws.row_dimensions[r].height = 28 if i < 2 else 18; r += 2
    r += 1
    ws.cell(r, 1, "Sintesi dei punteggi per struttura").font = Font(name="Arial", bold=True, size=10); r += 1
    SC = [1, 2, 3, 5]; ws.row_dimensions[r].height = 26
    for j, h in enumerate(c["summary_header"]):
        x = ws.cell(r, SC[j], h); x.alignment = Alignment(wrap_text=True); x.font = Font(name="Arial", bold=True, color="FFFFFF", size=9); x.fill = hdrfill; x.border = B
    for row in c["summary"]:
        r += 1
        for j, v in enumerate(row):
            x = ws.cell(r, SC[j], v); x.font = Font(name="Arial", size=9); x.border = B
    r += 2
    ws.cell(r, 1, "Il punteggio è calcolato come somma dei pesi degli obiettivi moltiplicati per la rispettiva percentuale di raggiungimento. Gli obiettivi non valutabili (n.v.) sono esclusi e il loro peso è ridistribuito.").font = Font(name="Arial", size=9, italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[r].height = 30
    r += 1
    ws.cell(r, 1, c["closing"]).font = Font(name="Arial", size=9, italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[r].height = 18
    for sc in c["schede"]:
        ws = wb.create_sheet(sc["sheet"]); setup(ws)
        for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
        ws.cell(1, 1, "SCHEDA DI BUDGET 2024 – VERIFICA FINALE").font = Font(name="Arial", size=13, bold=True)
        ws.merge_cells("A1:H1")
        kv = [("Struttura", sc["struttura"]), ("Dipartimento", sc["dipartimento"]), ("Direttore", sc["direttore"])]
        r = 2
        for k, v in kv:
            ws.cell(r, 1, k + ":").font = Font(name="Arial", size=9, bold=True); ws.cell(r, 2, v).font = Font(name="Arial", size=9)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
        r += 1
        ws.cell(r, 1, "RISORSE ASSEGNATE").font = Font(name="Arial", size=9, bold=True); r += 1
        for j, h in enumerate(["Voce", "Budget 2024", "Consuntivo 2024", "Scost. %"]):
            x = ws.cell(r, j + 1, h); x.font = Font(name="Arial", bold=True, size=9); x.fill = PatternFill("solid", fgColor="D9D9D9"); x.border = B
        for row in sc["risorse"]:
            r += 1
            for j, v in enumerate(row):
                x = ws.cell(r, j + 1, v); x.font = Font(name="Arial", size=9); x.border = B
                if j: x.alignment = Alignment(horizontal="right")
        r += 2
        ws.cell(r, 1, "OBIETTIVI E INDICATORI").font = Font(name="Arial", size=9, bold=True); r += 1
        hr = r
        for j, h in enumerate(c["header"]):
            x = ws.cell(r, j + 1, h); x.font = Font(name="Arial", bold=True, size=9, color="FFFFFF"); x.fill = hdrfill; x.border = B
            x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.print_title_rows = f"{hr}:{hr}"
        tot = 0; score = 0
        for k, row in enumerate(sc["rows"]):
            r += 1
            for j, v in enumerate(row):
                x = ws.cell(r, j + 1, v); x.font = Font(name="Arial", size=9); x.border = B
                x.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 3 <= j <= 6 else "left")
                if k % 2: x.fill = zebra
            L = max(len(row[2]) / 46, len(row[1]) / 32, len(row[0]) / 25, len(row[7] or "") / 31)
            ws.row_dimensions[r].height = 13 * (int(L) + 1) + 2
            tot += int(row[3])
        r += 1
        ws.cell(r, 3, "TOTALE PESI").font = Font(name="Arial", size=9, bold=True); ws.cell(r, 4, str(tot)).font = Font(name="Arial", size=9, bold=True)
        for j in range(1, 9): ws.cell(r, j).border = B; ws.cell(r, j).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.cell(r, 4).alignment = Alignment(horizontal="center")
        r += 2
        ws.cell(r, 1, "Legenda: n.d. = dato non disponibile; n.v. = obiettivo non valutabile.").font = Font(name="Arial", size=8, italic=True)
        r += 2
        ws.cell(r, 1, "Il Direttore della struttura").font = Font(name="Arial", size=9); ws.cell(r, 6, "Il Direttore Generale").font = Font(name="Arial", size=9)
        r += 1
        ws.cell(r, 1, "_______________________").font = Font(name="Arial", size=9); ws.cell(r, 6, "_______________________").font = Font(name="Arial", size=9)
    out = os.path.join(D, c["name"] + ".xlsx"); wb.save(out); soffice(out)

def render_report(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
    teal = colors.HexColor("#00677F"); light = colors.HexColor("#DCEFF3")
    P = ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=13, alignment=4, spaceAfter=6)
    H1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=17, textColor=teal, spaceBefore=10, spaceAfter=6)
    C = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    CB = ParagraphStyle("cb", fontName="DVB", fontSize=8, leading=10)
    CW = ParagraphStyle("cw", fontName="DVB", fontSize=8.5, leading=11, textColor=colors.white)
    def onpage(cv, doc):
        if doc.page == 1: return
        cv.saveState(); cv.setFont("DV", 7.5); cv.setFillColor(colors.grey)
        cv.drawString(2 * cm, A4[1] - 1.2 * cm, "IRCCS INRCA – Relazione sulla performance 2023")
        cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"pag. {doc.page}")
        cv.setStrokeColor(teal); cv.setLineWidth(0.6); cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm); cv.restoreState()
    out = os.path.join(D, c["name"] + ".pdf")
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm,
                          title="Relazione sulla performance 2023", author="IRCCS INRCA")
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")], onPage=onpage)])
    s = [Spacer(1, 5 * cm)]
    cs = [("DVB", 26, teal), ("DV", 13, colors.black), ("DVB", 18, colors.black), ("DV", 10, colors.grey), ("DV", 9, colors.grey)]
    for line, (f, sz, col) in zip(c["cover"], cs):
        s.append(Paragraph(line, ParagraphStyle("cv", fontName=f, fontSize=sz, leading=sz * 1.35, alignment=1, textColor=col, spaceAfter=10)))
        if sz == 13: s.append(Spacer(1, 3 * cm))
    s.append(PageBreak())
    def simple(header, rows, widths, total=False):
        data = [[Paragraph(h, CB) for h in header]] + [[Paragraph(v, CB if total and i == len(rows) - 1 else C) for v in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [("LINEBELOW", (0, 0), (-1, 0), 0.8, teal), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        t.setStyle(TableStyle(st)); return t
    for b in c["intro"]:
        if b[0] == "h1": s.append(Paragraph(b[1], H1))
        elif b[0] == "p": s.append(Paragraph(b[1], P))
        else: s.append(simple(b[1], b[2], [6.5 * cm, 3.5 * cm, 3.5 * cm, 3.5 * cm])); s.append(Spacer(1, 8))
    W = [1.2 * cm, 7.3 * cm, 1.2 * cm, 3.0 * cm, 2.6 * cm, 1.7 * cm]
    data = [[Paragraph(h, CB) for h in c["header"]]]; st = [("LINEBELOW", (0, 0), (-1, 0), 0.8, teal), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for ar in c["areas"]:
        i = len(data); data.append([Paragraph(f"AREA STRATEGICA {ar['code']} – {ar['title']}", CW), "", "", "", "", ""])
        st += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), teal), ("TOPPADDING", (0, i), (-1, i), 4), ("BOTTOMPADDING", (0, i), (-1, i), 4)]
        for ob in ar["objectives"]:
            i = len(data); data.append([Paragraph(f"Obiettivo strategico {ob['code']} – {ob['title']}", CB), "", "", "", "", ""])
            st += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), light)]
            for code, name, w, t, v, ach, stt, com in ob["indicators"]:
                i = len(data); data.append([Paragraph(x, C) for x in (code, name, w, t, v, ach)])
                st += [("LINEBELOW", (0, i), (-1, i), 0.25, colors.HexColor("#C8C8C8"))]
                i = len(data)
                txt = f"<b>{stt}</b>" + (f" – {com}" if com else "")
                data.append(["", Paragraph(txt, C), "", "", "", ""])
                st += [("SPAN", (1, i), (-1, i)), ("LINEBELOW", (0, i), (-1, i), 0.5, colors.HexColor("#888888"))]
    t = Table(data, colWidths=W, repeatRows=1); t.setStyle(TableStyle(st)); s.append(t)
    s.append(Spacer(1, 10)); s.append(Paragraph("4. Sintesi dei risultati", H1))
    s.append(simple(c["summary_header"], c["summary"], [6 * cm, 3.5 * cm, 3 * cm], total=True)); s.append(Spacer(1, 8))
    for p in c["outro"]: s.append(Paragraph(p, P))
    doc.build(s)

# ---------- read-back of pages ----------
def readback(pdf, recs, c):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        pages = ["".join((pg.extract_text() or "").split()) for pg in p.pages]; npages = len(pages)
    cur = (0, 0); seen = {}
    for r in recs:
        key = (r["indicator"], r.get("indicator_code"), r["objective_code"])
        if key in seen: r["page"], r["page_end"] = seen[key]; continue
        words = r["indicator"].split()
        first = "".join(words[:2]); last = [x for x in re.split(r"[-/]", words[-1]) if x][-1]
        pi, off = cur; found = None
        while pi < npages:
            j = pages[pi].find(first, off)
            if j >= 0: found = (pi, j); break
            pi += 1; off = 0
        assert found, ("first not found", r["indicator"])
        # last words: same page after first, or following page
        pe = None; pi, off = found
        while pi < npages:
            j = pages[pi].find(last, off)
            if j >= 0: pe = pi; break
            pi += 1; off = 0
        assert pe is not None and pe - found[0] <= 1, ("last not found", r["indicator"])
        if r.get("indicator_code"): assert r["indicator_code"] in pages[found[0]], ("code", r["indicator"])
        # target text check
        if r.get("target"):
            tt = max(r["target"].split(), key=len)
            assert tt in pages[found[0]] or tt in pages[pe], ("target", r["indicator"], tt)
        r["page"], r["page_end"] = found[0] + 1, pe + 1
        seen[key] = (r["page"], r["page_end"]); cur = found[0], found[1] + 1
    return npages

def main():
    names = sys.argv[1:] or ["universita-trento-2025-piao", "ausl-piacenza-2024-schede-budget", "irccs-inrca-2023-relazione"]
    for n in names:
        c = json.load(open(os.path.join(D, n + ".content.json")))
        R = {"word": render_word, "calc": render_calc, "report": render_report}[c["renderer"]]
        T = {"word": truth_trento, "calc": truth_piacenza, "report": truth_inrca}[c["renderer"]]
        R(c); pdf = os.path.join(D, n + ".pdf"); recs = T(c); np_ = readback(pdf, recs, c)
        truth = {"schema": "perfextract/records@1", "_about": ABOUT[n] + " Generated by make_r62.py from " + n + ".content.json; pages read back from the PDF.",
                 "source": {"path": n + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": np_},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(os.path.join(D, n + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(n, np_, "pages", len(recs), "records")

ABOUT = {
 "universita-trento-2025-piao": "Layout: Word (python-docx -> LibreOffice) PIAO, ruled tables (Table Grid, shaded repeated header); 'Area strategica X – Titolo' heading, bold 'Obiettivo strategico X.n – …' and italic 'Obiettivo operativo' paragraphs, one table per objective: Codice | Indicatore | Fonte | Baseline 2023 | Target 2025 | Target 2026 | Target 2027 -> one record per year; staff and risk tables give none.",
 "ausl-piacenza-2024-schede-budget": "Layout: Calc (openpyxl -> LibreOffice) landscape schede di budget, one sheet per UOC with key lines and a RISORSE ASSEGNATE table, then a ruled zebra table with the hierarchy repeated on every row (Area 'A – TITOLO', Obiettivo 'A.1 Titolo' without level word -> strategic), Peso, Target 2024, Valore 2024, % ragg., Note; TOTALE PESI row. 'Obiettivo sospeso' in the Valore cell sets the status; 'n.v.' achievement null.",
 "irccs-inrca-2023-relazione": "Layout: report-software export (reportlab), borderless with hairlines, dark area bands and light objective bands spanning the table, status row under each indicator ('OBIETTIVO …' bold + ' – comment'); activity and outcome-count tables give none. Issuer: cover prints acronym line 'IRCCS INRCA' over the full name.",
}
if __name__ == "__main__": main()

# r34 blind samples: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
import json, re, subprocess, hashlib, os, sys, shutil
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE)
LO = "-env:UserInstallation=file:///tmp/lo-r34"

# ---------------- value parser (own, following RECORDS.md / CONVENTIONS.md) ----------------
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
OPS = [(">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("almeno", ">="), ("non inferiore a", ">="), ("entro", "<="), ("pari a", "=")]
def num(s): return float(s.replace(".", "").replace(",", "."))
def parse(t):
    N = (None, None, None, None)
    if t is None: return N
    s = t.strip(); op = None
    for k, v in OPS:
        if s.lower().startswith(k):
            op = v; s = s[len(k):].strip(); break
    unit = None
    if s.startswith("€"): unit = "EUR"; s = s[1:].strip()
    if s.lower().startswith("n°"): s = s[2:].strip()
    m = re.match(NUM, s)
    if not m: return N
    val = num(m.group(0)); rest = s[m.end():]
    if rest.startswith("/") or rest.startswith("-"): return N          # date / second number
    r = rest.strip()
    for k, u in [("%", "%"), ("‰", "‰"), ("gg", "days"), ("giorni", "days"), ("mesi", "months"), ("ore", "hours"),
                 ("€", "EUR"), ("euro", "EUR")]:
        if r.lower().startswith(k): unit = unit or u; r = r[len(k):]; break
    if re.search(r"\d", re.sub(r"\([^)]*\)", "", r)): return N
    return (op or "=", val, None, unit)
def met(ind, tp, ap):
    to, tv, tmax, tu = tp; ao, av, amax, au = ap
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == ">": return av > tv
    if to == "<=": return av <= tv
    if to == "<": return av < tv
    if to == "range": return tv <= av <= tmax
    if av == tv: return True
    d = ind.get("dir")
    if d == "up": return av > tv
    if d == "down": return av < tv
    return None
STATUS = {"OBIETTIVO CONSEGUITO": "achieved", "OBIETTIVO PARZIALMENTE CONSEGUITO": "partially_achieved",
          "OBIETTIVO NON CONSEGUITO": "not_achieved"}
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]
def ws(s): return None if s is None or not re.sub(r"\s+", " ", str(s)).strip() else re.sub(r"\s+", " ", str(s)).strip()
def rec(ind, **kw):
    r = {k: None for k in FIELDS}; r.update(kw)
    for k in ("target", "actual", "indicator", "notes", "comment", "status_text", "type", "objective_title", "area_title"):
        r[k] = ws(r[k])
    tp = parse(r["target"]); ap = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    r["met"] = met(ind, tp, ap)
    return r

def soffice(src):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------- 1. Camera di commercio: XLSX landscape, merged hierarchy columns ----------------
def cc_walk(c):
    """yields (area, os, oo, ind) in document order"""
    for a in c["areas"]:
        for i in a["indicators"]: yield a, None, None, i
        for s in a["strategic"]:
            for i in s["indicators"]: yield a, s, None, i
            for o in s["operational"]:
                for i in o["indicators"]: yield a, s, o, i
def cc_records(c):
    out = []
    for a, s, o, i in cc_walk(c):
        if o: lvl, code, title = "operational", o["code"], o["title"]
        elif s: lvl, code, title = "strategic", s["code"], s["title"]
        else: lvl, code, title = "area", a["code"], a["title"]
        st = i["status_text"]
        comment = " ".join(x for x in ([i["status_comment"]] if i["status_comment"] else []) + i["extra_rows"]) or None
        out.append(rec(i, area_code=a["code"], area_title=a["title"], objective_level=lvl, objective_code=code,
                       objective_title=title, indicator=i["indicator"], type=i["type"], target=i["target"],
                       actual=i["actual"], notes=i["notes"], status=STATUS.get(st), status_text=st, comment=comment))
    return out
def xlsx_cc(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    import math
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook(); w0 = wb.active; w0.title = "Premessa"
    for ws_ in (w0,):
        ws_.page_setup.orientation = "landscape"; ws_.page_setup.paperSize = 9
        ws_.page_setup.fitToWidth = 1; ws_.page_setup.fitToHeight = 0; ws_.sheet_properties.pageSetUpPr.fitToPage = True
    for col, wd in zip("ABCDE", [46, 24, 24, 20, 22]): w0.column_dimensions[col].width = wd
    cv = c["cover"]; r = 2
    for k, line in enumerate(cv["lines"]):
        w0.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = w0.cell(r, 1, line); cell.font = Font(name="Arial", size=[16, 14, 11, 10][k], bold=k < 2, italic=k >= 2)
        cell.alignment = Alignment(horizontal="center"); w0.row_dimensions[r].height = [26, 22, 16, 16][k]; r += 1
    r += 1
    for p in cv["prose"]:
        w0.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = w0.cell(r, 1, p); cell.font = Font(name="Arial", size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        w0.row_dimensions[r].height = 13 * math.ceil(len(p) / 150) + 6; r += 1
    r += 1
    w0.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    cell = w0.cell(r, 1, cv["budget_title"]); cell.font = Font(name="Arial", size=10, bold=True); r += 1
    for j, h in enumerate(cv["budget_header"]):
        cell = w0.cell(r, j + 1, h); cell.font = Font(name="Arial", size=9, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79"); cell.border = B
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for row in cv["budget_rows"]:
        for j, v in enumerate(row):
            cell = w0.cell(r, j + 1, v); cell.font = Font(name="Arial", size=9, bold=row[0] == "Totale"); cell.border = B
            cell.alignment = Alignment(horizontal="left" if j == 0 else "right")
        r += 1
    # ---- sheet 2
    w = wb.create_sheet("Obiettivi")
    w.page_setup.orientation = "landscape"; w.page_setup.paperSize = 9
    w.page_setup.fitToWidth = 1; w.page_setup.fitToHeight = 0; w.sheet_properties.pageSetUpPr.fitToPage = True
    w.page_margins.left = w.page_margins.right = 0.4; w.page_margins.top = 0.7; w.page_margins.bottom = 0.6
    w.oddHeader.right.text = "Relazione sulla performance 2023"; w.oddHeader.right.size = 8
    w.oddFooter.center.text = "Pagina &P di &N"; w.oddFooter.center.size = 8
    w0.oddFooter.center.text = "Pagina &P di &N"
    widths = [17, 22, 22, 42, 12, 16, 18, 32]
    for j, wd in enumerate(widths): w.column_dimensions["ABCDEFGH"[j]].width = wd
    w.merge_cells("A1:H1"); cell = w.cell(1, 1, c["sheet_title"]); cell.font = Font(name="Arial", size=11, bold=True)
    w.row_dimensions[1].height = 20
    for j, h in enumerate(c["header"]):
        cell = w.cell(2, j + 1, h); cell.font = Font(name="Arial", size=9, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79"); cell.border = B
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    w.row_dimensions[2].height = 26
    w.print_title_rows = "2:2"
    F9 = Font(name="Arial", size=9); F9b = Font(name="Arial", size=9, bold=True)
    def lines(text, width):
        n = 0
        cpl = max(4, int(width * 1.3))
        for para in str(text).split("\n"):
            words = para.split(); cur = 0; k = 1
            for wd in words:
                if cur and cur + 1 + len(wd) > cpl: k += 1; cur = len(wd)
                else: cur += (1 if cur else 0) + len(wd)
            n += k
        return n
    heights = {}
    r = 3
    groups = []   # (col, r0, r1, text)
    for a in c["areas"]:
        ar0 = r
        def put_ind(i, r):
            vals = [i["indicator"], i["type"], i["target"], i["actual"], i["notes"]]
            for j, v in enumerate(vals):
                cell = w.cell(r, 4 + j, v); cell.font = F9; cell.border = B
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (1, 2, 3) else "left")
            heights[r] = max(lines(v or "", widths[3 + j]) for j, v in enumerate(vals)) * 11 + 4
            r += 1
            if i["status_text"]:
                w.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
                if i["status_comment"]:
                    txt = CellRichText(TextBlock(InlineFont(rFont="Arial", sz=9, b=True), i["status_text"]),
                                       TextBlock(InlineFont(rFont="Arial", sz=9), "\n" + i["status_comment"]))
                    plain = i["status_text"] + "\n" + i["status_comment"]
                else:
                    txt = i["status_text"]; plain = txt
                cell = w.cell(r, 4, txt); cell.font = F9b
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.fill = PatternFill("solid", fgColor="E2EFDA" if "NON" not in i["status_text"] and "PARZ" not in i["status_text"] else "FCE4D6")
                for j in range(4, 9): w.cell(r, j).border = B
                heights[r] = lines(plain, sum(widths[3:])) * 11 + 4; r += 1
            for x in i["extra_rows"]:
                w.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
                cell = w.cell(r, 4, x); cell.font = F9; cell.alignment = Alignment(wrap_text=True, vertical="top")
                for j in range(4, 9): w.cell(r, j).border = B
                heights[r] = lines(x, sum(widths[3:])) * 11 + 4; r += 1
            return r
        for i in a["indicators"]: r = put_ind(i, r)
        for s in a["strategic"]:
            sr0 = r
            for i in s["indicators"]: r = put_ind(i, r)
            for o in s["operational"]:
                or0 = r
                for i in o["indicators"]: r = put_ind(i, r)
                groups.append((3, or0, r - 1, o["code"] + "\n" + o["title"]))
            groups.append((2, sr0, r - 1, s["code"] + "\n" + s["title"]))
        groups.append((1, ar0, r - 1, a["code"] + "\n" + a["title"]))
    last = r - 1
    for rr in range(3, last + 1):
        for j in (1, 2, 3): w.cell(rr, j).border = B
    for col, r0, r1, text in groups:
        if r1 > r0: w.merge_cells(start_row=r0, start_column=col, end_row=r1, end_column=col)
        cell = w.cell(r0, col, text)
        cell.font = Font(name="Arial", size=9, bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.fill = PatternFill("solid", fgColor=["DDEBF7", "EDF3FA", "F7FAFD"][col - 1])
        need = lines(text, widths[col - 1]) * 11.5 + 6
        have = sum(heights[x] for x in range(r0, r1 + 1))
        if have < need: heights[r1] += need - have
    for rr, h in heights.items(): w.row_dimensions[rr].height = h
    src = c["name"] + ".xlsx"; wb.save(src); soffice(src)

# ---------------- 2. Ministero: DOCX ----------------
def mi_records(c):
    out = []
    for s in c["specific"]:
        for a in s["annual"]:
            for i in a["indicators"]:
                out.append(rec(i, area_code=a["code"].split(".")[0], area_title=None, objective_level="operational",
                               objective_code=a["code"], objective_title=a["title"], indicator=i["indicator"],
                               type=i["type"], target=i["target"], actual=i["actual"]))
    return out
def docx_mi(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    for h, sz in (("Heading 1", 14), ("Heading 2", 12)):
        d.styles[h].font.name = "Times New Roman"; d.styles[h].font.size = Pt(sz); d.styles[h].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)
    def cell_text(cell, text, bold=False, size=10, align=None):
        cell.text = ""; p = cell.paragraphs[0]; run = p.add_run(text); run.bold = bold; run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align: p.alignment = align
    def table(header, rows, widths, size=10, head_color="D9E2F3", bold_last=False, numalign=True):
        t = d.add_table(rows=0, cols=len(widths)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[j] * 567)))
        if header:
            cells = t.add_row().cells
            for j, h in enumerate(header): cell_text(cells[j], h, True, size); shade(cells[j], head_color)
        for k, row in enumerate(rows):
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cell_text(cells[j], v, bold_last and k == len(rows) - 1, size,
                          (WD_ALIGN_PARAGRAPH.RIGHT if numalign and j > 0 and re.match(r"^[\d.,%]+$", v or "") else
                           WD_ALIGN_PARAGRAPH.CENTER if not numalign and j >= 2 and header else None))
        for row in t.rows:
            for j, wd in enumerate(widths): row.cells[j].width = Cm(wd)
        return t
    # footer page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r_ = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
        r_._r.append(e)
    hp = sec.header.paragraphs[0]; hp.text = "MIMIT – DGPIIPMI – Relazione sulla performance 2023"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    sec.different_first_page_header_footer = True
    # cover
    for _ in range(5): d.add_paragraph()
    for k, line in enumerate(c["cover"]):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run = p.add_run(line)
        run.bold = k in (0, 2); run.font.size = Pt([18, 12, 20, 12, 10][k]); run.italic = k == 4
        p.paragraph_format.space_after = Pt(18)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("1. Premessa", 1)
    for ptxt in c["intro"]:
        p = d.add_paragraph(ptxt); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("2. Risorse assegnate", 1)
    d.add_paragraph(c["resources_title"]).runs[0].bold = True
    table(c["resources_header"], c["resources_rows"], [6.5, 3.2, 3.2, 3.2], bold_last=True)
    d.add_paragraph()
    d.add_paragraph(c["finance_title"]).runs[0].bold = True
    table(c["finance_header"], c["finance_rows"], [4.6, 4, 4, 4], bold_last=True)
    d.add_heading("3. Risultati conseguiti per obiettivo", 1)
    d.add_paragraph("Di seguito si riportano, per ciascun obiettivo specifico, gli obiettivi annuali e i relativi indicatori.")
    for s in c["specific"]:
        d.add_heading(f"Obiettivo specifico {s['code']} – {s['title']}", 2)
        for a in s["annual"]:
            kv = table(None, [["Obiettivo annuale", f"{a['code']} – {a['title']}"],
                              ["Struttura responsabile", a["struttura"]], ["Peso", a["peso"]]], [4.2, 12.3], numalign=False)
            for row in kv.rows:
                shade(row.cells[0], "F2F2F2"); row.cells[0].paragraphs[0].runs[0].bold = True
            d.add_paragraph().paragraph_format.space_after = Pt(0)
            table(c["header"], [[i["indicator"], i["type"], i["target"], i["actual"]] for i in a["indicators"]],
                  [7.0, 3.8, 2.9, 2.8], size=9.5, numalign=False)
            p = d.add_paragraph(); p.paragraph_format.space_before = Pt(6)
            p.add_run("Grado di raggiungimento dell'obiettivo: ").bold = True; p.add_run(a["grado"]).bold = True
            for x in a["after"]:
                p = d.add_paragraph(x); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.runs[0].italic = True
            d.add_paragraph()
    d.add_heading("4. Quadro riepilogativo", 1)
    d.add_paragraph(c["summary_title"]).runs[0].bold = True
    table(c["summary_header"], c["summary_rows"], [5, 3, 5])
    d.add_paragraph()
    p = d.add_paragraph(c["closing"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    src = c["name"] + ".docx"; d.save(src); soffice(src)

# ---------------- 3. Comune PIAO: reportlab ----------------
def tv_records(c):
    out = []
    for a in c["areas"]:
        for s in a["strategic"]:
            for i in s["rows"]:
                ocode, otitle = i["objective"].split(" – ", 1)
                for y, t in zip(c["years"], i["targets"]):
                    out.append(rec(i, area_code=a["code"], area_title=a["title"], objective_level="operational",
                                   objective_code=ocode, objective_title=otitle, indicator=i["indicator"],
                                   weight=float(i["weight"]), year=y, target=t or None, actual=None))
    return out
def rl_tv(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fd + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", fd + "DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12.5, alignment=4, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=6, keepWithNext=1, textColor=colors.HexColor("#7A1F1F"))
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    h3 = ParagraphStyle("h3", fontName="DVB", fontSize=9, leading=12, spaceBefore=6, spaceAfter=4, textColor=colors.HexColor("#333333"))
    cellS = ParagraphStyle("c", fontName="DV", fontSize=7.3, leading=9)
    cellH = ParagraphStyle("ch", fontName="DVB", fontSize=7, leading=9, textColor=colors.white)
    cellC = ParagraphStyle("cc", parent=cellS, alignment=1)
    def P(t, s=cellS): return Paragraph(t.replace("&", "&amp;"), s)
    red = colors.HexColor("#7A1F1F")
    base = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), red), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    def simple(header, rows, widths, extra=()):
        data = [[P(h, cellH) for h in header]] + [[P(v) for v in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1); t.setStyle(TableStyle(base + list(extra))); return t
    st = []
    st += [Spacer(1, 5 * cm), Paragraph("COMUNE DI TREVISO", ParagraphStyle("t", fontName="DVB", fontSize=22, alignment=1, leading=28)),
           Spacer(1, 1 * cm),
           Paragraph("PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", ParagraphStyle("t2", fontName="DVB", fontSize=16, alignment=1, leading=22)),
           Paragraph("2024 – 2026", ParagraphStyle("t3", fontName="DVB", fontSize=16, alignment=1, leading=24, textColor=red)),
           Spacer(1, 0.6 * cm),
           Paragraph("(art. 6 del D.L. 9 giugno 2021, n. 80, convertito dalla L. 6 agosto 2021, n. 113)", ParagraphStyle("t4", fontName="DV", fontSize=9.5, alignment=1)),
           Spacer(1, 3 * cm),
           Paragraph("Approvato con deliberazione di Giunta comunale n. 27 del 30 gennaio 2024", ParagraphStyle("t5", fontName="DV", fontSize=9.5, alignment=1)),
           PageBreak()]
    st += [Paragraph("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", h1)]
    kv = Table([[P(k, ParagraphStyle("k", parent=cellS, fontName="DVB")), P(v)] for k, v in c["anagrafica"]], colWidths=[6 * cm, 10 * cm])
    kv.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F3E9E9"))]))
    st += [kv, Paragraph("SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", h1),
           Paragraph("2.1 Valore pubblico", h2),
           Paragraph("Il valore pubblico che l'Amministrazione intende generare nel triennio discende dalle linee programmatiche di mandato e dagli obiettivi strategici della Sezione strategica del DUP 2024-2026: una città più semplice per cittadini e imprese, più sostenibile e sicura, più attenta alle persone fragili. Gli impatti attesi sono misurati attraverso indicatori di benessere equo e sostenibile (BES) monitorati annualmente.", body),
           Paragraph("2.2 Performance", h2),
           Paragraph("La presente sottosezione declina gli obiettivi strategici del DUP in obiettivi operativi assegnati ai Settori, con i relativi indicatori e target per ciascun anno del triennio. Per ogni obiettivo sono indicati la Missione e il Programma di bilancio di riferimento (D.Lgs. 118/2011) e i principali portatori di interesse (stakeholder). Il peso esprime la rilevanza dell'indicatore ai fini della valutazione della performance organizzativa.", body)]
    W = [57, 60, 86, 102, 26, 60, 60, 61]
    for a in c["areas"]:
        ah = Paragraph(f"Area strategica {a['code']} – {a['title']}", h3)
        for si, s in enumerate(a["strategic"]):
            head = Paragraph(f"Obiettivo strategico {s['code']} – {s['title']}", ParagraphStyle("h4", parent=h3, fontSize=8.5, spaceBefore=2, textColor=red))
            data = [[P(h, cellH) for h in c["header"]]]
            style = list(base)
            r0 = 1; rows = s["rows"]
            for k, i in enumerate(rows):
                data.append([P(i["mp"], cellC), P(i["stakeholder"]), P(i["objective"]), P(i["indicator"]), P(i["weight"], cellC)]
                            + [P(t, cellC) for t in i["targets"]])
            # merge objective cells over consecutive rows of the same objective
            k = 0
            while k < len(rows):
                j = k
                while j + 1 < len(rows) and rows[j + 1]["objective"] == rows[k]["objective"]: j += 1
                if j > k:
                    for col in (0, 1, 2):
                        style.append(("SPAN", (col, k + 1), (col, j + 1)))
                k = j + 1
            t = Table(data, colWidths=W, repeatRows=1); t.setStyle(TableStyle(style))
            st += [KeepTogether(([ah] if si == 0 else []) + [head, t]), Spacer(1, 6)]
    st += [Paragraph("2.3 Rischi corruttivi e trasparenza", h2),
           Paragraph("La mappatura dei processi a rischio è stata aggiornata sulla base delle indicazioni del PNA 2022 e dell'aggiornamento 2023. Per ciascun processo è valutato il livello di rischio con metodologia qualitativa (probabilità e impatto) e sono individuate le misure specifiche di trattamento.", body),
           simple(c["risk_header"], c["risk_rows"], [90, 95, 52, 45, 55, 178],
                  [("ALIGN", (2, 1), (4, -1), "CENTER")]),
           Paragraph("SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", h1),
           Paragraph("3.1 Struttura organizzativa", h2),
           Paragraph("L'organigramma dell'Ente, approvato con deliberazione di Giunta n. 311 del 19 dicembre 2023, si articola nella Segreteria generale, in sei Settori e nel Comando di Polizia locale.", body)]
    org = [[P("SINDACO – GIUNTA COMUNALE", ParagraphStyle("o", parent=cellH, alignment=1)), "", "", ""],
           [P("SEGRETARIO GENERALE", ParagraphStyle("o2", parent=cellS, fontName="DVB", alignment=1)), "", "", ""],
           [P(h, cellH) for h in c["org_header"]]] + [[P(v) for v in r] for r in c["org_rows"]]
    ot = Table(org, colWidths=[140, 90, 220, 65])
    ot.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)), ("BACKGROUND", (0, 0), (-1, 0), red),
                            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F3E9E9")), ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#555555")),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [ot, Paragraph("3.3 Piano triennale dei fabbisogni di personale", h2),
           Paragraph("Il piano è redatto nel rispetto dei limiti di spesa di cui all'art. 33, comma 2, del D.L. 34/2019 e delle capacità assunzionali dell'Ente, pari per il 2024 a € 1.842.000,00.", body),
           simple(c["staff_header"], c["staff_rows"], [130, 80, 55, 55, 55, 140], [("ALIGN", (2, 1), (4, -1), "CENTER")]),
           Paragraph("SEZIONE 4 – MONITORAGGIO", h1),
           Paragraph("Il monitoraggio della sottosezione Performance è effettuato semestralmente dal Servizio Controllo di gestione secondo il Sistema di misurazione e valutazione della performance; gli esiti sono rendicontati nella Relazione sulla performance validata dal Nucleo di valutazione.", body)]
    def foot(cv, doc):
        cv.saveState(); cv.setFont("DV", 7.5)
        if doc.page > 1:
            cv.drawString(2 * cm, 1.2 * cm, "Comune di Treviso – PIAO 2024-2026"); cv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        cv.restoreState()
    SimpleDocTemplate(c["name"] + ".pdf", pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm, title="PIAO 2024-2026", author="Comune di Treviso").build(st, onFirstPage=foot, onLaterPages=foot)

# ---------------- read-back ----------------
def norm(s): return re.sub(r"[^\w%€.,<>=≤≥]", "", s.lower())
def stream(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for n, pg in enumerate(p.pages, 1):
            for w in pg.extract_words(): 
                t = norm(w["text"])
                if t: out.append((t, n))
        return out, len(p.pages)
def find(ws_, words, start, gap=40):
    words = [norm(x) for x in words.split()]; words = [x for x in words if x]
    for i in range(start, len(ws_)):
        if ws_[i][0] != words[0]: continue
        pos = [i]; j = i
        for wd in words[1:]:
            k = next((k for k in range(j + 1, min(len(ws_), j + 1 + gap)) if ws_[k][0] == wd), None)
            if k is None: break
            pos.append(k); j = k
        else:
            return pos
    return None
def readback(pdf, recs, after_fields=("target", "actual")):
    ws_, npages = stream(pdf); cur = 0; last = None
    for r in recs:
        key = r["indicator"]
        if last and last[0] == key:      # same row, another year
            r["page"], r["page_end"] = last[1], last[2]; continue
        pos = find(ws_, key, cur)
        assert pos, f"{pdf}: not found {key}"
        pages = [ws_[p][1] for p in pos]
        for f in after_fields:
            if r.get(f):
                q = find(ws_, r[f], pos[0], gap=400)
                assert q, f"{pdf}: value {r[f]} not found after {key}"
                pages += [ws_[p][1] for p in q]
        r["page"], r["page_end"] = min(pages), max(pages); cur = pos[0] + 1; last = (key, r["page"], r["page_end"])
    return npages

def write(c, recs, about):
    pdf = c["name"] + ".pdf"
    npages = readback(pdf, recs)
    doc = {"schema": "perfextract/records@1", "_about": about,
           "source": {"path": pdf, "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
           "document": c["document"], "indicators": recs, "warnings": []}
    json.dump(doc, open(c["name"] + ".truth.json", "w"), ensure_ascii=False, indent=1)
    print(c["name"], npages, "pages", len(recs), "records")

def main():
    which = sys.argv[1:] or ["cc", "mi", "tv"]
    L = lambda n: json.load(open(n + ".content.json"))
    if "cc" in which:
        c = L("camera-commercio-pordenone-udine-2023-relazione"); xlsx_cc(c)
        write(c, cc_records(c), "r34 blind sample; truth written by make_r34.py from the content file. Calc landscape export: hierarchy in merged columns Area strategica / Obiettivo strategico / Obiettivo operativo (codes AS1, OS1.1, OO1.1.1 on the cell's first line, title below); indicators under an OS with the OO cell empty are strategic-level, the one with both cells empty is area-level; status rows merged over D:H give status/status_text, their second line and any following free-text row the comment; the Premessa sheet's budget table gives no records; no year in headers -> year null.")
    if "mi" in which:
        c = L("ministero-imprese-made-in-italy-2023-relazione"); docx_mi(c)
        write(c, mi_records(c), "r34 blind sample; truth written by make_r34.py. Readings: 'Obiettivo specifico' headings are operational by label; the 'Obiettivo annuale' key/value row under them is the deepest heading (operational, code 1.1, title after the dash); no area heading -> area_code = first segment of the objective code, area_title null; 'Grado di raggiungimento dell'obiettivo' after each table is the annual objective's, not an indicator's: achievement null; prose after a table of several indicators without a status line is no comment; resources, finance and summary tables give no records; no year in headers -> year null.")
    if "tv" in which:
        c = L("comune-treviso-2024-piao"); rl_tv(c)
        write(c, tv_records(c), "r34 blind sample; truth written by make_r34.py. PIAO sottosezione Performance: headings Area strategica / Obiettivo strategico, table column 'Obiettivo operativo' with code '1.1.1 – title' (merged over rows of the same objective) -> operational; 'Missione/Programma' and 'Stakeholder' columns go to extra; one record per Target year 2024-2026 (empty 2026 cell -> target null); risk map, org chart, staff plan and anagrafica tables give no records.")
main()

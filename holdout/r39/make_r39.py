"""Round r39 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content."""
import json, re, os, sys, subprocess, hashlib, unicodedata
from xml.sax.saxutils import escape as xe
HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "/tmp/lo-r39"

def clean(s):
    if s is None: return None
    s = " ".join(s.split())
    return s or None

NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def num(t): return float(t.replace(".", "").replace(",", "."))
UNITS = [("%", "%"), ("‰", "‰"), ("gg", "days"), ("giorni", "days"), ("ore", "hours"), ("€", "EUR"), ("euro", "EUR")]
def parse(s):
    """Value rules of RECORDS.md / CONVENTIONS.md for the cells of this round."""
    N = (None, None, None, None)
    s = clean(s)
    if not s: return N
    op = "="
    for p, o in (("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<")):
        if s.startswith(p): op = o; s = s[len(p):].strip(); break
    unit = None
    if s.startswith("€"): unit = "EUR"; s = s[1:].strip()
    m = re.match(NUM, s)
    if not m: return N
    v = num(m.group(0)); rest = s[m.end():].strip(); vmax = None
    if re.match(r"^[/.]\d", rest): return N          # a date
    for u, cu in UNITS:
        if rest == u or rest.startswith(u + " "):
            unit = cu; rest = rest[len(u):].strip(); break
    if re.search(r"\d", rest): return N
    return (op, v, vmax, unit)

def met(t, a, better):
    if t[1] is None or a[1] is None: return None
    if t[3] and a[3] and t[3] != a[3]: return None
    op, tv, av = t[0], t[1], a[1]
    if op == ">=": return av >= tv
    if op == "<=": return av <= tv
    if op == ">": return av > tv
    if op == "<": return av < tv
    if abs(av - tv) < 1e-9: return True
    if better == "higher": return av > tv
    if better == "lower": return av < tv
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "sospeso": "suspended"}
def pct(s):
    s = clean(s)
    if not s or not re.match(r"\d", s): return None
    return num(s.replace("%", "").strip())

def record(**k):
    t = parse(k.get("target")); a = parse(k.get("actual"))
    st = clean(k.get("esito"))
    return dict(page=None, page_end=None, area_code=k.get("area_code"), area_title=k.get("area_title"),
             objective_level=k.get("level"), objective_code=k.get("obj_code"), objective_title=k.get("obj_title"),
             indicator_code=k.get("code"), indicator=clean(k["name"]), type=None, formula=clean(k.get("formula")),
             unit=clean(k.get("unit")), data_source=clean(k.get("source")), weight=k.get("weight"), baseline=clean(k.get("baseline")), year=k.get("year"),
             target=clean(k.get("target")), target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3],
             actual=clean(k.get("actual")), actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3],
             achievement=k.get("achievement"), notes=clean(k.get("notes")),
             status=STATUS[st.lower()] if st else None, status_text=st, comment=clean(k.get("comment")),
             met=met(t, a, k.get("better")))

def soffice(src, outdir):
    os.makedirs(PROFILE + "/user", exist_ok=True)
    reg = PROFILE + "/user/registrymodifications.xcu"
    if not os.path.exists(reg):
        open(reg, "w").write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
          '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>\n'
          '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>it</value></prop></item>\n</oor:items>\n')
    subprocess.run(["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)

# ---------------------------------------------------------------- A. reportlab, report-software export
def render_reportlab(c, pdf):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    D = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed"
    for nm, f in (("DC", ""), ("DC-B", "-Bold"), ("DC-I", "-Oblique"), ("DC-BI", "-BoldOblique")):
        pdfmetrics.registerFont(TTFont(nm, D + f + ".ttf"))
    addMapping("DC", 0, 0, "DC"); addMapping("DC", 1, 0, "DC-B"); addMapping("DC", 0, 1, "DC-I"); addMapping("DC", 1, 1, "DC-BI")
    NAVY = colors.HexColor("#23395d"); BAND = colors.HexColor("#dce6f2"); GRID = colors.HexColor("#9aa5b1")
    base = ParagraphStyle("b", fontName="DC", fontSize=9, leading=12, spaceAfter=5, alignment=4)
    h1 = ParagraphStyle("h1", fontName="DC-B", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=5, textColor=NAVY)
    h2 = ParagraphStyle("h2", fontName="DC-B", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=4, textColor=colors.white, backColor=NAVY, borderPadding=(3, 4, 3, 4))
    cap = ParagraphStyle("cap", fontName="DC-B", fontSize=8, leading=10, spaceAfter=3)
    cell = ParagraphStyle("c", fontName="DC", fontSize=7.4, leading=8.9, splitLongWords=0)
    cellr = ParagraphStyle("cr", parent=cell, alignment=2)
    cellc = ParagraphStyle("cc", parent=cell, alignment=1)
    hdr = ParagraphStyle("h", fontName="DC-B", fontSize=6.8, leading=8, alignment=1, textColor=colors.white)
    obj = ParagraphStyle("ob", fontName="DC-B", fontSize=7.4, leading=9)
    note = ParagraphStyle("nt", fontName="DC-I", fontSize=6.8, leading=8.2, textColor=colors.HexColor("#333333"))
    P = lambda t, s: Paragraph(xe(t), s)
    story = []
    cv = c["cover"]
    story += [Spacer(1, 0.4 * cm), P(cv[0], ParagraphStyle("t0", fontName="DC-B", fontSize=16, leading=20, textColor=NAVY)),
              P(cv[1], ParagraphStyle("t1", fontName="DC", fontSize=9, leading=12, textColor=colors.grey)), Spacer(1, 0.3 * cm),
              P(cv[2], ParagraphStyle("t2", fontName="DC-B", fontSize=20, leading=24)),
              P(cv[3], ParagraphStyle("t3", fontName="DC-I", fontSize=8.5, leading=11, spaceAfter=10)), Spacer(1, 0.2 * cm)]
    story.append(P("1. Presentazione", h1))
    for t in c["intro"]: story.append(P(t, base))
    story.append(P("2. Il ciclo della performance 2023", h1))
    for t in c["cycle"]: story.append(P(t, base))
    story.append(P("3. Il contesto organizzativo", h1))
    for t in c["context"]: story.append(P(t, base))
    def simple(tab, widths):
        rows = [[P(h, hdr) for h in tab["header"]]] + [[P(v, cell if j == 0 else cellr) for j, v in enumerate(r)] for r in tab["rows"]]
        t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, -1), (-1, -1), BAND), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return t
    story += [P(c["staff"]["title"], cap), simple(c["staff"], [5, 2.5, 2.5, 2.5, 2.5]), Spacer(1, 0.3 * cm)]
    story.append(P("4. Le risorse finanziarie", h1)); story.append(P(c["budget_text"], base))
    story += [P(c["budget"]["title"], cap), simple(c["budget"], [7.6, 3.6, 3.6, 2.4])]
    story.append(PageBreak())
    story.append(P("5. I risultati degli obiettivi strategici", h1))
    story.append(P("Per ogni area strategica il report riporta gli obiettivi strategici e i relativi indicatori. Il grado di raggiungimento è calcolato come rapporto tra valore a consuntivo e target, con un massimo del 100%.", base))
    widths = [1.1, 3.7, 3.1, 0.85, 1.9, 1.9, 1.9, 1.1, 1.95]
    recs = []
    for a in c["areas"]:
        story.append(P(f"Area strategica {a['code']} – {a['title']}", h2))
        rows = [[P(h, hdr) for h in c["header"]]]; sty = [("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for s in a["strategic"]:
            r = len(rows)
            rows.append([P(f"Obiettivo strategico {s['code']} – {s['title']}", obj)] + [""] * 8)
            sty += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND)]
            for (code, name, formula, w, base_, tg, act, gr, es, better, com) in s["indicators"]:
                rows.append([P(code, cell), P(name, cell), P(formula, cell), P(w, cellc), P(base_, cellr), P(tg, cellr), P(act, cellr), P(gr, cellr), P(es, cellc)])
                if com:
                    r = len(rows); rows.append(["", P(com, note)] + [""] * 7); sty += [("SPAN", (1, r), (-1, r))]
                recs.append(record(area_code=a["code"], area_title=a["title"], level="strategic", obj_code=s["code"], obj_title=s["title"], code=code,
                                   name=name, formula=formula, weight=pct(w), baseline=base_, year=2023, target=tg, actual=act, achievement=pct(gr),
                                   esito=es, better=better, comment=com))
        t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1); t.setStyle(TableStyle(sty))
        story += [t, Spacer(1, 0.35 * cm)]
    story.append(P("6. Sintesi dei risultati", h1))
    story.append(P(c["closing"][0], base))
    story += [P(c["outcomes"]["title"], cap), simple(c["outcomes"], [7.6, 2.4, 3.2, 2.2, 2.2]), Spacer(1, 0.3 * cm)]
    story.append(P(c["closing"][1], base))
    story.append(P("7. Pari opportunità e benessere organizzativo", h1))
    for t in c["gender"]: story.append(P(t, base))

    class Doc(BaseDocTemplate):
        def __init__(s, fn, **kw):
            BaseDocTemplate.__init__(s, fn, **kw)
            s.addPageTemplates([PageTemplate("p", [Frame(1.5 * cm, 1.7 * cm, A4[0] - 3 * cm, A4[1] - 3.6 * cm, id="f")], onPage=s.deco)])
        def deco(s, cv_, doc):
            cv_.saveState(); w, h = A4
            cv_.setFillColor(NAVY); cv_.rect(1.5 * cm, h - 1.35 * cm, 0.35 * cm, 0.35 * cm, fill=1, stroke=0)
            cv_.setFont("DC-B", 8); cv_.drawString(2.05 * cm, h - 1.27 * cm, "REGIONE PIEMONTE")
            cv_.setFont("DC", 7); cv_.setFillColor(colors.HexColor("#555555"))
            cv_.drawRightString(w - 1.5 * cm, h - 1.27 * cm, "SIGEP – Sistema di gestione della performance · Report CONS-03 Consuntivo obiettivi")
            cv_.setStrokeColor(NAVY); cv_.setLineWidth(0.8); cv_.line(1.5 * cm, h - 1.5 * cm, w - 1.5 * cm, h - 1.5 * cm)
            cv_.setLineWidth(0.3); cv_.line(1.5 * cm, 1.3 * cm, w - 1.5 * cm, 1.3 * cm)
            cv_.drawString(1.5 * cm, 0.95 * cm, "Stampato il 14/06/2024 11:32 – Esercizio 2023 – Stato: validato OIV")
            cv_.drawRightString(w - 1.5 * cm, 0.95 * cm, f"Pag. {doc.page}")
            cv_.restoreState()
    Doc(pdf, pagesize=A4, title="Relazione sulla performance 2023", author="Regione Piemonte").build(story)
    return recs

# ---------------------------------------------------------------- B. chromium HTML
def render_html(c, pdf):
    H = lambda t: xe(t)
    css = """
@page { size: A4; margin: 2cm 1.8cm 2cm 1.8cm;
  @bottom-right { content: "pag. " counter(page); font: 8pt 'Liberation Sans', sans-serif; color: #555; }
  @bottom-left { content: "ASL Avellino – PIAO 2025-2027"; font: 8pt 'Liberation Sans', sans-serif; color: #555; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #111; }
.cover { height: 20cm; text-align: center; page-break-after: always; padding-top: 3cm; }
.cover .reg { font-size: 10pt; color: #2b6e3f; letter-spacing: .05em; }
.cover .asl { font-size: 24pt; font-weight: bold; color: #2b6e3f; margin: .4cm 0 3cm; }
.cover .tit { font-size: 17pt; font-weight: bold; }
.cover .sez { font-size: 13pt; margin-top: .4cm; }
.cover .del { font-size: 9.5pt; font-style: italic; margin-top: 4cm; }
h1 { font-size: 14pt; color: #2b6e3f; border-bottom: 1.5pt solid #2b6e3f; padding-bottom: 2pt; margin: 0 0 8pt; }
h2 { font-size: 11.5pt; color: #2b6e3f; margin: 14pt 0 6pt; }
h3 { font-size: 10pt; margin: 10pt 0 4pt; break-after: avoid; }
p { text-align: justify; margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 8pt; font-size: 8pt; line-height: 1.25; }
th { background: #2b6e3f; color: #fff; font-weight: bold; padding: 3pt 3pt; border: .6pt solid #2b6e3f; text-align: center; vertical-align: middle; }
td { border: .6pt solid #8fb59a; padding: 2.5pt 3pt; vertical-align: top; }
tr { break-inside: avoid; }
td.n { text-align: center; white-space: nowrap; }
td.c { text-align: center; }
tr.tot td { font-weight: bold; background: #e4efe6; }
.cap { font-size: 8.5pt; font-weight: bold; margin: 8pt 0 2pt; break-after: avoid; }
.area { background: #e4efe6; font-weight: bold; font-size: 10.5pt; padding: 4pt 6pt; margin: 14pt 0 4pt; break-after: avoid; border-left: 4pt solid #2b6e3f; }
"""
    out = [f"<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>PIAO 2025-2027</title><style>{css}</style></head><body>"]
    cv = c["cover"]
    out.append(f"<div class='cover'><div class='reg'>{H(cv[0])}</div><div class='asl'>{H(cv[1])}</div><div class='tit'>{H(cv[2])}</div><div class='sez'>{H(cv[3])}</div><div class='del'>{H(cv[4])}</div></div>")
    out.append("<h1>2.1 Valore pubblico</h1>")
    for t in c["vp"]: out.append(f"<p>{H(t)}</p>")
    out.append("<h2>2.2 Performance</h2>")
    out.append(f"<p>{H(c['perf_intro'])}</p>")
    recs = []
    hdr = "<thead><tr>" + "".join(f"<th>{H(h)}</th>" for h in c["header"]) + "</tr></thead>"
    cols = "<colgroup>" + "".join(f"<col style='width:{w}%'>" for w in (6, 30, 15, 9, 8.5, 8.5, 8.5, 14.5)) + "</colgroup>"
    for a in c["areas"]:
        out.append(f"<div class='area'>Area {a['code']} – {H(a['title'])}</div>")
        for s in a["strategic"]:
            out.append(f"<h3>Obiettivo strategico {s['code']} – {H(s['title'])}</h3>")
            out.append(f"<table>{cols}{hdr}<tbody>")
            for (code, name, src, base_, t5, t6, t7, strut, better) in s["indicators"]:
                out.append(f"<tr><td class='c'>{code}</td><td>{H(name)}</td><td>{H(src)}</td><td class='n'>{H(base_)}</td>"
                           f"<td class='n'>{H(t5)}</td><td class='n'>{H(t6)}</td><td class='n'>{H(t7)}</td><td>{H(strut)}</td></tr>")
                for y, tg in ((2025, t5), (2026, t6), (2027, t7)):
                    recs.append(record(area_code=a["code"], area_title=a["title"], level="strategic", obj_code=s["code"], obj_title=s["title"], code=code,
                                       name=name, source=src, baseline=base_, year=y, target=tg or None, better=better))
            out.append("</tbody></table>")
    out.append("<h2>2.3 Risorse a supporto della performance</h2>")
    out.append(f"<p>{H(c['staff_intro'])}</p>")
    st = c["staff"]
    out.append(f"<div class='cap'>{H(st['title'])}</div><table style='width:80%'><thead><tr>" + "".join(f"<th>{H(h)}</th>" for h in st["header"]) + "</tr></thead><tbody>")
    for r in st["rows"]:
        out.append(f"<tr class='{'tot' if r[0] == 'Totale' else ''}'>" + "".join(f"<td class='{'' if j == 0 else 'n'}'>{H(v)}</td>" for j, v in enumerate(r)) + "</tr>")
    out.append("</tbody></table>")
    out.append(f"<p>{H(c['closing'])}</p></body></html>")
    src = pdf[:-4] + ".html"; open(src, "w").write("".join(out))
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return recs

# ---------------------------------------------------------------- C. openpyxl -> Calc
def render_calc(c, pdf):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    F = lambda **k: Font(name="Liberation Sans", **{"size": 9, **k})
    thin = Side(style="thin", color="7F7F7F"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    BLUE = "003A70"
    wb = Workbook(); ws1 = wb.active; ws1.title = "Premessa e risorse"
    ws1.column_dimensions["A"].width = 46
    for col in "BCD": ws1.column_dimensions[col].width = 17
    ws1["A1"] = c["sheet1_title"]; ws1["A1"].font = F(size=15, bold=True, color=BLUE)
    ws1["A2"] = c["sheet1_sub"]; ws1["A2"].font = F(size=12, bold=True)
    r = 4
    for t in c["intro"]:
        ws1.cell(row=r, column=1, value=t).alignment = Alignment(wrap_text=True, vertical="top")
        ws1.cell(row=r, column=1).font = F(size=10)
        ws1.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); ws1.row_dimensions[r].height = 54; r += 1
    r += 1
    bt = c["budget"]; ws1.cell(row=r, column=1, value=bt["title"]).font = F(bold=True); r += 1
    for j, h in enumerate(bt["header"]):
        ce = ws1.cell(row=r, column=j + 1, value=h); ce.font = F(bold=True, color="FFFFFF"); ce.fill = PatternFill("solid", fgColor=BLUE); ce.border = B
        ce.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for row in bt["rows"]:
        for j, v in enumerate(row):
            ce = ws1.cell(row=r, column=j + 1, value=v); ce.font = F(bold=row[0].startswith("Risultato")); ce.border = B
            ce.alignment = Alignment(horizontal="left" if j == 0 else "right")
        r += 1
    ws1.page_setup.orientation = "portrait"; ws1.page_setup.paperSize = 9
    ws1.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True); ws1.page_setup.fitToWidth = 1; ws1.page_setup.fitToHeight = 0
    ws1.oddFooter.center.text = "Pagina &P di &N"

    ws = wb.create_sheet("Indicatori strategici")
    widths = [20, 6, 32, 8, 11, 12, 12, 12, 26]
    for j, w in enumerate(widths): ws.column_dimensions[chr(65 + j)].width = w
    ws["A1"] = "Relazione integrata 2023 – Allegato A: indicatori del Piano strategico"; ws["A1"].font = F(size=12, bold=True, color=BLUE)
    for j, h in enumerate(c["header"]):
        ce = ws.cell(row=3, column=j + 1, value=h); ce.font = F(bold=True, color="FFFFFF"); ce.fill = PatternFill("solid", fgColor=BLUE); ce.border = B
        ce.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[3].height = 28
    ws.print_title_rows = "3:3"
    r = 4; recs = []
    for a in c["areas"]:
        ws.cell(row=r, column=1, value=a["title"]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for j in range(1, 10):
            ce = ws.cell(row=r, column=j); ce.fill = PatternFill("solid", fgColor="BDD7EE"); ce.font = F(size=10, bold=True); ce.border = B
        ws.row_dimensions[r].height = 18; r += 1
        for o in a["objectives"]:
            r0 = r
            for (code, name, unit, base_, tg, act, stato, com, better) in o["indicators"]:
                vals = [None, code, name, unit, base_, tg, act, stato, com]
                for j, v in enumerate(vals):
                    ce = ws.cell(row=r, column=j + 1, value=v); ce.font = F(); ce.border = B
                    ce.alignment = Alignment(wrap_text=True, vertical="center", horizontal="right" if 4 <= j <= 6 else ("center" if j in (1, 3, 7) else "left"))
                ws.cell(row=r, column=8).font = F(bold=True, color={"Raggiunto": "375623", "Parzialmente raggiunto": "BF8F00", "Non raggiunto": "C00000"}[stato])
                ws.row_dimensions[r].height = 44 if com else 36
                recs.append(record(area_code=a["code"], area_title=a["title"].split(" – ", 1)[1], level="strategic", obj_code=o["code"], obj_title=o["title"],
                                   code=code, name=name, unit=unit, baseline=base_, year=2023, target=tg, actual=act, esito=stato, notes=com, better=better))
                r += 1
            ce = ws.cell(row=r0, column=1, value=f"{o['code']} – {o['title']}")
            ce.font = F(bold=True); ce.alignment = Alignment(wrap_text=True, vertical="center")
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=c["footer_note"]).font = F(size=8, italic=True)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True); ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8; ws.page_margins.left = 0.5; ws.page_margins.right = 0.5
    ws.oddHeader.left.text = "Università degli Studi di Genova"; ws.oddHeader.right.text = "Relazione integrata 2023"
    ws.oddFooter.center.text = "Pagina &P di &N"
    src = pdf[:-4] + ".xlsx"; wb.save(src)
    soffice(src, os.path.dirname(pdf))
    return recs

# ---------------------------------------------------------------- read-back
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-‐]+", "", s).lower()

def readback(pdf, recs):
    import pdfplumber
    toks, texts = [], []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            toks.append([unicodedata.normalize("NFKC", w["text"]) for w in pg.extract_words()])
            texts.append(norm(pg.extract_text() or ""))
        n = len(p.pages)
    for rec in recs:
        hits = [k + 1 for k, tk in enumerate(toks) if rec["indicator_code"] in tk]
        assert len(hits) == 1, (rec["indicator_code"], hits)
        pg = hits[0]; t = texts[pg - 1]
        words = [w for w in rec["indicator"].split() if len(w) >= 4 and "-" not in w]
        for fld in ("indicator", "comment", "notes"):
            for w in (rec[fld] or "").split():
                if re.search(r"\w-\w", w):   # a hyphenated word must not be broken at a line end
                    core = w.strip("().,;«»")
                    assert any(core in x for x in toks[pg - 1] + (toks[pg] if pg < n else [])), (rec["indicator_code"], "hyphen", w)
        assert norm(words[0]) in t, (rec["indicator_code"], words[0])
        last = norm(words[-1]); end = pg
        if last not in t:
            assert last in texts[pg], (rec["indicator_code"], words[-1]); end = pg + 1
        rec["page"], rec["page_end"] = pg, end
        for f in ("target", "actual", "status_text"):
            if rec[f]:
                for part in rec[f].split(): assert norm(part) in t, (rec["indicator_code"], f, rec[f])
        if rec["comment"]:
            cw = rec["comment"].split()
            assert norm(cw[-1]) in t or norm(cw[-1]) in texts[min(pg, n - 1)], (rec["indicator_code"], "comment")
    return n

JOBS = [("regione-piemonte-2023-relazione", render_reportlab), ("asl-avellino-2025-piao", render_html), ("universita-genova-2023-relazione", render_calc)]

def main():
    only = sys.argv[1:]
    for name, fn in JOBS:
        if only and name not in only: continue
        c = json.load(open(os.path.join(HERE, name + ".content.json")))
        pdf = os.path.join(HERE, name + ".pdf")
        recs = fn(c, pdf)
        n = readback(pdf, recs)
        truth = {"schema": "perfextract/records@1", "_about": f"Written by make_r39.py from {name}.content.json (round r39).",
                 "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": n},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(name, n, "pages", len(recs), "records", "pages:", sorted(set((r["page"], r["page_end"]) for r in recs)))

if __name__ == "__main__":
    main()

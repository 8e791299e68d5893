"""Round r37 generator: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content."""
import json, re, os, sys, subprocess, hashlib, shutil, unicodedata
from xml.sax.saxutils import escape as xe
HERE = os.path.dirname(os.path.abspath(__file__))
NB, SH = "\u00a0", "\u00ad"
PROFILE = "/tmp/lo-r37"

def clean(s):
    if s is None: return None
    s = s.replace(SH, "")
    s = " ".join(s.split())
    return s or None

NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def num(t): return float(t.replace(".", "").replace(",", "."))
UNITS = [("%", "%"), ("‰", "‰"), ("gg", "days"), ("giorni", "days"), ("ore", "hours"), ("€", "EUR"), ("euro", "EUR"), ("km", None)]
def parse(s):
    """Value rules of RECORDS.md / CONVENTIONS.md for the cells of this round."""
    N = (None, None, None, None)
    s = clean(s)
    if not s: return N
    m = re.fullmatch(r"\((" + NUM + r")\s*(%?)\)", s)       # accounting negative: (3,2%) -> -3.2
    if m: return ("=", -num(m.group(1)), None, "%" if m.group(2) else None)
    op = "="
    for p, o in (("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<")):
        if s.startswith(p): op = o; s = s[len(p):].strip(); break
    unit = None
    if s.startswith("€"): unit = "EUR"; s = s[1:].strip()
    m = re.match(NUM, s)
    if not m: return N
    v = num(m.group(0)); rest = s[m.end():].strip(); vmax = None
    m2 = re.match(r"^-\s*(" + NUM + ")", rest)
    if m2: op = "range"; vmax = num(m2.group(1)); rest = rest[m2.end():].strip()
    for u, cu in UNITS:
        if rest == u or rest.startswith(u + " "):
            unit = cu if cu else unit; rest = rest[len(u):].strip(); break
    if re.search(r"\d", rest): return N
    return (op, v, vmax, unit)

def met(t, a, better):
    if t[1] is None or a[1] is None: return None
    if t[3] and a[3] and t[3] != a[3]: return None
    op, tv, tmax, av = t[0], t[1], t[2], a[1]
    if op == ">=": return av >= tv
    if op == "<=": return av <= tv
    if op == ">": return av > tv
    if op == "<": return av < tv
    if op == "range": return tv <= av <= tmax
    if abs(av - tv) < 1e-9: return True
    if better == "higher": return av > tv
    if better == "lower": return av < tv
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "sospeso": "suspended", "obiettivo sospeso": "suspended"}
def pct(s):
    s = clean(s)
    if not s: return None
    return num(s.replace("%", "").strip())

def record(**k):
    t = parse(k.get("target")); a = parse(k.get("actual"))
    st = clean(k.get("esito"))
    r = dict(page=None, page_end=None, area_code=k.get("area_code"), area_title=k.get("area_title"),
             objective_level=k.get("level"), objective_code=k.get("obj_code"), objective_title=k.get("obj_title"),
             indicator_code=k.get("code"), indicator=clean(k["name"]), type=None, formula=clean(k.get("formula")),
             unit=clean(k.get("unit")), data_source=None, weight=k.get("weight"), baseline=None, year=k.get("year"),
             target=clean(k.get("target")), target_operator=t[0], target_value=t[1], target_value_max=t[2], target_unit=t[3],
             actual=clean(k.get("actual")), actual_operator=a[0], actual_value=a[1], actual_value_max=a[2], actual_unit=a[3],
             achievement=k.get("achievement"), notes=clean(k.get("notes")),
             status=STATUS[st.lower()] if st else None, status_text=st, comment=None,
             met=met(t, a, k.get("better")))
    return r

def soffice(src, outdir):
    os.makedirs(PROFILE + "/user", exist_ok=True)
    reg = PROFILE + "/user/registrymodifications.xcu"
    if not os.path.exists(reg):
        open(reg, "w").write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
          '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>\n'
          '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>it</value></prop></item>\n'
          '<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>it-IT</value></prop></item>\n</oor:items>\n')
    subprocess.run(["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)

# ---------------------------------------------------------------- 1. Writer (FODT)
def fodt_table_cell(par_style, text, note=None, cell="CB"):
    body = xe(text)
    if note:
        NOTE[0] += 1
        body += (f'<text:note text:id="ftn{NOTE[0]}" text:note-class="footnote"><text:note-citation>{NOTE[0]}</text:note-citation>'
                 f'<text:note-body><text:p text:style-name="PFoot">{xe(note)}</text:p></text:note-body></text:note>')
    return f'<table:table-cell table:style-name="{cell}" office:value-type="string"><text:p text:style-name="{par_style}">{body}</text:p></table:table-cell>'
NOTE = [0]

def render_writer(c, pdf):
    font = "DejaVu Serif"
    ps = lambda name, props, tprops="", extra="": f'<style:style style:name="{name}" style:family="paragraph" {extra}><style:paragraph-properties {props}/><style:text-properties {tprops}/></style:style>'
    lang = 'fo:language="it" fo:country="IT"'
    styles = [
        ps("PBody", 'fo:text-align="justify" fo:margin-bottom="0.2cm" fo:line-height="125%"', f'style:font-name="{font}" fo:font-size="10pt" {lang}'),
        ps("PCover1", 'fo:text-align="center" fo:margin-top="5cm" fo:margin-bottom="0.3cm"', f'style:font-name="{font}" fo:font-size="22pt" fo:font-weight="bold" {lang}'),
        ps("PCover2", 'fo:text-align="center" fo:margin-bottom="2.5cm"', f'style:font-name="{font}" fo:font-size="11pt" fo:font-style="italic" {lang}'),
        ps("PCover3", 'fo:text-align="center" fo:margin-bottom="0.5cm"', f'style:font-name="{font}" fo:font-size="20pt" fo:font-weight="bold" {lang}'),
        ps("PCover4", 'fo:text-align="center" fo:break-after="page"', f'style:font-name="{font}" fo:font-size="10pt" {lang}'),
        ps("PH1", 'fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"', f'style:font-name="{font}" fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f3864" {lang}'),
        ps("PH1b", 'fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always" fo:break-before="page"', f'style:font-name="{font}" fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f3864" {lang}'),
        ps("PH2", 'fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"', f'style:font-name="{font}" fo:font-size="11pt" fo:font-weight="bold" {lang}'),
        ps("PH3", 'fo:margin-top="0.25cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"', f'style:font-name="{font}" fo:font-size="10pt" fo:font-weight="bold" fo:font-style="italic" {lang}'),
        ps("PCell", 'fo:text-align="start"', f'style:font-name="{font}" fo:font-size="8.5pt" {lang}'),
        ps("PCellJ", 'fo:text-align="justify"', f'style:font-name="{font}" fo:font-size="8.5pt" {lang}', ),
        ps("PCellC", 'fo:text-align="center"', f'style:font-name="{font}" fo:font-size="8.5pt" {lang}'),
        ps("PHead", 'fo:text-align="center"', f'style:font-name="{font}" fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#ffffff" {lang}'),
        ps("PFoot", 'fo:margin-left="0.4cm" fo:text-indent="-0.4cm"', f'style:font-name="{font}" fo:font-size="8pt" {lang}'),
        ps("PFooter", 'fo:text-align="center"', f'style:font-name="{font}" fo:font-size="8pt" fo:color="#555555" {lang}'),
    ]
    widths = [1.6, 3.2, 3.7, 1.2, 2.45, 2.45, 2.4]
    cols = "".join(f'<style:style style:name="Col{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))
    auto = "".join(styles) + cols + (
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="0.2cm"/></style:style>'
        '<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>'
        '<style:style style:name="CB" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #7f7f7f" style:vertical-align="top"/></style:style>'
        '<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#1f3864" style:vertical-align="middle"/></style:style>'
        '<style:style style:name="CS" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#e7ecf5"/></style:style>'
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>')
    body = []
    P = lambda st, t: body.append(f'<text:p text:style-name="{st}">{xe(t)}</text:p>')
    cv = c["cover"]
    P("PCover1", cv[0]); P("PCover2", cv[1]); P("PCover3", cv[2]); P("PCover4", cv[3])
    P("PH1", "1. Premessa")
    for t in c["intro"]: P("PBody", t)
    st = c["staff"]; P("PH2", st["title"])
    def table(header, rows, widths_idx, hdr_style="CH"):
        x = ['<table:table table:style-name="Tbl">'] + [f'<table:table-column table:style-name="Col{i}"/>' for i in widths_idx]
        x.append('<table:table-header-rows><table:table-row>' + "".join(fodt_table_cell("PHead", h, cell=hdr_style) for h in header) + '</table:table-row></table:table-header-rows>')
        for r in rows: x.append('<table:table-row table:style-name="Row">' + "".join(r) + '</table:table-row>')
        x.append('</table:table>'); body.append("".join(x))
    # staff table uses its own widths
    body.append('<table:table table:style-name="Tbl"><table:table-column table:style-name="Col2"/><table:table-column table:style-name="Col1"/><table:table-column table:style-name="Col1"/><table:table-column table:style-name="Col1"/>'
        + '<table:table-header-rows><table:table-row>' + "".join(fodt_table_cell("PHead", h, cell="CH") for h in st["header"]) + '</table:table-row></table:table-header-rows>'
        + "".join('<table:table-row>' + "".join(fodt_table_cell("PCell" if j == 0 else "PCellC", v, cell="CS" if r[0] == "Totale" else "CB") for j, v in enumerate(r)) + '</table:table-row>' for r in st["rows"])
        + '</table:table>')
    P("PH1", "2. I risultati degli obiettivi operativi")
    P("PBody", "Nelle tabelle seguenti gli indicatori sono raggruppati per area strategica, obiettivo strategico e obiettivo operativo.")
    recs = []
    for ai, a in enumerate(c["areas"]):
        P("PH1b" if ai else "PH1", f"Area strategica {a['code']} – {a['title']}")
        for s in a["strategic"]:
            P("PH2", f"Obiettivo strategico {s['code']} – {s['title']}")
            for o in s["operational"]:
                P("PH3", f"Obiettivo operativo {o['code']} – {o['title']}")
                rows = []
                for i in o["indicators"]:
                    rows.append([fodt_table_cell("PCellC", i["code"]), fodt_table_cell("PCellJ", i["name"]), fodt_table_cell("PCell", i["formula"]),
                                 fodt_table_cell("PCellC", i["weight"]), fodt_table_cell("PCellC", i["target"], i["fn_target"]),
                                 fodt_table_cell("PCellC", i["actual"], i["fn_actual"]), fodt_table_cell("PCellC", i["esito"])])
                    recs.append(record(area_code=a["code"], area_title=a["title"], level="operational", obj_code=o["code"], obj_title=o["title"],
                                       code=i["code"], name=i["name"], formula=i["formula"], weight=pct(i["weight"]), year=2023,
                                       target=i["target"], actual=i["actual"], esito=i["esito"], better=i["better"]))
                table(c["header"], rows, range(7))
    P("PH1", "3. Considerazioni conclusive")
    for t in c["closing"]: P("PBody", t)
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
           f'<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="\'{font}\'"/></office:font-face-decls>'
           f'<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" fo:font-size="10pt" {lang}/></style:default-style></office:styles>'
           f'<office:automatic-styles>{auto}</office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
           f'<text:p text:style-name="PFooter">{xe(c["document"]["issuer"])} – Relazione sulla performance 2023 – pag. <text:page-number text:select-page="current">1</text:page-number></text:p>'
           '</style:footer></style:master-page></office:master-styles>'
           '<office:body><office:text>' + "".join(body) + '</office:text></office:body></office:document>')
    src = pdf[:-4] + ".fodt"
    open(src, "w").write(doc)
    soffice(src, os.path.dirname(pdf))
    return recs

# ---------------------------------------------------------------- 2. reportlab landscape
def render_reportlab(c, pdf):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    D = "/usr/share/fonts/truetype/liberation2/LiberationSans-"
    for nm, f in (("LS", "Regular"), ("LS-B", "Bold"), ("LS-I", "Italic"), ("LS-BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(nm, D + f + ".ttf"))
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-BI")
    base = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6, alignment=4)
    cell = ParagraphStyle("c", fontName="LS", fontSize=7.6, leading=9.2)
    cellc = ParagraphStyle("cc", parent=cell, alignment=1)
    hdr = ParagraphStyle("h", fontName="LS-B", fontSize=7, leading=8.4, alignment=1, textColor=colors.white)
    h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=14, leading=18, spaceAfter=8, textColor=colors.HexColor("#7a1f1f"))
    area = ParagraphStyle("ar", fontName="LS-B", fontSize=9.5, leading=12, textColor=colors.HexColor("#7a1f1f"))
    obj = ParagraphStyle("ob", fontName="LS-BI", fontSize=8.8, leading=11, spaceAfter=4)
    E = lambda s: xe(s)
    recs = []
    def small_table(side, widths):
        o = side; rows = [[Paragraph(E(h), hdr) for h in c["small_header"]]]
        for i in o["indicators"]:
            rows.append([Paragraph(E(i["code"]), cellc), Paragraph(E(i["name"]), cell), Paragraph(E(i["target"]), cellc),
                         Paragraph(E(i["actual"]), cellc), Paragraph(E(i["ach"]), cellc), Paragraph(E(i["esito"]), cellc)])
            recs.append(record(area_code=o["area"], area_title=c["areas"][o["area"]].split(" – ", 1)[1], level="operational",
                               obj_code=o["code"], obj_title=o["title"], code=i["code"], name=i["name"], year=2024,
                               target=i["target"], actual=i["actual"], achievement=pct(i["ach"]), esito=i["esito"], better=i["better"]))
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f1f")), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6eeee")]),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return [Paragraph(E(c["areas"][o["area"]]), area), Paragraph(E(f"Obiettivo operativo {o['code']} – {o['title']}"), obj), t]
    def on_page(cv, doc):
        cv.saveState(); cv.setFont("LS", 7.5); cv.setFillColor(colors.HexColor("#555555"))
        W, H = landscape(A4)
        if doc.page > 1:
            cv.drawString(1.5 * cm, H - 1.0 * cm, "ASPAL – Relazione sulla performance 2024")
            cv.line(1.5 * cm, H - 1.15 * cm, W - 1.5 * cm, H - 1.15 * cm)
        cv.drawRightString(W - 1.5 * cm, 0.8 * cm, f"Pagina {doc.page}")
        cv.restoreState()
    story = []
    cv = c["cover"]
    story += [Spacer(1, 4 * cm), Paragraph(E(cv[0]), ParagraphStyle("c0", fontName="LS-B", fontSize=30, leading=36, alignment=1, textColor=colors.HexColor("#7a1f1f"))),
              Spacer(1, 4), Paragraph(E(cv[1]), ParagraphStyle("c1", fontName="LS", fontSize=14, leading=18, alignment=1)), Spacer(1, 2.2 * cm),
              Paragraph(E(cv[2]), ParagraphStyle("c2", fontName="LS-B", fontSize=22, leading=28, alignment=1)),
              Paragraph(E(cv[3]), ParagraphStyle("c3", fontName="LS-I", fontSize=11, leading=15, alignment=1)), PageBreak()]
    story.append(Paragraph("1. Introduzione", h1))
    for t in c["intro"]: story.append(Paragraph(E(t), base))
    b = c["budget"]; story += [Spacer(1, 6), Paragraph(E(b["title"]), ParagraphStyle("bt", fontName="LS-B", fontSize=9.5, leading=12, spaceAfter=4))]
    bt = Table([[Paragraph(E(h), hdr) for h in b["header"]]] + [[Paragraph(E(r[0]), cell)] + [Paragraph(E(v), ParagraphStyle("r", parent=cell, alignment=2)) for v in r[1:]] for r in b["rows"]],
               colWidths=[8 * cm, 4 * cm, 4 * cm, 4 * cm, 3 * cm])
    bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f1f")), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eeeeee"))]))
    story += [bt, PageBreak()]
    W = landscape(A4)[0] - 3 * cm
    half = (W - 0.8 * cm) / 2
    sw = [1.1 * cm, None, 2.2 * cm, 2.2 * cm, 1.3 * cm, 2.0 * cm]
    sw[1] = half - sum(x for x in sw if x)
    def pair(pr):
        L = small_table(pr["left"], sw); Rr = small_table(pr["right"], sw)
        outer = Table([[L, "", Rr]], colWidths=[half, 0.8 * cm, half])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [outer, Spacer(1, 16)]
    def single(s):
        out = [Paragraph(E(c["areas"][s["area"]]), ParagraphStyle("ar2", parent=area, fontSize=11, leading=14)), Paragraph(E(f"Obiettivo operativo {s['code']} – {s['title']}"), obj)]
        rows = [[Paragraph(E(h), hdr) for h in s["header"]]]
        for i in s["indicators"]:
            rows.append([Paragraph(E(i["code"]), cellc), Paragraph(E(i["name"]), cell), Paragraph(E(i["formula"]), cell), Paragraph(E(i["weight"]), cellc),
                         Paragraph(E(i["target"]), cellc), Paragraph(E(i["actual"]), cellc), Paragraph(E(i["ach"] or ""), cellc), Paragraph(E(i["notes"] or ""), cell)])
            recs.append(record(area_code=s["area"], area_title=c["areas"][s["area"]].split(" – ", 1)[1], level="operational", obj_code=s["code"], obj_title=s["title"],
                               code=i["code"], name=i["name"], formula=i["formula"], weight=pct(i["weight"]), year=2024, target=i["target"], actual=i["actual"],
                               achievement=pct(i["ach"]), notes=i["notes"], better=i["better"]))
        t = Table(rows, colWidths=[1.2 * cm, 6.2 * cm, 6 * cm, 1.3 * cm, 2 * cm, 2 * cm, 1.6 * cm, W - 20.3 * cm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7a1f1f")), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6eeee")])]))
        return out + [t, Spacer(1, 14)]
    for k, pg in enumerate(c["layout"]):
        if k == 0: story.append(Paragraph("2. Risultati degli obiettivi operativi per area strategica", h1))
        for blk in pg:
            story += pair(c["pairs"][int(blk[1:])]) if blk[0] == "P" else single(c["singles"][int(blk[1:])])
        if k < len(c["layout"]) - 1: story.append(PageBreak())
    story += [Paragraph("3. Conclusioni", h1), Paragraph(E(c["closing"]), base)]
    SimpleDocTemplate(pdf, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.4 * cm,
                      title="Relazione sulla performance 2024", author="ASPAL").build(story, onFirstPage=on_page, onLaterPages=on_page)
    return recs

# ---------------------------------------------------------------- 3. Calc (xlsx)
FMT = {"pct1": '0.0%', "ge_pct1": '"≥ "0.0%', "le_dec2": '"≤ "0.00', "dec2": '0.00', "int": '#,##0', "le_int": '"≤ "#,##0', "ge_int": '"≥ "#,##0',
       "eur": '[$€-410] #,##0.00', "le_eur": '"≤ € "#,##0.00', "neg_pct1": '0.0%;[Red](0.0%)', "neg_dec1": '0.0;[Red](0.0)', "dec1": '0.0', "ge_dec1": '"≥ "0.0'}
def it_num(x, dec):
    s = f"{abs(x):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s
def printed(v, f):
    """What LibreOffice (it-IT) prints for number v in format f."""
    if v is None: return None
    if f == "pct1": return it_num(v * 100, 1) + "%"
    if f == "ge_pct1": return "≥ " + it_num(v * 100, 1) + "%"
    if f == "le_dec2": return "≤ " + it_num(v, 2)
    if f == "dec2": return it_num(v, 2)
    if f == "int": return it_num(v, 0)
    if f == "le_int": return "≤ " + it_num(v, 0)
    if f == "ge_int": return "≥ " + it_num(v, 0)
    if f == "eur": return "€ " + it_num(v, 2)
    if f == "le_eur": return "≤ € " + it_num(v, 2)
    if f == "neg_pct1": return ("(" + it_num(v * 100, 1) + "%)") if v < 0 else it_num(v * 100, 1) + "%"
    if f == "neg_dec1": return ("(" + it_num(v, 1) + ")") if v < 0 else it_num(v, 1)
    if f == "dec1": return it_num(v, 1)
    if f == "ge_dec1": return "≥ " + it_num(v, 1)
    raise KeyError(f)

def render_calc(c, pdf):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    wb = Workbook(); ws0 = wb.active; ws0.title = "Premessa"
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws0.column_dimensions["A"].width = 52
    ws0["A2"] = c["cover"][0]; ws0["A2"].font = Font(name="Liberation Sans", size=14, bold=True)
    ws0["A3"] = c["cover"][1]; ws0["A3"].font = Font(name="Liberation Sans", size=12, bold=True)
    ws0["A4"] = c["cover"][2]; ws0["A4"].font = Font(name="Liberation Sans", size=11, italic=True)
    ws0["A6"] = c["premessa"]; ws0["A6"].alignment = Alignment(wrap_text=True, vertical="top"); ws0["A6"].font = Font(name="Liberation Sans", size=10)
    ws0.merge_cells("A6:D6"); ws0.row_dimensions[6].height = 58
    bud = c["budget"]
    ws0["A8"] = bud["title"]; ws0["A8"].font = Font(name="Liberation Sans", size=10, bold=True)
    # budget table in B..E of the same sheet would widen; put it on its own columns
    ws0.column_dimensions["B"].width = 20; ws0.column_dimensions["C"].width = 20; ws0.column_dimensions["D"].width = 20
    for j, h in enumerate(bud["header"]):
        ce = ws0.cell(row=9, column=1 + j, value=h); ce.font = Font(name="Liberation Sans", size=9, bold=True); ce.border = B
        ce.fill = PatternFill("solid", fgColor="D9E2F3"); ce.alignment = Alignment(horizontal="center")
    for i, r in enumerate(bud["rows"]):
        rr = 10 + i
        ws0.cell(row=rr, column=1, value=r[0]).border = B
        for j in (1, 2):
            ce = ws0.cell(row=rr, column=1 + j, value=r[j]); ce.number_format = FMT["eur"]; ce.border = B
        ce = ws0.cell(row=rr, column=4, value=f"=B{rr}+C{rr}"); ce.number_format = FMT["eur"]; ce.border = B
    rr = 10 + len(bud["rows"])
    ws0.cell(row=rr, column=1, value="Totale").font = Font(name="Liberation Sans", size=9, bold=True)
    for j, L in ((2, "B"), (3, "C"), (4, "D")):
        ce = ws0.cell(row=rr, column=j, value=f"=SUM({L}10:{L}{rr-1})"); ce.number_format = FMT["eur"]; ce.font = Font(name="Liberation Sans", size=9, bold=True)
    for j in range(1, 5): ws0.cell(row=rr, column=j).border = B
    for row in ws0.iter_rows(min_row=10, max_row=rr - 1):
        for ce in row: ce.font = Font(name="Liberation Sans", size=9)
    ws0.page_setup.orientation = "portrait"; ws0.page_setup.paperSize = 9
    ws0.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True); ws0.page_setup.fitToWidth = 1; ws0.page_setup.fitToHeight = 0
    ws0.oddFooter.center.text = "&P / &N"

    ws = wb.create_sheet("Indicatori")
    widths = [7, 46, 9, 30, 18, 7, 13, 14, 9, 20]
    for j, w_ in enumerate(widths): ws.column_dimensions[chr(65 + j)].width = w_
    ws.column_dimensions["D"].hidden = True; ws.column_dimensions["E"].hidden = True
    f9 = Font(name="Liberation Sans", size=9)
    ws["A1"] = "ASP Città di Bologna – Monitoraggio finale degli indicatori 2023"; ws["A1"].font = Font(name="Liberation Sans", size=12, bold=True)
    hfill = PatternFill("solid", fgColor="C00000")
    for j, (h, sh) in enumerate(zip(c["columns"], c["subheader"])):
        col = j + 1
        if h is not None: ws.cell(row=3, column=col, value=h)
        if sh is not None: ws.cell(row=4, column=col, value=sh)
        for r in (3, 4):
            ce = ws.cell(row=r, column=col); ce.font = Font(name="Liberation Sans", size=9, bold=True, color="FFFFFF"); ce.fill = hfill; ce.border = B
            ce.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if sh is None: ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells("G3:H3")
    ws.freeze_panes = "A5"; ws.print_title_rows = "3:4"
    r = 5; recs = []; rowmap = {}
    for a in c["areas"]:
        ws.cell(row=r, column=1, value=a["title"]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        for j in range(1, 11):
            ce = ws.cell(row=r, column=j); ce.fill = PatternFill("solid", fgColor="F4B183"); ce.font = Font(name="Liberation Sans", size=10, bold=True); ce.border = B
        r += 1
        for o in a["objectives"]:
            ws.cell(row=r, column=1, value=o["title"]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            for j in range(1, 11):
                ce = ws.cell(row=r, column=j); ce.fill = PatternFill("solid", fgColor="FBE5D6"); ce.font = Font(name="Liberation Sans", size=9, bold=True, italic=True); ce.border = B
            r += 1
            for i in o["indicators"]:
                vals = [i["code"], i["name"], i["unit"], i["hidden1"], i["hidden2"], i["weight"], i["target"][0], i["actual"][0], i["ach"][0], i["esito"]]
                fm = [None, None, None, None, None, "0%", FMT[i["target"][1]], FMT[i["actual"][1]], FMT[i["ach"][1]] if i["ach"][1] else None, None]
                for j, (v, f) in enumerate(zip(vals, fm)):
                    ce = ws.cell(row=r, column=j + 1, value=v); ce.font = f9; ce.border = B
                    if f: ce.number_format = f
                    ce.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j in (1, 3, 4) else ("right" if 5 <= j <= 8 else "center"))
                ws.row_dimensions[r].height = 26
                tp, ap = printed(*i["target"]), printed(*i["actual"]); achp = printed(*i["ach"]) if i["ach"][1] else None
                rec = record(area_code=a["code"], area_title=a["title"].split(" – ", 1)[1], level="operational", obj_code=o["code"],
                             obj_title=o["title"].split(" – ", 1)[1], code=i["code"], name=i["name"], unit=i["unit"],
                             weight=round(i["weight"] * 100, 6), year=None, target=tp, actual=ap, achievement=pct(achp), esito=i["esito"], better=i["better"])
                recs.append(rec); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Legenda: i valori tra parentesi (in rosso) sono negativi. Le colonne di uso interno non sono stampate.").font = Font(name="Liberation Sans", size=8, italic=True)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True); ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.7
    ws.oddHeader.left.text = "ASP Città di Bologna"; ws.oddHeader.right.text = "Relazione sulla performance 2023 – Allegato 1"
    ws.oddFooter.center.text = "Pagina &P di &N"
    src = pdf[:-4] + ".xlsx"; wb.save(src)
    soffice(src, os.path.dirname(pdf))
    return recs

# ---------------------------------------------------------------- read-back
def norm(s):
    s = unicodedata.normalize("NFKC", s).replace(SH, "").replace(NB, " ")
    return re.sub(r"[\s\-‐]+", "", s).lower()

def readback(pdf, recs, check_values):
    import pdfplumber
    pages_tokens, pages_text = [], []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            words = pg.extract_words()
            pages_tokens.append([unicodedata.normalize("NFKC", w["text"]) for w in words])
            pages_text.append(norm(pg.extract_text() or ""))
        n = len(p.pages)
    for rec in recs:
        hits = [k + 1 for k, toks in enumerate(pages_tokens) if rec["indicator_code"] in toks]
        assert len(hits) == 1, (rec["indicator_code"], hits)
        pg = hits[0]; rec["page"] = rec["page_end"] = pg
        t = pages_text[pg - 1]
        ws = [w for w in re.split(r"\s+", rec["indicator"]) if len(w) >= 4]
        for w in (ws[:2] + ws[-2:]):
            assert norm(w)[:4] in t, (rec["indicator_code"], w)
        if check_values:
            for f in ("target", "actual"):
                if rec[f]:
                    for part in rec[f].split(): assert norm(part) in t, (rec["indicator_code"], f, rec[f])
    return n

def main():
    jobs = [("comune-mantova-2023-relazione", render_writer, True), ("aspal-sardegna-2024-relazione", render_reportlab, True),
            ("asp-citta-bologna-2023-relazione", render_calc, True)]
    only = sys.argv[1:]
    for name, fn, chk in jobs:
        if only and name not in only: continue
        c = json.load(open(os.path.join(HERE, name + ".content.json")))
        pdf = os.path.join(HERE, name + ".pdf")
        NOTE[0] = 0
        recs = fn(c, pdf)
        n = readback(pdf, recs, chk)
        truth = {"schema": "perfextract/records@1", "_about": f"Written by make_r37.py from {name}.content.json (round r37).",
                 "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": n},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(name, n, "pages", len(recs), "records", "pages:", sorted(set(r["page"] for r in recs)))

if __name__ == "__main__":
    main()

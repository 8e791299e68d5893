# Renders the r31 samples from NAME.content.json and writes NAME.truth.json from the content.
import json, re, sys
import pdfplumber
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
for name, path in [("LS", "liberation/LiberationSans-Regular.ttf"), ("LS-B", "liberation/LiberationSans-Bold.ttf"),
                   ("LS-I", "liberation/LiberationSans-Italic.ttf"),
                   ("DC", "dejavu/DejaVuSansCondensed.ttf"), ("DC-B", "dejavu/DejaVuSansCondensed-Bold.ttf"),
                   ("DC-I", "dejavu/DejaVuSansCondensed-Oblique.ttf"),
                   ("SE", "liberation/LiberationSerif-Regular.ttf"), ("SE-B", "liberation/LiberationSerif-Bold.ttf"),
                   ("SE-I", "liberation/LiberationSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + path))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ------------------------------------------------------------------ value rules
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"

def num(s):
    return float(s.replace(".", "").replace(",", "."))

def parse(text):
    none = (None, None, None, None)
    if text is None:
        return none
    t = re.sub(r"\([^)]*\)", " ", text)          # parenthetical ignored
    t = " ".join(t.split())
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return none
    op = "="
    for p, o in [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<")]:
        if t.startswith(p):
            op, t = o, t[len(p):].strip()
            break
    unit = None
    if t.startswith("€"):
        unit, t = "EUR", t[1:].strip()
    m = re.match(r"(%s)\s*-\s*(%s)" % (NUM, NUM), t)
    if m and op == "=":
        v, vmax, rest, op = num(m.group(1)), num(m.group(2)), t[m.end():], "range"
    else:
        m = re.match(NUM, t)
        if not m:
            return none
        v, vmax, rest = num(m.group(0)), None, t[m.end():]
    rest = rest.strip()
    if re.search(r"\d", rest):
        return none
    if rest.startswith("%"):
        unit = "%"
    elif re.match(r"(gg|giorni)\b", rest):
        unit = "days"
    elif re.match(r"ore\b", rest):
        unit = "hours"
    elif rest.startswith("€"):
        unit = "EUR"
    return op, v, vmax, unit

def met(tp, ap, direction):
    top, tv, tmax, tu = tp
    aop, av, amax, au = ap
    if tv is None or av is None or aop == "range":
        return None
    if tu and au and tu != au:
        return None
    if top == ">=": return av >= tv
    if top == ">": return av > tv
    if top == "<=": return av <= tv
    if top == "<": return av < tv
    if top == "range": return tv <= av <= tmax
    if av == tv: return True
    if direction == "up": return av > tv
    if direction == "down": return av < tv
    return None

def pct(s):
    if s is None: return None
    return num(s.replace("%", "").strip())

def record(**kw):
    r = dict(page=None, page_end=None, area_code=None, area_title=None, objective_level=None,
             objective_code=None, objective_title=None, indicator_code=None, indicator=None, type=None,
             formula=None, unit=None, data_source=None, weight=None, baseline=None, year=None,
             target=None, target_operator=None, target_value=None, target_value_max=None, target_unit=None,
             actual=None, actual_operator=None, actual_value=None, actual_value_max=None, actual_unit=None,
             achievement=None, notes=None, status=None, status_text=None, comment=None, met=None)
    d = kw.pop("dir", None)
    r.update(kw)
    tp, ap = parse(r["target"]), parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = tp
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = ap
    r["met"] = met(tp, ap, d)
    return r

# ------------------------------------------------------------------ common layout helpers
def styles(font, size=9.5):
    b, i = font + "-B", font + "-I"
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35, alignment=TA_JUSTIFY, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 3, leading=size + 6, spaceBefore=8, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1, leading=size + 4, spaceBefore=6, spaceAfter=5),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
        "cellc": ParagraphStyle("cellc", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2, alignment=TA_CENTER),
        "cellr": ParagraphStyle("cellr", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.2, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", fontName=b, fontSize=size - 1.5, leading=(size - 1.5) * 1.2, alignment=TA_CENTER),
        "headl": ParagraphStyle("headl", fontName=b, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
        "foot": ParagraphStyle("foot", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.25),
        "cap": ParagraphStyle("cap", fontName=b, fontSize=size - 0.5, leading=size + 2, spaceBefore=6, spaceAfter=4),
        "cov": ParagraphStyle("cov", fontName=font, fontSize=12, leading=16, alignment=TA_CENTER),
        "covb": ParagraphStyle("covb", fontName=b, fontSize=24, leading=30, alignment=TA_CENTER),
        "covi": ParagraphStyle("covi", fontName=i, fontSize=10, leading=14, alignment=TA_CENTER),
    }

def P(t, st):
    return Paragraph(esc(t) if t is not None else "", st)

def simple_table(header, rows, widths, S, head_bg, total_last=False, right_from=1):
    data = [[P(h, S["head"]) for h in header]]
    for r in rows:
        data.append([P(c, S["cell"] if j < right_from else S["cellr"]) for j, c in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
          ("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if total_last:
        st.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EEEEEE")))
    t.setStyle(TableStyle(st))
    return t

# ------------------------------------------------------------------ sample 1: Accademia
def build_abba(c):
    S = styles("LS", 9.5)
    recs = []
    def later(canv, doc):
        canv.saveState()
        canv.setFont("LS", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(2 * cm, 1.2 * cm, "Accademia di Belle Arti di Bologna – Relazione sulla performance 2023")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "%d" % doc.page)
        canv.restoreState()
    def first(canv, doc):
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#8B1E2D")); canv.setLineWidth(3)
        canv.line(2 * cm, A4[1] - 3 * cm, A4[0] - 2 * cm, A4[1] - 3 * cm)
        canv.line(2 * cm, 3 * cm, A4[0] - 2 * cm, 3 * cm)
        canv.restoreState()
    doc = BaseDocTemplate(c["name"] + ".pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title="Relazione sulla performance 2023")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("first", [fr], onPage=first), PageTemplate("later", [fr], onPage=later)])
    from reportlab.platypus import NextPageTemplate
    cv = c["cover"]
    st = [Spacer(1, 3 * cm), P(cv[0], S["cov"]), P(cv[1], S["covi"]), Spacer(1, 2.5 * cm),
          P(cv[2], ParagraphStyle("x", parent=S["covb"], fontSize=22)), Spacer(1, 1.5 * cm),
          P(cv[3], S["covb"]), Spacer(1, 0.4 * cm), P(cv[4], ParagraphStyle("y", parent=S["covb"], fontSize=18)),
          Spacer(1, 6 * cm), P(cv[5], S["covi"]), NextPageTemplate("later"), PageBreak()]
    st.append(P(c["intro_title"], S["h1"]))
    st += [P(p, S["body"]) for p in c["intro"]]
    st.append(P(c["context_title"], S["cap"]))
    st.append(simple_table(c["context_header"], c["context_rows"], [8.5 * cm, 2.8 * cm, 2.8 * cm, 2.9 * cm], S,
                           colors.HexColor("#E8D5D8")))
    st.append(Spacer(1, 10))
    st.append(P("2. Obiettivi e indicatori", S["h1"]))
    st.append(P("Gli obiettivi operativi assegnati per l'anno 2023 sono i seguenti.", S["body"]))
    st.append(P(c["obj_title"], S["cap"]))
    rows = []
    for code, ar, title, resp, w in c["objectives"]:
        rows.append([code, "%s – %s" % (ar, c["areas"][ar]), title, resp, w])
    t = simple_table(c["obj_header"], rows, [1.2 * cm, 4.0 * cm, 6.3 * cm, 4.0 * cm, 1.5 * cm], S,
                     colors.HexColor("#E8D5D8"), right_from=4)
    st.append(t)
    st.append(PageBreak())
    st.append(P("Nella tabella seguente sono riportati, per ciascun indicatore, il peso, il target, il risultato conseguito e il punteggio ottenuto. I valori contrassegnati da un richiamo sono commentati in calce alla tabella.", S["body"]))
    st.append(P(c["ind_title"], S["cap"]))
    data = [[P(h, S["head"]) for h in c["ind_header"]]]
    objt = {o[0]: o for o in c["objectives"]}
    for ob, code, name, w, tg, ac, sc, d in c["indicators"]:
        data.append([P("Ob. " + ob, S["cellc"]), P(code, S["cellc"]), P(name, S["cell"]), P(w, S["cellc"]),
                     P(tg, S["cellc"]), P(ac, S["cellc"]), P(sc, S["cellr"])])
        o = objt[ob]
        recs.append(record(area_code=o[1], area_title=c["areas"][o[1]], objective_level="operational",
                           objective_code=ob, objective_title=o[2], indicator_code=code, indicator=name,
                           weight=pct(w), year=2023, target=tg, actual=ac, dir=d))
    tr = c["total_row"]
    data.append([P(tr[0], S["cell"]), P(tr[1], S["cell"]), P(tr[2], S["headl"]), P(tr[3], S["head"]), "", "",
                 P(tr[6], ParagraphStyle("tb", parent=S["cellr"], fontName="LS-B"))])
    t = Table(data, colWidths=[1.5 * cm, 1.3 * cm, 6.5 * cm, 1.3 * cm, 2.2 * cm, 2.2 * cm, 2.0 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8D5D8")),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st.append(t)
    st.append(Spacer(1, 4))
    st += [P(f, S["foot"]) for f in c["footnotes"]]
    st.append(Spacer(1, 10))
    st.append(P(c["closing_title"], S["h1"]))
    st += [P(p, S["body"]) for p in c["closing"]]
    doc.build(st)
    return recs

# ------------------------------------------------------------------ sample 2: AOU Sassari
def build_aou(c):
    S = styles("DC", 9.5)
    recs = []
    def later(canv, doc):
        canv.saveState()
        canv.setFont("DC", 8)
        canv.setFillColor(colors.HexColor("#1F4E79"))
        canv.drawString(1.8 * cm, A4[1] - 1.2 * cm, c["running"])
        canv.drawRightString(A4[0] - 1.8 * cm, A4[1] - 1.2 * cm, "Struttura Programmazione e Controllo di Gestione")
        canv.setStrokeColor(colors.HexColor("#1F4E79")); canv.setLineWidth(0.8)
        canv.line(1.8 * cm, A4[1] - 1.4 * cm, A4[0] - 1.8 * cm, A4[1] - 1.4 * cm)
        canv.setFillColor(colors.black)
        canv.drawCentredString(A4[0] / 2, 1.0 * cm, "Pag. %d" % doc.page)
        canv.restoreState()
    def first(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1F4E79"))
        canv.rect(0, A4[1] - 5 * cm, A4[0], 5 * cm, fill=1, stroke=0)
        canv.restoreState()
    from reportlab.platypus import NextPageTemplate
    doc = BaseDocTemplate(c["name"] + ".pdf", pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                          topMargin=2.0 * cm, bottomMargin=1.8 * cm)
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("first", [fr], onPage=first), PageTemplate("later", [fr], onPage=later)])
    cv = c["cover"]
    white = ParagraphStyle("w", parent=S["cov"], textColor=colors.white, fontSize=11)
    st = [Spacer(1, 0.6 * cm), P(cv[0], white), Spacer(1, 0.3 * cm),
          P(cv[1], ParagraphStyle("w2", parent=S["covb"], textColor=colors.white, fontSize=17, leading=22)),
          Spacer(1, 6 * cm), P(cv[2], ParagraphStyle("t", parent=S["covb"], fontSize=26, leading=32)),
          Spacer(1, 0.4 * cm), P(cv[3], ParagraphStyle("t2", parent=S["covb"], fontSize=20)), Spacer(1, 0.6 * cm),
          P(cv[4], S["covi"]), Spacer(1, 8 * cm), P(cv[5], S["cov"]), NextPageTemplate("later"), PageBreak()]
    st.append(P(c["intro_title"], S["h1"]))
    st += [P(p, S["body"]) for p in c["intro"]]
    st.append(P(c["activity_title"], S["h1"]))
    st.append(P(c["activity_intro"], S["body"]))
    st.append(simple_table(c["activity_header"], c["activity_rows"], [7.4 * cm, 3.2 * cm, 3.2 * cm, 3.6 * cm], S,
                           colors.HexColor("#BDD7EE")))
    st.append(Spacer(1, 8))
    st.append(P(c["results_title"], S["h1"]))
    st.append(P(c["results_intro"], S["body"]))
    data = [[P(h, S["head"]) for h in c["header"]]]
    sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8EA9C1")),
           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    data[0] = [P(h, ParagraphStyle("hw", parent=S["head"], textColor=colors.white)) for h in c["header"]]
    areast = ParagraphStyle("ar", parent=S["headl"], fontSize=8.5)
    objst = ParagraphStyle("ob", parent=S["cell"], fontName="DC-B")
    for g in c["groups"]:
        acode, atitle_full = g["area"]
        atitle = atitle_full.split(" – ", 1)[1]
        data.append([P(atitle_full, areast), "", "", "", "", ""])
        i = len(data) - 1
        sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#BDD7EE"))]
        for o in g["objectives"]:
            data.append([P("Obiettivo strategico %s – %s" % (o["code"], o["title"]), objst), "", "", "", "", ""])
            i = len(data) - 1
            sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#DEEAF6"))]
            for code, name, resp, tg, ac, adv, esito, d in o["rows"]:
                data.append([P(code, S["cellc"]), P(name, S["cell"]), P(resp, S["cell"]),
                             Paragraph("T: %s<br/>R: %s" % (esc(tg), esc(ac)), S["cell"]),
                             P(adv if adv else "–", S["cellc"]), P(esito, S["cellc"])])
                stt = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
                       "Non raggiunto": "not_achieved", "Sospeso": "suspended"}[esito]
                recs.append(record(area_code=acode, area_title=atitle, objective_level="strategic",
                                   objective_code=o["code"], objective_title=o["title"], indicator_code=code,
                                   indicator=name, year=2023, target=tg, actual=ac, achievement=pct(adv),
                                   status=stt, status_text=esito, dir=d, _resp=resp))
    # header only on the first page: repeatRows=0
    t = Table(data, colWidths=[1.2 * cm, 5.6 * cm, 3.0 * cm, 3.3 * cm, 1.7 * cm, 2.6 * cm], repeatRows=0)
    t.setStyle(TableStyle(sty))
    st.append(t)
    st.append(Spacer(1, 10))
    st.append(P(c["closing_title"], S["h1"]))
    st.append(simple_table(c["summary_header"], c["summary_rows"], [6 * cm, 3 * cm, 3 * cm], S,
                           colors.HexColor("#BDD7EE"), total_last=True))
    st.append(Spacer(1, 8))
    st += [P(p, S["body"]) for p in c["closing"]]
    doc.build(st)
    for r in recs:
        r.pop("_resp")
    return recs

# ------------------------------------------------------------------ sample 3: Unione montana
def build_um(c):
    S = styles("SE", 10.5)
    recs = []
    PS = landscape(A4)
    def later(canv, doc):
        canv.saveState()
        canv.setFont("SE-I", 8.5)
        canv.drawString(2 * cm, 1.0 * cm, "Unione Montana dei Comuni del Mugello – Relazione sulla performance 2024")
        canv.drawRightString(PS[0] - 2 * cm, 1.0 * cm, "pagina %d" % doc.page)
        canv.restoreState()
    from reportlab.platypus import NextPageTemplate
    doc = BaseDocTemplate(c["name"] + ".pdf", pagesize=PS, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=1.6 * cm, bottomMargin=1.6 * cm)
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("first", [fr]), PageTemplate("later", [fr], onPage=later)])
    cv = c["cover"]
    st = [Spacer(1, 2.5 * cm), P(cv[0], ParagraphStyle("a", parent=S["covb"], fontSize=22, textColor=colors.HexColor("#2E5E2E"))),
          Spacer(1, 0.3 * cm), P(cv[1], S["covi"]), Spacer(1, 3.5 * cm),
          P(cv[2], ParagraphStyle("b", parent=S["covb"], fontSize=26, leading=32)), Spacer(1, 4 * cm),
          P(cv[3], S["cov"]), NextPageTemplate("later"), PageBreak()]
    st.append(P(c["intro_title"], S["h1"]))
    st += [P(p, S["body"]) for p in c["intro"]]
    st.append(P(c["staff_title"], S["cap"]))
    st.append(simple_table(c["staff_header"], c["staff_rows"], [7 * cm, 8 * cm, 3.5 * cm, 5 * cm], S,
                           colors.HexColor("#D9E8D0"), total_last=True, right_from=2))
    st.append(PageBreak())
    W = [1.3 * cm, 5.2 * cm, 10.2 * cm, 2.8 * cm, 3.4 * cm, 2.0 * cm]
    first_area = True
    for a in c["areas"]:
        head = P("Area %s – %s" % (a["code"], a["title"]), S["h2"])
        data = [[P(h, S["head"]) for h in c["header"]]]
        sty = [("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E8D0")),
               ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "TOP")]
        for o in a["objectives"]:
            inner = []
            for name, tg, ac, ach, d in o["inds"]:
                inner.append([Paragraph("•&nbsp;&nbsp;" + esc(name), ParagraphStyle("bl", parent=S["cell"], leftIndent=9, firstLineIndent=-9)),
                              P(tg, S["cellc"]), P(ac, S["cellc"]), P(ach if ach else "–", S["cellc"])])
                recs.append(record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                                   objective_code=o["code"], objective_title=o["title"], indicator=name, year=2024,
                                   target=tg, actual=ac, achievement=pct(ach), dir=d))
            it = Table(inner, colWidths=W[2:])
            it.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                    ("LINEBEFORE", (1, 0), (3, -1), 0.4, colors.black)]))
            # the inner table has no rules: the Word cells are drawn by the outer grid lines below
            data.append([P(o["code"], S["cellc"]), P(o["title"], S["cell"]), it, "", "", ""])
            i = len(data) - 1
            sty += [("SPAN", (2, i), (5, i)), ("LEFTPADDING", (2, i), (5, i), 0), ("RIGHTPADDING", (2, i), (5, i), 0),
                    ("TOPPADDING", (2, i), (5, i), 0), ("BOTTOMPADDING", (2, i), (5, i), 0)]
        t = Table(data, colWidths=W, repeatRows=1)
        t.setStyle(TableStyle(sty))
        # column rules through the spanned part, as the Word table draws them
        t2 = t
        st.append(KeepTogether([head, t2]))
        st.append(Spacer(1, 5))
        st.append(P(a["after"], S["body"]))
        st.append(Spacer(1, 6))
    st.append(P(c["closing_title"], S["h1"]))
    st += [P(p, S["body"]) for p in c["closing"]]
    doc.build(st)
    return recs

# ------------------------------------------------------------------ page read-back
def norm(s):
    return " ".join(s.split())

def readback(pdf, recs):
    with pdfplumber.open(pdf) as p:
        pages = [[(w["text"], round(w["top"])) for w in pg.extract_words(keep_blank_chars=False)] for pg in p.pages]
        texts = [norm(pg.extract_text() or "") for pg in p.pages]
        npages = len(p.pages)
    cur = (0, 0)
    for r in recs:
        words = r["indicator"].replace("•", "").split()
        found = None
        for k in (6, 5, 4, 3, 2):
            k = min(k, len(words))
            for pi in range(cur[0], len(pages)):
                ws = pages[pi]
                start = cur[1] if pi == cur[0] else 0
                for j in range(start, len(ws) - k + 1):
                    if [w for w, _ in ws[j:j + k]] == words[:k] and len({t for _, t in ws[j:j + k]}) <= 2:
                        found = (pi, j); break
                if found: break
            if found: break
        assert found, r["indicator"]
        pi, j = found
        # last word of the name: search forward on this page, then the next
        last = words[-1]
        pe = pi
        if last not in [w for w, _ in pages[pi][j:]]:
            pe = pi + 1
            assert last in [w for w, _ in pages[pe]], r["indicator"]
        for v in (r["target"], r["actual"]):
            if v:
                pw = set(texts[pi].split()) | set(texts[pe].split())
                assert all(w in pw for w in v.split()), (v, pi + 1)
        r["page"], r["page_end"] = pi + 1, pe + 1
        cur = (pi, j + 1)
    return npages

def main():
    for name, fn in [("accademia-belle-arti-bologna-2023-relazione", build_abba),
                     ("aou-sassari-2023-relazione", build_aou),
                     ("unione-montana-mugello-2024-relazione", build_um)]:
        c = json.load(open(name + ".content.json"))
        recs = fn(c)
        n = readback(name + ".pdf", recs)
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "pages": n},
                 "document": c["document"], "indicators": recs}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, n, "pages", len(recs), "records", sorted({(r["page"], r["page_end"]) for r in recs}))

if __name__ == "__main__":
    main()

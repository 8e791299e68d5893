"""Round r87: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
Renderers: 'latex' (reportlab, LaTeX-like article with booktabs), 'docx' (python-docx -> LibreOffice),
'rl' (reportlab, landscape, one table per page)."""
import json, re, os, sys, subprocess, hashlib
import pdfplumber
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/dejavu/"
LD = "/usr/share/fonts/truetype/liberation/"
for n, f in [("Serif", FD+"DejaVuSerif.ttf"), ("Serif-B", FD+"DejaVuSerif-Bold.ttf"), ("Serif-I", FD+"DejaVuSerif-Italic.ttf"),
             ("Sans", LD+"LiberationSans-Regular.ttf"), ("Sans-B", LD+"LiberationSans-Bold.ttf"), ("Sans-I", LD+"LiberationSans-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(n, f))

HERE = os.path.dirname(os.path.abspath(__file__))

def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ---------------- value parsing (RECORDS.md / CONVENTIONS.md) ----------------
UNITS = [(r"%", "%"), (r"‰", "‰"), (r"gg\.?|giorni", "days"), (r"mesi", "months"), (r"ore", "hours"), (r"€|euro", "EUR")]
def parse(s):
    if s is None: return (None, None, None, None)
    t = s.strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t): return (None, None, None, None)
    op = None
    for pat, o in [(r"^(≥|>=)\s*", ">="), (r"^(≤|<=)\s*", "<="), (r"^>\s*", ">"), (r"^<\s*", "<"), (r"^almeno\s+", ">="), (r"^entro\s+", "<=")]:
        m = re.match(pat, t, re.I)
        if m: op = o; t = t[m.end():]; break
    unit = None
    m = re.match(r"^(€)\s*", t)
    if m: unit = "EUR"; t = t[m.end():]
    m = re.match(r"^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?", t)
    if not m: return (None, None, None, None)
    num = float(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
    rest = re.sub(r"\([^)]*\)", "", t[m.end():]).strip()
    if re.search(r"\d", rest): return (None, None, None, None)
    for pat, u in UNITS:
        if re.match(r"^(" + pat + r")(\b|$|\s)", rest) or (u in "%‰" and rest.startswith(pat)):
            unit = u; break
    return (op or "=", num, None, unit)

def met(rec, better):
    to, tv, _, tu = rec["target_operator"], rec["target_value"], rec["target_value_max"], rec["target_unit"]
    av, au = rec["actual_value"], rec["actual_unit"]
    if tv is None or av is None: return None
    if tu and au and tu != au: return None
    if to == ">=": return av >= tv
    if to == "<=": return av <= tv
    if to == ">": return av > tv
    if to == "<": return av < tv
    if to == "=":
        if abs(av - tv) < 1e-9: return True
        if better == "higher": return av > tv
        if better == "lower": return av < tv
        return None
    return None

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved", "sospeso": "suspended"}
def norm(s): return re.sub(r"\s+", " ", s).strip() if s else None

# ---------------- renderers ----------------
def booktabs(ncols, nrows, font, size, header_font):
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), font, size), ("FONT", (0, 0), (-1, 0), header_font, size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.1, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 1.1, "black"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])

def render_rl(d, path):
    latex = d["renderer"] == "latex"
    F, FB, FI = ("Serif", "Serif-B", "Serif-I") if latex else ("Sans", "Sans-B", "Sans-I")
    ps = landscape(A4) if not latex else A4
    body = ParagraphStyle("b", fontName=F, fontSize=10 if latex else 9.5, leading=13 if latex else 12.5, alignment=TA_JUSTIFY, spaceAfter=6, firstLineIndent=14 if latex else 0)
    h1 = ParagraphStyle("h1", fontName=FB, fontSize=13, leading=16, spaceBefore=12, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=FB, fontSize=11, leading=14, spaceBefore=10, spaceAfter=5)
    h3 = ParagraphStyle("h3", fontName=FI if latex else FB, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4)
    cap = ParagraphStyle("cap", fontName=F, fontSize=9, leading=11, alignment=TA_CENTER, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=F, fontSize=8.5 if latex else 8.5, leading=10.5)
    hcell = ParagraphStyle("hc", fontName=FB, fontSize=8.5, leading=10.5)
    W = ps[0] - 5 * cm if latex else ps[0] - 3.6 * cm
    story = []
    cs = d["cover"]
    if latex:
        story += [Spacer(1, 4 * cm), Paragraph(esc(cs[1]), ParagraphStyle("t", fontName=F, fontSize=20, leading=26, alignment=TA_CENTER, spaceAfter=14)),
                  Paragraph(esc(cs[0]), ParagraphStyle("a", fontName=F, fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=10)),
                  Paragraph(esc(cs[2]), ParagraphStyle("s", fontName=FI, fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=8)),
                  Paragraph(esc(cs[3]), ParagraphStyle("s2", fontName=F, fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=30)), PageBreak()]
    else:
        story += [Spacer(1, 3 * cm), Paragraph(esc(cs[0]), ParagraphStyle("t0", fontName=FB, fontSize=30, leading=36, alignment=TA_CENTER, textColor="#1b4f8a", spaceAfter=8)),
                  Paragraph(esc(cs[1]), ParagraphStyle("t1", fontName=F, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=50)),
                  Paragraph(esc(cs[2]), ParagraphStyle("t2", fontName=FB, fontSize=22, leading=28, alignment=TA_CENTER, spaceAfter=40)),
                  Paragraph(esc(cs[3]), ParagraphStyle("t3", fontName=FI, fontSize=11, leading=14, alignment=TA_CENTER)), PageBreak()]
    story.append(Paragraph(esc(d["intro_heading"]), h1))
    story += [Paragraph(esc(p), body) for p in d["intro"]]
    story.append(Paragraph(esc(d["budget_heading"]), h1))
    story.append(Paragraph(esc(d["budget_caption"]), cap))
    bt = Table([[Paragraph(esc(h), hcell) for h in d["budget_header"]]] + [[Paragraph(esc(c), cell) for c in r] for r in d["budget_rows"]],
               colWidths=[W * 0.4] + [W * 0.2] * 3)
    st = booktabs(4, len(d["budget_rows"]) + 1, F, 8.5, FB); bt.setStyle(st)
    story += [bt, Spacer(1, 8)]
    if not latex: story.append(PageBreak())
    story.append(Paragraph(esc(d["results_heading"]), h1))
    cols = d["columns"]; tw = sum(c[2] for c in cols)
    widths = [W * c[2] / tw for c in cols]
    tabno = 2
    for ai, a in enumerate(d["areas"]):
        if not latex and ai > 0: story.append(PageBreak())
        if latex: story.append(Paragraph(esc(a["heading"]), h2))
        first = True
        for o in a["objectives"]:
            if not latex:
                if first: story.append(Paragraph(esc(a["heading"]), h2))
                first = False
            story.append(Paragraph(esc(o["heading"]), h3))
            data = [[Paragraph(esc(c[1]), hcell) for c in cols]]
            for r in o["rows"]:
                data.append([Paragraph(esc(r.get(c[0]) or ""), cell) for c in cols])
            t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
            t.setStyle(booktabs(len(cols), len(data), F, 8.5, FB))
            if latex:
                story.append(Paragraph(esc(f"Tabella {tabno}: Indicatori dell'obiettivo strategico {o['code']}"), cap)); tabno += 1
            story.append(t)
            story.append(Spacer(1, 6))
            if o.get("esito"):
                story.append(Paragraph("<b>" + esc(o["esito"].split(":")[0]) + ":</b> " + esc(o["esito"].split(":", 1)[1].strip()), ParagraphStyle("e", parent=body, firstLineIndent=0)))
            story += [Paragraph(esc(p), body) for p in o.get("after", [])]
    def onpage(c, doc):
        c.saveState()
        if latex:
            if doc.page > 1:
                c.setFont(F, 9); c.drawCentredString(ps[0] / 2, 1.5 * cm, str(doc.page))
        else:
            if doc.page > 1:
                c.setFont(F, 8); c.setFillColor("#1b4f8a")
                c.drawString(1.8 * cm, ps[1] - 1.1 * cm, "ANPAL – Relazione sulla performance 2022")
                c.drawRightString(ps[0] - 1.8 * cm, 1.0 * cm, f"pag. {doc.page}")
        c.restoreState()
    m = 2.5 * cm if latex else 1.8 * cm
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=m, rightMargin=m, topMargin=2.2 * cm if latex else 1.7 * cm, bottomMargin=2.2 * cm if latex else 1.6 * cm,
                            title=d["document"]["title"] + " " + str(d["document"]["year"]), author=d["document"]["issuer"])
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

def render_docx(d, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    stl = doc.styles["Normal"]; stl.font.name = "Calibri"; stl.font.size = Pt(10.5)
    for n in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[n].font.name = "Calibri"; doc.styles[n].font.color.rgb = RGBColor(0x00, 0x3B, 0x6F)
    doc.styles["Heading 1"].font.size = Pt(15); doc.styles["Heading 2"].font.size = Pt(12.5); doc.styles["Heading 3"].font.size = Pt(11)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(); f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE"); r._r.append(f1)
    fr = fp.add_run(""); 
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Università degli Studi di Trieste – Relazione sulla performance 2023"); hr.font.size = Pt(8); hr.italic = True
    sec.different_first_page_header_footer = True
    cs = d["cover"]
    for _ in range(6): doc.add_paragraph()
    for i, (txt, sz, b) in enumerate([(cs[0], 22, True), (cs[1], 26, False), (cs[2], 11, False)]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(txt); rr.font.size = Pt(sz); rr.bold = b; rr.font.color.rgb = RGBColor(0x00, 0x3B, 0x6F) if i < 2 else None
        p.paragraph_format.space_after = Pt(30)
    doc.add_page_break()
    doc.add_heading(d["intro_heading"], 1)
    for p in d["intro"]:
        pp = doc.add_paragraph(p); pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    def border(el, tag, **kw):
        b = OxmlElement(tag)
        for k, v in kw.items(): b.set(qn("w:" + k), str(v))
        el.append(b)
    def mk_table(header, rows, widths, size=8.5):
        t = doc.add_table(rows=1 + len(rows), cols=len(header))
        t.autofit = False
        tblPr = t._tbl.tblPr
        tb = OxmlElement("w:tblBorders")
        border(tb, "w:top", val="single", sz=12, space=0, color="000000")
        border(tb, "w:bottom", val="single", sz=12, space=0, color="000000")
        for tg in ("w:left", "w:right", "w:insideH", "w:insideV"): border(tb, tg, val="nil")
        tblPr.append(tb)
        for i, row in enumerate([header] + rows):
            tr = t.rows[i]
            if i == 0:
                trPr = tr._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
            for j, txt in enumerate(row):
                c = tr.cells[j]; c.width = Cm(widths[j])
                p = c.paragraphs[0]; run = p.add_run(txt or ""); run.font.size = Pt(size); run.bold = (i == 0)
                p.paragraph_format.space_after = Pt(2)
                if i == 0:
                    tcPr = c._tc.get_or_add_tcPr(); tcb = OxmlElement("w:tcBorders")
                    border(tcb, "w:bottom", val="single", sz=6, space=0, color="000000"); tcPr.append(tcb)
        for j, wdt in enumerate(widths):
            t.columns[j].width = Cm(wdt)
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[j] * 567)))
        tw_ = OxmlElement("w:tblW"); tw_.set(qn("w:w"), str(int(sum(widths) * 567))); tw_.set(qn("w:type"), "dxa")
        for old in tblPr.findall(qn("w:tblW")): tblPr.remove(old)
        tblPr.append(tw_)
        lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
        return t
    doc.add_heading(d["budget_heading"], 1)
    cp = doc.add_paragraph(d["budget_caption"]); cp.runs[0].italic = True; cp.runs[0].font.size = Pt(9)
    mk_table(d["budget_header"], d["budget_rows"], [7, 3.3, 3.3, 3.3], 9)
    doc.add_paragraph()
    doc.add_heading(d["results_heading"], 1)
    cols = d["columns"]; tw = sum(c[2] for c in cols); widths = [17 * c[2] / tw for c in cols]
    for a in d["areas"]:
        doc.add_heading(a["heading"], 2)
        for o in a["objectives"]:
            doc.add_heading(o["heading"], 3)
            mk_table([c[1] for c in cols], [[r.get(c[0]) for c in cols] for r in o["rows"]], widths, 8)
            for p in d.get("after_objective", {}).get(o["code"], []):
                pp = doc.add_paragraph(p); pp.paragraph_format.space_before = Pt(6)
            doc.add_paragraph()
    dx = path[:-4] + ".docx"
    doc.save(dx)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r87", "--headless", "--convert-to", "pdf", "--outdir", os.path.dirname(path), dx], check=True, capture_output=True)

# ---------------- truth ----------------
def build_truth(d):
    recs = []
    for a in d["areas"]:
        for o in a["objectives"]:
            for r in o["rows"]:
                rec = {"page": None, "page_end": None}
                if d["renderer"] == "rl":
                    rec["area_code"] = o["code"].split(".")[0]; rec["area_title"] = None
                else:
                    rec["area_code"] = a["code"]; rec["area_title"] = a["title"]
                rec.update(objective_level=o["level"], objective_code=o["code"], objective_title=o["title"],
                           indicator_code=r.get("indicator_code"), indicator=norm(r["indicator"]), type=None, formula=None, unit=None, data_source=None,
                           weight=float(r["weight"].rstrip("%")) if r.get("weight") else None, baseline=r.get("baseline"), year=d["year"],
                           target=r.get("target"))
                tp = parse(r.get("target")); rec.update(target_operator=tp[0], target_value=tp[1], target_value_max=tp[2], target_unit=tp[3])
                rec["actual"] = r.get("actual")
                ap = parse(r.get("actual")); rec.update(actual_operator=ap[0], actual_value=ap[1], actual_value_max=ap[2], actual_unit=ap[3])
                rec["achievement"] = float(r["achievement"].rstrip("%").replace(",", ".")) if r.get("achievement") else None
                rec["notes"] = None
                if r.get("esito"):
                    rec["status"] = STATUS[r["esito"].lower()]; rec["status_text"] = r["esito"]; rec["comment"] = None
                elif o.get("esito"):
                    ph = o["esito"].split(":", 1)[1].strip()
                    rec["status"] = STATUS[ph.lower()]; rec["status_text"] = ph
                    rec["comment"] = norm(" ".join(o.get("after", []))) or None
                else:
                    rec["status"] = None; rec["status_text"] = None; rec["comment"] = None
                rec["met"] = met(rec, r.get("better"))
                rec["_cells"] = [(c[0], r.get(c[0])) for c in d["columns"] if r.get(c[0])]
                recs.append(rec)
    return recs

def squash(s): return re.sub(r"\s+", "", s)

def column_strips(pg, labels):
    words = pg.extract_words()
    firsts = [l.split()[0] for l in labels]
    for w in words:
        if not w["text"].startswith(firsts[0].rstrip(".")[:5]): continue
        row = [w2 for w2 in words if abs(w2["top"] - w["top"]) < 2.5]
        xs = []
        for f in firsts:
            cand = [w2["x0"] for w2 in row if w2["text"].startswith(f.rstrip(".")[:5]) and (not xs or w2["x0"] > xs[-1])]
            if not cand: break
            xs.append(min(cand))
        if len(xs) == len(firsts):
            xs.append(pg.width)
            return [squash(pg.crop((max(0, xs[i] - 2), 0, min(pg.width, xs[i + 1] - 2), pg.height)).extract_text() or "") for i in range(len(firsts))]
    return None

def readback(pdf, recs, d):
    labels = [c[1] for c in d["columns"]]; fields = [c[0] for c in d["columns"]]
    with pdfplumber.open(pdf) as p:
        strips = [column_strips(pg, labels) for pg in p.pages]
        n = len(p.pages)
    ii = fields.index("indicator")
    prev = 1
    for rec in recs:
        head = squash(rec["indicator"])[:16]
        st = next((i + 1 for i in range(prev - 1, n) if strips[i] and head in strips[i][ii]), None)
        assert st, ("head not found", rec["indicator"])
        end = st
        for f, c in rec["_cells"]:
            j = fields.index(f)
            assert squash(c)[:6] in strips[st - 1][j], ("cell start not on start page", c[:30], st)
            tail = squash(c)[-10:]
            e = next((i + 1 for i in range(st - 1, n) if strips[i] and tail in strips[i][j]), None)
            assert e, ("tail not found", c)
            end = max(end, e)
        rec["page"], rec["page_end"] = st, end
        prev = st
    return n

def main():
    names = sys.argv[1:] or [f[:-13] for f in sorted(os.listdir(HERE)) if f.endswith(".content.json")]
    for name in names:
        d = json.load(open(os.path.join(HERE, name + ".content.json")))
        pdf = os.path.join(HERE, name + ".pdf")
        (render_docx if d["renderer"] == "docx" else render_rl)(d, pdf)
        recs = build_truth(d)
        n = readback(pdf, recs, d)
        for r in recs: del r["_cells"]
        truth = {"schema": "perfextract/records@1",
                 "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": n},
                 "document": d["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(name, n, "pages", len(recs), "records", "split rows:", [(r["indicator"][:40], r["page"], r["page_end"]) for r in recs if r["page_end"] != r["page"]])

if __name__ == "__main__":
    main()

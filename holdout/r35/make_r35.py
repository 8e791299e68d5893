"""Round r35 blind samples: renders NAME.pdf from NAME.content.json (reportlab) and writes
NAME.truth.json from the content; page/page_end from a pdfplumber read-back."""
import json, hashlib, re, sys, os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                Spacer, KeepTogether, PageBreak, CondPageBreak)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import pdfplumber

D = "/work/blind/r35"
DJ = "/usr/share/fonts/truetype/dejavu/"; LB = "/usr/share/fonts/truetype/liberation2/"
for n, f in [("DVC", DJ+"DejaVuSansCondensed.ttf"), ("DVC-B", DJ+"DejaVuSansCondensed-Bold.ttf"), ("DVC-I", DJ+"DejaVuSansCondensed-Oblique.ttf"),
             ("DV", DJ+"DejaVuSans.ttf"), ("DV-B", DJ+"DejaVuSans-Bold.ttf"), ("DV-I", DJ+"DejaVuSans-Oblique.ttf"),
             ("LS", LB+"LiberationSans-Regular.ttf"), ("LS-B", LB+"LiberationSans-Bold.ttf"), ("LS-I", LB+"LiberationSans-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(n, f))

def esc(s): return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def ws(s): return None if s is None or not str(s).strip() else re.sub(r"\s+", " ", str(s)).strip()
def S(name, font, size, lead=None, **kw): return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size*1.22, **kw)

def numbered_canvas(draw):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st); draw(self, self._pageNumber, n); super().showPage()
            super().save()
    return NC

FIELDS = ["page","page_end","area_code","area_title","objective_level","objective_code","objective_title","indicator_code","indicator",
          "type","formula","unit","data_source","weight","baseline","year","target","target_operator","target_value","target_value_max",
          "target_unit","actual","actual_operator","actual_value","actual_value_max","actual_unit","achievement","notes","status",
          "status_text","comment","met"]

def rec(**kw):
    r = {k: None for k in FIELDS}
    for k, v in kw.items():
        assert k in r, k
        r[k] = ws(v) if isinstance(v, str) else v
    return r

def setval(r, side, parsed):
    op, val, unit = parsed
    r[side+"_operator"], r[side+"_value"], r[side+"_value_max"], r[side+"_unit"] = op, val, None, unit

def readback(pdf, recs, keys):
    """keys[i] = (start_text, end_text): locate each record in reading order."""
    with pdfplumber.open(pdf) as p:
        pages = [ws(pg.extract_text() or "") or "" for pg in p.pages]
    full, offs = "", []
    for t in pages:
        offs.append(len(full)); full += t + " \n "
    def pg(i):
        return max(k for k, o in enumerate(offs) if o <= i) + 1
    cur = 0
    for r, (a, b) in zip(recs, keys):
        i = full.find(a, cur); assert i >= 0, ("start not found", a)
        b = b.split()[-1]; j = full.find(b, i); assert j >= 0 and j - i < 1500, ("end not found", a, b)
        r["page"], r["page_end"] = pg(i), pg(j)
        cur = i + len(a)
    return len(pages)

def first_words(s, n=3): return " ".join(s.split()[:n])

def write_truth(name, doc, recs, npages, about):
    pdf = f"{D}/{name}.pdf"
    t = {"schema": "perfextract/records@1", "_about": about,
         "source": {"path": f"{name}.pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
         "document": doc, "indicators": recs, "warnings": []}
    json.dump(t, open(f"{D}/{name}.truth.json", "w"), ensure_ascii=False, indent=1)
    print(name, "pages", npages, "records", len(recs))

GREY = colors.HexColor("#8c8c8c"); LGREY = colors.HexColor("#e6e6e6")

# ======================= 1. PEG export =======================
def make_peg(name):
    c = json.load(open(f"{D}/{name}.content.json"))
    st = {"t": S("t", "DVC", 7.2), "tb": S("tb", "DVC-B", 7.2), "h": S("h", "DVC-B", 7.2), "ti": S("ti", "DVC-I", 7),
          "obj": S("obj", "DVC-B", 8.2, 10), "lab": S("lab", "DVC-B", 6.8, textColor=colors.HexColor("#555555")),
          "cov1": S("c1", "DVC-B", 13, 16, alignment=1), "cov2": S("c2", "DVC", 8, alignment=1),
          "cov3": S("c3", "DVC-B", 11, 14, alignment=1), "p": S("p", "DVC", 7.5, 10, alignment=4)}
    P = lambda s, k="t": Paragraph(esc(s), st[k])
    def hdr(cv, n, tot):
        cv.saveState(); w, h = A4
        cv.setFont("DVC-B", 7); cv.drawString(15*mm, h-10*mm, c["software"])
        cv.setFont("DVC", 7); cv.drawCentredString(w/2, h-10*mm, "Comune di Civitanova Marche – PEG 2024")
        cv.drawRightString(w-15*mm, h-10*mm, f"Data stampa: {c['print_date']}")
        cv.setStrokeColor(GREY); cv.setLineWidth(0.5); cv.line(15*mm, h-11.5*mm, w-15*mm, h-11.5*mm)
        cv.line(15*mm, 11*mm, w-15*mm, 11*mm)
        cv.setFont("DVC", 6.5); cv.drawString(15*mm, 8*mm, "Report: PEG_DETT_OBIETTIVI_V3 – Utente: ragioneria03")
        cv.drawRightString(w-15*mm, 8*mm, f"Pagina {n} di {tot}"); cv.restoreState()
    doc = BaseDocTemplate(f"{D}/{name}.pdf", pagesize=A4, leftMargin=15*mm, rightMargin=15*mm, topMargin=16*mm, bottomMargin=15*mm,
                          title="PEG - Piano dettagliato degli obiettivi 2024", author="GesPEG")
    doc.addPageTemplates([PageTemplate("p", [Frame(15*mm, 15*mm, A4[0]-30*mm, A4[1]-31*mm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])])
    W = A4[0]-30*mm
    cv = c["cover"]; fl = [Spacer(1, 18*mm), P(cv["ente"], "cov1"), P(cv["sub"], "cov2"), Spacer(1, 10*mm), P(cv["title"], "cov3"),
                          P(cv["subtitle"], "cov2"), Spacer(1, 10*mm)]
    pt = Table([[P(k, "tb"), P(v)] for k, v in cv["params"]], colWidths=[45*mm, W-45*mm])
    pt.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, GREY), ("LINEBELOW", (0,0), (-1,-2), 0.3, GREY), ("BACKGROUND", (0,0), (0,-1), LGREY),
                            ("VALIGN", (0,0), (-1,-1), "TOP"), ("TOPPADDING", (0,0), (-1,-1), 2), ("BOTTOMPADDING", (0,0), (-1,-1), 2)]))
    fl += [P("PARAMETRI DI STAMPA", "lab"), Spacer(1, 1.5*mm), pt, Spacer(1, 8*mm), P(cv["intro"], "p"), PageBreak()]
    recs, keys = [], []
    tsty = [("LINEBELOW", (0,0), (-1,-1), 0.3, GREY), ("LINEABOVE", (0,0), (-1,0), 0.6, GREY), ("BACKGROUND", (0,0), (-1,0), LGREY),
            ("VALIGN", (0,0), (-1,-1), "TOP"), ("TOPPADDING", (0,0), (-1,-1), 1.5), ("BOTTOMPADDING", (0,0), (-1,-1), 1.5),
            ("LEFTPADDING", (0,0), (-1,-1), 2.5), ("RIGHTPADDING", (0,0), (-1,-1), 2.5)]
    for k, cdr in enumerate(c["cdr"]):
        atitle = cdr["title"]
        box = Table([[P(f"CENTRO DI RESPONSABILITÀ {cdr['code']} – {cdr['title']}", "h"), ""],
                     [P("Responsabile", "tb"), P(cdr["resp"])], [P("Servizio", "tb"), P(cdr["servizio"])],
                     [P("Missione/Programma", "tb"), P(cdr["missione"])]], colWidths=[32*mm, W-32*mm])
        box.setStyle(TableStyle([("SPAN", (0,0), (1,0)), ("BOX", (0,0), (-1,-1), 0.9, GREY), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#d0d0d0")),
                                 ("LINEBELOW", (0,0), (-1,0), 0.6, GREY), ("VALIGN", (0,0), (-1,-1), "TOP"),
                                 ("TOPPADDING", (0,0), (-1,-1), 2), ("BOTTOMPADDING", (0,0), (-1,-1), 2)]))
        bud = Table([[P("Risorse assegnate", "tb"), ""]] + [[P(a), P(b)] for a, b in cdr["budget"]], colWidths=[60*mm, 35*mm], hAlign="LEFT")
        bud.setStyle(TableStyle([("SPAN", (0,0), (1,0)), ("LINEBELOW", (0,0), (-1,-1), 0.3, GREY), ("ALIGN", (1,1), (1,-1), "RIGHT"),
                                 ("TOPPADDING", (0,0), (-1,-1), 1), ("BOTTOMPADDING", (0,0), (-1,-1), 1)]))
        head = [Spacer(1, 3*mm), box, Spacer(1, 2*mm), bud, Spacer(1, 3*mm)]
        for oi, o in enumerate(cdr["obj"]):
            blk = [P(f"Obiettivo n. {o['n']} – {o['title']}", "obj"), Spacer(1, 1*mm)]
            kv = Table([[P("Descrizione", "tb"), P(o["descr"])], [P("Peso", "tb"), P(o["peso"])]], colWidths=[25*mm, W-25*mm])
            kv.setStyle(TableStyle([("LINEBELOW", (0,0), (-1,-1), 0.3, GREY), ("LINEABOVE", (0,0), (-1,0), 0.3, GREY), ("VALIGN", (0,0), (-1,-1), "TOP"),
                                    ("TOPPADDING", (0,0), (-1,-1), 1.5), ("BOTTOMPADDING", (0,0), (-1,-1), 1.5)]))
            blk += [kv, Spacer(1, 2*mm), P("Fasi di attuazione", "lab"), Spacer(1, 0.8*mm)]
            ft = Table([[P(h, "tb") for h in ["Fase", "Inizio", "Fine", "Stato"]]] + [[P(a), P(b), P(d), P(e)] for a, b, d, e in o["fasi"]],
                       colWidths=[W-72*mm, 18*mm, 18*mm, 36*mm], repeatRows=1)
            ft.setStyle(TableStyle(tsty)); blk += [ft, Spacer(1, 2*mm), P("Indicatori", "lab"), Spacer(1, 0.8*mm)]
            rows = [[P(h, "tb") for h in ["Indicatore", "Unità di misura", "Valore atteso 2024", "Valore rilevato al 31/12", "Scostamento %"]]]
            for ind in o["ind"]:
                nm, un, tg, ac, sc, tp, ap, met = ind
                rows.append([P(nm), P(un), P(tg), P(ac), P(sc)])
                r = rec(area_code=cdr["code"], area_title=atitle, objective_level="strategic", objective_code=o["n"], objective_title=o["title"],
                        indicator=nm, unit=un, year=2024, target=tg, actual=None if ac is None else ac, met=met)
                setval(r, "target", tp); setval(r, "actual", ap); recs.append(r); keys.append((first_words(nm), ac))
            it = Table(rows, colWidths=[W-86*mm, 16*mm, 24*mm, 26*mm, 20*mm], repeatRows=1)
            it.setStyle(TableStyle(tsty + [("ALIGN", (1,1), (-1,-1), "RIGHT")]))
            blk += [it]
            if o["note"]:
                blk += [Spacer(1, 1.5*mm), Paragraph(f"<font name='DVC-B'>Note del responsabile:</font> {esc(o['note'])}", st["ti"])]
            fl += [KeepTogether((head if oi == 0 else []) + blk), Spacer(1, 4.5*mm)]
    doc.build(fl, canvasmaker=numbered_canvas(hdr))
    n = readback(f"{D}/{name}.pdf", recs, keys)
    write_truth(name, c["document"], recs, n, f"Written by blind/r35/make_r35.py from {name}.content.json (hand-written content); pages read back from the PDF. Layout: PEG software export (reportlab, 7-8 pt condensed, grey rules), boxed CdR header (Responsabile/Servizio/Missione-Programma), per objective 'Obiettivo n. X' + Descrizione/Peso key rows, a Fasi table (no records) and an Indicatori table; 'Note del responsabile' after multi-indicator tables (no comment). Scostamento % -> extra. Objective Peso is not the indicator weight.")

# ======================= 2. ASL schede di budget =======================
def make_asl(name):
    c = json.load(open(f"{D}/{name}.content.json"))
    PW, PH = landscape(A4)
    st = {"t": S("t", "LS", 7.3, 8.6), "tb": S("tb", "LS-B", 7.3, 8.6), "hw": S("hw", "LS-B", 7.3, 8.6, textColor=colors.white),
          "r": S("r", "LS", 7.3, 8.6, alignment=2), "rb": S("rb", "LS-B", 7.3, 8.6, alignment=2), "c": S("c", "LS", 7.3, 8.6, alignment=1),
          "uo": S("uo", "LS-B", 10, 12), "p": S("p", "LS", 8.5, 11, alignment=4), "cov0": S("c0", "LS-B", 9, 11, alignment=1),
          "cov1": S("c1", "LS-B", 14, 17, alignment=1), "cov2": S("c2", "LS", 9, 11, alignment=1), "cov3": S("c3", "LS-B", 18, 22, alignment=1),
          "sig": S("sig", "LS", 8, 10, alignment=1)}
    P = lambda s, k="t": Paragraph(esc(s), st[k])
    BLUE = colors.HexColor("#3b5878"); PALE = colors.HexColor("#e9eef4")
    def hdr(cv, n, tot):
        cv.saveState()
        cv.setFillColor(BLUE); cv.rect(12*mm, PH-13*mm, PW-24*mm, 5.5*mm, stroke=0, fill=1)
        cv.setFillColor(colors.white); cv.setFont("LS-B", 7.5); cv.drawString(14*mm, PH-11.3*mm, "ASL AT – " + c["software"])
        cv.drawRightString(PW-14*mm, PH-11.3*mm, "Scheda di budget 2024 – Verifica finale")
        cv.setFillColor(colors.black); cv.setFont("LS", 6.8)
        cv.drawString(12*mm, 7*mm, f"Stampa del {c['print_date']}"); cv.drawRightString(PW-12*mm, 7*mm, f"pag. {n}/{tot}")
        cv.restoreState()
    doc = BaseDocTemplate(f"{D}/{name}.pdf", pagesize=(PW, PH), title="Schede di budget 2024", author="CdG-Suite")
    doc.addPageTemplates([PageTemplate("p", [Frame(12*mm, 12*mm, PW-24*mm, PH-28*mm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])])
    W = PW-24*mm; cv = c["cover"]
    fl = [Spacer(1, 6*mm), P(cv["regione"], "cov0"), Spacer(1, 2*mm), P(cv["ente"], "cov1"), P(cv["ufficio"], "cov2"), Spacer(1, 9*mm),
          P(cv["title"], "cov3"), Spacer(1, 2*mm), P(cv["subtitle"], "cov2"), Spacer(1, 9*mm)]
    for para in cv["intro"]: fl += [P(para, "p"), Spacer(1, 2.5*mm)]
    fl += [Spacer(1, 4*mm), P("Riepilogo dei punteggi per Unità operativa", "tb"), Spacer(1, 1.5*mm)]
    rt = Table([[P(h, "hw") for h in cv["riepilogo_head"]]] + [[P(x) for x in row] for row in c["riepilogo"]], colWidths=[70*mm, 60*mm, 25*mm, 25*mm, 35*mm, 30*mm], hAlign="LEFT")
    rt.setStyle(TableStyle([("BACKGROUND", (0,0), (-1,0), BLUE), ("GRID", (0,0), (-1,-1), 0.4, GREY), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
    fl += [rt, PageBreak()]
    heads = ["Area", "Obiettivo", "Indicatore", "Formula", "Fonte", "Peso", "Atteso", "Raggiunto", "% raggiungimento", "Punteggio"]
    cw = [31*mm, 37*mm, 48*mm, 42*mm, 25*mm, 10*mm, 19*mm, 19*mm, 23*mm, 16*mm]; cw[2] += W - sum(cw)
    recs, keys = [], []
    for ui, uo in enumerate(c["uo"]):
        kv = Table([[P("Unità operativa", "tb"), P(uo["name"]), P("Centro di costo", "tb"), P(uo["cdc"])],
                    [P("Dipartimento", "tb"), P(uo["dip"]), P("Direttore", "tb"), P(uo["dir"])],
                    [P("Presidio", "tb"), P(uo["presidio"]), P("Anno di budget", "tb"), P("2024")]], colWidths=[30*mm, 110*mm, 30*mm, W-170*mm], hAlign="LEFT")
        kv.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, BLUE), ("INNERGRID", (0,0), (-1,-1), 0.3, GREY), ("BACKGROUND", (0,0), (0,-1), PALE), ("BACKGROUND", (2,0), (2,-1), PALE)]))
        rows = [[P("OBIETTIVI E INDICATORI DI BUDGET – ANNO 2024", "tb")] + [""]*9, [P(h, "hw") for h in heads]]
        sty = [("SPAN", (0,0), (-1,0)), ("BACKGROUND", (0,0), (-1,0), PALE), ("BACKGROUND", (0,1), (-1,1), BLUE), ("GRID", (0,0), (-1,-1), 0.4, GREY), ("VALIGN", (0,0), (-1,-1), "TOP"),
                                                  ("TOPPADDING", (0,0), (-1,-1), 2), ("BOTTOMPADDING", (0,0), (-1,-1), 2), ("LEFTPADDING", (0,0), (-1,-1), 2.5), ("RIGHTPADDING", (0,0), (-1,-1), 2.5)]
        prev_a = prev_o = None; sa = so = None
        for ri, row in enumerate(uo["rows"], start=2):
            area, obj, ind, form, fonte, peso, att, rag, perc, pun, tp, ap, met = row
            rows.append([P(area if area != prev_a else ""), P(obj if (obj != prev_o or area != prev_a) else ""), P(ind), P(form), P(fonte),
                         P(peso, "r"), P(att, "c"), P(rag, "c"), P(perc, "r"), P(pun, "r")])
            if area == prev_a:
                sty.append(("SPAN", (0, sa), (0, ri)))
            else: sa = ri
            if obj == prev_o and area == prev_a:
                sty.append(("SPAN", (1, so), (1, ri)))
            else: so = ri
            prev_a, prev_o = area, obj
            acode, atitle = area.split(" – ", 1); ocode, otitle = obj.split(" ", 1)
            r = rec(area_code=acode, area_title=atitle, objective_level="strategic", objective_code=ocode, objective_title=otitle, indicator=ind,
                    formula=form, data_source=fonte, weight=float(peso.replace(",", ".")), year=2024, target=att, actual=rag,
                    achievement=float(perc.rstrip("%").replace(",", ".")), met=met)
            setval(r, "target", tp); setval(r, "actual", ap); recs.append(r); keys.append((first_words(ind), rag))
        rows.append([P(f"Totale {uo['name']}", "tb"), "", "", "", "", P("100", "rb"), "", "", "", P(uo["totale"], "rb")])
        n = len(rows)-1
        sty += [("SPAN", (0, n), (4, n)), ("BACKGROUND", (0, n), (-1, n), PALE), ("LINEABOVE", (0, n), (-1, n), 0.9, BLUE)]
        t = Table(rows, colWidths=cw, repeatRows=2); t.setStyle(TableStyle(sty))
        fl += [P(f"SCHEDA DI BUDGET – {uo['name']}", "uo"), Spacer(1, 2*mm), kv, Spacer(1, 3*mm), t]
        if ui < len(c["uo"]) - 1: fl.append(PageBreak())
    # signature block
    sig = Table([[P(x, "sig") for x in c["firme"]], [P("_______________________", "sig")]*4, [P("Data ____/____/________", "sig")]*4],
                colWidths=[W/4]*4, rowHeights=[None, 12*mm, None])
    sig.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "BOTTOM")]))
    fl += [Spacer(1, 6*mm), KeepTogether([P("Per presa visione e accettazione delle risultanze della verifica:", "t"), Spacer(1, 3*mm), sig])]
    doc.build(fl, canvasmaker=numbered_canvas(hdr))
    n = readback(f"{D}/{name}.pdf", recs, keys)
    write_truth(name, c["document"], recs, n, f"Written by blind/r35/make_r35.py from {name}.content.json (hand-written content); pages read back from the PDF. Layout: ASL controllo di gestione export (reportlab landscape, Liberation Sans 7.3 pt), cover with summary table (no records), one scheda per UO with key grid and a 10-column grid, Area and Obiettivo cells merged down, a title row 'OBIETTIVI E INDICATORI DI BUDGET – ANNO 2024' above the header (gives year 2024; the header names no year), Totale row per UO (no record), signature block at the end. Punteggio -> extra; % raggiungimento -> achievement; per-row Peso is the indicator weight.")

# ======================= 3. Portal relazione =======================
def make_rel(name):
    c = json.load(open(f"{D}/{name}.content.json"))
    TEAL = colors.HexColor("#0f5e6b"); LTEAL = colors.HexColor("#d6ecef"); LINE = colors.HexColor("#b5c4c7")
    SC = {"Concluso": colors.HexColor("#2e7d32"), "In corso": colors.HexColor("#e09b00"), "Non avviato": colors.HexColor("#c62828")}
    st = {"t": S("t", "DV", 7.6, 9.4), "tb": S("tb", "DV-B", 7.6, 9.4, textColor=TEAL), "p": S("p", "DV", 9, 12.5, alignment=4),
          "lm0": S("lm0", "DV", 7, 8.5, textColor=colors.white), "lm": S("lm", "DV-B", 11, 13.5, textColor=colors.white),
          "os": S("os", "DV-B", 9.2, 11.5, textColor=TEAL), "oo": S("oo", "DV-B", 8.6, 10.8), "meta": S("meta", "DV", 7, 8.6, textColor=colors.HexColor("#555555")),
          "com": S("com", "DV-I", 7.6, 9.6, textColor=colors.HexColor("#333333")), "h1": S("h1", "DV-B", 16, 20, textColor=TEAL),
          "h2": S("h2", "DV-B", 11, 14, textColor=TEAL), "sub": S("sub", "DV", 9, 12), "stc": S("stc", "DV-B", 7, 8.5, textColor=colors.white, alignment=1)}
    P = lambda s, k="t": Paragraph(esc(s), st[k])
    def hdr(cv, n, tot):
        w, h = A4; cv.saveState()
        cv.setFillColor(TEAL); cv.rect(0, h-9*mm, w, 9*mm, stroke=0, fill=1)
        cv.setFillColor(colors.white); cv.setFont("DV-B", 8); cv.drawString(14*mm, h-6*mm, c["portal"])
        cv.setFont("DV", 7.5); cv.drawRightString(w-14*mm, h-6*mm, "Comune di Bassano del Grappa · Relazione 2024")
        cv.setFillColor(colors.HexColor("#666666")); cv.setFont("DV", 6.5)
        cv.drawString(14*mm, 7*mm, f"https://performance.comune.bassano.vi.it/ciclo/2024/relazione · stampato il {c['print_date']}")
        cv.drawRightString(w-14*mm, 7*mm, f"{n}/{tot}"); cv.restoreState()
    doc = BaseDocTemplate(f"{D}/{name}.pdf", pagesize=A4, title="Relazione sulla performance 2024", author="PerformaWeb")
    doc.addPageTemplates([PageTemplate("p", [Frame(14*mm, 13*mm, A4[0]-28*mm, A4[1]-28*mm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])])
    W = A4[0]-28*mm; cv = c["cover"]
    fl = [Spacer(1, 6*mm), P(cv["ente"], "h2"), Spacer(1, 2*mm), P(cv["title"], "h1"), Spacer(1, 1*mm), P(cv["sub"], "sub"), Spacer(1, 8*mm), P("Premessa", "h2"), Spacer(1, 2*mm)]
    for para in cv["premessa"]: fl += [P(para, "p"), Spacer(1, 2.5*mm)]
    fl += [Spacer(1, 3*mm), P("Sintesi dello stato di attuazione", "h2"), Spacer(1, 2*mm)]
    stt = Table([[P(h, "tb") for h in cv["sintesi_head"]]] + [[P(x) for x in r] for r in cv["sintesi"]], colWidths=[60*mm, 30*mm, 30*mm], hAlign="LEFT")
    stt.setStyle(TableStyle([("LINEBELOW", (0,0), (-1,-1), 0.4, LINE), ("LINEBELOW", (0,0), (-1,0), 1, TEAL), ("ALIGN", (1,0), (-1,-1), "RIGHT")]))
    fl += [stt, PageBreak()]
    recs, keys = [], []
    heads = ["Cod.", "Indicatore", "Tipo", "Target 2024", "Risultato 2024", "Stato"]
    cw = [19*mm, None, 24*mm, 23*mm, 28*mm, 20*mm]; cw[1] = W - sum(x for x in cw if x)
    for lm in c["lm"]:
        band = Table([[P("LINEA DI MANDATO", "lm0")], [P(f"{lm['code']} – {lm['title']}", "lm")]], colWidths=[W])
        band.setStyle(TableStyle([("BACKGROUND", (0,0), (-1,-1), TEAL), ("TOPPADDING", (0,0), (-1,-1), 2), ("BOTTOMPADDING", (0,-1), (-1,-1), 4), ("LEFTPADDING", (0,0), (-1,-1), 5)]))
        fl += [CondPageBreak(70*mm), Spacer(1, 3*mm), band, Spacer(1, 3*mm)]
        for os_ in lm["os"]:
            ob = Table([[P(f"Obiettivo strategico {os_['code']} – {os_['title']}", "os")]], colWidths=[W])
            ob.setStyle(TableStyle([("BACKGROUND", (0,0), (-1,-1), LTEAL), ("LINEBEFORE", (0,0), (0,-1), 3, TEAL)]))
            fl += [CondPageBreak(50*mm), ob, Spacer(1, 2.5*mm)]
            for oo in os_["oo"]:
                blk = [P(f"Obiettivo operativo {oo['code']} – {oo['title']}", "oo"), P(f"Settore: {oo['settore']}  ·  Peso: {oo['peso']}", "meta"), Spacer(1, 1.5*mm)]
                rows = [[P(h, "tb") for h in heads]]; sty = [("LINEBELOW", (0,0), (-1,0), 1, TEAL), ("LINEBELOW", (0,1), (-1,-1), 0.4, LINE),
                                                           ("VALIGN", (0,0), (-1,-1), "MIDDLE"), ("TOPPADDING", (0,0), (-1,-1), 2.5), ("BOTTOMPADDING", (0,0), (-1,-1), 2.5)]
                for i, ind in enumerate(oo["ind"], start=1):
                    rows.append([P(ind["code"]), P(ind["name"]), P(ind["tipo"]), P(ind["target"]), P(ind["actual"]), P(ind["stato"], "stc")])
                    sty.append(("BACKGROUND", (5, i), (5, i), SC[ind["stato"]]))
                    status = {"Concluso": "achieved", "In corso": "partially_achieved", "Non avviato": "not_achieved"}[ind["stato"]]
                    r = rec(area_code=lm["code"], area_title=lm["title"], objective_level="operational", objective_code=oo["code"], objective_title=oo["title"],
                            indicator_code=ind["code"], indicator=ind["name"], type=ind["tipo"], year=2024, target=ind["target"], actual=ind["actual"],
                            status=status, status_text=ind["stato"], met=ind["met"])
                    setval(r, "target", ind["t"]); setval(r, "actual", ind["a"]); recs.append(r); keys.append((first_words(ind["name"]), ind["actual"]))
                t = Table(rows, colWidths=cw, repeatRows=1); t.setStyle(TableStyle(sty)); blk.append(t)
                if oo["commento"]:
                    blk += [Spacer(1, 1.5*mm), Paragraph(f"<font name='DV-B'>Commento del responsabile</font> – {esc(oo['commento'])}", st["com"])]
                fl += [KeepTogether(blk), Spacer(1, 5*mm)]
    rs = c["risorse"]
    rt = Table([[P(h, "tb") for h in rs["head"]]] + [[P(x) for x in r] for r in rs["rows"]], colWidths=[75*mm, 40*mm, 40*mm, 25*mm], hAlign="LEFT")
    rt.setStyle(TableStyle([("LINEBELOW", (0,0), (-1,-1), 0.4, LINE), ("LINEBELOW", (0,0), (-1,0), 1, TEAL), ("LINEABOVE", (0,-1), (-1,-1), 1, TEAL)]))
    fl += [CondPageBreak(60*mm), Spacer(1, 4*mm), P("Le risorse", "h2"), Spacer(1, 1.5*mm), P(rs["title"], "meta"), Spacer(1, 2*mm), rt, Spacer(1, 2*mm), P(rs["note"], "meta")]
    doc.build(fl, canvasmaker=numbered_canvas(hdr))
    n = readback(f"{D}/{name}.pdf", recs, keys)
    write_truth(name, c["document"], recs, n, f"Written by blind/r35/make_r35.py from {name}.content.json (hand-written content); pages read back from the PDF. Layout: performance-portal print (reportlab, DejaVu Sans), cover with Premessa and a status-count table (no records), Linea di mandato bands (area) -> Obiettivo strategico bars -> Obiettivo operativo headings, 6-column tables with textual targets/results (dates, SI/NO), Stato as coloured pills with text (Concluso=achieved, In corso=partially_achieved, Non avviato=not_achieved); 'Commento del responsabile' after multi-indicator tables is not an indicator comment.")

if __name__ == "__main__":
    make_peg("comune-civitanova-marche-2024-peg")
    make_asl("asl-asti-2024-schede-budget")
    make_rel("comune-bassano-del-grappa-2024-relazione")

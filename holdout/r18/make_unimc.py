import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, CondPageBreak)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
NAME = "unimc-2025-piano"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))

def main(M):
    C = M.load(NAME)
    out = os.path.join(M.HERE, NAME + ".pdf")
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=13.5, spaceAfter=6, alignment=4)
    cell = ParagraphStyle("c", fontName="DV", fontSize=7.4, leading=9.2)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    hdr = ParagraphStyle("h", parent=cell, fontName="DVB", fontSize=7.4)
    h1 = ParagraphStyle("h1", fontName="DVSB", fontSize=13, leading=17, spaceBefore=6, spaceAfter=8, textColor=colors.HexColor("#1F3A5F"))
    obj = ParagraphStyle("o", fontName="DVB", fontSize=9, leading=12, spaceBefore=8, spaceAfter=5, textColor=colors.HexColor("#222222"))
    band = ParagraphStyle("band", fontName="DVB", fontSize=10.5, leading=13, textColor=colors.white)
    cap = ParagraphStyle("cap", fontName="DVB", fontSize=8.5, leading=11, spaceAfter=4)
    W, H = landscape(A4)
    usable = W - 3.2 * cm

    class NC(rlcanvas.Canvas):
        def __init__(s, *a, **k): super().__init__(*a, **k); s._st = []
        def showPage(s): s._st.append(dict(s.__dict__)); s._startPage()
        def save(s):
            n = len(s._st)
            for st in s._st:
                s.__dict__.update(st); s.deco(n); super().showPage()
            super().save()
        def deco(s, n):
            p = s._pageNumber
            if p > 1:
                s.setFont("DV", 7.5); s.setFillColor(colors.HexColor("#555555"))
                s.drawString(1.6 * cm, H - 1.0 * cm, C["running_header"])
                s.drawRightString(W - 1.6 * cm, H - 1.0 * cm, "Sottosezione 2.1 – Valore pubblico")
                s.setStrokeColor(colors.HexColor("#999999")); s.setLineWidth(0.4)
                s.line(1.6 * cm, H - 1.15 * cm, W - 1.6 * cm, H - 1.15 * cm)
            s.setFont("DV", 7.5); s.setFillColor(colors.black)
            s.drawCentredString(W / 2, 0.8 * cm, f"Pag. {p}/{n}")

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.6 * cm, bottomMargin=1.4 * cm,
                          title=C["cover"][1], author=C["document"]["issuer"])
    doc.addPageTemplates([PageTemplate(frames=[Frame(1.6 * cm, 1.4 * cm, usable, H - 3.0 * cm, id="f")])])
    st = []
    cs = [ParagraphStyle("c0", fontName="DVSB", fontSize=22, leading=28, alignment=1, textColor=colors.HexColor("#7B2C3B")),
          ParagraphStyle("c1", fontName="DVSB", fontSize=18, leading=24, alignment=1),
          ParagraphStyle("c2", fontName="DVS", fontSize=12, leading=16, alignment=1),
          ParagraphStyle("c3", fontName="DVS", fontSize=12, leading=16, alignment=1),
          ParagraphStyle("c4", fontName="DVS", fontSize=9.5, leading=13, alignment=1, textColor=colors.HexColor("#555555"))]
    st.append(Spacer(1, 3.2 * cm))
    for t, s in zip(C["cover"], cs):
        st += [Paragraph(t, s), Spacer(1, 0.6 * cm)]
    st.append(PageBreak())
    st.append(Paragraph("1. Premessa", h1))
    for p in C["intro"]: st.append(Paragraph(p, body))
    st.append(Spacer(1, 6)); st.append(Paragraph(C["resources_title"], cap))
    rt = Table([[Paragraph(h, hdr) for h in C["resources_header"]]] +
               [[Paragraph(c, cellb if r[0] == "Totale" else cell) for c in r] for r in C["resources_rows"]],
               colWidths=[6 * cm, 4.5 * cm, 4.5 * cm, 4.5 * cm], hAlign="LEFT")
    rt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1.1, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(rt)
    st.append(Spacer(1, 10))
    st.append(Paragraph("2. Obiettivi strategici e indicatori di valore pubblico", h1))
    widths = [1.45, 4.0, 6.9, 3.4, 2.7, 2.25, 2.25, 2.25]
    widths = [w * cm for w in widths]
    recs = []; keys = []
    for ai, a in enumerate(C["areas"]):
        bt = Table([[Paragraph(a["band"], band)]], colWidths=[sum(widths)])
        bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(a["color"])),
                                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        st.append(CondPageBreak(5 * cm)); st.append(Spacer(1, 4)); st.append(bt)
        for o in a["objectives"]:
            data = [[Paragraph(h, hdr) for h in C["header"]]]
            for r in o["rows"]:
                data.append([Paragraph(x, cell) for x in [r["code"], r["obj"], r["ind"], r["src"], r["base"]] + r["t"]])
                for y, t in zip(C["years"], r["t"]):
                    kw = dict(area_code=a["code"], area_title=a["title"], objective_level="operational", objective_code=None,
                              objective_title=r["obj"], indicator_code=r["code"], indicator=r["ind"], data_source=r["src"],
                              baseline=r["base"], year=y, target=t or None)
                    if "dir" in r: kw["dir"] = r["dir"]
                    recs.append(M.record(**kw))
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                   ("LINEBELOW", (0, -1), (-1, -1), 1.1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            st.append(KeepTogether([Paragraph(o["heading"], obj), t]))
    st.append(Spacer(1, 8)); st.append(Paragraph("3. Monitoraggio", h1)); st.append(Paragraph(C["closing"], body))
    doc.build(st, canvasmaker=NC)
    # read-back: start = code + first words of objective cell; end = last words of indicator cell
    def key(r): return (r["indicator_code"], r["indicator"])
    n = M.readback(out, recs, key)
    M.write_truth(NAME, C["document"], recs, n,
        "Reading: kind 'piao' (the cover names a PIAO, file named -piano as asked). Coloured band 'AREA D – DIDATTICA' is the area (code D, title as printed in capitals). "
        "The bold line 'Obiettivo strategico D.1 – …' above each table is the strategic objective. The table's 'Obiettivo' column is read as a hierarchy column (CONVENTIONS: a column of objectives, "
        "cell repeated or not, is a heading of its column's level): an objective without a level word under a strategic objective is operational, so each record has objective_level "
        "'operational', objective_code null (the cell prints no code of its own; 'Codice' is the indicator's) and objective_title the cell text. 'Codice' is indicator_code. Baseline kept as printed with its year. "
        "One record per Target year; empty 2027 cell gives a 2027 record with null target; '–' target cell is kept as printed ('–'). met null (a plan: no actuals).")

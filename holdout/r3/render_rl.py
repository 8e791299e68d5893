"""reportlab renderers for r3: ministero-ambiente-2024-piano (landscape, rules only) and
unioncamere-lombardia-2023-relazione (portrait, two-level header, zebra, split rows, footnotes)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, CondPageBreak, KeepTogether)
from xml.sax.saxutils import escape

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("LibSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-B", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-I", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DJ", DJV + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DJ-B", DJV + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DJ-I", DJV + "DejaVuSansCondensed-Oblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LibSans", normal="LibSans", bold="LibSans-B", italic="LibSans-I", boldItalic="LibSans-B")
registerFontFamily("DJ", normal="DJ", bold="DJ-B", italic="DJ-I", boldItalic="DJ-B")


def S(name, font="LibSans", size=9, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.22, **kw)


def E(t):
    return escape(t) if t else ""


# ------------------------------------------------------------------ MASE: landscape, thin horizontal rules
def mase(c):
    name = c["name"]
    pw, ph = landscape(A4)
    cv = c["cover"]
    GREEN = colors.HexColor("#1B5E20")

    def later(canv, doc):
        canv.saveState()
        canv.setFont("LibSans", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(15 * mm, ph - 10 * mm, "Ministero dell'Ambiente e della Sicurezza Energetica")
        canv.drawRightString(pw - 15 * mm, ph - 10 * mm, "Piano della performance 2024-2026")
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(0.6)
        canv.line(15 * mm, ph - 11.5 * mm, pw - 15 * mm, ph - 11.5 * mm)
        canv.drawRightString(pw - 15 * mm, 8 * mm, str(doc.page))
        canv.restoreState()

    def first(canv, doc):
        canv.saveState()
        canv.setFillColor(GREEN)
        canv.rect(0, ph - 22 * mm, pw, 22 * mm, stroke=0, fill=1)
        canv.restoreState()

    doc = BaseDocTemplate(f"{name}.pdf", pagesize=(pw, ph), leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=16 * mm, bottomMargin=14 * mm, title="Piano della performance 2024-2026",
                          author=cv["issuer"])
    fr = Frame(15 * mm, 14 * mm, pw - 30 * mm, ph - 30 * mm, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=first), PageTemplate("body", [fr], onPage=later)])
    st = []
    ctr = lambda n, s, **kw: S(n, size=s, alignment=TA_CENTER, **kw)
    st += [NextPageTemplate("body"), Spacer(1, 30 * mm),
           Paragraph(E(cv["issuer"]), ctr("c1", 20, font="LibSans-B", textColor=GREEN)), Spacer(1, 4 * mm),
           Paragraph(E(cv["office"]), ctr("c2", 10, textColor=colors.HexColor("#444444"))), Spacer(1, 28 * mm),
           Paragraph(cv["title"], ctr("c3", 28, font="LibSans-B")), Spacer(1, 6 * mm),
           Paragraph(cv["years"], ctr("c4", 22, font="LibSans-B")), Spacer(1, 8 * mm),
           Paragraph(E(cv["sub"]), ctr("c5", 10, font="LibSans-I")), PageBreak()]
    body = S("body", size=10, lead=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    chap = S("chap", font="LibSans-B", size=14, textColor=GREEN, spaceBefore=8, spaceAfter=6)
    og = S("og", font="LibSans-B", size=11.5, spaceBefore=10, spaceAfter=4)
    cell = S("cell", size=7.6, lead=9.2)
    cellb = S("cellb", font="LibSans-B", size=7.6, lead=9.2)
    hcell = S("hcell", font="LibSans-B", size=7.6, lead=9.2)
    hcellc = S("hcellc", font="LibSans-B", size=7.6, lead=9.2, alignment=TA_CENTER)
    cellc = S("cellc", size=7.6, lead=9.2, alignment=TA_CENTER)
    W = [40, 49, 22, 45, 30, 18, 21, 21, 21]
    W = [w * mm for w in W]
    for b in c["blocks"]:
        t = b["t"]
        if t == "chap":
            st.append(CondPageBreak(40 * mm))
            st.append(Paragraph(E(b["text"]), chap))
        elif t == "p":
            st.append(Paragraph(E(b["text"]), body))
        elif t == "h":
            st.append(CondPageBreak(50 * mm))
            st.append(Paragraph(E(b["text"]), og))
        elif t == "other":
            ws = [95 * mm, 55 * mm, 30 * mm, 30 * mm, 30 * mm]
            hright = S("hcellr", font="LibSans-B", size=7.6, lead=9.2, alignment=TA_RIGHT)
            data = [[Paragraph(E(h), hcell if j < 2 else hright) for j, h in enumerate(b["header"])]]
            for row in b["rows"]:
                bold = row[0] == "Totale"
                data.append([Paragraph(E(v), (cellb if bold else cell) if j < 2 else
                                       S("r", font="LibSans-B" if bold else "LibSans", size=7.6,
                                         alignment=TA_RIGHT)) for j, v in enumerate(row)])
            tb = Table(data, colWidths=ws, hAlign="LEFT")
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                    ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#999999")),
                                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            st += [tb, Spacer(1, 2 * mm),
                   Paragraph("Fonte: Legge 30 dicembre 2023, n. 213 – Bilancio di previsione dello Stato per "
                             "l'anno finanziario 2024 e bilancio pluriennale per il triennio 2024-2026.",
                             S("src", font="LibSans-I", size=7.5)), Spacer(1, 4 * mm)]
        elif t == "itable":
            data = [[Paragraph(E(h), hcell if j < 5 else hcellc) for j, h in enumerate(b["header"])]]
            style = [("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                     ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            pending = None
            for it in b["items"]:
                if "h" in it:
                    pending = it["h"]["text"]
                    if len(data) > 1:
                        style.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.6, colors.black))
                    continue
                cells = it["cells"]
                row = [Paragraph(E(pending), cellb) if pending else ""]
                row += [Paragraph(E(v), cell if j < 4 else cellc) if v else "" for j, v in enumerate(cells)]
                if not pending:
                    style.append(("LINEABOVE", (1, len(data)), (-1, len(data)), 0.25, colors.HexColor("#9E9E9E")))
                pending = None
                data.append(row)
            style.append(("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black))
            tb = Table(data, colWidths=W, repeatRows=1, hAlign="LEFT")
            tb.setStyle(TableStyle(style))
            st += [tb, Spacer(1, 6 * mm)]
    doc.build(st)
    return f"{name}.pdf"


# ------------------------------------------------------------------ Unioncamere Lombardia: portrait, zebra
def unioncamere(c):
    name = c["name"]
    pw, ph = A4
    cv = c["cover"]
    BLUE = colors.HexColor("#00457C")
    ZEBRA = colors.HexColor("#EAF1F8")

    def later(canv, doc):
        canv.saveState()
        canv.setFont("DJ", 7.5)
        canv.setFillColor(BLUE)
        canv.drawString(20 * mm, ph - 12 * mm, "Unioncamere Lombardia")
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawRightString(pw - 20 * mm, ph - 12 * mm, "Relazione sulla performance 2023")
        canv.drawCentredString(pw / 2, 10 * mm, f"– {doc.page} –")
        canv.restoreState()

    doc = BaseDocTemplate(f"{name}.pdf", pagesize=A4, title="Relazione sulla performance 2023",
                          author=cv["acronym"])
    fr = Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 36 * mm, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [fr]), PageTemplate("body", [fr], onPage=later)])
    ctr = lambda n, s, **kw: S(n, font=kw.pop("font", "DJ"), size=s, alignment=TA_CENTER, **kw)
    st = [NextPageTemplate("body"), Spacer(1, 35 * mm),
          Paragraph(E(cv["acronym"]), ctr("c1", 26, font="DJ-B", textColor=BLUE)), Spacer(1, 3 * mm),
          Paragraph(E(cv["issuer"]), ctr("c2", 11, textColor=BLUE)), Spacer(1, 60 * mm),
          Paragraph(E(cv["title"]), ctr("c3", 22, font="DJ-B")), Spacer(1, 70 * mm),
          Paragraph(E(cv["sub"]), ctr("c5", 9, font="DJ-I")), PageBreak()]
    body = S("body", font="DJ", size=9.5, lead=13, alignment=TA_JUSTIFY, spaceAfter=6)
    chap = S("chap", font="DJ-B", size=13, textColor=BLUE, spaceBefore=10, spaceAfter=6)
    h_area = S("ha", font="DJ-B", size=11, textColor=BLUE, spaceBefore=8, spaceAfter=3)
    h_os = S("ho", font="DJ-B", size=9.5, spaceBefore=4, spaceAfter=4)
    cell = S("cell", font="DJ", size=8.5, lead=10.5, allowOrphans=1, allowWidows=1)
    cellc = S("cellc", font="DJ", size=8.5, lead=10.5, alignment=TA_CENTER)
    hc = S("hc", font="DJ-B", size=8.5, lead=10.5, alignment=TA_CENTER, textColor=colors.white)
    fn_st = S("fn", font="DJ", size=7, lead=8.5)
    W = [88 * mm, 15 * mm, 27 * mm, 24 * mm, 16 * mm]

    def zebra_table(data, widths, header_rows, extra=(), split=False):
        style = [("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
                 ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, header_rows - 1), BLUE),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.6, BLUE),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
        for i in range(header_rows, len(data)):
            if (i - header_rows) % 2 == 1:
                style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        style += list(extra)
        tb = Table(data, colWidths=widths, repeatRows=0, hAlign="LEFT", splitInRow=1 if split else 0)
        tb.setStyle(TableStyle(style))
        return tb

    for b in c["blocks"]:
        t = b["t"]
        if t == "toc":
            st.append(Paragraph("Indice", chap))
            data = [[Paragraph(E(x), S("t", font="DJ", size=9.5, lead=12,
                                       leftIndent=12 if x[:1].isdigit() and x[1] == "." and x[2].isdigit() else 0)),
                     Paragraph(p, S("tp", font="DJ", size=9.5, alignment=TA_RIGHT))] for x, p in b["entries"]]
            tb = Table(data, colWidths=[150 * mm, 20 * mm], hAlign="LEFT")
            tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2)]))
            st += [tb, Spacer(1, 8 * mm)]
        elif t == "chap":
            st.append(CondPageBreak(30 * mm))
            st.append(Paragraph(E(b["text"]), chap))
        elif t == "p":
            st.append(Paragraph(E(b["text"]), body))
        elif t == "h":
            st.append(CondPageBreak(40 * mm))
            st.append(Paragraph(E(b["text"]), h_area if b["level"] == "area" else h_os))
        elif t == "other":
            n = len(b["header"])
            widths = [110 * mm] + [60 * mm / (n - 1)] * (n - 1)
            data = [[Paragraph(E(h), hc) for h in b["header"]]]
            tot = []
            for i, row in enumerate(b["rows"], 1):
                bold = row[0].startswith("Totale")
                if bold:
                    tot.append(("FONTNAME", (0, i), (-1, i), "DJ-B"))
                data.append([Paragraph(("<b>%s</b>" if bold else "%s") % E(v), cell if j == 0 else
                                       S("rr", font="DJ", size=8.5, alignment=TA_RIGHT))
                             for j, v in enumerate(row)])
            st += [Paragraph(E(b["caption"]), S("cap", font="DJ-B", size=8.5, spaceAfter=3)),
                   zebra_table(data, widths, 1), Spacer(1, 6 * mm)]
        elif t == "itable":
            data = [[Paragraph("Indicatore", hc), Paragraph("Peso %", hc), Paragraph("Target", hc),
                     Paragraph("Risultato", hc), ""],
                    ["", "", "", Paragraph("Valore", hc), Paragraph("Grado %", hc)]]
            for it in b["items"]:
                row = []
                for j, v in enumerate(it["cells"]):
                    mark = it["fn"].get(str(j)) or it["fn"].get(j)
                    txt = E(v) + (f"<super>{mark}</super>" if mark else "")
                    row.append(Paragraph(txt, cell if j == 0 else cellc))
                data.append(row)
            spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                     ("SPAN", (3, 0), (4, 0)), ("LINEBELOW", (3, 0), (4, 0), 0.5, colors.white),
                     ("LINEAFTER", (0, 0), (3, 1), 0.5, colors.white)]
            st.append(zebra_table(data, W, 2, spans, split=True))
            for mark, text in b["footnotes"]:
                st.append(Paragraph(f"<super>{mark}</super> {E(text)}", fn_st))
            st.append(Spacer(1, 5 * mm))
    doc.build(st)
    return f"{name}.pdf"

"""reportlab renderers for r5: universita-padova (landscape plan, rules between groups only) and
regione-liguria (7 pt software export, running header, Pagina X di Y, rows split over pages)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from xml.sax.saxutils import escape

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")


def S(name, size, font="LS", lead=None, align=None, color=colors.black, before=0, after=0):
    st = ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.22,
                        textColor=color, spaceBefore=before, spaceAfter=after)
    if align:
        st.alignment = align
    return st


def P(text, st):
    return Paragraph(escape(text or ""), st)


# ------------------------------------------------------------------ Università di Padova
RED = colors.HexColor("#9B0014")


def render_unipd(c, pdf_path):
    body = S("b", 10, lead=14, align=TA_JUSTIFY, after=6)
    h1 = S("h1", 15, "LSB", color=RED, before=6, after=8)
    cell = S("c", 8.2, lead=10)
    cellb = S("cb", 8.2, "LSB", lead=10)
    head = S("h", 8.2, "LSB", lead=10, color=colors.white)
    story = []
    story += [Spacer(1, 3.2 * cm), P(c["cover"][0], S("c0", 20, "LSB", align=TA_CENTER, color=RED)),
              Spacer(1, 1.2 * cm), P(c["cover"][1], S("c1", 26, "LSB", align=TA_CENTER, lead=32)),
              Spacer(1, 0.5 * cm), P(c["cover"][2], S("c2", 15, align=TA_CENTER)),
              Spacer(1, 3.5 * cm), P(c["cover"][3], S("c3", 10, "LSI", align=TA_CENTER)),
              PageBreak()]
    story.append(P("1. Introduzione", h1))
    for t in c["intro"]:
        story.append(P(t, body))
    b = c["budget"]
    story.append(Spacer(1, 8))
    story.append(P(b["title"], S("cap", 9, "LSB", after=4)))
    data = [[P(h, cellb) for h in b["header"]]] + \
           [[P(x, cellb if r[0] == "Totale" else cell) for x in r] for r in b["rows"]]
    t = Table(data, colWidths=[6.5 * cm, 3 * cm, 3 * cm, 3 * cm, 7 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    story.append(Spacer(1, 14))
    story.append(P("2. Ambiti, azioni e indicatori", h1))
    story.append(P("La tabella riporta per ciascun ambito le azioni del Piano e gli indicatori associati. "
                   "Il codice dell'indicatore richiama quello dell'azione.", body))
    hdr = ["Ambito", "Azione", "Indicatore", "Baseline 2023", "Target 2025", "Target 2027",
           "Responsabile"]
    data = [[P(h, head) for h in hdr]]
    style = [("BACKGROUND", (0, 0), (-1, 0), RED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.black)]
    r = 1
    for (ac, at), azioni in c["ambiti"]:
        first_amb = True
        for (zc, zt), inds in azioni:
            style.append(("LINEABOVE", (0 if first_amb else 1, r), (-1, r), 0.4,
                          colors.black if first_amb else colors.grey))
            for k, (text, base, t25, t27, resp) in enumerate(inds):
                data.append([P(f"{ac} – {at}" if first_amb else "", cellb),
                             P(f"{zc} – {zt}" if k == 0 else "", cell),
                             P(text, cell), P(base, cell), P(t25, cell), P(t27, cell),
                             P(resp, cell)])
                first_amb = False
                r += 1
    t = Table(data, colWidths=[3.0 * cm, 4.4 * cm, 7.2 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm,
                               3.6 * cm], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(P("3. Monitoraggio", h1))
    story.append(P("Gli indicatori sono rilevati annualmente entro il 30 aprile dell'anno successivo. Le "
                   "eventuali revisioni dei target sono approvate dal Consiglio di Amministrazione su proposta "
                   "del Rettore, sentito il Nucleo di Valutazione.", body))

    def deco(cv, doc):
        cv.saveState()
        cv.setFont("LS", 7.5)
        cv.setFillColor(colors.grey)
        if doc.page > 1:
            cv.drawString(1.8 * cm, landscape(A4)[1] - 1.1 * cm,
                          "Università degli Studi di Padova – Piano strategico 2025-2027")
        cv.drawRightString(landscape(A4)[0] - 1.8 * cm, 0.9 * cm, str(doc.page))
        cv.restoreState()

    doc = SimpleDocTemplate(str(pdf_path), pagesize=landscape(A4), leftMargin=1.8 * cm,
                            rightMargin=1.8 * cm, topMargin=1.7 * cm, bottomMargin=1.6 * cm,
                            title="Piano strategico 2025-2027")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ Regione Liguria
class NumberedCanvas(rl_canvas.Canvas):
    RUN = ""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            w, h = A4
            self.setFont("LS", 6.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(1.2 * cm, h - 0.9 * cm, self.RUN)
            self.drawRightString(w - 1.2 * cm, h - 0.9 * cm, "SICG – report OBI_MON_03")
            self.setStrokeColor(colors.HexColor("#888888"))
            self.setLineWidth(0.4)
            self.line(1.2 * cm, h - 1.0 * cm, w - 1.2 * cm, h - 1.0 * cm)
            self.drawString(1.2 * cm, 0.8 * cm, "Estrazione del 15/05/2023 ore 10:42")
            self.drawRightString(w - 1.2 * cm, 0.8 * cm, f"Pagina {self._pageNumber} di {n}")
            super().showPage()
        super().save()


def render_liguria(c, pdf_path):
    body = S("b", 8.5, lead=11, align=TA_JUSTIFY, after=5)
    cell = S("c", 7, lead=8.3)
    head = S("h", 7, "LSB", lead=8.3)
    story = [Spacer(1, 1.2 * cm), P(c["cover"][0], S("c0", 16, "LSB")), Spacer(1, 6),
             P(c["cover"][1], S("c1", 13, "LSB")), Spacer(1, 3),
             P(c["cover"][2], S("c2", 10)), Spacer(1, 2), P(c["cover"][3], S("c3", 8, "LSI")),
             Spacer(1, 14)]
    for t in c["intro"]:
        story.append(P(t, body))
    lg = c["legend"]
    story.append(Spacer(1, 4))
    story.append(P(lg["title"], S("lg", 8, "LSB", after=3)))
    data = [[P(h, head) for h in lg["header"]]] + [[P(x, cell) for x in r] for r in lg["rows"]]
    t = Table(data, colWidths=[1.5 * cm, 8 * cm, 1.6 * cm, 3.5 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    story.append(PageBreak())
    hdr = ["Codice", "Obiettivo", "Indicatore", "Unità di misura", "Target", "Valore",
           "Scostamento", "Note"]
    data = [[P(h, head) for h in hdr]]
    for oc, ot, inds in c["objs"]:
        for code, ind, um, tgt, val, sc, note in inds:
            data.append([P(code, cell), P(f"{oc} – {ot}", cell), P(ind, cell), P(um, cell),
                         P(tgt, cell), P(val, cell), P(sc, cell), P(note, cell)])
    t = Table(data, colWidths=[1.15 * cm, 2.9 * cm, 3.5 * cm, 1.3 * cm, 2.35 * cm, 2.35 * cm,
                               1.75 * cm, 3.3 * cm], repeatRows=1, splitByRow=0, splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(t)
    NumberedCanvas.RUN = "Regione Liguria – Relazione sulla performance 2022 – Allegato A"
    doc = SimpleDocTemplate(str(pdf_path), pagesize=A4, leftMargin=1.2 * cm, rightMargin=1.2 * cm,
                            topMargin=1.4 * cm, bottomMargin=1.3 * cm,
                            title="Relazione sulla performance 2022 - Allegato A")
    doc.build(story, canvasmaker=NumberedCanvas)

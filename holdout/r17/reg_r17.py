"""Report-software (reportlab) two-column layout for the Regione relazione."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

W, H = A4; M = 1.8 * cm; GAP = 0.8 * cm; TOP = H - 2.3 * cm; BOTTOM = 2.0 * cm
CW = (W - 2 * M - GAP) / 2
BLUE = colors.HexColor("#0B4F8A"); LIGHT = colors.HexColor("#E6EEF6")
ESITO = {"Raggiunto": colors.HexColor("#2E9E44"), "Parzialmente raggiunto": colors.HexColor("#E8A317"), "Non raggiunto": colors.HexColor("#C8302C")}
body = ParagraphStyle("b", fontName="LS", fontSize=9, leading=12, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle("s", fontName="LS", fontSize=8, leading=9.8)
lab = ParagraphStyle("l", fontName="LSB", fontSize=7.5, leading=9.8, textColor=colors.HexColor("#404040"))

class Esito(Flowable):
    def __init__(self, text): super().__init__(); self.text = text
    def wrap(self, aw, ah): return aw, 10
    def draw(self):
        self.canv.setFillColor(ESITO[self.text]); self.canv.circle(4, 3.5, 3.3, stroke=0, fill=1)
        self.canv.setFillColor(colors.black); self.canv.setFont("LSB", 8); self.canv.drawString(11, 0.8, self.text)

def card(c):
    code, desc, unit, target, actual, scost, esito, note = c
    rows = [[Paragraph(f"<b>{code}</b>", ParagraphStyle("h", fontName="LSB", fontSize=8.5, leading=10, textColor=colors.white)), ""],
            [Paragraph("Descrizione", lab), Paragraph(desc, small)],
            [Paragraph("Unità di misura", lab), Paragraph(unit, small)],
            [Paragraph("Target", lab), Paragraph(target, small)],
            [Paragraph("Valore al 31/12", lab), Paragraph(actual, small)],
            [Paragraph("Scostamento", lab), Paragraph(scost, small)],
            [Paragraph("Esito", lab), Esito(esito)]]
    if note: rows.append([Paragraph("Note", lab), Paragraph(note, small)])
    t = Table(rows, colWidths=[2.4 * cm, CW - 2.4 * cm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), BLUE), ("BOX", (0, 0), (-1, -1), 0.8, BLUE),
        ("BACKGROUND", (0, 1), (0, -1), LIGHT), ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#B0C4DE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
    return t

class Doc:
    def __init__(self, path, header):
        self.c = canvas.Canvas(path, pagesize=A4); self.header = header; self.page = 1; self.y = TOP; self.placed = []
        self.c.setTitle(header); self._deco()
    def _deco(self):
        c = self.c; c.setFont("LS", 7.5); c.setFillColor(colors.HexColor("#555555"))
        c.drawString(M, H - 1.4 * cm, self.header); c.drawRightString(W - M, 1.2 * cm, f"{self.page}")
        c.setStrokeColor(BLUE); c.setLineWidth(0.6); c.line(M, H - 1.55 * cm, W - M, H - 1.55 * cm)
        c.setFillColor(colors.black)
    def new_page(self):
        self.c.showPage(); self.page += 1; self.y = TOP; self._deco()
    def span(self, kind, text, need=60):
        h = {"area": 22, "obj": 18, "title": 0}[kind]
        if self.y - h - need < BOTTOM: self.new_page()
        c = self.c; y = self.y - 4
        if kind == "area":
            c.setFillColor(BLUE); c.rect(M, y - 18, W - 2 * M, 18, stroke=0, fill=1)
            c.setFillColor(colors.white); c.setFont("LSB", 10.5); c.drawString(M + 6, y - 13, text)
            self.y = y - 26
        else:
            c.setFillColor(BLUE); c.rect(M, y - 15, 3, 15, stroke=0, fill=1)
            c.setFont("LSB", 9.5); c.drawString(M + 8, y - 11, text)
            c.setStrokeColor(colors.HexColor("#B0C4DE")); c.setLineWidth(0.5); c.line(M, y - 18, W - M, y - 18)
            self.y = y - 24
        c.setFillColor(colors.black)
    def columns(self, items, tags=None, gap=6):
        """flow items (flowables) left column then right column, balanced; tags returned with page/col."""
        tags = tags or [None] * len(items)
        hs = [it.wrap(CW, H)[1] for it in items]
        i = 0
        while i < len(items):
            avail = self.y - BOTTOM
            rest = list(range(i, len(items)))
            total = sum(hs[j] + gap for j in rest)
            best = None
            for k in range(1, len(rest) + 1):
                left = sum(hs[j] + gap for j in rest[:k]); right = total - left
                if left >= right and left <= avail and right <= avail:
                    best = k; break
            if best is not None:
                cols = [rest[:best], rest[best:]]; nxt = len(items)
            else:
                cols = [[], []]; j = i
                for col in (0, 1):
                    used = 0
                    while j < len(items) and used + hs[j] <= avail:
                        cols[col].append(j); used += hs[j] + gap; j += 1
                if j == i: self.new_page(); continue
                nxt = j
            bottom = self.y
            for col, idxs in enumerate(cols):
                y = self.y; x = M + col * (CW + GAP)
                for j in idxs:
                    items[j].wrapOn(self.c, CW, H); items[j].drawOn(self.c, x, y - hs[j])
                    self.placed.append((tags[j], self.page, col)); y -= hs[j] + gap
                bottom = min(bottom, y)
            if cols[1]:
                self.c.setStrokeColor(colors.HexColor("#C8C8C8")); self.c.setLineWidth(0.4)
                self.c.line(M + CW + GAP / 2, self.y, M + CW + GAP / 2, bottom + gap)
            self.y = bottom - 4; i = nxt
            if i < len(items): self.new_page()
    def save(self): self.c.showPage(); self.c.save()

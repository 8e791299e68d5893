"""regione-abruzzo-2023-relazione-bis: r11 Regione Abruzzo content as a reportlab borderless
export: one long zebra table, hierarchy as full-width shaded rows, status line as a full-width
row after each objective's indicators, comments as full-width rows after it."""
import copy, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common16 import *

SRC = "/work/blind/r11/regione-abruzzo-2023-relazione"
NAME = "regione-abruzzo-2023-relazione-bis"

FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSBI", FD + "LiberationSans-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

BLUE = colors.HexColor("#1F4E79")
S = {
    "cov1": ParagraphStyle("cov1", fontName="LSB", fontSize=22, leading=27, alignment=TA_CENTER, textColor=BLUE),
    "cov2": ParagraphStyle("cov2", fontName="LS", fontSize=13, leading=17, alignment=TA_CENTER),
    "cov3": ParagraphStyle("cov3", fontName="LS", fontSize=10, leading=13, alignment=TA_CENTER, textColor=colors.HexColor("#444444")),
    "covT": ParagraphStyle("covT", fontName="LSB", fontSize=20, leading=25, alignment=TA_CENTER, textColor=BLUE),
    "h1": ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6, textColor=BLUE),
    "p": ParagraphStyle("p", fontName="LS", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=6),
    "cap": ParagraphStyle("cap", fontName="LSB", fontSize=8.5, leading=11, spaceAfter=3),
    "c": ParagraphStyle("c", fontName="LS", fontSize=8, leading=10),
    "cc": ParagraphStyle("cc", fontName="LS", fontSize=8, leading=10, alignment=TA_CENTER),
    "cr": ParagraphStyle("cr", fontName="LS", fontSize=8, leading=10, alignment=TA_RIGHT),
    "hd": ParagraphStyle("hd", fontName="LSB", fontSize=8, leading=10, alignment=TA_CENTER, textColor=colors.white),
    "area": ParagraphStyle("area", fontName="LSB", fontSize=9, leading=11.5, textColor=colors.white),
    "os": ParagraphStyle("os", fontName="LSB", fontSize=8.5, leading=11),
    "oo": ParagraphStyle("oo", fontName="LSBI", fontSize=8.5, leading=11),
    "st": ParagraphStyle("st", fontName="LSB", fontSize=8, leading=10),
    "cm": ParagraphStyle("cm", fontName="LSI", fontSize=8, leading=10, alignment=TA_JUSTIFY),
    "fn": ParagraphStyle("fn", fontName="LS", fontSize=6.8, leading=8.5),
}


def esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footer(canv, doc):
    canv.saveState()
    canv.setFont("LS", 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        canv.drawString(1.7 * cm, 1.1 * cm, "Regione Abruzzo – Relazione sulla performance 2023")
        canv.drawRightString(A4[0] - 1.7 * cm, 1.1 * cm, f"{doc.page}")
    canv.restoreState()


def status_text(sl):
    return f"{sl[0]} {sl[1]} – {sl[2]}"


def build(outdir):
    content = copy.deepcopy(load(SRC + ".content.json"))
    content["name"] = NAME
    content["layout"] = ("reportlab-borderless-zebra-one-long-table-hierarchy-as-full-width-shaded-rows"
                         "-status-row-after-each-objective")
    content["rerender_of"] = "blind/r11/regione-abruzzo-2023-relazione (content unchanged)"
    content["printed_labels"] = {"area": "Area strategica", "strategic": "Obiettivo strategico",
                                 "operational": "Obiettivo operativo",
                                 "status_row": "<Grado di raggiungimento:> <pct> – <status phrase>"}
    dump(content, os.path.join(outdir, NAME + ".content.json"))

    pdf = os.path.join(outdir, NAME + ".pdf")
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=1.7 * cm, rightMargin=1.7 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="Relazione sulla performance 2023", author="Regione Abruzzo")
    st = []
    cov = content["cover"]
    st += [Spacer(1, 3 * cm), Paragraph(esc(cov[0]), S["cov1"]), Spacer(1, 4),
           Paragraph(esc(cov[1]), S["cov2"]), Spacer(1, 6), Paragraph(esc(cov[2]), S["cov3"]),
           Spacer(1, 5 * cm), Paragraph(esc(cov[3]), S["covT"]), Spacer(1, 8),
           Paragraph(esc(cov[4]), S["cov2"]), Spacer(1, 10), Paragraph(esc(cov[5]), S["cov3"]),
           Spacer(1, 5 * cm), Paragraph(esc(cov[6]), S["cov3"]), PageBreak()]
    head_bg = colors.HexColor("#2E5C8A")
    for kind, x in content["intro"]:
        if kind == "h1":
            if x.startswith("3."):
                st.append(PageBreak())
            st.append(Paragraph(esc(x), S["h1"]))
        elif kind == "p":
            st.append(Paragraph(esc(x), S["p"]))
        elif kind == "budget":
            st.append(Paragraph(esc(x["caption"]), S["cap"]))
            data = [[Paragraph(esc(h), S["hd"]) for h in x["header"]]]
            for r in x["rows"]:
                sty = S["c"]
                data.append([Paragraph(("<b>%s</b>" if r[0] == "Totale" else "%s") % esc(r[0]), S["c"])] +
                            [Paragraph(("<b>%s</b>" if r[0] == "Totale" else "%s") % esc(v), S["cr"]) for v in r[1:]])
            t = Table(data, colWidths=[6.6 * cm, 3.8 * cm, 3.8 * cm, 2.2 * cm])
            ts = [("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            for i in range(1, len(data)):
                if i % 2 == 0:
                    ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EEF2F6")))
            ts.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, BLUE))
            t.setStyle(TableStyle(ts))
            st += [t, Spacer(1, 8)]

    # ---- the long results table
    W = [6.6 * cm, 2.6 * cm, 2.5 * cm, 2.2 * cm, 3.7 * cm]
    data = [[Paragraph("Indicatore", S["hd"]), Paragraph("Valore", S["hd"]), "",
             Paragraph("Scostamento", S["hd"]), Paragraph("Note", S["hd"])],
            ["", Paragraph("Atteso", S["hd"]), Paragraph("Conseguito", S["hd"]), "", ""]]
    ts = [("BACKGROUND", (0, 0), (-1, 1), head_bg),
          ("SPAN", (1, 0), (2, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)),
          ("VALIGN", (0, 0), (-1, 1), "MIDDLE"), ("VALIGN", (0, 2), (-1, -1), "TOP"),
          ("LINEBELOW", (1, 0), (2, 0), 0.4, colors.white),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]

    def full(text, style, bg):
        data.append([Paragraph(text, style), "", "", "", ""])
        i = len(data) - 1
        ts.append(("SPAN", (0, i), (-1, i)))
        if bg:
            ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(bg)))

    footnotes = []
    for a in content["areas"]:
        full(esc(f"Area strategica {a['code']} – {a['title']}"), S["area"], "#5B7FA6")
        for s in a["strategic"]:
            full(esc(f"Obiettivo strategico {s['code']} – {s['title']}"), S["os"], "#C5D5E6")
            for o in s["operational"]:
                full(esc(f"Obiettivo operativo {o['code']} – {o['title']}"), S["oo"], "#E3EBF4")
                for k, r in enumerate(o["rows"]):
                    tg = esc(r["target"]) + (f"<super>{r['target_fn']}</super>" if r.get("target_fn") else "")
                    ac = esc(r["actual"]) + (f"<super>{r['actual_fn']}</super>" if r.get("actual_fn") else "")
                    data.append([Paragraph(esc(r["indicator"]), S["c"]), Paragraph(tg, S["cc"]),
                                 Paragraph(ac, S["cc"]), Paragraph(esc(r["scost"]), S["cc"]),
                                 Paragraph(esc(r["notes"] or ""), S["c"])])
                    if k % 2 == 1:
                        i = len(data) - 1
                        ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F0F0F0")))
                full(esc(status_text(o["status_line"])), S["st"], "#FBF3DA")
                for ptxt in o["after"]:
                    full(esc(ptxt), S["cm"], None)
                footnotes += o.get("footnotes", [])
    t = Table(data, colWidths=W, repeatRows=2)
    t.setStyle(TableStyle(ts))
    st.append(t)
    st.append(Spacer(1, 4))
    for mark, txt in footnotes:
        st.append(Paragraph(f"<super>{mark}</super> {esc(txt)}", S["fn"]))
    for kind, x in content["closing"]:
        st.append(Paragraph(esc(x), S["h1"] if kind == "h1" else S["p"]))
    doc.build(st, onFirstPage=footer, onLaterPages=footer)

    # ---- truth: source records, printed fields checked, pages read back
    src = load(SRC + ".truth.json")
    recs = copy.deepcopy(src["indicators"])
    rb = ReadBack(pdf)
    k = 0
    for a in content["areas"]:
        rb.cursor = rb.find(f"Area strategica {a['code']} – {a['title']}", what="area row")
        for s in a["strategic"]:
            rb.cursor = rb.find(f"Obiettivo strategico {s['code']} – {s['title']}", what="OS row")
            for o in s["operational"]:
                rb.cursor = rb.find(f"Obiettivo operativo {o['code']} – {o['title']}", what="OO row")
                for r in o["rows"]:
                    p0, p1 = rb.unit(" ".join(r["indicator"].split()[:3]),
                                     [r["indicator"], r["target"], r["actual"], r["scost"], r["notes"]],
                                     r["indicator"][:30])
                    rec = recs[k]; k += 1
                    sl = o["status_line"]
                    check_fields(rec, {
                        "area_code": a["code"], "area_title": a["title"], "objective_level": "operational",
                        "objective_code": o["code"], "objective_title": o["title"],
                        "indicator": r["indicator"], "target": r["target"], "actual": r["actual"],
                        "notes": r["notes"], "status_text": sl[2],
                        "comment": " ".join(o["after"]) or None, "indicator_code": None,
                        "achievement": None}, r["indicator"][:30])
                    rec["page"], rec["page_end"] = p0, p1
                rb.cursor = rb.find(status_text(o["status_line"]), what="status row")
                for ptxt in o["after"]:
                    rb.cursor = rb.find(ptxt, what="comment row")
    assert k == len(recs)
    finish_truth(NAME, src, recs, pdf,
                 "Written by blind/r16/make_r16.py: records of blind/r11/regione-abruzzo-2023-relazione.truth.json "
                 "(printed fields re-checked against the content rendered) with page/page_end read back "
                 "from this PDF.")
    return len(recs), rb.npages

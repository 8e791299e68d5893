"""Comune di Verona holdout sample: invented content, hand annotations and its reportlab layout.

No real data. Relazione sulla performance 2023 as a performance-management software
exports it: landscape A4, 7 pt Helvetica, zebra-striped rows (light grey fill on every
other row), no vertical rules, one thin rule under a header whose labels wrap on two
lines, numbers right-aligned. One flat table repeats the hierarchy on every row, code and
title in separate columns: ``Cod. Ob. | Obiettivo operativo | Cod. Ind. | Indicatore |
U.M. | Peso | Valore atteso | Valore rilevato | Scost. | % Ragg.``; the header is repeated
on each page. Glyphs outside Latin-1 (``≤``, ``≥``, ``€``) are printed, as by many
exporters, from an embedded fallback font (Liberation Sans), so the text layer keeps them.

Per row the annotations are by hand: ``target_parsed``/``actual_parsed`` =
``[operator, value, value_max, unit]`` (None: no comparable quantity), ``weight``,
``achievement`` (None for an empty ``% Ragg.``) and ``met``. The unit of a value comes
from its cell only, never from ``U.M.`` (as in the earlier samples: ``≤ 60`` with U.M.
``gg`` has unit None).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

Content = dict[str, Any]

FALLBACK = "LiberationSans"
FALLBACK_FILE = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
FONT_SIZE = 7.0
ZEBRA = colors.Color(0.9, 0.9, 0.9)


def _fonts() -> None:
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK, FALLBACK_FILE))


def markup(text: str) -> str:
    """Escape a cell for a Paragraph, printing ``≤``, ``≥``, ``€`` from the fallback font."""
    out = escape(text)
    for glyph in "≤≥€":
        out = out.replace(glyph, f'<font name="{FALLBACK}">{glyph}</font>')
    return out


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName="Helvetica", fontSize=FONT_SIZE, leading=8.4)
    return {
        "left": base,
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "head_left": ParagraphStyle("hl", parent=base, fontName="Helvetica-Bold"),
        "head_right": ParagraphStyle(
            "hr", parent=base, fontName="Helvetica-Bold", alignment=TA_RIGHT
        ),
        "intro": ParagraphStyle("intro", parent=base, fontSize=8, leading=10, alignment=TA_LEFT),
    }


def _page(canvas: Canvas, doc: Any) -> None:
    """The export's running header and footer (no rules)."""
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(1.2 * cm, height - 1.0 * cm, "COMUNE DI VERONA")
    canvas.drawRightString(width - 1.2 * cm, height - 1.0 * cm, "Relazione sulla performance 2023")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(
        1.2 * cm, height - 1.4 * cm, "Allegato A – Obiettivi operativi e indicatori di risultato"
    )
    canvas.drawString(1.2 * cm, 0.8 * cm, "Estrazione del 12/04/2024 ore 10:41 – SiPerf 5.2")
    canvas.drawRightString(width - 1.2 * cm, 0.8 * cm, f"Pag. {doc.page}")
    canvas.restoreState()


def render(sample: Content, pdf_path: Path) -> None:
    """Render the sample to ``pdf_path``."""
    _fonts()
    styles = _styles()
    columns = sample["columns"]
    head = []
    for column in columns:
        style = styles["head_right" if column["align"] == "right" else "head_left"]
        head.append(Paragraph("<br/>".join(escape(x) for x in column["lines"]), style))
    data: list[list[Any]] = [head]
    for row in sample["rows"]:
        data.append([
            Paragraph(markup(cell), styles[column["align"]])
            for column, cell in zip(columns, row["cells"], strict=True)
        ])  # fmt: skip
    table = Table(data, colWidths=[c["width"] for c in columns], repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
    ])  # fmt: skip
    width, height = landscape(A4)
    doc = BaseDocTemplate(
        str(pdf_path), pagesize=(width, height), invariant=1,
        title="Relazione sulla performance 2023", author="Comune di Verona",
    )  # fmt: skip
    frame = Frame(1.2 * cm, 1.3 * cm, width - 2.4 * cm, height - 3.2 * cm, id="body")
    doc.addPageTemplates([PageTemplate("body", [frame], onPage=_page)])
    story: list[Any] = [Paragraph(markup(line), styles["intro"]) for line in sample["intro"]]
    story += [Spacer(1, 8), table]
    doc.build(story)

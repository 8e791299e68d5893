"""Reports drawn by reporting software (reportlab): five exports, each a layout of its own.

* ``comune-verona-2023-relazione``: a performance-management export: landscape, 7 pt,
  zebra rows, no vertical rules, the hierarchy repeated on every row, code and title in
  columns of their own, glyphs outside Latin-1 from an embedded fallback font.
* ``arpa-veneto-2024-piano``: bold numbered objectives without a label word, raised
  footnote marks and footnotes under fully ruled tables, cover, TOC and staff pages.
* ``inps-2023-relazione``: two-column prose on page 1, then one ruled table with merged
  objective rows and a ``Note: …`` row under each indicator.
* ``agenzia-dogane-2022-piano``: landscape, 8 pt, borderless, area and objective printed on
  a group's first row only, header repeated.
* ``comune-bari-2023-relazione``: abbreviated uppercase labels, ``OB. STRAT.``/``OB. OP.``
  headings as bold paragraphs, one ruled table per operational objective.

ARPA's layout is :mod:`report_plan`'s, INPS', Dogane's and Bari's :mod:`report_ruled`'s.
The records come from the content alone; the page of every row is read back from the PDF
(reportlab never splits a row), then the layout features are checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from . import truth
from .readback import locate, page_streams
from .report_plan import (
    arpa_records,
    render_arpa,
)
from .report_ruled import (
    VERONA_TITLE,
    bari_records,
    dogane_records,
    inps_records,
    one_frame,
    register_fonts,
    render_bari,
    render_dogane,
    render_inps,
)

Content = dict[str, Any]
Record = dict[str, Any]


FALLBACK = "LiberationSans"
FALLBACK_FILE = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
FONT_SIZE = 7.0
ZEBRA = colors.Color(0.9, 0.9, 0.9)


def _verona_fonts() -> None:
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK, FALLBACK_FILE))


def markup(text: str) -> str:
    """Escape a cell for a Paragraph, printing ``≤``, ``≥``, ``€`` from the fallback font."""
    out = escape(text)
    for glyph in "≤≥€":
        out = out.replace(glyph, f'<font name="{FALLBACK}">{glyph}</font>')
    return out


def _verona_styles() -> dict[str, ParagraphStyle]:
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


def _verona_page(canvas: Canvas, doc: Any) -> None:
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


def render_verona(sample: Content, pdf_path: Path) -> None:
    """Render the sample to ``pdf_path``."""
    _verona_fonts()
    styles = _verona_styles()
    columns = sample["columns"]
    head = []
    for column in columns:
        style = styles["head_right" if column["align"] == "right" else "head_left"]
        head.append(platypus.Paragraph("<br/>".join(escape(x) for x in column["lines"]), style))
    data: list[list[Any]] = [head]
    for row in sample["rows"]:
        data.append([
            platypus.Paragraph(markup(cell), styles[column["align"]])
            for column, cell in zip(columns, row["cells"], strict=True)
        ])  # fmt: skip
    table = platypus.Table(
        data, colWidths=[c["width"] for c in columns], repeatRows=1, hAlign="LEFT"
    )
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
    box = (1.2 * cm, 1.3 * cm, width - 2.4 * cm, height - 3.2 * cm)
    doc = one_frame(pdf_path, (width, height), box, sample, _verona_page, VERONA_TITLE)
    story: list[Any] = [
        platypus.Paragraph(markup(line), styles["intro"]) for line in sample["intro"]
    ]
    story += [platypus.Spacer(1, 8), table]
    doc.build(story)


# --------------------------------------------------------------------------- Verona


# --------------------------------------------------------------------------- records


def verona_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per row; also the printed cells of each row (to find its page)."""
    fields = [column["field"] for column in sample["columns"]]
    records, printed = [], []
    for row in sample["rows"]:
        cells = dict(zip(fields, row["cells"], strict=True))
        code, what = cells["objective_code"], cells["indicator_code"]
        if not re.fullmatch(r"\d+\.\d+\.\d+", code) or not what.startswith(f"{code}."):
            raise ValueError(f"{what}: codes do not nest under {code}")
        record: Record = dict.fromkeys(truth.RECORD_KEYS)
        record.update(
            area_code=code.split(".")[0],
            objective_level="operational",
            objective_code=code,
            objective_title=truth.plain(cells["objective_title"]),
            indicator_code=truth.plain(what),
            indicator=truth.plain(cells["indicator"]),
            unit=truth.plain(cells["unit"]),
            target=truth.plain(cells["target"]),
            actual=truth.plain(cells["actual"]),
        )
        record.update(truth.annotated(cells, row, what))
        records.append(record)
        printed.append([cells["indicator"], *row["cells"]])  # the indicator finds the row
    return records, printed


# --------------------------------------------------------------------------- samples


Records = Callable[[Content], tuple[list[Record], list[list[str]]]]
#: Per sample: its records (and the printed cells of each row) and its renderer.
EXPORTS: dict[str, tuple[Records, Callable[[Content, Path], Any]]] = {
    "comune-verona-2023-relazione": (verona_records, render_verona),
    "arpa-veneto-2024-piano": (arpa_records, render_arpa),
    "inps-2023-relazione": (inps_records, render_inps),
    "agenzia-dogane-2022-piano": (dogane_records, render_dogane),
    "comune-bari-2023-relazione": (bari_records, render_bari),
}


def make_sample(name: str, out: Path) -> list[str]:
    """Render one sample, write its PDF and truth; return the failed layout checks."""
    records_of, render = EXPORTS[name]
    sample = truth.load_content(name)
    records, rows = records_of(sample)
    pdf_path = out / f"{name}.pdf"
    register_fonts()
    render(sample, pdf_path)
    pages = locate(pdf_path, rows)
    for index, record in enumerate(records):  # a row gives one record per year
        page = pages[index * len(rows) // len(records)]
        record.update(page=page, page_end=page)
    truth.write_truth(sample, records, pdf_path, len(page_streams(pdf_path)))
    return []

"""Ruled and borderless tables drawn by reporting software (reportlab), three exports of
:mod:`report_exports`: ``inps-2023-relazione`` (two-column prose, merged objective rows,
``Note: …`` rows), ``agenzia-dogane-2022-piano`` (landscape, borderless, area and objective
on a group's first row) and ``comune-bari-2023-relazione`` (``OB. STRAT.``/``OB. OP.``
headings, one ruled table per operational objective): records, layouts and checks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from . import truth

Content = dict[str, Any]
Record = dict[str, Any]


VERONA_TITLE = "Relazione sulla performance 2023"  # and Bari's
DOGANE_TITLE = "Piano della performance 2022-2024"


def one_frame(
    pdf_path: Path,
    size: tuple[float, float],
    box: tuple[float, ...],
    sample: Content,
    on_page: Callable[[Any, Any], None],
    title: str,
) -> platypus.BaseDocTemplate:
    """A reproducible document of pages with one frame (``box``: x, y, width, height),
    ``on_page`` drawing the running text."""
    doc = platypus.BaseDocTemplate(str(pdf_path), pagesize=size, invariant=1, title=title,
                          author=sample["document"]["issuer"])  # fmt: skip
    doc.addPageTemplates(
        [platypus.PageTemplate("body", [platypus.Frame(*box, id="body")], onPage=on_page)]
    )
    return doc


# --------------------------------------------------------------------------- samples


FONTS = {
    "LS": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LS-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
}


def register_fonts() -> None:
    """Register the Liberation Sans fonts the exports draw with (``LS``, ``LS-Bold``)."""
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def _style(size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    font = "LS-Bold" if bold else "LS"
    return ParagraphStyle(f"s{size}{bold}", fontName=font, fontSize=size, leading=size * 1.2, **kw)


def _p(text: str, style: ParagraphStyle) -> platypus.Paragraph:
    return platypus.Paragraph(escape(text), style)


# --------------------------------------------------------------------------- records


def inps_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also the printed cells of each row (to find its page)."""
    records, printed, context = [], [], {}
    for item in sample["body"]:
        if item["kind"] == "heading":
            context = truth.objective_context(item["level"], item["code"], item["title"])
            continue
        what = item["code"]
        if not what.startswith(f"{context['objective_code']}."):
            raise ValueError(f"{what} not under {context['objective_code']}")
        if truth.percent_of(item["achievement"]) != item["achievement_value"]:
            raise ValueError(f"{what}: achievement {item['achievement_value']}")
        if not item["note"].startswith("Note: "):
            raise ValueError(f"{what}: the note row has no label")
        record = truth.new_record(
            context,
            indicator_code=what,
            indicator=truth.plain(item["indicator"]),
            year=sample["year"],
            target=truth.plain(item["target"]),
            actual=truth.plain(item["actual"]),
            achievement=item["achievement_value"],
            comment=truth.plain(item["note"]),
        )
        record.update(truth.value_fields("target", item["target_parsed"], item["target"], what))
        record.update(truth.value_fields("actual", item["actual_parsed"], item["actual"], what))
        record["met"] = truth.checked_met(what, item["met"], record)
        records.append(record)
        printed.append([item["indicator"], item["code"], item["target"], item["actual"],
                        item["note"]])  # fmt: skip
    return records, printed


def dogane_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each row's printed cells."""
    years = sample["years"]
    if sample["headers"][4:] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed = [], []
    for row in sample["rows"]:
        if row["area"] and row["area"] != f"{row['area_code']} – {row['area_title']}":
            raise ValueError(f"area cell annotated wrongly: {row['area']!r}")
        if row["objective"] and row["objective"] != (
            f"{row['objective_code']} – {row['objective_title']}"
        ):
            raise ValueError(f"objective cell annotated wrongly: {row['objective']!r}")
        if not row["objective_code"].startswith(f"{row['area_code']}."):
            raise ValueError(f"{row['objective_code']} not under area {row['area_code']}")
        for year, cell, parsed in zip(years, row["targets"], row["targets_parsed"], strict=True):
            what = f"{row['indicator'][:30]!r} {year}"
            record: Record = dict.fromkeys(truth.RECORD_KEYS)
            record.update(
                area_code=row["area_code"],
                area_title=row["area_title"],
                objective_level="strategic",
                objective_code=row["objective_code"],
                objective_title=row["objective_title"],
                indicator=truth.plain(row["indicator"]),
                formula=truth.plain(row["formula"]),
                year=year,
                target=truth.plain(cell),
            )
            record.update(truth.value_fields("target", parsed, cell, what))
            record.update(truth.value_fields("actual", None, None, what))
            records.append(record)
        printed.append([row["indicator"], row["formula"], *[t for t in row["targets"] if t]])
    return records, printed


# --------------------------------------------------------------------------- layout


def running_text(
    size: float, margin: float, top: float, foot: float, lines: tuple[str, str, str, str]
) -> Callable[[Any, Any], None]:
    """An ``onPage`` drawing, in font ``LS``, the top left and right lines (``top`` below the
    edge), the foot left and right ones (``foot`` above it; ``{}``: the page number)."""

    def draw(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont("LS", size)
        top_left, top_right, foot_left, foot_right = lines
        for x, y, text, right in ((margin, height - top, top_left, False),
                                  (width - margin, height - top, top_right, True),
                                  (margin, foot, foot_left, False),
                                  (width - margin, foot, foot_right, True)):  # fmt: skip
            if text:
                draw_text = canvas.drawRightString if right else canvas.drawString
                draw_text(x, y, text.format(doc.page))
        canvas.restoreState()

    return draw


INPS_PAGE = running_text(7.5, 2 * cm, 0, 1.2 * cm,
                         ("", "", "INPS – Relazione sulla performance 2023", "{}"))  # fmt: skip
DOGANE_PAGE = running_text(8, 1.5 * cm, 1 * cm, 0.8 * cm, ("Agenzia delle Dogane e dei Monopoli",
                           "Piano della performance 2022-2024", "", "Pagina {}"))  # fmt: skip
BARI_PAGE = running_text(7.5, 2 * cm, 1.2 * cm, 1.2 * cm, ("Comune di Bari",
                         "Relazione sulla performance 2023", "", "Pag. {}"))  # fmt: skip


def ruled_table(
    data: list[list[Any]], widths: list[float], header: Any, spans: tuple[Any, ...] = ()
) -> platypus.Table:
    """A table ruled on every cell, its header row filled and repeated on each page."""
    table = platypus.Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), header),
        *spans,
    ])  # fmt: skip
    return table


def render_inps(sample: Content, pdf_path: Path) -> None:
    """Title and two-column prose on page 1, then the ruled table."""
    width, height = A4
    margin, gutter = 2 * cm, 0.8 * cm
    column = (width - 2 * margin - gutter) / 2
    title_h = 4 * cm
    body_h = height - 2 * margin - title_h
    first = [
        platypus.Frame(margin, height - margin - title_h, width - 2 * margin, title_h, id="title"),
        platypus.Frame(margin, margin, column, body_h, id="left"),
        platypus.Frame(margin + column + gutter, margin, column, body_h, id="right"),
    ]
    body = [platypus.Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")]
    doc = platypus.BaseDocTemplate(str(pdf_path), pagesize=A4, invariant=1,
                          title="Relazione sulla performance 2023",
                          author=sample["document"]["issuer"])  # fmt: skip
    doc.addPageTemplates([platypus.PageTemplate("first", first, onPage=INPS_PAGE),
                          platypus.PageTemplate("body", body, onPage=INPS_PAGE)])  # fmt: skip
    prose = _style(9.5, alignment=4, spaceAfter=6)
    half = (len(sample["prose"]) + 1) // 2  # the left column ends at a paragraph
    story: list[Any] = [
        _p("ISTITUTO NAZIONALE DELLA PREVIDENZA SOCIALE", _style(15, True, spaceAfter=8)),
        _p("Relazione sulla performance 2023", _style(13, True, spaceAfter=6)),
        _p("1. Presentazione e sintesi dei risultati", _style(10.5, True)),
        platypus.FrameBreak(),
        *[_p(text, prose) for text in sample["prose"][:half]],
        platypus.FrameBreak(),
        *[_p(text, prose) for text in sample["prose"][half:]],
        platypus.NextPageTemplate("body"),
        platypus.PageBreak(),
        _p("2. Obiettivi e indicatori: risultati 2023", _style(10.5, True, spaceAfter=8)),
    ]
    cell, bold = _style(8.5), _style(8.5, True)
    data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
    spans = []
    for item in sample["body"]:
        if item["kind"] == "heading":
            text = f"{item['label']} {item['code']} – {item['title']}"
            row: list[Any] = [_p(text, bold), "", "", "", ""]
        else:
            keys = ("code", "indicator", "target", "actual", "achievement")
            data.append([_p(item[k], cell) for k in keys])
            row = [_p(item["note"], _style(8, textColor=colors.Color(0.2, 0.2, 0.2))), *[""] * 4]
        spans.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append(row)
    usable = width - 2 * margin
    widths = [1.5 * cm, usable - 1.5 * cm - 3 * 3.1 * cm, 3.1 * cm, 3.1 * cm, 3.1 * cm]
    story.append(ruled_table(data, widths, colors.Color(0.85, 0.88, 0.94), tuple(spans)))
    doc.build(story)


def render_dogane(sample: Content, pdf_path: Path) -> None:
    """Intro, then the borderless 8 pt table with the header repeated."""
    width, height = landscape(A4)
    box = (1.5 * cm, 1.3 * cm, width - 3 * cm, height - 2.8 * cm)
    doc = one_frame(pdf_path, (width, height), box, sample, DOGANE_PAGE, DOGANE_TITLE)
    story: list[Any] = [
        _p("AGENZIA DELLE DOGANE E DEI MONOPOLI", _style(14, True, spaceAfter=6)),
        _p("Piano della performance 2022-2024", _style(12, True, spaceAfter=10)),
        _p("3. Obiettivi, indicatori e target del triennio", _style(10, True, spaceAfter=6)),
        *[_p(text, _style(9, spaceAfter=6)) for text in sample["intro"]],
        platypus.Spacer(1, 6),
    ]
    cell, bold = _style(8), _style(8, True)
    data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
    for row in sample["rows"]:
        cells = [row["area"], row["objective"], row["indicator"], row["formula"], *row["targets"]]
        data.append([_p(c, cell) for c in cells])
    widths = [3.6 * cm, 4 * cm, 6.2 * cm, 6.9 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm]
    table = platypus.Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9)])  # fmt: skip
    story.append(table)
    doc.build(story)


# --------------------------------------------------------------------------- checks


# --------------------------------------------------------------------------- main


def heading_line(item: dict[str, Any]) -> str:
    return f"{item['label']} {item['code']} – {item['title']}"


# --------------------------------------------------------------------------- records


def bari_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also each row's printed cells (to find its page)."""
    records, printed = [], []
    context: Record = {}
    for block in sample["body"]:
        if block["kind"] == "heading":
            context = truth.objective_context(block["level"], block["code"], block["title"])
            continue
        for item in block["rows"]:
            what = item["code"]
            if context["objective_level"] != "operational" or not what.startswith(
                f"{context['objective_code']}."
            ):
                raise ValueError(f"{what} not under an operational objective")
            if truth.percent_of(item["achievement"]) != item["achievement_value"]:
                raise ValueError(f"{what}: achievement {item['achievement_value']}")
            record = truth.new_record(
                context,
                indicator_code=what,
                indicator=truth.plain(item["indicator"]),
                type=truth.plain(item["type"]),
                unit=truth.plain(item["unit"]),
                target=truth.plain(item["target"]),
                actual=truth.plain(item["actual"]),
                achievement=item["achievement_value"],
            )
            record.update(truth.value_fields("target", item["target_parsed"], item["target"], what))
            record.update(truth.value_fields("actual", item["actual_parsed"], item["actual"], what))
            record["met"] = truth.checked_met(what, item["met"], record)
            records.append(record)
            printed.append([item["indicator"], what, item["target"], item["actual"]])
    return records, printed


# --------------------------------------------------------------------------- layout


def render_bari(sample: Content, pdf_path: Path) -> None:
    width, height = A4
    margin = 2 * cm
    box = (margin, margin, width - 2 * margin, height - 2 * margin)
    doc = one_frame(pdf_path, A4, box, sample, BARI_PAGE, VERONA_TITLE)
    story: list[Any] = [
        _p("COMUNE DI BARI", _style(16, True, spaceAfter=8)),
        _p("Relazione sulla performance 2023", _style(13, True, spaceAfter=10)),
        _p("1. Premessa", _style(10.5, True, spaceAfter=6)),
        *[_p(text, _style(9.5, alignment=4, spaceAfter=6)) for text in sample["intro"]],
        _p("2. Risultati degli obiettivi e degli indicatori", _style(10.5, True, spaceAfter=6)),
    ]
    heading = _style(9.5, True, spaceBefore=6, spaceAfter=4)
    cell, bold = _style(8.5), _style(8.5, True)
    usable = width - 2 * margin
    fixed = [1.2 * cm, 1.5 * cm, 1.1 * cm, 2.1 * cm, 2.4 * cm, 1.9 * cm]
    widths = [fixed[0], usable - sum(fixed), *fixed[1:]]
    for block in sample["body"]:
        if block["kind"] == "heading":
            story.append(_p(heading_line(block), heading))
            continue
        data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
        keys = ("code", "indicator", "type", "unit", "target", "actual", "achievement")
        data += [[_p(item[k], cell) for k in keys] for item in block["rows"]]
        story += [ruled_table(data, widths, colors.Color(0.88, 0.88, 0.88)), platypus.Spacer(1, 4)]
    story.append(_p(sample["legend"], _style(7.5)))
    doc.build(story)


# --------------------------------------------------------------------------- checks

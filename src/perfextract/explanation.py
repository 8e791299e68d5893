"""See what was read: for each page, the tables, headers, columns, refusals, headings, records.

:func:`explain` reads a report as :func:`~perfextract.extract` does and
returns, page by page, what the stages decided on the way: the tables found
(backend, box), each header row with the field given to each column and
the evidence for it (a :class:`~perfextract.evidence.ColumnDecision`: the
label's score and who named the field: the user's label map, the
vocabulary, the rest of the header), the tables refused and why, the
hierarchy headings met, and the records made with their regions.
:func:`page_pictures` draws it on the rendered pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfextract.evidence import (
    ColumnDecision,
    HeaderRead,
    HeadingRead,
    RefusedTable,
    profile_cells,
)
from perfextract.model import BBox, Indicator, RawTable, Report, json_bbox
from perfextract.pdf import PDFSource
from perfextract.render import (
    COLUMN,
    DPI,
    HEADER,
    HEADING,
    RECORD,
    REFUSED,
    TABLE,
    Outline,
    draw_outlines,
    render_page,
)
from perfextract.settings import Settings

if TYPE_CHECKING:
    from PIL.Image import Image


@dataclass(frozen=True, slots=True)
class TableFound:
    """A table a backend found: its number in the document (``Row.table``), box and columns."""

    number: int
    page: int
    backend: str
    bbox: BBox
    rows: int
    columns: tuple[tuple[float, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.number,
            "page": self.page,
            "backend": self.backend,
            "bbox": json_bbox(self.bbox),
            "rows": self.rows,
            "columns": [[round(a, 2), round(b, 2)] for a, b in self.columns],
        }


@dataclass(frozen=True, slots=True)
class PageExplanation:
    """What was found and decided on one page."""

    page: int
    size: tuple[float, float]
    tables: tuple[TableFound, ...]
    headers: tuple[HeaderRead, ...]
    refused: tuple[RefusedTable, ...]
    headings: tuple[HeadingRead, ...]
    records: tuple[Indicator, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "size": [round(v, 2) for v in self.size],
            "tables": [t.to_dict() for t in self.tables],
            "headers": [h.to_dict() for h in self.headers],
            "refused": [r.to_dict() for r in self.refused],
            "headings": [h.to_dict() for h in self.headings],
            "records": [
                {
                    "page": r.page,
                    "bbox": json_bbox(r.bbox),
                    "indicator": r.indicator,
                    "year": r.year,
                }
                for r in self.records
            ],
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    """The reading of a report, page by page, and the report itself."""

    report: Report
    pages: tuple[PageExplanation, ...]
    labels: Mapping[str, str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable: the pages, the user's labels and the records document."""
        return {
            "source": self.report.to_dict()["source"],
            "labels": dict(self.labels),
            "pages": [p.to_dict() for p in self.pages],
            "warnings": self.report.to_dict()["warnings"],
        }


def explain(
    source: PDFSource,
    *,
    pages: Iterable[int] | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
) -> Explanation:
    """Read ``source`` as :func:`~perfextract.extract` does, and say what was decided.

    Raises what :func:`~perfextract.extract` raises.
    """
    from perfextract.pipeline import read_report

    options = Settings.resolve(settings)
    report, reading = read_report(source, pages=pages, settings=options)
    tables = [_found(n, t) for n, t in enumerate(reading.tables)]
    boxes = {t.number: t.bbox for t in tables}
    headers = [_with_profiles(h, reading.tables) for h in reading.trace.headers]
    refused = [*reading.refused, *_with_table_boxes(reading.trace.refused, boxes)]
    explained = []
    for number, size in sorted(reading.sizes.items()):
        explained.append(
            PageExplanation(
                page=number,
                size=size,
                tables=tuple(t for t in tables if t.page == number),
                headers=tuple(h for h in headers if h.page == number),
                refused=tuple(r for r in refused if r.page == number),
                headings=tuple(h for h in reading.trace.headings if h.page == number),
                records=tuple(r for r in report.indicators if r.page == number),
            )
        )
    return Explanation(report, tuple(explained), dict(options.labels))


def _found(number: int, table: RawTable) -> TableFound:
    return TableFound(number, table.page, table.backend, table.bbox, len(table.rows), table.columns)


def _with_profiles(header: HeaderRead, tables: Sequence[RawTable]) -> HeaderRead:
    """The header with each column's content profile, from its table's rows below it."""
    if header.table is None or header.table >= len(tables) or header.bbox is None:
        return header
    table = tables[header.table]
    below = [
        cells
        for cells, box in zip(table.rows, table.row_boxes, strict=True)
        if box[1] >= header.bbox[3] - 0.5
    ]
    if not below:
        return header
    profiles = [
        profile_cells([r[d.column] if d.column < len(r) else None for r in below])
        for d in header.columns
    ]
    columns = tuple(replace(d, profile=p) for d, p in zip(header.columns, profiles, strict=True))
    return replace(header, columns=columns)


def _with_table_boxes(
    refused: Iterable[RefusedTable], boxes: Mapping[int, BBox]
) -> Iterator[RefusedTable]:
    """Refused tables with the box of the whole table, where its number is known."""
    for item in refused:
        box = boxes.get(item.table) if item.table is not None else None
        yield RefusedTable(item.page, item.table, box or item.bbox, item.reason)


def outlines(page: PageExplanation) -> list[Outline]:
    """What to draw on a page: tables, headers and their columns, refusals, headings, records."""
    found: list[Outline] = []
    tables = {t.number: t for t in page.tables}
    for table in page.tables:
        found.append(Outline(table.bbox, TABLE, "", 2))
        x0, _, _, bottom = table.bbox
        tag = f"table {table.number} ({table.backend})"
        found.append(Outline((x0, bottom + 15, x0, bottom + 15), TABLE, tag, 0))
    for header in page.headers:
        grid = tables.get(header.table) if header.table is not None else None
        if header.bbox is None:
            continue
        found.append(Outline(header.bbox, HEADER, "", 3))
        if grid is None or not grid.columns:
            continue
        for decision in header.columns:
            if decision.column >= len(grid.columns):
                continue
            left, right = grid.columns[decision.column]
            box = (left, header.bbox[1], right, grid.bbox[3])
            name = decision.field or "extra"
            mark = "*" if decision.source == "user" else ""
            found.append(Outline(box, COLUMN, f"{name}{mark}", 1))
    for item in page.refused:
        if item.bbox is not None:
            found.append(Outline(item.bbox, REFUSED, "refused", 3))
    for heading in page.headings:
        if heading.bbox is not None:
            label = " ".join(x for x in (heading.level or "objective", heading.code) if x)
            found.append(Outline(heading.bbox, HEADING, label, 2))
    for index, record in enumerate(page.records, start=1):
        if record.bbox is not None:
            found.append(Outline(record.bbox, RECORD, "", 2))
            _, top, x1, _ = record.bbox
            found.append(Outline((x1 + 2, top + 12, x1 + 2, top + 12), RECORD, str(index), 0))
    return found


def page_picture(
    source: bytes | str | Path,
    page: PageExplanation,
    *,
    dpi: float = DPI,
    password: str | None = None,
) -> Image:
    """The page rendered at ``dpi`` with :func:`outlines` drawn on it."""
    image = render_page(source, page.page, dpi=dpi, password=password)
    return draw_outlines(image, outlines(page), dpi=dpi)


def page_pictures(
    source: bytes | str | Path,
    explanation: Explanation,
    folder: Path,
    stem: str,
    *,
    dpi: float = DPI,
    password: str | None = None,
) -> list[Path]:
    """Write ``folder/STEM-pN.png`` for each page explained; return the paths."""
    from perfextract.render import save_png

    written = []
    for page in explanation.pages:
        image = page_picture(source, page, dpi=dpi, password=password)
        written.append(save_png(image, folder / f"{stem}-p{page.page}.png"))
    return written


def describe_page(page: PageExplanation) -> Iterator[str]:
    """The explanation of one page as lines of text."""
    yield f"page {page.page}: {len(page.tables)} tables, {len(page.records)} records"
    for table in page.tables:
        yield f"  table {table.number} ({table.backend}) at {_box(table.bbox)}, {table.rows} rows"
    for header in page.headers:
        where = f"table {header.table}" if header.table is not None else "text"
        yield f"  header of {where} at {_box(header.bbox)}:"
        for d in header.columns:
            yield f"    column {d.column + 1} {describe_decision(d)}"
    for item in page.refused:
        yield f"  refused at {_box(item.bbox)}: {item.reason}"
    for heading in page.headings:
        what = " ".join(x for x in (heading.level or "objective", heading.code) if x)
        yield f"  heading {what}: {heading.title or ''}".rstrip()
    for n, record in enumerate(page.records, start=1):
        pages = f"{record.page}-{record.page_end}" if record.page_end > record.page else ""
        more = f" pages {pages}" if pages else ""
        yield f"  record {n} at {_box(record.bbox)}{more}: {record.indicator[:70]}"


def describe_decision(d: ColumnDecision) -> str:
    """A column's decision and its evidence, in words.

    >>> describe_decision(ColumnDecision(2, "Zorblax", "baseline", 100.0, "user"))
    "'Zorblax' → baseline (user's label map)"
    >>> describe_decision(ColumnDecision(0, "Quorp", None, None, None))
    "'Quorp' → extra (no label matched)"
    """
    label = repr(d.label) if d.label else "(no label)"
    year = f" of {d.year}" if d.year else ""
    if d.field is None:
        why = f"score {d.score:.0f}, its field taken already" if d.score else "no label matched"
    elif d.source == "user":
        why = "user's label map"
    elif d.source == "vocabulary":
        why = f"vocabulary, score {d.score or 0:.0f}"
    elif d.source == "content":
        why = "by its content"
    else:
        why = str(d.source)
    content = f"; content: {d.profile.describe()}" if d.profile is not None else ""
    if d.source == "content" and d.profile is not None:
        why, content = f"by its content: {d.profile.describe()}", ""
    return f"{label} → {d.field or 'extra'}{year} ({why}{content})"


def _box(bbox: BBox | None) -> str:
    """A box for reading.

    >>> _box((56.693, 100.0, 538.58, 131.25)), _box(None)
    ('(56.7, 100.0, 538.6, 131.2)', '(unknown)')
    """
    if bbox is None:
        return "(unknown)"
    return "(" + ", ".join(f"{v:.1f}" for v in bbox) + ")"

"""A static HTML review of a batch's output, for people to check before publishing.

:func:`write_review` reads a batch output folder (``manifest.csv`` and each
input's ``NAME.json``) and writes into ``OUTDIR/review/``:

* ``index.html``: every input with its status, records and warnings, a link
  to its page where it was read, its error where it was not;
* ``NAME.html`` for each input read: its warnings first, then each page
  that has records or warnings, the page's picture with the records
  outlined and numbered beside the table of those records, and links back;
* ``img/NAME-pN.png``: the pictures (the pages rendered from the input PDF,
  when it is still at the path the manifest names).

Plain files with relative links: open ``index.html`` in a browser, no server.
"""

from __future__ import annotations

import html
import json
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from perfextract.batch import MANIFEST, ManifestRow, read_manifest
from perfextract.errors import PerfExtractError
from perfextract.render import DPI, RECORD, Outline, draw_outlines, render_page, save_png
from perfextract.writers import safe_stem, write_atomic

logger = logging.getLogger(__name__)

REVIEW = "review"
STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 3px 6px;
vertical-align: top; text-align: left; } th { background: #eee; }
.status-ok, .status-skipped { color: #06662e; } .status-error, .status-timeout { color: #b00; }
.warnings li { color: #8a5200; } .page { display: flex; gap: 1em; align-items: flex-start;
margin-bottom: 2em; } .page img { max-width: 55vw; border: 1px solid #999; }
"""


@dataclass(frozen=True, slots=True)
class Reviewed:
    """One input of the review: its manifest row, its page (None when it failed)."""

    row: ManifestRow
    page: str | None


def write_review(outdir: Path, *, dpi: float = DPI, password: str | None = None) -> Path:
    """Write the review of the batch output in ``outdir``; return ``review/index.html``.

    Raises FileNotFoundError when ``outdir`` holds no ``manifest.csv``.
    """
    manifest = outdir / MANIFEST
    if not manifest.is_file():
        raise FileNotFoundError(f"{outdir}: no {MANIFEST} (run perfextract batch -o {outdir})")
    folder = outdir / REVIEW
    rows = list(read_manifest(manifest).values())
    taken: set[str] = set()
    reviewed = []
    for row in rows:
        document = _document(outdir, row)
        if document is None:
            reviewed.append(Reviewed(row, None))
            continue
        name = _page_name(row.output, taken)
        write_document_page(folder, name, row, document, dpi=dpi, password=password)
        reviewed.append(Reviewed(row, f"{name}.html"))
    index = folder / "index.html"
    write_atomic(index, lambda fp: _write(fp, index_html(reviewed)))
    return index


def _document(outdir: Path, row: ManifestRow) -> dict[str, Any] | None:
    if not row.output or row.failed:
        return None
    try:
        with open(outdir / row.output, encoding="utf-8") as fp:
            document = json.load(fp)
    except (OSError, ValueError):
        logger.warning("%s: cannot read %s", row.path, row.output)
        return None
    return document if isinstance(document, dict) else None


def _page_name(output: str, taken: set[str]) -> str:
    """A flat file name for an input's page, from its JSON path, not one of ``taken``.

    >>> taken = set()
    >>> _page_name("2020/relazione.json", taken), _page_name("2020_relazione.json", taken)
    ('2020_relazione', '2020_relazione-2')
    """
    stem = safe_stem(output.removesuffix(".json").replace("/", "_"))
    name, copy = stem, 1
    while name.lower() in taken or name.lower() == "index":
        copy += 1
        name = f"{stem}-{copy}"
    taken.add(name.lower())
    return name


def _write(fp: IO[str], text: str) -> None:
    fp.write(text)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="it"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


def index_html(reviewed: Sequence[Reviewed]) -> str:
    """The index page: one row per input."""
    lines = [
        "<h1>perfextract review</h1>",
        f"<p>{len(reviewed)} inputs, {sum(r.row.records for r in reviewed)} records, "
        f"{sum(r.row.warnings for r in reviewed)} warnings.</p>",
        '<table id="inputs"><thead><tr><th>input</th><th>status</th><th>records</th>'
        "<th>warnings</th><th>pages</th><th>error</th></tr></thead><tbody>",
    ]
    for item in reviewed:
        row = item.row
        name = _e(row.path)
        link = f'<a class="document" href="{_e(item.page)}">{name}</a>' if item.page else name
        lines.append(
            f'<tr class="input"><td>{link}</td><td class="status-{_e(row.status)}">'
            f"{_e(row.status)}</td><td>{row.records}</td><td>{row.warnings}</td>"
            f"<td>{_e(row.pages)}</td><td>{_e(row.error)}</td></tr>"
        )
    lines.append("</tbody></table>")
    return _page("perfextract review", "\n".join(lines))


def write_document_page(
    folder: Path,
    name: str,
    row: ManifestRow,
    document: Mapping[str, Any],
    *,
    dpi: float = DPI,
    password: str | None = None,
) -> Path:
    """Write ``folder/NAME.html`` (and its pictures under ``folder/img``) for one input."""
    records: list[dict[str, Any]] = [
        r for r in document.get("indicators", []) if isinstance(r, dict)
    ]
    warnings: list[dict[str, Any]] = [
        w for w in document.get("warnings", []) if isinstance(w, dict)
    ]
    numbered = list(enumerate(records, start=1))
    pages = sorted(
        {r["page"] for r in records if isinstance(r.get("page"), int)}
        | {w["page"] for w in warnings if isinstance(w.get("page"), int)}
    )
    source = Path(row.path)
    body = [
        '<p><a class="back" href="index.html">← all inputs</a></p>',
        f"<h1>{_e(row.path)}</h1>",
        f"<p>{row.records} records, {row.warnings} warnings, {_e(row.pages)} pages; "
        f'records as <a href="{_e(_relative(folder, folder.parent / row.output))}">JSON</a>.</p>',
    ]
    body.append("<h2>Warnings</h2>")
    if warnings:
        body.append('<ul class="warnings">')
        for w in warnings:
            where = _e(f"page {w.get('page')}" if w.get("page") else "document")
            if w.get("page") in pages:
                where = f'<a href="#page-{w["page"]}">{where}</a>'
            body.append(f"<li>{where}: <b>{_e(w.get('code'))}</b>: {_e(w.get('message'))}</li>")
        body.append("</ul>")
    else:
        body.append("<p>None.</p>")
    for number in pages:
        on_page = [(n, r) for n, r in numbered if r.get("page") == number]
        picture = _picture(folder, name, source, number, on_page, dpi=dpi, password=password)
        body.append(f'<h2 id="page-{number}">Page {number}</h2><div class="page">')
        if picture is not None:
            body.append(f'<img src="{_e(picture)}" alt="page {number}">')
        else:
            body.append(f"<p>(no picture: {_e(source)} cannot be rendered here)</p>")
        body.append(records_table(on_page))
        body.append("</div>")
    body.append('<p><a class="back" href="index.html">← all inputs</a></p>')
    target = folder / f"{name}.html"
    write_atomic(target, lambda fp: _write(fp, _page(row.path, "\n".join(body))))
    return target


def _relative(folder: Path, path: Path) -> str:
    return Path(os.path.relpath(path, folder)).as_posix()


def _picture(
    folder: Path,
    name: str,
    source: Path,
    number: int,
    records: Iterable[tuple[int, Mapping[str, Any]]],
    *,
    dpi: float,
    password: str | None,
) -> str | None:
    """Render page ``number`` of ``source`` with ``records`` outlined; its path from ``folder``."""
    if not source.is_file():
        return None
    try:
        image = render_page(source, number, dpi=dpi, password=password)
    except (PerfExtractError, OSError, IndexError) as exc:
        logger.warning("%s: page %d cannot be rendered (%s)", source, number, exc)
        return None
    boxes = []
    for n, record in records:
        box = record.get("bbox")
        if isinstance(box, list) and len(box) == 4:
            x0, top, x1, bottom = (float(v) for v in box)
            boxes.append(Outline((x0, top, x1, bottom), RECORD, str(n), 2))
    relative = f"img/{name}-p{number}.png"
    save_png(draw_outlines(image, boxes, dpi=dpi), folder / relative)
    return relative


#: The columns of a document page's records table: header and record key.
RECORD_COLUMNS = (
    ("#", None), ("objective", "objective_code"), ("indicator", "indicator"),
    ("year", "year"), ("target", "target"), ("actual", "actual"), ("status", "status"),
    ("met", "met"),
)  # fmt: skip


def records_table(records: Sequence[tuple[int, Mapping[str, Any]]]) -> str:
    """A table of numbered records (the numbers drawn on the page's picture)."""
    if not records:
        return "<p>No records on this page.</p>"
    head = "".join(f"<th>{_e(h)}</th>" for h, _ in RECORD_COLUMNS)
    rows = []
    for n, record in records:
        cells = "".join(
            f"<td>{_e(n if key is None else _shown(record.get(key)))}</td>"
            for _, key in RECORD_COLUMNS
        )
        rows.append(f'<tr class="record">{cells}</tr>')
    body = "".join(rows)
    return f'<table class="records"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _shown(value: Any) -> str:
    """A cell's text: empty for null, ``yes``/``no`` for booleans.

    >>> _shown(None), _shown(True), _shown(80)
    ('', 'yes', '80')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)

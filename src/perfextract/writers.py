"""Writers: reports and records as JSON, JSON Lines, CSV or XLSX.

Writers take a stream and plain records: the dicts of
:meth:`Indicator.to_dict <perfextract.model.Indicator.to_dict>` (or the
indicators themselves).  Column order is ``RECORD_FIELDS`` (the order of
``RECORDS.md``) unless ``columns`` says otherwise, and the encoding is UTF-8,
so the open-data output is stable; ``lang="it"`` gives the CSV and XLSX
Italian headers (:data:`perfextract.italian.ITALIAN_NAMES`).

:func:`open_atomic` and :func:`write_atomic` write a file under a temporary
name beside it and rename it when it is whole, so a reader (or a run killed
half-way) never sees half a file.

CSV and XLSX output is opened in spreadsheets, which run a cell that starts
with ``=``, ``+``, ``-`` or ``@`` as a formula (CSV injection).  Text read
from a PDF found on the web is not trusted, so by default
(``escape_formulas=True``) such a text cell that is not a number gets a
leading ``'`` in CSV (:func:`escape_formula`), and in XLSX is a text cell
marked "quote prefix", as Excel marks text typed after a ``'``.  Only free
text is escaped: numbers (``-15,65``, ``+5%``) and the closed vocabularies
(the operator ``=``) are left as they are, and so is JSON.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from perfextract.model import RECORD_FIELDS, Indicator, Report, ReportWarning
from perfextract.opendata import (
    COMBINED_FIELDS,
    FIELD_SPECS,
    Language,
    column_name,
    column_names,
    csv_resource,
    data_package,
    localize,
    resource_name,
    source_columns,
)
from perfextract.publication import Publication

Record = Mapping[str, Any]

#: The name ending of the temporary files :func:`open_atomic` writes.
PARTIAL_SUFFIX = ".perfextract-partial"
#: First characters that make a spreadsheet take a cell for a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(
    r"""[+-]? \s*     # a sign
        \d [\d.,\s]*  # digits with Italian or English separators
        %?             # a percentage
    """,
    re.VERBOSE,
)


def formula_like(text: str) -> bool:
    """True for text a spreadsheet could run as a formula: a dangerous start, not a number.

    >>> [formula_like(t) for t in ("=SUM(A1)", "-15,65", "+5 %", "@cmd", "-", "=100%", "ok")]
    [True, False, False, True, True, True, False]
    """
    return text.startswith(FORMULA_STARTS) and _NUMBER.fullmatch(text) is None


def escape_formula(text: str) -> str:
    """``text`` with a ``'`` in front when a spreadsheet could run it as a formula.

    >>> escape_formula("=cmd|' /C calc'!A0"), escape_formula("-15,65")
    ("'=cmd|' /C calc'!A0", '-15,65')
    """
    return "'" + text if formula_like(text) else text


def write_json(report: Report, fp: IO[str]) -> None:
    """Write the ``RECORDS.md`` document of ``report`` as indented UTF-8 JSON."""
    json.dump(report.to_dict(), fp, ensure_ascii=False, indent=2)
    fp.write("\n")


def json_line(record: Record) -> str:
    """One record as a line of JSON Lines (UTF-8, no ASCII escapes).

    >>> json_line({"page": 3, "met": None})
    '{"page": 3, "met": null}\\n'
    """
    return json.dumps(dict(record), ensure_ascii=False) + "\n"


def write_jsonl(records: Iterable[Indicator | Record], fp: IO[str]) -> None:
    """Write one JSON record a line."""
    for record in _records(records):
        fp.write(json_line(record))


def csv_cell(value: Any, *, escape_formulas: bool = True) -> str:
    """One CSV cell: empty for null, ``true``/``false``, JSON for objects, ``.`` decimals.

    Text that a spreadsheet could run as a formula gets a leading ``'``
    unless ``escape_formulas`` is False.

    >>> csv_cell(None), csv_cell(True), csv_cell(-2.61), csv_cell({"Peso": "20%"})
    ('', 'true', '-2.61', '{"Peso": "20%"}')
    >>> csv_cell("=1+1"), csv_cell("=1+1", escape_formulas=False)
    ("'=1+1", '=1+1')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and escape_formulas:
        return escape_formula(value)
    return str(value)


def csv_row(
    record: Record,
    columns: Sequence[str] = RECORD_FIELDS,
    *,
    escape_formulas: bool = True,
    lang: Language = "en",
) -> list[str]:
    """The cells of one record, in ``columns`` order (a missing key is an empty cell).

    With ``escape_formulas``, formula-like free text is escaped (see the module);
    with ``lang="it"`` the closed vocabularies and true/false are in Italian.

    >>> csv_row({"status": "achieved", "met": False}, ["status", "met"], lang="it")
    ['raggiunto', 'falso']
    """
    record = localize(record, lang)
    return [
        csv_cell(record.get(name), escape_formulas=escape_formulas and free_text(name))
        for name in columns
    ]


def free_text(column: str) -> bool:
    """True for a column of text as printed (or unknown), False for numbers and closed lists.

    >>> free_text("indicator"), free_text("target_operator"), free_text("source_file")
    (True, False, True)
    """
    spec = FIELD_SPECS.get(column)
    return spec is None or (spec.type == "string" and not spec.enum)


def csv_writer(fp: IO[str]) -> Any:
    """The :func:`csv.writer` for our dialect: comma, RFC 4180 quoting, CRLF line ends."""
    return csv.writer(fp, lineterminator="\r\n")


def write_csv(
    records: Iterable[Indicator | Record],
    fp: IO[str],
    *,
    columns: Sequence[str] = RECORD_FIELDS,
    lang: Language = "en",
    escape_formulas: bool = True,
) -> None:
    """Write a header row, then one CSV row per record (RFC 4180, ``columns`` order).

    Open ``fp`` with ``newline=""`` as the csv module asks.  Formula-like
    text is escaped unless ``escape_formulas`` is False (see the module).
    """
    writer = csv_writer(fp)
    writer.writerow(column_names(columns, lang))
    for record in _records(records):
        writer.writerow(csv_row(record, columns, escape_formulas=escape_formulas, lang=lang))


def write_xlsx(
    records: Iterable[Indicator | Record],
    fp: IO[bytes],
    *,
    columns: Sequence[str] = RECORD_FIELDS,
    lang: Language = "en",
    warnings: Iterable[ReportWarning] = (),
    escape_formulas: bool = True,
) -> None:
    """Write an Excel workbook: a sheet of records (typed cells) and a sheet of warnings.

    Numbers are numbers, ``met`` is a boolean and ``extra`` is JSON text; text
    that starts with ``=`` stays text, never a formula, and formula-like text
    is marked "quote prefix" (kept as text when edited) unless
    ``escape_formulas`` is False.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = column_name("records", lang)
    _append_table(
        sheet,
        column_names(columns, lang),
        ([localize(r, lang, booleans=False).get(c) for c in columns] for r in _records(records)),
        escape=[escape_formulas and free_text(c) for c in columns],
    )
    notes = book.create_sheet(column_name("warnings", lang))
    _append_table(
        notes,
        column_names(["page", "code", "message"], lang),
        ([w.page, w.code, w.message] for w in warnings),
        escape=[False, False, escape_formulas],
    )
    for table in (sheet, notes):
        for cell in table[1]:
            cell.font = Font(bold=True)
        table.freeze_panes = "A2"
        table.auto_filter.ref = table.dimensions
    book.save(fp)


def _append_table(
    sheet: Any, header: list[str], rows: Iterable[list[Any]], *, escape: list[bool]
) -> None:
    """Append ``header`` and ``rows``; formula-like text in the ``escape`` columns is marked."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    sheet.append(header)
    for values in rows:
        sheet.append([_xlsx_value(v, ILLEGAL_CHARACTERS_RE) for v in values])
        for cell, marked in zip(sheet[sheet.max_row], escape, strict=True):
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"  # text, never a formula
                if marked and formula_like(cell.value):
                    cell.quotePrefix = True
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[_column_letter(index)].width = max(10, min(40, len(name) + 2))


def _xlsx_value(value: Any, illegal: Any) -> Any:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return illegal.sub("", value)
    return value


def _column_letter(index: int) -> str:
    """The spreadsheet name of a 1-based column.

    >>> _column_letter(1), _column_letter(26), _column_letter(28)
    ('A', 'Z', 'AB')
    """
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def write_datapackage(
    folder: Path,
    tables: Sequence[Path],
    *,
    columns: Sequence[str] = RECORD_FIELDS,
    lang: Language = "en",
    publication: Publication | None = None,
    escape_formulas: bool = True,
) -> Path:
    """Write ``folder/datapackage.json`` describing the CSV ``tables`` written by :func:`write_csv`.

    Each table becomes a resource named after its file, with the Table Schema
    of ``columns`` and the file's size and SHA-256, so a validator checks
    both the types and the bytes.  ``publication`` names the licence,
    publisher and sources; ``escape_formulas`` tells the description whether
    the tables were written with formula-like text escaped.
    """
    resources = []
    names: set[str] = set()
    for table in tables:
        name, copy = resource_name(table.stem), 1
        while name in names:
            copy += 1
            name = f"{resource_name(table.stem)}-{copy}"
        names.add(name)
        resources.append(
            csv_resource(
                name,
                table.relative_to(folder).as_posix(),
                fields=columns,
                lang=lang,
                size=table.stat().st_size,
                sha256=file_sha256(table),
            )
        )
    descriptor = data_package(
        resources, lang=lang, publication=publication, escaped=escape_formulas
    )
    target = folder / "datapackage.json"
    write_atomic(target, lambda fp: json.dump(descriptor, fp, ensure_ascii=False, indent=2))
    return target


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes in hexadecimal, or ``""`` when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def write_report_files(
    report: Report,
    folder: Path,
    stem: str,
    formats: Sequence[str],
    *,
    lang: Language = "en",
    escape_formulas: bool = True,
) -> None:
    """Write ``folder/stem.<ext>`` of ``report`` for each of ``formats``.

    Formats are ``json``, ``jsonl``, ``csv``, ``xlsx`` and ``datapackage``
    (which writes the CSV; :func:`write_datapackage` then describes it).
    Each file is written atomically.  ``stem`` must be a plain file name
    (:func:`safe_stem`), so every file lands in ``folder``.
    """
    if stem != safe_stem(stem):
        raise ValueError(f"not a plain file name: {stem!r}")
    records = report.indicators
    if "json" in formats:
        write_atomic(folder / f"{stem}.json", lambda fp: write_json(report, fp))
    if "jsonl" in formats:
        write_atomic(folder / f"{stem}.jsonl", lambda fp: write_jsonl(records, fp))
    if "csv" in formats or "datapackage" in formats:
        write_atomic(
            folder / f"{stem}.csv",
            lambda fp: write_csv(records, fp, lang=lang, escape_formulas=escape_formulas),
            newline="",
        )
    if "xlsx" in formats:
        book = io.BytesIO()
        write_xlsx(
            records, book, lang=lang, warnings=report.warnings, escape_formulas=escape_formulas
        )
        with open_atomic(folder / f"{stem}.xlsx", binary=True) as fp:
            fp.write(book.getvalue())


def write_stream(
    reports: Iterable[tuple[str, Report]],
    fmt: str,
    fp: IO[str],
    *,
    lang: Language = "en",
    single: bool = False,
    escape_formulas: bool = True,
) -> None:
    """Write ``(source name, report)`` pairs as one stream in ``fmt`` (json, jsonl or csv).

    ``json`` gives the document when ``single``, else a list of documents;
    ``jsonl`` and ``csv`` give every record with its source file and document
    columns (:data:`~perfextract.opendata.COMBINED_FIELDS`).
    """
    if fmt == "json":
        documents = (report.to_dict() for _, report in reports)
        if single:
            for document in documents:
                json.dump(document, fp, ensure_ascii=False, indent=2)
                fp.write("\n")
            return
        fp.write("[")
        for n, document in enumerate(documents):
            fp.write(",\n" if n else "\n")
            json.dump(document, fp, ensure_ascii=False, indent=2)
        fp.write("\n]\n")
        return
    rows = (
        {**ind.to_dict(), **columns}
        for name, report in reports
        for columns in [source_columns(name, report.source.sha256, report.document.to_dict())]
        for ind in report.indicators
    )
    if fmt == "csv":
        write_csv(rows, fp, columns=COMBINED_FIELDS, lang=lang, escape_formulas=escape_formulas)
    else:
        write_jsonl(rows, fp)


def safe_stem(name: str) -> str:
    r"""A file name stem that stays in the folder it is joined to.

    Path separators and control characters become ``_``; a name of dots
    only, or none, becomes ``_``.  Other characters (accents, spaces) stay.

    >>> safe_stem("relazione 2020"), safe_stem("../../etc/passwd"), safe_stem("..")
    ('relazione 2020', '.._.._etc_passwd', '_')
    >>> safe_stem("a\\b" + chr(0) + "c"), safe_stem("")
    ('a_b_c', '_')
    """
    cleaned = "".join("_" if c in "/\\" or ord(c) < 32 or c == "\x7f" else c for c in name)
    return cleaned if cleaned.strip(". ") else "_"


def _records(items: Iterable[Indicator | Record]) -> Iterator[Record]:
    for item in items:
        yield item.to_dict() if isinstance(item, Indicator) else item


@contextmanager
def open_atomic(
    path: Path, *, binary: bool = False, newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` for writing; rename it to ``path`` when whole.

    On an exception the temporary file is removed and ``path`` is left as it
    was.  The temporary name is hidden (``.NAME.RANDOM`` + :data:`PARTIAL_SUFFIX`),
    so a process killed while writing leaves at most such a file, never a
    truncated ``path``; :func:`remove_partial_files` clears them.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        try:
            fd = os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            )
            break
        except FileExistsError:
            continue
    try:
        if binary:
            with os.fdopen(fd, "wb") as raw:
                yield raw
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as text:
                yield text
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(
    path: Path, write: Callable[[IO[str]], None], *, newline: str | None = None
) -> None:
    """Render ``write(fp)`` in memory, then write it to ``path`` with :func:`open_atomic`."""
    buffer = io.StringIO(newline=newline)
    write(buffer)
    with open_atomic(path, newline=newline) as fp:
        fp.write(buffer.getvalue())


def remove_partial_files(folder: Path) -> int:
    """Delete the temporary files a killed run left under ``folder``; return how many."""
    removed = 0
    for leftover in folder.rglob(f".*{PARTIAL_SUFFIX}"):
        leftover.unlink(missing_ok=True)
        removed += 1
    return removed

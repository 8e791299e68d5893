"""The ``perfextract`` command: a thin layer over :mod:`perfextract.pipeline` and :mod:`.batch`.

Only this module prints and configures logging.
"""

from __future__ import annotations

import argparse
import io
import itertools
import logging
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perfextract.model import Report
    from perfextract.pipeline import Failure

from perfextract import __version__
from perfextract.batch import (
    DATAPACKAGE,
    MANIFEST,
    RECORDS_CSV,
    RECORDS_JSONL,
    ManifestRow,
    default_workers,
    find_inputs,
    run_batch,
)
from perfextract.errors import PerfExtractError, SettingsError
from perfextract.settings import Backend, Settings
from perfextract.writers import (
    safe_stem,
    write_datapackage,
    write_report_files,
    write_stream,
)

FORMATS = ("json", "jsonl", "csv", "xlsx", "datapackage")
#: Seconds a batch gives one file unless --timeout says otherwise.
DEFAULT_BATCH_TIMEOUT = 600.0
#: Libraries whose log records are shown from ERROR up only, unless -v or --debug.
QUIET_LOGGERS = ("playa", "pdfminer", "pdfplumber", "camelot", "pypdf")
STREAM_FORMATS = ("json", "jsonl", "csv")

EXTRACT_EXAMPLES = """\
examples:
  perfextract extract relazione-2020.pdf             relazione-2020.json and .csv beside it
  perfextract extract *.pdf -o out/ --format xlsx    one workbook per report into out/
  perfextract extract piano.pdf --pages 3-9,12       only pages 3 to 9 and 12
  perfextract extract a.pdf b.pdf -o - --format csv  all records as CSV on stdout
  perfextract extract r.pdf -o out/ --format datapackage --lang it
                                                     r.csv with Italian headers + datapackage.json
  perfextract extract scansione.pdf --ocr            OCR the scanned pages first (ocrmypdf)

formats: json (the RECORDS.md document), jsonl (one record a line), csv (RECORDS.md
columns), xlsx (records and warnings sheets), datapackage (the CSV plus a Frictionless
datapackage.json). With -o - the records of every FILE go to stdout in one stream:
csv and jsonl add source_file and source_sha256; json gives one document, or a list
of them for several FILEs. The summary goes to stderr.

A FILE that cannot be read (not a PDF, damaged, encrypted, a decompression bomb) is
one line on stderr, `perfextract: error: FILE: cause`, and the others go on.
exit status: 0 every FILE read, 1 some failed, 2 usage error
"""

BATCH_EXAMPLES = f"""\
examples:
  perfextract batch archive/ -o out/                      every PDF under archive/
  perfextract batch 'relazioni/**/*.pdf' -o out/ --workers 4 --timeout 120
  perfextract batch archive/ -o out/ --resume             go on after an interruption
  perfextract batch archive/ extra.pdf -o out/ --lang it  Italian headers in records.csv

OUTDIR receives NAME.json for each input read (its path under the inputs' common
folder), {MANIFEST} (one row per input: path, sha256, status ok/error/timeout/skipped,
records, warnings, pages, seconds, output, error), {RECORDS_CSV} and {RECORDS_JSONL}
(every record, plus source_file and source_sha256) and {DATAPACKAGE} (its Table
Schema). Files are written whole or not at all; --resume skips inputs already done
with the same bytes (by sha256) and rebuilds the combined files. A file still running
after --timeout seconds (default {DEFAULT_BATCH_TIMEOUT:g}; 0: no limit) is stopped.
exit status: 0 every input read, 1 some failed, 2 usage error, 130 interrupted
"""

MAIN_EXAMPLES = """\
examples:
  perfextract extract relazione-2020.pdf -o out/     one report: JSON and CSV into out/
  perfextract batch archive/ -o out/                 a whole archive, in parallel

`perfextract COMMAND --help` tells more.
"""


def parse_pages(text: str) -> list[int]:
    """Parse a page selection such as ``1-3,7`` (1-based, inclusive).

    >>> parse_pages("1-3,7")
    [1, 2, 3, 7]
    """
    pages: list[int] = []
    for part in text.split(","):
        part = part.strip()
        try:
            if "-" in part:
                first, last = (int(x) for x in part.split("-", 1))
                if first < 1 or last < first:
                    raise ValueError
                pages.extend(range(first, last + 1))
            else:
                number = int(part)
                if number < 1:
                    raise ValueError
                pages.append(number)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"bad page selection {text!r}: use 1-based pages like 1-3,7"
            ) from None
    return pages


def positive(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    """An argparse type: a number of ``kind`` greater than zero."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if not value > 0:
            raise argparse.ArgumentTypeError(f"expected a number > 0, not {text!r}")
        return value

    return parse


def seconds(text: str) -> float:
    """An argparse type: seconds >= 0 (0 means no limit).

    >>> seconds("120"), seconds("0")
    (120.0, 0.0)
    """
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"expected seconds >= 0 (0: no limit), not {text!r}")
    return value


def reading_options() -> argparse.ArgumentParser:
    """The options every command shares: how to read the PDFs and what to print."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("reading and output options")
    group.add_argument("--pages", type=parse_pages, help="pages to read, e.g. 1-3,7")
    group.add_argument("--password", help="password of encrypted PDFs")
    group.add_argument(
        "--backend",
        choices=[b.value for b in Backend],
        default="plumber",
        help="table finder for ruled tables (default: plumber)",
    )
    group.add_argument(
        "--lang",
        choices=["en", "it"],
        default="en",
        help="language of CSV/XLSX column headers (default: en, the RECORDS.md names)",
    )
    group.add_argument(
        "--no-escape-formulas",
        dest="escape_formulas",
        action="store_false",
        help="leave text starting with = + - @ as it is in CSV/XLSX (by default it is "
        "escaped with a leading ' against CSV injection)",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no summaries or progress: only errors and the last line",
    )
    group.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    group.add_argument(
        "--debug", action="store_true", help="show the traceback of each failure, and debug logs"
    )
    defaults = Settings()
    limits = common.add_argument_group("scanned and hostile input")
    limits.add_argument(
        "--ocr",
        action="store_true",
        help="OCR pages without a text layer first (needs ocrmypdf and tesseract-ocr-ita)",
    )
    limits.add_argument(
        "--max-pages",
        type=positive(int),
        default=defaults.max_pages,
        metavar="N",
        help=f"read at most N pages of a file; the rest are skipped with a warning "
        f"(default: {defaults.max_pages})",
    )
    limits.add_argument(
        "--max-stream-mb",
        type=positive(float),
        default=(defaults.max_stream_bytes or 0) / 2**20,
        metavar="MB",
        help="refuse a file with a stream that decodes to more than MB megabytes, "
        "a decompression bomb (default: %(default)g)",
    )
    limits.add_argument(
        "--timeout",
        type=seconds,
        metavar="S",
        help=f"stop a file after S seconds (0: no limit; default: none for extract, "
        f"{DEFAULT_BATCH_TIMEOUT:g} for batch)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="perfextract",
        description="Turn the indicator tables of Italian performance reports "
        "(Piano/Relazione sulla Performance, PIAO) into clean records.",
        epilog=MAIN_EXAMPLES,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"perfextract {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = reading_options()
    ext = commands.add_parser(
        "extract",
        parents=[common],
        help="extract the indicators of one or more report PDFs",
        description="Extract the indicator records of each FILE and write FILE.json / "
        "FILE.csv beside it (or into DIR, or to stdout with -o -). A summary of the "
        "records, warnings and pages goes to stderr.",
        epilog=EXTRACT_EXAMPLES,
        formatter_class=formatter,
    )
    ext.add_argument("files", nargs="+", metavar="FILE", help="report PDF(s)")
    ext.add_argument("-o", "--output", metavar="DIR|-", help="write into DIR, or - for stdout")
    ext.add_argument(
        "--format",
        choices=FORMATS,
        action="append",
        help="output format (repeatable; default: json and csv, or json on stdout)",
    )
    bat = commands.add_parser(
        "batch",
        parents=[common],
        help="convert a whole archive, in parallel, with a manifest",
        description="Extract every INPUT (a file, a folder searched recursively for "
        "*.pdf, or a glob) into OUTDIR with parallel workers, keeping manifest.csv and "
        "combined open-data outputs. One bad file never stops the run.",
        epilog=BATCH_EXAMPLES,
        formatter_class=formatter,
    )
    bat.add_argument("inputs", nargs="+", metavar="INPUT", help="PDF files, folders or globs")
    bat.add_argument("-o", "--output", metavar="OUTDIR", required=True, help="output folder")
    bat.add_argument(
        "--workers",
        type=positive(int),
        metavar="N",
        help=f"worker processes (default: the CPU count, here {default_workers()})",
    )
    bat.add_argument("--resume", action="store_true", help="skip inputs already done")
    return parser


def check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Reject option combinations argparse cannot see (exits 2 through parser.error)."""
    if args.command == "extract" and args.output == "-":
        formats = args.format or ["json"]
        if len(set(formats)) > 1 or formats[0] not in STREAM_FORMATS:
            parser.error("-o - writes one stream: give one --format of json, jsonl or csv")


def summarize(path: str, report: Report, stream: IO[str]) -> None:
    """Print a readable table of the records found to ``stream``."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=stream, width=max(120, Console(file=stream).width), soft_wrap=True)
    console.print(
        f"[bold]{escape(path)}[/]: {len(report.indicators)} indicators, "
        f"{len(report.warnings)} warnings, {report.source.pages} pages"
    )
    if report.indicators:
        console.print(indicator_table(report))
    for warning in report.warnings:
        where = f"page {warning.page}" if warning.page else "document"
        console.print(f"[yellow]warning[/] {where}: {warning.code}: {escape(warning.message)}")


def indicator_table(report: Report) -> Any:
    """A rich table of the report's records."""
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    widths = {"page": 6, "objective": 20, "indicator": 40, "target": 18, "actual": 18, "status": 20}
    for name, width in widths.items():
        table.add_column(name, overflow="ellipsis", no_wrap=True, max_width=width)
    for ind in report.indicators:
        pages = str(ind.page) if ind.page == ind.page_end else f"{ind.page}-{ind.page_end}"
        table.add_row(
            pages,
            ind.objective_code or "",
            ind.indicator,
            ind.target.raw or "",
            ind.actual.raw or "",
            ind.status or "",
        )
    return table


@contextmanager
def utf8_stdout() -> Iterator[IO[str]]:
    """sys.stdout as UTF-8 text with no newline translation, whatever the locale."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        yield sys.stdout
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()


def settings_from(args: argparse.Namespace) -> Settings:
    """The Settings the reading options ask for."""
    timeout = args.timeout
    if timeout is None and args.command == "batch":
        timeout = DEFAULT_BATCH_TIMEOUT
    return Settings(
        backend=Backend(args.backend),
        password=args.password,
        ocr=args.ocr,
        max_pages=args.max_pages,
        max_stream_bytes=int(args.max_stream_mb * 2**20),
        timeout=timeout or None,
    )


def one_line(text: object) -> str:
    r"""``text`` on one line, for a message that must stay one line.

    >>> one_line("bad\n  bytes")
    'bad bytes'
    """
    return " ".join(str(text).split())


def report_failure(failure: Failure, *, debug: bool) -> None:
    """Print a failed input: one line, and with ``debug`` its traceback."""
    print(f"perfextract: error: {one_line(failure.error)}", file=sys.stderr)
    if debug and failure.detail:
        print(failure.detail, file=sys.stderr, end="")


def run_extract(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    to_stdout = args.output == "-"
    formats = args.format or (["json"] if to_stdout else ["json", "csv"])
    outdir = Path(args.output) if args.output and not to_stdout else None
    if outdir is not None:
        outdir.mkdir(parents=True, exist_ok=True)
    failed = 0

    from perfextract.pipeline import Failure, extract_many  # the stages load when needed

    def reports() -> Iterator[tuple[str, Report]]:
        nonlocal failed
        sources = [Path(f) for f in args.files]
        for source, result in extract_many(sources, settings=settings, pages=args.pages):
            if isinstance(result, Failure):
                failed += 1
                report_failure(result, debug=args.debug)
                continue
            if not args.quiet:
                summarize(str(source), result, sys.stderr)
            yield str(source), result

    if to_stdout:
        with utf8_stdout() as out:
            write_stream(
                reports(),
                formats[0],
                out,
                lang=args.lang,
                single=len(args.files) == 1,
                escape_formulas=args.escape_formulas,
            )
        return 1 if failed else 0
    tables: dict[Path, list[Path]] = {}
    for name, report in reports():
        path = Path(name)
        folder = outdir or path.parent
        stem = output_stem(path, [p.stem for p in tables.get(folder, [])])
        write_report_files(
            report, folder, stem, formats, lang=args.lang, escape_formulas=args.escape_formulas
        )
        tables.setdefault(folder, []).append(folder / f"{stem}.csv")
    if "datapackage" in formats:
        for folder, csvs in tables.items():
            write_datapackage(folder, csvs, lang=args.lang)
    return 1 if failed else 0


def output_stem(path: Path, taken: Sequence[str]) -> str:
    r"""The name stem of an input's outputs: a plain file name, not one of ``taken``.

    >>> output_stem(Path("a/relazione.pdf"), ["relazione"])
    'relazione-2'
    >>> output_stem(Path("..\\..\\x.pdf"), [])
    '.._.._x'
    """
    stem = safe_stem(path.stem)
    candidate, copy = stem, 1
    while candidate in taken:
        copy += 1
        candidate = f"{stem}-{copy}"
    return candidate


def run_batch_command(args: argparse.Namespace) -> int:
    try:
        inputs = find_inputs(args.inputs)
    except FileNotFoundError as exc:
        print(f"perfextract batch: error: {exc}", file=sys.stderr)
        return 2
    outdir = Path(args.output)
    settings = settings_from(args)
    workers = min(args.workers or default_workers(), len(inputs))
    rows: list[ManifestRow] = []
    start = time.monotonic()
    runs = run_batch(
        inputs,
        outdir,
        settings=settings,
        pages=args.pages,
        workers=workers,
        timeout=settings.timeout,
        resume=args.resume,
        lang=args.lang,
        escape_formulas=args.escape_formulas,
    )
    if not args.quiet:
        print(f"perfextract: {len(inputs)} inputs, {workers} workers → {outdir}", file=sys.stderr)
    try:
        with batch_progress(len(inputs), sys.stderr, quiet=args.quiet) as show, closing(runs):
            for row in runs:
                rows.append(row)
                show(row)
                if args.debug and row.detail:
                    print(row.detail, file=sys.stderr, end="")
    except KeyboardInterrupt:
        print(
            f"perfextract: interrupted after {len(rows)} of {len(inputs)} inputs; "
            f"{outdir / MANIFEST} lists them; run again with --resume to go on",
            file=sys.stderr,
        )
        return 130
    counts = Counter(row.status for row in rows)
    failed_before = sum(1 for row in rows if row.status == "skipped" and row.failed)
    print(
        f"perfextract: {len(rows)} inputs in {time.monotonic() - start:.1f} s: "
        + ", ".join(f"{counts[s]} {s}" for s in ("ok", "error", "timeout", "skipped"))
        + (f" ({failed_before} had failed)" if failed_before else "")
        + f"; {plural(sum(r.records for r in rows), 'record')}, "
        + plural(sum(r.warnings for r in rows), "warning")
        + f"\n  {outdir / MANIFEST}, {RECORDS_CSV}, {RECORDS_JSONL}, {DATAPACKAGE}",
        file=sys.stderr,
    )
    return 1 if any(row.failed for row in rows) else 0


@contextmanager
def batch_progress(
    total: int, stream: IO[str], *, quiet: bool
) -> Iterator[Callable[[ManifestRow], None]]:
    """A callback shown each finished input: a rich progress bar with ETA on a terminal,
    one plain line per input otherwise, only failures when ``quiet``."""
    if quiet or not stream.isatty():
        counter = itertools.count(1)
        width = len(str(total))

        def line(row: ManifestRow) -> None:
            number = next(counter)
            if not quiet or row.failed:
                print(f"[{number:>{width}}/{total}] {describe_row(row)}", file=stream, flush=True)

        yield line
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(file=stream)) as bar:
        task = bar.add_task("extracting", total=total)

        def advance(row: ManifestRow) -> None:
            if row.failed:
                bar.console.print(f"[red]{row.status}[/] {escape(describe_row(row, status=False))}")
            bar.advance(task)

        yield advance


def plural(count: int, noun: str) -> str:
    """``1 record``, ``2 records``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def describe_row(row: ManifestRow, *, status: bool = True) -> str:
    """One line about an input's outcome."""
    head = f"{row.status:<7} {row.path}" if status else row.path
    before = "failed before: " if row.status == "skipped" else ""
    if row.failed:
        return f"{head}: {before}{one_line(row.error)}"
    counts = f"{plural(row.records, 'record')}, {plural(row.warnings, 'warning')}"
    if row.status == "skipped":
        return f"{head}: done before, {counts}"
    return f"{head}: {counts}, {row.seconds:.1f} s"


def configure_logging(*, verbose: int, debug: bool) -> None:
    """Log to stderr: warnings, more with ``-v``, everything with ``--debug``.

    The parsing libraries complain about every flaw of a damaged file;
    their warnings are shown with ``-v`` or ``--debug`` only, so a bad file
    is one line.
    """
    level = logging.DEBUG if debug else logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="perfextract: %(levelname)s: %(name)s: %(message)s")
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose or debug else logging.ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some input failed, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        check_usage(parser, args)
    except SystemExit as exc:
        return int(exc.code or 0)
    configure_logging(verbose=args.verbose, debug=args.debug)
    try:
        return run_batch_command(args) if args.command == "batch" else run_extract(args)
    except SettingsError as exc:
        print(f"perfextract: error: {one_line(exc)}", file=sys.stderr)
        return 2
    except PerfExtractError as exc:
        print(f"perfextract: error: {one_line(exc)}", file=sys.stderr)
        if args.debug:
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader of stdout went away (e.g. `| head`)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:  # an output that cannot be written: a full disk, a read-only folder
        print(f"perfextract: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("perfextract: interrupted", file=sys.stderr)
        return 130

"""The ``perfextract`` command: a thin layer over :mod:`perfextract.pipeline`.

Only this module prints and configures logging.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from perfextract import __version__
from perfextract.errors import PerfExtractError, SettingsError
from perfextract.model import Report
from perfextract.pipeline import Failure, extract_many
from perfextract.settings import Backend, Settings
from perfextract.writers import write_csv, write_json

EXAMPLES = """\
examples:
  perfextract extract relazione-2020.pdf            writes relazione-2020.json and .csv beside it
  perfextract extract *.pdf -o out/ --format csv    one CSV per report into out/
  perfextract extract piano.pdf --pages 3-9,12      only pages 3 to 9 and 12
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perfextract",
        description="Turn the indicator tables of Italian performance reports "
        "(Piano/Relazione sulla Performance, PIAO) into clean records.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"perfextract {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ext = commands.add_parser(
        "extract",
        help="extract the indicators of one or more report PDFs",
        description="Extract the indicator records of each FILE and write FILE.json / "
        "FILE.csv beside it (or into --output-dir). A summary goes to stderr.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ext.add_argument("files", nargs="+", metavar="FILE", help="report PDF(s)")
    ext.add_argument("-o", "--output-dir", metavar="DIR", help="write outputs into DIR")
    ext.add_argument(
        "--format",
        choices=["json", "csv"],
        action="append",
        help="output format (repeatable; default: json and csv)",
    )
    ext.add_argument("--pages", type=parse_pages, help="pages to read, e.g. 1-3,7")
    ext.add_argument("--password", help="password of an encrypted PDF")
    ext.add_argument(
        "--backend",
        choices=[b.value for b in Backend],
        default="plumber",
        help="table finder for ruled tables (default: plumber)",
    )
    ext.add_argument("-q", "--quiet", action="store_true", help="no summary table")
    return parser


def write_atomic(path: Path, write: Callable[[IO[str]], None], newline: str | None = None) -> None:
    """Write ``path`` through a temporary file in the same folder, then rename it."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fp:
            write(fp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def summarize(path: str, report: Report, stream: IO[str]) -> None:
    """Print a readable table of the records found to ``stream``."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, width=max(120, Console(file=stream).width), soft_wrap=True)
    console.print(
        f"[bold]{path}[/]: {len(report.indicators)} indicators, "
        f"{len(report.warnings)} warnings, {report.source.pages} pages"
    )
    if not report.indicators:
        return
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
    console.print(table)
    for warning in report.warnings:
        where = f"page {warning.page}" if warning.page else "document"
        console.print(f"[yellow]warning[/] {where}: {warning.code}: {warning.message}")


def write_outputs(report: Report, folder: Path, stem: str, formats: Sequence[str]) -> None:
    """Write ``stem.json`` / ``stem.csv`` of ``report`` into ``folder``."""
    if "json" in formats:
        write_atomic(folder / f"{stem}.json", lambda fp: write_json(report, fp))
    if "csv" in formats:
        write_atomic(
            folder / f"{stem}.csv", lambda fp: write_csv(report.indicators, fp), newline=""
        )


def run_extract(args: argparse.Namespace) -> int:
    settings = Settings(backend=Backend(args.backend), password=args.password)
    formats = args.format or ["json", "csv"]
    outdir = Path(args.output_dir) if args.output_dir else None
    if outdir is not None:
        outdir.mkdir(parents=True, exist_ok=True)
    failed = 0
    sources = [Path(f) for f in args.files]
    results = extract_many(sources, settings=settings, pages=args.pages)
    for source, result in results:
        path = Path(str(source))
        if isinstance(result, Failure):
            failed += 1
            print(f"perfextract: error: {result.error}", file=sys.stderr)
            continue
        write_outputs(result, outdir or path.parent, path.stem, formats)
        if not args.quiet:
            summarize(str(path), result, sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some input failed, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="perfextract: %(levelname)s: %(name)s: %(message)s",
    )
    try:
        return run_extract(args)
    except SettingsError as exc:
        print(f"perfextract: error: {exc}", file=sys.stderr)
        return 2
    except PerfExtractError as exc:
        print(f"perfextract: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("perfextract: interrupted", file=sys.stderr)
        return 130

"""The command line's arguments: the parser of ``perfextract`` and its commands.

Kept apart from :mod:`perfextract.cli`, which runs the commands, so the
options, their checks and the help texts with examples read in one place.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from perfextract import __version__
from perfextract.batch import (
    MANIFEST,
    RECORDS_CSV,
    RECORDS_JSONL,
)
from perfextract.errors import SettingsError
from perfextract.inputs import DATAPACKAGE, RUN, default_workers
from perfextract.pdf import parse_pages as pdf_pages
from perfextract.settings import Backend, Settings

FORMATS = ("json", "jsonl", "csv", "xlsx", "datapackage")
#: Seconds a batch gives one file unless --timeout says otherwise.
DEFAULT_BATCH_TIMEOUT = 600.0
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
csv and jsonl add source_file, source_sha256 and document_issuer/_title/_year/_kind;
json gives one document, or a list of them for several FILEs. The summary goes to
stderr.

A FILE that cannot be read (not a PDF, damaged, encrypted, a decompression bomb) is
one line on stderr, `perfextract: error: FILE: cause`, and the others go on.
exit status: 0 every FILE read, 1 some failed, 2 usage error
"""

BATCH_EXAMPLES = f"""\
examples:
  perfextract batch archive/ -o out/                      every PDF under archive/
  perfextract batch 'relazioni/**/*.pdf' -o out/ --workers 4 --timeout 120
  perfextract batch archive/ -o out/ --resume             go on after an interruption
  perfextract batch archive/ extra.pdf -o out/ --lang it  records.csv in Italian
  perfextract batch archive/ -o out/ --license CC-BY-4.0 --publisher "Comune di Prova"
                                                          licence and publisher in
                                                          datapackage.json
  perfextract batch /nfs/archive/ -o out/ --dask tcp://scheduler:8786
                                                          on a Dask cluster sharing /nfs

OUTDIR receives NAME.json for each input read (its path under the inputs' common
folder), {MANIFEST} (one row per input: path, sha256, status ok/error/timeout/skipped,
records, warnings, pages, seconds, output, error), {RECORDS_CSV} and {RECORDS_JSONL}
(every record, plus source_file, source_sha256 and document_issuer/_title/_year/_kind),
{DATAPACKAGE} (its Table Schema) and {RUN} (the reading options). Files are written
whole or not at all. --resume skips inputs already done with the same bytes (by
sha256), keeps the error rows of those that failed (--retry-failed reads them again),
refuses reading options (--pages, --backend, ...) other than the earlier run's, and
rebuilds the combined files. A file still running after --timeout seconds (default
{DEFAULT_BATCH_TIMEOUT:g}; 0: no limit) is stopped.
exit status: 0 every input read, 1 some failed, 2 usage error, 130 interrupted
"""

EXPLAIN_EXAMPLES = """\
examples:
  perfextract explain relazione.pdf                  what was read on each page
  perfextract explain relazione.pdf --pages 3-5 -o pictures/
                                                     pictures/relazione-p3.png, … drawn on
  perfextract explain piano.pdf --labels labels.toml --json

For each page: the tables found (backend, box), each header row and the field each
column was given, with the evidence (the label's match score, or the user's label map,
marked * on the pictures), the tables refused and why, the hierarchy headings met, and
the records made with their regions. Boxes are (x0, top, x1, bottom) in PDF points
from the page's top-left corner. With -o DIR each page is also drawn into
DIR/NAME-pN.png: tables blue, header and columns orange (labelled with their field),
refused tables red, headings purple, records green.
"""

REVIEW_EXAMPLES = """\
examples:
  perfextract batch archive/ -o out/ && perfextract review out/
  perfextract batch archive/ -o out/ --review          the same in one run

Writes OUTDIR/review/index.html (every input with its status, records and warnings)
and one page per input read: its warnings, then each page with records, pictured with
the records outlined and numbered beside their table. Plain files: open index.html in
a browser. Page pictures need the input PDFs at the paths manifest.csv names
(relative paths are taken from the current folder).
"""

LABELS_HELP = """\
a label map file, TOML or JSON: {"printed label": "field"}, e.g. Zorblax = "baseline";
the column under that label holds that field, whatever the built-in vocabulary says.
Without it, the user's default file is read when it exists"""

MAIN_EXAMPLES = """\
examples:
  perfextract extract relazione-2020.pdf -o out/     one report: JSON and CSV into out/
  perfextract batch archive/ -o out/                 a whole archive, in parallel
  perfextract explain relazione-2020.pdf -o pics/    what was read, drawn on the pages
  perfextract review out/                            an HTML review of a batch

`perfextract COMMAND --help` tells more.
"""


def parse_pages(text: str) -> list[int]:
    """An argparse type: a page selection such as ``1-3,7`` (1-based, inclusive).

    >>> parse_pages("1-3,7")
    [1, 2, 3, 7]
    """
    try:
        return pdf_pages(text)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
    group.add_argument("--labels", metavar="FILE", help=LABELS_HELP + f" ({label_file_shown()})")
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
        help="language of the CSV/XLSX headers, of their closed-list values (raggiunto, "
        "giorni, vero) and of the data package's texts (default: en, the RECORDS.md names)",
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
    package = common.add_argument_group("data package (datapackage.json)")
    package.add_argument(
        "--license",
        metavar="ID",
        help="licence of the data: an Open Definition ID such as CC-BY-4.0, CC0-1.0, "
        "IODL-2.0, or a URL",
    )
    package.add_argument("--publisher", metavar="NAME", help="the body that publishes the data")
    package.add_argument(
        "--source",
        action="append",
        metavar="URL",
        help="where the reports were published (repeatable)",
    )
    defaults = Settings()
    limits = common.add_argument_group("scanned and hostile input")
    limits.add_argument(
        "--ocr",
        action="store_true",
        help="OCR pages without a text layer, and tables printed as images "
        "(needs ocrmypdf and tesseract-ocr-ita)",
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
    bat.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs already done with the same bytes; keep the error rows of those "
        "that failed (refused when the reading options differ from the earlier run's)",
    )
    bat.add_argument(
        "--retry-failed",
        action="store_true",
        help="with --resume, read the inputs that failed before again",
    )
    bat.add_argument(
        "--review", action="store_true", help="write the HTML review into OUTDIR/review/ too"
    )
    cluster = bat.add_argument_group('on a Dask cluster (pip install "perfextract[dask]")')
    cluster.add_argument(
        "--dask",
        type=dask_address,
        metavar="ADDRESS",
        help="read the inputs on a Dask cluster: a scheduler's address (tcp://host:8786), "
        "or local:N for N worker processes here, started and stopped by perfextract",
    )
    cluster.add_argument(
        "--dask-send-bytes",
        action="store_true",
        help="send each input's bytes to the workers, for workers that cannot see the "
        "inputs' folder (by default they open the inputs by path: shared storage)",
    )
    exp = commands.add_parser(
        "explain",
        parents=[common],
        help="show what was read on each page, and why",
        description="Read FILE as extract does and tell, page by page, what was found "
        "and decided; with -o DIR, draw it on the pages too.",
        epilog=EXPLAIN_EXAMPLES,
        formatter_class=formatter,
    )
    exp.add_argument("file", metavar="FILE", help="a report PDF")
    exp.add_argument("-o", "--output", metavar="DIR", help="write a picture of each page here")
    exp.add_argument("--json", action="store_true", help="print the explanation as JSON")
    exp.add_argument(
        "--dpi", type=positive(float), default=100.0, help="picture resolution (default: 100)"
    )
    rev = commands.add_parser(
        "review",
        help="write an HTML review of a batch output folder",
        description="Write OUTDIR/review/: index.html listing every input of the batch "
        "and a page per input with its pages pictured and its records.",
        epilog=REVIEW_EXAMPLES,
        formatter_class=formatter,
    )
    rev.add_argument("output", metavar="OUTDIR", help="the output folder of perfextract batch")
    rev.add_argument("--password", help="password of encrypted PDFs, to picture their pages")
    rev.add_argument(
        "--dpi", type=positive(float), default=100.0, help="picture resolution (default: 100)"
    )
    rev.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    rev.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    rev.add_argument("--debug", action="store_true", help="debug logs")
    return parser


def dask_address(text: str) -> str | int:
    """An argparse type: a scheduler's address, or ``local:N`` (as the int N).

    >>> dask_address("local:4"), dask_address("tcp://10.0.0.5:8786")
    (4, 'tcp://10.0.0.5:8786')
    """
    from perfextract.cluster import parse_address  # dask itself is not imported here

    try:
        return parse_address(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def label_file_shown() -> str:
    """Where the user's default label file is, for the help."""
    import os

    if os.environ.get("PERFEXTRACT_LABELS"):
        return f"$PERFEXTRACT_LABELS: {os.environ['PERFEXTRACT_LABELS']}"
    return "$PERFEXTRACT_LABELS, or labels.toml in the user's configuration folder"


def check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Reject option combinations argparse cannot see (exits 2 through parser.error)."""
    if args.command == "batch" and args.retry_failed and not args.resume:
        parser.error("--retry-failed goes with --resume")
    if args.command == "extract" and args.output == "-":
        formats = args.format or ["json"]
        if len(set(formats)) > 1 or formats[0] not in STREAM_FORMATS:
            parser.error("-o - writes one stream: give one --format of json, jsonl or csv")
    if args.command == "batch" and args.dask is not None and args.workers is not None:
        parser.error("--workers and --dask: a cluster's workers are its own (local:N for N)")
    if args.command == "batch" and args.dask_send_bytes and args.dask is None:
        parser.error("--dask-send-bytes needs --dask")

"""The ``perfextract`` command: a thin layer over :mod:`perfextract.pipeline` and :mod:`.batch`.

Only this module prints and configures logging; the options are in :mod:`.arguments`.
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

from perfextract.arguments import DEFAULT_BATCH_TIMEOUT, build_parser, check_usage
from perfextract.batch import (
    MANIFEST,
    RECORDS_CSV,
    RECORDS_JSONL,
    ManifestRow,
    run_batch,
)
from perfextract.errors import PerfExtractError, SettingsError
from perfextract.inputs import DATAPACKAGE, RUN, default_workers, find_inputs
from perfextract.publication import Publication
from perfextract.settings import Backend, Settings
from perfextract.writers import (
    safe_stem,
    write_datapackage,
    write_report_files,
    write_stream,
)

#: Libraries whose log records are shown from ERROR up only, unless -v or --debug.
QUIET_LOGGERS = ("playa", "pdfminer", "pdfplumber", "camelot", "pypdf", "distributed")


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
    """The Settings the reading options ask for.

    The label map is the ``--labels`` file's, or the user's default file's
    when there is one (:mod:`perfextract.usermap`).
    """
    from perfextract.usermap import load_label_file, user_default_labels

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
        labels=load_label_file(args.labels) if args.labels else user_default_labels(),
    )


def publication_from(args: argparse.Namespace) -> Publication:
    """The licence, publisher and sources of ``--license``, ``--publisher``, ``--source``."""
    return Publication(args.license, args.publisher, tuple(args.source or ()))


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
            write_datapackage(
                folder,
                csvs,
                lang=args.lang,
                publication=publication_from(args),
                escape_formulas=args.escape_formulas,
            )
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


def run_batch_command(args: argparse.Namespace, client: Any = None) -> int:
    """Run ``perfextract batch``: in worker processes here, or on a Dask cluster (--dask)."""
    if args.dask is not None and client is None:
        return run_on_cluster(args)
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
        retry_failed=args.retry_failed,
        lang=args.lang,
        escape_formulas=args.escape_formulas,
        publication=publication_from(args),
        client=client,
        send_bytes=args.dask_send_bytes,
    )
    if not args.quiet:
        where = f"{workers} workers" if client is None else describe_cluster(client)
        print(f"perfextract: {len(inputs)} inputs, {where} → {outdir}", file=sys.stderr)
    if settings.labels and not args.quiet:
        print(f"perfextract: {plural(len(settings.labels), 'user label')}", file=sys.stderr)
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
    kept = sum(1 for row in rows if row.earlier and row.failed)
    print(
        f"perfextract: {len(rows)} inputs in {time.monotonic() - start:.1f} s: "
        + ", ".join(f"{counts[s]} {s}" for s in ("ok", "error", "timeout", "skipped"))
        + (f" ({kept} failed before; --retry-failed reads them again)" if kept else "")
        + f"; {plural(sum(r.records for r in rows), 'record')}, "
        + plural(sum(r.warnings for r in rows), "warning")
        + f"\n  {outdir / MANIFEST}, {RECORDS_CSV}, {RECORDS_JSONL}, {DATAPACKAGE}, {RUN}",
        file=sys.stderr,
    )
    if args.review:
        from perfextract.review import write_review

        index = write_review(outdir, password=args.password)
        print(f"perfextract: review in {index}", file=sys.stderr)
    return 1 if any(row.failed for row in rows) else 0


def run_on_cluster(args: argparse.Namespace) -> int:
    """Run ``perfextract batch --dask``: connect (or start a local cluster), run, disconnect."""
    from perfextract.cluster import connect, import_distributed

    import_distributed()  # which sets its loggers' levels on import: quiet them again
    configure_logging(verbose=args.verbose, debug=args.debug)
    with connect(args.dask) as client:
        return run_batch_command(args, client)


def describe_cluster(client: Any) -> str:
    """``2 Dask workers (2 threads) at tcp://…``."""
    from perfextract.cluster import threads

    workers = len(client.nthreads())
    return (
        f"{plural(workers, 'Dask worker')} ({plural(threads(client), 'thread')}) "
        f"at {client.scheduler.address}"
    )


def run_explain(args: argparse.Namespace) -> int:
    """Tell (and with -o draw) what was read on each page of one file."""
    import json

    from perfextract.explanation import describe_page, explain, page_pictures

    settings = settings_from(args)
    source = Path(args.file)
    explanation = explain(source, pages=args.pages, settings=settings)
    pictures: list[Path] = []
    if args.output:
        folder = Path(args.output)
        pictures = page_pictures(source, explanation, folder, output_stem(source, []),
                                 dpi=args.dpi, password=settings.password)  # fmt: skip
    with utf8_stdout() as out:
        if args.json:
            document = explanation.to_dict()
            document["pictures"] = [str(p) for p in pictures]
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")
            return 0
        report = explanation.report
        out.write(f"{source}: {len(report.indicators)} records, {report.source.pages} pages\n")
        if explanation.labels:
            taught = ", ".join(f"{k!r} → {v}" for k, v in explanation.labels.items())
            out.write(f"user's labels: {taught}\n")
        for page in explanation.pages:
            for line in describe_page(page):
                out.write(line + "\n")
        for warning in report.warnings:
            where = f"page {warning.page}" if warning.page else "document"
            out.write(f"warning {where}: {warning.code}: {warning.message}\n")
        for path in pictures:
            out.write(f"wrote {path}\n")
    return 0


def run_review(args: argparse.Namespace) -> int:
    """Write the HTML review of a batch output folder."""
    from perfextract.review import write_review

    try:
        index = write_review(Path(args.output), dpi=args.dpi, password=args.password)
    except FileNotFoundError as exc:
        print(f"perfextract review: error: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"perfextract: review in {index}", file=sys.stderr)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": run_extract,
    "batch": run_batch_command,
    "explain": run_explain,
    "review": run_review,
}


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
    before = "failed before: " if row.earlier else ""
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
        return COMMANDS[args.command](args)
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

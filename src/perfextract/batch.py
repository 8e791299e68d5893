"""Convert whole archives: find the inputs, read them in parallel, keep a manifest.

A run over some inputs writes into its output folder:

* ``NAME.json`` for each input that could be read: its ``RECORDS.md``
  document, at the input's path relative to the folder that holds all the
  inputs (``archive/2020/x.pdf`` → ``2020/x.json``);
* ``manifest.csv``: one row per input (:data:`MANIFEST_FIELDS`), saying
  what became of it: ``ok``, ``error``, ``timeout`` or ``skipped``;
* ``records.csv`` and ``records.jsonl``: the records of every input read, in
  input order, with ``source_file``, ``source_sha256`` and the report's
  ``document_issuer``, ``document_title``, ``document_year`` and
  ``document_kind`` added (:data:`~perfextract.opendata.SOURCE_FIELDS`);
* ``datapackage.json``: the Frictionless Data Package that describes ``records.csv``;
* ``run.json``: the reading options of the run (:func:`run_options`), which a
  resumed run must share.

Every file is written under a temporary name and renamed when whole, and
each input's JSON is in place before the manifest names it; the manifest is
rewritten at most every :data:`MANIFEST_INTERVAL` seconds while the run goes
and once at its end, also when it is interrupted.  So a run that is stopped
or killed leaves whole files only, and a manifest that claims nothing that
was not done.  With ``resume``, an input whose JSON is there for the same
sha256 is ``skipped``; one that failed before with the same bytes keeps its
``error`` row (and is read again with ``retry_failed``); one that timed out
is read again.  A resumed run refuses options that differ from the recorded
run's.  The combined outputs are always rebuilt from the inputs' JSON files.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import logging
import os
import time
from collections.abc import Generator, Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, cast, get_args

from perfextract import __version__
from perfextract.errors import ExtractionTimeoutError, SettingsError
from perfextract.inputs import RUN, BatchInput, default_workers
from perfextract.opendata import (
    COMBINED_FIELDS,
    Language,
    column_names,
    source_columns,
)
from perfextract.publication import Publication
from perfextract.settings import Settings
from perfextract.writers import (
    csv_row,
    csv_writer,
    file_sha256,
    json_line,
    open_atomic,
    remove_partial_files,
    write_atomic,
    write_datapackage,
    write_json,
)

if TYPE_CHECKING:  # the pipeline is imported when a batch runs, not for --help
    from perfextract.pipeline import Extraction

logger = logging.getLogger(__name__)

Status = Literal["ok", "error", "timeout", "skipped"]

#: The columns of ``manifest.csv``.
MANIFEST_FIELDS: tuple[str, ...] = (
    "path", "sha256", "status", "records", "warnings", "pages", "seconds", "output", "error",
)  # fmt: skip
MANIFEST = "manifest.csv"
RECORDS_CSV = "records.csv"
RECORDS_JSONL = "records.jsonl"
#: The least number of seconds between two rewrites of the manifest during a run.
MANIFEST_INTERVAL = 1.0


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """What became of one input: a row of ``manifest.csv``.

    ``skipped`` rows (``resume``) carry the earlier run's records, warnings,
    pages and output; an ``error`` row kept from an earlier run has
    ``earlier`` set.
    """

    path: str
    sha256: str
    status: Status
    records: int = 0
    warnings: int = 0
    pages: int | None = None
    seconds: float = 0.0
    output: str = ""
    error: str = ""
    detail: str = ""  # the failure's traceback, for --debug; not in the manifest
    earlier: bool = False  # the row is an earlier run's (resume); not in the manifest

    @property
    def failed(self) -> bool:
        """True when the input gave no report, in this run or (skipped) an earlier one."""
        return bool(self.error)

    def cells(self) -> list[str]:
        """The row's cells in :data:`MANIFEST_FIELDS` order."""
        pages = "" if self.pages is None else str(self.pages)
        return [
            self.path, self.sha256, self.status, str(self.records), str(self.warnings), pages,
            f"{self.seconds:.2f}", self.output, self.error,
        ]  # fmt: skip

    @classmethod
    def from_cells(cls, cells: Mapping[str, str]) -> ManifestRow:
        """The row that :meth:`cells` wrote; ValueError when it is not one."""
        status = cells["status"]
        if status not in get_args(Status):
            raise ValueError(f"unknown status {status!r}")
        pages = cells["pages"]
        return cls(
            path=cells["path"],
            sha256=cells["sha256"],
            status=status,  # type: ignore[arg-type]  # checked above
            records=int(cells["records"]),
            warnings=int(cells["warnings"]),
            pages=int(pages) if pages else None,
            seconds=float(cells["seconds"]),
            output=cells["output"],
            error=cells["error"],
        )


def run_batch(
    inputs: Sequence[BatchInput],
    outdir: Path,
    *,
    settings: Settings | None = None,
    pages: Iterable[int] | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    resume: bool = False,
    retry_failed: bool = False,
    lang: Language = "en",
    escape_formulas: bool = True,
    publication: Publication | None = None,
    client: Any = None,
    send_bytes: bool = False,
) -> Generator[ManifestRow, None, None]:
    """Read ``inputs`` into ``outdir``, yielding each input's manifest row as it is done.

    ``workers`` processes read the inputs (default: :func:`default_workers`;
    with 1 and no ``timeout`` they are read in this process), or with
    ``client`` (a ``distributed.Client``) the workers of its Dask cluster,
    which read the inputs by path unless ``send_bytes``; an input that
    takes longer than ``timeout`` seconds is stopped and marked ``timeout``.
    ``escape_formulas`` guards ``records.csv`` against CSV injection (see
    :mod:`perfextract.writers`); ``publication`` goes into ``datapackage.json``.
    With ``resume``, the inputs done before (``skipped``) and failed before
    (their ``error`` rows, unless ``retry_failed``) come first, the others as
    they finish; a :class:`~perfextract.errors.SettingsError` refuses options
    that differ from those in the folder's ``run.json``.  When the iterator
    is exhausted, closed early (Ctrl-C) or fails, the manifest of the inputs
    done so far and the combined outputs are written.
    """
    options = run_options(settings or Settings(), pages)
    recorded = resume and same_options(outdir / RUN, options)
    outdir.mkdir(parents=True, exist_ok=True)
    left = remove_partial_files(outdir)
    if left:
        logger.info("removed %d partial file(s) an earlier run left in %s", left, outdir)
    if not recorded:
        write_atomic(outdir / RUN, lambda fp: json.dump(options, fp, indent=2))
    earlier = read_manifest(outdir / MANIFEST) if resume else {}
    rows: dict[int, ManifestRow] = {}
    for index, item in enumerate(inputs):
        done = _done_before(item, outdir, earlier) if resume else None
        if done is not None and not (retry_failed and done.failed):
            rows[index] = done
    position = {item.path: i for i, item in enumerate(inputs) if i not in rows}
    try:
        yield from rows.values()
        from perfextract.pipeline import extract_each  # the stages load with the first batch

        extractions = extract_each(
            list(position),
            pages=pages,
            settings=settings,
            workers=workers or default_workers(),
            timeout=timeout,
            client=client,
            send_bytes=send_bytes,
        )
        saved = time.monotonic()
        with closing(extractions):
            for extraction in extractions:
                index = position[cast(Path, extraction.source)]
                rows[index] = _finish(inputs[index], extraction, outdir)
                if time.monotonic() - saved >= MANIFEST_INTERVAL:
                    write_manifest(outdir / MANIFEST, [rows[i] for i in sorted(rows)])
                    saved = time.monotonic()
                yield rows[index]
    finally:
        order = sorted(rows)
        write_manifest(outdir / MANIFEST, [rows[i] for i in order])
        finished = [(inputs[i], rows[i]) for i in order]
        write_combined(
            outdir, finished, lang=lang, escape_formulas=escape_formulas, publication=publication
        )


def _finish(item: BatchInput, extraction: Extraction, outdir: Path) -> ManifestRow:
    """Write the input's JSON (or drop a stale one) and return its manifest row."""
    result, seconds = extraction.result, round(extraction.seconds, 2)
    target = outdir / item.output
    if not _inside(outdir, target):  # _name_inputs makes this impossible; never write outside
        raise ValueError(f"{item.output}: an output path outside {outdir}")
    from perfextract.pipeline import Failure

    if isinstance(result, Failure):
        target.unlink(missing_ok=True)  # an earlier run's JSON must not outlive this failure
        status: Status = "timeout" if isinstance(result.error, ExtractionTimeoutError) else "error"
        message = str(result.error).removeprefix(f"{item.path}: ")
        return ManifestRow(
            str(item.path),
            file_sha256(item.path),
            status,
            seconds=seconds,
            error=message,
            detail=result.detail,
        )
    write_atomic(target, lambda fp: write_json(result, fp))
    return ManifestRow(
        path=str(item.path),
        sha256=result.source.sha256,
        status="ok",
        records=len(result.indicators),
        warnings=len(result.warnings),
        pages=result.source.pages,
        seconds=seconds,
        output=item.output,
    )


def _inside(folder: Path, path: Path) -> bool:
    """True when ``path`` is in ``folder`` (or below), symbolic links aside."""
    base = os.path.abspath(folder)
    return os.path.commonpath([base, os.path.abspath(path)]) == base


def _done_before(
    item: BatchInput, outdir: Path, earlier: Mapping[str, ManifestRow]
) -> ManifestRow | None:
    """The row of an input an earlier run did with the same bytes, else None.

    ``skipped`` when it was read; its earlier ``error`` row when it failed
    (an older run's ``skipped`` row of a failure included).
    """
    sha256 = file_sha256(item.path)
    if not sha256:
        return None
    before = earlier.get(str(item.path))
    target = outdir / item.output
    if before is not None and before.sha256 == sha256:
        read = before.output == item.output and target.is_file()
        if read:  # never a path taken from the manifest
            return dataclasses.replace(before, status="skipped", seconds=0.0, output=item.output)
        if before.status in ("error", "skipped") and before.error:
            return dataclasses.replace(before, status="error", seconds=0.0, output="", earlier=True)
    document = _read_document(target)
    if document is None or document.get("source", {}).get("sha256") != sha256:
        return None
    return ManifestRow(
        path=str(item.path),
        sha256=sha256,
        status="skipped",
        records=len(document.get("indicators", [])),
        warnings=len(document.get("warnings", [])),
        pages=document.get("source", {}).get("pages"),
        output=item.output,
    )


def _read_document(path: Path) -> dict[str, Any] | None:
    """The JSON document at ``path``, or None when it is missing or not one."""
    try:
        with open(path, encoding="utf-8") as fp:
            document = json.load(fp)
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) else None


def run_options(settings: Settings, pages: Iterable[int] | None) -> dict[str, Any]:
    """The options that decide what a run reads from each input, as ``run.json`` keeps them.

    The password, the time limit and the output options are left out: they
    do not change the records of an input that was read.

    >>> run_options(Settings(), [3, 4])["options"]["pages"]
    [3, 4]
    """
    return {
        "perfextract": __version__,
        "options": {
            "pages": None if pages is None else sorted(set(pages)),
            "backend": settings.backend.value,
            "ocr": settings.ocr,
            "max_pages": settings.max_pages,
            "max_stream_bytes": settings.max_stream_bytes,
            "label_threshold": settings.label_threshold,
            "min_header_fields": settings.min_header_fields,
        },
    }


def same_options(path: Path, options: Mapping[str, Any]) -> bool:
    """True when ``run.json`` records these options; SettingsError when it records others.

    A folder without ``run.json`` (or with one that cannot be read) gives
    False, and a warning in the log when it holds a manifest.
    """
    recorded = _read_document(path)
    if recorded is None or not isinstance(recorded.get("options"), dict):
        if (path.parent / MANIFEST).exists():
            logger.warning("%s: no record of the earlier run's options; resuming anyway", path)
        return False
    before, now = recorded["options"], options["options"]
    differ = [
        f"{name} {before.get(name)!r} then, {now[name]!r} now"
        for name in now
        if before.get(name) != now[name]
    ]
    if differ:
        raise SettingsError(
            f"--resume: {path.parent} was written with other options ({'; '.join(differ)}); "
            "run again without --resume, or into another folder"
        )
    return recorded == options


def read_manifest(path: Path) -> dict[str, ManifestRow]:
    """The rows of a ``manifest.csv`` by input path ({} when there is none)."""
    rows: dict[str, ManifestRow] = {}
    try:
        with open(path, encoding="utf-8", newline="") as fp:
            for line, cells in enumerate(csv.DictReader(fp), start=2):
                try:
                    row = ManifestRow.from_cells(cells)
                except (KeyError, TypeError, ValueError) as exc:
                    logger.warning("%s, line %d: not a manifest row (%s)", path, line, exc)
                    continue
                rows[row.path] = row
    except FileNotFoundError:
        pass
    return rows


def write_manifest(path: Path, rows: Iterable[ManifestRow]) -> None:
    """Write ``manifest.csv`` (atomically)."""

    def write(fp: IO[str]) -> None:
        writer = csv_writer(fp)
        writer.writerow(MANIFEST_FIELDS)
        writer.writerows(row.cells() for row in rows)

    write_atomic(path, write, newline="")


def write_combined(
    outdir: Path,
    done: Sequence[tuple[BatchInput, ManifestRow]],
    *,
    lang: Language = "en",
    escape_formulas: bool = True,
    publication: Publication | None = None,
) -> int:
    """Write ``records.csv``, ``records.jsonl`` and ``datapackage.json`` from the inputs' JSON.

    Returns the number of records written.
    """
    count = 0
    with (
        open_atomic(outdir / RECORDS_CSV, newline="") as table,
        open_atomic(outdir / RECORDS_JSONL) as lines,
    ):
        writer = csv_writer(table)
        writer.writerow(column_names(COMBINED_FIELDS, lang))
        for item, row in done:
            document = _read_document(outdir / row.output) if row.output else None
            if document is None:
                if row.output:
                    logger.warning(
                        "%s: cannot read %s; its records are left out", row.path, row.output
                    )
                continue
            described = document.get("document") or {}
            for record in document.get("indicators", []):
                full = {**record, **source_columns(item.name, row.sha256, described)}
                writer.writerow(
                    csv_row(full, COMBINED_FIELDS, escape_formulas=escape_formulas, lang=lang)
                )
                lines.write(json_line(full))
                count += 1
    write_datapackage(
        outdir,
        [outdir / RECORDS_CSV],
        columns=COMBINED_FIELDS,
        lang=lang,
        publication=publication,
        escape_formulas=escape_formulas,
    )
    return count

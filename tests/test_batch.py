"""``perfextract batch``: an archive with good and bad files, resume, kill, timeout, outputs."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import SAMPLES
from perfextract.batch import read_manifest
from perfextract.cli import main
from perfextract.inputs import find_inputs
from perfextract.opendata import COMBINED_FIELDS, csv_dtypes
from perfextract.writers import PARTIAL_SUFFIX

SAMPLE = SAMPLES / "cremona-2020.pdf"
#: Pages of the sample that hold indicator tables; reading only them keeps the tests fast.
PAGES = "3-4"


def encrypted_copy(source: Path, target: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password="segreto", algorithm="AES-256")
    with target.open("wb") as fp:
        writer.write(fp)


def prose_pdf(target: Path, pages: int = 1) -> None:
    """A valid PDF with ``pages`` pages of text and no table."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(target))
    for _ in range(pages):
        page.drawString(72, 750, "Relazione sulla performance: premessa.")
        page.drawString(72, 730, "Questo documento non contiene tabelle di indicatori.")
        page.showPage()
    page.save()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of reports as they come: one good, five bad in different ways."""
    folder = tmp_path_factory.mktemp("archive")
    (folder / "2020").mkdir()
    shutil.copy(SAMPLE, folder / "2020" / "cremona-2020.pdf")
    data = SAMPLE.read_bytes()
    (folder / "corrupt.pdf").write_bytes(data[: len(data) // 3])
    encrypted_copy(SAMPLE, folder / "encrypted.pdf")
    (folder / "not-a-pdf.pdf").write_text("<!DOCTYPE html><html><body>404</body></html>")
    (folder / "empty.pdf").write_bytes(b"")
    prose_pdf(folder / "no-tables.pdf", pages=4)  # as many pages as the runs' --pages ask for
    (folder / "notes.txt").write_text("not an input: folders give their *.pdf only")
    return folder


@dataclass(frozen=True)
class Run:
    code: int
    err: str
    manifest: list[dict[str, str]]


def run_cli(argv: list[str]) -> Run:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    out = Path(argv[argv.index("-o") + 1])
    with (out / "manifest.csv").open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    return Run(code, err.getvalue(), rows)


@pytest.fixture(scope="module")
def first_run(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    out = tmp_path_factory.mktemp("out")
    return out, run_cli(["batch", str(archive), "-o", str(out), "--pages", PAGES, "--workers", "2"])


def by_name(run: Run) -> dict[str, dict[str, str]]:
    return {Path(row["path"]).name: row for row in run.manifest}


def test_manifest_accounts_for_every_input(first_run: tuple[Path, Run]) -> None:
    _, run = first_run
    rows = by_name(run)
    assert run.code == 1
    assert sorted(rows) == sorted(
        ["cremona-2020.pdf", "corrupt.pdf", "encrypted.pdf", "not-a-pdf.pdf", "empty.pdf",
         "no-tables.pdf"]
    )  # fmt: skip
    assert {name: row["status"] for name, row in rows.items()} == {
        "cremona-2020.pdf": "ok",
        "no-tables.pdf": "ok",
        "corrupt.pdf": "error",
        "encrypted.pdf": "error",
        "not-a-pdf.pdf": "error",
        "empty.pdf": "error",
    }
    assert "password" in rows["encrypted.pdf"]["error"]
    assert "not a PDF" in rows["not-a-pdf.pdf"]["error"]
    assert "empty file" in rows["empty.pdf"]["error"]
    assert "damaged" in rows["corrupt.pdf"]["error"]
    assert rows["cremona-2020.pdf"]["records"] == "10"
    assert (rows["no-tables.pdf"]["records"], rows["no-tables.pdf"]["warnings"]) == ("0", "1")
    assert all(len(row["sha256"]) == 64 for row in run.manifest)
    assert all(float(row["seconds"]) >= 0 for row in run.manifest)
    assert "Traceback" not in run.err


def test_outputs_exist_for_the_good_inputs_only(first_run: tuple[Path, Run]) -> None:
    out, _ = first_run
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["2020/cremona-2020.json", "datapackage.json", "no-tables.json", "run.json"]
    options = json.loads((out / "run.json").read_text("utf-8"))["options"]
    assert (options["pages"], options["backend"], options["ocr"]) == ([3, 4], "plumber", False)
    document = json.loads((out / "2020" / "cremona-2020.json").read_text("utf-8"))
    assert document["schema"] == "perfextract/records@1"
    assert len(document["indicators"]) == 10
    no_tables = json.loads((out / "no-tables.json").read_text("utf-8"))
    assert no_tables["indicators"] == []
    assert [w["code"] for w in no_tables["warnings"]] == ["no-indicator-tables"]
    assert not list(out.rglob(f"*{PARTIAL_SUFFIX}"))


def test_progress_is_one_plain_line_per_input_when_not_a_terminal(
    first_run: tuple[Path, Run],
) -> None:
    _, run = first_run
    lines = [line for line in run.err.splitlines() if line.startswith("[")]
    assert len(lines) == 6
    needs_password = "encrypted.pdf: the PDF is encrypted and needs a password (--password)"
    assert any(line.endswith(needs_password) for line in lines)
    assert "6 inputs in" in run.err and "2 ok, 4 error, 0 timeout, 0 skipped" in run.err


def test_combined_records_carry_their_source(first_run: tuple[Path, Run]) -> None:
    out, run = first_run
    sha = by_name(run)["cremona-2020.pdf"]["sha256"]
    lines = (out / "records.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 10
    assert {(r["source_file"], r["source_sha256"]) for r in records} == {
        ("2020/cremona-2020.pdf", sha)
    }
    document = json.loads((out / "2020" / "cremona-2020.json").read_text("utf-8"))["document"]
    assert {tuple(r[f"document_{k}"] for k in document) for r in records} == {
        tuple(document.values())
    }
    with (out / "records.csv").open(encoding="utf-8", newline="") as fp:
        rows = list(csv.reader(fp))
    assert tuple(rows[0]) == COMBINED_FIELDS
    assert rows[0][-4:] == ["document_issuer", "document_title", "document_year", "document_kind"]
    assert len(rows) == 11


def test_datapackage_validates_with_frictionless(first_run: tuple[Path, Run]) -> None:
    from frictionless import validate

    out, _ = first_run
    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((out / "datapackage.json").read_text("utf-8"))
    fields = {f["name"]: f for f in descriptor["resources"][0]["schema"]["fields"]}
    assert list(fields) == list(COMBINED_FIELDS)
    assert fields["status"]["constraints"]["enum"] == [
        "achieved", "partially_achieved", "not_achieved", "suspended",
    ]  # fmt: skip
    assert fields["target_value"]["type"] == "number" and fields["extra"]["type"] == "object"
    assert all(f["description"] for f in fields.values())


def test_csv_reads_back_with_pandas_with_the_right_dtypes(first_run: tuple[Path, Run]) -> None:
    import pandas as pd

    out, _ = first_run
    frame = pd.read_csv(
        out / "records.csv",
        dtype=csv_dtypes(COMBINED_FIELDS),
        keep_default_na=False,
        na_values=[""],
    )
    assert str(frame["page"].dtype) == "Int64"
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["target_value"].dtype) == "Float64"
    assert str(frame["met"].dtype) == "boolean"
    assert str(frame["indicator"].dtype) == "string"
    records = [json.loads(line) for line in (out / "records.jsonl").open(encoding="utf-8")]
    for (_, row), record in zip(frame.iterrows(), records, strict=True):
        assert row["page"] == record["page"]
        assert row["indicator"] == record["indicator"]
        for name in ("target_value", "actual_value", "met"):
            assert (pd.isna(row[name]) and record[name] is None) or row[name] == record[name]
        assert json.loads(row["extra"]) == record["extra"]


def test_a_resumed_run_redoes_nothing(archive: Path, first_run: tuple[Path, Run]) -> None:
    out, before = first_run
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != "datapackage.json"}
    combined = (out / "records.csv").read_bytes()
    again = run_cli(["batch", str(archive), "-o", str(out), "--pages", PAGES, "--resume"])
    assert again.code == 1  # the bad inputs failed (before), and the run says so
    assert {r["path"]: r["status"] for r in again.manifest} == {
        r["path"]: "skipped" if r["status"] == "ok" else r["status"] for r in before.manifest
    }
    assert [(r["path"], r["sha256"], r["records"], r["error"]) for r in again.manifest] == [
        (r["path"], r["sha256"], r["records"], r["error"]) for r in before.manifest
    ]
    assert stamps == {p: p.stat().st_mtime_ns for p in stamps}
    assert (out / "records.csv").read_bytes() == combined
    assert "0 ok, 4 error, 0 timeout, 2 skipped (4 failed before;" in again.err
    assert "failed before: the PDF is encrypted" in again.err


def test_resume_retries_failed_inputs_when_asked(
    archive: Path, first_run: tuple[Path, Run], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(first_run[0], out)
    argv = ["batch", str(archive), "-o", str(out), "--pages", PAGES, "--resume"]
    again = run_cli([*argv, "--retry-failed", "--password", "segreto"])
    statuses = {name: row["status"] for name, row in by_name(again).items()}
    assert statuses["encrypted.pdf"] == "ok"  # read again, with the password now
    assert statuses["corrupt.pdf"] == "error" and statuses["cremona-2020.pdf"] == "skipped"
    assert "failed before" not in again.err
    assert (out / "encrypted.json").is_file()


@pytest.mark.parametrize(
    ("options", "named"),
    [(["--pages", "3"], "pages [3, 4] then, [3] now"),
     (["--pages", PAGES, "--backend", "camelot-lattice"], "backend 'plumber' then"),
     ([], "pages [3, 4] then, None now")],
    ids=["pages", "backend", "all-pages"],
)  # fmt: skip
def test_resume_refuses_other_reading_options(
    options: list[str], named: str, archive: Path, first_run: tuple[Path, Run], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    out = tmp_path / "out"
    shutil.copytree(first_run[0], out)
    manifest = (out / "manifest.csv").read_bytes()
    assert main(["batch", str(archive), "-o", str(out), "--resume", *options]) == 2
    err = capsys.readouterr().err
    assert named in err and "without --resume" in err
    assert (out / "manifest.csv").read_bytes() == manifest


def test_retry_failed_needs_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(SAMPLE), "-o", str(tmp_path), "--retry-failed"]) == 2
    assert "--retry-failed goes with --resume" in capsys.readouterr().err


def sample_copies(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        shutil.copy(SAMPLE, folder / f"copy-{n}.pdf")
    return folder


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_killed_run_leaves_no_partial_file_and_resume_finishes_it(tmp_path: Path) -> None:
    inputs = sample_copies(tmp_path / "in", 3)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "perfextract", "batch", str(inputs), "-o", str(out),
               "--pages", PAGES, "--workers", "1", "--timeout", "120"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(out.glob("copy-*.json")):
        assert process.poll() is None, "the batch ended before it could be killed"
        assert time.monotonic() < deadline, "no output within a minute"
        time.sleep(0.02)
    workers = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()

    assert not list(out.rglob(f"*{PARTIAL_SUFFIX}"))
    done = {p: p.stat().st_mtime_ns for p in out.glob("copy-*.json")}
    assert 1 <= len(done) < 3
    for path in done:
        assert json.loads(path.read_text("utf-8"))["indicators"]
    for row in read_manifest(out / "manifest.csv").values():  # absent, or true
        assert row.status == "ok" and (out / row.output).is_file()
    gone_by = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < gone_by:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers), "a worker outlived its killed parent"

    code = main(["batch", str(inputs), "-o", str(out), "--pages", PAGES, "--resume", "-q",
                 "--workers", "1"])  # fmt: skip
    assert code == 0
    rows = read_manifest(out / "manifest.csv")
    skipped = {Path(path).stem for path, row in rows.items() if row.status == "skipped"}
    assert skipped == {path.stem for path in done}
    assert {row.status for row in rows.values()} <= {"ok", "skipped"} and len(rows) == 3
    assert done == {p: p.stat().st_mtime_ns for p in done}
    records = (out / "records.jsonl").read_text("utf-8").splitlines()
    assert len(records) == 30


def test_a_file_past_its_timeout_is_stopped_and_the_run_goes_on(tmp_path: Path) -> None:
    inputs = sample_copies(tmp_path / "in", 1)
    prose_pdf(inputs / "no-tables.pdf")
    out = tmp_path / "out"
    run = run_cli(["batch", str(inputs), "-o", str(out), "--timeout", "0.3", "--workers", "1"])
    rows = by_name(run)
    assert run.code == 1
    assert rows["copy-0.pdf"]["status"] == "timeout"
    assert "stopped after 0.3 s" in rows["copy-0.pdf"]["error"]
    assert rows["no-tables.pdf"]["status"] == "ok"
    assert not (out / "copy-0.json").exists()


def test_inputs_are_files_folders_and_globs(archive: Path, tmp_path: Path) -> None:
    names = [i.name for i in find_inputs([archive])]
    assert names == ["corrupt.pdf", "empty.pdf", "encrypted.pdf", "no-tables.pdf",
                     "not-a-pdf.pdf", "2020/cremona-2020.pdf"]  # fmt: skip
    globbed = find_inputs([str(archive / "**" / "cremona*.pdf"), archive / "notes.txt"])
    assert [(i.name, i.output) for i in globbed] == [
        ("2020/cremona-2020.pdf", "2020/cremona-2020.json"),
        ("notes.txt", "notes.txt.json"),
    ]
    twice = find_inputs([archive / "empty.pdf", str(archive / "empty.pdf")])
    assert len(twice) == 1
    with pytest.raises(FileNotFoundError, match="no such file"):
        find_inputs([tmp_path / "missing"])


def test_same_name_in_two_cases_gets_two_outputs(tmp_path: Path) -> None:
    for name in ("Report.pdf", "report.PDF"):
        (tmp_path / name).write_bytes(b"")
    outputs = sorted(i.output for i in find_inputs([tmp_path]))
    assert len({o.lower() for o in outputs}) == 2


@pytest.mark.parametrize(
    "argv",
    [["batch", "x.pdf"], ["batch", "x.pdf", "-o", "out", "--workers", "0"],
     ["batch", "x.pdf", "-o", "out", "--timeout", "-1"]],
    ids=["no-outdir", "zero-workers", "negative-timeout"],
)  # fmt: skip
def test_batch_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_batch_on_nothing_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "out")]) == 2
    assert "no such file" in capsys.readouterr().err

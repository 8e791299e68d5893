"""Bad input on the command line: one line per bad file, no traceback unless --debug."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import SAMPLES
from hostile import SCAN, TEXT, bomb_pdf, encrypted_copy, pages_pdf
from perfextract.cli import main


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One file of each kind of bad input, and a good one."""
    folder = tmp_path_factory.mktemp("bad")
    data = (SAMPLES / "cremona-2020.pdf").read_bytes()
    files = {
        "empty": b"",
        "html": b"<!DOCTYPE html><html><body>Pagina non trovata</body></html>",
        "truncated": data[: len(data) // 3],
        "zero-pages": pages_pdf([]),
        "bomb": bomb_pdf(80 * 2**20),
        "damaged-stream": pages_pdf([zlib.compress(TEXT)[:-8] + b"\xff" * 8], filters=[b"/Foo"]),
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(content)
    paths["encrypted"] = folder / "encrypted.pdf"
    encrypted_copy(SAMPLES / "cremona-2020.pdf", paths["encrypted"], user="segreto")
    paths["good"] = folder / "good.pdf"
    shutil.copy(SAMPLES / "cremona-2020.pdf", paths["good"])
    return paths


CAUSES = {
    "empty": "an empty file",
    "html": "not a PDF (no %PDF header)",
    "truncated": "damaged or unreadable PDF",
    "zero-pages": "damaged or unreadable PDF (no pages found)",
    "bomb": "decodes to more than 64 MiB (a decompression bomb?)",
    "damaged-stream": "no page can be read (NotImplementedError: Unsupported filter",
    "encrypted": "the PDF is encrypted and needs a password (--password)",
}


def test_each_bad_file_is_one_line_and_the_good_one_is_read(
    archive: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(archive[name]) for name in [*CAUSES, "good"]]
    code = main(["extract", *files, "-o", str(tmp_path), "-q"])
    err = capsys.readouterr().err
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == len(CAUSES), err
    for line, (name, cause) in zip(lines, CAUSES.items(), strict=True):
        assert line.startswith(f"perfextract: error: {archive[name]}: "), line
        assert cause in line, line
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.csv", "good.json"]


def test_debug_shows_the_traceback(
    archive: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(archive["truncated"]), "-o", str(tmp_path), "--debug"]) == 1
    err = capsys.readouterr().err
    assert "damaged or unreadable PDF" in err
    assert "Traceback (most recent call last)" in err and "InvalidPDFError" in err


def test_password_option_opens_the_encrypted_file(archive: dict[str, Path], tmp_path: Path) -> None:
    argv = ["extract", str(archive["encrypted"]), "-o", str(tmp_path), "--pages", "3", "-q"]
    assert main([*argv, "--password", "segreto"]) == 0
    assert len(json.loads((tmp_path / "encrypted.json").read_text("utf-8"))["indicators"]) == 5


def test_no_indicator_tables_is_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prose = tmp_path / "premessa.pdf"
    prose.write_bytes(pages_pdf([TEXT]))
    assert main(["extract", str(prose)]) == 0
    document = json.loads(prose.with_suffix(".json").read_text("utf-8"))
    assert document["indicators"] == []
    assert [w["code"] for w in document["warnings"]] == ["no-indicator-tables"]
    assert "no-indicator-tables" in capsys.readouterr().err


def test_a_scan_says_to_run_ocr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scan = tmp_path / "scansione.pdf"
    scan.write_bytes(pages_pdf([SCAN, SCAN]))
    assert main(["extract", str(scan), "-o", "-"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["warnings"][0] == {
        "page": None,
        "code": "no-text-layer",
        "message": "pages 1-2 have no text layer (scanned?); run with --ocr (ocr=True) "
        "to read them",
    }


def test_ocr_without_its_tools_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("perfextract.ocr.shutil.which", lambda name: None)
    monkeypatch.setattr("perfextract.ocr.importlib.util.find_spec", lambda name: None)
    scan = tmp_path / "scansione.pdf"
    scan.write_bytes(pages_pdf([SCAN]))
    assert main(["extract", str(scan), "--ocr", "-q"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (
        "perfextract: error: OCR needs ocrmypdf, which is not installed; install them with "
        "`apt-get install ocrmypdf tesseract-ocr-ita` (or `pip install ocrmypdf` and tesseract "
        "with its Italian model, tesseract-ocr-ita)"
    )


def test_limits_from_the_command_line(
    archive: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["extract", str(archive["good"]), "-o", str(tmp_path), "-q"]
    assert main([*argv, "--max-pages", "4"]) == 0
    warnings = json.loads((tmp_path / "good.json").read_text("utf-8"))["warnings"]
    assert [w["code"] for w in warnings][:1] == ["pages-skipped"]
    assert main([*argv, "--max-stream-mb", "0.01"]) == 1
    assert "decodes to more than 0.01 MiB" in capsys.readouterr().err
    assert main([*argv, "--timeout", "0.001"]) == 1
    assert "stopped after 0.001 s" in capsys.readouterr().err


def test_batch_reports_each_bad_file_on_its_line(
    archive: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = next(iter(archive.values())).parent
    out = tmp_path / "out"
    code = main(["batch", str(folder), "-o", str(out), "--workers", "2"])
    err = capsys.readouterr().err
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("[")]
    assert len(lines) == len(archive)
    for name, cause in CAUSES.items():
        (line,) = [line for line in lines if f"{archive[name]}:" in line]
        assert line.split("] ")[1].startswith("error") and cause in line, line
    assert "Traceback" not in err and "WARNING" not in err


def test_worker_processes_keep_the_parsers_chatter_down(
    archive: dict[str, Path], tmp_path: Path
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("truncated", "damaged-stream", "good"):
        shutil.copy(archive[name], inputs / archive[name].name)
    command = [sys.executable, "-m", "perfextract", "batch", str(inputs), "-o",
               str(tmp_path / "out"), "--workers", "2", "--pages", "1-3"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len([line for line in lines if line.startswith("[")]) == 3
    assert all(line.startswith(("[", "perfextract: ", "  ")) for line in lines), done.stderr
    assert "WARNING" not in done.stderr
    chatty = subprocess.run([*command, "-v"], capture_output=True, text=True, timeout=300)
    assert "WARNING: playa" in chatty.stderr  # -v shows what the parser said

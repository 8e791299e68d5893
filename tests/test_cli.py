"""The command line, called as ``main([...])``."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES
from perfextract import __version__
from perfextract.cli import main
from perfextract.model import LOCATION_FIELDS, RECORD_FIELDS
from perfextract.opendata import ITALIAN_NAMES, SOURCE_FIELDS


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    target = tmp_path / "relazione.pdf"
    shutil.copy(SAMPLES / "cremona-2020.pdf", target)
    return target


def test_extract_writes_json_and_csv_beside_the_input(
    sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(sample_copy)]) == 0
    document = json.loads(sample_copy.with_suffix(".json").read_text("utf-8"))
    assert document["schema"] == "perfextract/records@1"
    assert len(document["indicators"]) == 45
    with sample_copy.with_suffix(".csv").open(encoding="utf-8", newline="") as fp:
        rows = list(csv.reader(fp))
    assert tuple(rows[0]) == RECORD_FIELDS
    assert len(rows) == 46
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["target_value"] == "80" and first["met"] == "true" and first["extra"] == "{}"
    summary = capsys.readouterr().err
    assert "45 indicators" in summary and "Percezione del livello" in summary


def test_extract_into_output_dir_with_one_format(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(sample_copy), "-o", str(out), "--format", "csv", "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["relazione.csv"]


def test_pages_selection(sample_copy: Path, tmp_path: Path) -> None:
    assert main(["extract", str(sample_copy), "-o", str(tmp_path), "--pages", "3-4", "-q"]) == 0
    document = json.loads((tmp_path / "relazione.json").read_text("utf-8"))
    assert document["indicators"]
    assert {r["page"] for r in document["indicators"]} <= {3, 4}


def test_bad_input_is_reported_and_the_others_go_on(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"this is not a pdf")
    missing = tmp_path / "missing.pdf"
    code = main(["extract", str(broken), str(missing), str(sample_copy), "-q"])
    assert code == 1
    err = capsys.readouterr().err
    assert f"{broken}: not a PDF" in err
    assert f"{missing}: cannot read file" in err
    assert "Traceback" not in err
    assert sample_copy.with_suffix(".json").exists()


@pytest.mark.parametrize(
    "argv",
    [["extract"], ["extract", "x.pdf", "--pages", "0-2"], ["extract", "x.pdf", "--format", "xml"],
     ["frobnicate"], ["extract", "x.pdf", "-o", "-", "--format", "xlsx"],
     ["extract", "x.pdf", "-o", "-", "--format", "csv", "--format", "json"],
     ["extract", "x.pdf", "--lang", "fr"]],
    ids=["no-file", "bad-pages", "bad-format", "bad-command", "xlsx-to-stdout",
         "two-formats-to-stdout", "bad-lang"],
)  # fmt: skip
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["--help"], *([command, "--help"] for command in ("extract", "batch", "explain", "review"))],
)
def test_help_has_examples(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"perfextract {argv[0]} " in out or argv == ["--help"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "perfextract", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.strip() == f"perfextract {__version__}"


def test_every_format_into_a_folder(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    argv = ["extract", str(sample_copy), "-o", str(out), "--pages", "3", "-q"]
    for fmt in ("json", "jsonl", "csv", "xlsx", "datapackage"):
        argv += ["--format", fmt]
    assert main(argv) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "datapackage.json", "relazione.csv", "relazione.json", "relazione.jsonl",
        "relazione.xlsx",
    ]  # fmt: skip
    document = json.loads((out / "relazione.json").read_text("utf-8"))
    lines = (out / "relazione.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == document["indicators"]
    assert len(lines) == 5


def test_xlsx_has_typed_cells_and_italian_headers(sample_copy: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    argv = ["extract", str(sample_copy), "-o", str(tmp_path), "--pages", "3", "-q"]
    assert main([*argv, "--format", "xlsx", "--lang", "it"]) == 0
    book = load_workbook(tmp_path / "relazione.xlsx")
    assert book.sheetnames == ["indicatori", "avvisi"]
    rows = list(book["indicatori"].iter_rows(values_only=True))
    assert rows[0] == tuple(ITALIAN_NAMES[name] for name in RECORD_FIELDS)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["pagina"] == 3 and first["valore_atteso_numero"] == 80
    assert first["rispetto_target"] is True and first["extra"] == "{}"
    assert len(rows) == 6


def test_datapackage_with_italian_headers_validates(sample_copy: Path, tmp_path: Path) -> None:
    from frictionless import validate

    argv = ["extract", str(sample_copy), "-o", str(tmp_path), "--pages", "3-4", "-q"]
    assert main([*argv, "--format", "datapackage", "--lang", "it"]) == 0
    with (tmp_path / "relazione.csv").open(encoding="utf-8", newline="") as fp:
        header = next(csv.reader(fp))
    assert header[:3] == ["pagina", "pagina_fine", "codice_area"] and "esito" in header
    report = validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_output_to_stdout(
    fmt: str, sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(sample_copy), "-o", "-", "--format", fmt, "--pages", "3"]) == 0
    captured = capsys.readouterr()
    assert "5 indicators, " in captured.err and "pages" in captured.err
    assert list(tmp_path.iterdir()) == [sample_copy]
    if fmt == "json":
        assert len(json.loads(captured.out)["indicators"]) == 5
        return
    if fmt == "jsonl":
        records = [json.loads(line) for line in captured.out.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(captured.out)))
    assert len(records) == 5
    assert list(records[0]) == [
        *RECORD_FIELDS,
        *(LOCATION_FIELDS if fmt == "jsonl" else ()),
        *SOURCE_FIELDS,
    ]
    assert records[0]["source_file"] == str(sample_copy)


def test_several_files_to_stdout_as_json_give_a_list(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.pdf"
    shutil.copy(sample_copy, other)
    argv = ["extract", str(sample_copy), str(other), "-o", "-", "--pages", "3", "-q"]
    assert main(argv) == 0
    documents = json.loads(capsys.readouterr().out)
    assert [d["source"]["path"] for d in documents] == [str(sample_copy), str(other)]

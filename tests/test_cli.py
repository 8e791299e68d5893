"""The command line, called as ``main([...])``."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLES
from perfextract import __version__
from perfextract.cli import main
from perfextract.model import RECORD_FIELDS


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
     ["frobnicate"]],
    ids=["no-file", "bad-pages", "bad-format", "bad-command"],
)  # fmt: skip
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"]])
def test_help_has_examples(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    assert "examples:" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out

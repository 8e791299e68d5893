"""Output that is safe to open: no formulas from PDF text, no file outside the output folder."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES
from perfextract.batch import run_batch
from perfextract.cli import main
from perfextract.inputs import find_inputs
from perfextract.model import RECORD_FIELDS
from perfextract.writers import write_csv, write_jsonl, write_report_files, write_xlsx

HOSTILE = {
    "page": 3, "page_end": 3, "indicator": "=HYPERLINK(\"http://x\",\"clic\")",
    "objective_title": "+cmd|' /C calc'!A0", "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
    "comment": "-2+3+cmd|' /C calc'!A0", "type": "\t=1+1", "formula": "\r=1+1",
    "target": "-15,65", "actual": "+5 %", "unit": "=", "baseline": "- 3",
    "status_text": "OBIETTIVO CONSEGUITO", "target_operator": "=", "target_value": -15.65,
    "met": True, "extra": {"=x": "=y"},
}  # fmt: skip
ESCAPED = {
    "indicator": '\'=HYPERLINK("http://x","clic")',
    "objective_title": "'+cmd|' /C calc'!A0",
    "notes": "'@SUM(1+1)*cmd|' /C calc'!A0",
    "comment": "'-2+3+cmd|' /C calc'!A0",
    "type": "'\t=1+1",
    "formula": "'\r=1+1",
    "unit": "'=",
}
#: Numbers, closed vocabularies, booleans and JSON are never touched.
KEPT = {"target": "-15,65", "actual": "+5 %", "baseline": "- 3", "target_operator": "=",
        "target_value": "-15.65", "met": "true", "extra": '{"=x": "=y"}',
        "status_text": "OBIETTIVO CONSEGUITO"}  # fmt: skip


def csv_record(**options: Any) -> dict[str, str]:
    out = io.StringIO(newline="")
    write_csv([HOSTILE], out, **options)
    header, row = list(csv.reader(io.StringIO(out.getvalue())))
    return dict(zip(header, row, strict=True))


def test_csv_escapes_formula_like_text_only() -> None:
    row = csv_record()
    assert {k: row[k] for k in ESCAPED} == ESCAPED
    assert {k: row[k] for k in KEPT} == KEPT


def test_csv_escaping_can_be_turned_off() -> None:
    row = csv_record(escape_formulas=False)
    assert {k: row[k] for k in ESCAPED} == {k: HOSTILE[k] for k in ESCAPED}


def test_xlsx_keeps_formula_like_text_as_quoted_text() -> None:
    from openpyxl import load_workbook

    for escape in (True, False):
        book = io.BytesIO()
        write_xlsx([HOSTILE], book, escape_formulas=escape)
        sheet = load_workbook(io.BytesIO(book.getvalue()))["records"]
        cells = dict(zip(RECORD_FIELDS, next(sheet.iter_rows(min_row=2)), strict=True))
        for name in ESCAPED:
            cell = cells[name]  # XML may turn a leading carriage return into a line feed
            assert cell.data_type == "s" and cell.value.strip() == HOSTILE[name].strip(), name
            assert cell.quotePrefix is escape, name
        assert cells["target"].value == "-15,65" and not cells["target"].quotePrefix
        assert cells["target_operator"].value == "=" and not cells["target_operator"].quotePrefix
        assert cells["target_value"].value == -15.65


def test_json_keeps_the_text_as_printed() -> None:
    out = io.StringIO()
    write_jsonl([HOSTILE], out)
    assert json.loads(out.getvalue()) == HOSTILE


def test_cli_option_turns_escaping_off(tmp_path: Path) -> None:
    sample = tmp_path / "relazione.pdf"
    shutil.copy(SAMPLES / "cremona-2020.pdf", sample)
    out = tmp_path / "out"
    argv = ["extract", str(sample), "-o", str(out), "--pages", "3", "-q", "--format", "csv"]
    assert main(argv) == 0
    escaped = (out / "relazione.csv").read_text("utf-8")
    assert main([*argv, "--no-escape-formulas"]) == 0
    assert (out / "relazione.csv").read_text("utf-8") == escaped  # nothing formula-like here


@pytest.mark.parametrize(
    "stem", ["../../escape", "..", "a\\..\\..\\b", "nul\x00byte", "new\nline"],
    ids=["dot-dot-slash", "dot-dot", "backslashes", "nul", "newline"],
)  # fmt: skip
def test_output_names_never_leave_the_folder(tmp_path: Path, stem: str) -> None:
    from perfextract.writers import safe_stem

    folder = tmp_path / "out"
    folder.mkdir()
    report = _report()
    write_report_files(report, folder, safe_stem(stem), ["json", "csv"])
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and all(p.parent == folder for p in written), written
    with pytest.raises(ValueError, match="not a plain file name"):
        write_report_files(report, folder, stem, ["json"])


def test_two_inputs_with_one_name_get_two_outputs(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLES / "cremona-2020.pdf", tmp_path / folder / "relazione.pdf")
    out = tmp_path / "out"
    files = [str(tmp_path / f / "relazione.pdf") for f in ("a", "b")]
    assert main(["extract", *files, "-o", str(out), "--pages", "3", "-q", "--format", "json"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["relazione-2.json", "relazione.json"]


def test_batch_outputs_stay_in_the_output_folder(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    odd = inputs / "sub" / "a\\.." / "strano"
    odd.mkdir(parents=True)
    shutil.copy(SAMPLES / "cremona-2020.pdf", odd / "x\\..\\..\\y.pdf")
    shutil.copy(SAMPLES / "cremona-2020.pdf", inputs / "=cmd.pdf")
    found = find_inputs([inputs])
    assert sorted(i.output for i in found) == ["=cmd.json", "sub/a_../strano/x_.._.._y.json"]
    out = tmp_path / "out"
    rows = list(run_batch(found, out, pages=[3], workers=1))
    assert {r.status for r in rows} == {"ok"}
    assert all(out in p.resolve().parents for p in out.rglob("*"))
    combined = (out / "records.csv").read_text("utf-8")
    assert "'=cmd.pdf" in combined  # a hostile file name is escaped like any text


def _report() -> Any:
    import perfextract

    return perfextract.extract(SAMPLES / "cremona-2020.pdf", pages=[3])

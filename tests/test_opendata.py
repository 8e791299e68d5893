"""Open-data outputs: the schema agrees with RECORDS.md; writers are atomic and safe."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from conftest import ROOT
from perfextract.model import RECORD_FIELDS
from perfextract.opendata import FIELD_SPECS, ITALIAN_NAMES, SOURCE_FIELDS, table_schema
from perfextract.writers import PARTIAL_SUFFIX, open_atomic, write_csv, write_xlsx


def records_md_meanings() -> dict[str, str]:
    """``field -> meaning`` for each one-field row of the table in docs/RECORDS.md."""
    text = (ROOT / "docs" / "RECORDS.md").read_text("utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \| .*? \| (.*) \|$", text, flags=re.MULTILINE)
    return {name: meaning.replace("`", "") for name, meaning in rows}


def test_every_record_field_is_described_as_in_records_md() -> None:
    meanings = records_md_meanings()
    assert set(RECORD_FIELDS) <= set(FIELD_SPECS)
    assert set(meanings) <= set(RECORD_FIELDS)
    for name, meaning in meanings.items():
        assert FIELD_SPECS[name].description.startswith(meaning), name


def test_italian_names_cover_every_column_once() -> None:
    columns = [*RECORD_FIELDS, *SOURCE_FIELDS]
    names = [ITALIAN_NAMES[c] for c in columns]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z0-9_]+", n) for n in names)


def test_schema_types_and_enums() -> None:
    fields = {f["name"]: f for f in table_schema()["fields"]}
    types = {name: field["type"] for name, field in fields.items()}
    assert {n for n, t in types.items() if t == "integer"} == {"page", "page_end", "year"}
    assert {n for n, t in types.items() if t == "boolean"} == {"met"}
    assert {n for n, t in types.items() if t == "object"} == {"extra"}
    assert {n for n, t in types.items() if t == "number"} == {
        "weight", "target_value", "target_value_max", "actual_value", "actual_value_max",
        "achievement",
    }  # fmt: skip
    enums = {
        n: f["constraints"]["enum"] for n, f in fields.items() if "enum" in f.get("constraints", {})
    }
    assert sorted(enums) == ["actual_operator", "actual_unit", "objective_level", "status",
                             "target_operator", "target_unit"]  # fmt: skip
    assert enums["target_unit"] == ["%", "‰", "EUR", "days", "months", "hours"]
    assert enums["objective_level"] == ["area", "strategic", "operational"]


RECORD = {"page": 2, "page_end": 2, "indicator": "=SUM(A1:A3)", "met": False,
          "extra": {"Peso": "20%"}, "target_value": 2.61, "comment": "a\x07bell"}  # fmt: skip


def test_xlsx_keeps_text_as_text() -> None:
    from openpyxl import load_workbook

    book = io.BytesIO()
    write_xlsx([RECORD], book)
    sheet = load_workbook(io.BytesIO(book.getvalue()))["records"]
    row = dict(zip(RECORD_FIELDS, next(sheet.iter_rows(min_row=2)), strict=True))
    assert row["indicator"].data_type == "s" and row["indicator"].value == "=SUM(A1:A3)"
    assert row["met"].value is False and row["target_value"].value == 2.61
    assert row["extra"].value == '{"Peso": "20%"}' and row["comment"].value == "abell"


def test_csv_is_rfc4180_with_dot_decimals() -> None:
    out = io.StringIO(newline="")
    write_csv([RECORD], out)
    text = out.getvalue()
    assert text.endswith("\r\n")
    row = dict(zip(RECORD_FIELDS, list(csv.reader(io.StringIO(text)))[1], strict=True))
    assert (row["target_value"], row["met"], row["extra"]) == ("2.61", "false", '{"Peso": "20%"}')


def test_open_atomic_leaves_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), open_atomic(target) as fp:
        fp.write("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with open_atomic(target) as fp:
        fp.write("new")
        assert any(p.name.endswith(PARTIAL_SUFFIX) for p in tmp_path.iterdir())
    assert target.read_text() == "new"
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert target.stat().st_mode == plain.stat().st_mode  # the umask's mode, not mkstemp's 0600

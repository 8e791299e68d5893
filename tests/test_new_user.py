"""What a new user meets first: workers in a plain script, one input, page selections."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import perfextract
from conftest import ROOT, SAMPLES, load_truth
from perfextract.cli import main
from perfextract.errors import RecordsError, SettingsError, WorkerStartError
from perfextract.model import DATAFRAME_DTYPES, RECORD_FIELDS
from perfextract.opendata import COMBINED_FIELDS, csv_dtypes, csv_read_options
from perfextract.pipeline import Failure, extract_many
from perfextract.writers import write_json, write_xlsx

SAMPLE = SAMPLES / "cremona-2020.pdf"

PLAIN_SCRIPT = """\
import perfextract
paths = {paths!r}
for path, result in perfextract.extract_many(paths, workers=2, pages=[3]):
    print(path, type(result).__name__)
"""


def test_workers_in_a_script_without_the_main_guard_name_the_guard(tmp_path: Path) -> None:
    script = tmp_path / "plain.py"
    paths = [str(SAMPLES / f"{n}.pdf") for n in ("cremona-2020", "inps-2023-relazione")]
    script.write_text(PLAIN_SCRIPT.format(paths=paths), "utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 1
    [line] = [
        line
        for line in done.stderr.splitlines()
        if line.startswith("perfextract.errors.WorkerStartError: ")
    ]
    assert "a worker process could not start" in line
    assert 'if __name__ == "__main__":' in line
    assert issubclass(WorkerStartError, perfextract.PerfExtractError)


def test_workers_under_the_main_guard_work(tmp_path: Path) -> None:
    script = tmp_path / "guarded.py"
    paths = [str(SAMPLE), str(SAMPLES / "inps-2023-relazione.pdf")]
    body = PLAIN_SCRIPT.format(paths=paths).replace("\n", "\n    ")
    script.write_text('if __name__ == "__main__":\n    ' + body, "utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.split()) == sorted([*paths, "Report", "Report"])


@pytest.mark.parametrize("source", [str(SAMPLE), SAMPLE], ids=["str", "path"])
def test_one_path_is_one_input(source: str | Path) -> None:
    results = list(extract_many(source, pages=[3]))
    assert [s for s, _ in results] == [source]
    assert not isinstance(results[0][1], Failure)


def test_file_objects_keep_their_names_in_workers(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing")
    with SAMPLE.open("rb") as good, broken.open("rb") as bad:
        results = dict(extract_many([good, bad], pages=[3], workers=2))
        report, failure = results[good], results[bad]
    assert isinstance(report, perfextract.Report) and report.source.path == str(SAMPLE)
    assert isinstance(failure, Failure) and str(failure.error).startswith(f"{broken}: ")


def test_file_objects_come_back_as_themselves_from_workers() -> None:
    files = [io.BytesIO(SAMPLE.read_bytes()), io.BytesIO(b"not a pdf")]
    results = {id(s): r for s, r in extract_many(files, pages=[3], workers=2)}
    assert sorted(results) == sorted(id(f) for f in files)
    assert not isinstance(results[id(files[0])], Failure)
    assert isinstance(results[id(files[1])], Failure)


@pytest.mark.parametrize(
    ("pages", "named"),
    [([99], "page 99"), ([99, 100], "pages 99-100"), ([0], "0"), ([-1], "-1"),
     ([3.0], "3.0"), (["3"], "'3'"), ([True], "True"), (3, "3"), ("3-x", "'3-x'"),
     ("0-2", "'0-2'")],
    ids=["past-end", "two-past-end", "zero", "negative", "float", "str-item", "bool", "int",
         "bad-string", "zero-range"],
)  # fmt: skip
def test_a_bad_page_selection_raises_naming_the_value(pages: object, named: str) -> None:
    with pytest.raises(SettingsError) as caught:
        perfextract.extract(SAMPLE, pages=pages)  # type: ignore[arg-type]
    assert named in str(caught.value)


def test_pages_past_the_end_of_a_shorter_document_are_a_warning() -> None:
    report = perfextract.extract(SAMPLE, pages=[4, 12, 13, 14])
    assert {i.page for i in report.indicators} == {4}
    [warning] = [w for w in report.warnings if w.code == "pages-past-end"]
    assert warning.message == "pages 13-14 were asked for, but the PDF has 12 pages"


def test_a_page_string_selects_those_pages() -> None:
    by_string = perfextract.extract(SAMPLE, pages="3-4")
    by_list = perfextract.extract(SAMPLE, pages=[4, 3])
    assert by_string.indicators == by_list.indicators
    assert {i.page for i in by_string.indicators} == {3, 4}


def test_extract_many_checks_the_selection_before_reading() -> None:
    with pytest.raises(SettingsError, match="0 is not a page number"):
        next(extract_many([SAMPLE, SAMPLE], pages=[0]))
    [(_, result)] = extract_many([SAMPLE], pages=[99])
    assert isinstance(result, Failure) and "page 99" in str(result.error)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_combined_records_name_their_document(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["extract", str(SAMPLE), "-o", "-", "--format", fmt, "--pages", "1-3", "-q"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(out)))
    document = load_truth("cremona-2020")["document"]
    assert document["issuer"] and document["year"]
    for record in records:
        assert record["document_issuer"] == document["issuer"]
        assert record["document_title"] == document["title"]
        assert str(record["document_year"]) == str(document["year"])
        assert record["document_kind"] == document["kind"]


@pytest.fixture(scope="module")
def italian_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("package")
    argv = ["batch", str(SAMPLE), "-o", str(out), "--pages", "1-4", "--workers", "1", "-q",
            "--lang", "it", "--license", "CC-BY-4.0", "--publisher", "Comune di Prova",
            "--source", "https://example.org/relazione-2020.pdf"]  # fmt: skip
    assert main(argv) == 0
    return out


def test_the_package_names_licence_publisher_sources_and_date(italian_package: Path) -> None:
    from frictionless import validate

    report = validate(italian_package / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((italian_package / "datapackage.json").read_text("utf-8"))
    assert package["licenses"] == [
        {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
         "title": "Creative Commons Attribution 4.0"}
    ]  # fmt: skip
    assert package["contributors"] == [{"title": "Comune di Prova", "role": "publisher"}]
    assert [s["path"] for s in package["sources"]] == ["https://example.org/relazione-2020.pdf"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", package["created"])


def test_italian_package_speaks_italian(italian_package: Path) -> None:
    import pandas as pd

    package = json.loads((italian_package / "datapackage.json").read_text("utf-8"))
    assert package["title"] == "Indicatori delle relazioni e dei piani della performance"
    assert "formula" in package["description"] and "JSON Lines" in package["description"]
    fields = {f["name"]: f for f in package["resources"][0]["schema"]["fields"]}
    assert fields["esito"]["constraints"]["enum"] == [
        "raggiunto", "parzialmente_raggiunto", "non_raggiunto", "sospeso"
    ]  # fmt: skip
    assert fields["valore_atteso_unita"]["constraints"]["enum"] == [
        "%", "‰", "EUR", "giorni", "mesi", "ore"
    ]  # fmt: skip
    assert (fields["rispetto_target"]["trueValues"], fields["rispetto_target"]["falseValues"]) == (
        ["vero"], ["falso"]
    )  # fmt: skip
    assert fields["pagina"]["description"].startswith("pagina (da 1)")
    frame = pd.read_csv(
        italian_package / "records.csv", **csv_read_options(COMBINED_FIELDS, lang="it")
    )
    records = [
        json.loads(line) for line in (italian_package / "records.jsonl").open(encoding="utf-8")
    ]
    statuses = {"achieved": "raggiunto", "partially_achieved": "parzialmente_raggiunto",
                "not_achieved": "non_raggiunto", "suspended": "sospeso", None: None}  # fmt: skip
    assert [None if pd.isna(v) else v for v in frame["esito"]] == [
        statuses[r["status"]] for r in records
    ]
    assert [None if pd.isna(v) else bool(v) for v in frame["rispetto_target"]] == [
        r["met"] for r in records
    ]
    assert {r["status"] for r in records} >= {"achieved"}  # the JSON Lines stay in English
    assert str(frame["rispetto_target"].dtype) == "boolean"


def test_package_description_says_whether_cells_are_escaped(tmp_path: Path) -> None:
    argv = ["extract", str(SAMPLE), "-o", str(tmp_path), "--pages", "3", "-q",
            "--format", "datapackage"]  # fmt: skip
    assert main(argv) == 0
    escaped = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))["description"]
    assert main([*argv, "--no-escape-formulas"]) == 0
    plain = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))["description"]
    assert "leading '" in escaped and "leading '" not in plain
    assert "licenses" not in json.loads((tmp_path / "datapackage.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def two_reports() -> list[perfextract.Report]:
    names = ("cremona-2020", "universita-2024-piano")
    return [perfextract.extract(SAMPLES / f"{name}.pdf") for name in names]


def test_a_written_report_loads_back_equal(
    two_reports: list[perfextract.Report], tmp_path: Path
) -> None:
    for report in two_reports:
        path = tmp_path / "report.json"
        with path.open("w", encoding="utf-8") as fp:
            write_json(report, fp)
        loaded = perfextract.load(path)
        assert loaded.to_dict() == report.to_dict()
        assert loaded == replace(report, indicators=loaded.indicators)  # bbox is rounded in JSON
        assert [replace(i, bbox=None) for i in loaded.indicators] == [
            replace(i, bbox=None) for i in report.indicators
        ]
        with path.open("rb") as fp:
            assert perfextract.load(fp) == loaded
        assert perfextract.Report.from_dict(report.to_dict()) == loaded


@pytest.mark.parametrize(
    ("text", "message"),
    [("{", "not JSON"), ("[]", "not a perfextract/records@1 document"),
     ('{"schema": "perfextract/records@1"}', "without 'source'"),
     ('{"schema": "perfextract/records@1", "source": {"sha256": "ab", "pages": 1}, '
      '"indicators": [{"page": 1, "page_end": 1, "indicator": "x", "weight": "tanto"}]}',
      "weight: expected a number")],
    ids=["not-json", "a-list", "no-source", "bad-number"],
)  # fmt: skip
def test_loading_what_is_not_a_report_says_why(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(text, "utf-8")
    with pytest.raises(RecordsError) as caught:
        perfextract.load(path)
    assert str(caught.value).startswith(f"{path}: ") and message in str(caught.value)


def test_dataframe_dtypes_do_not_depend_on_the_report(
    two_reports: list[perfextract.Report],
) -> None:
    import pandas as pd

    empty = perfextract.Report(two_reports[0].source, two_reports[0].document, ())
    frames = [r.to_dataframe() for r in [*two_reports, empty]]
    expected = {name: DATAFRAME_DTYPES.get(name, "string") for name in RECORD_FIELDS}
    for frame in [*frames, pd.concat(frames, ignore_index=True)]:
        assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == expected
    years = pd.concat(frames, ignore_index=True)["year"]
    assert years.isna().any() and set(years.dropna()) == {2024, 2025, 2026}


def test_dataframe_dtypes_agree_with_the_csv_schema() -> None:
    for name, dtype in csv_dtypes().items():
        assert DATAFRAME_DTYPES.get(name, "string") == (dtype if name != "extra" else "object")


def test_a_damaged_file_leaves_stderr_quiet_in_a_plain_script(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(data[: len(data) // 3])
    script = (
        "import perfextract\n"
        f"try:\n    perfextract.extract({str(damaged)!r})\n"
        "except perfextract.PerfExtractError as exc:\n    print(type(exc).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert (done.stdout, done.stderr) == ("InvalidPDFError\n", "")
    loud = subprocess.run(
        [sys.executable, "-c", "import logging; logging.basicConfig()\n" + script],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert "WARNING:playa" in loud.stderr  # a program that sets logging up still hears them


def test_the_licence_is_at_the_root() -> None:
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.startswith("MIT License")
    assert 'license = { text = "MIT" }' in (ROOT / "pyproject.toml").read_text("utf-8")


def test_italian_xlsx_translates_closed_lists_and_keeps_booleans_typed(
    two_reports: list[perfextract.Report],
) -> None:
    from openpyxl import load_workbook

    records = [r for r in two_reports[0].indicators if r.status and r.met is not None]
    book = io.BytesIO()
    write_xlsx(records, book, lang="it")
    rows = list(load_workbook(io.BytesIO(book.getvalue())).active.values)
    header = list(rows[0])
    status, met = header.index("esito"), header.index("rispetto_target")
    assert {row[status] for row in rows[1:]} <= {"raggiunto", "parzialmente_raggiunto",
                                                 "non_raggiunto", "sospeso"}  # fmt: skip
    assert [row[met] for row in rows[1:]] == [r.met for r in records]

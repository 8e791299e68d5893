"""What a new user meets first: workers in a plain script, one input, page selections."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import perfextract
from conftest import ROOT, SAMPLES, load_truth
from perfextract.cli import main
from perfextract.errors import SettingsError, WorkerStartError
from perfextract.pipeline import Failure, extract_many

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
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("perfextract.errors.WorkerStartError: a worker process could not start")
    assert 'if __name__ == "__main__":' in last
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


def test_file_objects_come_back_as_themselves_from_workers() -> None:
    files = [io.BytesIO(SAMPLE.read_bytes()), io.BytesIO(b"not a pdf")]
    results = {id(s): r for s, r in extract_many(files, pages=[3], workers=2)}
    assert sorted(results) == sorted(id(f) for f in files)
    assert not isinstance(results[id(files[0])], Failure)
    assert isinstance(results[id(files[1])], Failure)


@pytest.mark.parametrize(
    ("pages", "named"),
    [([99], "page 99"), ([3, 99, 100], "pages 99-100"), ([0], "0"), ([-1], "-1"),
     ([3.0], "3.0"), (["3"], "'3'"), ([True], "True"), (3, "3"), ("3-x", "'3-x'"),
     ("0-2", "'0-2'")],
    ids=["past-end", "two-past-end", "zero", "negative", "float", "str-item", "bool", "int",
         "bad-string", "zero-range"],
)  # fmt: skip
def test_a_bad_page_selection_raises_naming_the_value(pages: object, named: str) -> None:
    with pytest.raises(SettingsError) as caught:
        perfextract.extract(SAMPLE, pages=pages)  # type: ignore[arg-type]
    assert named in str(caught.value)


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

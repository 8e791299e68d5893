"""A user's label map, ``explain`` and each record's region, on a report built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import perfextract
from perfextract.cli import main
from perfextract.errors import SettingsError
from perfextract.explanation import explain
from perfextract.usermap import load_label_file
from taught import HEADER, LABELS_TOML, ROWS, build_taught_report

TAUGHT = {"Zorblax": "baseline", "Quorp": "data_source"}


@pytest.fixture(scope="module")
def taught_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_taught_report(tmp_path_factory.mktemp("taught") / "taught.pdf")


@pytest.fixture(autouse=True)
def no_default_labels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's default label file is one of the test's (absent unless written)."""
    path = tmp_path / "default-labels.toml"
    monkeypatch.setenv("PERFEXTRACT_LABELS", str(path))
    return path


def test_without_a_map_the_content_decides(taught_pdf: Path) -> None:
    report = perfextract.extract(taught_pdf)
    assert [r.indicator for r in report.indicators] == [row[0] for row in ROWS]
    assert all(r.baseline is None and r.data_source is None for r in report.indicators)
    # a column of quantities beside the target, under an unknown label: read as the actual
    assert [r.actual.raw for r in report.indicators] == [row[2] for row in ROWS]
    assert report.indicators[0].extra == {"Quorp": ROWS[0][3]}


def test_labels_file_teaches_the_columns(taught_pdf: Path, tmp_path: Path) -> None:
    labels = tmp_path / "labels.toml"
    labels.write_text(LABELS_TOML, encoding="utf-8")
    assert (
        main(["extract", str(taught_pdf), "--labels", str(labels), "-o", str(tmp_path), "-q"]) == 0
    )
    records = json.loads((tmp_path / "taught.json").read_text("utf-8"))["indicators"]
    assert [(r["target"], r["baseline"], r["data_source"]) for r in records] == [
        (row[1], row[2], row[3]) for row in ROWS
    ]
    assert all(r["actual"] is None and r["extra"] == {} for r in records)


def test_settings_labels_and_json_file_agree(taught_pdf: Path, tmp_path: Path) -> None:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({"labels": TAUGHT}), encoding="utf-8")
    assert load_label_file(path) == TAUGHT
    by_file = perfextract.extract(taught_pdf, settings={"labels": load_label_file(path)})
    by_settings = perfextract.extract(taught_pdf, settings={"labels": TAUGHT})
    assert by_file == by_settings
    assert [r.baseline for r in by_settings.indicators] == [row[2] for row in ROWS]


def test_user_label_wins_over_the_vocabulary(taught_pdf: Path) -> None:
    report = perfextract.extract(taught_pdf, settings={"labels": {"Valore atteso": "notes"}})
    assert [r.notes for r in report.indicators] == [row[1] for row in ROWS]
    assert all(r.target.raw is None for r in report.indicators)


def test_default_label_file_is_read_by_the_command_line(
    taught_pdf: Path, tmp_path: Path, no_default_labels: Path
) -> None:
    no_default_labels.write_text(LABELS_TOML, encoding="utf-8")
    assert main(["extract", str(taught_pdf), "-o", str(tmp_path), "-q"]) == 0
    records = json.loads((tmp_path / "taught.json").read_text("utf-8"))["indicators"]
    assert [r["data_source"] for r in records] == [row[3] for row in ROWS]


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ({"Zorblax": "baselin"}, "label 'Zorblax': unknown field 'baselin'; choose one of"),
        ({"": "baseline"}, "a label must be non-empty text"),
        ({"Zorblax": 3}, "unknown field 3"),
        (["Zorblax"], "labels must map printed labels to fields"),
    ],
    ids=["misspelt-field", "empty-label", "not-text", "not-a-map"],
)
def test_bad_label_maps_are_settings_errors(labels: object, message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(")):
        perfextract.Settings.resolve({"labels": labels})


def test_bad_label_file_is_a_usage_error(
    taught_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = tmp_path / "labels.toml"
    labels.write_text('Zorblax = "baselin"\n', encoding="utf-8")
    assert main(["extract", str(taught_pdf), "--labels", str(labels), "-q"]) == 2
    assert "unknown field 'baselin'" in capsys.readouterr().err
    labels.write_text("Zorblax = \n", encoding="utf-8")
    assert main(["extract", str(taught_pdf), "--labels", str(labels), "-q"]) == 2
    assert "not a label file" in capsys.readouterr().err


def test_explain_names_labels_fields_and_draws_pages(
    taught_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = tmp_path / "labels.toml"
    labels.write_text(LABELS_TOML, encoding="utf-8")
    argv = ["explain", str(taught_pdf), "--labels", str(labels), "-o", str(tmp_path / "pics")]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "'Valore atteso' → target (vocabulary, score 100; content: 3 of 3 filled" in out
    assert "'Zorblax' → baseline (user's label map; content: 3 of 3 filled" in out
    assert "refused" in out and "Stanziamento 2024" in out
    assert "heading operational 1.1: Semplificare i procedimenti" in out
    from PIL import Image

    for page in (1, 2):
        with Image.open(tmp_path / "pics" / f"taught-p{page}.png") as image:
            assert image.width >= 800


def test_explain_as_data(taught_pdf: Path) -> None:
    explanation = perfextract.explain(taught_pdf, settings={"labels": TAUGHT})
    first, second = explanation.pages
    (header,) = first.headers
    decisions = [(d.label, d.field, d.source) for d in header.columns]
    assert decisions == [
        (HEADER[0], "indicator", "vocabulary"),
        (HEADER[1], "target", "vocabulary"),
        (HEADER[2], "baseline", "user"),
        (HEADER[3], "data_source", "user"),
    ]
    assert [t.backend for t in first.tables] == ["plumber"]
    assert len(first.records) == len(ROWS) and not second.records
    (refused,) = second.refused
    assert refused.bbox == second.tables[0].bbox and "another kind of table" in refused.reason
    data = explanation.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["pages"][0]["headers"][0]["columns"][2]["source"] == "user"
    profile = header.columns[1].profile
    assert profile is not None and (profile.filled, profile.quantities) == (len(ROWS), len(ROWS))


def test_explain_json_on_the_command_line(
    taught_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", str(taught_pdf), "--json", "--pages", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["page"] for p in data["pages"]] == [1]
    columns = data["pages"][0]["headers"][0]["columns"]
    assert [c["field"] for c in columns] == ["indicator", "target", "actual", None]
    assert [c["source"] for c in columns] == ["vocabulary", "vocabulary", "content", None]
    assert columns[2]["profile"]["quantities"] == len(ROWS)


def test_each_record_knows_its_row_region(taught_pdf: Path, tmp_path: Path) -> None:
    report = perfextract.extract(taught_pdf)
    tables = explain(taught_pdf).pages[0].tables
    x0, top, x1, bottom = tables[0].bbox
    boxes = [r.bbox for r in report.indicators]
    assert all(b is not None for b in boxes)
    for box in boxes:
        assert box is not None
        assert x0 - 1 <= box[0] < box[2] <= x1 + 1 and top <= box[1] < box[3] <= bottom + 1
    assert [b[1] for b in boxes if b] == sorted(b[1] for b in boxes if b)  # one row each, in order
    assert len({b[1] for b in boxes if b}) == len(ROWS)
    document = report.to_dict()
    assert document["indicators"][0]["bbox"] == [round(v, 2) for v in boxes[0] or ()]
    assert main(["extract", str(taught_pdf), "-o", str(tmp_path), "--format", "csv", "-q"]) == 0
    assert "bbox" not in (tmp_path / "taught.csv").read_text("utf-8").splitlines()[0]


def test_user_label_wins_over_the_header_rules() -> None:
    from perfextract.columns import map_header
    from perfextract.labels import teach_labels

    header = ("Obiettivo", "Valore atteso", "Valore raggiunto")
    columns = map_header(header)
    assert columns is not None and columns.fields[0] == "indicator"  # no indicator column named
    with teach_labels({"Obiettivo": "objective_column"}):
        assert map_header(header) is None  # the user says it holds objectives: no indicators
    with teach_labels({"Obiettivo": "notes", "Valore atteso": "indicator"}):
        columns = map_header(header)
        assert columns is not None and columns.fields == ("notes", "indicator", "actual")


@pytest.mark.parametrize(
    ("sample", "page", "reasons"),
    [
        (
            "comune-lecce-2021-piano",
            3,
            ["another kind of table after an indicator table", "no header row maps its columns"],
        ),
        ("atsinsubria-2023-relazione", 3, ["plumber: a ruled frame, not a grid"]),
    ],
    ids=["budget-and-staff-tables", "shading-frame"],
)
def test_explain_says_why_tables_are_refused(sample: str, page: int, reasons: list[str]) -> None:
    from conftest import SAMPLES

    explained = explain(SAMPLES / f"{sample}.pdf").pages[page - 1]
    assert explained.page == page
    assert explained.records, "the page's indicator table is read"
    assert len(explained.refused) == len(reasons)
    for refused, reason in zip(explained.refused, reasons, strict=True):
        assert refused.reason.startswith(reason), refused.reason
        assert refused.bbox is not None
        if refused.table is None:
            continue  # a ruled frame set aside: its text is read as lines, records maybe
        # no record was read inside a table refused while reading the rows
        top, bottom = refused.bbox[1], refused.bbox[3]
        assert not any(r.bbox and top <= r.bbox[1] < bottom for r in explained.records)

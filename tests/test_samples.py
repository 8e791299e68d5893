"""Golden comparisons: each bundled sample against its ground truth."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import perfextract
from conftest import SAMPLES, SHARED, load_truth
from golden import compare

SAMPLE_NAMES = sorted(p.name[: -len(".truth.json")] for p in SAMPLES.glob("*.truth.json"))
#: The least record F1 and field accuracy each sample must keep.
FLOORS = {"cremona-2020": (0.99, 0.98)}


@pytest.fixture(scope="module", params=SAMPLE_NAMES)
def extracted(request: pytest.FixtureRequest) -> tuple[str, perfextract.Report]:
    name = request.param
    return name, perfextract.extract(SAMPLES / f"{name}.pdf")


def test_samples_are_bundled() -> None:
    assert "cremona-2020" in SAMPLE_NAMES


def test_sample_matches_truth(extracted: tuple[str, perfextract.Report]) -> None:
    name, report = extracted
    result = compare(load_truth(name)["indicators"], report.to_dict()["indicators"])
    min_f1, min_fields = FLOORS.get(name, (0.97, 0.95))
    assert result.f1 >= min_f1, result.misses
    assert result.field_accuracy >= min_fields, result.misses


def test_cremona_values_types_statuses_are_exact(
    extracted: tuple[str, perfextract.Report],
) -> None:
    name, report = extracted
    if name != "cremona-2020":
        pytest.skip("Cremona only")
    result = compare(load_truth(name)["indicators"], report.to_dict()["indicators"])
    exact = [k for k in result.field_n if k.startswith(("target", "actual", "status", "met"))]
    exact += ["type", "page", "page_end", "objective_code", "area_code", "indicator"]
    wrong = {k: result.accuracy(k) for k in exact if result.accuracy(k) < 1.0}
    assert wrong == {}, result.misses


def test_sample_document_and_source(extracted: tuple[str, perfextract.Report]) -> None:
    name, report = extracted
    truth = load_truth(name)
    assert report.to_dict()["document"] == truth["document"]
    assert report.source.pages == truth["source"]["pages"]
    assert report.source.sha256 == truth["source"]["sha256"]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is absent")
def test_shared_scorer_agrees(tmp_path: Path) -> None:
    out = tmp_path / "pred"
    out.mkdir()
    for name in SAMPLE_NAMES:
        report = perfextract.extract(SAMPLES / f"{name}.pdf")
        (out / f"{name}.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False))
    run = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--truth-dir", str(SAMPLES),
         "--pred-dir", str(out), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["f1"] >= 0.99 and summary["field_accuracy"] >= 0.98, run.stdout

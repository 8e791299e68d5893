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
#: The least record F1 and field accuracy each sample must keep.  Holdouts made apart
#: from the extractor that it does not read fully yet keep the level they reach now
#: (their misses are listed in the README, "Samples and accuracy").
FLOORS = {
    "arpal-puglia-2025-piao": (0.88, 0.92),  # text targets of rows set without space
    "aress-puglia-2023-relazione": (0.95, 0.99),  # a row's note split overleaf
    # a wide sheet printed in column parts whose headerless part is a column wider than the
    # first, not joined yet
    "arpa-lombardia-2023-relazione": (0.85, 0.98),
    "comune-forli-2025-piano": (0.95, 0.94),  # a date target merged over three year rows
    "ats-montagna-2025-piano": (0.85, 0.94),  # a box's indicator rows split from their header
    # borderless: years on a line of their own over the header, two columns a narrow gap apart
    "cciaa-verona-2023-relazione": (0.66, 0.74),
    # schede boxed in one Calc grid: the objective's code key and a year in the box's title
    "asl-vercelli-2024-relazione": (1.0, 0.91),
    # a scheda whose outcome box follows a Totale row: the outcome reaches no indicator
    "asp-comuni-modenesi-area-nord-2023-relazione": (1.0, 0.91),
    "asst-valle-olona-2023-relazione": (0.96, 0.99),  # a banded row at the foot of the page
    # printed by a browser: a row broken by the page inside a merged objective cell
    "universita-salento-2025-piao": (0.96, 0.94),
}
#: Fields of holdouts not yet exact, held out of the exactness test by name (never more).
KNOWN_INEXACT = {
    "arpal-puglia-2025-piao": {"objective_code", "target", "target_operator", "target_value",
                               "year"},
    "asl-asti-2024-schede-budget": {"year"},  # "… – ANNO 2024" title rows: no table year
    # rotated hierarchy cells merged over a page break: each page prints a part of the text
    "asl-bari-2025-piano": {"area_code", "objective_code"},
    "comune-brescia-2024-piano": {"area_code", "objective_code"},
    "universita-bari-2023-relazione": {"objective_code"},
    "asp-citta-bologna-2023-relazione": {"actual_operator", "actual_unit", "actual_value", "met",
                                         "target_operator", "target_unit", "target_value"},
    "cciaa-brescia-2022-relazione": {"status_text"},  # OBIETTIVO NON VALUTABILE: no status
    "comune-mantova-2023-relazione": {"indicator"},  # "certifi-" / "cazioni" kept hyphenated
    "ministero-infrastrutture-2023-relazione-bis": {"page_end"},
    "mur-2023-nota-integrativa-rendiconto": {"page_end"},
    "provincia-macerata-2024-relazione": {"actual"},  # "riorganizzazio" / "ne" in a narrow cell
    "universita-genova-2023-relazione": {"objective_code"},
    "comune-forli-2025-piano": {"page_end", "target", "target_operator", "target_unit",
                                "target_value", "target_value_max", "year"},
    "ats-montagna-2025-piano": {"target", "target_operator", "target_value", "year"},
    "universita-camerino-2023-relazione": {"actual"},  # LaTeX's "− 9,6": the gap is kept
    "arpa-lombardia-2023-relazione": {"objective_code", "status_text"},  # see FLOORS
    "cciaa-verona-2023-relazione": {"actual", "actual_operator", "actual_unit", "actual_value",
                                    "met", "objective_code", "year"},
    "asl-vercelli-2024-relazione": {"objective_code", "year"},  # see FLOORS
    "asp-comuni-modenesi-area-nord-2023-relazione": {"status", "status_text"},  # see FLOORS
    # a legend's mark ("S") after a result cell "Obiettivo sospeso": the phrase is read
    "asp-golgi-redaelli-2025-monitoraggio": {"status_text"},
    "unione-reno-galliera-2024-relazione": {"status", "status_text"},  # a comment overleaf
    "cciaa-cremona-2020-relazione-a": {"target"},  # a target cell split over a page break
    # a merged objective cell cut by a page break, its first part beside no row
    "cciaa-irpinia-sannio-2025-piano-indicatori": {"objective_code"},
    "comune-vignola-2025-piano-indicatori": {"page_end"},  # a formula's last line overleaf
    "universita-verona-2024-relazione-r77": {"area_code"},  # an area cell merged overleaf
    # a word a narrow cell broke without a hyphen ("296/23/CO" / "NS") keeps a space
    "agcom-2023-relazione": {"actual"},
    "irccs-burlo-garofolo-2024-relazione": {"notes"},
    # printed by a browser: a row broken by the page, its last word alone overleaf
    "comune-albenga-2024-relazione": {"area_code", "indicator", "objective_code", "page_end"},
    "universita-salento-2025-piao": {"indicator", "page_end", "target", "target_operator",
                                     "target_value", "year"},  # see FLOORS
}  # fmt: skip
#: Holdouts whose document fields are not read as their truth says yet.
KNOWN_DOCUMENT_MISSES = {
    "asp-reggio-emilia-2024-relazione",  # the name's second part after a dash
    "citta-metropolitana-firenze-2026-piano-indicatori",  # "Città Metropolitana", capital M
    "comune-fabriano-2024-peg-pdo",  # "PEG/PDO": the PDO's title read
    "crea-2025-piao",  # "Consiglio per la ricerca …": no issuer word the cover opens with
    "conservatorio-verdi-milano-2024-relazione",  # the running header's short name is read
    "mur-2023-nota-integrativa-rendiconto",  # "dell'università e della ricerca", lower case
    "provincia-autonoma-bolzano-2023-relazione",
    "regione-piemonte-2023-relazione",  # a running header's software name after the Regione
    "universita-parma-2024-relazione-integrata",  # "Università degli Studi di": short form read
    "cciaa-romagna-2024-relazione",  # the name's second part after a dash
    "parco-gran-sasso-laga-2024-relazione",  # a name going on over two cover lines
    "ausl-piacenza-2024-schede-budget",  # schede di budget annexed to a relazione
    "cciaa-verona-2023-relazione",  # the Camera's full legal name read for its short name
    "citta-metropolitana-genova-2025-piao",  # "Città Metropolitana", capital M
    "asp-golgi-redaelli-2025-monitoraggio",  # a "Monitoraggio intermedio": read as its PIAO
    "comune-la-spezia-2025-peg",  # the city's honour printed under its name
    "unione-reno-lavino-samoggia-2024-peg",  # "PEG / Piano dettagliato degli obiettivi"
    "asp-comuni-modenesi-area-nord-2023-relazione",  # "ASP" spelt out on the cover
    "cciaa-irpinia-sannio-2023-relazione",  # "Camera di Commercio di Irpinia Sannio"
    "irccs-burlo-garofolo-2024-relazione",  # the name going on in lower case on its line
    "cciaa-sondrio-2022-relazione",  # the Camera's full legal name read for its short name
    "izs-piemonte-liguria-valle-aosta-2024-relazione",  # a name going on over two lines
    "asl-frosinone-2023-relazione",  # a logo's "ASL" read before the name
    "universita-salento-2025-piao",  # the portal's name printed after the university's
}
#: Issue 4 asks every other sample for record F1 >= 0.90; they are held to more.
DEFAULT_FLOOR = (0.97, 0.95)


@pytest.fixture(scope="module", params=SAMPLE_NAMES)
def extracted(request: pytest.FixtureRequest) -> tuple[str, perfextract.Report]:
    name = request.param
    return name, perfextract.extract(SAMPLES / f"{name}.pdf")


def test_samples_are_bundled() -> None:
    assert "cremona-2020" in SAMPLE_NAMES
    assert len(SAMPLE_NAMES) >= 11
    assert all((SAMPLES / f"{name}.pdf").exists() for name in SAMPLE_NAMES)


def test_sample_matches_truth(extracted: tuple[str, perfextract.Report]) -> None:
    name, report = extracted
    truth = load_truth(name)["indicators"]
    if not truth:  # a document of other tables only: nothing in it is an indicator
        assert report.to_dict()["indicators"] == []
        return
    result = compare(truth, report.to_dict()["indicators"])
    min_f1, min_fields = FLOORS.get(name, DEFAULT_FLOOR)
    assert result.f1 >= min_f1, result.misses
    assert result.field_accuracy >= min_fields, result.misses


def test_values_types_statuses_and_places_are_exact(
    extracted: tuple[str, perfextract.Report],
) -> None:
    name, report = extracted
    result = compare(load_truth(name)["indicators"], report.to_dict()["indicators"])
    exact = [k for k in result.field_n if k.startswith(("target", "actual", "status", "met"))]
    exact += ["type", "page", "page_end", "objective_code", "area_code", "indicator", "year"]
    wrong = {k: result.accuracy(k) for k in exact if k in result.field_n and result.accuracy(k) < 1}
    assert set(wrong) <= KNOWN_INEXACT.get(name, set()), result.misses


def test_sample_document_and_source(extracted: tuple[str, perfextract.Report]) -> None:
    name, report = extracted
    truth = load_truth(name)
    if name not in KNOWN_DOCUMENT_MISSES:
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
    lines = run.stdout.strip().splitlines()
    summary = json.loads(lines[-1])
    assert summary["f1"] >= 0.97 and summary["field_accuracy"] >= 0.95, run.stdout
    per_sample = [line for line in lines if line.split(":")[0] in SAMPLE_NAMES]
    assert len(per_sample) == len(SAMPLE_NAMES)
    for line in per_sample:
        if "records 0/0 paired, 0 output" in line:
            continue  # no indicator in the truth, none read: right (the scorer says F1 0)
        f1 = float(line.split(" F1 ")[1].split()[0])
        assert f1 >= min(0.90, FLOORS.get(line.split(":")[0], DEFAULT_FLOOR)[0]), line

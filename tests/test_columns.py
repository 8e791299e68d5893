"""Columns typed by labels and content together (columns.map_header with a body)."""

from __future__ import annotations

import pytest

from perfextract.columns import map_header, refusal_reason
from perfextract.profiles import content_kind, profile_column

BOOKTABS_BODY = [
    ("Tasso di occupazione dei laureati a un anno", ">= 75%", "78,2%", "104%",
     "Il risultato è stato raggiunto grazie al potenziamento del placement e dei tirocini"),
    ("Numero di brevetti depositati", "12", "9", "75%",
     "Il numero di brevetti è inferiore all'atteso per il ritardo di due procedure"),
]  # fmt: skip
AVELLA_BODY = [
    ("01", "Rigidità strutturale di bilancio", None, None),
    ("01.1", "Incidenza spese rigide su entrate correnti", "[Spese rigide]/(Entrate)", "27,69"),
    ("02.1", "Incidenza degli accertamenti di parte corrente", "Accertamenti/Previsioni", "97,93"),
    ("02.2", "Incidenza degli incassi correnti", "Incassi/Previsioni definitive", "91,08"),
]
STAFF_BODY = [("Dirigenti", "4", "0", "3%"), ("Categoria D", "37", "5", "27%")]


@pytest.mark.parametrize(
    ("cells", "body", "looks_back", "want"),
    [
        (  # a booktabs relazione: English labels beside Italian ones
            ("Indicatore strategico", "Target 2020", "Actual", "% realizzazione",
             "Breve descrizione del risultato raggiunto"),
            BOOKTABS_BODY, True,
            ("indicator", "target", "actual", "achievement", None),
        ),
        (  # the description of the result begins with its outcome: prose all the same
            ("Indicatore", "Target 2024", "Actual", "% realizzazione",
             "Breve descrizione del risultato raggiunto"),
            [("Prime visite entro 10 giorni", ">= 90%", "92,4%", "100%",
              "Obiettivo raggiunto. Il rispetto dei tempi è stato garantito"),
             ("Prestazioni con priorità D", ">= 90%", "81,7%", "90,8%",
              "Obiettivo parzialmente raggiunto. Nel primo semestre la risonanza era ferma")],
            True,
            ("indicator", "target", "actual", "achievement", None),
        ),
        (  # the piano degli indicatori di bilancio: a label spanning code and name
            ("TIPOLOGIA INDICATORE", None, "DEFINIZIONE", "VALORE INDICATORE\n2025 (Percentuale)"),
            AVELLA_BODY, True,
            ("indicator_code", "indicator", "formula", "actual"),
        ),
        (  # the same header in a plan: the year's value is a target
            ("TIPOLOGIA INDICATORE", None, "DEFINIZIONE", "VALORE INDICATORE\n2025 (Percentuale)"),
            AVELLA_BODY, False,
            ("indicator_code", "indicator", "formula", "target"),
        ),
        (  # year-only headers of a plan
            ("N.", "Indicatore", "Unità di misura", "2025", "2026", "2027"),
            [("1", "Pratiche evase", "%", ">= 90%", ">= 92%", ">= 95%")], False,
            ("indicator_code", "indicator", "unit", "target", "target", "target"),
        ),
        (  # a plan's historical columns are baselines
            ("Cod.", "KPI", "Valore anno N-1", "Target 2024", "Target 2025", "Fonte/Riferimento"),
            [("A.1", "Tempo medio di risposta", "32 gg", "<= 30 gg", "<= 28 gg", "Protocollo")],
            False,
            ("indicator_code", "indicator", "baseline", "target", "target", "data_source"),
        ),
        (  # unknown labels whose content decides: quantities, then a status column
            ("Parametro", "Obiettivo quantitativo", "Esito conseguito", "Scost.", "Documentazione"),
            [("Visite ispettive", "120", "134", "+14", "Verbali"),
             ("Campioni analizzati", ">= 500", "512", "+12", "Registro")], True,
            ("indicator", "target", "actual", "deviation", "data_source"),
        ),
    ],
)  # fmt: skip
def test_columns_typed_by_labels_and_content(
    cells: tuple[str | None, ...],
    body: list[tuple[str | None, ...]],
    looks_back: bool,
    want: tuple[str | None, ...],
) -> None:
    columns = map_header(cells, body=body, looks_back=looks_back)
    assert columns is not None
    assert columns.fields == want


@pytest.mark.parametrize(
    ("cells", "body"),
    [
        (("Categoria", "Numero", "di cui a tempo parziale", "% sul totale"), STAFF_BODY),
        (("Processo", "Rischio", "Probabilità", "Impatto"), [("Gare", "Alto", "3", "4")]),
        (("Missione", "Programma", "Obiettivi di performance", "Tipologia di obiettivo"),
         [("01", "02", "Digitalizzazione dei servizi", "Trasversale")]),
        (("Entrate correnti (ultimi tre Rendiconti approvati)", "2022", "2023", "2024"),
         [("Importo", "6.344.199,09", "6.500.000,00", "6.712.000,00")]),
        (("Settore responsabile", "Settore Servizi sociali"), [("Peso dell'obiettivo", "20%")]),
        (("Macrostruttura", "Consuntivo 2022", "Consuntivo 2023", "Variazione %"),
         [("Rete ospedaliera", "€ 812.400.000", "€ 845.100.000", "+4,0%")]),
        (("Esito", "N. indicatori", "% sul totale"), [("Raggiunto", "16", "66,7%")]),
    ],
)  # fmt: skip
def test_tables_that_are_not_of_indicators_are_refused(
    cells: tuple[str | None, ...], body: list[tuple[str | None, ...]]
) -> None:
    assert map_header(cells, body=body, looks_back=False) is None


def test_a_refusal_names_its_reason() -> None:
    reason = refusal_reason(("Titolo", "Denominazione", "Riscossione"), [None] * 3, set())
    assert reason is not None and "riscossione" in reason


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        (["1.1", "1.2", "2.1.3"], "code"),
        (["13", "13.1", "13.2", "14.1"], "code"),
        (["10", "15", "4,5"], "quantity"),
        ([">= 80%", "n.d.", "-", "2,61"], "quantity"),
        (["Sì", "No", "Sì"], "quantity"),
        (["Raggiunto", "Parzialmente raggiunto", "Non raggiunto"], "status"),
        (["Numero di pratiche evase nei termini sul totale delle pratiche"], "prose"),
        (["Efficacia", "Efficienza"], "short_text"),
        ([None, ""], "empty"),
    ],
)
def test_content_kinds(cells: list[str | None], kind: str) -> None:
    assert content_kind(profile_column(cells)) == kind

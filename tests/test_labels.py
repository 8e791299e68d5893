"""Label normalisation: header labels, indicator types, statuses, headings."""

from __future__ import annotations

import pytest

from perfextract.columns import label_columns
from perfextract.labels import (
    fold,
    is_indicator_label,
    label_in_two_languages,
    match_heading,
    match_label,
    rejoin_type,
)
from perfextract.statuses import match_status

HEADER_CASES = [
    # (printed header, field, year)
    ("Descrizione", "indicator", None),
    ("DESCRIZIONE", "indicator", None),
    ("Indicatore", "indicator", None),
    ("Indicatori", "indicator", None),
    ("Descrizione indicatore", "indicator", None),
    ("Descrizione\nIndicatore", "indicator", None),
    ("Nome indicatore", "indicator", None),
    ("Denominazione indicatore", "indicator", None),
    ("Descriz ione", "indicator", None),
    ("Indicat ore", "indicator", None),
    ("Codice", "indicator_code", None),
    ("Cod.", "indicator_code", None),
    ("Codice indicatore", "indicator_code", None),
    ("Tipo", "type", None),
    ("TIPO", "type", None),
    ("Tipologia", "type", None),
    ("Tipologia\nindicatore", "type", None),
    ("Tipolo gia", "type", None),
    ("Valore Atteso", "target", None),
    ("Valore\nAtteso", "target", None),
    ("VALORE ATTESO", "target", None),
    ("Valore atteso 2020", "target", 2020),
    ("Target", "target", None),
    ("Target 2026", "target", 2026),
    ("TARGET 2025", "target", 2025),
    ("Valore obiettivo", "target", None),
    ("Valore target", "target", None),
    ("Risultato atteso", "target", None),
    ("Risultati attesi", "target", None),
    ("Valo re atte so", "target", None),
    ("Va1ore atteso", "target", None),
    ("Valore Raggiunto", "actual", None),
    ("Valore\nraggiunto", "actual", None),
    ("Valore raggiunto al 31/12", "actual", None),
    ("Consuntivo", "actual", None),
    ("Consuntivo 2024", "actual", 2024),
    ("Valore consuntivo", "actual", None),
    ("Valore a consuntivo", "actual", None),
    ("Risultato", "actual", None),
    ("Risultato 2024", "actual", 2024),
    ("Risultato conseguito", "actual", None),
    ("Risultato raggiunto", "actual", None),
    ("Valore rilevato", "actual", None),
    ("Valore raggiu nto", "actual", None),
    ("Note", "notes", None),
    ("NOTE", "notes", None),
    ("Nota", "notes", None),
    ("Osservazioni", "notes", None),
    ("Peso", "weight", None),
    ("Peso %", "weight", None),
    ("PESO (%)", "weight", None),
    ("Formula", "formula", None),
    ("Algoritmo di calcolo", "formula", None),
    ("Algoritmo", "formula", None),
    ("Modalità di calcolo", "formula", None),
    ("Modalita' di calcolo", "formula", None),
    ("Metodo di calcolo", "formula", None),
    ("Unità di misura", "unit", None),
    ("Unita' di misura", "unit", None),
    ("U.M.", "unit", None),
    ("Fonte", "data_source", None),
    ("Fonte dei dati", "data_source", None),
    ("Fonte dati", "data_source", None),
    ("Baseline", "baseline", None),
    ("Baseline 2023", "baseline", 2023),
    ("Valore di partenza", "baseline", None),
    ("Valore iniziale", "baseline", None),
    ("Grado di raggiungimento", "achievement", None),
    ("% raggiungimento", "achievement", None),
    ("% di raggiungimento", "achievement", None),
    ("Percentuale di raggiungimento", "achievement", None),
    ("Grado di\nraggiungimento", "achievement", None),
    ("% 2024", "achievement", 2024),
    ("Esito", "status_column", None),
    ("Stato", "status_column", None),
    ("Stato di attuazione", "status_column", None),
    ("Scostamento", "deviation", None),
    ("Risultato al 31/12/2023", "actual", 2023),
    ("Consuntivo al 31.12.2023", "actual", 2023),
    ("Valore realizzato", "actual", None),
    ("Indicatore di risultato", "indicator", None),
    ("% di realizzazione", "achievement", None),
    ("Grado di conseguimento", "achievement", None),
    ("Peso ponderale", "weight", None),
    ("Target triennale", "target", None),
    ("Valore atteso al 31/12", "target", None),
    ("Valore iniziale (baseline)", "baseline", None),
    ("Modalità di rilevazione", "formula", None),
    ("Esito (raggiunto/non raggiunto)", "status_column", None),
    ("Target 2024-2026", "target", None),
    ("Obiettivo operativo", "objective_column", None),
    ("Obiettivo specifico", "objective_column", None),
    ("Obiettivo generale", "objective_column", None),
    ("Area strategica", "area_column", None),
    ("Valore finale", "actual", None),
    ("VAL. ATT.", "target", None),
    ("VAL. RAGG.", "actual", None),
    ("Cod. Ob.", "objective_code_column", None),
    ("% Ragg.", "achievement", None),
    ("Aree strategiche", "area_column", None),
    ("Linea strategica", "area_column", None),
    ("Ambito strategico", "area_column", None),
    # English and abbreviated labels, and labels of real reports outside the first vocabulary
    ("Actual", "actual", None),
    ("Target", "target", None),
    ("KPI", "indicator", None),
    ("Indicatore strategico", "indicator", None),
    ("Val. cons.", "actual", None),
    ("Risultato effettivo 2012", "actual", 2012),
    ("Esito conseguito", "actual", None),
    ("Obiettivo quantitativo", "target", None),
    ("Fonte/Riferimento", "data_source", None),
    ("Fonte di verifica", "data_source", None),
    ("Valore anno N-1", "baseline", None),
    ("Baseline (Valore anno N-1)", "baseline", None),
    ("DEFINIZIONE", "formula", None),
    ("VALORE INDICATORE\n2025 (Percentuale)", "value", 2025),
    ("% realizzazione", "achievement", None),
    ("Delta", "deviation", None),
    ("Weight", "weight", None),
    # a Missione column of an indicator table is its area (budget tables by Missione are
    # refused by their header words: see test_columns)
    ("Missione", "area_column", None),
]


@pytest.mark.parametrize(
    ("text", "field", "year"), HEADER_CASES, ids=[c[0].replace("\n", "/") for c in HEADER_CASES]
)
def test_header_labels(text: str, field: str, year: int | None) -> None:
    match = match_label(text)
    assert match is not None, text
    assert (match.field, match.year) == (field, year)


NOT_HEADERS = [
    "Il progetto è stato realizzato",
    "OBIETTIVO CONSEGUITO",
    "Attuazione e rendicontazione",
    ">=80%",
    "2,61",
    "STRATEGICO",
    "Si rimanda alla relazione allegata",
    "Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese",
    "Area Strategica 2020_01",
    "Indirizzo politico",
    "",
    None,
    "Realizzazione del progetto",
    "Referti regolari",
    "Totale",
    "al 30/06",  # a date and filler words: no label ("anno" is filler too)
]


@pytest.mark.parametrize("text", NOT_HEADERS, ids=[str(t) for t in NOT_HEADERS])
def test_prose_and_values_are_not_headers(text: str | None) -> None:
    assert match_label(text) is None


TYPE_CASES = [
    ("ORGANIZZATI VO", "ORGANIZZATIVO"),
    ("ORGANIZZATI\nVO", "ORGANIZZATIVO"),
    ("EFFICACI A", "EFFICACIA"),
    ("EFFICIENZ A", "EFFICIENZA"),
    ("STRATEGIC O", "STRATEGICO"),
    ("OPERATIV O", "OPERATIVO"),
    ("COLLABORA ZIONE ISTITUZIONA LE", "COLLABORAZIONE ISTITUZIONALE"),
    ("COLLABORAZION E ISTITUZIONALE", "COLLABORAZIONE ISTITUZIONALE"),
    ("COLLABORA ZIONE ISTITUZIONA LE", "COLLABORAZIONE ISTITUZIONALE"),
    ("SUPPORTO DIRETTO ALLE IMPRESE", "SUPPORTO DIRETTO ALLE IMPRESE"),
    ("Efficacia", "Efficacia"),
    ("Efficac ia", "Efficacia"),
    ("OUTCOME", "OUTCOME"),
    ("OUT COME", "OUTCOME"),
    ("Qualità", "Qualità"),
    ("Quali tà", "Qualità"),
    ("Economi cità", "Economicità"),
    ("Tempestivi tà", "Tempestività"),
    ("di impatto", "di impatto"),
    ("Stato delle risorse", "Stato delle risorse"),
    ("Customer satisfaction", "Customer satisfaction"),
    ("Indicatore di output", "Indicatore di output"),
    ("Volume", "Volume"),
    ("Efficacia quantitativa", "Efficacia quantitativa"),
    (None, None),
]


@pytest.mark.parametrize(("text", "want"), TYPE_CASES, ids=[str(c[0]) for c in TYPE_CASES])
def test_types_broken_by_narrow_columns_are_rejoined(text: str | None, want: str | None) -> None:
    got = rejoin_type(text if text is None else " ".join(text.split()))
    assert got == want


STATUS_CASES = [
    ("erreicht / raggiunto", "achieved", "erreicht / raggiunto", None),
    ("partiellement atteint / parzialmente raggiunto", "partially_achieved",
     "partiellement atteint / parzialmente raggiunto", None),
    ("suspendu / sospeso", "suspended", "suspendu / sospeso", None),
    ("OBIETTIVO CONSEGUITO", "achieved", "OBIETTIVO CONSEGUITO", None),
    ("Obiettivo conseguito", "achieved", "Obiettivo conseguito", None),
    ("OBIETTIVO RAGGIUNTO", "achieved", "OBIETTIVO RAGGIUNTO", None),
    ("RAGGIUNTO", "achieved", "RAGGIUNTO", None),
    ("Raggiunto", "achieved", "Raggiunto", None),
    ("Conseguito", "achieved", "Conseguito", None),
    ("Obiettivo pienamente raggiunto", "achieved", "Obiettivo pienamente raggiunto", None),
    ("Totalmente raggiunto", "achieved", "Totalmente raggiunto", None),
    ("OBIETTIVO CONSEGUITO Si rimanda ai verbali dell'OIV", "achieved", "OBIETTIVO CONSEGUITO",
     "Si rimanda ai verbali dell'OIV"),
    ("OBIETTIVO CONSEGUITO - vedi relazione", "achieved", "OBIETTIVO CONSEGUITO",
     "vedi relazione"),
    ("Raggiunto al 100%", "achieved", "Raggiunto", "al 100%"),
    ("Raggiunto al 90%", "partially_achieved", "Raggiunto", "al 90%"),
    ("Obiettivo raggiunto al 75,5% (ritardi)", "partially_achieved", "Obiettivo raggiunto",
     "al 75,5% (ritardi)"),
    ("Raggiunto al 31/12/2024", "achieved", "Raggiunto", "al 31/12/2024"),
    ("NON RAGGIUNTO", "not_achieved", "NON RAGGIUNTO", None),
    ("Non raggiunto", "not_achieved", "Non raggiunto", None),
    ("OBIETTIVO NON CONSEGUITO", "not_achieved", "OBIETTIVO NON CONSEGUITO", None),
    ("Obiettivo non raggiunto: carenza di personale", "not_achieved",
     "Obiettivo non raggiunto", "carenza di personale"),
    ("PARZIALMENTE RAGGIUNTO", "partially_achieved", "PARZIALMENTE RAGGIUNTO", None),
    ("OBIETTIVO PARZIALMENTE CONSEGUITO", "partially_achieved",
     "OBIETTIVO PARZIALMENTE CONSEGUITO", None),
    ("Parzialmente conseguito", "partially_achieved", "Parzialmente conseguito", None),
    ("In corso", "partially_achieved", "In corso", None),  # under way at the year's end
    ("Raggiunto parzialmente", "partially_achieved", "Raggiunto parzialmente", None),
    ("Obiettivo raggiunto in parte", "partially_achieved", "Obiettivo raggiunto in parte", None),
    ("In parte raggiunto", "partially_achieved", "In parte raggiunto", None),
    ("Obiettivo sospeso", "suspended", "Obiettivo sospeso", None),
    ("OBIETTIVO SOSPESO", "suspended", "OBIETTIVO SOSPESO", None),
    ("Sospeso", "suspended", "Sospeso", None),
    ("Obiettivo annullato", "suspended", "Obiettivo annullato", None),
    ("Obiettivo stralciato", "suspended", "Obiettivo stralciato", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status", "phrase", "rest"), STATUS_CASES, ids=[c[0] for c in STATUS_CASES]
)
def test_status_phrases(text: str, status: str, phrase: str, rest: str | None) -> None:
    match = match_status(text)
    assert match is not None
    assert (match.status, match.phrase, match.rest) == (status, phrase, rest)


NOT_STATUSES = [
    "L'obiettivo è stato comunque conseguito",
    "Il progetto è stato realizzato",
    "Si rimanda alla relazione allegata",
    "Obiettivo strategico 1.2",
    "Raggiungimento degli obiettivi progettuali",
    "Realizzazione del progetto",
    "Non valutabile",
    "",
    None,
]


@pytest.mark.parametrize("text", NOT_STATUSES, ids=[str(t) for t in NOT_STATUSES])
def test_text_that_states_no_status(text: str | None) -> None:
    assert match_status(text) is None


HEADING_CASES = [
    ("Handlungsfeld / Ambito 1 – Bürgernahe Verwaltung / Amministrazione vicina al cittadino",
     "area", "1", "Bürgernahe Verwaltung / Amministrazione vicina al cittadino"),
    ("Strategisches Ziel / Obiettivo strategico 1.1 – Digitale Verwaltung / Amministrazione "
     "digitale", "strategic", "1.1", "Digitale Verwaltung / Amministrazione digitale"),
    ("OB. STRAT. 1 – Bari città sicura", "strategic", "1", "Bari città sicura"),
    ("OB. OP. 1.2 – Potenziare la videosorveglianza", "operational", "1.2",
     "Potenziare la videosorveglianza"),
    ("AREA STRATEGICA B: Valorizzazione del patrimonio", "area", "B",
     "Valorizzazione del patrimonio"),
    ("Area strategica II – Assistenza territoriale", "area", "II", "Assistenza territoriale"),
    ("AREA STRATEGICA A – DIDATTICA", "area", "A", "DIDATTICA"),
    ("Obiettivo strategico IV. Digitalizzazione", "strategic", "IV", "Digitalizzazione"),
    ("Area Strategica 2020_01", "area", "2020_01", None),
    ("AREA STRATEGICA 2", "area", "2", None),
    ("Area strategica 1 - Competitività delle imprese", "area", "1",
     "Competitività delle imprese"),
    ("Area 3: Servizi alla persona", "area", "3", "Servizi alla persona"),
    ("Ambito strategico 2 - Sanità", "area", "2", "Sanità"),
    ("Ob. Strategico 2020_01_01", "strategic", "2020_01_01", None),
    ("Obiettivo strategico 3 - Semplificare", "strategic", "3", "Semplificare"),
    ("OBIETTIVO STRATEGICO 1.2 Ridurre i tempi", "strategic", "1.2", "Ridurre i tempi"),
    ("OS 1.2 Ridurre i tempi", "strategic", "1.2", "Ridurre i tempi"),
    ("O.S. 4 Digitalizzazione", "strategic", "4", "Digitalizzazione"),
    ("Obiettivo generale 2", "strategic", "2", None),
    ("Ob. Operativo 2020_01_01_01", "operational", "2020_01_01_01", None),
    ("Ob. Operativo 2020_01_02", "operational", "2020_01_02", None),
    ("Ob. Operativo 2020_01_01_02 Collaborazione con Università e centri di ricerca",
     "operational", "2020_01_01_02", "Collaborazione con Università e centri di ricerca"),
    ("Obiettivo operativo 2.1.3: Digitalizzare l'archivio", "operational", "2.1.3",
     "Digitalizzare l'archivio"),
    ("OBIETTIVO OPERATIVO A.1.2 Ridurre i costi", "operational", "A.1.2", "Ridurre i costi"),
    ("OO 3.1 Formazione", "operational", "3.1", "Formazione"),
    ("Obiettivo specifico 4", "operational", "4", None),
    ("Linea strategica 2 – Città sostenibile", "area", "2", "Città sostenibile"),
    ("Linea di mandato 3", "area", "3", None),
    ("Macroarea 1 - Servizi", "area", "1", "Servizi"),
    ("Obiettivo esecutivo 1.2.3 – Digitalizzare", "operational", "1.2.3", "Digitalizzare"),
    ("Obiettivo gestionale 4.1", "operational", "4.1", None),
    ("Obiettivo 3 – Sostenere le famiglie", None, "3", "Sostenere le famiglie"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "level", "code", "title"), HEADING_CASES, ids=[c[0][:40] for c in HEADING_CASES]
)
def test_headings(text: str, level: str | None, code: str, title: str | None) -> None:
    heading = match_heading(text)
    assert heading is not None
    assert (heading.level, heading.code, heading.title) == (level, code, title)


NOT_HEADINGS = [
    "Area strategica di sviluppo – premessa",
    "Area strategica e obiettivi: sintesi",
    "Obiettivo di mandato",
    "Aree strategiche/Missioni, obiettivi strategici e obiettivi operativi",
    "Obiettivi strategici e obiettivi operativi",
    "Area",
    "Obiettivo conseguito",
    "Indicatori",
    "Il D. Lgs. 219/2016 ha previsto la riduzione",
    None,
]


@pytest.mark.parametrize("text", NOT_HEADINGS, ids=[str(t)[:40] for t in NOT_HEADINGS])
def test_text_that_is_no_heading(text: str | None) -> None:
    assert match_heading(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [("Indicatori", True), ("INDICATORI", True), ("Indicatori di performance", True),
     ("Indicatore", True), ("Indicatori di outcome e di output del progetto", False),
     ("Descrizione", False), (None, False)],
)  # fmt: skip
def test_indicator_label_rows(text: str | None, want: bool) -> None:
    assert is_indicator_label(text) is want


def test_fold_keeps_words_and_percent() -> None:
    assert fold("Unità\ndi  MISURA") == "unita di misura"
    assert fold("% di raggiungimento") == "% di raggiungimento"


BILINGUAL_CASES = [
    # labels printed in two languages: German or French first, Italian last
    ("Kennzahl\nIndicatore", "indicator", None),
    ("Maßeinheit\nUnità di misura", "unit", None),
    ("Zielwert 2024\nValore atteso 2024", "target", 2024),
    ("Ausgangswert\n2022\nValore di partenza\n2022", "baseline", 2022),
    ("Zielwert 2024 / Valore atteso 2024", "target", 2024),
    ("Istwert / Valore raggiunto", "actual", None),
    ("Anmerkungen / Note", "notes", None),
    ("Valeur attendue\n2023 / Valore\natteso 2023", "target", 2023),
    ("Résultat / Esito", "status_column", None),
    ("Notes / Note", "notes", None),
]


@pytest.mark.parametrize(
    ("text", "field", "year"), BILINGUAL_CASES, ids=[c[0] for c in BILINGUAL_CASES]
)
def test_labels_in_two_languages(text: str, field: str, year: int | None) -> None:
    match = label_in_two_languages(text)
    assert match is not None
    assert (match.field, match.year) == (field, year)


@pytest.mark.parametrize(
    "text",
    [
        "Cod.\nD.1.2.a",  # a header cell fused with its first row's cell
        "Descrizione indicatore\nTasso di abbandono tra primo e secondo anno",
        "Missione/ Programma",  # two labels, not one in two languages
        "Target 2022\nnon superiore a 10%",
    ],
)
def test_cells_that_are_no_label_in_two_languages(text: str) -> None:
    assert label_in_two_languages(text) is None


def test_a_header_printed_in_two_languages_is_read_by_its_italian() -> None:
    fields = label_columns(("Nr.\nN.", "Kennzahl\nIndicatore", "Zielwert 2024\nValore atteso 2024",
                            "Istwert / Valore raggiunto"), 82.0)[0]  # fmt: skip
    assert fields == ["indicator_code", "indicator", "target", "actual"]


def test_one_pair_of_labels_with_a_slash_is_no_bilingual_header() -> None:
    fields = label_columns(("Titolo / Tipologia", "Denominazione", "2024", "2025"), 82.0)[0]
    assert fields[0] is None

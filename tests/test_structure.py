"""The structure stages on synthetic rows: no PDF needed."""

from __future__ import annotations

from decimal import Decimal

from perfextract.classify import classify_row
from perfextract.model import Row
from perfextract.structure import build_indicators

HEADER = ("Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note")


def merged(text: str, page: int = 1, top: float = 0) -> Row:
    return Row(page=page, top=top, bottom=top + 10, cells=(text, None, None, None, None), table=0)


def cells(*texts: str | None, page: int = 1, top: float = 0, table: int = 0) -> Row:
    return Row(page=page, top=top, bottom=top + 10, cells=tuple(texts), table=table)


def para(text: str, page: int = 1, bold: bool = False) -> Row:
    return Row(page=page, top=0, bottom=10, cells=(text,), bold=bold)


def test_classify_row_kinds() -> None:
    assert classify_row(cells(*HEADER)).kind == "header"
    assert classify_row(merged("Indicatori")).kind == "label"
    assert classify_row(merged("Ob. Operativo 2020_01_01_01")).kind == "heading"
    assert classify_row(merged("OBIETTIVO CONSEGUITO")).kind == "status"
    assert classify_row(cells("Tempo medio", "STRATEGICO", "<= 5gg", "2,61", "")).kind == "cells"
    assert classify_row(para("Il progetto è stato realizzato")).kind == "text"


def test_hierarchy_status_and_comment_from_merged_rows() -> None:
    rows = [
        merged("Area Strategica 2020_01"),
        merged("MISSIONE 011: Competitività e sviluppo delle imprese"),
        merged("Indicatori"),
        cells(*HEADER),
        cells("Percezione della qualità", "OUTCOME", ">=80%", "> 80%", "Fonte: interna"),
        merged("OBIETTIVO CONSEGUITO BANDI PID 2020 (n.37 questionari)"),
        merged("Ob. Strategico 2020_01_01"),
        merged("Favorire lo sviluppo dell'innovazione"),
        merged("Indicatori"),
        cells(*HEADER),
        cells("Realizzazione del progetto", "STRATEGICO", "Attuazione", "Realizzato", None),
        merged("OBIETTIVO CONSEGUITO"),
        merged("Si rimanda alla relazione allegata."),
    ]
    records, warnings = build_indicators(rows)
    assert warnings == []
    first, second = records
    assert (first.area_code, first.area_title) == (
        "2020_01",
        "MISSIONE 011: Competitività e sviluppo delle imprese",
    )
    assert (first.objective_level, first.objective_code) == ("area", "2020_01")
    assert first.objective_title == first.area_title
    assert (first.status, first.status_text) == ("achieved", "OBIETTIVO CONSEGUITO")
    assert first.comment == "BANDI PID 2020 (n.37 questionari)"
    assert first.target.operator == ">=" and first.actual.operator == ">"
    assert first.met is True
    assert (second.objective_level, second.objective_code) == ("strategic", "2020_01_01")
    assert second.objective_title == "Favorire lo sviluppo dell'innovazione"
    assert second.comment == "Si rimanda alla relazione allegata."
    assert second.notes is None and second.met is None


def test_headings_between_tables_and_area_from_code() -> None:
    rows = [
        para("Ob. Operativo 2020_02_01_02", bold=True),
        para("Implementare la trasparenza", bold=True),
        para("Indicatori", bold=True),
        cells(*HEADER, table=1),
        cells("Tempi di evasione", "OPERATIVO", "<=20 giorni", "4 giorni", None, table=1),
        para("OBIETTIVO CONSEGUITO", bold=True),
        para("BANDO EXPORT: 1 POSITIVO"),
    ]
    (record,), _ = build_indicators(rows)
    assert record.area_code == "2020_02" and record.area_title is None
    assert record.objective_level == "operational"
    assert record.objective_title == "Implementare la trasparenza"
    assert record.comment == "BANDO EXPORT: 1 POSITIVO"
    assert record.target.unit == "days" and record.met is True


def test_row_split_across_pages_is_joined() -> None:
    rows = [
        merged("Ob. Operativo 2020_04_03_01"),
        merged("EMERGENZA COVID"),
        cells(*HEADER),
        cells(
            "Implementazione dei servizi",
            "ORGANIZZATI\nVO",
            "N° Cellulari",
            "Stampa per una",
            "Prenotazione",
            page=5,
            top=700,
        ),
        cells(*HEADER, page=6, top=40),
        cells("", "", "", "percentuale pari al 38,86%", "", page=6, top=60),
        merged("OBIETTIVO CONSEGUITO", page=6, top=80),
        cells("Bando FAICREDITO", "SUPPORTO", "N° imprese", "371", "Il Bando", page=6, top=100),
    ]
    first, second = build_indicators(rows)[0]
    assert (first.page, first.page_end) == (5, 6)
    assert first.actual.raw == "Stampa per una percentuale pari al 38,86%"
    assert first.type == "ORGANIZZATIVO"
    assert (second.page, second.page_end) == (6, 6)


def test_split_row_with_text_in_first_column_is_joined() -> None:
    rows = [
        cells(*HEADER),
        cells(
            "Costituzione di gruppo di lavoro",
            "COLLABORAZIONE",
            "N° riunioni",
            "N° 6",
            "Le",
            page=3,
            top=700,
        ),
        cells("interistituzionale", "", "", "", "richieste", page=4, top=40),
        cells("Coordinamento tavolo", "COLLABORAZIONE", "N° istituti", "14", "Il", page=4, top=90),
    ]
    first, second = build_indicators(rows)[0]
    assert first.indicator == "Costituzione di gruppo di lavoro interistituzionale"
    assert first.notes == "Le richieste" and first.page_end == 4
    assert second.indicator == "Coordinamento tavolo"


def test_suspended_status_from_actual_cell_and_free_text_comment() -> None:
    rows = [
        cells(*HEADER),
        cells("Grado di utilizzo del budget", "EFFICACIA", "<= 85%", "Obiettivo sospeso", None),
        merged("L'obiettivo è stato comunque conseguito Valore raggiunto 95,90%"),
    ]
    (record,), _ = build_indicators(rows)
    assert (record.status, record.status_text) == ("suspended", "Obiettivo sospeso")
    assert record.comment == "L'obiettivo è stato comunque conseguito Valore raggiunto 95,90%"
    assert record.met is None


def test_status_contradicting_values_is_warned() -> None:
    rows = [
        merged("Ob. Operativo 1.2"),
        cells(*HEADER),
        cells("Incidenza dei costi", "EFFICIENZA", "<= 35%", "35,28% da consolidare", None, page=9),
        merged("OBIETTIVO CONSEGUITO", page=9),
    ]
    (record,), warnings = build_indicators(rows)
    assert record.met is False
    assert [(w.page, w.code) for w in warnings] == [(9, "status-contradicts-values")]


def test_prose_without_header_gives_nothing() -> None:
    rows = [para("Premessa"), para("Il D. Lgs. 219/2016 ha previsto 60 Camere di Commercio.")]
    assert build_indicators(rows) == ([], [])


def test_one_record_per_year_of_a_plan_table() -> None:
    rows = [
        para("Obiettivo operativo A.1.2 – Ridurre gli abbandoni", bold=True),
        cells("Codice", "Indicatore", "Unità di misura", "Baseline", "Target 2024",
              "Target 2025", "Target 2026", table=1),
        cells("A.1.2.a", "Tasso di abbandono", "%", "12,3% (2022)", "<= 11%", "", "<= 9%",
              table=1),
    ]  # fmt: skip
    records, _ = build_indicators(rows)
    assert [(r.year, r.target.raw, r.target.number) for r in records] == [
        (2024, "<= 11%", 11), (2025, None, None), (2026, "<= 9%", 9)]  # fmt: skip
    assert {(r.indicator_code, r.baseline, r.unit) for r in records} == {
        ("A.1.2.a", "12,3% (2022)", "%")}  # fmt: skip
    assert {(r.objective_level, r.objective_code, r.area_code) for r in records} == {
        ("operational", "A.1.2", "A")}  # fmt: skip


def test_per_year_groups_of_columns() -> None:
    rows = [
        cells("Codice", "Indicatore", "Risultato 2023", "Target 2023", "% 2023",
              "Risultato 2024", "Target 2024", "% 2024", "Note"),
        cells("2.1.1", "Imprese assistite", "410", ">= 400", "100%", "380", ">= 420", "90,5%",
              "Dato provvisorio"),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert (first.year, first.actual.number, first.target.raw, first.achievement) == (
        2023, 410, ">= 400", 100)  # fmt: skip
    assert (second.year, second.actual.number, second.met, second.achievement) == (
        2024, 380, False, Decimal("90.5"))  # fmt: skip
    assert first.notes == second.notes == "Dato provvisorio"
    assert first.indicator_code == "2.1.1"


def test_objective_column_status_column_and_single_year() -> None:
    rows = [
        cells("Obiettivo", "Indicatore", "Target 2022", "Valore rilevato", "Esito", "Note"),
        cells("Obiettivo 2 – Tutela della biodiversità", "Specie monitorate", ">= 40", "42",
              "Raggiunto", ""),
        cells("", "Habitat cartografati", "100%", "80%", "Parzialmente raggiunto", ""),
        cells("Obiettivo 3 – Fruizione", "Visitatori", "n.d.", "120.000", "Sospeso", ""),
    ]  # fmt: skip
    first, second, third = build_indicators(rows)[0]
    assert (first.objective_code, first.objective_title, first.objective_level) == (
        "2", "Tutela della biodiversità", "strategic")  # fmt: skip
    assert (first.status, first.status_text, first.year) == ("achieved", "Raggiunto", 2022)
    assert (second.objective_code, second.status) == ("2", "partially_achieved")
    assert second.status_text == "Parzialmente raggiunto"
    assert (third.objective_code, third.status) == ("3", "suspended")
    assert first.notes is None and first.extra == {}


def test_hierarchy_in_columns_merged_down_over_their_indicators() -> None:
    header = (
        "Area strategica",
        "Obiettivo strategico",
        "Obiettivo operativo",
        "Indicatore",
        "Target 2023",
        "Valore al 31/12/2023",
    )
    rows = [
        cells(*header),
        cells("1 – Città sostenibile", "1.1 – Energia", "1.1.1 – Edifici efficienti",
              "Punti luce a LED", ">= 60%", "64%"),
        cells(None, None, None, "Consumi elettrici", "<= -5%", "-6,2%"),
        cells(None, None, "1.1.2 – Flotta pulita", "Veicoli elettrici", ">= 30%", "28%"),
        cells(*header, page=2, table=1),  # the table goes on; the merged cells print once
        cells(None, None, None, "Colonnine installate", ">= 10", "12", page=2, table=1),
        cells("2 – Città digitale", "2.1 – Servizi online", "2.1.1 – Pagamenti", "Pagamenti pagoPA",
              ">= 80%", "85%", page=2, table=1),
    ]  # fmt: skip
    records = build_indicators(rows)[0]
    assert [(r.area_code, r.area_title, r.objective_level, r.objective_code) for r in records] == [
        ("1", "Città sostenibile", "operational", "1.1.1"),
        ("1", "Città sostenibile", "operational", "1.1.1"),
        ("1", "Città sostenibile", "operational", "1.1.2"),
        ("1", "Città sostenibile", "operational", "1.1.2"),
        ("2", "Città digitale", "operational", "2.1.1"),
    ]
    assert records[2].objective_title == "Flotta pulita"
    assert {r.year for r in records} == {2023} and all(r.extra == {} for r in records)


def test_header_printed_on_two_rows_and_a_misnamed_indicator_column() -> None:
    rows = [
        cells("Obiettivo", "Tipo", "Valore", None, "Note"),
        cells("", "", "Atteso", "Raggiunto", ""),
        cells("Visite ispettive", "EFFICACIA", ">= 120", "134", ""),
    ]
    (record,), _ = build_indicators(rows)
    assert (record.indicator, record.target.raw, record.actual.raw) == (
        "Visite ispettive", ">= 120", "134")  # fmt: skip
    assert record.met is True


def test_header_less_code_column() -> None:
    rows = [
        cells("", "Indicatore", "Algoritmo di calcolo", "Peso", "Target 2025"),
        cells("1.1.a", "Pratiche evase", "evase/ricevute", "20%", "≥ 95%"),
    ]
    (record,), _ = build_indicators(rows)
    assert (record.indicator_code, record.weight, record.year) == ("1.1.a", 20, 2025)
    assert record.formula == "evase/ricevute" and record.extra == {}


def test_objective_without_level_word_follows_its_place() -> None:
    rows = [
        merged("Ambito 2 – Servizi sociali"),
        merged("Obiettivo 3 – Sostenere le famiglie"),
        cells(*HEADER),
        cells("Famiglie assistite", "", ">= 100", "120", ""),
        merged("Obiettivo operativo 3.1 – Sportello famiglie"),
        cells("Ore di apertura", "", ">= 20", "24", ""),
    ]
    first, second = build_indicators(rows)[0]
    assert (first.area_code, first.objective_level, first.objective_code) == (
        "2", "strategic", "3")  # fmt: skip
    assert (second.area_code, second.objective_level, second.objective_code) == (
        "2", "operational", "3.1")  # fmt: skip


def test_year_groups_spanning_a_second_header_row() -> None:
    rows = [
        cells("Codice", "Indicatore", "Baseline", "2024", None, "2025", None),
        cells("", "", "", "Target", "Peso", "Target", "Peso"),
        cells("P1.2.3", "Domande evase", "80%", ">= 85%", "30%", ">= 90%", "40%"),
    ]
    first, second = build_indicators(rows)[0]
    assert (first.year, first.target.raw, first.weight) == (2024, ">= 85%", 30)
    assert (second.year, second.target.raw, second.weight) == (2025, ">= 90%", 40)
    assert first.indicator_code == second.indicator_code == "P1.2.3"


def test_a_year_label_over_two_columns_names_the_records_year() -> None:
    rows = [
        cells("Indicatore", "Anno 2023", None, "Responsabile"),
        cells(None, "Valore atteso", "Valore rilevato al 31/12", None),
        cells("Pratiche digitalizzate", "100%", "96%", "Settore servizi"),
    ]
    (record,), _ = build_indicators(rows)
    assert (record.year, record.target.raw, record.actual.raw) == (2023, "100%", "96%")
    assert record.extra == {"Responsabile": "Settore servizi"}


def test_a_status_line_after_a_table_is_the_outcome_of_its_whole_group() -> None:
    rows = [
        para("Obiettivo operativo 2.3 – Riduzione dei tempi di attesa", bold=True),
        cells(*HEADER),
        cells("Prestazioni erogate entro i tempi", "EFFICACIA", ">= 90%", "93%", None),
        cells("Agende aperte in rete", "OUTPUT", "100%", "100%", None),
        para("Esito: Raggiunto"),
        para("Tutti gli indicatori hanno raggiunto il valore atteso."),
        para("Obiettivo operativo 2.4 – Screening", bold=True),
        cells(*HEADER, table=1),
        cells("Adesione allo screening", "OUTCOME", ">= 60%", "52%", None, table=1),
        merged("OBIETTIVO NON CONSEGUITO per la chiusura di due ambulatori"),
        cells("Inviti spediti", "OUTPUT", ">= 1.000", "1.250", None, table=1),
        para("Esito: Raggiunto"),
    ]
    first, second, third, fourth = build_indicators(rows)[0]
    for record in (first, second):
        assert (record.status, record.status_text) == ("achieved", "Raggiunto")
        assert record.comment == "Tutti gli indicatori hanno raggiunto il valore atteso."
    # a status of its own, in the table, stays; the line after the table is the last one's
    assert (third.status, third.comment) == ("not_achieved", "per la chiusura di due ambulatori")
    assert (fourth.status, fourth.comment) == ("achieved", None)


def test_a_scheda_obiettivo_names_the_objective_in_a_key_value_table() -> None:
    rows = [
        cells("Obiettivo strategico", "2 – Modena città che cura", table=0),
        cells("Obiettivo operativo", "2.4 – Potenziare i servizi per la prima infanzia", table=0),
        cells("Settore responsabile", "Settore Servizi educativi", table=0),
        cells("Peso dell'obiettivo", "15%", table=0),
        cells("Indicatore", "Formula di calcolo", "Target 2024", table=1),
        cells("Posti nido", "Posti autorizzati", ">= 1.200", table=1),
    ]
    (record,) = build_indicators(rows)[0]
    assert (record.objective_level, record.objective_code, record.area_code) == (
        "operational", "2.4", "2")  # fmt: skip
    assert record.objective_title == "Potenziare i servizi per la prima infanzia"
    assert record.weight is None and record.year == 2024


def test_footnotes_and_numbered_objectives_without_a_label_word() -> None:
    rows = [
        para("2. Controlli ambientali efficaci", bold=True),
        para("2.3 Potenziare il monitoraggio della qualità dell'aria", bold=True),
        cells("Indicatore", "Target 2024", "Fonte"),
        cells("Stazioni in funzione", "≥ 95% (1)", "Rete regionale"),
        Row(page=1, top=0, bottom=10, cells=("(1) Calcolato sulle stazioni della rete",),
            note=True),
        para("3. Obiettivi e risorse", bold=True),  # the document's own section
    ]  # fmt: skip
    (record,) = build_indicators(rows)[0]
    assert (record.objective_level, record.objective_code, record.area_code) == (
        "operational", "2.3", "2")  # fmt: skip
    assert record.comment is None
    assert (record.target.operator, record.target.number) == (">=", Decimal("95"))


def test_a_comment_goes_on_overleaf_but_never_starts_there() -> None:
    rows = [
        cells(*HEADER),
        cells("Bandi pubblicati", "OUTPUT", "3", "3", None),
        merged("Al bando hanno partecipato 3 imprese con l'assegnazione"),
        Row(page=2, top=0, bottom=10, cells=("di 84.000 euro.", None, None, None, None), table=1),
        cells("Imprese assistite", "OUTPUT", ">= 100", "120", None, page=2, table=1),
        Row(page=3, top=0, bottom=10, cells=("Allegato 2 – Budget", None, None), table=2),
    ]
    first, second = build_indicators(rows)[0]
    assert (
        first.comment == "Al bando hanno partecipato 3 imprese con l'assegnazione di 84.000 euro."
    )
    assert second.comment is None


def test_uncoded_area_lettered_objective_codes_and_prose_after_a_table() -> None:
    rows = [
        para("Area strategica: Ricerca", bold=True),
        cells("Obiettivo", "Indicatore", "Target", "Valore finale"),
        cells("OB.R.1 – Aumentare i finanziamenti", "Proposte presentate", "≥ 150", "163"),
        cells(None, "Progetti finanziati", "≥ 20", "24"),
        para("I dati del 2023 sono consolidati alla data del 31 marzo 2024."),
    ]
    record, other = build_indicators(rows)[0]
    assert other.comment is None
    assert (record.area_code, record.area_title) == (None, "Ricerca")
    assert (record.objective_level, record.objective_code) == ("strategic", "OB.R.1")
    assert record.objective_title == "Aumentare i finanziamenti"
    assert (record.actual.number, record.met) == (Decimal("163"), True)
    assert record.comment is None  # prose after a table, without an outcome line


def test_prose_after_a_table_of_one_indicator_is_its_comment() -> None:
    rows = [
        para("Obiettivo operativo 1.1 – Semplificare", bold=True),
        cells(*HEADER),
        cells("Pratiche digitali", "OUTPUT", ">= 80%", "85%", None),
        para("Il servizio è stato esteso a tutti i quartieri."),
        para("Obiettivo operativo 1.2 – Comunicare", bold=True),
        cells(*HEADER),
        cells("Campagne", "OUTPUT", ">= 2", "3", None),
        cells("Utenti raggiunti", "OUTCOME", ">= 1.000", "1.200", None),
        para("I dati sono provvisori."),
    ]
    first, second, third = build_indicators(rows)[0]
    assert first.comment == "Il servizio è stato esteso a tutti i quartieri."
    assert second.comment is None and third.comment is None


def test_a_rule_between_two_lines_parts_their_paragraphs() -> None:
    # the rows of a scheda's box: its only column rule is the edge of the shaded keys
    from perfextract.layout import group_paragraphs

    def text_line(top: float, text: str) -> dict[str, object]:
        chars = [{"fontname": "Arial", "top": top, "bottom": top + 10}]
        return {"text": text, "top": top, "bottom": top + 10, "x0": 60.0, "x1": 400.0,
                "chars": chars}  # fmt: skip

    lines = [text_line(100, "Area strategica 1 – Competitività"),
             text_line(111, "Obiettivo operativo 1.1.1 – Potenziare il PID")]  # fmt: skip
    assert len(list(group_paragraphs(lines))) == 1
    rule = {"orientation": "h", "top": 110.5, "x0": 59.8, "x1": 524.7}
    assert [len(p) for p in group_paragraphs(lines, [rule])] == [1, 1]
    aside = {**rule, "x0": 300.0}  # a rule beside the text parts nothing
    assert len(list(group_paragraphs(lines, [aside]))) == 1


def test_blocks_of_labelled_lines_are_read_as_schede() -> None:
    from perfextract.structure import build_indicators

    rows = [
        Row(2, 100, 110, ("Obiettivo strategico 1.2 – Ridurre i tempi di pagamento",), bold=True),
        Row(2, 120, 130, ("Indicatore 1.2.1 – Tempo medio di pagamento delle fatture",),
            bold=True),
        Row(2, 132, 180, ("Formula: Somma dei giorni di pagamento /\nN. fatture pagate\n"
                          "Target: <= 30 gg\nValore raggiunto: 24 gg\nEsito: Raggiunto",)),
        Row(2, 190, 200, ("Indicatore 1.2.2 – Fatture pagate entro 30 giorni",), bold=True),
        Row(2, 202, 230, ("Target: >= 90%\nValore raggiunto: 84%",)),
        Row(2, 800, 810, ("Pagina 2 di 3",), margin=True),
        Row(3, 60, 80, ("Esito: Non raggiunto\nNote: il dato risente del cambio di gestionale",)),
    ]  # fmt: skip
    found, _ = build_indicators(rows)
    assert [
        (i.indicator_code, i.indicator, i.target.raw, i.actual.raw, i.status) for i in found
    ] == [
        ("1.2.1", "Tempo medio di pagamento delle fatture", "<= 30 gg", "24 gg", "achieved"),
        ("1.2.2", "Fatture pagate entro 30 giorni", ">= 90%", "84%", "not_achieved"),
    ]
    assert found[0].formula == "Somma dei giorni di pagamento / N. fatture pagate"
    assert (found[1].page, found[1].page_end) == (2, 3)
    assert found[1].notes == "il dato risente del cambio di gestionale"
    assert found[0].objective_code == "1.2"


def test_labelled_lines_without_an_indicator_stay_text() -> None:
    from perfextract.text_schede import read_text_schede

    rows = [Row(2, 0, 9, ("Esito: Raggiunto\nNote: obiettivo confermato",))]
    assert read_text_schede(rows) == rows


def test_a_footnote_under_a_table_is_a_paragraph_of_its_own() -> None:
    from perfextract.layout import group_paragraphs

    def text_line(top: float, text: str, size: float) -> dict[str, object]:
        chars = [{"fontname": "Times", "size": size, "top": top, "bottom": top + size}]
        return {"text": text, "top": top, "bottom": top + size, "x0": 60.0, "x1": 400.0,
                "chars": chars}  # fmt: skip

    lines = [
        text_line(191.5, "2 Dato al 31/12/2023 estratto dal Sistema informativo", 8.0),
        text_line(203.0, "Grado di raggiungimento: 60% – Obiettivo parzialmente", 11.0),
    ]
    assert [len(p) for p in group_paragraphs(lines)] == [1, 1]


def test_a_totals_row_neither_continues_nor_makes_an_indicator() -> None:
    rows = [
        Row(1, 0, 9, ("Area", "Indicatore", "Target", "Valore"), table=0),
        Row(1, 9, 18, ("A – Ricerca", "Prodotti depositati", ">= 60%", "64,2%"), table=0),
        Row(1, 18, 27, ("Media di raggiungimento", None, "", "99,6%"), table=0),
    ]
    (record,), _ = build_indicators(rows)
    assert record.actual is not None and record.actual.raw == "64,2%"


def test_values_that_wrap_with_the_name_are_no_stack() -> None:
    # Trieste's PEG: a name over two lines beside values wrapping at the same pitch
    from perfextract.columns import map_header
    from perfextract.stacking import unstack_row

    columns = map_header(("Indicatore", "Target", "Risultato", "Peso"))
    assert columns is not None
    row = Row(2, 150, 190, (
        "Affidamento del servizio di gestione del Teatro\nVerdi – sala ridotto",
        "• entro il 30/06/2022 avvio\ngara\n• entro il 31/10/2022\naggiudicazione",
        "• gara avviata il 21/06/2022\n• aggiudicata", "10"), table=0,
        tops=((156.1, 165.5), (156.1, 165.5, 174.9, 184.3), (156.1, 165.5), (156.0,)))  # fmt: skip
    assert unstack_row(row, columns) == [row]


def test_a_code_printed_once_beside_a_stack_is_the_objectives() -> None:
    rows = [
        Row(3, 0, 9, ("Codice", "Obiettivo operativo", "Indicatori", "Target 2023",
                      "Risultato 2023", "Stato"), table=0),
        Row(3, 10, 60, ("1.2.1", "Ridurre le liste d'attesa", "Tasso di copertura della\n"
                        "domanda\nNumero di bambini in lista\nd'attesa", "≥ 92%\n≤ 40",
                        "96,1%\n17", "Raggiunto\nParziale"), table=0,
            tops=((10.0,), (10.0,), (10.0, 20.0, 35.0, 45.0), (10.0, 35.0), (10.0, 35.0),
                  (10.0, 35.0))),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert (first.indicator, second.indicator) == (
        "Tasso di copertura della domanda",
        "Numero di bambini in lista d'attesa",
    )
    assert (first.objective_code, second.objective_code) == ("1.2.1", "1.2.1")
    assert (first.indicator_code, second.status) == (None, "partially_achieved")


def test_a_headings_title_printed_in_a_band_of_the_table_is_its_title() -> None:
    # a zebra export: the objective's title and "Indicatori" are rows of the table
    rows = [
        Row(3, 0, 9, ("Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto"), table=3),
        Row(3, 10, 19, ("Tasso di evasione", "STRATEGICO", ">=100%", "138,45%"), table=3),
        Row(3, 30, 39, ("Ob. Operativo 2020_04_02_01",), bold=True),
        Row(3, 40, 49, ("Assicurare la gestione dell'ente", "", "", ""), table=4),
        Row(3, 50, 59, ("Indicatori", "", "", ""), table=4),
        Row(3, 60, 69, ("Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto"), table=5),
        Row(3, 70, 79, ("Incidenza dei costi", "EFFICIENZA", "<= 35%", "35,28%"), table=5),
    ]
    records, _ = build_indicators(rows)
    assert [r.indicator for r in records] == ["Tasso di evasione", "Incidenza dei costi"]
    assert records[1].objective_title == "Assicurare la gestione dell'ente"


def test_a_merged_objective_cell_split_by_a_page_break_keeps_one_title() -> None:
    rows = [
        Row(2, 0, 9, ("Obiettivo", "Indicatore", "Target", "Valore"), table=0),
        Row(2, 10, 19, ("2.01 – Estendere la rete ciclabile", "Km di piste", "≥ 12", "14"),
            table=0),
        Row(3, 0, 9, ("Obiettivo", "Indicatore", "Target", "Valore"), table=1),
        Row(3, 10, 19, ("urbana e la mobilità dolce", "Stalli per bici", "≥ 300", "320"),
            table=1),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert (
        first.objective_title
        == second.objective_title
        == ("Estendere la rete ciclabile urbana e la mobilità dolce")
    )
    assert second.objective_code == "2.01"


def test_hierarchy_titles_wrapped_beside_the_rows_below_go_on() -> None:
    """A table without cell borders read a line a row: a title's last lines sit beside
    the next line of its indicator, or beside the next indicators."""
    rows = [
        cells("Area", "Obiettivo", "Indicatore", "Atteso", "Conseguito"),
        cells("1 – Servizi ai", "1.1 – Potenziare i servizi", "Dichiarazioni inviate dai",
              "≥ 4.000", "4.312", top=10),
        cells("contribuenti", "telematici", "contribuenti", "", "", top=20),
        cells("", "1.2 – Migliorare la qualità", "Risposte entro i termini", "≥ 98%", "99,1%",
              top=30),
        cells("", "dell'assistenza", "Grado di soddisfazione", "≥ 85%", "87,3%", top=40),
        cells("", "", "Tempo medio di attesa", "≤ 20 minuti", "18 minuti", top=50),
        cells("", "Semplificare l'accesso", "Ispezioni telematiche", "≥ 90%", "93%", top=60),
    ]  # fmt: skip
    records, _ = build_indicators(rows)
    assert [r.indicator for r in records] == [
        "Dichiarazioni inviate dai contribuenti", "Risposte entro i termini",
        "Grado di soddisfazione", "Tempo medio di attesa", "Ispezioni telematiche",
    ]  # fmt: skip
    assert {r.area_title for r in records} == {"Servizi ai contribuenti"}
    assert [(r.objective_code, r.objective_title) for r in records] == [
        ("1.1", "Potenziare i servizi telematici"),
        *[("1.2", "Migliorare la qualità dell'assistenza")] * 3,
        (None, "Semplificare l'accesso"),  # a title of its own: a capital, no code
    ]


def test_a_row_under_a_title_cell_of_many_lines_is_no_part_of_it() -> None:
    rows = [
        cells("Cod.", "Obiettivo operativo", "Indicatore", "Target 2025"),
        cells("D.1.2", "Revisione dei regolamenti\ndidattici", "Regolamenti adeguati", "12",
              top=10),
        cells("", "Risorse: nessun onere aggiuntivo", None, None, top=40),
    ]  # fmt: skip
    (record,), _ = build_indicators(rows)
    assert record.objective_title == "Revisione dei regolamenti didattici"


def test_a_column_pairing_target_and_result_on_labelled_lines_is_split() -> None:
    rows = [
        Row(2, 0, 9, ("Cod.", "Indicatore", "Target / Risultato 2023", "Valutazione"), table=0),
        Row(2, 10, 30, ("1.1.a", "Indennità liquidate entro 30 giorni",
                        "Target: ≥ 95%\nRisultato: 97,1%", "Positiva"), table=0),
    ]  # fmt: skip
    (record,), _ = build_indicators(rows)
    assert record.target is not None and record.target.raw == "≥ 95%"
    assert record.actual is not None and record.actual.raw == "97,1%"
    assert (record.year, record.status, record.met) == (2023, "achieved", True)


def test_an_uncoded_objective_column_under_a_strategic_heading_is_operational() -> None:
    rows = [
        Row(2, 0, 9, ("AREA TM – TERZA MISSIONE",), bold=True),
        Row(2, 10, 19, ("Obiettivo strategico TM.1 – Valorizzare le conoscenze",), bold=True),
        Row(2, 20, 29, ("Codice", "Obiettivo", "Indicatore", "Target 2025"), table=0),
        Row(2, 30, 39, ("TM.1.1", "Più brevetti", "Brevetti depositati", "≥ 4"), table=0),
        Row(2, 40, 49, ("TM.1.2", "Più spin-off", "Spin-off attivi", "≥ 6"), table=0),
    ]
    records, _ = build_indicators(rows)
    assert [(r.objective_level, r.objective_title, r.area_code) for r in records] == [
        ("operational", "Più brevetti", "TM"), ("operational", "Più spin-off", "TM")]  # fmt: skip


def test_a_status_cell_no_outcome_word_reads_is_still_its_statement() -> None:
    rows = [
        Row(2, 0, 9, ("Indicatore", "Target", "Risultato", "Esito"), table=0),
        Row(2, 10, 19, ("Pratiche evase", "≥ 95%", "n.d.", "Da verificare"), table=0),
    ]
    (record,), _ = build_indicators(rows)
    assert (record.status, record.status_text) == (None, "Da verificare")


def test_rows_under_a_phases_band_inside_the_table_are_no_indicators() -> None:
    rows = [
        Row(2, 0, 9, ("Fasi e indicatori", "Target 2024", "Risultato 2024", "Note"), table=1),
        Row(2, 10, 19, ("Fasi di attuazione", None, None, None), table=1),
        Row(2, 20, 29, ("Aggiudicazione dei lavori", "entro 30/06/2024", "14/06/2024", ""),
            table=1),
        Row(2, 30, 39, ("Indicatori", None, None, None), table=1),
        Row(2, 40, 49, ("Edifici riqualificati", "≥ 3", "4", ""), table=1),
    ]  # fmt: skip
    records, _ = build_indicators(rows)
    assert [r.indicator for r in records] == ["Edifici riqualificati"]


def test_an_areas_title_bar_repeated_atop_its_pages_is_kept() -> None:
    from perfextract.layout import drop_running_lines

    rows = [
        Row(3, 20, 30, ("Area strategica 1 – Efficienza e appropriatezza",), margin=True),
        Row(3, 790, 800, ("Azienda Ospedaliera San Carlo – Relazione 2023",), margin=True),
        Row(4, 20, 30, ("Area strategica 1 – Efficienza e appropriatezza",), margin=True),
        Row(4, 790, 800, ("Azienda Ospedaliera San Carlo – Relazione 2023",), margin=True),
    ]
    assert [r.page for r in drop_running_lines(rows)] == [3, 4]


def test_a_header_line_giving_the_year_of_a_value_column_completes_the_header() -> None:
    rows = [
        cells("(n)", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "VALORE\nINDICATORE"),
        cells("", "", "", "2025\n(Percentuale)", top=10),
        cells("1.1", "Incidenza spese rigide su entrate correnti", "Spese / Entrate", "21,37",
              top=20),
    ]  # fmt: skip
    (record,), _ = build_indicators(rows, looks_back=True)
    assert (record.year, record.indicator_code) == (2025, "1.1")
    assert record.actual is not None and record.actual.raw == "21,37"


def test_indicators_listed_as_bullets_in_one_row_are_one_record_each() -> None:
    row = Row(3, 0, 60, ("1.1", "Gestione del personale", "• Cedolini elaborati\n• Tempo medio "
              "di reclutamento", ">= 4.800\n≤ 120 gg", "5.112\n104 gg"), table=0,
              tops=((10.0,), (10.0,), (10.0, 30.0), (10.0, 30.0), (10.0, 30.0)))  # fmt: skip
    header = cells("Cod.", "Obiettivo operativo", "Indicatori", "Target 2024", "Valore 2024")
    first, second = build_indicators([header, row], looks_back=True)[0]
    assert (first.indicator, second.indicator) == (
        "Cedolini elaborati",
        "Tempo medio di reclutamento",
    )
    assert (first.objective_code, second.objective_code) == ("1.1", "1.1")
    assert second.target is not None and second.target.raw == "≤ 120 gg"


def test_a_header_of_two_rows_repeated_overleaf_is_neither_row_nor_indicator() -> None:
    def header(page: int, table: int) -> list[Row]:
        return [
            cells(
                "(n)",
                "Tipologia indicatore",
                "Definizione",
                "Valore indicatore",
                None,
                page=page,
                table=table,
            ),
            cells(None, None, None, "2026", "2027", page=page, top=10, table=table),
        ]

    rows = [
        *header(1, 0),
        cells("1", "Entrate correnti", "", "", "", page=1, top=20),
        cells(
            "1.1",
            "Indicatore di realizzazione delle previsioni di competenza",
            "Media accertamenti / Stanziamenti",
            "96,42",
            "98,10",
            page=1,
            top=30,
        ),
        *header(2, 1),
        cells(
            "1.2",
            "Indicatore di realizzazione delle previsioni di cassa",
            "Media incassi / Stanziamenti",
            "81,06",
            "",
            page=2,
            top=20,
            table=1,
        ),
        *header(3, 2),
        cells("2", "Spese di personale", "", "", "", page=3, top=20, table=2),
        cells(
            "2.1",
            "Incidenza della spesa di personale",
            "Macroaggregato 1.1 / Spesa corrente",
            "24,17",
            "24,62",
            page=3,
            top=30,
            table=2,
        ),
    ]
    records, _ = build_indicators(rows)
    assert [(r.indicator_code, r.year, r.target and r.target.raw, r.page_end) for r in records] == [
        ("1.1", 2026, "96,42", 1),
        ("1.1", 2027, "98,10", 1),
        ("1.2", 2026, "81,06", 2),
        ("1.2", 2027, None, 2),
        ("2.1", 2026, "24,17", 3),
        ("2.1", 2027, "24,62", 3),
    ]


def test_a_labelled_comment_overleaf_under_the_header_again_is_its_indicator_s() -> None:
    header = ("Cod.", "Indicatore", "Target 2024", "Valore 2024")
    rows = [
        cells(*header, page=2),
        cells("B.1.1", "Pratiche evase entro 5 giorni", "≥ 90", "93,8", page=2, top=10),
        cells("Esito: Raggiunto", None, None, None, page=2, top=20),
        cells(*header, page=3, table=1),
        cells("Motivazione dello scostamento: nessuno scostamento.", None, None, None, page=3,
              top=10, table=1),
        cells("B.1.2", "Tempo medio di lavorazione", "≤ 4", "3,1", page=3, top=20, table=1),
        para("Fonte: sistema di controllo di gestione camerale.", page=3),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert first.status == "achieved"
    assert first.comment == "Motivazione dello scostamento: nessuno scostamento."
    assert second.comment is None  # a source note under the table is no comment


def test_a_scheda_whose_last_keys_fall_overleaf_is_one_indicator() -> None:
    rows = [
        Row(1, 0, 9, ("Indicatore 2", "Tempo medio di erogazione del FIS"), table=2),
        Row(1, 9, 18, ("Unità di misura", "giorni"), table=2),
        Row(1, 18, 27, ("Metodo di calcolo", "Media dei giorni tra decreto e mandato"), table=2),
        Row(1, 27, 36, ("Fonte del dato", "Sistema SICOGE"), table=2),
        Row(2, 20, 29, ("Valore di riferimento", "48 gg"), table=3),
        Row(2, 29, 38, ("Valore target 2023", "≤ 45 gg"), table=3),
        Row(2, 38, 47, ("Valore a consuntivo 2023", "39 gg"), table=3),
    ]  # fmt: skip
    (record,), _ = build_indicators(rows, looks_back=True)
    assert (record.page, record.page_end, record.data_source) == (1, 2, "Sistema SICOGE")
    assert record.target is not None and record.target.raw == "≤ 45 gg"
    assert record.actual is not None and record.actual.raw == "39 gg"
    assert record.baseline == "48 gg"


def test_a_unit_s_subtotal_row_ends_its_last_indicator() -> None:
    header = ("Area", "Obiettivo", "Indicatore", "Peso", "Atteso", "Raggiunto", "Punteggio")
    rows = [
        cells(*header),
        cells("D – Trasparenza", "D.1 Adempimenti", "Formazione obbligatoria", "10", "SI", "SI",
              "10,0", top=10),
        cells("Totale S.C. Cardiologia – UTIC", None, None, "100", "", "", "88,5", top=20),
        cells("Linea 2", "", "Spesa farmaceutica", "15", "≤ 100%", "97%", "15,0", top=30),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert first.weight == Decimal(10) and first.extra["Punteggio"] == "10,0"
    assert second.indicator == "Spesa farmaceutica"


def test_calc_export_with_codes_over_titles_and_outcome_lines_across_the_values() -> None:
    """Merged hierarchy cells print a code on their first line and the title below, the
    lines that do not fit their first row beside the next one; outcome lines and comments
    are cells merged from the indicator's column to the last (``None`` after them)."""
    header = (
        "Area strategica",
        "Obiettivo strategico",
        "Obiettivo operativo",
        "Descrizione",
        "Tipo",
        "Valore Atteso",
        "Valore Raggiunto",
        "Note",
    )
    band = (None, None, None, None)
    rows = [
        cells(*header),
        cells("AS1\nMISSIONE 016: Commercio", "", "", "Quota di risorse restituite",
              "OUTCOME", ">= 40%", "46,8%", "Fonte: bilancio", top=10),
        cells("internazionale", "", "", "OBIETTIVO CONSEGUITO\nInterventi per 4,9 milioni.",
              *band, top=20),
        cells("", "OS1.1\nFavorire la doppia", "OO1.1.1", "Assessment realizzati", "OPERATIVO",
              ">= 150", "187", "Fonte: PID", top=30),
        cells("", "transizione", "Diffusione dei servizi", "OBIETTIVO CONSEGUITO", *band, top=40),
        cells("", "", "", "Imprese partecipanti", "OPERATIVO", ">= 600", "742", "", top=50),
        cells("", "", "", "OBIETTIVO NON CONSEGUITO", *band, top=60),
        cells("", "", "", "Realizzati 24 webinar.", *band, top=70),
    ]  # fmt: skip
    records, _ = build_indicators(rows)
    assert [r.indicator for r in records] == [
        "Quota di risorse restituite", "Assessment realizzati", "Imprese partecipanti"]  # fmt: skip
    assert {r.area_code for r in records} == {"AS1"}
    assert {r.area_title for r in records} == {"MISSIONE 016: Commercio internazionale"}
    assert [(r.objective_level, r.objective_code, r.objective_title) for r in records] == [
        ("area", "AS1", "MISSIONE 016: Commercio internazionale"),
        *[("operational", "OO1.1.1", "Diffusione dei servizi")] * 2,
    ]
    assert [(r.status, r.status_text, r.comment) for r in records] == [
        ("achieved", "OBIETTIVO CONSEGUITO", "Interventi per 4,9 milioni."),
        ("achieved", "OBIETTIVO CONSEGUITO", None),
        ("not_achieved", "OBIETTIVO NON CONSEGUITO", "Realizzati 24 webinar."),
    ]


def test_a_budget_classification_column_of_codes_is_no_indicator_code() -> None:
    rows = [
        cells("Missione/ Programma", "Obiettivo operativo", "Indicatore", "Target 2024"),
        cells("01.08", "1.1.1 – Servizi online", "Servizi erogati online", "45", top=10),
        cells("01.07", "1.1.2 – Tempi della CIE", "Attesa per la CIE", "<= 20 gg", top=20),
    ]
    records, _ = build_indicators(rows)
    assert [r.indicator_code for r in records] == [None, None]
    assert [r.extra for r in records] == [
        {"Missione/ Programma": "01.08"}, {"Missione/ Programma": "01.07"}]  # fmt: skip


def test_a_row_split_overleaf_goes_on_under_the_label_and_header_printed_again() -> None:
    header = ("Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note")
    rows = [
        cells("Indicatori", None, None, None, None, page=4, table=3),
        cells(*header, page=4, table=3),
        cells("Numero di verifiche", "OUTPUT", ">= 450", "388", "Ispezioni condotte dal",
              page=4, top=10, table=3),
        cells("Indicatori", None, None, None, None, page=5, table=4),
        cells(*header, page=5, table=4),
        cells("metrologiche su strumenti", "", "", "", "personale ispettivo", page=5,
              top=10, table=4),
    ]  # fmt: skip
    (record,), _ = build_indicators(rows)
    assert record.indicator == "Numero di verifiche metrologiche su strumenti"
    assert (record.page, record.page_end) == (4, 5)


def test_a_sentence_merged_across_the_value_columns_is_its_row_s_comment() -> None:
    rows = [
        cells("N.", "Indicatore", "Valore atteso", "Valore raggiunto", "Stato"),
        cells("2", "Tempo medio di rilascio della carta d'identità", "≤ 15 gg", "11 gg",
              "Raggiunto", top=10),
        Row(1, 20, 29, ("", "L'apertura straordinaria del sabato ha ridotto i tempi.", None,
                        None, None), table=0),
        cells("3", "Atti di stato civile digitalizzati", "1.200", "1.356", "Raggiunto", top=30),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert first.comment == "L'apertura straordinaria del sabato ha ridotto i tempi."
    assert second.indicator == "Atti di stato civile digitalizzati"


def test_a_comment_merged_across_the_table_overleaf_is_its_row_s() -> None:
    header = ("N.", "Indicatore", "Valore atteso", "Valore raggiunto", "Stato")
    rows = [
        cells(*header, page=3),
        cells("1", "Collaudo della nuova scuola", "entro il 30/09/2024", "18/12/2024",
              "Parzialmente raggiunto", page=3, top=10),
        cells(*header, page=4),
        cells("", "Il collaudo è slittato per una variante in corso d'opera.", None, None, None,
              page=4, top=10),
        cells("2", "Punti luce sostituiti", "350", "362", "Raggiunto", page=4, top=20),
    ]  # fmt: skip
    records, _ = build_indicators(rows)
    assert [(r.indicator, r.page, r.page_end) for r in records] == [
        ("Collaudo della nuova scuola", 3, 3),
        ("Punti luce sostituiti", 4, 4),
    ]
    assert records[0].comment == "Il collaudo è slittato per una variante in corso d'opera."


def test_a_row_with_a_code_of_its_own_overleaf_is_the_next_indicator() -> None:
    header = ("Nr.", "Indicatore", "Unità di misura", "Target 2024", "Target 2025")
    rows = [
        cells(*header, page=3),
        cells("2.2.2", "Spesa per eventi culturali", "Euro", "€ 1.250.000,00", "€ 1.300.000,00",
              page=3, top=10),
        cells(*header, page=4),
        cells("2.2.3", "Completamento del risanamento della facciata", "data", "31.12.2024", "",
              page=4, top=10),
    ]  # fmt: skip
    records, _ = build_indicators(rows)
    assert sorted({(r.indicator, r.page, r.page_end) for r in records}) == [
        ("Completamento del risanamento della facciata", 4, 4),
        ("Spesa per eventi culturali", 3, 3),
    ]


def test_years_printed_as_rows_under_an_indicator_give_a_record_each() -> None:
    header = ("Cod.", "Indicatore", "Unità di misura", "Anno", "Target", "Risultato", "Esito")
    rows = [
        cells(*header),
        cells("A.1.1", "Transetti di monitoraggio del camoscio", "n.", "2023", "≥ 40", "42",
              "Raggiunto", top=10),
        cells(None, None, None, "2024", "≥ 45", "41", "Non raggiunto", top=20),
        cells("A.1.2", "Siti Natura 2000 con piano di gestione", "%", "2024", "≥ 70%", "72%",
              "Raggiunto", top=30),
    ]  # fmt: skip
    records, _ = build_indicators(rows)
    assert [
        (r.indicator_code, r.year, r.target.raw, r.actual.raw, r.status, r.unit) for r in records
    ] == [
        ("A.1.1", 2023, "≥ 40", "42", "achieved", "n."),
        ("A.1.1", 2024, "≥ 45", "41", "not_achieved", "n."),
        ("A.1.2", 2024, "≥ 70%", "72%", "achieved", "%"),
    ]


def test_a_year_row_beside_the_last_lines_of_a_name_without_borders() -> None:
    header = ("Cod.", "Indicatore", "Anno", "Target", "Risultato")
    rows = [
        cells(*header),
        cells("1.1.1", "Tempo medio di risposta alle", "2023", "≤ 30 gg", "28 gg", top=10),
        cells("", "segnalazioni ambientali", "2024", "≤ 25 gg", "27 gg", top=20),
    ]
    records, _ = build_indicators(rows)
    assert [(r.indicator, r.year, r.actual.raw) for r in records] == [
        ("Tempo medio di risposta alle segnalazioni ambientali", 2023, "28 gg"),
        ("Tempo medio di risposta alle segnalazioni ambientali", 2024, "27 gg"),
    ]


def test_a_header_printed_on_three_rows() -> None:
    rows = [
        cells("Cod.", "Indicatore", "Valori degli indicatori", None, None, None, "Note"),
        cells(None, None, "Anno 2023", None, "Anno 2024", None, None, top=10),
        cells(None, None, "Target", "Consuntivo", "Target", "Consuntivo", None, top=20),
        cells("1.1.1", "Imprese assistite", "≥ 350", "402", "≥ 400", "437", "", top=30),
    ]
    records, _ = build_indicators(rows, looks_back=True)
    assert [(r.year, r.target.raw, r.actual.raw) for r in records] == [
        (2023, "≥ 350", "402"),
        (2024, "≥ 400", "437"),
    ]


def test_prose_under_a_table_whose_comments_are_rows_of_it_is_no_comment() -> None:
    header = ("Cod.", "Indicatore", "Target 2024", "Valore 2024", "Esito")
    rows = [
        cells(*header),
        cells("1.1", "Presenze turistiche", ">= 2%", "1,4%", "Parzialmente raggiunto"),
        Row(1, 20, 30, ("Il dato ISTAT è provvisorio.", None, None, None, None), table=0),
        cells("1.2", "Progetti finanziati", ">= 40", "36", "Parzialmente raggiunto", top=40),
        Row(1, 50, 60, ("Le risorse sono state ripartite.", None, None, None, None), table=0),
        para("Le risorse del Fondo sono state interamente ripartite tra le Regioni."),
    ]
    first, second = build_indicators(rows)[0]
    assert first.comment == "Il dato ISTAT è provvisorio."
    assert second.comment == "Le risorse sono state ripartite."


def test_a_coded_band_merged_across_the_table_is_the_objective_of_the_rows_it_heads() -> None:
    header = (None, "TIPOLOGIA INDICATORE", "DEFINIZIONE", "2025", "2026")
    band = ("2 Entrate correnti", None, None, None, None)
    rows = [
        cells(*header),
        cells(*band),
        cells("2.1", "Realizzazione delle previsioni", "Accertamenti / stanziamenti", "98,41",
              "101,06"),
        cells("2.2", "Realizzazione delle previsioni di cassa", "Incassi / stanziamenti", "86,73",
              "n.d."),
    ]  # fmt: skip
    found = build_indicators(rows, looks_back=False)[0]
    assert {(i.objective_code, i.objective_title) for i in found} == {("2", "Entrate correnti")}
    assert all(i.comment is None for i in found) and len(found) == 4


def test_objectives_under_a_programma_keep_the_missione_printed_above() -> None:
    header = ("Obiettivo", "Indicatore", "Unità di misura", "Valore target 2025")
    rows = [
        para("MISSIONE 017 – Ricerca e innovazione", bold=True),
        para("Programma 017.022 – Ricerca scientifica e tecnologica applicata", bold=True),
        cells(*header),
        cells("1.1 – Diffondere modelli di innovazione", "Scuole aderenti", "Numero", "≥ 1.450"),
        cells("1.2 – Realizzare le ricerche", "Pubblicazioni scientifiche", "Numero", "≥ 55"),
    ]
    found = build_indicators(rows, looks_back=False)[0]
    assert [(i.area_code, i.area_title, i.objective_code) for i in found] == [
        ("017", "Ricerca e innovazione", "1.1"),
        ("017", "Ricerca e innovazione", "1.2"),
    ]


def test_a_definition_is_the_indicator_where_no_column_names_one() -> None:
    header = ("(n)", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "UNITÀ DI MISURA", "2025", "2026")
    rows = [
        cells(*header),
        cells("1", "Risultato (outcome)", "Indicatore annuale di tempestività dei pagamenti",
              "giorni", "≤ 0", "≤ 0"),
        cells("2", "Realizzazione finanziaria", "Percentuale di riscossione delle entrate",
              "%", "≥ 92,0", "≥ 92,5"),
        cells("3", "Realizzazione fisica", "Numero di dipendenti formati sulle competenze",
              "numero", "1.800", "2.200"),
    ]  # fmt: skip
    found = build_indicators(rows, looks_back=False)[0]
    assert [(i.indicator_code, i.year) for i in found][:2] == [("1", 2025), ("1", 2026)]
    assert found[0].indicator == "Indicatore annuale di tempestività dei pagamenti"


def test_a_budget_of_forecasts_by_titolo_gives_no_records() -> None:
    rows = [
        cells("Titolo", "Descrizione", "Previsioni 2025", "Previsioni 2026"),
        cells("1", "Entrate correnti di natura tributaria", "12.845.300,00", "12.906.100,00"),
        cells("2", "Trasferimenti correnti", "1.417.652,31", "1.102.440,00"),
    ]
    assert build_indicators(rows, looks_back=False)[0] == []


def test_a_comment_in_the_name_column_after_an_outcome_line_is_the_comment() -> None:
    # a table without borders: the empty cells are "" (not merged away)
    rows = [
        cells(*HEADER),
        cells("Realizzazione del progetto HoCare 2.0", "STRATEGICO", "Realizzazione",
              "Attuato", "Secondo il cronoprogramma", top=10),
        cells("OBIETTIVO CONSEGUITO", "", "", "", "", top=20),
        cells("Si rimanda ai report periodici di progetto", "", "", "", "", top=30),
        cells("Tempo medio di istruttoria del bando", "OPERATIVO", "<= 30 gg", "24 gg", "",
              top=40),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert first.status == "achieved"
    assert first.comment == "Si rimanda ai report periodici di progetto"
    assert second.indicator == "Tempo medio di istruttoria del bando"


def test_a_scheda_boxed_with_its_outcome_rows_gives_them_to_its_indicators() -> None:
    width = 5

    def kv(key: str, value: str, top: float) -> Row:
        return Row(1, top, top + 9, (key, value) + (None,) * (width - 2), table=0)

    rows = [
        kv("Obiettivo n.", "A.1", 0),
        kv("Descrizione obiettivo", "Governo della spesa farmaceutica", 10),
        cells("Indicatore", "Peso", "Valore atteso", "Valore rilevato", "% ragg.", top=20),
        cells("Incidenza dei farmaci biosimilari", "40", "≥ 85%", "88,1%", "100%", top=30),
        cells("Spesa per farmaci ad alto costo", "60", "≤ € 2.450,00", "€ 2.512,30", "97,5%",
              top=40),
        kv("Grado di raggiungimento dell'obiettivo", "99,2%", 50),
        kv("Esito", "RAGGIUNTO", 60),
        kv("Osservazioni della Struttura", "Lo scostamento è dovuto a due nuove terapie.", 70),
        Row(2, 0, 9, ("Struttura", "S.C. Pronto Soccorso", None, None, None), table=1),
        Row(2, 10, 19, ("Responsabile", "Dott. Carlo Bassi", None, None, None), table=1),
    ]  # fmt: skip
    found = build_indicators(rows)[0]
    assert [i.indicator for i in found] == ["Incidenza dei farmaci biosimilari",
                                            "Spesa per farmaci ad alto costo"]  # fmt: skip
    assert {(i.status, i.status_text, i.comment) for i in found} == {
        ("achieved", "RAGGIUNTO", "Lo scostamento è dovuto a due nuove terapie.")
    }


def test_a_scheda_s_score_line_neither_comments_nor_stops_its_outcome_line() -> None:
    rows = [
        para("Scheda obiettivo 1.1", bold=True),
        Row(1, 0, 9, ("Obiettivo n.", "1.1"), table=0),
        Row(1, 10, 19, ("Descrizione", "Potenziare l'assistenza domiciliare"), table=0),
        cells("Indicatore", "Valore atteso 2023", "Valore raggiunto 2023", "% raggiungimento",
              table=1),
        cells("Utenti in carico al SAD", "≥ 180", "196", "100%", table=1, top=10),
        cells("Tempo medio di attivazione", "≤ 15 gg", "12 gg", "100%", table=1, top=20),
        para("Grado di raggiungimento dell'obiettivo: 100%"),
        para("Esito: Raggiunto"),
        para("Il servizio è stato esteso a tutti i Comuni."),
        para("Servizio: Segreteria Responsabile: Dott.ssa Cinti"),
    ]  # fmt: skip
    found = build_indicators(rows)[0]
    assert {(i.objective_code, i.objective_title) for i in found} == {
        ("1.1", "Potenziare l'assistenza domiciliare")
    }
    assert {(i.status, i.comment) for i in found} == {
        ("achieved", "Il servizio è stato esteso a tutti i Comuni.")
    }


def test_a_labelled_note_run_past_its_merged_cell_is_its_rows_comment() -> None:
    rows = [
        cells("N.", "Indicatore", "Target 2024", "Valore 2024", "Esito"),
        cells("1.1.2", "Rapporti di ispezione trasmessi", "≥ 90%", "86,5%", "PR", top=10),
        cells("", "Nota: il ritardo è dovuto alla cessazione di due", None, "ispettori.", "",
              top=20),
        cells("1.1.3", "Tempo medio di rilascio dei pareri", "≤ 30 gg", "28 gg", "R", top=30),
    ]  # fmt: skip
    first, second = build_indicators(rows)[0]
    assert first.comment == "Nota: il ritardo è dovuto alla cessazione di due ispettori."
    assert second.indicator_code == "1.1.3" and second.comment is None


def test_a_status_line_after_a_scheda_wins_over_a_result_cell_s_phrase() -> None:
    rows = [
        para("Obiettivo operativo 4.1 – Migrazione in cloud", bold=True),
        cells("Indicatore", "Valore atteso 2023", "Valore raggiunto 2023", "% raggiungimento"),
        cells("Servizi migrati su cloud", "48", "Obiettivo sospeso", "–", top=10),
        cells("Disponibilità dei servizi in rete", "≥ 99,5%", "99,7%", "100%", top=20),
        para("Grado di raggiungimento dell'obiettivo: –"),
        para("Esito: Sospeso"),
        para("Il Dipartimento ha differito i termini dell'avviso."),
    ]
    found = build_indicators(rows)[0]
    assert {(i.status, i.status_text) for i in found} == {("suspended", "Sospeso")}
    assert {i.comment for i in found} == {"Il Dipartimento ha differito i termini dell'avviso."}


def test_a_weight_beside_an_objective_s_code_is_no_title() -> None:
    rows = [
        para("OBIETTIVO DI PEG N. 1.1 Peso: 10", bold=True),
        Row(1, 0, 9, ("Descrizione", "Riorganizzazione dello Sportello"), table=0),
        cells("Cod.", "Indicatore", "Valore atteso 2024", "Valore rilevato 2024", table=1),
        cells("1.1.1", "Pratiche evase allo sportello", "≥ 900", "954", table=1, top=10),
    ]
    (found,) = build_indicators(rows)[0]
    assert (found.objective_code, found.objective_title) == (
        "1.1",
        "Riorganizzazione dello Sportello",
    )

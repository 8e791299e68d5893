"""Which way is better, read from indicator names, and what it does to ``met``."""

from __future__ import annotations

import pytest

from perfextract.direction import DIRECTION_WORDS, better_direction
from perfextract.values import is_met, parse_value


@pytest.mark.parametrize(
    ("indicator", "expected"),
    [
        ("Tempo medio di liquidazione dei voucher", "lower"),
        ("IND.O.1.1 Tempo medio di pagamento delle fatture", "lower"),
        ("Tempo mediano di attesa alla visita medica per i codici di priorità 2", "lower"),
        ("Tempi di evasione delle pratiche inerenti il registro protesti", "lower"),
        ("Tempo tra segnalazione e presa in carico domiciliare", "lower"),
        ("Riduzione dei consumi elettrici degli edifici comunali rispetto al 2022", "lower"),
        ("Riduzione dei costi per utenze energetiche rispetto all'esercizio 2022", "lower"),
        ("Contenimento costi delle consulenze", "lower"),
        ("Costo medio per paziente trattato con farmaci oncologici innovativi", "lower"),
        ("Incidenza dei giorni di assenza sulle giornate lavorative", "lower"),
        ("Tasso di abbandono degli immatricolati tra il primo e il secondo anno", "lower"),
        ("Tasso di errore nelle registrazioni del protocollo informatico", "lower"),
        ("Numero di rapporti di informazione sul sistema economico provinciale", "higher"),
        ("N. imprese partecipanti ai percorsi di orientamento", "higher"),
        ("Incremento delle telecamere attive rispetto al 31/12/2022", "higher"),
        ("Percentuale di pratiche evase nei termini", "higher"),
        ("Grado di utilizzo del budget stanziato", "higher"),
        ("Tasso di riscossione spontanea del diritto annuale", "higher"),
        ("Contributi ad associazioni culturali liquidati entro 60 giorni", "higher"),
        ("Richieste di accesso civico e documentale evase entro 30 giorni", "higher"),
        ("Rapporti congiunturali trimestrali pubblicati nei tempi previsti", "higher"),
        ('% di realizzazione del Project "Classyfarm"', "higher"),
        ("Ridefinizione e miglioramento delle attività relative all'organizzazione", "higher"),
        ("Tempi di realizzazione delle opere", "lower"),
        ("Costi di realizzazione del portale", "lower"),
        ("incontri di formazione con i funzionari che si occupano dei Suap", None),
        ("Punti luce dell'illuminazione pubblica convertiti a LED", None),
        ("Mostre temporanee realizzate con istituti esteri", None),
        ("Variazione della spesa per consumi intermedi rispetto al 2021", None),
    ],
    ids=lambda value: value if value in ("higher", "lower", None) else value[:40],
)
def test_direction_from_real_indicator_names(indicator: str, expected: str | None) -> None:
    assert better_direction(indicator) == expected


def test_words_match_whole_words_only() -> None:
    assert better_direction("Incostituzionalità accertata") is None  # not "costi"
    assert better_direction("Attenzione ai Tempi") == "lower"  # any case


def test_every_direction_word_reads_as_its_direction() -> None:
    for phrase, direction in DIRECTION_WORDS:
        assert better_direction(f"{phrase} delle pratiche") == direction, phrase


@pytest.mark.parametrize(
    ("indicator", "target", "actual", "expected"),
    [
        ("incontri di formazione con i funzionari", "3", "8", None),
        ("Numero di incontri di formazione", "3", "8", True),
        ("Numero di incontri di formazione", "3", "2", False),
        ("Tempo medio di liquidazione dei voucher", "gg 30", "gg 27", True),
        ("Tempo medio di liquidazione dei voucher", "gg 30", "gg 31", False),
        ("Tempo medio di liquidazione dei voucher", ">= 30 giorni", "27 giorni", False),
        ("Punti luce convertiti a LED", "1.500", "1.500", True),
        ("Numero di incontri", "pari a 3", "8", False),
        ("Numero di incontri", "entro 3", "8", False),
        ("Tempo medio di risposta", "almeno 3", "8", True),
    ],
)
def test_met_of_a_bare_target_follows_the_direction(
    indicator: str, target: str, actual: str, expected: bool | None
) -> None:
    better = better_direction(indicator)
    assert is_met(parse_value(target), parse_value(actual), better) is expected

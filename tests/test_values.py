"""Italian target/actual values: one table of examples, plus properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfextract.model import Value
from perfextract.values import clean_text, is_met, parse_number, parse_value

D = Decimal
NONE = (None, None, None, None)  # a cell that states no single quantity


def case(
    text: str | None,
    operator: str | None = None,
    number: str | None = None,
    number_max: str | None = None,
    unit: str | None = None,
    *,
    id: str,
) -> object:
    """One row of the table: the cell and the (operator, number, number_max, unit) it states."""
    expected = (
        operator,
        None if number is None else D(number),
        None if number_max is None else D(number_max),
        unit,
    )
    return pytest.param(text, expected, id=id)


# Long cells of cremona-2020-relazione, quoted whole.
PAYMENT_DAYS = (
    "-15,65 (il segno negativo indica un anticipo dei pagamenti rispetto al termine "
    "dei 30 giorni previsti per legge)"
)
PLENARY = "1 riunione in plenaria seguita da riunioni quindicinali del comitato tecnico"
COMPATIBLY = "371  si compatibilmente e con approvazione e invio fondi da parte di UCL"
APPLICATIONS = (
    "52 (su 54 domande ammesse, 2 da parte di 2 stesse imprese) si compatibilit e con "
    "approvazione e invio fondi da parte di UCL"
)
SMART_WORKING = (
    "N° 40 dipendenti su 47 complessivi collocati in smart working effettivo (35) e "
    "potenziale (5) N° 14 determinazioni organizzative dal 23 febbraio 2020"
)
PHONES = "N° 7 Cellulari aziendali  Servizi online attivati in data 14/7/2020"
REQUESTS = "Sono state istruite complessivamente e nei termini 27 richieste"
COMMITTEE = "Il Comitato si è costituito in data 25 maggio 2021 ed è rimasto disponibile"
SATISFACTION = (
    "La rilevazione della soddisfazione non era contemplata dal bando. Si riportano I dati "
    "di sintesi delle imprese partecipanti 38 partecipanti e 12 ammesse"
)
NO_NUMBER = "N° dipendenti collocati in smart working  N° provvedimenti adottati"

# The Valore Atteso / Valore Raggiunto cells of cremona-2020-relazione, as printed.
REFERENCE_CELLS = [
    case(">=80%", ">=", "80", unit="%", id="ref:>=80%"),
    case("> 80% (come sotto precisato)", ">", "80", unit="%", id="ref:>80% (come sotto)"),
    case("> 80%", ">", "80", unit="%", id="ref:> 80%"),
    case(">= 80%", ">=", "80", unit="%", id="ref:>= 80%"),
    case(">=70%", ">=", "70", unit="%", id="ref:>=70%"),
    case("101,95%", "=", "101.95", unit="%", id="ref:101,95%"),
    case("1,00", "=", "1", id="ref:1,00"),
    case("1", "=", "1", id="ref:1"),
    case("5,00", "=", "5", id="ref:5,00"),
    case("8,00", "=", "8", id="ref:8,00"),
    case("3", "=", "3", id="ref:3"),
    case("8", "=", "8", id="ref:8"),
    case("<= 5gg", "<=", "5", unit="days", id="ref:<= 5gg"),
    case("2,61", "=", "2.61", id="ref:2,61"),
    case(">=100%", ">=", "100", unit="%", id="ref:>=100%"),
    case("138,45%", "=", "138.45", unit="%", id="ref:138,45%"),
    case("99%", "=", "99", unit="%", id="ref:99%"),
    case("<=20 giorni", "<=", "20", unit="days", id="ref:<=20 giorni"),
    case("4 giorni", "=", "4", unit="days", id="ref:4 giorni"),
    case(">=8", ">=", "8", id="ref:>=8"),
    case("11,88%", "=", "11.88", unit="%", id="ref:11,88%"),
    case(PAYMENT_DAYS, "=", "-15.65", id="ref:-15,65 (... 30 giorni ...)"),
    case("<= 35%", "<=", "35", unit="%", id="ref:<= 35%"),
    case("35,28% da consolidare", "=", "35.28", unit="%", id="ref:35,28% da consolidare"),
    case("> 40", ">", "40", id="ref:> 40"),
    case("46,5 unità di personale per 1 dirigente", *NONE, id="ref:46,5 per 1 dirigente"),
    case("<=100%", "<=", "100", unit="%", id="ref:<=100%"),
    case("4,53%", "=", "4.53", unit="%", id="ref:4,53%"),
    case("0%", "=", "0", unit="%", id="ref:0%"),
    case("14 istituti di credito del territorio", "=", "14", id="ref:14 istituti"),
    case("14 imprese partecipanti al webinar di presentazione", "=", "14", id="ref:14 imprese"),
    case(PLENARY, "=", "1", id="ref:1 riunione in plenaria"),
    case(COMPATIBLY, "=", "371", id="ref:371 si compatibilmente"),
    case(APPLICATIONS, "=", "52", id="ref:52 (su 54 domande ...)"),
    case("52 (su 54 domande ammesse, 2 da parte di 2 stesse", "=", "52", id="ref:52 (unclosed"),
    case(SMART_WORKING, *NONE, id="ref:N° 40 dipendenti su 47"),
    case("N° 40 dipendenti su 47 complessivi", *NONE, id="ref:N° 40 su 47 short"),
    case("N° 40 VPN attivate  N° 5 VDI allestite", *NONE, id="ref:N° 40 VPN N° 5 VDI"),
    case("N° 6 riunioni  N° 2176 istruttorie espletate", *NONE, id="ref:N° 6 riunioni N° 2176"),
    case("N° 7 incontri per un totale di 243 partecipanti", *NONE, id="ref:N° 7 incontri 243"),
    case("N° 15 incontri a Cremona e N° 3 incontri a Crema", *NONE, id="ref:N° 15 e N° 3"),
    case(PHONES, *NONE, id="ref:N° 7 cellulari 14/7/2020"),
    case(REQUESTS, *NONE, id="ref:prose with 27"),
    case(COMMITTEE, *NONE, id="ref:prose with date"),
    case(SATISFACTION, *NONE, id="ref:prose with 38 and 12"),
    case("percentuale pari al 38,86%", *NONE, id="ref:percentuale pari al 38,86%"),
    case(NO_NUMBER, *NONE, id="ref:N° without number"),
    case("N° riunioni", *NONE, id="ref:N° riunioni"),
    case("Attuazione e rendicontazione", *NONE, id="ref:Attuazione e rendicontazione"),
    case("Realizzazione degli obiettivi progettuali", *NONE, id="ref:Realizzazione"),
    case("Referti regolari", *NONE, id="ref:Referti regolari"),
    case("Obiettivo sospeso", *NONE, id="ref:Obiettivo sospeso"),
    case("Il progetto è stato realizzato", *NONE, id="ref:Il progetto è stato realizzato"),
    case("-------", *NONE, id="ref:dashes"),
]

OPERATORS = [
    case(">= 5", ">=", "5", id="op:>= spaced"),
    case("=> 5", ">=", "5", id="op:=>"),
    case("> = 5", ">=", "5", id="op:> = split"),
    case("≥80%", ">=", "80", unit="%", id="op:≥"),
    case(">5", ">", "5", id="op:> glued"),
    case("<=5", "<=", "5", id="op:<= glued"),
    case("=< 5", "<=", "5", id="op:=<"),
    case("≤ 5%", "<=", "5", unit="%", id="op:≤"),
    case("< 2", "<", "2", id="op:<"),
    case("= 100%", "=", "100", unit="%", id="op:="),
    case("almeno 90%", ">=", "90", unit="%", id="op:almeno"),
    case("ALMENO 90 %", ">=", "90", unit="%", id="op:ALMENO upper case"),
    case("almeno il 90%", ">=", "90", unit="%", id="op:almeno il"),
    case("almeno l'80%", ">=", "80", unit="%", id="op:almeno l'"),
    case("non inferiore a 80", ">=", "80", id="op:non inferiore a"),
    case("non inferiore all'80%", ">=", "80", unit="%", id="op:non inferiore all'"),
    case("non meno di 3", ">=", "3", id="op:non meno di"),
    case("maggiore o uguale a 10", ">=", "10", id="op:maggiore o uguale a"),
    case("superiore o uguale al 75%", ">=", "75", unit="%", id="op:superiore o uguale al"),
    case("maggiore di 10", ">", "10", id="op:maggiore di"),
    case("superiore a 50", ">", "50", id="op:superiore a"),
    case("superiore al 50 %", ">", "50", unit="%", id="op:superiore al"),
    case("oltre 100", ">", "100", id="op:oltre"),
    case("non superiore a 30 giorni", "<=", "30", unit="days", id="op:non superiore a"),
    case("non oltre 10 gg", "<=", "10", unit="days", id="op:non oltre"),
    case("minore o uguale a 5", "<=", "5", id="op:minore o uguale a"),
    case("inferiore o uguale al 20%", "<=", "20", unit="%", id="op:inferiore o uguale al"),
    case("entro 30 giorni", "<=", "30", unit="days", id="op:entro"),
    case("entro i 30 giorni", "<=", "30", unit="days", id="op:entro i"),
    case("max 5", "<=", "5", id="op:max"),
    case("max. 5 giorni lavorativi", "<=", "5", unit="days", id="op:max."),
    case("Max 5", "<=", "5", id="op:Max capitalised"),
    case("massimo 3 mesi", "<=", "3", unit="months", id="op:massimo"),
    case("fino a 10 gg.", "<=", "10", unit="days", id="op:fino a"),
    case("minore di 5", "<", "5", id="op:minore di"),
    case("inferiore a 5%", "<", "5", unit="%", id="op:inferiore a"),
    case("meno di 2 ore", "<", "2", unit="hours", id="op:meno di"),
    case("min 3", ">=", "3", id="op:min"),
    case("min.5", ">=", "5", id="op:min. glued"),
    case("minimo 3", ">=", "3", id="op:minimo"),
    case("pari al 100%", "=", "100", unit="%", id="op:pari al (extension)"),
    case("80% o più", ">=", "80", unit="%", id="op:postfix o più"),
    case("5 giorni massimo", "<=", "5", unit="days", id="op:postfix massimo"),
    case(">= 5 massimo", *NONE, id="op:prefix and postfix disagree"),
    case("entrate 5", *NONE, id="op:entro needs a word end"),
    case("Realizzazione di almeno 1 seminario", *NONE, id="op:operator inside prose"),
]

NUMBERS_AND_UNITS = [
    case("1.742,97", "=", "1742.97", id="num:thousands and decimals"),
    case("2.720.771,87", "=", "2720771.87", id="num:two thousands groups"),
    case("3.127", "=", "3127", id="num:single dot + 3 digits is thousands"),
    case("2.5", "=", "2.5", id="num:dot + 1 digit is decimal"),
    case("0,5", "=", "0.5", id="num:0,5"),
    case("+3", "=", "3", id="num:plus sign"),
    case("-5%", "=", "-5", unit="%", id="num:negative percent"),
    case("100", "=", "100", id="num:integer"),
    case("1.191 utenti", "=", "1191", id="num:thousands then qualifier"),
    case("80 %", "=", "80", unit="%", id="unit:% spaced"),
    case("80\n%", "=", "80", unit="%", id="unit:% on next line"),
    case("5 per cento", "=", "5", unit="%", id="unit:per cento"),
    case("0,5‰", "=", "0.5", unit="‰", id="unit:‰"),
    case("5 per mille", "=", "5", unit="‰", id="unit:per mille"),
    case("5gg", "=", "5", unit="days", id="unit:gg glued"),
    case("5 gg.", "=", "5", unit="days", id="unit:gg."),
    case("10 giorni lavorativi", "=", "10", unit="days", id="unit:giorni lavorativi"),
    case("5 gg. lavorativi", "=", "5", unit="days", id="unit:gg. lavorativi"),
    case("5 gg lavorativi", "=", "5", unit="days", id="unit:gg lavorativi"),
    case("1 giorno", "=", "1", unit="days", id="unit:giorno"),
    case("3 mesi", "=", "3", unit="months", id="unit:mesi"),
    case("1 mese", "=", "1", unit="months", id="unit:mese"),
    case("24 ore", "=", "24", unit="hours", id="unit:ore"),
    case("1 ora", "=", "1", unit="hours", id="unit:ora"),
    case("5 orecchie", "=", "5", id="unit:ore needs a word end"),
    case("€ 2.720.771,87", "=", "2720771.87", unit="EUR", id="eur:€ before"),
    case("€. 500", "=", "500", unit="EUR", id="eur:€. before"),
    case("EUR 1.000", "=", "1000", unit="EUR", id="eur:EUR before"),
    case("euro 50", "=", "50", unit="EUR", id="eur:euro before"),
    case("1.000 euro", "=", "1000", unit="EUR", id="eur:euro after"),
    case("1.000€", "=", "1000", unit="EUR", id="eur:€ after glued"),
    case("€ 500 €", "=", "500", unit="EUR", id="eur:before and after"),
    case("€ 5 %", *NONE, id="eur:currency and percent conflict"),
    case("+ 12%", "=", "12", unit="%", id="pct:plus sign apart from the number"),
    case("- 5%", None, None, id="none:a dash apart is no minus sign"),
    case("gg 30", "=", "30", unit="days", id="days:unit before the number"),
    case("gg. 27", "=", "27", unit="days", id="days:gg. before the number"),
    case("<= giorni 15", "<=", "15", unit="days", id="days:operator, unit, number"),
    case("mesi 6", "=", "6", unit="months", id="months:unit before the number"),
    case("10 mila euro", "=", "10000", unit="EUR", id="eur:mila (extension)"),
    case("€ 2,5 milioni", "=", "2500000", unit="EUR", id="eur:milioni (extension)"),
    case("2,5 mln di euro", "=", "2500000", unit="EUR", id="eur:mln di euro (extension)"),
    case("N° 15", "=", "15", id="prefix:N°"),
    case("n° 15", "=", "15", id="prefix:n°"),
    case("N°15 (quindici)", "=", "15", id="prefix:N° glued, parenthesis"),
    case("n. 4 incontri", "=", "4", id="prefix:n."),
    case("nr. 3", "=", "3", id="prefix:nr."),
    case("almeno N° 5 incontri", ">=", "5", id="prefix:operator then N°"),
]

RANGES = [
    case("80-90%", "range", "80", "90", "%", id="range:80-90%"),
    case("80% - 90%", "range", "80", "90", "%", id="range:80% - 90%"),
    case("80 – 90 %", "range", "80", "90", "%", id="range:en dash"),
    case("80 — 90", "range", "80", "90", id="range:em dash"),
    case("tra 80 e 90", "range", "80", "90", id="range:tra e"),
    case("fra 80 e 90%", "range", "80", "90", "%", id="range:fra e"),
    case("tra l'80 e il 90%", "range", "80", "90", "%", id="range:tra l' e il"),
    case("da 5 a 10 giorni", "range", "5", "10", "days", id="range:da a giorni"),
    case("dal 5 al 10%", "range", "5", "10", "%", id="range:dal al"),
    case("€ 1.000 - € 2.000", "range", "1000", "2000", "EUR", id="range:currency both"),
    case("90-80%", "range", "80", "90", "%", id="range:reversed bounds sorted"),
    case("5% - 10 giorni", *NONE, id="range:units disagree"),
    case("> 80-90%", *NONE, id="range:operator and range"),
    case("tra 80", *NONE, id="range:tra without upper bound"),
    case("da 5 giorni", *NONE, id="range:da without upper bound"),
    case("80 e 90", *NONE, id="range:e without tra"),
    case("5 - da verificare", "=", "5", id="range:dash then qualifier"),
]

NOT_QUANTITIES = [
    case("31/12/2020", *NONE, id="date:slashes"),
    case("31.12.2026", *NONE, id="date:dots"),
    case("14/7/2020", *NONE, id="date:short day and month"),
    case("entro il 31/12/2020", *NONE, id="date:entro il"),
    case("al 31.12.2026", *NONE, id="date:al"),
    case("2020-12-31", *NONE, id="date:ISO"),
    case("30 giugno 2021", *NONE, id="date:month name"),
    case("entro il 30 giugno", *NONE, id="date:entro month name"),
    case("1° trimestre", *NONE, id="ordinal:1°"),
    case("SI", *NONE, id="text:SI"),
    case("NO", *NONE, id="text:NO"),
    case("n.d.", *NONE, id="text:n.d."),
    case("-", *NONE, id="text:dash"),
    case("N/A", *NONE, id="text:N/A"),
    case("- 5", *NONE, id="text:detached dash is not a sign"),
    case("5/10", *NONE, id="text:fraction"),
    case("1.234.5", *NONE, id="text:malformed grouping"),
    case("5) 3", *NONE, id="text:stray parenthesis, two numbers"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    REFERENCE_CELLS + OPERATORS + NUMBERS_AND_UNITS + RANGES + NOT_QUANTITIES,
)
def test_parse_value(text: str, expected: tuple[object, ...]) -> None:
    value = parse_value(text)
    assert (value.operator, value.number, value.number_max, value.unit) == expected
    assert value.raw == clean_text(text)


@pytest.mark.parametrize("text", [None, "", "   ", "\n\t"], ids=repr)
def test_parse_value_of_nothing(text: str | None) -> None:
    assert parse_value(text) == Value(raw=None)


def test_parse_value_keeps_raw_with_whitespace_collapsed() -> None:
    value = parse_value("  N° 40 dipendenti\nsu 47 complessivi ")
    assert value == Value(raw="N° 40 dipendenti su 47 complessivi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.742,97", "1742.97"),
        ("2.720.771,87", "2720771.87"),
        ("3.127", "3127"),
        ("1.000.000", "1000000"),
        ("0,5", "0.5"),
        ("-15,65", "-15.65"),
        ("−3", "-3"),
        ("+3", "3"),
        ("100", "100"),
        ("1,00", "1"),
        ("2.5", "2.5"),
        ("3.1275", "3.1275"),
        ("0.500", "0.5"),
        ("1234,5", "1234.5"),
        (" 42 ", "42"),
        ("31.12.2026", None),
        ("31/12/2020", None),
        ("1.234.5", None),
        ("1,000.5", None),
        ("80%", None),
        ("1 234", "1234"),  # a (thin) space groups thousands, as typesetters print them
        ("1\u2009250,5", "1250.5"),
        ("1 187 512,40", "1187512.40"),
        ("− 9,6", "-9.6"),  # a typographic minus set apart from its digits
        ("12 34", None),
        ("abc", None),
        ("", None),
        ("-", None),
        (",5", None),
        ("5,", None),
    ],
    ids=repr,
)
def test_parse_number(text: str, expected: str | None) -> None:
    assert parse_number(text) == (None if expected is None else D(expected))


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (">=80 %", "> 80%", True),
        (">=80%", "101,95%", True),
        ("<= 5gg", "2,61", True),
        ("3", "8", None),
        ("= 3", "8", False),
        ("pari a 3", "3", True),
        ("1,00", "1", True),
        ("<= 35%", "35,28% da consolidare", False),
        (">=8", "11,88%", True),
        (">=100%", "138,45%", True),
        ("<=20 giorni", "4 giorni", True),
        ("> 40", "46,5 unità di personale per 1 dirigente", None),
        ("<=100%", "0%", True),
        (">= 80%", "79,99%", False),
        ("> 80", "80", False),
        ("> 80", "> 80", True),
        ("> 80", ">= 80", None),
        (">= 80%", ">= 70%", None),
        ("< 5", "<= 5", None),
        ("< 5", "< 5", True),
        ("<= 5", "> 5", False),
        ("80-90%", "85%", True),
        ("80-90%", "95%", False),
        ("80-90%", "85-95%", None),
        ("= 5", "> 3", None),
        ("<= 5 giorni", "5%", None),
        ("Attuazione e rendicontazione", "Il progetto è stato attuato", None),
        (">= 80%", None, None),
        ("1", "1,0000000001", True),
    ],
)
def test_is_met(target: str, actual: str | None, expected: bool | None) -> None:
    assert is_met(parse_value(target), parse_value(actual)) is expected


def test_is_met_ignores_non_finite_numbers() -> None:
    target = Value(raw="x", operator=">=", number=D("NaN"))
    assert is_met(target, parse_value("5")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  a \n\t b  ", "a b"),
        ("Tempestività «qualità»", "Tempestività «qualità»"),
        ("\u00a0x\u00a0", "x"),
        ("", None),
        (" \n ", None),
        (None, None),
    ],
    ids=repr,
)
def test_clean_text(text: str | None, expected: str | None) -> None:
    assert clean_text(text) == expected


# Text close to real cells, so that the generated examples reach the grammar's corners.
VALUE_LIKE = st.text(alphabet="0123456789.,-–+%‰€<>=≥≤()/ °Nngiorlmeasxtdp'", max_size=30)


@given(st.one_of(st.text(), VALUE_LIKE))
def test_parse_value_is_total_and_keeps_raw(text: str) -> None:
    value = parse_value(text)
    assert value.raw == clean_text(text)
    assert (value.operator is None) == (value.number is None)
    assert (value.number_max is not None) == (value.operator == "range")
    assert is_met(value, value) in (True, False, None)


@given(st.one_of(st.text(), VALUE_LIKE))
def test_parse_number_is_total(text: str) -> None:
    assert parse_number(text) is None or parse_value(text).number == parse_number(text)


def italian(number: Decimal, places: int) -> str:
    """``number`` printed the Italian way: ``.`` thousands groups, ``,`` decimals."""
    english = f"{abs(number):,.{places}f}"
    return english.replace(",", "_").replace(".", ",").replace("_", ".")


@given(
    st.integers(min_value=0, max_value=10**15),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(["", "+", "-"]),
)
def test_italian_numbers_round_trip(units: int, places: int, sign: str) -> None:
    number = Decimal(units).scaleb(-places)
    text = sign + italian(number, places)
    expected = -number if sign == "-" else number
    assert parse_number(text) == expected
    value = parse_value(text)
    assert (value.operator, value.number, value.number_max, value.unit) == (
        "=",
        expected,
        None,
        None,
    )

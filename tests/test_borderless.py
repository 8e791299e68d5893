"""The borderless finder's geometry on synthetic lines: no PDF needed."""

from __future__ import annotations

from perfextract.backends.geometry import Columns, _least_crossed
from perfextract.backends.geometry import column_edges as _edges
from perfextract.backends.header_lines import (
    Line,
    Segment,
    find_header,
    next_header_at,
    split_by_sub_header,
)
from perfextract.columns import map_header


def line(top: float, *runs: tuple[str, float], size: float = 9.0) -> Line:
    """A line of runs, each given by its text and left edge (5 points a character)."""
    segments = tuple(Segment(text, x0, x0 + 5 * len(text)) for text, x0 in runs)
    words = tuple(
        Segment(
            word, seg.x0 + 5 * seg.text.index(word), seg.x0 + 5 * (seg.text.index(word) + len(word))
        )
        for seg in segments
        for word in seg.text.split()
    )
    return Line(top, top + size, size, words, segments)


def test_a_label_spanning_year_columns_is_split_by_the_line_below() -> None:
    header = line(100, ("Indicatore", 50), ("Fonte", 250), ("Target", 480))
    years = line(112, ("2024", 400), ("2025", 485), ("2026", 570))
    body = line(125, ("Visitatori", 50), ("Sistan", 250), ("10", 405))
    found = find_header([header, years, body], 82.0, 2)
    assert found is not None
    _, after, cells, columns = found
    assert after == 1  # the year line is apart from the labels: not part of the band
    grouped = split_by_sub_header(cells, columns, header, years, 82.0, 2)
    assert grouped is not None
    split, mapped = grouped
    assert [c.text for c in split] == ["Indicatore", "Fonte", "Target\n2024", "Target\n2025",
                                       "Target\n2026"]  # fmt: skip
    assert mapped.record_years() == [2024, 2025, 2026]


def test_a_body_line_is_no_sub_header() -> None:
    header = line(100, ("Indicatore", 50), ("Target", 300), ("Risultato", 400))
    body = line(112, ("Visitatori", 50), ("10", 300), ("12", 400))
    cells = [Segment("Indicatore", 50, 100), Segment("Target", 300, 330),
             Segment("Risultato", 400, 445)]  # fmt: skip
    found = find_header([header], 82.0, 2)
    assert found is not None
    assert split_by_sub_header(cells, found[3], header, body, 82.0, 2) is None


def test_a_boundary_keeps_a_run_of_words_whole() -> None:
    # "≥ 450.000" centred under its label starts left of it: the boundary goes before "≥"
    words = [Segment("Servizi", 200, 240), Segment("≥", 300, 305), Segment("450.000", 308, 340)]
    runs = [Segment("Servizi", 200, 240), Segment("≥ 450.000", 300, 340)]
    assert _least_crossed(words, 240, 320, runs) == (300, 0)
    assert _least_crossed(words, 240, 320)[0] == 308  # words alone: the rightmost gap


def test_labels_centred_in_a_tall_header_row_make_one_header() -> None:
    # one-line labels sit half a line below two-line ones: three lines, one header row
    lines = [
        line(87.8, ("Baseline", 273), ("Risultato", 378)),
        line(92.7, ("Codice", 45), ("Indicatore", 150), ("Target 2022", 319), ("Esito", 507)),
        line(97.7, ("2021", 281), ("2022", 387)),
        line(112.2, ("A.1.1", 44), ("Studenti regolari", 150), ("55,2%", 279), ("≥ 57%", 331),
             ("57,8%", 385), ("Raggiunto", 498)),
    ]  # fmt: skip
    found = find_header(lines, 82.0, 2)
    assert found is not None
    first, after, cells, columns = found
    assert (first, after) == (0, 3)
    assert [c.text for c in cells] == ["Codice", "Indicatore", "Baseline\n2021", "Target 2022",
                                       "Risultato\n2022", "Esito"]  # fmt: skip
    assert columns.fields == ("indicator_code", "indicator", "baseline", "target", "actual",
                              "status_column")  # fmt: skip


def test_years_above_the_labels_span_their_pairs_of_columns() -> None:
    # "2021" and "2022" over "Target | Consuntivo" pairs; Codice/Indicatore centred between
    lines = [
        line(119.4, ("2021", 347), ("2022", 476)),
        line(127.0, ("Codice", 54), ("Indicatore", 169)),
        line(134.6, ("Target", 310), ("Consuntivo", 364), ("Target", 440), ("Consuntivo", 494)),
        line(155.0, ("1.1.2", 54), ("Tempo medio", 169), ("≤ 30", 312), ("27", 380),
             ("≤ 30", 442), ("24", 510)),
    ]  # fmt: skip
    found = find_header(lines, 82.0, 2)
    assert found is not None
    first, after, cells, columns = found
    assert (first, after) == (0, 3)
    assert [c.text for c in cells] == ["Codice", "Indicatore", "2021\nTarget", "2021\nConsuntivo",
                                       "2022\nTarget", "2022\nConsuntivo"]  # fmt: skip
    assert columns.record_years() == [2021, 2022]
    assert columns.columns_for(2022) == {"indicator_code": 0, "indicator": 1, "target": 4,
                                         "actual": 5}  # fmt: skip


def test_rows_without_spacing_start_where_an_indicator_name_begins() -> None:
    from perfextract.backends.borderless import Columns, _rows
    from perfextract.columns import map_header

    columns = map_header(("Indicatore", "Formula", "Target 2022", "Target 2023"))
    assert columns is not None
    geometry = Columns((40, 200, 360, 440, 520), columns)
    lines = [
        line(100, ("Verifiche sui depositi", 50), ("N. verifiche", 210), ("almeno", 370),
             ("almeno", 450)),
        line(110, ("energetici e alcolici", 50), ("1.800", 370), ("1.900", 450)),  # goes on
        line(120, ("Tempo medio", 50), ("Somma dei giorni", 210), ("≤ 60 gg", 370),
             ("≤ 55 gg", 450)),
    ]  # fmt: skip
    rows = _rows(lines, geometry, None)
    assert [r[0] for r in rows] == [
        ("Verifiche sui depositi\nenergetici e alcolici", "N. verifiche", "almeno\n1.800",
         "almeno\n1.900"),
        ("Tempo medio", "Somma dei giorni", "≤ 60 gg", "≤ 55 gg"),
    ]  # fmt: skip


def test_stroked_rules_end_rows_set_as_tight_as_lines() -> None:
    # a table ruled between rows, without column rules: the rows touch, the rules part them
    from perfextract.backends.borderless import Columns, _rows
    from perfextract.columns import map_header

    columns = map_header(("Indicatore", "Algoritmo", "Target 2024", "Target 2025"))
    assert columns is not None
    geometry = Columns((40, 200, 360, 440, 520), columns)
    lines = [
        line(100, ("Imprese assistite dal", 50), ("Conteggio", 210), (">= 180", 370),
             (">= 200", 450)),
        line(109.3, ("PID", 50)),
        line(118.6, ("Risorse erogate con il", 50), ("Somma", 210), ("850.000", 370)),
        line(127.9, ("bando voucher", 50)),
    ]  # fmt: skip
    assert len(_rows(lines, geometry, 2.5)) == 1  # the gaps alone cannot tell
    rows = _rows(lines, geometry, 2.5, strokes=[118.4])
    assert [r[0][0] for r in rows] == ["Imprese assistite dal\nPID",
                                       "Risorse erogate con il\nbando voucher"]  # fmt: skip


def test_text_a_blank_line_below_the_closing_rule_is_not_the_tables() -> None:
    from perfextract.backends.borderless import above_closing_rule

    lines = [
        line(100, ("Imprese assistite", 50), (">= 180", 370)),
        line(112, ("Risorse erogate", 50), ("850.000", 370)),
        line(145, ("Scheda n. 2", 50)),
        line(160, ("Peso dell'obiettivo", 50), ("20%", 370)),
    ]
    assert above_closing_rule(lines, [111.0, 122.0]) == 2  # the rule hugs the last row
    assert above_closing_rule(lines, [111.0]) == 4  # a rule between rows closes nothing
    assert above_closing_rule(lines, []) == 4


def test_a_scheda_box_ruled_only_at_its_keys_reaches_as_far_as_its_rules() -> None:
    from types import SimpleNamespace

    from perfextract.backends import key_box
    from perfextract.model import RawTable

    def keys(*texts: str) -> RawTable:
        rows = tuple((t,) for t in texts)
        boxes = tuple((60.0, 390 + 14 * i, 184.0, 404 + 14 * i) for i in range(len(texts)))
        return RawTable(page=2, bbox=(60.0, 390.0, 184.0, 390 + 14.0 * len(texts)), rows=rows,
                        row_boxes=boxes, backend="plumber", columns=((60.0, 184.0),))  # fmt: skip

    rules = [{"orientation": "h", "top": 390 + 14.0 * i, "x0": 59.8, "x1": 524.7}
             for i in range(4)]  # fmt: skip
    page = SimpleNamespace(edges=rules)
    box = key_box(page, keys("Area strategica", "Obiettivo operativo", "Struttura responsabile"))
    assert box == (60.0, 390.0, 524.7, 432.0)
    # shaded bands of a zebra table name no level of the hierarchy: not a scheda's box
    assert key_box(page, keys("Visitatori del museo", "Prestiti", "Iscritti")) is None


def test_a_grid_drawn_by_column_bands_is_read_as_lines() -> None:
    from perfextract.backends import is_banded
    from perfextract.model import RawTable

    tops = tuple(100.0 + 12 * i for i in range(8))
    banded = RawTable(page=1, bbox=(36, 80, 550, 200), rows=(("Obiettivo", "U.M.", "Valore"),
                      ("A.1\n" * 7 + "A.1", "%\n" * 7 + "%", "1\n" * 7 + "1")),
                      row_boxes=((36, 80, 550, 95), (36, 95, 550, 200)), backend="plumber",
                      line_tops=(((85.0,), (85.0,), (85.0,)), (tops, tops, tops)))  # fmt: skip
    assert is_banded(banded)
    ruled = RawTable(page=1, bbox=(36, 80, 550, 200), rows=(("Indicatore", "Formula", "Target"),
                     ("Tempo medio di\nrisposta", "Somma dei giorni /\nn. pratiche", "≤ 30 gg")),
                     row_boxes=((36, 80, 550, 95), (36, 95, 550, 200)), backend="plumber",
                     line_tops=(((85.0,), (85.0,), (85.0,)),
                                ((100.0, 112.0), (100.0, 112.0), (100.0,))))  # fmt: skip
    assert not is_banded(ruled)


def test_two_shaded_bands_part_their_rows_whatever_the_codes() -> None:
    # a zebra table of two rows whose codes stand on the middle line of their rows
    from types import SimpleNamespace

    from perfextract.backends.borderless import Columns, _rows, row_rules
    from perfextract.columns import map_header

    columns = map_header(("N.", "Indicatore", "Tipo", "Target"))
    assert columns is not None
    geometry = Columns((40, 70, 260, 330, 420), columns)
    lines = [
        line(228, ("5", 50), ("Pubblicazione del bando", 80), ("Stato", 270), ("Entro il", 340)),
        line(253, ("Percentuale di rendiconti OSC", 80)),
        line(263, ("6", 50), ("verificati entro 120 giorni", 80), ("Efficienza", 270),
             ("≥ 80%", 340)),
        line(273, ("dalla presentazione", 80)),
    ]  # fmt: skip
    bands = [{"orientation": "h", "fill": True, "x0": 42.5, "x1": 552.8, "top": t}
             for t in (224.0, 250.0, 250.05, 286.0)]  # fmt: skip
    rules = row_rules(SimpleNamespace(edges=bands), geometry, lines)
    assert rules == [250.0]
    rows = _rows(lines, geometry, None, rules)
    assert [r[0][0] for r in rows] == ["5", "6"]


def test_a_justified_body_line_spread_like_labels_is_no_next_header() -> None:
    """A tall cell of justified prose spreads a line's words apart; a few of them are
    labels (``target``): at line pitch under the row above it is body, not a header."""
    lines = [
        line(100, ("Indicatore", 50), ("Target 2024", 200), ("Actual", 260),
             ("Breve descrizione del risultato", 360)),
        line(120, ("Percentuale di studenti", 50), (">= 55%", 200), ("58,3%", 260),
             ("Il valore rilevato sulla coorte", 360)),
        line(131, ("anno avendo acquisito", 50), ("supera", 360), ("il", 400), ("target", 420),
             ("di", 460), ("oltre", 480), ("tre", 510)),
        line(142, ("almeno 40 CFU", 50), ("percentuali. Il risultato", 360)),
        line(300, ("Indicatore", 50), ("Target 2024", 200), ("Actual", 260),
             ("Breve descrizione del risultato", 360)),
    ]  # fmt: skip
    assert next_header_at(lines, 1, 82.0, 2) == 4


def test_labels_a_narrow_gap_apart_are_split_where_the_body_starts_a_column() -> None:
    # "% realizzazione" aligned right beside "Breve descrizione": one run in the header,
    # but the cells below start the description's column at "Breve"
    words = (("Indicatore", 50), ("Target", 250), ("%", 400), ("realizzazione", 410),
             ("Breve", 485), ("descrizione", 515))  # fmt: skip
    spans = tuple(Segment(t, x0, x0 + 5 * len(t)) for t, x0 in words)
    run = Segment("% realizzazione Breve descrizione", 400, spans[-1].x1)
    header = Line(100, 109, 9.0, spans, (spans[0], spans[1], run))
    body = [
        line(112, ("Prime visite entro 10 giorni", 50), (">= 90%", 250), ("100%", 430),
             ("Obiettivo raggiunto.", 485)),
        line(121, ("dedicate di garanzia", 485)),
        line(132, ("Prestazioni diagnostiche", 50), (">= 90%", 250), ("90,8%", 425),
             ("Obiettivo parzialmente raggiunto.", 485)),
    ]  # fmt: skip
    found = find_header([header, *body], 82.0, 2)
    assert found is not None
    cells, columns = found[2], found[3]
    assert [c.text for c in cells] == ["Indicatore", "Target", "% realizzazione",
                                       "Breve descrizione"]  # fmt: skip
    assert columns.fields == ("indicator", "target", "achievement", None)
    # a body run across the gap: one column, its label two words a wide space apart
    body[0] = line(112, ("Prime visite entro 10 giorni", 50), (">= 90%", 250),
                   ("100% Obiettivo raggiunto.", 430))  # fmt: skip
    found = find_header([header, *body], 82.0, 2)
    assert found is not None
    assert [c.text for c in found[2]][-1] == "% realizzazione Breve descrizione"


def test_a_table_overleaf_goes_on_under_a_running_header_in_smaller_print() -> None:
    from types import SimpleNamespace

    from perfextract.backends.borderless import Columns, _running, runs_of_rows
    from perfextract.columns import map_header

    page = SimpleNamespace(width=842.0, height=595.0)
    lines = [
        line(35.5, ("ASL BI – Relazione sulla performance 2024", 38), size=6.4),
        line(41.8, ("Tasso di adesione allo screening", 37), (">= 50%", 262), ("44,1%", 342),
             ("Obiettivo parzialmente raggiunto.", 457), size=7.2),
        line(49.8, ("farmacie del territorio", 457), size=7.2),
        line(57.8, ("Federfarma, sottoscritta", 457), size=7.2),
        line(80.0, ("Copertura vaccinale", 37), (">= 75%", 262), ("n.d.", 342),
             ("Il dato definitivo", 457), size=7.2),
    ]  # fmt: skip
    assert _running(lines, 0, page)  # smaller print than the row it touches
    body = lines[1:]
    assert not _running(body, 0, page)
    columns = map_header(("Indicatore", "Target 2024", "Actual", "Descrizione del risultato"))
    assert columns is not None
    geometry = Columns((35, 255, 335, 450, 800), columns)
    assert list(runs_of_rows(body, geometry, page, open_first=True)) == [(0, 4)]


def test_a_cell_s_last_line_in_the_foot_band_goes_on_in_its_column() -> None:
    geometry = Columns((50.0, 150.0, 300.0, 500.0), map_header(("Cod.", "Indicatore", "Note")))
    above = line(760, ("1.2.a", 50), ("Numero di imprese", 150), ("Diverse imprese", 300))
    last = line(770, ("agroalimentari di piccole", 300))
    assert geometry.goes_on(above, last)
    assert not geometry.goes_on(above, line(800, ("agroalimentari", 300)))  # a gap: no


def test_a_column_edge_stays_left_of_a_name_beside_values_centred_on_it() -> None:
    """A table of one row whose values are centred on the two lines of its name: the
    name's lines are runs alone, starting left of the centred label ``Indicatore``."""
    cells = [Segment("N.", 50, 60), Segment("Indicatore", 115, 165), Segment("Tipo", 215, 235)]
    body = [
        line(10, ("Numero di progetti cofinanziati con", 71)),
        line(15, ("7", 51), ("Efficacia", 215)),
        line(20, ("Regioni ed enti locali", 71)),
    ]
    edges = _edges(cells, body, 300)
    assert edges[1] < 71 < edges[2]


def test_a_second_name_with_values_of_its_own_opens_a_row_inside_the_row_gap() -> None:
    """Rows set as tight as their lines, one row's gap learnt elsewhere: a capitalised name
    beside quantities in value columns the row has filled is another indicator."""
    from perfextract.backends.borderless import Columns, _rows
    from perfextract.columns import map_header

    columns = map_header(("Indicatore", "Baseline 2024", "Target 2025", "Target 2026"))
    assert columns is not None
    geometry = Columns((40, 280, 360, 440, 520), columns)
    lines = [
        line(100, ("Numero di convenzioni stipulate", 50), ("312", 290), (">= 330", 370),
             (">= 350", 450)),
        line(109, ("Percentuale di prospetti verificati", 50), ("n.d.", 290), (">= 60%", 370),
             (">= 70%", 450)),
        line(140, ("Apertura della sede di", 50), ("–", 290), ("Attivazione", 370),
             ("Avvio", 450)),
        line(149, ("Comunità di Ostia", 50), ("Entro marzo", 370), ("Lavori", 450)),  # wraps
    ]  # fmt: skip
    rows = _rows(lines, geometry, 5.0)
    assert [r[0][0] for r in rows] == [
        "Numero di convenzioni stipulate", "Percentuale di prospetti verificati",
        "Apertura della sede di\nComunità di Ostia",
    ]  # fmt: skip


def test_a_line_whose_cells_go_on_in_lower_case_is_no_new_row() -> None:
    # wide wrapped cells fill three columns on their second line too, in lower case
    from perfextract.backends.borderless import Columns, _rows

    columns = map_header(("Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note"))
    assert columns is not None
    geometry = Columns((40, 180, 265, 340, 430, 540), columns)
    lines = [
        line(100, ("Realizzazione del progetto", 50), ("STRATEGICO", 182), ("Attuazione e", 269),
             ("Il progetto è stato", 346), ("Attuazione e", 439)),
        line(110, ('"Formazione lavoro"', 50), ("rendicontazione", 269), ("attuato", 346),
             ("rendicontazione del", 439)),
        line(120, ("Percezione della qualità", 50), ("STRATEGICO", 182), (">=80%", 269),
             ("> 80%", 346), ("Modalità di calcolo", 439)),
    ]  # fmt: skip
    rows = _rows(lines, geometry, None)
    assert [r[0][0] for r in rows] == ['Realizzazione del progetto\n"Formazione lavoro"',
                                       "Percezione della qualità"]  # fmt: skip


def test_the_spacing_of_rows_is_learnt_from_gaps_that_recur() -> None:
    from perfextract.backends.borderless import row_gap_of

    # a merged objective cell's last line beside the next row's first: one overlap, no spacing
    tops = [100, 111, 122, 133, 140, 151, 171, 182, 193, 204]
    lines = [line(t, ("riga", 50), size=8.2) for t in tops]
    gap = row_gap_of(lines)
    assert gap is not None and 2.8 < gap < 11.8
    # tall rows two lines apart are rows still (booktabs tables with tall cells)
    tall = [line(t, ("riga", 50)) for t in (100, 111, 122, 151, 162, 191, 202)]
    gap = row_gap_of(tall)
    assert gap is not None and 2 < gap < 20


def test_a_line_of_keys_and_values_does_not_fit_the_columns() -> None:
    columns = map_header(("Cod.", "Indicatore", "Target", "Risultato"))
    assert columns is not None
    geometry = Columns((40, 90, 300, 400, 520), columns)
    keys = line(100, ("Struttura responsabile: Area Ricerca", 45), ("Peso nell'ambito: 30%", 310),
                ("N. indicatori: 3", 410))  # fmt: skip
    row = line(112, ("R.1.1", 45), ("Entrate da progetti", 95), (">= 20", 310), ("18", 410))
    assert not geometry.fits(keys) and geometry.fits(row)


def test_a_title_running_on_over_a_boundary_in_lower_case_spans_the_columns() -> None:
    columns = map_header(("Cod.", "Indicatore", "Unità", "Target"))
    assert columns is not None
    geometry = Columns((40, 90, 287, 365, 520), columns)
    band = Line(100, 109, 9.0,
                (Segment("D.1", 56, 68), Segment("Aumentare", 92, 140), Segment("la", 143, 150),
                 Segment("mobilità", 153, 190), Segment("di", 193, 200),
                 Segment("studenti", 203, 284), Segment("e", 287, 292),
                 Segment("docenti", 295, 330)),
                (Segment("D.1", 56, 68), Segment("Aumentare la mobilità di studenti e docenti",
                                                 92, 330)))  # fmt: skip
    row = line(112, ("D.1.1", 56), ("Proporzione di CFU", 92), ("‰", 290), ("≥ 12,0‰", 370))
    assert geometry.spans(band) and not geometry.spans(row)


def test_three_labels_a_space_apart_are_split_into_three() -> None:
    from perfextract.backends.header_lines import _split_labels

    words = [{"text": t, "x0": x, "x1": x + 5 * len(t)}
             for t, x in (("Consuntivo", 311), ("Scostamento", 368), ("Note", 432))]  # fmt: skip
    assert [[w["text"] for w in part] for part in _split_labels(words)] == [
        ["Consuntivo"], ["Scostamento"], ["Note"]]  # fmt: skip


def test_labels_a_space_apart_are_split_by_the_users_labels_too() -> None:
    from perfextract.backends.header_lines import _split_labels
    from perfextract.labels import teach_labels

    words = [{"text": t, "x0": x, "x1": x + 40} for t, x in (("Fonte", 10), ("Realizzo", 60))]
    assert len(_split_labels(words)) == 1  # "Realizzo" is no label of the vocabulary
    with teach_labels({"Realizzo": "actual"}):  # read after the run was read without it
        assert [[w["text"] for w in p] for p in _split_labels(words)] == [["Fonte"], ["Realizzo"]]

"""What a report says about itself: issuer, title, year and kind, from its first pages."""

from __future__ import annotations

import re
from collections import Counter

from perfextract.model import Document, DocumentKind

_ISSUER_START_RE = re.compile(
    r"""^\W*(?:
        camera\s+di\s+commercio | comune | citt[aà] | provincia | regione | ministero
      | universit[aà] | politecnico | azienda | asl | asst | ats | ausl | asp | ulss | asur
      | ente | parco | agenzia | istituto | autorit[aà] | unioncamere | consorzio | unione
      | comunit[aà]\s+montana | ordine | conservatorio | accademia
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_SEPARATOR_RE = re.compile(r"\s+[-–—|]\s+")
_REPORT_KIND_RE = re.compile(
    r"\s+(?=(?:relazione|piano|piao|peg|rendiconto|bilancio\s+di\s+previsione|pagina)\b)",
    re.IGNORECASE,
)
_LOWER_WORDS = {"di", "del", "della", "dello", "dei", "degli", "delle", "e", "per", "la", "il"}
_LOWER_AFTER = {"città": ("metropolitana",), "comunità": ("montana",)}
_ACRONYM_RE = re.compile(r"^(?:ASL|ASST|ATS|AUSL|ASP|ULSS|ASUR|CCIAA|[A-Z]{1,3}\d*)$")


def italian_title(text: str) -> str:
    """A name printed in capitals, in the case Italian names take.

    >>> italian_title("UNIVERSITÀ DEGLI STUDI DI FERRARA")
    'Università degli Studi di Ferrara'
    >>> italian_title("ASL ROMA 3"), italian_title("UNIONCAMERE EMILIA-ROMAGNA")
    ('ASL Roma 3', 'Unioncamere Emilia-Romagna')
    >>> italian_title("CITTÀ METROPOLITANA DI BARI")
    'Città metropolitana di Bari'
    >>> italian_title("CONSORZIO DI BONIFICA DELL'EMILIA CENTRALE")
    "Consorzio di Bonifica dell'Emilia Centrale"
    >>> italian_title("COMUNE DI SANT'AGATA DE' GOTI")
    "Comune di Sant'Agata de' Goti"
    """
    words: list[str] = []
    for i, word in enumerate(text.split()):
        elided = re.match(r"^((?:dell|dall|nell|all|sull|l)['’])(\w.*)$", word, re.IGNORECASE)
        if i > 0 and elided:  # "DELL'EMILIA" → "dell'Emilia"
            words.append(elided.group(1).lower() + elided.group(2).capitalize())
        elif i == 1 and word.lower() in _LOWER_AFTER.get(words[0].lower(), ()):
            words.append(word.lower())  # "Città metropolitana", "Comunità montana"
        elif i > 0 and word.lower() in _LOWER_WORDS | {"de'", "de’"}:
            words.append(word.lower())
        elif (saint := re.match(r"^(sant['’])(\w.*)$", word, re.IGNORECASE)) is not None:
            words.append(saint.group(1).capitalize() + saint.group(2).capitalize())
        elif _ACRONYM_RE.match(word):
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _is_short_form(line: str) -> bool:
    """True for a body's short name (``ASP BARI``, ``Unioncamere Lombardia``, ``AUSL della
    Romagna``): two words, or an acronym and a few words more."""
    words = _SEPARATOR_RE.split(line)[0].split()
    acronym = bool(words) and words[0].isupper() and 2 <= len(words[0]) <= 6
    return 0 < len(words) <= 2 or (acronym and len(words) <= 4)


#: A short line that goes on with the name above it: "di Bologna", "della Valle d'Aosta".
_NAME_GOES_ON_RE = re.compile(
    r"^(?:(?:di|del|della|delle|dei)\s+|dell['’]\s*|(?-i:e|ed)\s+)\S+(?:\s+\S+){0,3}$", re.I
)


def read_issuer(lines: list[str]) -> str | None:
    """The issuer: the first line of the cover that names a public body.

    >>> read_issuer(["Camera di Commercio", "Cremona", "RELAZIONE SULLA PERFORMANCE"])
    'Camera di Commercio di Cremona'
    >>> read_issuer(["SISTEMA SANITARIO REGIONALE", "ASL ROMA 3"])
    'ASL Roma 3'
    >>> read_issuer(["Regione Marche – Relazione sulla performance 2024"])
    'Regione Marche'
    >>> read_issuer(["COMUNE DI VERONA Relazione sulla performance 2023"])
    'Comune di Verona'
    >>> read_issuer(["CITTÀ DI LECCE", "Piano della performance"])
    'Comune di Lecce'
    >>> read_issuer(["Alma Mater Studiorum – Università di Bologna"])
    'Alma Mater Studiorum – Università di Bologna'
    >>> read_issuer(["Istituto Superiore per la Protezione", "e la Ricerca Ambientale"])
    'Istituto Superiore per la Protezione e la Ricerca Ambientale'
    >>> read_issuer(["ERSAF – Ente Regionale per i Servizi all'Agricoltura e alle Foreste"])
    "Ente Regionale per i Servizi all'Agricoltura e alle Foreste"
    >>> read_issuer(["ASP BARI", "Azienda Pubblica di Servizi alla Persona «Città di Bari»"])
    'Azienda Pubblica di Servizi alla Persona «Città di Bari»'
    >>> read_issuer(["ASL Taranto – Piano della Performance", "REGIONE PUGLIA – Servizio Sanitario",
    ...              "AZIENDA SANITARIA LOCALE TARANTO"])
    'Azienda Sanitaria Locale Taranto'
    >>> read_issuer(["Autorità di bacino distrettuale", "dell'Appennino Centrale"])
    "Autorità di bacino distrettuale dell'Appennino Centrale"
    >>> read_issuer(["CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA", "DI BOLOGNA"])
    'Camera di Commercio Industria Artigianato e Agricoltura di Bologna'
    >>> read_issuer(["Regione Puglia – Servizio Sanitario Regionale", "ASL LECCE",
    ...              "Azienda Sanitaria Locale di Lecce"])
    'Azienda Sanitaria Locale di Lecce'
    """
    for i, line in enumerate(lines[:15]):
        line = line.strip()
        if not _ISSUER_START_RE.match(line):
            continue
        below = [n.strip() for n in lines[i + 1 : i + 4] if n.strip()]
        if _is_parent(line) and any(_ISSUER_START_RE.match(n) and not _is_parent(n) for n in below):
            continue  # "Regione Puglia – Servizio Sanitario Regionale" above its ASL
        # the full name under a short form, past a Regione printed above a health agency
        bodies = [n for n in below if _ISSUER_START_RE.match(n) and not _is_regione(n)]
        following = bodies[0] if bodies and not _is_regione(line) else (below[0] if below else "")
        if (
            _is_short_form(line)
            and _ISSUER_START_RE.match(following)
            and len(following.split()) > len(_SEPARATOR_RE.split(line)[0].split()) + 1
        ):
            line = following  # "ASP BARI" over "Azienda Pubblica di Servizi alla Persona …"
        name = _SEPARATOR_RE.split(line)[0].strip(" -–:,")
        name = _REPORT_KIND_RE.split(name)[0]  # "COMUNE DI VERONA Relazione sulla …"
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if fold_words(name) in {"camera di commercio", "comune", "regione", "provincia"}:
            if following and len(following.split()) <= 3:
                name = f"{name} di {following}"
        elif name.split()[-1].lower() in ("di", "del", "della", "dei", "delle") and following:
            name = f"{name} {following}"  # "… E AGRICOLTURA DI" over "LECCE"
        elif name == line and (
            _NAME_GOES_ON_RE.match(following) or _place_goes_on(name, following)
        ):
            name = f"{name} {following}"  # "… ARTIGIANATO E AGRICOLTURA" over "DI BOLOGNA"
        if name.isupper():
            name = italian_title(name)
        # "Città di Lecce" is how a Comune styles itself ("Città metropolitana" is not one)
        return re.sub(r"^Citt[aà] di (?=[A-Z])", "Comune di ", name)
    for line in lines[:3]:  # a name the body follows: "Alma Mater Studiorum – Università di …"
        parts = _SEPARATOR_RE.split(line.strip())
        if len(parts) == 2 and _ISSUER_START_RE.match(parts[1]):
            # an acronym before the name is its short form ("ERSAF – Ente Regionale …")
            name = parts[1] if re.fullmatch(r"[A-Z]{2,8}", parts[0]) else " – ".join(parts)
            return italian_title(name) if name.isupper() else name
    return None


#: First words of a line under a body's name that is no part of it (an office, a report).
_NOT_THE_NAME_RE = re.compile(
    r"^(?:settore|servizio|servizi|direzione|ufficio|area|dipartimento|segretariato|u\.?o\.?"
    r"|relazione|piano|piao|peg|allegato|approvat|adottat|documento|sezione|anno|ai\s|art"
    r"|nota|rendiconto|rapporto|esercizio|bilancio|sede|sedi|via|viale|piazza|piazzale|corso"
    r"|largo|tel|pec|www)\b",
    re.IGNORECASE,
)


def _place_goes_on(name: str, following: str) -> bool:
    """True when ``following`` goes on with a place's name the line above broke.

    ``Ente Parco Nazionale delle Foreste`` over ``Casentinesi, Monte Falterona e
    Campigna``: the name ends on a capitalised word after ``delle``/``del``, and
    the next line, without figures, starts in capitals but names no office.

    >>> _place_goes_on("Ente Parco Nazionale delle Foreste", "Casentinesi, Monte Falterona")
    True
    >>> _place_goes_on("Comune di Lecce", "Settore Programmazione e Controllo")
    False
    >>> _place_goes_on("Camera di Commercio della Maremma e del Tirreno", "Sedi di Livorno")
    False
    """
    words = name.split()
    tail = len(words) >= 2 and words[-2].lower() in ("del", "della", "delle", "dei", "degli")
    plain = bool(following) and not any(ch.isdigit() for ch in following)
    return (
        tail
        and words[-1][:1].isupper()
        and plain
        and following[:1].isupper()
        and len(following.split()) <= 8
        and not _NOT_THE_NAME_RE.match(following)
        and not _ISSUER_START_RE.match(following)
    )


def _is_regione(line: str) -> bool:
    return line.strip().lower().startswith("regione")


def _is_parent(line: str) -> bool:
    """True for a Regione or a Ministero printed above the body a report is from."""
    return line.strip().lower().startswith(("regione", "ministero"))


def fold_words(text: str) -> str:
    return " ".join(text.lower().split())


_KINDS: tuple[tuple[str, DocumentKind, str], ...] = (
    (r"\bPIAO\b|piano\s+integrato\s+di\s+attivit[aà]\s+e\s+organizzazione", "piao",
     "Piano integrato di attività e organizzazione"),
    (r"relazione\s+(?:sulla|della|(?:annuale|integrata)\s+sulla)\s+performance", "relazione",
     "Relazione sulla performance"),
    (r"relazione\s+(?:sui|dei)\s+risultati", "relazione", "Relazione sui risultati"),
    (r"relazione\s+integrata(?!\s+sulla)", "relazione", "Relazione integrata"),
    (r"relazione\s+sulla\s+gestione", "relazione", "Relazione sulla gestione"),
    (r"documento\s+unico\s+di\s+programmazione", "piano", "Documento unico di programmazione"),
    (r"piano\s+(?:della|delle|triennale\s+della)\s+performance", "piano",
     "Piano della performance"),
    (r"piano\s+esecutivo\s+di\s+gestione", "piano", "Piano esecutivo di gestione"),
    (r"nota\s+integrativa\s+al\s+rendiconto", "relazione", "Nota integrativa al rendiconto"),
    (r"nota\s+integrativa\s+al\s+(?:disegno\s+di\s+legge\s+di\s+)?bilancio", "piano",
     "Nota integrativa al bilancio di previsione"),
    (r"piano\s+degli\s+indicatori\s+e\s+dei\s+risultati\s+attesi\s+di\s+bilancio", "piano",
     "Piano degli indicatori e dei risultati attesi di bilancio"),
    (r"piano\s+degli\s+indicatori\s+di\s+bilancio", "piano", "Piano degli indicatori di bilancio"),
    (r"piano\s+integrato(?!\s+di\s+attivit)", "piano", "Piano integrato"),
    (r"piano\s+strategico\s+di\s+ateneo", "piano", "Piano strategico di Ateneo"),
    (r"piano\s+strategico", "piano", "Piano strategico"),
    (r"piano\s+dettagliato\s+degli\s+obiettivi", "piano", "Piano dettagliato degli obiettivi"),
    # an ASL's budget sheets: the objectives agreed, or (verified) the results reached
    (r"schede?\s+di\s+budget", "piano", "Schede di budget"),
)  # fmt: skip
#: Words of a cover that reports the results of what it names (budget sheets verified).
_VERIFIED_RE = re.compile(
    r"\bverifica\s+(?:finale|a\s+consuntivo|del\s+raggiungimento)|\bconsuntiv[oa]\b", re.I
)

_YEAR_AT_RE = re.compile(
    r"(?:al\s+31\s+dicembre|al\s+31[./]12[./]|anno|esercizio|performance)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(?:19|20)\d\d\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def read_document(text: str) -> Document:
    """Issuer, title, year and kind from the text of a report's first pages.

    >>> d = read_document("Camera di Commercio\\nCremona\\nRELAZIONE SULLA PERFORMANCE\\n"
    ...                   "Rendicontazione al 31 dicembre 2020\\n2020-2022")
    >>> d.issuer, d.title, d.year, d.kind
    ('Camera di Commercio di Cremona', 'Relazione sulla performance', 2020, 'relazione')
    >>> read_document("Comune di Bergamo - Piano della Performance 2024-2026").year
    2024
    >>> read_document("ASL Asti\\nSCHEDE DI BUDGET 2024\\nVerifica finale del raggiungimento").kind
    'relazione'
    """
    issuer = read_issuer(text.splitlines())
    kind: DocumentKind | None = None
    title = None
    first = len(text) + 1
    for pattern, k, name in _KINDS:
        found = re.search(pattern, text, re.IGNORECASE)
        if found is not None and found.start() < first:  # the cover's title comes first
            kind, title, first = k, name, found.start()
    if title == "Schede di budget" and _VERIFIED_RE.search(text):
        kind = "relazione"
    year = None
    at = _YEAR_AT_RE.search(text)
    if at is not None and kind not in ("piano", "piao"):
        year = int(at.group(1))
    elif (span := _RANGE_RE.search(text)) is not None:
        year = int(span.group(1))
    else:
        counts = Counter(_YEAR_RE.findall(text))
        if counts:
            year = int(counts.most_common(1)[0][0])
    return Document(issuer=issuer, title=title, year=year, kind=kind)


# The words of a report of results on a cover: a rendiconto reports what a plan's template
# ("Piano degli indicatori di bilancio") measured, whatever its title says.
_RESULTS_RE = re.compile(
    r"\b(?:rendiconto|conto\s+del\s+bilancio|bilancio\s+consuntivo|conto\s+consuntivo)\b",
    re.IGNORECASE,
)


_BUDGET_PLAN_RE = re.compile(
    r"\bbilancio\s+(?:di\s+previsione|preventivo|previsionale)\b", re.IGNORECASE
)


def reports_results(text: str, kind: DocumentKind | None) -> bool | None:
    """True for a report of results, False for a plan, None when its first pages do not say.

    It decides what a value column whose label says neither expected nor
    achieved (``2025``, ``Valore indicatore``) holds.

    >>> reports_results("COMUNE DI AVELLA CONTO DEL BILANCIO 2025", None)
    True
    >>> reports_results("Piano della Performance 2024-2026", "piano")
    False
    >>> reports_results("BILANCIO DI PREVISIONE 2024-2026 Piano degli indicatori … "
    ...                 "allegato al bilancio di previsione e al rendiconto", None)
    False
    >>> reports_results("Indicatori", None) is None
    True
    """
    if kind == "relazione":
        return True
    results, plan = _RESULTS_RE.search(text), _BUDGET_PLAN_RE.search(text)
    if results is not None and (plan is None or results.start() < plan.start()):
        return True  # the cover names the rendiconto before any prose names the previsione
    if kind in ("piano", "piao") or plan is not None:
        return False
    return None

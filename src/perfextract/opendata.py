"""What an open-data portal reads beside the records: column types, descriptions, names.

:data:`FIELD_SPECS` describes every column an output can have: the record
fields of ``docs/RECORDS.md`` (with their meanings from there) and the
source and document columns of a combined table (:data:`SOURCE_FIELDS`).
:mod:`perfextract.italian` gives the Italian headers, values and
descriptions of ``--lang it``.  From these come the Frictionless Table Schema
(:func:`table_schema`), the Data Package descriptor (:func:`data_package`,
with the licence, publisher and sources of a :class:`Publication`) and the
pandas options that read a CSV back (:func:`csv_read_options`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, Literal, get_args

from perfextract.italian import (
    ITALIAN_BOOLEANS,
    ITALIAN_DESCRIPTIONS,
    ITALIAN_NAMES,
    ITALIAN_VALUES,
)
from perfextract.model import (
    RECORD_FIELDS,
    DocumentKind,
    ObjectiveLevel,
    Operator,
    Status,
    Unit,
)
from perfextract.publication import Publication, license_entry

Language = Literal["en", "it"]
FieldType = Literal["integer", "number", "boolean", "string", "object"]

#: The columns a table of several reports' records adds after the record fields:
#: the PDF each record comes from, and what that report says about itself.
SOURCE_FIELDS: tuple[str, ...] = (
    "source_file", "source_sha256",
    "document_issuer", "document_title", "document_year", "document_kind",
)  # fmt: skip
#: The columns of such a table (a batch's ``records.csv``, ``extract -o -``).
COMBINED_FIELDS: tuple[str, ...] = (*RECORD_FIELDS, *SOURCE_FIELDS)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A column: its Table Schema type, meaning and constraints."""

    type: FieldType
    description: str
    enum: tuple[str, ...] = ()
    required: bool = False
    minimum: int | None = None
    pattern: str | None = None


def _value_specs(side: str, printed: str) -> dict[str, FieldSpec]:
    """The five columns of a target or an actual value."""
    return {
        side: FieldSpec("string", printed),
        f"{side}_operator": FieldSpec(
            "string",
            f"comparison the {side} states; a bare number is =; text with no quantity is null",
            enum=get_args(Operator),
        ),
        f"{side}_value": FieldSpec(
            "number",
            f"the {side}'s number (>=80% → 80, 2,61 → 2.61, € 2.720.771,87 → 2720771.87); "
            "lower bound of a range",
        ),
        f"{side}_value_max": FieldSpec("number", "upper bound of a range (80-90% → 90)"),
        f"{side}_unit": FieldSpec(
            "string",
            "canonical unit (gg, giorni, gg. lavorativi → days; €, euro → EUR; per mille → ‰)",
            enum=get_args(Unit),
        ),
    }


#: Every column an output can have, with its type and its meaning from RECORDS.md.
FIELD_SPECS: Mapping[str, FieldSpec] = MappingProxyType(
    {
        "page": FieldSpec(
            "integer", "1-based page on which the indicator's row starts", required=True, minimum=1
        ),
        "page_end": FieldSpec(
            "integer",
            "page on which it ends (> page when the row is split across a page break)",
            required=True,
            minimum=1,
        ),
        "area_code": FieldSpec("string", "code of the strategic area, e.g. 2020_01"),
        "area_title": FieldSpec(
            "string",
            "its title as printed, e.g. MISSIONE 011: Competitività e sviluppo delle imprese …",
        ),
        "objective_level": FieldSpec(
            "string",
            "level of the deepest objective that encloses the indicator",
            enum=get_args(ObjectiveLevel),
        ),
        "objective_code": FieldSpec(
            "string",
            "that objective's code, e.g. 2020_01_01_01 (an indicator that sits directly "
            "under an area carries the area's code)",
        ),
        "objective_title": FieldSpec("string", "that objective's title as printed"),
        "indicator_code": FieldSpec("string", "the indicator's own code where the table has one"),
        "indicator": FieldSpec(
            "string",
            "the indicator's name/description (column Descrizione, Indicatore, …)",
            required=True,
        ),
        "type": FieldSpec(
            "string",
            "Tipo/Tipologia as printed, with words broken by a narrow column rejoined "
            "(ORGANIZZATI VO → ORGANIZZATIVO)",
        ),
        "formula": FieldSpec(
            "string",
            "Algoritmo/Formula/Modalità di calcolo when the table gives it its own column",
        ),
        "unit": FieldSpec("string", "Unità di misura column, as printed"),
        "data_source": FieldSpec("string", "Fonte column, as printed"),
        "weight": FieldSpec("number", "Peso, as a number (20% → 20)"),
        "baseline": FieldSpec(
            "string", "Baseline/Valore di partenza/previous year's value, as printed"
        ),
        "year": FieldSpec(
            "integer",
            "the year that target/actual refer to (Target 2020 → 2020); a table with one "
            "target column (or one group of target/actual/achievement columns) per year gives "
            "one record per year — also where that year's cells are empty (values null); "
            "years printed as rows under an indicator (an Anno column) give one record per "
            "year row",
        ),
        **_value_specs(
            "target", "expected value (Valore atteso, Target, Risultato atteso, …) as printed"
        ),
        **_value_specs(
            "actual", "achieved value (Valore raggiunto, Consuntivo, Risultato, …) as printed"
        ),
        "achievement": FieldSpec(
            "number",
            "printed degree of achievement in percent (Grado di raggiungimento, % raggiungimento)",
        ),
        "notes": FieldSpec("string", "the Note column as printed"),
        "status": FieldSpec(
            "string",
            "the outcome the report states (OBIETTIVO CONSEGUITO, RAGGIUNTO, NON RAGGIUNTO, "
            "Obiettivo sospeso, …)",
            enum=get_args(Status),
        ),
        "status_text": FieldSpec("string", "that statement as printed"),
        "comment": FieldSpec(
            "string",
            "narrative printed with the indicator outside its cells: the text of a status "
            "row, and free-text rows that follow the indicator before the next indicator or "
            "heading",
        ),
        "met": FieldSpec(
            "boolean",
            "computed: does actual satisfy target? null where either is not a comparable "
            "quantity; a bare-number target (no operator printed) is met by an equal actual, "
            "else read as >= or <= when the indicator's name says which way is better "
            "(numero, percentuale di → higher; tempo medio, riduzione, costi → lower), and "
            "null when it does not",
        ),
        "extra": FieldSpec(
            "object",
            'every column that maps to none of the fields above, {"header as printed": '
            '"cell as printed"}; a JSON object',
            required=True,
        ),
        "source_file": FieldSpec(
            "string",
            "the report PDF the record comes from, relative to the folder of the batch's inputs",
            required=True,
        ),
        "source_sha256": FieldSpec(
            "string",
            "SHA-256 of that PDF's bytes, in hexadecimal",
            required=True,
            pattern="^[0-9a-f]{64}$",
        ),
        "document_issuer": FieldSpec(
            "string", "the body that issued the report, as its front pages print it"
        ),
        "document_title": FieldSpec("string", "the report's title, as its front pages print it"),
        "document_year": FieldSpec(
            "integer", "the year the report is about, as its front pages state it"
        ),
        "document_kind": FieldSpec(
            "string",
            "relazione (Relazione sulla Performance), piano (Piano della Performance) or piao",
            enum=get_args(DocumentKind),
        ),
    }
)

_PANDAS_DTYPES: Mapping[FieldType, str] = MappingProxyType(
    {"integer": "Int64", "number": "Float64", "boolean": "boolean", "string": "string"}
)


def source_columns(name: str, sha256: str, document: Mapping[str, Any]) -> dict[str, Any]:
    """The :data:`SOURCE_FIELDS` of a record: its file, and its report's ``document`` object.

    >>> source_columns("a/r.pdf", "ab", {"issuer": "Comune di Prova", "year": 2023})
    ... # doctest: +NORMALIZE_WHITESPACE
    {'source_file': 'a/r.pdf', 'source_sha256': 'ab', 'document_issuer': 'Comune di Prova',
     'document_title': None, 'document_year': 2023, 'document_kind': None}
    """
    columns: dict[str, Any] = {"source_file": name, "source_sha256": sha256}
    for field in SOURCE_FIELDS[2:]:
        columns[field] = document.get(field.removeprefix("document_"))
    return columns


def column_name(field: str, lang: Language = "en") -> str:
    """The header of ``field`` in ``lang``.

    >>> column_name("page_end", "it"), column_name("page_end")
    ('pagina_fine', 'page_end')
    """
    return ITALIAN_NAMES[field] if lang == "it" else field


def column_names(fields: Sequence[str], lang: Language = "en") -> list[str]:
    """The headers of ``fields`` in ``lang``."""
    return [column_name(f, lang) for f in fields]


def value_name(field: str, value: str, lang: Language = "en") -> str:
    """A value of a closed vocabulary in ``lang`` (text read from the PDF is never translated).

    >>> value_name("status", "achieved", "it"), value_name("target_unit", "days", "it")
    ('raggiunto', 'giorni')
    >>> value_name("target_unit", "%", "it"), value_name("status", "achieved")
    ('%', 'achieved')
    """
    if lang != "it":
        return value
    return ITALIAN_VALUES.get(field, {}).get(value, value)


def boolean_words(lang: Language = "en") -> tuple[str, str]:
    """How a CSV in ``lang`` writes true and false.

    >>> boolean_words(), boolean_words("it")
    (('true', 'false'), ('vero', 'falso'))
    """
    return ITALIAN_BOOLEANS if lang == "it" else ("true", "false")


def localize(record: Mapping[str, Any], lang: Language = "en", *, booleans: bool = True) -> Any:
    """The record with its closed-vocabulary values in ``lang``, and (``booleans``) its
    true/false as words of ``lang``; ``record`` itself for English.

    >>> localize({"status": "achieved", "met": True, "indicator": "Numero"}, "it")
    {'status': 'raggiunto', 'met': 'vero', 'indicator': 'Numero'}
    """
    if lang == "en":
        return record
    true, false = boolean_words(lang)
    out = dict(record)
    for name, value in record.items():
        if isinstance(value, bool):
            if booleans:
                out[name] = true if value else false
        elif isinstance(value, str) and name in ITALIAN_VALUES:
            out[name] = value_name(name, value, lang)
    return out


def table_schema(fields: Sequence[str] = RECORD_FIELDS, lang: Language = "en") -> dict[str, Any]:
    """The Frictionless Table Schema of a CSV with these columns.

    >>> schema = table_schema(["page", "met"], "it")
    >>> [(f["name"], f["type"]) for f in schema["fields"]]
    [('pagina', 'integer'), ('rispetto_target', 'boolean')]
    """
    described = []
    true, false = boolean_words(lang)
    for name in fields:
        spec = FIELD_SPECS[name]
        field: dict[str, Any] = {
            "name": column_name(name, lang),
            "type": spec.type,
            "description": ITALIAN_DESCRIPTIONS[name] if lang == "it" else spec.description,
        }
        if spec.type == "boolean":
            field.update(trueValues=[true], falseValues=[false])
        constraints: dict[str, Any] = {}
        if spec.required:
            constraints["required"] = True
        if spec.minimum is not None:
            constraints["minimum"] = spec.minimum
        if spec.pattern is not None:
            constraints["pattern"] = spec.pattern
        if spec.enum:
            constraints["enum"] = [value_name(name, v, lang) for v in spec.enum]
        if constraints:
            field["constraints"] = constraints
        described.append(field)
    return {"fields": described, "missingValues": [""]}


def resource_name(stem: str) -> str:
    """A Data Package resource name (lower case, ``[a-z0-9._-]``) for a file stem.

    >>> resource_name("Relazione Performance 2020")
    'relazione-performance-2020'
    """
    name = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-")
    return name or "records"


def csv_resource(
    name: str,
    path: str,
    *,
    fields: Sequence[str] = RECORD_FIELDS,
    lang: Language = "en",
    size: int | None = None,
    sha256: str | None = None,
) -> dict[str, Any]:
    """A tabular resource for a CSV written by :func:`perfextract.writers.write_csv`.

    ``path`` is relative to the descriptor's folder (``/``-separated);
    ``size`` and ``sha256`` of the file let a validator check its integrity.
    """
    resource: dict[str, Any] = {
        "profile": "tabular-data-resource",
        "name": name,
        "path": path,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
    }
    if size is not None:
        resource["bytes"] = size
    if sha256 is not None:
        resource["hash"] = f"sha256:{sha256}"
    resource["dialect"] = {
        "delimiter": ",",
        "doubleQuote": True,
        "quoteChar": '"',
        "lineTerminator": "\r\n",
        "header": True,
    }
    resource["schema"] = table_schema(fields, lang)
    return resource


#: The package's title and description, in each language; the description's
#: second part says how text cells are guarded in CSV (``escape_formulas``).
_TEXTS: Mapping[Language, Mapping[str, str]] = MappingProxyType(
    {
        "en": {
            "title": "Indicators of Italian performance reports",
            "description": "One record per indicator and year, read from the indicator "
            "tables of performance reports (Piano/Relazione sulla Performance, PIAO) by "
            "perfextract; the fields are those of perfextract's RECORDS.md (schema "
            "perfextract/records@1).",
            "escaped": " In the CSV, a text cell that starts with =, +, - or @ (and is not "
            "a number) has a leading ' so that spreadsheets do not run it as a formula; "
            "drop that ' to get the text as printed, which the JSON and JSON Lines outputs "
            "keep.",
        },
        "it": {
            "title": "Indicatori delle relazioni e dei piani della performance",
            "description": "Un record per indicatore e anno, letto dalle tabelle degli "
            "indicatori dei documenti sulla performance (Piano/Relazione sulla Performance, "
            "PIAO) con perfextract; i campi sono quelli di RECORDS.md di perfextract "
            "(schema perfextract/records@1).",
            "escaped": " Nel CSV, una cella di testo che inizia con =, +, - o @ (e non è un "
            "numero) ha un ' iniziale perché i fogli di calcolo non la eseguano come "
            "formula; togliendo quel ' si ha il testo come stampato, che le uscite JSON e "
            "JSON Lines conservano.",
        },
    }
)


def data_package(
    resources: Sequence[Mapping[str, Any]],
    *,
    lang: Language = "en",
    publication: Publication | None = None,
    escaped: bool = True,
    created: datetime | None = None,
) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor (Data Package v1) of these resources.

    Its title and description are in ``lang``; the description says whether
    text cells of the CSV are ``escaped`` against formulas.  ``publication``
    adds ``licenses``, a ``contributors`` entry with the role ``publisher``
    and ``sources``; ``created`` (default: now) is written in UTC.

    >>> made = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    >>> package = data_package([], publication=Publication("CC-BY-4.0", "Comune di Prova",
    ...     ("https://example.org/relazione.pdf",)), created=made)
    >>> package["licenses"][0]["name"], package["contributors"], package["created"]
    ('CC-BY-4.0', [{'title': 'Comune di Prova', 'role': 'publisher'}], '2026-01-02T03:04:05Z')
    """
    texts = _TEXTS[lang]
    made = (created or datetime.now(timezone.utc)).astimezone(timezone.utc)
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "perfextract-records",
        "title": texts["title"],
        "description": texts["description"] + (texts["escaped"] if escaped else ""),
        "created": made.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if publication is not None:
        if publication.license:
            descriptor["licenses"] = [license_entry(publication.license)]
        if publication.publisher:
            descriptor["contributors"] = [{"title": publication.publisher, "role": "publisher"}]
        if publication.sources:
            descriptor["sources"] = [{"title": url, "path": url} for url in publication.sources]
    descriptor["resources"] = [dict(r) for r in resources]
    return descriptor


def csv_read_options(
    fields: Sequence[str] = RECORD_FIELDS, lang: Language = "en"
) -> dict[str, Any]:
    """The :func:`pandas.read_csv` options that read a CSV back as written.

    ``pd.read_csv(path, **csv_read_options(COMBINED_FIELDS))``: the dtypes of
    :func:`csv_dtypes`, the words of true and false in ``lang``, and only an
    empty cell as null.

    >>> csv_read_options(["met"], "it")["true_values"]
    ['vero']
    """
    true, false = boolean_words(lang)
    return {
        "dtype": csv_dtypes(fields, lang),
        "true_values": [true],
        "false_values": [false],
        "keep_default_na": False,
        "na_values": [""],
    }


def csv_dtypes(fields: Sequence[str] = RECORD_FIELDS, lang: Language = "en") -> dict[str, str]:
    """pandas dtypes that read the CSV back as written: ``read_csv(path, dtype=csv_dtypes(), ...)``.

    Pages and years come back as ``Int64``, numbers as ``Float64``, ``met`` as
    ``boolean`` and text (``extra`` too) as ``string``; pass
    ``keep_default_na=False, na_values=[""]`` so only an empty cell is null
    (text such as ``N/A`` stays text, as printed).

    >>> csv_dtypes(["page", "target_value", "met", "extra"])
    {'page': 'Int64', 'target_value': 'Float64', 'met': 'boolean', 'extra': 'string'}
    """
    return {column_name(f, lang): _PANDAS_DTYPES.get(FIELD_SPECS[f].type, "string") for f in fields}

"""A user's label map: header labels the vocabulary does not know, taught without code.

A label map says which record field the column under a printed header label
holds, ``{"Zorblax": "baseline", "Quorp": "data_source"}``.  It comes from
``Settings(labels=...)``, from a file given with ``--labels FILE`` (TOML or
JSON), or from the user's default file, :func:`default_label_file`, which the
command line reads when it exists.  A user's label wins over the built-in
vocabulary and over what a column's content suggests; it is matched after
folding case, accents, punctuation and spaces, and a year in the printed
label is kept apart (``Zorblax 2024`` → ``baseline`` of 2024).

Fields are the record fields a column can fill (``RECORDS.md`` names), or
the hierarchy columns ``area``, ``objective`` and ``objective_code``, or
``status`` (a column stating the outcome), or ``value`` (a target in a plan,
a result in a report); anything else is a
:class:`~perfextract.errors.SettingsError`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from perfextract.errors import SettingsError
from perfextract.vocabulary import COLUMN_LABELS

#: The name of the user's default label file in their configuration folder.
LABEL_FILE = "labels.toml"
#: Names a user may write for the fields that columns hold under another name inside.
FIELD_ALIASES: dict[str, str] = {
    "status": "status_column",
    "objective": "objective_column",
    "objective_title": "objective_column",
    "objective_code": "objective_code_column",
    "area": "area_column",
    "area_title": "area_column",
}
#: The names shown to the user for the columns of the hierarchy and the outcome.
SHORT_NAMES = ("area", "objective", "objective_code", "status")
#: The fields a label may name: the vocabulary's fields and their aliases.
LABEL_FIELDS: frozenset[str] = frozenset(COLUMN_LABELS) | frozenset(FIELD_ALIASES)


def field_name(name: object, label: str = "") -> str:
    """The column field a user's field name stands for; SettingsError when it names none.

    >>> field_name("baseline"), field_name("status"), field_name(" Data_Source ")
    ('baseline', 'status_column', 'data_source')
    >>> field_name("baselin", "Zorblax")
    Traceback (most recent call last):
    ...
    perfextract.errors.SettingsError: label 'Zorblax': unknown field 'baselin'; \
choose one of achievement, actual, area, baseline, data_source, deviation, formula, indicator, \
indicator_code, notes, objective, objective_code, status, target, type, unit, value, weight, \
year
    """
    text = name.strip().lower() if isinstance(name, str) else ""
    if text in LABEL_FIELDS:
        return FIELD_ALIASES.get(text, text)
    shown = sorted(set(COLUMN_LABELS) - set(FIELD_ALIASES.values()) | set(SHORT_NAMES))
    where = f"label {label!r}: " if label else ""
    raise SettingsError(f"{where}unknown field {name!r}; choose one of {', '.join(shown)}")


def check_labels(labels: object) -> dict[str, str]:
    """A label map with each field checked and named as the vocabulary names it.

    >>> check_labels({"Zorblax": "baseline", "Esito finale": "status"})
    {'Zorblax': 'baseline', 'Esito finale': 'status_column'}
    >>> check_labels(["Zorblax"])
    Traceback (most recent call last):
    ...
    perfextract.errors.SettingsError: labels must map printed labels to fields, not list
    """
    if not isinstance(labels, Mapping):
        raise SettingsError(
            f"labels must map printed labels to fields, not {type(labels).__name__}"
        )
    checked: dict[str, str] = {}
    for label, name in labels.items():
        if not isinstance(label, str) or not label.strip():
            raise SettingsError(f"a label must be non-empty text, not {label!r}")
        checked[label] = field_name(name, label)
    return checked


def load_label_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """The label map in a TOML or JSON file (by its name's ending; TOML otherwise).

    The file is a table of ``"printed label" = "field"``, or holds one under
    ``[labels]``.  A file that cannot be read or parsed, or that names an
    unknown field, is a SettingsError naming the file.
    """
    where = Path(path)
    try:
        data = where.read_bytes()
    except OSError as exc:
        raise SettingsError(f"{where}: cannot read the label file ({exc.strerror})") from exc
    try:
        if where.suffix.lower() == ".json":
            parsed: Any = json.loads(data.decode("utf-8"))
        else:
            parsed = _toml().loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{where}: not a label file ({exc})") from exc
    if isinstance(parsed, Mapping) and isinstance(parsed.get("labels"), Mapping):
        parsed = parsed["labels"]
    try:
        return check_labels(parsed)
    except SettingsError as exc:
        raise SettingsError(f"{where}: {exc}") from None


def _toml() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


def default_label_file() -> Path:
    """Where the user's default label file is looked for.

    ``$PERFEXTRACT_LABELS`` when set; otherwise ``labels.toml`` in the user's
    configuration folder for perfextract (platformdirs' ``user_config_dir``:
    ``~/.config/perfextract`` on Linux, ``~/Library/Application
    Support/perfextract`` on macOS, ``%LOCALAPPDATA%\\perfextract`` on Windows).
    """
    chosen = os.environ.get("PERFEXTRACT_LABELS")
    if chosen:
        return Path(chosen)
    from platformdirs import user_config_dir

    return Path(user_config_dir("perfextract", appauthor=False)) / LABEL_FILE


def user_default_labels() -> dict[str, str]:
    """The label map of the user's default file, or ``{}`` when there is none."""
    path = default_label_file()
    return load_label_file(path) if path.is_file() else {}

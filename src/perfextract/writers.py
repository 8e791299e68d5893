"""Writers: a report's records as JSON, CSV or a pandas DataFrame.

Writers take a text stream and plain records; column order is
``RECORD_FIELDS`` (the order of ``RECORDS.md``) so the open-data output is
stable.  :func:`to_dataframe` is the one place that imports pandas.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from perfextract.model import RECORD_FIELDS, Indicator, Report


def write_json(report: Report, fp: IO[str]) -> None:
    """Write the ``RECORDS.md`` document of ``report`` as indented UTF-8 JSON."""
    json.dump(report.to_dict(), fp, ensure_ascii=False, indent=2)
    fp.write("\n")


def csv_cell(value: Any) -> str:
    """One CSV cell: empty for null, ``true``/``false``, JSON for objects, ``.`` decimals.

    >>> csv_cell(None), csv_cell(True), csv_cell(2.61), csv_cell({"Peso": "20%"})
    ('', 'true', '2.61', '{"Peso": "20%"}')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(indicators: Iterable[Indicator], fp: IO[str]) -> None:
    """Write one CSV row per record (RFC 4180, header row, ``RECORD_FIELDS`` order).

    Open ``fp`` with ``newline=""`` as the csv module asks.
    """
    writer = csv.writer(fp, lineterminator="\r\n")
    writer.writerow(RECORD_FIELDS)
    for indicator in indicators:
        record = indicator.to_dict()
        writer.writerow([csv_cell(record[name]) for name in RECORD_FIELDS])


def to_dataframe(indicators: Iterable[Indicator]) -> Any:
    """The records as a pandas DataFrame with the ``RECORD_FIELDS`` columns."""
    import pandas as pd

    return pd.DataFrame([i.to_dict() for i in indicators], columns=list(RECORD_FIELDS))

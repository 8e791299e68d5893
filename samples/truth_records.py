"""What every sample generator writes into a truth: the record keys and the file's fingerprint.

The keys are those of ``docs/RECORDS.md`` in its order, ``extra`` aside (it is never
scored).  Generators keep their own copy of nothing here, so a truth never drifts from
the schema in one generator only.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

RECORD_KEYS = (
    "page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
    "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
    "weight", "baseline", "year", "target", "target_operator", "target_value",
    "target_value_max", "target_unit", "actual", "actual_operator", "actual_value",
    "actual_value_max", "actual_unit", "achievement", "notes", "status", "status_text",
    "comment", "met",
)  # fmt: skip


def sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()

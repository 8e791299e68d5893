"""perfextract: indicator tables of Italian performance reports as clean records.

The public names load on first use (PEP 562), so ``import perfextract`` and
``perfextract --help`` stay fast.

>>> import perfextract
>>> sorted(perfextract.__all__)[:3]
['Failure', 'Indicator', 'PerfExtractError']
>>> perfextract.extract.__module__
'perfextract.pipeline'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from perfextract.errors import PerfExtractError

if TYPE_CHECKING:
    from perfextract.explanation import explain
    from perfextract.model import Indicator, Report, Value, load
    from perfextract.pipeline import Failure, extract, extract_many
    from perfextract.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Failure",
    "Indicator",
    "PerfExtractError",
    "Report",
    "Settings",
    "Value",
    "__version__",
    "explain",
    "extract",
    "extract_many",
    "load",
]

_LAZY = {
    "explain": "perfextract.explanation",
    "Failure": "perfextract.pipeline",
    "extract": "perfextract.pipeline",
    "extract_many": "perfextract.pipeline",
    "Indicator": "perfextract.model",
    "Report": "perfextract.model",
    "Value": "perfextract.model",
    "load": "perfextract.model",
    "Settings": "perfextract.settings",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'perfextract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

"""perfextract: indicator tables of Italian performance reports as clean records.

>>> import perfextract
>>> sorted(perfextract.__all__)[:3]
['Failure', 'Indicator', 'PerfExtractError']
"""

from perfextract.errors import PerfExtractError
from perfextract.model import Indicator, Report, Value
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
    "extract",
    "extract_many",
]

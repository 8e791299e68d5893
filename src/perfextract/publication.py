"""Who publishes a data package, under which licence, from which sources.

A :class:`Publication` is what ``--license``, ``--publisher`` and ``--source``
say; :func:`perfextract.opendata.data_package` writes it into
``datapackage.json`` as the Data Package spec names it (``licenses``,
``contributors`` with the role ``publisher``, ``sources``).  DCAT-AP_IT, the
profile of the Italian open-data catalogue, asks for the licence and the
publisher.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

#: Open Definition licence IDs often used for Italian open data: their titles and texts.
LICENSES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "CC-BY-4.0": (
            "Creative Commons Attribution 4.0",
            "https://creativecommons.org/licenses/by/4.0/",
        ),
        "CC-BY-SA-4.0": (
            "Creative Commons Attribution Share-Alike 4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/",
        ),
        "CC0-1.0": (
            "CC0 1.0 Universal Public Domain Dedication",
            "https://creativecommons.org/publicdomain/zero/1.0/",
        ),
        "ODC-BY-1.0": (
            "Open Data Commons Attribution License 1.0",
            "https://opendatacommons.org/licenses/by/1-0/",
        ),
        "ODbL-1.0": (
            "Open Data Commons Open Database License 1.0",
            "https://opendatacommons.org/licenses/odbl/1-0/",
        ),
        "PDDL-1.0": (
            "Open Data Commons Public Domain Dedication and License 1.0",
            "https://opendatacommons.org/licenses/pddl/1-0/",
        ),
        "IODL-2.0": (
            "Italian Open Data License 2.0",
            "https://www.dati.gov.it/content/italian-open-data-license-v20",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class Publication:
    """Who publishes a data package, under which licence, made from which sources.

    ``license`` is an Open Definition licence ID (``CC-BY-4.0``; the ones in
    :data:`LICENSES` get their title and URL) or a URL; ``publisher`` the
    body that publishes the data; ``sources`` the URLs of the reports.
    DCAT-AP_IT asks for the licence and the publisher.
    """

    license: str | None = None
    publisher: str | None = None
    sources: tuple[str, ...] = ()


def license_entry(license: str) -> dict[str, str]:
    """The ``licenses`` entry of a licence ID or URL.

    >>> license_entry("CC0-1.0")["path"]
    'https://creativecommons.org/publicdomain/zero/1.0/'
    >>> license_entry("https://example.org/licenza")
    {'path': 'https://example.org/licenza', 'title': 'https://example.org/licenza'}
    >>> license_entry("cc-by-4.0")["name"], license_entry("LicenseRef-x")
    ('CC-BY-4.0', {'name': 'LicenseRef-x'})
    """
    if re.match(r"https?://", license):
        return {"path": license, "title": license}
    known = {k.lower(): k for k in LICENSES}.get(license.lower())
    if known is None:
        return {"name": license}
    title, path = LICENSES[known]
    return {"name": known, "path": path, "title": title}

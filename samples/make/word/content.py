"""The content of a Word sample as printed: its text (markup dropped), the headings and
objective lines it prints, its tables completed from their formats and their rows in
document order."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

Block = dict[str, Any]
Content = dict[str, Any]
Item = dict[str, Any]
Record = dict[str, Any]


def plain(text: str | None) -> str | None:
    r"""Return text as a record field: tags dropped, whitespace runs to one space, "" to None.

    >>> plain("<b>N° 40</b>\nVPN  attivate ")
    'N° 40 VPN attivate'
    >>> plain("") is None
    True
    """
    if text is None:
        return None
    squeezed = re.sub(r"\s+", " ", re.sub(r"</?[bi]>", "", text)).strip()
    return squeezed or None


def squash(text: str) -> str:
    """Return text without tags and without any whitespace, for matching PDF words.

    >>> squash("ORGANIZZATI VO")
    'ORGANIZZATIVO'
    """
    return re.sub(r"\s+", "", re.sub(r"</?[bi]>", "", text))


def objective_text(objective: Block) -> str:
    """Return an objective heading as printed: ``Label code – title``."""
    return (
        f"{objective['label']} {objective['code']}{objective.get('sep', ' – ')}{objective['title']}"
    )


def block_text(block: Block) -> str | None:
    """Return the printed text of a heading or objective block (what an index points to)."""
    if "heading" in block:
        text: str = block["heading"]
        return text
    if "objective" in block:
        return objective_text(block["objective"])
    return None


def resolve(content: Content) -> Content:
    """A copy of the content whose table blocks carry the keys of the table format they
    name (``ref``, one of the content's ``tables``: header, fields, widths …)."""
    resolved = copy.deepcopy(content)
    for block in resolved["body"]:
        if "table" in block:
            block["table"] = {**resolved["tables"][block["table"]["ref"]], **block["table"]}
    return resolved


def resolve_tables(content: Content) -> Content:
    """Complete every table block from its ``ref`` format and check the index entries."""
    content = resolve(content)
    for block in content["body"]:
        if "scheda" in block:
            block["scheda"]["table"] = {**content["indicator_table"], **block["scheda"]}
    headings = {block_text(block) for block in content["body"]}
    for block in content["body"]:
        for entry in block.get("toc", {}).get("entries", []):
            if entry["text"] not in headings:
                raise ValueError(f"index entry without a heading: {entry['text']!r}")
    return content


def tables(content: Content) -> Iterator[Block]:
    """Yield every table spec in document order."""
    for block in content["body"]:
        if "table" in block or "scheda" in block:
            yield block.get("table") or block["scheda"]["table"]


def indicator_rows(content: Content) -> Iterator[tuple[Block, Block]]:
    """Yield ``(table spec, row)`` for every indicator row, in document order."""
    for spec in tables(content):
        if spec["fields"] is not None:
            for row in spec["rows"]:
                if "cells" in row:
                    yield spec, row


def tables_column_labels(spec: Block) -> list[str]:
    """Return the label over each column (the second header row's label where there is one).

    >>> tables_column_labels({"header": ["A", "Target"], "header_sub": ["2024", "2025"]})
    ['A', '2024', '2025']
    """
    sub: list[str] = spec.get("header_sub", [])
    return [*spec["header"][:-1], *sub] if sub else list(spec["header"])


def grid_objective_text(content: Content, objective: Block) -> str:
    """Return an objective heading as printed, by the content's ``objective_format``."""
    text: str = content["objective_format"].format(**objective)
    return text


YEAR = re.compile(r"\b(20\d\d)\b")


def check_grid(content: Content) -> Content:
    """Refuse a content whose fields, widths and header differ in length; return it."""
    lengths = {len(content["fields"]), len(content["widths"]), len(grid_column_labels(content))}
    if len(lengths) != 1:
        raise ValueError("fields, widths and header differ in length")
    return content


def grid_column_labels(content: Content) -> list[str]:
    """Return each column's full header label (a spanning label, then its own one).

    >>> grid_column_labels({"header_rows": [["A", "Anno 2023", None], [None, "x", "y"]]})
    ['A', 'Anno 2023 x', 'Anno 2023 y']
    """
    if "header" in content:
        return list(content["header"])
    first, second = content["header_rows"]
    labels = []
    above = ""
    for top, bottom in zip(first, second, strict=True):
        above = top if top is not None else above
        labels.append(" ".join(filter(None, [above, bottom])))
    return labels


def field_year(content: Content) -> int | None:
    """Return the one year that the target/actual column labels name (None if none)."""
    years = {
        int(year)
        for field, label in zip(content["fields"], grid_column_labels(content), strict=True)
        if field in ("target", "actual")
        for year in YEAR.findall(label)
    }
    if len(years) > 1:
        raise ValueError(f"target/actual columns name several years: {sorted(years)}")
    return years.pop() if years else None


def table_rows(content: Content) -> Iterator[Block]:
    """Yield every indicator row (with ``cells``) in document order."""
    for block in content["body"]:
        for row in block.get("table", {}).get("rows", []):
            if "cells" in row:
                yield row


def area_text(area: Content) -> str:
    """Return an area heading as printed (``areas``)."""
    return f"Area strategica: {area['title']}"


def merged_objective_text(objective: Content) -> str:
    """Return a merged objective cell as printed: ``code – title``."""
    return f"{objective['code']} – {objective['title']}"


def strategic_text(objective: Content) -> str:
    """Return a strategic heading as printed (``objectives``)."""
    return f"Obiettivo strategico {objective['code']}: {objective['title']}"


def operational_text(objective: Content) -> str:
    """Return an operational heading as printed (``objectives``)."""
    return f"Obiettivo operativo {objective['code']}: {objective['title']}"


def block_items(block: dict[str, Any]) -> list[Item]:
    """Return the items (rows or paragraphs) of one body block."""
    items: list[Item] = block["table"]["rows"] if "table" in block else block["paragraphs"]
    return items


def all_items(content: Content) -> Iterator[Item]:
    """Yield every body item in document order."""
    for block in content["body"]:
        yield from block_items(block)


def header_cells(content: Content) -> list[str]:
    """Return the cells of the (first) table header row."""
    cells: list[str] = next(i["cells"] for i in all_items(content) if i["kind"] == "header")
    return cells

"""The blocks content format: a report's ``body`` as an ordered list of blocks, its
records and their pages; :mod:`report` draws it with reportlab, :mod:`word` prints it
through Word.

Blocks: ``heading`` (an objective: ``level`` area/strategic/operational, printed
``label``, ``code`` and ``title``), ``table`` (indicator rows and, where a table holds
them, heading, ``status`` and free ``text`` rows), ``section``/``prose``/``budget``/
``toc``/``page_break`` (printed, never records) and ``rotated`` (blocks on a landscape page
turned by /Rotate 90). An indicator row holds the printed cell of each column ``role``
(``code``, ``objective``, ``indicator``, ``type``, ``formula``, ``weight``, ``target``,
``actual``, ``achievement``, ``notes``, ``esito``) and the hand-written values the truth
copies: ``target_parsed``/``actual_parsed`` (``[operator, value, value_max, unit]``, null:
no quantity), ``weight_value``, ``achievement_value``, ``status`` and ``met``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .truth import RECORD_KEYS, check_met, plain, squash

Content = dict[str, Any]
Item = dict[str, Any]
Record = dict[str, Any]


STATUSES = ("achieved", "partially_achieved", "not_achieved", "suspended")
SUSPENDED_TEXT = "Obiettivo sospeso"
#: Column roles copied as printed text into the record field of the same name.
TEXT_ROLES = {"code": "indicator_code", "type": "type", "formula": "formula", "notes": "notes"}
#: Blocks that are printed but must yield nothing.
SILENT_BLOCKS = ("section", "prose", "budget", "toc")


def heading_text(item: Item) -> str:
    """The printed line of an objective heading: ``label code – title``."""
    return f"{item['label']} {item['code']} – {item['title']}"


def objective_cell(item: Item) -> str:
    """The printed ``Obiettivo operativo`` cell of an indicator row (empty below the first)."""
    objective = item.get("objective")
    return f"{objective['code']} {objective['title']}" if objective else ""


def cell_text(item: Item, role: str) -> str:
    """The printed text of an indicator row's cell for a column role ("" when empty)."""
    if role == "objective":
        return objective_cell(item)
    text: str = item.get(role) or ""
    return text


# --------------------------------------------------------------------------- content


def check_columns(content: Content) -> Content:
    """Refuse an indicator with cells of columns that are not printed; return the content."""
    roles = {column["role"] for column in content["columns"]}
    annotations = {
        "kind", "target_parsed", "actual_parsed", "weight_value", "achievement_value",
        "status", "met",
    }  # fmt: skip
    for item in all_items(content):
        if item["kind"] == "indicator":
            unknown = set(item) - roles - annotations
            if unknown:
                raise ValueError(f"cells of unprinted columns {sorted(unknown)}")
    return content


def body_blocks(blocks: list[Item]) -> Iterator[Item]:
    """Yield blocks in document order, descending into rotated pages."""
    for block in blocks:
        if block["kind"] == "rotated":
            yield from body_blocks(block["body"])
        else:
            yield block


def all_items(content: Content) -> Iterator[Item]:
    """Yield headings, table rows and silent blocks in document order."""
    for block in body_blocks(content["body"]):
        if block["kind"] == "table":
            yield from block["rows"]
        elif block["kind"] != "page_break":
            yield block


def indicators(content: Content) -> list[Item]:
    """Return the indicator items in document order."""
    return [item for item in all_items(content) if item["kind"] == "indicator"]


# --------------------------------------------------------------------------- records


def parsed(value: list[Any] | None, side: str) -> Record:
    """Turn a hand-written ``[operator, value, value_max, unit]`` into record fields."""
    operator, number, number_max, unit = value if value is not None else [None] * 4
    if operator is not None and operator not in (">=", ">", "<=", "<", "=", "range"):
        raise ValueError(f"bad operator {operator!r}")
    if (operator == "range") != (number_max is not None):
        raise ValueError(f"value_max goes with a range only: {value!r}")
    if unit not in (None, "%", "‰", "EUR", "days", "months", "hours"):
        raise ValueError(f"bad unit {unit!r}")
    return {
        f"{side}_operator": operator,
        f"{side}_value": number,
        f"{side}_value_max": number_max,
        f"{side}_unit": unit,
    }


def new_record(item: Item, context: Record, year: int | None) -> Record:
    """Make the record of one indicator row (pages, status row and comment still unset)."""
    record: Record = dict.fromkeys(RECORD_KEYS)
    record.update(context)
    for role, name in TEXT_ROLES.items():
        record[name] = plain(item.get(role))
    record.update(
        indicator=plain(item["indicator"]),
        year=year,
        target=plain(item.get("target")),
        actual=plain(item.get("actual")),
        weight=item.get("weight_value"),
        achievement=item.get("achievement_value"),
        met=item["met"],
    )
    record.update(parsed(item.get("target_parsed"), "target"))
    record.update(parsed(item.get("actual_parsed"), "actual"))
    if ("weight" in item) != ("weight_value" in item) or (
        "achievement" in item and "achievement_value" not in item
    ):
        raise ValueError(f"weight/achievement without its number: {item['indicator'][:50]!r}")
    if "esito" in item:
        record.update(status=item["status"], status_text=plain(item["esito"]))
    elif record["actual"] == SUSPENDED_TEXT:
        record.update(status="suspended", status_text=SUSPENDED_TEXT)
    if record["status"] not in (None, *STATUSES):
        raise ValueError(f"bad status {record['status']!r}")
    return check_met(record)


class Hierarchy:
    """The area and objective enclosing the next indicator."""

    def __init__(self) -> None:
        self.area: tuple[str, str] | None = None  # (code, title) of the printed area
        self.context: Record = {}

    def enter(self, level: str, code: str, title: str) -> None:
        """Open an area or objective heading (or an ``Obiettivo operativo`` cell)."""
        if level == "area":
            self.area = (code, title)
            self.context = dict.fromkeys(("area_code", "objective_code"), code)
            self.context.update(area_title=title, objective_title=title, objective_level=level)
            return
        first = code.split(".")[0]
        if self.area is not None and self.area[0] != first:
            raise ValueError(f"objective {code} outside the printed area {self.area[0]}")
        self.context = {
            "area_code": first,
            "area_title": self.area[1] if self.area else None,
            "objective_level": level,
            "objective_code": code,
            "objective_title": title,
        }


def build_records(content: Content) -> list[Record]:
    """Make one record per indicator, with hierarchy, status and comment from nearby items.

    A status row and free-text rows after an indicator, up to the next indicator, heading
    or header, make its comment. A silent block right after an indicator would make the
    comment ambiguous, so it is refused.
    """
    hierarchy = Hierarchy()
    records: list[Record] = []
    comment: list[str] | None = None  # comment parts of the last record while open

    def close_comment() -> None:
        nonlocal comment
        if comment is not None:
            records[-1]["comment"] = " ".join(comment) or None
        comment = None

    for item in all_items(content):
        kind = item["kind"]
        if kind == "heading":
            close_comment()
            hierarchy.enter(item["level"], item["code"], item["title"])
        elif kind == "indicator":
            close_comment()
            if item.get("objective"):
                objective = item["objective"]
                hierarchy.enter("operational", objective["code"], objective["title"])
            records.append(new_record(item, hierarchy.context, content["record_year"]))
            comment = []
        elif kind == "status":
            if comment is None or records[-1]["status"] is not None:
                raise ValueError(f"status row not right after an indicator: {item!r:.80}")
            records[-1].update(status=item["status"], status_text=item["phrase"])
            comment.extend([plain(item["text"]) or ""] if item.get("text") else [])
        elif kind == "text":
            if comment is None:
                raise ValueError(f"text row not after an indicator: {item['text'][:60]!r}")
            comment.append(plain(item["text"]) or "")
        elif kind in SILENT_BLOCKS:
            if comment is not None:
                raise ValueError(f"{kind} block right after an indicator: {item!r:.80}")
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    close_comment()
    return records


# --------------------------------------------------------------------------- pages


def locate_pages(streams: list[str], content: Content) -> list[tuple[int, int]]:
    """Return the 1-based (page, page_end) of every indicator row, in document order.

    The row starts where its indicator text is found, searching forward from the previous
    row; it ends on the last page that holds one of its other cells, each found whole.
    """
    roles = [column["role"] for column in content["columns"]]
    spans: list[tuple[int, int]] = []
    page, offset = 0, 0
    for item in indicators(content):
        needle = squash(item["indicator"])[:40]
        while (found := streams[page].find(needle, offset)) < 0:
            page, offset = page + 1, 0
            if page == len(streams):
                raise ValueError(f"indicator not found in the PDF: {item['indicator'][:60]!r}")
        offset = found + len(needle)
        end = page
        for role in roles:
            wanted = squash(cell_text(item, role))
            pages = [n for n in range(page, len(streams)) if wanted in streams[n]]
            if not pages:
                raise ValueError(f"cell not found in the PDF: {cell_text(item, role)[:60]!r}")
            end = max(end, pages[0])
        spans.append((page + 1, end + 1))
    return spans

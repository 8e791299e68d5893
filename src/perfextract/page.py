"""One page as the stages read it: its characters, ruling edges and images.

The page is parsed once with `playa <https://github.com/dhdaines/playa>`_
(camelot's own fast parser) and kept as plain dictionaries in pdfplumber's
shapes, so pdfplumber's well-tested table finder and word/line grouping run on
it unchanged — without pdfminer's slower layout pass.

Coordinates are pdfplumber's: points, top-left origin, the page's /Rotate
applied, so a rotated landscape page reads as printed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from perfextract.glyphs import ligature_text, symbol_text

if TYPE_CHECKING:  # pdfplumber is imported when a page is first read, not with perfextract
    from pdfplumber.table import Table

Obj = dict[str, Any]

#: A segment this close to horizontal or vertical (points) counts as a rule.
AXIS_TOLERANCE = 0.5


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed page: ``chars``, ``edges`` and ``images`` as pdfplumber-style dicts."""

    page_number: int
    width: float
    height: float
    chars: list[Obj]
    edges: list[Obj] = field(default_factory=list)
    images: list[Obj] = field(default_factory=list)
    source: bytes = field(default=b"", repr=False)  # the whole PDF, for camelot

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    def filter(self, keep: Callable[[Obj], bool]) -> Page:
        """This page with only the objects ``keep`` accepts."""
        return replace(
            self,
            chars=[c for c in self.chars if keep(c)],
            edges=[e for e in self.edges if keep(e)],
            images=[i for i in self.images if keep(i)],
        )

    def extract_words(self, **settings: Any) -> list[Obj]:
        """Words, as :func:`pdfplumber.utils.text.extract_words` groups the chars."""
        from pdfplumber.utils.text import extract_words

        words: list[Obj] = extract_words(self.chars, **settings)
        return words

    def extract_text_lines(self, **settings: Any) -> list[Obj]:
        """Lines of text with their chars, as pdfplumber's ``extract_text_lines``."""
        strip = settings.pop("strip", True)
        return_chars = settings.pop("return_chars", True)
        if not self.chars:
            return []
        from pdfplumber.utils.text import chars_to_textmap

        lines: list[Obj] = chars_to_textmap(self.chars, **settings).extract_text_lines(
            strip=strip, return_chars=return_chars
        )
        return lines

    def find_tables(self, settings: dict[str, Any]) -> list[Table]:
        """Tables found by pdfplumber's :class:`~pdfplumber.table.TableFinder`."""
        from pdfplumber.table import TableFinder, TableSettings

        finder = TableFinder(self, TableSettings.resolve(settings))  # type: ignore[arg-type]
        return list(finder.tables)

    def close(self) -> None:
        """Nothing to release: the page holds plain data."""


#: A cell's text and the top of each of its lines.
Cell = tuple[str | None, tuple[float, ...]]


def cell_texts(table: Table, chars: Sequence[Obj], **settings: Any) -> list[list[str | None]]:
    """The text of each cell of a pdfplumber table, as ``Table.extract`` gives it."""
    return [[text for text, _ in row] for row in read_cells(table, chars, **settings)]


def read_cells(table: Table, chars: Sequence[Obj], **settings: Any) -> list[list[Cell]]:
    """The text of each cell of a pdfplumber table, and the top of each of its lines.

    A char belongs to the cell holding the middle of its word (a word run
    over a cell's edge stays whole; a cell merged down over several rows
    belongs to its first); chars are bucketed by row and column
    once, instead of testing every char against every cell.
    """
    from pdfplumber.utils.text import extract_text

    rows = table.rows
    tops = [row.bbox[1] for row in rows]
    buckets: list[dict[int, list[Obj]]] = [{} for _ in rows]
    x0, top, x1, bottom = table.bbox
    columns = [(col.bbox[0], col.bbox[2]) for col in table.columns]
    orphans: dict[tuple[int, int], list[Obj]] = {}
    # the table's chars only (a word run over its edge reaches a little outside it)
    chars = [c for c in chars if top <= c["bottom"] and c["top"] < bottom]
    chars = [c for c in chars if x0 - 20 <= c["x1"] and c["x0"] < x1 + 20]
    middles = word_middles(chars)
    for char in chars:
        cx, cy = middles[id(char)], (char["top"] + char["bottom"]) / 2
        if not (x0 <= cx < x1 and top <= cy < bottom):
            continue
        # the row whose band holds the char, or a row above whose cell is merged down to it
        for r in range(bisect.bisect_right(tops, cy) - 1, -1, -1):
            hit = next(
                (c for c, cell in enumerate(rows[r].cells)
                 if cell is not None and cell[0] <= cx < cell[2] and cell[1] <= cy < cell[3]),
                None,
            )  # fmt: skip
            if hit is not None:
                buckets[r].setdefault(hit, []).append(char)
                break
        else:  # in no cell: a cell merged down over a page break has lost its frame
            r = bisect.bisect_right(tops, cy) - 1
            c = next((j for j, (a, b) in enumerate(columns) if a <= cx < b), None)
            if r >= 0 and c is not None:
                orphans.setdefault((r, c), []).append(char)
    for r, row in enumerate(rows):
        _take_overflow(row.cells, buckets[r])
    found_at = set(orphans)
    for r, c in sorted(found_at):  # one frameless cell over several rows: its first row's
        if (r - 1, c) in found_at:
            first = r - 1
            while (first - 1, c) in found_at:
                first -= 1
            orphans[(first, c)] += orphans.pop((r, c))
    out: list[list[Cell]] = []
    for r, row in enumerate(rows):
        texts: list[Cell] = []
        for c, cell in enumerate(row.cells):
            if cell is None and (r, c) in orphans:
                texts.append((_cell_text(orphans[(r, c)], extract_text, settings), ()))
            elif cell is None:
                texts.append((None, ()))
            else:
                found = buckets[r].get(c) or []
                text = _cell_text(found, extract_text, settings) if found else ""
                spans = line_spans(found)
                text = join_broken_words(text, spans, cell[2] - cell[0])
                known = len(spans) == text.count("\n") + 1
                texts.append((text, tuple(t for t, _, _ in spans) if known else ()))
        out.append(texts)
    return out


def overflows(left: Sequence[Obj], right: Sequence[Obj], edge: float) -> bool:
    """True when the chars ``right`` of a cell border at ``edge`` go on with the line ``left``.

    A spreadsheet prints a one-line cell's text on over empty cells to its
    right, across their borders: a word is cut at the rule
    (``del`` | ``l'esercizio in corso``), or runs past it on either side
    (``in`` | ``corso``), a space from the next.  Text a cell wraps keeps
    inside it, and the text of the next cell starts a padding from the rule.
    Both sides are one line at one height.

    >>> def word(text, x0, top=10.0):
    ...     return [{"x0": x0 + 4 * i, "x1": x0 + 4 * i + 4, "top": top, "size": 8,
    ...              "text": ch} for i, ch in enumerate(text)]
    >>> overflows(word("del", 88), word("l'esercizio", 100), 100.0)
    True
    >>> overflows(word("in", 96), word("corso", 106), 100.0)
    True
    >>> overflows(word("spesa", 74), word("Totale", 103), 100.0)
    False
    >>> overflows(word("presunto", 64), word("dell'esercizio", 98), 100.0)
    True
    >>> overflows(word("del", 88), word("l'esercizio", 100, top=20), 100.0)
    False
    """
    spans = line_spans(left), line_spans(right)
    if len(spans[0]) != 1 or len(spans[1]) != 1 or abs(spans[0][0][0] - spans[1][0][0]) > 1:
        return False
    (_, _, end), (_, start, _) = spans[0][0], spans[1][0]
    size = max(float(c.get("size") or 0.0) for c in (*left, *right))
    across = end > edge + 0.5 or start < edge - 0.5  # a word kept whole across the rule
    return start - end < 0.6 * size and (across or (end > edge - 1 and start - end < 0.1 * size))


def _take_overflow(cells: Sequence[Any], bucket: dict[int, list[Obj]]) -> None:
    """Give the chars a cell's text prints over the next cells (see :func:`overflows`) to it.

    ``cells`` are a table row's cell boxes (None where a merged cell covers
    one), ``bucket`` the chars of each cell by column, changed in place.

    >>> def word(text, x0):
    ...     return [{"x0": x0 + 4 * i, "x1": x0 + 4 * i + 4, "top": 10.0, "size": 8,
    ...              "text": ch} for i, ch in enumerate(text)]
    >>> boxes = [(0, 0, 20, 20), (20, 0, 100, 20), (100, 0, 200, 20), (200, 0, 240, 20)]
    >>> bucket = {0: word("9", 4), 1: word("Composizione del", 36), 2: word("l'esercizio", 100)}
    >>> _take_overflow(boxes, bucket)
    >>> sorted(bucket), "".join(c["text"] for c in bucket[1])
    ([0, 1], "Composizione dell'esercizio")
    >>> bucket = {0: word("9.1", 4), 1: word("Quota libera", 24), 2: word("Quota / Avanzo", 104),
    ...           3: word("3,15", 220)}
    >>> _take_overflow(boxes, bucket)
    >>> sorted(bucket)
    [0, 1, 2, 3]
    """
    owner: int | None = None
    for c in range(len(cells) - 1):
        here, right = cells[c], cells[c + 1]
        if here is None or right is None or bucket.get(c + 1) is None:
            owner = None
            continue
        owner = c if bucket.get(c) else owner
        if owner is not None and overflows(bucket[owner], bucket[c + 1], float(here[2])):
            bucket[owner] = bucket[owner] + bucket.pop(c + 1)
        else:
            owner = None


def word_middles(chars: Sequence[Obj]) -> dict[int, float]:
    """The middle x of the word each char is part of, by the char's ``id``.

    Upright chars of one line that touch (less than half a point apart) make
    a word.

    >>> chars = [{"x0": x, "x1": x + 5, "top": 10, "text": t} for x, t in
    ...          [(0, "a"), (5, "b"), (20, "c")]]
    >>> sorted(word_middles(chars).values())
    [5.0, 5.0, 22.5]
    """
    middles: dict[int, float] = {}
    ordered = sorted(chars, key=lambda c: (round(float(c["top"])), float(c["x0"])))
    word: list[Obj] = []

    def close() -> None:
        if word:
            middle = (float(word[0]["x0"]) + float(word[-1]["x1"])) / 2
            middles.update((id(c), middle) for c in word)

    for char in ordered:
        last = word[-1] if word else None
        if (
            last is None
            or not char["text"].strip()
            or not last["text"].strip()
            or not char.get("upright", True)  # turned text: each char by its own middle
            or abs(float(char["top"]) - float(last["top"])) > 1
            or not -1 <= float(char["x0"]) - float(last["x1"]) <= 0.5
        ):
            close()
            word = []
        word.append(char)
    close()
    return middles


def _cell_text(chars: list[Obj], extract_text: Any, settings: dict[str, Any]) -> str:
    """The text of one cell; a label turned a quarter (a narrow column's ``Peso``) read along.

    The turned label's chars are set upright as :func:`straighten` sets a page.

    >>> up = [{"text": t, "x0": 10.0, "x1": 19.0, "top": 90.0 - 6 * i, "bottom": 96.0 - 6 * i,
    ...        "doctop": 90.0 - 6 * i,
    ...        "size": 9, "upright": False, "turn": "ccw"} for i, t in enumerate("Peso")]
    >>> from pdfplumber.utils.text import extract_text
    >>> _cell_text(up, extract_text, {})
    'Peso'
    """
    turn = main_turn(chars)
    if turn is not None:
        chars = [{**_turn(c, turn, 0.0, 0.0), "upright": True} for c in chars
                 if c.get("turn") == turn]  # fmt: skip
    text: str = extract_text(chars, **settings)
    return text


def line_spans(chars: Sequence[Obj]) -> list[tuple[float, float, float]]:
    """The top, left and right of each line of ``chars`` (chars within 3 points of a top)."""
    spans: list[tuple[float, float, float]] = []
    for char in sorted(chars, key=lambda c: float(c["top"])):
        top, x0, x1 = float(char["top"]), float(char["x0"]), float(char["x1"])
        if spans and top - spans[-1][0] <= 3:
            spans[-1] = (spans[-1][0], min(spans[-1][1], x0), max(spans[-1][2], x1))
        else:
            spans.append((top, x0, x1))
    return spans


def join_broken_words(text: str, spans: Sequence[tuple[float, float, float]], width: float) -> str:
    r"""``text`` with the words a narrow cell broke without a hyphen made whole again.

    A word too long for its cell is broken where the cell ends
    (``amministrativ`` over ``a, trasparenza``).  A line that is one word
    filling most of the cell's ``width`` and ending as no Italian word does
    (in a consonant), followed by a line that starts in lower case, goes on
    in the same word; ``infrastrutture`` over ``e della`` is a wrap.
    ``spans`` are the cell's lines as :func:`line_spans` gives them.

    >>> def line(text, top):
    ...     return [{"x0": 2.0 + 5 * i, "x1": 7.0 + 5 * i, "top": top, "text": c}
    ...             for i, c in enumerate(text)]
    >>> spans = line_spans(line("amministrativ", 10) + line("a", 20))
    >>> join_broken_words("amministrativ\na", spans, 70.0)
    'amministrativa'
    >>> spans = line_spans(line("infrastrutture", 10) + line("e della", 20))
    >>> join_broken_words("infrastrutture\ne della", spans, 75.0)
    'infrastrutture\ne della'
    """
    lines = text.split("\n")
    if len(lines) < 2 or width <= 0 or len(spans) != len(lines):
        return text
    out = lines[0]
    for (_, x0, x1), line in zip(spans, lines[1:], strict=False):
        last = out.rsplit("\n", 1)[-1].strip()
        broken = (
            " " not in last
            and len(last) >= 6
            and last[-1:].isalpha()
            and last[-1:].lower() not in "aeiouàèéìòù"
            and x1 - x0 >= 0.75 * width
        )
        out += line if broken and line[:1].islower() else "\n" + line
    return out


def main_turn(chars: Sequence[Obj]) -> str | None:
    """``"ccw"`` or ``"cw"`` when most of ``chars`` are printed turned that way, else None."""
    turns = [c.get("turn") for c in chars]
    turn = max(("ccw", "cw"), key=turns.count)
    return turn if turns.count(turn) * 2 > len(turns) else None


def _char(
    glyph: Any, box: tuple[float, float, float, float], page_number: int, invisible: bool = False
) -> Obj | None:
    text = glyph.text
    if not text:
        return None
    if "\uf000" <= text[0] <= "\uf0ff":  # a Symbol-font glyph by its private code
        text = symbol_text(text, str(glyph.fontname))
    elif text[0] == "\u6600":  # an f-ligature a virtual printer wrote a byte off
        text = ligature_text(text)
    x0, top, x1, bottom = box
    a, b, c, d, _, _ = glyph.matrix
    # a few degrees of skew (a scan's OCR text) still reads as upright
    upright = abs(b) <= 0.1 * abs(a) and abs(c) <= 0.1 * abs(d)
    turn = None
    if abs(a) <= 0.1 * abs(b) and abs(d) <= 0.1 * abs(c):
        turn = "ccw" if b < 0 and c < 0 else "cw" if b > 0 and c > 0 else None
    return {
        "object_type": "char",
        "page_number": page_number,
        "text": text,
        "fontname": glyph.fontname,
        "size": float(glyph.size),
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "upright": upright,
        "turn": turn,
        "invisible": invisible,  # drawn invisibly: an OCR text layer over a scanned page
    }


def _edges(path: Any) -> Iterable[Obj]:
    """The horizontal and vertical straight segments of a path, as pdfplumber edges."""
    for segment in path.segments:
        points = segment.points
        if segment.operator != "l" or not points:
            continue
        start = getattr(segment, "start", None)
        if start is None:
            continue
        (xa, ya), (xb, yb) = start, points[-1]
        if abs(ya - yb) <= AXIS_TOLERANCE and abs(xa - xb) > AXIS_TOLERANCE:
            x0, x1, y = min(xa, xb), max(xa, xb), (ya + yb) / 2
            yield {"object_type": "line", "orientation": "h", "x0": x0, "x1": x1,
                   "top": y, "bottom": y, "width": x1 - x0, "height": 0.0}  # fmt: skip
        elif abs(xa - xb) <= AXIS_TOLERANCE and abs(ya - yb) > AXIS_TOLERANCE:
            top, bottom, x = min(ya, yb), max(ya, yb), (xa + xb) / 2
            yield {"object_type": "line", "orientation": "v", "x0": x, "x1": x,
                   "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top}  # fmt: skip


def _with_starts(path: Any) -> Iterable[Any]:
    """The path's segments, each knowing the point it starts from."""
    current = None
    first = None
    for segment in path.segments:
        points = segment.points
        if segment.operator == "m" and points:
            current = first = points[-1]
        elif segment.operator == "h" and current is not None and first is not None:
            yield _Segment("l", (first,), current)
            current = first
        elif points:
            yield _Segment(segment.operator, tuple(points), current)
            current = points[-1]


@dataclass(frozen=True, slots=True)
class _Segment:
    operator: str
    points: tuple[tuple[float, float], ...]
    start: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class _Path:
    segments: tuple[_Segment, ...]


def read_page(ppage: Any, page_number: int, source: bytes = b"") -> Page:
    """Parse one playa page into a :class:`Page`; ``source`` is the PDF it is from."""
    width, height = float(ppage.width), float(ppage.height)
    if int(getattr(ppage, "rotate", 0) or 0) % 180 == 90:
        width, height = height, width
    from perfextract.clipping import clipped_out, page_objects

    chars: list[Obj] = []
    edges: list[Obj] = []
    images: list[Obj] = []
    for obj, clip in page_objects(ppage):  # one pass over the content stream
        kind = obj.object_type
        if kind == "text":
            # text drawn invisibly (render mode 3): the OCR text layer of a searchable scan
            invisible = getattr(getattr(obj, "gstate", None), "render_mode", 0) == 3
            for glyph in obj:
                box = glyph.bbox  # computed by playa on each call
                if not clipped_out(box, clip) and (
                    char := _char(glyph, box, page_number, invisible)
                ):
                    chars.append(char)
        elif kind == "path":
            filled = bool(getattr(obj, "fill", False)) and not getattr(obj, "stroke", False)
            edges.extend({**e, "fill": filled} for e in _edges(_Path(tuple(_with_starts(obj)))))
        elif kind == "image":
            x0, top, x1, bottom = obj.bbox
            images.append({"object_type": "image", "x0": x0, "top": top, "x1": x1,
                           "bottom": bottom})  # fmt: skip
    return straighten(Page(page_number, width, height, drop_superscripts(chars), edges, images,
                           source))  # fmt: skip


def drop_superscripts(chars: list[Obj]) -> list[Obj]:
    """``chars`` without footnote marks: digits printed smaller and raised after a character.

    ``≥ 95%¹`` would read ``≥ 95%1`` (or ``1`` on a line of its own): the mark
    is a reference to a note, not part of the value.
    """
    kept: list[Obj] = []
    for char in chars:
        last = kept[-1] if kept else None
        raised = (
            last is not None
            and char["text"].isdigit()
            and char["size"] <= 0.85 * last["size"]
            and char["bottom"] < last["bottom"] - 0.2 * last["size"]
            and char["x0"] >= last["x1"] - 1
        )
        if not raised:
            kept.append(char)
    return kept


def _turn(obj: Obj, turn: str, width: float, height: float) -> Obj:
    """``obj`` in the frame of the page turned a quarter: ``"ccw"`` text, ``"cw"`` text."""
    x0, x1, top, bottom = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
    if turn == "ccw":  # text reads upwards: the page turns clockwise
        box = {"x0": height - bottom, "x1": height - top, "top": x0, "bottom": x1}
    else:  # text reads downwards: the page turns counter-clockwise
        box = {"x0": top, "x1": bottom, "top": width - x1, "bottom": width - x0}
    out = {**obj, **box}
    if "doctop" in obj:
        out["doctop"] = box["top"]
    if "width" in obj:
        out["width"], out["height"] = box["x1"] - box["x0"], box["bottom"] - box["top"]
    if "orientation" in obj:
        out["orientation"] = "v" if obj["orientation"] == "h" else "h"
    return out


def straighten(page: Page) -> Page:
    """The page turned so that most of its text reads left to right.

    A landscape table is sometimes printed sideways on a portrait page
    without a /Rotate entry: its glyphs run up or down the page.  When most
    characters do, the page is turned a quarter, and they become upright.
    """
    turn = main_turn(page.chars)
    if turn is None:
        return page
    w, h = page.width, page.height
    chars = [{**_turn(c, turn, w, h), "upright": c.get("turn") == turn} for c in page.chars]
    edges = [_turn(e, turn, w, h) for e in page.edges]
    images = [_turn(i, turn, w, h) for i in page.images]
    return replace(page, width=h, height=w, chars=chars, edges=edges, images=images)

"""Content objects of a page with the clipping box they are drawn in.

Spreadsheet and word-processor exports clip each cell's text to the cell.
A cell merged over a page break is printed again on the next page with its
text placed from the cell's top, which lies on the page before: what falls
outside the visible part is clipped away, but it is still in the content
stream, in the page margin or over the repeated header row.  Reading it would
mix phantom text into the header.

playa's interpreter parses the clipping operators (``W``, ``W*``) but keeps
no clipping path (and, compiled, cannot be subclassed).  :func:`page_objects`
hooks those operators and ``q``/``Q`` on each interpreter it runs and yields
every object with the bounding box of the clipping path in force, in the
device space of the objects' ``bbox``.  A box is enough: the clipping paths
of exports are rectangles, and a box never hides what a finer path would show.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: A box (x0, top, x1, bottom) in the device space of playa's ``bbox``.
Box = tuple[float, float, float, float]


class _ClipTracker:
    """The clipping box of one running interpreter, saved and restored with ``q``/``Q``."""

    __slots__ = ("box", "interp", "saved")

    def __init__(self, interp: Any, box: Box | None) -> None:
        from playa.pdftypes import KWD

        self.interp, self.box = interp, box
        self.saved: list[Box | None] = []
        dispatch = interp._dispatch
        for name, hook in ((b"q", self.save), (b"Q", self.restore)):
            method, nargs = dispatch[KWD(name)]
            dispatch[KWD(name)] = (_chain(hook, method), nargs)
        for name in (b"W", b"W*"):
            dispatch[KWD(name)] = (self.clip, 0)

    def save(self) -> None:
        self.saved.append(self.box)

    def restore(self) -> None:
        if self.saved:
            self.box = self.saved.pop()

    def clip(self) -> None:
        from playa.utils import apply_matrix_pt

        ctm = self.interp.ctm
        points = [apply_matrix_pt(ctm, p) for seg in self.interp.curpath for p in seg.points]
        if not points:
            return
        xs, ys = [x for x, _ in points], [y for _, y in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        if self.box is not None:
            old = self.box
            box = (
                max(box[0], old[0]),
                max(box[1], old[1]),
                min(box[2], old[2]),
                min(box[3], old[3]),
            )
        self.box = box


def _chain(first: Any, then: Any) -> Any:
    def both() -> Any:
        first()
        return then()

    return both


def page_objects(page: Any) -> Iterator[tuple[Any, Box | None]]:
    """``(object, clip box)`` for every content object of a playa page, forms opened."""
    from playa.interp import LazyInterpreter

    yield from _walk(LazyInterpreter(page, list(page.streams)), None, set())


def _walk(interp: Any, box: Box | None, parents: set[int]) -> Iterator[tuple[Any, Box | None]]:
    from playa.content import XObjectObject
    from playa.interp import LazyInterpreter

    tracker = _ClipTracker(interp, box)
    for obj in interp:
        if not isinstance(obj, XObjectObject):
            yield obj, tracker.box
            continue
        stream_id = 0 if obj.stream.objid is None else obj.stream.objid
        if stream_id in parents:  # a form drawing itself: once is enough
            continue
        form = LazyInterpreter(
            obj.page, [obj.stream], obj.resources, ctm=obj.ctm, gstate=obj.gstate
        )
        yield from _walk(form, tracker.box, parents | {stream_id})


def clipped_out(bbox: Box, clip: Box | None, slack: float = 1.0) -> bool:
    """True when the centre of ``bbox`` lies outside ``clip`` (by more than ``slack``).

    >>> page = (0, 0, 100, 100)
    >>> clipped_out((10, 10, 20, 20), page), clipped_out((10, -30, 20, -20), page)
    (False, True)
    >>> clipped_out((10, -30, 20, -20), None)
    False
    """
    if clip is None:
        return False
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    return not (
        clip[0] - slack <= cx <= clip[2] + slack and clip[1] - slack <= cy <= clip[3] + slack
    )

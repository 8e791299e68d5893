"""The pages of the report formats: document templates (cover, body and rotated pages,
the page of each marked heading), frames, running headers and footers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab import platypus
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)

from .records import Content
from .styles import FONT, Look


class LandscapeOnPortrait(Flowable):
    """A whole landscape page drawn turned on a portrait page that carries /Rotate 90.

    It fills a frame that covers the page; its flowables go into a landscape frame in
    the rotated coordinate system, where the footer is drawn too.
    """

    def __init__(self, flowables: list[Flowable], look: Look, footer: Callable[..., None]):
        super().__init__()
        self.flowables, self.look, self.footer = flowables, look, footer

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        portrait_width = self.width
        landscape_width, landscape_height = self.height, self.width
        canvas.saveState()
        canvas.translate(portrait_width, 0)  # landscape (x, y) -> portrait (W - y, x)
        canvas.rotate(90)
        margin = self.look.margin
        frame = Frame(margin, margin, landscape_width - 2 * margin, landscape_height - 2 * margin)
        pending = list(self.flowables)
        frame.addFromList(pending, canvas)
        if pending:
            raise ValueError("the rotated page's content does not fit on one page")
        self.footer(canvas, landscape_width)
        canvas.restoreState()


class ReportTemplate(BaseDocTemplate):
    """A4 report: cover page, body pages with footer, full-page rotated pages, TOC."""

    def __init__(self, path: Path, content: Content, look: Look) -> None:
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=look.margin,
            rightMargin=look.margin,
            topMargin=look.margin,
            bottomMargin=look.margin,
            title=f"{content['document']['title']} {content['document']['year']}",
            author=content["document"]["issuer"],
            invariant=1,
        )
        self.look = look
        width, height = A4
        body = Frame(look.margin, look.margin, width - 2 * look.margin, height - 2 * look.margin)
        whole = Frame(0, 0, width, height, 0, 0, 0, 0)
        # reportlab sets /Rotate from the template when the page ends, and swaps the
        # MediaBox of a rotated page: a landscape page size gives a portrait MediaBox.
        rotated = PageTemplate("rotated", [whole], pagesize=landscape(A4))
        rotated.rotation = 90
        self.addPageTemplates(
            [
                PageTemplate("cover", [body]),
                PageTemplate("body", [body], onPage=self.body_page),
                rotated,
            ]
        )

    def body_page(self, canvas: Canvas, _doc: Any) -> None:
        """An upright page with the footer."""
        self.footer(canvas, A4[0])

    def footer(self, canvas: Canvas, page_width: float) -> None:
        """Draw the footer text and the page number on the current page."""
        look = self.look
        canvas.saveState()
        canvas.setFont(look.family, 8)
        y = look.margin * 0.55
        if look.rules == "grid":
            canvas.setLineWidth(0.4)
            canvas.line(look.margin, y + 10, page_width - look.margin, y + 10)
        canvas.drawString(look.margin, y, look.footer)
        number = look.page_format.format(canvas.getPageNumber())
        canvas.drawRightString(page_width - look.margin, y, number)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Register sections and area headings with the table of contents."""
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            text = flowable.getPlainText()
            self.notify("TOCEntry", (level, text, self.page))


def export_page(lines: list[str]) -> Callable[[Canvas, Any], None]:
    """The export's running header and footer (no rules): the content's ``page_lines``,
    top left and right in bold, under them a subtitle, the foot left and right (``{}``:
    the page number)."""
    top_left, top_right, subtitle, foot_left, foot_right = lines

    def draw(canvas: Canvas, doc: Any) -> None:
        width, height = landscape(A4)
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(1.2 * cm, height - 1.0 * cm, top_left)
        canvas.drawRightString(width - 1.2 * cm, height - 1.0 * cm, top_right)
        canvas.setFont("Helvetica", 7)
        canvas.drawString(1.2 * cm, height - 1.4 * cm, subtitle)
        canvas.drawString(1.2 * cm, 0.8 * cm, foot_left)
        canvas.drawRightString(width - 1.2 * cm, 0.8 * cm, foot_right.format(doc.page))
        canvas.restoreState()

    return draw


def one_frame(
    pdf_path: Path,
    size: tuple[float, float],
    box: tuple[float, ...],
    sample: Content,
    on_page: Callable[[Any, Any], None] | None = None,
) -> BaseDocTemplate:
    """A reproducible document of pages with one frame (``box``: x, y, width, height),
    ``on_page`` drawing the running text (by default the content's ``running`` option)."""
    doc = new_doc(pdf_path, size, sample)
    on_page = on_page or running_text(sample["layout"]["running"])
    doc.addPageTemplates(
        [platypus.PageTemplate("body", [platypus.Frame(*box, id="body")], onPage=on_page)]
    )
    return doc


def new_doc(pdf_path: Path, size: tuple[float, float], sample: Content) -> BaseDocTemplate:
    """A reproducible document titled by the content's ``title`` option."""
    title, author = sample["layout"]["title"], sample["document"]["issuer"]
    return BaseDocTemplate(str(pdf_path), pagesize=size, invariant=1, title=title, author=author)


def running_text(options: Content) -> Callable[[Any, Any], None]:
    """An ``onPage`` drawing, in font ``LS`` of ``size``, the ``lines`` top left and right
    (``top`` cm below the edge) and foot left and right (``foot`` cm above it; ``{}``: the
    page number), ``margin`` cm from the sides: a content's ``running`` option."""
    size, lines = options["size"], options["lines"]
    margin, top, foot = (options[key] * cm for key in ("margin", "top", "foot"))

    def draw(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont("LS", size)
        top_left, top_right, foot_left, foot_right = lines
        for x, y, text, right in ((margin, height - top, top_left, False),
                                  (width - margin, height - top, top_right, True),
                                  (margin, foot, foot_left, False),
                                  (width - margin, foot, foot_right, True)):  # fmt: skip
            if text:
                draw_text = canvas.drawRightString if right else canvas.drawString
                draw_text(x, y, text.format(doc.page))
        canvas.restoreState()

    return draw


class Marked(Paragraph):
    """A paragraph whose page the template records under ``key`` (for the TOC)."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(text, style)
        self.key = key


class PlanTemplate(BaseDocTemplate):
    """Portrait A4 with a running footer; records the page of each marked paragraph."""

    def __init__(self, path: Path, sample: Content) -> None:
        title, author = sample["layout"]["title"], sample["cover"]["name"]
        super().__init__(str(path), pagesize=A4, invariant=1, title=title, author=author)
        self.footer_text: str = sample["footer"]
        frame = Frame(2.2 * cm, 2 * cm, A4[0] - 4.4 * cm, A4[1] - 4.2 * cm, id="body")
        self.addPageTemplates([PageTemplate("body", [frame], onPage=self.footer)])
        self.pages_of: dict[str, int] = {}

    def footer(self, canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(2.2 * cm, 1.2 * cm, self.footer_text)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Marked):
            self.pages_of[flowable.key] = self.page

"""Drawing the report formats: each format's story (cover, headings, prose, tables,
index) built into the PDF, twice where an index needs the pages of its headings."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..blocks import heading_text
from .pages import (
    LandscapeOnPortrait,
    Marked,
    PlanTemplate,
    ReportTemplate,
    export_page,
    new_doc,
    one_frame,
    running_text,
)
from .records import Content, Item, Row
from .styles import (
    Look,
    bold_lines,
    escaped,
    export_fonts,
    export_styles,
    markup,
    note_markup,
    numbered_fonts,
    numbered_styles,
    para,
    register_family,
    sans_style,
)
from .tables import (
    EXPORT_ZEBRA,
    budget_table,
    group_budget_table,
    group_table,
    indicator_table,
    objective_table,
    ruled_table,
)

#: A heading starts a new page unless this much room is left for what follows it.
KEEP_WITH_HEADING = 4 * cm


def cover(content: Content, look: Look) -> list[Flowable]:
    """The cover page: issuer, title and subtitle lines, centred."""
    story: list[Flowable] = [Spacer(1, 5 * cm)]
    if look.cover_band:
        band = Table([[""]], colWidths=[A4[0] - 2 * look.margin], rowHeights=[0.35 * cm])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), look.accent)]))
        story += [band, Spacer(1, 1.2 * cm)]
    for line in content["cover"]:
        style = ParagraphStyle(
            "cover",
            fontName=f"{look.family}-Bold" if line.get("bold") else look.family,
            fontSize=line["size"],
            leading=line["size"] * 1.25,
            alignment=TA_CENTER,
            spaceAfter=line.get("space_after", 14),
            textColor=look.accent if line.get("accent") else colors.black,
        )
        story.append(para(line["text"], style))
    return [*story, NextPageTemplate("body"), PageBreak()]


def block_flowables(block: Item, content: Content, look: Look) -> list[Flowable]:
    """The flowables of one body block (a rotated block is handled by :func:`story`)."""
    kind = block["kind"]
    if kind == "heading":
        heading = para(heading_text(block), look.style(block["level"]))
        if block["level"] == "area" and content.get("toc_areas"):
            heading.toc_level = 1  # type: ignore[attr-defined]
        return [CondPageBreak(KEEP_WITH_HEADING), heading]
    if kind == "section":
        section = para(block["text"], look.style("section"))
        section.toc_level = 0  # type: ignore[attr-defined]
        return [CondPageBreak(KEEP_WITH_HEADING), section]
    if kind == "prose":
        return [para(block["text"], look.style("prose"))]
    if kind == "table":
        return [indicator_table(block, content, look), Spacer(1, block.get("space_after", 8))]
    if kind == "budget":
        return budget_table(block, look)
    if kind == "page_break":
        return [PageBreak()]
    if kind == "toc":
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [
            ParagraphStyle("toc0", fontName=f"{look.family}-Bold", fontSize=11, leading=18),
            ParagraphStyle("toc1", fontName=look.family, fontSize=10, leading=16, leftIndent=18),
        ]
        return [para(block["title"], look.style("toc_title")), toc, PageBreak()]
    raise ValueError(f"unknown block kind {kind!r}")


def story(content: Content, look: Look, template: ReportTemplate) -> list[Flowable]:
    """The whole report as platypus flowables."""
    flowables = cover(content, look)
    for block in content["body"]:
        if block["kind"] != "rotated":
            flowables += block_flowables(block, content, look)
            continue
        inner = [f for b in block["body"] for f in block_flowables(b, content, look)]
        flowables += [
            NextPageTemplate("rotated"),
            PageBreak(),
            LandscapeOnPortrait(inner, look, template.footer),
            NextPageTemplate("body"),
            PageBreak(),
        ]
    return flowables


def render(content: Content, look: Look, pdf_path: Path) -> None:
    """Render the content to ``pdf_path`` (two passes when it has a table of contents)."""
    register_family(look.family)
    template = ReportTemplate(pdf_path, content, look)
    flowables = story(content, look, template)
    if any(block["kind"] == "toc" for block in content["body"]):
        template.multiBuild(flowables)
    else:
        template.build(flowables)


def look_of(content: Content) -> Look:
    """The content's ``look`` (its layout options: margin in cm, colours in hex)."""
    options = {"footer": content["footer"], **content["layout"]["look"]}
    options["margin"] = options.get("margin", 2.0) * cm
    for key in ("accent", "header_fill"):
        if key in options:
            options[key] = colors.HexColor(f"#{options[key]}")
    return Look(**options)


def group_flowables(block: Row, content: Content, look: Look) -> list[Flowable]:
    """The flowables of one body block."""
    kind = block["kind"]
    if kind == "table":
        return [group_table(block, content, look), Spacer(1, 10)]
    if kind == "budget":
        return group_budget_table(block, look)
    if kind == "caption":
        return [para(block["text"], look.style("caption"))]
    return block_flowables(block, content, look)


def render_groups(content: Content, pdf_path: Path) -> None:
    """Render a ``ruled_groups`` report (two passes for its table of contents)."""
    look = look_of(content)
    register_family(look.family)
    template = ReportTemplate(pdf_path, content, look)
    flowables = cover(content, look)
    for block in content["body"]:
        flowables += group_flowables(block, content, look)
    template.multiBuild(flowables)


def render_export(sample: Content, pdf_path: Path) -> None:
    """Render the sample to ``pdf_path``."""
    export_fonts()
    styles = export_styles()
    columns = sample["columns"]
    head = []
    for column in columns:
        style = styles["head_right" if column["align"] == "right" else "head_left"]
        head.append(platypus.Paragraph("<br/>".join(escape(x) for x in column["lines"]), style))
    data: list[list[Any]] = [head]
    for row in sample["rows"]:
        data.append([
            platypus.Paragraph(markup(cell), styles[column["align"]])
            for column, cell in zip(columns, row["cells"], strict=True)
        ])  # fmt: skip
    table = platypus.Table(
        data, colWidths=[c["width"] for c in columns], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, EXPORT_ZEBRA]),
    ])  # fmt: skip
    width, height = landscape(A4)
    box = (1.2 * cm, 1.3 * cm, width - 2.4 * cm, height - 3.2 * cm)
    doc = one_frame(pdf_path, (width, height), box, sample, export_page(sample["page_lines"]))
    story: list[Any] = [
        platypus.Paragraph(markup(line), styles["intro"]) for line in sample["intro"]
    ]
    story += [platypus.Spacer(1, 8), table]
    doc.build(story)


def render_noted(sample: Content, pdf_path: Path) -> None:
    """Title and two-column prose on page 1, then the ruled table."""
    width, height = A4
    margin, gutter = 2 * cm, 0.8 * cm
    column = (width - 2 * margin - gutter) / 2
    title_h = 4 * cm
    body_h = height - 2 * margin - title_h
    first = [
        platypus.Frame(margin, height - margin - title_h, width - 2 * margin, title_h, id="title"),
        platypus.Frame(margin, margin, column, body_h, id="left"),
        platypus.Frame(margin + column + gutter, margin, column, body_h, id="right"),
    ]
    body = [platypus.Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")]
    doc, running = new_doc(pdf_path, A4, sample), running_text(sample["layout"]["running"])
    doc.addPageTemplates([platypus.PageTemplate("first", first, onPage=running),
                          platypus.PageTemplate("body", body, onPage=running)])  # fmt: skip
    prose = sans_style(9.5, alignment=4, spaceAfter=6)
    half = (len(sample["prose"]) + 1) // 2  # the left column ends at a paragraph
    story: list[Any] = [
        *bold_lines(sample["title_lines"]),
        platypus.FrameBreak(),
        *[escaped(text, prose) for text in sample["prose"][:half]],
        platypus.FrameBreak(),
        *[escaped(text, prose) for text in sample["prose"][half:]],
        platypus.NextPageTemplate("body"),
        platypus.PageBreak(),
        *bold_lines(sample["results_lines"]),
    ]
    cell, bold = sans_style(8.5), sans_style(8.5, True)
    data: list[list[Any]] = [[escaped(h, bold) for h in sample["headers"]]]
    spans = []
    for item in sample["body"]:
        if item["kind"] == "heading":
            text = f"{item['label']} {item['code']} – {item['title']}"
            row: list[Any] = [escaped(text, bold), "", "", "", ""]
        else:
            keys = ("code", "indicator", "target", "actual", "achievement")
            data.append([escaped(item[k], cell) for k in keys])
            row = [
                escaped(item["note"], sans_style(8, textColor=colors.Color(0.2, 0.2, 0.2))),
                *[""] * 4,
            ]
        spans.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append(row)
    usable = width - 2 * margin
    widths = [1.5 * cm, usable - 1.5 * cm - 3 * 3.1 * cm, 3.1 * cm, 3.1 * cm, 3.1 * cm]
    story.append(ruled_table(data, widths, colors.Color(0.85, 0.88, 0.94), tuple(spans)))
    doc.build(story)


def render_borderless(sample: Content, pdf_path: Path) -> None:
    """Intro, then the borderless 8 pt table with the header repeated."""
    width, height = landscape(A4)
    box = (1.5 * cm, 1.3 * cm, width - 3 * cm, height - 2.8 * cm)
    doc = one_frame(pdf_path, (width, height), box, sample)
    story: list[Any] = [
        *bold_lines(sample["title_lines"]),
        *[escaped(text, sans_style(9, spaceAfter=6)) for text in sample["intro"]],
        platypus.Spacer(1, 6),
    ]
    cell, bold = sans_style(8), sans_style(8, True)
    data: list[list[Any]] = [[escaped(h, bold) for h in sample["headers"]]]
    for row in sample["rows"]:
        cells = [row["area"], row["objective"], row["indicator"], row["formula"], *row["targets"]]
        data.append([escaped(c, cell) for c in cells])
    widths = [3.6 * cm, 4 * cm, 6.2 * cm, 6.9 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm]
    table = platypus.Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9)])  # fmt: skip
    story.append(table)
    doc.build(story)


def heading_line(item: dict[str, Any]) -> str:
    return f"{item['label']} {item['code']} – {item['title']}"


def render_abbreviated(sample: Content, pdf_path: Path) -> None:
    width, height = A4
    margin = 2 * cm
    box = (margin, margin, width - 2 * margin, height - 2 * margin)
    doc = one_frame(pdf_path, A4, box, sample)
    story: list[Any] = [
        *bold_lines(sample["title_lines"]),
        *[escaped(text, sans_style(9.5, alignment=4, spaceAfter=6)) for text in sample["intro"]],
        *bold_lines(sample["results_lines"]),
    ]
    heading = sans_style(9.5, True, spaceBefore=6, spaceAfter=4)
    cell, bold = sans_style(8.5), sans_style(8.5, True)
    usable = width - 2 * margin
    fixed = [1.2 * cm, 1.5 * cm, 1.1 * cm, 2.1 * cm, 2.4 * cm, 1.9 * cm]
    widths = [fixed[0], usable - sum(fixed), *fixed[1:]]
    for block in sample["body"]:
        if block["kind"] == "heading":
            story.append(escaped(heading_line(block), heading))
            continue
        data: list[list[Any]] = [[escaped(h, bold) for h in sample["headers"]]]
        keys = ("code", "indicator", "type", "unit", "target", "actual", "achievement")
        data += [[escaped(item[k], cell) for k in keys] for item in block["rows"]]
        story += [
            ruled_table(data, widths, colors.Color(0.88, 0.88, 0.88)),
            platypus.Spacer(1, 4),
        ]
    story.append(escaped(sample["legend"], sans_style(7.5)))
    doc.build(story)


def numbered_story(
    sample: Content, pages: dict[str, int], styles: dict[str, ParagraphStyle]
) -> list[Any]:
    """All flowables; ``pages`` gives the TOC page numbers (placeholders on the first pass)."""
    cover, chapters = sample["cover"], sample["chapters"]
    out: list[Any] = [
        Spacer(1, 5 * cm),
        Paragraph(escape(cover["name"]), styles["cover"]),
        Paragraph(escape(sample["document"]["issuer"]), styles["cover_small"]),
        Spacer(1, 2 * cm),
        Paragraph(escape(cover["title"]), styles["cover"]),
        Spacer(1, 1 * cm),
        Paragraph(escape(cover["approval"]), styles["cover_small"]),
        PageBreak(),
        Paragraph(escape(cover["toc"]), styles["chapter"]),
    ]
    entries = [(key, chapters[key][0], 0) for key in ("presentazione", "obiettivi")]
    entries += [(o["code"], o["text"], 1) for o in sample["objectives"]]
    entries.append(("risorse", chapters["risorse"][0], 0))
    rows = [
        [Paragraph(("&nbsp;" * 6 * indent) + escape(text), styles["toc"]),
         Paragraph(str(pages.get(key, "00")), styles["toc"])]
        for key, text, indent in entries
    ]  # fmt: skip
    out += [Table(rows, colWidths=[400, 40], hAlign="LEFT"), PageBreak()]
    out.append(Marked(escape(chapters["presentazione"][1]), styles["chapter"], "presentazione"))
    out += [Paragraph(escape(p), styles["body"]) for p in sample["presentation"]]
    out.append(Spacer(1, 0.5 * cm))
    out.append(Marked(escape(chapters["obiettivi"][1]), styles["chapter"], "obiettivi"))
    for objective in sample["objectives"]:
        block: list[Any] = [Marked(escape(objective["text"]), styles["objective"],
                                   objective["code"])]  # fmt: skip
        if objective["rows"]:
            block += [objective_table(objective, sample["headers"], styles), Spacer(1, 3)]
            block += [Paragraph(note_markup(n), styles["note"]) for n in objective["footnotes"]]
        out.append(KeepTogether(block))
    out.append(PageBreak())
    out.append(Marked(escape(chapters["risorse"][1]), styles["chapter"], "risorse"))
    out.append(Paragraph(escape(sample["staff"]["intro"]), styles["body"]))
    staff = sample["staff"]
    data = [[Paragraph(escape(h), styles["head"]) for h in staff["headers"]]]
    data += [[Paragraph(escape(c), styles["cell"]) for c in row] for row in staff["rows"]]
    table = Table(data, colWidths=[280, 60, 60], hAlign="LEFT")
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    out.append(table)
    return out


def render_numbered(sample: Content, pdf_path: Path) -> dict[str, int]:
    """Render twice (the second time with the TOC page numbers); return the heading pages."""
    numbered_fonts()
    styles = numbered_styles()
    first = PlanTemplate(pdf_path, sample)
    first.build(numbered_story(sample, {}, styles))
    final = PlanTemplate(pdf_path, sample)
    final.build(numbered_story(sample, dict(first.pages_of), styles))
    if final.pages_of != first.pages_of:
        raise RuntimeError("the table of contents moved the headings")
    return final.pages_of

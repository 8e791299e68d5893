"""ARPA Veneto, Piano della performance 2024 (``arpa-veneto-2024-piano``), as reporting
software draws it with reportlab: cover, TOC whose page numbers come from a first pass,
bold numbered objectives without a label word (``2.``, ``2.3``), fully ruled tables with
``Target 2024 | 2025 | 2026``, raised footnote marks with their footnotes under the table,
a staff table on a page of its own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from . import truth

FONT = "ArpaSans"

Content = dict[str, Any]
Record = dict[str, Any]


FONT_FILES = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"


SIZE = 9.0


WIDTHS = [165, 60, 62, 62, 62, 92]


def _arpa_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, style in ((FONT, "Regular"), (f"{FONT}-Bold", "Bold")):
        pdfmetrics.registerFont(TTFont(name, FONT_FILES.format(style)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold")


def cell_markup(cell: Any) -> str:
    """A cell as Paragraph markup: a ``sup`` marker printed smaller and raised."""
    if isinstance(cell, dict):
        return f"{escape(cell['text'])}<super>{escape(cell['sup'])}</super>"
    return escape(cell)


def _arpa_styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=11.5, spaceAfter=6)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, leading=10.5, spaceAfter=0),
        "cellc": ParagraphStyle("cellc", parent=body, leading=10.5, spaceAfter=0,
                                alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=body, fontName=f"{FONT}-Bold", leading=10.5,
                               spaceAfter=0, alignment=TA_CENTER),
        "objective": ParagraphStyle("obj", parent=body, fontName=f"{FONT}-Bold",
                                    spaceBefore=8, spaceAfter=4),
        "chapter": ParagraphStyle("ch", parent=body, fontName=f"{FONT}-Bold", fontSize=13,
                                  leading=16, spaceAfter=10),
        "note": ParagraphStyle("note", parent=body, fontSize=7, leading=8.5, spaceAfter=1),
        "cover": ParagraphStyle("cover", parent=body, fontName=f"{FONT}-Bold", fontSize=20,
                                leading=26, alignment=TA_CENTER),
        "cover_small": ParagraphStyle("cs", parent=body, fontSize=11, leading=15,
                                      alignment=TA_CENTER),
        "toc": ParagraphStyle("toc", parent=body, spaceAfter=2),
    }  # fmt: skip


class Marked(Paragraph):
    """A paragraph whose page the template records under ``key`` (for the TOC)."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(text, style)
        self.key = key


class PlanTemplate(BaseDocTemplate):
    """Portrait A4 with a running footer; records the page of each marked paragraph."""

    def __init__(self, path: Path) -> None:
        title = "Piano della performance 2024-2026"
        super().__init__(str(path), pagesize=A4, invariant=1, title=title, author="ARPA Veneto")
        frame = Frame(2.2 * cm, 2 * cm, A4[0] - 4.4 * cm, A4[1] - 4.2 * cm, id="body")
        self.addPageTemplates([PageTemplate("body", [frame], onPage=self.footer)])
        self.pages_of: dict[str, int] = {}

    def footer(self, canvas: Canvas, doc: Any) -> None:
        if doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(2.2 * cm, 1.2 * cm, "ARPAV – Piano della performance 2024-2026")
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Marked):
            self.pages_of[flowable.key] = self.page


def objective_table(
    objective: Content, headers: list[str], styles: dict[str, ParagraphStyle]
) -> Table:
    """The fully ruled indicator table of one objective."""
    data: list[list[Any]] = [[Paragraph(escape(h), styles["head"]) for h in headers]]
    for row in objective["rows"]:
        cells = [row["indicator"], row["baseline"], *row["targets"], row["source"]]
        data.append([
            Paragraph(cell_markup(cell), styles["cell" if i in (0, 5) else "cellc"])
            for i, cell in enumerate(cells)
        ])  # fmt: skip
    table = Table(data, colWidths=WIDTHS, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.9, 0.85)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ])  # fmt: skip
    return table


def arpa_story(
    sample: Content, pages: dict[str, int], styles: dict[str, ParagraphStyle]
) -> list[Any]:
    """All flowables; ``pages`` gives the TOC page numbers (placeholders on the first pass)."""
    out: list[Any] = [
        Spacer(1, 5 * cm),
        Paragraph("ARPA Veneto", styles["cover"]),
        Paragraph(escape(sample["document"]["issuer"]), styles["cover_small"]),
        Spacer(1, 2 * cm),
        Paragraph("Piano della performance 2024-2026", styles["cover"]),
        Spacer(1, 1 * cm),
        Paragraph("Approvato con Decreto del Direttore Generale n. 14 del 30/01/2024",
                  styles["cover_small"]),
        PageBreak(),
        Paragraph("Indice", styles["chapter"]),
    ]  # fmt: skip
    entries = [("presentazione", "Presentazione dell'Agenzia", 0)]
    entries.append(("obiettivi", "Obiettivi strategici e operativi", 0))
    entries += [(o["code"], o["text"], 1) for o in sample["objectives"]]
    entries.append(("risorse", "Risorse umane", 0))
    rows = [
        [Paragraph(("&nbsp;" * 6 * indent) + escape(text), styles["toc"]),
         Paragraph(str(pages.get(key, "00")), styles["toc"])]
        for key, text, indent in entries
    ]  # fmt: skip
    out += [Table(rows, colWidths=[400, 40], hAlign="LEFT"), PageBreak()]
    out.append(Marked("PRESENTAZIONE DELL'AGENZIA", styles["chapter"], "presentazione"))
    out += [Paragraph(escape(p), styles["body"]) for p in sample["presentation"]]
    out.append(Spacer(1, 0.5 * cm))
    out.append(Marked("OBIETTIVI STRATEGICI E OPERATIVI", styles["chapter"], "obiettivi"))
    for objective in sample["objectives"]:
        block: list[Any] = [Marked(escape(objective["text"]), styles["objective"],
                                   objective["code"])]  # fmt: skip
        if objective["rows"]:
            block += [objective_table(objective, sample["headers"], styles), Spacer(1, 3)]
            block += [Paragraph(_note(n), styles["note"]) for n in objective["footnotes"]]
        out.append(KeepTogether(block))
    out.append(PageBreak())
    out.append(Marked("RISORSE UMANE", styles["chapter"], "risorse"))
    out.append(Paragraph("Personale in servizio al 31/12/2023 per profilo.", styles["body"]))
    staff = sample["staff"]
    data = [[Paragraph(escape(h), styles["head"]) for h in staff["headers"]]]
    data += [[Paragraph(escape(c), styles["cell"]) for c in row] for row in staff["rows"]]
    table = Table(data, colWidths=[280, 60, 60], hAlign="LEFT")
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    out.append(table)
    return out


def _note(note: str) -> str:
    """A footnote: ``(n) text`` printed as is, ``n text`` with the number raised."""
    if note.startswith("("):
        return escape(note)
    number, text = note.split(" ", 1)
    return f"<super>{escape(number)}</super> {escape(text)}"


def render_arpa(sample: Content, pdf_path: Path) -> dict[str, int]:
    """Render twice (the second time with the TOC page numbers); return the heading pages."""
    _arpa_fonts()
    styles = _arpa_styles()
    first = PlanTemplate(pdf_path)
    first.build(arpa_story(sample, {}, styles))
    final = PlanTemplate(pdf_path)
    final.build(arpa_story(sample, dict(first.pages_of), styles))
    if final.pages_of != first.pages_of:
        raise RuntimeError("the table of contents moved the headings")
    return final.pages_of


def _text(cell: Any) -> str:
    """A cell's text without a superscript marker (footnote reference, not cell text)."""
    return str(cell["text"]) if isinstance(cell, dict) else str(cell)


def _printed(cell: Any) -> str:
    return f"{cell['text']}{cell['sup']}" if isinstance(cell, dict) else str(cell)


def _check_markers(objective: Content) -> None:
    """Every marker has its footnote under the table and every footnote a marker."""
    used = set()
    for row in objective["rows"]:
        for cell in [row["baseline"], *row["targets"]]:
            if isinstance(cell, dict):
                used.add(cell["sup"])
            used |= {f"({n})" for n in re.findall(r"\((\d)\)", _text(cell))}
    notes = {note.split(" ", 1)[0] for note in objective["footnotes"]}
    if used != notes:
        raise ValueError(f"{objective['code']}: markers {used} but footnotes {notes}")


def arpa_records(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator and year (ascending); also each indicator row's cells."""
    years = sample["years"]
    if sample["headers"][2:5] != [f"Target {y}" for y in years]:
        raise ValueError("target headers do not match the years")
    records, printed, strategic = [], [], None
    for objective in sample["objectives"]:
        level, code, title = objective["level"], objective["code"], objective["title"]
        pattern = r"(\d+)\. (.+)" if level == "strategic" else r"(\d+\.\d+) (.+)"
        match = re.fullmatch(pattern, objective["text"])
        if not match or match.groups() != (code, title):
            raise ValueError(f"heading annotated wrongly: {objective['text']!r}")
        if level == "strategic":
            strategic = code
        elif strategic is None or not code.startswith(f"{strategic}."):
            raise ValueError(f"operational {code} not under strategic {strategic}")
        _check_markers(objective)
        for row in objective["rows"]:
            printed.append([_printed(c) for c in (row["indicator"], row["baseline"],
                                                   *row["targets"], row["source"])])  # fmt: skip
            for year, cell in zip(years, row["targets"], strict=True):
                parsed = row["parsed"][str(year)]
                what = f"{row['indicator'][:30]!r} {year}"
                record: Record = dict.fromkeys(truth.RECORD_KEYS)
                record.update(
                    area_code=code.split(".")[0],
                    objective_level=level,
                    objective_code=code,
                    objective_title=title,
                    indicator=truth.plain(row["indicator"]),
                    data_source=truth.plain(row["source"]),
                    baseline=truth.plain(_text(row["baseline"])),
                    year=year,
                    target=truth.plain(_text(cell)),
                )
                record.update(truth.value_fields("target", parsed, _text(cell), what))
                record.update(truth.value_fields("actual", None, None, what))
                record["met"] = truth.checked_met(what, None, record)
                records.append(record)
    return records, printed

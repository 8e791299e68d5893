"""ARPA Veneto holdout sample: invented content, hand annotations and its reportlab layout.

No real data. Piano della performance 2024-2026, portrait A4, 9 pt. A cover page, a table
of contents page, a prose page; then the objectives as bold numbered paragraphs without
any "Obiettivo" word: strategic ``2. Controlli ambientali efficaci``, operational ``2.3
Potenziare …``. Each is followed by a small fully ruled table ``Indicatore | Baseline
(2022) | Target 2024 | Target 2025 | Target 2026 | Fonte`` (one record per indicator and
year). Some targets carry footnote markers, either inline ``≥ 95% (1)`` or as a raised,
smaller digit ``≥ 95%¹`` (a cell ``{"text": …, "sup": "1"}``), with the footnotes printed
under the table. Last a staff table ``Profilo | Unità | FTE`` (no records).

Marker rule of the truth: an inline ``(1)`` is printed text and stays in the field
("as printed"), its parsing ignoring it (text in parentheses); a superscript marker is a
footnote reference, not cell text: the field and its parsing leave it out.

Annotations by hand per indicator and year: ``[operator, value, value_max, unit]`` or
None (no quantity / empty cell).
"""

from __future__ import annotations

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

Content = dict[str, Any]
FONT = "ArpaSans"
FONT_FILES = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"
SIZE = 9.0
YEARS = [2024, 2025, 2026]
HEADERS = ["Indicatore", "Baseline (2022)", "Target 2024", "Target 2025", "Target 2026", "Fonte"]
WIDTHS = [165, 60, 62, 62, 62, 92]

P = "%"
G = "days"
#: Objectives in order: (code, title, indicators, footnotes). Indicator: (name, baseline,
#: [target 2024, 2025, 2026], fonte, [parsed 2024, 2025, 2026]).
OBJECTIVES: list[tuple[str, str, list[tuple[Any, ...]], list[str]]] = [
    ("1", "Conoscenza e informazione ambientale", [
        ("Accessi al portale istituzionale www.arpa.veneto.it", "2,1 mln",
         ["≥ 2,2 mln", "≥ 2,3 mln", "≥ 2,4 mln"], "Web analytics",
         [[">=", 2200000, None, None], [">=", 2300000, None, None],
          [">=", 2400000, None, None]]),
    ], []),
    ("1.1", "Rendere disponibili dati ambientali aggiornati e accessibili", [
        ("Dataset ambientali pubblicati in formato aperto sul portale Open Data", "48",
         ["55", "60", "65"], "Portale Open Data ARPAV",
         [["=", 55, None, None], ["=", 60, None, None], ["=", 65, None, None]]),
        ("Bollettini meteorologici e nivologici emessi entro l'orario previsto", "99,2%",
         ["≥ 99%", "≥ 99%", "≥ 99%"], "Servizio Meteorologico",
         [[">=", 99, None, P], [">=", 99, None, P], [">=", 99, None, P]]),
    ], []),
    ("1.2", "Rafforzare la comunicazione e l'educazione ambientale", [
        ("Iniziative di educazione alla sostenibilità realizzate con le scuole", "64",
         ["≥ 70", "≥ 75", "≥ 80"], "Registro attività UO Comunicazione",
         [[">=", 70, None, None], [">=", 75, None, None], [">=", 80, None, None]]),
        ("Richieste di accesso civico e documentale evase entro 30 giorni", "96%",
         ["100%", "100%", "100%"], "Registro degli accessi",
         [["=", 100, None, P], ["=", 100, None, P], ["=", 100, None, P]]),
    ], []),
    ("2", "Controlli ambientali efficaci", [], []),
    ("2.1", "Assicurare i controlli programmati sulle installazioni soggette ad AIA", [
        ("Ispezioni ordinarie su installazioni AIA eseguite rispetto a quelle programmate",
         "93%", [{"text": "≥ 95%", "sup": "1"}, {"text": "≥ 95%", "sup": "1"},
                 {"text": "100%", "sup": "1"}], "Piano regionale delle ispezioni",
         [[">=", 95, None, P], [">=", 95, None, P], ["=", 100, None, P]]),
        ("Tempo medio di trasmissione del rapporto di ispezione all'autorità competente",
         "75 gg", ["≤ 60 gg", "≤ 55 gg", "≤ 50 gg"], "Sistema informativo controlli",
         [["<=", 60, None, G], ["<=", 55, None, G], ["<=", 50, None, G]]),
    ], ["1 Il Piano 2026 sarà aggiornato alla revisione della DGR sui criteri di frequenza "
        "delle ispezioni."]),
    ("2.2", "Garantire la risposta alle emergenze ambientali", [
        ("Interventi in pronta disponibilità attivati entro 60 minuti dalla chiamata",
         "97,3%", ["≥ 98%", "≥ 98%", "≥ 98%"], "Registro della pronta disponibilità",
         [[">=", 98, None, P], [">=", 98, None, P], [">=", 98, None, P]]),
    ], []),
    ("2.3", "Potenziare il monitoraggio della qualità dell'aria", [
        ("Rendimento strumentale delle stazioni di monitoraggio della qualità dell'aria",
         "93,8%", ["≥ 95% (1)", "≥ 95% (1)", "≥ 96% (1)"], "Rete regionale qualità dell'aria",
         [[">=", 95, None, P], [">=", 95, None, P], [">=", 96, None, P]]),
        ("Campagne di monitoraggio con laboratorio mobile nei comuni senza stazione fissa",
         "18", ["20", "22", ""], "Rete regionale qualità dell'aria",
         [["=", 20, None, None], ["=", 22, None, None], None]),
        ("Nuovi analizzatori di PM2,5 installati nelle stazioni di fondo urbano", "0",
         ["2 (2)", "2 (2)", "da definire"], "UO Reti di monitoraggio",
         [["=", 2, None, None], ["=", 2, None, None], None]),
    ], ["(1) Calcolato sulle stazioni della rete regionale, con analizzatori in funzione "
        "per almeno il 90% delle ore dell'anno.",
        "(2) Subordinato al finanziamento regionale del Piano di tutela e risanamento "
        "dell'atmosfera."]),
    ("3", "Laboratori e qualità analitica", [], []),
    ("3.1", "Migliorare l'efficienza e la qualità delle analisi di laboratorio", [
        ("Tempo medio di refertazione dei campioni di acque destinate al consumo umano",
         "12 giorni", [{"text": "≤ 10 gg", "sup": "1"}, {"text": "≤ 9 gg", "sup": "1"},
                       {"text": "≤ 8 gg", "sup": "1"}], "LIMS",
         [["<=", 10, None, G], ["<=", 9, None, G], ["<=", 8, None, G]]),
        ("Prove accreditate ACCREDIA sul totale delle prove eseguite", "78%",
         ["≥ 80%", "≥ 82%", "≥ 85%"], "Sistema gestione qualità",
         [[">=", 80, None, P], [">=", 82, None, P], [">=", 85, None, P]]),
        ("Circuiti interlaboratorio con esito soddisfacente (z-score ≤ 2)", "94%",
         ["≥ 95%", "≥ 95%", "≥ 95%"], "Sistema gestione qualità",
         [[">=", 95, None, P], [">=", 95, None, P], [">=", 95, None, P]]),
    ], ["1 Giorni lavorativi dall'accettazione del campione all'emissione del rapporto di "
        "prova."]),
    ("4", "Efficienza e sostenibilità dell'organizzazione", [], []),
    ("4.1", "Assicurare l'equilibrio economico e la tempestività dei pagamenti", [
        ("Indicatore annuale di tempestività dei pagamenti", "-3,5 gg",
         ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"], "Piattaforma crediti commerciali",
         [["<=", 0, None, G], ["<=", 0, None, G], ["<=", 0, None, G]]),
        ("Proventi da attività a pagamento rese a terzi", "€ 1.850.000",
         ["≥ € 1.900.000", "≥ € 1.950.000", "≥ € 2.000.000"], "Contabilità analitica",
         [[">=", 1900000, None, "EUR"], [">=", 1950000, None, "EUR"],
          [">=", 2000000, None, "EUR"]]),
    ], []),
    ("4.2", "Valorizzare le persone e il benessere organizzativo", [
        ("Ore medie di formazione per dipendente", {"text": "18 ore", "sup": "1"},
         ["≥ 20 ore", "≥ 22 ore", "≥ 24 ore"], "Gestionale della formazione",
         [[">=", 20, None, "hours"], [">=", 22, None, "hours"], [">=", 24, None, "hours"]]),
        ("Dipendenti in lavoro agile sul totale del personale con mansioni compatibili",
         "41%", ["45-50%", "45-50%", "50-55%"], "Gestionale presenze",
         [["range", 45, 50, P], ["range", 45, 50, P], ["range", 50, 55, P]]),
    ], ["1 Dato 2022 comprensivo della formazione obbligatoria in materia di sicurezza."]),
]  # fmt: skip

STAFF = [
    ("Dirigenti (ruolo sanitario, tecnico e amministrativo)", "38", "37,0"),
    ("Area dei funzionari e dell'elevata qualificazione", "612", "598,5"),
    ("Area degli assistenti", "241", "232,8"),
    ("Area degli operatori", "46", "45,0"),
    ("Totale", "937", "913,3"),
]

PRESENTATION = [
    "ARPAV è l'ente strumentale della Regione del Veneto per la prevenzione e la protezione "
    "dell'ambiente. Opera con sette Dipartimenti provinciali, il Dipartimento Regionale "
    "Laboratori e le strutture tecniche regionali, e nel 2023 ha eseguito oltre 5.400 "
    "controlli e 160.000 analisi.",
    "Il Piano della performance 2024-2026 declina il mandato dell'Agenzia in quattro "
    "obiettivi strategici e nei relativi obiettivi operativi, ciascuno misurato da "
    "indicatori con valore di partenza (baseline 2022) e target per il triennio. Le note "
    "in calce alle tabelle precisano le modalità di calcolo.",
]


def content() -> Content:
    """The content file: document, TOC entries, objectives with annotated indicators, staff."""
    objectives = []
    for code, title, indicators, notes in OBJECTIVES:
        rows = [
            {"indicator": name, "baseline": baseline, "targets": targets, "source": source,
             "parsed": dict(zip([str(y) for y in YEARS], parsed, strict=True))}
            for name, baseline, targets, source, parsed in indicators
        ]  # fmt: skip
        level = "strategic" if "." not in code else "operational"
        objectives.append({
            "level": level, "code": code, "title": title,
            "text": f"{code}{'.' if level == 'strategic' else ''} {title}",
            "rows": rows, "footnotes": notes,
        })  # fmt: skip
    return {
        "_about": [
            "Invented content (no real data) of the Piano della performance 2024-2026 of ARPA "
            "Veneto, rendered by samples/make_holdout3_rl.py with reportlab: portrait, 9 pt; "
            "cover, table of contents, prose, objectives as bold numbered paragraphs without "
            "a level word, fully ruled tables with one target column per year, footnotes "
            "under the tables, a staff table last.",
            "Levels: 'N. Title' is strategic (top level), 'N.M Title' operational (under a "
            "strategic one); area code = first segment, area title null. Baseline as "
            "printed; Fonte = data_source; one record per indicator and year 2024-2026.",
            "Markers: inline '(n)' stays in the text and is ignored by the parsing (text in "
            "parentheses); a superscript marker ('sup') is a footnote reference, left out "
            "of the field. Footnotes are not comments (comment null).",
        ],
        "document": {
            "issuer": "Agenzia Regionale per la Prevenzione e Protezione Ambientale del Veneto",
            "title": "Piano della performance",
            "year": 2024,
            "kind": "piano",
        },
        "years": YEARS,
        "headers": HEADERS,
        "presentation": PRESENTATION,
        "objectives": objectives,
        "staff": {"headers": ["Profilo", "Unità", "FTE"], "rows": [list(r) for r in STAFF]},
    }


# --------------------------------------------------------------------------- layout


def _fonts() -> None:
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


def _styles() -> dict[str, ParagraphStyle]:
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


def objective_table(objective: Content, styles: dict[str, ParagraphStyle]) -> Table:
    """The fully ruled indicator table of one objective."""
    data: list[list[Any]] = [[Paragraph(escape(h), styles["head"]) for h in HEADERS]]
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


def story(sample: Content, pages: dict[str, int], styles: dict[str, ParagraphStyle]) -> list[Any]:
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
            block += [objective_table(objective, styles), Spacer(1, 3)]
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


def render(sample: Content, pdf_path: Path) -> dict[str, int]:
    """Render twice (the second time with the TOC page numbers); return the heading pages."""
    _fonts()
    styles = _styles()
    first = PlanTemplate(pdf_path)
    first.build(story(sample, {}, styles))
    final = PlanTemplate(pdf_path)
    final.build(story(sample, dict(first.pages_of), styles))
    if final.pages_of != first.pages_of:
        raise RuntimeError("the table of contents moved the headings")
    return final.pages_of

"""A small report whose header carries labels no vocabulary knows, built with reportlab.

``Indicatore | Valore atteso | Zorblax | Quorp``: the user teaches perfextract
that ``Zorblax`` is the baseline and ``Quorp`` the data source.  Page 2
holds a budget table, which is no indicator table.
"""

from __future__ import annotations

from pathlib import Path

HEADER = ("Indicatore", "Valore atteso", "Zorblax", "Quorp")
ROWS = (
    ("Tempo medio di rilascio dei certificati", "<= 10 giorni", "14 giorni", "Protocollo"),
    ("Pratiche evase entro i termini", ">= 90%", "82%", "Gestionale SUAP"),
    ("Utenti soddisfatti del servizio", ">= 75%", "70%", "Indagine di customer"),
)
BUDGET = (
    ("Programma", "Stanziamento 2024", "Impegnato 2024"),
    ("Servizi generali", "120.000,00", "118.500,00"),
    ("Sviluppo economico", "80.000,00", "79.000,00"),
)
#: The user's label map of the example, as a TOML file says it.
LABELS_TOML = 'Zorblax = "baseline"\nQuorp = "data_source"\n'


def build_taught_report(path: Path) -> Path:
    """Write the example report (two A4 pages) to ``path``."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    story = [
        Paragraph("Comune di Esempio", styles["Title"]),
        Paragraph("Relazione sulla performance 2024", styles["Heading2"]),
        Paragraph("Obiettivo operativo 1.1 – Semplificare i procedimenti", styles["Heading3"]),
        Spacer(1, 8),
        Table([HEADER, *ROWS], colWidths=[190, 90, 90, 110], style=grid),
        PageBreak(),
        Paragraph("Risorse finanziarie", styles["Heading3"]),
        Table(list(BUDGET), colWidths=[180, 120, 120], style=grid),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path

"""openpyxl renderer for the ASST budget-sheet report; LibreOffice Calc prints it to PDF.
One sheet per U.O.: heading row + column header repeated on every page (print titles),
Obiettivo cell merged down over its indicators, every cell ruled."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "Arial"
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
_FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSr", _FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSb", _FD + "LiberationSans-Bold.ttf"))


def fill(color):
    return PatternFill("solid", start_color=color, end_color=color)


def est_lines(text, width_units, size=10, bold=False):
    avail = 7.1 * width_units - 6
    font = "LSb" if bold else "LSr"
    lines = 0
    for part in str(text or "").split("\n"):
        cur, n = "", 1
        for word in part.split():
            trial = (cur + " " + word).strip()
            if pdfmetrics.stringWidth(trial, font, size) <= avail or not cur:
                cur = trial
            else:
                n += 1
                cur = word
        lines += n
    return lines


def setup(ws, widths, title_rows=None, fit=True, header="ASST degli Spedali Civili di Brescia – Relazione sulla performance 2023"):
    ws.sheet_view.showGridLines = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    else:
        ws.page_setup.scale = 100
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.page_margins.header = 0.3
    ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = header
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = "&A"
    ws.oddHeader.right.size = 8
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.right.size = 8
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    if title_rows:
        ws.print_title_rows = title_rows


def put(ws, r, col, v, size=10, bold=False, italic=False, h="left", border=True, bg=None,
        color="000000"):
    c = ws.cell(row=r, column=col, value=v)
    c.font = Font(name=FONT, size=size, bold=bold, italic=italic, color=color)
    c.alignment = Alignment(wrap_text=True, vertical="top" if h == "left" else "center",
                            horizontal=h)
    if border:
        c.border = GRID
    if bg:
        c.fill = fill(bg)
    return c


def merged_text(ws, r, text, ncols, total_units, size=10, bold=False, italic=False, h="left",
                border=False, bg=None, color="000000"):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    put(ws, r, 1, text, size, bold, italic, h, border, bg, color)
    if border:
        for k in range(2, ncols + 1):
            ws.cell(row=r, column=k).border = GRID
    ws.row_dimensions[r].height = est_lines(text, total_units, size, bold) * size * 1.2 + 6


def render_asst(c, path):
    wb = Workbook()
    wb.remove(wb.active)
    # --- sintesi
    ws = wb.create_sheet("Sintesi")
    widths = [40, 26, 22, 22]
    setup(ws, widths)
    tot = sum(widths)
    r = 1
    for i, line in enumerate(c["cover"]):
        size = [10, 16, 14, 11][i]
        merged_text(ws, r, line, 4, tot, size=size, bold=i in (1, 2), h="center",
                    color="1F3864" if i == 1 else "000000")
        r += 1
    r += 1
    for t in c["intro"]:
        merged_text(ws, r, t, 4, tot, size=10, italic=t.startswith("*"))
        r += 1
    r += 1
    s = c["summary"]
    merged_text(ws, r, s["title"], 4, tot, size=10, bold=True)
    r += 1
    for k, h in enumerate(s["header"], 1):
        put(ws, r, k, h, bold=True, bg="D9D9D9", h="center")
    ws.row_dimensions[r].height = 16
    r += 1
    for row in s["rows"]:
        for k, v in enumerate(row, 1):
            put(ws, r, k, v or None, bold=row[0].startswith("Media"),
                h="left" if k <= 2 else "center")
        ws.row_dimensions[r].height = 16
        r += 1
    # --- one sheet per U.O.
    hdr = ["Obiettivo", "Indicatore", "Peso", "Valore atteso", "Valore raggiunto",
           "% raggiungimento", "Punteggio"]
    widths = [20, 33, 6, 14, 14, 14, 9]
    tot = sum(widths)
    for u in c["units"]:
        ws = wb.create_sheet(u["sheet"])
        setup(ws, widths, title_rows="1:2", fit=False)
        merged_text(ws, 1, u["heading"], 7, tot, size=11, bold=True, border=True, bg="BDD7EE")
        ws.row_dimensions[1].height = 20
        for k, h in enumerate(hdr, 1):
            put(ws, 2, k, h, size=9, bold=True, bg="D9D9D9", h="center")
        ws.row_dimensions[2].height = 28
        r = 3
        for obj, inds in u["objectives"]:
            start = r
            for i in inds:
                vals = [obj if r == start else None, i["ind"], i["peso"], i["att"], i["rag"],
                        i["perc"], i["punt"]]
                for k, v in enumerate(vals, 1):
                    put(ws, r, k, v, h="left" if k <= 2 else "center",
                        bold=(k == 1))
                lines = max(est_lines(i["ind"], widths[1]), est_lines(i["rag"], widths[4]),
                            est_lines(i["att"], widths[3]))
                ws.row_dimensions[r].height = max(lines, 3) * 12 + 8
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, r, 1, f"Totale {u['heading'].split(' – ')[0]}", bold=True, bg="F2F2F2")
        put(ws, r, 2, None, bg="F2F2F2")
        put(ws, r, 3, u["total"][0], bold=True, h="center", bg="F2F2F2")
        for k in (4, 5, 6):
            put(ws, r, k, None, bg="F2F2F2")
        put(ws, r, 7, u["total"][1], bold=True, h="center", bg="F2F2F2")
        ws.row_dimensions[r].height = 18
        r += 2
        merged_text(ws, r, "Valori raggiunti certificati dall'U.O.C. Controllo di Gestione – "
                           "flussi aziendali e regionali (SDO, 28/SAN, EMUR) al 31/03/2024.",
                    7, tot, size=8.5, italic=True)
    wb.save(path)

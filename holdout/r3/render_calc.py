"""openpyxl renderer for comune-parma-2023-relazione, printed to PDF by LibreOffice Calc."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

from r3lib import soffice

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    ws.oddHeader.right.text = "Comune di Parma – Relazione sulla performance 2023"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddFooter.center.size = 8
    ws.print_options.horizontalCentered = True


def parma(c):
    name = c["name"]
    wb = Workbook()
    cover = wb.active
    cover.title = "Frontespizio"
    setup(cover, "")
    widths = [9, 46, 8, 12, 12, 13, 14, 12]
    for i, w in enumerate(widths):
        cover.column_dimensions[chr(65 + i)].width = w
    blocks = {b["t"]: b for b in c["blocks"] if b["t"] != "p"}
    paras = [b["text"] for b in c["blocks"] if b["t"] == "p"]
    lines = blocks["cover"]["lines"]
    r = 3
    for txt, size, bold, gap in ((lines[0], 26, True, 2), (lines[1], 12, False, 6), (lines[2], 22, True, 2),
                                 (lines[3], 13, False, 4)):
        cover.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = cover.cell(r, 1, txt)
        cell.font = Font(name="Calibri", size=size, bold=bold, color="1F3864" if bold else "404040")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cover.row_dimensions[r].height = size * 1.8
        r += gap
    for t in paras:
        cover.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = cover.cell(r, 1, t)
        cell.font = Font(name="Calibri", size=11)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        cover.row_dimensions[r].height = 48
        r += 1

    ws = wb.create_sheet("Indicatori")
    setup(ws, "")
    tb = blocks["itable"]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = tb["title"]
    ws["A1"].font = Font(name="Calibri", size=13, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 22
    hr = 3
    for j, h in enumerate(tb["header"], 1):
        cell = ws.cell(hr, j, h)
        cell.font = Font(name="Calibri", size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    ws.row_dimensions[hr].height = 20
    ws.print_title_rows = f"{hr}:{hr}"
    r = hr + 1
    for it in tb["items"]:
        if "h" in it:
            h = it["h"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cell = ws.cell(r, 1, h["text"])
            area = h["level"] == "area"
            cell.font = Font(name="Calibri", size=11 if area else 10, bold=True, color="000000")
            fill = PatternFill("solid", fgColor="9BC2E6" if area else "DDEBF7")
            for j in range(1, 9):
                ws.cell(r, j).fill = fill
                ws.cell(r, j).border = GRID
            cell.alignment = Alignment(horizontal="left", vertical="center")
            ws.row_dimensions[r].height = 18
        else:
            for j, v in enumerate(it["cells"], 1):
                cell = ws.cell(r, j, v)
                cell.font = Font(name="Calibri", size=10.5)
                cell.border = GRID
                cell.alignment = Alignment(horizontal="left" if j == 2 else "center", vertical="center",
                                           wrap_text=True)
            import math
            n = max(math.ceil(len(v) * 0.92 / (widths[j] - 1.5)) for j, v in enumerate(it["cells"]))
            ws.row_dimensions[r].height = 13.5 * n + 4
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, tb["note"]).font = Font(name="Calibri", size=8, italic=True)

    ob = blocks["other"]
    bs = wb.create_sheet("Risorse")
    setup(bs, "")
    for col, w in zip("ABCDE", [48, 26, 22, 22, 14]):
        bs.column_dimensions[col].width = w
    bs.merge_cells("A1:E1")
    bs["A1"] = ob["caption"]
    bs["A1"].font = Font(name="Calibri", size=12, bold=True)
    for j, h in enumerate(ob["header"], 1):
        cell = bs.cell(3, j, h)
        cell.font = Font(name="Calibri", size=10, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", wrap_text=True, vertical="center")
    for i, row in enumerate(ob["rows"], 4):
        for j, v in enumerate(row, 1):
            cell = bs.cell(i, j, v)
            cell.border = GRID
            cell.font = Font(name="Calibri", size=10, bold=row[0] == "Totale")
            cell.alignment = Alignment(horizontal="left" if j == 1 else "right")
    wb.save(f"{name}.xlsx")
    soffice(f"{name}.xlsx")
    return f"{name}.pdf"

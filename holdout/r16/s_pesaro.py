"""comune-pesaro-2025-piano-bis: r12 Comune di Pesaro PIAO content as a Calc workbook printed
by LibreOffice: ruled grid, Missione / Programma / Obiettivo as cells merged down in the first
three columns, one target column per year."""
import copy, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties
from common16 import *

SRC = "/work/blind/r12/comune-pesaro-2025-piano"
NAME = "comune-pesaro-2025-piano-bis"

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFILL = PatternFill("solid", fgColor="DDEBF7")
F = "Liberation Sans"


def setup(ws, landscape, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "Comune di Pesaro – PIAO 2025-2027 – Pag. &P di &N"
    ws.oddFooter.center.size = 8
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows


def put(ws, r, c, v, bold=False, size=9, wrap=True, h=None, v_="top", border=True, fill=None, italic=False):
    cell = ws.cell(row=r, column=c, value=v if v != "" else None)
    cell.font = Font(name=F, size=size, bold=bold, italic=italic)
    cell.alignment = Alignment(wrap_text=wrap, vertical=v_, horizontal=h)
    if border:
        cell.border = GRID
    if fill:
        cell.fill = fill
    return cell


def para_rows(ws, r, text, ncols, width_chars, size=9, bold=False, italic=False):
    """Prose in a merged, wrapped block; row height set from a rough line count."""
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    put(ws, r, 1, text, bold, size, True, "justify" if not bold else None, "top", False, italic=italic)
    lines = max(1, int(len(text) * (size / 9.0) / width_chars) + 1)
    ws.row_dimensions[r].height = lines * size * 1.35 + 3
    return r + 1


def build(outdir):
    content = copy.deepcopy(load(SRC + ".content.json"))
    content["name"] = NAME
    content["layout"] = ("calc-libreoffice-ruled-grid-missione-programma-obiettivo-merged-down-in-first-"
                         "three-columns-targets-per-year")
    content["rerender_of"] = "blind/r12/comune-pesaro-2025-piano (content unchanged)"
    content["grid_header"] = ["Missione", "Programma"] + content["header"]
    content["notes_heading"] = "Note al prospetto"
    dump(content, os.path.join(outdir, NAME + ".content.json"))

    wb = Workbook()
    # ---------------- sheet 1: cover + intro + budget
    ws = wb.active; ws.title = "Premessa"
    setup(ws, False)
    widths = [26, 36, 14, 14, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDE"[i]].width = w
    tot = sum(widths)
    r = 2
    cov = content["cover"]
    for i, line in enumerate(cov):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        size = {0: 18, 1: 14, 2: 13}.get(i, 10)
        put(ws, r, 1, line, i < 3, size, True, "center", "center", False)
        ws.row_dimensions[r].height = size * 1.6 + 4
        r += 1
        if i in (2, 4):
            ws.row_dimensions[r].height = 18; r += 1
    r += 1
    for kind, text in content["intro"]:
        if kind == "h":
            r = para_rows(ws, r + 1, text, 5, tot * 1.15, 11, True)
        else:
            r = para_rows(ws, r, text, 5, tot * 1.15, 9)
    r += 1
    for c, h in enumerate(content["budget_header"], 1):
        put(ws, r, c, h, True, 9, True, "center", "center", fill=HFILL)
    r += 1
    start = None
    for row in content["budget_rows"]:
        last = row[0] == "Totale"
        for c, v in enumerate(row, 1):
            put(ws, r, c, v, last, 9, True, "right" if c >= 3 else None)
        nl = max(len(row[0]) // 26 + 1, len(row[1]) // 36 + 1)
        ws.row_dimensions[r].height = nl * 12 + 3
        if row[0]:
            if start and start[1] < r - 1:
                ws.merge_cells(start_row=start[1], start_column=1, end_row=r - 1, end_column=1)
            start = (row[0], r)
        r += 1
    if start and start[1] < r - 2:
        pass

    # ---------------- sheet 2: objectives grid
    ws = wb.create_sheet("Obiettivi 2025-2027")
    hdr = content["grid_header"]
    widths = [20, 22, 30, 46, 7, 12, 11, 11, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    tot = sum(widths)
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, "COMUNE DI PESARO – PIAO 2025-2027 – Sottosezione 2.2 Performance", True, 12, False, None, "center", False)
    ws.row_dimensions[1].height = 20
    ws.merge_cells("A2:I2")
    put(ws, 2, 1, content["section_heading"], True, 10.5, False, None, "center", False)
    ws.row_dimensions[2].height = 18
    HR = 4
    for c, h in enumerate(hdr, 1):
        put(ws, HR, c, h, True, 9, True, "center", "center", fill=HFILL)
    ws.row_dimensions[HR].height = 26
    setup(ws, True, f"{HR}:{HR}")
    r = HR + 1
    layout_rows = []   # (missione, programma, obiettivo, ind)
    for g in content["groups"]:
        m0 = r
        for p in g["programmi"]:
            p0 = r
            for o in p["obiettivi"]:
                o0 = r
                for ind in o["ind"]:
                    vals = [ind["indicator"], ind["weight"], ind["baseline"]] + ind["targets"]
                    for c in (1, 2, 3):
                        put(ws, r, c, None)
                    for c, v in enumerate(vals, 4):
                        put(ws, r, c, v, False, 9, True, None if c == 4 else "center")
                    # row height from the indicator text (45 chars a line at this width)
                    ws.row_dimensions[r].height = (len(ind["indicator"]) // 44 + 1) * 12 + 4
                    layout_rows.append((g, p, o, ind))
                    r += 1
                put(ws, o0, 3, f"{o['code']} – {o['title']}")
                ws.merge_cells(start_row=o0, start_column=3, end_row=r - 1, end_column=3)
                need = (len(o["title"]) + 12) // 28 + 1
                have = sum(ws.row_dimensions[i].height for i in range(o0, r)) / 12
                if need > have - 0.3:
                    ws.row_dimensions[r - 1].height += (need - have + 0.5) * 12
            put(ws, p0, 2, f"{p['code']} – {p['title']}")
            ws.merge_cells(start_row=p0, start_column=2, end_row=r - 1, end_column=2)
        put(ws, m0, 1, f"{g['missione'][0]} – {g['missione'][1]}")
        ws.merge_cells(start_row=m0, start_column=1, end_row=r - 1, end_column=1)
    # borders of merged ranges
    for mr in ws.merged_cells.ranges:
        if mr.min_row <= HR:
            continue
        for row in ws.iter_rows(min_row=mr.min_row, max_row=mr.max_row, min_col=mr.min_col, max_col=mr.max_col):
            for cell in row:
                cell.border = GRID
    r += 1
    put(ws, r, 1, content["notes_heading"], True, 9, False, None, "top", False); r += 1
    for code, text in content["after_tables"].items():
        r = para_rows(ws, r, f"Programma {code} – {text}", 9, tot * 1.1, 8.5, italic=True)
    r += 1
    for kind, text in content["closing"]:
        if kind == "h":
            r = para_rows(ws, r, text, 9, tot * 1.1, 10.5, True)
        else:
            r = para_rows(ws, r, text, 9, tot * 1.1, 9)

    xlsx = os.path.join(outdir, NAME + ".xlsx")
    wb.save(xlsx)
    soffice_pdf(xlsx, outdir)
    pdf = os.path.join(outdir, NAME + ".pdf")

    # ---------------- truth
    src = load(SRC + ".truth.json")
    recs = copy.deepcopy(src["indicators"])
    rb = ReadBack(pdf)
    rb.cursor = rb.find(content["section_heading"], what="grid title")
    k = 0
    years = [2025, 2026, 2027]
    for g, p, o, ind in layout_rows:
        vals = [ind["indicator"], ind["weight"], ind["baseline"]] + ind["targets"]
        p0, p1 = rb.unit(" ".join(ind["indicator"].split()[:4]), vals, ind["indicator"][:30])
        for y, tg in zip(years, ind["targets"]):
            rec = recs[k]; k += 1
            check_fields(rec, {"area_code": g["missione"][0], "area_title": g["missione"][1],
                               "objective_level": "operational", "objective_code": o["code"],
                               "objective_title": o["title"], "indicator": ind["indicator"],
                               "baseline": ind["baseline"], "year": y, "target": tg or None,
                               "indicator_code": None, "comment": None},
                         ind["indicator"][:30])
            assert rec["weight"] == float(ind["weight"].rstrip("%")), rec["weight"]
            rec["page"], rec["page_end"] = p0, p1
    assert k == len(recs)
    finish_truth(NAME, src, recs, pdf,
                 "Written by blind/r16/make_r16.py: records of blind/r12/comune-pesaro-2025-piano.truth.json "
                 "(printed fields re-checked against the content rendered) with page/page_end read back "
                 "from this PDF.")
    return len(recs), rb.npages

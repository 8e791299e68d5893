import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties
NAME = "provincia-rovigo-2023-relazione"

def main(M):
    C = M.load(NAME)
    wb = Workbook(); thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = {"A": 6, "B": 40, "C": 5.5, "D": 9.5, "E": 10.5, "F": 7.5, "G": 8.5}
    recs = []; keys = []
    for ti, T in enumerate(C["tables"]):
        ws = wb.active if ti == 0 else wb.create_sheet()
        ws.title = f"Settori {ti + 1}"
        for k, v in widths.items(): ws.column_dimensions[k].width = v
        ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.6; ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8
        ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
        ws.oddHeader.right.text = "Provincia di Rovigo – Relazione sulla performance 2023"; ws.oddHeader.right.size = 8
        r = 1
        if ti == 0:
            for j, tl in enumerate(C["title_lines"]):
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                c = ws.cell(r, 1, tl); c.font = Font(name="Arial", bold=True, size=[14, 12, 10][j]); c.alignment = Alignment(horizontal="center")
                ws.row_dimensions[r].height = [22, 18, 15][j]; r += 1
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, C["intro"]); c.font = Font(name="Arial", size=9); c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = 50; r += 2
        hr = r
        for j, h in enumerate(T["header"]):
            c = ws.cell(r, j + 1, h); c.font = Font(name="Arial", bold=True, size=8.5); c.border = B
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); c.fill = PatternFill("solid", fgColor="D9D9D9")
        ws.row_dimensions[r].height = 26
        ws.print_title_rows = f"{hr}:{hr}"
        r += 1
        strat = op = None
        for b in T["blocks"]:
            if b["kind"] in ("strategic", "operational"):
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                c = ws.cell(r, 1, b["text"]); c.font = Font(name="Arial", bold=True, size=9 if b["kind"] == "strategic" else 8.5,
                                                             italic=b["kind"] == "operational")
                c.fill = PatternFill("solid", fgColor="FCE4D6" if b["kind"] == "strategic" else "FFF2CC"); c.alignment = Alignment(vertical="center")
                for j in range(1, 8): ws.cell(r, j).border = B
                ws.row_dimensions[r].height = 16
                if b["kind"] == "strategic": strat = b; op = None
                else: op = b
                r += 1; continue
            vals = [b["code"], b["ind"], b["um"], b["t"], b["a"], b["s"], b["p"]]
            for j, v in enumerate(vals):
                c = ws.cell(r, j + 1, v); c.font = Font(name="Arial", size=9); c.border = B
                c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 1 else "center")
            import math
            lines = max(math.ceil(len(str(v)) / (widths["ABCDEFG"[j]] * (1.55 if j == 1 else 1.05))) for j, v in enumerate(vals))
            ws.row_dimensions[r].height = 12.5 * lines + 3
            kw = dict(area_code=strat["code"], area_title=None, objective_level="operational", objective_code=op["code"],
                      objective_title=op["title"], indicator_code=b["code"], indicator=b["ind"], unit=b["um"], year=None,
                      target=b["t"], actual=b["a"], achievement=M.pct(b["p"]))
            if b.get("status"): kw["status"] = b["status"]; kw["status_text"] = b["a"]
            if "dir" in b: kw["dir"] = b["dir"]
            recs.append(M.record(**kw)); keys.append(b)
            r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, C["legend"]); c.font = Font(name="Arial", size=7, italic=True); c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30
        r += 2
        if ti == len(C["tables"]) - 1:
            c = ws.cell(r, 1, C["summary_title"]); c.font = Font(name="Arial", bold=True, size=9); r += 1
            for i, row in enumerate([C["summary_header"]] + C["summary_rows"]):
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
                for j, v in enumerate(row):
                    c = ws.cell(r, 1 if j == 0 else j + 2, v); c.font = Font(name="Arial", size=8.5, bold=(i == 0 or i == len(C["summary_rows"])))
                    c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 0 else "center")
                for j in range(1, 8): ws.cell(r, j).border = B
                ws.row_dimensions[r].height = 26 if i == 0 else 14
                r += 1
            r += 2
            c = ws.cell(r, 2, C["closing"]); c.font = Font(name="Arial", size=8.5, italic=True)
    path = os.path.join(M.HERE, NAME + ".xlsx"); wb.save(path); M.soffice(path)
    out = os.path.join(M.HERE, NAME + ".pdf")
    n = M.readback(out, recs, lambda rr: (rr["indicator"], rr["indicator"]))
    M.write_truth(NAME, C["document"], recs, n,
        "Reading: 'Ind.' = indicator, 'U.M.' = unit (as printed, '–' kept), 'Valore atteso'/'Val. att.' = target, 'Valore raggiunto'/'Val. ragg.' = actual, "
        "'% raggiung.' = achievement, 'Scost.' (scostamento) maps to no field (extra); 'Cod.' = indicator_code. Two-line header labels are one label. "
        "Rows 'Obiettivo strategico N – …' spanning the table are strategic headings; area_code is the strategic code's first segment (no area printed), area_title null; "
        "'Obiettivo operativo N.M – …' rows make the records operational. No year in the headers and no table title naming a year: year null "
        "(the document title 'Relazione sulla performance 2023' is not read as a table title). The 'Legenda:' row under each table explains abbreviations: "
        "it is a key like a footnote, not a comment (comment null). The summary table of outcome counts gives no records. Units parsed from the target/actual cell only, not from U.M. "
        "'Obiettivo sospeso' in the actual cell sets status suspended; achievement '–'/'n.d.' null.")

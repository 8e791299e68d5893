"""Renders the r17 blind samples from their content files and writes the truths."""
import json, os, sys, re
from common_r17 import *
from docx_r17 import *
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE)
def load(n): return json.load(open(f"{n}.content.json"))

# ---------------------------------------------------------------- 1
def make_cciaa(name="cciaa-chieti-pescara-2023-relazione"):
    c = load(name); d = new_doc("Arial", 10.5)
    footer_pages(d, "Camera di Commercio Chieti Pescara – Relazione sulla performance 2023")
    cv = c["cover"]
    para(d, cv[0], bold=True, size=16, color="1F3864", align="c", before=40, after=6)
    para(d, cv[1], bold=True, size=22, color="1F3864", align="c", before=30, after=4)
    para(d, cv[2], bold=True, size=16, align="c", after=4)
    para(d, cv[3], italic=True, size=10, align="c", after=4)
    para(d, cv[4], size=10, align="c", after=30)
    para(d, c["intro_heading"], bold=True, size=13, color="1F3864", before=12, after=6)
    for t in c["intro"]: para(d, t, align="j")
    para(d, c["budget_heading"], bold=True, size=13, color="1F3864", before=12, after=6)
    t = d.add_table(rows=1 + len(c["budget_rows"]), cols=4); t.style = "Table Grid"
    for j, h in enumerate(c["budget_header"]): cell_text(t.rows[0].cells[j], h, bold=True, size=9, align="c"); cell_shade(t.rows[0].cells[j], "D9E2F3")
    for i, row in enumerate(c["budget_rows"]):
        for j, v in enumerate(row): cell_text(t.rows[i + 1].cells[j], v, size=9, align=None if j == 0 else "r")
    set_widths(t, [6.5, 3.5, 3.5, 3.0])
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(d, c["results_heading"], bold=True, size=13, color="1F3864", after=6)
    recs = []; cur_area = cur_os = None
    W = [1.6, 3.8, 4.3, 2.5, 2.3, 3.0]
    for ob in c["objectives"]:
        if ob["area"] != cur_area:
            cur_area = ob["area"]
            para(d, f"Area strategica {cur_area[0]} – {cur_area[1]}", bold=True, size=12, color="FFFFFF", fill="2E5597", before=10, after=6, keep=True)
        if ob["os"] != cur_os:
            cur_os = ob["os"]
            para(d, f"Obiettivo strategico {cur_os[0]} – {cur_os[1]}", bold=True, size=11, color="2E75B6", before=6, after=4, keep=True)
        para(d, f"Obiettivo operativo {ob['code']} – {ob['title']}", bold=True, size=10, before=6, after=3)
        t = d.add_table(rows=1 + len(ob["rows"]), cols=6); t.style = "Table Grid"
        for j, h in enumerate(c["header"]):
            cell_text(t.rows[0].cells[j], h, bold=True, size=9, align="c"); cell_shade(t.rows[0].cells[j], "D9E2F3")
        repeat_header(t.rows[0])
        for i, r in enumerate(ob["rows"]):
            row = t.rows[i + 1]; cant_split(row)
            for j, v in enumerate(r): cell_text(row.cells[j], v, size=9.5, align=None if j in (1, 2) else "c", valign="t")
        set_widths(t, W)
        fill = {"RAGGIUNTO": "E2EFDA", "PARZIALMENTE RAGGIUNTO": "FFF2CC", "NON RAGGIUNTO": "F8CBAD"}[ob["status"]]
        s = d.add_table(rows=1, cols=1); s.style = "Table Grid"
        cell = s.rows[0].cells[0]; cell.text = ""; p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
        r1 = p.add_run("Stato obiettivo: "); r1.font.size = Pt(9)
        r2 = p.add_run(ob["status"]); r2.bold = True; r2.font.size = Pt(9)
        cell_shade(cell, fill); set_widths(s, [sum(W)])
        para(d, ob["comment"], align="j", before=4, after=8)
        for r in ob["rows"]:
            recs.append(record(area_code=cur_area[0], area_title=cur_area[1], objective_level="operational",
                objective_code=ob["code"], objective_title=ob["title"], indicator_code=r[0], indicator=r[1], formula=r[2],
                year=2023, target=r[3], actual=r[4], achievement=pct(r[5]),
                status=STATUS[ob["status"].lower()], status_text=ob["status"], comment=ob["comment"]))
    para(d, c["closing_heading"], bold=True, size=13, color="1F3864", before=12, after=6)
    for t in c["closing"]: para(d, t, align="j")
    d.save(f"{name}.docx"); soffice(f"{name}.docx", HERE)
    texts = page_texts(f"{name}.pdf"); pg = 1
    for r in recs:
        pg = locate(texts, r["indicator_code"] + " " + first_words(r["indicator"], 2), pg)
        r["page"] = pg; r["page_end"] = locate(texts, last_words(r["indicator"]), pg)
        assert r["page_end"] == pg, r["indicator"]
        assert r["target"].split()[0] in texts[pg - 1]
    splits = [ob["code"] for ob in c["objectives"] if len({r["page"] for r in recs if r["objective_code"] == ob["code"]}) > 1]
    print("tables split across pages:", splits)
    return write_truth(name, c["document"], recs, f"{name}.pdf"), len(recs)


# ---------------------------------------------------------------- 2
def make_ausl(name="ausl-parma-2024-piano"):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    c = load(name); wb = Workbook(); ws = wb.active; ws.title = "Indicatori"
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [13, 16, 18, 21, 33, 11, 8, 8.5, 8.5, 8.5, 14]
    for i, w_ in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w_
    ws.merge_cells("A1:K1"); ws["A1"] = c["title_lines"][0]; ws["A1"].font = Font(name="Arial", size=14, bold=True, color="1F4E79")
    ws.merge_cells("A2:K2"); ws["A2"] = c["title_lines"][1]; ws["A2"].font = Font(name="Arial", size=11, bold=True)
    ws.row_dimensions[1].height = 20; ws.row_dimensions[2].height = 16; ws.row_dimensions[3].height = 6
    hfill = PatternFill("solid", fgColor="1F4E79")
    for j, h in enumerate(c["header"]):
        cl = ws.cell(4, j + 1, h); cl.font = Font(name="Arial", size=9, bold=True, color="FFFFFF"); cl.fill = hfill
        cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center"); cl.border = B
    ws.row_dimensions[4].height = 24
    zfill = PatternFill("solid", fgColor="F2F2F2")
    def lines(text, w_, f=1.25): return max(1, -(-len(text) // int(w_ * f)))
    for i, row in enumerate(c["rows"]):
        r = 5 + i
        for j, v in enumerate(row):
            cl = ws.cell(r, j + 1, v); cl.font = Font(name="Arial", size=9, bold=(j == 3))
            cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 5 <= j <= 9 else "left"); cl.border = B
            if j < 3: cl.fill = zfill
        ws.row_dimensions[r].height = max(lines(v, widths[j], 1.25 if j == 3 else 1.45) for j, v in enumerate(row)) * 11 + 4
    last = 5 + len(c["rows"])
    ws.merge_cells(f"A{last+1}:K{last+1}"); ws[f"A{last+1}"] = c["note"]
    ws[f"A{last+1}"].font = Font(name="Arial", size=8, italic=True); ws[f"A{last+1}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[last + 1].height = 24
    ws.freeze_panes = "D5"; ws.print_title_rows = "4:4"
    for s in (ws,):
        s.page_setup.orientation = "landscape"; s.page_setup.paperSize = 9
        s.page_setup.scale = 70
        s.page_margins.left = s.page_margins.right = 0.4; s.page_margins.top = 0.5; s.page_margins.bottom = 0.6
        s.oddFooter.center.text = "Pagina &P di &N"; s.oddFooter.center.size = 8
        s.oddFooter.left.text = "AUSL di Parma – Piano della performance 2024-2026"; s.oddFooter.left.size = 8
    b = wb.create_sheet("Risorse")
    for i, w_ in enumerate([40, 20, 20, 12]): b.column_dimensions[chr(65 + i)].width = w_
    b.merge_cells("A1:D1"); b["A1"] = c["budget_title"]; b["A1"].font = Font(name="Arial", size=10, bold=True)
    b["A1"].alignment = Alignment(wrap_text=True); b.row_dimensions[1].height = 28
    for j, h in enumerate(c["budget_header"]):
        cl = b.cell(3, j + 1, h); cl.font = Font(name="Arial", size=9, bold=True, color="FFFFFF"); cl.fill = hfill; cl.border = B
        cl.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, row in enumerate(c["budget_rows"]):
        for j, v in enumerate(row):
            cl = b.cell(4 + i, j + 1, v); cl.font = Font(name="Arial", size=9, bold=(row[0] == "Totale")); cl.border = B
            cl.alignment = Alignment(horizontal="left" if j == 0 else "right")
    b.page_setup.orientation = "landscape"; b.page_setup.paperSize = 9
    b.oddFooter.center.text = "Pagina &P di &N"; b.oddFooter.center.size = 8
    wb.save(f"{name}.xlsx"); soffice(f"{name}.xlsx", HERE)
    texts = page_texts(f"{name}.pdf")
    recs = []; keys = unique_keys([r[3] for r in c["rows"]]); pg = 1
    for row, key in zip(c["rows"], keys):
        area, os_, oo = (x.split(" – ", 1) for x in row[:3])
        pg = locate_word(texts, key, pg)
        assert norm(row[0]) in texts[pg - 1] or True
        for k, y in enumerate((2024, 2025, 2026)):
            r = record(page=pg, page_end=pg, area_code=area[0], area_title=area[1], objective_level="operational",
                       objective_code=oo[0], objective_title=oo[1], indicator=row[3], formula=row[4], baseline=row[6],
                       year=y, target=row[7 + k])
            recs.append(r)
    return write_truth(name, c["document"], recs, f"{name}.pdf"), len(recs)


# ---------------------------------------------------------------- 3
def make_regione(name="regione-basilicata-2023-relazione"):
    import reg_r17 as R
    from reportlab.platypus import Paragraph, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    c = load(name); d = R.Doc(f"{name}.pdf", "Regione Basilicata – Relazione sulla performance 2023")
    cv = d.c; cv.setFillColor(R.BLUE); cv.setFont("LSB", 20); cv.drawString(R.M, R.TOP - 30, c["cover"][0])
    cv.setFont("LSB", 15); cv.setFillColor(colors.black); cv.drawString(R.M, R.TOP - 54, c["cover"][1])
    cv.setFont("LSI", 9); cv.drawString(R.M, R.TOP - 70, c["cover"][2]); d.y = R.TOP - 84
    d.span("obj", "1. Premessa")
    items = [Paragraph(t, R.body) for t in c["intro"]]
    st = Table([c["summary_header"]] + c["summary_rows"], colWidths=[4.3 * R.cm, 2.2 * R.cm, 1.8 * R.cm])
    st.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.5), ("FONT", (0, 0), (-1, 0), "LSB", 8.5), ("FONT", (0, -1), (-1, -1), "LSB", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), R.LIGHT), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    items += [Paragraph("<b>Tabella 1</b> – Esiti degli indicatori strategici 2023", R.small), st]
    d.columns(items, gap=5)
    d.span("obj", "2. Risultati per area strategica e obiettivo")
    recs = []
    for area in c["areas"]:
        d.span("area", f"Area strategica {area['code']} – {area['title']}", need=120)
        for ob in area["objectives"]:
            d.span("obj", f"Obiettivo strategico {ob['code']} – {ob['title']}", need=110)
            tags = []
            for cd in ob["cards"]:
                code, desc, unit, target, actual, scost, esito, note = cd
                recs.append(record(area_code=area["code"], area_title=area["title"], objective_level="strategic",
                    objective_code=ob["code"], objective_title=ob["title"], indicator_code=code, indicator=desc, unit=unit,
                    target=target, actual=actual, notes=note, status=STATUS[esito.lower()], status_text=esito))
                tags.append(len(recs) - 1)
            d.columns([R.card(cd) for cd in ob["cards"]], tags)
    d.span("obj", "3. Considerazioni conclusive", need=60)
    d.columns([Paragraph("Il 2023 registra un livello di conseguimento degli obiettivi strategici complessivamente positivo: due terzi degli indicatori hanno raggiunto o superato il target. Le criticità si concentrano nei tempi di istruttoria dei contributi alle imprese e negli interventi infrastrutturali, per i quali i Dipartimenti competenti hanno definito azioni correttive inserite nel PIAO 2024-2026.", R.body),
               Paragraph("La Relazione è pubblicata nella sezione Amministrazione trasparente del sito istituzionale, sottosezione Performance, unitamente al documento di validazione dell'OIV.", R.body)])
    d.save()
    placed = {t: (p, col) for t, p, col in d.placed if t is not None}
    order = [t for t, p, col in d.placed if t is not None]
    assert order == list(range(len(recs))), order
    texts = page_texts(f"{name}.pdf")
    for i, r in enumerate(recs):
        p = placed[i][0]
        assert r["indicator_code"] in texts[p - 1] and first_words(r["indicator"], 2) in texts[p - 1], r["indicator_code"]
        r["page"] = r["page_end"] = p
    pages_cols = {}
    for t, p, col in d.placed: pages_cols.setdefault(p, set()).add(col)
    print("columns used per page:", pages_cols)
    return write_truth(name, c["document"], recs, f"{name}.pdf"), len(recs)


# ---------------------------------------------------------------- 4
def make_comune(name="comune-livorno-2025-piano"):
    c = load(name); d = new_doc("Arial", 10)
    footer_pages(d, "Comune di Livorno – PIAO 2025-2027")
    cv = c["cover"]
    para(d, cv[0], bold=True, size=18, color="7B1F2B", align="c", before=60, after=10)
    para(d, cv[1], bold=True, size=20, align="c", before=40, after=6)
    para(d, cv[2], bold=True, size=16, align="c", after=40)
    para(d, cv[3], italic=True, size=10, align="c", after=6)
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(d, c["intro_heading"], bold=True, size=13, color="7B1F2B", after=6)
    for t in c["intro"]: para(d, t, align="j")
    recs = []; W = [4.4, 1.9] + [2.45, 1.25] * 3
    for so in c["strategic"]:
        para(d, f"Obiettivo strategico {so['code']} – {so['title']}", bold=True, size=11.5, color="FFFFFF", fill="7B1F2B", before=10, after=4, keep=True)
        n = sum(1 + len(oo["rows"]) for oo in so["oos"])
        t = d.add_table(rows=2 + n, cols=8); t.style = "Table Grid"
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        a = h0[0].merge(h1[0]); cell_text(a, c["header_top"][0], bold=True, size=9, align="c")
        b = h0[1].merge(h1[1]); cell_text(b, c["header_top"][1], bold=True, size=9, align="c")
        for k in range(3):
            m_ = h0[2 + 2 * k].merge(h0[3 + 2 * k]); cell_text(m_, c["header_top"][2 + k], bold=True, size=9, align="c")
            cell_text(h1[2 + 2 * k], c["header_sub"][0], bold=True, size=8.5, align="c")
            cell_text(h1[3 + 2 * k], c["header_sub"][1], bold=True, size=8.5, align="c")
        for row in t.rows[:2]:
            repeat_header(row)
            for cl in row.cells: cell_shade(cl, "D9D9D9")
        ri = 2
        for oo in so["oos"]:
            row = t.rows[ri]; cant_split(row); m_ = row.cells[0].merge(row.cells[7])
            cell_text(m_, f"Obiettivo operativo {oo['code']} – {oo['title']}", bold=True, size=9.5); cell_shade(m_, "F2DCDB")
            ri += 1
            for ind, base, per in oo["rows"]:
                row = t.rows[ri]; cant_split(row); cs = row.cells
                cell_text(cs[0], ind, size=9.5, valign="t"); cell_text(cs[1], base, size=9.5, align="c", valign="t")
                for k, (tg, pw) in enumerate(per):
                    cell_text(cs[2 + 2 * k], tg, size=9, align="c", valign="t"); cell_text(cs[3 + 2 * k], pw, size=9, align="c", valign="t")
                for k, y in enumerate(c["years"]):
                    tg, pw = per[k]
                    recs.append(record(area_code=so["code"], area_title=None, objective_level="operational",
                        objective_code=oo["code"], objective_title=oo["title"], indicator=ind, baseline=base,
                        year=y, target=tg or None, weight=float(pw.rstrip("%")) if pw else None))
                ri += 1
        set_widths(t, W)
    para(d, c["staff_heading"], bold=True, size=12, color="7B1F2B", before=14, after=6, keep=True)
    t = d.add_table(rows=1 + len(c["staff_rows"]), cols=5); t.style = "Table Grid"
    for j, h in enumerate(c["staff_header"]): cell_text(t.rows[0].cells[j], h, bold=True, size=9, align="c"); cell_shade(t.rows[0].cells[j], "D9D9D9")
    for i, row in enumerate(c["staff_rows"]):
        for j, v in enumerate(row): cell_text(t.rows[i + 1].cells[j], v, size=9, align=None if j == 0 else "c")
    set_widths(t, [7.0, 2.6, 2.4, 2.4, 2.4])
    d.save(f"{name}.docx"); soffice(f"{name}.docx", HERE)
    texts = page_texts(f"{name}.pdf")
    names = []
    for r in recs:
        if r["indicator"] not in names: names.append(r["indicator"])
    keys = dict(zip(names, unique_keys(names))); pg = 1; pages = {}
    for nm in names:
        pg = locate_word(texts, keys[nm], pg); pages[nm] = pg
        assert first_words(nm, 2) in texts[pg - 1], nm
    for r in recs: r["page"] = r["page_end"] = pages[r["indicator"]]
    print("indicator pages:", sorted(set(pages.values())))
    return write_truth(name, c["document"], recs, f"{name}.pdf"), len(recs)

if __name__ == "__main__":
    which = sys.argv[1:] or ["cciaa", "ausl", "regione", "comune"]
    for w in which:
        print(w, globals()["make_" + w]())

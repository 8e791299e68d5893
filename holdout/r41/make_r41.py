"""Round r41: renders the three samples from their *.content.json and writes *.truth.json
from the same content (never from any extractor). Pages come from a pdfplumber read-back."""
import json, re, hashlib, html, subprocess, os, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

# ---------------------------------------------------------------- value parsing (RECORDS.md rules)
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
def to_num(s):
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))

def parse(text):
    none = (None, None, None, None)
    if text is None:
        return none
    t = " ".join(text.split())
    if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
        return none                      # a date: no quantity
    op = "="
    for pre, o in (("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), ("almeno ", ">="), ("entro ", "<="), (">", ">"), ("<", "<")):
        if t.startswith(pre):
            op, t = o, t[len(pre):].strip()
            break
    unit = None
    if t.startswith("€"):
        unit, t = "EUR", t[1:].strip()
    m = re.match(r"(%s)" % NUM, t)
    if not m:
        return none
    val = to_num(m.group(1))
    rest = t[m.end():].strip()
    rest_np = re.sub(r"\(.*?\)", "", rest)
    if re.search(r"\d", rest_np):
        return none                      # a second quantity
    if rest.startswith("mln"):
        val *= 1_000_000; rest = rest[3:].strip()
    if rest.startswith("%"):
        unit = "%"
    elif re.match(r"(gg|giorni)\b", rest):
        unit = "days"
    elif re.match(r"ore\b", rest):
        unit = "hours"
    elif re.match(r"mesi\b", rest):
        unit = "months"
    elif rest.startswith("€") or rest.startswith("euro"):
        unit = "EUR"
    return (op, val, None, unit)

LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]
def direction(name):
    n = name.lower(); best = None
    for w, d in [(w, "lower") for w in LOWER] + [(w, "higher") for w in HIGHER]:
        m = re.search(r"(?<![\w])" + re.escape(w), n)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), d)
    return best[1] if best else None

def met(name, t, a):
    top, tv, _, tu = t; aop, av, _, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if top == ">=": return av >= tv
    if top == "<=": return av <= tv
    if top == ">": return av > tv
    if top == "<": return av < tv
    if av == tv: return True
    d = direction(name)
    if d == "higher": return av > tv
    if d == "lower": return av < tv
    return None

def pct(s):
    if s is None: return None
    m = re.match(r"(\d+(?:,\d+)?)\s*%", s.strip())
    return to_num(m.group(1)) if m else None

def nz(s):
    if s is None: return None
    s = " ".join(str(s).split())
    return s or None

FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

def record(**kw):
    r = {f: None for f in FIELDS}
    for k, v in kw.items():
        assert k in r or k.startswith("_"), k
        r[k] = nz(v) if isinstance(v, str) else v
    t = parse(r["target"]); a = parse(r["actual"])
    r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
    r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
    r["met"] = met(r["indicator"], t, a)
    return r

# ---------------------------------------------------------------- read-back of pages
def readback(pdf, recs):
    """recs carry _start (snippet of the row's first line) and _ends (last words of each cell).
    Finds each in document order; sets page/page_end."""
    pages = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            pages.append(" ".join((pg.extract_text() or "").split()))
    text = ""; bounds = []
    for i, t in enumerate(pages):
        bounds.append((len(text), i + 1)); text += t + " \f "
    def page_of(pos):
        pg = 1
        for b, n in bounds:
            if pos >= b: pg = n
        return pg
    starts = []; cur = 0
    for r in recs:
        if r.get("_same_row_as_prev"):
            starts.append(starts[-1]); continue
        i = text.find(r["_start"], cur)
        assert i >= 0, ("start not found", r["_start"])
        starts.append(i); cur = i + 1
    for k, r in enumerate(recs):
        s = starts[k]
        nxt = next((starts[j] for j in range(k + 1, len(recs)) if starts[j] > s), len(text))
        end = s
        for w in r["_ends"]:
            j = text.find(w, s)
            assert 0 <= j < nxt, ("end word not within row", r["_start"], w)
            end = max(end, j)
        r["page"], r["page_end"] = page_of(s), page_of(end)
    return len(pages)

def lastword(s):
    w = s.split()[-1]
    return w.split("-")[-1] if len(w.split("-")[-1]) > 2 else w

def first_words(s, n=3):
    return " ".join(s.split()[:n])

def finish(name, content, recs, about):
    pdf = os.path.join(HERE, name + ".pdf")
    npages = readback(pdf, recs)
    out = []
    for r in recs:
        out.append({f: r[f] for f in FIELDS})
    doc = {"schema": "perfextract/records@1", "_about": about,
           "source": {"path": name + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
           "document": content["document"], "indicators": out, "warnings": []}
    json.dump(doc, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
    print(name, npages, "pages", len(out), "records")

def chromium(htmlfile, pdf):
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, "file://" + htmlfile], check=True, capture_output=True)

STATUS = {"raggiunto": "achieved", "parzialmente raggiunto": "partially_achieved", "non raggiunto": "not_achieved",
          "r": "achieved", "pr": "partially_achieved", "nr": "not_achieved", "sospeso": "suspended"}

# ================================================================ 1. Comune (Word-like HTML)
def make_s1(c):
    name = c["name"]
    css = """
@page { size: A4; margin: 22mm 18mm 20mm 20mm;
  @top-right { content: "Relazione sulla performance 2024"; font: italic 8pt 'Liberation Serif'; color:#555; }
  @bottom-center { content: "Pag. " counter(page) " di " counter(pages); font: 8.5pt 'Liberation Serif'; } }
@page :first { @top-right { content: none; } }
body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.25; }
.cover { text-align:center; page-break-after: always; padding-top: 40mm; }
.cover .ente { font-size: 20pt; font-weight: bold; letter-spacing: 1px; }
.cover .prov { font-size: 12pt; margin-top: 4pt; }
.cover .stemma { width: 28mm; height: 34mm; border: 1.2px solid #7a1f1f; border-radius: 0 0 14mm 14mm; margin: 14mm auto 16mm; background: linear-gradient(#c8102e 0 50%, #fff 50% 100%); }
.cover .tit { font-size: 24pt; font-weight: bold; margin-top: 20mm; }
.cover .anno { font-size: 20pt; font-weight: bold; margin-top: 6pt; }
.cover .rif { font-size: 10pt; font-style: italic; margin-top: 10mm; }
.cover .appr { font-size: 10pt; margin-top: 40mm; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; }
h3 { font-size: 11.5pt; background: #1f3864; color: #fff; padding: 3pt 5pt; margin: 16pt 0 6pt; }
p { text-align: justify; margin: 0 0 6pt; }
.obj { font-weight: bold; margin: 10pt 0 1pt; break-after: avoid; }
h2, h3 { break-after: avoid; }
.resp { font-size: 10pt; font-style: italic; margin: 0 0 4pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 0.8px solid #000; padding: 2pt 4pt; vertical-align: top; }
th { background: #d9e2f3; font-weight: bold; text-align: center; vertical-align: middle; }
td.c { text-align: center; } td.n { text-align: center; width: 6%; }
td.comm { font-style: italic; font-size: 9pt; padding-left: 10pt; }
.small { font-size: 9pt; }
.caption { font-size: 10pt; font-weight: bold; margin: 8pt 0 3pt; }
.st-Raggiunto { color: #1e6b1e; } .st-Parzialmente { color: #9c6500; } .st-Non { color: #b00000; }
"""
    h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % css]
    cv = c["cover"]
    h.append("<div class='cover'><div class='ente'>%s</div><div class='prov'>%s</div><div class='stemma'></div>"
             "<div class='tit'>%s</div><div class='anno'>%s</div><div class='rif'>%s</div><div class='appr'>%s</div></div>" % tuple(map(E, cv)))
    for t, p in c["intro"]:
        h.append("<h2>%s</h2><p>%s</p>" % (E(t), E(p)))
    st = c["staff"]
    h.append("<div class='caption'>%s</div><table class='staff'><thead><tr>%s</tr></thead><tbody>" % (E(st["title"]), "".join("<th>%s</th>" % E(x) for x in st["header"])))
    for row in st["rows"]:
        b = row[0] == "Totale"
        h.append("<tr>%s</tr>" % "".join("<td class='%s'>%s%s%s</td>" % ("" if i == 0 else "c", "<b>" if b else "", E(x), "</b>" if b else "") for i, x in enumerate(row)))
    h.append("</tbody></table>")
    for t, p in c["intro2"]:
        h.append("<h2>%s</h2><p>%s</p>" % (E(t), E(p)))
    recs = []
    hdr = c["header"]
    widths = ["6%", "40%", "14%", "16%", "10%", "14%"]
    for s in c["settori"]:
        h.append("<h3>%s</h3>" % E(s["label"]))
        for o in s["objectives"]:
            h.append("<div class='obj'>Obiettivo operativo %s – %s</div><div class='resp'>%s – %s</div>" % (E(o["code"]), E(o["title"]), E(o["resp"]), E(o["peso"])))
            h.append("<table><thead><tr>%s</tr></thead><tbody>" % "".join("<th style='width:%s'>%s</th>" % (w, E(x)) for w, x in zip(widths, hdr)))
            for ind in o["indicators"]:
                stc = ind["stato"].split()[0]
                h.append("<tr><td class='n'>%s</td><td>%s</td><td class='c'>%s</td><td class='c'>%s</td><td class='c'>%s</td><td class='c st-%s'>%s</td></tr>" % (
                    E(ind["code"]), E(ind["indicator"]), E(ind["target"]), E(ind["actual"]), E(ind["ach"]), stc, E(ind["stato"])))
                if ind.get("comment"):
                    h.append("<tr><td></td><td colspan='5' class='comm'>%s</td></tr>" % E(ind["comment"]))
                r = record(area_code=s["code"], area_title=s["label"].split(" – ", 1)[1], objective_level="operational", objective_code=o["code"],
                           objective_title=o["title"], indicator_code=ind["code"], indicator=ind["indicator"], year=2024,
                           target=ind["target"], actual=ind["actual"], achievement=pct(ind["ach"]),
                           status=STATUS.get(ind["stato"].lower()), status_text=ind["stato"], comment=ind.get("comment"))
                r["_start"] = first_words(ind["indicator"], 3)
                r["_ends"] = [lastword(ind["indicator"]), lastword(ind["target"]), lastword(ind["actual"]), lastword(ind["stato"])]
                recs.append(r)
            h.append("</tbody></table>")
    t, p = c["closing"]
    h.append("<h2>%s</h2><p>%s</p>" % (E(t), E(p)))
    h.append("<p style='margin-top:18pt'>Santarcangelo di Romagna, 24 giugno 2025</p><p style='text-align:right'>Il Segretario generale<br>dott.ssa Beatrice Mini</p></body></html>")
    hf = os.path.join(HERE, name + ".html"); open(hf, "w").write("\n".join(h))
    chromium(hf, os.path.join(HERE, name + ".pdf"))
    about = ("Generated by make_r41.py from %s.content.json (hand-written, not from any extractor). Chromium-printed A4 pages in the style of a Word report. "
             "Blue band 'SETTORE N – TITOLO' headings are areas (code N; area_title is the band text after 'SETTORE N – ', in capitals as printed). Bold line 'Obiettivo operativo N.M – Titolo' is the operational objective; the italic "
             "'Responsabile: … – Peso obiettivo: NN' line is not a record field (an objective's weight is not an indicator's). Column 'N.' is indicator_code; "
             "'Grado di raggiung.' is achievement ('–' → null); 'Stato' is the status column ('Non valutabile' → status null, status_text as printed). "
             "Italic full-width rows under an indicator (first cell empty) are its comment. Year 2024 from 'Valore atteso 2024'. "
             "Targets 'entro il 31/10/2024' and text results with dates parse to null.") % name
    for r in recs:
        pass
    finish(name, c, recs, about)

# ================================================================ 2. CREA PIAO (landscape HTML)
def make_s2(c):
    name = c["name"]
    css = """
@page { size: A4 landscape; margin: 16mm 14mm 16mm 14mm;
  @top-left { content: "CREA – PIAO 2025-2027"; font: 7.5pt 'Liberation Sans'; color:#2e6b30; }
  @top-right { content: "Sezione 2 – Valore pubblico, performance e anticorruzione"; font: 7.5pt 'Liberation Sans'; color:#2e6b30; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans'; font-size: 9.5pt; }
.cover { page-break-after: always; padding: 20mm 20mm 0; }
.cover .logo { font-size: 46pt; font-weight: bold; color: #2e6b30; letter-spacing: 4px; }
.cover .ente { font-size: 13pt; color: #2e6b30; border-top: 3px solid #8dbb3f; padding-top: 4pt; width: 150mm; }
.cover .tit { font-size: 26pt; font-weight: bold; margin-top: 28mm; color: #1d3d1e; }
.cover .anni { font-size: 22pt; color: #8dbb3f; font-weight: bold; margin-top: 4pt; }
.cover .rif { font-size: 10pt; margin-top: 12mm; } .cover .del { font-size: 10pt; margin-top: 30mm; font-style: italic; }
h1 { font-size: 13pt; color: #fff; background: #2e6b30; padding: 4pt 6pt; margin: 0 0 8pt; }
h2 { font-size: 11.5pt; color: #2e6b30; margin: 10pt 0 4pt; }
h3 { font-size: 10pt; color: #1d3d1e; margin: 12pt 0 4pt; border-bottom: 1.5px solid #8dbb3f; }
p { text-align: justify; margin: 0 0 5pt; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; font-size: 7.8pt; }
th { background: #2e6b30; color: #fff; font-weight: bold; border: 0.6px solid #6b8f6c; padding: 2.5pt 3pt; vertical-align: middle; }
td { border: 0.6px solid #6b8f6c; padding: 2pt 3pt; vertical-align: top; }
td.os { background: #eef5e4; font-weight: bold; }
td.og { background: #d5e8c0; font-weight: bold; font-size: 8.5pt; color: #1d3d1e; padding: 3pt 4pt; }
td.c { text-align: center; }
.t2 th { background: #8dbb3f; color: #000; }
"""
    h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % css]
    cv = c["cover"]
    h.append("<div class='cover'><div class='logo'>%s</div><div class='ente'>%s</div><div class='tit'>%s</div><div class='anni'>%s</div><div class='rif'>%s</div><div class='del'>%s</div></div>" % tuple(map(E, cv)))
    (t0, _), (t1, p1) = c["intro"]
    h.append("<h1>%s</h1><h2>%s</h2><p>%s</p>" % (E(t0), E(t1), E(p1)))
    h.append("<p>Il raggiungimento degli obiettivi specifici concorre alla creazione di valore pubblico misurata, nella sottosezione 2.1, dagli indicatori di impatto del Piano triennale di attività. Il monitoraggio intermedio è effettuato al 30 giugno di ciascun anno e gli esiti finali sono rendicontati nella Relazione sulla performance.</p>")
    widths = ["15%", "5%", "18%", "19%", "11%", "6.5%", "6.5%", "6.5%", "6.5%", "5%"]
    recs = []
    h.append("<p><b>Tabella 2.2.1 – Obiettivi specifici, indicatori e target del triennio 2025-2027</b></p>")
    h.append("<table><thead><tr>%s</tr></thead><tbody>" % "".join("<th style='width:%s'>%s</th>" % (w, E(x)) for w, x in zip(widths, c["header"])))
    for g in c["generali"]:
        h.append("<tr><td colspan='10' class='og'>%s</td></tr>" % E(g["label"]))
        for s in g["specifici"]:
            for k, ind in enumerate(s["indicators"]):
                cells = ""
                if k == 0:
                    cells += "<td class='os' rowspan='%d'>%s</td>" % (len(s["indicators"]), E(s["cell"]))
                cells += "<td class='c'>%s</td><td>%s</td><td>%s</td><td>%s</td><td class='c'>%s</td>%s<td class='c'>%s</td>" % (
                    E(ind["code"]), E(ind["indicator"]), E(ind["formula"]), E(ind["fonte"]), E(ind["baseline"]),
                    "".join("<td class='c'>%s</td>" % E(t) for t in ind["targets"]), E(ind["peso"]))
                h.append("<tr>%s</tr>" % cells)
                for yi, y in enumerate(c["years"]):
                    r = record(area_code=g["code"], area_title=None, objective_level="operational", objective_code=s["code"],
                               objective_title=s["title"], indicator_code=ind["code"], indicator=ind["indicator"],
                               formula=ind["formula"], data_source=ind["fonte"], weight=float(ind["peso"]),
                               baseline=ind["baseline"], year=y, target=ind["targets"][yi])
                    if yi == 0:
                        r["_start"] = first_words(ind["indicator"], 2)
                        r["_ends"] = [lastword(ind["indicator"]), lastword(ind["formula"]), lastword(ind["fonte"])]
                    else:
                        r["_same_row_as_prev"] = True
                        r["_ends"] = []
                    recs.append(r)
    h.append("</tbody></table>")
    h.append("<p style='font-size:7.5pt;margin-top:3pt'>Fonte: elaborazione Struttura tecnica permanente per la misurazione della performance su dati dei sistemi informativi dell'Ente.</p>")
    rk = c["risk"]
    h.append("<h2 style='margin-top:16pt'>%s</h2>" % E(rk["title"]))
    h.append("<p>La tabella riporta i processi a più elevata esposizione al rischio emersi dall'aggiornamento della mappatura 2024; l'elenco completo dei processi e delle misure è contenuto nell'Allegato 3 al presente Piano.</p>")
    h.append("<table class='t2'><thead><tr>%s</tr></thead><tbody>" % "".join("<th>%s</th>" % E(x) for x in rk["header"]))
    for row in rk["rows"]:
        h.append("<tr>%s</tr>" % "".join("<td>%s</td>" % E(x) for x in row))
    h.append("</tbody></table>")
    sf = c["staff"]
    h.append("<h1 style='margin-top:14pt'>%s</h1>" % E(sf["title"].split(" – ")[0] + " – " + sf["title"].split(" – ")[1]))
    h.append("<h2>3.3 Piano triennale dei fabbisogni di personale – Consistenza al 31/12/2024</h2>")
    h.append("<table class='t2' style='width:60%'><thead><tr>" + "".join("<th>%s</th>" % E(x) for x in sf["header"]) + "</tr></thead><tbody>")
    for row in sf["rows"]:
        b = row[0] == "Totale"
        h.append("<tr>%s</tr>" % "".join("<td class='%s'>%s</td>" % ("" if i == 0 else "c", ("<b>%s</b>" if b else "%s") % E(x)) for i, x in enumerate(row)))
    h.append("</tbody></table></body></html>")
    hf = os.path.join(HERE, name + ".html"); open(hf, "w").write("\n".join(h))
    chromium(hf, os.path.join(HERE, name + ".pdf"))
    about = ("Generated by make_r41.py from %s.content.json (hand-written, not from any extractor). Chromium-printed A4 landscape PIAO. "
             "Cover prints 'CREA' above the full name: issuer is the full name. Full-width band rows 'Obiettivo generale A – …' inside the single table are strategic objectives; no area heading is "
             "printed, so area_code is the first segment of the objective code ('A.1' → 'A') and area_title null. The 'Obiettivo specifico' cell ('A.1 – Titolo', "
             "merged down over its indicators, also over a page break) is the operational objective. One record per year for 'Target 2025 | Target 2026 | Target 2027' "
             "(actual null), 'Baseline 2023' → baseline, 'Formula di calcolo' → formula, 'Fonte dei dati' → data_source, 'Peso %%' → weight. Baseline '–' kept as printed. 'Fonte:' line under the table is a note on the table. "
             "Risk register and staff tables give no records.") % name
    finish(name, c, recs, about)

# ================================================================ 3. ERSAF (Calc)
def make_s3(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    name = c["name"]
    wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
    thin = Side(style="thin", color="808080"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [7, 24, 36, 10, 12, 7, 5.5, 33.5]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    tr = c["title_rows"]
    ws.append([tr[0]]); ws["A1"].font = Font(name="Liberation Sans", bold=True, size=13, color="1F5C2E")
    ws.append([tr[1]]); ws["A2"].font = Font(name="Liberation Sans", bold=True, size=11)
    ws.append([tr[2]]); ws["A3"].font = Font(name="Liberation Sans", italic=True, size=8.5)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.append([])
    ws.append(c["header"]); hr = ws.max_row
    for col in range(1, 9):
        cl = ws.cell(hr, col); cl.font = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF")
        cl.fill = PatternFill("solid", fgColor="2F6B3A"); cl.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); cl.border = B
    ws.row_dimensions[hr].height = 28
    fills = {"R": "C6EFCE", "PR": "FFEB9C", "NR": "FFC7CE"}
    recs = []
    base = Font(name="Liberation Sans", size=8.5)
    for m in c["missioni"]:
        ws.append([m["label"]]); r0 = ws.max_row
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=8)
        ws.cell(r0, 1).font = Font(name="Liberation Sans", bold=True, size=9.5)
        for col in range(1, 9):
            ws.cell(r0, col).fill = PatternFill("solid", fgColor="D8E4BC"); ws.cell(r0, col).border = B
        ws.row_dimensions[r0].height = 16
        for o in m["objectives"]:
            first = ws.max_row + 1
            for ind in o["indicators"]:
                ws.append([o["code"], o["title"], ind["indicator"], ind["target"], ind["actual"], ind["ach"], ind["stato"], ind["note"] or ""])
                rr = ws.max_row
                for col in range(1, 9):
                    cl = ws.cell(rr, col); cl.font = base; cl.border = B
                    cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if col in (1, 4, 5, 6, 7) else "left")
                ws.cell(rr, 7).fill = PatternFill("solid", fgColor=fills[ind["stato"]]); ws.cell(rr, 7).font = Font(name="Liberation Sans", size=8.5, bold=True)
                lines = max(len(ind["indicator"]) / 44, len(ind["note"] or "") / 40, 1)
                ws.row_dimensions[rr].height = 12 * (int(lines) + 1) + 2
                r = record(area_code=m["code"], area_title=m["title"], objective_level="operational", objective_code=o["code"],
                           objective_title=o["title"], indicator=ind["indicator"], year=2023, target=ind["target"], actual=ind["actual"],
                           achievement=pct(ind["ach"]), notes=ind["note"], status=STATUS[ind["stato"].lower()], status_text=ind["stato"])
                r["_start"] = first_words(ind["indicator"], 3)
                ends = [lastword(ind["indicator"]), lastword(ind["target"]), lastword(ind["actual"])]
                if ind["note"]: ends.append(lastword(ind["note"]))
                r["_ends"] = ends
                recs.append(r)
            last = ws.max_row
            if last > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
            ws.cell(first, 2).font = Font(name="Liberation Sans", size=8.5, bold=True)
            need = 12 * (len(o["title"]) / 26 + 1) + 4
            have = sum(ws.row_dimensions[x].height for x in range(first, last + 1))
            if need > have:
                ws.row_dimensions[last].height += need - have
    ws.print_title_rows = "%d:%d" % (hr, hr)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 78
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "ERSAF – Relazione sulla performance 2023"
    ws.oddHeader.right.size = 8; ws.oddFooter.center.size = 8
    # summary sheet
    s2 = wb.create_sheet("Riepilogo"); sm = c["summary"]
    s2.column_dimensions["A"].width = 50
    for col in "BCDEF":
        s2.column_dimensions[col].width = 13
    s2.column_dimensions["F"].width = 20
    s2.append([sm["title"]]); s2["A1"].font = Font(name="Liberation Sans", bold=True, size=11)
    s2.append([])
    s2.append(sm["header"])
    for col in range(1, 7):
        cl = s2.cell(3, col); cl.font = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF"); cl.fill = PatternFill("solid", fgColor="2F6B3A"); cl.border = B
        cl.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in sm["rows"]:
        s2.append(row); rr = s2.max_row
        for col in range(1, 7):
            cl = s2.cell(rr, col); cl.border = B; cl.font = Font(name="Liberation Sans", size=9, bold=row[0] == "Totale")
            cl.alignment = Alignment(horizontal="left" if col == 1 else "center")
    s2.append([]); s2.append([])
    s2.append(["Il grado di realizzazione è calcolato come rapporto tra valore conseguito e target, con un massimo del 100%; per gli indicatori di tempo e di costo il rapporto è inverso."])
    s2.cell(s2.max_row, 1).font = Font(name="Liberation Sans", size=8.5, italic=True)
    s2.append([]); s2.append([c["signature"][0]]); s2.cell(s2.max_row, 1).font = Font(name="Liberation Sans", size=10)
    s2.append([])
    for line in c["signature"][1].split(" – "):
        s2.append([line]); rr = s2.max_row
        s2.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=6)
        s2.cell(rr, 1).alignment = Alignment(horizontal="right"); s2.cell(rr, 1).font = Font(name="Liberation Sans", size=10)
    s2.page_setup.orientation = "landscape"; s2.page_setup.paperSize = s2.PAPERSIZE_A4; s2.page_setup.scale = 85
    s2.oddFooter.center.text = "Pagina &P di &N"; s2.oddHeader.right.text = "ERSAF – Relazione sulla performance 2023"
    s2.oddHeader.right.size = 8; s2.oddFooter.center.size = 8
    xf = os.path.join(HERE, name + ".xlsx"); wb.save(xf)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r41", "--headless", "--convert-to", "pdf", "--outdir", HERE, xf],
                   check=True, capture_output=True)
    about = ("Generated by make_r41.py from %s.content.json (hand-written, not from any extractor). LibreOffice Calc sheet, A4 landscape, header row repeated as print title. "
             "Cover rows print 'ERSAF – Ente Regionale per i Servizi all'Agricoltura e alle Foreste': issuer is the full name. Shaded full-width rows "
             "'MISSIONE NN – Titolo' are areas (code as printed, e.g. '09'). 'Cod. ob.' + 'Obiettivo operativo' (merged down over the objective's indicators) "
             "give the operational objective. No indicator code. 'Stato' holds R/PR/NR, defined by the legend row (R → achieved, PR → partially_achieved, "
             "NR → not_achieved; status_text as printed). 'Note' column → notes. Year 2023 from the header. The 'Riepilogo' sheet (counts by outcome) gives no records.") % name
    finish(name, c, recs, about)

if __name__ == "__main__":
    which = sys.argv[1:] or ["1", "2", "3"]
    files = {"1": "comune-santarcangelo-2024-relazione", "2": "crea-2025-piao", "3": "ersaf-lombardia-2023-relazione"}
    for k in which:
        c = json.load(open(os.path.join(HERE, files[k] + ".content.json")))
        {"1": make_s1, "2": make_s2, "3": make_s3}[k](c)

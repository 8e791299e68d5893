"""Round r28: renders the three samples with Debian chromium (HTML+CSS written here),
reads the PDFs back with pdfplumber for page/page_end, writes NAME.truth.json from content."""
import json, subprocess, hashlib, html, re, sys, os
import pdfplumber
from valparse import parse, met

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape
STATUS = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
          "Non raggiunto": "not_achieved", "Sospeso": "suspended"}
BADGE = {"Raggiunto": "ok", "Parzialmente raggiunto": "part", "Non raggiunto": "ko", "Sospeso": "sosp"}

def norm(s):
    return None if s is None or not str(s).strip() else " ".join(str(s).split())

def num_pct(s):
    p = parse(s)
    return p[1] if p[1] is not None and p[3] in ('%', None) else None

def record(**kw):
    r = {"page": None, "page_end": None, "area_code": None, "area_title": None, "objective_level": None,
         "objective_code": None, "objective_title": None, "indicator_code": None, "indicator": None,
         "type": None, "formula": None, "unit": None, "data_source": None, "weight": None, "baseline": None,
         "year": None, "target": None, "target_operator": None, "target_value": None, "target_value_max": None,
         "target_unit": None, "actual": None, "actual_operator": None, "actual_value": None,
         "actual_value_max": None, "actual_unit": None, "achievement": None, "notes": None, "status": None,
         "status_text": None, "comment": None, "met": None}
    better = kw.pop("better", None)
    r.update(kw)
    for k in ("indicator", "target", "actual", "baseline", "notes", "unit", "comment", "status_text",
              "objective_title", "area_title"):
        r[k] = norm(r[k])
    for side in ("target", "actual"):
        o, v, vm, u = parse(r[side])
        r[side + "_operator"], r[side + "_value"], r[side + "_value_max"], r[side + "_unit"] = o, v, vm, u
    r["met"] = met(r["target"], r["actual"], better)
    return r

def pdf_print(name, html_text):
    hp = os.path.join(HERE, name + ".html")
    open(hp, "w").write(html_text)
    out = os.path.join(HERE, name + ".pdf")
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + hp], check=True, capture_output=True)
    return out

BASE_CSS = """
* { font-variant-ligatures: none; }
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #222; margin: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th { text-align: left; }
.cover { break-after: page; position: relative; }
"""

# ---------------------------------------------------------------- sample 1
def html_asl(c):
    cv = c["cover"]
    css = BASE_CSS + """
@page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;
  @bottom-left { content: "ASL Città di Torino – Relazione sulla performance 2024"; font: 7.5pt 'Liberation Sans'; color: #666; }
  @bottom-right { content: "Pag. " counter(page) " di " counter(pages); font: 7.5pt 'Liberation Sans'; color: #666; }
  @top-right { content: "Sistema di gestione performance – stampa del 27/06/2025 10:42"; font: 7pt 'Liberation Sans'; color: #888; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } @top-right { content: none; } }
body { font-size: 9pt; }
.cover { text-align: center; padding-top: 30mm; }
.cover .reg { font-size: 11pt; color: #555; letter-spacing: 1px; }
.cover .short { font-size: 26pt; font-weight: bold; color: #0b5394; margin-top: 10mm; }
.cover .iss { font-size: 13pt; margin-top: 3mm; }
.cover .tit { font-size: 22pt; margin-top: 22mm; font-weight: bold; }
.cover .sub { font-size: 11pt; margin-top: 4mm; font-style: italic; }
.cover .foot { font-size: 9pt; margin-top: 40mm; color: #555; }
h1 { font-size: 14pt; color: #0b5394; border-bottom: 2px solid #0b5394; padding-bottom: 2mm; }
h2 { font-size: 11.5pt; color: #0b5394; margin: 7mm 0 2.5mm 0; break-after: avoid; }
p { text-align: justify; line-height: 1.35; font-size: 10pt; }
table.grid th, table.grid td { border: 0.75pt solid #8a97a8; padding: 3px 5px; vertical-align: top; }
table.grid th { background: #dde6f1; font-weight: bold; font-size: 8.5pt; }
table.staff { width: 70%; }
table.staff td.n, table.staff th.n { text-align: right; }
table.staff tr.tot td { font-weight: bold; background: #f1f4f8; }
td.ob { background: #f6f8fb; font-weight: bold; }
td.c { white-space: nowrap; }
.badge { display: inline-block; padding: 1px 6px; border-radius: 8px; font-weight: bold; font-size: 8pt; color: #fff; }
.badge.ok { background: #2e7d32; } .badge.part { background: #ef8f00; } .badge.ko { background: #c62828; }
td.note { font-size: 8pt; color: #333; }
"""
    h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='cover'><div class='reg'>{E(cv['region'])}</div><div class='short'>{E(cv['short'])}</div>"
             f"<div class='iss'>{E(cv['issuer'])}</div><div class='tit'>{E(cv['title'])}</div>"
             f"<div class='sub'>{E(cv['sub'])}</div><div class='foot'>{E(cv['foot'])}</div></div>")
    h.append("<h1>1. Premessa</h1>" + "".join(f"<p>{E(p)}</p>" for p in c["intro"]))
    h.append(f"<h2>{E(c['staff_title'])}</h2><table class='grid staff'><colgroup><col style='width:40%'>"
             + "<col>" * 4 + "</colgroup><thead><tr>")
    h.append("".join(f"<th{' class=n' if i else ''}>{E(x)}</th>" for i, x in enumerate(c["staff_header"])) + "</tr></thead><tbody>")
    for r in c["staff_rows"]:
        h.append(f"<tr{' class=tot' if r[0]=='Totale' else ''}>" + "".join(f"<td{' class=n' if i else ''}>{E(x)}</td>" for i, x in enumerate(r)) + "</tr>")
    h.append("</tbody></table>")
    h.append("<h1 style='break-before: page'>2. Risultati degli obiettivi operativi 2024</h1>")
    widths = [15, 6, 27, 5, 10, 10, 10, 17]
    for a in c["areas"]:
        h.append(f"<h2>Area strategica {E(a['code'])} – {E(a['title'])}</h2>")
        h.append("<table class='grid ind'><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) + "</colgroup><thead><tr>"
                 + "".join(f"<th>{E(x)}</th>" for x in c["header"]) + "</tr></thead><tbody>")
        for o in a["objectives"]:
            for i, r in enumerate(o["rows"]):
                h.append("<tr>")
                if i == 0:
                    h.append(f"<td class='ob' rowspan='{len(o['rows'])}'>{E(o['code'])} – {E(o['title'])}</td>")
                h.append(f"<td class='c'>{E(r['code'])}</td><td>{E(r['indicator'])}</td><td>{E(r['weight'])}</td>"
                         f"<td>{E(r['target'])}</td><td>{E(r['actual'])}</td>"
                         f"<td><span class='badge {BADGE[r['status']]}'>{E(r['status'])}</span></td>"
                         f"<td class='note'>{E(r['notes'] or '')}</td></tr>")
        h.append("</tbody></table>")
    h.append("</body></html>")
    return "\n".join(h)

def truth_asl(c):
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for r in o["rows"]:
                recs.append(dict(rec=record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                    objective_code=o["code"], objective_title=o["title"], indicator_code=r["code"],
                    indicator=r["indicator"], weight=parse(r["weight"])[1], year=2024, target=r["target"],
                    actual=r["actual"], notes=r["notes"], status=STATUS[r["status"]], status_text=r["status"],
                    better=r["better"]), cols={"Indicatore": r["indicator"], "Note": r["notes"]}))
    return recs

# ---------------------------------------------------------------- sample 2
def html_comune(c):
    cv = c["cover"]
    css = BASE_CSS + """
@page { size: A4; margin: 15mm 13mm 17mm 13mm;
  @bottom-center { content: counter(page); font: 8pt 'Liberation Sans'; color: #444; }
  @top-left { content: "Comune di Reggio Emilia – PIAO 2025-2027"; font: 7.5pt 'Liberation Sans'; color: #7a7a7a; }
  @top-right { content: "Sottosezione 2.2 – Performance"; font: 7.5pt 'Liberation Sans'; color: #7a7a7a; } }
@page :first { @bottom-center { content: none; } @top-left { content: none; } @top-right { content: none; } }
body { font-size: 8.5pt; }
.cover { padding-top: 45mm; padding-left: 10mm; border-left: 8mm solid #a3142d; }
.cover .iss { font-size: 24pt; font-weight: bold; color: #a3142d; }
.cover .tit { font-size: 18pt; margin-top: 18mm; }
.cover .sec { font-size: 12pt; margin-top: 10mm; color: #444; }
.cover .sub { font-size: 15pt; margin-top: 3mm; font-weight: bold; }
.cover .foot { font-size: 9pt; margin-top: 70mm; color: #555; }
h1 { font-size: 13pt; color: #a3142d; margin: 0 0 4mm 0; }
h2 { font-size: 10.5pt; margin: 6mm 0 2mm 0; break-after: avoid; }
p { text-align: justify; line-height: 1.4; font-size: 9.5pt; }
table.z th { background: #a3142d; color: #fff; padding: 4px 5px; font-weight: bold; vertical-align: bottom; }
table.z th.grp { text-align: center; border-bottom: 1px solid #fff; }
table.z td { padding: 3px 5px; vertical-align: top; }
table.z tr.odd td { background: #f4f4f4; } table.z tr.even td { background: #ffffff; }
table.z tr.area td { background: #5b5b5b; color: #fff; font-weight: bold; font-size: 9pt; padding: 4px 5px; }
table.z tr.os td { background: #d9d9d9; font-weight: bold; }
table.z tr.oo td { background: #efe3e5; font-style: italic; font-weight: bold; color: #5a0b18; }
table.z tr { break-inside: avoid; }
table.z td.t, table.z th.t { text-align: center; }
table.b td.n, table.b th.n { text-align: right; }
table.b tr:nth-child(even) td { background: #f4f4f4; }
table.b th { background: #a3142d; color: #fff; padding: 4px 5px; } table.b td { padding: 3px 5px; }
table.b tr.tot td { font-weight: bold; border-top: 1px solid #888; background: #fff; }
"""
    h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='cover'><div class='iss'>{E(cv['issuer'])}</div><div class='tit'>{E(cv['title'])}</div>"
             f"<div class='sec'>{E(cv['section'])}</div><div class='sub'>{E(cv['sub'])}</div><div class='foot'>{E(cv['foot'])}</div></div>")
    h.append("<h1>2.2 Performance</h1>" + "".join(f"<p>{E(p)}</p>" for p in c["intro"]))
    h.append(f"<h2>{E(c['budget_title'])}</h2><table class='b'><colgroup><col style='width:40%'><col><col><col></colgroup><thead><tr>"
             + "".join(f"<th{' class=n' if i else ''}>{E(x)}</th>" for i, x in enumerate(c["budget_header"])) + "</tr></thead><tbody>")
    for r in c["budget_rows"]:
        h.append(f"<tr{' class=tot' if r[0]=='Totale' else ''}>" + "".join(f"<td{' class=n' if i else ''}>{E(x)}</td>" for i, x in enumerate(r)) + "</tr>")
    h.append("</tbody></table>")
    h.append("<h2>Obiettivi strategici, obiettivi operativi e indicatori 2025-2027</h2>")
    hd = c["header"]; widths = [9, 31, 8, 9, 10, 10, 10, 13]
    h.append("<table class='z'><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) + "</colgroup><thead>"
             f"<tr><th rowspan=2>{E(hd[0])}</th><th rowspan=2>{E(hd[1])}</th><th rowspan=2>{E(hd[2])}</th><th rowspan=2>{E(hd[3])}</th>"
             f"<th colspan=3 class=grp>Target</th><th rowspan=2>{E(hd[7])}</th></tr>"
             f"<tr><th class=t>{hd[4]}</th><th class=t>{hd[5]}</th><th class=t>{hd[6]}</th></tr></thead><tbody>")
    for a in c["areas"]:
        h.append(f"<tr class='area'><td colspan=8>Area strategica {E(a['code'])} – {E(a['title'])}</td></tr>")
        for s in a["strategic"]:
            h.append(f"<tr class='os'><td colspan=8>Obiettivo strategico {E(s['code'])} – {E(s['title'])}</td></tr>")
            for o in s["operational"]:
                h.append(f"<tr class='oo'><td colspan=8>Obiettivo operativo {E(o['code'])} – {E(o['title'])}</td></tr>")
                for i, r in enumerate(o["rows"]):
                    cls = "odd" if i % 2 == 0 else "even"
                    h.append(f"<tr class='{cls}'><td>{E(r['code'])}</td><td>{E(r['indicator'])}</td><td>{E(r['unit'])}</td>"
                             f"<td>{E(r['baseline'])}</td>" + "".join(f"<td class=t>{E(t or '')}</td>" for t in r["targets"])
                             + f"<td>{E(r['service'])}</td></tr>")
    h.append("</tbody></table></body></html>")
    return "\n".join(h)

def truth_comune(c):
    recs = []
    for a in c["areas"]:
        for s in a["strategic"]:
            for o in s["operational"]:
                for r in o["rows"]:
                    for y, t in zip(c["years"], r["targets"]):
                        recs.append(dict(rec=record(area_code=a["code"], area_title=a["title"], objective_level="operational",
                            objective_code=o["code"], objective_title=o["title"], indicator_code=r["code"],
                            indicator=r["indicator"], unit=r["unit"], baseline=r["baseline"], year=y, target=t),
                            cols={"Indicatore": r["indicator"]}))
    return recs

# ---------------------------------------------------------------- sample 3
def html_uni(c):
    cv = c["cover"]
    css = BASE_CSS + """
@page { size: A4; margin: 16mm 14mm 16mm 14mm;
  @bottom-right { content: "pag. " counter(page); font: 7.5pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "Università degli Studi di Verona · Relazione sulla performance 2024 · Allegato 1"; font: 7.5pt 'Liberation Sans'; color: #555; } }
@page :first { @bottom-right { content: none; } @bottom-left { content: none; } }
body { font-size: 8.5pt; }
.cover { padding-top: 60mm; text-align: left; }
.cover .iss { font-size: 20pt; color: #1c3f6e; font-weight: bold; border-bottom: 3px solid #1c3f6e; padding-bottom: 4mm; }
.cover .tit { font-size: 24pt; margin-top: 14mm; }
.cover .sub { font-size: 12pt; margin-top: 5mm; color: #444; }
.cover .foot { font-size: 9pt; margin-top: 80mm; color: #555; }
h1 { font-size: 13pt; color: #1c3f6e; }
h2 { font-size: 11pt; color: #fff; background: #1c3f6e; padding: 2mm 3mm; margin: 6mm 0 3mm 0; break-after: avoid; }
p { text-align: justify; line-height: 1.4; font-size: 9.5pt; }
.kpi { display: flex; gap: 4mm; margin: 4mm 0; }
.kpi div { flex: 1; border: 1px solid #c9d3e0; border-radius: 4px; padding: 3mm; text-align: center; }
.kpi b { display: block; font-size: 16pt; color: #1c3f6e; }
table.s th, table.s td { padding: 3px 6px; border-bottom: 1px solid #c9d3e0; }
table.s th { background: #eef2f7; } table.s td.n, table.s th.n { text-align: right; }
table.s tr.tot td { font-weight: bold; }
.card { border: 1px solid #b9c6d8; border-radius: 5px; margin: 0 0 5mm 0; break-inside: avoid; overflow: hidden; }
.card .hd { background: #e8eef6; padding: 2.2mm 3mm; border-bottom: 1px solid #b9c6d8; }
.card .hd .lbl { font-size: 7.5pt; color: #1c3f6e; font-weight: bold; }
.card .hd .ti { font-size: 10pt; font-weight: bold; margin-top: 0.8mm; }
.card .meta { padding: 1.5mm 3mm; font-size: 7.8pt; color: #444; border-bottom: 1px solid #dde4ee; }
.card .meta span { margin-right: 6mm; }
.card table { margin: 0; }
.card th { font-size: 7.5pt; color: #555; font-weight: bold; padding: 2px 4px; border-bottom: 1px solid #9fb0c7; background: #fff; }
.card td { font-size: 8pt; padding: 3px 4px; border-bottom: 1px solid #e3e8ef; vertical-align: top; }
.card td.r, .card th.r { text-align: right; }
.dot { display: inline-block; width: 7px; height: 7px; border-radius: 50%; margin-right: 3px; }
.dot.ok { background: #2e7d32; } .dot.part { background: #f0a000; } .dot.ko { background: #c62828; } .dot.sosp { background: #9e9e9e; }
.card .nota { padding: 2mm 3mm; font-style: italic; color: #333; background: #fafbfd; font-size: 8pt; }
"""
    h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='cover'><div class='iss'>{E(cv['issuer'])}</div><div class='tit'>{E(cv['title'])}</div>"
             f"<div class='sub'>{E(cv['sub'])}</div><div class='foot'>{E(cv['foot'])}</div></div>")
    h.append("<h1>Nota metodologica</h1>" + "".join(f"<p>{E(p)}</p>" for p in c["intro"]))
    # summary of statuses
    cnt = {}
    for a in c["areas"]:
        for o in a["objectives"]:
            for r in o["rows"]:
                cnt[r["status"]] = cnt.get(r["status"], 0) + 1
    tot = sum(cnt.values())
    order = ["Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "Sospeso"]
    h.append(f"<h1>{E(c['summary_title'])}</h1><div class='kpi'>" + "".join(
        f"<div><b>{cnt.get(k,0)}</b>{E(k)}</div>" for k in order) + "</div>")
    h.append("<table class='s' style='width:60%'><thead><tr>" + "".join(
        f"<th{' class=n' if i else ''}>{E(x)}</th>" for i, x in enumerate(c["summary_header"])) + "</tr></thead><tbody>")
    for k in order:
        h.append(f"<tr><td><span class='dot {BADGE[k]}'></span>{E(k)}</td><td class=n>{cnt.get(k,0)}</td>"
                 f"<td class=n>{(100*cnt.get(k,0)/tot):.1f}%</td></tr>".replace(".", ","))
    h.append(f"<tr class=tot><td>Totale</td><td class=n>{tot}</td><td class=n>100,0%</td></tr></tbody></table>")
    h.append(f"<h1>{E(c['budget_title'])}</h1><table class='s'><colgroup><col style='width:34%'><col><col><col></colgroup><thead><tr>"
             + "".join(f"<th{' class=n' if i else ''}>{E(x)}</th>" for i, x in enumerate(c["budget_header"])) + "</tr></thead><tbody>")
    for r in c["budget_rows"]:
        h.append(f"<tr{' class=tot' if r[0]=='Totale' else ''}>" + "".join(f"<td{' class=n' if i else ''}>{E(x)}</td>" for i, x in enumerate(r)) + "</tr>")
    h.append("</tbody></table>")
    hd = c["header"]; widths = [7, 25, 12, 13, 12, 11, 7, 13]
    first = True
    for a in c["areas"]:
        brk = ' style="break-before: page"' if first else ''
        h.append(f"<h2{brk}>Ambito strategico {E(a['code'])} – {E(a['title'])}</h2>")
        first = False
        for o in a["objectives"]:
            h.append(f"<div class='card'><div class='hd'><div class='lbl'>OBIETTIVO STRATEGICO</div>"
                     f"<div class='ti'>{E(o['code'])} – {E(o['title'])}</div></div>"
                     f"<div class='meta'><span>Struttura responsabile: {E(o['owner'])}</span><span>Peso nell'ambito: {E(o['weight'])}</span>"
                     f"<span>N. indicatori: {len(o['rows'])}</span></div>")
            h.append("<table><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) + "</colgroup><thead><tr>"
                     + "".join(f"<th{' class=r' if 2 <= i <= 6 else ''}>{E(x)}</th>" for i, x in enumerate(hd)) + "</tr></thead><tbody>")
            for r in o["rows"]:
                h.append(f"<tr><td>{E(r['code'])}</td><td>{E(r['indicator'])}</td><td class=r>{E(r['baseline'])}</td>"
                         f"<td class=r>{E(r['target'])}</td><td class=r>{E(r['actual'])}</td><td class=r>{E(r['dev'])}</td>"
                         f"<td class=r>{E(r['ach'])}</td><td><span class='dot {BADGE[r['status']]}'></span>{E(r['status'])}</td></tr>")
            h.append("</tbody></table>")
            if o["note"]:
                h.append(f"<div class='nota'>{E(o['note'])}</div>")
            h.append("</div>")
    h.append("</body></html>")
    return "\n".join(h)

def truth_uni(c):
    recs = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for r in o["rows"]:
                comment = o["note"] if (o["note"] and len(o["rows"]) == 1) else None
                recs.append(dict(rec=record(area_code=a["code"], area_title=a["title"], objective_level="strategic",
                    objective_code=o["code"], objective_title=o["title"], indicator_code=r["code"],
                    indicator=r["indicator"], baseline=r["baseline"], year=2024, target=r["target"], actual=r["actual"],
                    achievement=num_pct(r["ach"]), status=STATUS[r["status"]], status_text=r["status"],
                    comment=comment, better=r["better"]), cols={"Indicatore": r["indicator"]}))
    return recs

# ---------------------------------------------------------------- read-back
def column_streams(pdf, label):
    """text of the column headed `label` on every page that shows that header, as (page, text)."""
    out = []
    for pno, page in enumerate(pdf.pages, 1):
        words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
        heads = [w for w in words if w["text"] == label]
        for hw in heads:
            same = sorted([w for w in words if abs(w["top"] - hw["top"]) < 12 and w["x0"] > hw["x1"]], key=lambda w: w["x0"])
            x1 = same[0]["x0"] - 2 if same else page.width
            out.append((pno, hw["top"], hw["x0"] - 2, x1))
    streams = []
    for pno, top, x0, x1 in out:
        page = pdf.pages[pno - 1]
        ws = [w for w in page.extract_words() if w["x0"] >= x0 and w["x1"] <= x1 + 1 and w["top"] >= top - 1]
        ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
        t = " ".join(w["text"] for w in ws)
        streams.append((pno, top, " ".join(t.split())))
    # one stream per page (first header on a page down to page end covers later tables too; dedupe by page)
    per_page = {}
    for pno, top, t in streams:
        if pno not in per_page or top < per_page[pno][0]:
            per_page[pno] = (top, t)
    return per_page

def locate(recs, pdf_path):
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        labels = set(l for r in recs for l in r["cols"] if r["cols"][l])
        streams = {l: column_streams(pdf, l) for l in labels}
    cursors = {l: (min(streams[l]), 0) for l in labels}
    last_ind = None; prev = None
    for r in recs:
        key = r["cols"]["Indicatore"]
        if last_ind == key:   # same row, next year's record
            r["rec"]["page"], r["rec"]["page_end"] = prev["rec"]["page"], prev["rec"]["page_end"]
            continue
        pages = []
        for l, text in r["cols"].items():
            if not text:
                continue
            t = " ".join(text.split())
            head, tail = t[:28], t[-28:]
            ps = streams[l]; pg, off = cursors[l]
            # find head from cursor
            found = None
            for p in sorted(ps):
                if p < pg: continue
                s = ps[p][1]
                i = s.find(head, off if p == pg else 0)
                if i >= 0:
                    found = (p, i); break
            assert found, (l, head)
            sp = found[0]
            endf = None
            for p in sorted(ps):
                if p < sp: continue
                s = ps[p][1]
                j = s.find(tail, found[1] if p == sp else 0)
                if j >= 0:
                    endf = (p, j + len(tail)); break
            assert endf, (l, tail)
            if l == "Indicatore":
                r["rec"]["page"] = sp
            pages.append(endf[0])
            cursors[l] = endf
        r["rec"]["page_end"] = max(pages)
        last_ind = key; prev = r
    return npages

def main():
    for name, mk_html, mk_truth in [("asl-citta-torino-2024-relazione", html_asl, truth_asl),
                                    ("comune-reggio-emilia-2025-piao", html_comune, truth_comune),
                                    ("universita-verona-2024-relazione", html_uni, truth_uni)]:
        c = json.load(open(os.path.join(HERE, name + ".content.json")))
        pdf = pdf_print(name, mk_html(c))
        recs = mk_truth(c)
        npages = locate(recs, pdf)
        sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        doc = {"schema": "perfextract/records@1",
               "_about": f"Generated by make_r28.py from {name}.content.json (chromium print, page read back with pdfplumber).",
               "source": {"path": name + ".pdf", "sha256": sha, "pages": npages},
               "document": c["document"], "indicators": [r["rec"] for r in recs], "warnings": []}
        json.dump(doc, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        split = [(r["rec"]["indicator_code"], r["rec"]["page"], r["rec"]["page_end"]) for r in recs if r["rec"]["page"] != r["rec"]["page_end"]]
        print(name, "pages", npages, "records", len(recs), "split rows", split)

if __name__ == "__main__":
    main()

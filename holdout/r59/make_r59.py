"""Round r59: renders NAME.pdf from NAME.content.json and writes NAME.truth.json from the content.
Usage: .venv/bin/python make_r59.py"""
import json, os, re, subprocess, sys, unicodedata, shutil, copy
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["universita-camerino-2023-relazione", "comune-lecco-2024-relazione", "parco-gran-sasso-laga-2024-relazione"]
SYM = {"{SYM_GE}": "≥", "{SYM_LE}": "≤"}

def ws(s):
    if s is None: return None
    for k, v in SYM.items(): s = s.replace(k, v)
    s = " ".join(s.split())
    return s or None

def pct_num(s):
    if s is None: return None
    m = re.match(r"^\s*([0-9]+(?:,[0-9]+)?)\s*%", s.replace("\u2009", " ").replace("\u00a0", " "))
    return float(m.group(1).replace(",", ".")) if m else None

# ---------------------------------------------------------------- truth
def records(c):
    year = c["document"]["year"]
    out = []
    for a in c["areas"]:
        for o in a["objectives"]:
            for i in o["indicators"]:
                (to, tv, tm, tu), (ao, av, am, au) = i["target_parsed"], i["actual_parsed"]
                status_text = i.get("esito") or o.get("esito")
                r = {"page": None, "page_end": None,
                     "area_code": a["code"], "area_title": ws(a["title"]),
                     "objective_level": o["level"], "objective_code": o["code"], "objective_title": ws(o["title"]),
                     "indicator_code": i["code"], "indicator": ws(i["indicator"]),
                     "type": None, "formula": None, "unit": None, "data_source": None,
                     "weight": pct_num(i.get("weight")), "baseline": ws(i.get("baseline")), "year": year,
                     "target": ws(i["target"]), "target_operator": to, "target_value": tv, "target_value_max": tm, "target_unit": tu,
                     "actual": ws(i["actual"]), "actual_operator": ao, "actual_value": av, "actual_value_max": am, "actual_unit": au,
                     "achievement": pct_num(i.get("achievement")), "notes": None,
                     "status": c["legend"][status_text] if status_text else None, "status_text": ws(status_text),
                     "comment": ws(i.get("note_row") or (o.get("esito_comment") if not i.get("esito") else None)),
                     "met": i["met"]}
                for k in ("target_value", "target_value_max", "actual_value", "actual_value_max"):
                    if r[k] is not None: r[k] = float(r[k])
                out.append(r)
    return out

# ---------------------------------------------------------------- read-back
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\uf0b3", "≥").replace("\uf0a3", "≤").replace("−", "-")
    return re.sub(r"\s+", "", s)

def readback(name, recs, c):
    pdf = pdfplumber.open(os.path.join(HERE, name + ".pdf"))
    pages = [norm(p.extract_text() or "") for p in pdf.pages]
    flat = [i for a in c["areas"] for o in a["objectives"] for i in o["indicators"]]
    start = 0
    for r, i in zip(recs, flat):
        words = r["indicator"].split()
        first, last = norm(" ".join(words[:3])), norm(words[-1])
        tgt = norm(ws(i["target"]))
        p0 = next((k for k in range(start, len(pages)) if first in pages[k]), None)
        assert p0 is not None, (name, r["indicator"], "first line not found")
        p1 = next((k for k in range(p0, len(pages)) if last in pages[k]), None)
        assert p1 is not None and p1 - p0 <= 1, (name, r["indicator"], "last line")
        both = pages[p0] + (pages[p1] if p1 != p0 else "")
        for cell in (i["target"], i["actual"], i.get("esito"), i.get("baseline"), i.get("note_row")):
            for tok in (ws(cell) or "").split():
                assert norm(tok) in both, (name, r["indicator"], cell, tok, "cell text not found")
        r["page"], r["page_end"] = p0 + 1, p1 + 1
        start = p0
    return len(pdf.pages)

# ---------------------------------------------------------------- LaTeX
def tex(s):
    if s is None: return ""
    s = s.replace("\\", "\\textbackslash{}")
    for a, b in [("&", "\\&"), ("%", "\\%"), ("_", "\\_"), ("#", "\\#")]:
        s = s.replace(a, b)
    s = re.sub(r"^≥ ", r"$\\geq$~", s); s = re.sub(r"^≤ ", r"$\\leq$~", s)
    s = s.replace("€ ", "\\texteuro~").replace("\u2009", "\\,").replace("\u00a0", "~").replace("−", "$-$")
    s = s.replace("’", "'")
    return s

def render_latex(c, name):
    d = c["document"]
    esiti = [i["esito"] for a in c["areas"] for o in a["objectives"] for i in o["indicators"]]
    L = []
    L.append(r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[italian]{babel}\usepackage[margin=2cm]{geometry}
\usepackage{booktabs,longtable,array}\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\lhead{\small Università degli Studi di Camerino}\rhead{\small Relazione sulla performance 2023}\cfoot{\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\newcolumntype{L}[1]{>{\raggedright\arraybackslash\hyphenpenalty=10000\exhyphenpenalty=10000}p{#1}}
\setlength{\parskip}{4pt}
\begin{document}
\begin{titlepage}\centering
\vspace*{3cm}{\LARGE\bfseries Università degli Studi di Camerino\par}\vspace{0.6cm}
{\large Direzione Generale -- Area Pianificazione, Finanza e Controllo\par}\vspace{4cm}
{\Huge\bfseries Relazione sulla performance\par}\vspace{0.4cm}{\LARGE Anno 2023\par}\vspace{1cm}
{\normalsize (art.~10, comma~1, lett.~b, del D.Lgs.~27 ottobre 2009, n.~150)\par}\vfill
{\normalsize Approvata dal Consiglio di Amministrazione nella seduta del 26 giugno 2024\\validata dal Nucleo di Valutazione il 10 luglio 2024\par}
\end{titlepage}
\section{Presentazione}
La presente Relazione chiude il ciclo della performance 2023 e rendiconta i risultati conseguiti dall'Ateneo rispetto agli obiettivi fissati nel Piano integrato di attività e organizzazione 2023--2025. Il documento è stato redatto in coerenza con le Linee guida dell'ANVUR per la gestione integrata del ciclo della performance delle università statali e con le indicazioni del Nucleo di Valutazione, al fine di offrire agli stakeholder un quadro fedele e verificabile dei risultati.

Nel 2023 l'Ateneo ha consolidato la propria offerta formativa, ha affrontato la fase di avvio dei progetti finanziati dal PNRR e ha proseguito nel percorso di semplificazione dei flussi documentali e di digitalizzazione degli uffici. I valori riportati nelle tabelle provengono dalle banche dati ministeriali (ANS, PROPER), dal sistema di contabilità economico-patrimoniale e dagli applicativi gestionali di Ateneo; ove il dato non è disponibile alla data di chiusura della Relazione è indicato con ``n.d.''.
\section{L'Ateneo in cifre}
La tabella~\ref{tab:pers} riporta la consistenza del personale al 31 dicembre 2023; la tabella~\ref{tab:fin} le principali voci di entrata del bilancio unico d'esercizio.
\begin{table}[h]\centering\small\caption{Personale in servizio al 31.12.2023}\label{tab:pers}
\begin{tabular}{lrrr}\toprule
Ruolo & 2022 & 2023 & Variazione\\\midrule
Professori ordinari & 78 & 81 & $+3$\\
Professori associati & 132 & 138 & $+6$\\
Ricercatori (RTD-A, RTD-B, RTT) & 96 & 101 & $+5$\\
Personale tecnico-amministrativo & 318 & 312 & $-6$\\
Collaboratori ed esperti linguistici & 11 & 11 & 0\\\midrule
Totale & 635 & 643 & $+8$\\\bottomrule
\end{tabular}\end{table}

\begin{table}[h]\centering\small\caption{Principali entrate 2023 (importi in euro)}\label{tab:fin}
\begin{tabular}{lrr}\toprule
Voce & Previsione definitiva & Accertato\\\midrule
Fondo di finanziamento ordinario (FFO) & 52\,418\,300,00 & 53\,006\,712,45\\
Contribuzione studentesca & 9\,870\,000,00 & 10\,112\,456,20\\
Finanziamenti per la ricerca da bandi competitivi & 5\,000\,000,00 & 5\,126\,450,00\\
Finanziamenti PNRR & 7\,250\,000,00 & 6\,418\,930,55\\\midrule
Totale & 74\,538\,300,00 & 74\,664\,549,20\\\bottomrule
\end{tabular}\end{table}

\section{I risultati della performance organizzativa}
Per ciascuna area strategica si riportano gli obiettivi strategici, gli indicatori con il relativo valore di partenza (baseline 2022), il target fissato per il 2023, il valore conseguito e l'esito della valutazione. L'esito è ``Raggiunto'' quando il valore conseguito soddisfa il target, ``Parzialmente raggiunto'' quando lo scostamento non supera il 10\% del target, ``Non raggiunto'' negli altri casi.
""")
    cols = c["columns"]
    for a in c["areas"]:
        L.append(r"\subsection*{Area strategica %s -- %s}" % (a["code"], tex(a["title"])))
        for o in a["objectives"]:
            L.append(r"\subsubsection*{Obiettivo strategico %s -- %s}" % (o["code"], tex(o["title"])))
            L.append(r"{\small\begin{longtable}{L{1.05cm}L{5.7cm}L{1.75cm}L{1.95cm}L{1.95cm}L{2.1cm}}\toprule")
            L.append(" & ".join(r"\textbf{%s}" % h for h in cols) + r"\\\midrule\endhead")
            L.append(r"\bottomrule\endlastfoot")
            for k, i in enumerate(o["indicators"]):
                L.append(" & ".join(tex(x) for x in [i["code"], i["indicator"], i["baseline"], i["target"], i["actual"], i["esito"]]) + r"\\" + (r"\addlinespace[2pt]" if k < len(o["indicators"]) - 1 else ""))
            L.append(r"\end{longtable}}")
    from collections import Counter
    cnt = Counter(esiti); n = len(esiti)
    L.append(r"""\section{Sintesi dei risultati}
Complessivamente sono stati monitorati %d indicatori. La tabella seguente ne riassume gli esiti; la quota di indicatori pienamente raggiunti conferma il trend positivo registrato nel biennio precedente, con una flessione limitata alla durata degli studi e al profilo di ricerca dei docenti.

\begin{table}[h]\centering\small\begin{tabular}{lrr}\toprule Esito & N. indicatori & \%%\\\midrule""" % n)
    for k in ["Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "Sospeso"]:
        L.append(r"%s & %d & %s\%%\\" % (k, cnt[k], f"{100*cnt[k]/n:.1f}".replace(".", ",")))
    L.append(r"""\midrule Totale & %d & 100,0\%%\\\bottomrule\end{tabular}\end{table}


L'indicatore relativo agli eventi di public engagement è stato sospeso in attesa della definizione delle nuove procedure di certificazione previste dal Regolamento di Ateneo per la terza missione; sarà riproposto nel Piano 2024--2026 con una diversa modalità di rilevazione.
\end{document}""" % n)
    bd = os.path.join(HERE, "build-" + name); os.makedirs(bd, exist_ok=True)
    open(os.path.join(bd, name + ".tex"), "w").write("\n".join(L))
    for _ in range(2):
        p = subprocess.run(["pdflatex", "-interaction=nonstopmode", name + ".tex"], cwd=bd, capture_output=True, text=True)
    if p.returncode: print(p.stdout[-3000:]); sys.exit(1)
    shutil.copy(os.path.join(bd, name + ".pdf"), os.path.join(HERE, name + ".pdf"))

# ---------------------------------------------------------------- DOCX -> LibreOffice
def render_docx(c, name):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    FONT = "Linux Libertine O:onum"
    doc = Document()
    sec = doc.sections[0]; sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2.2)
    def setfont(style_or_run, size=None, bold=None):
        f = style_or_run.font; f.name = FONT
        rpr = style_or_run.element.get_or_add_rPr() if hasattr(style_or_run.element, "get_or_add_rPr") else style_or_run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(k), FONT)
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(k)) is not None: del rf.attrib[qn(k)]
        if size: f.size = Pt(size)
        if bold is not None: f.bold = bold
    for st in ["Normal", "Heading 1", "Heading 2", "Title"]:
        setfont(doc.styles[st])
        doc.styles[st].font.color.rgb = RGBColor(0, 0, 0) if st == "Normal" else RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Heading 1"].font.size = Pt(15); doc.styles["Heading 2"].font.size = Pt(12.5)
    foot = sec.footer.paragraphs[0]; foot.text = "Comune di Lecco – Relazione sulla performance 2024"; foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def para(text, size=None, bold=False, align=None, space_after=6, italic=False):
        p = doc.add_paragraph(); add_runs(p, text, size, bold, italic)
        if align: p.alignment = align
        p.paragraph_format.space_after = Pt(space_after); return p
    def add_runs(p, text, size=None, bold=False, italic=False):
        for part in re.split(r"(\{SYM_GE\}|\{SYM_LE\})", text):
            if not part: continue
            r = p.add_run()
            if part in SYM:
                sym = OxmlElement("w:sym"); sym.set(qn("w:font"), "Symbol")
                sym.set(qn("w:char"), "F0B3" if part == "{SYM_GE}" else "F0A3"); r._r.append(sym)
            else:
                r.text = part
            if size: r.font.size = Pt(size)
            r.bold = bold; r.italic = italic
    def widths(t, W):
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), W): gc.set(qn("w:w"), str(int(w.emu / 635)))
        for row in t.rows:
            for j, w in enumerate(W): row.cells[j].width = w
    # cover
    for _ in range(5): para("")
    para("Comune di Lecco", 26, True, WD_ALIGN_PARAGRAPH.CENTER)
    para("Segreteria generale – Servizio Programmazione e controlli", 13, False, WD_ALIGN_PARAGRAPH.CENTER, 60)
    para("Relazione sulla performance", 24, True, WD_ALIGN_PARAGRAPH.CENTER)
    para("Anno 2024", 18, False, WD_ALIGN_PARAGRAPH.CENTER, 40)
    para("(art. 10, comma 1, lettera b), D.Lgs. 27 ottobre 2009, n. 150)", 11, False, WD_ALIGN_PARAGRAPH.CENTER, 120, True)
    para("Approvata con deliberazione della Giunta comunale n. 142 del 19 giugno 2025", 11, False, WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_page_break()
    doc.add_heading("1. Premessa", 1)
    para("La Relazione sulla performance è il documento con cui l’Amministrazione illustra ai cittadini e a tutti gli stakeholder i risultati organizzativi e individuali raggiunti nel 2024 rispetto agli obiettivi programmati nella sezione “Valore pubblico, performance e anticorruzione” del PIAO 2024–2026. Gli obiettivi operativi sono affidati ai dirigenti dei settori e declinati in indicatori misurabili, con valori attesi fissati in sede di approvazione del PEG.")
    para("I dati sono stati forniti dai responsabili dei servizi e verificati dal Nucleo di valutazione nella seduta del 5 giugno 2025. Per ciascun indicatore è riportato l’esito: “Raggiunto”, “Parzialmente raggiunto”, “Non raggiunto” oppure “Sospeso” quando la rilevazione non è stata possibile per cause non imputabili alla struttura.")
    doc.add_heading("2. Le risorse finanziarie", 1)
    para("La tabella riporta le risorse di parte corrente assegnate ai settori con il Piano esecutivo di gestione 2024 e gli impegni assunti al 31 dicembre.")
    fin = [("Settore", "Stanziamento definitivo", "Impegnato", "% impegnato"),
           ("Servizi demografici, URP", f"€\u00a01.842.300,00", f"€\u00a01.796.512,40", "97,5\u00a0%"),
           ("Finanze, tributi e patrimonio", f"€\u00a03.615.000,00", f"€\u00a03.488.975,12", "96,5\u00a0%"),
           ("Lavori pubblici e ambiente", f"€\u00a012.408.750,00", f"€\u00a011.206.331,87", "90,3\u00a0%"),
           ("Totale", f"€\u00a017.866.050,00", f"€\u00a016.491.819,39", "92,3\u00a0%")]
    t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
    for k, row in enumerate(fin):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = ""; add_runs(cells[j].paragraphs[0], v, 10, k == 0 or k == len(fin) - 1)
            if j: cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    widths(t, [Cm(6.6), Cm(3.8), Cm(3.8), Cm(2.4)])
    doc.add_heading("3. I risultati degli obiettivi operativi", 1)
    para("Di seguito sono riportati, per ciascun settore, gli obiettivi operativi assegnati con i relativi indicatori. I valori attesi espressi con “>=” o “≥” indicano una soglia minima, quelli con “<=” o “≤” una soglia massima.")
    W = [Cm(1.0), Cm(7.0), Cm(3.0), Cm(3.0), Cm(2.6)]
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)
    def rowprops(row, header=False):
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); trPr.append(cs)
        if header: h = OxmlElement("w:tblHeader"); trPr.append(h)
    for a in c["areas"]:
        doc.add_heading(f"Settore {a['code']} – {a['title']}", 1)
        for o in a["objectives"]:
            doc.add_heading(f"Obiettivo operativo {o['code']} – {o['title']}", 2)
            t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
            for j, h in enumerate(c["columns"]):
                cell = t.rows[0].cells[j]; cell.text = ""; add_runs(cell.paragraphs[0], h, 10, True); shade(cell, "D9E2F3")
            rowprops(t.rows[0], True)
            for i in o["indicators"]:
                cells = t.add_row().cells; rowprops(t.rows[-1])
                for j, v in enumerate([i["code"], i["indicator"], i["target"], i["actual"], i["esito"]]):
                    cells[j].text = ""; add_runs(cells[j].paragraphs[0], v, 10)
                    if j in (0, 2, 3): cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if i.get("note_row"):
                    cells = t.add_row().cells; rowprops(t.rows[-1])
                    m = cells[1].merge(cells[4]); m.text = ""; add_runs(m.paragraphs[0], i["note_row"], 9.5, False, True)
            widths(t, W)
            para("", space_after=2)
    doc.add_heading("4. Considerazioni conclusive", 1)
    para("Nel complesso, dei 15 indicatori monitorati 10 risultano raggiunti, 2 parzialmente raggiunti, 2 non raggiunti e 1 sospeso. Le criticità si concentrano sui tempi di risposta ai reclami e sugli interventi per i rifiuti abbandonati, per i quali il PIAO 2025–2027 prevede un rafforzamento del personale e l’attivazione dell’app “Lecco Segnala”.")
    para("Il Segretario generale – dott.ssa Maria Grazia Colombo", None, False, WD_ALIGN_PARAGRAPH.RIGHT)
    bd = os.path.join(HERE, "build-" + name); os.makedirs(bd, exist_ok=True)
    dp = os.path.join(bd, name + ".docx"); doc.save(dp)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r59", "--headless", "--convert-to", "pdf", "--outdir", bd, dp], check=True, capture_output=True)
    shutil.copy(os.path.join(bd, name + ".pdf"), os.path.join(HERE, name + ".pdf"))

# ---------------------------------------------------------------- reportlab
def render_rl(c, name):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DVS", D + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DVSB", D + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", D + "DejaVuSansCondensed.ttf")); pdfmetrics.registerFont(TTFont("DVCB", D + "DejaVuSansCondensed-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB")
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=13, spaceAfter=6, alignment=4)
    h1 = ParagraphStyle("h1", fontName="DVSB", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#2E5A1C"))
    h2 = ParagraphStyle("h2", fontName="DVSB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#2E5A1C"))
    h3 = ParagraphStyle("h3", fontName="DVSB", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="DVC", fontSize=8, leading=10)
    cellr = ParagraphStyle("cr", parent=cell, alignment=2)
    hdr = ParagraphStyle("h", fontName="DVCB", fontSize=8, leading=10, textColor=colors.white)
    title = ParagraphStyle("t", fontName="DVSB", fontSize=20, leading=26, alignment=1, spaceAfter=8, textColor=colors.HexColor("#2E5A1C"))
    sub = ParagraphStyle("s", fontName="DVS", fontSize=11, leading=15, alignment=1, spaceAfter=4)
    X = lambda s: (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    S = []
    S += [Spacer(1, 1.5*cm), Paragraph("Ente Parco Nazionale del Gran Sasso e Monti della Laga", title),
          Paragraph("Servizio Amministrativo – Ufficio Pianificazione e Controllo di gestione", sub), Spacer(1, 0.6*cm),
          Paragraph("RELAZIONE SULLA PERFORMANCE 2024", ParagraphStyle("t2", parent=title, fontSize=16)),
          Paragraph("adottata con deliberazione del Consiglio direttivo n. 18 del 26 giugno 2025", sub), Spacer(1, 0.8*cm)]
    S.append(Paragraph("1. Introduzione", h1))
    S.append(Paragraph("La Relazione illustra i risultati conseguiti nel 2024 rispetto agli obiettivi del Piano integrato di attività e organizzazione 2024–2026, sezione “Performance”. Gli obiettivi strategici discendono dal Piano per il Parco e sono declinati in obiettivi operativi assegnati alle strutture dell’Ente; per ciascun indicatore sono riportati il peso, il valore di partenza (baseline 2023), il target, il consuntivo e il grado di raggiungimento.", body))
    S.append(Paragraph("Nel 2024 l’Ente ha operato su un territorio di 143\u2009311 ettari distribuiti in 44 comuni di tre regioni, con una dotazione organica di 52 unità. Le variazioni percentuali negative sono indicate con il segno “−”; le superfici sono espresse in ettari con una cifra decimale.", body))
    S.append(Paragraph("2. Le risorse finanziarie", h1))
    S.append(Paragraph("Tabella 1 – Entrate e spese di competenza 2024 (importi in euro)", h3))
    fin = [["Voce", "Previsione definitiva", "Accertamenti / Impegni", "Scostamento"],
           ["Trasferimenti correnti dal Ministero dell’Ambiente", "6\u2009482\u2009000,00", "6\u2009482\u2009000,00", "0,0 %"],
           ["Entrate extratributarie (servizi, concessioni)", "215\u2009000,00", "238\u2009614,90", "+11,0 %"],
           ["Spese per il personale", "2\u2009915\u2009400,00", "2\u2009847\u2009120,55", "−2,3 %"],
           ["Acquisto di beni e servizi", "1\u2009260\u2009000,00", "1\u2009187\u2009512,40", "−5,8 %"],
           ["Investimenti (Titolo II)", "3\u2009740\u2009500,00", "2\u2009118\u2009905,16", "−43,4 %"]]
    ft = Table([[Paragraph(X(v), hdr if r == 0 else (cell if j == 0 else cellr)) for j, v in enumerate(row)] for r, row in enumerate(fin)],
               colWidths=[7.4*cm, 3.2*cm, 3.6*cm, 2.6*cm])
    ft.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E5A1C")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    S += [ft, Spacer(1, 3), Paragraph("Fonte: rendiconto generale 2024.", ParagraphStyle("f", parent=cell, fontSize=7.5)), Spacer(1, 6)]
    S.append(Paragraph("3. Risultati per obiettivo", h1))
    S.append(Paragraph("Il grado di raggiungimento è pari al 100 % quando il consuntivo rispetta il target; negli altri casi è calcolato in proporzione, fino ad annullarsi per scostamenti di segno opposto a quello atteso.", body))
    W = [1.1*cm, 4.6*cm, 1.0*cm, 2.5*cm, 2.7*cm, 2.5*cm, 2.6*cm]
    for a in c["areas"]:
        S.append(Paragraph(f"Obiettivo strategico {a['code']} – {X(a['strategic_title'])}", h2))
        for o in a["objectives"]:
            S.append(Paragraph(f"Obiettivo operativo {o['code']} – {X(o['title'])}", h3))
            data = [[Paragraph(X(h), hdr) for h in c["columns"]]]
            for i in o["indicators"]:
                data.append([Paragraph(X(i["code"]), cell), Paragraph(X(i["indicator"]), cell), Paragraph(X(i["weight"]), cellr),
                             Paragraph(X(i["baseline"]), cellr), Paragraph(X(i["target"]), cellr), Paragraph(X(i["actual"]), cellr),
                             Paragraph(X(i["achievement"]), cellr)])
            t = Table(data, colWidths=W, repeatRows=1)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E5A1C")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3EA")])]))
            S.append(t); S.append(Spacer(1, 4))
            S.append(Paragraph(f"<b>Esito:</b> {X(o['esito'])}", body))
            if o.get("esito_comment"): S.append(Paragraph(X(o["esito_comment"]), body))
    S.append(Paragraph("4. Conclusioni", h1))
    S.append(Paragraph("La performance organizzativa complessiva dell’Ente, calcolata come media dei gradi di raggiungimento ponderata per i pesi, è pari all’89,4 %. Il Nucleo indipendente di valutazione ha validato la Relazione nella seduta del 3 luglio 2025.", body))
    def deco(canv, doc):
        canv.saveState(); canv.setFont("DVC", 7.5); canv.setFillColor(colors.grey)
        canv.drawString(2*cm, 1.2*cm, "Ente Parco Nazionale del Gran Sasso e Monti della Laga – Relazione sulla performance 2024")
        canv.drawRightString(A4[0]-2*cm, 1.2*cm, f"pag. {doc.page}"); canv.restoreState()
    SimpleDocTemplate(os.path.join(HERE, name + ".pdf"), pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2*cm, bottomMargin=2*cm,
                      title="Relazione sulla performance 2024").build(S, onFirstPage=deco, onLaterPages=deco)

RENDER = {"pdflatex": render_latex, "LibreOffice from DOCX": render_docx, "reportlab": render_rl}

def main():
    for name in (sys.argv[1:] or NAMES):
        c = json.load(open(os.path.join(HERE, name + ".content.json")))
        RENDER[c["producer"]](c, name)
        recs = records(c)
        npages = readback(name, recs, c)
        truth = {"schema": "perfextract/records@1", "source": {"path": name + ".pdf", "pages": npages},
                 "document": c["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(os.path.join(HERE, name + ".truth.json"), "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records", [(r["indicator_code"], r["page"], r["page_end"]) for r in recs])

if __name__ == "__main__":
    main()

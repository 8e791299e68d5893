import json, re, subprocess, sys, os, html
import pdfplumber
D="/work/blind/r44"
def ws(s): return None if s is None else (re.sub(r"\s+"," ",s).strip() or None)
# ---------- value parser (RECORDS.md rules) ----------
def parse(s):
    n=dict(op=None,val=None,unit=None)
    if s is None: return n
    t=ws(s); t=re.sub(r"\([^)]*\)","",t).strip()
    if re.search(r"\d{1,2}/\d{1,2}/\d{4}",t): return n
    op=None
    for pat,o in [(r"^(≥|>=|almeno|non inferiore a)\s*",">="),(r"^(≤|<=|entro|non superiore a)\s*","<="),(r"^>\s*",">"),(r"^<\s*","<"),(r"^=\s*","=")]:
        m=re.match(pat,t)
        if m: op=o; t=t[m.end():]; break
    unit=None
    m=re.match(r"^(€|gg\.?)\s*",t)
    if m: unit={"€":"EUR"}.get(m.group(1),"days"); t=t[m.end():]
    m=re.match(r"^(-?\d[\d.]*(?:,\d+)?)\s*(.*)$",t)
    if not m: return n
    num,rest=m.group(1),m.group(2)
    if re.search(r"\d",rest): return n
    v=float(num.replace(".","").replace(",",".")) if (("," in num) or re.search(r"\.\d{3}(\.|$)",num)) else float(num)
    if rest.startswith("%"): unit="%"
    elif re.match(r"(gg|giorni)\b",rest): unit="days"
    elif re.match(r"mesi\b",rest): unit="months"
    elif re.match(r"(€|euro)\b",rest): unit="EUR"
    if v==int(v): v=int(v)
    return dict(op=op or "=",val=v,unit=unit)
def met(tp,ap,d):
    if tp["val"] is None or ap["val"] is None: return None
    if tp["unit"] and ap["unit"] and tp["unit"]!=ap["unit"]: return None
    t,a=tp["val"],ap["val"]; o=tp["op"]
    if o==">=": return a>=t
    if o=="<=": return a<=t
    if o==">": return a>t
    if o=="<": return a<t
    if a==t: return True
    if d=="higher": return a>=t
    if d=="lower": return a<=t
    return None
STAT={"Raggiunto":"achieved","RAGGIUNTO":"achieved","Parzialmente raggiunto":"partially_achieved","Non raggiunto":"not_achieved","Sospeso":"suspended"}
def rec(**k):
    tp,ap=parse(k.get("target")),parse(k.get("actual"))
    r=dict(page=None,page_end=None,area_code=None,area_title=None,objective_level=None,objective_code=None,objective_title=None,
           indicator_code=None,indicator=None,type=None,formula=None,unit=None,data_source=None,weight=None,baseline=None,year=None,
           target=None,target_operator=tp["op"],target_value=tp["val"],target_value_max=None,target_unit=tp["unit"],
           actual=None,actual_operator=ap["op"],actual_value=ap["val"],actual_value_max=None,actual_unit=ap["unit"],
           achievement=None,notes=None,status=None,status_text=None,comment=None,met=met(tp,ap,k.pop("dir",None)))
    for a,b in k.items():
        r[a]=ws(b) if isinstance(b,str) else b
    if r["status_text"]: r["status"]=STAT[r["status_text"]]
    return r
def soffice(path):
    subprocess.run(["soffice","-env:UserInstallation=file:///tmp/lo-r44","--headless","--convert-to","pdf","--outdir",D,path],check=True,capture_output=True)

# ---------- ATER: Writer ----------
def make_ater(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc=Document(); st=doc.styles["Normal"]; st.font.name="Calibri"; st.font.size=Pt(10.5)
    sec=doc.sections[0]; sec.left_margin=sec.right_margin=Cm(1.8); sec.top_margin=Cm(2); sec.bottom_margin=Cm(2)
    sec.footer.paragraphs[0].text="ATER Roma – Relazione sulla performance 2023"; sec.footer.paragraphs[0].runs[0].font.size=Pt(8)
    def shade(cell,col):
        tcPr=cell._tc.get_or_add_tcPr(); s=OxmlElement("w:shd"); s.set(qn("w:val"),"clear"); s.set(qn("w:fill"),col); tcPr.append(s)
    def hdr(row):
        trPr=row._tr.get_or_add_trPr(); h=OxmlElement("w:tblHeader"); h.set(qn("w:val"),"true"); trPr.append(h)
    cv=c["cover"]
    for i,t in enumerate(cv):
        p=doc.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER
        if i in (0,2): p.paragraph_format.space_before=Pt(90 if i==0 else 120)
        r=p.add_run(t); r.bold=i in (0,2,3); r.font.size=Pt({0:28,1:13,2:24,3:18}.get(i,10)); r.font.color.rgb=RGBColor(0x1F,0x4E,0x79) if i<4 else RGBColor(0x40,0x40,0x40)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("1. Premessa",level=1)
    for t in c["intro"]: doc.add_paragraph(t).alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_heading("2. L'organizzazione",level=1)
    doc.add_paragraph("L'Azienda è articolata in una Direzione Generale e quattro Direzioni: Tecnica, Patrimonio, Utenza e Amministrazione. La consistenza del personale è riportata nella tabella seguente.")
    s=c["staff"]; p=doc.add_paragraph(); p.add_run(s["title"]).bold=True
    t=doc.add_table(rows=1,cols=len(s["header"])); t.style="Table Grid"
    for i,h in enumerate(s["header"]): t.rows[0].cells[i].text=h; shade(t.rows[0].cells[i],"D9E2F3"); t.rows[0].cells[i].paragraphs[0].runs[0].bold=True
    for row in s["rows"]:
        cells=t.add_row().cells
        for i,v in enumerate(row): cells[i].text=v
    doc.add_paragraph()
    doc.add_heading("3. I risultati degli obiettivi di performance organizzativa",level=1)
    doc.add_paragraph("Legenda stato: Raggiunto (≥ 100%), Parzialmente raggiunto (tra 80% e 99,9%), Non raggiunto (< 80%), Sospeso (obiettivo neutralizzato).").runs[0].italic=True
    H=["Cod.","Indicatore","Peso %","Target 2023","Valore consuntivo 2023","% ragg.","Stato"]
    W=[Cm(1.3),Cm(4.3),Cm(1.4),Cm(2.9),Cm(2.8),Cm(2.1),Cm(2.6)]
    recs=[]
    for a in c["areas"]:
        doc.add_heading(f"Area strategica {a['code']} – {a['title']}",level=2)
        for o in a["objs"]:
            p=doc.add_paragraph(); r=p.add_run(f"Obiettivo strategico {o['code']} – {o['title']}"); r.bold=True; r.font.color.rgb=RGBColor(0x1F,0x4E,0x79)
            t=doc.add_table(rows=1,cols=7); t.style="Table Grid"; t.autofit=False
            hdr(t.rows[0])
            for i,h in enumerate(H):
                cl=t.rows[0].cells[i]; cl.text=h; shade(cl,"1F4E79"); rr=cl.paragraphs[0].runs[0]; rr.bold=True; rr.font.size=Pt(8.5); rr.font.color.rgb=RGBColor(255,255,255)
            for ind in o["inds"]:
                cells=t.add_row().cells
                vals=[ind["code"],ind["name"],"" if ind["weight"] is None else str(ind["weight"]),ind["target"],ind["actual"],"" if ind["ach"] is None else (str(ind["ach"]).replace(".",",")+"%"),ind["status"]]
                for i,v in enumerate(vals):
                    cells[i].text=v or ""; 
                    for rr in cells[i].paragraphs[0].runs: rr.font.size=Pt(9)
                col={"Raggiunto":"C6EFCE","Parzialmente raggiunto":"FFEB9C","Non raggiunto":"FFC7CE","Sospeso":"D9D9D9"}[ind["status"]]
                shade(cells[6],col)
                if ind["comment"]:
                    cc=t.add_row().cells; m=cc[1].merge(cc[6]); m.text=ind["comment"]
                    for rr in m.paragraphs[0].runs: rr.italic=True; rr.font.size=Pt(9)
                recs.append(dict(_find=[ind["name"]],_last=ind["comment"] or ind["status"],area_code=a["code"],area_title=a["title"],objective_level="strategic",objective_code=o["code"],objective_title=o["title"],
                    indicator_code=ind["code"],indicator=ind["name"],weight=ind["weight"],year=2023,target=ind["target"],actual=ind["actual"],achievement=ind["ach"],status_text=ind["status"],comment=ind["comment"],dir=ind["dir"]))
            for i,w in enumerate(W): t.columns[i].width=w
            for row in t.rows:
                for i,w in enumerate(W): row.cells[i].width=w
            doc.add_paragraph()
    doc.add_heading("4. Conclusioni",level=1)
    doc.add_paragraph("Nel complesso, su 15 indicatori misurati 10 risultano raggiunti, 3 parzialmente raggiunti, 1 non raggiunto e 1 sospeso. Il grado medio di raggiungimento della performance organizzativa, calcolato come media ponderata dei pesi, è pari al 96,8%.").alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    p=f"{D}/{c['name']}.docx"; doc.save(p); soffice(p); os.remove(p)
    return recs

# ---------- Unistra: chromium ----------
def make_unistra(c):
    e=html.escape; Y=c["years"]
    css="""@page{size:A4 landscape;margin:16mm 14mm 16mm 14mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
    .cover{height:170mm;display:flex;flex-direction:column;justify-content:center;align-items:center;text-align:center;page-break-after:always;border:3px solid #7a1f2b}
    .cover .u{font-size:22pt;color:#7a1f2b;font-weight:bold}.cover .t{font-size:20pt;margin-top:30mm;font-weight:bold}.cover .y{font-size:16pt;margin-top:6mm}.cover .s{margin-top:14mm;font-size:11pt}
    h1{color:#7a1f2b;font-size:14pt;border-bottom:2px solid #7a1f2b} h2{font-size:11.5pt;color:#7a1f2b}
    p{text-align:justify;line-height:1.4} table{border-collapse:collapse;width:100%} th,td{border:0.6pt solid #888;padding:3px 4px;vertical-align:top}
    th{background:#7a1f2b;color:#fff;font-size:8.5pt} thead{display:table-header-group} tr{break-inside:auto}
    td.area{background:#f2dcdb;font-weight:bold} td.num{text-align:center} .small td{font-size:9pt}
    .foot{font-size:7.5pt;color:#555;margin-top:4px}"""
    h=[f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='cover'>"]
    cv=c["cover"]; h.append(f"<div class='u'>{e(cv[0])}</div><div class='t'>{e(cv[1])}</div><div class='y'>{e(cv[2])}</div><div class='s'>{e(cv[3])}</div><div class='s'><i>{e(cv[4])}</i></div></div>")
    h.append("<h1>SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE</h1><h2>2.2 Sottosezione Performance</h2>")
    for t in c["intro"]: h.append(f"<p>{e(t)}</p>")
    s=c["staff"]; h.append(f"<p><b>{e(s['title'])}</b></p><table class='small' style='width:60%'><thead><tr>"+"".join(f"<th>{e(x)}</th>" for x in s["header"])+"</tr></thead><tbody>")
    for r in s["rows"]: h.append("<tr>"+"".join(f"<td{' class=num' if i else ''}>{e(v)}</td>" for i,v in enumerate(r))+"</tr>")
    h.append("</tbody></table><p>Fonte: Ufficio Personale, dati al 31/12/2024.</p>")
    h.append("<h2>2.2.1 Obiettivi operativi, indicatori e target del triennio</h2><p>La tabella che segue riporta, per ambito strategico, gli obiettivi operativi del triennio 2025-2027 con i relativi indicatori e target annuali.</p>")
    H=["Obiettivo operativo","Cod.","Indicatore","Valore di partenza (2023)"]+[f"Target {y}" for y in Y]+["Struttura responsabile"]
    h.append("<table style='table-layout:fixed'><colgroup><col style='width:17%'><col style='width:5%'><col style='width:25%'><col style='width:9%'><col style='width:10%'><col style='width:10%'><col style='width:10%'><col style='width:14%'></colgroup><thead><tr>"+"".join(f"<th>{e(x)}</th>" for x in H)+"</tr></thead><tbody>")
    recs=[]
    for a in c["areas"]:
        h.append(f"<tr><td class='area' colspan='8'>AMBITO STRATEGICO {a['code']} – {e(a['title'])}</td></tr>")
        for o in a["objs"]:
            for k,ind in enumerate(o["inds"]):
                h.append("<tr>")
                if k==0: h.append(f"<td rowspan='{len(o['inds'])}'><b>{o['code']}</b> – {e(o['title'])}</td>")
                h.append(f"<td class='num'>{ind['code']}</td><td>{e(ind['name'])}</td><td class='num'>{e(ind['base'])}</td>"+"".join(f"<td class='num'>{e(v)}</td>" for v in ind["t"])+f"<td>{e(ind['resp'])}</td></tr>")
                for y,v in zip(Y,ind["t"]):
                    recs.append(dict(_find=[ind["name"]],_last=ind["resp"],area_code=a["code"],area_title=a["title"],objective_level="operational",objective_code=o["code"],objective_title=o["title"],
                      indicator_code=ind["code"],indicator=ind["name"],baseline=ind["base"],year=y,target=v,actual=None,achievement=None,status_text=None,comment=None,dir=None))
    h.append("</tbody></table><div class='foot'>I target «—» indicano annualità in cui l'indicatore non è misurato; «n.d.» indica target da definire in sede di aggiornamento del Piano.</div>")
    h.append("<h2>2.2.2 Collegamento con la performance individuale</h2><p>Gli obiettivi operativi sono assegnati ai responsabili di struttura con il sistema di misurazione e valutazione della performance (SMVP) vigente; il loro grado di raggiungimento concorre per il 60% alla valutazione dei dirigenti e dei responsabili di area.</p></body></html>")
    p=f"{D}/{c['name']}.html"; open(p,"w").write("".join(h))
    subprocess.run(["chromium","--headless=new","--no-sandbox","--disable-gpu","--no-pdf-header-footer",f"--print-to-pdf={D}/{c['name']}.pdf","file://"+p],check=True,capture_output=True)
    return recs

# ---------- Vesuvio: reportlab ----------
def make_vesuvio(c):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV","/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB","/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping; addMapping("DV",0,0,"DV"); addMapping("DV",1,0,"DVB")
    ss=getSampleStyleSheet(); N=ParagraphStyle("n",parent=ss["Normal"],fontName="DV",fontSize=9.5,leading=13,alignment=4)
    C=ParagraphStyle("c",parent=N,fontSize=8.5,leading=10.5,alignment=0); CB=ParagraphStyle("cb",parent=C,fontName="DVB",textColor=colors.white)
    H1=ParagraphStyle("h1",parent=N,fontName="DVB",fontSize=13,leading=17,textColor=colors.HexColor("#2e5e1e"),spaceBefore=8,spaceAfter=6)
    H2=ParagraphStyle("h2",parent=H1,fontSize=11,leading=14)
    green=colors.HexColor("#2e5e1e"); light=colors.HexColor("#e4efdc")
    def foot(cv,docx):
        cv.saveState(); cv.setFont("DV",7.5); cv.drawString(20*mm,10*mm,"Ente Parco Nazionale del Vesuvio – Relazione sulla performance 2024"); cv.drawRightString(190*mm,10*mm,f"pag. {docx.page}"); cv.restoreState()
    def cover(cv,docx):
        cv.saveState(); cv.setFillColor(green); cv.rect(0,230*mm,210*mm,67*mm,fill=1,stroke=0); cv.setFillColor(colors.white); cv.setFont("DVB",22); cv.drawCentredString(105*mm,262*mm,c["cover"][0])
        cv.setFillColor(green); cv.setFont("DVB",26); cv.drawCentredString(105*mm,170*mm,c["cover"][1]); cv.setFont("DVB",18); cv.drawCentredString(105*mm,155*mm,c["cover"][2])
        cv.setFont("DV",10); cv.setFillColor(colors.black); cv.drawCentredString(105*mm,60*mm,c["cover"][3]); cv.restoreState()
    st=[PageBreak(),Paragraph("1. Presentazione",H1)]+[Paragraph(t,N) for t in c["intro"]]+[Spacer(1,6)]
    b=c["budget"]; st+= [Paragraph("2. Le risorse finanziarie",H1),Paragraph("La tabella riepiloga le risorse di competenza dell'esercizio per missione e programma.",N),Spacer(1,4),Paragraph("<b>"+b["title"]+"</b>",C),Spacer(1,3)]
    bt=Table([[Paragraph(x,CB) for x in b["header"]]]+[[Paragraph(v,C) for v in r] for r in b["rows"]],colWidths=[70*mm,35*mm,35*mm,30*mm])
    bt.setStyle(TableStyle([("BACKGROUND",(0,0),(-1,0),green),("GRID",(0,0),(-1,-1),0.5,colors.grey),("BACKGROUND",(0,-1),(-1,-1),light)])); st+=[bt,Spacer(1,8)]
    st+=[Paragraph("3. Risultati per obiettivo operativo",H1),Paragraph("Di seguito le schede degli obiettivi operativi 2024. L'esito è attestato dall'OIV sulla base della documentazione trasmessa dai responsabili; sotto l'esito è riportata la relazione sintetica del responsabile dell'obiettivo.",N)]
    recs=[]; n=0
    for k,s in enumerate(c["schede"]):
        kv=[["Obiettivo strategico",f"{s['os'][0]} – {s['os'][1]}"],["Obiettivo operativo",f"{s['oo'][0]} – {s['oo'][1]}"],["Struttura responsabile",s["resp"]],["Peso dell'obiettivo",s["peso"]]]
        kt=Table([[Paragraph("<b>"+a+"</b>",C),Paragraph(v,C)] for a,v in kv],colWidths=[45*mm,125*mm])
        kt.setStyle(TableStyle([("BACKGROUND",(0,0),(0,-1),light),("GRID",(0,0),(-1,-1),0.5,colors.grey),("VALIGN",(0,0),(-1,-1),"TOP")]))
        rows=[[Paragraph(x,CB) for x in ["N.","Indicatore","Formula di calcolo","Target 2024","Valore conseguito 2024"]]]
        for j,ind in enumerate(s["inds"]):
            code=f"{s['oo'][0]}.{j+1}"
            rows.append([Paragraph(code,C),Paragraph(ind["name"],C),Paragraph(ind["formula"],C),Paragraph(ind["target"],C),Paragraph(ind["actual"],C)])
            cm=s["relaz"]
            recs.append(dict(_find=[ind["name"]],_last=ind["actual"],area_code=s["os"][0],area_title=None,objective_level="operational",objective_code=s["oo"][0],objective_title=s["oo"][1],indicator_code=code,indicator=ind["name"],formula=ind["formula"],year=2024,target=ind["target"],actual=ind["actual"],status_text=s["esito"],comment=cm,dir=ind["dir"]))
        it=Table(rows,colWidths=[14*mm,62*mm,44*mm,24*mm,26*mm],repeatRows=1)
        it.setStyle(TableStyle([("BACKGROUND",(0,0),(-1,0),green),("GRID",(0,0),(-1,-1),0.5,colors.grey),("VALIGN",(0,0),(-1,-1),"TOP")]))
        col={"Raggiunto":"#2e7d32","Parzialmente raggiunto":"#b26a00","Non raggiunto":"#c62828"}[s["esito"]]
        st+=[Spacer(1,8),Paragraph(f"Scheda {k+1}",H2),kt,Spacer(1,4),it,Spacer(1,3),Paragraph(f"<b>Esito: <font color='{col}'>{s['esito']}</font></b>",N)]
        if s["relaz"]: st.append(Paragraph(s["relaz"],N))
    st+=[Spacer(1,8),Paragraph("4. Conclusioni",H1),Paragraph("Dei sei obiettivi operativi, tre risultano raggiunti, due parzialmente raggiunti e uno non raggiunto. Il grado complessivo di raggiungimento della performance organizzativa, ponderato per i pesi degli obiettivi, è pari all'86,5%.",N)]
    d=SimpleDocTemplate(f"{D}/{c['name']}.pdf",pagesize=A4,leftMargin=20*mm,rightMargin=20*mm,topMargin=18*mm,bottomMargin=18*mm,title="Relazione sulla performance 2024")
    d.build(st,onFirstPage=cover,onLaterPages=foot)
    return recs

def readback(name,recs):
    toks=[]
    with pdfplumber.open(f"{D}/{name}.pdf") as pdf:
        npg=len(pdf.pages)
        for pi,p in enumerate(pdf.pages):
            for w in re.sub(r"-(?=\S)","- ",p.extract_text() or "").split(): toks.append((w,pi+1))
    W=[t[0] for t in toks]
    def contig(ws,start):
        for k in range(start,len(W)-len(ws)+1):
            if W[k:k+len(ws)]==ws: return k
        return None
    cur=0; prev=None
    for r in recs:
        nm=r["indicator"]; last=r.pop("_last",None)
        if prev==nm: r["page"],r["page_end"]=pp; continue
        nw=re.sub(r"-(?=\S)","- ",nm).split(); k0=cur
        while True:
            k=contig(nw[:1],k0); assert k is not None,(name,nm)
            pos=k; ok=True
            for w in nw[1:]:
                m=None
                for q in range(pos+1,min(pos+30,len(W))):
                    if W[q]==w: m=q; break
                if m is None: ok=False; break
                pos=m
            if ok: break
            k0=k+1
        end=pos
        if last:
            lw=re.sub(r"-(?=\S)","- ",last).split()[-1:]; l=contig(lw,k); assert l is not None and toks[l][1]-toks[k][1]<=1,(name,nm,last); end=max(end,l+len(lw)-1)
        pp=(toks[k][1],toks[end][1]); r["page"],r["page_end"]=pp; cur=k+1; prev=nm
    return npg

for c in [json.load(open(f"{D}/{n}.content.json")) for n in ["ater-roma-2023-relazione","unistrapg-2025-piao","parco-vesuvio-2024-relazione"]]:
    raw={"writer":make_ater,"chromium":make_unistra,"reportlab":make_vesuvio}[c["renderer"]](c)
    recs=[]
    for r in raw:
        r=dict(r); fl=r.pop("_find"); last=r.pop("_last"); x=rec(**r); x["_last"]=last; recs.append(x)
    npg=readback(c["name"],recs)
    for r in recs: r.pop("_last",None)
    truth=dict(schema="perfextract/records@1",_about="r44 blind sample; truth written from content by make_r44.py",source=dict(path=c["name"]+".pdf",sha256=__import__("hashlib").sha256(open(f"{D}/{c['name']}.pdf","rb").read()).hexdigest(),pages=npg),document=c["document"],indicators=recs,warnings=[])
    json.dump(truth,open(f"{D}/{c['name']}.truth.json","w"),ensure_ascii=False,indent=1)
    print(c["name"],npg,"pages",len(recs),"records",sorted(set((r["page"],r["page_end"]) for r in recs)))

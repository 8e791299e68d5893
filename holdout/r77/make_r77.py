# r77: re-renders three existing contents in new layouts; truth written from the content files.
import json, os, re, subprocess, sys
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE)
FIELDS=['page','page_end','area_code','area_title','objective_level','objective_code','objective_title','indicator_code','indicator','type','formula','unit','data_source','weight','baseline','year','target','target_operator','target_value','target_value_max','target_unit','actual','actual_operator','actual_value','actual_value_max','actual_unit','achievement','notes','status','status_text','comment','met']
LO_PROFILE='file:///tmp/lo-r77'

def soffice(path):
    subprocess.run(['soffice','-env:UserInstallation='+LO_PROFILE,'--headless','--convert-to','pdf','--outdir',HERE,path],check=True,capture_output=True)

# ------------------------------------------------------------------ Como (xlsx)
def render_como(c):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb=Workbook(); ws0=wb.active; ws0.title='Premessa'
    thin=Side(style='thin',color='808080'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
    wrap=Alignment(wrap_text=True,vertical='top')
    ws0.column_dimensions['A'].width=95
    import math
    def hh(r,t): ws0.row_dimensions[r].height=math.ceil(len(t)/105)*12.5+4
    ws0['A1']=c['sheet_title']; ws0['A1'].font=Font(name='Liberation Sans',bold=True,size=13)
    ws0['A3']=c['intro_title']; ws0['A3'].font=Font(name='Liberation Sans',bold=True,size=12)
    r=5
    for p in c['intro']:
        ws0.cell(r,1,p).alignment=wrap; ws0.cell(r,1).font=Font(name='Liberation Sans',size=10); hh(r,p); r+=1
    ws0.cell(r,1,'Le aree strategiche').font=Font(name='Liberation Sans',bold=True,size=11); r+=1
    areas=[]
    for it in c['items']:
        if it['area'] not in areas: areas.append(it['area'])
    for a in areas:
        code=a.split(' – ')[0]
        ws0.cell(r,1,'Area strategica '+a).font=Font(name='Liberation Sans',bold=True,size=10); r+=1
        for p in c['area_notes'].get(code,[]):
            ws0.cell(r,1,p).alignment=wrap; ws0.cell(r,1).font=Font(name='Liberation Sans',size=10); hh(r,p); r+=1
        ws0.row_dimensions[r].height=8; r+=1
    ws0.page_setup.orientation='landscape'; ws0.page_setup.paperSize=9
    ws0.page_margins.left=0.9; ws0.page_margins.right=0.9
    ws=wb.create_sheet('Obiettivi e indicatori')
    widths=[16,18,19,34,12,14,38,13]
    for j,w in enumerate(widths): ws.column_dimensions[chr(65+j)].width=w
    ws['A1']='Monitoraggio finale degli obiettivi operativi – esiti validati dal Nucleo di valutazione'; ws['A1'].font=Font(name='Liberation Sans',bold=True,size=11)
    hdr_fill=PatternFill('solid',fgColor='D9D9D9')
    for j,h in enumerate(c['header']):
        cl=ws.cell(3,j+1,h); cl.font=Font(name='Liberation Sans',bold=True,size=9); cl.fill=hdr_fill; cl.border=B
        cl.alignment=Alignment(wrap_text=True,vertical='center',horizontal='center')
    ws.row_dimensions[3].height=26
    ws.print_title_rows='3:3'
    r=4; spans={0:[],1:[],2:[]}; cur=[None,None,None]
    for it in c['items']:
        start=r
        vals=[it['area'],it['strategic'],it['operational']]+it['cells']
        for j,v in enumerate(vals):
            cl=ws.cell(r,j+1,v)
            cl.font=Font(name='Liberation Sans',size=9,bold=(j<3)); cl.alignment=Alignment(wrap_text=True,vertical='top',horizontal='center' if j in (4,5,7) else 'left'); cl.border=B
        import math
        nl=max(math.ceil(len(str(v))/(widths[j]*(1.0 if j<3 else 1.05))) for j,v in enumerate(vals) if v)
        ws.row_dimensions[r].height=max(nl,2 if len(it['cells'][0])>widths[3] else 1)*11.5+4
        r+=1
        if it['comment_row']:
            ws.merge_cells(start_row=r,start_column=4,end_row=r,end_column=8)
            cl=ws.cell(r,4,it['comment_row']); cl.font=Font(name='Liberation Sans',size=9,italic=True); cl.alignment=wrap
            for j in range(1,9): ws.cell(r,j).border=B
            lines=math.ceil(len(it['comment_row'])/(sum(widths[3:])*1.1))
            ws.row_dimensions[r].height=13*lines+3
            r+=1
        for j in range(3):
            if vals[j]!=cur[j]:
                spans[j].append([start,r-1]); cur[j]=vals[j]
            else: spans[j][-1][1]=r-1
    ws.page_setup.orientation='landscape'; ws.page_setup.paperSize=9
    ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0
    ws.page_margins.top=0.8; ws.page_margins.bottom=0.7; ws.page_margins.left=0.5; ws.page_margins.right=0.5
    ws.oddHeader.left.text='Comune di Como'; ws.oddHeader.right.text='Relazione sulla performance 2023'
    ws.oddFooter.left.text=c['footer']; ws.oddFooter.right.text='Pagina &P di &N'
    ws2=wb.create_sheet('Risorse')
    ws2['A1']=c['budget_title']; ws2['A1'].font=Font(name='Liberation Sans',bold=True,size=11)
    for j,w in enumerate([58,24,24,14]): ws2.column_dimensions[chr(65+j)].width=w
    for j,h in enumerate(c['budget']['header']):
        cl=ws2.cell(3,j+1,h); cl.font=Font(name='Liberation Sans',bold=True,size=9); cl.fill=hdr_fill; cl.border=B
    for i,row in enumerate(c['budget']['rows']):
        for j,v in enumerate(row):
            cl=ws2.cell(4+i,j+1,v); cl.border=B; cl.font=Font(name='Liberation Sans',size=9,bold=row[0]=='Totale')
            if j: cl.alignment=Alignment(horizontal='right')
    ws2.page_setup.orientation='landscape'; ws2.page_setup.paperSize=9
    ws2.sheet_properties.pageSetUpPr.fitToPage=True; ws2.page_setup.fitToWidth=1; ws2.page_setup.fitToHeight=0
    r2=5+len(c['budget']['rows'])
    ws2.cell(r2,1,'Fonte: rendiconto della gestione 2023, approvato con deliberazione del Consiglio comunale n. 31 del 29/04/2024.').font=Font(name='Liberation Sans',size=8,italic=True)
    for w in (ws0,ws2):
        w.oddFooter.left.text=c['footer']; w.oddFooter.right.text='Pagina &P di &N'
    x=c['name']+'.xlsx'; wb.save(x); soffice(x)

# ------------------------------------------------------------------ ASL (reportlab)
def render_asl(c):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, NextPageTemplate, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    D='/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV',D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB',D+'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVI',D+'DejaVuSans-Oblique.ttf'))
    from reportlab.lib.fonts import addMapping
    addMapping('DV',0,0,'DV'); addMapping('DV',1,0,'DVB'); addMapping('DV',0,1,'DVI'); addMapping('DV',1,1,'DVB')
    W,H=landscape(A4)
    body=ParagraphStyle('b',fontName='DV',fontSize=9,leading=12,spaceAfter=5)
    cell=ParagraphStyle('c',fontName='DV',fontSize=7.5,leading=9.2)
    cellc=ParagraphStyle('cc',parent=cell,alignment=1)
    hcell=ParagraphStyle('h',fontName='DVB',fontSize=7.5,leading=9.2,textColor=colors.HexColor('#222222'))
    sec=ParagraphStyle('s',fontName='DVB',fontSize=12,leading=15,spaceBefore=6,spaceAfter=6,textColor=colors.HexColor('#0B4F6C'))
    def foot(cv,doc):
        cv.saveState(); cv.setFont('DV',7); cv.setFillColor(colors.grey)
        cv.drawString(1.5*cm,1.0*cm,'SiPeG – Sistema di gestione della performance · Report RPT_OBI_04 · stampato il 27/06/2024 09:41')
        cv.drawRightString(W-1.5*cm,1.0*cm,'Pag. %d'%doc.page)
        cv.line(1.5*cm,H-1.25*cm,W-1.5*cm,H-1.25*cm)
        cv.drawString(1.5*cm,H-1.1*cm,'ASL SALERNO'); cv.drawRightString(W-1.5*cm,H-1.1*cm,'Relazione sulla performance 2023 – Rendicontazione obiettivi operativi')
        cv.restoreState()
    def cover(cv,doc):
        cv.saveState(); cv.setFillColor(colors.HexColor('#0B4F6C')); cv.rect(0,H-4.2*cm,W,4.2*cm,fill=1,stroke=0)
        cv.setFillColor(colors.white); cv.setFont('DVB',20); cv.drawString(2*cm,H-2.3*cm,c['cover'][0])
        cv.setFont('DV',11); cv.drawString(2*cm,H-3.2*cm,c['cover'][1])
        cv.setFillColor(colors.black); cv.setFont('DVB',24); cv.drawString(2*cm,H-8*cm,c['cover'][2])
        cv.setFont('DV',12); cv.drawString(2*cm,H-9.1*cm,c['cover'][3])
        cv.setFont('DV',10); cv.drawString(2*cm,3*cm,c['cover'][4]); cv.restoreState()
    doc=BaseDocTemplate(c['name']+'.pdf',pagesize=(W,H),leftMargin=1.5*cm,rightMargin=1.5*cm,topMargin=1.6*cm,bottomMargin=1.6*cm,title='Relazione sulla performance 2023')
    fr=Frame(1.5*cm,1.5*cm,W-3*cm,H-3.2*cm,id='f',leftPadding=0,rightPadding=0,topPadding=0,bottomPadding=0)
    doc.addPageTemplates([PageTemplate('cover',[fr],onPage=cover),PageTemplate('body',[fr],onPage=foot)])
    fw=W-3*cm
    widths=[1.3,5.6,6.2,2.5,2.5,1.6,1.3,5.0]; s=sum(widths); widths=[w/s*fw for w in widths]
    bandcol={'area':'#0B4F6C','strategic':'#5B8FA8','operational':'#DCE8EF'}
    st=[NextPageTemplate('body'),PageBreak()]
    for it in c['seq']:
        if it['t']=='section': st.append(Paragraph(it['text'],sec))
        elif it['t']=='para': st.append(Paragraph(it['text'],body))
        elif it['t'] in bandcol:
            fg=colors.white if it['t']!='operational' else colors.black
            p=Paragraph(it['text'],ParagraphStyle('band',fontName='DVB',fontSize=9 if it['t']!='area' else 10,leading=12,textColor=fg))
            tb=Table([[p]],colWidths=[fw]); tb.setStyle(TableStyle([('BACKGROUND',(0,0),(-1,-1),colors.HexColor(bandcol[it['t']])),('TOPPADDING',(0,0),(-1,-1),3),('BOTTOMPADDING',(0,0),(-1,-1),3)]))
            st+= [Spacer(1,4),tb,Spacer(1,3)]
            if it['t']=='area' and len(st)>6 and it['code']!='I': pass
        elif it['t']=='table':
            data=[[Paragraph(h,hcell) for h in c['header']]]
            for row in it['rows']:
                cl=row['cells']; data.append([Paragraph(cl[f] or '',cellc if f in ('indicator_code','achievement','weight','target','actual') else cell) for f in c['fields']])
            tb=Table(data,colWidths=widths,repeatRows=1)
            tb.setStyle(TableStyle([('LINEBELOW',(0,0),(-1,0),0.8,colors.black),('LINEBELOW',(0,1),(-1,-1),0.25,colors.HexColor('#999999')),
                ('BACKGROUND',(0,0),(-1,0),colors.HexColor('#EEEEEE')),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),2),('BOTTOMPADDING',(0,0),(-1,-1),3)]))
            st.append(tb)
        elif it['t']=='esito':
            tb=Table([[Paragraph('<b>'+it['text']+'</b>',ParagraphStyle('e',fontName='DV',fontSize=8.5,leading=11))]],colWidths=[fw])
            tb.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.HexColor('#0B4F6C')),('TOPPADDING',(0,0),(-1,-1),2),('BOTTOMPADDING',(0,0),(-1,-1),3)]))
            st+=[Spacer(1,4),tb,Spacer(1,3)]
        if it['t']=='section' and it['text'].startswith('3.'):
            pass
    # staff table after the conclusions
    st.append(Spacer(1,8)); ttl=Paragraph(c['staff_title'],ParagraphStyle('t',fontName='DVB',fontSize=9,leading=12,spaceAfter=4))
    data=[[Paragraph(h,hcell) for h in c['staff']['header']]]+[[Paragraph(v,cell) for v in r] for r in c['staff']['rows']]
    tb=Table(data,colWidths=[6*cm,4*cm,4*cm,3*cm],hAlign='LEFT'); tb.setStyle(TableStyle([('LINEBELOW',(0,0),(-1,0),0.8,colors.black),('LINEBELOW',(0,1),(-1,-1),0.25,colors.grey),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#EEEEEE'))]))
    st.append(KeepTogether([ttl,tb]))
    doc.build(st)

# ------------------------------------------------------------------ Verona (docx)
def render_verona(c):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d=Document(); s=d.sections[0]
    s.orientation=WD_ORIENT.LANDSCAPE; s.page_width,s.page_height=Cm(29.7),Cm(21.0)
    for a in ('left_margin','right_margin'): setattr(s,a,Cm(1.6))
    s.top_margin=Cm(1.8); s.bottom_margin=Cm(1.6)
    st=d.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(10.5)
    s.different_first_page_header_footer=True
    hp=s.header.paragraphs[0]; hp.text='Università degli Studi di Verona – Relazione sulla performance 2024'; hp.runs[0].font.size=Pt(8); hp.alignment=WD_ALIGN_PARAGRAPH.RIGHT
    fp=s.footer.paragraphs[0]; fp.alignment=WD_ALIGN_PARAGRAPH.CENTER
    r=fp.add_run(); f1=OxmlElement('w:fldSimple'); f1.set(qn('w:instr'),'PAGE'); r._r.append(f1)
    def para(t,size=10.5,bold=False,italic=False,align=None,after=6,before=0):
        p=d.add_paragraph(); rr=p.add_run(t); rr.font.size=Pt(size); rr.bold=bold; rr.italic=italic
        p.paragraph_format.space_after=Pt(after); p.paragraph_format.space_before=Pt(before)
        if align: p.alignment=align
        return p
    C=WD_ALIGN_PARAGRAPH.CENTER
    para(c['cover']['issuer'],22,True,align=C,before=90,after=30)
    para(c['cover']['title'],26,True,align=C,after=14)
    para(c['cover']['sub'],13,italic=True,align=C,after=120)
    para(c['cover']['foot'],11,align=C)
    d.add_page_break()
    def shade(cell,fill):
        tcPr=cell._tc.get_or_add_tcPr(); sh=OxmlElement('w:shd'); sh.set(qn('w:val'),'clear'); sh.set(qn('w:color'),'auto'); sh.set(qn('w:fill'),fill); tcPr.append(sh)
    def setcell(cell,text,size=8,bold=False,align=None):
        cell.text=''; p=cell.paragraphs[0]; rr=p.add_run(text); rr.font.size=Pt(size); rr.bold=bold
        p.paragraph_format.space_after=Pt(0)
        if align: p.alignment=align
    def fixgrid(t,widths):
        t.autofit=False
        grid=t._tbl.tblGrid
        for j,gc in enumerate(grid.findall(qn('w:gridCol'))): gc.set(qn('w:w'),str(int(widths[j]*567)))
        for row in t.rows:
            for j,w in enumerate(widths):
                try: row.cells[j].width=Cm(w)
                except Exception: pass
    def small_table(title,header,rows,widths):
        para(title,11,True,before=6)
        t=d.add_table(rows=1,cols=len(header)); t.style='Table Grid'
        for j,h in enumerate(header): setcell(t.rows[0].cells[j],h,9,True); shade(t.rows[0].cells[j],'D9D9D9')
        for row in rows:
            cs=t.add_row().cells
            for j,v in enumerate(row): setcell(cs[j],v,9,row[0]=='Totale',WD_ALIGN_PARAGRAPH.RIGHT if j else None)
        fixgrid(t,widths)
    para('1. Il cruscotto degli obiettivi',14,True,after=8)
    for p in c['intro']: para(p)
    cnt=Counter(it['cells'][7] for it in c['items']); tot=sum(cnt.values())
    order=['Raggiunto','Parzialmente raggiunto','Non raggiunto','Sospeso']
    rows=[[k,str(cnt[k]),('%.1f%%'%(100*cnt[k]/tot)).replace('.',',')] for k in order]+[['Totale',str(tot),'100,0%']]
    small_table(c['summary_title'],c['summary_header'],rows,[6,3,2.5])
    para('',after=4)
    small_table(c['budget_title'],c['budget_header'],c['budget_rows'],[6,4.5,5,4.5])
    para('2. Obiettivi strategici e indicatori',14,True,after=8,before=10)
    hdr=c['header']; widths=[2.4,3.5,1.7,5.2,2.5,2.7,2.5,2.4,1.4,2.2]
    t=d.add_table(rows=1,cols=len(hdr)); t.style='Table Grid'
    for j,h in enumerate(hdr): setcell(t.rows[0].cells[j],h,9,True,C); shade(t.rows[0].cells[j],'DDE6EE')
    trPr=t.rows[0]._tr.get_or_add_trPr(); th=OxmlElement('w:tblHeader'); th.set(qn('w:val'),'true'); trPr.append(th)
    start={0:None,1:None}; prev=[None,None]
    rows=[]
    for it in c['items']:
        cs=t.add_row().cells; rows.append(cs)
        for j,v in enumerate(it['cells']):
            setcell(cs[j+2],v,9.5,False,C if j in (0,2,3,4,5,6,7) and j!=1 else None)
        for j,key in enumerate(['area','objective']):
            if it[key]!=prev[j]:
                setcell(cs[j],it[key],9.5,True); prev[j]=it[key]; start[j]=len(rows)-1
                cs[j]._start=True
    # vertical merges
    for j,key in enumerate(['area','objective']):
        i=0; items=c['items']
        while i<len(items):
            k=i
            while k+1<len(items) and items[k+1][key]==items[i][key]: k+=1
            if k>i: rows[i][j].merge(rows[k][j])
            i=k+1
    fixgrid(t,widths)
    para('',after=4)
    para(c['notes_title'],11,True,before=8)
    for n in c['notes']: para(n,10)
    d.save(c['name']+'.docx'); soffice(c['name']+'.docx')

# ------------------------------------------------------------------ read-back
def norm(s): return re.sub(r'\s+',' ',s or '').strip()
def readback(pdf, recs_cells):
    import pdfplumber
    words=[]
    with pdfplumber.open(pdf) as P:
        npages=len(P.pages)
        for pn,pg in enumerate(P.pages,1):
            ws=pg.extract_words(keep_blank_chars=False,use_text_flow=False)
            ws.sort(key=lambda w:(round(w['top']/3),w['x0']))
            words+= [(pn,w['text']) for w in ws]
    out=[]; cur=0
    def match(tokens,frm,win=60):
        pos=[]; p=frm
        for tk in tokens:
            found=None
            for q in range(p,min(len(words),p+win)):
                if words[q][1]==tk or (len(tk)>3 and words[q][1].startswith(tk)) : found=q; break
            if found is None: return None
            pos.append(found); p=found+1
        return pos
    for ind,cells in recs_cells:
        toks=norm(ind).split()
        pos=None
        for frm in range(cur,len(words)):
            if words[frm][1]==toks[0]:
                pos=match(toks,frm,win=80)
                if pos and pos[0]==frm: break
                pos=None
        assert pos, ('indicator not found', ind)
        first=words[pos[0]][0]; last=words[pos[-1]][0]
        for cv in cells:
            if not cv: continue
            ct=norm(cv).split()
            p2=match(ct,max(pos[0]-40,0),win=200)
            assert p2, ('cell not found', ind, cv)
            last=max(last,words[p2[-1]][0])
        out.append((first,last)); cur=pos[0]+1
    return out, npages

def truth(c, pdf, recs, cellsets):
    pages,np_=readback(pdf,[(r['indicator'],cs) for r,cs in zip(recs,cellsets)])
    ind=[]
    for r,(a,b) in zip(recs,pages):
        d=dict(r); d['page']=a; d['page_end']=b
        ind.append({k:d.get(k) for k in FIELDS})
    import hashlib
    doc={'schema':'perfextract/records@1','source':{'path':c['name']+'.pdf','sha256':hashlib.sha256(open(pdf,'rb').read()).hexdigest(),'pages':np_},
         'document':c['document'],'indicators':ind,'warnings':[]}
    json.dump(doc,open(c['name']+'.truth.json','w'),ensure_ascii=False,indent=1)
    print(c['name'],len(ind),'records,',np_,'pages; pages',[(x['page'],x['page_end']) for x in ind])

def main():
    names=sys.argv[1:] or ['comune-como-2023-relazione-r77','asl-salerno-2023-relazione-r77','universita-verona-2024-relazione-r77']
    for n in names:
        c=json.load(open(n+'.content.json'))
        if n.startswith('comune-como'):
            render_como(c); recs=[it['record'] for it in c['items']]
            cells=[it['cells'][1:]+([it['comment_row']] if it['comment_row'] else []) for it in c['items']]
        elif n.startswith('asl-salerno'):
            render_asl(c); rows=[r for s in c['seq'] if s['t']=='table' for r in s['rows']]
            recs=[r['record'] for r in rows]; cells=[[v for k,v in r['cells'].items() if k!='indicator'] for r in rows]
        else:
            render_verona(c); recs=[it['record'] for it in c['items']]; cells=[it['cells'][2:] for it in c['items']]
        truth(c,n+'.pdf',recs,cells)
main()

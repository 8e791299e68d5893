import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from make_r61 import rec, num, HERE, soffice, key1
def shade(cell,fill):
    tcPr=cell._tc.get_or_add_tcPr(); s=OxmlElement('w:shd'); s.set(qn('w:val'),'clear'); s.set(qn('w:fill'),fill); tcPr.append(s)
def rowprops(row,header=False):
    trPr=row._tr.get_or_add_trPr(); e=OxmlElement('w:cantSplit'); trPr.append(e)
    if header: h=OxmlElement('w:tblHeader'); trPr.append(h)
def table(d,head,rows,widths,size=8.5,align_right_from=None):
    t=d.add_table(rows=1,cols=len(head)); t.style='Table Grid'
    for i,h in enumerate(head):
        cl=t.rows[0].cells[i]; cl.text=''; r=cl.paragraphs[0].add_run(h); r.bold=True; r.font.size=Pt(size); shade(cl,'D9E2F3')
    rowprops(t.rows[0],True)
    for row in rows:
        cells=t.add_row().cells
        for i,v in enumerate(row):
            r=cells[i].paragraphs[0].add_run(v or ''); r.font.size=Pt(size)
            if align_right_from is not None and i>=align_right_from: cells[i].paragraphs[0].alignment=WD_ALIGN_PARAGRAPH.CENTER
        rowprops(t.rows[-1])
    t.autofit=False
    for i,w in enumerate(widths):
        t.columns[i].width=Cm(w)
        for cl in t.columns[i].cells: cl.width=Cm(w)
    return t
def render(c):
    d=Document(); st=d.styles['Normal']; st.font.name='Calibri'; st.font.size=Pt(10.5)
    sec=d.sections[0]; sec.page_height=Cm(29.7); sec.page_width=Cm(21); sec.left_margin=sec.right_margin=Cm(2); sec.top_margin=sec.bottom_margin=Cm(2)
    fp=sec.footer.paragraphs[0]; fp.text='Camera di Commercio di Cuneo – Relazione sulla performance 2024'; fp.alignment=WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size=Pt(8)
    for _ in range(6): d.add_paragraph()
    for i,l in enumerate(c['cover']):
        p=d.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run(l); r.font.size=Pt([22,26,11,11][i]); r.bold=i<2
        if i==0: r.font.color.rgb=RGBColor(0x1F,0x3A,0x68)
    d.add_page_break()
    for h,t in c['intro']:
        d.add_heading(h,level=1); d.add_paragraph(t).alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading(c['budget_title'],level=1)
    d.add_paragraph("Il quadro economico dell'esercizio 2024 è riassunto nella tabella seguente (valori in euro).")
    table(d,c['budget_head'],c['budget'],[7.5,4.5,4.5],9.5,1)
    d.add_heading(c['section'],level=1); d.add_paragraph(c['section_text']).alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    recs=[]
    for a in c['areas']:
        d.add_heading(f"Area strategica {a['code']} – {a['title']}",level=2)
        for o in a['objectives']:
            d.add_heading(f"Obiettivo strategico {o['code']} – {o['title']}",level=3)
            rows=[[i['code'],i['name'],i['formula'],i['weight'],i['target'],i['actual'],i['ach'] or '–'] for i in o['inds']]
            table(d,c['head'],rows,[1.4,3.8,3.4,1.3,2.2,2.2,2.4],8.5,3)
            d.add_paragraph()
            if o['status']:
                p=d.add_paragraph(); r=p.add_run(o['status']); r.bold=True
            if o['after']: d.add_paragraph(o['after']).alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
            for i in o['inds']:
                st=o['status']
                recs.append(rec(area_code=a['code'],area_title=a['title'],objective_level='strategic',objective_code=o['code'],objective_title=o['title'],
                  indicator_code=i['code'],indicator=i['name'],formula=i['formula'],weight=num(i['weight']),year=2024,target=i['target'],actual=i['actual'],
                  achievement=num(i['ach']) if i['ach'] else None,status=o.get('status_word') if st else None,
                  status_text=st.split(': ',1)[1] if st else None,comment=o['after'] if st else None,_dir=i['dir'],
                  _keys=(i['code']+' '+i['name'].split()[0], i['ach'] or i['actual'])))
    h,head,rows,txt=c['closing']
    d.add_heading(h,level=1); table(d,head,rows,[6,3,3],9.5,1); d.add_paragraph(); d.add_paragraph(txt)
    docx=os.path.join(HERE,c['name']+'.docx'); d.save(docx); soffice(docx)
    return recs

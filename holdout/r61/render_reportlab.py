import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from make_r61 import rec, num, HERE
import glob
def font():
    for reg,bold,it in [('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf','/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf')]:
        if os.path.exists(reg):
            pdfmetrics.registerFont(TTFont('DV',reg)); pdfmetrics.registerFont(TTFont('DVB',bold)); pdfmetrics.registerFont(TTFont('DVI',it))
            from reportlab.pdfbase.pdfmetrics import registerFontFamily
            registerFontFamily('DV',normal='DV',bold='DVB',italic='DVI',boldItalic='DVB'); return 'DV','DVB','DVI'
    raise SystemExit('no font')
def render(c):
    F,FB,FI=font()
    body=ParagraphStyle('b',fontName=F,fontSize=9.5,leading=13,alignment=4,spaceAfter=6)
    h1=ParagraphStyle('h1',fontName=FB,fontSize=14,leading=18,textColor=colors.HexColor('#7A1F2B'),spaceBefore=10,spaceAfter=8)
    cell=ParagraphStyle('c',fontName=F,fontSize=7.6,leading=9.4)
    cellc=ParagraphStyle('cc',parent=cell,alignment=1)
    band=ParagraphStyle('band',fontName=FB,fontSize=8.2,leading=10,textColor=colors.white)
    oband=ParagraphStyle('oband',fontName=FB,fontSize=8,leading=10,textColor=colors.HexColor('#7A1F2B'))
    stat=ParagraphStyle('st',fontName=FB,fontSize=7.6,leading=9.4)
    com=ParagraphStyle('cm',fontName=FI,fontSize=7.4,leading=9.2,textColor=colors.HexColor('#333333'))
    story=[Spacer(1,6*cm)]
    cs=[ParagraphStyle('x',fontName=F,fontSize=11,alignment=1,leading=16),ParagraphStyle('y',fontName=FB,fontSize=22,alignment=1,leading=30,textColor=colors.HexColor('#7A1F2B')),
        ParagraphStyle('z',fontName=FB,fontSize=18,alignment=1,leading=26,spaceBefore=30),ParagraphStyle('w',fontName=F,fontSize=14,alignment=1,leading=20)]
    for s,t in zip(cs,c['cover']): story.append(Paragraph(t,s))
    story.append(PageBreak())
    for h,t in c['intro']:
        story+= [Paragraph(h,h1),Paragraph(t,body)]
    hs=ParagraphStyle('hs',fontName=FB,fontSize=8.5,leading=10,alignment=1)
    st=Table([[Paragraph(h,hs) for h in c['staff_head']]]+c['staff'],colWidths=[5*cm,3.4*cm,3.6*cm,3.6*cm])
    st.setStyle(TableStyle([('FONT',(0,0),(-1,-1),F,8.5),('FONT',(0,0),(-1,0),FB,8.5),('FONT',(0,-1),(-1,-1),FB,8.5),('ALIGN',(1,0),(-1,-1),'CENTER'),
        ('LINEABOVE',(0,0),(-1,0),0.8,colors.black),('LINEBELOW',(0,0),(-1,0),0.4,colors.black),('LINEBELOW',(0,1),(-1,-2),0.25,colors.grey),('LINEABOVE',(0,-1),(-1,-1),0.6,colors.black),('LINEBELOW',(0,-1),(-1,-1),0.8,colors.black)]))
    story+=[st,Spacer(1,10),Paragraph(c['section'],h1),
            Paragraph("La tabella seguente riporta, per area strategica e obiettivo strategico, gli indicatori con il relativo peso, i target e i consuntivi degli esercizi 2022 e 2023 e, sotto ciascun indicatore, l'esito validato.",body)]
    y1,y2=c['years']; W=[1.1*cm,4.6*cm,1.0*cm,2.1*cm,2.1*cm,1.1*cm,2.1*cm,2.1*cm,1.1*cm]
    data=[['','','',str(y1),'','',str(y2),'',''],c['head']]
    sty=[('FONT',(0,0),(-1,1),FB,7.6),('ALIGN',(2,0),(-1,1),'CENTER'),('SPAN',(3,0),(5,0)),('SPAN',(6,0),(8,0)),
         ('LINEBELOW',(3,0),(5,0),0.3,colors.black),('LINEBELOW',(6,0),(8,0),0.3,colors.black),('LINEBELOW',(0,1),(-1,1),0.8,colors.black),
         ('VALIGN',(0,0),(-1,-1),'TOP'),('VALIGN',(0,1),(-1,1),'BOTTOM'),('TOPPADDING',(0,0),(-1,-1),2),('BOTTOMPADDING',(0,0),(-1,-1),2),('LEFTPADDING',(0,0),(-1,-1),3),('RIGHTPADDING',(0,0),(-1,-1),3)]
    recs=[]
    colr={'achieved':'#1B7F3B','partially_achieved':'#B36B00','not_achieved':'#B00020','suspended':'#555555'}
    for a in c['areas']:
        data.append([Paragraph(f"AREA STRATEGICA {a['code']} – {a['title']}",band)]+['']*8); i=len(data)-1
        sty+=[('SPAN',(0,i),(-1,i)),('BACKGROUND',(0,i),(-1,i),colors.HexColor('#7A1F2B'))]
        for o in a['objectives']:
            data.append([Paragraph(f"O.S. {o['code']} – {o['title']}",oband)]+['']*8); i=len(data)-1
            sty+=[('SPAN',(0,i),(-1,i)),('BACKGROUND',(0,i),(-1,i),colors.HexColor('#F2E6E8'))]
            for d in o['inds']:
                row=[Paragraph(d['code'],cell),Paragraph(d['name'],cell),Paragraph(d['weight'],cellc)]
                for y in (y1,y2):
                    t,av,p=d['y'][str(y)]; row+=[Paragraph(t,cellc),Paragraph(av,cellc),Paragraph(p or '–',cellc)]
                data.append(row); i=len(data)-1; sty.append(('LINEBELOW',(0,i),(-1,i),0.25,colors.HexColor('#BBBBBB')))
                data.append([Paragraph(f"<font color='{colr[d['status_word']]}'>{d['status']}</font>",stat)]+['']*8); i=len(data)-1
                sty.append(('SPAN',(0,i),(-1,i)))
                if d['comment']:
                    data.append(['',Paragraph(d['comment'],com)]+['']*7); i=len(data)-1; sty.append(('SPAN',(1,i),(-1,i)))
                sty.append(('LINEBELOW',(0,i),(-1,i),0.4,colors.HexColor('#888888')))
                last=d['y'][str(y2)][2] or '–'
                for y in (y1,y2):
                    t,av,p=d['y'][str(y)]
                    recs.append(rec(area_code=a['code'],area_title=a['title'],objective_level='strategic',objective_code=o['code'],objective_title=o['title'],
                      indicator_code=d['code'],indicator=d['name'],weight=num(d['weight']),year=y,target=t,actual=av,achievement=num(p) if p else None,
                      status=d['status_word'],status_text=d['status'],comment=d['comment'],_dir=d['dir'],_keys=(d['code']+' '+d['name'].split()[0],last)))
    t=Table(data,colWidths=W,repeatRows=2); t.setStyle(TableStyle(sty))
    story+=[t,Spacer(1,4),Paragraph(c['legend'],ParagraphStyle('l',fontName=FI,fontSize=7,leading=9)),Paragraph(c['closing'][0],h1),Paragraph(c['closing'][1],body)]
    def onpage(cv,doc):
        if doc.page==1: return
        cv.saveState(); cv.setFont(F,7.5); cv.setFillColor(colors.HexColor('#666666'))
        cv.drawString(2*cm,A4[1]-1.2*cm,'Camera di Commercio di Verona – Relazione sulla performance 2023')
        cv.drawRightString(A4[0]-2*cm,1.2*cm,f'Pagina {doc.page}'); cv.setStrokeColor(colors.HexColor('#7A1F2B')); cv.setLineWidth(0.5)
        cv.line(2*cm,A4[1]-1.35*cm,A4[0]-2*cm,A4[1]-1.35*cm); cv.restoreState()
    doc=SimpleDocTemplate(os.path.join(HERE,c['name']+'.pdf'),pagesize=A4,leftMargin=1.8*cm,rightMargin=1.8*cm,topMargin=2*cm,bottomMargin=2*cm,
        title='Relazione sulla performance 2023',author='Camera di Commercio di Verona')
    doc.build(story,onFirstPage=onpage,onLaterPages=onpage)
    return recs

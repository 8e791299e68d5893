import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from make_r61 import rec, HERE, soffice, split_ot
thin=Side(style='thin',color='808080'); B=Border(left=thin,right=thin,top=thin,bottom=thin)
def render(c):
    wb=Workbook(); ws=wb.active; ws.title='Premessa'
    ws.page_setup.orientation='landscape'; ws.page_setup.paperSize=ws.PAPERSIZE_A4
    ws.column_dimensions['A'].width=48
    for col in 'BCD': ws.column_dimensions[col].width=24
    ws['A2']=c['cover'][0]; ws['A2'].font=Font(bold=True,size=20,color='1F4E79')
    ws['A4']=c['cover'][1]; ws['A4'].font=Font(bold=True,size=16)
    ws['A5']=c['cover'][2]; ws['A5'].font=Font(italic=True,size=11)
    ws.merge_cells('A7:D7'); ws['A7']=c['cover'][3]; ws['A7'].alignment=Alignment(wrap_text=True,vertical='top'); ws.row_dimensions[7].height=48
    ws['A9']='Risorse finanziarie assegnate per area strategica (bilancio di previsione 2025-2027)'; ws['A9'].font=Font(bold=True,size=11)
    r=10
    for i,h in enumerate(c['res_head']):
        cl=ws.cell(r,i+1,h); cl.font=Font(bold=True,color='FFFFFF'); cl.fill=PatternFill('solid',fgColor='1F4E79'); cl.border=B; cl.alignment=Alignment(horizontal='center',wrap_text=True)
    for row in c['res']:
        r+=1
        for i,v in enumerate(row):
            cl=ws.cell(r,i+1,v); cl.border=B; cl.alignment=Alignment(horizontal='right' if i else 'left')
            if row[0]=='Totale': cl.font=Font(bold=True)
    ws.cell(r+2,1,"Importi in euro, competenza. Fonte: Legge regionale di bilancio 2025-2027.").font=Font(size=9,italic=True)
    ws.print_area=f'A1:D{r+2}'
    ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0; ws.sheet_properties.pageSetUpPr.fitToPage=True
    ws2=wb.create_sheet('Obiettivi e indicatori')
    ws2.page_setup.orientation='landscape'; ws2.page_setup.paperSize=ws2.PAPERSIZE_A4
    ws2.page_setup.fitToWidth=1; ws2.page_setup.fitToHeight=0; ws2.sheet_properties.pageSetUpPr.fitToPage=True
    ws2.page_margins.left=ws2.page_margins.right=0.4
    ws2.print_title_rows='3:3'
    ws2.oddFooter.center.text='Regione Lazio – Piano della performance 2025-2027 – pag. &P di &N'
    widths=[18,22,24,8,30,8,12,12,12,12,18]
    for i,w in enumerate(widths): ws2.column_dimensions[chr(65+i)].width=w
    ws2['A1']='Allegato A – Obiettivi strategici e operativi, indicatori e target 2025-2027'; ws2['A1'].font=Font(bold=True,size=13)
    for i,h in enumerate(c['head']):
        cl=ws2.cell(3,i+1,h); cl.font=Font(bold=True,color='FFFFFF',size=9); cl.fill=PatternFill('solid',fgColor='1F4E79'); cl.border=B
        cl.alignment=Alignment(horizontal='center',vertical='center',wrap_text=True)
    ws2.row_dimensions[3].height=30
    recs=[]; r=3
    for k,row in enumerate(c['rows']):
        r+=1; fill=PatternFill('solid',fgColor='DDEBF7') if k%2 else None
        for i,v in enumerate(row):
            cl=ws2.cell(r,i+1,v); cl.border=B; cl.font=Font(size=9)
            cl.alignment=Alignment(wrap_text=True,vertical='top',horizontal='center' if 5<=i<=9 else 'left')
            if fill: cl.fill=fill
        import math
        lines=max(math.ceil(len(v or '')/(widths[i]*1.05)) for i,v in enumerate(row))
        ws2.row_dimensions[r].height=12.5*lines+3
        ac,at=split_ot(row[0]); oc,ot=split_ot(row[2])
        for y,t in zip(c['years'],row[7:10]):
            recs.append(rec(area_code=ac,area_title=at,objective_level='operational',objective_code=oc,objective_title=ot,indicator_code=row[3],
              indicator=row[4],unit=row[5],baseline=row[6],year=y,target=t,_keys=(row[3],row[10].split()[0])))
    ws2.cell(r+2,1,c['footer']).font=Font(size=8,italic=True)
    x=os.path.join(HERE,c['name']+'.xlsx'); wb.save(x); soffice(x)
    return recs

# Builds the r77 content files from the original samples' content (+ their hand-written parsed values).
import json, copy
S='/work/main/samples/'
def L(n,k): return json.load(open(S+n+'.'+k+'.json'))
DROP=('page','page_end')
def rec(r, **over):
    d={k:v for k,v in r.items() if k not in DROP}; d.update(over); return d

# ---------- Comune di Como: Calc sheet with hierarchy columns ----------
n='comune-como-2023-relazione'; c=L(n,'content'); t=L(n,'truth')['indicators']
ST={'achieved':'Conseguito','partially_achieved':'Parzialmente conseguito','not_achieved':'Non conseguito','suspended':'Sospeso'}
items=[]; i=0; area=so=oo=None; intro=[]; areaparas={}; budget=None
for b in c['blocks']:
    if b['kind']=='heading' and b['level']=='area': area=b; areaparas[b['code']]=[]
    elif b['kind']=='para' and area is None: intro.append(b['text'])
    elif b['kind']=='para' and area is not None and budget is None and b['text'].startswith('La tabella'): pass
    elif b['kind']=='para' and area is not None: areaparas[area['code']].append(b['text'])
    elif b['kind']=='heading' and b['level']=='strategic': so=b
    elif b['kind']=='heading' and b['level']=='operational': oo=b
    elif b['kind']=='table' and b.get('role')=='indicators':
        for row in b['rows']:
            r=t[i]; i+=1
            assert r['indicator']==row['cells'][0]
            com=' '.join([x for x in [row.get('status_comment')]+row.get('comments',[]) if x]) or None
            items.append({'area':f"{area['code']} – {area['title']}", 'strategic':f"{so['code']} – {so['title']}", 'operational':f"{oo['code']} – {oo['title']}",
                'cells':row['cells']+[ST[row['status']]], 'comment_row':com,
                'record':rec(r, status_text=ST[row['status']], comment=com)})
    elif b['kind']=='table': budget={'header':b['header'][0],'rows':b['rows']}
assert i==len(t)
como={'name':n+'-r77','original':n,'renderer':'xlsx+libreoffice','document':c['document'],
 'layout':'Calc workbook printed to PDF (landscape, fit to width): sheet 1 intro text in merged cells, sheet 2 one long grid with hierarchy columns (Area strategica | Obiettivo strategico | Obiettivo operativo) merged down, Esito column with short phrases, comment rows merged across Indicatore..Esito under the indicator, header repeated on every page; sheet 3 budget table.',
 'sheet_title':'COMUNE DI COMO – Settore Programmazione, Controllo di gestione e Performance',
 'intro_title':'Relazione sulla performance 2023 – Monitoraggio finale degli obiettivi operativi',
 'intro':intro, 'area_notes':areaparas,
 'header':['Area strategica','Obiettivo strategico','Obiettivo operativo','Indicatore','Valore atteso','Valore raggiunto','Note del Settore','Esito'],
 'fields':['area','strategic','operational','indicator','target','actual','notes','status'],
 'budget_title':'Risorse finanziarie impiegate per missione di bilancio','budget':budget,
 'footer':'Estrazione dal sistema di controllo di gestione del 14/06/2024','items':items}
json.dump(como,open(n+'-r77.content.json','w'),ensure_ascii=False,indent=1)

# ---------- ASL Salerno: report-software export, landscape, borderless, bands ----------
n='asl-salerno-2023-relazione'; c=L(n,'content'); t=L(n,'truth')['indicators']
seq=[]; i=0
flds=c['tables']['scheda']['fields']
for b in c['body']:
    if 'heading' in b: seq.append({'t':'section','text':b['heading']})
    elif 'paragraph' in b: seq.append({'t':'para','text':b['paragraph']})
    elif 'objective' in b:
        o=b['objective']; seq.append({'t':o['level'],'code':o['code'],'title':o['title'],'text':f"{o['label']} {o['code']}{o['sep']}{o['title']}"})
    elif 'table' in b:
        rows=[]
        for row in b['table']['rows']:
            r=t[i]; i+=1; cells=dict(zip(flds,row['cells'])); assert cells['indicator']==r['indicator']
            rows.append({'cells':cells,'record':rec(r)})
        seq.append({'t':'table','rows':rows})
    elif 'esito' in b: seq.append({'t':'esito','text':'Esito: '+b['esito']['phrase'],'status':b['esito']['status']})
assert i==len(t)
asl={'name':n+'-r77','original':n,'renderer':'reportlab','document':c['document'],
 'layout':'Export of a performance-management software: A4 landscape, sans-serif 8pt, no vertical rules, hairline horizontal rules, hierarchy as full-width shaded band boxes (area dark, strategic mid, operational light), column order changed (Peso and % ragg. moved), one table per objective continuing across pages with repeated header, Esito line in a bordered strip under each table followed by the comment paragraph, page footer with print date and page x/y.',
 'cover':['AZIENDA SANITARIA LOCALE SALERNO','UOC Programmazione, Controllo di gestione e Performance','Relazione sulla performance 2023','Report di rendicontazione degli obiettivi operativi – esercizio 2023','Adottata con deliberazione del Direttore generale n. 655 del 28/06/2024'],
 'header':['Cod.','Descrizione indicatore','Modalità di calcolo','Valore atteso','Valore rilevato','% ragg.','Peso','Note'],
 'fields':['indicator_code','indicator','formula','target','actual','achievement','weight','notes'],
 'staff_title':'Personale dipendente al 31/12/2023 per ruolo','staff':{'header':['Ruolo','Tempo indeterminato','Tempo determinato','Totale'],'rows':[['Sanitario','5.934','312','6.246'],['Professionale','41','3','44'],['Tecnico','1.208','96','1.304'],['Amministrativo','781','37','818'],['Totale','7.964','448','8.412']]},
 'seq':seq}
json.dump(asl,open(n+'-r77.content.json','w'),ensure_ascii=False,indent=1)

# ---------- Università di Verona: Word document, one long table with merged hierarchy columns ----------
n='universita-verona-2024-relazione'; c=L(n,'content'); t=L(n,'truth')['indicators']
items=[]; i=0; notes=[]
for a in c['areas']:
    for o in a['objectives']:
        for row in o['rows']:
            r=t[i]; i+=1; assert r['indicator']==row['indicator']
            items.append({'area':f"{a['code']} – {a['title']}", 'objective':f"{o['code']} – {o['title']}",'owner':o['owner'],
               'cells':[row['code'],row['indicator'],row['baseline'],row['target'],row['actual'],row['dev'],row['ach'],row['status']],
               'record':rec(r, comment=None)})
        if o['note']: notes.append(f"{o['code']} – {o['note']}")
assert i==len(t)
vr={'name':n+'-r77','original':n,'renderer':'docx+libreoffice','document':c['document'],
 'layout':'Word document printed by LibreOffice, A4 landscape: cover paragraph block, intro prose, one long table of all indicators with Ambito and Obiettivo strategico columns merged down over their rows (vertical merges crossing page breaks), header row repeated, light grey banding on header only, single-line grid; objective notes moved to a list after the table (no longer beside a single indicator), summary-of-outcomes table and budget table before it.',
 'cover':c['cover'],'intro':c['intro'],
 'summary_title':c['summary_title'],'summary_header':c['summary_header'],
 'budget_title':c['budget_title'],'budget_header':c['budget_header'],'budget_rows':c['budget_rows'],
 'header':['Ambito strategico','Obiettivo strategico','Cod.','Indicatore','Baseline 2023','Target 2024','Risultato 2024','Scostamento','% ragg.','Stato'],
 'items':items,'notes_title':'Note di commento agli obiettivi','notes':notes}
json.dump(vr,open(n+'-r77.content.json','w'),ensure_ascii=False,indent=1)
print('ok', len(como['items']), sum(len(s['rows']) for s in asl['seq'] if s['t']=='table'), len(vr['items']))

import json, re, sys, os, subprocess, hashlib
import pdfplumber
HERE=os.path.dirname(os.path.abspath(__file__))
# ---------------- value parser (RECORDS.md rules) ----------------
NUM=r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
def tonum(s):
    s=s.replace('.','').replace(',','.') ; return float(s) if '.' in s else int(s)
def parse(t):
    if t is None: return (None,None,None,None)
    s=re.sub(r'\s+',' ',t).strip()
    s=re.sub(r'\([^)]*\)','',s).strip()
    if re.search(r'\d{1,2}/\d{1,2}/\d{2,4}',s): return (None,None,None,None)
    op=None
    for k,v in [('>=','>='),('≥','>='),('<=','<='),('≤','<='),('>','>'),('<','<'),('entro','<='),('almeno','>=')]:
        if s.startswith(k): op=v; s=s[len(k):].strip(); break
    unit=None
    if s.startswith('€'): unit='EUR'; s=s[1:].strip()
    m=re.match(r'-?(?:'+NUM+')',s)
    if not m: return (None,None,None,None)
    val=tonum(m.group(0)); rest=s[m.end():].strip()
    if re.search(r'\d',rest): return (None,None,None,None)
    if rest.startswith('%'): unit='%'
    elif re.match(r'(gg|giorni)\b',rest): unit='days'
    elif re.match(r'ore\b',rest): unit='hours'
    elif re.match(r'mesi\b',rest): unit='months'
    return (op or '=',val,None,unit)
def met(tp,ap,direction):
    top,tv,_,tu=tp; aop,av,_,au=ap
    if tv is None or av is None: return None
    if tu and au and tu!=au: return None
    if top=='>=': return av>=tv
    if top=='<=': return av<=tv
    if top=='>': return av>tv
    if top=='<': return av<tv
    if av==tv: return True
    if direction=='higher': return av>tv
    if direction=='lower': return av<tv
    return None
def num(s):
    if s is None: return None
    return tonum(re.sub(r'[%\s]','',s))
def ws(s): return None if s is None else (re.sub(r'\s+',' ',s).strip() or None)
def rec(**k):
    base=dict(page=None,page_end=None,area_code=None,area_title=None,objective_level=None,objective_code=None,objective_title=None,
      indicator_code=None,indicator=None,type=None,formula=None,unit=None,data_source=None,weight=None,baseline=None,year=None,
      target=None,actual=None,achievement=None,notes=None,status=None,status_text=None,comment=None)
    base.update(k)
    tp=parse(base['target']); ap=parse(base['actual'])
    out={}
    for key in ['page','page_end','area_code','area_title','objective_level','objective_code','objective_title','indicator_code','indicator','type','formula','unit','data_source','weight','baseline','year','target']:
        out[key]=ws(base[key]) if isinstance(base[key],str) else base[key]
    out.update(target_operator=tp[0],target_value=tp[1],target_value_max=tp[2],target_unit=tp[3],actual=ws(base['actual']),
      actual_operator=ap[0],actual_value=ap[1],actual_value_max=ap[2],actual_unit=ap[3],achievement=base['achievement'],
      notes=ws(base['notes']),status=base['status'],status_text=ws(base['status_text']),comment=ws(base['comment']),met=met(tp,ap,k.get('_dir')))
    out['_keys']=k.get('_keys')
    return out
def soffice(path):
    subprocess.run(['soffice','-env:UserInstallation=file:///tmp/lo-r61','--headless','--convert-to','pdf','--outdir',HERE,path],check=True,capture_output=True)
# ---------------- read-back ----------------
def readback(pdf,recs):
    with pdfplumber.open(pdf) as p:
        pages=[re.sub(r'\s+',' ',pg.extract_text() or '') for pg in p.pages]; n=len(p.pages)
    cur=(0,0)
    for r in recs:
        k1,k2=r.pop('_keys')
        pg,pos=cur; found=None
        while pg<n:
            i=pages[pg].find(k1,pos)
            if i>=0: found=(pg,i); break
            pg+=1; pos=0
        assert found, (pdf,k1)
        # end key must be found on the same page after start
        j=pages[found[0]].find(k2,found[1])
        assert j>=0,(pdf,k1,k2,found[0]+1)
        r['page']=r['page_end']=found[0]+1
        cur=found
    return n
def write_truth(c,recs):
    pdf=os.path.join(HERE,c['name']+'.pdf'); n=readback(pdf,recs)
    doc={"schema":"perfextract/records@1","source":{"path":c['name']+'.pdf',"sha256":hashlib.sha256(open(pdf,'rb').read()).hexdigest(),"pages":n},
         "document":c['document'],"indicators":recs,"warnings":[]}
    json.dump(doc,open(os.path.join(HERE,c['name']+'.truth.json'),'w'),ensure_ascii=False,indent=1)
    print(c['name'],n,'pages',len(recs),'records')
def key1(name): return ' '.join(name.split()[:2])
def split_ot(s):
    code,title=s.split(' – ',1); return code,title
import importlib
if __name__=='__main__':
    for nm in sys.argv[1:]:
        c=json.load(open(os.path.join(HERE,nm+'.content.json')))
        mod=importlib.import_module('render_'+c['renderer'])
        recs=mod.render(c)
        write_truth(c,recs)

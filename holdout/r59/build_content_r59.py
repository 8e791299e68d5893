# Writes the three NAME.content.json files (content as data; hand-written).
import json
T = "\u2009"   # thin space
NB = "\u00a0"  # no-break space
def ind(code, name, target, actual, **kw):
    d = {"code": code, "indicator": name, "target": target, "actual": actual}
    d.update(kw); return d

# ---------- 1. LaTeX university report ----------
u = {
 "name": "universita-camerino-2023-relazione", "producer": "pdflatex",
 "document": {"issuer": "Università degli Studi di Camerino", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "columns": ["Cod.", "Indicatore", "Baseline 2022", "Target 2023", "Valore 2023", "Esito"],
 "legend": {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved", "Sospeso": "suspended"},
 "areas": [
  {"code": "1", "title": "Didattica", "objectives": [
    {"level": "strategic", "code": "1.1", "title": "Migliorare l'efficacia e la fluidità dei percorsi formativi", "indicators": [
      ind("D.1.1", "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "≥ 60%", "61,2%", baseline="58,4%", esito="Raggiunto"),
      ind("D.1.2", "Percentuale di laureati entro la durata normale del corso", "≥ 55%", "53,7%", baseline="52,1%", esito="Parzialmente raggiunto"),
      ind("D.1.3", "Numero di immatricolati ai corsi di laurea triennale e a ciclo unico", f"≥ 1{T}250", f"1{T}312", baseline=f"1{T}180", esito="Raggiunto"),
      ind("D.1.4", "Rapporto studenti regolari/docenti di ruolo (profilo di sostenibilità)", "≤ 22", "20,9", baseline="21,4", esito="Raggiunto")]},
    {"level": "strategic", "code": "1.2", "title": "Rafforzare l'offerta formativa di terzo livello e i servizi di orientamento", "indicators": [
      ind("D.2.1", "Numero di iscritti ai corsi di dottorato con borsa finanziata", "≥ 150", "147", baseline="142", esito="Non raggiunto"),
      ind("D.2.2", "Grado di soddisfazione complessiva dei laureandi (indagine AlmaLaurea)", "≥ 85%", "89,5%", baseline="88,0%", esito="Raggiunto"),
      ind("D.2.3", "Tempo medio di risposta alle richieste pervenute al servizio di orientamento", f"≤ 5{NB}gg", f"4{NB}gg", baseline=f"6{NB}gg", esito="Raggiunto")]}]},
  {"code": "2", "title": "Ricerca e terza missione", "objectives": [
    {"level": "strategic", "code": "2.1", "title": "Incrementare i finanziamenti competitivi per la ricerca scientifica", "indicators": [
      ind("R.1.1", "Entrate da progetti di ricerca finanziati su bandi competitivi", f"≥ € 5{T}000{T}000", f"€ 5{T}126{T}450", baseline=f"€ 4{T}812{T}300", esito="Raggiunto"),
      ind("R.1.2", "Numero di progetti presentati su bandi europei e nazionali", "≥ 100", "118", baseline="96", esito="Raggiunto"),
      ind("R.1.3", "Percentuale di docenti con profilo di ricerca attivo (flussi IRIS)", "≥ 95%", "93,8%", baseline="91,0%", esito="Parzialmente raggiunto")]},
    {"level": "strategic", "code": "2.2", "title": "Valorizzare le conoscenze e rafforzare la terza missione", "indicators": [
      ind("R.2.1", "Numero di brevetti e spin-off attivi", "15", "15", baseline="14", esito="Raggiunto"),
      ind("R.2.2", "Numero di eventi di public engagement certificati dall'Ateneo", "≥ 70", "n.d.", baseline="63", esito="Sospeso")]}]},
  {"code": "3", "title": "Organizzazione, efficienza e servizi", "objectives": [
    {"level": "strategic", "code": "3.1", "title": "Efficienza e semplificazione degli uffici amministrativi", "indicators": [
      ind("G.1.1", "Tempo medio di pagamento delle fatture commerciali", f"≤ 30{NB}gg", f"18{NB}gg", baseline=f"24{NB}gg", esito="Raggiunto"),
      ind("G.1.2", "Indicatore annuale di tempestività dei pagamenti", "≤ 0", "−9,6", baseline="−4,2", esito="Raggiunto"),
      ind("G.1.3", "Percentuale di procedure di affidamento gestite sulla piattaforma telematica", "≥ 90%", "96,4%", baseline="78,0%", esito="Raggiunto"),
      ind("G.1.4", "Costo del personale tecnico-amministrativo per studente iscritto", f"≤ € 1{T}300", f"€ 1{T}287", baseline=f"€ 1{T}318", esito="Raggiunto")]}]}],
}
# parsed values, written by hand: (operator, value, value_max, unit)
P = {
 "D.1.1": ((">=",60,None,"%"), ("=",61.2,None,"%")), "D.1.2": ((">=",55,None,"%"), ("=",53.7,None,"%")),
 "D.1.3": ((">=",1250,None,None), ("=",1312,None,None)), "D.1.4": (("<=",22,None,None), ("=",20.9,None,None)),
 "D.2.1": ((">=",150,None,None), ("=",147,None,None)), "D.2.2": ((">=",85,None,"%"), ("=",89.5,None,"%")),
 "D.2.3": (("<=",5,None,"days"), ("=",4,None,"days")),
 "R.1.1": ((">=",5000000,None,"EUR"), ("=",5126450,None,"EUR")), "R.1.2": ((">=",100,None,None), ("=",118,None,None)),
 "R.1.3": ((">=",95,None,"%"), ("=",93.8,None,"%")), "R.2.1": (("=",15,None,None), ("=",15,None,None)),
 "R.2.2": ((">=",70,None,None), (None,None,None,None)),
 "G.1.1": (("<=",30,None,"days"), ("=",18,None,"days")), "G.1.2": (("<=",0,None,None), ("=",-9.6,None,None)),
 "G.1.3": ((">=",90,None,"%"), ("=",96.4,None,"%")), "G.1.4": (("<=",1300,None,"EUR"), ("=",1287,None,"EUR")),
}
MET = {"D.1.1":True,"D.1.2":False,"D.1.3":True,"D.1.4":True,"D.2.1":False,"D.2.2":True,"D.2.3":True,"R.1.1":True,
       "R.1.2":True,"R.1.3":False,"R.2.1":True,"R.2.2":None,"G.1.1":True,"G.1.2":True,"G.1.3":True,"G.1.4":True}
for a in u["areas"]:
    for o in a["objectives"]:
        for i in o["indicators"]:
            i["target_parsed"], i["actual_parsed"] = P[i["code"]]; i["met"] = MET[i["code"]]

# ---------- 2. LibreOffice (DOCX) municipal report ----------
SYM_GE, SYM_LE = "{SYM_GE}", "{SYM_LE}"   # ≥ / ≤ inserted as Symbol-font glyphs (Word "Inserisci simbolo")
c = {
 "name": "comune-lecco-2024-relazione", "producer": "LibreOffice from DOCX",
 "document": {"issuer": "Comune di Lecco", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "columns": ["N.", "Indicatore", "Valore atteso 2024", "Valore raggiunto 2024", "Esito"],
 "legend": {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved", "Sospeso": "suspended"},
 "areas": [
  {"code": "1", "title": "Servizi demografici, URP e “Sportello del cittadino”", "objectives": [
    {"level": "operational", "code": "1.1", "title": "Ridurre i tempi di rilascio dei documenti di identità", "indicators": [
      ind("1", "Tempo medio di rilascio della carta d’identità elettronica", f"{SYM_LE} 15{NB}gg", f"11{NB}gg", esito="Raggiunto"),
      ind("2", "Percentuale di appuntamenti prenotati online sul totale", ">= 70%", "74,5%", esito="Raggiunto"),
      ind("3", "Numero di certificati anagrafici rilasciati tramite il portale “ANPR”", f"{SYM_GE} 8.000", "9.412", esito="Raggiunto")]},
    {"level": "operational", "code": "1.2", "title": "Migliorare la qualità percepita dei servizi dell’URP", "indicators": [
      ind("4", "Grado di soddisfazione degli utenti dell’URP (scala 1–5)", ">= 4,0", "4,3", esito="Raggiunto"),
      ind("5", "Tempo di risposta ai reclami scritti", f"<= 30{NB}gg", f"34{NB}gg", esito="Non raggiunto",
          note_row="Nota: lo scostamento è dovuto alla cessazione di due unità di personale nel secondo semestre – sostituite solo a dicembre.")]}]},
  {"code": "2", "title": "Finanze, tributi e patrimonio", "objectives": [
    {"level": "operational", "code": "2.1", "title": "Migliorare la riscossione delle entrate tributarie", "indicators": [
      ind("6", "Percentuale di riscossione della TARI di competenza", f"{SYM_GE} 85%", "82,7%", esito="Parzialmente raggiunto"),
      ind("7", "Importo recuperato da attività di accertamento IMU", f"{SYM_GE} €{NB}1.250.000,00", f"€{NB}1.318.422,50", esito="Raggiunto"),
      ind("8", "Indicatore annuale di tempestività dei pagamenti", f"<= 0{NB}gg", f"-6,4{NB}gg", esito="Raggiunto")]},
    {"level": "operational", "code": "2.2", "title": "Valorizzazione del patrimonio immobiliare comunale", "indicators": [
      ind("9", "Numero di alloggi ERP riassegnati nell’anno", ">= 25", "27", esito="Raggiunto"),
      ind("10", "Percentuale dei canoni di locazione riscossi sul totale dovuto", "80–90%", "86%", esito="Raggiunto")]}]},
  {"code": "3", "title": "Lavori pubblici, ambiente ed efficienza energetica", "objectives": [
    {"level": "operational", "code": "3.1", "title": "Attuare gli interventi finanziati dal PNRR nei tempi previsti", "indicators": [
      ind("11", "Percentuale di avanzamento della spesa sui progetti PNRR", f"{SYM_GE} 60%", "57,9%", esito="Parzialmente raggiunto",
          note_row="Nota: il ritardo riguarda il solo intervento sulla palestra di via “Grandi”, per il quale è stata concessa una proroga."),
      ind("12", "Rispetto del cronoprogramma dei lavori alla scuola “Bonfanti” (fine lavori)", "entro il 30/09/2024", "15/07/2024", esito="Raggiunto")]},
    {"level": "operational", "code": "3.2", "title": "Ridurre i rifiuti e migliorare la raccolta differenziata", "indicators": [
      ind("13", "Percentuale di raccolta differenziata", ">= 72%", "73,4%", esito="Raggiunto"),
      ind("14", "Tempo medio di intervento sulle segnalazioni di rifiuti abbandonati", f"{SYM_LE} 48{NB}ore", f"52{NB}ore", esito="Non raggiunto"),
      ind("15", "Numero di edifici comunali riqualificati sotto il profilo energetico", "4", "n.d.", esito="Sospeso")]}]}],
}
P2 = {"1":(("<=",15,None,"days"),("=",11,None,"days")), "2":((">=",70,None,"%"),("=",74.5,None,"%")),
 "3":((">=",8000,None,None),("=",9412,None,None)), "4":((">=",4.0,None,None),("=",4.3,None,None)),
 "5":(("<=",30,None,"days"),("=",34,None,"days")), "6":((">=",85,None,"%"),("=",82.7,None,"%")),
 "7":((">=",1250000,None,"EUR"),("=",1318422.5,None,"EUR")), "8":(("<=",0,None,"days"),("=",-6.4,None,"days")),
 "9":((">=",25,None,None),("=",27,None,None)), "10":(("range",80,90,"%"),("=",86,None,"%")),
 "11":((">=",60,None,"%"),("=",57.9,None,"%")), "12":((None,None,None,None),(None,None,None,None)),
 "13":((">=",72,None,"%"),("=",73.4,None,"%")), "14":(("<=",48,None,"hours"),("=",52,None,"hours")),
 "15":(("=",4,None,None),(None,None,None,None))}
MET2 = {"1":True,"2":True,"3":True,"4":True,"5":False,"6":False,"7":True,"8":True,"9":True,"10":True,"11":False,"12":None,"13":True,"14":False,"15":None}
for a in c["areas"]:
    for o in a["objectives"]:
        for i in o["indicators"]:
            i["target_parsed"], i["actual_parsed"] = P2[i["code"]]; i["met"] = MET2[i["code"]]

# ---------- 3. reportlab park-authority report ----------
g = {
 "name": "parco-gran-sasso-laga-2024-relazione", "producer": "reportlab",
 "document": {"issuer": "Ente Parco Nazionale del Gran Sasso e Monti della Laga", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "columns": ["Cod.", "Indicatore", "Peso", "Baseline 2023", "Target 2024", "Consuntivo 2024", "Grado di raggiungimento"],
 "legend": {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved"},
 "areas": [
  {"code": "1", "title": None, "strategic_title": "Tutela della biodiversità e degli habitat", "objectives": [
    {"level": "operational", "code": "1.1", "title": "Monitoraggio delle specie e degli habitat prioritari",
     "esito": "Parzialmente raggiunto", "esito_comment": "Il calo del camoscio appenninico è legato all’inverno mite e alla minore disponibilità di pascoli d’alta quota; il monitoraggio proseguirà nel 2025 con il protocollo ISPRA.",
     "indicators": [
      ind("1.1.a", "Superficie di habitat di interesse comunitario monitorata (ha)", f"≥ 1{T}250,5", f"1{T}302,8", baseline=f"1{T}180,0", weight="15 %", achievement="100 %"),
      ind("1.1.b", "Numero di transetti faunistici censiti", "≥ 45", "47", baseline="42", weight="10 %", achievement="100 %"),
      ind("1.1.c", "Variazione della popolazione di camoscio appenninico rispetto al 2023", "≥ 0 %", "−3,5 %", baseline="+2,1 %", weight="10 %", achievement="0 %")]},
    {"level": "operational", "code": "1.2", "title": "Prevenzione e contrasto degli incendi boschivi",
     "esito": "Parzialmente raggiunto", "esito_comment": "I tempi di primo intervento risentono della chiusura estiva del distaccamento di Isola del Gran Sasso.",
     "indicators": [
      ind("1.2.a", "Superficie percorsa dal fuoco (ha)", "≤ 250,0", "198,6", baseline="312,4", weight="10 %", achievement="100 %"),
      ind("1.2.b", "Tempo medio di primo intervento sugli incendi (minuti)", "≤ 30", "33", baseline="38", weight="5 %", achievement="90,9 %")]}]},
  {"code": "2", "title": None, "strategic_title": "Fruizione sostenibile e sviluppo delle comunità locali", "objectives": [
    {"level": "operational", "code": "2.1", "title": "Promozione del turismo sostenibile e dei centri visita",
     "esito": "Raggiunto", "esito_comment": "Risultato sostenuto dall’apertura del nuovo centro visita di Fonte Cerreto e dalla Carta europea del turismo sostenibile.",
     "indicators": [
      ind("2.1.a", "Numero di visitatori dei centri visita e dei musei del Parco", "≥ 50.000", "53.214", baseline="48.620", weight="10 %", achievement="100 %"),
      ind("2.1.b", "Entrate da servizi di fruizione (biglietti, visite guidate, concessioni)", "≥ € 190.000,00", "€ 201.457,30", baseline="€ 184.300,00", weight="5 %", achievement="100 %"),
      ind("2.1.c", "Variazione delle presenze nelle strutture ricettive del Parco", "≥ +3 %", "+4,6 %", baseline="−1,8 %", weight="5 %", achievement="100 %")]},
    {"level": "operational", "code": "2.2", "title": "Sostegno alle attività agro-silvo-pastorali",
     "esito": "Raggiunto", "esito_comment": None,
     "indicators": [
      ind("2.2.a", "Percentuale degli indennizzi per danni da fauna liquidati entro 90 giorni", "≥ 95 %", "97,2 %", baseline="86 %", weight="5 %", achievement="100 %"),
      ind("2.2.b", "Tempo medio di liquidazione degli indennizzi", "≤ 60 gg", "58 gg", baseline="74 gg", weight="5 %", achievement="100 %")]}]},
  {"code": "3", "title": None, "strategic_title": "Efficienza amministrativa e trasparenza", "objectives": [
    {"level": "operational", "code": "3.1", "title": "Gestione efficiente delle risorse finanziarie ed energetiche",
     "esito": "Raggiunto", "esito_comment": "Tutti i valori sono desunti dal rendiconto 2024 approvato dal Consiglio direttivo.",
     "indicators": [
      ind("3.1.a", "Indicatore annuale di tempestività dei pagamenti (giorni)", "≤ 0", "−7,9", baseline="−2,3", weight="5 %", achievement="100 %"),
      ind("3.1.b", "Riduzione dei consumi energetici delle sedi rispetto al 2023", "≤ −5 %", "−6,2 %", baseline="n.d.", weight="5 %", achievement="100 %"),
      ind("3.1.c", "Spesa per acquisto di beni e servizi", f"≤ € 1{T}200{T}000,00", f"€ 1{T}187{T}512,40", baseline=f"€ 1{T}250{T}430,00", weight="5 %", achievement="100 %")]},
    {"level": "operational", "code": "3.2", "title": "Trasparenza e prevenzione della corruzione",
     "esito": "Parzialmente raggiunto", "esito_comment": "Restano da aggiornare le sezioni “Bandi di gara e contratti” e “Sovvenzioni”, completate nel gennaio 2025.",
     "indicators": [
      ind("3.2.a", "Percentuale di obblighi di pubblicazione assolti", "100 %", "98 %", baseline="93 %", weight="5 %", achievement="98 %")]}]}],
}
P3 = {"1.1.a":((">=",1250.5,None,None),("=",1302.8,None,None)), "1.1.b":((">=",45,None,None),("=",47,None,None)),
 "1.1.c":((">=",0,None,"%"),("=",-3.5,None,"%")), "1.2.a":(("<=",250.0,None,None),("=",198.6,None,None)),
 "1.2.b":(("<=",30,None,None),("=",33,None,None)), "2.1.a":((">=",50000,None,None),("=",53214,None,None)),
 "2.1.b":((">=",190000,None,"EUR"),("=",201457.3,None,"EUR")), "2.1.c":((">=",3,None,"%"),("=",4.6,None,"%")),
 "2.2.a":((">=",95,None,"%"),("=",97.2,None,"%")), "2.2.b":(("<=",60,None,"days"),("=",58,None,"days")),
 "3.1.a":(("<=",0,None,None),("=",-7.9,None,None)), "3.1.b":(("<=",-5,None,"%"),("=",-6.2,None,"%")),
 "3.1.c":(("<=",1200000,None,"EUR"),("=",1187512.4,None,"EUR")), "3.2.a":(("=",100,None,"%"),("=",98,None,"%"))}
MET3 = {"1.1.a":True,"1.1.b":True,"1.1.c":False,"1.2.a":True,"1.2.b":False,"2.1.a":True,"2.1.b":True,"2.1.c":True,
 "2.2.a":True,"2.2.b":True,"3.1.a":True,"3.1.b":True,"3.1.c":True,"3.2.a":False}
for a in g["areas"]:
    for o in a["objectives"]:
        for i in o["indicators"]:
            i["target_parsed"], i["actual_parsed"] = P3[i["code"]]; i["met"] = MET3[i["code"]]

for a in u["areas"]:
    for o in a["objectives"]:
        o["title"] = o["title"].replace("'", "’")
        for i in o["indicators"]: i["indicator"] = i["indicator"].replace("'", "’")
for d in (u, c, g):
    json.dump(d, open(d["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")

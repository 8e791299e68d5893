# Writes the three content files of round r37 (hand-written content).
import json
NB = "\u00a0"; SH = "\u00ad"
def w(name, d):
    json.dump(d, open(f"/work/blind/r37/{name}.content.json", "w"), ensure_ascii=False, indent=1)

# ---------------- 1. Writer report (FODT) ----------------
# indicator: code, name (with soft hyphens), formula, weight, target, actual, esito, better, fn_target, fn_actual
I = lambda *a: dict(zip(["code","name","formula","weight","target","actual","esito","better","fn_target","fn_actual"], a))
mantova = {
 "schema": "r37/content@1", "renderer": "writer-fodt",
 "document": {"issuer": "Comune di Mantova", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["Comune di Mantova", "Settore Affari generali – Servizio Programmazione e controllo", "Relazione sulla performance 2023", "Approvata con deliberazione della Giunta comunale n. 112 del 27 giugno 2024"],
 "intro": [
  "La presente Relazione illustra i risultati organizzativi conseguiti nel 2023 rispetto agli obiettivi del Piano integrato di attività e organizzazione 2023-2025. Per ciascun obiettivo operativo sono riportati gli indicatori, il peso attribuito, il valore atteso e il valore effettivamente raggiunto al 31 dicembre.",
  "I dati sono stati certificati dai dirigenti responsabili e verificati dal Nucleo di valutazione; le note a piè di pagina indicano le fonti e i dati ancora provvisori alla data di redazione."],
 "staff": {"title": "Personale in servizio al 31 dicembre 2023", "header": ["Categoria", "Tempo pieno", "Part-time", "Totale"],
           "rows": [["Dirigenti", "9", "0", "9"], ["Area dei funzionari e dell'elevata qualificazione", "148", "12", "160"], ["Area degli istruttori", "231", "27", "258"], ["Area degli operatori esperti", "94", "8", "102"], ["Totale", "482", "47", "529"]]},
 "header": ["N.", "Indicatore", "Formula di calcolo", "Peso", "Valore atteso 2023", "Valore raggiunto 2023", "Esito"],
 "areas": [
  {"code": "1", "title": "Mantova città efficiente e digitale", "strategic": [
   {"code": "1.1", "title": "Semplificazione e digitalizzazione dei servizi", "operational": [
    {"code": "1.1.1", "title": "Dematerializzazione dei certificati anagrafici", "indicators": [
     I("1.1.1.a", f"Percentuale di certi{SH}fi{SH}cati anagrafici rilasciati online", "certificati rilasciati online / certificati totali × 100", "20%", f"≥{NB}60{NB}%", f"68,3{NB}%", "Raggiunto", "higher", None, "Fonte: piattaforma ANPR, estrazione al 15 gennaio 2024."),
     I("1.1.1.b", f"Tempo medio di rilascio delle certi{SH}fi{SH}ca{SH}zioni di stato civile", "somma dei giorni di rilascio / numero delle richieste", "15%", f"≤{NB}3{NB}gg", f"2{NB}gg", "Raggiunto", "lower", None, None),
     I("1.1.1.c", f"Numero di servizi fruibili con identità digitale SPID/CIE", "conteggio dei servizi attivi sul portale", "15%", f"≥{NB}25", "31", "Raggiunto", "higher", None, None)]},
    {"code": "1.1.2", "title": "Efficienza dell'ufficio tributi", "indicators": [
     I("1.1.2.a", f"Percentuale di avvisi di accer{SH}ta{SH}mento IMU noti{SH}fi{SH}cati entro l'anno", "avvisi notificati / avvisi emessi × 100", "20%", f"≥{NB}95{NB}%", f"96,1{NB}%", "Raggiunto", "higher", None, None),
     I("1.1.2.b", f"Riscossione coattiva: importo effet{SH}ti{SH}va{SH}mente recuperato", "somme incassate da ingiunzioni fiscali", "15%", f"≥{NB}€{NB}1.250.000", f"€{NB}1.318.740", "Raggiunto", None, "Stima sulla base del riscosso 2022 al netto delle rateizzazioni.", None),
     I("1.1.2.c", f"Tempestività dei rimborsi fiscali ai contri{SH}buen{SH}ti", "giorni medi tra istanza e rimborso", "15%", f"≤{NB}90{NB}gg", f"74{NB}gg", "Raggiunto", None, None, None)]}]},
   {"code": "1.2", "title": "Trasparenza ed efficacia amministrativa", "operational": [
    {"code": "1.2.1", "title": "Prevenzione della corruzione e trasparenza", "indicators": [
     I("1.2.1.a", f"Percentuale di veri{SH}fi{SH}che sulle auto{SH}cer{SH}ti{SH}fi{SH}ca{SH}zioni", "autocertificazioni verificate / autocertificazioni ricevute × 100", "30%", f"≥{NB}10{NB}%", f"12,5{NB}%", "Raggiunto", "higher", None, None),
     I("1.2.1.b", f"Aggiornamento della sezione Amministrazione trasparente", "obblighi aggiornati / obblighi previsti × 100", "30%", f"100{NB}%", f"100{NB}%", "Raggiunto", None, None, None),
     I("1.2.1.c", f"Percentuale di istanze di accesso civico evase nei termini", "istanze evase entro 30 giorni / istanze ricevute × 100", "40%", f"100{NB}%", f"97,8{NB}%", "Parzialmente raggiunto", "higher", None, "Due istanze evase oltre il termine per la complessità della ricerca d'archivio.")]}]}]},
  {"code": "2", "title": "Mantova città sostenibile e inclusiva", "strategic": [
   {"code": "2.1", "title": "Ambiente, energia e mobilità", "operational": [
    {"code": "2.1.1", "title": "Efficientamento energetico degli edifici comunali", "indicators": [
     I("2.1.1.a", f"Riduzione dei consumi elettrici degli edifici comunali rispetto al 2022", "(kWh 2022 − kWh 2023) / kWh 2022 × 100", "40%", f"≥{NB}8{NB}%", f"5,6{NB}%", "Non raggiunto", None, None, "Dato provvisorio: letture di dicembre stimate dal distributore."),
     I("2.1.1.b", f"Finanziamenti PNRR ottenuti per la riquali{SH}fi{SH}ca{SH}zione energetica", "importo ammesso a finanziamento", "30%", f"€{NB}2.400.000", f"€{NB}2.400.000", "Raggiunto", None, "Importo ammesso con decreto del Ministero dell'ambiente e della sicurezza energetica.", None),
     I("2.1.1.c", f"Numero di impianti fotovoltaici installati su edifici pubblici", "conteggio impianti collaudati", "30%", "6", "4", "Non raggiunto", "higher", None, None)]},
    {"code": "2.1.2", "title": "Mobilità sostenibile", "indicators": [
     I("2.1.2.a", f"Chilometri di piste ciclabili realizzati nell'anno", "km collaudati al 31/12", "35%", f"≥{NB}3,5{NB}km", f"3,8{NB}km", "Raggiunto", None, None, None),
     I("2.1.2.b", f"Percentuale di flotta comunale a basse emissioni", "veicoli elettrici o ibridi / veicoli totali × 100", "35%", f"≥{NB}40{NB}%", f"42{NB}%", "Raggiunto", "higher", None, None),
     I("2.1.2.c", f"Tempo medio di rilascio dei permessi di accesso alla ZTL", "giorni medi tra domanda e rilascio", "30%", f"≤{NB}5{NB}gg", "n.d.", "Sospeso", "lower", None, "Il nuovo applicativo è stato attivato a dicembre 2023: dato non rilevabile.")]}]},
   {"code": "2.2", "title": "Servizi educativi e alla persona", "operational": [
    {"code": "2.2.1", "title": "Qualità dei servizi educativi per l'infanzia", "indicators": [
     I("2.2.1.a", f"Percentuale di domande di iscrizione ai nidi d'infanzia accolte", "domande accolte / domande ammissibili × 100", "40%", f"≥{NB}85{NB}%", f"88,9{NB}%", "Raggiunto", "higher", None, None),
     I("2.2.1.b", f"Grado di soddi{SH}sfa{SH}zione delle famiglie (scala 1-5)", "media dei giudizi del questionario annuale", "30%", f"≥{NB}4", "4,2", "Raggiunto", "higher", None, None),
     I("2.2.1.c", f"Certi{SH}fi{SH}ca{SH}zione di qualità UNI EN ISO 9001 del servizio di refezione scolastica", "esito della verifica dell'ente di certificazione", "30%", "Mantenimento", "Mantenuta", "Raggiunto", None, None, None)]}]}]}],
 "closing": ["Nel complesso, dei 18 indicatori 14 risultano raggiunti, 1 parzialmente raggiunto, 2 non raggiunti e 1 sospeso. Le cause degli scostamenti sono state discusse con i dirigenti nel corso del monitoraggio di fine anno e sono riportate nelle note.", "La Relazione è stata validata dal Nucleo di valutazione ai sensi dell'articolo 14, comma 4, lettera c), del decreto legislativo n. 150 del 2009 ed è pubblicata nella sezione Amministrazione trasparente del sito istituzionale."]
}
w("comune-mantova-2023-relazione", mantova)

# ---------------- 2. reportlab landscape, two tables side by side ----------------
R = lambda *a: dict(zip(["code","name","target","actual","ach","esito","better"], a))
aspal = {
 "schema": "r37/content@1", "renderer": "reportlab-landscape",
 "document": {"issuer": "Agenzia Sarda per le Politiche Attive del Lavoro", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["ASPAL", "Agenzia Sarda per le Politiche Attive del Lavoro", "Relazione sulla performance 2024", "Risultati degli obiettivi operativi dei Servizi e dei Centri per l'impiego"],
 "intro": ["La Relazione rendiconta i risultati 2024 degli obiettivi operativi assegnati alle strutture dell'Agenzia dal Piano integrato di attività e organizzazione 2024-2026. Gli obiettivi delle due aree strategiche sono presentati affiancati: a sinistra quelli dell'area A (servizi per il lavoro), a destra quelli dell'area B (formazione e inclusione).",
           "Per ciascun indicatore sono indicati il target 2024, il valore rilevato al 31 dicembre e il grado di raggiungimento, calcolato come rapporto tra valore rilevato e target con un massimo del 100%."],
 "areas": {"A": "Area strategica A – Servizi per il lavoro", "B": "Area strategica B – Formazione e inclusione attiva", "C": "Area strategica C – Funzionamento e capacità amministrativa"},
 "small_header": ["Cod.", "Indicatore", "Target 2024", "Valore 2024", "% ragg.", "Esito"],
 "pairs": [
  {"left": {"area": "A", "code": "A.1", "title": "Presa in carico dei disoccupati nei Centri per l'impiego", "indicators": [
     R("A.1.1", "Percentuale di beneficiari GOL profilati entro 30 giorni dalla DID", "≥ 80%", "86,4%", "100%", "Raggiunto", "higher"),
     R("A.1.2", "Tempo medio tra DID e stipula del patto di servizio", "≤ 30 gg", "27 gg", "100%", "Raggiunto", "lower"),
     R("A.1.3", "Numero di colloqui di orientamento specialistico", "≥ 12.000", "13.215", "100%", "Raggiunto", "higher"),
     R("A.1.4", "Percentuale di CPI con sportello digitale attivo", "100%", "93%", "93%", "Parzialmente raggiunto", "higher")]},
   "right": {"area": "B", "code": "B.1", "title": "Formazione per la riqualificazione professionale", "indicators": [
     R("B.1.1", "Numero di percorsi di upskilling e reskilling avviati", "≥ 350", "362", "100%", "Raggiunto", "higher"),
     R("B.1.2", "Percentuale di partecipanti che completano il percorso", "≥ 70%", "64,8%", "92,6%", "Parzialmente raggiunto", "higher"),
     R("B.1.3", "Tempo medio di pagamento delle indennità di frequenza", "≤ 45 gg", "52 gg", "86,5%", "Non raggiunto", "lower")]}},
  {"left": {"area": "A", "code": "A.2", "title": "Incontro tra domanda e offerta di lavoro", "indicators": [
     R("A.2.1", "Numero di vacancies pubblicate sul portale SIL Sardegna", "≥ 9.000", "10.488", "100%", "Raggiunto", "higher"),
     R("A.2.2", "Tasso di copertura delle vacancies entro 60 giorni", "≥ 35%", "38,2%", "100%", "Raggiunto", "higher"),
     R("A.2.3", "Numero di eventi di recruiting (career day, job meeting)", "24", "24", "100%", "Raggiunto", "higher")]},
   "right": {"area": "B", "code": "B.2", "title": "Inclusione lavorativa delle persone con disabilità", "indicators": [
     R("B.2.1", "Percentuale di iscritti al collocamento mirato con scheda professionale aggiornata", "≥ 90%", "91,7%", "100%", "Raggiunto", "higher"),
     R("B.2.2", "Numero di tirocini di inclusione attivati", "≥ 400", "318", "79,5%", "Non raggiunto", "higher"),
     R("B.2.3", "Convenzioni ex art. 11 L. 68/1999 stipulate", "≥ 60", "67", "100%", "Raggiunto", None),
     R("B.2.4", "Contributi erogati ai datori di lavoro per l'adattamento del posto di lavoro", "€ 1.200.000,00", "€ 1.054.320,00", "87,9%", "Parzialmente raggiunto", None)]}}
   ,
  {"left": {"area": "A", "code": "A.3", "title": "Servizi alle imprese", "indicators": [
     R("A.3.1", "Numero di imprese servite dal servizio di incontro domanda-offerta", "≥ 1.500", "1.622", "100%", "Raggiunto", "higher"),
     R("A.3.2", "Tempo medio di risposta alle richieste di personale delle imprese", "≤ 7 gg", "6 gg", "100%", "Raggiunto", "lower")]},
   "right": {"area": "B", "code": "B.3", "title": "Politiche giovanili e Garanzia Giovani", "indicators": [
     R("B.3.1", "Percentuale di NEET presi in carico entro 60 giorni dalla registrazione", "≥ 75%", "71,2%", "94,9%", "Parzialmente raggiunto", "higher"),
     R("B.3.2", "Numero di tirocini extracurriculari attivati per under 30", "≥ 1.100", "1.184", "100%", "Raggiunto", "higher"),
     R("B.3.3", "Tasso di inserimento occupazionale a 6 mesi dalla conclusione del tirocinio", "40-50%", "46,5%", "100%", "Raggiunto", "higher")]}}],
 "layout": [["P0", "P1"], ["P2", "S0"], ["S1"]],
 "singles": [{"area": "C", "code": "C.1", "title": "Efficienza della gestione amministrativa e contabile",
   "header": ["Cod.", "Indicatore", "Formula", "Peso", "Target 2024", "Valore 2024", "% ragg.", "Note"],
   "indicators": [
     dict(code="C.1.1", name="Indicatore annuale di tempestività dei pagamenti", formula="Media ponderata dei giorni di ritardo rispetto alla scadenza", weight="25%", target="≤ 0 gg", actual="-6,3 gg", ach="100%", notes="Pagamenti mediamente anticipati rispetto alla scadenza", better=None),
     dict(code="C.1.2", name="Percentuale di determinazioni dirigenziali adottate con firma digitale", formula="Atti firmati digitalmente / atti adottati × 100", weight="15%", target="100%", actual="100%", ach="100%", notes=None, better="higher"),
     dict(code="C.1.3", name="Tempo medio di conclusione delle procedure di acquisto sotto soglia", formula="Giorni tra determina a contrarre e stipula", weight="20%", target="≤ 40 gg", actual="44 gg", ach="90,9%", notes="Rallentamenti dovuti al passaggio alla piattaforma di e-procurement certificata", better="lower"),
     dict(code="C.1.4", name="Ore medie di formazione per dipendente", formula="Ore di formazione erogate / personale in servizio", weight="20%", target="≥ 24 ore", actual="31 ore", ach="100%", notes=None, better=None),
     dict(code="C.1.5", name="Riduzione dei costi di funzionamento rispetto al 2023", formula="(Costi 2023 − costi 2024) / costi 2023 × 100", weight="20%", target="2-4%", actual="3,1%", ach="100%", notes="Risparmio concentrato sulle utenze della sede di Olbia", better="lower")]},
  {"area": "C", "code": "C.2", "title": "Trasparenza, prevenzione della corruzione e digitalizzazione",
   "header": ["Cod.", "Indicatore", "Formula", "Peso", "Target 2024", "Valore 2024", "% ragg.", "Note"],
   "indicators": [
     dict(code="C.2.1", name="Percentuale di obblighi di pubblicazione assolti nei termini", formula="Obblighi assolti / obblighi previsti × 100", weight="30%", target="≥ 95%", actual="97,3%", ach="100%", notes=None, better="higher"),
     dict(code="C.2.2", name="Tempo medio di risposta alle istanze di accesso agli atti", formula="Giorni medi tra istanza e risposta", weight="30%", target="≤ 30 gg", actual="22 gg", ach="100%", notes=None, better="lower"),
     dict(code="C.2.3", name="Procedimenti gestiti interamente in modalità digitale", formula="Procedimenti digitali / procedimenti totali × 100", weight="40%", target="80%", actual="n.d.", ach=None, notes="Rilevazione rinviata al primo trimestre 2025 per il cambio del sistema documentale", better=None)]}],
 "budget": {"title": "Risorse finanziarie assegnate per area strategica (euro)",
   "header": ["Area strategica", "Stanziamento iniziale", "Stanziamento definitivo", "Impegnato", "% impegnato"],
   "rows": [["A – Servizi per il lavoro", "38.420.000,00", "41.105.300,00", "37.880.412,55", "92,2%"], ["B – Formazione e inclusione attiva", "22.150.000,00", "24.600.000,00", "21.033.970,10", "85,5%"], ["C – Funzionamento e capacità amministrativa", "9.300.000,00", "9.512.000,00", "9.118.245,00", "95,9%"], ["Totale", "69.870.000,00", "75.217.300,00", "68.032.627,65", "90,4%"]]},
 "closing": "La percentuale media di raggiungimento degli obiettivi operativi delle tre aree è pari al 96,1%. Gli scostamenti dell'area B sono imputabili al ritardo nell'avvio dei percorsi finanziati dal Programma regionale FSE+ 2021-2027."
}
w("aspal-sardegna-2024-relazione", aspal)

# ---------------- 3. Calc export with number formats ----------------
# value: [number, format-key, printed]; printed text is what the reader sees (checked after rendering)
C = lambda *a: dict(zip(["code","name","unit","hidden1","hidden2","weight","target","actual","ach","esito","better"], a))
asp = {
 "schema": "r37/content@1", "renderer": "calc-xlsx",
 "document": {"issuer": "ASP Città di Bologna", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["ASP Città di Bologna – Azienda pubblica di servizi alla persona", "Relazione sulla performance 2023 – Allegato 1", "Monitoraggio finale degli indicatori degli obiettivi operativi"],
 "premessa": "Il prospetto riporta, per ciascun obiettivo operativo del Piano 2023, gli indicatori con il peso, il valore atteso e il valore raggiunto al 31/12/2023. Le percentuali di raggiungimento sono calcolate dal sistema di controllo di gestione; i valori negativi sono indicati tra parentesi.",
 "columns": ["Cod.", "Indicatore", "Unità di misura", "Formula (uso interno)", "Referente dati", "Peso", "Valore", None, "% ragg.", "Esito"],
 "subheader": [None, None, None, None, None, None, "Atteso", "Raggiunto", None, None],
 "areas": [
  {"code": "1", "title": "Area 1 – Servizi per anziani e non autosufficienza", "objectives": [
   {"code": "1.1", "title": "Obiettivo operativo 1.1 – Qualità dell'assistenza nelle case residenza anziani", "indicators": [
    C("1.1.1", "Tasso di occupazione dei posti letto accreditati", "%", "giornate occupate / giornate disponibili", "Ufficio accreditamento", 0.30, [0.95, "ge_pct1"], [0.968, "pct1"], [1.0, "pct1"], "Raggiunto", "higher"),
    C("1.1.2", "Percentuale di ospiti con piano assistenziale individuale aggiornato", "%", "PAI aggiornati / ospiti presenti", "Coordinatori CRA", 0.25, [1.0, "pct1"], [0.982, "pct1"], [0.982, "pct1"], "Parzialmente raggiunto", "higher"),
    C("1.1.3", "Numero di ore di animazione e socializzazione erogate", "ore", "somma ore da registro attività", "Coordinatori CRA", 0.20, [6500, "int"], [7124, "int"], [1.0, "pct1"], "Raggiunto", "higher"),
    C("1.1.4", "Incidenza delle cadute con esito grave (per 1.000 giornate)", "‰", "cadute gravi / giornate × 1000", "Risk manager", 0.25, [0.5, "le_dec2"], [0.38, "dec2"], [1.0, "pct1"], "Raggiunto", None)]},
   {"code": "1.2", "title": "Obiettivo operativo 1.2 – Domiciliarità e centri diurni", "indicators": [
    C("1.2.1", "Utenti dei centri diurni nell'anno", "n.", "utenti distinti con almeno un accesso", "Servizio centri diurni", 0.35, [420, "int"], [447, "int"], [1.0, "pct1"], "Raggiunto", None),
    C("1.2.2", "Tempo medio di attivazione del servizio di assistenza domiciliare", "giorni", "giorni tra richiesta e primo accesso", "Servizio domiciliarità", 0.35, [10, "le_int"], [12, "int"], [0.833, "pct1"], "Parzialmente raggiunto", "lower"),
    C("1.2.3", "Percentuale di famiglie soddisfatte del servizio domiciliare", "%", "giudizi ≥ 4 / questionari raccolti", "Ufficio qualità", 0.30, [0.85, "ge_pct1"], [0.891, "pct1"], [1.0, "pct1"], "Raggiunto", "higher")]}]},
  {"code": "2", "title": "Area 2 – Minori, famiglie e contrasto alla povertà", "objectives": [
   {"code": "2.1", "title": "Obiettivo operativo 2.1 – Accoglienza di minori e nuclei fragili", "indicators": [
    C("2.1.1", "Posti in comunità per minori stranieri non accompagnati", "n.", "posti attivi al 31/12", "Servizio protezione", 0.30, [180, "int"], [196, "int"], [1.0, "pct1"], "Raggiunto", None),
    C("2.1.2", "Percentuale di progetti educativi individuali redatti entro 30 giorni", "%", "PEI entro 30 gg / ingressi", "Servizio protezione", 0.40, [0.9, "ge_pct1"], [0.874, "pct1"], [0.971, "pct1"], "Parzialmente raggiunto", "higher"),
    C("2.1.3", "Nuclei in emergenza abitativa accolti in strutture temporanee", "n.", "nuclei accolti nell'anno", "Servizio abitare", 0.30, [1250, "int"], [1318, "int"], [1.0, "pct1"], "Raggiunto", None)]},
   {"code": "2.2", "title": "Obiettivo operativo 2.2 – Inclusione sociale e lavorativa", "indicators": [
    C("2.2.1", "Tirocini formativi attivati per persone in carico ai servizi", "n.", "tirocini con convenzione sottoscritta", "Servizio inclusione", 0.50, [150, "int"], [138, "int"], [0.92, "pct1"], "Non raggiunto", None),
    C("2.2.2", "Contributi economici erogati per il sostegno al reddito", "€", "importo liquidato", "Ragioneria", 0.50, [1250000, "eur"], [1187450.6, "eur"], [0.95, "pct1"], "Parzialmente raggiunto", None)]}]},
  {"code": "3", "title": "Area 3 – Patrimonio, bilancio e organizzazione", "objectives": [
   {"code": "3.1", "title": "Obiettivo operativo 3.1 – Valorizzazione del patrimonio immobiliare", "indicators": [
    C("3.1.1", "Canoni di locazione incassati", "€", "incassi da contabilità", "Servizio patrimonio", 0.40, [2720000, "eur"], [2815304.75, "eur"], [1.0, "pct1"], "Raggiunto", None),
    C("3.1.2", "Percentuale di alloggi sfitti riassegnati nell'anno", "%", "alloggi riassegnati / alloggi sfitti", "Servizio patrimonio", 0.30, [0.6, "ge_pct1"], [0.52, "pct1"], [0.867, "pct1"], "Non raggiunto", "higher"),
    C("3.1.3", "Variazione della morosità rispetto al 2022", "%", "(morosità 2023 − morosità 2022) / morosità 2022", "Servizio patrimonio", 0.30, [-0.05, "neg_pct1"], [-0.032, "neg_pct1"], [0.64, "pct1"], "Parzialmente raggiunto", None)]},
   {"code": "3.2", "title": "Obiettivo operativo 3.2 – Efficienza amministrativa e contabile", "indicators": [
    C("3.2.1", "Tempi medi di pagamento: indicatore di tempestività", "giorni", "media ponderata giorni di ritardo", "Ragioneria", 0.30, [0, "neg_dec1"], [-8.4, "neg_dec1"], [1.0, "pct1"], "Raggiunto", "lower"),
    C("3.2.2", "Riduzione dei costi per utenze rispetto al 2022", "%", "(costo 2022 − costo 2023) / costo 2022", "Servizio tecnico", 0.25, [0.08, "ge_pct1"], [0.113, "pct1"], [1.0, "pct1"], "Raggiunto", "lower"),
    C("3.2.3", "Numero di procedure di gara espletate sul MePA", "n.", "procedure aggiudicate", "Ufficio contratti", 0.20, [40, "ge_int"], [46, "int"], [1.0, "pct1"], "Raggiunto", "higher"),
    C("3.2.4", "Ore di formazione per dipendente", "ore", "ore erogate / dipendenti", "Ufficio personale", 0.25, [18, "ge_dec1"], [21.5, "dec1"], [1.0, "pct1"], "Raggiunto", None),
    C("3.2.5", "Spesa per consulenze esterne", "€", "impegni da contabilità", "Ragioneria", 0.0, [85000, "le_eur"], [0, "eur"], [None, None], "Obiettivo sospeso", None)]}]}],
 "budget": {"title": "Risorse economiche assegnate agli obiettivi 2023", "header": ["Area", "Costi del personale", "Beni e servizi", "Totale"],
   "rows": [["Area 1 – Servizi per anziani e non autosufficienza", 18420350.0, 6215800.4, None], ["Area 2 – Minori, famiglie e contrasto alla povertà", 7305100.0, 9854120.15, None], ["Area 3 – Patrimonio, bilancio e organizzazione", 3120400.0, 2480990.0, None]]}
}
w("asp-citta-bologna-2023-relazione", asp)
print("ok")

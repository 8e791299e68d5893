"""Writes the three content files of round r57 (hand-written content as data)."""
import json
S = {}

# ---------------- A: Comune di Varese, relazione 2023 (portrait, one table per objective, Esito column)
A = {
 "name": "comune-varese-2023-relazione",
 "document": {"issuer": "Comune di Varese", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "layout": "Word portrait; cover; ruled table per obiettivo operativo with Esito column; printed, scanned (skew 0.2-0.8°, noise), OCRed with ocrmypdf",
 "cover": ["COMUNE DI VARESE", "Settore Risorse Umane, Organizzazione e Performance", "", "RELAZIONE SULLA PERFORMANCE", "ANNO 2023", "", "(art. 10, comma 1, lett. b, D.Lgs. 150/2009)", "", "Approvata con deliberazione della Giunta comunale n. 214 del 27 giugno 2024"],
 "blocks": [
  {"t": "h1", "text": "1. Presentazione"},
  {"t": "p", "text": "La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi raggiunti nell'anno 2023 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2023-2025. Il documento è stato validato dal Nucleo di valutazione nella seduta del 20 giugno 2024."},
  {"t": "p", "text": "La tabella seguente riporta il personale in servizio al 31 dicembre 2023, distinto per area di inquadramento ai sensi del CCNL Funzioni Locali 2019-2021."},
  {"t": "table", "kind": "other", "widths": [7, 3, 3, 3], "header": ["Area di inquadramento", "Uomini", "Donne", "Totale"],
   "rows": [["Dirigenti", "5", "4", "9"], ["Area dei Funzionari e dell'Elevata Qualificazione", "58", "97", "155"], ["Area degli Istruttori", "96", "171", "267"], ["Area degli Operatori esperti", "61", "38", "99"], ["Area degli Operatori", "9", "6", "15"], ["Totale", "229", "316", "545"]]},
  {"t": "p", "text": "Nel corso dell'anno sono cessati 41 dipendenti e ne sono stati assunti 47, di cui 12 con contratto di formazione e lavoro."},
  {"t": "h1", "text": "2. Risultati per area strategica"},
  {"t": "p", "text": "Per ciascun obiettivo operativo sono indicati gli indicatori, il valore atteso per il 2023, il valore raggiunto e l'esito attribuito dal Nucleo di valutazione."},
  {"t": "h2", "text": "Area strategica 1 – Varese città sicura e vivibile", "area": ["1", "Varese città sicura e vivibile"]},
  {"t": "h3", "text": "Obiettivo operativo 1.1 – Presidio del territorio da parte della Polizia locale", "obj": ["operational", "1.1", "Presidio del territorio da parte della Polizia locale"]},
  {"t": "table", "kind": "ind", "widths": [1.3, 4.4, 2.6, 3.1, 3.0, 2.7],
   "header": ["Cod.", "Indicatore", "Fonte", "Target 2023", "Valore raggiunto", "Esito"],
   "map": ["indicator_code", "indicator", "data_source", "target", "actual", "status"], "year": 2023,
   "rows": [
    ["1.1.1", "Numero di ore di pattugliamento serale nei quartieri periferici", "Gestionale PL", "≥ 3.500", "3.812", "Raggiunto"],
    ["1.1.2", "Tempo medio di intervento su chiamata della centrale operativa", "Centrale operativa", "≤ 15 minuti", "13 minuti", "Raggiunto"],
    ["1.1.3", "Percentuale di verbali notificati entro 90 giorni dall'accertamento", "Concilia", ">= 95%", "92,4%", "Parzialmente raggiunto"]]},
  {"t": "h3", "text": "Obiettivo operativo 1.2 – Manutenzione del verde pubblico e dei parchi", "obj": ["operational", "1.2", "Manutenzione del verde pubblico e dei parchi"]},
  {"t": "table", "kind": "ind", "widths": [1.3, 4.4, 2.6, 3.1, 3.0, 2.7],
   "header": ["Cod.", "Indicatore", "Fonte", "Target 2023", "Valore raggiunto", "Esito"],
   "map": ["indicator_code", "indicator", "data_source", "target", "actual", "status"], "year": 2023,
   "rows": [
    ["1.2.1", "Numero di alberi messi a dimora nelle aree verdi comunali", "Ufficio Verde", "≥ 600", "742", "Raggiunto"],
    ["1.2.2", "Tempo medio di risposta alle segnalazioni su alberature pericolanti", "Segnalazioni online", "≤ 10 gg", "8 gg", "Raggiunto"],
    ["1.2.3", "Riqualificazione del parco di Villa Mylius – approvazione progetto esecutivo", "Atti dirigenziali", "entro 30/09/2023", "Obiettivo sospeso", "Obiettivo sospeso"]]},
  {"t": "p", "text": "La riqualificazione del parco di Villa Mylius è stata sospesa in attesa del parere della Soprintendenza Archeologia, Belle Arti e Paesaggio, pervenuto nel mese di gennaio 2024."},
  {"t": "h2", "text": "Area strategica 2 – Varese città dei servizi", "area": ["2", "Varese città dei servizi"]},
  {"t": "h3", "text": "Obiettivo operativo 2.1 – Digitalizzazione dei servizi demografici", "obj": ["operational", "2.1", "Digitalizzazione dei servizi demografici"]},
  {"t": "table", "kind": "ind", "widths": [1.3, 4.4, 2.6, 3.1, 3.0, 2.7],
   "header": ["Cod.", "Indicatore", "Fonte", "Target 2023", "Valore raggiunto", "Esito"],
   "map": ["indicator_code", "indicator", "data_source", "target", "actual", "status"], "year": 2023,
   "rows": [
    ["2.1.1", "Percentuale di certificati anagrafici rilasciati online", "ANPR", ">= 60%", "71,3%", "Raggiunto"],
    ["2.1.2", "Tempo medio di attesa allo sportello anagrafe", "Eliminacode", "≤ 20 minuti", "24 minuti", "Non raggiunto"],
    ["2.1.3", "Numero di carte d'identità elettroniche emesse su appuntamento", "Agenda CIE", "≥ 9.000", "10.264", "Raggiunto"]]},
  {"t": "h3", "text": "Obiettivo operativo 2.2 – Potenziamento dei servizi educativi 0-6 anni", "obj": ["operational", "2.2", "Potenziamento dei servizi educativi 0-6 anni"]},
  {"t": "table", "kind": "ind", "widths": [1.3, 4.4, 2.6, 3.1, 3.0, 2.7],
   "header": ["Cod.", "Indicatore", "Fonte", "Target 2023", "Valore raggiunto", "Esito"],
   "map": ["indicator_code", "indicator", "data_source", "target", "actual", "status"], "year": 2023,
   "rows": [
    ["2.2.1", "Tasso di copertura dei posti nido rispetto alle domande presentate", "Ufficio Scuola", ">= 85%", "88,6%", "Raggiunto"],
    ["2.2.2", "Riduzione della lista d'attesa per i nidi comunali", "Ufficio Scuola", "≤ 40", "52", "Non raggiunto"],
    ["2.2.3", "Grado di soddisfazione delle famiglie (scala 1-5)", "Indagine customer", "≥ 4,0", "4,3", "Raggiunto"]]},
  {"t": "h2", "text": "Area strategica 3 – Varese città efficiente", "area": ["3", "Varese città efficiente"]},
  {"t": "h3", "text": "Obiettivo operativo 3.1 – Tempestività dei pagamenti e gestione delle entrate", "obj": ["operational", "3.1", "Tempestività dei pagamenti e gestione delle entrate"]},
  {"t": "table", "kind": "ind", "widths": [1.3, 4.4, 2.6, 3.1, 3.0, 2.7],
   "header": ["Cod.", "Indicatore", "Fonte", "Target 2023", "Valore raggiunto", "Esito"],
   "map": ["indicator_code", "indicator", "data_source", "target", "actual", "status"], "year": 2023,
   "rows": [
    ["3.1.1", "Indicatore annuale di tempestività dei pagamenti", "PCC", "≤ 0 gg", "-6,42 gg", "Raggiunto"],
    ["3.1.2", "Percentuale di riscossione dell'IMU ordinaria sull'accertato", "Contabilità", ">= 92%", "93,8%", "Raggiunto"],
    ["3.1.3", "Importo recuperato da attività di contrasto all'evasione tributaria", "Ufficio Tributi", "≥ € 1.250.000,00", "€ 1.412.380,55", "Raggiunto"],
    ["3.1.4", "Percentuale di atti di accertamento annullati in autotutela", "Ufficio Tributi", "≤ 3%", "n.d.", "Non valutabile"]]},
  {"t": "p", "text": "Per l'indicatore 3.1.4 il dato non è disponibile a causa della migrazione del gestionale dei tributi avvenuta nel secondo semestre; sarà rilevato nella prossima relazione."},
  {"t": "h1", "text": "3. Conclusioni"},
  {"t": "p", "text": "Dei 16 indicatori monitorati, 11 risultano raggiunti, uno parzialmente raggiunto, due non raggiunti; per un indicatore l'obiettivo è stato sospeso e uno non è valutabile. Il Nucleo di valutazione ha preso atto dei risultati nella seduta del 20 giugno 2024."},
 ]}
S[A["name"]] = A

# ---------------- B: ASP Ragusa, piano 2025-2027 (landscape table, hierarchy in merged columns, 3 target years)
def brow(a, o, code, ind, formula, peso, base, t1, t2, t3):
    return [a, o, code, ind, formula, peso, base, t1, t2, t3]
B = {
 "name": "asp-ragusa-2025-piano",
 "document": {"issuer": "Azienda Sanitaria Provinciale di Ragusa", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "layout": "Word; portrait cover and intro with budget table, then a LANDSCAPE section with a ruled table: Area strategica / Obiettivo operativo merged down, Peso, Baseline 2024, Target 2025/2026/2027; printed, scanned, OCRed",
 "cover": ["REGIONE SICILIANA", "AZIENDA SANITARIA PROVINCIALE DI RAGUSA", "", "PIANO DELLA PERFORMANCE", "2025 – 2027", "", "Allegato alla deliberazione del Direttore Generale n. 118 del 30 gennaio 2025"],
 "blocks": [
  {"t": "h1", "text": "1. Premessa"},
  {"t": "p", "text": "Il Piano della performance 2025-2027 dell'Azienda Sanitaria Provinciale di Ragusa individua gli obiettivi strategici e operativi, gli indicatori e i valori attesi per il triennio, in coerenza con gli obiettivi di salute assegnati dall'Assessorato regionale della Salute e con il bilancio di previsione."},
  {"t": "p", "text": "L'Azienda opera su un territorio di 12 comuni con una popolazione residente di circa 315.000 abitanti, articolato in tre distretti sanitari e tre presidi ospedalieri."},
  {"t": "h1", "text": "2. Risorse economiche"},
  {"t": "p", "text": "Le risorse assegnate alle macrostrutture aziendali per l'esercizio 2025 sono riepilogate di seguito."},
  {"t": "table", "kind": "other", "widths": [7.5, 3.8, 3.8], "header": ["Macrostruttura", "Costi 2024 (consuntivo)", "Budget 2025"],
   "rows": [["Dipartimento di Prevenzione", "€ 18.420.000,00", "€ 19.150.000,00"], ["Distretti sanitari", "€ 212.730.000,00", "€ 218.400.000,00"], ["Presidi ospedalieri", "€ 287.960.000,00", "€ 293.100.000,00"], ["Area tecnico-amministrativa", "€ 41.280.000,00", "€ 40.600.000,00"], ["Totale", "€ 560.390.000,00", "€ 571.250.000,00"]]},
  {"t": "p", "text": "Fonte: bilancio economico preventivo 2025, deliberazione n. 2871 del 31 dicembre 2024."},
  {"t": "h1", "text": "3. Obiettivi, indicatori e target 2025-2027", "landscape": True},
  {"t": "p", "text": "La tabella riporta per ciascun obiettivo operativo gli indicatori con il peso, il valore di partenza rilevato nel 2024 e i valori attesi per ciascun anno del triennio."},
  {"t": "table", "kind": "ind", "landscape": True, "merge_cols": [0, 1],
   "widths": [3.3, 3.6, 1.3, 5.0, 5.0, 1.3, 2.0, 2.0, 2.0, 2.0],
   "header": ["Area strategica", "Obiettivo operativo", "Cod.", "Indicatore", "Formula", "Peso", "Baseline 2024", "Target 2025", "Target 2026", "Target 2027"],
   "map": ["area", "operational", "indicator_code", "indicator", "formula", "weight", "baseline", "target@2025", "target@2026", "target@2027"],
   "rows": [
    brow("1 – Prevenzione e sanità pubblica", "1.1 – Potenziare gli screening oncologici", "1.1.a", "Percentuale di adesione allo screening mammografico", "Donne 50-69 anni screenate / popolazione bersaglio", "10%", "48,2%", "≥ 55%", "≥ 60%", "≥ 65%"),
    brow("1 – Prevenzione e sanità pubblica", "1.1 – Potenziare gli screening oncologici", "1.1.b", "Percentuale di adesione allo screening colorettale", "Persone 50-69 anni screenate / popolazione bersaglio", "10%", "29,5%", "≥ 35%", "≥ 40%", "≥ 45%"),
    brow("1 – Prevenzione e sanità pubblica", "1.2 – Migliorare le coperture vaccinali", "1.2.a", "Copertura vaccinale esavalente a 24 mesi", "Bambini vaccinati / coorte dei nati", "8%", "94,1%", "≥ 95%", "≥ 95%", "≥ 95%"),
    brow("1 – Prevenzione e sanità pubblica", "1.2 – Migliorare le coperture vaccinali", "1.2.b", "Numero di controlli ufficiali negli stabilimenti alimentari", "Controlli eseguiti nell'anno", "6%", "1.184", "1.250", "1.300", "1.350"),
    brow("2 – Accesso e tempi di attesa", "2.1 – Ridurre i tempi di attesa delle prestazioni ambulatoriali", "2.1.a", "Percentuale di prime visite in classe B erogate entro 10 giorni", "Visite B entro 10 gg / visite B prenotate", "12%", "78,6%", "≥ 90%", "≥ 92%", "≥ 95%"),
    brow("2 – Accesso e tempi di attesa", "2.1 – Ridurre i tempi di attesa delle prestazioni ambulatoriali", "2.1.b", "Tempo medio di attesa per TAC programmabile", "Media dei giorni tra prenotazione ed erogazione", "8%", "74 gg", "≤ 60 gg", "≤ 50 gg", "≤ 45 gg"),
    brow("2 – Accesso e tempi di attesa", "2.2 – Appropriatezza dei ricoveri e del pronto soccorso", "2.2.a", "Tempo medio di permanenza in pronto soccorso dei pazienti non ricoverati", "Minuti tra triage e dimissione / accessi non seguiti da ricovero", "8%", "386 minuti", "≤ 300 minuti", "≤ 270 minuti", "≤ 240 minuti"),
    brow("2 – Accesso e tempi di attesa", "2.2 – Appropriatezza dei ricoveri e del pronto soccorso", "2.2.b", "Percentuale di parti cesarei primari", "Cesarei primari / parti di donne senza pregresso cesareo", "8%", "27,4%", "≤ 25%", "≤ 23%", "≤ 20%"),
    brow("3 – Sostenibilità e trasparenza", "3.1 – Equilibrio economico e tempestività dei pagamenti", "3.1.a", "Indicatore di tempestività dei pagamenti", "Ritardo medio ponderato (PCC)", "10%", "3,2 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg"),
    brow("3 – Sostenibilità e trasparenza", "3.1 – Equilibrio economico e tempestività dei pagamenti", "3.1.b", "Riduzione della spesa farmaceutica convenzionata pro capite", "Spesa netta / popolazione pesata", "10%", "€ 158,40", "€ 154,00", "€ 151,00", "€ 148,00"),
    brow("3 – Sostenibilità e trasparenza", "3.2 – Prevenzione della corruzione", "3.2.a", "Percentuale di dipendenti formati in materia di anticorruzione", "Dipendenti formati / dipendenti in servizio", "10%", "n.d.", "≥ 30%", "≥ 60%", "100%"),
   ]},
  {"t": "p", "text": "I pesi sono espressi in percentuale sul totale degli obiettivi assegnati alla Direzione generale; i target degli anni 2026 e 2027 saranno aggiornati in sede di scorrimento del Piano."},
 ]}
S[B["name"]] = B

# ---------------- C: Università di Camerino, relazione 2023 (Esito line after each table + prose; stamp and signature)
C = {
 "name": "universita-camerino-2023-relazione",
 "document": {"issuer": "Università degli Studi di Camerino", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "layout": "Word portrait; one ruled table per obiettivo strategico (N. / Indicatore / Peso / Target / Consuntivo / Grado di raggiungimento), 'Esito:' line and prose after the table, outcome-count table, signature block with rubber stamp and handwritten signature added on the printed last page; scanned, OCRed",
 "cover": ["UNIVERSITÀ DEGLI STUDI DI CAMERINO", "Direzione Generale", "", "RELAZIONE SULLA PERFORMANCE", "ANNO 2023", "", "Approvata dal Consiglio di Amministrazione nella seduta del 26 giugno 2024"],
 "blocks": [
  {"t": "h1", "text": "1. Introduzione"},
  {"t": "p", "text": "La presente Relazione illustra i risultati conseguiti dall'Ateneo nel 2023 rispetto agli obiettivi del Piano integrato di attività e organizzazione 2023-2025, secondo le Linee guida ANVUR per la gestione integrata del ciclo della performance delle università statali."},
  {"t": "p", "text": "Per ciascun obiettivo strategico sono riportati gli indicatori con il peso, il target, il valore consuntivo e il grado di raggiungimento, seguiti dall'esito complessivo valutato dal Nucleo di valutazione."},
  {"t": "h2", "text": "Area strategica A – Didattica", "area": ["A", "Didattica"]},
  {"t": "h3", "text": "Obiettivo strategico A.1 – Migliorare la regolarità delle carriere degli studenti", "obj": ["strategic", "A.1", "Migliorare la regolarità delle carriere degli studenti"]},
  {"t": "table", "kind": "ind", "widths": [1.0, 5.0, 1.5, 3.0, 3.0, 3.6],
   "header": ["N.", "Indicatore", "Peso", "Target 2023", "Consuntivo 2023", "Grado di raggiungimento"],
   "map": ["indicator_code", "indicator", "weight", "target", "actual", "achievement"], "year": 2023,
   "rows": [
    ["1", "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "40%", "≥ 52%", "55,1%", "100%"],
    ["2", "Percentuale di laureati entro la durata normale del corso", "30%", "≥ 60%", "63,7%", "100%"],
    ["3", "Tasso di abbandono dopo il primo anno", "30%", "≤ 12%", "11,2%", "100%"]],
   "esito": "Raggiunto", "after": "Tutti gli indicatori dell'obiettivo hanno superato il valore atteso, grazie anche al potenziamento del tutorato disciplinare nei corsi di laurea triennali."},
  {"t": "h3", "text": "Obiettivo strategico A.2 – Rafforzare l'internazionalizzazione della didattica", "obj": ["strategic", "A.2", "Rafforzare l'internazionalizzazione della didattica"]},
  {"t": "table", "kind": "ind", "widths": [1.0, 5.0, 1.5, 3.0, 3.0, 3.6],
   "header": ["N.", "Indicatore", "Peso", "Target 2023", "Consuntivo 2023", "Grado di raggiungimento"],
   "map": ["indicator_code", "indicator", "weight", "target", "actual", "achievement"], "year": 2023,
   "rows": [
    ["4", "Numero di CFU conseguiti all'estero dagli studenti regolari", "50%", "≥ 2.400", "2.118", "88,3%"],
    ["5", "Numero di corsi di studio erogati in lingua inglese", "50%", "6", "6", "100%"]],
   "esito": "Parzialmente raggiunto", "after": "La mobilità in uscita non ha ancora recuperato i livelli precedenti alla pandemia; il valore dei CFU acquisiti all'estero è comunque cresciuto del 14% rispetto al 2022."},
  {"t": "h2", "text": "Area strategica B – Ricerca e terza missione", "area": ["B", "Ricerca e terza missione"]},
  {"t": "h3", "text": "Obiettivo strategico B.1 – Accrescere la capacità di attrarre finanziamenti per la ricerca", "obj": ["strategic", "B.1", "Accrescere la capacità di attrarre finanziamenti per la ricerca"]},
  {"t": "table", "kind": "ind", "widths": [1.0, 5.0, 1.5, 3.0, 3.0, 3.6],
   "header": ["N.", "Indicatore", "Peso", "Target 2023", "Consuntivo 2023", "Grado di raggiungimento"],
   "map": ["indicator_code", "indicator", "weight", "target", "actual", "achievement"], "year": 2023,
   "rows": [
    ["6", "Proventi da ricerca competitiva (bandi nazionali e internazionali)", "40%", "≥ € 6.500.000,00", "€ 7.184.220,00", "100%"],
    ["7", "Numero di progetti presentati su bandi Horizon Europe", "30%", "≥ 35", "41", "100%"],
    ["8", "Numero di brevetti depositati", "30%", "≥ 5", "6", "100%"]],
   "esito": "Raggiunto", "after": "Sui risultati ha inciso la partecipazione dell'Ateneo all'ecosistema dell'innovazione Vitality finanziato dal PNRR."},
  {"t": "h2", "text": "Area strategica C – Organizzazione e servizi", "area": ["C", "Organizzazione e servizi"]},
  {"t": "h3", "text": "Obiettivo strategico C.1 – Semplificare i processi amministrativi", "obj": ["strategic", "C.1", "Semplificare i processi amministrativi"]},
  {"t": "table", "kind": "ind", "widths": [1.0, 5.0, 1.5, 3.0, 3.0, 3.6],
   "header": ["N.", "Indicatore", "Peso", "Target 2023", "Consuntivo 2023", "Grado di raggiungimento"],
   "map": ["indicator_code", "indicator", "weight", "target", "actual", "achievement"], "year": 2023,
   "rows": [
    ["9", "Tempo medio di pagamento delle fatture passive", "35%", "≤ 30 gg", "27 gg", "100%"],
    ["10", "Percentuale di procedure di acquisto gestite in piattaforma telematica", "35%", "100%", "97,5%", "97,5%"],
    ["11", "Tempi di rilascio del diploma di laurea in formato digitale", "30%", "≤ 60 gg", "75 gg", "0%"]],
   "esito": "Non raggiunto", "after": "Il rilascio del diploma digitale ha risentito del passaggio alla nuova versione della piattaforma Esse3; il processo è stato riorganizzato a partire da febbraio 2024."},
  {"t": "h1", "text": "Sintesi dei risultati"},
  {"t": "table", "kind": "other", "widths": [7, 3.5, 3.5], "header": ["Esito", "N. indicatori", "%"],
   "rows": [["Raggiunto", "6", "54,5%"], ["Parzialmente raggiunto", "2", "18,2%"], ["Non raggiunto", "3", "27,3%"], ["Totale", "11", "100,0%"]]},
  {"t": "p", "text": "Il Nucleo di valutazione ha validato la presente Relazione con verbale n. 7 del 28 giugno 2024, ai sensi dell'art. 14, comma 4, lett. c) del D.Lgs. 150/2009."},
  {"t": "sign", "text": ["Camerino, 28 giugno 2024", "", "IL DIRETTORE GENERALE", "Dott. Vincenzo Tedesco", "", "", "", "IL RETTORE", "Prof. Graziano Leoni"]},
 ]}
S[C["name"]] = C

for n, c in S.items():
    json.dump(c, open(f"/work/blind/r57/{n}.content.json", "w"), ensure_ascii=False, indent=1)
print("ok")

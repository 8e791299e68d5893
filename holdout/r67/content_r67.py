"""Writes the three content files of round r67 (hand-written content as data)."""
import json
S = []

def ind_table(widths, header, mapping, rows, year=None, esito=None, after=None, merge_cols=()):
    b = {"t": "table", "kind": "ind", "widths": widths, "header": header, "map": mapping, "rows": rows}
    if year: b["year"] = year
    if esito: b["esito"] = esito; b["after"] = after
    if merge_cols: b["merge_cols"] = list(merge_cols)
    return b

# ---------------- A: Comune di Pordenone, relazione 2024 (portrait, table per obiettivo operativo, Esito column) -> OCR
H = ["Cod.", "Indicatore", "Fonte", "Target 2024", "Valore raggiunto", "Esito"]
M = ["indicator_code", "indicator", "data_source", "target", "actual", "status"]
W = [1.3, 4.6, 2.6, 2.9, 2.9, 2.7]
A = {
 "name": "comune-pordenone-2024-relazione",
 "document": {"issuer": "Comune di Pordenone", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "layout": "Word portrait; cover; staff table; one ruled table per obiettivo operativo (Cod., Indicatore, Fonte, Target 2024, Valore raggiunto, Esito); signature with stamp; printed, scanned (skew 0.2-0.9°, noise, JPEG), OCRed with ocrmypdf (searchable scan)",
 "cover": ["COMUNE DI PORDENONE", "Settore I – Affari generali e istituzionali", "", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024", "", "(art. 10, comma 1, lett. b, D.Lgs. 27 ottobre 2009, n. 150)", "", "Approvata con deliberazione della Giunta comunale n. 168 del 19 giugno 2025"],
 "blocks": [
  {"t": "h1", "text": "1. Premessa"},
  {"t": "p", "text": "La presente Relazione illustra i risultati organizzativi conseguiti dall'Ente nell'anno 2024 rispetto agli obiettivi definiti nella sezione Performance del PIAO 2024-2026, approvato con deliberazione della Giunta comunale n. 31 del 15 febbraio 2024. I dati sono stati raccolti dai Settori e verificati dall'Organismo indipendente di valutazione."},
  {"t": "p", "text": "Al 31 dicembre 2024 prestavano servizio presso il Comune 412 dipendenti a tempo indeterminato, ripartiti come segue."},
  {"t": "table", "kind": "other", "widths": [7.5, 3, 3, 3], "header": ["Area di inquadramento", "Uomini", "Donne", "Totale"],
   "rows": [["Dirigenti", "4", "3", "7"], ["Area dei Funzionari e dell'Elevata Qualificazione", "41", "76", "117"], ["Area degli Istruttori", "72", "139", "211"], ["Area degli Operatori esperti", "48", "21", "69"], ["Area degli Operatori", "5", "3", "8"], ["Totale", "170", "242", "412"]]},
  {"t": "h1", "text": "2. Risultati degli obiettivi operativi"},
  {"t": "p", "text": "Per ciascun obiettivo operativo si riportano gli indicatori, il valore atteso per il 2024, il valore effettivamente raggiunto e l'esito validato dall'OIV."},
  {"t": "h2", "text": "Area strategica 1 – Pordenone città sicura e accogliente", "area": ["1", "Pordenone città sicura e accogliente"]},
  {"t": "h3", "text": "Obiettivo operativo 1.1 – Controllo del territorio e sicurezza urbana", "obj": ["operational", "1.1", "Controllo del territorio e sicurezza urbana"]},
  ind_table(W, H, M, [
    ["1.1.1", "Numero di servizi serali di pattugliamento nei quartieri", "Comando Polizia locale", "≥ 420", "463", "Raggiunto"],
    ["1.1.2", "Tempo medio di intervento su segnalazione dei cittadini", "Centrale operativa", "≤ 25 minuti", "22 minuti", "Raggiunto"],
    ["1.1.3", "Percentuale di sanzioni notificate entro 90 giorni", "Ufficio verbali", "≥ 95%", "91,4%", "Parzialmente raggiunto"],
  ], year=2024),
  {"t": "h3", "text": "Obiettivo operativo 1.2 – Servizi sociali di prossimità", "obj": ["operational", "1.2", "Servizi sociali di prossimità"]},
  ind_table(W, H, M, [
    ["1.2.1", "Tempo medio di presa in carico delle domande di assistenza domiciliare", "Cartella sociale", "≤ 15 gg", "12 gg", "Raggiunto"],
    ["1.2.2", "Numero di anziani raggiunti dal servizio di telesoccorso", "Servizio sociale dei Comuni", "≥ 350", "338", "Parzialmente raggiunto"],
    ["1.2.3", "Apertura del nuovo centro diurno di via Montereale", "Settore Servizi sociali", "Entro il 30/09/2024", "Obiettivo sospeso", "Obiettivo sospeso"],
  ], year=2024),
  {"t": "h2", "text": "Area strategica 2 – Pordenone città sostenibile", "area": ["2", "Pordenone città sostenibile"]},
  {"t": "h3", "text": "Obiettivo operativo 2.1 – Gestione dei rifiuti e decoro urbano", "obj": ["operational", "2.1", "Gestione dei rifiuti e decoro urbano"]},
  ind_table(W, H, M, [
    ["2.1.1", "Percentuale di raccolta differenziata", "Report GEA S.p.A.", "≥ 80%", "82,6%", "Raggiunto"],
    ["2.1.2", "Tempo medio di rimozione dei rifiuti abbandonati", "Segnalazioni app", "≤ 3 gg", "2,4 gg", "Raggiunto"],
    ["2.1.3", "Numero di controlli ambientali sui conferimenti", "Polizia locale", "≥ 600", "412", "Non raggiunto"],
  ], year=2024),
  {"t": "h3", "text": "Obiettivo operativo 2.2 – Manutenzione del patrimonio e opere pubbliche", "obj": ["operational", "2.2", "Manutenzione del patrimonio e opere pubbliche"]},
  ind_table(W, H, M, [
    ["2.2.1", "Grado di realizzazione del programma triennale dei lavori pubblici (annualità 2024)", "Settore Lavori pubblici", "≥ 85%", "88%", "Raggiunto"],
    ["2.2.2", "Importo dei lavori PNRR aggiudicati", "Settore Lavori pubblici", "€ 4.500.000,00", "€ 4.812.350,00", "Raggiunto"],
    ["2.2.3", "Tempo medio di evasione delle richieste di manutenzione ordinaria", "Gestionale manutenzioni", "≤ 10 gg", "13 gg", "Non raggiunto"],
  ], year=2024),
  {"t": "h2", "text": "Area strategica 3 – Pordenone città efficiente e digitale", "area": ["3", "Pordenone città efficiente e digitale"]},
  {"t": "h3", "text": "Obiettivo operativo 3.1 – Semplificazione e digitalizzazione dei servizi", "obj": ["operational", "3.1", "Semplificazione e digitalizzazione dei servizi"]},
  ind_table(W, H, M, [
    ["3.1.1", "Numero di servizi online accessibili con SPID/CIE", "Ufficio Transizione digitale", "≥ 40", "46", "Raggiunto"],
    ["3.1.2", "Tempo medio di pagamento delle fatture commerciali", "Piattaforma PCC", "≤ 30 gg", "21 gg", "Raggiunto"],
    ["3.1.3", "Percentuale di certificati anagrafici rilasciati online", "Servizi demografici", "≥ 60%", "n.d.", "Non valutabile"],
    ["3.1.4", "Indice di tempestività dei pagamenti", "Piattaforma PCC", "≤ 0", "-8,7", "Raggiunto"],
  ], year=2024),
  {"t": "h1", "text": "3. Sintesi dei risultati"},
  {"t": "table", "kind": "other", "widths": [7, 3.5, 3.5], "header": ["Esito", "N. indicatori", "%"],
   "rows": [["Raggiunto", "10", "62,5%"], ["Parzialmente raggiunto", "2", "12,5%"], ["Non raggiunto", "2", "12,5%"], ["Obiettivo sospeso / non valutabile", "2", "12,5%"], ["Totale", "16", "100,0%"]]},
  {"t": "p", "text": "Il grado complessivo di raggiungimento degli obiettivi di performance organizzativa è pari al 78,1%, in linea con l'anno precedente."},
  {"t": "sign", "text": ["Pordenone, 12 giugno 2025", "IL SEGRETARIO GENERALE", "dott.ssa Maria Grazia Bortolin"], "anchor": ["SEGRETARIO", "Bortolin"],
   "stamp": ["COMUNE DI PORDENONE • ", "SEGRETERIA", "GENERALE"]},
 ]}
S.append(A)

# ---------------- B: Provincia di Fermo, relazione 2023 (landscape, objective column merged, Esito line after each table) -> OCR
HB = ["Obiettivo operativo", "Indicatore", "Formula di calcolo", "Peso", "Target 2023", "Consuntivo 2023", "% raggiung."]
MB = ["operational", "indicator", "formula", "weight", "target", "actual", "achievement"]
WB = [4.8, 5.4, 5.6, 1.5, 2.8, 3.0, 2.4]
B = {
 "name": "provincia-fermo-2023-relazione",
 "document": {"issuer": "Provincia di Fermo", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "layout": "Word: portrait intro with budget table, landscape tables per area with the obiettivo operativo column merged down, Formula, Peso, Target/Consuntivo 2023, % raggiungimento; 'Esito:' line + prose after each table; printed, scanned (skew, noise, JPEG), OCRed (searchable scan)",
 "cover": ["PROVINCIA DI FERMO", "Servizio Programmazione, Controllo di gestione e Personale", "", "RELAZIONE SULLA PERFORMANCE", "ANNO 2023", "", "Validata dal Nucleo di valutazione in data 26 giugno 2024"],
 "blocks": [
  {"t": "h1", "text": "1. Il contesto e le risorse"},
  {"t": "p", "text": "La Provincia di Fermo esercita le funzioni fondamentali previste dalla legge 7 aprile 2014, n. 56, in materia di viabilità provinciale, edilizia scolastica, pianificazione territoriale e tutela dell'ambiente. Nel 2023 le risorse finanziarie impegnate per missione sono state le seguenti."},
  {"t": "table", "kind": "other", "widths": [8, 3.6, 3.6], "header": ["Missione", "Stanziamento definitivo", "Impegnato"],
   "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 6.842.115,20", "€ 6.103.987,44"], ["04 – Istruzione e diritto allo studio", "€ 9.215.600,00", "€ 8.774.210,93"], ["09 – Sviluppo sostenibile e tutela del territorio", "€ 1.318.400,00", "€ 1.097.552,18"], ["10 – Trasporti e diritto alla mobilità", "€ 14.907.330,00", "€ 12.486.905,71"], ["Totale", "€ 32.283.445,20", "€ 28.462.656,26"]]},
  {"t": "p", "text": "Il personale in servizio al 31 dicembre 2023 era di 118 unità, di cui 3 dirigenti."},
  {"t": "h1", "text": "2. Risultati per area strategica", "landscape": True},
  {"t": "h2", "text": "Area strategica A – Viabilità e trasporti", "area": ["A", "Viabilità e trasporti"]},
  ind_table(WB, HB, MB, [
    ["A.1 – Sicurezza della rete stradale provinciale", "Chilometri di strade provinciali con nuova segnaletica orizzontale", "Km di segnaletica rifatta nell'anno", "10%", "≥ 120", "134", "100%"],
    ["A.1 – Sicurezza della rete stradale provinciale", "Tempo medio di ripristino delle buche segnalate", "Somma giorni di ripristino / n. segnalazioni", "10%", "≤ 7 gg", "6 gg", "100%"],
  ], year=2023, esito="Raggiunto", merge_cols=[0]),
  ind_table(WB, HB, MB, [
    ["A.2 – Manutenzione straordinaria di ponti e viadotti", "Percentuale di ponti sottoposti a ispezione di primo livello", "Ponti ispezionati / ponti censiti × 100", "15%", "100%", "100%", "100%"],
    ["A.2 – Manutenzione straordinaria di ponti e viadotti", "Importo dei lavori di manutenzione straordinaria avviati", "Somma degli importi dei contratti stipulati", "10%", "€ 2.500.000,00", "€ 2.118.400,00", "84,7%"],
  ], year=2023, esito="Parzialmente raggiunto", after="Lo scostamento sull'importo dei lavori avviati è dovuto alla gara per il viadotto sul fiume Tenna, andata deserta nel mese di ottobre e ribandita a dicembre 2023.", merge_cols=[0]),
  {"t": "h2", "text": "Area strategica B – Edilizia scolastica", "area": ["B", "Edilizia scolastica"]},
  ind_table(WB, HB, MB, [
    ["B.1 – Messa in sicurezza degli istituti superiori", "Numero di istituti con certificato di prevenzione incendi aggiornato", "Conteggio dei CPI rilasciati", "10%", "≥ 14", "14", "100%"],
    ["B.1 – Messa in sicurezza degli istituti superiori", "Percentuale di interventi urgenti eseguiti entro 48 ore", "Interventi entro 48 ore / interventi urgenti × 100", "10%", "≥ 90%", "96,2%", "100%"],
  ], year=2023, esito="Raggiunto", after="Tutti gli interventi programmati sono stati completati prima dell'avvio dell'anno scolastico 2023/2024.", merge_cols=[0]),
  ind_table(WB, HB, MB, [
    ["B.2 – Efficientamento energetico", "Riduzione dei consumi di gas metano negli edifici scolastici rispetto al 2022", "(Consumi 2022 – consumi 2023) / consumi 2022 × 100", "10%", "≥ 8%", "11,3%", "100%"],
  ], year=2023, esito="Raggiunto", merge_cols=[0]),
  {"t": "h2", "text": "Area strategica C – Ente efficiente e trasparente", "area": ["C", "Ente efficiente e trasparente"]},
  ind_table(WB, HB, MB, [
    ["C.1 – Trasparenza e prevenzione della corruzione", "Percentuale di obblighi di pubblicazione assolti", "Obblighi assolti / obblighi previsti × 100", "5%", "≥ 95%", "97%", "100%"],
    ["C.1 – Trasparenza e prevenzione della corruzione", "Numero di dipendenti formati in materia di anticorruzione", "Conteggio dei partecipanti ai corsi", "5%", "≥ 80", "92", "100%"],
  ], year=2023, esito="Raggiunto", merge_cols=[0]),
  ind_table(WB, HB, MB, [
    ["C.2 – Tempestività dei pagamenti", "Tempo medio di pagamento delle fatture", "Media ponderata dei giorni di pagamento", "5%", "≤ 30 gg", "27 gg", "100%"],
    ["C.2 – Tempestività dei pagamenti", "Indicatore annuale di tempestività dei pagamenti", "Calcolo ex DPCM 22/09/2014", "0%", "≤ 0", "-3,12", "100%"],
  ], year=2023, esito="Raggiunto", after="I dati sono stati verificati sulla Piattaforma dei crediti commerciali alla data del 31 gennaio 2024.", merge_cols=[0]),
  {"t": "h2", "text": "Area strategica D – Ambiente e territorio", "area": ["D", "Ambiente e territorio"]},
  ind_table(WB, HB, MB, [
    ["D.1 – Controlli ambientali", "Numero di sopralluoghi presso impianti di gestione rifiuti", "Conteggio dei verbali di sopralluogo", "5%", "≥ 60", "41", "68,3%"],
    ["D.1 – Controlli ambientali", "Tempo medio di rilascio delle autorizzazioni agli scarichi", "Giorni tra istanza completa e provvedimento", "5%", "≤ 60 gg", "74 gg", "0%"],
  ], year=2023, esito="Non raggiunto", after="La carenza di personale tecnico nel Servizio Ambiente, con due pensionamenti non sostituiti, ha inciso sull'attività di controllo e sui tempi istruttori.", merge_cols=[0]),
  {"t": "h1", "text": "3. Conclusioni", "landscape": True},
  {"t": "p", "text": "Il grado medio di raggiungimento degli obiettivi dell'Ente nel 2023 è pari all'89,6%. Le risultanze della presente Relazione costituiscono la base per la valutazione della performance organizzativa e individuale del personale."},
  {"t": "sign", "text": ["Fermo, 20 giugno 2024", "IL DIRIGENTE DEL SETTORE", "dott. Lucio Ferracuti"], "anchor": ["DIRIGENTE", "Ferracuti"],
   "stamp": ["PROVINCIA DI FERMO • ", "SETTORE", "I"]},
 ]}
S.append(B)

# ---------------- C: ASST Franciacorta, piano 2024 (portrait, target per year, baseline) -> image only
HC = ["N.", "Indicatore", "Peso", "Baseline 2023", "Target 2024", "Target 2025", "Target 2026"]
MC = ["indicator_code", "indicator", "weight", "baseline", "target@2024", "target@2025", "target@2026"]
WC = [1.1, 5.6, 1.5, 2.4, 2.4, 2.4, 2.4]
C = {
 "name": "asst-franciacorta-2024-piano",
 "document": {"issuer": "Azienda Socio Sanitaria Territoriale della Franciacorta", "title": "Piano della performance", "year": 2024, "kind": "piano"},
 "layout": "Word portrait; cover with acronym line; context prose and risk/staff table; one ruled table per obiettivo strategico with Baseline 2023 and Target 2024/2025/2026 (3 records per indicator); printed, scanned (skew, noise, JPEG); IMAGE-ONLY (no OCR)",
 "cover": ["ASST FRANCIACORTA", "Azienda Socio Sanitaria Territoriale della Franciacorta", "", "PIANO DELLA PERFORMANCE", "2024 – 2026", "", "Adottato con decreto del Direttore Generale n. 58 del 30 gennaio 2024"],
 "blocks": [
  {"t": "h1", "text": "1. Presentazione dell'Azienda"},
  {"t": "p", "text": "L'ASST della Franciacorta eroga prestazioni sanitarie e sociosanitarie attraverso i presidi ospedalieri di Chiari e Iseo e la rete territoriale delle Case di Comunità. Il Piano definisce, in coerenza con le regole di sistema di Regione Lombardia, gli obiettivi e gli indicatori per il triennio 2024-2026."},
  {"t": "table", "kind": "other", "widths": [7, 3, 3, 3], "header": ["Profilo", "2022", "2023", "Variazione"],
   "rows": [["Dirigenza medica e veterinaria", "312", "318", "+6"], ["Dirigenza sanitaria non medica", "41", "43", "+2"], ["Personale infermieristico", "904", "921", "+17"], ["Personale tecnico-sanitario e della riabilitazione", "187", "190", "+3"], ["Personale amministrativo e tecnico", "402", "396", "-6"], ["Totale", "1.846", "1.868", "+22"]]},
  {"t": "h1", "text": "2. Obiettivi e indicatori"},
  {"t": "p", "text": "Per ciascun obiettivo strategico sono riportati gli indicatori, il peso, il valore di partenza rilevato nel 2023 e i valori attesi per ciascuna annualità del triennio."},
  {"t": "h2", "text": "Obiettivo strategico 1 – Governo dei tempi di attesa", "obj": ["strategic", "1", "Governo dei tempi di attesa"]},
  ind_table(WC, HC, MC, [
    ["1.1", "Percentuale di prime visite in classe B erogate entro 10 giorni", "10%", "82%", "≥ 90%", "≥ 92%", "≥ 95%"],
    ["1.2", "Percentuale di prestazioni diagnostiche in classe D erogate entro 60 giorni", "10%", "76%", "≥ 85%", "≥ 88%", "≥ 90%"],
    ["1.3", "Tempo medio di attesa in Pronto Soccorso per i codici verdi", "5%", "3,4 ore", "≤ 3 ore", "≤ 2,5 ore", "≤ 2 ore"],
    ["1.4", "Numero di agende di specialistica pubblicate sul CUP regionale", "5%", "214", "≥ 240", "≥ 260", "≥ 280"],
  ]),
  {"t": "h2", "text": "Obiettivo strategico 2 – Sviluppo della sanità territoriale", "obj": ["strategic", "2", "Sviluppo della sanità territoriale"]},
  ind_table(WC, HC, MC, [
    ["2.1", "Numero di Case di Comunità attive", "10%", "4", "6", "8", "8"],
    ["2.2", "Percentuale di pazienti over 65 presi in carico in assistenza domiciliare integrata", "10%", "7,1%", "≥ 8%", "≥ 9%", "≥ 10%"],
    ["2.3", "Tasso di ricovero per scompenso cardiaco (per 100.000 abitanti)", "5%", "312", "≤ 300", "≤ 290", "≤ 280"],
    ["2.4", "Attivazione della Centrale Operativa Territoriale di Iseo", "5%", "–", "Entro il 30/06/2024", "", ""],
  ]),
  {"t": "h2", "text": "Obiettivo strategico 3 – Sostenibilità economica e trasparenza", "obj": ["strategic", "3", "Sostenibilità economica e trasparenza"]},
  ind_table(WC, HC, MC, [
    ["3.1", "Indice di tempestività dei pagamenti", "10%", "-4,2", "≤ 0", "≤ 0", "≤ 0"],
    ["3.2", "Costo dei farmaci per ricoveri ospedalieri", "10%", "€ 14.870.000", "≤ € 14.500.000", "≤ € 14.300.000", "≤ € 14.100.000"],
    ["3.3", "Percentuale di obblighi di pubblicazione in Amministrazione trasparente assolti", "10%", "93%", "100%", "100%", "100%"],
    ["3.4", "Percentuale di dipendenti che hanno completato la formazione sulla privacy", "10%", "58%", "≥ 70%", "≥ 80%", "≥ 90%"],
  ]),
  {"t": "h1", "text": "3. Rischi per il conseguimento degli obiettivi"},
  {"t": "table", "kind": "other", "widths": [6, 3, 6.8], "header": ["Rischio", "Livello", "Misura di mitigazione"],
   "rows": [["Carenza di medici di emergenza-urgenza", "Alto", "Convenzioni con ASST limitrofe e incentivi orari"], ["Ritardi nei cantieri PNRR delle Case di Comunità", "Medio", "Monitoraggio mensile del cronoprogramma"], ["Aumento dei prezzi dei farmaci innovativi", "Medio", "Gare aggregate con ARIA S.p.A."]]},
  {"t": "p", "text": "Il Piano è pubblicato nella sezione Amministrazione trasparente del sito aziendale ed è aggiornato annualmente entro il 31 gennaio."},
  {"t": "sign", "text": ["Chiari, 30 gennaio 2024", "IL DIRETTORE GENERALE", "dott. Mauro Borelli"], "anchor": ["DIRETTORE", "Borelli"],
   "stamp": ["ASST DELLA FRANCIACORTA • ", "DIREZIONE", "GENERALE"]},
 ]}
S.append(C)

if __name__ == "__main__":
    for c in S:
        json.dump(c, open(f"{c['name']}.content.json", "w"), ensure_ascii=False, indent=1)
        print(c["name"])

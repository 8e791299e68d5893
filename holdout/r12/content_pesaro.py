import json
G = []  # groups: missione, programma, objectives
def ob(code, title, inds): return {"code": code, "title": title, "ind": inds}
def ind(name, peso, base, t25, t26, t27): return {"indicator": name, "weight": peso, "baseline": base, "targets": [t25, t26, t27]}
C = {
 "name": "comune-pesaro-2025-piano",
 "document": {"issuer": "Comune di Pesaro", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": ["COMUNE DI PESARO", "Piano Integrato di Attività e Organizzazione", "2025 – 2027",
           "Sezione 2 – Valore pubblico, performance e anticorruzione", "Sottosezione 2.2 – Performance",
           "Approvato con deliberazione della Giunta comunale n. 27 del 30 gennaio 2025"],
 "intro": [
  ("h", "2.2 Performance"),
  ("p", "La presente sottosezione individua, in coerenza con il Documento Unico di Programmazione 2025-2027 e con il bilancio di previsione, gli obiettivi di performance organizzativa assegnati ai Settori dell'Ente, articolati per Missione e Programma di bilancio secondo lo schema del d.lgs. 118/2011. Per ciascun obiettivo sono riportati gli indicatori di misurazione, il peso attribuito all'interno dell'obiettivo, il valore di partenza rilevato al 31 dicembre 2024 e i target attesi per ciascuna annualità del triennio."),
  ("p", "I valori indicati come n.d. si riferiscono a indicatori di nuova introduzione per i quali non è disponibile una rilevazione storica; il relativo valore di partenza sarà rilevato nel corso del primo anno di applicazione."),
  ("h", "2.2.1 Risorse finanziarie assegnate per Missione e Programma"),
  ("p", "Le previsioni di spesa corrente e in conto capitale del bilancio 2025-2027 relative ai programmi cui si riferiscono gli obiettivi di performance sono riepilogate nella tabella che segue (importi in euro)."),
 ],
 "budget_header": ["Missione", "Programma", "Previsioni 2025", "Previsioni 2026", "Previsioni 2027"],
 "budget_rows": [
  ["01 Servizi istituzionali, generali e di gestione", "01.02 Segreteria generale", "2.145.300,00", "2.098.750,00", "2.098.750,00"],
  ["", "01.07 Elezioni e consultazioni popolari – Anagrafe e stato civile", "1.387.920,00", "1.352.400,00", "1.340.100,00"],
  ["", "01.08 Statistica e sistemi informativi", "1.962.480,00", "1.815.000,00", "1.790.500,00"],
  ["09 Sviluppo sostenibile e tutela del territorio e dell'ambiente", "09.03 Rifiuti", "19.874.600,00", "20.112.300,00", "20.305.900,00"],
  ["12 Diritti sociali, politiche sociali e famiglia", "12.01 Interventi per l'infanzia e i minori e per asili nido", "6.238.150,00", "6.301.000,00", "6.301.000,00"],
  ["Totale", "", "31.608.450,00", "31.679.450,00", "31.836.250,00"],
 ],
 "section_heading": "2.2.2 Obiettivi di performance organizzativa 2025-2027",
 "header": ["Obiettivo", "Indicatore", "Peso", "Valore 2024 (baseline)", "Target 2025", "Target 2026", "Target 2027"],
 "groups": [
  {"missione": ("01", "Servizi istituzionali, generali e di gestione"), "programmi": [
   {"code": "01.02", "title": "Segreteria generale", "obiettivi": [
    ob("01.02.01", "Digitalizzazione integrale del ciclo degli atti deliberativi e delle determinazioni", [
     ind("Percentuale di deliberazioni e determinazioni firmate digitalmente e pubblicate tramite il gestionale documentale", "40%", "82,5%", ">= 95%", "100%", "100%"),
     ind("Tempo medio di pubblicazione all'Albo pretorio on line degli atti esecutivi", "30%", "4,8 gg", "<= 3 gg", "<= 2 gg", "<= 2 gg"),
     ind("Numero di sessioni formative sul nuovo gestionale rivolte ai Settori", "30%", "n.d.", ">= 6", ">= 4", "")]),
    ob("01.02.02", "Rafforzamento dei controlli interni di regolarità amministrativa", [
     ind("Percentuale di atti sottoposti a controllo successivo sul totale delle determinazioni adottate", "50%", "6,2%", ">= 8%", ">= 10%", ">= 10%"),
     ind("Report semestrale degli esiti del controllo trasmesso a Giunta, Revisori e OIV", "50%", "2", "2", "2", "2")]),
   ]},
   {"code": "01.07", "title": "Elezioni e consultazioni popolari – Anagrafe e stato civile", "obiettivi": [
    ob("01.07.01", "Riduzione dei tempi di rilascio dei servizi demografici allo sportello e on line", [
     ind("Tempo medio di attesa per il rilascio della carta d'identità elettronica dalla prenotazione", "50%", "38 gg", "<= 30 gg", "<= 25 gg", "<= 20 gg"),
     ind("Percentuale di certificati anagrafici rilasciati tramite ANPR e sportello telematico", "30%", "61,4%", ">= 70%", ">= 75%", ">= 80%"),
     ind("Grado di soddisfazione degli utenti degli sportelli demografici (scala 1-5)", "20%", "3,9", ">= 4,0", ">= 4,1", ">= 4,2")]),
   ]},
   {"code": "01.08", "title": "Statistica e sistemi informativi", "obiettivi": [
    ob("01.08.01", "Migrazione in cloud qualificato dei servizi applicativi dell'Ente", [
     ind("Percentuale di servizi applicativi migrati su infrastruttura cloud qualificata ACN", "60%", "45%", ">= 70%", "100%", ""),
     ind("Numero di servizi on line accessibili con SPID/CIE e integrati con pagoPA", "40%", "47", ">= 55", ">= 62", ">= 70")]),
   ]}]},
  {"missione": ("09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente"), "programmi": [
   {"code": "09.03", "title": "Rifiuti", "obiettivi": [
    ob("09.03.01", "Incremento della raccolta differenziata e contrasto all'abbandono dei rifiuti", [
     ind("Percentuale di raccolta differenziata sul totale dei rifiuti urbani prodotti", "50%", "72,3%", ">= 74%", ">= 76%", ">= 78%"),
     ind("Numero di controlli ambientali sul conferimento dei rifiuti effettuati dagli ispettori ambientali", "30%", "1.185", ">= 1.300", ">= 1.400", ">= 1.500"),
     ind("Tempo medio di rimozione delle segnalazioni di abbandono rifiuti su suolo pubblico", "20%", "n.d.", "<= 5 gg", "<= 4 gg", "<= 3 gg")]),
   ]}]},
  {"missione": ("12", "Diritti sociali, politiche sociali e famiglia"), "programmi": [
   {"code": "12.01", "title": "Interventi per l'infanzia e i minori e per asili nido", "obiettivi": [
    ob("12.01.01", "Ampliamento dell'offerta dei servizi educativi per la prima infanzia", [
     ind("Numero di posti nido disponibili nelle strutture comunali e convenzionate", "60%", "612", ">= 640", ">= 690", ">= 720"),
     ind("Percentuale di domande di iscrizione al nido soddisfatte alla chiusura della graduatoria", "40%", "78,6%", ">= 82%", ">= 86%", ">= 90%")]),
   ]}]},
 ],
 "after_tables": {"01.02": "Gli obiettivi del Programma sono assegnati al Segretario generale e al Dirigente del Settore Affari generali; il monitoraggio intermedio è previsto al 31 luglio di ciascun anno.",
                  "12.01": "Il raggiungimento dei target 2026 e 2027 è collegato all'entrata in funzione dei due nuovi nidi finanziati con le risorse della Missione 4 del PNRR."},
 "closing": [("h", "2.2.3 Collegamento con la valutazione individuale"),
  ("p", "Gli obiettivi della presente sottosezione costituiscono la base per la valutazione della performance organizzativa dei Settori e concorrono, secondo il Sistema di misurazione e valutazione della performance vigente, alla valutazione dei dirigenti e dei titolari di incarico di elevata qualificazione.")],
}
json.dump(C, open("/work/blind/r12/comune-pesaro-2025-piano.content.json", "w"), ensure_ascii=False, indent=1)

import json
I = lambda name, target, actual, stato, d=None: {"name": name, "target": target, "actual": actual, "stato": stato, "dir": d}
C = {
 "name": "comune-ravenna-2023-relazione",
 "document": {"issuer": "Comune di Ravenna", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["COMUNE DI RAVENNA", "Servizio Programmazione, Controllo di gestione e Performance",
           "RELAZIONE SULLA PERFORMANCE", "Anno 2023",
           "(art. 10, comma 1, lettera b, D.Lgs. 27 ottobre 2009, n. 150)",
           "Validata dal Nucleo di Valutazione in data 21 giugno 2024 – Approvata con deliberazione di Giunta comunale n. 312 del 2 luglio 2024"],
 "intro": [
  ("1. Presentazione", [
   "La presente Relazione chiude il ciclo di gestione della performance 2023 del Comune di Ravenna e rendiconta, per ciascun obiettivo operativo assegnato ai dirigenti con il Piano Esecutivo di Gestione e con la sezione Performance del PIAO 2023-2025, i risultati conseguiti al 31 dicembre 2023, misurati attraverso gli indicatori approvati in sede di programmazione.",
   "I dati sono stati raccolti dal Servizio Programmazione e Controllo di gestione sulla base delle schede di monitoraggio compilate dai Servizi e verificati a campione dal Nucleo di Valutazione. Per ciascun obiettivo si riportano gli indicatori, il valore atteso per il 2023, il valore effettivamente rilevato e lo stato di avanzamento espresso in forma sintetica (Raggiunto, Parziale, Non raggiunto, Sospeso)."]),
  ("2. Il contesto organizzativo", [
   "Al 31 dicembre 2023 l'Ente contava 1.183 dipendenti a tempo indeterminato, in lieve aumento rispetto all'anno precedente per effetto delle assunzioni programmate nel Piano triennale dei fabbisogni di personale. La tabella seguente ne riporta la distribuzione per area di inquadramento."])],
 "staff": {"caption": "Tabella 1 – Personale in servizio al 31/12/2023 per area di inquadramento",
           "header": ["Area di inquadramento", "Dipendenti 2022", "Dipendenti 2023", "Variazione"],
           "rows": [["Dirigenti", "27", "28", "+1"], ["Area dei Funzionari e dell'Elevata Qualificazione", "352", "371", "+19"],
                    ["Area degli Istruttori", "498", "507", "+9"], ["Area degli Operatori esperti", "241", "229", "-12"],
                    ["Area degli Operatori", "52", "48", "-4"], ["Totale", "1.170", "1.183", "+13"]]},
 "section": "3. I risultati degli obiettivi operativi",
 "section_intro": "Gli obiettivi sono raggruppati per area strategica e obiettivo strategico del Documento Unico di Programmazione 2023-2025. Per ogni obiettivo operativo la tabella riporta in un'unica riga tutti gli indicatori associati, con i rispettivi target e risultati riportati sulla stessa riga di ciascun indicatore.",
 "header": ["Codice", "Obiettivo operativo", "Indicatori", "Target 2023", "Risultato 2023", "Stato"],
 "areas": [
  {"code": "1", "title": "Ravenna città solidale e inclusiva", "strategic": [
    {"code": "1.1", "title": "Rafforzare la rete dei servizi sociali e socio-sanitari di prossimità",
     "after": "Il leggero scostamento sui tempi di presa in carico è dovuto alla vacanza di due posti di assistente sociale nel primo semestre, coperti con le assunzioni di settembre 2023.",
     "rows": [
      {"code": "1.1.1", "title": "Ridurre i tempi di presa in carico dei nuclei familiari fragili da parte del Servizio sociale territoriale", "ind": [
        I("Tempo medio tra la prima richiesta e il colloquio di valutazione", "≤ 20 gg", "23 gg", "Parziale", "lower"),
        I("Percentuale di progetti individualizzati redatti entro 60 giorni dalla presa in carico", "≥ 85%", "88,4%", "Raggiunto", "higher"),
        I("Numero di nuclei seguiti con équipe multidisciplinare", "≥ 350", "412", "Raggiunto", "higher")]},
      {"code": "1.1.2", "title": "Potenziare l'assistenza domiciliare per anziani non autosufficienti", "ind": [
        I("Numero di ore di assistenza domiciliare erogate nell'anno", "≥ 48.000", "51.236", "Raggiunto", "higher"),
        I("Percentuale di utenti soddisfatti del servizio (customer satisfaction)", "≥ 90%", "93,7%", "Raggiunto", "higher")]},
      {"code": "1.1.3", "title": "Attivare lo sportello unico per l'abitare e il sostegno all'affitto", "ind": [
        I("Apertura dello sportello al pubblico", "entro il 30/06/2023", "12/09/2023", "Non raggiunto"),
        I("Domande di contributo affitto istruite sul totale delle domande pervenute", "100%", "100%", "Raggiunto"),
        I("Tempo medio di liquidazione dei contributi", "≤ 45 gg", "n.d.", "Sospeso", "lower"),
        I("Risorse del Fondo affitti erogate ai beneficiari", "€ 1.250.000,00", "€ 1.187.420,50", "Parziale")]}]},
    {"code": "1.2", "title": "Ampliare l'offerta educativa per la prima infanzia",
     "after": "Tutti gli obiettivi dell'obiettivo strategico 1.2 risultano conseguiti; l'apertura della nuova sezione del nido Lama Sud ha consentito di azzerare la lista d'attesa di marzo.",
     "rows": [
      {"code": "1.2.1", "title": "Ridurre le liste d'attesa dei nidi d'infanzia comunali e convenzionati", "ind": [
        I("Tasso di copertura della domanda di posti nido", "≥ 92%", "96,1%", "Raggiunto", "higher"),
        I("Numero di bambini in lista d'attesa al 31 marzo", "≤ 40", "17", "Raggiunto", "higher")]},
      {"code": "1.2.2", "title": "Digitalizzare le iscrizioni e i pagamenti dei servizi educativi e scolastici", "ind": [
        I("Percentuale di iscrizioni presentate online", "≥ 95%", "98,3%", "Raggiunto", "higher"),
        I("Percentuale di rette pagate tramite pagoPA", "≥ 80%", "86,9%", "Raggiunto", "higher"),
        I("Tempo medio di risposta alle richieste di assistenza degli utenti", "≤ 3 gg lavorativi", "2,4 gg lavorativi", "Raggiunto", "lower")]}]}]},
  {"code": "2", "title": "Ravenna città sostenibile e attrattiva", "strategic": [
    {"code": "2.1", "title": "Migliorare la qualità urbana e la manutenzione del patrimonio pubblico",
     "after": "Per l'obiettivo 2.1.2 il cronoprogramma dei lavori del lotto 2 è stato rimodulato a seguito dell'evento alluvionale di maggio 2023; l'indicatore sarà riproposto nel 2024.",
     "rows": [
      {"code": "2.1.1", "title": "Garantire la tempestività degli interventi di manutenzione stradale", "ind": [
        I("Tempo medio di intervento sulle segnalazioni di pericolo per buche stradali", "≤ 48 ore", "36 ore", "Raggiunto", "lower"),
        I("Segnalazioni chiuse sul totale delle segnalazioni pervenute tramite app e portale “Ravenna Segnala”", "≥ 90%", "84,6%", "Parziale"),
        I("Chilometri di strade comunali riasfaltate", "≥ 25", "27,8", "Raggiunto")]},
      {"code": "2.1.2", "title": "Completare il piano di efficientamento energetico degli edifici scolastici", "ind": [
        I("Realizzazione dei lavori del lotto 2 (percentuale di avanzamento SAL)", "100%", "62%", "Non raggiunto", "higher"),
        I("Riduzione dei consumi termici degli edifici efficientati rispetto al 2019", "≥ 15%", "18,2%", "Raggiunto", "lower")]},
      {"code": "2.1.3", "title": "Incrementare la raccolta differenziata nel forese e nel centro storico", "ind": [
        I("Percentuale di raccolta differenziata sul totale dei rifiuti urbani", "≥ 70%", "72,4%", "Raggiunto", "higher"),
        I("Numero di controlli della Polizia locale sul corretto conferimento dei rifiuti", "≥ 600", "645", "Raggiunto", "higher"),
        I("Sanzioni per abbandono di rifiuti notificate", "Monitoraggio", "214", "Raggiunto")]}]},
    {"code": "2.2", "title": "Semplificare il rapporto con cittadini e imprese",
     "after": "Il dato sui tempi di rilascio dei permessi di costruire risente dell'elevato numero di pratiche legate ai bonus edilizi presentate nel primo trimestre.",
     "rows": [
      {"code": "2.2.1", "title": "Ridurre i tempi dei procedimenti dello Sportello unico per l'edilizia", "ind": [
        I("Tempo medio di rilascio del permesso di costruire", "≤ 60 gg", "71 gg", "Non raggiunto", "lower"),
        I("Percentuale di pratiche edilizie presentate tramite il portale telematico SIEDER", "100%", "100%", "Raggiunto", "higher")]},
      {"code": "2.2.2", "title": "Estendere i servizi demografici on line e su appuntamento", "ind": [
        I("Numero di certificati anagrafici rilasciati on line", "≥ 30.000", "41.582", "Raggiunto", "higher"),
        I("Tempo medio di attesa allo sportello anagrafe su appuntamento", "≤ 10 minuti", "8 minuti", "Raggiunto", "lower"),
        I("Carte d'identità elettroniche emesse entro 7 giorni dalla richiesta", "≥ 95%", "97,2%", "Raggiunto", "higher")]}]}]}],
 "closing": ("4. Sintesi dei risultati", [
   "Complessivamente, dei 27 indicatori monitorati nel 2023 per gli obiettivi operativi sopra riportati, la quota largamente maggioritaria risulta raggiunta. Gli indicatori non raggiunti riguardano principalmente procedimenti e interventi che hanno risentito dell'emergenza alluvionale di maggio 2023, che ha assorbito in modo straordinario le risorse dei settori tecnici.",
   "Le risultanze della presente Relazione costituiscono la base per la valutazione della performance organizzativa e individuale dei dirigenti e del personale, secondo il Sistema di misurazione e valutazione della performance vigente."])
}
json.dump(C, open("comune-ravenna-2023-relazione.content.json", "w"), ensure_ascii=False, indent=1)

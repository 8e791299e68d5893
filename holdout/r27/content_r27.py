# Writes the three NAME.content.json files (hand-written content).
import json
C = {}
# ---------- 1. Comune (Word) ----------
C["comune-sassuolo-2024-relazione"] = {
 "layout": "docx",
 "document": {"issuer": "Comune di Sassuolo", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["Comune di Sassuolo", "Provincia di Modena", "RELAZIONE SULLA PERFORMANCE 2024", "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009", "Approvata con deliberazione di Giunta comunale n. 98 del 20/06/2025"],
 "intro": ["La presente Relazione evidenzia, a consuntivo, i risultati organizzativi raggiunti nell'anno 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione (PIAO) 2024-2026, Sezione Performance, approvato con deliberazione di Giunta comunale n. 21 del 06/02/2024.",
           "Per ciascun obiettivo operativo si riportano gli indicatori, il valore atteso, il valore rilevato al 31 dicembre 2024 e l'esito complessivo, validato dal Nucleo di valutazione nella seduta del 12 giugno 2025.",
           "Il grado di raggiungimento complessivo dell'Ente, calcolato come media ponderata degli esiti dei singoli obiettivi, concorre alla valutazione della performance organizzativa e individuale secondo il Sistema di misurazione e valutazione della performance approvato con deliberazione di Giunta n. 242 del 19/12/2023."],
 "budget": {"title": "Tabella 1 – Risorse finanziarie per missione (impegni di competenza 2024)",
            "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
            "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 9.842.310,00", "€ 9.215.477,12", "93,63%"],
                     ["03 – Ordine pubblico e sicurezza", "€ 2.105.600,00", "€ 2.011.930,45", "95,55%"],
                     ["04 – Istruzione e diritto allo studio", "€ 4.376.250,00", "€ 4.102.118,70", "93,74%"],
                     ["12 – Diritti sociali, politiche sociali e famiglia", "€ 6.918.400,00", "€ 6.540.022,31", "94,53%"],
                     ["Totale", "€ 23.242.560,00", "€ 21.869.548,58", "94,09%"]]},
 "header": ["N.", "Indicatore", "Unità di misura", "Valore atteso 2024", "Valore rilevato al 31/12/2024", "Note"],
 "areas": [
  {"code": "1", "title": "Città sicura e vivibile", "objectives": [
    {"code": "1.1", "title": "Potenziamento del controllo del territorio da parte della Polizia locale",
     "rows": [["1", "Numero di ore di pattugliamento serale e festivo", "ore", "≥ 2.400 ore", "2.615 ore", "Incluse le ore dei servizi estivi nei parchi"],
              ["2", "Tempo medio di intervento su segnalazione dalla centrale operativa", "minuti", "≤ 20 minuti", "18 minuti", None],
              ["3", "Percentuale di sanzioni notificate entro 90 giorni dall'accertamento", "%", "≥ 95%", "97,4%", None]],
     "esito": "Raggiunto",
     "comment": "Il servizio serale è stato esteso anche al periodo natalizio grazie alle risorse del progetto regionale sulla sicurezza urbana. Tutti i valori attesi sono stati superati."},
    {"code": "1.2", "title": "Manutenzione programmata del verde pubblico e delle strade comunali",
     "rows": [["4", "Metri quadrati di verde pubblico sottoposti a sfalcio programmato", "mq", "≥ 850.000", "812.300", "Tre sfalci su quattro nelle aree periferiche a causa delle piogge di maggio"],
              ["5", "Tempo medio di chiusura delle segnalazioni di buche stradali", "giorni", "≤ 15 gg", "21 gg", "Dati dal gestionale segnalazioni ComunicaConNoi"],
              ["6", "Realizzazione del piano asfaltature 2024", "%", "100%", "n.d.", "Cantiere di via Radici in Piano sospeso per lavori di rete gas; dato non disponibile alla chiusura della relazione"]],
     "esito": "Raggiunto parzialmente",
     "comment": "Le abbondanti precipitazioni primaverili hanno ritardato gli interventi di sfalcio e di ripristino del manto stradale. L'appalto asfaltature è stato riprogrammato nel primo semestre 2025."}]},
  {"code": "2", "title": "Servizi alla persona e alla famiglia", "objectives": [
    {"code": "2.1", "title": "Ampliamento dell'offerta dei servizi educativi per la prima infanzia",
     "rows": [["7", "Numero di posti nido disponibili", "numero", "≥ 180", "186", None],
              ["8", "Percentuale di domande di iscrizione al nido soddisfatte", "%", "≥ 85%", "88,2%", "Graduatoria approvata il 14/06/2024"],
              ["9", "Tempo di pubblicazione della graduatoria dalla chiusura del bando", "giorni", "entro 30 gg", "26 gg", None],
              ["10", "Grado di soddisfazione delle famiglie (questionario di fine anno educativo)", "scala 1-5", "≥ 4,0", "4,3", "312 questionari raccolti su 402 famiglie"]],
     "esito": "Raggiunto",
     "comment": "L'apertura della nuova sezione primavera presso il nido Parco ha consentito di ridurre la lista di attesa del 40% rispetto al 2023."},
    {"code": "2.2", "title": "Contrasto alla povertà e sostegno all'abitare",
     "rows": [["11", "Numero di nuclei familiari beneficiari del contributo affitto", "numero", "≥ 250", "231", "Risorse regionali ridotte del 18% rispetto al 2023"],
              ["12", "Tempo medio di erogazione del contributo dalla domanda", "giorni", "≤ 60 gg", "74 gg", None],
              ["13", "Percentuale di progetti personalizzati attivati per i beneficiari ADI", "%", "≥ 70%", "52,6%", "Presa in carico avviata dal mese di aprile per il passaggio dal RdC all'Assegno di inclusione, con ritardi nella trasmissione degli elenchi dei beneficiari da parte dell'INPS e nella piattaforma GePI; nel secondo semestre sono stati recuperati i colloqui arretrati"]],
     "esito": "Non raggiunto",
     "comment": "Il passaggio all'Assegno di inclusione ha comportato un forte aumento dei carichi di lavoro dello sportello sociale, a fronte di una dotazione di personale invariata (due assistenti sociali in congedo per parte dell'anno)."}]},
  {"code": "3", "title": "Amministrazione efficiente e digitale", "objectives": [
    {"code": "3.1", "title": "Digitalizzazione dei servizi al cittadino (PNRR Misura 1.4.1)",
     "rows": [["14", "Numero di servizi online accessibili con SPID/CIE", "numero", "≥ 25", "29", None],
              ["15", "Percentuale di pratiche edilizie presentate in modalità telematica", "%", "100%", "100%", None],
              ["16", "Migrazione del sito istituzionale al modello AGID", "data", "Entro il 30/09/2024", "Completata il 12/09/2024", "Asseverazione PNRR positiva"]],
     "esito": "Raggiunto", "comment": None},
    {"code": "3.2", "title": "Revisione del regolamento sull'ordinamento degli uffici",
     "rows": [["17", "Approvazione del nuovo regolamento in Giunta", "data", "Entro il 31/10/2024", "Obiettivo sospeso", "In attesa del nuovo CCNL Funzioni locali"]],
     "esito": "Obiettivo sospeso",
     "comment": "L'obiettivo è stato sospeso con deliberazione di Giunta n. 187 del 24/09/2024 e riproposto nel PIAO 2025-2027."}]}
 ]}

# ---------- 2. Camera di Commercio (Calc) ----------
C["cciaa-chieti-pescara-2025-piano"] = {
 "layout": "xlsx",
 "document": {"issuer": "Camera di Commercio Chieti Pescara", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "title_rows": ["Camera di Commercio Chieti Pescara", "Piano della performance 2025-2027 – Allegato 1: Cruscotto degli indicatori di performance (KPI)", "Valori di consuntivo 2023 da Relazione sulla performance 2023; target approvati con deliberazione di Giunta n. 7 del 29/01/2025"],
 "header": ["Area strategica", "Obiettivo strategico", "Cod. KPI", "Indicatore (KPI)", "Algoritmo di calcolo", "Fonte", "Peso", "Consuntivo 2023", "Target 2025", "Target 2026", "Target 2027"],
 "years": [2025, 2026, 2027],
 "rows": [
  ["1 – Competitività e sviluppo delle imprese", "1.1 – Sostenere la doppia transizione digitale ed ecologica delle imprese", "KPI 1.1.1", "Numero di imprese assistite dal Punto Impresa Digitale", "Imprese con self-assessment o assistenza specialistica completati nell'anno", "Sistema di CRM camerale", "10%", "412", "≥ 420", "≥ 440", "≥ 460"],
  ["", "", "KPI 1.1.2", "Risorse erogate in voucher digitali I4.0", "Somma dei contributi liquidati sui bandi voucher digitali dell'anno", "Contabilità camerale", "10%", "€ 684.250,00", "≥ € 700.000,00", "≥ € 700.000,00", "≥ € 750.000,00"],
  ["", "", "KPI 1.1.3", "Numero di eventi di sensibilizzazione sulla sostenibilità ambientale", "Eventi, seminari e webinar organizzati o co-organizzati", "Rilevazione interna", "5%", "n.d.", "≥ 8", "≥ 10", "≥ 10"],
  ["", "1.2 – Promuovere l'internazionalizzazione e l'attrattività del territorio", "KPI 1.2.1", "Numero di imprese partecipanti a iniziative di internazionalizzazione", "Imprese partecipanti a fiere, B2B e missioni con supporto camerale", "Rilevazione interna / ICE", "10%", "138", "≥ 150", "≥ 160", "≥ 170"],
  ["", "", "KPI 1.2.2", "Grado di utilizzo delle risorse del progetto Turismo", "Risorse impegnate / risorse stanziate sul progetto × 100", "Contabilità camerale", "5%", "91,3%", "≥ 90%", "≥ 90%", ""],
  ["2 – Semplificazione e trasparenza del mercato", "2.1 – Garantire la qualità e la tempestività del Registro delle imprese", "KPI 2.1.1", "Tempo medio di evasione delle pratiche del Registro imprese", "Somma dei giorni di lavorazione / numero pratiche evase", "Priamo – InfoCamere", "15%", "3,8 gg", "≤ 4 gg", "≤ 3,5 gg", "≤ 3,5 gg"],
  ["", "", "KPI 2.1.2", "Percentuale di pratiche evase entro 5 giorni", "Pratiche evase entro 5 gg / pratiche totali × 100", "Priamo – InfoCamere", "10%", "86,40%", "≥ 85%", "≥ 88%", "≥ 90%"],
  ["", "", "KPI 2.1.3", "Numero di cancellazioni d'ufficio di imprese non operative", "Provvedimenti di cancellazione adottati nell'anno", "Registro imprese", "5%", "1.127", "≥ 900", "≥ 900", "≥ 900"],
  ["", "2.2 – Tutela del consumatore e vigilanza", "KPI 2.2.1", "Numero di verifiche metrologiche su strumenti di misura", "Verifiche periodiche e ispezioni eseguite dall'ufficio metrico", "Eureka – InfoCamere", "10%", "264", "≥ 250", "≥ 260", "≥ 260"],
  ["3 – Efficienza dell'ente", "3.1 – Equilibrio economico-finanziario e riscossione", "KPI 3.1.1", "Tasso di riscossione del diritto annuale", "Diritto annuale riscosso entro la scadenza / diritto annuale dovuto × 100", "DIANA – InfoCamere", "10%", "72,15%", "≥ 73%", "≥ 74%", "≥ 75%"],
  ["", "", "KPI 3.1.2", "Tempo medio di pagamento delle fatture passive", "Indicatore di tempestività dei pagamenti (DPCM 22/09/2014)", "PCC – MEF", "5%", "-12 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg"],
  ["", "", "KPI 3.1.3", "Riduzione dei costi di funzionamento", "Oneri di funzionamento anno N / oneri di funzionamento anno 2023 × 100", "Bilancio d'esercizio", "5%", "n.d.", "≤ 98%", "≤ 97%", "Mantenimento"],
 ],
 "budget": {"title": "Allegato 1-bis – Risorse economiche per area strategica (preventivo 2025)",
   "header": ["Area strategica", "Oneri correnti", "Interventi economici", "Investimenti", "Totale"],
   "rows": [["1 – Competitività e sviluppo delle imprese", "€ 1.845.000,00", "€ 2.310.000,00", "€ 45.000,00", "€ 4.200.000,00"],
            ["2 – Semplificazione e trasparenza del mercato", "€ 2.970.500,00", "€ 0,00", "€ 120.000,00", "€ 3.090.500,00"],
            ["3 – Efficienza dell'ente", "€ 3.412.800,00", "€ 0,00", "€ 210.000,00", "€ 3.622.800,00"],
            ["Totale", "€ 8.228.300,00", "€ 2.310.000,00", "€ 375.000,00", "€ 10.913.300,00"]]}}

# ---------- 3. Università (reportlab) ----------
C["unimc-2023-relazione"] = {
 "layout": "reportlab",
 "document": {"issuer": "Università degli Studi di Macerata", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["Università degli Studi di Macerata", "Relazione integrata sulla performance", "Anno 2023", "Approvata dal Consiglio di amministrazione nella seduta del 28 giugno 2024"],
 "intro": ["La Relazione rendiconta i risultati dell'anno 2023 rispetto agli obiettivi del Piano strategico di Ateneo 2023-2025 e della Sezione Performance del PIAO 2023-2025. Gli indicatori strategici sono tratti prevalentemente dalla banca dati ANVUR-SUA e dalle elaborazioni dell'Ufficio Pianificazione e Controllo di gestione.",
           "Per ciascun indicatore la tabella riporta la baseline 2022, il target e il valore conseguito nel 2023, con un commento dell'Ufficio sul risultato. Dove il dato non è ancora disponibile alla data di chiusura della Relazione è indicato n.d."],
 "summary": {"title": "Tabella 1 – Sintesi dei risultati degli indicatori strategici",
   "header": ["Esito", "N. indicatori", "%"],
   "rows": [["Target raggiunto", "8", "61,5%"], ["Target parzialmente raggiunto", "2", "15,4%"], ["Target non raggiunto", "1", "7,7%"], ["Dato non disponibile", "2", "15,4%"], ["Totale", "13", "100,0%"]]},
 "header": ["Codice", "Indicatore", "Fonte", "Baseline 2022", "Target 2023", "Valore 2023", "Commento"],
 "areas": [
  {"code": "D", "title": "DIDATTICA", "objectives": [
    {"code": "D.1", "title": "Migliorare la regolarità delle carriere degli studenti",
     "rows": [["D.1.1", "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "ANVUR iA16", "58,2%", "≥ 60%", "61,7%", "Effetto positivo del tutorato disciplinare nei corsi di Economia e Giurisprudenza."],
              ["D.1.2", "Percentuale di laureati entro la durata normale del corso", "ANVUR iA2", "54,9%", "≥ 57%", "55,8%", "Miglioramento rispetto alla baseline, ma inferiore al target; pesa il dato dei corsi magistrali a ciclo unico."],
              ["D.1.3", "Tasso di abbandono dopo il primo anno", "ANVUR iA14", "12,4%", "≤ 11%", "10,6%", None]]},
    {"code": "D.2", "title": "Rafforzare l'attrattività dell'offerta formativa",
     "rows": [["D.2.1", "Numero di immatricolati ai corsi di laurea triennale e a ciclo unico", "Anagrafe Nazionale Studenti", "1.684", "≥ 1.700", "1.752", None],
              ["D.2.2", "Percentuale di iscritti al primo anno provenienti da altre regioni", "ANVUR iA3", "31,2%", "≥ 32%", "30,4%", "Flessione dovuta al calo delle iscrizioni dal Sud; avviata campagna di orientamento in Puglia e Campania."],
              ["D.2.3", "Grado di soddisfazione dei laureandi (giudizio complessivo positivo)", "AlmaLaurea", "89,6%", "≥ 90%", "n.d.", "Dato AlmaLaurea 2023 pubblicato a maggio 2024, non ancora consolidato alla data di chiusura."]]}]},
  {"code": "R", "title": "RICERCA", "objectives": [
    {"code": "R.1", "title": "Accrescere la capacità di attrarre finanziamenti competitivi",
     "rows": [["R.1.1", "Proventi da ricerche con finanziamenti competitivi per docente", "Bilancio unico d'Ateneo", "€ 8.920,00", "≥ € 9.500,00", "€ 12.340,00", "Incremento dovuto ai progetti PNRR (partenariati estesi e ecosistemi dell'innovazione)."],
              ["R.1.2", "Numero di progetti presentati su bandi europei (Horizon Europe, Erasmus+, CERV)", "Ufficio Ricerca", "27", "≥ 30", "34", None],
              ["R.1.3", "Percentuale di docenti senza pubblicazioni nel triennio", "IRIS – Catalogo della ricerca", "4,1%", "≤ 3,5%", "3,9%", "Avviato il monitoraggio semestrale con i Direttori di Dipartimento."]]},
    {"code": "R.2", "title": "Promuovere il dottorato di ricerca",
     "rows": [["R.2.1", "Numero di borse di dottorato finanziate da enti esterni", "Ufficio Dottorato", "14", "≥ 16", "19", "Comprese 9 borse DM 117/2023."],
              ["R.2.2", "Percentuale di dottori di ricerca occupati a un anno dal titolo", "AlmaLaurea", "84,0%", "≥ 85%", "n.d.", None]]}]},
  {"code": "T", "title": "TERZA MISSIONE E INTERNAZIONALIZZAZIONE", "objectives": [
    {"code": "T.1", "title": "Sviluppare la mobilità internazionale",
     "rows": [["T.1.1", "Percentuale di CFU conseguiti all'estero dagli studenti regolari", "ANVUR iA10", "14,8‰", "≥ 16‰", "17,2‰", None],
              ["T.1.2", "Numero di accordi di doppio titolo attivi", "Ufficio Relazioni internazionali", "11", "≥ 12", "12", "Nuovi accordi con Universidad de Salamanca e Université de Poitiers; uno cessato con l'Università di Tirana."]]}]}
 ]}
for k, v in C.items():
    json.dump(v, open(f"/work/blind/r27/{k}.content.json", "w"), ensure_ascii=False, indent=1)
print("ok")

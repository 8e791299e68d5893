import json
def I(name, base, t24, t25, t26, d=None):
    return {"name": name, "baseline": base, "t": [t24, t25, t26], "dir": d}
C = {
 "name": "citta-metropolitana-bari-2024-piano",
 "document": {"issuer": "Città metropolitana di Bari", "title": "Piano della performance", "year": 2024, "kind": "piano"},
 "cover": ["CITTÀ METROPOLITANA DI BARI", "Servizio Programmazione, Controllo di gestione e Sistemi informativi",
           "PIANO DELLA PERFORMANCE", "2024 – 2026",
           "Sezione 2.2 “Performance” del Piano Integrato di Attività e Organizzazione",
           "Approvato con Decreto del Sindaco metropolitano n. 41 del 29 gennaio 2024"],
 "prose1": [
  ("Presentazione", [
   "Il Piano della performance 2024-2026 della Città metropolitana di Bari costituisce la sezione 2.2 del Piano Integrato di Attività e Organizzazione e traduce gli indirizzi del Documento Unico di Programmazione in obiettivi misurabili, assegnati alle strutture dell'Ente e collegati al sistema di valutazione del personale.",
   "Il documento è stato elaborato dal Servizio Programmazione e Controllo di gestione con il coinvolgimento dei dirigenti, nel rispetto delle Linee guida del Dipartimento della Funzione Pubblica e del Sistema di misurazione e valutazione della performance approvato con Decreto del Sindaco metropolitano n. 112 del 2022.",
   "Gli obiettivi sono articolati secondo la struttura del bilancio per Missioni e Programmi, in modo da rendere immediato il collegamento tra le risorse stanziate e i risultati attesi, e sono corredati di indicatori con valore di partenza (baseline) e target annuali per ciascun anno del triennio."]),
  ("1. L'Ente e le sue funzioni", [
   "La Città metropolitana di Bari, istituita dalla Legge 7 aprile 2014, n. 56, comprende 41 Comuni per una popolazione residente di circa 1.222.000 abitanti su una superficie di 3.863 kmq. Esercita le funzioni fondamentali di pianificazione territoriale generale, di promozione e coordinamento dello sviluppo economico e sociale, di mobilità e viabilità, di edilizia scolastica per le scuole secondarie di secondo grado e di tutela e valorizzazione dell'ambiente.",
   "L'assetto organizzativo si articola in una Segreteria generale, una Direzione generale e nove Servizi dirigenziali, con 612 dipendenti in servizio al 1° gennaio 2024. L'Ente gestisce 163 edifici scolastici che ospitano oltre 60.000 studenti e una rete stradale di circa 1.500 chilometri."]),
  ("2. Il contesto esterno", [
   "Il territorio metropolitano presenta una dinamica demografica in lieve contrazione, con un progressivo invecchiamento della popolazione e un saldo migratorio positivo nel capoluogo e nei comuni della prima cintura. Il tessuto produttivo è caratterizzato da una forte presenza di piccole e medie imprese nei settori agroalimentare, della meccanica, della logistica e del turismo, quest'ultimo in costante crescita anche nelle aree interne della Murgia.",
   "Il triennio 2024-2026 è segnato dall'attuazione degli interventi finanziati dal Piano Nazionale di Ripresa e Resilienza, che per la Città metropolitana riguardano soprattutto l'edilizia scolastica, la rigenerazione urbana attraverso i Piani Urbani Integrati e la mobilità sostenibile, con scadenze rendicontative stringenti che incidono sulla programmazione degli obiettivi."]),
  ("3. Le risorse finanziarie", [
   "La tabella seguente riepiloga gli stanziamenti di competenza 2024 delle Missioni cui afferiscono gli obiettivi del presente Piano."])],
 "fin": {"header": ["Missione", "Stanziamento 2024"],
         "rows": [["01 Servizi istituzionali", "€ 38.412.600"], ["04 Istruzione", "€ 61.905.300"],
                  ["09 Sviluppo sostenibile", "€ 12.748.150"], ["10 Trasporti e mobilità", "€ 54.320.900"], ["Totale", "€ 167.386.950"]]},
 "prose2": [
  ("4. L'albero della performance", [
   "L'albero della performance collega il mandato istituzionale e la visione dell'Ente agli obiettivi programmati. Ogni obiettivo è ricondotto alla Missione e al Programma di bilancio di riferimento ed è misurato da uno o più indicatori, per i quali sono indicati il valore di partenza e il valore atteso per ciascuna annualità del triennio.",
   "Nella tabella degli obiettivi, per agevolarne la lettura, la Missione, il Programma e l'Obiettivo sono riportati solo in corrispondenza del primo indicatore cui si riferiscono. Dove il target di un'annualità non è ancora quantificabile, è indicato n.d.; i target di natura qualitativa sono espressi in forma descrittiva."])],
 "table_title": "5. Obiettivi, indicatori e target 2024-2026",
 "header": ["Missione", "Programma", "Obiettivo", "Indicatore", "Baseline", "Target 2024", "Target 2025", "Target 2026"],
 "missions": [
  {"m": "01 – Servizi istituzionali, generali e di gestione", "programs": [
    {"p": "02 – Segreteria generale", "objs": [
      {"o": "01.02.01 – Digitalizzare i procedimenti amministrativi dell'Ente", "ind": [
        I("Percentuale di procedimenti amministrativi gestiti interamente in modalità digitale", "58% (2023)", "≥ 70%", "≥ 85%", "100%", "higher"),
        I("Numero di servizi on line accessibili con SPID/CIE", "24", "≥ 30", "≥ 36", "≥ 40", "higher")]}]},
    {"p": "03 – Gestione economica, finanziaria, programmazione, provveditorato", "objs": [
      {"o": "01.03.01 – Garantire la tempestività dei pagamenti ai fornitori", "ind": [
        I("Tempo medio di pagamento delle fatture commerciali", "27 gg", "≤ 30 gg", "≤ 30 gg", "≤ 25 gg", "lower"),
        I("Percentuale di fatture pagate entro la scadenza", "91,3%", "≥ 95%", "≥ 95%", "≥ 97%", "higher")]}]},
    {"p": "10 – Risorse umane", "objs": [
      {"o": "01.10.01 – Rafforzare le competenze del personale", "ind": [
        I("Ore medie di formazione per dipendente", "14,5 ore", "≥ 24 ore", "≥ 30 ore", "≥ 30 ore")]}]},
    {"p": "11 – Altri servizi generali", "objs": [
      {"o": "01.11.01 – Migliorare la qualità dei servizi di relazione con il pubblico", "ind": [
        I("Grado di soddisfazione degli utenti dell'Ufficio Relazioni con il Pubblico (scala 1-5)", "3,8 su 5", "≥ 4,0", "≥ 4,0", "≥ 4,2", "higher"),
        I("Tempo medio di risposta alle istanze di accesso civico generalizzato", "24 gg", "≤ 20 gg", "≤ 15 gg", "≤ 15 gg", "lower")]}]}]},
  {"m": "04 – Istruzione e diritto allo studio", "programs": [
    {"p": "02 – Altri ordini di istruzione non universitaria", "objs": [
      {"o": "04.02.01 – Mettere in sicurezza gli edifici scolastici di competenza metropolitana", "ind": [
        I("Numero di istituti superiori con adeguamento sismico completato", "21", "26", "31", "35", "higher"),
        I("Realizzazione degli interventi PNRR M4C1 I3.3 (avanzamento lavori)", "35%", "70%", "100%", "", "higher"),
        I("Spesa per manutenzione straordinaria degli edifici scolastici", "€ 8,45 mln", "€ 9,0 mln", "€ 9,5 mln", "n.d.")]},
      {"o": "04.02.02 – Ottimizzare l'utilizzo degli spazi scolastici", "ind": [
        I("Tasso di utilizzo delle aule disponibili", "87,6%", "≥ 90%", "≥ 92%", "≥ 92%", "higher")]}]}]},
  {"m": "08 – Assetto del territorio ed edilizia abitativa", "programs": [
    {"p": "01 – Urbanistica e assetto del territorio", "objs": [
      {"o": "08.01.01 – Attuare il Piano Strategico Metropolitano “Metropoli Terra di Bari”", "ind": [
        I("Percentuale di progetti del Piano Strategico avviati", "45%", "≥ 60%", "≥ 75%", "≥ 90%", "higher"),
        I("Numero di Comuni aderenti all'Ufficio unico di pianificazione metropolitana", "18", "≥ 25", "≥ 32", "41", "higher"),
        I("Adozione del Piano Territoriale Generale Metropolitano", "Documento preliminare", "Adozione in Consiglio", "Piano approvato", "")]}]}]},
  {"m": "09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "programs": [
    {"p": "02 – Tutela, valorizzazione e recupero ambientale", "objs": [
      {"o": "09.02.01 – Rafforzare i controlli ambientali e la forestazione urbana", "ind": [
        I("Numero di alberi messi a dimora nel progetto “Bosco metropolitano”", "12.500", "20.000", "30.000", "40.000", "higher"),
        I("Percentuale di autorizzazioni uniche ambientali rilasciate nei termini", "82%", "≥ 90%", "≥ 95%", "≥ 95%", "higher"),
        I("Controlli sugli impianti termici civili", "1.850", "≥ 2.000", "≥ 2.200", "≥ 2.400"),
        I("Numero di sopralluoghi ispettivi su impianti di gestione dei rifiuti", "95", "≥ 110", "≥ 120", "≥ 130", "higher")]}]}]},
  {"m": "10 – Trasporti e diritto alla mobilità", "programs": [
    {"p": "02 – Trasporto pubblico locale", "objs": [
      {"o": "10.02.01 – Potenziare il trasporto pubblico extraurbano e l'intermodalità", "ind": [
        I("Approvazione del Piano Urbano della Mobilità Sostenibile metropolitano", "Adottato", "Piano approvato entro il 31/12/2024", "Attuazione 1° stralcio", "Verifica biennale"),
        I("Numero di nuove fermate extraurbane accessibili", "0", "40", "80", "120", "higher")]}]},
    {"p": "05 – Viabilità e infrastrutture stradali", "objs": [
      {"o": "10.05.01 – Migliorare la sicurezza della rete stradale metropolitana", "ind": [
        I("Chilometri di strade provinciali con nuova segnaletica orizzontale", "210 km", "260 km", "310 km", "360 km"),
        I("Tempo medio di ripristino della viabilità dopo la segnalazione", "36 ore", "≤ 24 ore", "≤ 24 ore", "≤ 18 ore", "lower"),
        I("Riduzione degli incidenti sulle strade provinciali rispetto al 2019", "n.d.", "≥ 10%", "≥ 15%", "≥ 20%", "lower")]}]}]}],
 "prose3": [
  ("6. Collegamento con la prevenzione della corruzione e la trasparenza", [
   "Gli obiettivi del presente Piano sono coordinati con le misure della sezione 2.3 “Rischi corruttivi e trasparenza” del PIAO. In particolare, gli obiettivi di digitalizzazione dei procedimenti e di tempestività dei pagamenti concorrono alla riduzione dei margini di discrezionalità e al miglioramento della tracciabilità dei processi.",
   "Ai dirigenti è inoltre assegnato l'obiettivo trasversale del pieno rispetto degli obblighi di pubblicazione previsti dal D.Lgs. 33/2013, verificato semestralmente dal Responsabile della prevenzione della corruzione e della trasparenza."]),
  ("7. Il monitoraggio", [
   "Il monitoraggio intermedio degli obiettivi è effettuato al 30 giugno e al 30 settembre di ciascun anno dal Servizio Programmazione e Controllo di gestione, che ne riferisce al Sindaco metropolitano e al Nucleo di Valutazione. In esito al monitoraggio possono essere proposte rimodulazioni degli obiettivi e dei target, in presenza di circostanze sopravvenute non imputabili alle strutture.",
   "I risultati finali sono rendicontati nella Relazione sulla performance, validata dal Nucleo di Valutazione entro il 30 giugno dell'anno successivo e pubblicata nella sezione Amministrazione trasparente del sito istituzionale."])]
}
json.dump(C, open("citta-metropolitana-bari-2024-piano.content.json", "w"), ensure_ascii=False, indent=1)

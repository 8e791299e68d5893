# r53: writes the three NAME.content.json files (content written by hand here).
# Layout family: years printed in ROWS (one sub-row per year under each indicator).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def Y(year, target, actual=None, scost=None, esito=None):
    return {"year": year, "target": target, "actual": actual, "scost": scost, "esito": esito}

# ------------------------------------------------------------------ A: Comune di Forlì, plan, Calc
def ind(code, name, formula, unit, baseline, t25, t26, t27):
    return {"code": code, "name": name, "formula": formula, "unit": unit, "baseline": baseline,
            "years": [Y(2025, t25), Y(2026, t26), Y(2027, t27)]}

forli = {
 "name": "comune-forli-2025-piano",
 "renderer": "openpyxl XLSX -> LibreOffice Calc PDF export (landscape, fit to width, header row repeated)",
 "document": {"issuer": "Comune di Forlì", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "cover": ["COMUNE DI FORLÌ", "Piano della performance 2025-2027",
           "Allegato B – Obiettivi operativi, indicatori e target",
           "Approvato con deliberazione di Giunta comunale n. 28 del 04/02/2025"],
 "intro": [
  "Il presente allegato riporta, per ciascun obiettivo operativo del Piano della performance 2025-2027, gli indicatori di risultato con la relativa formula di calcolo, l'unità di misura, il valore di partenza rilevato a consuntivo 2024 e i target attesi per ciascuna annualità del triennio.",
  "Gli obiettivi operativi discendono dagli obiettivi strategici della Sezione strategica del DUP 2025-2029 e sono assegnati ai dirigenti con il Piano esecutivo di gestione. I target delle annualità 2026 e 2027 potranno essere aggiornati in sede di revisione annuale del Piano.",
  "Il monitoraggio intermedio è effettuato al 31 luglio di ogni anno dal Servizio Controllo di gestione; la rendicontazione finale confluisce nella Relazione sulla performance, validata dal Nucleo di valutazione."],
 "header": ["Cod.", "Indicatore", "Formula di calcolo", "Unità di misura", "Baseline 2024", "Anno", "Target"],
 "table_title": "OBIETTIVI OPERATIVI E INDICATORI DI PERFORMANCE – TRIENNIO 2025-2027",
 "strategic": [
  {"code": "1", "title": "Forlì città amministrata in modo efficiente e trasparente", "operational": [
   {"code": "1.1", "title": "Digitalizzazione dei servizi al cittadino", "indicators": [
    ind("1.1.1", "Percentuale di servizi comunali erogati on line con accesso SPID/CIE", "N. servizi on line / N. servizi erogati x 100", "%", "64%", "≥ 70%", "≥ 80%", "≥ 90%"),
    ind("1.1.2", "Tempo medio di rilascio della carta d'identità elettronica", "Media dei giorni tra richiesta di appuntamento e rilascio", "giorni", "38 gg", "≤ 30 gg", "≤ 25 gg", "≤ 20 gg"),
    ind("1.1.3", "Numero di pratiche edilizie presentate tramite lo sportello telematico SUE", "Conteggio delle pratiche protocollate on line", "n.", "1.087", "≥ 1.200", "≥ 1.350", "≥ 1.500")]},
   {"code": "1.2", "title": "Tempestività dei pagamenti e gestione delle entrate", "indicators": [
    ind("1.2.1", "Indicatore annuale di tempestività dei pagamenti", "Ritardo medio ponderato dei pagamenti (art. 33 D.Lgs. 33/2013)", "giorni", "-3,2", "≤ 0", "≤ 0", "≤ 0"),
    ind("1.2.2", "Percentuale di riscossione dei residui attivi di parte corrente", "Riscossioni in conto residui / residui attivi iniziali x 100", "%", "33,4%", "≥ 35%", "≥ 37%", "≥ 40%"),
    ind("1.2.3", "Recupero dell'evasione IMU e TARI", "Importo degli avvisi di accertamento emessi nell'anno", "euro", "€ 1.184.300,00", "€ 1.250.000,00", "€ 1.300.000,00", "€ 1.350.000,00")]}]},
  {"code": "2", "title": "Forlì città sicura, verde e sostenibile", "operational": [
   {"code": "2.1", "title": "Cura del verde pubblico e del patrimonio arboreo", "indicators": [
    ind("2.1.1", "Numero di nuovi alberi messi a dimora", "Conteggio da registro informatizzato del verde", "n.", "n. 870", "n. 1.000", "n. 1.000", "n. 1.500"),
    ind("2.1.2", "Percentuale di segnalazioni sul verde pubblico chiuse entro 15 giorni", "Segnalazioni chiuse entro 15 gg / segnalazioni ricevute x 100", "%", "81%", "≥ 85%", "≥ 88%", "≥ 90%")]},
   {"code": "2.2", "title": "Raccolta differenziata e decoro urbano", "indicators": [
    ind("2.2.1", "Percentuale di raccolta differenziata", "Rifiuti differenziati / rifiuti urbani totali x 100 (metodo regionale DGR 2218/2016)", "%", "78,6%", "≥ 80%", "≥ 82%", "≥ 85%"),
    ind("2.2.2", "Approvazione del nuovo Regolamento di polizia urbana", "Adozione della deliberazione consiliare", "data", "n.d.", "Entro il 31/10/2025", "", ""),
    ind("2.2.3", "Interventi di rimozione dei graffiti su edifici pubblici", "N. interventi eseguiti nell'anno", "n.", "36", "40-50", "50-60", "60-70")]}]},
  {"code": "3", "title": "Forlì città della conoscenza e delle persone", "operational": [
   {"code": "3.1", "title": "Servizi educativi e sostegno alle famiglie", "indicators": [
    ind("3.1.1", "Tasso di copertura dei posti nido rispetto alla popolazione 0-2 anni", "Posti nido autorizzati / bambini 0-2 anni residenti x 100", "%", "31,7%", "≥ 33%", "≥ 35%", "≥ 38%"),
    ind("3.1.2", "Tempo medio di evasione delle domande di contributo per il sostegno all'affitto", "Media dei giorni tra presentazione della domanda e liquidazione", "giorni", "52 gg", "≤ 45 gg", "≤ 40 gg", "≤ 40 gg")]},
   {"code": "3.2", "title": "Biblioteche, musei e cultura", "indicators": [
    ind("3.2.1", "Prestiti librari della Biblioteca Saffi per abitante", "Prestiti annui / popolazione residente al 31/12", "indice", "0,81", "0,85", "0,90", "0,95"),
    ind("3.2.2", "Percentuale di utenti soddisfatti dei servizi culturali", "Giudizi ≥ 4 su 5 / questionari validi x 100", "%", "89%", "≥ 90%", "≥ 90%", "≥ 92%")]}]}],
 "budget": {"title": "Risorse finanziarie assegnate per Missione (spesa corrente, valori in euro)",
   "header": ["Missione", "Descrizione", "Previsione 2025", "Previsione 2026", "Previsione 2027"],
   "rows": [["01", "Servizi istituzionali, generali e di gestione", "28.415.200,00", "27.980.100,00", "27.640.000,00"],
            ["04", "Istruzione e diritto allo studio", "12.308.450,00", "12.150.000,00", "12.050.000,00"],
            ["05", "Tutela e valorizzazione dei beni e attività culturali", "5.742.900,00", "5.610.300,00", "5.580.000,00"],
            ["09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "31.906.780,00", "32.104.500,00", "32.300.000,00"],
            ["12", "Diritti sociali, politiche sociali e famiglia", "24.118.060,00", "23.870.000,00", "23.750.000,00"],
            ["", "Totale", "102.491.390,00", "101.714.900,00", "101.320.000,00"]]},
}

# ------------------------------------------------------------------ B: Parco Gran Sasso, report, Word
def rind(code, name, unit, dir_, *years):
    return {"code": code, "name": name, "unit": unit, "dir": dir_, "years": list(years)}

gransasso = {
 "name": "parco-gran-sasso-2024-relazione",
 "renderer": "python-docx DOCX -> LibreOffice Writer PDF export; ruled tables with indicator cells merged down over the year sub-rows",
 "document": {"issuer": "Ente Parco Nazionale del Gran Sasso e Monti della Laga", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["Ente Parco Nazionale del Gran Sasso e Monti della Laga", "RELAZIONE SULLA PERFORMANCE", "Anno 2024",
           "(art. 10, comma 1, lettera b, D.Lgs. 27 ottobre 2009, n. 150)",
           "Adottata con Deliberazione del Consiglio Direttivo n. 19 del 26 giugno 2025"],
 "intro": [
  "La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi raggiunti dall'Ente nel corso dell'anno 2024 rispetto agli obiettivi programmati nella sezione Performance del PIAO 2024-2026, con le risorse disponibili e gli eventuali scostamenti registrati.",
  "Per consentire una lettura dell'andamento nel tempo, per ciascun indicatore si riportano, su righe distinte, il target e il risultato dell'anno 2024 e quelli dell'anno 2023, lo scostamento tra risultato e target e l'esito della verifica condotta dall'Organismo Indipendente di Valutazione.",
  "Il 2024 è stato caratterizzato dal completamento degli interventi finanziati con le risorse del PNRR (Missione 2, Componente 4, Investimento 3.2 – Digitalizzazione dei Parchi nazionali) e dall'avvio del nuovo Piano per il Parco, la cui proposta è stata adottata dalla Comunità del Parco nel mese di novembre. Le attività di conservazione hanno beneficiato del progetto LIFE dedicato al camoscio appenninico, mentre la stagione estiva ha registrato un numero di incendi boschivi inferiore alla media dell'ultimo quinquennio. Nel corso dell'anno sono state inoltre concluse due procedure di reclutamento di personale tecnico, che hanno consentito di rafforzare il Servizio Scientifico e l'Ufficio Pianificazione, e sono stati approvati i nuovi disciplinari per l'uso del marchio del Parco da parte delle imprese agroalimentari e turistiche del territorio."],
 "staff": {"title": "Tabella 1 – Personale in servizio al 31/12/2024",
   "header": ["Area / qualifica", "Dotazione organica", "In servizio al 31/12/2024", "di cui a tempo determinato"],
   "rows": [["Dirigenti", "2", "1", "0"], ["Area dei Funzionari e dell'Elevata Qualificazione", "21", "17", "2"],
            ["Area degli Assistenti", "18", "15", "1"], ["Area degli Operatori", "6", "4", "0"], ["Totale", "47", "37", "3"]]},
 "header": ["Codice", "Indicatore", "Unità di misura", "Anno", "Target", "Risultato", "Scostamento", "Esito"],
 "areas": [
  {"code": "A", "title": "Conservazione della biodiversità e del paesaggio", "objectives": [
   {"code": "A.1", "title": "Tutela delle specie e degli habitat di interesse comunitario", "after": "Le attività di monitoraggio faunistico sono state svolte in collaborazione con il Reparto Carabinieri Parco e con l'Università degli Studi di Teramo; il ritardo nella liquidazione degli indennizzi registrato nel 2023 è stato recuperato grazie alla nuova procedura telematica di istruttoria.", "indicators": [
    rind("A.1.1", "Numero di transetti di monitoraggio del camoscio appenninico eseguiti", "n.", "higher",
         Y(2023, "≥ 40", "42", "+2", "Raggiunto"), Y(2024, "≥ 45", "47", "+2", "Raggiunto")),
    rind("A.1.2", "Percentuale di siti Natura 2000 con piano di gestione aggiornato", "%", "higher",
         Y(2023, "≥ 60%", "58%", "-2 p.p.", "Parzialmente raggiunto"), Y(2024, "≥ 70%", "72%", "+2 p.p.", "Raggiunto")),
    rind("A.1.3", "Tempo medio di liquidazione degli indennizzi per danni da fauna selvatica", "giorni", "lower",
         Y(2023, "≤ 90 gg", "104 gg", "+14 gg", "Non raggiunto"), Y(2024, "≤ 80 gg", "76 gg", "-4 gg", "Raggiunto"))]},
   {"code": "A.2", "title": "Prevenzione degli incendi boschivi", "after": None, "indicators": [
    rind("A.2.1", "Superficie boscata interessata da interventi di prevenzione", "ettari", None,
         Y(2023, "≥ 120", "126", "+6", "Raggiunto"), Y(2024, "≥ 150", "138", "-12", "Parzialmente raggiunto")),
    rind("A.2.2", "Percentuale di avvistamenti di incendio segnalati alla Sala operativa entro 15 minuti", "%", "higher",
         Y(2023, "≥ 95%", "97,2%", "+2,2 p.p.", "Raggiunto"), Y(2024, "≥ 95%", "98,1%", "+3,1 p.p.", "Raggiunto"))]}]},
  {"code": "B", "title": "Fruizione sostenibile e sviluppo locale", "objectives": [
   {"code": "B.1", "title": "Rete sentieristica, centri visita e accoglienza", "after": "Il calo dei visitatori dei centri visita nel 2024 è riconducibile alla chiusura per lavori di adeguamento sismico del centro di Fonte Cerreto nei mesi di luglio e agosto. L'apertura del nuovo centro visita di Assergi è stata rinviata per il mancato rilascio del certificato di agibilità.", "indicators": [
    rind("B.1.1", "Chilometri di sentieri manutenuti e segnalati", "km", None,
         Y(2023, "≥ 300", "312", "+12", "Raggiunto"), Y(2024, "≥ 320", "335", "+15", "Raggiunto")),
    rind("B.1.2", "Numero di visitatori dei centri visita del Parco", "n.", "higher",
         Y(2023, "≥ 25.000", "27.430", "+2.430", "Raggiunto"), Y(2024, "≥ 28.000", "26.115", "-1.885", "Parzialmente raggiunto")),
    rind("B.1.3", "Apertura del nuovo centro visita di Assergi", "data", None,
         Y(2024, "Entro il 30/06/2024", "Obiettivo sospeso", "n.d.", "Sospeso"))]},
   {"code": "B.2", "title": "Marchio di qualità e sostegno alle comunità del Parco", "after": None, "indicators": [
    rind("B.2.1", "Numero di imprese aderenti alla Carta Europea del Turismo Sostenibile", "n.", "higher",
         Y(2023, "≥ 30", "33", "+3", "Raggiunto"), Y(2024, "≥ 40", "41", "+1", "Raggiunto")),
    rind("B.2.2", "Importo dei contributi erogati ai Comuni del Parco", "euro", None,
         Y(2023, "€ 450.000,00", "€ 450.000,00", "0", "Raggiunto"), Y(2024, "≥ € 500.000,00", "€ 487.250,00", "- € 12.750,00", "Parzialmente raggiunto"))]}]},
  {"code": "C", "title": "Amministrazione trasparente ed efficiente", "objectives": [
   {"code": "C.1", "title": "Efficienza amministrativa e prevenzione della corruzione", "after": "Lo scostamento dell'indicatore di tempestività dei pagamenti nel 2024 è dovuto alla sospensione dei pagamenti nel mese di dicembre per la migrazione al nuovo sistema di contabilità.", "indicators": [
    rind("C.1.1", "Indicatore di tempestività dei pagamenti", "giorni", None,
         Y(2023, "≤ 0", "-6,4", "-6,4 gg", "Raggiunto"), Y(2024, "≤ 0", "2,1", "+2,1 gg", "Non raggiunto")),
    rind("C.1.2", "Percentuale di obblighi di pubblicazione assolti in Amministrazione trasparente", "%", "higher",
         Y(2023, "100%", "96%", "-4 p.p.", "Parzialmente raggiunto"), Y(2024, "100%", "100%", "0", "Raggiunto")),
    rind("C.1.3", "Dipendenti formati in materia di prevenzione della corruzione", "%", None,
         Y(2023, "≥ 80%", "85%", "+5 p.p.", "Raggiunto"), Y(2024, "≥ 90%", "93%", "+3 p.p.", "Raggiunto"))]}]}],
 "summary": {"title": "Tabella 3 – Sintesi degli esiti degli indicatori (anno 2024)",
   "header": ["Esito", "N. indicatori", "%"],
   "rows": [["Raggiunto", "8", "61,5%"], ["Parzialmente raggiunto", "3", "23,1%"], ["Non raggiunto", "1", "7,7%"], ["Sospeso", "1", "7,7%"], ["Totale", "13", "100,0%"]]},
}

# ------------------------------------------------------------------ C: ARPAL, report, borderless reportlab
def cind(code, name, source, dir_, *years):
    return {"code": code, "name": name, "source": source, "dir": dir_, "years": list(years)}

arpal = {
 "name": "arpal-liguria-2024-relazione",
 "renderer": "reportlab, A4 portrait, borderless tables (hairlines only under the header), indicator cells spanning their year sub-rows",
 "document": {"issuer": "Agenzia Regionale per la Protezione dell'Ambiente Ligure", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["ARPAL", "Agenzia Regionale per la Protezione dell'Ambiente Ligure", "Relazione sulla performance 2024",
           "Allegato al Decreto del Direttore Generale n. 141 del 27/06/2025"],
 "running": "ARPAL – Relazione sulla performance 2024",
 "intro": [
  ("1. Premessa", [
   "La Relazione sulla performance 2024 rendiconta i risultati conseguiti dall'Agenzia rispetto agli obiettivi e agli indicatori definiti nella sezione Valore pubblico, performance e anticorruzione del PIAO 2024-2026, adottato con decreto del Direttore Generale n. 12 del 30/01/2024.",
   "Per ogni indicatore sono riportati su righe successive il valore atteso e il valore conseguito nell'anno 2024 e, ai fini del confronto, quelli dell'anno 2023. Lo scostamento è espresso nell'unità di misura dell'indicatore (punti percentuali per gli indicatori espressi in percentuale)."]),
  ("2. Le risorse", [
   "Il valore della produzione 2024 è pari a € 41,8 milioni, di cui il 91% costituito dal contributo di funzionamento regionale. La tabella seguente riporta i principali costi della produzione."])],
 "costs": {"title": "Tabella 1 – Costi della produzione (valori in euro)",
   "header": ["Voce di costo", "Consuntivo 2023", "Consuntivo 2024", "Variazione %"],
   "rows": [["Personale", "27.964.210", "28.512.930", "+2,0%"], ["Acquisto di beni", "1.402.118", "1.377.540", "-1,8%"],
            ["Servizi", "6.218.405", "6.590.214", "+6,0%"], ["Ammortamenti", "2.105.990", "2.244.806", "+6,6%"],
            ["Totale costi della produzione", "37.690.723", "38.725.490", "+2,7%"]]},
 "section": ("3. Risultati degli obiettivi e degli indicatori",
   "Gli obiettivi sono raggruppati per area di attività. La fonte indicata è il sistema da cui è stato estratto il dato di consuntivo; la verifica dei dati è stata effettuata dalla Struttura di supporto all'OIV."),
 "header": ["Cod.", "Indicatore", "Fonte dei dati", "Anno", "Target", "Risultato", "Scostamento"],
 "areas": [
  {"code": "1", "title": "CONTROLLI E MONITORAGGI AMBIENTALI", "objectives": [
   {"code": "1.1", "title": "Garantire i controlli sulle installazioni soggette ad AIA", "indicators": [
    cind("1.1.a", "Percentuale di ispezioni ordinarie AIA eseguite rispetto al programma regionale", "Sistema informativo SIRAL", "higher",
         Y(2023, "≥ 95%", "97%", "+2 p.p."), Y(2024, "≥ 95%", "99%", "+4 p.p.")),
    cind("1.1.b", "Tempo medio di trasmissione del rapporto di ispezione all'autorità competente", "Protocollo informatico", "lower",
         Y(2023, "≤ 60 gg", "52 gg", "-8 gg"), Y(2024, "≤ 45 gg", "48 gg", "+3 gg")),
    cind("1.1.c", "Numero di campionamenti agli scarichi di acque reflue industriali", "LIMS – Laboratorio regionale", "higher",
         Y(2023, "≥ 400", "431", "+31"), Y(2024, "≥ 420", "405", "-15"))]},
   {"code": "1.2", "title": "Assicurare il monitoraggio della qualità dell'aria e delle acque", "indicators": [
    cind("1.2.a", "Rendimento strumentale medio della rete regionale di monitoraggio della qualità dell'aria", "Centro operativo rete QA", None,
         Y(2023, "≥ 90%", "93,4%", "+3,4 p.p."), Y(2024, "≥ 90%", "91,8%", "+1,8 p.p.")),
    cind("1.2.b", "Stazioni di monitoraggio delle acque marino-costiere campionate secondo il calendario", "Banca dati Strategia Marina", None,
         Y(2023, "≥ 98%", "100%", "+2 p.p."), Y(2024, "≥ 98%", "96,5%", "-1,5 p.p.")),
    cind("1.2.c", "Percentuale di bollettini pollinici pubblicati entro il lunedì", "Sito web istituzionale", "higher",
         Y(2023, "100%", "100%", "0"), Y(2024, "100%", "100%", "0"))]}]},
  {"code": "2", "title": "SUPPORTO TECNICO E CONOSCENZA AMBIENTALE", "objectives": [
   {"code": "2.1", "title": "Garantire la risposta alle emergenze ambientali", "indicators": [
    cind("2.1.a", "Tempo medio di arrivo sul luogo dell'evento in pronta disponibilità", "Registro interventi PD", "lower",
         Y(2023, "≤ 90 minuti", "78 minuti", "-12 minuti"), Y(2024, "≤ 90 minuti", "74 minuti", "-16 minuti")),
    cind("2.1.b", "Numero di esercitazioni congiunte con la Protezione civile regionale", "Verbali delle esercitazioni", "higher",
         Y(2023, "2", "2", "0"), Y(2024, "3", "3", "0"))]},
   {"code": "2.2", "title": "Diffondere la conoscenza ambientale", "indicators": [
    cind("2.2.a", "Pubblicazione dell'Annuario dei dati ambientali della Liguria", "Sito web istituzionale", None,
         Y(2023, "Entro il 31/12/2023", "Pubblicato il 18/12/2023", "—"), Y(2024, "Entro il 31/12/2024", "Pubblicato il 20/12/2024", "—")),
    cind("2.2.b", "Accessi al portale degli open data ambientali", "Statistiche web", None,
         Y(2023, "≥ 150.000", "171.240", "+21.240"), Y(2024, "≥ 180.000", "n.d.", "n.d.")),
    cind("2.2.c", "Attivazione del servizio on line di presentazione degli esposti", "Sistema di gestione esposti", None,
         Y(2024, "Entro il 30/09/2024", "Obiettivo sospeso", "—"))]}]},
  {"code": "3", "title": "ORGANIZZAZIONE E RISORSE", "objectives": [
   {"code": "3.1", "title": "Sviluppare le competenze e il benessere organizzativo", "indicators": [
    cind("3.1.a", "Ore medie di formazione per dipendente", "Gestionale della formazione", None,
         Y(2023, "≥ 20 ore", "22 ore", "+2 ore"), Y(2024, "≥ 24 ore", "26,5 ore", "+2,5 ore")),
    cind("3.1.b", "Grado di copertura del fabbisogno di personale tecnico previsto dal PIAO", "Ufficio Gestione del personale", "higher",
         Y(2023, "≥ 80%", "76%", "-4 p.p."), Y(2024, "≥ 85%", "88%", "+3 p.p.")),
    cind("3.1.c", "Costo medio per determinazione analitica di laboratorio", "Contabilità analitica", "lower",
         Y(2023, "≤ € 95,00", "€ 91,30", "- € 3,70"), Y(2024, "≤ € 92,00", "€ 93,10", "+ € 1,10"))]}]}],
 "closing": ("4. Considerazioni conclusive", [
  "Nel biennio 2023-2024 20 dei 27 valori annuali rilevati hanno raggiunto il target. Il dato degli accessi al portale open data non è disponibile per il cambio della piattaforma di analisi statistica avvenuto a settembre; l'attivazione del servizio on line per gli esposti è stata sospesa in attesa dell'integrazione con il sistema regionale di gestione documentale."]),
}

for c in (forli, gransasso, arpal):
    json.dump(c, open(os.path.join(HERE, c["name"] + ".content.json"), "w"), ensure_ascii=False, indent=1)
    print("wrote", c["name"])

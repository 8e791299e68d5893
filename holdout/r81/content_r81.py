# Writes the three NAME.content.json files of round r81 (content as data; the generator renders from them).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def I(code, name, target, actual=None, ach=None, **kw):
    d = {"code": code, "name": name, "target": target, "actual": actual, "achievement": ach}
    d.update(kw); return d

# ------------------------------------------------------------------ A: Comune di Prato (Word)
prato = {
  "document": {"issuer": "Comune di Prato", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
  "renderer": "python-docx -> LibreOffice",
  "cover": ["COMUNE DI PRATO", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
            "(art. 10, comma 1, lettera b, del D.Lgs. 27 ottobre 2009, n. 150)",
            "Approvata con deliberazione di Giunta comunale n. 187 del 24 giugno 2025",
            "Validata dal Nucleo di Valutazione in data 19 giugno 2025"],
  "intro": [
    ["1. Premessa", [
      "La Relazione sulla performance costituisce lo strumento mediante il quale l’Amministrazione illustra ai cittadini e a tutti gli altri portatori di interesse i risultati ottenuti nel corso dell’anno precedente, concludendo in tal modo il ciclo di gestione della performance avviato con l’approvazione del Piano integrato di attività e organizzazione (PIAO) 2024-2026, sezione 2.2 “Performance”.",
      "Il documento rendiconta gli obiettivi operativi assegnati ai dirigenti con il Piano esecutivo di gestione 2024, collegati agli obiettivi strategici del Documento unico di programmazione 2024-2026 e, attraverso questi, alle linee programmatiche di mandato. Per ciascun obiettivo sono riportati gli indicatori, il valore atteso, il valore conseguito al 31 dicembre 2024 e la percentuale di raggiungimento, seguiti dall’esito complessivo e da una breve illustrazione delle attività svolte.",
      "I dati sono stati rilevati dal Servizio Controllo di gestione sulla base delle schede di monitoraggio finale trasmesse dai Servizi e verificati dal Nucleo di Valutazione nella seduta del 19 giugno 2025."]],
    ["2. Il contesto organizzativo", [
      "Al 31 dicembre 2024 l’Ente contava 1.112 dipendenti a tempo indeterminato, in lieve crescita rispetto all’anno precedente per effetto delle assunzioni previste dal Piano triennale dei fabbisogni di personale. La tabella seguente riporta la distribuzione per area di inquadramento."],
     {"table": "staff", "header": ["Area di inquadramento", "31/12/2023", "31/12/2024", "Variazione"],
      "rows": [["Dirigenti", "24", "25", "+1"], ["Area dei funzionari e dell’elevata qualificazione", "368", "391", "+23"],
               ["Area degli istruttori", "512", "506", "-6"], ["Area degli operatori esperti", "163", "158", "-5"],
               ["Area degli operatori", "33", "32", "-1"], ["Totale", "1.100", "1.112", "+12"]]}],
    ["3. Le risorse finanziarie", [
      "Le risorse finanziarie destinate alla realizzazione degli obiettivi sono quelle del bilancio di previsione 2024-2026, come modificato dalle variazioni intervenute nel corso dell’esercizio. Di seguito si riportano gli stanziamenti definitivi e gli impegni della spesa corrente per le principali missioni."],
     {"table": "budget", "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegno"],
      "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 48.215.330,00", "€ 45.102.874,16", "93,5%"],
               ["03 – Ordine pubblico e sicurezza", "€ 9.874.200,00", "€ 9.511.063,42", "96,3%"],
               ["04 – Istruzione e diritto allo studio", "€ 21.330.910,00", "€ 20.148.775,90", "94,5%"],
               ["09 – Sviluppo sostenibile e tutela del territorio", "€ 38.640.500,00", "€ 37.902.118,05", "98,1%"],
               ["10 – Trasporti e diritto alla mobilità", "€ 14.122.000,00", "€ 12.987.430,71", "92,0%"],
               ["12 – Diritti sociali, politiche sociali e famiglia", "€ 42.905.640,00", "€ 40.611.902,33", "94,7%"]]}],
  ],
  "results_heading": "4. I risultati degli obiettivi operativi",
  "results_intro": "Nelle pagine seguenti gli obiettivi sono raggruppati per area strategica e obiettivo strategico del DUP. L’esito è espresso come Raggiunto (percentuale di raggiungimento pari o superiore al 90%), Parzialmente raggiunto (tra il 60% e il 90%) o Non raggiunto (inferiore al 60%).",
  "header": ["Cod.", "Indicatore", "Formula di calcolo", "Target 2024", "Valore al 31/12/2024", "% raggiung."],
  "areas": [
   {"code": "1", "title": "Prato città sicura, sostenibile e accessibile", "strategic": [
    {"code": "1.1", "title": "Migliorare la mobilità urbana e la sicurezza stradale", "operational": [
     {"code": "1.1.1", "title": "Potenziamento dei controlli per la sicurezza della circolazione", "resp": "Corpo di Polizia Municipale",
      "indicators": [
        I("1.1.1.1", "Numero di controlli su strada con strumenti di rilevazione della velocità", "≥ 1.200", "1.347", 100, formula="N. servizi di controllo effettuati nell’anno"),
        I("1.1.1.2", "Tempo medio di rilascio dei permessi di accesso alla ZTL", "≤ 10 gg", "7 gg", 100, formula="Somma giorni tra istanza e rilascio / n. permessi rilasciati")],
      "status": "Raggiunto",
      "comment": "Nel corso dell’anno sono stati effettuati 1.347 servizi di controllo della velocità, con particolare attenzione alla viabilità in prossimità dei plessi scolastici. La digitalizzazione dell’istanza tramite lo Sportello telematico ha consentito di ridurre ulteriormente i tempi di rilascio dei permessi ZTL."},
     {"code": "1.1.2", "title": "Sviluppo della rete ciclabile urbana", "resp": "Servizio Mobilità e Infrastrutture",
      "indicators": [
        I("1.1.2.1", "Realizzazione di nuovi tratti di pista ciclabile (km)", "4,5", "3,2", 71, formula="Km di pista collaudati nell’anno"),
        I("1.1.2.2", "Percentuale di avanzamento dei lavori della ciclovia del Bisenzio", "≥ 60%", "48%", 80, formula="Importo SAL approvati / importo contrattuale x 100")],
      "status": "Parzialmente raggiunto",
      "comment": "Il collaudo del tratto di via Roma – Piazza Mercatale (1,3 km) è slittato ai primi mesi del 2025 a causa di interferenze con i sottoservizi emerse in corso d’opera. Anche i lavori della ciclovia hanno subito un rallentamento per la sospensione disposta durante l’evento alluvionale di marzo."}]},
    {"code": "1.2", "title": "Tutela dell’ambiente e decoro urbano", "operational": [
     {"code": "1.2.1", "title": "Miglioramento della raccolta differenziata e contrasto all’abbandono dei rifiuti", "resp": "Servizio Ambiente",
      "indicators": [
        I("1.2.1.1", "Percentuale di raccolta differenziata sul totale dei rifiuti urbani", "≥ 75%", "76,4%", 100, formula="Rifiuti differenziati / rifiuti urbani totali x 100"),
        I("1.2.1.2", "Numero di controlli sul corretto conferimento dei rifiuti da parte degli ispettori ambientali", "≥ 500", "612", 100, formula="N. verbali di controllo redatti"),
        I("1.2.1.3", "Tempo medio di intervento per la rimozione dei rifiuti abbandonati su suolo pubblico", "≤ 3 gg", "2,5 gg", 100, formula="Giorni tra segnalazione e rimozione / n. segnalazioni")],
      "status": "Raggiunto",
      "comment": "Il dato di raccolta differenziata è stato certificato dall’Agenzia regionale Recupero Risorse. Gli ispettori ambientali hanno operato prevalentemente nel Macrolotto zero e nelle frazioni, dove si concentra la maggior parte delle segnalazioni."}]}]},
   {"code": "2", "title": "Prato città dei servizi e delle persone", "strategic": [
    {"code": "2.1", "title": "Rafforzare il sistema dei servizi educativi 0-6", "operational": [
     {"code": "2.1.1", "title": "Ampliamento dell’offerta dei nidi d’infanzia", "resp": "Servizio Pubblica Istruzione",
      "indicators": [
        I("2.1.1.1", "Posti nido disponibili ogni 100 bambini residenti di età 0-2 anni", "≥ 33", "34,1", 100, formula="Posti autorizzati / bambini 0-2 anni x 100"),
        I("2.1.1.2", "Tempo medio di pubblicazione delle graduatorie di accesso ai nidi dalla chiusura delle iscrizioni", "entro 30 gg", "28 gg", 100, formula="Giorni tra chiusura iscrizioni e pubblicazione")],
      "status": "Raggiunto",
      "comment": "L’apertura del nuovo nido di San Paolo, finanziato con fondi PNRR, ha aggiunto 48 posti all’offerta comunale a partire da settembre 2024."},
     {"code": "2.1.2", "title": "Qualità del servizio di refezione scolastica", "resp": "Servizio Pubblica Istruzione",
      "indicators": [
        I("2.1.2.1", "Grado di soddisfazione delle famiglie per il servizio di refezione (scala 1-5)", "≥ 3,8", "4,1", 100, formula="Media dei punteggi del questionario di gradimento"),
        I("2.1.2.2", "Numero di controlli di qualità presso i centri cottura e i refettori", "48", "48", 100, formula="N. sopralluoghi della Commissione mensa e del tecnologo alimentare")],
      "status": "Raggiunto", "comment": None}]},
    {"code": "2.2", "title": "Inclusione sociale e sostegno alle fragilità", "operational": [
     {"code": "2.2.1", "title": "Presa in carico tempestiva delle persone in condizione di fragilità", "resp": "Servizio Politiche sociali",
      "indicators": [
        I("2.2.1.1", "Tempo medio di presa in carico delle richieste pervenute al Segretariato sociale", "≤ 15 gg", "18 gg", 83, formula="Giorni tra richiesta e primo colloquio / n. richieste"),
        I("2.2.1.2", "Numero di progetti personalizzati attivati per i beneficiari dell’Assegno di inclusione", "≥ 350", "n.d.", None, formula="N. patti per l’inclusione sottoscritti")],
      "status": "Parzialmente raggiunto",
      "comment": "Il tempo di presa in carico ha risentito della carenza di due assistenti sociali nel primo semestre, poi reclutate nel mese di luglio. Il numero dei progetti personalizzati non è disponibile alla data di redazione della relazione per il mancato allineamento dei dati della piattaforma GePI."}]}]},
   {"code": "3", "title": "Prato città efficiente e trasparente", "strategic": [
    {"code": "3.1", "title": "Innovazione e semplificazione amministrativa", "operational": [
     {"code": "3.1.1", "title": "Transizione digitale dei servizi al cittadino", "resp": "Servizio Sistemi informativi",
      "indicators": [
        I("3.1.1.1", "Percentuale di servizi on line accessibili con SPID e CIE", "100%", "100%", 100, formula="Servizi accessibili con identità digitale / servizi on line x 100"),
        I("3.1.1.2", "Numero di istanze presentate tramite lo Sportello telematico polifunzionale", "≥ 15.000", "18.432", 100, formula="N. istanze protocollate da Sportello telematico"),
        I("3.1.1.3", "Tempi medi di pagamento delle fatture commerciali", "≤ 30 gg", "24 gg", 100, formula="Indicatore ex art. 4-bis D.L. 13/2023")],
      "status": "Raggiunto", "comment": None},
     {"code": "3.1.2", "title": "Prevenzione della corruzione e trasparenza amministrativa", "resp": "Segreteria generale",
      "indicators": [
        I("3.1.2.1", "Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", "≥ 95%", "97,2%", 100, formula="Obblighi assolti / obblighi verificati x 100"),
        I("3.1.2.2", "Realizzazione della formazione obbligatoria in materia di anticorruzione per il personale a rischio", "entro il 30/11/2024", "realizzata il 15/11/2024", 100, formula="Data di conclusione dei corsi")],
      "status": "Raggiunto",
      "comment": "La formazione è stata erogata in modalità e-learning a 214 dipendenti assegnati ai processi a più elevato rischio corruttivo."}]}]}],
  "closing": ["5. Conclusioni", [
    "Nel complesso, dei 18 indicatori rendicontati 14 risultano pienamente raggiunti, 4 parzialmente raggiunti e nessuno non raggiunto. Gli scostamenti sono riconducibili in prevalenza a fattori esterni all’Amministrazione, come illustrato nelle singole schede.",
    "La presente Relazione è pubblicata nella sezione Amministrazione trasparente del sito istituzionale, sottosezione Performance."]],
}

# ------------------------------------------------------------------ B: Provincia di Piacenza (Calc)
def P(code, name, unit, base, t25, t26, t27, peso, serv):
    return {"code": code, "name": name, "unit": unit, "baseline": base, "targets": {"2025": t25, "2026": t26, "2027": t27},
            "weight": peso, "servizio": serv}

piacenza = {
  "document": {"issuer": "Provincia di Piacenza", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
  "renderer": "openpyxl -> LibreOffice Calc",
  "title_lines": ["PROVINCIA DI PIACENZA", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027",
                  "Sezione 2 – Valore pubblico, performance e anticorruzione",
                  "Sottosezione 2.2 – Performance"],
  "premessa": [
    "La sottosezione Performance del PIAO 2025-2027 declina gli obiettivi strategici della Sezione strategica del Documento unico di programmazione 2025-2027 in obiettivi operativi assegnati ai Dirigenti dei Servizi, con i relativi indicatori e target per ciascuna annualità del triennio.",
    "Gli obiettivi sono collegati alle Missioni di bilancio di riferimento. Il peso indicato per ciascun indicatore concorre alla valutazione della performance organizzativa del Servizio responsabile secondo il Sistema di misurazione e valutazione della performance approvato con decreto presidenziale n. 14 del 2023.",
    "Il valore di baseline corrisponde al dato consuntivo rilevato al 31 dicembre 2023, ultimo anno per il quale è disponibile la rendicontazione definitiva."],
  "header": ["Missione", "Obiettivo strategico", "Obiettivo operativo", "Cod.", "Indicatore", "Unità di misura",
             "Baseline 2023", "Target 2025", "Target 2026", "Target 2027", "Peso", "Servizio responsabile"],
  "missioni": [
   {"code": "01", "title": "Servizi istituzionali, generali e di gestione", "strategic": [
    {"code": "1", "title": "Provincia digitale, trasparente e vicina ai Comuni", "operational": [
     {"code": "1.1", "title": "Digitalizzazione dei procedimenti e dei servizi", "indicators": [
       P("1.1.1", "Percentuale di procedimenti gestiti interamente in modalità digitale", "%", "62%", "≥ 70%", "≥ 80%", "≥ 90%", "10%", "Servizio Sistemi informativi"),
       P("1.1.2", "Numero di dataset pubblicati sul portale open data provinciale", "n.", "18", "25", "30", "35", "5%", "Servizio Sistemi informativi")]},
     {"code": "1.2", "title": "Supporto tecnico-amministrativo ai Comuni del territorio", "indicators": [
       P("1.2.1", "Numero di procedure di gara gestite dalla Stazione Unica Appaltante per conto dei Comuni", "n.", "41", "≥ 45", "≥ 50", "≥ 50", "10%", "Servizio Appalti e Contratti – SUA"),
       P("1.2.2", "Tempo medio di aggiudicazione delle procedure gestite dalla SUA", "giorni", "96", "≤ 90 gg", "≤ 85 gg", "≤ 80 gg", "5%", "Servizio Appalti e Contratti – SUA")]}]},
    {"code": "2", "title": "Efficienza e sostenibilità della gestione finanziaria", "operational": [
     {"code": "2.1", "title": "Tempestività dei pagamenti e capacità di riscossione", "indicators": [
       P("2.1.1", "Tempo medio di pagamento delle fatture commerciali", "giorni", "27", "≤ 30 gg", "≤ 30 gg", "≤ 30 gg", "10%", "Servizio Finanziario"),
       P("2.1.2", "Percentuale di riscossione delle entrate extratributarie in conto competenza", "%", "78,5%", "≥ 80%", "≥ 82%", "≥ 85%", "5%", "Servizio Finanziario")]}]}]},
   {"code": "10", "title": "Trasporti e diritto alla mobilità", "strategic": [
    {"code": "3", "title": "Sicurezza e manutenzione della rete stradale provinciale", "operational": [
     {"code": "3.1", "title": "Manutenzione programmata di strade, ponti e viadotti", "indicators": [
       P("3.1.1", "Km di strade provinciali interessati da interventi di rifacimento della pavimentazione", "km", "38", "40", "45", "45", "10%", "Servizio Viabilità"),
       P("3.1.2", "Numero di ponti e viadotti sottoposti a ispezione secondo le Linee guida ministeriali", "n.", "112", "120", "130", "140", "10%", "Servizio Viabilità"),
       P("3.1.3", "Tempo medio di rilascio delle autorizzazioni ai trasporti eccezionali", "giorni", "12", "≤ 10 gg", "≤ 10 gg", "≤ 8 gg", "5%", "Servizio Viabilità")]}]}]},
   {"code": "04", "title": "Istruzione e diritto allo studio", "strategic": [
    {"code": "4", "title": "Edilizia scolastica sicura e sostenibile", "operational": [
     {"code": "4.1", "title": "Attuazione degli interventi PNRR sugli edifici degli istituti superiori", "indicators": [
       P("4.1.1", "Percentuale di avanzamento della spesa degli interventi PNRR di edilizia scolastica", "%", "35%", "75%", "100%", None, "10%", "Servizio Edilizia scolastica"),
       P("4.1.2", "Numero di interventi di adeguamento sismico conclusi", "n.", "3", "4", "6", "2", "10%", "Servizio Edilizia scolastica"),
       P("4.1.3", "Riduzione dei consumi energetici degli edifici scolastici rispetto al 2019", "%", "8%", "10%", "12%", "15%", "10%", "Servizio Edilizia scolastica")]}]}]}],
  "staff": {"title": "Sottosezione 3.3 – Piano triennale dei fabbisogni di personale 2025-2027 (assunzioni programmate)",
            "header": ["Profilo professionale", "Area", "2025", "2026", "2027", "Modalità di reclutamento"],
            "rows": [["Funzionario tecnico – ingegnere", "Funzionari e EQ", "2", "1", "1", "Concorso pubblico"],
                     ["Funzionario amministrativo-contabile", "Funzionari e EQ", "1", "1", "0", "Scorrimento graduatoria"],
                     ["Istruttore tecnico – geometra", "Istruttori", "2", "1", "1", "Concorso pubblico"],
                     ["Istruttore amministrativo", "Istruttori", "1", "0", "1", "Mobilità ex art. 30 D.Lgs. 165/2001"],
                     ["Operatore esperto stradale", "Operatori esperti", "3", "2", "2", "Selezione ex art. 16 L. 56/1987"],
                     ["Totale", "", "9", "5", "5", ""]]},
}

# ------------------------------------------------------------------ C: AIFA (reportlab)
def C(code, name, peso, base, target, actual, ach, esito, nota=None):
    return {"code": code, "name": name, "weight": peso, "baseline": base, "target": target, "actual": actual,
            "achievement": ach, "esito": esito, "nota": nota}

aifa = {
  "document": {"issuer": "Agenzia Italiana del Farmaco", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
  "renderer": "reportlab (report-software export)",
  "cover": ["AIFA", "Agenzia Italiana del Farmaco", "Relazione sulla performance 2023",
            "ai sensi dell’art. 10, comma 1, lettera b), del decreto legislativo 27 ottobre 2009, n. 150",
            "Approvata dal Consiglio di amministrazione con delibera n. 31 del 26 giugno 2024"],
  "intro": [
    ["Presentazione", [
      "La Relazione sulla performance 2023 dell’Agenzia Italiana del Farmaco rendiconta i risultati organizzativi conseguiti nell’anno rispetto agli obiettivi programmati nella sottosezione Performance del PIAO 2023-2025. L’anno è stato caratterizzato dall’avvio della riforma della governance dell’Agenzia, introdotta dal decreto-legge 8 novembre 2022, n. 169, e dall’insediamento della nuova Commissione Scientifico-Economica (CSE).",
      "Per ciascun obiettivo specifico la scheda riporta l’area strategica di riferimento, la struttura responsabile, gli indicatori con il relativo peso, il valore di baseline, il target e il valore consuntivo, il grado di raggiungimento e l’esito. Eventuali scostamenti sono motivati nelle note in calce agli indicatori."]],
    ["Le risorse", [
      "Le risorse finanziarie assegnate per il 2023, come risultanti dal rendiconto generale, sono sintetizzate nella tabella seguente."],
     {"table": "budget", "header": ["Missione / Programma", "Stanziamenti definitivi", "Impegni", "Pagamenti"],
      "rows": [["020.001 – Ricerca, sorveglianza e vigilanza sui farmaci", "€ 86.420.115,00", "€ 79.318.640,22", "€ 71.002.418,90"],
               ["020.002 – Regolazione e accesso al mercato dei medicinali", "€ 41.207.900,00", "€ 38.911.204,65", "€ 35.487.311,08"],
               ["032.003 – Servizi e affari generali", "€ 28.615.400,00", "€ 26.004.377,14", "€ 24.930.116,57"],
               ["Totale", "€ 156.243.415,00", "€ 144.234.222,01", "€ 131.419.846,55"]]}],
  ],
  "results_heading": "I risultati degli obiettivi specifici",
  "kv_keys": ["Area strategica", "Obiettivo specifico", "Struttura responsabile", "Peso dell’obiettivo"],
  "header": ["Cod.", "Indicatore", "Peso", "Baseline", "Target 2023", "Consuntivo 2023", "Grado di raggiung.", "Esito"],
  "areas": [
   {"code": "A", "title": "Accesso ai farmaci e sostenibilità della spesa farmaceutica", "objectives": [
    {"code": "A.1", "title": "Ridurre i tempi delle procedure di prezzo e rimborso", "struttura": "Area Strategia ed Economia del Farmaco", "peso": "20%",
     "indicators": [
      C("A.1.1", "Tempo medio di conclusione delle procedure di prezzo e rimborsabilità dei farmaci innovativi", "40%", "210 gg", "≤ 180 gg", "168 gg", "100%", "Raggiunto"),
      C("A.1.2", "Percentuale di dossier istruiti per la CSE entro i termini regolamentari", "30%", "82%", "≥ 90%", "86,5%", "96,1%", "Parzialmente raggiunto",
        "Lo scostamento è dovuto all’incremento del 18% delle istanze pervenute nel secondo semestre, a fronte dell’insediamento della nuova CSE solo nel mese di marzo."),
      C("A.1.3", "Numero di accordi di rimborsabilità condizionata (managed entry agreements) monitorati", "30%", "45", "≥ 50", "57", "100%", "Raggiunto")]},
    {"code": "A.2", "title": "Assicurare il monitoraggio della spesa farmaceutica", "struttura": "Area Strategia ed Economia del Farmaco", "peso": "15%",
     "indicators": [
      C("A.2.1", "Numero di report mensili di monitoraggio della spesa farmaceutica pubblicati", "50%", "12", "12", "12", "100%", "Raggiunto"),
      C("A.2.2", "Tempo di pubblicazione del Rapporto OsMed dalla chiusura dell’anno di riferimento", "50%", "7 mesi", "≤ 7 mesi", "6,5 mesi", "100%", "Raggiunto")]}]},
   {"code": "B", "title": "Farmacovigilanza, ispezioni e sicurezza dei medicinali", "objectives": [
    {"code": "B.1", "title": "Rafforzare il sistema nazionale di farmacovigilanza", "struttura": "Ufficio Farmacovigilanza", "peso": "20%",
     "indicators": [
      C("B.1.1", "Percentuale di segnalazioni di sospette reazioni avverse gravi validate entro 7 giorni", "40%", "91%", "≥ 95%", "97,3%", "100%", "Raggiunto"),
      C("B.1.2", "Numero di segnali di sicurezza valutati in ambito PRAC", "30%", "38", "≥ 40", "44", "100%", "Raggiunto"),
      C("B.1.3", "Realizzazione di campagne informative sull’uso sicuro dei medicinali", "30%", "2", "3", "1", "33,3%", "Non raggiunto",
        "Due campagne sono state rinviate al 2024 in attesa della revisione del Piano di comunicazione istituzionale.")]},
    {"code": "B.2", "title": "Garantire l’attività ispettiva e di controllo sui medicinali", "struttura": "Area Ispezioni e Certificazioni", "peso": "15%",
     "indicators": [
      C("B.2.1", "Numero di ispezioni GMP presso officine di produzione nazionali", "50%", "212", "≥ 220", "231", "100%", "Raggiunto"),
      C("B.2.2", "Percentuale di campioni analizzati dai laboratori dell’Agenzia sul totale programmato", "50%", "88%", "100%", "94%", "94%", "Parzialmente raggiunto")]}]},
   {"code": "C", "title": "Efficienza organizzativa, trasparenza e prevenzione della corruzione", "objectives": [
    {"code": "C.1", "title": "Valorizzare il personale e innovare l’organizzazione", "struttura": "Area Amministrativa – Settore Risorse umane", "peso": "15%",
     "indicators": [
      C("C.1.1", "Numero medio di ore di formazione per dipendente", "40%", "18 ore", "≥ 24 ore", "26,5 ore", "100%", "Raggiunto"),
      C("C.1.2", "Percentuale di personale in lavoro agile con accordo individuale", "30%", "58%", "≥ 60%", "63%", "100%", "Raggiunto"),
      C("C.1.3", "Completamento delle procedure concorsuali previste dal Piano dei fabbisogni", "30%", "n.d.", "entro il 31/12/2023", "Obiettivo sospeso", None, "Sospeso",
        "Le procedure sono state sospese in attesa della definizione del nuovo assetto organizzativo previsto dal D.L. 169/2022.")]},
    {"code": "C.2", "title": "Assicurare trasparenza e tempestività dell’azione amministrativa", "struttura": "Responsabile della prevenzione della corruzione e della trasparenza", "peso": "15%",
     "indicators": [
      C("C.2.1", "Tempo medio di pagamento delle fatture commerciali", "50%", "28 gg", "≤ 30 gg", "22 gg", "100%", "Raggiunto"),
      C("C.2.2", "Percentuale di richieste di accesso civico generalizzato evase nei termini di legge", "50%", "96%", "100%", "100%", "100%", "Raggiunto")]}]}],
  "summary": {"header": ["Esito", "N. indicatori", "%"],
              "rows": [["Raggiunto", "11", "73,3%"], ["Parzialmente raggiunto", "2", "13,3%"], ["Non raggiunto", "1", "6,7%"],
                       ["Sospeso", "1", "6,7%"], ["Totale", "15", "100,0%"]]},
  "closing": ["Conclusioni", [
    "Il grado medio di raggiungimento degli obiettivi specifici dell’Agenzia per il 2023 si attesta al 92,4%. Le criticità rilevate, concentrate nell’area della comunicazione istituzionale e del reclutamento, sono state recepite nella programmazione del PIAO 2024-2026.",
    "La Relazione è stata trasmessa all’Organismo indipendente di valutazione per la validazione prevista dall’art. 14, comma 4, lettera c), del D.Lgs. 150/2009."]],
}

for name, c in (("comune-prato-2024-relazione", prato), ("provincia-piacenza-2025-piao", piacenza), ("aifa-2023-relazione", aifa)):
    with open(os.path.join(HERE, name + ".content.json"), "w") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("ok")

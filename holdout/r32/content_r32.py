"""Writes the four r32 content files (hand-written content, invented values)."""
import json
from pathlib import Path
HERE = Path(__file__).parent

def dump(name, d):
    d = {"generator": "blind/r32/make_r32.py", "schema": "r32-blind/content@1", **d}
    (HERE / f"{name}.content.json").write_text(json.dumps(d, ensure_ascii=False, indent=1))

# ---------------------------------------------------------------- 1 ASL Biella (Calc)
L1 = "Nel corso del 2024 "
asl = {
 "document": {"issuer": "Azienda Sanitaria Locale di Biella", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["REGIONE PIEMONTE", "Azienda Sanitaria Locale di Biella", "ASL BI",
           "RELAZIONE SULLA PERFORMANCE 2024", "(art. 10, comma 1, lett. b, D.Lgs. 27 ottobre 2009, n. 150)",
           "Adottata con deliberazione del Direttore Generale n. 412 del 26/06/2025"],
 "intro": [
  ("Premessa", "La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi raggiunti nell'anno 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2024-2026 (sottosezione Performance). I dati sono stati forniti dalla S.S. Controllo di gestione e validati dalle strutture responsabili; la Relazione è sottoposta alla validazione dell'Organismo Indipendente di Valutazione."),
  ("Il contesto", "L'ASL BI serve una popolazione di 166.214 residenti distribuiti in 74 Comuni, con un presidio ospedaliero (Ospedale degli Infermi di Ponderano), un Distretto unico e tre Case di Comunità attivate nel corso dell'anno. Il 2024 è stato caratterizzato dall'avvio dei progetti finanziati dal PNRR (Missione 6) e dal recupero delle prestazioni ambulatoriali sospese negli anni precedenti."),
  ("Lettura delle tabelle", "Per ciascun obiettivo strategico sono riportati gli indicatori con il valore atteso (Target 2024), il valore rilevato al 31 dicembre (Actual), la percentuale di realizzazione calcolata secondo il Sistema di misurazione e valutazione della performance e una breve descrizione del risultato raggiunto."),
 ],
 "budget": {"title": "Tabella 1 – Principali voci del conto economico (valori in euro)",
   "header": ["Voce", "Consuntivo 2023", "Consuntivo 2024", "Variazione %"],
   "rows": [["Valore della produzione", "€ 312.480.115,00", "€ 321.905.442,00", "3,02"],
            ["Acquisti di beni", "€ 58.214.300,00", "€ 61.087.915,00", "4,94"],
            ["Acquisti di servizi sanitari", "€ 121.447.820,00", "€ 124.310.006,00", "2,36"],
            ["Costo del personale", "€ 98.760.411,00", "€ 101.225.730,00", "2,50"],
            ["Risultato d'esercizio", "€ 412.118,00", "€ 87.450,00", "-78,78"]]},
 "header": ["Indicatore", "Target 2024", "Actual", "% realizzazione", "Breve descrizione del risultato raggiunto"],
 "areas": [
  {"code": "A", "title": "Accesso e tempi di attesa", "label": "AREA STRATEGICA A – Accesso e tempi di attesa",
   "objectives": [
    {"code": "A.1", "title": "Garantire i tempi massimi di attesa per le prestazioni ambulatoriali di primo accesso",
     "rows": [
      ["Percentuale di prime visite con priorità B erogate entro 10 giorni", ">= 90%", "92,4%", "100%", "Obiettivo raggiunto. Il rispetto dei tempi per le prime visite in classe B è stato garantito grazie all'apertura di agende dedicate di garanzia nelle specialità di cardiologia, oculistica e dermatologia, con presa in carico diretta da parte dello specialista."],
      ["Percentuale di prestazioni diagnostiche con priorità D erogate entro 60 giorni", ">= 90%", "81,7%", "90,8%", "Obiettivo parzialmente raggiunto. Nel primo semestre l'indisponibilità della seconda risonanza magnetica, ferma per sostituzione del magnete dal 12 febbraio al 30 aprile, ha ridotto l'offerta di circa 1.900 esami. A partire da maggio è stato attivato un piano straordinario di recupero con sedute serali e nel fine settimana e con l'acquisto di prestazioni dal privato accreditato ai sensi della D.G.R. n. 12-7809 del 2023. Nel secondo semestre la percentuale di prestazioni in classe D erogate nei tempi è risalita all'88,9%, senza tuttavia compensare il risultato dei primi mesi. Sono state inoltre ricontattate 2.314 persone in lista per verificare la persistenza del bisogno (recall), con una cancellazione del 14% delle prenotazioni. Le agende TAC ed ecografia sono state interamente rese visibili al CUP regionale. L'Azienda ha infine completato la revisione dei percorsi di prenotazione dei controlli, ora gestiti direttamente dalle strutture ambulatoriali (presa in carico), in modo da liberare posti CUP per i primi accessi; l'effetto pieno di tale misura è atteso nel 2025."],
      ["Tempo medio di attesa per intervento chirurgico oncologico di classe A", "≤ 30 gg", "24 gg", "100%", "Obiettivo raggiunto per tutti i tumori traccianti del Piano nazionale di governo delle liste d'attesa."],
     ]},
    {"code": "A.2", "title": "Ridurre il sovraffollamento del Pronto Soccorso",
     "rows": [
      ["Percentuale di pazienti con permanenza in Pronto Soccorso inferiore a 8 ore", ">= 85%", "86,2%", "100%", "Obiettivo raggiunto con l'attivazione del bed manager aziendale e di 8 posti letto di area medica a bassa intensità (OBI dedicato)."],
      ["Numero di accessi in Pronto Soccorso con codice bianco", "< 6.000", "6.412", "93,1%", "Obiettivo non raggiunto. La riduzione dei codici bianchi dipende in larga parte dall'attivazione della Continuità assistenziale diurna presso la Casa di Comunità di Biella, avviata solo nel mese di ottobre 2024 per il ritardo nella consegna dei locali. Nel quarto trimestre gli accessi in codice bianco si sono ridotti del 21% rispetto allo stesso periodo del 2023; si prevede il pieno effetto nel 2025."],
     ]},
   ]},
  {"code": "B", "title": "Prevenzione e territorio", "label": "AREA STRATEGICA B – Prevenzione e territorio",
   "objectives": [
    {"code": "B.1", "title": "Aumentare l'adesione ai programmi di screening oncologico",
     "rows": [
      ["Tasso di adesione allo screening mammografico (50-69 anni)", ">= 60%", "63,8%", "100%", "Obiettivo raggiunto. Sono stati inviati 21.480 inviti con 13.704 esami eseguiti; il mammografo mobile ha effettuato 46 giornate nei Comuni montani."],
      ["Tasso di adesione allo screening colorettale", ">= 50%", "44,1%", "88,2%", "Obiettivo parzialmente raggiunto. La distribuzione dei kit per la ricerca del sangue occulto attraverso le farmacie del territorio è stata avviata in 31 farmacie su 48 a causa del rinnovo della convenzione con Federfarma, sottoscritta solo nel mese di luglio. È stata svolta una campagna informativa con i medici di medicina generale e i Comuni. Per il 2025 è previsto l'invio del kit al domicilio per le persone non rispondenti al secondo invito."],
      ["Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", ">= 75%", "n.d.", "n.d.", "Il dato definitivo della campagna 2024-2025 sarà disponibile con la rilevazione regionale di giugno 2025; il dato provvisorio al 31 gennaio è pari al 58,3%."],
     ]},
    {"code": "B.2", "title": "Potenziare l'assistenza domiciliare e le Case di Comunità (PNRR M6C1)",
     "rows": [
      ["Percentuale di over 65 presi in carico in Assistenza Domiciliare Integrata", ">= 10%", "10,6%", "100%", "Obiettivo PNRR raggiunto (target regionale assegnato all'ASL BI: 4.020 pazienti; presi in carico 4.283)."],
      ["Numero di Case di Comunità attivate", "3", "3", "100%", "Attivate le Case di Comunità di Biella, Cossato e Valle Mosso."],
      ["Realizzazione della Centrale Operativa Territoriale", "Entro il 30/06/2024", "Attivata il 17/06/2024", "100%", "La COT è operativa sette giorni su sette dalle 8 alle 20 e gestisce le transizioni tra ospedale e territorio."],
     ]},
   ]},
  {"code": "C", "title": "Sostenibilità ed efficienza", "label": "AREA STRATEGICA C – Sostenibilità ed efficienza",
   "objectives": [
    {"code": "C.1", "title": "Assicurare l'equilibrio economico e la tempestività dei pagamenti",
     "rows": [
      ["Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-7 gg", "100%", "I fornitori sono stati pagati in media sette giorni prima della scadenza."],
      ["Riduzione della spesa farmaceutica convenzionata pro capite", "≤ € 128,00", "€ 131,40", "97,4%", "Obiettivo non raggiunto. Lo scostamento è dovuto all'incremento delle prescrizioni di farmaci antidiabetici (agonisti GLP-1) e di anticoagulanti orali. Sono stati svolti 14 incontri di audit con le équipe dei medici di medicina generale sull'appropriatezza prescrittiva ed è stata avviata la distribuzione per conto delle gliflozine."],
      ["Rispetto del tetto di spesa per dispositivi medici", "≤ € 14.500.000,00", "€ 14.212.870,00", "100%", "Obiettivo raggiunto anche grazie alla gara regionale per le medicazioni avanzate."],
     ]},
    {"code": "C.2", "title": "Trasparenza e prevenzione della corruzione",
     "rows": [
      ["Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", "100%", "100%", "100%", "Attestazione OIV del 10 luglio 2024 senza rilievi."],
      ["Numero di dipendenti formati sul codice di comportamento", ">= 400", "Obiettivo sospeso", "-", "Il corso è stato rinviato al 2025 in attesa del nuovo codice di comportamento aziendale, in corso di adozione dopo le modifiche al D.P.R. 62/2013."],
     ]},
   ]},
 ],
 "closing": "Nel complesso, dei 16 indicatori monitorati 10 hanno raggiunto pienamente il target, 4 lo hanno raggiunto parzialmente o non lo hanno raggiunto, uno è sospeso e per uno il dato non è ancora disponibile.",
}
dump("asl-biella-2024-relazione", asl)

# ---------------------------------------------------------------- 2 CCIAA Maremma e Tirreno (reportlab)
cc = {
 "document": {"issuer": "Camera di Commercio della Maremma e del Tirreno", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["Camera di Commercio della Maremma e del Tirreno", "Sedi di Livorno e Grosseto", "RELAZIONE SULLA PERFORMANCE", "Anno 2024", "Approvata dalla Giunta camerale con deliberazione n. 58 del 24 giugno 2025"],
 "intro": [
  ("1. Presentazione", "La Relazione sulla performance è il documento con cui la Camera di Commercio rendiconta ai cittadini, alle imprese e agli altri portatori di interesse i risultati organizzativi e individuali raggiunti nell'anno 2024, in attuazione degli obiettivi definiti nel PIAO 2024-2026. Il documento è stato redatto secondo le Linee guida del Dipartimento della Funzione Pubblica e di Unioncamere."),
  ("2. L'amministrazione in cifre", "Al 31 dicembre 2024 la Camera contava 61 dipendenti in servizio, distribuiti tra le sedi di Livorno e Grosseto. Le imprese registrate nelle due province erano 59.870, in calo dello 0,8% rispetto all'anno precedente. I proventi correnti sono stati pari a 14,2 milioni di euro, di cui il 71% derivante dal diritto annuale."),
  ("3. I risultati per obiettivo strategico", "Nelle tabelle che seguono, per ciascun obiettivo strategico, sono riportati gli indicatori con il target programmato, il risultato conseguito, la percentuale di raggiungimento e una sintetica descrizione dell'attività svolta. La colonna Note riporta eventuali rettifiche del target o osservazioni della struttura di controllo."),
 ],
 "staff": {"title": "Tabella 1 – Personale in servizio al 31/12/2024", "header": ["Categoria", "Livorno", "Grosseto", "Totale"],
   "rows": [["Dirigenti", "2", "1", "3"], ["Area dei funzionari", "14", "9", "23"], ["Area degli istruttori", "17", "12", "29"], ["Area degli operatori", "4", "2", "6"], ["Totale", "37", "24", "61"]]},
 "header": ["Cod.", "Indicatore", "Target 2024", "Risultato 2024", "% raggiung.", "Breve descrizione del risultato", "Note"],
 "areas": [
  {"code": "1", "title": "Competitività delle imprese e del territorio", "objectives": [
   {"code": "1.1", "title": "Favorire la transizione digitale ed ecologica delle imprese", "rows": [
    ["1.1.a", "Numero di imprese assistite dal Punto Impresa Digitale con assessment di maturità digitale", ">= 150", "173", "100%", "Sono stati realizzati 173 assessment (SELFIE 4.0 e Digital Skill Voyager), 9 webinar e 2 eventi in presenza presso le sedi di Livorno e Grosseto; 41 imprese hanno poi ottenuto il voucher digitale.", None],
    ["1.1.b", "Importo dei voucher concessi per la doppia transizione", ">= € 400.000,00", "€ 452.300,00", "100%", "Il bando voucher 2024 ha finanziato 58 progetti su 77 domande ammissibili.", "Target incrementato con delibera di Giunta n. 31/2024"],
    ["1.1.c", "Grado di soddisfazione delle imprese per i servizi PID", ">= 4", "4,3", "100%", "Questionario somministrato a 96 imprese (scala 1-5).", None],
   ]},
   {"code": "1.2", "title": "Sostenere il turismo e la valorizzazione delle filiere locali", "rows": [
    ["1.2.a", "Numero di imprese partecipanti a iniziative di promozione turistica e agroalimentare", ">= 120", "104", "86,7%", "Nel 2024 la Camera ha organizzato, direttamente o tramite l'azienda speciale, la partecipazione collettiva a quattro fiere di settore (Vinitaly, TTG Rimini, Cibus e BIT Milano) e il programma di incoming \"Maremma Toscana Experience\". La partecipazione delle imprese alle fiere internazionali è risultata inferiore alle attese per effetto della contrazione dei contributi regionali alle spese di allestimento: il cofinanziamento regionale, che negli anni precedenti copriva il 50% dei costi dello spazio espositivo, è stato ridotto al 30% con il bando approvato nel mese di marzo. Diverse imprese agroalimentari di piccole dimensioni hanno pertanto rinunciato alla partecipazione a Vinitaly e a Cibus. Per contenere l'effetto della riduzione la Camera ha attivato, dal mese di giugno, una linea di contributi propria a valere sul progetto \"Turismo\" finanziato con l'incremento del diritto annuale, che ha consentito la partecipazione di 18 imprese alla TTG di Rimini. Sono stati inoltre realizzati due educational tour con 22 operatori esteri (Germania, Paesi Bassi e Stati Uniti) e 96 incontri B2B con le imprese ricettive del territorio. L'osservatorio sul turismo, realizzato con il Centro studi di Unioncamere Toscana, ha pubblicato due note congiunturali. Il risultato è stato comunque raggiunto per l'86,7%, superiore alla soglia minima del 70% fissata dal Sistema di misurazione e valutazione.", "Riduzione del cofinanziamento regionale"],
    ["1.2.b", "Numero di eventi di valorizzazione dei prodotti tipici", ">= 6", "7", "100%", "Realizzati 7 eventi, tra cui Vetrina Toscana e la rassegna dei vini della costa.", None],
   ]},
  ]},
  {"code": "2", "title": "Semplificazione e trasparenza", "objectives": [
   {"code": "2.1", "title": "Garantire la qualità e la tempestività del Registro delle imprese", "rows": [
    ["2.1.a", "Tempo medio di evasione delle pratiche del Registro imprese", "≤ 5 gg", "3,8 gg", "100%", "Il risultato tiene conto delle pratiche evase nei termini di legge anche nei periodi di picco (bilanci e deposito titolari effettivi).", None],
    ["2.1.b", "Percentuale di pratiche del Registro imprese evase entro 5 giorni", ">= 85%", "91,2%", "100%", "Risultato calcolato su 41.806 pratiche protocollate nel 2024.", None],
    ["2.1.c", "Numero di cancellazioni d'ufficio di imprese non più operative", ">= 800", "Obiettivo sospeso", "-", "Il procedimento è stato sospeso in attesa delle indicazioni ministeriali sull'applicazione del D.P.R. 247/2004 alle società di capitali.", "Obiettivo neutralizzato dall'OIV"],
    ["2.1.d", "Tempo medio di rilascio della firma digitale e della CNS allo sportello", "≤ 20 minuti", "14 minuti", "100%", "Introdotto il servizio su appuntamento nelle due sedi.", None],
   ]},
   {"code": "2.2", "title": "Tutela del mercato e regolazione", "rows": [
    ["2.2.a", "Numero di verifiche metrologiche e ispezioni sugli strumenti di misura", ">= 350", "312", "89,1%", "L'attività ispettiva ha risentito del collocamento a riposo di due ispettori metrici nel mese di aprile, sostituiti solo a ottobre a seguito della procedura di mobilità. Le verifiche sono state concentrate sui distributori di carburante e sulle bilance dei mercati ittici di Livorno, Piombino e Porto Santo Stefano, considerati a maggior rischio. Sono stati inoltre svolti 18 controlli congiunti con la Guardia di Finanza sulla sicurezza dei prodotti e 6 campionamenti di giocattoli e dispositivi elettrici. La percentuale di strumenti risultati non conformi è scesa dal 7,1% al 5,4%.", None],
    ["2.2.b", "Percentuale di mediazioni concluse entro 90 giorni", ">= 95%", "97,8%", "100%", "Gestite 226 procedure di mediazione civile e commerciale.", None],
   ]},
  ]},
  {"code": "3", "title": "Efficienza e sostenibilità dell'ente", "objectives": [
   {"code": "3.1", "title": "Garantire la sostenibilità economica e la riscossione", "rows": [
    ["3.1.a", "Tasso di riscossione del diritto annuale entro la scadenza", ">= 72%", "70,4%", "97,8%", "La riscossione spontanea si è ridotta per le imprese individuali della provincia di Grosseto; avviate 3.900 comunicazioni di ravvedimento.", None],
    ["3.1.b", "Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-12 gg", "100%", "Pagamenti effettuati in media dodici giorni prima della scadenza.", None],
    ["3.1.c", "Percentuale di ore di formazione fruite dal personale sul totale programmato", ">= 90%", "94%", "100%", "Erogate 1.720 ore di formazione, 24 pro capite, anche sulla piattaforma Syllabus.", "Dato da piattaforma Syllabus al 31/12"],
   ]},
  ]},
 ],
 "closing": "La percentuale media di raggiungimento degli obiettivi strategici è pari al 97,1%. Il grado di raggiungimento degli obiettivi operativi assegnati ai dirigenti è illustrato nell'allegato tecnico.",
}
dump("cciaa-maremma-tirreno-2024-relazione", cc)

# ---------------------------------------------------------------- 3 Città metropolitana di Firenze (reportlab, plan)
POP = "popolazione residente al 1° gennaio (al 1° gennaio dell'esercizio di riferimento o, se non disponibile, al 1° gennaio dell'ultimo anno disponibile)"
MACRO11 = "Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1"
INV = "(Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")"
cm_sections = [
 ("1", "Rigidità strutturale di bilancio", [
  ("1.1", "Incidenza spese rigide (disavanzo, personale e debito) su entrate correnti", "[Disavanzo iscritto in spesa + Stanziamenti competenza (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" – FPV entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1 + 1.7 \"Interessi passivi\" + Titolo 4 Rimborso prestiti)] / (Stanziamenti di competenza dei primi tre titoli delle Entrate)", ["18,42", "18,95", "19,07"])]),
 ("2", "Entrate correnti", [
  ("2.1", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate correnti", "Media accertamenti primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di competenza dei primi tre titoli delle \"Entrate correnti\"", ["104,37", "106,12", "106,48"]),
  ("2.2", "Indicatore di realizzazione delle previsioni di cassa corrente", "Media incassi primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di cassa dei primi tre titoli delle \"Entrate correnti\"", ["79,06", "", ""]),
  ("2.3", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate proprie", "Media accertamenti nei tre esercizi precedenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti di competenza dei primi tre titoli delle \"Entrate correnti\"", ["81,55", "83,02", "83,30"]),
  ("2.4", "Indicatore di realizzazione delle previsioni di cassa concernenti le entrate proprie", "Media incassi nei tre esercizi precedenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti di cassa dei primi tre titoli delle \"Entrate correnti\"", ["62,18", "", ""])]),
 ("3", "Spese di personale", [
  ("3.1", "Incidenza spesa personale sulla spesa corrente (Indicatore di equilibrio economico-finanziario)", f"Stanziamenti di competenza ({MACRO11}) / Stanziamenti competenza (Spesa corrente – FCDE corrente – FPV di entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1)", ["16,84", "17,21", "17,26"]),
  ("3.2", "Incidenza del salario accessorio ed incentivante rispetto al totale della spesa di personale", "Stanziamenti di competenza (pdc 1.01.01.004 + 1.01.01.008 \"indennità e altri compensi al personale a tempo indeterminato e determinato\" + pdc 1.01.01.003 + 1.01.01.007 \"straordinario al personale a tempo indeterminato e determinato\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV di entrata concernente il Macroaggregato 1.1) / Stanziamenti di competenza (Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV in entrata concernente il Macroaggregato 1.1)", ["11,37", "11,02", "11,02"]),
  ("3.3", "Incidenza spesa personale flessibile rispetto al totale della spesa di personale", "Stanziamenti di competenza (pdc U.1.03.02.010 \"Consulenze\" + pdc U.1.03.02.12 \"lavoro flessibile/LSU/Lavoro interinale\" + pdc U.1.03.02.11 \"Prestazioni professionali e specialistiche\") / Stanziamenti di competenza (Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV in entrata concernente il Macroaggregato 1.1)", ["3,48", "2,10", "2,10"]),
  ("3.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale in valore assoluto)", f"Stanziamenti di competenza ({MACRO11}) / {POP}", ["34,61", "35,40", "35,52"])]),
 ("4", "Esternalizzazione dei servizi", [
  ("4.1", "Indicatore di esternalizzazione dei servizi", "Stanziamenti di competenza (pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\") al netto del relativo FPV di spesa / totale stanziamenti di competenza spese Titolo I al netto del FPV", ["22,73", "22,90", "23,01"])]),
 ("5", "Interessi passivi", [
  ("5.1", "Incidenza degli interessi passivi sulle entrate correnti (che ne costituiscono la fonte di copertura)", "Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\" / Stanziamenti di competenza primi tre titoli (\"Entrate correnti\")", ["2,96", "2,71", "2,44"]),
  ("5.2", "Incidenza degli interessi passivi sulle anticipazioni sul totale degli interessi passivi", "Stanziamenti di competenza voce del piano dei conti finanziario U.1.07.06.04.000 \"Interessi passivi su anticipazioni di tesoreria\" / Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\"", ["0,00", "0,00", "0,00"]),
  ("5.3", "Incidenza interessi di mora sul totale degli interessi passivi", "Stanziamenti di competenza voce del piano dei conti finanziario U.1.07.06.02.000 \"Interessi di mora\" / Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\"", ["0,12", "0,12", "0,12"])]),
 ("6", "Investimenti", [
  ("6.1", "Incidenza investimenti su spesa corrente e in conto capitale", f"Totale stanziamento di competenza {INV} al netto dei relativi FPV / Totale stanziamento di competenza titolo 1° e 2° della spesa al netto del FPV", ["41,26", "28,93", "19,85"]),
  ("6.2", "Investimenti diretti procapite (Indicatore di equilibrio dimensionale in valore assoluto)", f"Stanziamenti di competenza per Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" al netto del relativo FPV / {POP}", ["118,07", "62,44", "31,90"]),
  ("6.3", "Contributi agli investimenti procapite (Indicatore di equilibrio dimensionale in valore assoluto)", f"Stanziamenti di competenza per Macroaggregato 2.3 \"Contributi agli investimenti\" al netto del relativo FPV / {POP}", ["9,85", "4,12", "2,06"]),
  ("6.4", "Investimenti complessivi procapite (Indicatore di equilibrio dimensionale in valore assoluto)", f"Totale stanziamenti di competenza per Macroaggregati 2.2 \"Investimenti fissi lordi e acquisto di terreni\" e 2.3 \"Contributi agli investimenti\" al netto dei relativi FPV / {POP}", ["127,92", "66,56", "33,96"]),
  ("6.5", "Quota investimenti complessivi finanziati dal risparmio corrente", f"Margine corrente di competenza / Stanziamenti di competenza {INV}", ["14,27", "21,35", "36,80"]),
  ("6.6", "Quota investimenti complessivi finanziati dal saldo positivo delle partite finanziarie", f"Saldo positivo di competenza delle partite finanziarie / Stanziamenti di competenza {INV}", ["0,00", "0,00", "0,00"]),
  ("6.7", "Quota investimenti complessivi finanziati da debito", f"Stanziamenti di competenza (Titolo 6 \"Accensione prestiti\" - Categoria 6.02.02 \"Anticipazioni\" - Categoria 6.03.03 \"Accensione prestiti a seguito di escussione di garanzie\" - Accensioni di prestiti da rinegoziazioni) / Stanziamenti di competenza {INV}", ["6,41", "11,83", "0,00"])]),
 ("7", "Debiti non finanziari", [
  ("7.1", "Indicatore di smaltimento debiti commerciali", "Stanziamento di cassa (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\") / stanziamenti di competenza e residui al netto dei relativi FPV (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")", ["68,52", "", ""])]),
 ("8", "Debiti finanziari", [
  ("8.1", "Incidenza estinzioni debiti finanziari", "(Totale competenza Titolo 4 della spesa) / Debito da finanziamento al 31/12 dell'esercizio precedente", ["7,94", "8,36", "8,71"]),
  ("8.3", "Indebitamento procapite (in valore assoluto)", f"Debito di finanziamento al 31/12 / {POP}", ["72,18", "66,03", "60,17"])]),
 ("9", "Composizione dell'avanzo di amministrazione presunto dell'esercizio precedente", [
  ("9.1", "Incidenza quota libera di parte corrente nell'avanzo", "Quota libera di parte corrente dell'avanzo / Avanzo di amministrazione presunto", ["4,63", "", ""]),
  ("9.3", "Incidenza quota accantonata nell'avanzo", "Quota accantonata dell'avanzo / Avanzo di amministrazione presunto", ["38,20", "", ""]),
  ("9.4", "Incidenza quota vincolata nell'avanzo", "Quota vincolata dell'avanzo / Avanzo di amministrazione presunto", ["49,71", "", ""])]),
 ("11", "Fondo pluriennale vincolato", [
  ("11.1", "Utilizzo del FPV", "(Fondo pluriennale vincolato corrente e capitale iscritto in entrata del bilancio - Quota del fondo pluriennale vincolato corrente e capitale che si prevede di non utilizzare nel corso dell'esercizio e che sarà rinviata agli esercizi successivi) / Fondo pluriennale vincolato corrente e capitale iscritto in entrata nel bilancio", ["87,40", "100,00", "100,00"])]),
 ("12", "Partite di giro e conto terzi", [
  ("12.1", "Incidenza partite di giro e conto terzi in entrata", "Totale stanziamenti di competenza per Entrate per conto terzi e partite di giro / Totale stanziamenti primi tre titoli delle entrate", ["13,06", "13,40", "13,42"]),
  ("12.2", "Incidenza partite di giro e conto terzi in uscita", "Totale stanziamenti di competenza per Uscite per conto terzi e partite di giro / Totale stanziamenti di competenza del primo titolo della spesa", ["14,22", "14,61", "14,63"])]),
]
cm = {
 "document": {"issuer": "Città Metropolitana di Firenze", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2026, "kind": "piano"},
 "cover": ["CITTÀ METROPOLITANA DI FIRENZE", "Direzione Servizi finanziari", "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO", "Bilancio di previsione 2026-2028", "(art. 18-bis D.Lgs. 23 giugno 2011, n. 118 – D.M. 22 dicembre 2015, allegato 1/a)"],
 "intro": [
  "Il Piano degli indicatori e dei risultati attesi di bilancio, previsto dall'art. 18-bis del D.Lgs. 118/2011, è approvato unitamente al bilancio di previsione e al rendiconto e costituisce parte integrante dei documenti di programmazione dell'ente. Gli indicatori, definiti con decreto del Ministero dell'Interno del 22 dicembre 2015 e successivi aggiornamenti, sono calcolati in modo omogeneo da tutti gli enti locali e sono pubblicati nella sezione Amministrazione trasparente.",
  "Gli indicatori sono espressi in termini percentuali, ad eccezione di quelli procapite (3.4, 6.2, 6.3, 6.4 e 8.3), espressi in euro per abitante. Per la Città Metropolitana la popolazione di riferimento è quella residente nei 41 Comuni del territorio metropolitano al 1° gennaio 2025 (984.991 abitanti). Gli indicatori di cassa e quelli relativi al risultato di amministrazione presunto sono valorizzati per il solo primo esercizio del triennio.",
 ],
 "header_group": "VALORE INDICATORE (dati percentuali)",
 "header": ["(n)", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "2026", "2027", "2028"],
 "years": [2026, 2027, 2028],
 "sections": cm_sections,
 "footnote": "Gli indicatori 8.2 (Sostenibilità debiti finanziari) e 10.1-10.2 (Disavanzo di amministrazione presunto) non sono valorizzati in quanto l'ente non presenta disavanzo e non ha contratto debiti con oneri a carico di altre amministrazioni.",
}
dump("citta-metropolitana-firenze-2026-piano-indicatori", cm)

# ---------------------------------------------------------------- 4 Unione dei Comuni della Valdera (Word, rendiconto)
un_sections = [
 ("1", "Rigidità strutturale di bilancio", [
  ("1.1", "Incidenza spese rigide (ripiano disavanzo, personale e debito) su entrate correnti", "[ripiano disavanzo a carico dell'esercizio + Impegni (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" – FPV entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1 + 1.7 \"Interessi passivi\" + Titolo 4 Rimborso prestiti)] / (Accertamenti primi tre titoli Entrate)", "36,18")]),
 ("2", "Entrate correnti", [
  ("2.1", "Incidenza degli accertamenti di parte corrente sulle previsioni iniziali di parte corrente", "Totale accertamenti primi tre titoli di entrata / Stanziamenti iniziali di competenza dei primi tre titoli delle Entrate", "97,45"),
  ("2.2", "Incidenza degli accertamenti di parte corrente sulle previsioni definitive di parte corrente", "Totale accertamenti primi tre titoli di entrata / Stanziamenti definitivi di competenza dei primi tre titoli delle Entrate", "93,12"),
  ("2.5", "Incidenza degli incassi correnti sulle previsioni iniziali di parte corrente", "Totale incassi c/competenza e c/residui dei primi tre titoli di entrata / Stanziamenti iniziali di cassa dei primi tre titoli delle Entrate", "84,90"),
  ("2.8", "Incidenza degli incassi delle entrate proprie sulle previsioni definitive di parte corrente", "Totale incassi c/competenza e c/residui (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti definitivi di cassa dei primi tre titoli delle Entrate", "21,37")]),
 ("3", "Anticipazioni dell'Istituto tesoriere", [
  ("3.1", "Utilizzo medio Anticipazioni di tesoreria", "Sommatoria degli utilizzi giornalieri delle anticipazioni nell'esercizio / (365 x max previsto dalla norma)", "0,00"),
  ("3.2", "Anticipazione chiuse solo contabilmente", "Anticipazione di tesoreria all'inizio dell'esercizio successivo / max previsto dalla norma", "0,00")]),
 ("4", "Spese di personale", [
  ("4.1", "Incidenza della spesa di personale sulla spesa corrente (Indicatore di equilibrio economico-finanziario)", "Impegni (Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / Impegni (Spesa corrente – FCDE corrente + FPV personale in uscita 1.1 – FPV di entrata concernente il Macroaggregato 1.1)", "38,62"),
  ("4.2", "Incidenza del salario accessorio ed incentivante rispetto al totale della spesa di personale", "Impegni (pdc 1.01.01.004 + 1.01.01.008 \"indennità e altri compensi al personale a tempo indeterminato e determinato\" + pdc 1.01.01.003 + 1.01.01.007 \"straordinario al personale a tempo indeterminato e determinato\") / Impegni (Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" – FPV di entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1)", "12,84"),
  ("4.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Impegni (Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / popolazione residente", "87,21")]),
 ("5", "Esternalizzazione dei servizi", [
  ("5.1", "Indicatore di esternalizzazione dei servizi", "(pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\") / totale spese Titolo I", "29,47")]),
 ("7", "Investimenti", [
  ("7.1", "Incidenza investimenti su spesa corrente e in conto capitale", "Impegni (Macroaggregati 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + 2.3 \"Contributi agli investimenti\") / Impegni (Totale Titolo 1 + Titolo 2 della spesa)", "17,53"),
  ("7.5", "Quota investimenti complessivi finanziati dal risparmio corrente", "Margine corrente di competenza / Impegni + relativi FPV (Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")", "8,06")]),
 ("8", "Analisi dei residui", [
  ("8.1", "Incidenza nuovi residui passivi di parte corrente su stock residui passivi correnti", "Totale residui passivi titolo 1 provenienti dalla competenza / Totale residui passivi titolo 1 al 31 dicembre", "71,90"),
  ("8.4", "Incidenza nuovi residui attivi di parte corrente su stock residui attivi di parte corrente", "Totale residui attivi titoli 1, 2 e 3 provenienti dalla competenza / Totale residui attivi titoli 1, 2 e 3 al 31 dicembre", "64,35")]),
 ("9", "Smaltimento debiti non finanziari", [
  ("9.1", "Smaltimento debiti commerciali nati nell'esercizio", "Pagamenti di competenza (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\") / Impegni di competenza (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")", "78,14"),
  ("9.5", "Indicatore annuale di tempestività dei pagamenti (di cui al comma 1, dell'articolo 9, DPCM del 22 settembre 2014)", "Giorni effettivi intercorrenti tra la data di scadenza della fattura o richiesta equivalente di pagamento e la data di pagamento ai fornitori moltiplicata per l'importo dovuto, rapportata alla somma degli importi pagati nel periodo di riferimento", "-6,42")]),
 ("12", "Disavanzo di amministrazione", [
  ("12.1", "Quota disavanzo ripianato nell'esercizio", "Disavanzo di amministrazione esercizio precedente – Disavanzo di amministrazione esercizio in corso / Totale Disavanzo esercizio precedente", "0,00")]),
 ("13", "Debiti fuori bilancio", [
  ("13.1", "Debiti riconosciuti e finanziati", "Importo Debiti fuori bilancio riconosciuti e finanziati / Totale impegni titolo 1 e titolo 2", "0,31")]),
]
un = {
 "document": {"issuer": "Unione dei Comuni della Valdera", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2024, "kind": "piano"},
 "cover": ["UNIONE DEI COMUNI DELLA VALDERA", "Provincia di Pisa", "Bientina – Buti – Calcinaia – Capannoli – Casciana Terme Lari – Palaia – Pontedera", "RENDICONTO DELLA GESTIONE 2024", "Piano degli indicatori e dei risultati attesi di bilancio", "Allegato alla deliberazione del Consiglio dell'Unione n. 9 del 29 aprile 2025"],
 "intro": [
  "Il presente allegato al rendiconto 2024 riporta gli indicatori sintetici e gli indicatori analitici concernenti la composizione delle entrate previsti dall'art. 18-bis del D.Lgs. 118/2011 e dal decreto del Ministero dell'Interno del 22 dicembre 2015 (allegato 1/b, enti locali – rendiconto). L'Unione, costituita nel 2008, gestisce in forma associata le funzioni di polizia locale, protezione civile, servizi sociali, SUAP e gestione del personale per conto dei Comuni aderenti.",
  "Gli indicatori sono calcolati sui dati di accertamento, impegno, riscossione e pagamento risultanti dal rendiconto. Trattandosi di un ente privo di entrate tributarie proprie, alcuni indicatori previsti dal modello non sono significativi e sono stati omessi; gli indicatori procapite sono calcolati sulla popolazione complessiva dei Comuni aderenti al 1° gennaio 2024 (119.870 abitanti).",
 ],
 "header": ["N.", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "VALORE INDICATORE 2024 (Percentuale)"],
 "year": 2024,
 "sections": un_sections,
 "composition": {"title": "INDICATORI ANALITICI CONCERNENTI LA COMPOSIZIONE DELLE ENTRATE E LA CAPACITÀ DI RISCOSSIONE",
   "subtitle": "Composizione delle entrate (valori percentuali)",
   "header": ["Titolo Tipologia", "Denominazione", "Composizione delle entrate 2024 (Previsioni iniziali competenza / totale previsioni iniziali)", "Composizione delle entrate 2024 (Accertamenti / Totale accertamenti)", "% di riscossione (Riscossioni c/comp. / Accertamenti)"],
   "rows": [["Titolo 2", "Trasferimenti correnti", "", "", ""],
            ["20101", "Trasferimenti correnti da Amministrazioni pubbliche", "68,42", "71,06", "82,47"],
            ["20103", "Trasferimenti correnti da Imprese", "0,84", "0,91", "100,00"],
            ["Titolo 3", "Entrate extratributarie", "", "", ""],
            ["30100", "Vendita di beni e servizi e proventi derivanti dalla gestione dei beni", "4,17", "3,88", "76,30"],
            ["30200", "Proventi derivanti dall'attività di controllo e repressione delle irregolarità e degli illeciti", "14,25", "15,10", "38,64"],
            ["30500", "Rimborsi e altre entrate correnti", "1,96", "2,31", "89,02"],
            ["Titolo 4", "Entrate in conto capitale", "", "", ""],
            ["40200", "Contributi agli investimenti", "5,12", "4,27", "57,91"],
            ["Titolo 9", "Entrate per conto terzi e partite di giro", "", "", ""],
            ["90100", "Entrate per partite di giro", "4,53", "2,29", "100,00"],
            ["90200", "Entrate per conto terzi", "0,71", "0,18", "100,00"],
            ["", "TOTALE ENTRATE", "100,00", "100,00", ""]]},
}
dump("unione-valdera-2024-rendiconto-indicatori", un)

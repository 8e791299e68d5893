"""Hand-written contents of round r30 (writes NAME.content.json)."""
import json

# ---------------------------------------------------------------- 1. Università (Word booktabs)
UNI = {
 "name": "uniinsubria-2024-relazione",
 "software": "docx",
 "document": {"issuer": "Università degli Studi dell'Insubria", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["Università degli Studi dell'Insubria", "Direzione Generale – Ufficio Pianificazione, Qualità e Valutazione",
           "RELAZIONE SULLA PERFORMANCE 2024", "ai sensi dell'art. 10, comma 1, lettera b) del D.Lgs. 150/2009",
           "Approvata dal Consiglio di Amministrazione nella seduta del 25 giugno 2025 – validata dal Nucleo di Valutazione"],
 "intro": [
  ("h", "1. Presentazione"),
  ("p", "La Relazione sulla performance rappresenta lo strumento con il quale l'Ateneo rendiconta ai propri portatori di interesse i risultati organizzativi e individuali raggiunti nell'anno 2024 rispetto agli obiettivi programmati nella sottosezione Performance del PIAO 2024-2026. Il documento è stato redatto secondo le Linee guida ANVUR per la gestione integrata del ciclo della performance e del bilancio delle università statali."),
  ("p", "Gli indicatori strategici sono presentati per area strategica e per obiettivo strategico. Per ciascun indicatore si riportano il target fissato per il 2024, il valore effettivamente conseguito (Actual), la percentuale di realizzazione e una breve descrizione del risultato raggiunto, predisposta dalle strutture responsabili e verificata dall'Ufficio Pianificazione sulla base delle fonti ufficiali (ANS, PROPER, U-GOV, cruscotti ANVUR)."),
  ("h", "2. L'Ateneo in cifre"),
  ("p", "Si riportano di seguito alcuni dati di contesto relativi alle risorse umane e finanziarie dell'Ateneo al 31 dicembre 2024."),
  ("table", [["Voce", "2023", "2024", "Var. %"],
             ["Studenti iscritti (a.a. 2024/25)", "11.842", "12.106", "+2,2%"],
             ["Corsi di studio attivi", "57", "60", "+5,3%"],
             ["Personale docente e ricercatore", "412", "429", "+4,1%"],
             ["Personale tecnico-amministrativo", "338", "346", "+2,4%"],
             ["FFO assegnato (€)", "71.284.116,00", "74.019.552,00", "+3,8%"]]),
  ("p", "La percentuale di realizzazione è calcolata come rapporto tra valore conseguito e target, con un limite massimo del 100%; per gli indicatori a polarità negativa il rapporto è invertito."),
 ],
 "headers": ["Indicatore strategico", "Target 2024", "Actual", "% realizzazione", "Breve descrizione del risultato raggiunto"],
 "pages": [
  {"area": ("1", "DIDATTICA", "AREA STRATEGICA 1 – DIDATTICA"),
   "obj": ("1.1", "Migliorare la regolarità delle carriere e ridurre gli abbandoni", "Obiettivo strategico 1.1 – Migliorare la regolarità delle carriere e ridurre gli abbandoni"),
   "rows": [
    ["Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", ">= 55%", "58,3%", "100%",
     "Il valore, rilevato sulla coorte 2023/24 dall'Anagrafe Nazionale Studenti, supera il target di oltre tre punti percentuali. Il risultato è stato favorito dall'estensione dei corsi di riallineamento in matematica e chimica nei corsi dell'area scientifica e dal potenziamento del tutorato didattico finanziato con il fondo giovani, che ha coinvolto 64 tutor su 38 insegnamenti del primo anno. Permangono differenze tra i dipartimenti: i corsi dell'area economica si attestano al 49,1%."],
    ["Tasso di abbandono tra il I e il II anno", "<= 12%", "13,4%", "89,6%",
     "Il tasso di abbandono, pur in calo rispetto al 14,9% dell'anno precedente, non raggiunge il target. L'analisi condotta dal Presidio della Qualità evidenzia che la quota maggiore degli abbandoni riguarda studenti lavoratori e fuori sede iscritti ai corsi triennali delle sedi di Varese e Como. Nel 2025 è prevista l'attivazione di percorsi a tempo parziale e di un servizio di orientamento in itinere dedicato."],
    ["Percentuale di laureati entro la durata normale del corso", ">= 60%", "61,7%", "100%",
     "Il dato, calcolato sui laureati dell'anno solare 2024, conferma il trend positivo del triennio (57,2% nel 2022, 59,8% nel 2023). Hanno contribuito l'anticipazione delle sessioni di laurea e la revisione dei regolamenti sulla prova finale in 11 corsi di studio, che ha ridotto i tempi di redazione dell'elaborato."],
   ]},
  {"area": ("1", "DIDATTICA", "AREA STRATEGICA 1 – DIDATTICA"),
   "obj": ("1.2", "Rafforzare l'attrattività dell'offerta formativa e l'internazionalizzazione", "Obiettivo strategico 1.2 – Rafforzare l'attrattività dell'offerta formativa e l'internazionalizzazione"),
   "rows": [
    ["Numero di immatricolati ai corsi di laurea triennale e a ciclo unico", ">= 2.900", "3.046", "100%",
     "Le immatricolazioni registrano un incremento del 6,8% rispetto all'a.a. precedente, trainato dai nuovi corsi in Scienze motorie e in Ingegneria per la sicurezza del lavoro. La campagna di orientamento 2024 ha raggiunto 118 istituti superiori delle province di Varese, Como e del Canton Ticino, con 4.200 partecipanti agli open day in presenza e 1.900 agli eventi online."],
    ["Percentuale di CFU conseguiti all'estero dagli studenti regolari", ">= 2,5%", "2,1%", "84%",
     "Il valore è inferiore al target per effetto del ritardo nell'erogazione delle borse Erasmus+ 2024/25, che ha indotto 37 studenti a rinunciare o a posticipare la mobilità al secondo semestre. Sono stati comunque stipulati 22 nuovi accordi bilaterali, portando il totale a 214, ed è stato introdotto il riconoscimento automatico dei Learning Agreement tramite la piattaforma EWP."],
    ["Numero di corsi di studio erogati interamente in lingua inglese", "5", "5", "100%",
     "È stato attivato il corso di laurea magistrale in Global Health and Environmental Sustainability, che si aggiunge ai quattro corsi già erogati in lingua inglese. Il corso ha registrato 46 iscritti al primo anno, di cui il 52% con titolo di accesso conseguito all'estero."],
    ["Tempo medio di rilascio del visto di ingresso agli studenti internazionali ammessi", "<= 45 gg", "n.d.", "n.d.",
     "L'indicatore non è stato rilevato: la piattaforma Universitaly non ha reso disponibile per l'anno 2024 l'estrazione delle date di rilascio dei visti per singolo ateneo. L'Ufficio Relazioni Internazionali ha avviato un monitoraggio interno che sarà utilizzato a partire dal ciclo 2025."],
   ]},
  {"area": ("2", "RICERCA", "AREA STRATEGICA 2 – RICERCA"),
   "obj": ("2.1", "Accrescere la qualità e la capacità di attrazione di fondi della ricerca", "Obiettivo strategico 2.1 – Accrescere la qualità e la capacità di attrazione di fondi della ricerca"),
   "rows": [
    ["Proventi da ricerca commissionata e finanziamenti competitivi (€)", "€ 9.500.000,00", "€ 11.214.380,55", "100%",
     "Il risultato beneficia in misura rilevante dei progetti finanziati nell'ambito del PNRR (partenariati estesi MNESYS e GRINS, ecosistema MUSA), che nel 2024 hanno generato proventi per circa 4,1 milioni di euro. Al netto delle risorse PNRR il valore si attesta a 7,1 milioni di euro, in linea con la media del triennio precedente: il consolidamento della capacità di attrazione dopo il 2026 resta un obiettivo prioritario."],
    ["Numero di progetti presentati su bandi Horizon Europe", ">= 40", "Obiettivo sospeso", None,
     "L'obiettivo è stato sospeso con delibera del Consiglio di Amministrazione del 24 settembre 2024, a seguito della riorganizzazione del Grants Office e del trasferimento delle relative competenze al nuovo Centro servizi per la ricerca. L'indicatore sarà riproposto nel PIAO 2025-2027 con un target ridefinito."],
    ["Percentuale di docenti e ricercatori con almeno tre prodotti nel triennio 2022-2024", ">= 90%", "92,4%", "100%",
     "Il monitoraggio interno effettuato sul catalogo IRIS, con i criteri della VQR 2020-2024, mostra che 396 docenti su 429 hanno conferito almeno tre prodotti. I casi di inattività riguardano in prevalenza docenti in servizio da meno di due anni o in congedo."],
   ]},
  {"area": ("3", "TERZA MISSIONE E SERVIZI", "AREA STRATEGICA 3 – TERZA MISSIONE E SERVIZI"),
   "obj": ("3.1", "Migliorare l'efficienza dei servizi amministrativi e la sostenibilità", "Obiettivo strategico 3.1 – Migliorare l'efficienza dei servizi amministrativi e la sostenibilità"),
   "rows": [
    ["Tempo medio di pagamento delle fatture commerciali", "<= 30 gg", "24 gg", "100%",
     "L'indicatore di tempestività dei pagamenti, pubblicato nella sezione Amministrazione trasparente, è pari a -6 giorni, con un tempo medio effettivo di 24 giorni dalla data di ricevimento della fattura. Il risultato è stato reso possibile dalla completa dematerializzazione del ciclo passivo in U-GOV e dalla liquidazione centralizzata per i dipartimenti."],
    ["Grado di soddisfazione degli studenti per i servizi di segreteria (scala 1-6)", ">= 4,2", "4,05", "96,4%",
     "La rilevazione Good Practice 2024, con 2.318 questionari compilati, evidenzia un giudizio positivo sui servizi online e più critico sull'accessibilità telefonica degli sportelli. Per il 2025 è stato introdotto un sistema di ticketing unico e sono state ampliate le fasce orarie di apertura della segreteria studenti di Como."],
    ["Riduzione dei consumi di energia elettrica rispetto al 2022", ">= 8%", "9,6%", "100%",
     "La riduzione dei consumi, pari a 1.284 MWh, deriva dagli interventi di efficientamento finanziati con il PNRR (relamping a LED, sostituzione di due gruppi frigoriferi e installazione di impianti fotovoltaici sugli edifici di via Dunant e di via Valleggio, per 312 kWp complessivi) e dall'adozione di un sistema di monitoraggio continuo dei consumi per edificio."],
   ]},
 ],
 "after": [("h", "4. Conclusioni"),
           ("p", "Nel complesso, dei 13 indicatori strategici monitorati 9 hanno raggiunto o superato il target, 2 lo hanno raggiunto parzialmente, uno non è stato rilevato e uno è stato sospeso. I risultati saranno utilizzati per la revisione dei target nel PIAO 2025-2027.")],
}

# ---------------------------------------------------------------- 2. Ente di ricerca (reportlab)
INGV = {
 "name": "ingv-2023-relazione",
 "software": "reportlab",
 "document": {"issuer": "Istituto Nazionale di Geofisica e Vulcanologia", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["INGV", "Istituto Nazionale di Geofisica e Vulcanologia", "Relazione sulla Performance", "Anno 2023",
           "Struttura Tecnica Permanente per la misurazione della performance", "Roma, giugno 2024"],
 "intro": [
  ("h", "Premessa"),
  ("p", "La presente Relazione illustra i risultati conseguiti dall'Istituto nel corso del 2023 rispetto agli obiettivi definiti nel Piano Integrato di Attività e Organizzazione 2023-2025, con riferimento sia alle attività istituzionali di sorveglianza e servizio sia alle attività di ricerca. Per ciascun obiettivo specifico sono riportati gli indicatori, il target annuale, il valore raggiunto, il grado di realizzazione e un commento sintetico a cura delle strutture responsabili."),
  ("p", "Il grado di realizzazione è espresso in percentuale ed è assunto pari a 100 quando il valore raggiunto eguaglia o supera il target. I dati sono tratti dai sistemi informativi dell'Istituto (Sala Operativa, banca dati delle pubblicazioni Earth-prints, contabilità economico-patrimoniale) e sono aggiornati al 31 marzo 2024."),
  ("h", "Le risorse dell'Istituto"),
  ("table", [["Risorse", "Unità / Importo"],
             ["Personale a tempo indeterminato", "1.012"],
             ["Personale a tempo determinato", "287"],
             ["Sezioni e sedi territoriali", "11"],
             ["Contributo ordinario MUR 2023", "€ 96.450.000,00"],
             ["Entrate da convenzioni con il DPC", "€ 18.300.000,00"]]),
 ],
 "headers": ["Indicatore", "Target 2023", "Valore raggiunto", "Grado di realizzazione (%)", "Commento sintetico"],
 "pages": [
  {"area": ("A", "Sorveglianza e servizi", "Area strategica A – Sorveglianza e servizi"),
   "obj": ("A.1", "Garantire la continuità e la qualità della sorveglianza sismica e vulcanica", "Obiettivo A.1 – Garantire la continuità e la qualità della sorveglianza sismica e vulcanica"),
   "rows": [
    ["Percentuale di funzionamento delle stazioni della Rete Sismica Nazionale", ">= 95%", "96,8%", "100",
     "Le stazioni in acquisizione continua sono state mediamente 612 su 632. Le interruzioni più lunghe hanno interessato alcune stazioni dell'Appennino romagnolo a seguito degli eventi alluvionali di maggio 2023, ripristinate entro 21 giorni grazie all'impiego di sistemi di alimentazione fotovoltaica temporanei."],
    ["Tempo medio di comunicazione al DPC della localizzazione dei terremoti di magnitudo >= 2.5", "<= 2 minuti", "1,6 minuti", "100",
     "Il tempo medio di comunicazione è stato calcolato su 1.147 eventi. La riduzione rispetto al 2022 (1,9 minuti) è dovuta all'entrata in esercizio del nuovo sistema automatico di localizzazione e alla revisione delle procedure della Sala Operativa di Roma, con la presenza di due turnisti anche nelle fasce notturne."],
    ["Numero di comunicati e bollettini di sorveglianza vulcanica pubblicati", ">= 300", "342", "100",
     "Sono stati pubblicati 156 bollettini settimanali e 186 comunicati straordinari, per la maggior parte relativi all'attività dell'Etna e allo sciame sismico dei Campi Flegrei del settembre-ottobre 2023, che ha richiesto l'emissione di bollettini giornalieri per sei settimane consecutive."],
   ]},
  {"area": ("A", "Sorveglianza e servizi", "Area strategica A – Sorveglianza e servizi"),
   "obj": ("A.2", "Ampliare la diffusione dei dati e dei servizi al Paese", "Obiettivo A.2 – Ampliare la diffusione dei dati e dei servizi al Paese"),
   "rows": [
    ["Percentuale di dataset pubblicati secondo i principi FAIR sul totale dei dataset censiti", ">= 70%", "64%", "91,4",
     "Sono stati pubblicati con DOI e metadati conformi 128 dataset sui 200 censiti. Il target non è stato raggiunto per il ritardo nella migrazione del catalogo dati sulla nuova infrastruttura EPOS, completata solo a novembre; il completamento della pubblicazione è previsto entro il primo semestre 2024."],
    ["Numero di iniziative di divulgazione e formazione rivolte alle scuole", ">= 120", "158", "100",
     "Le iniziative hanno coinvolto circa 21.000 studenti, anche attraverso la campagna nazionale \"Io non rischio\" e i laboratori delle sedi di Catania, Napoli e L'Aquila. Il risultato supera ampiamente il target grazie alla ripresa completa delle visite in presenza."],
    ["Tempi di risposta alle richieste di dati da parte di enti e cittadini", "entro 15 giorni", "11 giorni", "100",
     "Sono state evase 436 richieste; il 92% ha ricevuto risposta entro dieci giorni. La gestione è stata centralizzata sul portale dei servizi con un modulo unico di richiesta, che consente di tracciare lo stato di ogni pratica."],
   ]},
  {"area": ("B", "Ricerca", "Area strategica B – Ricerca"),
   "obj": ("B.1", "Consolidare la produzione scientifica e la partecipazione a progetti competitivi", "Obiettivo B.1 – Consolidare la produzione scientifica e la partecipazione a progetti competitivi"),
   "rows": [
    ["Numero di pubblicazioni su riviste indicizzate (WoS/Scopus)", ">= 950", "1.021", "100",
     "Le pubblicazioni censite in Earth-prints con affiliazione INGV sono state 1.021, di cui il 61% in riviste del primo quartile. La quota di articoli in accesso aperto è salita al 74%, anche per effetto degli accordi trasformativi sottoscritti tramite CARE-CRUI."],
    ["Finanziamenti acquisiti su bandi competitivi nazionali e internazionali", ">= € 25.000.000,00", "€ 31.640.000,00", "100",
     "Il valore comprende le quote di competenza dei progetti PNRR (infrastruttura MEET, partenariato RETURN, ecosistema Tech4You) e di 14 nuovi progetti Horizon Europe. I fondi PNRR rappresentano il 68% del totale: la sostenibilità dei gruppi di ricerca dopo il 2026 è oggetto di una specifica azione del Piano triennale."],
    ["Numero di brevetti e licenze attivi", "3", "2", "66,7",
     "È stato depositato il brevetto relativo al sensore accelerometrico a basso costo sviluppato con l'Università di Catania; il secondo deposito previsto, relativo a un algoritmo di discriminazione degli eventi, è stato rinviato al 2024 per completare le verifiche di novità."],
   ]},
  {"area": ("C", "Gestione e organizzazione", "Area strategica C – Gestione e organizzazione"),
   "obj": ("C.1", "Semplificare i processi amministrativi e valorizzare il personale", "Obiettivo C.1 – Semplificare i processi amministrativi e valorizzare il personale"),
   "rows": [
    ["Indicatore di tempestività dei pagamenti", "<= 0 giorni", "-3,42 giorni", "100",
     "L'indicatore annuale, calcolato secondo il DPCM 22 settembre 2014, è negativo: le fatture sono state pagate mediamente con 3,4 giorni di anticipo rispetto alla scadenza. Il risultato è stato ottenuto nonostante l'incremento del 18% del numero di fatture ricevute, legato all'attuazione dei progetti PNRR."],
    ["Percentuale di personale che ha partecipato ad almeno un corso di formazione", ">= 80%", "83,5%", "100",
     "Hanno partecipato ad almeno un'attività formativa 1.085 dipendenti. L'offerta ha privilegiato le competenze digitali (percorso Syllabus), la sicurezza sul lavoro e la gestione dei progetti finanziati, con un totale di 24.600 ore di formazione erogate."],
    ["Riduzione dei tempi medi di stipula dei contratti di acquisto sopra soglia", ">= 15%", "9%", "60",
     "La riduzione dei tempi, misurata dalla data di aggiudicazione a quella di stipula, è stata del 9%. L'avvio della digitalizzazione dei contratti pubblici dal 1° gennaio 2024 e la piena operatività della piattaforma di e-procurement dovrebbero consentire un ulteriore miglioramento nel prossimo esercizio."],
   ]},
 ],
 "after": [("h", "Considerazioni conclusive"),
           ("p", "Dei 12 indicatori monitorati, 9 hanno raggiunto il target e 3 lo hanno raggiunto parzialmente. Gli scostamenti sono stati esaminati dall'OIV in sede di validazione e hanno dato luogo alla revisione di due target nel PIAO 2024-2026.")],
}

json.dump(UNI, open(UNI["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
json.dump(INGV, open(INGV["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- 3. Comune – piano indicatori previsione (Calc)
F_SR = "[Disavanzo iscritto in spesa + Stanziamenti competenza (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" + 1.7 \"Interessi passivi\" + Titolo 4 \"Rimborso prestiti\" – FPV entrata concernente il Macroaggregato 1.1 + FPV spesa macroaggregato 1.1)] / (Stanziamenti di competenza dei primi tre titoli delle Entrate)"
F_PERS_DEN = "(Macroaggregato 1.1 + pdc U.1.02.01.01.000 \"IRAP\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV in entrata concernente il Macroaggregato 1.1)"
COM = {
 "name": "comune-lodi-2026-2028-piano-indicatori",
 "software": "xlsx",
 "document": {"issuer": "Comune di Lodi", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2026, "kind": "piano"},
 "cover": ["COMUNE DI LODI", "Provincia di Lodi", "Allegato n. 14 al Bilancio di previsione 2026-2028",
           "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO", "(art. 18-bis del D.Lgs. 23 giugno 2011, n. 118 – D.M. 22 dicembre 2015)",
           "Indicatori sintetici – Bilancio di previsione esercizi 2026, 2027, 2028"],
 "intro": [
  "Il Piano degli indicatori e dei risultati attesi di bilancio è redatto secondo lo schema approvato con il decreto del Ministero dell'Interno del 22 dicembre 2015 e successive modificazioni, ed è allegato al bilancio di previsione ai sensi dell'art. 18-bis del D.Lgs. 118/2011.",
  "Gli indicatori sono calcolati sugli stanziamenti di competenza e di cassa del bilancio di previsione 2026-2028 approvato dal Consiglio comunale. Gli indicatori relativi alla cassa, all'avanzo e al disavanzo presunti si riferiscono al solo primo esercizio del triennio. I valori sono espressi in percentuale, salvo gli indicatori procapite espressi in euro (popolazione residente al 31/12/2024: 45.012 abitanti).",
 ],
 "headers": ["(n)", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "2026", "2027", "2028"],
 "group_header": "VALORE INDICATORE (indicare la percentuale)",
 "years": [2026, 2027, 2028],
 "sections": [
  ("1", "Rigidità strutturale di bilancio", [
    ("1.1", "Incidenza spese rigide (disavanzo, personale e debito) su entrate correnti", F_SR, ["27,84", "27,31", "27,05"])]),
  ("2", "Entrate correnti", [
    ("2.1", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate correnti", "Media accertamenti primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di competenza dei primi tre titoli delle \"Entrate correnti\"", ["96,42", "98,10", "98,37"]),
    ("2.2", "Indicatore di realizzazione delle previsioni di cassa corrente", "Media incassi primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di cassa dei primi tre titoli delle \"Entrate correnti\"", ["81,06", None, None]),
    ("2.3", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate proprie", "Media accertamenti nei tre esercizi precedenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti di competenza dei primi tre titoli delle \"Entrate correnti\"", ["79,58", "80,96", "81,19"]),
    ("2.4", "Indicatore di realizzazione delle previsioni di cassa concernenti le entrate proprie", "Media incassi nei tre esercizi precedenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti di cassa dei primi tre titoli delle \"Entrate correnti\"", ["66,73", None, None])]),
  ("3", "Spese di personale", [
    ("3.1", "Incidenza della spesa di personale sulla spesa corrente (Indicatore di equilibrio economico-finanziario)", "Stanziamenti di competenza (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / Stanziamenti competenza (Spesa corrente – FCDE corrente – FPV di entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1)", ["24,17", "24,62", "24,80"]),
    ("3.2", "Incidenza del salario accessorio ed incentivante rispetto al totale della spesa di personale", "Stanziamenti di competenza (pdc U.1.01.01.004 + 1.01.01.008 \"indennità e altri compensi al personale a tempo indeterminato e determinato\" + pdc U.1.01.01.003 + 1.01.01.007 \"straordinario al personale a tempo indeterminato e determinato\") / Stanziamenti di competenza " + F_PERS_DEN, ["13,92", "13,88", "13,88"]),
    ("3.3", "Incidenza spesa personale flessibile rispetto al totale della spesa di personale", "Stanziamenti di competenza (pdc U.1.03.02.010.000 \"Consulenze\" + pdc U.1.03.02.12.000 \"lavoro flessibile/LSU/Lavoro interinale\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\") / Stanziamenti di competenza " + F_PERS_DEN, ["2,36", "1,94", "1,94"]),
    ("3.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Stanziamenti di competenza " + F_PERS_DEN + " / popolazione residente", ["331,58", "336,27", "336,27"])]),
  ("4", "Esternalizzazione dei servizi", [
    ("4.1", "Indicatore di esternalizzazione dei servizi", "Stanziamenti di competenza (pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\") al netto del relativo FPV di spesa / totale stanziamenti di competenza spesa Titolo I al netto del FPV", ["18,55", "18,71", "18,69"])]),
  ("5", "Interessi passivi", [
    ("5.1", "Incidenza degli interessi passivi sulle entrate correnti (che ne costituiscono la fonte di copertura)", "Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\" / Stanziamenti di competenza primi tre titoli (\"Entrate correnti\")", ["1,12", "1,04", "0,95"]),
    ("5.2", "Incidenza degli interessi sulle anticipazioni sul totale degli interessi passivi", "Stanziamenti di competenza voce del piano dei conti finanziario U.1.07.06.04.000 \"Interessi passivi su anticipazioni di tesoreria\" / Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\"", ["0,00", "0,00", "0,00"]),
    ("5.3", "Incidenza degli interessi di mora sul totale degli interessi passivi", "Stanziamenti di competenza voce del piano dei conti finanziario U.1.07.06.02.000 \"Interessi di mora\" / Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\"", ["0,41", "0,44", "0,48"])]),
  ("6", "Investimenti", [
    ("6.1", "Incidenza investimenti sul totale della spesa corrente e in conto capitale", "Totale stanziamento di competenza (Macroaggregati 2.2 + 2.3) al netto dei relativi FPV / Totale stanziamenti di competenza titolo 1° e 2° della spesa al netto del FPV", ["22,63", "12,08", "9,74"]),
    ("6.2", "Investimenti diretti procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Stanziamenti di competenza per Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" al netto del relativo FPV / popolazione residente", ["278,14", "124,90", "94,37"]),
    ("6.3", "Contributi agli investimenti procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Stanziamenti di competenza Macroaggregato 2.3 \"Contributi agli investimenti\" al netto del relativo FPV / popolazione residente", ["6,66", "2,22", "2,22"]),
    ("6.4", "Investimenti complessivi procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Totale stanziamenti di competenza per Macroaggregati 2.2 \"Investimenti fissi lordi e acquisto di terreni\" e 2.3 \"Contributi agli investimenti\" al netto dei relativi FPV / popolazione residente", ["284,80", "127,12", "96,59"]),
    ("6.5", "Quota investimenti complessivi finanziati dal risparmio corrente", "Margine corrente di competenza / Stanziamenti di competenza (Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")", ["4,92", "9,85", "12,43"]),
    ("6.6", "Quota investimenti complessivi finanziati dal saldo positivo delle partite finanziarie", "Saldo positivo di competenza delle partite finanziarie / Stanziamenti di competenza (Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")", ["0,00", "0,00", "0,00"]),
    ("6.7", "Quota investimenti complessivi finanziati da debito", "Stanziamenti di competenza (Titolo 6 \"Accensione di prestiti\" – Categoria 6.02.02 \"Anticipazioni\" – Categoria 6.03.03 \"Accensione prestiti a seguito di escussione di garanzie\" – Accensioni di prestiti da rinegoziazioni) / Stanziamenti di competenza (Macroaggregato 2.2 + Macroaggregato 2.3)", ["8,31", "21,46", "0,00"])]),
  ("7", "Debiti non finanziari", [
    ("7.1", "Indicatore di smaltimento debiti commerciali", "Stanziamenti di cassa (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\") / stanziamenti di competenza e residui, al netto dei relativi FPV (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")", ["84,20", None, None])]),
  ("8", "Debiti finanziari", [
    ("8.1", "Incidenza estinzioni debiti finanziari", "(Totale competenza Titolo 4 della spesa) / Debito da finanziamento al 31/12 dell'esercizio precedente", ["7,86", "8,12", "8,58"]),
    ("8.2", "Sostenibilità debiti finanziari", "Stanziamenti di competenza [1.7 \"Interessi passivi\" – \"Interessi di mora\" (U.1.07.06.02.000) – \"Interessi per anticipazioni prestiti\" (U.1.07.06.04.000) + Titolo 4 della spesa – estinzioni anticipate – (Entrate categoria E.4.02.06.00.000 \"Contributi agli investimenti direttamente destinati al rimborso dei prestiti da amministrazioni pubbliche\") + Trasferimenti in conto capitale per assunzione di debiti dell'amministrazione da parte di amministrazioni pubbliche (E.4.03.01.00.000) + Trasferimenti in conto capitale da parte di amministrazioni pubbliche per cancellazione di debiti dell'amministrazione (E.4.03.04.00.000)] / Stanziamenti competenza titoli 1, 2 e 3 delle entrate", ["4,48", "4,37", "4,31"])]),
  ("9", "Composizione avanzo di amministrazione presunto dell'esercizio in corso", [
    ("9.1", "Incidenza quota libera di parte corrente nell'avanzo presunto", "Quota libera di parte corrente dell'avanzo presunto / Avanzo di amministrazione presunto", ["3,15", None, None]),
    ("9.2", "Incidenza quota libera in c/capitale nell'avanzo presunto", "Quota libera in conto capitale dell'avanzo presunto / Avanzo di amministrazione presunto", ["5,02", None, None]),
    ("9.3", "Incidenza quota accantonata nell'avanzo presunto", "Quota accantonata dell'avanzo presunto / Avanzo di amministrazione presunto", ["71,36", None, None]),
    ("9.4", "Incidenza quota vincolata nell'avanzo presunto", "Quota vincolata dell'avanzo presunto / Avanzo di amministrazione presunto", ["20,47", None, None])]),
  ("10", "Disavanzo di amministrazione presunto dell'esercizio in corso", [
    ("10.1", "Quota disavanzo che si prevede di ripianare nell'esercizio", "Disavanzo iscritto in spesa del bilancio di previsione / Totale disavanzo di amministrazione di cui alla lettera E dell'allegato riguardante il risultato di amministrazione presunto", ["0,00", None, None])]),
  ("11", "Fondo pluriennale vincolato", [
    ("11.1", "Utilizzo del FPV", "(Fondo pluriennale vincolato corrente e capitale iscritto in entrata del bilancio – Quota del fondo pluriennale vincolato non utilizzata nel corso dell'esercizio e rinviata agli esercizi successivi) / Fondo pluriennale vincolato corrente e capitale iscritto in entrata del bilancio", ["100,00", "100,00", "100,00"])]),
  ("12", "Partite di giro e conto terzi", [
    ("12.1", "Incidenza partite di giro e conto terzi in entrata", "Totale stanziamenti di competenza per Entrate per conto terzi e partite di giro / Totale stanziamenti primi tre titoli delle entrate", ["16,08", "16,21", "16,27"]),
    ("12.2", "Incidenza partite di giro e conto terzi in uscita", "Totale stanziamenti di competenza per Uscite per conto terzi e partite di giro / Totale stanziamenti di competenza del titolo I della spesa", ["16,84", "17,09", "17,16"])]),
 ],
 "footnotes": ["Gli indicatori 2.2, 2.4 e 7.1 sono elaborati sugli stanziamenti di cassa e sono riferiti al solo esercizio 2026.",
               "Il Responsabile del Settore Finanziario – dott.ssa Paola Cremonesi"],
}

# ---------------------------------------------------------------- 4. Provincia – piano indicatori rendiconto (Writer)
PRO = {
 "name": "provincia-rovigo-2025-rendiconto-piano-indicatori",
 "software": "docx",
 "document": {"issuer": "Provincia di Rovigo", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2025, "kind": "piano"},
 "cover": ["PROVINCIA DI ROVIGO", "Area Finanziaria – Servizio Bilancio e Programmazione",
           "RENDICONTO DELLA GESTIONE 2025", "Piano degli indicatori e dei risultati attesi di bilancio",
           "Indicatori sintetici (Allegato 1/b – D.M. 22 dicembre 2015)"],
 "intro": [
  ("h", "Nota illustrativa"),
  ("p", "Il presente allegato al rendiconto della gestione 2025 espone gli indicatori sintetici previsti dal D.M. 22 dicembre 2015 per le amministrazioni locali, calcolati sugli impegni, sugli accertamenti, sui pagamenti e sulle riscossioni risultanti dal conto del bilancio. Il Piano consente di confrontare i risultati effettivamente conseguiti con quelli attesi indicati nel Piano allegato al bilancio di previsione 2025-2027."),
  ("p", "Rispetto all'esercizio 2024 si segnala il miglioramento dell'indicatore di tempestività dei pagamenti, l'assenza di anticipazioni di tesoreria e la riduzione dell'incidenza del debito, per effetto dell'estinzione anticipata di tre mutui con la Cassa Depositi e Prestiti. Il risultato di amministrazione al 31/12/2025 ammonta a € 38.912.460,17."),
  ("table", [["Composizione del risultato di amministrazione", "Importo (€)"],
             ["Parte accantonata", "21.604.318,22"],
             ["Parte vincolata", "12.885.091,40"],
             ["Parte destinata agli investimenti", "1.317.775,06"],
             ["Parte disponibile", "3.105.275,49"],
             ["Totale", "38.912.460,17"]]),
 ],
 "headers": ["(n)", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "VALORE INDICATORE 2025 (Percentuale)"],
 "years": [2025],
 "sections": [
  ("1", "Rigidità strutturale di bilancio", [
    ("1.1", "Incidenza spese rigide (ripiano disavanzo, personale e debito) su entrate correnti", "[Ripiano disavanzo a carico dell'esercizio + Impegni (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" – FPV entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1 + 1.7 \"Interessi passivi\" + Titolo 4 Rimborso prestiti)] / (Accertamenti primi tre titoli Entrate + Trasferimenti in conto capitale per ripiano disavanzi pregressi)", ["21,37"])]),
  ("2", "Entrate correnti", [
    ("2.1", "Incidenza degli accertamenti di parte corrente sulle previsioni iniziali di parte corrente", "Totale accertamenti primi tre titoli di entrata / Stanziamenti iniziali di competenza dei primi tre titoli delle Entrate", ["104,62"]),
    ("2.2", "Incidenza degli accertamenti di parte corrente sulle previsioni definitive di parte corrente", "Totale accertamenti primi tre titoli di entrata / Stanziamenti definitivi di competenza dei primi tre titoli delle Entrate", ["97,15"]),
    ("2.3", "Incidenza degli accertamenti delle entrate proprie sulle previsioni iniziali di parte corrente", "Totale accertamenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti iniziali di competenza dei primi tre titoli delle Entrate", ["68,40"]),
    ("2.4", "Incidenza degli accertamenti delle entrate proprie sulle previsioni definitive di parte corrente", "Totale accertamenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti definitivi di competenza dei primi tre titoli delle Entrate", ["63,52"]),
    ("2.5", "Incidenza degli incassi correnti sulle previsioni iniziali di parte corrente", "Totale incassi c/competenza e c/residui dei primi tre titoli di entrata / Stanziamenti iniziali di cassa dei primi tre titoli delle Entrate", ["88,73"]),
    ("2.6", "Incidenza degli incassi correnti sulle previsioni definitive di parte corrente", "Totale incassi c/competenza e c/residui dei primi tre titoli di entrata / Stanziamenti definitivi di cassa dei primi tre titoli delle Entrate", ["81,94"])]),
  ("3", "Anticipazioni dell'Istituto tesoriere", [
    ("3.1", "Utilizzo medio Anticipazioni di tesoreria", "Sommatoria degli utilizzi giornalieri delle anticipazioni nell'esercizio / (365 x max previsto dalla norma)", ["0,00"]),
    ("3.2", "Anticipazione chiusa solo contabilmente", "Anticipazione di tesoreria all'inizio dell'esercizio successivo / max previsto dalla norma", ["0,00"])]),
  ("4", "Spese di personale", [
    ("4.1", "Incidenza della spesa di personale sulla spesa corrente (Indicatore di equilibrio economico-finanziario)", "Impegni (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / Impegni (Spesa corrente – FCDE corrente – FPV di entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1)", ["17,26"]),
    ("4.2", "Incidenza del salario accessorio ed incentivante rispetto al totale della spesa di personale", "Impegni (pdc U.1.01.01.004 + 1.01.01.008 \"indennità e altri compensi al personale a tempo indeterminato e determinato\" + pdc U.1.01.01.003 + 1.01.01.007 \"straordinario al personale a tempo indeterminato e determinato\") / Impegni (Macroaggregato 1.1 + pdc U.1.02.01.01.000 \"IRAP\" – FPV di entrata concernente il Macroaggregato 1.1 + FPV spesa concernente il Macroaggregato 1.1)", ["11,08"]),
    ("4.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Impegni (Macroaggregato 1.1 + IRAP [pdc 1.02.01.01.000] + FPV in uscita concernente il Macroaggregato 1.1 – FPV in entrata concernente il Macroaggregato 1.1) / popolazione residente (Il rapporto tra la spesa di personale e la popolazione residente è calcolato considerando la popolazione residente al 1° gennaio dell'esercizio di riferimento)", ["34,91"])]),
  ("5", "Esternalizzazione dei servizi", [
    ("5.1", "Indicatore di esternalizzazione dei servizi", "Impegni (pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\") / totale spese Titolo I", ["9,61"])]),
  ("6", "Interessi passivi", [
    ("6.1", "Incidenza degli interessi passivi sulle entrate correnti (che ne costituiscono la fonte di copertura)", "Impegni Macroaggregato 1.7 \"Interessi passivi\" / Accertamenti primi tre titoli (\"Entrate correnti\")", ["2,04"]),
    ("6.2", "Incidenza degli interessi sulle anticipazioni sul totale degli interessi passivi", "Impegni voce del piano dei conti finanziario U.1.07.06.04.000 \"Interessi passivi su anticipazioni di tesoreria\" / Impegni Macroaggregato 1.7 \"Interessi passivi\"", ["0,00"]),
    ("6.3", "Incidenza degli interessi di mora sul totale degli interessi passivi", "Impegni voce del piano dei conti finanziario U.1.07.06.02.000 \"Interessi di mora\" / Impegni Macroaggregato 1.7 \"Interessi passivi\"", ["0,12"])]),
  ("7", "Investimenti", [
    ("7.1", "Incidenza investimenti su spesa corrente e in conto capitale", "Impegni (Macroaggregati 2.2 + 2.3) / Impegni (Titolo 1 + Titolo 2 della spesa)", ["41,83"]),
    ("7.4", "Investimenti complessivi procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Impegni per Macroaggregati 2.2 \"Investimenti fissi lordi e acquisto di terreni\" e 2.3 \"Contributi agli investimenti\" / popolazione residente (al 1° gennaio dell'esercizio di riferimento o, se non disponibile, al 1° gennaio dell'ultimo anno disponibile)", ["96,27"])]),
  ("8", "Analisi dei debiti non finanziari", [
    ("8.1", "Indicatore di smaltimento debiti commerciali nati nell'esercizio", "Pagamenti di competenza (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\") / Impegni di competenza (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")", ["72,66"]),
    ("8.5", "Indicatore annuale di tempestività dei pagamenti", "Giorni effettivi intercorrenti tra la data di scadenza della fattura o richiesta equivalente di pagamento e la data di pagamento ai fornitori moltiplicata per l'importo dovuto, rapportata alla somma degli importi pagati nel periodo di riferimento (di cui al comma 1 dell'articolo 9, DPCM del 22 settembre 2014)", ["-9,48"])]),
  ("9", "Debiti finanziari", [
    ("9.1", "Incidenza estinzioni anticipate debiti finanziari", "Impegni per estinzioni anticipate / Debito da finanziamento al 31 dicembre anno precedente", ["6,92"]),
    ("9.2", "Incidenza estinzioni ordinarie debiti finanziari", "(Totale impegni Titolo 4 della spesa – Impegni estinzioni anticipate) / Debito da finanziamento al 31 dicembre anno precedente", ["8,35"])]),
  ("10", "Composizione dell'avanzo di amministrazione", [
    ("10.1", "Incidenza quota libera di parte corrente nell'avanzo", "Quota libera di parte corrente dell'avanzo / Avanzo di amministrazione", ["4,62"]),
    ("10.2", "Incidenza quota libera in c/capitale nell'avanzo", "Quota libera in conto capitale dell'avanzo / Avanzo di amministrazione", ["3,39"]),
    ("10.3", "Incidenza quota accantonata nell'avanzo", "Quota accantonata dell'avanzo / Avanzo di amministrazione", ["55,52"]),
    ("10.4", "Incidenza quota vincolata nell'avanzo", "Quota vincolata dell'avanzo / Avanzo di amministrazione", ["33,11"])]),
  ("13", "Debiti fuori bilancio", [
    ("13.1", "Debiti riconosciuti e finanziati", "Importo Debiti fuori bilancio riconosciuti e finanziati / Totale impegni titolo 1 e titolo 2", ["0,06"]),
    ("13.2", "Debiti in corso di riconoscimento", "Importo debiti fuori bilancio in corso di riconoscimento / Totale accertamento entrate dei titoli 1, 2 e 3", ["0,00"])]),
 ],
 "after": [("p", "Il Dirigente dell'Area Finanziaria – dott. Marco Bellinello")],
}
json.dump(COM, open(COM["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
json.dump(PRO, open(PRO["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)

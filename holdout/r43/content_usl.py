"""Content of usl-umbria2-2024-relazione (written by hand), dumped to its content.json."""
import json

C = {
 "document": {"issuer": "Azienda Unità Sanitaria Locale Umbria 2", "title": "Relazione sulla performance",
              "year": 2024, "kind": "relazione"},
 "cover": ["REGIONE UMBRIA", "Azienda Unità Sanitaria Locale Umbria 2",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
           "(art. 10, comma 1, lettera b) del D.Lgs. n. 150/2009 e s.m.i.)",
           "Adottata con Deliberazione del Direttore Generale n. 918 del 27/06/2025"],
 "intro": [
  ["1. Presentazione",
   "La presente Relazione rendiconta i risultati conseguiti dall'Azienda USL Umbria 2 nell'anno 2024 rispetto agli obiettivi assegnati dalla Giunta regionale al Direttore Generale con DGR n. 327 del 10/04/2024 («Obiettivi di salute e di funzionamento dei servizi delle Aziende sanitarie regionali – anno 2024») e declinati nel Piano integrato di attività e organizzazione 2024-2026. La valutazione del grado di raggiungimento è stata effettuata dalla S.C. Controllo di gestione e sistemi informativi sulla base dei flussi informativi regionali e ministeriali consolidati al 31 marzo 2025."],
  ["2. L'Azienda in sintesi",
   "L'Azienda serve una popolazione di 373.642 residenti, distribuiti in 54 Comuni e 6 Distretti sanitari (Terni, Narni-Amelia, Orvieto, Foligno, Spoleto, Valnerina). La rete ospedaliera aziendale comprende i presidi di Foligno, Spoleto, Orvieto, Narni-Amelia, Cascia e Norcia. Nella tabella seguente si riporta la consistenza del personale dipendente al 31 dicembre."]],
 "staff": {"title": "Tabella 1 – Personale dipendente a tempo indeterminato al 31/12",
           "header": ["Ruolo", "31/12/2022", "31/12/2023", "31/12/2024", "Variazione 2024/2023"],
           "rows": [["Dirigenza medica e veterinaria", "812", "829", "841", "+12"],
                    ["Dirigenza sanitaria non medica", "96", "98", "103", "+5"],
                    ["Dirigenza PTA", "41", "39", "40", "+1"],
                    ["Comparto – ruolo sanitario", "2.318", "2.364", "2.402", "+38"],
                    ["Comparto – ruolo socio-sanitario", "512", "527", "561", "+34"],
                    ["Comparto – ruoli tecnico e amministrativo", "603", "596", "588", "-8"],
                    ["Totale", "4.382", "4.453", "4.535", "+82"]]},
 "budget": {"title": "Tabella 2 – Conto economico: sintesi (importi in euro)",
            "header": ["Voce", "Consuntivo 2023", "Consuntivo 2024"],
            "rows": [["Valore della produzione", "€ 812.406.331,00", "€ 838.117.902,00"],
                     ["Costi della produzione", "€ 806.912.418,00", "€ 834.650.127,00"],
                     ["  di cui costo del personale", "€ 246.118.760,00", "€ 252.904.311,00"],
                     ["Risultato d'esercizio", "€ 1.204.556,00", "€ 318.409,00"]]},
 "section": ["3. Obiettivi di salute e di funzionamento dei servizi – anno 2024",
   "Le tabelle che seguono riportano, per ciascuna area della griglia regionale, gli obiettivi assegnati, gli indicatori con la relativa formula di calcolo, il valore atteso e il valore raggiunto nel 2024. Il grado di raggiungimento è espresso in percentuale secondo le regole di valutazione della DGR; la dicitura «n.v.» indica un indicatore non valutabile per indisponibilità del dato regionale."],
 "header": ["Area", "Obiettivo regionale", "Indicatore", "Formula", "Valore atteso",
            "Valore raggiunto 2024", "Grado di raggiungimento", "Note"],
 "areas": [
  {"cell": "1. Prevenzione", "code": "1", "title": "Prevenzione", "objectives": [
   {"cell": "1.1 Garantire le coperture vaccinali previste dal PNPV", "code": "1.1",
    "title": "Garantire le coperture vaccinali previste dal PNPV", "rows": [
     ["Copertura vaccinale esavalente a 24 mesi (ciclo base)", "N. bambini vaccinati con 3 dosi entro i 24 mesi / N. bambini residenti coorte 2022 x 100", "≥ 95%", "95,8%", "100%", None],
     ["Copertura vaccinale MPR (1ª dose) a 24 mesi", "N. bambini vaccinati con 1 dose MPR entro i 24 mesi / N. bambini residenti coorte 2022 x 100", "≥ 95%", "93,6%", "80%", "Scostamento concentrato nel Distretto di Orvieto; avviata chiamata attiva dei non rispondenti nel I semestre 2025."],
     ["Copertura vaccinale antinfluenzale negli over 65", "N. vaccinati ≥ 65 anni campagna 2024/2025 / popolazione residente ≥ 65 anni x 100", "≥ 75%", "61,2%", "0%", "Valore in linea con la media regionale (60,4%); obiettivo minimo 60% superato."]]},
   {"cell": "1.2 Potenziare gli screening oncologici", "code": "1.2",
    "title": "Potenziare gli screening oncologici", "rows": [
     ["Estensione corretta dello screening mammografico", "Donne 50-69 anni invitate / popolazione bersaglio annua x 100", "≥ 95%", "98,1%", "100%", None],
     ["Adesione corretta allo screening cervicale", "Donne 25-64 anni aderenti / donne invitate x 100", "≥ 50%", "47,3%", "90%", "Calcolato sugli inviti al netto degli inesitati."],
     ["Adesione allo screening colorettale", "Persone 50-74 anni aderenti / persone invitate x 100", "≥ 45%", "38,9%", "70%", None]]},
   {"cell": "1.3 Sicurezza alimentare e sanità pubblica veterinaria", "code": "1.3",
    "title": "Sicurezza alimentare e sanità pubblica veterinaria", "rows": [
     ["Percentuale di controlli ufficiali eseguiti sugli stabilimenti riconosciuti rispetto al programmato", "Controlli eseguiti / controlli programmati nel PRIC x 100", "100%", "100%", "100%", None]]}]},
  {"cell": "2. Assistenza distrettuale", "code": "2", "title": "Assistenza distrettuale", "objectives": [
   {"cell": "2.1 Assistenza domiciliare integrata e presa in carico della cronicità", "code": "2.1",
    "title": "Assistenza domiciliare integrata e presa in carico della cronicità", "rows": [
     ["Percentuale di over 65 presi in carico in ADI (target PNRR M6C1)", "Assistiti ≥ 65 anni con almeno una PIC ADI / popolazione residente ≥ 65 anni x 100", "≥ 8,5%", "9,1%", "100%", "Contribuiscono al risultato le prese in carico attivate dalle Centrali Operative Territoriali di Terni e Foligno."],
     ["Tasso di ospedalizzazione per patologie sensibili alle cure ambulatoriali (per 1.000 residenti)", "Ricoveri ordinari per ACSC / residenti x 1.000", "≤ 7,5", "7,2", "100%", None],
     ["Numero di Case della Comunità attive secondo gli standard del DM 77/2022", "Conteggio CdC hub e spoke con orario e servizi minimi garantiti", "6", "5", "83%", "La CdC di Narni è stata attivata il 14/01/2025, con un ritardo dovuto al completamento dei lavori strutturali finanziati dal PNRR."]]},
   {"cell": "2.2 Appropriatezza prescrittiva farmaceutica", "code": "2.2",
    "title": "Appropriatezza prescrittiva farmaceutica", "rows": [
     ["Spesa farmaceutica convenzionata pro capite pesata", "Spesa netta convenzionata / popolazione pesata", "≤ € 148,00", "€ 151,37", "50%", "Superamento del tetto dovuto all'incremento dei farmaci per il diabete (GLP-1)."],
     ["Percentuale di utilizzo di biosimilari sul totale delle molecole a brevetto scaduto", "DDD biosimilari / DDD totali della stessa molecola x 100", "≥ 80%", "84,6%", "100%", None]]}]},
  {"cell": "3. Assistenza ospedaliera", "code": "3", "title": "Assistenza ospedaliera", "objectives": [
   {"cell": "3.1 Esiti ed appropriatezza clinica (PNE)", "code": "3.1",
    "title": "Esiti ed appropriatezza clinica (PNE)", "rows": [
     ["Percentuale di interventi per frattura di femore operati entro 2 giorni in pazienti over 65", "Interventi entro 48 ore dall'accesso / totale interventi per frattura di femore ≥ 65 anni x 100", "≥ 70%", "74,5%", "100%", None],
     ["Proporzione di parti con taglio cesareo primario nei punti nascita con meno di 1.000 parti annui", "Parti con TC primario / parti senza pregresso cesareo x 100", "≤ 15%", "17,9%", "60%", "Il dato del P.O. di Foligno (19,4%) è oggetto di audit clinico avviato a febbraio 2025 con il Dipartimento materno-infantile."],
     ["Degenza media pre-operatoria per interventi chirurgici programmati", "Giornate di degenza pre-operatoria / ricoveri chirurgici programmati", "≤ 1,0 gg", "0,8 gg", "100%", None]]},
   {"cell": "3.2 Pronto soccorso e gestione del sovraffollamento", "code": "3.2",
    "title": "Pronto soccorso e gestione del sovraffollamento", "rows": [
     ["Percentuale di accessi in PS con tempo di permanenza inferiore a 8 ore", "Accessi con permanenza < 8 ore / accessi totali x 100", "≥ 90%", "88,7%", "85%", None],
     ["Percentuale di abbandoni dal Pronto Soccorso", "Accessi con esito «abbandono» / accessi totali x 100", "≤ 4%", "3,6%", "100%", None]]}]},
  {"cell": "4. Tempi di attesa", "code": "4", "title": "Tempi di attesa", "objectives": [
   {"cell": "4.1 Rispetto dei tempi massimi di attesa (PRGLA 2024-2026)", "code": "4.1",
    "title": "Rispetto dei tempi massimi di attesa (PRGLA 2024-2026)", "rows": [
     ["Percentuale di prime visite in classe di priorità B garantite entro 10 giorni", "Prestazioni B erogate entro 10 gg / prestazioni B prenotate x 100 (monitoraggio ex ante)", "≥ 90%", "86,2%", "80%", "Criticità su visita oculistica e dermatologica; attivate agende aggiuntive in prestazioni aggiuntive da settembre 2024."],
     ["Percentuale di prestazioni diagnostiche in classe D garantite entro 60 giorni", "Prestazioni D erogate entro 60 gg / prestazioni D prenotate x 100", "≥ 90%", "91,4%", "100%", None],
     ["Percentuale di interventi oncologici in classe A eseguiti entro 30 giorni", "Interventi classe A entro 30 gg / interventi classe A x 100 (flusso SDO)", "≥ 90%", "n.d.", "n.v.", "Dato regionale non ancora validato alla data di redazione della Relazione."]]}]},
  {"cell": "5. Funzionamento e sostenibilità economica", "code": "5", "title": "Funzionamento e sostenibilità economica", "objectives": [
   {"cell": "5.1 Equilibrio economico-finanziario", "code": "5.1",
    "title": "Equilibrio economico-finanziario", "rows": [
     ["Rispetto del tetto di spesa per il personale", "Costo del personale 2024 / tetto assegnato con DGR n. 1120/2023", "≤ 100%", "99,4%", "100%", None],
     ["Indicatore annuale di tempestività dei pagamenti", "Somma dei giorni di ritardo ponderati per l'importo delle fatture pagate / importo totale pagato", "≤ 0 gg", "-3,2 gg", "100%", "Calcolato ai sensi del DPCM 22/09/2014."]]},
   {"cell": "5.2 Trasparenza, digitalizzazione e flussi informativi", "code": "5.2",
    "title": "Trasparenza, digitalizzazione e flussi informativi", "rows": [
     ["Percentuale di referti di laboratorio e radiologia alimentati nel Fascicolo Sanitario Elettronico", "Referti indicizzati nel FSE / referti prodotti x 100", "≥ 85%", "92,3%", "100%", None],
     ["Completezza e tempestività dei flussi NSIS (SDO, EMUR, SIAD, FAR)", "Flussi inviati nei termini e senza scarti bloccanti / flussi dovuti x 100", "100%", "96%", "90%", "Ritardo di una trasmissione del flusso FAR (III trimestre) per migrazione del gestionale."]]}]}
 ],
 "closing": ["4. Conclusioni",
   "Nel complesso, dei 24 indicatori della griglia regionale 2024, 13 risultano pienamente raggiunti, 9 parzialmente raggiunti, 1 non raggiunto e 1 non valutabile. La Relazione è trasmessa all'Organismo Indipendente di Valutazione per la validazione ai sensi dell'art. 14, comma 4, lettera c) del D.Lgs. 150/2009."],
}
json.dump(C, open("usl-umbria2-2024-relazione.content.json", "w"), ensure_ascii=False, indent=1)

"""Invented content: ASP «Città di Bari», Relazione sulla performance 2021 (Word, booktabs tables)."""

HEADER = ["Indicatore strategico", "Target 2021", "Actual", "% realizzazione",
          "Breve descrizione del risultato raggiunto"]
FIELDS = ["indicator", "target", "actual", "achievement", "notes"]


def ind(name, target, actual, pct, desc):
    return {"kind": "ind", "cells": [name, target, actual, pct, desc]}


def objective_page(area, code, title, rows, after=None):
    blocks = [{"kind": "pagebreak"}]
    if area:
        blocks.append({"kind": "heading", "level": "area", "code": area[0], "title": area[1],
                       "text": f"AREA STRATEGICA {area[0]} – {area[1]}"})
    blocks.append({"kind": "heading", "level": "strategic", "code": code, "title": title,
                   "text": f"Obiettivo strategico {code} – {title}"})
    blocks.append({"kind": "table", "role": "indicators", "header": [HEADER], "fields": FIELDS,
                   "year": 2021, "rows": rows})
    if after:
        blocks.append({"kind": "para", "text": after, "style": "source"})
    return blocks


CONTENT = {
    "name": "asp-bari-2021-relazione",
    "format": "docx",
    "document": {"issuer": "Azienda Pubblica di Servizi alla Persona «Città di Bari»",
                 "title": "Relazione sulla performance", "year": 2021, "kind": "relazione"},
    "running_header": "ASP «Città di Bari» – Relazione sulla Performance 2021",
    "readback": {"ignore_top": 45, "ignore_bottom": 45},
    "cover": [
        {"text": "ASP BARI", "size": 26, "bold": True},
        {"text": "Azienda Pubblica di Servizi alla Persona «Città di Bari»", "size": 14, "bold": True},
        {"text": "Ente pubblico non economico – L.R. Puglia n. 15/2004", "size": 10},
        {"text": "", "size": 40},
        {"text": "RELAZIONE SULLA PERFORMANCE", "size": 22, "bold": True},
        {"text": "ANNO 2021", "size": 18, "bold": True},
        {"text": "(art. 10, comma 1, lettera b), del D.Lgs. 27 ottobre 2009, n. 150)", "size": 10},
        {"text": "", "size": 60},
        {"text": "Approvata con deliberazione del Consiglio di Amministrazione n. 18 del 28 giugno 2022", "size": 10},
        {"text": "Validata dall'Organismo Indipendente di Valutazione in data 12 luglio 2022", "size": 10},
    ],
    "blocks": [
        {"kind": "pagebreak"},
        {"kind": "heading", "level": "section", "text": "1. Presentazione della Relazione"},
        {"kind": "para", "text": "La Relazione sulla Performance costituisce lo strumento con il quale l'Azienda rendiconta ai cittadini, agli ospiti delle strutture e alle loro famiglie, ai Comuni soci e alla Regione Puglia i risultati organizzativi raggiunti nel corso dell'anno 2021 rispetto agli obiettivi programmati nel Piano della Performance 2021-2023, approvato con deliberazione del Consiglio di Amministrazione n. 5 del 29 gennaio 2021."},
        {"kind": "para", "text": "L'anno 2021 è stato ancora fortemente condizionato dall'emergenza epidemiologica da SARS-CoV-2, che ha imposto la revisione delle modalità di accesso dei visitatori alle strutture residenziali, la riorganizzazione dei turni del personale e il rinvio di alcune attività di gruppo rivolte alle famiglie. Nonostante ciò, la maggior parte degli obiettivi strategici è stata conseguita o sostanzialmente conseguita."},
        {"kind": "para", "text": "Per ciascun obiettivo strategico sono riportati gli indicatori con il target 2021 fissato nel Piano, il valore effettivamente rilevato (actual), la percentuale di realizzazione e una breve descrizione del risultato. La percentuale di realizzazione è calcolata come rapporto tra valore rilevato e target, con un massimo del 100%; per gli indicatori a polarità negativa il rapporto è invertito."},
        {"kind": "heading", "level": "section", "text": "2. L'Azienda in cifre"},
        {"kind": "para", "text": "L'Azienda gestisce tre residenze sanitarie assistenziali per anziani (complessivi 186 posti letto), due comunità educative per minori, un centro diurno per persone con disabilità e il Centro per la famiglia, oltre a un patrimonio immobiliare di 142 unità derivante dalle ex IPAB confluite. Al 31 dicembre 2021 il personale in servizio era così composto:"},
        {"kind": "table", "role": "other", "header": [["Profilo professionale", "Tempo indeterminato", "Tempo determinato", "Totale"]],
         "rows": [["Dirigenti", "3", "0", "3"],
                  ["Personale sanitario (infermieri, fisioterapisti)", "38", "6", "44"],
                  ["Operatori socio-sanitari", "92", "14", "106"],
                  ["Educatori professionali", "21", "5", "26"],
                  ["Personale amministrativo e tecnico", "27", "2", "29"],
                  ["Totale", "181", "27", "208"]]},
        {"kind": "para", "text": "Il valore della produzione 2021 è stato pari a € 14.862.310,00, di cui il 71,4% derivante dalle rette e dalle quote sanitarie delle strutture residenziali e il 9,2% dai canoni di locazione del patrimonio immobiliare."},
        {"kind": "heading", "level": "section", "text": "3. Risultati raggiunti per obiettivo strategico"},
        {"kind": "para", "text": "Le pagine seguenti riportano, per ciascuna area strategica, gli obiettivi strategici del triennio e gli indicatori di risultato riferiti all'anno 2021."},
        *objective_page(("1", "SERVIZI RESIDENZIALI PER ANZIANI"), "1.1",
                        "Migliorare la qualità dell'assistenza nelle RSA", [
            ind("Grado di soddisfazione degli ospiti e dei familiari (customer satisfaction)", "≥ 80%", "86,4%", "100%",
                "La rilevazione è stata condotta nel mese di novembre 2021 mediante questionario anonimo somministrato a 212 tra ospiti e familiari delle tre RSA aziendali. Il giudizio complessivo positivo si attesta all'86,4%, in crescita rispetto al 2020 (81,2%). Gli aspetti più apprezzati sono la cura della persona e la cortesia del personale, mentre restano margini di miglioramento sulla ristorazione e sulle attività di animazione."),
            ind("Ore settimanali di assistenza diretta per ospite", "≥ 18", "17,2", "95,6%",
                "Il valore medio annuo risente delle assenze prolungate di personale OSS per quarantena e malattia nei mesi di gennaio e febbraio e delle cessazioni non immediatamente sostituite. Dal mese di aprile, con l'assunzione a tempo determinato di 14 operatori socio-sanitari tramite graduatoria aziendale, lo standard è stato stabilmente rispettato in tutte le strutture."),
            ind("Tasso di cadute con esito traumatico ogni 1.000 giornate di degenza", "≤ 1,5", "1,1", "100%",
                "Sono state registrate 22 cadute con esito traumatico su 62.418 giornate di degenza. Il risultato è attribuibile all'applicazione della procedura aziendale di prevenzione delle cadute, alla valutazione del rischio all'ingresso con scala di Conley e alla formazione di 64 operatori sulla movimentazione sicura degli ospiti."),
        ]),
        *objective_page(None, "1.2", "Contrastare la diffusione del contagio da SARS-CoV-2 nelle strutture", [
            ind("Copertura vaccinale anti SARS-CoV-2 degli ospiti (ciclo primario)", "≥ 95%", "98,7%", "100%",
                "La campagna vaccinale, condotta in collaborazione con il Dipartimento di Prevenzione della ASL di Bari, si è conclusa nel mese di marzo 2021 per il ciclo primario. Nei mesi di ottobre e novembre è stata somministrata la dose di richiamo al 94% degli ospiti eleggibili. I tre ospiti non vaccinati presentavano controindicazioni documentate."),
            ind("Copertura vaccinale del personale dipendente e convenzionato", "100%", "100%", "100%",
                "A seguito dell'entrata in vigore dell'obbligo vaccinale per gli operatori di interesse sanitario (D.L. n. 44/2021) l'Azienda ha verificato la posizione di tutto il personale; quattro operatori sono stati temporaneamente adibiti a mansioni senza contatto con gli ospiti fino all'adempimento dell'obbligo."),
            ind("Tempo medio di attivazione dell'isolamento dei casi positivi", "≤ 24 ore", "6 ore", "100%",
                "Il tempo è misurato dalla comunicazione dell'esito del tampone all'effettivo trasferimento dell'ospite nel nucleo di isolamento. Nel corso dell'anno sono stati gestiti 37 casi positivi tra gli ospiti, tutti isolati entro la giornata; in nessuna struttura si sono sviluppati focolai con più di cinque casi."),
        ], after="Fonte dei dati: Direzione sanitaria aziendale – registro delle vaccinazioni e sistema di sorveglianza interno."),
        *objective_page(("2", "SERVIZI PER I MINORI E LE FAMIGLIE"), "2.1",
                        "Potenziare l'accoglienza dei minori in comunità", [
            ind("Minori accolti nelle comunità educative aziendali", "≥ 40", "43", "100%",
                "Nel 2021 sono stati accolti 43 minori, di cui 17 minori stranieri non accompagnati segnalati dalla Prefettura. La presenza media giornaliera è stata di 19,6 minori su 20 posti autorizzati. L'apertura del secondo appartamento per l'autonomia ha consentito di accogliere anche neomaggiorenni in prosieguo amministrativo."),
            ind("Progetti educativi individualizzati (PEI) redatti entro 30 giorni dall'ingresso", "100%", "92,5%", "92,5%",
                "Su 40 ingressi valutabili, 37 progetti educativi sono stati condivisi con il Servizio sociale inviante entro trenta giorni. I tre ritardi riguardano minori stranieri per i quali l'accertamento dell'età e la nomina del tutore hanno richiesto tempi più lunghi, non dipendenti dall'organizzazione delle comunità."),
            ind("Tempo medio di presa in carico dalla segnalazione dei Servizi sociali", "≤ 15 gg", "12 gg", "100%",
                "Il tempo medio tra la richiesta di inserimento del Servizio sociale comunale e l'ingresso in comunità è stato di 12 giorni. Nei casi urgenti disposti dall'Autorità giudiziaria l'accoglienza è sempre avvenuta entro 24 ore, grazie al posto di pronta accoglienza mantenuto disponibile."),
            ind("Minori dimessi con progetto di autonomia o rientro in famiglia", "≥ 60%", "54,5%", "90,8%",
                "Dei 22 minori dimessi nell'anno, 12 hanno concluso il percorso con il rientro in famiglia, l'affidamento familiare o l'avvio di un progetto di vita autonoma. Per i restanti dieci si è reso necessario il trasferimento in strutture a maggiore intensità terapeutica o l'allontanamento volontario, in prevalenza di minori stranieri."),
        ]),
        *objective_page(None, "2.2", "Sostenere le famiglie in condizione di fragilità", [
            ind("Nuclei familiari seguiti dal Centro per la famiglia", "≥ 150", "171", "100%",
                "Il Centro ha seguito 171 nuclei, di cui 64 nuovi accessi. Le principali aree di intervento sono state la mediazione familiare (48 nuclei), il sostegno alla genitorialità nella prima infanzia (57 nuclei) e la consulenza psicologica per adolescenti, attivata nel 2021 con un progetto finanziato dalla Regione Puglia."),
            ind("Ore di sostegno educativo domiciliare erogate", "almeno 6.000 ore", "5.420 ore", "90,3%",
                "Le ore erogate hanno risentito della sospensione degli interventi in presenza nei nuclei con casi positivi o in quarantena, per complessive 14 settimane-nucleo. Le ore non erogate sono state in parte sostituite da colloqui a distanza, non conteggiati nell'indicatore; il servizio ha comunque raggiunto 58 nuclei familiari."),
            ind("Incontri di gruppo di sostegno alla genitorialità", "≥ 24", "n.d.", "n.d.",
                "Gli incontri di gruppo in presenza non sono stati realizzati a causa delle limitazioni alle attività aggregative previste dalle ordinanze regionali. L'attività è stata riprogrammata per il 2022; nel frattempo sono stati organizzati quattro seminari online, non confrontabili con il target per modalità e numero di partecipanti."),
        ]),
        *objective_page(("3", "EFFICIENZA GESTIONALE E VALORIZZAZIONE DEL PATRIMONIO"), "3.1",
                        "Valorizzare il patrimonio immobiliare dell'Azienda", [
            ind("Canoni di locazione attivi riscossi", "≥ € 1.250.000,00", "€ 1.312.480,55", "100%",
                "L'incremento delle riscossioni deriva dall'aggiornamento ISTAT dei canoni, dalla stipula di nove nuovi contratti e dal recupero di morosità pregresse per € 84.300,00 a seguito dei piani di rientro concordati con i conduttori. Le entrate sono destinate, per statuto, al finanziamento dei servizi alla persona."),
            ind("Unità immobiliari sfitte assegnate con procedura ad evidenza pubblica", "≥ 10", "7", "70%",
                "Sono state assegnate sette unità su dieci poste a bando. Per le restanti tre, ubicate nel quartiere Madonnella, l'avviso pubblico è andato deserto in ragione dello stato manutentivo degli immobili; è stato avviato il progetto di ristrutturazione con un importo stimato di € 210.000,00."),
            ind("Tasso di morosità sui canoni (importo insoluto/importo fatturato)", "≤ 8%", "6,9%", "100%",
                "Il tasso si è ridotto di 2,3 punti percentuali rispetto al 2020 grazie al monitoraggio mensile degli incassi, all'invio tempestivo dei solleciti e all'affidamento del recupero coattivo dei crediti di importo superiore a € 5.000,00 all'Avvocatura esterna convenzionata."),
        ]),
        *objective_page(None, "3.2", "Garantire la sostenibilità economico-finanziaria e la trasparenza", [
            ind("Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-4,2 gg", "100%",
                "Le fatture sono state pagate in media 4,2 giorni prima della scadenza. Il risultato è stato ottenuto con la completa digitalizzazione del ciclo passivo, la liquidazione tramite workflow documentale e il monitoraggio settimanale dello scadenzario da parte dell'Ufficio ragioneria."),
            ind("Rapporto tra costo del personale e valore della produzione", "≤ 62%", "63,8%", "97,1%",
                "Lo scostamento è dovuto agli oneri straordinari per la sostituzione del personale assente per COVID-19 e all'incremento del numero di operatori imposto dagli standard regionali nei nuclei di isolamento. Al netto di tali costi, finanziati in parte dalla Regione, il rapporto si attesterebbe al 61,2%."),
            ind("Adempimenti di pubblicazione in Amministrazione trasparente (griglia di rilevazione OIV)", "100%", "97%", "97%",
                "Dall'attestazione dell'OIV al 31 maggio 2021 risultano pubblicati correttamente 97 obblighi su 100 verificati. Le carenze riguardavano l'aggiornamento tempestivo dei dati sui procedimenti e i tempi medi di erogazione dei servizi, completati nel secondo semestre."),
            ind("Approvazione del bilancio di esercizio 2020", "Entro il 30/04/2021", "Approvato il 28/04/2021", "100%",
                "Il bilancio di esercizio 2020 è stato approvato dal Consiglio di Amministrazione con deliberazione n. 11 del 28 aprile 2021, previo parere favorevole del Revisore unico, nel rispetto del termine previsto dalla normativa regionale sulle aziende pubbliche di servizi alla persona."),
        ]),
    ],
}

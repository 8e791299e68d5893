"""Content of relazione-booktabs-comune-pesaro-2022 (invented Comune data)."""
from r13lib import parse_value

AREAS = [
 ("1", "Pesaro città sostenibile", [
  ("1.1", "Ridurre l'impatto ambientale e migliorare la qualità urbana", [
   ("Percentuale di raccolta differenziata dei rifiuti urbani", ">= 72%", "74,8%", "100%",
    "Nel 2022 la raccolta differenziata ha raggiunto il 74,8% (72,9% nel 2021), grazie all'estensione del porta a porta spinto ai quartieri di Soria, Tombaccia e Villa Fastiggi, che ha interessato circa 9.400 utenze domestiche. Sono state installate 38 nuove isole ecologiche informatizzate con accesso tramite tessera sanitaria e sono proseguite le campagne di informazione nelle scuole primarie (42 classi coinvolte). La quota di rifiuto indifferenziato pro capite è scesa a 118 kg/abitante. Il dato è stato certificato da ARPAM con la comunicazione del 14 marzo 2023."),
   ("Tonnellate di CO2 evitate con interventi di efficientamento energetico degli edifici comunali", "≥ 350 t", "312 t", "89,1%",
    "Sono stati completati gli interventi di efficientamento sulle scuole \"Dante Alighieri\" e \"Anna Frank\" (cappotto termico, sostituzione infissi e generatori a condensazione) e sulla palestra di via Lamarmora (impianto fotovoltaico da 60 kWp). Il cantiere della scuola media \"Olivieri\", finanziato con fondi PNRR (M2C4), ha subito un ritardo di circa quattro mesi per l'aumento dei prezzi dei materiali e per la necessità di una perizia di variante; il relativo risparmio, stimato in 41 t di CO2 all'anno, sarà conseguito nel 2023. Le emissioni evitate sono calcolate con la metodologia del PAESC approvato nel 2021."),
   ("Superficie di verde pubblico riqualificata", "25.000 mq", "27.450 mq", "100%",
    "Gli interventi hanno riguardato il Parco Miralfiore (rifacimento dei percorsi pedonali e nuova area giochi inclusiva), i giardini di viale della Repubblica e sei aree verdi di quartiere individuate con il bilancio partecipativo. Sono stati messi a dimora 640 nuovi alberi, di cui 410 nell'ambito del progetto \"Forestazione urbana\" cofinanziato dalla Regione Marche. La manutenzione ordinaria è stata affidata con il nuovo appalto quadriennale, che introduce la rendicontazione georeferenziata degli sfalci e dei servizi di potatura."),
   ("Tempo medio di risposta alle segnalazioni ambientali dei cittadini", "≤ 10 gg", "8,5 gg", "100%",
    "Nel corso dell'anno sono pervenute 1.873 segnalazioni (abbandono di rifiuti, sfalci, decoro urbano), per il 71% tramite l'applicazione \"Pesaro Segnala\" e per il resto tramite URP e posta elettronica. Il tempo medio di risposta, misurato dalla registrazione alla chiusura dell'intervento, è stato di 8,5 giorni, con un miglioramento rispetto al 2021 (11,2 giorni). Le segnalazioni non risolte entro 30 giorni sono state 54 e riguardano in prevalenza aree di proprietà privata per le quali è stata emessa ordinanza."),
  ]),
  ("1.2", "Promuovere la mobilità sostenibile", [
   ("Km di piste ciclabili realizzati nell'anno", "4,0 km", "3,2 km", "80%",
    "Sono stati aperti al transito il tratto della Bicipolitana lungo via Giolitti (1,4 km) e il collegamento tra Borgo Santa Maria e la stazione ferroviaria (1,8 km). Il tratto di 0,8 km lungo la Strada Interquartieri non è stato completato entro l'anno a causa della risoluzione del contratto con l'impresa appaltatrice; i lavori sono stati riaffidati nel dicembre 2022 e si concluderanno nel primo semestre 2023. La rete ciclabile comunale raggiunge complessivamente 97,6 km."),
   ("Incremento dei passeggeri del trasporto pubblico urbano rispetto al 2021", ">= 8%", "11,4%", "100%",
    "I passeggeri trasportati sulle linee urbane sono stati 3.412.000, contro 3.063.000 nel 2021, con una ripresa più marcata sulle linee scolastiche e sulla navetta estiva per il litorale. Hanno contribuito la gratuità degli abbonamenti per gli studenti fino a 14 anni, finanziata dal Comune con 180.000 euro, e l'introduzione del pagamento con carta contactless a bordo. Il dato è fornito dal gestore del servizio sulla base delle validazioni elettroniche e dei titoli venduti."),
   ("Numero di stalli per biciclette installati", "150", "150", "100%",
    "Sono stati installati 150 nuovi stalli, di cui 40 coperti presso la stazione ferroviaria e 24 dotati di ricarica per biciclette a pedalata assistita nei parcheggi scambiatori di Baia Flaminia e del Curvone. La localizzazione è stata concordata con la Consulta della mobilità e con le associazioni FIAB e Legambiente. Il servizio di bike sharing ha registrato 61.200 noleggi, in crescita del 18% rispetto all'anno precedente."),
  ]),
 ]),
 ("2", "Pesaro città dei servizi e della comunità", [
  ("2.1", "Rafforzare i servizi educativi e sociali", [
   ("Posti nido disponibili ogni 100 bambini di 0-2 anni", "≥ 33", "34,6", "100%",
    "L'apertura della nuova sezione del nido \"Il Girasole\" (24 posti) e la convenzione con due nidi privati accreditati (30 posti) hanno portato l'offerta complessiva a 612 posti, pari a 34,6 posti ogni 100 bambini residenti di età compresa tra 0 e 2 anni, superando l'obiettivo europeo del 33%. La lista d'attesa a settembre 2022 è scesa a 37 bambini. Le rette sono state ridotte per le famiglie con ISEE inferiore a 15.000 euro grazie al contributo del bando INPS \"Bonus nido\" e del Fondo nazionale 0-6."),
   ("Tempo medio di presa in carico delle domande di contributo economico", "≤ 30 gg", "22 gg", "100%",
    "Le domande di contributo economico presentate nel 2022 sono state 1.146 (contributi ordinari, sostegno all'affitto e utenze). Con la riorganizzazione dello sportello sociale unico e l'introduzione della domanda online con verifica automatica dell'ISEE tramite la banca dati INPS, il tempo medio tra la protocollazione e il colloquio con l'assistente sociale si è ridotto a 22 giorni (31 giorni nel 2021). Sono stati erogati contributi per complessivi 1.284.000 euro."),
   ("Numero di utenti del servizio di assistenza domiciliare", "≥ 420", "398", "94,8%",
    "Il servizio di assistenza domiciliare ha seguito 398 utenti, di cui 312 anziani non autosufficienti e 86 persone con disabilità, per un totale di 61.300 ore di assistenza. Il mancato raggiungimento del target è dovuto alla difficoltà della cooperativa affidataria nel reperire operatori socio-sanitari nel secondo semestre: per 27 richieste l'attivazione è slittata a gennaio 2023. Per ridurre i tempi di attivazione è stata avviata con l'ATS 1 la costituzione di un albo di assistenti familiari qualificati."),
   ("Grado di soddisfazione delle famiglie per i servizi educativi (scala 1-5)", "≥ 4", "4,3", "100%",
    "L'indagine di customer satisfaction è stata condotta nel mese di maggio su tutti i servizi educativi comunali (nidi, scuole dell'infanzia, centri estivi) con questionario online anonimo: hanno risposto 1.027 famiglie su 2.390 (43%). Il punteggio medio complessivo è 4,3 su 5; gli aspetti più apprezzati sono la professionalità del personale (4,6) e la comunicazione con le famiglie (4,4), mentre il servizio di refezione ha ottenuto il punteggio più basso (3,7), su cui è stato avviato un tavolo con la ditta di ristorazione."),
  ]),
 ]),
 ("3", "Pesaro città efficiente e digitale", [
  ("3.1", "Digitalizzare i servizi e semplificare i procedimenti", [
   ("Percentuale di servizi online accessibili con SPID/CIE", "≥ 80%", "86%", "100%",
    "Dei 122 servizi presenti nel catalogo dei servizi comunali, 105 sono accessibili online con identità digitale SPID o CIE. Nel 2022 sono stati attivati 19 nuovi servizi, tra cui l'iscrizione ai servizi scolastici, la richiesta di passo carrabile, le istanze al SUAP e la prenotazione degli appuntamenti all'anagrafe, nell'ambito della misura 1.4.1 del PNRR \"Esperienza del cittadino nei servizi pubblici\". Gli accessi con identità digitale al portale sono stati 214.600, più del doppio rispetto al 2021."),
   ("Tempo medio di rilascio dei permessi di costruire", "≤ 60 gg", "64 gg", "93,8%",
    "Sono stati rilasciati 186 permessi di costruire, con un tempo medio di 64 giorni dalla presentazione della domanda completa. Il valore risente del forte aumento delle pratiche edilizie collegate al Superbonus (CILAS +71% rispetto al 2021), che ha assorbito gran parte delle risorse dello Sportello unico per l'edilizia, e della vacanza di due posti di istruttore tecnico coperti solo a ottobre. Dal mese di novembre è operativa la piattaforma di presentazione telematica integrata con il fascicolo del fabbricato."),
   ("Percentuale di pagamenti tramite pagoPA sul totale degli incassi da servizi", "≥ 70%", "n.d.", "–",
    "Il dato non è disponibile alla data di redazione della Relazione: la migrazione dei flussi di riconciliazione dal vecchio nodo di pagamento al nuovo partner tecnologico, conclusa nel dicembre 2022, non consente ancora di estrarre in modo attendibile gli incassi per canale relativi all'intero esercizio. Dalle prime elaborazioni sul secondo semestre la quota di incassi tramite pagoPA risulta superiore al 75%. Il valore definitivo sarà rilevato in sede di rendiconto e riportato nella Relazione 2023."),
   ("Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-6,2 gg", "100%",
    "L'indicatore annuale di tempestività dei pagamenti, calcolato secondo il DPCM 22 settembre 2014 come media ponderata dei giorni tra la scadenza e il pagamento delle fatture, è pari a -6,2 giorni: le fatture sono state pagate in media oltre sei giorni prima della scadenza. Lo stock dei debiti commerciali scaduti e non pagati al 31 dicembre è di 212.000 euro, riferito in prevalenza a fatture contestate. Il risultato conferma l'efficacia della liquidazione digitale introdotta nel 2021."),
  ]),
 ]),
]


def build():
    blocks = [
        {"type": "cover", "lines": ["COMUNE DI PESARO", "Relazione sulla performance 2022",
                                    "art. 10, comma 1, lett. b) del D.Lgs. 150/2009",
                                    "Validata dal Nucleo di Valutazione il 27 giugno 2023"]},
        {"type": "heading", "level": 1, "text": "1. Presentazione"},
        {"type": "paragraph", "text": "La Relazione sulla performance illustra i risultati organizzativi raggiunti dal Comune di Pesaro nel 2022 rispetto agli obiettivi strategici definiti nel Piano integrato di attività e organizzazione 2022-2024. Per ciascun obiettivo strategico sono riportati gli indicatori, il valore atteso (target), il valore effettivamente conseguito (actual), la percentuale di realizzazione e una breve descrizione delle attività svolte e delle eventuali cause di scostamento."},
        {"type": "paragraph", "text": "La percentuale di realizzazione è calcolata come rapporto tra valore conseguito e target, con un massimo del 100%; per gli indicatori in cui un valore minore rappresenta un risultato migliore il rapporto è invertito. I dati sono stati forniti dai Settori e verificati dal Servizio Controllo di gestione."},
        {"type": "table", "role": "other", "title": "Tabella 1 – Risorse finanziarie 2022 (dati di rendiconto)",
         "columns": ["Voce", "Previsioni definitive", "Impegni / Accertamenti", "% realizzazione"],
         "rows": [["Entrate correnti (Titoli 1-3)", "€ 128.455.210,00", "€ 124.907.634,18", "97,2%"],
                  ["Spese correnti (Titolo 1)", "€ 122.980.400,00", "€ 114.216.075,42", "92,9%"],
                  ["Spese in conto capitale (Titolo 2)", "€ 61.374.900,00", "€ 38.805.221,67", "63,2%"],
                  ["Personale in servizio al 31/12 (unità)", "812", "796", "98,0%"]]},
        {"type": "pagebreak"},
        {"type": "heading", "level": 1, "text": "2. I risultati degli obiettivi strategici"},
    ]
    first_area = True
    for acode, atitle, oss in AREAS:
        blocks.append({"type": "heading", "level": 1, "text": f"Area strategica {acode} – {atitle}",
                       "hier": {"level": "area", "code": acode, "title": atitle}})
        for oscode, ostitle, inds in oss:
            blocks.append({"type": "heading", "level": 2,
                           "text": f"Obiettivo strategico {oscode} – {ostitle}",
                           "hier": {"level": "strategic", "code": oscode, "title": ostitle}})
            rows = []
            for name, tgt, act, pct, desc in inds:
                ach = None if pct == "–" else float(pct.rstrip("%").replace(",", "."))
                rows.append({"cells": [name, tgt, act, pct, desc], "achievement": ach,
                             "values": {"2022": {"target": parse_value(tgt), "actual": parse_value(act)}}})
            blocks.append({"type": "table", "role": "indicators", "columns": [
                {"header": "Indicatore strategico", "field": "indicator", "year": None, "width": 108},
                {"header": "Target 2022", "field": "target", "year": 2022, "width": 46},
                {"header": "Actual", "field": "actual", "year": 2022, "width": 46},
                {"header": "% realizzazione", "field": "achievement", "year": None, "width": 66},
                {"header": "Breve descrizione del risultato raggiunto", "field": "extra", "year": None, "width": 215}],
                "rows": rows})
            blocks.append({"type": "pagebreak"})
    blocks += [
        {"type": "heading", "level": 1, "text": "3. Sintesi dei risultati"},
        {"type": "paragraph", "text": "Dei 15 indicatori strategici monitorati, 11 hanno raggiunto pienamente il target, 3 lo hanno raggiunto parzialmente (con una percentuale di realizzazione compresa tra l'80% e il 95%) e per uno il dato non è ancora disponibile. Il grado medio di realizzazione degli obiettivi strategici è pari al 96,8%."},
        {"type": "table", "role": "other", "title": "Tabella 2 – Esito degli indicatori strategici",
         "columns": ["Esito", "N. indicatori", "%"],
         "rows": [["Target raggiunto (100%)", "11", "73,3%"], ["Target parzialmente raggiunto", "3", "20,0%"],
                  ["Dato non disponibile", "1", "6,7%"], ["Totale", "15", "100,0%"]]},
        {"type": "paragraph", "text": "Gli scostamenti più rilevanti riguardano gli interventi infrastrutturali (efficientamento energetico e piste ciclabili), rallentati dall'aumento dei costi delle materie prime, e i servizi che dipendono dalla disponibilità di personale qualificato. Le azioni correttive sono state recepite negli obiettivi del PIAO 2023-2025."},
    ]
    return {
        "schema": "r13-blind/content@1",
        "_about": [
            "Relazione sulla performance 2022 of the Comune di Pesaro (invented content). reportlab, portrait A4, one booktabs table per page (rules only above and below the header and below the last row, no vertical rules), strategic objective as a heading above each table, 3-4 indicators per table, last column 8-15 wrapped lines.",
            "Truth: 'Target 2022' -> year 2022; 'Actual' -> actual; '% realizzazione' -> achievement (number; '–' -> null); 'Breve descrizione del risultato raggiunto' -> extra (CONVENTIONS), so comment null; no status column or status line -> status null.",
            "Areas 'Area strategica N – Titolo' and 'Obiettivo strategico N.M – Titolo' headings give the hierarchy. The budget table and the 'Esito | N. indicatori | %' table give no records.",
        ],
        "document": {"issuer": "Comune di Pesaro", "title": "Relazione sulla performance", "year": 2022,
                     "kind": "relazione"},
        "layout": "rl-booktabs", "orientation": "portrait",
        "running_header": "Comune di Pesaro – Relazione sulla performance 2022",
        "blocks": blocks,
    }

# Writes the three r33 content files (the content is data; make_r33.py renders from them).
# Parsed values are written by hand: t/a = [operator, value, value_max, unit]; dir = which way is
# better by the indicator's name ("hi", "lo", None) per CONVENTIONS.
import json

N = [None, None, None, None]

def ind(name, target, actual, t, a, dir=None, **kw):
    d = {"name": name, "target": target, "actual": actual, "t": t, "a": a, "dir": dir}
    d.update(kw)
    return d

# ---------------------------------------------------------------- 1 Comune di Ferrara (Word)
ferrara = {
    "name": "comune-ferrara-2023-relazione",
    "document": {"issuer": "Comune di Ferrara", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
    "cover": ["Comune di Ferrara", "Relazione sulla performance 2023",
              "Art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150",
              "Approvata con deliberazione della Giunta comunale n. 212 del 27 giugno 2024"],
    "intro": [
        ("1. Presentazione", [
            "La Relazione sulla performance è il documento con cui l'Amministrazione rendiconta ai cittadini, alle imprese e agli altri portatori di interesse i risultati organizzativi e individuali raggiunti nell'anno 2023 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione (PIAO) 2023-2025 e nel Piano esecutivo di gestione.",
            "Il documento è stato redatto sulla base dei dati di monitoraggio forniti dai Settori e validati dal Nucleo di valutazione. Per ciascun obiettivo operativo sono riportati gli indicatori, il valore atteso per il 2023, il risultato conseguito e una valutazione complessiva sul grado di raggiungimento dell'obiettivo.",
        ]),
        ("2. Il contesto organizzativo", [
            "Al 31 dicembre 2023 il personale in servizio presso il Comune di Ferrara ammontava a 1.087 unità, con una riduzione di 14 unità rispetto all'anno precedente, dovuta principalmente ai pensionamenti non ancora compensati dalle procedure concorsuali in corso. La tabella seguente riporta la distribuzione per area di inquadramento secondo il nuovo ordinamento professionale del CCNL Funzioni locali 2019-2021.",
        ]),
    ],
    "staff": {"title": "Tabella 1 – Personale in servizio al 31/12/2023",
              "header": ["Area di inquadramento", "Uomini", "Donne", "Totale", "di cui part-time"],
              "rows": [["Dirigenti", "9", "7", "16", "0"],
                       ["Area dei Funzionari e dell'Elevata Qualificazione", "118", "196", "314", "22"],
                       ["Area degli Istruttori", "201", "329", "530", "61"],
                       ["Area degli Operatori esperti", "112", "74", "186", "14"],
                       ["Area degli Operatori", "23", "18", "41", "5"],
                       ["Totale", "463", "624", "1.087", "102"]]},
    "section": ("3. I risultati degli obiettivi operativi", [
        "Nelle tabelle che seguono, per ciascuna area strategica del Documento unico di programmazione, sono riportati gli obiettivi operativi con i relativi indicatori. La riga finale di ciascun obiettivo riporta la valutazione complessiva e una sintesi delle motivazioni.",
    ]),
    "header": ["Obiettivo operativo", "Indicatore", "Target 2023", "Risultato 2023", "Note"],
    "year": 2023,
    "areas": [
        {"code": "1", "title": "Ferrara sicura e vivibile", "heading": "Area strategica 1 – Ferrara sicura e vivibile",
         "objectives": [
            {"code": "1.1", "title": "Rafforzare il presidio del territorio e la sicurezza urbana",
             "status": ["partially_achieved", "OBIETTIVO PARZIALMENTE RAGGIUNTO",
                        "Il presidio serale e i tempi di intervento sono in linea con le attese; la quota di verbali notificati nei termini risente dell'avvio del nuovo gestionale delle sanzioni."],
             "indicators": [
                ind("Numero di ore di pattugliamento serale e notturno nei quartieri periferici e nelle frazioni", "≥ 6.000", "6.412",
                    [">=", 6000, None, None], ["=", 6412, None, None], "hi",
                    notes="Il servizio serale è stato esteso da maggio a settembre ai quartieri di Barco, Pontelagoscuro e Doro con due pattuglie aggiuntive, grazie all'accordo con la Prefettura nell'ambito del patto per Ferrara sicura. Sono state inoltre svolte 37 uscite congiunte con l'Arma dei Carabinieri e la Polizia di Stato nelle aree del Grattacielo e della stazione ferroviaria, con controlli su esercizi pubblici e aree verdi."),
                ind("Tempo medio di intervento su segnalazione della centrale operativa", "≤ 20 minuti", "18 minuti",
                    ["<=", 20, None, None], ["=", 18, None, None], "lo",
                    notes="Tempo misurato dal sistema di radiolocalizzazione delle pattuglie tra la presa in carico della chiamata e l'arrivo sul posto. Il dato comprende le chiamate notturne gestite dal servizio di pronto intervento attivato da giugno 2023; escludendo la fascia notturna il tempo medio scende a 15 minuti."),
                ind("Percentuale di verbali al Codice della strada notificati entro 90 giorni dall'accertamento", "≥ 95%", "93,4%",
                    [">=", 95, None, "%"], ["=", 93.4, None, "%"], "hi",
                    notes="Nei mesi di marzo e aprile la migrazione al nuovo applicativo di gestione delle sanzioni ha rallentato la postalizzazione degli atti: 1.286 verbali sono stati notificati oltre il novantesimo giorno e sono stati annullati in autotutela. Dal mese di maggio la percentuale mensile è tornata stabilmente sopra il 97%, anche grazie all'invio tramite piattaforma SEND."),
             ]},
            {"code": "1.2", "title": "Migliorare la manutenzione delle strade e del verde pubblico",
             "status": ["achieved", "OBIETTIVO RAGGIUNTO",
                        "Tutti gli indicatori hanno raggiunto o superato il valore atteso, anche grazie alle risorse aggiuntive stanziate con la variazione di bilancio di luglio."],
             "indicators": [
                ind("Km di strade comunali riasfaltate", "25 km", "27,3 km",
                    ["=", 25, None, None], ["=", 27.3, None, None], None,
                    notes="Interventi eseguiti nell'ambito dell'accordo quadro per la manutenzione straordinaria delle pavimentazioni stradali; sono compresi 4,1 km di piste ciclabili."),
                ind("Tempo medio di chiusura delle segnalazioni di buche e dissesti pervenute tramite l'app Rilfedeur", "≤ 5 gg", "4 gg",
                    ["<=", 5, None, "days"], ["=", 4, None, "days"], "lo",
                    notes="Sono state gestite 3.914 segnalazioni, di cui il 71% tramite app e il restante 29% tramite il contact center. Il tempo è calcolato in giorni lavorativi dalla presa in carico alla chiusura dell'intervento provvisorio; gli interventi definitivi sono programmati nel piano asfalti dell'anno successivo. Nel periodo invernale, per le avverse condizioni meteorologiche, il tempo medio ha raggiunto i 7 giorni nel solo mese di febbraio."),
                ind("Numero di alberi messi a dimora in aree verdi e viali cittadini", "almeno 1.500", "1.730",
                    [">=", 1500, None, None], ["=", 1730, None, None], "hi",
                    notes="Di cui 640 nell'ambito del progetto di forestazione urbana finanziato dal PNRR (Missione 2, Componente 4) presso il parco urbano Giorgio Bassani e 212 in sostituzione di esemplari abbattuti per motivi di sicurezza."),
             ]},
         ]},
        {"code": "2", "title": "Ferrara che cresce: servizi, cultura e impresa", "heading": "Area strategica 2 – Ferrara che cresce: servizi, cultura e impresa",
         "objectives": [
            {"code": "2.1", "title": "Ampliare l'offerta dei servizi educativi per la fascia 0-6 anni",
             "status": ["partially_achieved", "OBIETTIVO PARZIALMENTE RAGGIUNTO",
                        "L'apertura della nuova sezione del nido Aquilone è slittata a gennaio 2024 per il ritardo nella consegna dei lavori, con effetti sulla percentuale di domande accolte."],
             "indicators": [
                ind("Posti nido disponibili ogni 100 bambini residenti di età 0-2 anni", "≥ 33", "34,6",
                    [">=", 33, None, None], ["=", 34.6, None, None], None,
                    notes="Comprende i posti nei nidi comunali a gestione diretta e indiretta e i posti convenzionati presso i nidi privati accreditati; il dato è calcolato sui residenti al 1° settembre 2023 (2.614 bambini)."),
                ind("Percentuale di domande di iscrizione ai nidi d'infanzia accolte alla data del 30 settembre", "≥ 90%", "88,2%",
                    [">=", 90, None, "%"], ["=", 88.2, None, "%"], "hi",
                    notes="Su 1.017 domande presentate ne sono state accolte 897. La lista d'attesa residua si concentra nelle zone sud e Via Bologna, dove l'attivazione dei 24 posti della nuova sezione del nido Aquilone, prevista per settembre, è slittata a gennaio 2024. Alle famiglie in lista d'attesa è stato proposto il contributo per la frequenza di nidi privati non convenzionati, richiesto da 46 nuclei."),
                ind("Tempo medio di pubblicazione della graduatoria dalla chiusura del bando", "≤ 30 gg", "26 gg",
                    ["<=", 30, None, "days"], ["=", 26, None, "days"], "lo",
                    notes="Graduatoria pubblicata il 23 maggio 2023 a fronte della chiusura del bando il 27 aprile."),
             ]},
            {"code": "2.2", "title": "Valorizzare il sistema dei musei civici e delle mostre",
             "status": ["achieved", "OBIETTIVO RAGGIUNTO",
                        "L'affluenza ai musei civici ha superato i livelli precedenti alla pandemia e il nuovo allestimento è stato inaugurato in anticipo rispetto al cronoprogramma."],
             "indicators": [
                ind("Numero di visitatori dei musei civici e delle sedi espositive comunali", "≥ 280.000", "301.455",
                    [">=", 280000, None, None], ["=", 301455, None, None], "hi",
                    notes="Il dato comprende Palazzo dei Diamanti, Palazzo Schifanoia, il Museo della Cattedrale e Casa Ariosto. La mostra dedicata a Rinascimento a Ferrara ha registrato da sola 118.300 ingressi, con un incremento del 22% dei visitatori stranieri rispetto al 2022 e una quota significativa di gruppi scolastici provenienti da fuori regione, accolti con il nuovo servizio di prenotazione online delle visite guidate."),
                ind("Realizzazione del nuovo allestimento di Palazzo Schifanoia – ala ovest", "entro il 30/09/2023", "Completato il 15/07/2023",
                    N, N, "hi",
                    notes="Inaugurazione il 15 luglio 2023 con apertura serale straordinaria."),
             ]},
            {"code": "2.3", "title": "Semplificare le procedure dello Sportello unico per le attività produttive",
             "status": ["achieved", "OBIETTIVO RAGGIUNTO",
                        "Tempi e digitalizzazione in linea con il target; l'indagine di soddisfazione sarà svolta nel primo semestre 2024."],
             "indicators": [
                ind("Tempo medio di conclusione dei procedimenti SUAP ordinari", "≤ 45 gg", "38 gg",
                    ["<=", 45, None, "days"], ["=", 38, None, "days"], "lo",
                    notes="Calcolato su 612 procedimenti ordinari conclusi nell'anno, al netto delle sospensioni per integrazioni documentali richieste agli interessati."),
                ind("Percentuale di pratiche SUAP presentate in modalità telematica", "100%", "100%",
                    ["=", 100, None, "%"], ["=", 100, None, "%"], "hi",
                    notes="Tutte le pratiche sono state presentate tramite il portale regionale Accesso Unitario."),
                ind("Grado di soddisfazione degli utenti dello sportello (scala 1-5)", "≥ 4", "n.d.",
                    [">=", 4, None, None], N, "hi",
                    notes="L'indagine di customer satisfaction prevista per il mese di novembre è stata rinviata al 2024 per consentire l'integrazione del questionario nel nuovo portale dei servizi online."),
             ]},
         ]},
    ],
    "closing": ("4. Considerazioni conclusive", [
        "Nel complesso, dei 14 indicatori riferiti agli obiettivi operativi rendicontati nella presente sezione, 11 hanno raggiunto il valore atteso, 2 lo hanno mancato di misura e per 1 indicatore il dato non è disponibile. Le criticità rilevate sono state segnalate ai Settori competenti e sono state considerate nella definizione degli obiettivi del PIAO 2024-2026.",
    ]),
}

# ---------------------------------------------------------------- 2 ARPA Campania (borderless reportlab)
arpac = {
    "name": "arpa-campania-2023-relazione",
    "document": {"issuer": "Agenzia Regionale per la Protezione Ambientale della Campania", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
    "cover": ["ARPAC", "Agenzia Regionale per la Protezione Ambientale della Campania",
              "RELAZIONE SULLA PERFORMANCE", "Anno 2023",
              "Adottata con Delibera del Direttore Generale n. 418 del 28 giugno 2024"],
    "intro": [
        ("Premessa", [
            "La presente Relazione illustra i risultati conseguiti dall'Agenzia nel corso del 2023 rispetto agli obiettivi definiti nella sezione Performance del PIAO 2023-2025, adottato con Delibera del Direttore Generale n. 77 del 31 gennaio 2023. La misurazione è stata effettuata sulla base dei dati forniti dalle strutture e verificati dalla Struttura tecnica permanente a supporto dell'Organismo indipendente di valutazione.",
            "Per ogni obiettivo operativo sono riportati gli indicatori con il target 2023, il valore conseguito e il grado di raggiungimento. Sotto ciascun indicatore è riportato l'esito e un commento delle strutture responsabili sulle attività svolte e sulle eventuali cause di scostamento.",
        ]),
        ("Le risorse dell'Agenzia", [
            "Il conto economico 2023 chiude con un valore della produzione di 71,8 milioni di euro, per la quasi totalità costituito dal contributo regionale di funzionamento. La tabella seguente sintetizza le principali voci di costo poste a confronto con il bilancio preventivo.",
        ]),
    ],
    "budget": {"title": "Tabella 1 – Principali voci di costo (valori in euro)",
               "header": ["Voce", "Preventivo 2023", "Consuntivo 2023", "Scostamento"],
               "rows": [["Costo del personale", "48.620.000,00", "47.915.310,42", "-704.689,58"],
                        ["Acquisto di beni", "3.150.000,00", "3.402.118,90", "252.118,90"],
                        ["Acquisto di servizi", "9.870.000,00", "9.511.604,17", "-358.395,83"],
                        ["Ammortamenti", "4.200.000,00", "4.188.950,00", "-11.050,00"],
                        ["Altri costi di gestione", "2.310.000,00", "2.097.441,63", "-212.558,37"],
                        ["Totale costi della produzione", "68.150.000,00", "67.115.425,12", "-1.034.574,88"]]},
    "section": ("I risultati per obiettivo", []),
    "header": ["Indicatore", "Target 2023", "Valore 2023", "Grado di raggiungimento"],
    "year": 2023,
    "strategic": [
        {"code": "1", "title": "Garantire un monitoraggio ambientale efficace e tempestivo",
         "objectives": [
            {"code": "1.1", "title": "Assicurare la continuità della rete di monitoraggio della qualità dell'aria",
             "indicators": [
                ind("Percentuale di dati validi di PM10 acquisiti dalle stazioni della rete regionale di monitoraggio della qualità dell'aria rispetto ai dati attesi", "≥ 90%", "92,7%",
                    [">=", 90, None, "%"], ["=", 92.7, None, "%"], "hi", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Il rendimento della rete è stato garantito dal contratto di manutenzione full-service attivato a febbraio, che ha ridotto a 36 ore il tempo medio di ripristino degli analizzatori guasti. Le stazioni di Acerra e Pomigliano d'Arco hanno registrato fermi prolungati a causa di lavori sulla linea elettrica."]),
                ind("Numero di campagne con laboratorio mobile nei comuni privi di stazione fissa", "≥ 12", "14",
                    [">=", 12, None, None], ["=", 14, None, None], "hi", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Le campagne, della durata minima di 30 giorni, hanno interessato in prevalenza i comuni dell'area nolana e dell'agro nocerino-sarnese.",
                              "I rapporti delle campagne sono pubblicati sul sito istituzionale nella sezione Aria."]),
             ]},
            {"code": "1.2", "title": "Migliorare il monitoraggio delle acque superficiali, di balneazione e destinate al consumo umano",
             "indicators": [
                ind("Percentuale di punti della rete di monitoraggio dei corpi idrici superficiali campionati secondo il calendario annuale approvato dalla Regione Campania", "≥ 95%", "91,3%",
                    [">=", 95, None, "%"], ["=", 91.3, None, "%"], "hi", ach=96.1,
                    status=["partially_achieved", "OBIETTIVO PARZIALMENTE RAGGIUNTO"],
                    comments=["Non è stato possibile campionare 19 punti della rete fluviale del bacino del Volturno nei mesi estivi per l'assenza di deflusso (alvei in secca), come documentato nei verbali di sopralluogo trasmessi alla Regione.",
                              "Al netto dei punti non campionabili per cause naturali, la percentuale di copertura del calendario è pari al 98,4%."]),
                ind("Tempo medio di refertazione delle analisi sulle acque destinate al consumo umano", "≤ 15 gg", "12 gg",
                    ["<=", 15, None, "days"], ["=", 12, None, "days"], "lo", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Il tempo è calcolato dall'accettazione del campione in laboratorio all'emissione del rapporto di prova, per i 6.842 campioni analizzati nell'anno."]),
                ind("Numero di campionamenti delle acque di balneazione", "1.260", "1.260",
                    ["=", 1260, None, None], ["=", 1260, None, None], "hi", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Tutti i 336 punti della costa campana sono stati campionati secondo il calendario della stagione balneare, dal 1° aprile al 30 settembre."]),
             ]},
         ]},
        {"code": "2", "title": "Rafforzare i controlli sulle pressioni ambientali",
         "objectives": [
            {"code": "2.1", "title": "Attuare il piano regionale delle ispezioni sugli impianti AIA e il supporto tecnico alle autorizzazioni",
             "indicators": [
                ind("Numero di ispezioni ordinarie su impianti soggetti ad Autorizzazione integrata ambientale svolte secondo il piano ispettivo regionale", "≥ 110", "118",
                    [">=", 110, None, None], ["=", 118, None, None], "hi", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Sono state eseguite 118 ispezioni ordinarie, di cui 21 presso impianti di gestione dei rifiuti della Terra dei fuochi, con 43 campionamenti di emissioni in atmosfera e 27 di scarichi idrici.",
                              "In 14 casi le ispezioni hanno dato luogo a proposte di diffida all'autorità competente."]),
                ind("Tempo medio di rilascio dei pareri tecnici istruttori per le Autorizzazioni uniche ambientali", "≤ 30 gg", "34 gg",
                    ["<=", 30, None, "days"], ["=", 34, None, "days"], "lo", ach=88,
                    status=["partially_achieved", "OBIETTIVO PARZIALMENTE RAGGIUNTO"],
                    comments=["L'incremento delle istanze AUA (+18% rispetto al 2022) a parità di personale tecnico dei Dipartimenti provinciali di Napoli e Caserta ha allungato i tempi istruttori. Nel secondo semestre, con l'assegnazione di 4 nuovi tecnici, il tempo medio è sceso a 29 giorni."]),
                ind("Percentuale di sopralluoghi su segnalazione effettuati entro 10 giorni lavorativi dalla richiesta dell'autorità", "≥ 80%", "81,5%",
                    [">=", 80, None, "%"], ["=", 81.5, None, "%"], "hi", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Le segnalazioni pervenute dalle Procure, dai Comuni e dalle forze dell'ordine sono state 1.127."]),
             ]},
            {"code": "2.2", "title": "Garantire la pronta risposta alle emergenze ambientali",
             "indicators": [
                ind("Tempo medio di attivazione del servizio di pronta disponibilità in caso di emergenza ambientale", "≤ 2 ore", "1,5 ore",
                    ["<=", 2, None, "hours"], ["=", 1.5, None, "hours"], "lo", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Gli interventi in pronta disponibilità sono stati 214, di cui 96 per incendi di rifiuti; il tempo è misurato dalla chiamata della Sala operativa regionale all'arrivo dei tecnici sul posto."]),
                ind("Realizzazione del sistema informativo per la gestione delle emergenze ambientali (SIGEA) integrato con la piattaforma della Protezione civile regionale", "entro il 31/12/2023", "n.d.",
                    N, N, "hi", ach=None, ach_text="n.d.",
                    status=["suspended", "OBIETTIVO SOSPESO"],
                    comments=["Con nota della Direzione generale Ambiente del 12 luglio 2023 la realizzazione del sistema è stata ricondotta al progetto regionale finanziato con il PR FESR 2021-2027, il cui avvio è previsto nel 2024. L'obiettivo è stato sospeso in sede di monitoraggio intermedio e il suo peso è stato ridistribuito sugli altri obiettivi della struttura."]),
             ]},
         ]},
        {"code": "3", "title": "Promuovere un'amministrazione trasparente ed efficiente",
         "objectives": [
            {"code": "3.1", "title": "Assicurare la trasparenza e la tempestività dei pagamenti",
             "indicators": [
                ind("Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", "100%", "97%",
                    ["=", 100, None, "%"], ["=", 97, None, "%"], "hi", ach=97,
                    status=["partially_achieved", "OBIETTIVO PARZIALMENTE RAGGIUNTO"],
                    comments=["In sede di attestazione dell'OIV sono risultati incompleti i dati sui provvedimenti dei dirigenti del secondo semestre, successivamente integrati nel mese di febbraio 2024."]),
                ind("Tempo medio di pagamento delle fatture commerciali", "≤ 30 gg", "27 gg",
                    ["<=", 30, None, "days"], ["=", 27, None, "days"], "lo", ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Sono state pagate 4.905 fatture per un importo complessivo di 14,2 milioni di euro."]),
                ind("Indicatore annuale di tempestività dei pagamenti", "≤ 0", "-3,2",
                    ["<=", 0, None, None], ["=", -3.2, None, None], None, ach=100,
                    status=["achieved", "OBIETTIVO RAGGIUNTO"],
                    comments=["Il valore negativo indica che le fatture sono state pagate mediamente 3,2 giorni prima della scadenza.",
                              "Il dato è pubblicato trimestralmente nella sezione Pagamenti dell'amministrazione."]),
             ]},
         ]},
    ],
    "closing": ("Conclusioni", [
        "Dei 13 indicatori rendicontati, 9 hanno raggiunto il target, 3 lo hanno raggiunto parzialmente e 1 è stato sospeso. Il grado medio di raggiungimento della performance organizzativa dell'Agenzia, calcolato come media ponderata degli indicatori non sospesi, è pari al 98,4%.",
    ]),
}

# ---------------------------------------------------------------- 3 Camera di Commercio dell'Umbria (Calc)
def ci(code, name, unit, weight, target, actual, t, a, dir, ach, esito, motiv, ach_text=None):
    return {"code": code, "name": name, "unit": unit, "weight": weight, "target": target, "actual": actual,
            "t": t, "a": a, "dir": dir, "ach": ach, "ach_text": ach_text, "esito": esito, "motiv": motiv}

ST = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved", "Sospeso": "suspended"}
NS = "Motivazione dello scostamento: nessuno scostamento rispetto al target."
umbria = {
    "name": "camera-commercio-umbria-2024-relazione",
    "document": {"issuer": "Camera di Commercio dell'Umbria", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
    "cover": ["Camera di Commercio dell'Umbria", "Relazione sulla performance 2024",
              "Allegato alla deliberazione della Giunta camerale n. 58 del 24 giugno 2025"],
    "intro": [
        "La Camera di Commercio dell'Umbria, istituita il 1° aprile 2022 dall'accorpamento delle Camere di Commercio di Perugia e di Terni, presenta in questo documento i risultati della performance organizzativa conseguiti nell'esercizio 2024.",
        "Il prospetto che segue riporta, per ciascuna area strategica e obiettivo operativo, gli indicatori con la relativa unità di misura, il peso, il target e il valore a consuntivo. Per ogni indicatore sono indicati l'esito e la motivazione dell'eventuale scostamento, secondo quanto validato dall'Organismo indipendente di valutazione nella seduta del 12 giugno 2025.",
        "I dati economici sono tratti dal bilancio d'esercizio 2024 approvato dal Consiglio camerale; i dati di attività dai sistemi gestionali camerali (Priamo, Kronos, Saiweb) e dal cruscotto Pareto di Unioncamere.",
    ],
    "header": ["Cod.", "Indicatore", "Unità di misura", "Peso", "Target 2024", "Valore 2024", "% raggiung."],
    "year": 2024,
    "areas": [
        {"code": "A", "title": "Competitività e sviluppo delle imprese", "band": "AREA STRATEGICA A – Competitività e sviluppo delle imprese",
         "objectives": [
            {"code": "A.1", "title": "Accompagnare le imprese nella transizione digitale ed ecologica", "band": "Obiettivo operativo A.1 – Accompagnare le imprese nella transizione digitale ed ecologica",
             "indicators": [
                ci("A.1.1", "Numero di assessment digitali (SELFI4.0 e ZOOM4.0) erogati alle imprese dal Punto impresa digitale", "n.", "15%", "≥ 250", "287",
                   [">=", 250, None, None], ["=", 287, None, None], "hi", 100, "Raggiunto", NS),
                ci("A.1.2", "Contributi erogati alle imprese tramite i bandi voucher digitalizzazione e transizione energetica", "€", "10%", "≥ 400.000,00", "436.250,00",
                   [">=", 400000, None, None], ["=", 436250, None, None], None, 100, "Raggiunto", NS),
                ci("A.1.3", "Tempo medio di liquidazione dei voucher dalla presentazione della rendicontazione", "giorni", "10%", "≤ 60", "72",
                   ["<=", 60, None, None], ["=", 72, None, None], "lo", 83.3, "Parzialmente raggiunto",
                   "Motivazione dello scostamento: il bando transizione energetica ha ricevuto 214 rendicontazioni nel solo mese di novembre; le verifiche sul DURC e sugli aiuti de minimis hanno richiesto tempi superiori al previsto."),
             ]},
            {"code": "A.2", "title": "Sostenere l'internazionalizzazione delle piccole e medie imprese", "band": "Obiettivo operativo A.2 – Sostenere l'internazionalizzazione delle piccole e medie imprese",
             "indicators": [
                ci("A.2.1", "Imprese assistite in percorsi di primo export con il programma SEI", "n.", "10%", "120", "104",
                   ["=", 120, None, None], ["=", 104, None, None], None, 86.7, "Parzialmente raggiunto",
                   "Motivazione dello scostamento: la chiusura anticipata della misura nazionale a settembre ha ridotto le adesioni nell'ultimo trimestre."),
                ci("A.2.2", "Percentuale di imprese soddisfatte dei servizi di orientamento ai mercati esteri", "%", "5%", "≥ 85", "91,2",
                   [">=", 85, None, None], ["=", 91.2, None, None], "hi", 100, "Raggiunto", NS),
             ]},
         ]},
        {"code": "B", "title": "Regolazione e trasparenza del mercato", "band": "AREA STRATEGICA B – Regolazione e trasparenza del mercato",
         "objectives": [
            {"code": "B.1", "title": "Garantire la tempestività e la qualità del Registro delle imprese", "band": "Obiettivo operativo B.1 – Garantire la tempestività e la qualità del Registro delle imprese",
             "indicators": [
                ci("B.1.1", "Percentuale di pratiche del Registro imprese evase entro 5 giorni dal protocollo", "%", "15%", "≥ 90", "93,8",
                   [">=", 90, None, None], ["=", 93.8, None, None], "hi", 100, "Raggiunto", NS),
                ci("B.1.2", "Tempo medio di lavorazione delle pratiche telematiche del Registro imprese", "giorni", "10%", "≤ 4", "3,1",
                   ["<=", 4, None, None], ["=", 3.1, None, None], "lo", 100, "Raggiunto", NS),
                ci("B.1.3", "Numero di cancellazioni d'ufficio di imprese non più operative (D.P.R. 247/2004)", "n.", "5%", "≥ 1.200", "1.348",
                   [">=", 1200, None, None], ["=", 1348, None, None], "hi", 100, "Raggiunto", NS),
             ]},
            {"code": "B.2", "title": "Rafforzare la vigilanza del mercato e la metrologia legale", "band": "Obiettivo operativo B.2 – Rafforzare la vigilanza del mercato e la metrologia legale",
             "indicators": [
                ci("B.2.1", "Numero di verifiche periodiche su strumenti di misura in servizio", "n.", "5%", "≥ 600", "540",
                   [">=", 600, None, None], ["=", 540, None, None], "hi", 90, "Non raggiunto",
                   "Motivazione dello scostamento: il collocamento a riposo di due ispettori metrici a giugno non è stato compensato nell'anno; le verifiche sono state concentrate sui distributori di carburante."),
                ci("B.2.2", "Ispezioni di vigilanza sulla sicurezza dei prodotti e sull'etichettatura", "n.", "5%", "40", "Obiettivo sospeso",
                   ["=", 40, None, None], N, None, None, "Sospeso",
                   "Motivazione dello scostamento: il programma annuale di vigilanza concordato con il Ministero delle imprese e del made in Italy non è stato approvato nel 2024.", ach_text="n.d."),
             ]},
         ]},
        {"code": "C", "title": "Efficienza e sostenibilità dell'ente", "band": "AREA STRATEGICA C – Efficienza e sostenibilità dell'ente",
         "objectives": [
            {"code": "C.1", "title": "Assicurare l'equilibrio economico e la tempestività dei pagamenti", "band": "Obiettivo operativo C.1 – Assicurare l'equilibrio economico e la tempestività dei pagamenti",
             "indicators": [
                ci("C.1.1", "Incidenza dei costi di struttura sui proventi correnti", "%", "5%", "≤ 45", "47,2",
                   ["<=", 45, None, None], ["=", 47.2, None, None], None, 95.3, "Parzialmente raggiunto",
                   "Motivazione dello scostamento: il rinnovo contrattuale del personale 2022-2024 ha inciso sui costi di struttura per circa 310.000 euro non previsti a preventivo."),
                ci("C.1.2", "Tasso di riscossione del diritto annuale", "%", "5%", "≥ 72", "73,4",
                   [">=", 72, None, None], ["=", 73.4, None, None], "hi", 100, "Raggiunto", NS),
                ci("C.1.3", "Tempo medio di pagamento delle fatture passive", "giorni", "5%", "≤ 30", "21",
                   ["<=", 30, None, None], ["=", 21, None, None], "lo", 100, "Raggiunto", NS),
                ci("C.1.4", "Riduzione dei costi per utenze energetiche rispetto al 2023", "€", "5%", "≥ 25.000,00", "18.900,00",
                   [">=", 25000, None, None], ["=", 18900, None, None], "lo", 75.6, "Non raggiunto",
                   "Motivazione dello scostamento: l'impianto fotovoltaico della sede di Terni è entrato in esercizio a ottobre anziché a marzo per il ritardo nell'allaccio alla rete."),
             ]},
         ]},
    ],
    "budget": {"title": "Proventi e oneri correnti 2024 (valori in euro)",
               "header": ["Voce", "Preventivo aggiornato", "Consuntivo", "Differenza"],
               "rows": [["Diritto annuale", "9.840.000,00", "9.912.406,15", "72.406,15"],
                        ["Diritti di segreteria", "3.120.000,00", "3.208.771,30", "88.771,30"],
                        ["Contributi trasferimenti e altre entrate", "410.000,00", "385.220,00", "-24.780,00"],
                        ["Proventi da gestione di beni e servizi", "95.000,00", "101.532,48", "6.532,48"],
                        ["Totale proventi correnti", "13.465.000,00", "13.607.929,93", "142.929,93"],
                        ["Personale", "4.710.000,00", "4.862.115,77", "152.115,77"],
                        ["Funzionamento", "2.980.000,00", "2.907.340,21", "-72.659,79"],
                        ["Interventi economici", "3.600.000,00", "3.412.880,00", "-187.120,00"],
                        ["Ammortamenti e accantonamenti", "2.450.000,00", "2.391.004,62", "-58.995,38"],
                        ["Totale oneri correnti", "13.740.000,00", "13.573.340,60", "-166.659,40"]]},
}

for c in (ferrara, arpac, umbria):
    with open(f"/work/blind/r33/{c['name']}.content.json", "w") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("ok")

# Writes the three NAME.content.json files (hand-written content, r40).
import json
# indicator: [descrizione, tipo, atteso, raggiunto, note, status_text, comment, better]
#   better: 'higher'/'lower'/None = direction the indicator's name states (for met)
BS = "cciaa-brescia-2022-relazione"
PD = "camera-commercio-padova-2023-relazione"
SS = "cciaa-sassari-2024-piano"

def ind(d, t, a, r, n, st, c=None, better=None):
    return dict(indicator=d, type=t, target=a, actual=r, notes=n, status_text=st, comment=c, better=better)

brescia = dict(
  name=BS, layout="word-ruled",
  document=dict(issuer="Camera di Commercio di Brescia", title="Relazione sulla performance", year=2022, kind="relazione"),
  cover=["Camera di Commercio di Brescia", "RELAZIONE SULLA PERFORMANCE 2022",
         "Rendicontazione dei risultati al 31 dicembre 2022",
         "Aree strategiche/Missioni, obiettivi strategici e obiettivi operativi e relativi indicatori",
         "Validata dall'Organismo Indipendente di Valutazione in data 21 giugno 2023"],
  intro_heading="1. Premessa",
  intro=["La presente Relazione, redatta ai sensi dell'art. 10, comma 1, lettera b) del D.Lgs. 150/2009, rendiconta i risultati organizzativi conseguiti dalla Camera di Commercio di Brescia nel 2022 rispetto agli obiettivi definiti nel Piano della performance 2022-2024, approvato con deliberazione della Giunta camerale n. 14 del 31 gennaio 2022.",
         "Il 2022 è stato caratterizzato dalla ripresa dell'attività economica dopo la fase pandemica e dal forte aumento dei costi energetici, che ha richiesto l'attivazione di misure straordinarie a sostegno delle imprese. Il sistema camerale ha inoltre completato l'avvio del Registro dei titolari effettivi e proseguito i progetti finanziati con l'incremento del 20% del diritto annuale.",
         "Per ciascuna area strategica sono riportati gli indicatori dell'area, degli obiettivi strategici e degli obiettivi operativi, con il valore atteso, il valore raggiunto e l'esito, seguito dall'eventuale commento del responsabile."],
  budget=dict(title="Tabella 1 – Risorse destinate alle missioni (consuntivo 2022)",
     header=["Missione", "Oneri correnti", "Investimenti", "Totale"],
     rows=[["011 – Competitività e sviluppo delle imprese", "€ 9.842.315,20", "€ 120.400,00", "€ 9.962.715,20"],
           ["012 – Regolazione dei mercati", "€ 3.215.870,44", "€ 45.000,00", "€ 3.260.870,44"],
           ["016 – Commercio internazionale e internazionalizzazione", "€ 1.104.222,18", "€ 0,00", "€ 1.104.222,18"],
           ["032 – Servizi istituzionali e generali delle PA", "€ 6.731.904,75", "€ 812.650,30", "€ 7.544.555,05"],
           ["Totale", "€ 20.894.312,57", "€ 978.050,30", "€ 21.872.362,87"]]),
  areas=[
   dict(code="Area Strategica 1", acode="1", title="MISSIONE 011: Competitività e sviluppo delle imprese – Promozione ed attuazione di politiche di sviluppo, competitività e innovazione delle imprese del territorio bresciano",
     indicators=[
       ind("Grado di restituzione delle risorse al territorio: interventi economici erogati rispetto al diritto annuale al netto dell'accantonamento al fondo svalutazione crediti", "STRATEGICO", ">= 60%", "68,42%",
           "Interventi economici € 7.214.530,00 / diritto annuale netto € 10.544.190,15", "OBIETTIVO CONSEGUITO", None, "higher"),
       ind("Grado di soddisfazione delle imprese beneficiarie degli interventi di promozione", "OUTCOME", ">= 80%", "86,3%",
           "Modalità di calcolo: (giudizi positivi / questionari raccolti) x 100 - Fonte dei dati: indagine di customer satisfaction", "OBIETTIVO CONSEGUITO",
           "Sono stati raccolti 412 questionari sui bandi e sui seminari organizzati nell'anno, con una valutazione media di 4,32 su un punteggio massimo di 5.", "higher")],
     strategic=[
       dict(code="1.1", title="Sostenere la doppia transizione digitale ed ecologica delle imprese bresciane",
         indicators=[
           ind("Realizzazione del progetto \"Punto Impresa Digitale\" finanziato con l'incremento del 20% del diritto annuale", "STRATEGICO", "Attuazione e rendicontazione", "Progetto realizzato e rendicontato a Unioncamere nei termini",
               "Attuazione secondo le linee guida MISE - Unioncamere per il triennio 2020-2022", "OBIETTIVO CONSEGUITO",
               "Nel 2022 il PID ha realizzato 38 eventi di informazione e sensibilizzazione con 1.146 partecipanti, 214 self-assessment della maturità digitale e 61 assessment guidati. Il Bando Voucher Digitali I4.0 2022 ha finanziato 183 imprese per complessivi € 1.322.400,00 a fronte di investimenti per € 3.018.755,62.", None)],
         operational=[
           dict(code="1.1.1", title="Diffondere la cultura digitale e accompagnare le imprese nei processi di innovazione",
             indicators=[
               ind("Numero di self-assessment e assessment guidati della maturità digitale realizzati", "OUTPUT", ">= 200", "275", "Fonte: piattaforma nazionale PID", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Tempo medio di liquidazione dei voucher digitali dalla presentazione della rendicontazione", "EFFICIENZA", "<= 60 gg", "47 gg", "Calcolato sulle 183 pratiche liquidate nel 2022", "OBIETTIVO CONSEGUITO", None, "lower"),
               ind("Numero di imprese coinvolte nei percorsi di orientamento sulla transizione ecologica", "OUTPUT", ">= 80", "64", "Progetto \"Transizione green\" avviato nel secondo semestre", "OBIETTIVO PARZIALMENTE CONSEGUITO",
                   "L'avvio del progetto è slittato a luglio 2022 per il ritardo nell'approvazione delle linee guida nazionali; i percorsi proseguono nel 2023 con un ulteriore ciclo di incontri nelle sedi di Breno e Salò.", "higher")]),
           dict(code="1.1.2", title="Sostenere la competitività delle imprese con contributi e servizi di orientamento al credito",
             indicators=[
               ind("Percentuale delle risorse stanziate sui bandi di contributo effettivamente concesse", "EFFICACIA", ">= 90%", "96,8%", "Risorse concesse € 4.118.250,00 su stanziamento di € 4.254.000,00", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Realizzazione del bando straordinario a sostegno delle imprese per il caro energia", "STRATEGICO", "Approvazione bando entro il 30/09/2022", "Bando approvato con delibera di Giunta n. 97 del 12/09/2022", None, "OBIETTIVO CONSEGUITO",
                   "Al bando hanno partecipato 1.284 imprese, di cui 1.190 ammesse, per contributi complessivi pari a € 1.785.000,00.", None)])]),
       dict(code="1.2", title="Valorizzare il territorio e le filiere produttive locali",
         indicators=[
           ind("Numero di iniziative di promozione turistica e delle produzioni tipiche realizzate o cofinanziate", "OUTPUT", ">= 12", "15", "Comprende le iniziative con la Provincia e le associazioni di categoria", "OBIETTIVO CONSEGUITO", None, "higher")],
         operational=[
           dict(code="1.2.1", title="Supportare le imprese nei mercati esteri",
             indicators=[
               ind("Numero di imprese assistite nei servizi di primo orientamento all'export", "OUTPUT", ">= 150", "171", "Servizio SEI e sportello internazionalizzazione", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Partecipazione a fiere internazionali con collettive camerali", "OUTPUT", "2 fiere", "Obiettivo sospeso", "Le collettive previste a Dubai e Chicago non sono state organizzate", "OBIETTIVO SOSPESO",
                   "L'obiettivo è stato sospeso con deliberazione di Giunta n. 61 del 20/06/2022 per il mancato avvio delle manifestazioni da parte degli organizzatori esteri.", None)])])]),
   dict(code="Area Strategica 2", acode="2", title="MISSIONE 012: Regolazione dei mercati – Trasparenza, tutela del consumatore e della fede pubblica, legalità del mercato",
     indicators=[
       ind("Tempo medio di lavorazione delle pratiche telematiche del Registro delle imprese", "EFFICIENZA", "<= 5 gg", "3,4 gg", "Fonte dei dati: Priamo - InfoCamere", "OBIETTIVO CONSEGUITO", None, "lower")],
     strategic=[
       dict(code="2.1", title="Garantire la qualità e la tempestività dei servizi anagrafici e di regolazione del mercato",
         indicators=[],
         operational=[
           dict(code="2.1.1", title="Migliorare la qualità del Registro delle imprese",
             indicators=[
               ind("Percentuale di pratiche del Registro delle imprese evase entro 5 giorni", "EFFICACIA", ">= 90%", "93,1%", None, "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Numero di cancellazioni d'ufficio di imprese non più operative (DPR 247/2004)", "OUTPUT", ">= 1.000", "1.372", "Procedimenti conclusi con determinazione del Conservatore", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Percentuale di comunicazioni al Registro dei titolari effettivi gestite entro 10 giorni", "EFFICACIA", ">= 95%", "n.d.", "Registro non operativo nel 2022: decreto attuativo in attesa della pubblicazione", "OBIETTIVO NON VALUTABILE",
                   "L'indicatore è stato neutralizzato in sede di monitoraggio intermedio e riproposto nel Piano 2023-2025.", "higher")]),
           dict(code="2.1.2", title="Rafforzare la vigilanza sul mercato e la giustizia alternativa",
             indicators=[
               ind("Numero di verifiche metrologiche su strumenti di misura", "OUTPUT", ">= 450", "388", "Ispezioni condotte dal personale ispettivo camerale", "OBIETTIVO NON CONSEGUITO",
                   "Il risultato risente dell'assenza prolungata di due ispettori metrici e del pensionamento del responsabile dell'ufficio, sostituito solo nel mese di novembre.", "higher"),
               ind("Tempo medio di conclusione delle procedure di mediazione", "EFFICIENZA", "<= 90 gg", "74 gg", "Fonte: gestionale ConciliaCamera", "OBIETTIVO CONSEGUITO", None, "lower")])])]),
   dict(code="Area Strategica 3", acode="3", title="MISSIONE 032: Servizi istituzionali e generali delle amministrazioni pubbliche – Efficienza, trasparenza e sostenibilità economica dell'Ente",
     indicators=[],
     strategic=[
       dict(code="3.1", title="Assicurare l'equilibrio economico e l'efficienza della gestione",
         indicators=[
           ind("Indice di equilibrio strutturale: oneri strutturali rispetto ai proventi strutturali", "STRATEGICO", "<= 90%", "84,7%", "Fonte dei dati: bilancio d'esercizio 2022", "OBIETTIVO CONSEGUITO", None, None),
           ind("Tasso di riscossione del diritto annuale entro la scadenza", "EFFICACIA", ">= 75%", "73,9%", "Dato al 31/12/2022 sulle imprese tenute al versamento", "OBIETTIVO PARZIALMENTE CONSEGUITO", None, "higher")],
         operational=[
           dict(code="3.1.1", title="Garantire la tempestività dei pagamenti e la trasparenza amministrativa",
             indicators=[
               ind("Indicatore annuale di tempestività dei pagamenti", "EFFICIENZA", "<= 0 gg", "-12,5 gg", "Calcolato ai sensi del DPCM 22/09/2014", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Grado di assolvimento degli obblighi di pubblicazione in Amministrazione trasparente", "EFFICACIA", "100%", "100%", "Attestazione OIV al 31/10/2022", "OBIETTIVO CONSEGUITO", None, "higher")])])])])

padova = dict(
  name=PD, layout="rl-borderless",
  document=dict(issuer="Camera di Commercio di Padova", title="Relazione sulla performance", year=2023, kind="relazione"),
  cover=["Camera di Commercio di Padova", "Relazione sulla performance", "Anno 2023",
         "Approvata con deliberazione della Giunta camerale n. 88 del 20 giugno 2024"],
  intro_heading="Presentazione",
  intro=["La Relazione sulla performance 2023 chiude il ciclo di gestione della performance avviato con il Piano integrato di attività e organizzazione 2023-2025. Il documento espone, per ciascuna area strategica, gli obiettivi strategici e operativi assegnati alla struttura e gli indicatori con il valore atteso e il valore raggiunto al 31 dicembre 2023.",
         "Gli esiti sono espressi con le diciture OBIETTIVO CONSEGUITO, OBIETTIVO PARZIALMENTE CONSEGUITO e OBIETTIVO NON CONSEGUITO, seguite dalla motivazione fornita dal dirigente responsabile. La misurazione è stata verificata dall'Organismo Indipendente di Valutazione sulla base della documentazione prodotta dagli uffici."],
  staff=dict(title="Il personale in servizio al 31/12/2023",
     header=["Area di inquadramento", "Dotazione", "In servizio", "Cessazioni 2023", "Assunzioni 2023"],
     rows=[["Dirigenti", "4", "3", "0", "0"], ["Funzionari e Elevata qualificazione", "52", "44", "3", "5"],
           ["Istruttori", "71", "63", "4", "2"], ["Operatori esperti", "18", "14", "1", "0"], ["Totale", "145", "124", "8", "7"]]),
  areas=[
   dict(code="Area strategica 01", acode="01", title="MISSIONE 011 – Competitività e sviluppo delle imprese",
     indicators=[
       ind("Capacità di generare proventi: proventi correnti diversi dal diritto annuale rispetto al totale dei proventi correnti", "STRATEGICO", ">= 28%", "31,06%", "Dati di bilancio 2023 (Proventi € 6.842.117,35)", "OBIETTIVO CONSEGUITO", None, None)],
     strategic=[
       dict(code="01.1", title="Accompagnare le imprese padovane nella transizione digitale, ecologica e nello sviluppo delle competenze",
         indicators=[
           ind("Percentuale di imprese partecipanti ai servizi PID che hanno avviato un progetto di digitalizzazione entro 6 mesi", "OUTCOME", ">= 30%", "34,5%", "Indagine di follow-up su 142 imprese", "OBIETTIVO CONSEGUITO",
               "Il follow-up è stato condotto telefonicamente nel mese di gennaio 2024 dal personale del Punto Impresa Digitale.", "higher")],
         operational=[
           dict(code="01.1.1", title="Erogare i servizi del Punto Impresa Digitale e i bandi voucher",
             indicators=[
               ind("Numero di eventi formativi e informativi sul digitale organizzati", "OUTPUT", ">= 25", "31", "Webinar e incontri in presenza", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Tempo medio di istruttoria delle domande di contributo del Bando Digitale 2023", "EFFICIENZA", "<= 45 gg", "52 gg", "Dalla chiusura del bando alla determinazione di concessione", "OBIETTIVO PARZIALMENTE CONSEGUITO",
                   "Il numero di domande pervenute (612, più del doppio rispetto al 2022) ha allungato i tempi di istruttoria nonostante il rafforzamento temporaneo dell'ufficio con due unità di personale provenienti dall'area anagrafica.", "lower"),
               ind("Imprese beneficiarie di voucher per la formazione sulle competenze digitali e green", "OUTPUT", ">= 120", "138", None, "OBIETTIVO CONSEGUITO", None, None)]),
           dict(code="01.1.2", title="Favorire l'orientamento al lavoro e alle professioni",
             indicators=[
               ind("Numero di studenti coinvolti nei percorsi per le competenze trasversali e l'orientamento (PCTO)", "OUTPUT", ">= 1.500", "1.742", "Fonte: registro attività Servizio orientamento", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Realizzazione dell'indagine Excelsior provinciale e diffusione dei risultati", "OUTPUT", "Pubblicazione entro il 31/10/2023", "Pubblicato il 18/10/2023", None, "OBIETTIVO CONSEGUITO", None, None)])]),
       dict(code="01.2", title="Promuovere il territorio e sostenere l'internazionalizzazione",
         indicators=[],
         operational=[
           dict(code="01.2.1", title="Assistere le imprese che operano o intendono operare sui mercati esteri",
             indicators=[
               ind("Numero di imprese assistite dallo sportello per l'internazionalizzazione", "OUTPUT", ">= 200", "226", None, "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Certificati di origine rilasciati in modalità telematica sul totale dei certificati rilasciati", "EFFICACIA", ">= 92%", "97,2%", "Fonte: Cert'O", "OBIETTIVO CONSEGUITO", None, None),
               ind("Grado di soddisfazione dei partecipanti alle missioni di incoming di operatori esteri", "OUTCOME", ">= 4 su 5", "4,4 su 5", "Questionario somministrato al termine degli incontri B2B", "OBIETTIVO CONSEGUITO",
                   "Le due missioni di incoming (settore meccanico e agroalimentare) hanno coinvolto 23 buyer esteri e 87 imprese padovane, con 341 incontri d'affari.", "higher")])])]),
   dict(code="Area strategica 02", acode="02", title="MISSIONE 012 – Regolazione dei mercati",
     indicators=[],
     strategic=[
       dict(code="02.1", title="Semplificare e rendere più efficienti i servizi amministrativi per le imprese",
         indicators=[
           ind("Tasso di evasione delle pratiche del Registro delle imprese entro 5 giorni", "EFFICACIA", ">= 85%", "88,7%", "Fonte: cruscotto Priamo. Il dato comprende le pratiche di deposito dei bilanci ed esclude le pratiche sospese per integrazione documentale richiesta dall'ufficio e quelle trasmesse tramite ComUnica con adempimenti contestuali presso altri enti (INPS, INAIL, Agenzia delle Entrate)", "OBIETTIVO CONSEGUITO", None, "higher")],
         operational=[
           dict(code="02.1.1", title="Ridurre i tempi di lavorazione e migliorare la qualità dei dati del Registro",
             indicators=[
               ind("Tempo medio di evasione delle pratiche SUAP trasmesse al Registro", "EFFICIENZA", "<= 3 gg", "2,8 gg", None, "OBIETTIVO CONSEGUITO", None, "lower"),
               ind("Percentuale di pratiche sospese sul totale delle pratiche protocollate", "EFFICACIA", "<= 20%", "24,3%", "Valore 2022: 26,1%", "OBIETTIVO NON CONSEGUITO",
                   "Il tasso di sospensione resta elevato per gli errori nelle pratiche di deposito dei bilanci; nel 2024 è prevista una campagna informativa rivolta agli intermediari.", None),
               ind("Numero di posizioni PEC irregolari cancellate o aggiornate d'ufficio", "OUTPUT", ">= 2.000", "2.415", None, "OBIETTIVO CONSEGUITO", None, "higher")]),
           dict(code="02.1.2", title="Tutelare il consumatore e la fede pubblica",
             indicators=[
               ind("Numero di controlli di sicurezza prodotti e di metrologia legale", "OUTPUT", ">= 300", "317", "Piano di vigilanza concordato con il MIMIT", "OBIETTIVO CONSEGUITO", None, "higher"),
               ind("Tempo medio di emissione delle ordinanze sanzionatorie", "EFFICIENZA", "<= 180 gg", "165 gg", None, "OBIETTIVO CONSEGUITO", None, "lower")])])]),
   dict(code="Area strategica 03", acode="03", title="MISSIONE 032 – Servizi istituzionali e generali delle amministrazioni pubbliche",
     indicators=[],
     strategic=[
       dict(code="03.1", title="Garantire la salute economica e organizzativa dell'Ente",
         indicators=[
           ind("Margine di struttura finanziaria a breve termine (attivo circolante / passività correnti)", "STRATEGICO", ">= 1,5", "2,61", "Dati di bilancio 2023", "OBIETTIVO CONSEGUITO", None, None)],
         operational=[
           dict(code="03.1.1", title="Valorizzare le risorse umane e il benessere organizzativo",
             indicators=[
               ind("Ore medie di formazione per dipendente", "OUTPUT", ">= 24 ore", "27,5 ore", "Comprese le iniziative Syllabus", "OBIETTIVO CONSEGUITO", None, None),
               ind("Costi del personale rispetto agli oneri correnti", "EFFICIENZA", "<= 35%", "33,2%", None, "OBIETTIVO CONSEGUITO", None, "lower")])])])])

def pind(d, t, alg, peso, base, t24, t25, t26):
    return dict(indicator=d, type=t, formula=alg, weight=peso, baseline=base, targets=[t24, t25, t26])

sassari = dict(
  name=SS, layout="word-plan-landscape",
  document=dict(issuer="Camera di Commercio Industria Artigianato e Agricoltura di Sassari", title="Piano della performance", year=2024, kind="piano"),
  cover=["Camera di Commercio Industria Artigianato e Agricoltura di Sassari", "PIANO DELLA PERFORMANCE 2024-2026",
         "Sezione 2.2 del Piano integrato di attività e organizzazione",
         "Approvato con deliberazione della Giunta camerale n. 9 del 29 gennaio 2024"],
  intro_heading="1. L'albero della performance",
  intro=["Il Piano declina il mandato istituzionale e le priorità del Programma pluriennale 2021-2025 in aree strategiche, coincidenti con le missioni del bilancio camerale, obiettivi strategici di durata triennale e obiettivi operativi annuali assegnati alla dirigenza.",
         "Per ciascun obiettivo sono indicati gli indicatori di misurazione con l'algoritmo di calcolo, il peso attribuito, il valore di partenza (baseline 2023) e i target attesi per ciascuna annualità del triennio 2024-2026. Il peso degli indicatori concorre alla valutazione della performance organizzativa di Ente."],
  budget=dict(title="Tabella 1 – Risorse economiche previste per area strategica (preventivo 2024)",
     header=["Area strategica", "Interventi economici", "Costi di funzionamento", "Personale"],
     rows=[["A – Competitività e sviluppo delle imprese", "€ 1.850.000,00", "€ 412.300,00", "€ 905.400,00"],
           ["B – Regolazione dei mercati", "€ 30.000,00", "€ 388.950,00", "€ 1.210.700,00"],
           ["C – Servizi istituzionali e generali", "€ 0,00", "€ 1.322.800,00", "€ 1.048.600,00"],
           ["Totale", "€ 1.880.000,00", "€ 2.124.050,00", "€ 3.164.700,00"]]),
  header=["Descrizione", "Tipo", "Algoritmo di calcolo", "Peso", "Baseline 2023", "Target 2024", "Target 2025", "Target 2026"],
  areas=[
   dict(code="Area strategica A", acode="A", title="MISSIONE 011: Competitività e sviluppo delle imprese",
     indicators=[
       pind("Grado di restituzione del diritto annuale al territorio in interventi economici", "STRATEGICO", "Interventi economici / diritto annuale netto x 100", "10%", "58,3%", ">= 55%", ">= 55%", ">= 55%")],
     strategic=[
       dict(code="A.1", title="Sostenere la digitalizzazione e la transizione ecologica delle imprese del Nord Sardegna",
         indicators=[
           pind("Numero di imprese coinvolte nei servizi del Punto Impresa Digitale", "OUTCOME", "Somma imprese assistite (assessment, mentoring, eventi)", "5%", "312", ">= 300", ">= 320", ">= 340")],
         operational=[
           dict(code="A.1.1", title="Erogare voucher e servizi di orientamento per l'innovazione",
             indicators=[
               pind("Tempo medio di liquidazione dei voucher dalla rendicontazione", "EFFICIENZA", "Media giorni tra rendicontazione e mandato di pagamento", "5%", "71 gg", "<= 60 gg", "<= 55 gg", "<= 50 gg"),
               pind("Percentuale delle risorse del bando voucher concesse", "EFFICACIA", "Contributi concessi / stanziamento x 100", "5%", "88,5%", ">= 90%", ">= 90%", ">= 92%"),
               pind("Realizzazione del progetto \"Doppia transizione\" (incremento del 20% del diritto annuale)", "OUTPUT", "Stato di attuazione delle azioni previste dal progetto", "5%", "n.d.", "Avvio e realizzazione azioni 2024", "Completamento e rendicontazione", "")]),
           dict(code="A.1.2", title="Promuovere l'imprenditorialità e l'orientamento al lavoro",
             indicators=[
               pind("Numero di aspiranti imprenditori assistiti dal servizio Nuove imprese", "OUTPUT", "Conteggio utenti registrati al servizio", "3%", "96", ">= 100", ">= 110", ">= 110"),
               pind("Numero di studenti coinvolti in percorsi PCTO e di orientamento", "OUTPUT", "Conteggio studenti partecipanti", "3%", "640", ">= 650", ">= 700", ">= 750")])]),
       dict(code="A.2", title="Valorizzare le filiere agroalimentari e turistiche e sostenere l'export",
         indicators=[],
         operational=[
           dict(code="A.2.1", title="Accompagnare le imprese sui mercati internazionali",
             indicators=[
               pind("Numero di imprese assistite per l'export (sportello e percorsi SEI)", "OUTPUT", "Conteggio imprese assistite", "4%", "84", ">= 90", ">= 100", ">= 110"),
               pind("Organizzazione di collettive camerali a manifestazioni fieristiche", "OUTPUT", "Numero collettive organizzate", "3%", "2", "2", "3", "3")])])]),
   dict(code="Area strategica B", acode="B", title="MISSIONE 012: Regolazione dei mercati",
     indicators=[],
     strategic=[
       dict(code="B.1", title="Garantire tempestività e qualità dei servizi anagrafici e certificativi",
         indicators=[
           pind("Tasso di evasione delle pratiche del Registro delle imprese entro 5 giorni", "EFFICACIA", "Pratiche evase entro 5 gg / pratiche evase x 100", "8%", "81,4%", ">= 85%", ">= 87%", ">= 90%")],
         operational=[
           dict(code="B.1.1", title="Migliorare l'efficienza del Registro delle imprese",
             indicators=[
               pind("Tempo medio di lavorazione delle pratiche telematiche", "EFFICIENZA", "Media giorni lavorativi dalla protocollazione all'evasione", "5%", "4,7 gg", "<= 4 gg", "<= 4 gg", "<= 3,5 gg"),
               pind("Percentuale di pratiche sospese sul totale", "EFFICACIA", "Pratiche sospese / pratiche protocollate x 100", "3%", "27,9%", "<= 25%", "<= 23%", "<= 20%"),
               pind("Numero di imprese cancellate d'ufficio ai sensi del DPR 247/2004", "OUTPUT", "Conteggio provvedimenti di cancellazione", "3%", "410", ">= 400", ">= 400", "")]),
           dict(code="B.1.2", title="Rafforzare la tutela del mercato",
             indicators=[
               pind("Numero di verifiche metrologiche e ispezioni sui prodotti", "OUTPUT", "Conteggio verifiche e ispezioni", "4%", "175", ">= 180", ">= 190", ">= 200"),
               pind("Tempo medio di conclusione delle mediazioni", "EFFICIENZA", "Media giorni dal deposito alla chiusura", "3%", "68 gg", "<= 90 gg", "<= 90 gg", "<= 80 gg")])])]),
   dict(code="Area strategica C", acode="C", title="MISSIONE 032: Servizi istituzionali e generali delle amministrazioni pubbliche",
     indicators=[
       pind("Indice di equilibrio strutturale (oneri strutturali / proventi strutturali)", "STRATEGICO", "Oneri strutturali / proventi strutturali x 100", "8%", "91,2%", "<= 92%", "<= 91%", "<= 90%")],
     strategic=[
       dict(code="C.1", title="Assicurare efficienza, trasparenza e sostenibilità della gestione",
         indicators=[],
         operational=[
           dict(code="C.1.1", title="Ottimizzare la riscossione e i pagamenti",
             indicators=[
               pind("Tasso di riscossione spontanea del diritto annuale", "EFFICACIA", "Diritto riscosso entro la scadenza / diritto dovuto x 100", "5%", "68,2%", ">= 69%", ">= 70%", ">= 70%"),
               pind("Indicatore annuale di tempestività dei pagamenti", "EFFICIENZA", "Ai sensi del DPCM 22/09/2014", "4%", "-8,6 gg", "<= 0 gg", "<= 0 gg", "<= 0 gg")]),
           dict(code="C.1.2", title="Sviluppare le competenze del personale e la trasparenza",
             indicators=[
               pind("Ore medie di formazione per dipendente", "OUTPUT", "Ore di formazione erogate / dipendenti in servizio", "3%", "21 ore", ">= 24 ore", ">= 24 ore", ">= 24 ore"),
               pind("Grado di assolvimento degli obblighi di pubblicazione", "EFFICACIA", "Esito attestazione OIV", "2%", "100%", "100%", "100%", "100%")])])])])

for c in (brescia, padova, sassari):
    json.dump(c, open(c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")

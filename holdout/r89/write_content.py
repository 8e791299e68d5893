"""Authoring helper: writes the three NAME.content.json files (content as data)."""
import json
def R(desc, tipo, target, actual, note, st, comment=None, after=None, better=None):
    return {"descrizione": desc, "tipo": tipo, "valore_atteso": target, "valore_raggiunto": actual,
            "note": note, "status_text": st, "status_comment": comment, "after_text": after or [], "better": better}
def H(level, label, code, title): return {"heading": level, "label": label, "code": code, "title": title}
C = "OBIETTIVO CONSEGUITO"; P = "OBIETTIVO PARZIALMENTE CONSEGUITO"; N = "OBIETTIVO NON CONSEGUITO"
HDR = ["Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note"]

pavia = {
 "name": "cciaa-pavia-2021-relazione", "renderer": "docx",
 "document": {"issuer": "Camera di Commercio di Pavia", "title": "Relazione sulla performance", "year": 2021, "kind": "relazione"},
 "cover": ["Camera di Commercio", "Pavia", "RELAZIONE SULLA PERFORMANCE", "Anno 2021",
           "Rendicontazione degli obiettivi strategici e operativi al 31 dicembre 2021",
           "Approvata con deliberazione di Giunta n. 58 del 23 giugno 2022 – Validata dall'OIV in data 29 giugno 2022"],
 "intro_title": "1. Presentazione",
 "intro": [
  "La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b) del D. Lgs. 150/2009, evidenzia a consuntivo i risultati organizzativi raggiunti nel corso dell'anno 2021 rispetto agli obiettivi programmati nel Piano della performance 2021-2023, approvato dalla Giunta camerale con deliberazione n. 9 del 28 gennaio 2021.",
  "L'anno 2021 è stato ancora fortemente condizionato dall'emergenza sanitaria: l'Ente ha mantenuto il lavoro agile per circa il 60% del personale e ha riorganizzato l'accesso agli sportelli su appuntamento, garantendo la continuità dei servizi anagrafici e certificativi. Nonostante ciò, gran parte degli obiettivi programmati è stata conseguita.",
  "Di seguito si riportano, per ciascuna area strategica, gli obiettivi e gli indicatori con il valore atteso, il valore raggiunto e l'esito, accompagnati dalle note degli uffici responsabili."],
 "extra_title": "2. Le risorse economiche",
 "extra_intro": "La tabella riepiloga i principali aggregati del conto economico dell'esercizio 2021 (dati di preconsuntivo).",
 "extra_table": {"header": ["Voce", "Preventivo aggiornato 2021", "Consuntivo 2021", "Scostamento"],
   "rows": [["Diritto annuale", "€ 5.412.000,00", "€ 5.488.317,42", "€ 76.317,42"],
            ["Diritti di segreteria", "€ 1.690.000,00", "€ 1.754.902,10", "€ 64.902,10"],
            ["Personale", "€ 2.860.500,00", "€ 2.711.884,35", "-€ 148.615,65"],
            ["Funzionamento", "€ 1.520.000,00", "€ 1.402.276,80", "-€ 117.723,20"],
            ["Interventi economici", "€ 1.250.000,00", "€ 1.198.640,00", "-€ 51.360,00"],
            ["Ammortamenti e accantonamenti", "€ 1.730.000,00", "€ 1.664.025,19", "-€ 65.974,81"]]},
 "section_title": "3. Aree strategiche, obiettivi e indicatori",
 "headers": HDR,
 "blocks": [
  H("area", "Area Strategica 2021_01", "2021_01", "MISSIONE 011: Competitività e sviluppo delle imprese – Sostegno alla ripresa, all'innovazione e alla digitalizzazione del sistema produttivo pavese"),
  {"rows": [
   R("Grado di restituzione delle risorse al territorio: interventi economici erogati rispetto al diritto annuale al netto dell'accantonamento al fondo svalutazione crediti", "OUTCOME", ">= 30%", "33,87%",
     "Modalità di calcolo: interventi economici / diritto annuale netto - Fonte dei dati: contabilità", C,
     "Interventi economici € 1.198.640,00 a fronte di un diritto annuale netto di € 3.538.912,04"),
   R("Percezione del livello di qualità dei servizi di promozione resi alle imprese", "OUTCOME", ">=80%", "87%",
     "Modalità di calcolo: (valutazioni positive/valutazioni totali)*100 - Fonte dei dati: questionari di customer satisfaction", C,
     "Sono stati raccolti 212 questionari relativi a webinar e sportelli; 184 valutazioni positive.")]},
  H("strategic", "Ob. Strategico 2021_01_01", "2021_01_01", "Accompagnare la transizione digitale ed ecologica delle imprese della provincia"),
  {"rows": [
   R("Realizzazione del progetto \"Punto Impresa Digitale\" ai sensi dell'art. 18, comma 10, della legge 580/1993 (maggiorazione diritto annuale)", "STRATEGICO", "Attuazione e rendicontazione", "Progetto attuato e rendicontato a Unioncamere",
     "Rendicontazione annuale entro i termini fissati da Unioncamere nazionale", C,
     "Nel 2021 il PID ha realizzato 31 eventi di sensibilizzazione, 118 self-assessment della maturità digitale (SELFI4.0) e 22 assessment guidati (ZOOM4.0). Il bando Voucher Digitali I4.0 ha finanziato 64 imprese per complessivi € 412.300,00.",
     ["Il progetto prosegue nel triennio 2020-2022 secondo il programma approvato dal Ministero dello Sviluppo Economico."])]},
  H("operational", "Ob. Operativo 2021_01_01_01", "2021_01_01_01", "Diffusione della cultura digitale: assessment, formazione e orientamento"),
  {"rows": [
   R("Numero di imprese assistite dal PID con servizi di assessment della maturità digitale", "OPERATIVO", "100", "140",
     "Fonte dei dati: piattaforma PID - report annuale", C, None, None, "higher"),
   R("Tempo medio di liquidazione dei voucher digitali dalla presentazione della rendicontazione", "EFFICIENZA", "<= 60 gg", "47 gg",
     "Modalità di calcolo: media dei giorni tra protocollo della rendicontazione e mandato di pagamento", C)]},
  H("operational", "Ob. Operativo 2021_01_01_02", "2021_01_01_02", "Sostegno alla ripartenza delle imprese colpite dall'emergenza Covid-19"),
  {"rows": [
   R("Contributi concessi con il bando \"Ripartenza Pavia 2021\" in collaborazione con Regione Lombardia (Accordo per la competitività)", "EFFICACIA", "€ 600.000,00", "€ 587.450,00",
     "Risorse camerali e regionali; domande ammesse 173 su 196 presentate", P,
     "Le economie derivano da rinunce e da rendicontazioni inferiori al contributo concesso: le somme residue sono state riallocate sul bando 2022."),
   R("Percentuale di domande di contributo istruite entro 90 giorni dalla chiusura del bando", "EFFICIENZA", ">= 95%", "100%",
     "Fonte dei dati: gestionale Restart / Webtelemaco", C, None, None)]},
  H("strategic", "Ob. Strategico 2021_01_02", "2021_01_02", "Valorizzare le filiere del territorio e promuovere il turismo e l'attrattività della provincia"),
  {"rows": [
   R("Realizzazione della fase 2021 del progetto \"Turismo e cultura\" ai sensi dell'art. 18, comma 10, della legge 580/1993", "STRATEGICO", "Realizzazione degli obiettivi progettuali", "Il progetto è stato realizzato secondo il cronoprogramma",
     "Attuazione del progetto in collaborazione con i Comuni capofila dei distretti del commercio e con la Provincia", C,
     "Sono stati sostenuti 9 eventi di promozione dei prodotti tipici (riso, vini dell'Oltrepò Pavese, salame di Varzi) e realizzata la campagna \"Scopri Pavia\" sui canali social con 1,2 milioni di visualizzazioni."),
   R("Numero di imprese partecipanti a fiere ed eventi promozionali sostenuti dalla Camera", "OPERATIVO", ">= 40", "36",
     "Partecipazione limitata dalla sospensione delle manifestazioni fieristiche nel primo semestre", N,
     "Il valore atteso non è stato raggiunto per l'annullamento di Vinitaly e di altre due manifestazioni in presenza.")]},
  H("area", "Area Strategica 2021_02", "2021_02", "MISSIONE 012: Regolazione dei mercati – Semplificazione amministrativa, trasparenza e tutela del mercato"),
  H("strategic", "Ob. Strategico 2021_02_01", "2021_02_01", "Assicurare tempi certi e rapidi nella tenuta del Registro delle Imprese"),
  {"rows": [
   R("Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "STRATEGICO", "<= 5 gg", "3,12 gg", "Fonte dei dati: Priamo / cruscotto qualità InfoCamere", C),
   R("Tasso di evasione delle pratiche del Registro Imprese entro 5 giorni lavorativi", "STRATEGICO", ">= 85%", "91,40%",
     "Modalità di calcolo: pratiche evase entro 5 giorni / pratiche evase totali * 100", C,
     "Al 31/12/2021 sono state evase entro 5 giorni 27.804 pratiche su 30.420 complessive."),
   R("Numero di posizioni cancellate d'ufficio dal Registro Imprese (D.P.R. 247/2004 e art. 2490 c.c.)", "OPERATIVO", ">= 300", "412",
     "Procedimenti avviati nel 2021 con determinazione del Conservatore", C)]},
  H("operational", "Ob. Operativo 2021_02_01_01", "2021_02_01_01", "Tutela del consumatore e della fede pubblica: metrologia legale e protesti"),
  {"rows": [
   R("Numero di verifiche metriche e ispezioni su strumenti di misura effettuate", "OPERATIVO", ">= 250", "198",
     "Attività ispettiva ridotta per l'assenza di un ispettore metrico nel secondo semestre", P,
     "Il dato è stato parzialmente recuperato con i controlli a campione sui distributori di carburante (54 impianti)."),
   R("Tempi di evasione delle istanze di cancellazione dal registro informatico dei protesti", "OPERATIVO", "<= 20 giorni", "6 giorni",
     "Modalità di calcolo: tempo medio tra protocollo e provvedimento - Fonte dei dati: interna", C)]},
  H("area", "Area Strategica 2021_03", "2021_03", "MISSIONE 032: Servizi istituzionali e generali delle amministrazioni pubbliche"),
  H("strategic", "Ob. Strategico 2021_03_01", "2021_03_01", "Garantire la sostenibilità economico-finanziaria dell'Ente e l'efficienza della gestione"),
  {"rows": [
   R("Indice di equilibrio strutturale: capacità dell'Ente di coprire gli oneri strutturali con i proventi strutturali", "STRATEGICO", ">= 100%", "104,60%",
     "Fonte dei dati: proventi strutturali / oneri strutturali - bilancio d'esercizio 2021", C),
   R("Tempestività dei pagamenti ai fornitori (indicatore annuale ex D.P.C.M. 22/09/2014)", "STRATEGICO", "<= 0", "-12,40 (pagamenti in anticipo rispetto alla scadenza)",
     "Il valore negativo indica il numero medio di giorni di anticipo rispetto al termine di pagamento", C),
   R("Capacità di riscossione del diritto annuale", "EFFICACIA", ">= 72%", "70,15%",
     "Modalità di calcolo: diritto annuale riscosso entro la scadenza / diritto annuale dovuto", P,
     "Lo scostamento è riconducibile alle proroghe dei versamenti concesse alle imprese in difficoltà.")]},
  H("operational", "Ob. Operativo 2021_03_01_01", "2021_03_01_01", "Trasparenza, prevenzione della corruzione e compliance normativa"),
  {"rows": [
   R("Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione Trasparente", "OPERATIVO", "100%", "100%",
     "Fonte dei dati: griglia di rilevazione OIV al 31/05/2021", C),
   R("Aggiornamento della mappatura dei processi e del registro dei rischi corruttivi", "OPERATIVO", "Entro il 31/12/2021", "Obiettivo sospeso",
     "Rinviato in attesa delle indicazioni sul PIAO (D.L. 80/2021)", "Obiettivo sospeso",
     "L'attività confluirà nella sezione Rischi corruttivi e trasparenza del PIAO 2022-2024.")]},
  H("operational", "Ob. Operativo 2021_03_01_02", "2021_03_01_02", "Organizzazione del lavoro agile e sviluppo delle competenze del personale"),
  {"rows": [
   R("Ore medie di formazione per dipendente", "OPERATIVO", ">= 12 ore", "18,5 ore",
     "Fonte dei dati: registro della formazione - 61 dipendenti in servizio", C,
     "Corsi erogati in modalità e-learning tramite la piattaforma Unioncamere e il programma Syllabus.")]},
 ]}

sondrio = {
 "name": "cciaa-sondrio-2022-relazione", "renderer": "xlsx",
 "document": {"issuer": "Camera di Commercio di Sondrio", "title": "Relazione sulla performance", "year": 2022, "kind": "relazione"},
 "cover": ["CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DI SONDRIO", "Relazione sulla performance 2022",
           "Rendicontazione obiettivi e indicatori al 31/12/2022 – Allegato alla deliberazione di Giunta n. 61 del 20/06/2023"],
 "intro": [
  "Il presente documento rendiconta i risultati degli obiettivi strategici e operativi assegnati per l'anno 2022 nel Piano integrato di attività e organizzazione 2022-2024, sezione Performance.",
  "Per ogni indicatore sono indicati il valore atteso, il valore raggiunto e l'esito; le note riportano la modalità di calcolo e la fonte dei dati. I dati sono stati verificati dall'Organismo Indipendente di Valutazione nella seduta del 14 giugno 2023."],
 "extra_title": "Personale in servizio al 31/12/2022",
 "extra_table": {"header": ["Categoria", "Dotazione", "In servizio", "di cui part-time"],
   "rows": [["Segretario Generale", "1", "1", "0"], ["Categoria D", "12", "10", "2"], ["Categoria C", "24", "21", "5"], ["Categoria B", "6", "4", "1"], ["Totale", "43", "36", "8"]]},
 "headers": HDR,
 "blocks": [
  H("area", "Area Strategica 2022_01", "2022_01", "MISSIONE 011: Competitività e sviluppo delle imprese – Sostegno allo sviluppo dell'economia della montagna valtellinese"),
  {"rows": [
   R("Grado di utilizzo delle risorse stanziate per gli interventi economici", "OUTCOME", ">= 85%", "92,30%",
     "Modalità di calcolo: interventi economici impegnati / interventi economici stanziati in preventivo aggiornato", C,
     "Interventi impegnati € 1.846.000,00 su € 2.000.000,00 stanziati.")]},
  H("strategic", "Ob. Strategico 2022_01_01", "2022_01_01", "Favorire la competitività delle imprese del territorio montano attraverso innovazione e accesso al credito"),
  {"rows": [
   R("Realizzazione del progetto \"Doppia transizione: digitale ed ecologica\" ai sensi dell'art. 18, comma 10, della legge 580/1993", "STRATEGICO", "Attuazione e rendicontazione", "Attuato e rendicontato",
     "Progetto triennale 2020-2022 finanziato con l'incremento del 20% del diritto annuale", C,
     "Il PID ha erogato 46 assessment digitali e organizzato 12 seminari con 394 partecipanti complessivi."),
   R("Numero di imprese beneficiarie dei contributi per l'abbattimento dei tassi di interesse (bando Credito Valtellina 2022)", "EFFICACIA", "150", "163",
     "Bando in collaborazione con i Confidi provinciali", C, None, None, "higher")]},
  H("operational", "Ob. Operativo 2022_01_01_01", "2022_01_01_01", "Promozione del turismo e dei prodotti tipici valtellinesi (Bresaola IGP, Bitto DOP, vini di Valtellina)"),
  {"rows": [
   R("Numero di eventi promozionali realizzati o cofinanziati sul territorio", "OPERATIVO", "8", "11",
     "Fonte dei dati: interna - Ufficio Promozione", C, None, None, "higher"),
   R("Contributo erogato per il Fondo per la promozione turistica del distretto \"Valtellina – Valchiavenna\"", "OPERATIVO", "€ 250.000,00", "€ 250.000,00",
     "Accordo di programma con Provincia di Sondrio e Regione Lombardia", C),
   R("Livello di soddisfazione delle imprese partecipanti alle iniziative di promozione", "OUTCOME", ">= 75%", "n.d.",
     "Rilevazione non effettuata nel 2022", N,
     "Il questionario di gradimento non è stato somministrato per il cambio della piattaforma di rilevazione.")]},
  H("operational", "Ob. Operativo 2022_01_01_02", "2022_01_01_02", "Orientamento al lavoro e alle professioni, alternanza scuola-lavoro (PCTO)"),
  {"rows": [
   R("Numero di istituti scolastici coinvolti nei percorsi per le competenze trasversali e l'orientamento", "OPERATIVO", ">= 10", "14",
     "Fonte dei dati: registro nazionale alternanza / interna", C),
   R("Numero di studenti partecipanti al \"Premio Storie di alternanza\" e ai laboratori di orientamento", "OPERATIVO", ">= 300", "271",
     "Minori adesioni delle classi quinte rispetto al 2021", P,
     "Il risultato pari al 90% del valore atteso è considerato parzialmente conseguito secondo il Sistema di misurazione.")]},
  H("area", "Area Strategica 2022_02", "2022_02", "MISSIONE 012: Regolazione dei mercati – Trasparenza, semplificazione e tutela del mercato"),
  H("strategic", "Ob. Strategico 2022_02_01", "2022_02_01", "Garantire efficienza e tempestività dei servizi anagrafico-certificativi"),
  {"rows": [
   R("Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "STRATEGICO", "<= 4 gg", "1,85 gg", "Fonte dei dati: cruscotto Priamo", C),
   R("Percentuale di pratiche del Registro Imprese sospese sul totale delle pratiche lavorate", "EFFICIENZA", "<= 20%", "23,40%",
     "Modalità di calcolo: pratiche sospese / pratiche lavorate * 100", N,
     "Il dato risente dell'elevato numero di pratiche di titolare effettivo e di adeguamento PEC trasmesse incomplete."),
   R("Rilascio di dispositivi di firma digitale e SPID entro 2 giorni dalla richiesta", "OPERATIVO", ">= 90%", "97%",
     "Fonte dei dati: gestionale Sportello Unico InfoCamere", C)]},
  H("operational", "Ob. Operativo 2022_02_01_01", "2022_02_01_01", "Tutela del mercato, metrologia legale e sanzioni"),
  {"rows": [
   R("Tempo medio di emissione delle ordinanze-ingiunzione dalla ricezione degli scritti difensivi", "EFFICIENZA", "<= 180 giorni", "142 giorni",
     "Modalità di calcolo: media dei giorni - Fonte dei dati: interna", C),
   R("Numero di verifiche periodiche su strumenti metrici (bilance, distributori di carburante)", "OPERATIVO", "120", "120",
     "Verifiche a campione programmate nel piano annuale di vigilanza", C)]},
  H("area", "Area Strategica 2022_03", "2022_03", "MISSIONE 032: Servizi istituzionali e generali delle amministrazioni pubbliche"),
  H("strategic", "Ob. Strategico 2022_03_01", "2022_03_01", "Assicurare l'equilibrio economico-finanziario e la trasparenza dell'azione amministrativa"),
  {"rows": [
   R("Indice di equilibrio strutturale", "STRATEGICO", ">= 5%", "8,21%",
     "Fonte dei dati: (proventi strutturali - oneri strutturali) / proventi strutturali - bilancio 2022", C),
   R("Indicatore annuale di tempestività dei pagamenti", "STRATEGICO", "<= 0 gg", "-9,62 gg",
     "Fonte dei dati: piattaforma PCC", C),
   R("Incidenza dei costi di funzionamento sui proventi correnti", "EFFICIENZA", "<= 25%", "21,70%",
     "Fonte dei dati: conto economico 2022", C)]},
  H("operational", "Ob. Operativo 2022_03_01_01", "2022_03_01_01", "Adempimenti di trasparenza, anticorruzione e adozione del PIAO"),
  {"rows": [
   R("Adozione del Piano integrato di attività e organizzazione nei termini di legge", "OPERATIVO", "Entro il 30/06/2022", "Adottato con delibera n. 52 del 27/06/2022",
     "Termine prorogato al 30/06/2022 dal D.L. 36/2022", C),
   R("Percentuale di dipendenti che hanno completato la formazione obbligatoria in materia di anticorruzione", "OPERATIVO", "100%", "97,2%",
     "35 dipendenti su 36 (1 in aspettativa)", C,
     "Il dipendente in aspettativa completerà il corso al rientro in servizio.", None, "higher")]},
 ]}

pisa = {
 "name": "cciaa-pisa-2019-relazione", "renderer": "rl",
 "document": {"issuer": "Camera di Commercio di Pisa", "title": "Relazione sulla performance", "year": 2019, "kind": "relazione"},
 "cover": ["Camera di Commercio di Pisa", "Relazione sulla performance 2019",
           "Risultati degli obiettivi strategici e operativi", "Report generato dal sistema di controllo di gestione – elaborazione del 15/05/2020"],
 "intro": [
  "La Relazione sulla performance 2019 conclude il ciclo di gestione della performance avviato con l'approvazione del Piano della performance 2019-2021 (deliberazione di Giunta n. 12 del 30 gennaio 2019) e ne rendiconta i risultati ai cittadini, alle imprese e agli stakeholder del territorio.",
  "Il quadro che segue riporta, per area strategica, gli obiettivi strategici e operativi e gli indicatori misurati dal sistema di controllo di gestione, con l'esito attribuito dall'OIV e le relative motivazioni."],
 "extra_title": "Sintesi dei risultati per area strategica",
 "extra_table": {"header": ["Area strategica", "N. indicatori", "Conseguiti", "Parz. conseguiti", "Non conseguiti"],
   "rows": [["2019_01 Competitività delle imprese", "9", "6", "2", "1"], ["2019_02 Regolazione dei mercati", "6", "5", "1", "0"],
            ["2019_03 Servizi istituzionali", "5", "4", "0", "1"], ["Totale", "20", "15", "3", "2"]]},
 "headers": HDR,
 "blocks": [
  H("area", "Area Strategica 2019_01", "2019_01", "MISSIONE 011: Competitività e sviluppo delle imprese – Sostegno all'innovazione, all'internazionalizzazione e al turismo"),
  {"rows": [
   R("Grado di restituzione delle risorse al territorio in interventi di promozione. Misura il valore del diritto annuale (al netto dell'accantonamento) restituito al tessuto economico", "OUTCOME", ">= 25%", "27,94%",
     "Modalità di calcolo: interventi economici / diritto annuale netto - interventi € 1.395.880,00; diritto annuale netto € 4.996.011,53 - Fonte dei dati: bilancio d'esercizio 2019", C)]},
  H("strategic", "Ob. Strategico 2019_01_01", "2019_01_01", "Sostenere la trasformazione digitale e l'innovazione delle imprese (Impresa 4.0)"),
  {"rows": [
   R("Realizzazione del progetto \"Punto Impresa Digitale\" ai sensi dell'art. 18, comma 10, della legge 580/1993", "STRATEGICO", "Attuazione e rendicontazione", "Progetto attuato; rendicontazione trasmessa a Unioncamere il 28/02/2020",
     "Progetto triennale 2017-2019 con incremento del 20% del diritto annuale", C,
     "Nel 2019 sono stati realizzati 28 eventi formativi e informativi con 1.036 partecipanti, 152 self-assessment e 41 assessment guidati; il bando voucher ha finanziato 58 imprese per € 356.900,00."),
   R("Numero di imprese che hanno effettuato il self-assessment della maturità digitale", "OPERATIVO", ">= 120", "152",
     "Fonte dei dati: piattaforma PID Unioncamere", C)]},
  H("operational", "Ob. Operativo 2019_01_01_01", "2019_01_01_01", "Bandi per la digitalizzazione e la qualificazione delle imprese"),
  {"rows": [
   R("Tempo medio di erogazione dei voucher dalla ricezione della rendicontazione completa", "EFFICIENZA", "<= 90 giorni", "64 giorni",
     "Modalità di calcolo: media giorni tra rendicontazione completa e mandato - Fonte dei dati: contabilità", C),
   R("Percentuale di risorse del bando voucher digitali I4.0 effettivamente liquidate", "EFFICACIA", ">= 80%", "71,4%",
     "Risorse liquidate € 254.826,00 su € 356.900,00 concessi", P,
     "Parte delle imprese ha ottenuto la proroga dei termini di rendicontazione al 2020: la liquidazione del residuo è prevista nel primo semestre.")]},
  H("operational", "Ob. Operativo 2019_01_01_02", "2019_01_01_02", "Internazionalizzazione: preparazione delle PMI ai mercati esteri (progetto SEI)"),
  {"rows": [
   R("Numero di imprese assistite nel percorso di preparazione all'export", "OPERATIVO", "30", "34",
     "Fonte dei dati: CRM Unioncamere - progetto SEI", C, None, None, "higher"),
   R("Livello di soddisfazione degli utenti dei servizi di supporto all'internazionalizzazione", "OUTCOME", ">= 80%", "91%",
     "Modalità di calcolo: valutazioni positive / valutazioni totali * 100 (56 questionari)", C)]},
  H("strategic", "Ob. Strategico 2019_01_02", "2019_01_02", "Valorizzare il patrimonio culturale e promuovere il turismo nella provincia di Pisa"),
  {"rows": [
   R("Realizzazione del progetto \"Valorizzazione del patrimonio culturale e del turismo\" (art. 18, comma 10, L. 580/1993)", "STRATEGICO", "Realizzazione delle attività progettuali previste per il 2019", "Realizzate 4 azioni su 5 programmate",
     "La quinta azione (portale degli itinerari) è stata rinviata al 2020", P,
     "Il ritardo è dovuto alla gara per l'affidamento del portale, aggiudicata a dicembre 2019."),
   R("Numero di operatori turistici coinvolti nelle iniziative di formazione e promozione", "OPERATIVO", ">= 100", "78",
     "Fonte dei dati: registro presenze", N,
     "La minore partecipazione è dovuta alla concomitanza con la stagione estiva; le iniziative sono state riprogrammate in autunno.")]},
  H("area", "Area Strategica 2019_02", "2019_02", "MISSIONE 012: Regolazione dei mercati – Tutela della legalità, trasparenza e semplificazione"),
  H("strategic", "Ob. Strategico 2019_02_01", "2019_02_01", "Migliorare la qualità e la tempestività dei servizi del Registro delle Imprese e del SUAP"),
  {"rows": [
   R("Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "STRATEGICO", "<= 5 gg", "2,94 gg", "Fonte dei dati: Priamo", C),
   R("Tasso di evasione delle pratiche del Registro Imprese entro 5 giorni", "STRATEGICO", ">= 90%", "93,15%",
     "Modalità di calcolo: pratiche evase entro 5 giorni / pratiche evase * 100 - 34.212 su 36.728", C),
   R("Numero di Comuni della provincia che utilizzano il SUAP camerale \"impresainungiorno\"", "OPERATIVO", "20", "22",
     "Fonte dei dati: portale impresainungiorno.gov.it", C, None, None, "higher")]},
  H("operational", "Ob. Operativo 2019_02_01_01", "2019_02_01_01", "Giustizia alternativa e tutela del consumatore"),
  {"rows": [
   R("Durata media delle procedure di mediazione concluse", "EFFICIENZA", "<= 90 giorni", "74 giorni",
     "Modalità di calcolo: media dei giorni tra deposito dell'istanza e verbale conclusivo - 186 procedure", C),
   R("Tempo medio di evasione delle istanze di cancellazione protesti", "EFFICIENZA", "<= 20 gg", "25 gg",
     "Fonte dei dati: interna - registro informatico dei protesti", P,
     "Il tempo medio ha risentito della vacanza del posto di responsabile dell'ufficio nel periodo luglio-settembre."),
   R("Numero di controlli sulla sicurezza dei prodotti e sulla conformità delle etichettature", "OPERATIVO", ">= 40", "46",
     "Convenzione con Unioncamere per la vigilanza del mercato", C)]},
  H("area", "Area Strategica 2019_03", "2019_03", "MISSIONE 032: Servizi istituzionali e generali delle amministrazioni pubbliche"),
  H("strategic", "Ob. Strategico 2019_03_01", "2019_03_01", "Assicurare la sostenibilità economica e la qualità dei processi interni"),
  {"rows": [
   R("Indice di equilibrio strutturale", "STRATEGICO", ">= 100%", "98,70%",
     "Fonte dei dati: proventi strutturali / oneri strutturali - bilancio d'esercizio 2019", N,
     "Lo scostamento è dovuto alla riduzione del diritto annuale del 50% (D.L. 90/2014) non compensata dai proventi da servizi."),
   R("Indicatore annuale di tempestività dei pagamenti", "STRATEGICO", "<= 0 gg", "-14,05 gg", "Fonte dei dati: PCC - piattaforma crediti commerciali", C),
   R("Incidenza degli oneri del personale sugli oneri correnti", "EFFICIENZA", "<= 35%", "33,2%", "Fonte dei dati: conto economico 2019", C)]},
  H("operational", "Ob. Operativo 2019_03_01_01", "2019_03_01_01", "Trasparenza, anticorruzione e ciclo della performance"),
  {"rows": [
   R("Percentuale di obblighi di pubblicazione assolti (attestazione OIV)", "OPERATIVO", "100%", "100%", "Attestazione OIV al 31/03/2019", C),
   R("Rispetto dei termini per l'adozione dei documenti del ciclo della performance", "OPERATIVO", "Rispetto dei termini di legge", "Piano adottato il 30/01/2019; Relazione validata il 26/06/2019",
     "Termini: 31 gennaio (Piano) e 30 giugno (Relazione)", C)]},
 ]}

for d in (pavia, sondrio, pisa):
    json.dump(d, open(f"/work/blind/r89/{d['name']}.content.json", "w"), ensure_ascii=False, indent=1)
    print(d["name"], sum(len(b["rows"]) for b in d["blocks"] if "rows" in b))

# longer "Modalità di calcolo / Fonte" notes, as the offices print them
LONG = {
 "cciaa-pavia-2021-relazione": {
   0: " - Target >= 30% nel triennio 2021-2023; il valore include i contributi erogati tramite l'Accordo di programma con Regione Lombardia e le quote associative versate ai Consorzi di garanzia fidi.",
   2: " - Il progetto comprende le attività di informazione, formazione, assessment e orientamento verso i Competence Center e gli EDIH; la rendicontazione è soggetta a controllo a campione da parte di Unioncamere.",
   5: " - L'importo comprende la quota regionale (€ 300.000,00) e la quota camerale (€ 287.450,00) effettivamente concessa con determinazioni dirigenziali n. 112, 147 e 203/2021.",
   8: " - Nel conteggio sono incluse le imprese partecipanti in forma collettiva tramite le associazioni di categoria e i consorzi di tutela (Consorzio Tutela Vini Oltrepò Pavese, Consorzio del Salame di Varzi DOP).",
   11: " - Il dato comprende le cancellazioni di società di persone, società di capitali in liquidazione e imprese individuali non più operative, a seguito di accertamento della Polizia Municipale.",
   15: " - Sono esclusi dal calcolo i pagamenti sospesi per contenzioso o in attesa di DURC regolare.",
   17: " - Comprende l'aggiornamento delle sottosezioni Bandi di gara e contratti, Sovvenzioni e contributi e Personale, verificate dal Responsabile della prevenzione della corruzione e della trasparenza."},
 "cciaa-pisa-2019-relazione": {
   0: " - Target >= 25% nel triennio 2019-2021 secondo il Piano della performance.",
   1: " - Indicatori di progetto: n. eventi informativi >= 20; n. self-assessment >= 120; n. assessment guidati >= 30; voucher concessi >= € 300.000,00.",
   4: " - Il bando prevedeva la rendicontazione entro il 30/09/2019, con possibilità di proroga di 90 giorni su richiesta motivata dell'impresa beneficiaria.",
   7: " - Le azioni previste: mappatura dell'offerta turistica, formazione degli operatori, educational tour, partecipazione a BIT Milano, portale degli itinerari.",
   10: " - Il valore è calcolato sulle sole pratiche soggette a protocollazione, escluse quelle di deposito bilanci.",
   12: " - Esclusi i procedimenti sospesi su richiesta congiunta delle parti e quelli conclusi con mancata comparizione dell'aderente al primo incontro.",
   15: " - Proventi strutturali: diritto annuale, diritti di segreteria, altri proventi; oneri strutturali: personale, funzionamento, ammortamenti e accantonamenti al netto delle partite straordinarie.",
   18: " - Verifica dell'OIV sulla griglia ANAC (delibera n. 141/2019) e pubblicazione dell'attestazione entro il 30/04/2019."},
}
for d in (pavia, pisa):
    rows = [r for b in d["blocks"] if "rows" in b for r in b["rows"]]
    for i, extra in LONG[d["name"]].items(): rows[i]["note"] += extra
    json.dump(d, open(f"/work/blind/r89/{d['name']}.content.json", "w"), ensure_ascii=False, indent=1)

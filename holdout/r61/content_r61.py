import json
def ind(code,name,target,actual,**kw):
    d=dict(code=code,name=name,target=target,actual=actual); d.update(kw); return d
A={"name":"camera-commercio-cuneo-2024-relazione","renderer":"docx",
 "document":{"issuer":"Camera di Commercio di Cuneo","title":"Relazione sulla performance","year":2024,"kind":"relazione"},
 "cover":["Camera di Commercio di Cuneo","Relazione sulla performance 2024","(art. 10, comma 1, lettera b) del D.Lgs. 150/2009)","Approvata con deliberazione della Giunta camerale n. 71 del 23 giugno 2025"],
 "intro":[("1. Presentazione","La Relazione sulla performance costituisce lo strumento con il quale la Camera di Commercio di Cuneo illustra ai cittadini, alle imprese e a tutti gli stakeholder i risultati organizzativi e individuali raggiunti nel corso del 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2024-2026. Il documento evidenzia gli eventuali scostamenti registrati nel corso dell'anno, indicandone le cause e le misure correttive adottate."),
   ("2. Il contesto di riferimento","Nel 2024 il sistema produttivo provinciale ha confermato una sostanziale tenuta: al 31 dicembre risultavano iscritte al Registro delle Imprese 66.118 sedi d'impresa, con un tasso di crescita pari a +0,12%. L'Ente ha operato con 92 unità di personale in servizio, a fronte di una dotazione organica di 104 posti.")],
 "budget_title":"3. Le risorse economiche",
 "budget_head":["Voce","Preventivo aggiornato 2024","Consuntivo 2024"],
 "budget":[["Proventi correnti","€ 15.480.000,00","€ 15.912.347,21"],["Oneri correnti","€ 16.120.000,00","€ 15.208.774,55"],["di cui interventi economici","€ 5.350.000,00","€ 4.987.120,40"],["Risultato della gestione corrente","€ -640.000,00","€ 703.572,66"],["Investimenti","€ 1.050.000,00","€ 612.408,30"]],
 "section":"4. I risultati raggiunti: obiettivi strategici e indicatori",
 "section_text":"Per ciascun obiettivo strategico si riportano gli indicatori di performance con il peso attribuito, il target programmato per il 2024, il valore consuntivo e il grado di raggiungimento calcolato secondo il Sistema di misurazione e valutazione della performance vigente.",
 "head":["Cod.","Indicatore","Algoritmo di calcolo","Peso","Target 2024","Risultato 2024","Grado di raggiungimento"],
 "areas":[
  {"code":"1","title":"Competitività e sviluppo delle imprese","objectives":[
   {"code":"1.1","title":"Accompagnare le imprese nella doppia transizione digitale ed ecologica","inds":[
     ind("1.1.1","Imprese assistite dal Punto Impresa Digitale (PID)",">= 250","312",formula="N. imprese che hanno ricevuto assessment o orientamento digitale nell'anno",weight="10%",ach="100%",dir="higher"),
     ind("1.1.2","Percentuale di voucher digitali liquidati sulle domande ammesse",">= 85%","91,4%",formula="(Voucher liquidati / domande ammesse a contributo) x 100",weight="5%",ach="100%",dir="higher"),
     ind("1.1.3","Numero di eventi formativi e informativi sulla sostenibilità ambientale","6","6",formula="N. eventi realizzati",weight="5%",ach="100%",dir="higher")],
    "status":"Esito: Raggiunto","status_word":"achieved","after":"Tutte le iniziative programmate sono state realizzate; la domanda di servizi del PID è risultata superiore alle attese grazie alla collaborazione con le associazioni di categoria."},
   {"code":"1.2","title":"Promuovere l'internazionalizzazione e l'attrattività turistica del territorio","inds":[
     ind("1.2.1","Numero di imprese partecipanti a fiere e missioni all'estero",">= 60","48",formula="N. imprese partecipanti a iniziative organizzate o co-organizzate dall'Ente",weight="5%",ach="80%",dir="higher"),
     ind("1.2.2","Grado di soddisfazione delle imprese per i servizi di internazionalizzazione",">= 80%","87%",formula="(Giudizi positivi / questionari compilati) x 100",weight="5%",ach="100%",dir="higher"),
     ind("1.2.3","Risorse destinate a contributi per la promozione turistica","€ 300.000,00","€ 287.450,00",formula="Importo dei contributi concessi",weight="5%",ach="95,8%",dir=None)],
    "status":None,"after":"La minore partecipazione a fiere all'estero è riconducibile alla cancellazione di due missioni in Medio Oriente; le risorse non utilizzate sono state riprogrammate nel 2025."}]},
  {"code":"2","title":"Semplificazione amministrativa e tutela del mercato","objectives":[
   {"code":"2.1","title":"Garantire tempi certi nei servizi anagrafico-certificativi","inds":[
     ind("2.1.1","Tempo medio di evasione delle pratiche del Registro Imprese","<= 5 gg","3,2 gg",formula="Somma dei giorni di lavorazione / n. pratiche evase",weight="10%",ach="100%",dir="lower"),
     ind("2.1.2","Percentuale di pratiche del Registro Imprese evase entro 5 giorni",">= 90%","94,6%",formula="(Pratiche evase entro 5 gg / pratiche evase) x 100",weight="5%",ach="100%",dir="higher"),
     ind("2.1.3","Tempo medio di rilascio dei dispositivi di firma digitale","≤ 2 gg","1,5 gg",formula="Giorni medi tra richiesta e rilascio",weight="5%",ach="100%",dir="lower")],
    "status":"Esito: Raggiunto","status_word":"achieved","after":None},
   {"code":"2.2","title":"Rafforzare la vigilanza e la regolazione del mercato","inds":[
     ind("2.2.1","Numero di ispezioni metrologiche effettuate",">= 120","134",formula="N. verifiche ispettive su strumenti di misura",weight="5%",ach="100%",dir="higher"),
     ind("2.2.2","Tempo medio di emissione delle ordinanze sanzionatorie","<= 90 gg","112 gg",formula="Giorni medi tra ricezione del verbale ed emissione dell'ordinanza",weight="5%",ach="80%",dir="lower"),
     ind("2.2.3","Tasso di mediazioni concluse con accordo",">= 30%","n.d.",formula="(Mediazioni con accordo / mediazioni svolte) x 100",weight="5%",ach=None,dir="higher")],
    "status":"Esito: Parzialmente raggiunto","status_word":"partially_achieved","after":"Il ritardo nell'emissione delle ordinanze è dovuto alla vacanza del posto di funzionario responsabile per sei mesi. Il dato sulle mediazioni non è disponibile per il mancato aggiornamento della piattaforma nazionale."}]},
  {"code":"3","title":"Efficienza e sostenibilità economica dell'ente","objectives":[
   {"code":"3.1","title":"Assicurare la sostenibilità economico-finanziaria e la qualità della gestione","inds":[
     ind("3.1.1","Tempo medio di pagamento delle fatture passive","≤ 30 gg","18 gg",formula="Giorni medi ponderati tra ricevimento e pagamento",weight="10%",ach="100%",dir="lower"),
     ind("3.1.2","Tasso di riscossione del diritto annuale",">= 72%","73,8%",formula="(Diritto annuale riscosso entro la scadenza / diritto dovuto) x 100",weight="5%",ach="100%",dir="higher"),
     ind("3.1.3","Incidenza dei costi di struttura sui proventi correnti","<= 45%","43,1%",formula="(Oneri di personale + funzionamento) / proventi correnti x 100",weight="5%",ach="100%",dir=None),
     ind("3.1.4","Indice di equilibrio strutturale",">= 1,05","1,12",formula="Proventi strutturali / oneri strutturali",weight="5%",ach="100%",dir=None)],
    "status":"Esito: Raggiunto","status_word":"achieved","after":None}]}],
 "closing":("5. Sintesi dei risultati",["Esito","N. indicatori","%"],[["Raggiunto","12","75,0%"],["Parzialmente raggiunto","3","18,8%"],["Non valutabile","1","6,2%"]],"Il grado complessivo di raggiungimento degli obiettivi strategici dell'Ente per l'anno 2024 è pari al 96,3%.")}
B={"name":"regione-lazio-2025-piano","renderer":"xlsx",
 "document":{"issuer":"Regione Lazio","title":"Piano della performance","year":2025,"kind":"piano"},
 "cover":["Regione Lazio","Piano della performance 2025-2027","Allegato A – Obiettivi, indicatori e target della Giunta regionale","Il presente allegato riporta, per ciascuna area strategica, gli obiettivi strategici e operativi assegnati alle Direzioni regionali per il triennio 2025-2027, con i relativi indicatori, la baseline rilevata al 31/12/2024 e i valori attesi per ciascun anno del triennio."],
 "res_head":["Area strategica","Stanziamento 2025","Stanziamento 2026","Stanziamento 2027"],
 "res":[["1 – Sviluppo economico e attività produttive","€ 412.850.000,00","€ 398.100.000,00","€ 385.600.000,00"],["2 – Tutela del territorio e ambiente","€ 276.300.000,00","€ 281.450.000,00","€ 259.900.000,00"],["3 – Modernizzazione dell'amministrazione","€ 58.720.000,00","€ 54.300.000,00","€ 52.150.000,00"],["Totale","€ 747.870.000,00","€ 733.850.000,00","€ 697.650.000,00"]],
 "head":["Area strategica","Obiettivo strategico","Obiettivo operativo","Cod.","Indicatore","Unità di misura","Baseline 2024","Target 2025","Target 2026","Target 2027","Struttura responsabile"],
 "years":[2025,2026,2027],
 "rows":[
  ["1 – Sviluppo economico e attività produttive","1.1 – Sostenere la competitività del sistema produttivo regionale","1.1.1 – Gestione dei bandi per l'innovazione delle PMI","1.1.1.a","Tempo medio di istruttoria delle domande di contributo","giorni","75 gg","≤ 60 gg","≤ 55 gg","≤ 50 gg","Direzione Sviluppo economico"],
  ["1 – Sviluppo economico e attività produttive","1.1 – Sostenere la competitività del sistema produttivo regionale","1.1.1 – Gestione dei bandi per l'innovazione delle PMI","1.1.1.b","Percentuale di risorse dei bandi impegnate entro l'anno","%","82%","≥ 90%","≥ 92%","≥ 95%","Direzione Sviluppo economico"],
  ["1 – Sviluppo economico e attività produttive","1.1 – Sostenere la competitività del sistema produttivo regionale","1.1.2 – Attuazione del Programma regionale FESR 2021-2027","1.1.2.a","Spesa certificata cumulata del PR FESR","euro","€ 148.500.000,00","≥ € 210.000.000,00","≥ € 290.000.000,00","≥ € 380.000.000,00","Autorità di gestione FESR"],
  ["1 – Sviluppo economico e attività produttive","1.1 – Sostenere la competitività del sistema produttivo regionale","1.1.2 – Attuazione del Programma regionale FESR 2021-2027","1.1.2.b","Numero di avvisi pubblicati secondo il cronoprogramma","n.","6","8","7","5","Autorità di gestione FESR"],
  ["1 – Sviluppo economico e attività produttive","1.2 – Rafforzare l'attrattività turistica del Lazio","1.2.1 – Promozione integrata dell'offerta turistica","1.2.1.a","Incremento delle presenze turistiche rispetto all'anno precedente","%","+3,1%","≥ 2%","≥ 2%","≥ 2%","Agenzia regionale del Turismo"],
  ["1 – Sviluppo economico e attività produttive","1.2 – Rafforzare l'attrattività turistica del Lazio","1.2.1 – Promozione integrata dell'offerta turistica","1.2.1.b","Campagne di promozione nazionali e internazionali realizzate","n.","4","5","5","6","Agenzia regionale del Turismo"],
  ["2 – Tutela del territorio e ambiente","2.1 – Ridurre il rischio idrogeologico","2.1.1 – Realizzazione degli interventi di difesa del suolo","2.1.1.a","Interventi avviati sul totale degli interventi finanziati","%","64%","≥ 75%","≥ 85%","100%","Direzione Lavori pubblici e Difesa del suolo"],
  ["2 – Tutela del territorio e ambiente","2.1 – Ridurre il rischio idrogeologico","2.1.1 – Realizzazione degli interventi di difesa del suolo","2.1.1.b","Tempo medio di liquidazione degli stati di avanzamento lavori","giorni","48 gg","≤ 30 gg","≤ 30 gg","≤ 30 gg","Direzione Lavori pubblici e Difesa del suolo"],
  ["2 – Tutela del territorio e ambiente","2.2 – Promuovere l'economia circolare","2.2.1 – Attuazione del Piano regionale di gestione dei rifiuti","2.2.1.a","Percentuale di raccolta differenziata a livello regionale","%","54,2%","≥ 58%","≥ 62%","≥ 65%","Direzione Ciclo dei rifiuti"],
  ["2 – Tutela del territorio e ambiente","2.2 – Promuovere l'economia circolare","2.2.1 – Attuazione del Piano regionale di gestione dei rifiuti","2.2.1.b","Approvazione dell'aggiornamento del Piano regionale di gestione dei rifiuti","data","n.d.","entro il 31/12/2025",None,None,"Direzione Ciclo dei rifiuti"],
  ["3 – Modernizzazione dell'amministrazione","3.1 – Digitalizzazione, semplificazione e trasparenza","3.1.1 – Servizi digitali per cittadini e imprese","3.1.1.a","Numero di procedimenti gestiti interamente on line","n.","38","≥ 50","≥ 65","≥ 80","Direzione Affari istituzionali e Innovazione"],
  ["3 – Modernizzazione dell'amministrazione","3.1 – Digitalizzazione, semplificazione e trasparenza","3.1.1 – Servizi digitali per cittadini e imprese","3.1.1.b","Tempo medio di pagamento delle fatture commerciali","giorni","27 gg","≤ 30 gg","≤ 30 gg","≤ 30 gg","Direzione Bilancio"],
  ["3 – Modernizzazione dell'amministrazione","3.2 – Valorizzare il capitale umano","3.2.1 – Formazione e sviluppo delle competenze","3.2.1.a","Ore medie di formazione per dipendente","ore","14,5 ore","≥ 24 ore","≥ 24 ore","≥ 30 ore","Direzione Personale"],
  ["3 – Modernizzazione dell'amministrazione","3.2 – Valorizzare il capitale umano","3.2.1 – Formazione e sviluppo delle competenze","3.2.1.b","Dipendenti formati in materia di anticorruzione e trasparenza","%","71%","≥ 85%","≥ 90%","≥ 95%","Direzione Personale"]],
 "footer":"Fonte: elaborazione Direzione Programmazione economica su dati del sistema di controllo di gestione."}
def c(code,name,w,t22,a22,p22,t23,a23,p23,status,st_word,comment=None,dir=None):
    return dict(code=code,name=name,weight=w,y={2022:[t22,a22,p22],2023:[t23,a23,p23]},status=status,status_word=st_word,comment=comment,dir=dir)
C={"name":"cciaa-verona-2023-relazione","renderer":"reportlab",
 "document":{"issuer":"Camera di Commercio di Verona","title":"Relazione sulla performance","year":2023,"kind":"relazione"},
 "cover":["Camera di Commercio, Industria, Artigianato e Agricoltura","Camera di Commercio di Verona","Relazione sulla performance","Anno 2023"],
 "intro":[("Premessa","La presente Relazione chiude il ciclo di gestione della performance 2023 ed espone i risultati conseguiti rispetto agli obiettivi strategici del Piano 2022-2024. Per consentire una lettura dell'andamento nel tempo, per ciascun indicatore sono riportati target e consuntivo sia del 2022 sia del 2023, con il relativo grado di raggiungimento. Sotto ogni indicatore è indicato l'esito attribuito dall'Organismo indipendente di valutazione."),
          ("Le risorse umane","Al 31 dicembre 2023 il personale in servizio era di 118 unità, così distribuite:")],
 "staff_head":["Categoria","Dotazione organica","In servizio al 31/12/2022","In servizio al 31/12/2023"],
 "staff":[["Dirigenti","5","4","4"],["Funzionari (ex cat. D)","42","37","39"],["Istruttori (ex cat. C)","71","62","60"],["Operatori (ex cat. B)","19","16","15"],["Totale","137","119","118"]],
 "section":"Risultati degli obiettivi strategici",
 "head":["Cod.","Indicatore","Peso","Target","Consuntivo","% racc.","Target","Consuntivo","% racc."],
 "years":[2022,2023],
 "areas":[
  {"code":"A","title":"Competitività delle imprese e del territorio","objectives":[
   {"code":"A.1","title":"Sostenere la digitalizzazione e l'innovazione delle imprese","inds":[
     c("A.1.1","Numero di imprese coinvolte in attività di assessment digitale","10%",">= 150","171","100%",">= 180","203","100%","OBIETTIVO RAGGIUNTO","achieved",dir="higher"),
     c("A.1.2","Percentuale di imprese partecipanti soddisfatte dei servizi PID","5%",">= 85%","89%","100%",">= 85%","92,3%","100%","OBIETTIVO RAGGIUNTO","achieved",dir="higher"),
     c("A.1.3","Contributi erogati tramite bando voucher innovazione","5%","€ 600.000,00","€ 548.200,00","91,4%","€ 650.000,00","€ 661.900,00","100%","OBIETTIVO RAGGIUNTO","achieved","Le risorse del bando sono state integrate con l'avanzo della linea di finanziamento per la formazione.",dir=None)]},
   {"code":"A.2","title":"Valorizzare le filiere agroalimentari e il turismo","inds":[
     c("A.2.1","Numero di operatori esteri coinvolti nei progetti di incoming","5%",">= 40","46","100%",">= 50","38","76%","OBIETTIVO PARZIALMENTE RAGGIUNTO","partially_achieved","Due iniziative di incoming previste nel quarto trimestre sono state rinviate al 2024 per la sovrapposizione con le manifestazioni fieristiche di settore.",dir="higher"),
     c("A.2.2","Imprese partecipanti al progetto di certificazione delle produzioni tipiche","5%",">= 30","34","100%",">= 35","Obiettivo sospeso",None,"OBIETTIVO SOSPESO","suspended","Il progetto è stato sospeso in attesa del nuovo accordo di programma con la Regione del Veneto.",dir=None)]}]},
  {"code":"B","title":"Semplificazione e regolazione del mercato","objectives":[
   {"code":"B.1","title":"Garantire l'efficienza dei servizi anagrafici e certificativi","inds":[
     c("B.1.1","Tempo medio di evasione delle pratiche telematiche del Registro Imprese","10%","≤ 5 gg","4,1 gg","100%","≤ 4 gg","3,6 gg","100%","OBIETTIVO RAGGIUNTO","achieved",dir="lower"),
     c("B.1.2","Percentuale di pratiche sospese sul totale delle pratiche protocollate","5%","≤ 20%","22,4%","89,3%","≤ 18%","17,2%","100%","OBIETTIVO RAGGIUNTO","achieved",dir="higher"),
     c("B.1.3","Tempo medio di rilascio dei certificati di origine","5%","≤ 2 gg","1,8 gg","100%","≤ 2 gg","2,6 gg","76,9%","OBIETTIVO NON RAGGIUNTO","not_achieved","L'aumento delle richieste legato all'export verso il Regno Unito ha allungato i tempi di lavorazione nel secondo semestre.",dir="lower")]},
   {"code":"B.2","title":"Tutelare la fede pubblica e la legalità del mercato","inds":[
     c("B.2.1","Numero di verifiche ispettive su strumenti metrici","5%",">= 100","112","100%",">= 110","118","100%","OBIETTIVO RAGGIUNTO","achieved",dir="higher"),
     c("B.2.2","Tasso di definizione delle procedure di mediazione entro 90 giorni","5%",">= 80%","84%","100%",">= 80%","81,5%","100%","OBIETTIVO RAGGIUNTO","achieved",dir="higher")]}]},
  {"code":"C","title":"Efficienza e trasparenza dell'Ente","objectives":[
   {"code":"C.1","title":"Garantire la solidità economica e l'efficienza gestionale","inds":[
     c("C.1.1","Tempo medio di pagamento delle fatture passive","10%","≤ 30 gg","21 gg","100%","≤ 30 gg","19 gg","100%","OBIETTIVO RAGGIUNTO","achieved",dir="lower"),
     c("C.1.2","Tasso di riscossione spontanea del diritto annuale","5%",">= 70%","71,2%","100%",">= 72%","70,6%","98,1%","OBIETTIVO PARZIALMENTE RAGGIUNTO","partially_achieved",dir="higher"),
     c("C.1.3","Riduzione degli oneri di funzionamento rispetto all'anno precedente","5%",">= 2%","3,4%","100%",">= 2%","2,2%","100%","OBIETTIVO RAGGIUNTO","achieved",dir="lower")]},
   {"code":"C.2","title":"Promuovere la trasparenza e la prevenzione della corruzione","inds":[
     c("C.2.1","Grado di attuazione delle misure del Piano anticorruzione","5%","100%","100%","100%","100%","95%","95%","OBIETTIVO PARZIALMENTE RAGGIUNTO","partially_achieved","Una misura di rotazione del personale è stata rinviata per carenza di figure professionali fungibili.",dir="higher"),
     c("C.2.2","Percentuale di personale formato in materia di anticorruzione","5%",">= 80%","86%","100%",">= 90%","93%","100%","OBIETTIVO RAGGIUNTO","achieved",dir="higher")]}]}],
 "legend":"% racc. = grado di raggiungimento del target. Valori al 31 dicembre di ciascun anno.",
 "closing":("Considerazioni conclusive","Nel complesso, il 2023 conferma il buon livello di performance dell'Ente: su 15 indicatori, 10 hanno raggiunto pienamente il target, 3 lo hanno raggiunto parzialmente, uno non è stato raggiunto e uno è stato sospeso. Le criticità rilevate sono state considerate nella definizione degli obiettivi del Piano integrato 2024-2026.")}
for d in (A,B,C):
    json.dump(d,open(d["name"]+".content.json","w"),ensure_ascii=False,indent=1)

# Hand-written content for round r44; dumps NAME.content.json
import json
def I(code,name,target,actual,ach=None,weight=None,status=None,comment=None,d=None,**kw):
    x=dict(code=code,name=name,target=target,actual=actual,ach=ach,weight=weight,status=status,comment=comment,dir=d); x.update(kw); return x

ater = dict(
 name="ater-roma-2023-relazione", renderer="writer",
 document=dict(issuer="Azienda Territoriale per l'Edilizia Residenziale Pubblica del Comune di Roma", title="Relazione sulla performance", year=2023, kind="relazione"),
 cover=["ATER ROMA","Azienda Territoriale per l'Edilizia Residenziale Pubblica del Comune di Roma","RELAZIONE SULLA PERFORMANCE","Anno 2023","(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)","Approvata con Deliberazione del Consiglio di Amministrazione n. 21 del 27 giugno 2024"],
 intro=["La presente Relazione illustra i risultati organizzativi conseguiti dall'Azienda nel corso del 2023 rispetto agli obiettivi definiti nel Piano Integrato di Attività e Organizzazione 2023-2025, Sottosezione Performance. Essa è redatta ai sensi dell'art. 10 del D.Lgs. 150/2009 e secondo le Linee guida del Dipartimento della Funzione Pubblica n. 3/2018.",
        "Il patrimonio gestito al 31 dicembre 2023 ammonta a 47.812 unità immobiliari, di cui 40.236 alloggi di edilizia residenziale pubblica, distribuiti in 1.980 fabbricati. L'esercizio è stato caratterizzato dall'avvio degli interventi finanziati dal Piano Nazionale per gli investimenti Complementari (PNC) «Sicuro, verde e sociale» e dal proseguimento del piano di recupero della morosità.",
        "Per ciascun obiettivo sono riportati il peso, il target atteso, il valore consuntivo e lo stato di realizzazione, accertato dall'Organismo Indipendente di Valutazione sulla base delle evidenze fornite dalle strutture."],
 staff=dict(title="Tabella 1 – Personale in servizio al 31/12/2023",header=["Categoria","Dotazione organica","In servizio","di cui part-time","Cessazioni 2023"],
   rows=[["Dirigenti","14","9","0","1"],["Categoria D","152","118","6","7"],["Categoria C","238","197","14","11"],["Categoria B","96","71","5","4"],["Totale","500","395","25","23"]]),
 areas=[
  dict(code="1",title="GESTIONE DEL PATRIMONIO E MANUTENZIONE",objs=[
   dict(code="1.1",title="Migliorare la tempestività degli interventi di manutenzione ordinaria",inds=[
     I("1.1.1","Tempo medio di intervento per guasti agli impianti idrici e di riscaldamento","≤ 10 gg","8,4 gg",100,15,"Raggiunto",d="lower"),
     I("1.1.2","Percentuale di segnalazioni dell'utenza evase entro 30 giorni dalla ricezione","≥ 85%","81,2%",95.5,10,"Parzialmente raggiunto",comment="Nota: lo scostamento è dovuto alla sospensione del contratto di manutenzione del lotto Roma Est nei mesi di maggio e giugno, a seguito del subentro della nuova ditta aggiudicataria.",d="higher"),
     I("1.1.3","Numero di alloggi di risulta ripristinati e riassegnati nell'anno","≥ 350","412",100,15,"Raggiunto",d="higher"),
   ]),
   dict(code="1.2",title="Attuare il programma di efficientamento energetico finanziato dal PNC «Sicuro, verde e sociale»",inds=[
     I("1.2.1","Percentuale di cantieri PNC avviati rispetto al cronoprogramma approvato dal Ministero","100%","100%",100,10,"Raggiunto",d="higher"),
     I("1.2.2","Realizzazione della diagnosi energetica dei fabbricati inseriti nel programma (n. fabbricati)","38","31",81.6,10,"Non raggiunto",comment="Nota: sette diagnosi sono state rinviate al 2024 per il mancato rilascio delle autorizzazioni condominiali nei fabbricati a proprietà mista.",d="higher"),
     I("1.2.3","Spesa certificata sul programma PNC al 31/12/2023","≥ € 12.500.000,00","€ 13.148.620,55",100,5,"Raggiunto",d=None),
   ]),
  ]),
  dict(code="2",title="GESTIONE DELL'UTENZA E RECUPERO DELLA MOROSITÀ",objs=[
   dict(code="2.1",title="Ridurre la morosità corrente e pregressa",inds=[
     I("2.1.1","Riduzione della morosità complessiva rispetto al 31/12/2022","≥ 5%","6,3%",100,10,"Raggiunto",d="lower"),
     I("2.1.2","Numero di piani di rateizzazione sottoscritti con gli assegnatari morosi","≥ 1.200","1.347",100,5,"Raggiunto",d="higher"),
     I("2.1.3","Incasso da azioni di recupero crediti in via stragiudiziale","≥ € 4.000.000,00","€ 3.612.905,10",90.3,5,"Parzialmente raggiunto",comment="Nota: il risultato risente del blocco delle procedure di rilascio per morosità incolpevole disposto dalla Regione Lazio fino al 30 settembre 2023.",d=None),
   ]),
   dict(code="2.2",title="Aggiornare l'anagrafe dell'utenza e i canoni",inds=[
     I("2.2.1","Percentuale di nuclei assegnatari con anagrafe reddituale aggiornata all'anno 2022","≥ 90%","93,7%",100,5,"Raggiunto",d="higher"),
     I("2.2.2","Tempo medio di rilascio delle attestazioni di canone richieste dagli assegnatari","≤ 15 gg","12 gg",100,None,"Raggiunto",d="lower"),
     I("2.2.3","Attivazione dello sportello telematico per le istanze di voltura e ampliamento del nucleo","entro il 30/09/2023","Obiettivo sospeso",None,None,"Sospeso",comment="Nota: l'attività è stata sospesa con Deliberazione del C.d.A. n. 44/2023 in attesa dell'integrazione con la piattaforma regionale dell'ERP; il peso è stato ridistribuito sugli altri indicatori dell'obiettivo.",d=None),
   ]),
  ]),
  dict(code="3",title="TRASPARENZA, ANTICORRUZIONE E ORGANIZZAZIONE",objs=[
   dict(code="3.1",title="Garantire la trasparenza amministrativa e la tempestività dei pagamenti",inds=[
     I("3.1.1","Indicatore di tempestività dei pagamenti (giorni di ritardo medio ponderato)","≤ 0","-4,2",100,None,"Raggiunto",d=None),
     I("3.1.2","Grado di assolvimento degli obblighi di pubblicazione rilevato dall'OIV","100%","96%",96,None,"Parzialmente raggiunto",d="higher"),
     I("3.1.3","Numero di ore di formazione in materia di anticorruzione per dipendente","≥ 6","7,5",100,None,"Raggiunto",d="higher"),
   ]),
  ]),
 ])

unistra = dict(
 name="unistrapg-2025-piao", renderer="chromium",
 document=dict(issuer="Università per Stranieri di Perugia", title="Piano integrato di attività e organizzazione", year=2025, kind="piao"),
 cover=["Università per Stranieri di Perugia","PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE","2025 – 2027","Sezione 2 – Valore pubblico, performance e anticorruzione","Approvato dal Consiglio di Amministrazione nella seduta del 29 gennaio 2025"],
 intro=["La Sottosezione 2.2 «Performance» declina le priorità politiche del Piano Strategico di Ateneo 2023-2027 in obiettivi operativi assegnati alle strutture dell'Amministrazione centrale. Per ciascun obiettivo operativo sono indicati gli indicatori, il valore di partenza (consuntivo 2023) e i target attesi per ciascun anno del triennio.",
        "Gli obiettivi sono coerenti con la programmazione triennale ministeriale (D.M. 773/2024) e con gli indicatori AVA3 di accreditamento periodico. L'Ateneo conta, nell'a.a. 2024/2025, 1.214 iscritti ai corsi di laurea e di laurea magistrale e 4.380 iscritti ai corsi di lingua e cultura italiana."],
 staff=dict(title="Tabella 2.1 – Risorse umane dell'Ateneo al 31/12/2024",header=["Ruolo","Unità","Età media","% donne"],
   rows=[["Professori ordinari","21","57,4","42,9%"],["Professori associati","38","51,2","55,3%"],["Ricercatori (RTD-A, RTD-B, RTT)","29","39,8","62,1%"],["Personale tecnico-amministrativo","176","52,6","68,2%"],["Collaboratori ed esperti linguistici","44","54,0","81,8%"]]),
 years=[2025,2026,2027],
 areas=[
  dict(code="A",title="DIDATTICA E INSEGNAMENTO DELL'ITALIANO L2",objs=[
   dict(code="A.1",title="Ampliare l'attrattività dei corsi di studio per studenti internazionali",inds=[
     I("A.1.1","Numero di immatricolati ai corsi di laurea con titolo di accesso conseguito all'estero",None,None,base="142",t=["≥ 150","≥ 160","≥ 175"],resp="Area Servizi agli studenti"),
     I("A.1.2","Percentuale di laureati entro la durata normale del corso",None,None,base="48,5%",t=["≥ 50%","≥ 52%","≥ 55%"],resp="Area Servizi agli studenti"),
     I("A.1.3","Tempo medio di valutazione dei titoli esteri per l'ammissione",None,None,base="34 gg",t=["≤ 30 gg","≤ 25 gg","≤ 20 gg"],resp="Servizio Relazioni internazionali"),
   ]),
   dict(code="A.2",title="Consolidare l'offerta dei corsi di lingua e cultura italiana e delle certificazioni CELI",inds=[
     I("A.2.1","Numero di candidati agli esami di certificazione CELI e DILS-PG",None,None,base="11.420",t=["≥ 11.800","≥ 12.200","≥ 12.600"],resp="Centro per la Valutazione e le Certificazioni linguistiche (CVCL)"),
     I("A.2.2","Numero di centri d'esame convenzionati in Italia e all'estero",None,None,base="287",t=["295","305","n.d."],resp="CVCL"),
     I("A.2.3","Grado di soddisfazione dei corsisti dei corsi di lingua (scala 1-4)",None,None,base="3,42",t=["≥ 3,40","≥ 3,45","≥ 3,50"],resp="Servizio Corsi di lingua e cultura italiana"),
   ]),
  ]),
  dict(code="B",title="RICERCA E TERZA MISSIONE",objs=[
   dict(code="B.1",title="Sostenere la progettazione competitiva nazionale e internazionale",inds=[
     I("B.1.1","Numero di progetti presentati su bandi competitivi (PRIN, Horizon Europe, Erasmus+ KA2)",None,None,base="19",t=["≥ 20","≥ 22","≥ 24"],resp="Area Ricerca e Terza missione"),
     I("B.1.2","Importo dei finanziamenti acquisiti da bandi competitivi",None,None,base="€ 1.180.000",t=["≥ € 1.200.000","≥ € 1.300.000","≥ € 1.400.000"],resp="Area Ricerca e Terza missione"),
   ]),
   dict(code="B.2",title="Valorizzare le attività di public engagement",inds=[
     I("B.2.1","Numero di iniziative di public engagement registrate nel catalogo di Ateneo",None,None,base="64",t=["≥ 65","≥ 70","≥ 75"],resp="Servizio Comunicazione"),
     I("B.2.2","Realizzazione del portale della Terza missione e del relativo catalogo digitale",None,None,base="—",t=["entro il 31/12/2025","—","—"],resp="Servizio Comunicazione; Servizio Sistemi informativi"),
   ]),
  ]),
  dict(code="C",title="AMMINISTRAZIONE EFFICIENTE E SOSTENIBILE",objs=[
   dict(code="C.1",title="Semplificare e digitalizzare i processi amministrativi",inds=[
     I("C.1.1","Percentuale di procedimenti per studenti gestiti interamente on line",None,None,base="72%",t=["≥ 80%","≥ 90%","100%"],resp="Servizio Sistemi informativi"),
     I("C.1.2","Indicatore annuale di tempestività dei pagamenti (giorni)",None,None,base="-6,8",t=["≤ 0","≤ 0","≤ 0"],resp="Area Risorse finanziarie"),
     I("C.1.3","Riduzione dei consumi di energia elettrica rispetto al 2023",None,None,base="1.412 MWh",t=["≥ 3%","≥ 5%","≥ 8%"],resp="Servizio Patrimonio e Sicurezza"),
     I("C.1.4","Numero medio di ore di formazione per unità di personale tecnico-amministrativo",None,None,base="18,5",t=["≥ 24","≥ 24","≥ 26"],resp="Servizio Personale tecnico-amministrativo"),
   ]),
  ]),
 ])

vesuvio = dict(
 name="parco-vesuvio-2024-relazione", renderer="reportlab",
 document=dict(issuer="Ente Parco Nazionale del Vesuvio", title="Relazione sulla performance", year=2024, kind="relazione"),
 cover=["Ente Parco Nazionale del Vesuvio","RELAZIONE SULLA PERFORMANCE","ANNO 2024","Validata dall'Organismo Indipendente di Valutazione in data 24 giugno 2025"],
 intro=["L'Ente Parco Nazionale del Vesuvio, istituito con D.P.R. 5 giugno 1995, tutela un territorio di 8.482 ettari ricadente in tredici Comuni della Città Metropolitana di Napoli. La presente Relazione rendiconta i risultati conseguiti nel 2024 rispetto agli obiettivi del PIAO 2024-2026, approvato con Delibera del Consiglio Direttivo n. 3 del 30 gennaio 2024.",
        "L'anno è stato segnato dagli interventi di ricostituzione boschiva delle aree percorse dal fuoco nel 2017 e dall'incremento dei flussi turistici sul Gran Cono, che ha raggiunto 742.000 visitatori. Gli obiettivi sono presentati per schede: per ciascun obiettivo operativo sono riportati gli indicatori, i target e i valori conseguiti, seguiti dall'esito attestato e dalla relazione del responsabile."],
 budget=dict(title="Tabella 1 – Risorse finanziarie 2024 (competenza)",header=["Missione / Programma","Stanziamento definitivo","Impegnato","Pagato"],
   rows=[["018.013 – Tutela e conservazione della fauna e della flora","€ 4.812.300,00","€ 4.105.622,18","€ 2.960.411,07"],["018.017 – Ricerca scientifica e monitoraggio","€ 612.000,00","€ 548.930,00","€ 401.212,35"],["032.003 – Servizi generali e istituzionali","€ 2.318.450,00","€ 2.201.118,64","€ 2.087.560,90"],["Totale","€ 7.742.750,00","€ 6.855.670,82","€ 5.449.184,32"]]),
 schede=[
  dict(os=("1","Tutela della biodiversità e ripristino degli ecosistemi"),oo=("1.1","Ricostituzione della copertura forestale nelle aree percorse da incendio"),resp="Servizio Conservazione della natura",peso="25%",
       inds=[I(None,"Superficie rimboschita con specie autoctone (ettari)","≥ 40","46,5",d=None,formula="Somma delle superfici collaudate"),
             I(None,"Percentuale di piantine attecchite a dodici mesi dalla messa a dimora","≥ 70%","78%",d="higher",formula="Piantine vive / piantine messe a dimora × 100"),
             I(None,"Numero di interventi di prevenzione AIB realizzati (viali tagliafuoco, ripuliture)","≥ 25","31",d="higher",formula="Conteggio interventi collaudati")],
       esito="Raggiunto",relaz="Gli interventi sono stati completati nei versanti di Ottaviano e Terzigno con il supporto dei Carabinieri Forestali; la superficie rimboschita supera il target grazie all'anticipazione del lotto 3."),
  dict(os=("1","Tutela della biodiversità e ripristino degli ecosistemi"),oo=("1.2","Monitoraggio della fauna e contenimento delle specie aliene invasive"),resp="Servizio Conservazione della natura",peso="15%",
       inds=[I(None,"Numero di transetti di monitoraggio dell'avifauna percorsi","≥ 48","48",d="higher",formula="Conteggio schede di campo"),
             I(None,"Superficie liberata da Ailanthus altissima e Robinia pseudoacacia (ettari)","≥ 12","7,8",d=None,formula="Somma superfici trattate"),
             I(None,"Pubblicazione del report annuale sullo stato della biodiversità","entro il 31/12/2024","pubblicato il 18/12/2024",d=None,formula="—")],
       esito="Parzialmente raggiunto",relaz="L'eradicazione delle specie aliene è stata rallentata dal ritardo nell'aggiudicazione della gara, conclusa solo a luglio 2024; le superfici residue sono state programmate nel primo semestre 2025."),
  dict(os=("2","Fruizione sostenibile e promozione del territorio"),oo=("2.1","Gestione dei flussi di visita al Gran Cono e della sentieristica"),resp="Servizio Promozione e Fruizione",peso="20%",
       inds=[I(None,"Percentuale di biglietti per il Gran Cono venduti con prenotazione on line","≥ 90%","96,4%",d="higher",formula="Biglietti on line / biglietti totali × 100"),
             I(None,"Chilometri di sentieri della rete ufficiale manutenuti nell'anno","≥ 40","44",d=None,formula="Somma km da verbali di collaudo"),
             I(None,"Tempo medio di risposta alle segnalazioni dei visitatori","≤ 5 gg","3,8 gg",d="lower",formula="Media giorni tra ricezione e risposta"),
             I(None,"Numero di visitatori dei centri visita e del Museo del Parco","≥ 35.000","38.912",d="higher",formula="Conteggio ingressi")],
       esito="Raggiunto",relaz="Il sistema di prenotazione nominativa ha consentito di contenere la pressione sui sentieri nelle giornate di picco di agosto."),
  dict(os=("2","Fruizione sostenibile e promozione del territorio"),oo=("2.2","Valorizzazione dei prodotti tipici e del marchio del Parco"),resp="Servizio Promozione e Fruizione",peso="10%",
       inds=[I(None,"Numero di aziende concessionarie del marchio collettivo del Parco","≥ 60","52",d="higher",formula="Conteggio concessioni attive"),
             I(None,"Realizzazione della campagna di promozione del Pomodorino del Piennolo del Vesuvio DOP","entro il 30/09/2024","non realizzata",d=None,formula="—")],
       esito="Non raggiunto",relaz="La campagna è stata rinviata al 2025 per la mancata erogazione del cofinanziamento regionale; le nuove concessioni del marchio sono state limitate dalla revisione del disciplinare."),
  dict(os=("3","Efficienza amministrativa, trasparenza e prevenzione della corruzione"),oo=("3.1","Tempestività dei pagamenti e digitalizzazione dei procedimenti"),resp="Servizio Amministrativo",peso="15%",
       inds=[I(None,"Indicatore di tempestività dei pagamenti (giorni)","≤ 0","-9,4",d=None,formula="Art. 9 DPCM 22/09/2014"),
             I(None,"Percentuale di autorizzazioni e nulla osta rilasciati tramite lo sportello telematico","≥ 75%","81%",d="higher",formula="Istanze telematiche / istanze totali × 100"),
             I(None,"Tempo medio di rilascio del nulla osta (art. 13, L. 394/1991)","≤ 45 gg","39 gg",d="lower",formula="Media giorni tra istanza e rilascio")],
       esito="Raggiunto",relaz=None),
  dict(os=("3","Efficienza amministrativa, trasparenza e prevenzione della corruzione"),oo=("3.2","Attuazione delle misure di trasparenza e anticorruzione"),resp="Direttore",peso="15%",
       inds=[I(None,"Grado di assolvimento degli obblighi di pubblicazione (griglia OIV)","100%","100%",d="higher",formula="Punteggio griglia / punteggio massimo"),
             I(None,"Percentuale di dipendenti formati sul Codice di comportamento","100%","92%",d="higher",formula="Formati / in servizio × 100")],
       esito="Parzialmente raggiunto",relaz="Due unità di personale, in aspettativa nel secondo semestre, non hanno potuto partecipare alla sessione formativa; il recupero è previsto nel primo trimestre 2025."),
 ])

for c in (ater,unistra,vesuvio):
    json.dump(c,open(f"/work/blind/r44/{c['name']}.content.json","w"),ensure_ascii=False,indent=1)
print("ok")

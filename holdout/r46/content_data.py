# Hand-written content for round r46. dir: 'up' / 'down' / None (direction by the indicator's name)
AREAS = {}
S1 = {
 "name": "aress-puglia-2023-relazione",
 "document": {"issuer": "Agenzia Regionale per la Salute ed il Sociale", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "header": ["Cod.", "Indicatore", "Formula di calcolo", "Peso", "Target 2023", "Valore consuntivo 2023", "Grado di raggiungimento", "Esito", "Note"],
 "areas": [
  {"code": "1", "title": "Programmazione e governo della rete ospedaliera e territoriale", "objectives": [
    {"level": "operational", "code": "1.1", "title": "Supporto alla riorganizzazione della rete ospedaliera regionale (D.M. 70/2015)", "rows": [
      {"c":"1.1.a","i":"Percentuale di schede di monitoraggio dei presidi ospedalieri validate entro i termini","f":"N. schede validate entro 30 gg dal ricevimento / N. schede ricevute x 100","w":"15%","t":">= 90%","a":"94,2%","g":"100%","s":"Raggiunto","n":"Validate 211 schede su 224 ricevute dalle Aziende Sanitarie Locali, dalle Aziende Ospedaliero-Universitarie e dagli IRCCS pubblici","dir":"up"},
      {"c":"1.1.b","i":"Tempo medio di rilascio dei pareri di compatibilità sulle autorizzazioni all'esercizio di strutture sanitarie","f":"Somma dei giorni tra istanza e parere / N. pareri rilasciati","w":"10%","t":"≤ 45 gg","a":"52 gg","g":"86,5%","s":"Parzialmente raggiunto","n":"Il valore risente dell'incremento delle istanze (+38%) conseguente al riordino della rete dei servizi di specialistica ambulatoriale","dir":"down"},
      {"c":"1.1.c","i":"Numero di report trimestrali sui tempi di attesa pubblicati sul portale regionale","f":"Conteggio report pubblicati","w":"10%","t":"4","a":"4","g":"100%","s":"Raggiunto","n":None,"dir":"up"},
    ]},
    {"level": "operational", "code": "1.2", "title": "Sviluppo dell'assistenza territoriale e delle Case della Comunità (PNRR Missione 6)", "rows": [
      {"c":"1.2.a","i":"Percentuale di Case della Comunità oggetto di monitoraggio dello stato di attuazione","f":"N. Case della Comunità monitorate / N. Case della Comunità programmate x 100","w":"10%","t":"100%","a":"100%","g":"100%","s":"Raggiunto","n":"Monitorate tutte le 121 Case della Comunità programmate nel Contratto Istituzionale di Sviluppo","dir":"up"},
      {"c":"1.2.b","i":"Realizzazione del cruscotto regionale degli indicatori di assistenza domiciliare integrata","f":"Cruscotto rilasciato in produzione (SI/NO)","w":"5%","t":"SI entro il 30/09/2023","a":"SI (rilascio 14/11/2023)","g":"70%","s":"Parzialmente raggiunto","n":"Ritardo dovuto all'acquisizione dei flussi SIAD dalle ASL di Foggia e Taranto","dir":None},
    ]},
  ]},
  {"code": "2", "title": "Innovazione, ricerca e qualità dei servizi sanitari e sociali", "objectives": [
    {"level": "operational", "code": "2.1", "title": "Valutazione delle tecnologie sanitarie (HTA) e appropriatezza prescrittiva", "rows": [
      {"c":"2.1.a","i":"Numero di report di Health Technology Assessment trasmessi alla Commissione regionale","f":"Conteggio report trasmessi","w":"10%","t":">= 6","a":"7","g":"100%","s":"Raggiunto","n":None,"dir":"up"},
      {"c":"2.1.b","i":"Riduzione della spesa farmaceutica convenzionata pro capite rispetto all'anno precedente","f":"(Spesa pro capite 2023 - Spesa pro capite 2022) / Spesa pro capite 2022 x 100","w":"10%","t":"-2%","a":"-0,8%","g":"40%","s":"Non raggiunto","n":"Sullo scostamento ha inciso l'aumento dei consumi di farmaci per il diabete (analoghi GLP-1) e la revisione dei prezzi AIFA","dir":"down"},
      {"c":"2.1.c","i":"Percentuale di Aziende sanitarie che hanno completato l'audit sul percorso diagnostico terapeutico assistenziale (PDTA) della BPCO","f":"N. Aziende con audit concluso / N. Aziende del SSR x 100","w":"5%","t":">= 80%","a":"n.d.","g":None,"s":"Obiettivo sospeso","n":"Attività sospesa in attesa dell'aggiornamento del PDTA regionale (D.G.R. in corso di adozione)","dir":"up"},
    ]},
    {"level": "operational", "code": "2.2", "title": "Integrazione socio-sanitaria e welfare di comunità", "rows": [
      {"c":"2.2.a","i":"Numero di Ambiti territoriali sociali assistiti nella redazione dei Piani sociali di zona","f":"Conteggio Ambiti con supporto tecnico documentato","w":"10%","t":"45","a":"45","g":"100%","s":"Raggiunto","n":"Supporto erogato a tutti i 45 Ambiti territoriali della Puglia, con 62 incontri tecnici in presenza e da remoto, la predisposizione di un modello unico di Piano sociale di zona e la verifica di coerenza con gli obiettivi di servizio dei LEPS; per 7 Ambiti il supporto è proseguito fino all'approvazione in Conferenza dei sindaci","dir":"up"},
      {"c":"2.2.b","i":"Tempi medi di erogazione dei contributi del Fondo regionale per la non autosufficienza agli Ambiti","f":"Media dei giorni tra determinazione di riparto e mandato di pagamento","w":"5%","t":"≤ 60 gg","a":"41 gg","g":"100%","s":"Raggiunto","n":"Il miglioramento rispetto al 2022 (58 gg) deriva dalla digitalizzazione del procedimento di riparto sulla piattaforma regionale e dalla liquidazione in un'unica soluzione delle quote destinate agli assegni di cura; per tre Ambiti il trasferimento è stato differito in attesa della rendicontazione delle annualità precedenti, non computata nel calcolo dei tempi medi","dir":"down"},
      {"c":"2.2.c","i":"Risorse PNRR M5C2 rendicontate sul sistema ReGiS per i progetti di inclusione sociale","f":"Importo rendicontato al 31/12/2023","w":"10%","t":"€ 12.500.000,00","a":"€ 13.118.402,75","g":"100%","s":"Raggiunto","n":"Rendicontazione completata per 38 progetti su 40; per i restanti due la scadenza è fissata al primo trimestre 2024","dir":None},
    ]},
  ]},
 ],
}

S2 = {
 "name": "ispra-2024-piao",
 "document": {"issuer": "Istituto Superiore per la Protezione e la Ricerca Ambientale", "title": "Piano integrato di attività e organizzazione", "year": 2024, "kind": "piao"},
 "header": ["Cod.", "Indicatore", "Tipo", "Unità di misura", "Fonte", "Baseline 2022", "Target 2024", "Target 2025", "Target 2026"],
 "years": [2024, 2025, 2026],
 "strategic": [
  {"code":"OS.1","title":"Rafforzare il monitoraggio e il reporting ambientale nazionale","operational":[
    {"code":"OO.1.1","title":"Assicurare la produzione tempestiva degli Annuari e dei Rapporti ambientali","struttura":"Dipartimento per la valutazione, i controlli e la sostenibilità ambientale","rows":[
      {"c":"1.1.1","i":"Numero di rapporti tecnici ISPRA pubblicati","ty":"Output","u":"numero","src":"Catalogo pubblicazioni ISPRA","b":"38","t":[">= 40",">= 42",">= 45"]},
      {"c":"1.1.2","i":"Tempo medio di pubblicazione dell'Annuario dei dati ambientali dalla chiusura della raccolta dati","ty":"Efficienza","u":"giorni","src":"Sistema di protocollo e sito istituzionale","b":"134 gg","t":["≤ 120 gg","≤ 110 gg","≤ 100 gg"]},
      {"c":"1.1.3","i":"Percentuale di dataset ambientali resi disponibili in formato aperto sul portale Linked ISPRA","ty":"Efficacia","u":"%","src":"Portale open data ISPRA","b":"61%","t":["70%","80%","90%"]},
    ]},
    {"code":"OO.1.2","title":"Potenziare la rete nazionale di monitoraggio della qualità dell'aria e delle acque (SNPA)","struttura":"Centro nazionale per la rete nazionale dei laboratori","rows":[
      {"c":"1.2.1","i":"Grado di copertura delle stazioni della rete mareografica nazionale con dati validati","ty":"Efficacia","u":"%","src":"Rete mareografica nazionale (RMN)","b":"88%","t":[">= 90%",">= 93%",">= 95%"]},
      {"c":"1.2.2","i":"Numero di circuiti di interconfronto organizzati per i laboratori del Sistema nazionale a rete per la protezione dell'ambiente","ty":"Output","u":"numero","src":"Registro attività CN-LAB","b":"9","t":["10","12",None]},
    ]},
  ]},
  {"code":"OS.2","title":"Migliorare l'efficienza amministrativa e la trasparenza dell'Istituto","operational":[
    {"code":"OO.2.1","title":"Ridurre i tempi dei procedimenti amministrativi e dei pagamenti","struttura":"Direzione generale – Servizio per la gestione delle risorse economiche","rows":[
      {"c":"2.1.1","i":"Indicatore annuale di tempestività dei pagamenti","ty":"Efficienza","u":"giorni","src":"Piattaforma dei crediti commerciali (PCC)","b":"-6,4","t":["≤ 0","≤ 0","≤ 0"]},
      {"c":"2.1.2","i":"Percentuale di procedure di affidamento concluse con la piattaforma di e-procurement certificata","ty":"Efficacia","u":"%","src":"Piattaforma di approvvigionamento digitale","b":"72%","t":["100%","100%","100%"]},
      {"c":"2.1.3","i":"Costo medio dell'energia elettrica per metro quadro delle sedi","ty":"Economicità","u":"euro/mq","src":"Contabilità analitica – fatture fornitori","b":"€ 31,40","t":["≤ € 29,00","≤ € 27,50","≤ € 26,00"]},
    ]},
  ]},
 ],
}

S3 = {
 "name": "comune-ancona-2023-relazione",
 "document": {"issuer": "Comune di Ancona", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "header": ["Indicatore", "Valore atteso 2023", "Valore conseguito 2023", "Scostamento"],
 "areas": [
  {"code":"1","title":"Ancona città che si prende cura","strategic":[
   {"code":"1.1","title":"Rafforzare i servizi sociali e il sostegno alle fragilità","operational":[
    {"code":"1.1.1","title":"Potenziamento del Servizio di assistenza domiciliare per anziani non autosufficienti","settore":"Direzione Politiche sociali","rows":[
      {"i":"Numero di utenti presi in carico dal servizio SAD","t":">= 320","a":"347","sc":"+27","dir":"up"},
      {"i":"Tempo medio di attivazione del servizio dalla presentazione della domanda","t":"≤ 20 gg","a":"17 gg","sc":"-3 gg","dir":"down"},
      {"i":"Grado di soddisfazione degli utenti (questionario di customer satisfaction, scala 1-5)","t":">= 4","a":"4,3","sc":"+0,3","dir":"up"},
     ],"status":"OBIETTIVO RAGGIUNTO","comment":"Il servizio ha registrato un incremento degli utenti del 9% rispetto al 2022 grazie alle risorse del Fondo per la non autosufficienza. L'avvio della cartella sociale informatizzata ha consentito di ridurre i tempi di attivazione."},
    {"code":"1.1.2","title":"Contrasto alla povertà educativa: estensione dei centri estivi comunali","settore":"Direzione Politiche educative","rows":[
      {"i":"Numero di posti disponibili nei centri estivi comunali","t":"600","a":"540","sc":"-60","dir":"up"},
      {"i":"Percentuale di posti riservati a minori segnalati dai servizi sociali coperti","t":"100%","a":"100%","sc":"0","dir":"up"},
     ],"status":"OBIETTIVO PARZIALMENTE RAGGIUNTO","comment":"La mancata disponibilità del plesso scolastico Collodi, interessato da lavori di adeguamento sismico finanziati dal PNRR, ha ridotto i posti attivabili nel quartiere Piano San Lazzaro. Le domande dei minori segnalati sono state comunque tutte accolte."},
   ]},
  ]},
  {"code":"2","title":"Ancona città sostenibile e connessa","strategic":[
   {"code":"2.1","title":"Migliorare la qualità urbana e la mobilità","operational":[
    {"code":"2.1.1","title":"Manutenzione programmata delle strade comunali e della segnaletica","settore":"Direzione Lavori pubblici","rows":[
      {"i":"Metri quadrati di pavimentazione stradale rifatta","t":">= 45.000","a":"38.200","sc":"-6.800","dir":"up"},
      {"i":"Tempo medio di intervento per la chiusura delle buche segnalate","t":"≤ 5 gg","a":"6,5 gg","sc":"+1,5 gg","dir":"down"},
      {"i":"Importo dei lavori di manutenzione straordinaria aggiudicati","t":"€ 3.200.000,00","a":"€ 2.950.000,00","sc":"-7,8%","dir":None},
     ],"status":"OBIETTIVO NON RAGGIUNTO","comment":"L'aggiudicazione del secondo lotto dell'accordo quadro è slittata al mese di febbraio 2024 per il ricorso al TAR presentato da un operatore escluso. Le lavorazioni sono state riprogrammate nel PEG 2024."},
    {"code":"2.1.2","title":"Diffusione della mobilità sostenibile e del trasporto pubblico","settore":"Direzione Mobilità e Polizia locale","rows":[
      {"i":"Chilometri di piste ciclabili realizzate","t":"3,5","a":"3,8","sc":"+0,3","dir":None},
      {"i":"Percentuale di incremento degli abbonamenti annuali al trasporto pubblico locale","t":">= 5%","a":"7,2%","sc":"+2,2%","dir":"up"},
      {"i":"Installazione delle colonnine di ricarica per veicoli elettrici previste dal Piano","t":"entro il 31/12/2023","a":"Obiettivo sospeso","sc":"—","dir":None},
     ],"status":None,"comment":None},
   ]},
  ]},
 ],
}
SAMPLES = [S1, S2, S3]

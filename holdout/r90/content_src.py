# Writes the three NAME.content.json files (content as data, hand-written).
import json
OUT='/work/blind/r90/'
def ind(code, name, **kw):
    d={'code':code,'indicator':name}; d.update(kw); return d

# ---------- S1 Comune di Albenga, portrait, one zebra table with band rows ----------
S1={'name':'comune-albenga-2024-relazione',
 'document':{'issuer':'Comune di Albenga','title':'Relazione sulla performance','year':2024,'kind':'relazione'},
 'orientation':'portrait',
 'header':['Cod.','Indicatore','Peso','Target 2024','Valore al 31/12/2024','% ragg.','Stato'],
 'year':2024,
 'settori':[
  {'code':'1','title':'Servizi finanziari, tributi e personale','objectives':[
    {'code':'1.1','title':"Contrasto all'evasione dei tributi locali",'rows':[
      ind('1.1.1',"Importo accertato da attività di recupero evasione IMU e TARI (avvisi emessi nell'anno)",weight='10',target='≥ € 850.000,00',actual='€ 912.334,60',ach='100',status='Raggiunto'),
      ind('1.1.2',"Percentuale di avvisi di accertamento notificati entro i termini di decadenza sul totale delle posizioni istruite",weight='10',target='100%',actual='100%',ach='100',status='Raggiunto')]},
    {'code':'1.2','title':'Tempestività dei pagamenti','rows':[
      ind('1.2.1',"Indicatore annuale di tempestività dei pagamenti (ritardo medio ponderato rispetto alla scadenza delle fatture commerciali)",weight='15',target='≤ 0 gg',actual='-3,2 gg',ach='100',status='Raggiunto'),
      ind('1.2.2',"Tempo medio di pagamento delle fatture commerciali registrate in Piattaforma Crediti Commerciali",weight='10',target='≤ 30 gg',actual='27 gg',ach='100',status='Raggiunto')]},
    {'code':'1.3','title':'Attuazione del Piano triennale dei fabbisogni di personale','rows':[
      ind('1.3.1',"Realizzazione delle procedure di reclutamento previste dal PTFP 2024-2026: concorsi banditi e conclusi nell'anno sul totale programmato",weight='10',target='≥ 80%',actual='66,7%',ach='83,4',status='Parzialmente raggiunto',
          nota="Nota: due procedure per Istruttore tecnico (Area degli Istruttori) sono state rinviate al 2025 per il mancato completamento della mobilità obbligatoria ex art. 34-bis del D.Lgs. 165/2001.")]}]},
  {'code':'2','title':'Lavori pubblici, manutenzioni e ambiente','objectives':[
    {'code':'2.1','title':'Manutenzione programmata del patrimonio stradale','rows':[
      ind('2.1.1',"Superficie di pavimentazione stradale rifatta nell'anno (centro urbano, Leca, Lusignano, Bastia, Campochiesa)",weight='10',target='≥ 18.000 mq',actual='21.450 mq',ach='100',status='Raggiunto'),
      ind('2.1.2',"Tempo medio di intervento per la messa in sicurezza delle buche segnalate dai cittadini tramite l'app «Albenga Segnala»",weight='5',target='≤ 5 gg lavorativi',actual='4,2 gg lavorativi',ach='100',status='Raggiunto')]},
    {'code':'2.2','title':'Raccolta differenziata e decoro urbano','rows':[
      ind('2.2.1',"Percentuale di raccolta differenziata sul totale dei rifiuti urbani prodotti (dato certificato ARPAL – O.R.R.)",weight='10',target='≥ 70%',actual='68,4%',ach='97,7',status='Parzialmente raggiunto'),
      ind('2.2.2',"Numero di isole ecologiche informatizzate ad accesso controllato installate nelle frazioni",weight='5',target='6',actual='2',ach='33,3',status='Non raggiunto',dir='up',
          nota="Nota: la fornitura delle isole ecologiche, aggiudicata a luglio, è stata consegnata solo in parte entro l'anno; le restanti quattro postazioni sono in corso di installazione a febbraio 2025."),
      ind('2.2.3',"Realizzazione dell'intervento di riqualificazione della passeggiata a mare di Vadino (PNRR M2C4 – Investimento 2.2)",weight='5',target='entro 31/12/2024',actual='n.d.',ach=None,status='Sospeso')]}]},
  {'code':'3','title':'Servizi alla persona, scuola e cultura','objectives':[
    {'code':'3.1','title':'Servizi educativi e sostegno alle famiglie','rows':[
      ind('3.1.1',"Percentuale di domande di iscrizione ai nidi d'infanzia comunali soddisfatte alla chiusura della graduatoria",weight='10',target='≥ 85%',actual='91%',ach='100',status='Raggiunto'),
      ind('3.1.2',"Tempo medio di erogazione dei contributi economici a sostegno del reddito, dalla presentazione dell'istanza completa alla liquidazione",weight='10',target='≤ 45 gg',actual='52 gg',ach='86,5',status='Parzialmente raggiunto')]},
    {'code':'3.2','title':'Promozione culturale e biblioteca civica','rows':[
      ind('3.2.1',"Numero di prestiti librari e digitali della biblioteca civica (inclusi prestiti interbibliotecari del Sistema bibliotecario savonese)",weight='5',target='≥ 24.000',actual='26.318',ach='100',status='Raggiunto'),
      ind('3.2.2',"Numero di eventi culturali realizzati nell'ambito della rassegna estiva «Albenga d'Estate»",weight='5',target='≥ 40',actual='44',ach='100',status='Raggiunto')]}]},
  {'code':'4','title':'Polizia locale e protezione civile','objectives':[
    {'code':'4.1','title':'Sicurezza urbana e presidio del territorio','rows':[
      ind('4.1.1',"Ore di presidio serale nelle aree della movida (centro storico e litorale) nei mesi di luglio e agosto",weight='10',target='≥ 1.200 ore',actual='1.386 ore',ach='100',status='Raggiunto'),
      ind('4.1.2',"Tempo medio di notifica dei verbali al Codice della Strada ai trasgressori residenti in Italia",weight='5',target='≤ 60 gg',actual='58 gg',ach='100',status='Raggiunto'),
      ind('4.1.3',"Aggiornamento del Piano comunale di protezione civile (rischio idraulico del fiume Centa) e approvazione in Consiglio comunale",weight='5',target='entro 30/06/2024',actual='Approvato con D.C.C. n. 41 del 27/06/2024',ach='100',status='Raggiunto')]}]}],
 'staff':{'header':['Area / qualifica','Al 31/12/2023','Al 31/12/2024','Variazione'],
   'rows':[['Dirigenti','3','3','0'],['Area dei Funzionari e dell\'Elevata Qualificazione','41','44','+3'],['Area degli Istruttori','78','75','-3'],['Area degli Operatori esperti','36','34','-2'],['Area degli Operatori','9','8','-1'],['Totale','167','164','-3']]},
 'summary':{'header':['Stato','N. indicatori','%'],'rows':[['Raggiunto','12','70,6%'],['Parzialmente raggiunto','3','17,6%'],['Non raggiunto','1','5,9%'],['Sospeso','1','5,9%'],['Totale','17','100,0%']]}
}

# ---------- S2 ASL Frosinone, landscape, ruled tables per objective + status rows ----------
S2={'name':'asl-frosinone-2023-relazione',
 'document':{'issuer':'Azienda Sanitaria Locale di Frosinone','title':'Relazione sulla performance','year':2023,'kind':'relazione'},
 'orientation':'landscape',
 'header':['Codice','Indicatore','Formula','Fonte','Peso','Baseline 2022','Target 2023','Risultato 2023','Note'],
 'year':2023,
 'areas':[
  {'code':'1','title':'Prevenzione e tutela della salute collettiva','objectives':[
   {'code':'1.1','title':'Incrementare le coperture vaccinali e l\'adesione agli screening oncologici','rows':[
     ind('1.1.a','Copertura vaccinale anti morbillo-parotite-rosolia (MPR) a 24 mesi',formula='N. bambini vaccinati con 1ª dose MPR entro i 24 mesi / N. bambini residenti della coorte 2021 × 100',source='Anagrafe vaccinale regionale (AVR)',weight='10%',baseline='93,1%',target='≥ 95%',actual='95,4%',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None),
     ind('1.1.b','Adesione corretta allo screening mammografico (donne 50-69 anni)',formula='N. donne che hanno eseguito la mammografia / N. donne invitate al netto degli inviti inesitati × 100',source='SIPSOweb',weight='8%',baseline='48,2%',target='≥ 60%',actual='54,7%',notes='Sedute aggiuntive nel 2° semestre',esito='OBIETTIVO PARZIALMENTE RAGGIUNTO',comment="L'attivazione del nuovo mammografo digitale presso il P.O. di Sora è slittata a settembre 2023; il recupero degli inviti inesitati è proseguito nel primo trimestre 2024 con aperture straordinarie il sabato."),
     ind('1.1.c','Adesione corretta allo screening del carcinoma del colon-retto (50-74 anni)',formula='N. persone che hanno eseguito il test SOF / N. persone invitate × 100',source='SIPSOweb',weight='7%',baseline='28,5%',target='≥ 50%',actual='31,9%',notes=None,esito='OBIETTIVO NON RAGGIUNTO',comment="La distribuzione dei kit tramite le farmacie convenzionate, prevista dal Piano regionale della prevenzione, è stata avviata solo a novembre 2023.")]},
   {'code':'1.2','title':'Garantire la sicurezza alimentare e la sanità pubblica veterinaria','rows':[
     ind('1.2.a','Percentuale di controlli ufficiali eseguiti negli stabilimenti del settore alimentare sul totale programmato (PRIC 2023)',formula='Controlli eseguiti / controlli programmati × 100',source='Sistema informativo VETINFO – SINVSA',weight='6%',baseline='91,0%',target='≥ 95%',actual='98,6%',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None),
     ind('1.2.b','Tempo medio di rilascio dei certificati sanitari per l\'esportazione di prodotti di origine animale',formula='Somma dei giorni tra richiesta e rilascio / n. certificati rilasciati',source='Registro certificazioni SIAOA',weight='4%',baseline='6 gg',target='≤ 5 gg',actual='3 gg',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None)]}]},
  {'code':'2','title':'Assistenza ospedaliera e rete dell\'emergenza-urgenza','objectives':[
   {'code':'2.1','title':'Ridurre i tempi di attesa e il sovraffollamento nei Pronto Soccorso aziendali','rows':[
     ind('2.1.a','Percentuale di pazienti con codice di priorità 2 (arancione) presi in carico entro 15 minuti dal triage',formula='N. accessi codice 2 presi in carico entro 15 min / N. accessi codice 2 × 100',source='Sistema informativo emergenza sanitaria (SIES)',weight='8%',baseline='79,6%',target='≥ 90%',actual='82,3%',notes=None,esito='OBIETTIVO PARZIALMENTE RAGGIUNTO',comment=None),
     ind('2.1.b','Tempo medio di permanenza in Pronto Soccorso dei pazienti non ricoverati',formula='Somma delle ore tra triage e dimissione / N. accessi dimessi a domicilio',source='SIES',weight='6%',baseline='7,9 ore',target='≤ 6 ore',actual='7,4 ore',notes='Dato P.O. Frosinone 8,6 ore',esito='OBIETTIVO NON RAGGIUNTO',comment="Sul risultato pesa il P.O. «F. Spaziani» di Frosinone, con carenza di medici di emergenza-urgenza non coperta dalle procedure di reclutamento; dal 2024 è attivo il modello di fast track per i codici minori."),
     ind('2.1.c','Numero medio mensile di pazienti in attesa di ricovero in PS (boarding) oltre 24 ore',formula='Somma mensile dei pazienti in boarding > 24 h / 12',source='SIES',weight='4%',baseline='52',target='≤ 40',actual='38',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None)]},
   {'code':'2.2','title':'Migliorare l\'appropriatezza e gli esiti dell\'assistenza ospedaliera','rows':[
     ind('2.2.a','Proporzione di parti con taglio cesareo primario nei punti nascita aziendali',formula='N. parti con TC primario / N. parti senza pregresso TC × 100',source='CeDAP – PReValE',weight='5%',baseline='24,1%',target='≤ 25%',actual='22,8%',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None),
     ind('2.2.b','Percentuale di interventi per frattura del collo del femore in pazienti over 65 eseguiti entro 48 ore dal ricovero',formula='N. interventi entro 2 giorni / N. ricoveri per frattura del femore over 65 × 100',source='SIO – PReValE',weight='6%',baseline='68,2%',target='≥ 70%',actual='74,5%',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None),
     ind('2.2.c','Degenza media pre-operatoria negli interventi chirurgici programmati',formula='Somma delle giornate tra ricovero e intervento / N. interventi programmati',source='SIO',weight='4%',baseline='2,1 gg',target='≤ 1,5 gg',actual='1,9 gg',notes=None,esito='OBIETTIVO NON RAGGIUNTO',comment="Il pre-ricovero è stato esteso a tutte le UU.OO. chirurgiche solo da ottobre 2023.")]}]},
  {'code':'3','title':'Sostenibilità economica, trasparenza e digitalizzazione','objectives':[
   {'code':'3.1','title':'Assicurare l\'equilibrio economico-finanziario e la tempestività dei pagamenti','rows':[
     ind('3.1.a','Rispetto del tetto di spesa per dispositivi medici assegnato dalla Regione Lazio',formula='Costo annuo per dispositivi medici (conti BA0210-BA0240 CE)',source='Modello CE consuntivo',weight='8%',baseline='€ 49.874.210,55',target='≤ € 48.500.000,00',actual='€ 47.912.604,33',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None),
     ind('3.1.b','Indicatore annuale di tempestività dei pagamenti ai fornitori',formula='Ritardo medio ponderato dei pagamenti rispetto alla scadenza (art. 1, c. 859, L. 145/2018)',source='Piattaforma Crediti Commerciali (PCC)',weight='8%',baseline='9 gg',target='≤ 0 gg',actual='4 gg',notes=None,esito='OBIETTIVO NON RAGGIUNTO',comment="Il ritardo è concentrato nel primo trimestre, per effetto della migrazione al nuovo sistema di liquidazione delle fatture; da aprile 2023 l'indicatore trimestrale è stato sempre negativo."),
     ind('3.1.c','Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione trasparente (griglia di rilevazione OIV)',formula='Obblighi assolti / obblighi oggetto di attestazione × 100',source='Attestazione OIV',weight='4%',baseline='96%',target='100%',actual='100%',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None)]},
   {'code':'3.2','title':'Digitalizzazione dei processi amministrativi','rows':[
     ind('3.2.a','Avvio in produzione del sistema amministrativo-contabile unico regionale (SAC Lazio)',formula='Go-live del modulo contabilità generale',source='UOC Sistemi informativi',weight='4%',baseline=None,target='entro 30/09/2023',actual='Obiettivo sospeso',notes=None,esito='OBIETTIVO SOSPESO',comment="Il progetto regionale è stato riprogrammato con determinazione della Direzione Salute e Integrazione sociosanitaria; l'avvio è previsto per il 1° gennaio 2025."),
     ind('3.2.b','Percentuale di prescrizioni specialistiche dematerializzate sul totale delle prescrizioni',formula='N. ricette dematerializzate / N. ricette totali × 100',source='Sistema TS – Sogei',weight='8%',baseline='88,4%',target='≥ 90%',actual='93,2%',notes=None,esito='OBIETTIVO RAGGIUNTO',comment=None)]}]}],
 'budget':{'header':['Voce di costo','Consuntivo 2022 (€)','Consuntivo 2023 (€)','Var. %'],
   'rows':[['Acquisti di beni sanitari','118.422.315,40','121.907.662,18','+2,9%'],['Acquisti di servizi sanitari','402.115.880,27','409.330.271,05','+1,8%'],['Costo del personale','236.870.402,91','241.016.555,70','+1,7%'],['Manutenzioni e riparazioni','9.814.336,12','10.222.104,64','+4,2%'],['Totale costi della produzione','812.004.216,33','826.117.943,28','+1,7%']]},
 'summary':{'header':['Esito','N. indicatori','%'],'rows':[['Raggiunto','9','56,3%'],['Parzialmente raggiunto','2','12,5%'],['Non raggiunto','4','25,0%'],['Sospeso','1','6,2%']]}
}

# ---------- S3 Università del Salento PIAO, landscape, rowspan objective column, 3 target years ----------
S3={'name':'universita-salento-2025-piao',
 'document':{'issuer':'Università del Salento','title':'Piano integrato di attività e organizzazione','year':2025,'kind':'piao'},
 'orientation':'landscape',
 'header':['Obiettivo strategico','Cod.','Indicatore','Fonte del dato','Baseline 2023','Target 2025','Target 2026','Target 2027'],
 'years':[2025,2026,2027],
 'areas':[
  {'code':'A','title':'DIDATTICA','objectives':[
   {'code':'A.1','title':'Migliorare la regolarità delle carriere degli studenti e ridurre gli abbandoni','rows':[
     ind('A.1.1','Proporzione di studenti che proseguono al II anno nello stesso corso di studio avendo acquisito almeno 40 CFU al I anno (iC16)',source='ANVUR – Indicatori di monitoraggio annuale (SMA)',baseline='41,8%',targets=['≥ 44%','≥ 46%','≥ 48%']),
     ind('A.1.2','Percentuale di laureati entro la durata normale del corso (iC02)',source='ANVUR – SMA',baseline='52,3%',targets=['≥ 54%','≥ 56%','≥ 58%']),
     ind('A.1.3','Tasso di abbandono dopo il primo anno nei corsi di laurea triennale e a ciclo unico',source='Anagrafe Nazionale Studenti (ANS)',baseline='18,6%',targets=['≤ 17%','≤ 16%','≤ 15%'])]},
   {'code':'A.2','title':'Potenziare la dimensione internazionale della didattica','rows':[
     ind('A.2.1','Proporzione di CFU conseguiti all\'estero dagli studenti regolari sul totale dei CFU conseguiti (iC10)',source='ANVUR – SMA',baseline='9,4‰',targets=['≥ 11‰','≥ 12‰','≥ 13‰']),
     ind('A.2.2','Numero di corsi di studio internazionali (double/joint degree o erogati interamente in lingua inglese)',source='Banca dati SUA-CdS',baseline='6',targets=['7','8','9'])]}]},
  {'code':'B','title':'RICERCA','objectives':[
   {'code':'B.1','title':'Accrescere la capacità di attrarre finanziamenti competitivi per la ricerca','rows':[
     ind('B.1.1','Proventi da ricerca commissionata, trasferimento tecnologico e finanziamenti competitivi',source='U-GOV Contabilità – Bilancio unico di Ateneo',baseline='€ 3.412.560,00',targets=['≥ € 3.500.000,00','≥ € 3.650.000,00','≥ € 3.800.000,00']),
     ind('B.1.2','Numero di proposte progettuali presentate su bandi Horizon Europe e altri programmi a gestione diretta UE',source='Ufficio Ricerca e Internazionalizzazione',baseline='38',targets=['≥ 42','≥ 45','≥ 48'])]},
   {'code':'B.2','title':'Rafforzare la qualità della produzione scientifica','rows':[
     ind('B.2.1','Percentuale di docenti e ricercatori con almeno due prodotti scientifici nel triennio precedente registrati nel catalogo IRIS',source='IRIS – Catalogo della ricerca',baseline='n.d.',targets=['≥ 90%','≥ 91%','≥ 92%'])]}]},
  {'code':'C','title':'TERZA MISSIONE E ORGANIZZAZIONE','objectives':[
   {'code':'C.1','title':'Valorizzare il public engagement e il trasferimento delle conoscenze','rows':[
     ind('C.1.1','Numero di iniziative di public engagement registrate nel catalogo di Ateneo',source='IRIS – modulo Terza Missione',baseline='112',targets=['≥ 120','≥ 125','≥ 130']),
     ind('C.1.2','Numero di nuove domande di brevetto depositate',source='Ufficio Trasferimento Tecnologico (UTT)',baseline='3',targets=['4',None,'5'])]},
   {'code':'C.2','title':'Migliorare l\'efficienza e la qualità dei servizi amministrativi','rows':[
     ind('C.2.1','Tempo medio di pagamento delle fatture passive',source='Piattaforma Crediti Commerciali (PCC)',baseline='21 gg',targets=['≤ 30 gg','≤ 30 gg','≤ 30 gg']),
     ind('C.2.2','Grado di soddisfazione degli studenti per i servizi di segreteria (questionario Good Practice, scala 1-6)',source='Progetto Good Practice – MIP Politecnico di Milano',baseline='4,12',targets=['≥ 4,20','≥ 4,30','≥ 4,40']),
     ind('C.2.3','Percentuale di personale tecnico-amministrativo coinvolto in almeno un\'attività formativa nell\'anno',source='Ufficio Formazione – Area Risorse umane',baseline='64%',targets=['70-80%','75-85%','≥ 85%'])]}]}],
 'budget':{'header':['Area strategica','Budget 2025 (€)','Budget 2026 (€)','Budget 2027 (€)'],
   'rows':[['A – Didattica','4.850.000,00','4.900.000,00','4.950.000,00'],['B – Ricerca','3.120.000,00','3.200.000,00','3.250.000,00'],['C – Terza missione e organizzazione','1.640.000,00','1.600.000,00','1.600.000,00'],['Totale','9.610.000,00','9.700.000,00','9.800.000,00']]}
}
for S in (S1,S2,S3):
    json.dump(S, open(OUT+S['name']+'.content.json','w'), ensure_ascii=False, indent=1)
print('ok')

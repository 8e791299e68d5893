"""Writes the four r17 content files (hand-written content as data)."""
import json

def w(name, d):
    json.dump(d, open(f"/work/blind/r17/{name}.content.json", "w"), ensure_ascii=False, indent=1)

# ---------------- 1. CCIAA relazione (DOCX) ----------------
cc_oo = [
 dict(area=("1","Competitività delle imprese e del territorio"), os=("1.1","Favorire la doppia transizione digitale ed ecologica delle imprese"),
  code="1.1.1", title="Potenziare i servizi del Punto Impresa Digitale (PID)", status="RAGGIUNTO",
  comment="Il PID ha superato tutti i target annuali grazie alla collaborazione con i Digital Innovation Hub regionali e al rifinanziamento del bando voucher con delibera di Giunta n. 41/2023.",
  rows=[
   ("1.1.1.1","Numero di imprese assistite dal PID con assessment di maturità digitale","N. imprese che hanno concluso un assessment SELFI4.0 o Zoom4.0 nell'anno",">= 120","146","100%"),
   ("1.1.1.2","Numero di eventi di informazione e formazione sul digitale","N. eventi (webinar, seminari, laboratori) organizzati dal PID nell'anno",">= 15","18","100%"),
   ("1.1.1.3","Percentuale di voucher digitali liquidati entro l'anno","Voucher liquidati al 31/12 / voucher concessi sul bando 2023 × 100",">= 85%","91,3%","100%")]),
 dict(area=("1","Competitività delle imprese e del territorio"), os=("1.1","Favorire la doppia transizione digitale ed ecologica delle imprese"),
  code="1.1.2", title="Sostenere la transizione ecologica e l'economia circolare", status="PARZIALMENTE RAGGIUNTO",
  comment="La partecipazione ai percorsi ESG è risultata inferiore alle attese nel secondo semestre, anche per la sovrapposizione con le iniziative regionali sul medesimo tema; la mappatura dei servizi ambientali è stata invece pubblicata nei tempi.",
  rows=[
   ("1.1.2.1","Numero di imprese partecipanti ai percorsi sulla sostenibilità","N. imprese partecipanti a percorsi formativi e di orientamento su ESG ed economia circolare",">= 60","54","90,0%"),
   ("1.1.2.2","Realizzazione della mappatura dei servizi ambientali camerali","Pubblicazione sul sito istituzionale della mappatura aggiornata dei servizi (MUD, RENTRI, albo gestori)","entro il 30/09/2023","Pubblicata il 14/09/2023","100%")]),
 dict(area=("1","Competitività delle imprese e del territorio"), os=("1.2","Promuovere l'internazionalizzazione e l'attrattività turistica"),
  code="1.2.1", title="Accompagnare le PMI sui mercati esteri", status="RAGGIUNTO",
  comment="Risultati positivi per il progetto SEI e per i servizi certificativi: la digitalizzazione dei certificati di origine ha ridotto i tempi di rilascio sotto la soglia prevista.",
  rows=[
   ("1.2.1.1","Numero di imprese preparate ai mercati esteri (progetto SEI)","N. imprese che hanno ricevuto almeno un servizio di assistenza specialistica all'export",">= 80","97","100%"),
   ("1.2.1.2","Tempo medio di rilascio dei certificati di origine","Somma dei giorni tra richiesta e rilascio / n. certificati di origine rilasciati","<= 2 gg","1,4 gg","100%"),
   ("1.2.1.3","Grado di soddisfazione delle imprese per i servizi export","Media dei giudizi espressi nei questionari di customer satisfaction (scala 1-5)",">= 4","4,3","100%")]),
 dict(area=("1","Competitività delle imprese e del territorio"), os=("1.2","Promuovere l'internazionalizzazione e l'attrattività turistica"),
  code="1.2.2", title="Valorizzare le filiere turistiche e culturali della Costa dei Trabocchi", status="RAGGIUNTO",
  comment="Sono stati pubblicati i due rapporti semestrali dell'Osservatorio, presentati in conferenza stampa il 20 luglio e il 12 dicembre 2023.",
  rows=[
   ("1.2.2.1","Numero di operatori turistici coinvolti nelle iniziative di valorizzazione","N. operatori aderenti alle iniziative (educational tour, fiere, incontri B2B)",">= 50","63","100%"),
   ("1.2.2.2","Realizzazione dei rapporti dell'Osservatorio sul turismo provinciale","N. rapporti di analisi pubblicati nell'anno","2","2","100%")]),
 dict(area=("2","Regolazione del mercato e semplificazione amministrativa"), os=("2.1","Semplificare e digitalizzare i servizi anagrafici e di tutela del mercato"),
  code="2.1.1", title="Migliorare la qualità e la tempestività del Registro delle imprese", status="RAGGIUNTO",
  comment="Il miglioramento dei tempi di evasione è legato alla riorganizzazione delle istruttorie per tipologia di pratica e all'impiego di due unità a tempo determinato da aprile 2023.",
  rows=[
   ("2.1.1.1","Tempo medio di evasione delle pratiche del Registro delle imprese","Somma dei giorni lavorativi dal protocollo all'evasione / n. pratiche evase","<= 5 gg","3,8 gg","100%"),
   ("2.1.1.2","Percentuale di pratiche evase entro 5 giorni","Pratiche evase entro 5 gg lavorativi / pratiche totali evase × 100",">= 80%","86,2%","100%"),
   ("2.1.1.3","Numero di cancellazioni d'ufficio di imprese non operative","N. provvedimenti di cancellazione d'ufficio adottati (DPR 247/2004 e art. 2490 c.c.)",">= 300","412","100%")]),
 dict(area=("2","Regolazione del mercato e semplificazione amministrativa"), os=("2.1","Semplificare e digitalizzare i servizi anagrafici e di tutela del mercato"),
  code="2.1.2", title="Diffondere il SUAP camerale e il fascicolo elettronico d'impresa", status="RAGGIUNTO",
  comment="Il dato sugli accessi al fascicolo non è stato reso disponibile da InfoCamere entro la chiusura della Relazione; la valutazione si basa sul primo indicatore.",
  rows=[
   ("2.1.2.1","Percentuale di Comuni del territorio attivi sulla piattaforma impresainungiorno","Comuni che utilizzano il SUAP camerale / Comuni delle due province × 100","≥ 70%","73,6%","100%"),
   ("2.1.2.2","Numero di accessi delle PA al fascicolo elettronico d'impresa","N. consultazioni del fascicolo da parte di amministrazioni pubbliche registrate nell'anno",">= 1.500","n.d.","n.d.")]),
 dict(area=("2","Regolazione del mercato e semplificazione amministrativa"), os=("2.1","Semplificare e digitalizzare i servizi anagrafici e di tutela del mercato"),
  code="2.1.3", title="Rafforzare la tutela del consumatore e la metrologia legale", status="PARZIALMENTE RAGGIUNTO",
  comment="Le ispezioni sulla sicurezza prodotti sono state ridotte per la cessazione dal servizio di un ispettore metrico a maggio 2023 e per il ritardo nella firma della convenzione con Unioncamere; l'attività è stata riprogrammata nel Piano 2024.",
  rows=[
   ("2.1.3.1","Numero di verifiche metrologiche su strumenti di misura","N. verifiche periodiche e ispezioni effettuate su strumenti metrici in servizio",">= 250","231","92,4%"),
   ("2.1.3.2","Tempo medio di evasione delle istanze di cancellazione protesti","Somma dei giorni tra istanza e provvedimento / n. istanze evase","≤ 20 gg","11 gg","100%"),
   ("2.1.3.3","Numero di ispezioni in materia di sicurezza prodotti","N. ispezioni su prodotti (giocattoli, DPI, materiale elettrico) in convenzione con Unioncamere",">= 40","18","45,0%")]),
 dict(area=("3","Efficienza, trasparenza e sostenibilità dell'ente"), os=("3.1","Garantire la solidità economico-finanziaria e l'efficienza dei processi"),
  code="3.1.1", title="Migliorare la riscossione del diritto annuale", status="NON RAGGIUNTO",
  comment="Il tasso di riscossione spontanea resta inferiore alla media nazionale del sistema camerale; l'emissione del ruolo 2023 è stata posticipata al primo trimestre 2024 per allineamento con il calendario nazionale InfoCamere.",
  rows=[
   ("3.1.1.1","Tasso di riscossione spontanea del diritto annuale","Importo del diritto annuale riscosso entro la scadenza / importo dovuto × 100",">= 75%","71,2%","94,9%"),
   ("3.1.1.2","Importo dei ruoli emessi per diritto annuale non versato","Totale degli importi iscritti a ruolo nell'anno (annualità 2020)","€ 1.200.000,00","€ 845.320,15","70,4%")]),
 dict(area=("3","Efficienza, trasparenza e sostenibilità dell'ente"), os=("3.1","Garantire la solidità economico-finanziaria e l'efficienza dei processi"),
  code="3.1.2", title="Assicurare la tempestività dei pagamenti", status="RAGGIUNTO",
  comment="L'indicatore di tempestività è stato pubblicato trimestralmente in Amministrazione trasparente.",
  rows=[
   ("3.1.2.1","Indicatore di tempestività dei pagamenti","Somma (giorni tra scadenza e pagamento × importo) / somma degli importi pagati (DPCM 22/09/2014)","<= 0 gg","-12,4 gg","100%"),
   ("3.1.2.2","Percentuale di fatture pagate entro 30 giorni","Fatture pagate entro 30 gg dal ricevimento / fatture pagate nell'anno × 100",">= 95%","97,8%","100%")]),
 dict(area=("3","Efficienza, trasparenza e sostenibilità dell'ente"), os=("3.1","Garantire la solidità economico-finanziaria e l'efficienza dei processi"),
  code="3.1.3", title="Presidiare la trasparenza e la prevenzione della corruzione", status="RAGGIUNTO",
  comment="Gli esiti dei monitoraggi sono riportati nella Relazione annuale del RPCT pubblicata il 15 gennaio 2024.",
  rows=[
   ("3.1.3.1","Percentuale di obblighi di pubblicazione in Amministrazione trasparente assolti","Obblighi assolti nei termini / obblighi previsti dalla griglia di rilevazione ANAC × 100","100%","100%","100%"),
   ("3.1.3.2","Numero di dipendenti formati in materia di anticorruzione","N. dipendenti che hanno completato il corso annuale su etica e prevenzione della corruzione",">= 60","64","100%"),
   ("3.1.3.3","Realizzazione del monitoraggio semestrale delle misure del PTPCT","N. monitoraggi completati e relazionati al RPCT","2","2","100%")]),
]
w("cciaa-chieti-pescara-2023-relazione", dict(
 document=dict(issuer="Camera di Commercio Chieti Pescara", title="Relazione sulla performance", year=2023, kind="relazione"),
 cover=["CAMERA DI COMMERCIO CHIETI PESCARA", "Relazione sulla performance", "Anno 2023", "(art. 10, comma 1, lett. b, D.Lgs. 150/2009)", "Approvata con delibera di Giunta n. 58 del 26 giugno 2024"],
 intro_heading="1. Presentazione",
 intro=["La Relazione sulla performance illustra i risultati organizzativi raggiunti nel 2023 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2023-2025, approvato con delibera di Giunta n. 12 del 31 gennaio 2023 e aggiornato a luglio 2023.",
        "Per ciascun obiettivo operativo sono riportati gli indicatori con l'algoritmo di calcolo, il target annuale, il valore consuntivo e il grado di raggiungimento, calcolato come rapporto tra consuntivo e target con un massimo del 100%. Lo stato dell'obiettivo è attribuito dall'OIV in sede di validazione."],
 budget_heading="2. Le risorse economiche",
 budget_header=["Voce di conto economico","Preventivo 2023","Consuntivo 2023","Scostamento"],
 budget_rows=[["Diritto annuale","€ 7.842.000,00","€ 7.615.430,21","-2,9%"],["Diritti di segreteria","€ 2.310.000,00","€ 2.402.118,50","+4,0%"],["Contributi e trasferimenti","€ 486.500,00","€ 512.904,00","+5,4%"],["Oneri per il personale","€ 3.905.000,00","€ 3.812.667,34","-2,4%"],["Interventi economici","€ 2.950.000,00","€ 2.874.210,90","-2,6%"]],
 results_heading="3. I risultati degli obiettivi operativi",
 header=["Codice","Indicatore","Algoritmo di calcolo","Target 2023","Consuntivo 2023","Grado di raggiungimento"],
 objectives=cc_oo,
 closing_heading="4. Sintesi",
 closing=["Dei 10 obiettivi operativi, 7 risultano raggiunti, 2 parzialmente raggiunti e 1 non raggiunto. La media del grado di raggiungimento degli indicatori valutabili è pari al 94,1%."]))

# ---------------- 2. AUSL piano (XLSX) ----------------
A1="1 – Prevenzione collettiva e sanità pubblica"; A2="2 – Assistenza territoriale e integrazione socio-sanitaria"; A3="3 – Sostenibilità, appropriatezza ed efficienza"
S11="1.1 – Aumentare le coperture vaccinali e l'adesione agli screening oncologici"; S12="1.2 – Tutelare la salute nei luoghi di lavoro e la sicurezza alimentare"
S21="2.1 – Rafforzare l'assistenza di prossimità (DM 77/2022)"; S22="2.2 – Tutelare la salute mentale e le fragilità"
S31="3.1 – Governare i tempi di attesa e l'appropriatezza prescrittiva"; S32="3.2 – Efficienza gestionale e transizione digitale"
asl_rows=[
 [A1,S11,"1.1.1 – Garantire le coperture vaccinali dell'età evolutiva","Copertura vaccinale esavalente a 24 mesi","N. bambini residenti vaccinati con ciclo completo (3 dosi) entro i 24 mesi / n. bambini residenti della coorte di nascita × 100","≥ 95% (NSG P01C)","94,8%","≥ 95%","≥ 95%","≥ 95%","UOC Igiene e Sanità Pubblica"],
 [A1,S11,"1.1.1 – Garantire le coperture vaccinali dell'età evolutiva","Copertura vaccinale MPR (prima dose) a 24 mesi","N. bambini residenti vaccinati con la prima dose di MPR entro i 24 mesi / n. bambini residenti della coorte di nascita × 100","≥ 95%","93,1%","≥ 94%","≥ 95%","≥ 95%","UOC Igiene e Sanità Pubblica"],
 [A1,S11,"1.1.2 – Migliorare l'adesione agli screening oncologici","Percentuale di adesione allo screening mammografico","Donne 45-74 anni che hanno eseguito la mammografia di screening / donne invitate al netto degli inviti inesitati e delle esclusioni × 100","≥ 60%","68,4%","≥ valore 2023","≥ valore 2023","≥ 70%","UOSD Screening oncologici"],
 [A1,S11,"1.1.2 – Migliorare l'adesione agli screening oncologici","Percentuale di adesione allo screening colorettale","Persone 50-69 anni che hanno eseguito il test FIT / persone invitate al netto degli inviti inesitati e delle esclusioni × 100","≥ 50%","47,2%","50-55%","55-60%","≥ 60%","UOSD Screening oncologici"],
 [A1,S12,"1.2.1 – Assicurare i controlli nelle aziende e negli stabilimenti alimentari","Percentuale di aziende con dipendenti ispezionate","N. aziende con almeno un dipendente oggetto di ispezione SPSAL / n. aziende con dipendenti attive sul territorio (fonte INAIL) × 100","≥ 5% (Piano regionale prevenzione)","5,6%","mantenimento","mantenimento","mantenimento","UOC Prevenzione e Sicurezza Ambienti di Lavoro"],
 [A1,S12,"1.2.1 – Assicurare i controlli nelle aziende e negli stabilimenti alimentari","Numero di controlli ufficiali negli stabilimenti del settore alimentare","Somma dei controlli ufficiali (ispezioni, audit, campionamenti) registrati nel sistema informativo regionale ORSA","Piano regionale integrato","1.842","≥ 1.800","≥ 1.800","≥ 1.850","UOC Igiene Alimenti e Nutrizione"],
 [A2,S21,"2.1.1 – Attivare le Case della Comunità e le Centrali Operative Territoriali","Numero di Case della Comunità attive","N. Case della Comunità con apertura h12 e équipe multiprofessionale operativa al 31/12","DM 77/2022","9","12","15","17","Direzione Attività Socio-Sanitarie – Distretti"],
 [A2,S21,"2.1.1 – Attivare le Case della Comunità e le Centrali Operative Territoriali","Percentuale di pazienti over 65 presi in carico in assistenza domiciliare","Pazienti di età ≥ 65 anni con almeno una presa in carico ADI nell'anno / popolazione residente di età ≥ 65 anni × 100","10% (target PNRR M6C1)","8,7%","9-10%","≥ 10%","≥ 10%","Direzione Attività Socio-Sanitarie – Distretti"],
 [A2,S21,"2.1.2 – Ridurre gli accessi impropri al Pronto Soccorso","Percentuale di accessi in Pronto Soccorso con codice bianco","Accessi con codice di priorità 5 (bianco) / totale degli accessi in PS × 100","n.d.","17,9%","≤ 16%","≤ 15%","≤ 14%","Dipartimento Emergenza-Urgenza"],
 [A2,S22,"2.2.1 – Garantire la presa in carico precoce nei servizi di salute mentale","Tempo medio di attesa per la prima visita nei Centri di Salute Mentale","Somma dei giorni tra richiesta e prima visita / n. prime visite erogate nell'anno","≤ 30 gg","34 gg","≤ 30 gg","≤ 25 gg","≤ 20 gg","DAI Salute Mentale e Dipendenze Patologiche"],
 [A2,S22,"2.2.2 – Potenziare la presa in carico delle persone con disabilità","Numero di progetti di vita individualizzati attivati per persone con disabilità","N. progetti personalizzati (L. 227/2021) approvati dall'Unità di Valutazione Multidimensionale nell'anno","—","186","≥ 200","≥ 230","≥ 260","Direzione Attività Socio-Sanitarie – UO Disabili adulti"],
 [A3,S31,"3.1.1 – Rispettare i tempi massimi di attesa delle prestazioni ambulatoriali","Percentuale di prime visite con priorità B erogate entro 10 giorni","Prime visite in classe B erogate entro 10 gg / prime visite in classe B prenotate × 100 (monitoraggio ex ante regionale)","≥ 90%","86,5%","≥ 90%","≥ 90%","≥ 90%","Direzione Sanitaria – Governo Liste di Attesa"],
 [A3,S31,"3.1.1 – Rispettare i tempi massimi di attesa delle prestazioni ambulatoriali","Tempo medio di attesa per la RMN muscoloscheletrica in classe D","Somma dei giorni di attesa tra prenotazione ed erogazione / n. prestazioni RMN muscoloscheletriche erogate in classe D","≤ 30 gg","41 gg","≤ 35 gg","≤ 30 gg","≤ 30 gg","Direzione Sanitaria – Governo Liste di Attesa"],
 [A3,S31,"3.1.1 – Rispettare i tempi massimi di attesa delle prestazioni ambulatoriali","Percentuale di prescrizioni specialistiche con quesito diagnostico e classe di priorità","Prescrizioni dematerializzate con quesito diagnostico e classe di priorità compilati / prescrizioni totali di primo accesso × 100","100%","92,3%","≥ 95%","100%","100%","Direzione Sanitaria – Governo Liste di Attesa"],
 [A3,S32,"3.2.1 – Contenere la spesa farmaceutica e dei dispositivi medici","Spesa farmaceutica convenzionata pro capite pesata","Spesa farmaceutica convenzionata netta / popolazione pesata secondo i criteri regionali","€ 136,00 (media RER)","€ 139,52","≤ € 138,00","≤ € 137,00","≤ € 136,00","UOC Farmaceutica Territoriale"],
 [A3,S32,"3.2.1 – Contenere la spesa farmaceutica e dei dispositivi medici","Indicatore di tempestività dei pagamenti","Media dei giorni di ritardo rispetto alla scadenza delle fatture, ponderata per l'importo (art. 9 DPCM 22/09/2014)","≤ 0 gg","-6 gg","≤ 0 gg","≤ 0 gg","≤ 0 gg","UOC Bilancio e Programmazione Finanziaria"],
 [A3,S32,"3.2.1 – Contenere la spesa farmaceutica e dei dispositivi medici","Percentuale di acquisti effettuati tramite convenzioni Intercent-ER e Consip","Valore degli acquisti tramite centrali di committenza / valore totale degli acquisti di beni e servizi × 100","≥ 80% (DGR 1402/2022)","84,3%","mantenimento","≥ 85%","≥ 85%","UOC Acquisizione Beni e Servizi"],
 [A3,S32,"3.2.2 – Sviluppare il Fascicolo Sanitario Elettronico","Percentuale di referti di laboratorio indicizzati nel FSE","Referti di laboratorio pubblicati nel FSE secondo lo standard HL7 CDA2 / referti di laboratorio prodotti × 100","≥ 90% (target PNRR)","n.d.","80-90%","≥ 90%","≥ 95%","UOC Tecnologie Informatiche e Telematiche"],
 [A3,S32,"3.2.2 – Sviluppare il Fascicolo Sanitario Elettronico","Percentuale di assistiti con FSE attivato","Assistiti che hanno espresso il consenso all'alimentazione del FSE / assistiti in anagrafe × 100","—","72,1%","mantenimento","≥ 80%","≥ 85%","UOC Tecnologie Informatiche e Telematiche"],
]
w("ausl-parma-2024-piano", dict(
 document=dict(issuer="Azienda Unità Sanitaria Locale di Parma", title="Piano della performance", year=2024, kind="piano"),
 title_lines=["AZIENDA UNITÀ SANITARIA LOCALE DI PARMA","Piano della performance 2024-2026 – Allegato 1: Indicatori e target degli obiettivi aziendali"],
 header=["Area","Obiettivo strategico","Obiettivo operativo","Indicatore","Formula","Standard","Valore 2023","Target 2024","Target 2025","Target 2026","Struttura responsabile"],
 rows=asl_rows,
 note="Legenda: «mantenimento» = conservare il valore raggiunto nell'anno precedente; «≥ valore 2023» = valore non inferiore al consuntivo 2023. Fonte dei valori 2023: flussi informativi regionali (SDO, ADI, PS, ASA), estrazione al 29/02/2024.",
 budget_title="Allegato 2 – Risorse assegnate per macro-livello di assistenza (bilancio preventivo economico 2024)",
 budget_header=["Macro-livello LEA","Costi 2023 (consuntivo)","Costi 2024 (preventivo)","Variazione %"],
 budget_rows=[["Prevenzione collettiva e sanità pubblica","€ 41.280.000","€ 42.950.000","4,0%"],["Assistenza distrettuale","€ 512.640.000","€ 528.300.000","3,1%"],["Assistenza ospedaliera","€ 398.120.000","€ 401.700.000","0,9%"],["Totale","€ 952.040.000","€ 972.950.000","2,2%"]]))

# ---------------- 3. Regione relazione (reportlab 2-col) ----------------
R="Raggiunto"; P="Parzialmente raggiunto"; N="Non raggiunto"
reg=[
 dict(code="1",title="Sviluppo economico, lavoro e formazione",objectives=[
  dict(code="1.1",title="Sostenere l'occupazione e le competenze",cards=[
   ("IND 1.1.1","Numero di destinatari del programma GOL presi in carico dai Centri per l'impiego","numero","≥ 12.000","13.418","+1.418",R,None),
   ("IND 1.1.2","Percentuale di percorsi formativi avviati entro 60 giorni dall'approvazione delle graduatorie","%","≥ 80%","76,5%","-3,5 p.p.",P,"Slittamento dovuto ai ricorsi sulla graduatoria dell'Avviso n. 4/2023."),
   ("IND 1.1.3","Tasso di inserimento occupazionale a 6 mesi dei tirocinanti","%","≥ 35%","38,2%","+3,2 p.p.",R,None)]),
  dict(code="1.2",title="Accelerare l'attuazione dei programmi europei",cards=[
   ("IND 1.2.1","Percentuale di spesa certificata del PR FESR 2021-2027","%","≥ 8%","9,4%","+1,4 p.p.",R,"Rispettata la regola di disimpegno automatico N+3."),
   ("IND 1.2.2","Tempo medio di istruttoria delle domande di contributo alle imprese","giorni","≤ 90 gg","104 gg","+14 gg",N,"Ritardi dovuti all'avvio del nuovo sistema informativo di gestione dei bandi."),
   ("IND 1.2.3","Numero di avvisi pubblicati a valere sul PR FSE+ 2021-2027","numero","6","6","0",R,None)])]),
 dict(code="2",title="Ambiente, territorio e infrastrutture",objectives=[
  dict(code="2.1",title="Tutelare il territorio e ridurre il rischio idrogeologico",cards=[
   ("IND 2.1.1","Percentuale di realizzazione degli interventi di mitigazione del rischio idrogeologico finanziati","%","≥ 60%","63%","+3 p.p.",R,None),
   ("IND 2.1.2","Tempo medio di rilascio delle autorizzazioni paesaggistiche","giorni","≤ 60 gg","52 gg","-8 gg",R,None),
   ("IND 2.1.3","Percentuale di raccolta differenziata regionale","%","≥ 65%","61,8% (dato provvisorio)","-3,2 p.p.",P,"Dato ISPRA definitivo atteso a dicembre 2024.")]),
  dict(code="2.2",title="Promuovere la mobilità sostenibile e le infrastrutture",cards=[
   ("IND 2.2.1","Percentuale di corse del TPL su gomma effettuate rispetto al programma di esercizio","%","≥ 98%","98,6%","+0,6 p.p.",R,None),
   ("IND 2.2.2","Numero di nuovi autobus a basse emissioni immessi in servizio","numero","≥ 40","40","0",R,None),
   ("IND 2.2.3","Stato di avanzamento dei lavori della variante alla SS 598 (lotto 2)","%","30%","n.d.","n.d.",N,"Lavori sospesi da luglio 2023 per perizia di variante.")])]),
 dict(code="3",title="Sanità, welfare e organizzazione regionale",objectives=[
  dict(code="3.1",title="Migliorare la governance del Servizio sanitario regionale",cards=[
   ("IND 3.1.1","Punteggio LEA dell'area distrettuale (Nuovo Sistema di Garanzia)","punti","≥ 60","63,4","+3,4",R,None),
   ("IND 3.1.2","Valore della mobilità sanitaria passiva ospedaliera","€","≤ € 95.000.000","€ 98.700.000","+€ 3.700.000",N,None)]),
  dict(code="3.2",title="Rendere l'amministrazione regionale efficiente e digitale",cards=[
   ("IND 3.2.1","Percentuale di procedimenti amministrativi conclusi nei termini","%","≥ 95%","96,1%","+1,1 p.p.",R,None),
   ("IND 3.2.2","Tempo medio di pagamento delle fatture commerciali","giorni","≤ 30 gg","27 gg","-3 gg",R,None),
   ("IND 3.2.3","Numero di servizi on line integrati con SPID/CIE e pagoPA","numero","≥ 25","31","+6",R,None),
   ("IND 3.2.4","Ore medie di formazione per dipendente","ore","≥ 24 ore","21,5 ore","-2,5 ore",P,None)])]),
]
w("regione-basilicata-2023-relazione", dict(
 document=dict(issuer="Regione Basilicata", title="Relazione sulla performance", year=2023, kind="relazione"),
 cover=["REGIONE BASILICATA","Relazione sulla performance 2023","Dipartimento Presidenza della Giunta – Ufficio Controllo di gestione e performance"],
 intro=["La presente Relazione rendiconta i risultati conseguiti nel 2023 dall'amministrazione regionale rispetto agli obiettivi strategici definiti nella sottosezione Performance del PIAO 2023-2025, adottato con D.G.R. n. 118 del 28 febbraio 2023.",
        "Per ogni obiettivo strategico sono presentate le schede degli indicatori, con il valore rilevato al 31 dicembre, lo scostamento rispetto al target e l'esito della valutazione. Lo scostamento è espresso in punti percentuali (p.p.) per gli indicatori percentuali e nell'unità di misura dell'indicatore negli altri casi.",
        "I dati sono stati validati dall'Organismo Indipendente di Valutazione nella seduta del 24 maggio 2024. Gli indicatori con esito non raggiunto sono accompagnati da una nota esplicativa del Dipartimento competente."],
 summary_header=["Esito","N. indicatori","%"],
 summary_rows=[["Raggiunto","12","66,7%"],["Parzialmente raggiunto","3","16,7%"],["Non raggiunto","3","16,7%"],["Totale","18","100,0%"]],
 areas=reg))

# ---------------- 4. Comune PIAO (DOCX) ----------------
com=[
 dict(code="1",title="Livorno semplice e digitale",oos=[
  dict(code="1.1",title="Digitalizzare i servizi al cittadino e alle imprese",rows=[
   ("Numero di servizi comunali accessibili online con SPID/CIE","38",[("≥ 45","10%"),("≥ 55","10%"),("≥ 60","5%")]),
   ("Percentuale di pagamenti incassati tramite pagoPA","71,4%",[("≥ 80%","5%"),("≥ 85%","5%"),("≥ 90%","5%")])]),
  dict(code="1.2",title="Ridurre i tempi dei procedimenti edilizi e SUAP",rows=[
   ("Tempo medio di rilascio dei permessi di costruire","87 gg",[("≤ 75 gg","10%"),("≤ 70 gg","10%"),("≤ 60 gg","10%")]),
   ("Percentuale di pratiche SUAP concluse nei termini di legge","n.d.",[("≥ 90%","5%"),("≥ 92%","5%"),("≥ 95%","5%")])])]),
 dict(code="2",title="Livorno sostenibile e vivibile",oos=[
  dict(code="2.1",title="Incrementare la raccolta differenziata e ridurre i rifiuti",rows=[
   ("Percentuale di raccolta differenziata","61,2%",[("65%","10%"),("68%","10%"),("70%","10%")]),
   ("Numero di isole ecologiche informatizzate installate","24",[("40","5%"),("60","5%"),("","")])]),
  dict(code="2.2",title="Curare il verde e gli spazi pubblici",rows=[
   ("Superficie di verde pubblico in manutenzione programmata (mq)","1.250.000 mq",[("≥ 1.300.000","5%"),("≥ 1.350.000","5%"),("mantenimento","5%")]),
   ("Tempo medio di intervento sulle segnalazioni di buche stradali","12 gg",[("≤ 10 gg","5%"),("≤ 8 gg","5%"),("≤ 7 gg","5%")])])]),
 dict(code="3",title="Livorno inclusiva e solidale",oos=[
  dict(code="3.1",title="Ampliare i servizi educativi e sociali",rows=[
   ("Numero di posti disponibili nei nidi d'infanzia comunali e convenzionati","742",[("≥ 780","10%"),("≥ 820","10%"),("≥ 850","10%")]),
   ("Tempo medio di presa in carico dei nuclei richiedenti l'Assegno di inclusione","n.d.",[("entro 30 gg","5%"),("entro 25 gg","5%"),("entro 20 gg","5%")]),
   ("Percentuale di utenti soddisfatti dei servizi bibliotecari","88%",[("≥ 85%","5%"),("≥ 85%","5%"),("≥ 88%","5%")])])]),
 dict(code="4",title="Ente efficiente e trasparente",oos=[
  dict(code="4.1",title="Garantire la sostenibilità finanziaria dell'ente",rows=[
   ("Indicatore annuale di tempestività dei pagamenti","-3,2 gg",[("≤ 0 gg","10%"),("≤ 0 gg","10%"),("≤ 0 gg","10%")]),
   ("Capacità di riscossione delle entrate tributarie in conto competenza","78,6%",[("≥ 80%","5%"),("≥ 82%","5%"),("≥ 85%","5%")]),
   ("Riduzione dei residui attivi di parte corrente","€ 38,4 mln",[("≤ € 35 mln","5%"),("≤ € 32 mln","5%"),("≤ € 30 mln","10%")])]),
  dict(code="4.2",title="Valorizzare le competenze del personale",rows=[
   ("Ore di formazione pro capite del personale dipendente","14,2",[("≥ 18","5%"),("≥ 20","5%"),("≥ 24","10%")])])]),
]
w("comune-livorno-2025-piano", dict(
 document=dict(issuer="Comune di Livorno", title="Piano integrato di attività e organizzazione", year=2025, kind="piao"),
 cover=["COMUNE DI LIVORNO","Piano integrato di attività e organizzazione","2025 – 2027","Approvato con deliberazione della Giunta comunale n. 27 del 30 gennaio 2025"],
 intro_heading="Sottosezione 2.2 – Performance",
 intro=["La sottosezione individua gli obiettivi di performance organizzativa dell'ente per il triennio 2025-2027, in coerenza con le linee programmatiche di mandato e con la Sezione strategica del DUP 2025-2027. Per ogni obiettivo operativo sono indicati gli indicatori, il valore di partenza (baseline al 31/12/2023) e, per ciascun anno, il target e il peso dell'indicatore ai fini della valutazione della performance organizzativa.",
        "I pesi sono espressi in percentuale e riferiti al complesso degli indicatori dell'anno. Il monitoraggio intermedio è effettuato al 30 giugno e al 30 settembre di ogni anno dal Servizio Controllo di gestione."],
 header_top=["Indicatore","Baseline","2025","2026","2027"],
 header_sub=["Target","Peso"],
 years=[2025,2026,2027],
 strategic=com,
 staff_heading="Sottosezione 3.3 – Piano triennale dei fabbisogni di personale (sintesi)",
 staff_header=["Area professionale (CCNL 2019-2021)","Dotazione al 31/12/2024","Assunzioni 2025","Assunzioni 2026","Assunzioni 2027"],
 staff_rows=[["Area dei Funzionari e dell'Elevata Qualificazione","312","18","12","10"],["Area degli Istruttori","598","24","15","15"],["Area degli Operatori esperti","241","6","4","4"],["Area degli Operatori","37","0","0","0"],["Dirigenti","24","2","1","1"]]))
print("ok")

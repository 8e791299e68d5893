import json
C = {
 "name": "ministero-infrastrutture-2023-relazione",
 "document": {"issuer": "Ministero delle infrastrutture e dei trasporti", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["Ministero delle infrastrutture e dei trasporti", "Organismo Indipendente di Valutazione della performance – Struttura tecnica permanente",
           "RELAZIONE SULLA PERFORMANCE", "Anno 2023", "(art. 10, comma 1, lettera b), del d.lgs. 27 ottobre 2009, n. 150)",
           "Validata dall'OIV in data 28 giugno 2024"],
 "intro": [
  ("h", "1. Presentazione della Relazione"),
  ("p", "La presente Relazione illustra i risultati organizzativi conseguiti nell'anno 2023 dal Ministero delle infrastrutture e dei trasporti rispetto agli obiettivi specifici triennali e agli obiettivi annuali definiti nel Piano integrato di attività e organizzazione 2023-2025, adottato con decreto ministeriale n. 41 del 31 gennaio 2023. I dati sono stati rilevati dai Centri di responsabilità amministrativa attraverso il sistema informativo di controllo di gestione e verificati dalla Struttura tecnica permanente."),
  ("p", "Per ciascun obiettivo annuale la tabella riporta l'indicatore associato, la tipologia secondo la classificazione della Nota integrativa al bilancio, il metodo di calcolo, il target programmato e il valore a consuntivo. Lo scostamento è espresso nella stessa unità di misura del target; ove il target non è stato conseguito è riportata la motivazione fornita dal Centro di responsabilità."),
  ("h", "2. Risorse finanziarie per priorità politica"),
  ("p", "La tabella seguente riepiloga, per ciascuna priorità politica, gli stanziamenti definitivi di competenza e gli impegni assunti nell'esercizio 2023 sui programmi di spesa collegati agli obiettivi."),
 ],
 "budget_header": ["Priorità politica", "Stanziamenti definitivi (€)", "Impegni (€)", "Pagamenti (€)", "% impegnato"],
 "budget_rows": [
  ["1 – Sicurezza delle infrastrutture e della mobilità", "2.418.336.512,00", "2.201.874.109,35", "1.655.402.917,12", "91,0%"],
  ["2 – Transizione ecologica dei trasporti", "3.906.120.440,00", "3.512.667.020,84", "2.407.118.352,60", "89,9%"],
  ["3 – Efficienza amministrativa e digitalizzazione", "187.455.019,00", "171.390.662,27", "149.208.775,03", "91,4%"],
  ["Totale", "6.511.911.971,00", "5.885.931.792,46", "4.211.730.044,75", "90,4%"],
 ],
 "table_heading": "3. Risultati degli obiettivi annuali 2023",
 "table_intro": "Nella tabella gli obiettivi specifici triennali e gli obiettivi annuali sono riportati una sola volta per tutti gli indicatori ad essi associati.",
 "header": ["Priorità politica", "Obiettivo specifico", "Obiettivo annuale", "Indicatore", "Tipologia", "Metodo di calcolo", "Target 2023", "Valore a consuntivo", "Scostamento", "Motivazione scostamento"],
 "priorities": [
  {"code": "1", "title": "Sicurezza delle infrastrutture e della mobilità", "specifici": [
   {"code": "1.1", "title": "Rafforzare il sistema di vigilanza e controllo sulla sicurezza di ponti, viadotti e gallerie della rete stradale e autostradale", "annuali": [
    {"code": "1.1.1", "title": "Attuazione del programma annuale di ispezioni sulle opere d'arte della rete autostradale in concessione", "ind": [
     {"indicator": "Percentuale di ispezioni sulle opere d'arte autostradali eseguite rispetto a quelle programmate nel piano annuale", "type": "Indicatore di realizzazione fisica",
      "formula": "Numero di ispezioni eseguite dagli Uffici ispettivi territoriali / numero di ispezioni programmate nel piano annuale approvato dalla Direzione generale x 100",
      "target": ">= 90%", "actual": "94,6%", "scost": "+4,6 p.p.", "motiv": ""},
     {"indicator": "Tempo medio di trasmissione al concessionario delle prescrizioni a seguito di ispezione con esito di criticità", "type": "Indicatore di risultato (output)",
      "formula": "Somma dei giorni intercorsi tra la data del verbale di ispezione e la data di notifica delle prescrizioni al concessionario / numero di ispezioni con criticità rilevate",
      "target": "<= 15 gg", "actual": "11,3 gg", "scost": "-3,7 gg", "motiv": ""}]},
    {"code": "1.1.2", "title": "Aggiornamento dell'Archivio informatico nazionale delle opere pubbliche (AINOP) per le opere della rete di interesse nazionale", "ind": [
     {"indicator": "Percentuale di opere della rete stradale di interesse nazionale censite in AINOP con scheda di classificazione del rischio completa", "type": "Indicatore di realizzazione fisica",
      "formula": "Numero di opere con scheda di classificazione del rischio ai sensi delle Linee guida del 2020 validata in AINOP / numero totale di opere censite sulla rete di interesse nazionale x 100",
      "target": ">= 75%", "actual": "68,2%", "scost": "-6,8 p.p.",
      "motiv": "Il ritardo è dovuto al mancato completamento delle schede di livello 2 da parte di due gestori regionali subentrati nel corso dell'anno, per i quali è stato concesso un termine suppletivo al 31 marzo 2024; il valore a tale data è pari al 79,1%."}]}]},
   {"code": "1.2", "title": "Migliorare la sicurezza della circolazione e la qualità dei servizi della motorizzazione civile", "annuali": [
    {"code": "1.2.1", "title": "Riduzione dei tempi di attesa per gli esami di guida presso gli Uffici della motorizzazione civile", "ind": [
     {"indicator": "Tempo medio di attesa per la prenotazione della prova pratica di guida per la patente di categoria B", "type": "Indicatore di risultato (output)",
      "formula": "Media, sugli Uffici della motorizzazione civile, dei giorni intercorrenti tra la richiesta di prenotazione da parte dell'autoscuola e la data della prima seduta d'esame disponibile",
      "target": "<= 45 gg", "actual": "52 gg", "scost": "+7 gg",
      "motiv": "Carenza di esaminatori in sei Uffici del Nord-Ovest e del Centro a seguito di pensionamenti non ancora reintegrati; le sedute aggiuntive autorizzate nel secondo semestre (n. 1.240) hanno ridotto il tempo medio da 68 a 52 giorni ma non hanno consentito il pieno recupero."},
     {"indicator": "Numero di sedute d'esame aggiuntive svolte in orario straordinario presso gli Uffici con maggiore arretrato", "type": "Indicatore di realizzazione fisica",
      "formula": "Conteggio delle sedute d'esame aggiuntive registrate nel sistema informativo della motorizzazione (Portale dell'automobilista) nel periodo 1 gennaio – 31 dicembre",
      "target": ">= 1.000", "actual": "1.240", "scost": "+240", "motiv": ""}]},
    {"code": "1.2.2", "title": "Potenziamento dei controlli tecnici su strada dei veicoli commerciali pesanti", "ind": [
     {"indicator": "Numero di controlli tecnici su strada effettuati con i Centri mobili di revisione", "type": "Indicatore di realizzazione fisica",
      "formula": "Numero di veicoli commerciali sottoposti a controllo tecnico su strada con i Centri mobili di revisione, come da verbali trasmessi dagli Uffici",
      "target": ">= 18.000", "actual": "19.472", "scost": "+1.472", "motiv": ""}]}]}]},
  {"code": "2", "title": "Transizione ecologica dei trasporti e sviluppo della mobilità sostenibile", "specifici": [
   {"code": "2.1", "title": "Accelerare la realizzazione degli interventi di trasporto rapido di massa e il rinnovo del parco autobus del trasporto pubblico locale", "annuali": [
    {"code": "2.1.1", "title": "Erogazione delle risorse per il rinnovo del parco autobus con veicoli a basse o zero emissioni", "ind": [
     {"indicator": "Percentuale di risorse del Piano strategico nazionale della mobilità sostenibile erogate alle Regioni rispetto alle risorse assegnate per l'annualità", "type": "Indicatore di realizzazione finanziaria",
      "formula": "Importo dei decreti di erogazione emessi a favore delle Regioni e delle Città metropolitane / importo complessivo delle risorse assegnate per l'annualità 2023 x 100",
      "target": ">= 85%", "actual": "88,7%", "scost": "+3,7 p.p.", "motiv": ""},
     {"indicator": "Numero di autobus a zero emissioni immatricolati con il contributo statale", "type": "Indicatore di impatto (outcome)",
      "formula": "Numero di autobus elettrici o a idrogeno immatricolati nell'anno e rendicontati dalle Regioni sulla piattaforma di monitoraggio",
      "target": ">= 650", "actual": "n.d.", "scost": "n.d.",
      "motiv": "Il dato di consuntivo non è disponibile alla data di redazione della Relazione, in quanto le Regioni rendicontano le immatricolazioni entro il 30 giugno dell'anno successivo; il valore sarà comunicato con la Relazione 2024."}]},
    {"code": "2.1.2", "title": "Monitoraggio dello stato di attuazione degli interventi di trasporto rapido di massa finanziati", "ind": [
     {"indicator": "Grado di copertura del monitoraggio trimestrale degli interventi di trasporto rapido di massa finanziati", "type": "Indicatore di risultato (output)",
      "formula": "Numero di interventi con scheda di monitoraggio trimestrale aggiornata nella banca dati BDAP-MOP / numero di interventi finanziati x 100",
      "target": "100%", "actual": "96,4%", "scost": "-3,6 p.p.",
      "motiv": "Per quattro interventi il soggetto attuatore non ha alimentato la banca dati nel quarto trimestre; sono state inviate diffide ad adempiere e i dati risultano completati a febbraio 2024."}]}]},
   {"code": "2.2", "title": "Promuovere il trasferimento modale delle merci dalla strada alla ferrovia e alle vie del mare", "annuali": [
    {"code": "2.2.1", "title": "Gestione delle misure di incentivazione Marebonus e Ferrobonus", "ind": [
     {"indicator": "Tempo medio di liquidazione dei contributi Ferrobonus dalla presentazione della rendicontazione completa", "type": "Indicatore di efficienza",
      "formula": "Somma dei giorni intercorsi tra la data di ricezione della rendicontazione completa e la data del mandato di pagamento / numero di istanze liquidate nell'anno",
      "target": "<= 90 gg", "actual": "74 gg", "scost": "-16 gg", "motiv": ""},
     {"indicator": "Percentuale di istanze Marebonus istruite entro i termini previsti dal decreto attuativo", "type": "Indicatore di risultato (output)",
      "formula": "Numero di istanze Marebonus istruite entro 60 giorni dalla presentazione / numero di istanze Marebonus presentate nell'anno x 100",
      "target": ">= 95%", "actual": "97,8%", "scost": "+2,8 p.p.", "motiv": ""}]}]}]},
  {"code": "3", "title": "Efficienza amministrativa, trasparenza e digitalizzazione dei processi", "specifici": [
   {"code": "3.1", "title": "Migliorare la tempestività dei pagamenti e la qualità della spesa", "annuali": [
    {"code": "3.1.1", "title": "Riduzione dei tempi di pagamento delle transazioni commerciali", "ind": [
     {"indicator": "Indicatore annuale di tempestività dei pagamenti", "type": "Indicatore di efficienza",
      "formula": "Somma, per ciascuna fattura pagata, dei giorni effettivi intercorrenti tra la data di scadenza e la data di pagamento, moltiplicati per l'importo, rapportata alla somma degli importi pagati (art. 9 DPCM 22 settembre 2014)",
      "target": "<= 0 gg", "actual": "-6,2 gg", "scost": "-6,2 gg", "motiv": ""}]},
    {"code": "3.1.2", "title": "Digitalizzazione dei procedimenti di autorizzazione al trasporto eccezionale", "ind": [
     {"indicator": "Percentuale di autorizzazioni ai trasporti eccezionali rilasciate tramite la piattaforma telematica nazionale", "type": "Indicatore di realizzazione fisica",
      "formula": "Numero di autorizzazioni rilasciate tramite piattaforma telematica / numero complessivo di autorizzazioni rilasciate dagli enti proprietari delle strade statali x 100",
      "target": ">= 60%", "actual": "41,5%", "scost": "-18,5 p.p.",
      "motiv": "L'avvio in esercizio della piattaforma, previsto per il mese di aprile, è slittato a settembre 2023 per l'adeguamento alle prescrizioni dell'Agenzia per la cybersicurezza nazionale; nell'ultimo trimestre la quota di autorizzazioni telematiche ha raggiunto il 78%."},
     {"indicator": "Adozione del decreto di disciplina delle modalità telematiche di presentazione delle istanze", "type": "Indicatore di realizzazione fisica",
      "formula": "Adozione del provvedimento (SI/NO)",
      "target": "Entro giugno 2023", "actual": "Decreto adottato il 14 giugno", "scost": "—", "motiv": ""}]}]}]},
 ],
 "closing": [("h", "4. Sintesi dei risultati"),
  ("p", "Dei 14 indicatori associati agli obiettivi annuali 2023, 9 hanno raggiunto o superato il target, 4 presentano uno scostamento negativo e per 1 il valore a consuntivo non è ancora disponibile. Le motivazioni degli scostamenti sono state esaminate dall'OIV in sede di validazione della Relazione e saranno tenute in conto nella programmazione degli obiettivi del ciclo 2025-2027.")],
}
json.dump(C, open("/work/blind/r12/ministero-infrastrutture-2023-relazione.content.json", "w"), ensure_ascii=False, indent=1)

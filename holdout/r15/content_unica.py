"""Content: Università degli Studi di Cagliari – Relazione sulla performance 2023 (reportlab)."""
import json

HDR = ["Obiettivo", "Indicatore", "Target 2023", "Valore 2023", "Stato", "Commento"]


def I(ind, t, a, sem, comm):
    return {"indicator": ind, "target": t, "actual": a, "semaforo": sem, "commento": comm}


ambiti = [
 {"code": "1", "title": "Didattica",
  "intro": "Gli obiettivi dell'ambito della didattica mirano a migliorare la regolarità delle carriere degli studenti, ad ampliare l'offerta formativa internazionale e a ridurre gli abbandoni al primo anno, in coerenza con gli indicatori della programmazione triennale del Ministero (PRO3 2021-2023).",
  "obj": [
   {"code": "D.1", "title": "Migliorare la regolarità delle carriere degli studenti", "ind": [
     I("Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "≥ 52%", "54,3%", "g", "Risultato superiore al target grazie al potenziamento del tutorato disciplinare nei corsi del primo anno."),
     I("Percentuale di laureati entro la durata normale del corso", "≥ 55%", "51,8%", "y", "In crescita di 1,6 punti sul 2022 ma sotto il target; criticità nelle lauree magistrali a ciclo unico."),
     I("Tasso di abbandono dopo il primo anno (lauree triennali)", "≤ 14%", "15,9%", "r", "Abbandoni in aumento nei corsi dell'area tecnico-scientifica; avviato un piano di orientamento con le scuole.")]},
   {"code": "D.2", "title": "Rafforzare la dimensione internazionale della didattica", "ind": [
     I("Numero di corsi di studio erogati interamente in lingua inglese", "8", "8", "g", "Attivati nell'a.a. 2023/24 i corsi in Global Health e in Data Science."),
     I("Percentuale di CFU conseguiti all'estero sul totale dei CFU", "≥ 2,5%", "2,1%", "y", "Mobilità Erasmus+ in ripresa dopo la pandemia, ancora inferiore ai livelli del 2019."),
     I("Numero di studenti internazionali iscritti al primo anno", "≥ 350", "n.d.", "y", "Dato ANS non ancora consolidato; stima interna pari a circa 330 iscritti.")]}]},
 {"code": "2", "title": "Ricerca",
  "intro": "Per la ricerca l'Ateneo ha inteso accrescere la capacità di attrarre finanziamenti competitivi, consolidare la qualità della produzione scientifica in vista della VQR 2020-2024 e valorizzare i dottorati di ricerca, anche attraverso le risorse del PNRR.",
  "obj": [
   {"code": "R.1", "title": "Aumentare la capacità di attrarre finanziamenti competitivi", "ind": [
     I("Importo dei finanziamenti da bandi competitivi nazionali e internazionali", "≥ € 18 mln", "€ 21,4 mln", "g", "Incidono in modo determinante i progetti PRIN 2022 e i partenariati estesi del PNRR."),
     I("Numero di progetti Horizon Europe presentati come coordinatore", "≥ 12", "9", "r", "Proposte inferiori all'atteso; Grant Office potenziato con due unità a fine anno.")]},
   {"code": "R.2", "title": "Migliorare la qualità della produzione scientifica", "ind": [
     I("Percentuale di docenti attivi nella ricerca (almeno 2 prodotti nel triennio)", "≥ 92%", "93,6%", "g", "Obiettivo raggiunto in tutti i dipartimenti tranne due, oggetto di monitoraggio specifico."),
     I("Percentuale di pubblicazioni in collaborazione con coautori stranieri", "≥ 30%", "28,4%", "y", "Andamento positivo rispetto al 2022 (26,9%).")]},
   {"code": "R.3", "title": "Valorizzare il dottorato di ricerca", "ind": [
     I("Numero di borse di dottorato finanziate da enti esterni e imprese", "≥ 60", "74", "g", "Risultato trainato dalle borse PNRR (D.M. 117/2023) per dottorati innovativi con le imprese.")]}]},
 {"code": "3", "title": "Terza missione e impatto sociale",
  "intro": "L'ambito della terza missione comprende il trasferimento tecnologico, la formazione continua e le attività di public engagement rivolte alla comunità regionale.",
  "obj": [
   {"code": "T.1", "title": "Potenziare il trasferimento tecnologico", "ind": [
     I("Numero di brevetti depositati", "≥ 10", "11", "g", "Depositati 11 brevetti, di cui 3 in estensione internazionale PCT."),
     I("Entrate da attività conto terzi", "€ 6,5 mln", "€ 5,9 mln", "y", "Calo delle commesse nel settore ingegneristico, compensato in parte dalle analisi di laboratorio.")]},
   {"code": "T.2", "title": "Sviluppare il public engagement", "ind": [
     I("Numero di iniziative di public engagement registrate nel catalogo IRIS", "≥ 250", "312", "g", "Ottima partecipazione alla Notte europea dei ricercatori e al festival della scienza."),
     I("Avvio del catalogo unico dell'offerta di formazione continua", "Entro il 31/12/2023", "Pubblicato il 15/11/2023", "g", None)]}]},
 {"code": "4", "title": "Organizzazione e servizi",
  "intro": "Gli obiettivi dell'ambito organizzativo, assegnati alla Direzione generale, riguardano la sostenibilità economico-finanziaria, la tempestività dei pagamenti e la qualità dei servizi percepita da studenti e personale.",
  "obj": [
   {"code": "O.1", "title": "Garantire la sostenibilità e la tempestività della gestione", "ind": [
     I("Indicatore di sostenibilità economico-finanziaria (ISEF)", "≥ 1,10", "1,21", "g", "Valore in linea con il triennio precedente."),
     I("Tempo medio di pagamento delle fatture", "≤ 30 gg", "24 gg", "g", "Migliora di 6 giorni rispetto al 2022 per effetto della liquidazione digitale.")]},
   {"code": "O.2", "title": "Migliorare la qualità percepita dei servizi", "ind": [
     I("Grado di soddisfazione degli studenti per i servizi di segreteria (scala 1-6)", "≥ 4,2", "4,0", "y", "Criticità sui tempi di risposta del contact center durante le immatricolazioni."),
     I("Percentuale di personale tecnico-amministrativo formato", "≥ 70%", "n.d.", "r", "Piano formativo rinviato al 2024 per il ritardo nell'aggiudicazione del servizio.")]}]},
]

content = {
 "name": "universita-cagliari-2023-relazione",
 "document": {"issuer": "Università degli Studi di Cagliari", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["UNIVERSITÀ DEGLI STUDI DI CAGLIARI", "Direzione generale – Settore Performance e Qualità",
           "Relazione sulla performance", "Anno 2023",
           "Approvata dal Consiglio di Amministrazione nella seduta del 27 giugno 2024 e validata dal Nucleo di Valutazione il 10 luglio 2024"],
 "presentazione": [
   "La Relazione sulla performance 2023 rendiconta i risultati conseguiti dall'Ateneo rispetto agli obiettivi definiti nella sezione «Valore pubblico, performance e anticorruzione» del PIAO 2023-2025. Per ciascun ambito strategico sono riportati gli obiettivi, gli indicatori, il target atteso e il valore registrato al 31 dicembre 2023.",
   "Lo stato di avanzamento di ciascun indicatore è rappresentato con un semaforo, secondo la legenda riportata in calce a ciascuna tabella; nella colonna «Commento» la struttura responsabile illustra sinteticamente le cause degli scostamenti e le azioni correttive intraprese.",
 ],
 "sintesi": {"header": ["Esito", "N. indicatori", "%"],
             "rows": [["Raggiunto", "10", "52,6%"], ["Parzialmente raggiunto", "6", "31,6%"], ["Non raggiunto", "3", "15,8%"], ["Totale", "19", "100,0%"]]},
 "header": HDR,
 "ambiti": ambiti,
 "legend": [("g", "Raggiunto"), ("y", "Parzialmente raggiunto"), ("r", "Non raggiunto")],
 "closing": [
   "Il Nucleo di Valutazione, nella relazione di validazione, ha rilevato la coerenza tra i risultati rendicontati e le evidenze documentali fornite dalle strutture, raccomandando per il ciclo 2024 una maggiore attenzione alla misurabilità degli indicatori della terza missione.",
   "Gli esiti della Relazione sono utilizzati ai fini della valutazione della performance organizzativa delle strutture e della performance individuale del Direttore generale e dei dirigenti, secondo il Sistema di misurazione e valutazione della performance (SMVP) 2023.",
 ],
}
json.dump(content, open(content["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)

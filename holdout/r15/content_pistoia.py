"""Content: Comune di Pistoia – Relazione sulla performance 2023 (portrait doc, landscape section)."""
import json

H = ["Linea di mandato", "Obiettivo strategico", "Obiettivo operativo", "Indicatore",
     "Unità di misura", "Target", "Consuntivo", "Grado di raggiungimento %"]


def I(ind, unit, target, actual, ach):
    return {"indicator": ind, "unit": unit, "target": target, "actual": actual, "achievement": ach}


lines = [
 {"code": "1", "title": "Pistoia città sicura, solidale e inclusiva", "strategic": [
   {"code": "1.1", "title": "Rafforzare la rete dei servizi sociali di prossimità", "operational": [
     {"code": "1.1.1", "title": "Riorganizzazione del Segretariato sociale e dello sportello unico di accesso", "ind": [
       I("Tempo medio di presa in carico delle nuove richieste", "giorni", "≤ 15 gg", "12 gg", "100%"),
       I("Numero di accessi allo sportello unico nell'anno", "n.", "≥ 2.500", "2.814", "100%"),
       I("Percentuale di utenti soddisfatti (customer satisfaction)", "%", "≥ 80%", "76,4%", "95,5%")]},
     {"code": "1.1.2", "title": "Potenziamento dell'assistenza domiciliare agli anziani non autosufficienti", "ind": [
       I("Numero di ore di assistenza domiciliare erogate", "ore", "18.000", "18.640", "100%"),
       I("Numero di pasti consegnati a domicilio", "n.", "≥ 12.000", "12.730", "100%"),
       I("Percentuale di domande evase entro 30 giorni", "%", "≥ 90%", "n.d.", "n.d.")]}]},
   {"code": "1.2", "title": "Sicurezza urbana e presidio del territorio", "operational": [
     {"code": "1.2.1", "title": "Estensione del sistema di videosorveglianza", "ind": [
       I("Numero di nuove telecamere installate e collegate alla centrale operativa", "n.", "40", "34", "85%"),
       I("Realizzazione del progetto esecutivo di ampliamento", "data", "Approvazione entro il 30/06/2023", "Approvato con D.G.C. n. 118 del 22/06/2023", "100%")]},
     {"code": "1.2.2", "title": "Polizia di prossimità nei quartieri", "ind": [
       I("Numero di servizi serali di pattugliamento nei quartieri periferici", "n.", "≥ 150", "163", "100%"),
       I("Tempo medio di intervento su segnalazione", "minuti", "≤ 20 minuti", "18 minuti", "100%")]}]}]},
 {"code": "2", "title": "Pistoia città sostenibile e curata", "strategic": [
   {"code": "2.1", "title": "Migliorare la qualità ambientale e la gestione dei rifiuti", "operational": [
     {"code": "2.1.1", "title": "Estensione della raccolta porta a porta alle frazioni collinari", "ind": [
       I("Percentuale di raccolta differenziata", "%", "≥ 72%", "70,3%", "97,6%"),
       I("Numero di utenze servite dal porta a porta", "n.", "≥ 8.000", "8.412", "100%")]},
     {"code": "2.1.2", "title": "Piano comunale del verde urbano", "ind": [
       I("Nuovi alberi messi a dimora", "n.", "500", "520", "100%"),
       I("Costi di manutenzione del verde per mq", "€/mq", "≤ € 1,20", "€ 1,14", "100%")]}]},
   {"code": "2.2", "title": "Manutenzione della città e opere pubbliche", "operational": [
     {"code": "2.2.1", "title": "Programma straordinario di manutenzione delle strade comunali", "ind": [
       I("Km di strade riasfaltate", "km", "25", "21,8", "87,2%"),
       I("Percentuale di realizzazione degli interventi PNRR nei tempi del cronoprogramma", "%", "100%", "100%", "100%"),
       I("Importo dei lavori aggiudicati", "€", "€ 4.500.000,00", "€ 4.862.315,40", "100%")]}]}]},
 {"code": "3", "title": "Pistoia città efficiente e trasparente", "strategic": [
   {"code": "3.1", "title": "Semplificazione e digitalizzazione dei servizi", "operational": [
     {"code": "3.1.1", "title": "Servizi on line e pagamenti tramite pagoPA", "ind": [
       I("Numero di servizi comunali disponibili on line con SPID/CIE", "n.", "≥ 30", "37", "100%"),
       I("Percentuale di incassi tramite pagoPA sul totale delle entrate extratributarie", "%", "≥ 85%", "88,9%", "100%")]},
     {"code": "3.1.2", "title": "Riduzione dei tempi di pagamento ai fornitori", "ind": [
       I("Indicatore annuale di tempestività dei pagamenti", "giorni", "≤ 0", "-3,45", "100%"),
       I("Tempo medio di liquidazione delle fatture", "giorni", "≤ 25 gg", "27 gg", "92%")]}]}]},
]

content = {
 "name": "comune-pistoia-2023-relazione",
 "document": {"issuer": "Comune di Pistoia", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["COMUNE DI PISTOIA", "Servizio Programmazione, Controlli e Organizzazione",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2023",
           "(art. 10, comma 1, lettera b, del D.Lgs. 27 ottobre 2009, n. 150)",
           "Validata dal Nucleo di Valutazione in data 14 giugno 2024 – Approvata con deliberazione della Giunta comunale n. 152 del 27/06/2024"],
 "running_header": "Comune di Pistoia – Relazione sulla performance 2023",
 "intro": [
   ["h1", "1. Presentazione"],
   ["p", "La Relazione sulla performance costituisce lo strumento con il quale l'Amministrazione illustra ai cittadini e a tutti gli stakeholder i risultati organizzativi e individuali raggiunti nel corso dell'anno 2023 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione (PIAO) 2023-2025, sezione Performance, e nel Piano esecutivo di gestione."],
   ["p", "Il documento è stato redatto dal Servizio Programmazione, Controlli e Organizzazione sulla base delle rendicontazioni trasmesse dai Dirigenti al 31 gennaio 2024 e delle verifiche svolte dal Nucleo di Valutazione. I valori consuntivi riportati sono quelli certificati dai Servizi competenti; ove il dato non fosse disponibile alla data di chiusura della rilevazione è indicata la dicitura «n.d.»."],
   ["h1", "2. Il contesto e le risorse"],
   ["p", "Al 31 dicembre 2023 la popolazione residente era pari a 89.626 abitanti. L'ente ha operato con 612 dipendenti a tempo indeterminato, in lieve diminuzione rispetto all'anno precedente per effetto dei pensionamenti non interamente compensati dalle nuove assunzioni. La tabella seguente riassume le principali voci del rendiconto della gestione 2023."],
   ["budget", {"header": ["Voce", "Previsioni definitive", "Accertamenti / Impegni", "% realizzazione"],
               "rows": [["Entrate correnti (Titoli I-II-III)", "€ 98.412.300,00", "€ 96.118.745,22", "97,7%"],
                        ["Entrate in conto capitale (Titolo IV)", "€ 41.250.000,00", "€ 29.874.110,36", "72,4%"],
                        ["Spese correnti (Titolo I)", "€ 94.870.500,00", "€ 88.342.601,90", "93,1%"],
                        ["Spese in conto capitale (Titolo II)", "€ 52.300.000,00", "€ 31.905.442,18", "61,0%"]]}],
   ["p", "Il grado di raggiungimento di ciascun indicatore è calcolato come rapporto tra valore consuntivo e target, con un limite massimo del 100%; per gli indicatori «a decrescere» il rapporto è invertito. Il grado di raggiungimento dell'obiettivo operativo è la media dei gradi dei suoi indicatori."],
   ["h1", "3. I risultati degli obiettivi operativi"],
   ["p", "Nelle pagine seguenti sono riportati, per ciascuna linea di mandato del programma di governo 2022-2027, gli obiettivi strategici del DUP, gli obiettivi operativi assegnati ai Dirigenti e gli indicatori con il relativo target e valore consuntivo."],
 ],
 "table_title": "Tabella 2 – Obiettivi operativi 2023: indicatori, target e consuntivo",
 "header": H,
 "lines": lines,
 "after_table": "Fonte: elaborazione del Servizio Programmazione e Controlli sui dati trasmessi dai Settori.",
 "closing": [
   ["h1", "4. Sintesi dei risultati"],
   ["p", "Dei 21 indicatori monitorati, 15 hanno raggiunto o superato il target, 5 lo hanno raggiunto parzialmente e per uno il dato non è ancora disponibile. Il grado medio di raggiungimento degli obiettivi operativi si attesta al 97,3%, in linea con il dato dell'esercizio precedente (96,8%)."],
   ["p", "Il Nucleo di Valutazione ha rilevato, in particolare, il mancato completamento dell'ampliamento della rete di videosorveglianza, dovuto ai ritardi nella fornitura degli apparati, e lo scostamento nei tempi di liquidazione delle fatture, riconducibile alla migrazione del sistema contabile avvenuta nel mese di ottobre."],
   ["h1", "5. Pari opportunità e benessere organizzativo"],
   ["p", "Nel corso del 2023 è stato aggiornato il Piano delle azioni positive ed è stata realizzata l'indagine sul benessere organizzativo, alla quale ha partecipato il 48% del personale. Sono state attivate 214 posizioni di lavoro agile, disciplinate dal regolamento approvato nel mese di marzo."],
 ],
}
json.dump(content, open(content["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)

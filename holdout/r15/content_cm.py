"""Content: Comunità montana di Valle Trompia – Piano della performance / PEG 2024-2026."""
import json

HDR = ["Indicatore di risultato", "Formula", "Valore 2023", "Target 2024", "Target 2025", "Target 2026"]


def I(ind, formula, base, t24, t25, t26):
    return {"indicator": ind, "formula": formula, "baseline": base, "targets": {"2024": t24, "2025": t25, "2026": t26}}


cdr = [
 {"code": "1", "title": "Affari generali, finanziari e personale",
  "resp": "Responsabile: dott.ssa Laura Bonomi – Segretario direttore",
  "intro": "Il Centro di responsabilità comprende la segreteria generale, il protocollo e l'archivio, i servizi finanziari e tributari, la gestione giuridica ed economica del personale della Comunità montana e dei Comuni associati.",
  "budget": [["Spese correnti", "€ 1.842.600,00", "€ 1.815.300,00", "€ 1.815.300,00"],
             ["Spese in conto capitale", "€ 120.000,00", "€ 60.000,00", "€ 60.000,00"]],
  "objectives": [
   {"n": "1", "title": "Digitalizzazione dei flussi documentali e dei pagamenti",
    "descr": "Completare il passaggio alla gestione interamente digitale degli atti amministrativi e dei pagamenti, con integrazione tra protocollo, gestione atti e contabilità.",
    "final": "Ridurre i tempi dei procedimenti interni e garantire la tracciabilità degli atti nel rispetto del Codice dell'amministrazione digitale.",
    "peso": "15%",
    "ind": [I("Percentuale di determinazioni firmate digitalmente", "N. determinazioni con firma digitale / N. determinazioni adottate × 100", "86,5%", "≥ 95%", "100%", "100%"),
            I("Tempo medio di pagamento delle fatture commerciali", "Somma (data pagamento – data ricevimento) × importo / somma importi pagati", "27 gg", "≤ 30 gg", "≤ 28 gg", "≤ 25 gg")]},
   {"n": "2", "title": "Gestione associata del personale dei Comuni aderenti",
    "descr": "Estendere il servizio associato di gestione del personale (paghe, presenze, adempimenti previdenziali) ai Comuni che hanno aderito alla convenzione approvata nel 2023.",
    "final": "Garantire economie di scala e uniformità di applicazione dei contratti collettivi.",
    "peso": "10%",
    "ind": [I("Numero di Comuni serviti dal servizio associato", "Conteggio dei Comuni convenzionati con cedolini elaborati al 31/12", "9", "12", "14", "18"),
            I("Costo medio annuo per cedolino elaborato", "Costo complessivo del servizio / N. cedolini elaborati nell'anno", "€ 14,80", "≤ € 14,00", "≤ € 13,50", "≤ € 13,00")]}]},
 {"code": "2", "title": "Territorio, ambiente e foreste",
  "resp": "Responsabile: ing. Marco Gatta – Area tecnica",
  "intro": "Il Centro di responsabilità cura la programmazione e la realizzazione delle opere pubbliche di interesse sovracomunale, la gestione del patrimonio forestale, il vincolo idrogeologico e la manutenzione della rete sentieristica di valle.",
  "budget": [["Spese correnti", "€ 968.400,00", "€ 951.000,00", "€ 951.000,00"],
             ["Spese in conto capitale", "€ 3.450.000,00", "€ 2.100.000,00", "€ 1.250.000,00"]],
  "objectives": [
   {"n": "3", "title": "Manutenzione della rete sentieristica e della viabilità agro-silvo-pastorale",
    "descr": "Programmare ed eseguire gli interventi di manutenzione ordinaria e straordinaria dei sentieri e delle strade agro-silvo-pastorali, anche con il coinvolgimento delle associazioni di volontariato.",
    "final": "Migliorare la fruibilità turistica del territorio e prevenire i dissesti.",
    "peso": "20%",
    "ind": [I("Km di sentieri oggetto di manutenzione", "Somma dei km di sentiero su cui sono stati eseguiti interventi nell'anno", "112", "120", "130", "140"),
            I("Percentuale di segnalazioni di dissesto evase entro 20 giorni", "N. segnalazioni evase entro 20 gg / N. segnalazioni ricevute × 100", "74,2%", "≥ 80%", "≥ 85%", "≥ 90%"),
            I("Realizzazione del catasto digitale dei sentieri", "Stato di avanzamento del progetto", "n.d.", "Rilievo GPS del 50% della rete", "Rilievo completo della rete", "Pubblicazione on line")]},
   {"n": "4", "title": "Attuazione degli interventi finanziati dal PNRR e dal Fondo montagna",
    "descr": "Assicurare il rispetto dei cronoprogrammi degli interventi di messa in sicurezza del territorio finanziati con risorse PNRR (M2C4) e con il Fondo per lo sviluppo delle montagne italiane.",
    "final": "Evitare la perdita dei finanziamenti e concludere le opere nei tempi previsti.",
    "peso": "25%",
    "ind": [I("Percentuale di milestone rispettate", "Milestone raggiunte nei termini / milestone previste nell'anno × 100", "100%", "100%", "100%", "100%"),
            I("Importo dei lavori collaudati", "Somma degli importi dei certificati di collaudo/CRE emessi nell'anno", "€ 640.000,00", "€ 1.500.000,00", "€ 2.200.000,00", "€ 900.000,00")]}]},
 {"code": "3", "title": "Servizi alla persona e sviluppo locale",
  "resp": "Responsabile: dott. Stefano Pedretti – Area servizi sociali associati",
  "intro": "Il Centro di responsabilità gestisce, per delega dei Comuni dell'Ambito territoriale, i servizi sociali associati (tutela minori, servizio di assistenza domiciliare, trasporto sociale), lo sportello SUAP associato e le iniziative di promozione turistica della valle.",
  "budget": [["Spese correnti", "€ 4.215.000,00", "€ 4.180.000,00", "€ 4.180.000,00"],
             ["Spese in conto capitale", "€ 85.000,00", "–", "–"]],
  "objectives": [
   {"n": "5", "title": "Servizio di assistenza domiciliare associato",
    "descr": "Consolidare il servizio di assistenza domiciliare gestito in forma associata per i 18 Comuni della valle, riducendo le liste d'attesa.",
    "final": "Favorire la permanenza al domicilio delle persone anziane e fragili.",
    "peso": "15%",
    "ind": [I("Numero di utenti in carico al SAD", "Utenti con almeno un accesso nell'anno", "236", "≥ 240", "≥ 250", "≥ 260"),
            I("Tempo medio di attesa per l'attivazione del servizio", "Media dei giorni tra domanda completa e primo accesso", "21 gg", "≤ 20 gg", "≤ 18 gg", "≤ 15 gg")]},
   {"n": "6", "title": "Sportello unico per le attività produttive associato",
    "descr": "Garantire la gestione telematica delle pratiche SUAP dei Comuni associati nei termini di legge.",
    "final": "Semplificare gli adempimenti per le imprese del territorio.",
    "peso": "10%",
    "ind": [I("Percentuale di pratiche SUAP concluse nei termini di legge", "Pratiche concluse nei termini / pratiche concluse × 100", "96,1%", "≥ 97%", "≥ 97%", "≥ 98%"),
            I("Tempo medio di conclusione dei procedimenti ordinari", "Media dei giorni tra presentazione e provvedimento finale", "41 gg", "≤ 40 gg", "≤ 38 gg", "")]},
   {"n": "7", "title": "Promozione turistica integrata della valle",
    "descr": "Coordinare gli eventi e la comunicazione turistica dei Comuni e degli operatori, anche attraverso il nuovo portale di destinazione.",
    "final": "Aumentare le presenze turistiche e destagionalizzare i flussi.",
    "peso": "5%",
    "ind": [I("Numero di visitatori unici del portale turistico", "Dato Google Analytics al 31/12", "38.450", "45.000", "50.000", "55.000"),
            I("Incremento delle presenze turistiche rispetto all'anno precedente", "(Presenze anno N – presenze anno N-1) / presenze anno N-1 × 100", "+4,2%", "≥ 3%", "≥ 3%", "≥ 3%")]}]},
]

content = {
 "name": "comunita-montana-valle-trompia-2024-piano",
 "document": {"issuer": "Comunità montana di Valle Trompia", "title": "Piano della performance", "year": 2024, "kind": "piano"},
 "cover": ["COMUNITÀ MONTANA DI VALLE TROMPIA", "Provincia di Brescia",
           "PIANO DELLA PERFORMANCE 2024 – 2026", "Piano esecutivo di gestione – Parte obiettivi",
           "Approvato con deliberazione della Giunta esecutiva n. 12 del 30 gennaio 2024"],
 "running_header": "Comunità montana di Valle Trompia – Piano della performance 2024-2026",
 "intro": [
   ["h1", "Premessa"],
   ["p", "Il presente documento costituisce il Piano della performance della Comunità montana di Valle Trompia per il triennio 2024-2026 ed è unificato organicamente al Piano esecutivo di gestione, ai sensi dell'art. 169, comma 3-bis, del D.Lgs. 267/2000. Gli obiettivi di PEG sono assegnati ai Responsabili dei Centri di responsabilità e discendono dagli obiettivi operativi della Sezione operativa del Documento unico di programmazione 2024-2026."],
   ["p", "Per ciascun obiettivo sono indicati la descrizione, la finalità e il peso ai fini della valutazione della performance organizzativa, nonché gli indicatori di risultato con la relativa formula di calcolo, il valore registrato nel 2023 e i target attesi per ciascun anno del triennio. Il peso complessivo degli obiettivi assegnati è pari al 100%."],
   ["p", "Il monitoraggio intermedio è effettuato al 31 luglio di ciascun anno dal Servizio controllo di gestione; la rendicontazione finale confluisce nella Relazione sulla performance, validata dal Nucleo di valutazione associato."],
 ],
 "budget_header": ["Risorse finanziarie assegnate", "2024", "2025", "2026"],
 "header": HDR,
 "cdr": cdr,
 "closing": [
   ["h1", "Monitoraggio e valutazione"],
   ["p", "Gli scostamenti rilevati in sede di monitoraggio intermedio possono comportare la ridefinizione dei target, previa proposta motivata del Responsabile e approvazione della Giunta esecutiva. I target relativi agli anni 2025 e 2026 hanno carattere programmatico e saranno confermati in sede di aggiornamento annuale del Piano."],
 ],
}
json.dump(content, open(content["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)

"""Content of universita-parma-2024-relazione-integrata (by hand), dumped to its content.json."""
import json

H = ["Codice", "Indicatore", "Fonte", "Baseline 2022", "Valore 2023", "Valore 2024", "Target 2024", "Stato"]
C = {
 "document": {"issuer": "Università degli Studi di Parma", "title": "Relazione integrata sulla performance",
              "year": 2024, "kind": "relazione"},
 "cover": ["UNIVERSITÀ DI PARMA", "Università degli Studi di Parma", "Relazione integrata",
           "sulla performance 2024", "Approvata dal Consiglio di Amministrazione nella seduta del 26 giugno 2025",
           "Validata dal Nucleo di Valutazione in qualità di OIV"],
 "intro": [
  ["1. Presentazione",
   "La Relazione integrata rappresenta in un unico documento i risultati della performance organizzativa e individuale, lo stato di avanzamento del Piano strategico 2022-2027 e le principali informazioni economico-finanziarie dell'Ateneo. Per ciascun ambito strategico sono riportati gli indicatori di monitoraggio con la serie storica dal 2022 (baseline del Piano strategico), il valore conseguito nel 2023 e nel 2024 e il target fissato per il 2024."],
  ["2. L'Ateneo in cifre",
   "Al 31 dicembre 2024 l'Ateneo conta 28.714 studenti iscritti a 98 corsi di studio, 18 dipartimenti e 1.024 docenti e ricercatori. La tabella seguente riporta il personale in servizio e le principali voci del conto economico dell'esercizio."]],
 "staff": {"title": "Tabella 1 – Personale in servizio al 31 dicembre",
           "header": ["Categoria", "2022", "2023", "2024"],
           "rows": [["Professori ordinari", "262", "271", "284"], ["Professori associati", "418", "431", "447"],
                    ["Ricercatori (RU, RTDa, RTDb, RTT)", "301", "298", "293"],
                    ["Personale tecnico-amministrativo e CEL", "942", "957", "981"],
                    ["Totale", "1.923", "1.957", "2.005"]]},
 "budget": {"title": "Tabella 2 – Conto economico: sintesi (migliaia di euro)",
            "header": ["Voce", "2023", "2024"],
            "rows": [["Proventi operativi", "€ 286.412", "€ 297.885"], ["Costi operativi", "€ 271.906", "€ 284.113"],
                     ["  di cui costi del personale", "€ 168.447", "€ 174.920"], ["Risultato d'esercizio", "€ 9.318", "€ 8.104"]]},
 "section": ["3. La performance istituzionale: gli indicatori strategici",
   "Lo stato di ciascun indicatore è attribuito confrontando il valore 2024 con il target: «Raggiunto» quando il target è conseguito, «Parzialmente raggiunto» quando lo scostamento non supera il 10% del target, «Non raggiunto» negli altri casi; «Non valutabile» quando il dato non è disponibile alla data di redazione."],
 "header": H,
 "ambiti": [
  {"code": "D", "title": "Didattica", "heading": "Ambito D – Didattica",
   "text": "L'ambito raccoglie gli obiettivi di qualità e attrattività dell'offerta formativa e di regolarità delle carriere degli studenti.",
   "objectives": [
    {"code": "D.1", "title": "Migliorare la regolarità delle carriere degli studenti", "rows": [
     ["D.1.1", "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "ANS – Cruscotto ANVUR", "58,4%", "60,1%", "62,7%", "≥ 61%", "Raggiunto"],
     ["D.1.2", "Percentuale di laureati entro la durata normale del corso", "AlmaLaurea", "54,9%", "56,3%", "55,8%", "≥ 58%", "Parzialmente raggiunto"],
     ["D.1.3", "Tasso di abbandono tra I e II anno (lauree triennali)", "ANS", "14,2%", "13,6%", "12,1%", "≤ 13%", "Raggiunto"]]},
    {"code": "D.2", "title": "Accrescere l'attrattività dell'offerta formativa", "rows": [
     ["D.2.1", "Numero di immatricolati ai corsi di laurea triennale e a ciclo unico", "Ufficio Statistico di Ateneo", "6.812", "6.947", "7.204", "≥ 7.000", "Raggiunto"],
     ["D.2.2", "Percentuale di iscritti al I anno delle lauree magistrali laureati in altro Ateneo", "Cruscotto ANVUR (iC04)", "31,5%", "33,0%", "29,4%", "≥ 35%", "Non raggiunto"],
     ["D.2.3", "Grado di soddisfazione complessiva dei laureandi (risposte «decisamente sì» e «più sì che no»)", "AlmaLaurea – Profilo dei laureati", "89,7%", "90,2%", "90,9%", "≥ 90%", "Raggiunto"]]}]},
  {"code": "R", "title": "Ricerca", "heading": "Ambito R – Ricerca",
   "text": "Gli indicatori dell'ambito misurano la capacità di attrarre finanziamenti competitivi e la qualità della produzione scientifica dei dipartimenti.",
   "objectives": [
    {"code": "R.1", "title": "Aumentare la capacità di attrarre finanziamenti competitivi", "rows": [
     ["R.1.1", "Proventi da ricerca competitiva nazionale e internazionale", "Bilancio unico di Ateneo", "€ 21,4 mln", "€ 24,9 mln", "€ 27,3 mln", "≥ € 25 mln", "Raggiunto"],
     ["R.1.2", "Numero di progetti Horizon Europe finanziati (coordinati o in partenariato)", "Portale CORDIS / Area Ricerca", "17", "21", "19", "≥ 24", "Non raggiunto"]]},
    {"code": "R.2", "title": "Sostenere la qualità della produzione scientifica", "rows": [
     ["R.2.1", "Percentuale di prodotti della ricerca con coautori stranieri", "IRIS / SciVal", "27,8%", "29,1%", "30,4%", "≥ 30%", "Raggiunto"],
     ["R.2.2", "Percentuale di docenti inattivi (nessun prodotto nel triennio)", "IRIS – Catalogo della ricerca", "4,9%", "4,1%", "4,3%", "≤ 3,5%", "Parzialmente raggiunto"],
     ["R.2.3", "Numero di borse di dottorato finanziate da enti esterni e imprese", "Ufficio Dottorati", "48", "n.d.", "n.d.", "≥ 55", "Non valutabile"]]}]},
  {"code": "T", "title": "Terza missione e impatto sociale", "heading": "Ambito T – Terza missione e impatto sociale",
   "text": "L'ambito comprende la valorizzazione delle conoscenze, il trasferimento tecnologico e le attività di public engagement.",
   "objectives": [
    {"code": "T.1", "title": "Rafforzare il trasferimento tecnologico", "rows": [
     ["T.1.1", "Numero di brevetti depositati e spin-off accreditati nell'anno", "Area Terza Missione", "14", "16", "18", "≥ 16", "Raggiunto"],
     ["T.1.2", "Entrate da attività conto terzi e convenzioni di ricerca commissionata", "Bilancio unico di Ateneo", "€ 9,64 mln", "€ 10,11 mln", "€ 10,48 mln", "≥ € 10,5 mln", "Parzialmente raggiunto"]]},
    {"code": "T.2", "title": "Promuovere il public engagement e la formazione continua", "rows": [
     ["T.2.1", "Numero di iniziative di public engagement registrate nel catalogo di Ateneo", "IRIS – modulo Terza Missione", "312", "356", "401", "≥ 380", "Raggiunto"],
     ["T.2.2", "Numero di iscritti a master, corsi di perfezionamento e micro-credenziali", "Ufficio Formazione permanente", "1.486", "1.602", "1.731", "≥ 1.700", "Raggiunto"]]}]},
  {"code": "I", "title": "Internazionalizzazione", "heading": "Ambito I – Internazionalizzazione",
   "text": "L'ambito misura l'apertura internazionale della didattica e la mobilità di studenti e docenti.",
   "objectives": [
    {"code": "I.1", "title": "Incrementare la mobilità internazionale", "rows": [
     ["I.1.1", "Percentuale di CFU conseguiti all'estero sul totale dei CFU acquisiti dagli studenti regolari", "Cruscotto ANVUR (iC10)", "14,3‰", "16,8‰", "18,2‰", "≥ 18‰", "Raggiunto"],
     ["I.1.2", "Percentuale di laureati entro la durata normale con almeno 12 CFU acquisiti all'estero", "Cruscotto ANVUR (iC11)", "9,6%", "10,4%", "11,7%", "≥ 12%", "Parzialmente raggiunto"],
     ["I.1.3", "Numero di corsi di studio erogati interamente in lingua inglese", "Offerta formativa – SUA-CdS", "11", "13", "13", "15", "Non raggiunto"]]}]},
  {"code": "S", "title": "Sostenibilità e organizzazione", "heading": "Ambito S – Sostenibilità e organizzazione",
   "text": "Gli indicatori trasversali riguardano la sostenibilità economica, ambientale e organizzativa dell'Ateneo.",
   "objectives": [
    {"code": "S.1", "title": "Garantire la sostenibilità economico-finanziaria", "rows": [
     ["S.1.1", "Indicatore di sostenibilità economico-finanziaria (ISEF, D.Lgs. 49/2012)", "PROPER – MUR", "1,31", "1,28", "1,25", "> 1", "Raggiunto"],
     ["S.1.2", "Indicatore di tempestività dei pagamenti", "PCC – Piattaforma crediti commerciali", "-6,1 gg", "-8,4 gg", "-9,0 gg", "≤ 0 gg", "Raggiunto"]]},
    {"code": "S.2", "title": "Ridurre l'impatto ambientale e valorizzare le persone", "rows": [
     ["S.2.1", "Riduzione dei consumi di energia elettrica rispetto al 2022", "Area Edilizia e Infrastrutture", "n.a.", "4,2%", "7,9%", "≥ 10%", "Parzialmente raggiunto"],
     ["S.2.2", "Ore medie di formazione per dipendente tecnico-amministrativo", "Ufficio Formazione del personale", "18,5 ore", "22,0 ore", "24,6 ore", "≥ 24 ore", "Raggiunto"],
     ["S.2.3", "Percentuale di servizi agli studenti accessibili online con identità digitale (SPID/CIE)", "Area Sistemi informativi", "71%", "83%", "94%", "100%", "Parzialmente raggiunto"]]}]}],
 "closing": ["4. Sintesi dei risultati",
   "Dei 23 indicatori strategici monitorati, 13 hanno raggiunto il target 2024, 6 lo hanno raggiunto parzialmente, 3 non lo hanno raggiunto e 1 non è valutabile per indisponibilità del dato. Gli esiti sono stati considerati nell'aggiornamento dei target del PIAO 2025-2027."],
}
json.dump(C, open("universita-parma-2024-relazione-integrata.content.json", "w"), ensure_ascii=False, indent=1)

"""Author universita-siena-2024-piao.content.json (invented content, no real data)."""
import json
from pathlib import Path

H = ["Obiettivo operativo", "Indicatore", "Formula di calcolo", "Valore di partenza (2022)",
     "Target 2024", "Target 2025", "Target 2026", "Struttura responsabile"]

areas = [
    {"code": "1", "title": "Didattica", "os": [
        {"code": "1.1", "title": "Migliorare la regolarità delle carriere e ridurre gli abbandoni", "oo": [
            {"code": "1.1.1", "title": "Potenziare il tutorato in ingresso e in itinere", "ind": [
                ["Studenti che proseguono al II anno nello stesso corso di studio", "Iscritti al II anno nello stesso CdS / immatricolati puri dell'a.a. precedente × 100", "76,4%", "≥ 77%", "≥ 78%", "≥ 79%", "Divisione Corsi di studio"],
                ["Studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "Iscritti al II anno con almeno 40 CFU / immatricolati puri dell'a.a. precedente × 100", "58,9%", "≥ 60%", "≥ 61,5%", "≥ 63%", "Divisione Corsi di studio"],
                ["Tutor didattici attivati sui corsi del primo anno", "Numero di contratti di tutorato didattico attivati nell'anno", "42", "≥ 45", "≥ 50", "≥ 50", "Ufficio Orientamento e tutorato"],
            ]},
            {"code": "1.1.2", "title": "Ridurre i tempi di conseguimento del titolo", "ind": [
                ["Laureati entro la durata normale del corso", "Laureati in corso / totale laureati dell'anno solare × 100", "61,2%", "≥ 62%", "≥ 64%", "≥ 66%", "Divisione Corsi di studio"],
                ["Tempo medio di rilascio del diploma di laurea", "Media dei giorni tra la seduta di laurea e la disponibilità della pergamena", "148 gg", "≤ 120 gg", "≤ 90 gg", "≤ 60 gg", "Ufficio Segreterie studenti"],
            ]},
        ]},
        {"code": "1.2", "title": "Rafforzare l'internazionalizzazione della didattica", "oo": [
            {"code": "1.2.1", "title": "Incrementare la mobilità internazionale degli studenti", "ind": [
                ["CFU conseguiti all'estero dagli studenti regolari", "CFU conseguiti all'estero / CFU conseguiti dagli studenti regolari × 1000", "11,8‰", "≥ 12,5‰", "≥ 13,5‰", "≥ 15‰", "Ufficio Relazioni internazionali"],
                ["Corsi di studio internazionali (erogati in lingua inglese o a titolo doppio/congiunto)", "Numero di CdS internazionali attivati nell'offerta formativa", "9", "10", "11", "12", "Divisione Corsi di studio"],
                ["Studenti iscritti al primo anno con titolo di accesso conseguito all'estero", "Iscritti al I anno con titolo estero / iscritti al I anno × 100", "4,1%", "≥ 4,5%", "≥ 5%", "≥ 5,5%", "Ufficio Relazioni internazionali"],
            ]},
        ]},
    ]},
    {"code": "2", "title": "Ricerca", "os": [
        {"code": "2.1", "title": "Accrescere la capacità di attrarre finanziamenti competitivi per la ricerca", "oo": [
            {"code": "2.1.1", "title": "Supportare i ricercatori nella progettazione europea", "ind": [
                ["Proposte progettuali presentate su bandi Horizon Europe", "Numero di proposte presentate nell'anno con l'Ateneo come partner o coordinatore", "64", "≥ 70", "≥ 75", "≥ 80", "Divisione Ricerca"],
                ["Tasso di successo delle proposte presentate su bandi competitivi europei", "Proposte finanziate / proposte valutate × 100", "14,2%", "≥ 15%", "≥ 16%", "≥ 17%", "Divisione Ricerca"],
                ["Entrate da progetti di ricerca competitivi", "Entrate accertate per progetti di ricerca da bandi competitivi nazionali e internazionali", "€ 18.420.000", "≥ € 19.000.000", "≥ € 20.000.000", "≥ € 21.000.000", "Area Servizi allo sviluppo e alla ricerca"],
            ]},
            {"code": "2.1.2", "title": "Valorizzare i dottorati di ricerca e i giovani ricercatori", "ind": [
                ["Borse di dottorato finanziate da enti esterni", "Borse finanziate da enti esterni / totale borse di dottorato × 100", "31%", "≥ 33%", "≥ 35%", "≥ 35%", "Ufficio Dottorato di ricerca"],
                ["Dottori di ricerca occupati a un anno dal titolo", "Occupati a un anno (indagine AlmaLaurea) / dottori di ricerca intervistati × 100", "n.d.", "", "≥ 85%", "≥ 87%", "Ufficio Dottorato di ricerca"],
            ]},
        ]},
    ]},
    {"code": "3", "title": "Terza missione e impatto sociale", "os": [
        {"code": "3.1", "title": "Sviluppare il trasferimento tecnologico e il public engagement", "oo": [
            {"code": "3.1.1", "title": "Potenziare la valorizzazione dei risultati della ricerca", "ind": [
                ["Brevetti depositati e spin-off accreditati", "Numero di domande di brevetto depositate + spin-off accreditati nell'anno", "11", "≥ 12", "≥ 13", "≥ 14", "Ufficio Trasferimento tecnologico"],
                ["Iniziative di public engagement registrate nel catalogo di Ateneo", "Numero di iniziative censite nel catalogo IRIS-PE nell'anno", "187", "≥ 200", "≥ 210", "≥ 220", "Ufficio Comunicazione"],
            ]},
        ]},
    ]},
    {"code": "4", "title": "Organizzazione, digitalizzazione e sostenibilità", "os": [
        {"code": "4.1", "title": "Semplificare i processi amministrativi e migliorare i servizi", "oo": [
            {"code": "4.1.1", "title": "Digitalizzare i procedimenti rivolti a studenti e personale", "ind": [
                ["Procedimenti per studenti interamente gestiti on line", "Procedimenti a istanza di parte gestiti on line / procedimenti a istanza di parte × 100", "68%", "≥ 75%", "≥ 85%", "100%", "Area Sistemi informativi"],
                ["Tempestività dei pagamenti ai fornitori", "Indicatore annuale di tempestività dei pagamenti (DPCM 22/09/2014)", "-6,1 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg", "Area Ragioneria e bilancio"],
                ["Soddisfazione del personale tecnico-amministrativo per i servizi di supporto (indagine Good Practice)", "Punteggio medio su scala 1-6", "3,9", "≥ 4,0", "≥ 4,1", "≥ 4,2", "Direzione generale"],
            ]},
            {"code": "4.1.2", "title": "Ridurre i consumi energetici degli edifici universitari", "ind": [
                ["Consumi di energia elettrica rispetto al 2022", "(Consumi kWh anno n − consumi kWh 2022) / consumi kWh 2022 × 100", "100% (base 2022)", "-3%", "-6%", "-10%", "Area Edilizia"],
            ]},
        ]},
    ]},
]

content = {
    "schema": "r2-blind/siena-piao@1",
    "_about": [
        "Invented content (no real data): Università degli Studi di Siena, PIAO 2024-2026, rendered by make_r2.py as a Word document converted by LibreOffice: portrait prose sections, a landscape section 2.2 with the indicator tables (full grid, Obiettivo operativo merged down over its indicators, header row repeated on each page), then portrait 2.3 (risk register) and Sezione 3 (staff table); Sezione 1 has a key/value anagrafica table. Those three tables yield no record.",
        "One record per indicator per year (Target 2024/2025/2026), also where a year's cell is empty; 'Valore di partenza (2022)' is baseline (as printed), 'Formula di calcolo' is formula, 'Struttura responsabile' goes to extra. Hierarchy: 'Area strategica N – title' and 'Obiettivo strategico N.M – title' headings; the operational objective is the merged cell 'N.M.K – title'.",
    ],
    "document": {"issuer": "Università degli Studi di Siena",
                 "title": "Piano integrato di attività e organizzazione", "year": 2024, "kind": "piao"},
    "header": H,
    "areas": areas,
    "anagrafica": [
        ["Denominazione", "Università degli Studi di Siena"],
        ["Sede legale", "Via Banchi di Sotto, 55 – 53100 Siena"],
        ["Codice fiscale", "80002070524"],
        ["Studenti iscritti (a.a. 2022/23)", "19.846"],
        ["Dipartimenti", "15"],
        ["Personale docente e ricercatore", "1.012"],
        ["Personale tecnico-amministrativo e CEL", "1.104"],
        ["Sito istituzionale", "www.unisi.it"],
    ],
    "risk_header": ["Processo", "Rischio", "Probabilità", "Impatto", "Misura"],
    "risks": [
        ["Reclutamento del personale docente", "Definizione di requisiti del bando calibrati su candidati predeterminati", "Media", "Alto", "Pubblicazione dei criteri di valutazione prima della scadenza del bando; rotazione dei commissari"],
        ["Affidamento di lavori, servizi e forniture", "Frazionamento artificioso degli affidamenti per eludere le soglie", "Media", "Medio", "Programmazione biennale degli acquisti; controllo a campione degli affidamenti diretti"],
        ["Gestione delle carriere degli studenti", "Registrazione di esami non sostenuti", "Bassa", "Alto", "Verbalizzazione esclusivamente digitale con firma del docente; audit annuale"],
        ["Erogazione di contributi e borse", "Assenza di controlli sui requisiti dichiarati", "Bassa", "Medio", "Controllo a campione del 10% delle autocertificazioni ISEE"],
        ["Attività conto terzi", "Conflitto di interessi del responsabile scientifico", "Media", "Medio", "Dichiarazione di assenza di conflitto di interessi per ogni contratto"],
    ],
    "staff_header": ["Ruolo", "Donne", "Uomini", "Totale"],
    "staff": [
        ["Professori ordinari", "98", "203", "301"],
        ["Professori associati", "187", "219", "406"],
        ["Ricercatori (RU, RTDa, RTDb)", "151", "154", "305"],
        ["Dirigenti", "2", "3", "5"],
        ["Personale tecnico-amministrativo", "698", "356", "1.054"],
        ["Collaboratori ed esperti linguistici", "37", "8", "45"],
        ["Totale", "1.173", "943", "2.116"],
    ],
}
Path("universita-siena-2024-piao.content.json").write_text(
    json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(o["ind"]) for a in areas for s in a["os"] for o in s["oo"]))

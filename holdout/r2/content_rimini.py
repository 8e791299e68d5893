"""Author comune-rimini-2021-relazione.content.json (invented content, no real data)."""
import json
from pathlib import Path

IH = ["Indicatore", "Valore atteso 2021", "Valore al 31/12/2021", "Scostamento", "Note"]

schede = [
    {
        "kv": [["Obiettivo strategico", "3 – Rimini città sostenibile e resiliente"],
               ["Obiettivo operativo", "3.1 – Incrementare la raccolta differenziata e ridurre i rifiuti indifferenziati"],
               ["Responsabile", "Dirigente Settore Qualità ambientale – ing. Paolo Ferri"],
               ["Peso dell'obiettivo", "15%"]],
        "indicators": [
            ["Percentuale di raccolta differenziata sul totale dei rifiuti urbani", "≥ 72%", "73,8%", "+1,8 punti", "Dato certificato ARPAE – ATERSIR"],
            ["Quartieri serviti dalla raccolta porta a porta con tariffa puntuale", "5", "5", "0", ""],
            ["Rifiuti urbani indifferenziati pro capite", "≤ 150 kg/ab.", "142 kg/ab.", "-8 kg/ab.", "Popolazione al 31/12/2021: 150.630 abitanti"],
        ],
        "status": "Raggiunto",
        "comment": "L'estensione del porta a porta ai quartieri di Viserba e Torre Pedrera è stata completata nel mese di giugno, con la distribuzione di 9.400 kit di contenitori. La percentuale di raccolta differenziata è cresciuta di 2,6 punti rispetto al 2020.",
    },
    {
        "kv": [["Obiettivo strategico", "3 – Rimini città sostenibile e resiliente"],
               ["Obiettivo operativo", "3.2 – Potenziare la mobilità sostenibile e la rete ciclabile"],
               ["Responsabile", "Dirigente Settore Mobilità – arch. Chiara Galli"],
               ["Peso dell'obiettivo", "10%"]],
        "indicators": [
            ["Nuovi chilometri di piste ciclabili realizzati nell'anno", "≥ 8 km", "6,5 km", "-1,5 km", "Lotto via Flaminia rinviato al 2022"],
            ["Stalli per biciclette installati presso scuole e fermate del Metromare", "≥ 400", "436", "+36", ""],
            ["Spesa per interventi di moderazione del traffico nelle zone 30", "€ 1.250.000,00", "€ 1.084.312,50", "-13,3%", "Economie di gara"],
        ],
        "status": "Parzialmente raggiunto",
        "comment": "Il ritardo nell'esproprio delle aree lungo la via Flaminia ha fatto slittare al 2022 il secondo lotto della ciclabile, per 1,5 km. Gli altri interventi programmati sono stati completati entro l'anno.",
    },
    {
        "kv": [["Obiettivo strategico", "4 – Rimini città dei servizi e della semplificazione"],
               ["Obiettivo operativo", "4.1 – Digitalizzare i servizi demografici e ridurre i tempi di attesa"],
               ["Responsabile", "Dirigente Settore Servizi al cittadino – dott.ssa Laura Bianchi"],
               ["Peso dell'obiettivo", "15%"]],
        "indicators": [
            ["Certificati anagrafici rilasciati on line sul totale dei certificati rilasciati", "≥ 55%", "61,2%", "+6,2 punti", ""],
            ["Tempo medio di attesa per il rilascio della carta d'identità elettronica", "≤ 30 gg", "24 gg", "-6 gg", "Media sui 12 mesi"],
            ["Attivazione della prenotazione on line degli appuntamenti per tutti gli sportelli", "entro il 30/09/2021", "attivata il 15/07/2021", "in anticipo", ""],
            ["Grado di soddisfazione degli utenti degli sportelli anagrafici (scala 1-5)", "≥ 4", "4,3", "+0,3", "612 questionari raccolti"],
        ],
        "status": "Raggiunto",
        "comment": "Dal 15 luglio tutti gli sportelli anagrafici lavorano esclusivamente su appuntamento prenotato tramite l'agenda on line. Nel 2021 sono stati rilasciati on line 48.207 certificati.",
    },
    {
        "kv": [["Obiettivo strategico", "4 – Rimini città dei servizi e della semplificazione"],
               ["Obiettivo operativo", "4.3 – Ridurre i tempi dei procedimenti edilizi"],
               ["Responsabile", "Dirigente Settore Governo del territorio – arch. Marco Rinaldi"]],
        "indicators": [
            ["Tempo medio di rilascio dei permessi di costruire", "≤ 60 gg", "71 gg", "+11 gg", "Picco di istanze legate al Superbonus 110%"],
            ["Pratiche edilizie presentate in modalità telematica", "100%", "100%", "0", ""],
            ["Controlli a campione sulle SCIA edilizie", "≥ 20%", "12%", "-8 punti", "Personale tecnico ridotto di 2 unità"],
        ],
        "status": "Non raggiunto",
        "comment": "L'aumento del 38% delle istanze connesse agli incentivi edilizi e la riduzione del personale tecnico non hanno consentito di rispettare i tempi programmati. Per il 2022 è previsto il potenziamento dell'ufficio con due nuove assunzioni.",
    },
    {
        "kv": [["Obiettivo strategico", "5 – Rimini città della cultura e del turismo"],
               ["Obiettivo operativo", "5.2 – Valorizzare il sistema museale cittadino"],
               ["Responsabile", "Dirigente Settore Cultura – dott. Giovanni Moretti"],
               ["Peso dell'obiettivo", "10%"]],
        "indicators": [
            ["Visitatori del Museo della Città e della Domus del Chirurgo", "≥ 60.000", "n.d.", "–", "Rilevazione sospesa per la chiusura nei mesi di gennaio-aprile"],
        ],
        "status": "Parzialmente raggiunto",
        "comment": "La chiusura dei musei fino al 26 aprile, disposta dalle misure di contenimento della pandemia, non ha consentito una rilevazione confrontabile dei visitatori. Dalla riapertura si sono registrati 41.380 ingressi.",
    },
    {
        "kv": [["Obiettivo strategico", "6 – Macchina comunale efficiente e trasparente"],
               ["Obiettivo operativo", "6.1 – Garantire la tempestività dei pagamenti e la trasparenza"],
               ["Responsabile", "Dirigente Settore Risorse finanziarie – dott. Andrea Conti"],
               ["Peso dell'obiettivo", "10%"]],
        "indicators": [
            ["Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-3,52 gg", "-3,52 gg", "Pubblicato in Amministrazione trasparente"],
            ["Fatture pagate entro 30 giorni dal ricevimento", "≥ 95%", "96,8%", "+1,8 punti", ""],
            ["Sezioni di Amministrazione trasparente aggiornate nei termini", "100%", "97%", "-3 punti", "Attestazione OIV del 30/06/2021"],
        ],
        "status": "Parzialmente raggiunto",
        "comment": "I tempi di pagamento sono stati rispettati per tutto l'anno. Restano da completare gli aggiornamenti di due sotto-sezioni relative ai provvedimenti dei dirigenti.",
    },
]

content = {
    "schema": "r2-blind/rimini-schede@1",
    "_about": [
        "Invented content (no real data): Comune di Rimini, Relazione sulla performance 2021, rendered by make_r2.py as a Word document (A4 portrait, Calibri-like font, ruled tables) converted by LibreOffice.",
        "Each operational objective is a 'scheda': a key/value table (Obiettivo strategico | N – title; Obiettivo operativo | N.M – title; Responsabile; sometimes Peso dell'obiettivo, not a record field), then the indicators table 'Indicatore | Valore atteso 2021 | Valore al 31/12/2021 | Scostamento | Note' (year 2021; Scostamento to extra), then a paragraph 'Stato di attuazione: <phrase>' with two sentences of commentary.",
        "The status paragraph after the table applies to every indicator of the scheda: status from the phrase, status_text the phrase without the label, comment the two sentences. No area heading: area_code is the first segment of the objective code, area_title null.",
    ],
    "document": {"issuer": "Comune di Rimini", "title": "Relazione sulla performance", "year": 2021,
                 "kind": "relazione"},
    "indicator_header": IH,
    "schede": schede,
    "intro": [
        "La Relazione sulla performance è il documento con il quale l'Amministrazione illustra ai cittadini e a tutti gli altri portatori di interesse i risultati organizzativi e individuali raggiunti nell'anno precedente rispetto agli obiettivi programmati nel Piano della performance, evidenziando gli eventuali scostamenti.",
        "Il Piano esecutivo di gestione e Piano della performance 2021-2023 è stato approvato con deliberazione di Giunta comunale n. 98 del 30 marzo 2021. Gli obiettivi operativi discendono dagli obiettivi strategici della Sezione strategica del Documento unico di programmazione 2021-2023.",
        "Nel 2021 l'attività dell'Ente è stata ancora condizionata dall'emergenza sanitaria, in particolare nei primi quattro mesi dell'anno, durante i quali i servizi culturali e una parte dei servizi allo sportello sono stati erogati in forma ridotta.",
    ],
    "budget_title": "Tabella 1 – Risorse finanziarie per missione (spesa corrente, rendiconto 2021)",
    "budget_header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
    "budget": [
        ["01 – Servizi istituzionali, generali e di gestione", "€ 48.215.300,00", "€ 45.902.118,44", "95,2%"],
        ["05 – Tutela e valorizzazione dei beni e attività culturali", "€ 9.870.000,00", "€ 8.731.220,10", "88,5%"],
        ["08 – Assetto del territorio ed edilizia abitativa", "€ 4.112.450,00", "€ 3.880.017,35", "94,3%"],
        ["09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "€ 38.640.000,00", "€ 37.955.612,81", "98,2%"],
        ["10 – Trasporti e diritto alla mobilità", "€ 12.305.700,00", "€ 11.190.406,73", "90,9%"],
    ],
    "method": "Per ciascun obiettivo operativo è riportata una scheda che indica l'obiettivo strategico di riferimento, il dirigente responsabile, gli indicatori con il valore atteso e il valore rilevato al 31 dicembre 2021 e lo stato di attuazione validato dal Nucleo di valutazione. Lo scostamento è espresso nell'unità di misura dell'indicatore.",
    "closing": "Il Nucleo di valutazione ha validato la presente Relazione nella seduta del 24 giugno 2022, ai sensi dell'art. 14, comma 4, lettera c) del D.Lgs. 150/2009.",
}
Path("comune-rimini-2021-relazione.content.json").write_text(
    json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(s["indicators"]) for s in schede))

"""Content of asl-lecce-2022-relazione (invented, realistic). Writes the .content.json."""
import json

H = lambda level, code, title, label: {"t": "h", "level": level, "code": code, "title": title,
                                        "text": f"{label} {code} – {title}"}
P = lambda text: {"t": "p", "text": text}


def S(ind, formula, source, target, actual, esito, status, notes=None, comment=None):
    rows = [["Indicatore", ind], ["Formula", formula], ["Fonte del dato", source],
            ["Target 2022", target], ["Valore rilevato", actual], ["Esito", esito]]
    if notes:
        rows.append(["Note", notes])
    rec = {"indicator": ind, "formula": formula, "data_source": source, "year": 2022, "target": target,
           "actual": actual, "status": status, "status_text": esito, "notes": notes, "comment": comment}
    return {"t": "scheda", "rows": rows, "rec": rec, "comment": comment}


blocks = [
    {"t": "toc", "entries": [
        ["1. Presentazione della Relazione", "3"], ["2. L'Azienda e il contesto di riferimento", "3"],
        ["3. I risultati della performance organizzativa", "3"],
        ["3.1 Area strategica 1 – Prevenzione e assistenza territoriale", "4"],
        ["3.2 Area strategica 2 – Accessibilità, efficienza e trasparenza", "6"],
        ["4. Il processo di misurazione e valutazione", "7"]]},
    {"t": "chap", "text": "1. Presentazione della Relazione"},
    P("La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b) del D.Lgs. 27 ottobre 2009, "
      "n. 150, evidenzia a consuntivo i risultati organizzativi raggiunti nell'anno 2022 rispetto agli obiettivi "
      "programmati nel Piano della performance 2022-2024, adottato con deliberazione del Direttore Generale "
      "n. 118 del 31 gennaio 2022 e confluito nel PIAO 2022-2024."),
    P("Per ciascun obiettivo operativo sono riportate le schede degli indicatori associati, con la formula di "
      "calcolo, la fonte del dato, il target atteso per il 2022, il valore rilevato a consuntivo e l'esito della "
      "verifica effettuata dalla Struttura tecnica permanente e validata dall'Organismo Indipendente di "
      "Valutazione nella seduta del 14 giugno 2023."),
    {"t": "chap", "text": "2. L'Azienda e il contesto di riferimento"},
    P("L'ASL Lecce opera su un territorio di 2.799 km² comprendente 96 comuni, articolati in 10 Distretti "
      "socio-sanitari, con una popolazione residente al 1° gennaio 2022 di 772.305 abitanti, di cui il 25,1% "
      "con età superiore a 65 anni. La rete ospedaliera conta 8 presidi a gestione diretta."),
    {"t": "other", "caption": "Tabella 1 – Personale dipendente per ruolo al 31 dicembre",
     "header": ["Ruolo", "Al 31/12/2021", "Al 31/12/2022", "Variazione"],
     "rows": [["Ruolo sanitario – dirigenza medica", "1.402", "1.437", "+35"],
              ["Ruolo sanitario – dirigenza non medica", "168", "171", "+3"],
              ["Ruolo sanitario – comparto", "4.215", "4.298", "+83"],
              ["Ruolo socio-sanitario", "612", "655", "+43"],
              ["Ruolo tecnico", "731", "719", "-12"],
              ["Ruolo amministrativo", "598", "604", "+6"],
              ["Totale", "7.726", "7.884", "+158"]]},
    {"t": "chap", "text": "3. I risultati della performance organizzativa"},
    P("Gli obiettivi del ciclo 2022 sono articolati in due aree strategiche, declinate in obiettivi strategici "
      "triennali e in obiettivi operativi annuali assegnati alle strutture aziendali. Complessivamente sono "
      "stati monitorati 16 indicatori: 10 risultano raggiunti, 4 parzialmente raggiunti, 1 non raggiunto e 1 "
      "sospeso."),
    H("area", "1", "Prevenzione e assistenza territoriale", "Area strategica"),
    H("strategic", "1.1", "Rafforzare la prevenzione collettiva e la sanità pubblica", "Obiettivo strategico"),
    H("operational", "1.1.1", "Incrementare l'adesione ai programmi di screening oncologico", "Obiettivo operativo"),
    S("Estensione dello screening mammografico",
      "N. donne 50-69 anni invitate / popolazione target annuale × 100",
      "Sistema informativo screening regionale (SIS Puglia)", "≥ 95%", "97,3%", "Raggiunto", "achieved"),
    S("Adesione corretta allo screening cervicale",
      "N. donne 25-64 anni che hanno eseguito il test / N. donne invitate × 100",
      "Sistema informativo screening regionale (SIS Puglia)", "≥ 50%", "41,8%", "Parzialmente raggiunto",
      "partially_achieved",
      comment="Il risultato, pur inferiore al target, segna un incremento di 6,4 punti percentuali rispetto al "
              "2021 grazie all'introduzione dell'HPV-DNA test e all'apertura di due nuovi ambulatori "
              "dedicati nei Distretti di Maglie e Casarano."),
    S("Adesione corretta allo screening colorettale",
      "N. persone 50-69 anni che hanno eseguito il test SOF / N. persone invitate × 100",
      "Sistema informativo screening regionale (SIS Puglia)", "≥ 40%", "28,6%", "Non raggiunto", "not_achieved",
      notes="Distribuzione dei kit tramite farmacie avviata solo a ottobre 2022"),
    H("operational", "1.1.2", "Migliorare le coperture vaccinali dell'infanzia e dell'anziano", "Obiettivo operativo"),
    S("Copertura vaccinale con vaccino esavalente a 24 mesi",
      "N. bambini vaccinati con 3 dosi entro 24 mesi / coorte dei nati 2020 × 100",
      "Anagrafe vaccinale regionale GIAVA", "≥ 95%", "95,8%", "Raggiunto", "achieved"),
    S("Copertura vaccinale MPR (prima dose) a 24 mesi",
      "N. bambini vaccinati con una dose di MPR entro 24 mesi / coorte dei nati 2020 × 100",
      "Anagrafe vaccinale regionale GIAVA", "≥ 95%", "93,1%", "Parzialmente raggiunto", "partially_achieved"),
    S("Copertura vaccinale antinfluenzale negli ultrasessantacinquenni",
      "N. soggetti ≥ 65 anni vaccinati nella campagna 2022/2023 / popolazione ≥ 65 anni × 100",
      "Anagrafe vaccinale regionale GIAVA", "≥ 75%", "62,4%", "Parzialmente raggiunto", "partially_achieved",
      comment="La copertura è in linea con la media regionale (61,9%); l'obiettivo ministeriale minimo del "
              "75% non è stato raggiunto da nessuna azienda sanitaria pugliese."),
    H("strategic", "1.2", "Potenziare l'assistenza territoriale e la presa in carico della cronicità",
      "Obiettivo strategico"),
    H("operational", "1.2.1", "Sviluppare l'assistenza domiciliare integrata", "Obiettivo operativo"),
    S("Percentuale di assistiti over 65 in Assistenza Domiciliare Integrata",
      "N. assistiti ≥ 65 anni presi in carico in ADI / popolazione ≥ 65 anni × 100",
      "Flusso SIAD – Sistema informativo assistenza domiciliare", "≥ 4%", "4,6%", "Raggiunto", "achieved"),
    S("Tempo medio di presa in carico in ADI dalla segnalazione",
      "Somma dei giorni tra segnalazione e primo accesso / N. prese in carico",
      "Flusso SIAD – Sistema informativo assistenza domiciliare", "≤ 7 gg", "5,8 gg", "Raggiunto", "achieved"),
    H("operational", "1.2.2", "Ridurre i ricoveri potenzialmente evitabili", "Obiettivo operativo"),
    S("Tasso di ospedalizzazione per scompenso cardiaco nella popolazione di età ≥ 50 anni",
      "N. ricoveri con diagnosi principale di scompenso cardiaco / popolazione ≥ 50 anni × 100.000",
      "Flusso SDO – Schede di dimissione ospedaliera", "≤ 250", "238,4", "Raggiunto", "achieved"),
    S("Implementazione della cartella clinica elettronica territoriale nei Distretti",
      "N. Distretti con cartella clinica elettronica in uso / N. Distretti",
      "Area Gestione Sistemi Informativi", "Avvio in 3 Distretti", "n.d.", "Obiettivo sospeso", "suspended",
      comment="L'obiettivo è stato sospeso con deliberazione n. 1.204 del 28 settembre 2022 in attesa della "
              "piattaforma regionale unica prevista dal PNRR (Missione 6, Componente 2)."),
    H("area", "2", "Accessibilità, efficienza e trasparenza", "Area strategica"),
    H("strategic", "2.1", "Garantire l'accesso tempestivo alle prestazioni", "Obiettivo strategico"),
    H("operational", "2.1.1", "Ridurre i tempi di attesa per le prestazioni ambulatoriali", "Obiettivo operativo"),
    S("Prime visite con priorità B (breve) erogate entro 10 giorni",
      "N. prime visite classe B erogate entro 10 gg / N. prime visite classe B prenotate × 100",
      "CUP aziendale – flusso MDS tempi di attesa", "≥ 90%", "84,2%", "Parzialmente raggiunto",
      "partially_achieved"),
    S("Prime visite con priorità D (differibile) erogate entro 30 giorni",
      "N. prime visite classe D erogate entro 30 gg / N. prime visite classe D prenotate × 100",
      "CUP aziendale – flusso MDS tempi di attesa", "≥ 90%", "91,5%", "Raggiunto", "achieved"),
    H("operational", "2.1.2", "Rispettare i tempi di pagamento delle transazioni commerciali",
      "Obiettivo operativo"),
    S("Indicatore annuale di tempestività dei pagamenti",
      "Somma dei giorni di ritardo ponderati per l'importo delle fatture / importo totale pagato",
      "Piattaforma dei crediti commerciali (PCC)", "≤ 0 gg", "-6,3 gg", "Raggiunto", "achieved"),
    S("Riduzione dello stock di debito commerciale scaduto",
      "(Stock al 31/12/2022 – stock al 31/12/2021) / stock al 31/12/2021 × 100",
      "Piattaforma dei crediti commerciali (PCC)", "Riduzione ≥ 10%", "-14,2%", "Raggiunto", "achieved"),
    H("strategic", "2.2", "Assicurare trasparenza e prevenzione della corruzione", "Obiettivo strategico"),
    H("operational", "2.2.1", "Attuare le misure del Piano triennale di prevenzione della corruzione",
      "Obiettivo operativo"),
    S("Obblighi di pubblicazione assolti nella sezione Amministrazione Trasparente",
      "N. obblighi assolti / N. obblighi applicabili × 100 (griglia di rilevazione ANAC)",
      "Attestazione OIV al 30 giugno 2022", "100%", "100%", "Raggiunto", "achieved"),
    S("Attivazione della piattaforma informatica per le segnalazioni di illeciti (whistleblowing)",
      "Piattaforma attivata e pubblicizzata sul sito istituzionale (sì/no)",
      "Responsabile della prevenzione della corruzione e della trasparenza", "Entro il 30/06/2022",
      "Attivata il 15/06/2022", "Raggiunto", "achieved",
      notes="Piattaforma open source WhistleblowingPA"),
    {"t": "chap", "text": "4. Il processo di misurazione e valutazione"},
    P("La misurazione è stata effettuata dalla Struttura tecnica permanente sulla base dei dati trasmessi dai "
      "responsabili delle strutture entro il 31 marzo 2023. Gli esiti sono stati condivisi con le strutture in "
      "contraddittorio e validati dall'OIV ai sensi dell'art. 14, comma 4, lettera c) del D.Lgs. 150/2009."),
    {"t": "other", "caption": "Tabella 2 – Fasi del ciclo della performance 2022",
     "header": ["Fase", "Soggetto", "Data"],
     "rows": [["Adozione del Piano della performance 2022-2024", "Direttore Generale", "31/01/2022"],
              ["Monitoraggio intermedio", "Struttura tecnica permanente", "15/09/2022"],
              ["Rendicontazione dei risultati", "Responsabili di struttura", "31/03/2023"],
              ["Validazione della Relazione", "OIV", "14/06/2023"]]},
]

doc = {"name": "asl-lecce-2022-relazione",
       "document": {"issuer": "Azienda Sanitaria Locale di Lecce", "title": "Relazione sulla performance",
                    "year": 2022, "kind": "relazione"},
       "cover": {"acronym": "ASL LECCE", "issuer": "Azienda Sanitaria Locale di Lecce",
                 "region": "Regione Puglia – Servizio Sanitario Regionale",
                 "title": "RELAZIONE SULLA PERFORMANCE", "year": "Anno 2022",
                 "sub": "(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)",
                 "adopted": "Adottata con deliberazione del Direttore Generale n. 812 del 28 giugno 2023"},
       "blocks": blocks}
json.dump(doc, open("asl-lecce-2022-relazione.content.json", "w"), ensure_ascii=False, indent=1)
print(sum(b["t"] == "scheda" for b in blocks), "schede")

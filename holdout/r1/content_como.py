"""Invented content: Comune di Como, Relazione sulla performance 2023 (report-software export, reportlab)."""

HEADER = ["Indicatore", "Valore atteso", "Valore raggiunto", "Note"]
FIELDS = ["indicator", "target", "actual", "notes"]

OK = ("achieved", "OBIETTIVO CONSEGUITO")
PART = ("partially_achieved", "OBIETTIVO PARZIALMENTE CONSEGUITO")
NO = ("not_achieved", "OBIETTIVO NON CONSEGUITO")


def ind(name, target, actual, note, status, commentary=None, comments=()):
    row = {"kind": "ind", "cells": [name, target, actual, note],
           "status": status[0], "status_text": status[1]}
    if commentary:
        row["status_comment"] = commentary
    if comments:
        row["comments"] = list(comments)
    return row


def head(level, code, title):
    label = {"area": "Area strategica", "strategic": "Obiettivo strategico",
             "operational": "Obiettivo operativo"}[level]
    return {"kind": "heading", "level": level, "code": code, "title": title,
            "text": f"{label} {code} – {title}"}


def table(*rows):
    return {"kind": "table", "role": "indicators", "header": [HEADER], "fields": FIELDS, "rows": list(rows)}


def prose(text):
    return {"kind": "para", "text": text}


CONTENT = {
    "name": "comune-como-2023-relazione",
    "format": "reportlab",
    "document": {"issuer": "Comune di Como", "title": "Relazione sulla performance", "year": 2023,
                 "kind": "relazione"},
    "running_header": "Comune di Como – Relazione sulla performance 2023",
    "footer": "Report generato dal sistema di controllo di gestione – estrazione del 14/06/2024",
    "cover": [
        {"text": "COMUNE DI COMO", "size": 20, "bold": True},
        {"text": "Settore Programmazione, Controllo di gestione e Performance", "size": 11},
        {"text": "RELAZIONE SULLA PERFORMANCE 2023", "size": 17, "bold": True},
        {"text": "Rendicontazione degli obiettivi del Piano integrato di attività e organizzazione 2023-2025 – Sezione Performance", "size": 10},
    ],
    "readback": {"ignore_top": 48, "ignore_bottom": 45},
    "blocks": [
        {"kind": "heading", "level": "section", "text": "Premessa"},
        prose("La presente Relazione, redatta ai sensi dell'art. 10, comma 1, lettera b), del D.Lgs. n. 150/2009, rendiconta i risultati raggiunti nel 2023 rispetto agli obiettivi di performance organizzativa assegnati ai Settori con il PIAO 2023-2025, approvato con deliberazione della Giunta comunale n. 58 del 16 marzo 2023 e aggiornato in sede di variazione del PEG."),
        prose("Per ciascun obiettivo operativo sono riportati gli indicatori con il valore atteso e il valore raggiunto al 31 dicembre 2023, le note del Settore responsabile e l'esito attestato in sede di monitoraggio finale. Gli esiti sono stati verificati dal Nucleo di valutazione nella seduta del 5 giugno 2024."),
        prose("Nel complesso, degli obiettivi operativi monitorati il 76% risulta conseguito, il 18% parzialmente conseguito e il 6% non conseguito. Le cause degli scostamenti sono illustrate nelle righe di commento che accompagnano i singoli indicatori."),
        head("area", "1", "Como sicura, ordinata e accessibile"),
        prose("L'area raccoglie le politiche per la sicurezza urbana, la polizia locale, la mobilità e l'accessibilità degli spazi pubblici, in attuazione della linea di mandato «Una città che si prende cura»."),
        head("strategic", "1.1", "Sicurezza urbana e qualità dello spazio pubblico"),
        head("operational", "1.1.1", "Potenziare il controllo del territorio"),
        table(
            ind("Ore di pattugliamento serale e notturno della Polizia locale", "≥ 4.500 ore", "4.862 ore",
                "Attivati due turni serali aggiuntivi nel periodo giugno-settembre", OK),
            ind("Tempo medio di intervento su segnalazione (dalla chiamata all'arrivo della pattuglia)",
                "≤ 15 minuti", "13 minuti", "Dato rilevato dalla centrale operativa", OK),
            ind("Verbali per violazioni al Codice della strada notificati entro 90 giorni dall'accertamento",
                "≥ 98%", "96,1%", "Su 41.322 verbali emessi", PART,
                "Il cambio del fornitore del servizio di postalizzazione nel mese di aprile ha causato ritardi nella notifica di circa 800 verbali.",
                ["Per il 2024 è stata introdotta la notifica tramite piattaforma SEND per i destinatari dotati di domicilio digitale."]),
        ),
        head("operational", "1.1.2", "Migliorare l'accessibilità dello spazio pubblico"),
        table(
            ind("Interventi di abbattimento delle barriere architettoniche nel centro storico (PEBA)", "almeno 12",
                "N° 9 interventi su 12 programmati", "Interventi finanziati con avanzo vincolato", PART,
                "Tre interventi in via Vittorio Emanuele II sono stati rinviati al 2024 per il parere della Soprintendenza."),
            ind("Posti auto per persone con disabilità riqualificati", "≥ 40", "46", None, OK),
        ),
        head("area", "2", "Como città della cultura e del lago"),
        prose("L'area comprende le politiche culturali, museali e bibliotecarie e la promozione turistica della città e del primo bacino del Lario. Nel 2023 le attività sono state orientate all'ampliamento degli orari di apertura dei luoghi della cultura, al coinvolgimento delle scuole e alla destagionalizzazione dei flussi turistici, in coerenza con il Piano strategico del turismo 2022-2025 e con il progetto «Como città creativa», candidato al programma UNESCO."),
        prose("Le risorse assegnate all'area sono state pari a complessivi € 10.125.950,00; il Settore Cultura ha inoltre beneficiato di contributi regionali e di fondazioni bancarie per € 640.000,00, destinati alle mostre temporanee della Pinacoteca civica e alla catalogazione del fondo storico della Biblioteca."),
        head("strategic", "2.1", "Valorizzare il patrimonio culturale"),
        head("operational", "2.1.1", "Ampliare l'offerta dei Musei civici"),
        table(
            ind("Visitatori dei Musei civici (Pinacoteca, Museo archeologico «P. Giovio», Tempio Voltiano)",
                "≥ 95.000", "102.317", "+11,4% rispetto al 2022", OK),
            ind("Giornate di apertura serale straordinaria", "≥ 20", "24", "Aperture estive del giovedì", OK),
            ind("Soddisfazione media dei visitatori (scala 1-5)", "≥ 4", "4,3", "Su 1.126 questionari", OK),
            ind("Studenti coinvolti nei laboratori didattici dei Musei civici", "≥ 6.000", "5.830",
                "Anno scolastico 2022/2023 e primo quadrimestre 2023/2024", PART,
                "Lo sciopero del personale del servizio educativo in appalto ha comportato l'annullamento di 14 laboratori nel mese di maggio.",
                ["Il Settore ha recuperato parte dei laboratori nel mese di giugno con i centri estivi comunali, non conteggiati nell'indicatore perché rivolti a partecipanti non iscritti tramite le scuole."]),
        ),
        head("operational", "2.1.2", "Rilanciare la Biblioteca comunale"),
        table(
            ind("Prestiti annui della Biblioteca comunale e delle sedi decentrate", "≥ 110.000", "104.560",
                "Il dato comprende i prestiti interbibliotecari del sistema provinciale e i prestiti digitali della piattaforma MLOL. La sede centrale di piazzetta Venosto è rimasta chiusa al pubblico dal 2 al 31 ottobre per i lavori di adeguamento dell'impianto antincendio e di rifacimento della sala di consultazione; durante la chiusura il servizio di prestito è stato garantito con modalità ridotte presso la sede di Albate e con consegna su prenotazione presso lo Spazio Giovani di via Sirtori. Nel mese di novembre è stato inoltre inaugurato il punto prestito presso la stazione di Como San Giovanni, che ha registrato 1.240 prestiti nelle prime sei settimane di apertura e 386 nuove iscrizioni al servizio.",
                PART, "La chiusura della sede centrale per lavori ha ridotto i prestiti di circa 6.000 unità rispetto alla previsione."),
            ind("Ore settimanali di apertura al pubblico della sede centrale", "≥ 54", "54", None, OK),
        ),
        head("strategic", "2.2", "Promuovere un turismo sostenibile"),
        head("operational", "2.2.1", "Governare i flussi turistici e gli eventi"),
        table(
            ind("Gettito dell'imposta di soggiorno", "≥ € 3.200.000,00", "€ 3.541.870,00",
                "Incremento delle presenze extra-alberghiere", OK),
            ind("Tempo medio di rilascio delle concessioni di suolo pubblico per eventi", "≤ 30 gg", "34 gg",
                "Su 212 istanze", NO,
                "L'aumento delle istanze nel periodo estivo (+38%) non è stato accompagnato da un adeguamento dell'organico dell'Ufficio.",
                ["È stata avviata la digitalizzazione del procedimento sul portale dei servizi online, operativa dal marzo 2024."]),
        ),
        head("area", "3", "Como amministrazione efficiente e digitale"),
        prose("L'area raccoglie gli obiettivi trasversali di digitalizzazione, semplificazione e sostenibilità finanziaria dell'Ente, finanziati in parte con le risorse del PNRR (Missione 1, Componente 1)."),
        head("strategic", "3.1", "Digitalizzazione e semplificazione dei servizi"),
        head("operational", "3.1.1", "Estendere i servizi online"),
        table(
            ind("Pratiche edilizie presentate tramite lo Sportello unico digitale", "100%", "100%", None, OK),
            ind("Servizi comunali accessibili con SPID/CIE dal portale istituzionale", "≥ 35", "38",
                "Nuovi servizi: iscrizioni ai centri estivi, pass ZTL", OK),
            ind("Tempo medio di risposta alle istanze di accesso civico generalizzato", "entro 30 giorni",
                "18 giorni", "Su 97 istanze", OK),
            ind("Migrazione dei servizi applicativi al cloud qualificato (PNRR M1C1 – Misura 1.2)",
                "Completamento entro il 31/12/2023", "Migrazione completata il 14/11/2023",
                "Asseverazione del Dipartimento per la trasformazione digitale", OK),
        ),
        head("operational", "3.1.2", "Migliorare la capacità di riscossione"),
        table(
            ind("Capacità di riscossione delle entrate tributarie (riscossioni/accertamenti)", "≥ 78%", "74,6%",
                None, PART, "Il dato risente della proroga dei termini di versamento della TARI al 16 dicembre."),
            ind("Avvisi di accertamento IMU emessi", "≥ 2.500", "2.731", None, OK),
        ),
        {"kind": "heading", "level": "section", "text": "Risorse finanziarie impiegate"},
        prose("La tabella riepiloga, per le missioni di bilancio collegate alle aree strategiche, gli stanziamenti definitivi e gli impegni assunti nell'esercizio 2023."),
        {"kind": "table", "role": "other", "header": [["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"]],
         "rows": [["03 – Ordine pubblico e sicurezza", "€ 8.412.300,00", "€ 8.016.220,41", "95,3%"],
                  ["05 – Tutela e valorizzazione dei beni e delle attività culturali", "€ 6.180.950,00", "€ 5.522.804,12", "89,4%"],
                  ["07 – Turismo", "€ 3.945.000,00", "€ 3.610.118,70", "91,5%"],
                  ["01 – Servizi istituzionali, generali e di gestione", "€ 31.208.640,00", "€ 29.770.312,58", "95,4%"],
                  ["Totale", "€ 49.746.890,00", "€ 46.919.455,81", "94,3%"]]},
    ],
}

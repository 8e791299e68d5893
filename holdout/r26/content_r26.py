"""Writes the three r26 content files (hand-written content; values parsed by hand where noted)."""
import json
S = {}
# ---------- 1. Provincia (DOCX -> LibreOffice) ----------
S["provincia-macerata-2024-relazione"] = {
 "layout": "docx",
 "document": {"issuer": "Provincia di Macerata", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["Provincia di Macerata", "Settore I – Affari generali, Personale e Controlli interni",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2024", "(art. 10, comma 1, lett. b, D.Lgs. 150/2009)",
           "Approvata con Decreto del Presidente n. 87 del 27/06/2025"],
 "intro": ["La Relazione sulla performance rappresenta lo strumento con cui l'Ente illustra ai cittadini e agli stakeholder i risultati organizzativi e individuali conseguiti nell'anno 2024 rispetto agli obiettivi programmati nella sezione Performance del PIAO 2024-2026.",
           "Le informazioni sono state rilevate dal Servizio Controllo di gestione sulla base delle schede di monitoraggio trasmesse dai Dirigenti entro il 31 marzo 2025 e validate dal Nucleo di Valutazione nella seduta del 12 giugno 2025."],
 "budget": {"title": "Tabella 1 – Risorse finanziarie per Missione (impegni di competenza 2024)",
   "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
   "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 14.862.310,44", "€ 13.207.915,02", "88,87%"],
            ["04 – Istruzione e diritto allo studio", "€ 9.415.000,00", "€ 8.120.447,65", "86,25%"],
            ["09 – Sviluppo sostenibile e tutela del territorio", "€ 3.208.500,00", "€ 2.655.118,90", "82,75%"],
            ["10 – Trasporti e diritto alla mobilità", "€ 21.774.982,13", "€ 17.905.640,37", "82,23%"],
            ["Totale", "€ 49.260.792,57", "€ 41.889.121,94", "85,04%"]]},
 "header": ["Cod.", "Indicatore", "Unità di misura", "Target 2024", "Valore 2024", "Esito"],
 "areas": [
  {"code": "1", "title": "Territorio, viabilità e infrastrutture",
   "objectives": [
    {"label": "Obiettivo strategico", "code": "1.1", "title": "Garantire la sicurezza della rete stradale provinciale", "level": "strategic",
     "ind": [
      {"code": "1.1.1", "indicator": "Km di rete stradale provinciale oggetto di rifacimento del manto bituminoso", "unit": "km", "target": "≥ 45", "actual": "52,3", "esito": "Raggiunto", "dir": "higher"},
      {"code": "1.1.2", "indicator": "Tempo medio di intervento per la messa in sicurezza a seguito di segnalazione di pericolo", "unit": "ore", "target": "≤ 24 ore", "actual": "19 ore", "esito": "Raggiunto", "dir": "lower"},
      {"code": "1.1.3", "indicator": "Percentuale di ponti e viadotti sottoposti a ispezione di livello 2 secondo le Linee guida ministeriali", "unit": "%", "target": "100%", "actual": "87,5%", "esito": "Parzialmente raggiunto", "dir": "higher"},
      {"code": "1.1.4", "indicator": "Approvazione del progetto esecutivo della variante SP 77 \"Val di Chienti\" – lotto 2", "unit": "data", "target": "entro il 30/09/2024", "actual": "Approvato il 14/11/2024", "esito": "Non raggiunto", "dir": None}]},
    {"label": "Obiettivo strategico", "code": "1.2", "title": "Edilizia scolastica sicura ed efficiente", "level": "strategic",
     "ind": [
      {"code": "1.2.1", "indicator": "Numero di istituti scolastici superiori con interventi di adeguamento sismico conclusi", "unit": "n.", "target": "4", "actual": "4", "esito": "Raggiunto", "dir": "higher"},
      {"code": "1.2.2", "indicator": "Riduzione dei consumi energetici degli edifici scolastici rispetto al 2022", "unit": "%", "target": "-8%", "actual": "n.d.", "esito": "Non valutabile", "dir": "lower"},
      {"code": "1.2.3", "indicator": "Spesa per manutenzione ordinaria degli istituti scolastici liquidata nell'anno", "unit": "euro", "target": "€ 1.250.000,00", "actual": "€ 1.318.442,70", "esito": "Raggiunto", "dir": None}]}]},
  {"code": "2", "title": "Ente efficiente, trasparente e digitale",
   "objectives": [
    {"label": "Obiettivo strategico", "code": "2.1", "title": "Semplificazione e tempestività dell'azione amministrativa", "level": "strategic",
     "ind": [
      {"code": "2.1.1", "indicator": "Tempo medio di rilascio delle autorizzazioni per trasporti eccezionali", "unit": "giorni", "target": "≤ 15 gg", "actual": "11 gg", "esito": "Raggiunto", "dir": "lower"},
      {"code": "2.1.2", "indicator": "Indicatore di tempestività dei pagamenti (ITP) annuale", "unit": "giorni", "target": "≤ 0", "actual": "-6,42", "esito": "Raggiunto", "dir": None},
      {"code": "2.1.3", "indicator": "Percentuale di procedimenti amministrativi mappati e pubblicati nella sezione Amministrazione trasparente con modulistica aggiornata", "unit": "%", "target": "≥ 90%", "actual": "93%", "esito": "Raggiunto", "dir": "higher"},
      {"code": "2.1.4", "indicator": "Numero di servizi online accessibili tramite SPID/CIE sul portale istituzionale", "unit": "n.", "target": "≥ 12", "actual": "9", "esito": "Non raggiunto", "dir": "higher"},
      {"code": "2.1.5", "indicator": "Grado di copertura del fabbisogno formativo del personale (ore di formazione pro capite)", "unit": "ore", "target": "almeno 24 ore", "actual": "26,5 ore", "esito": "Raggiunto", "dir": "higher"}]},
    {"label": "Obiettivo strategico", "code": "2.2", "title": "Prevenzione della corruzione e trasparenza", "level": "strategic",
     "ind": [
      {"code": "2.2.1", "indicator": "Percentuale di misure di prevenzione previste dalla sottosezione Rischi corruttivi attuate nei termini", "unit": "%", "target": "100%", "actual": "100%", "esito": "Raggiunto", "dir": "higher"},
      {"code": "2.2.2", "indicator": "Controlli successivi di regolarità amministrativa sugli atti dirigenziali", "unit": "n.", "target": "≥ 120", "actual": "Attività sospesa per riorganizzazione dell'Ufficio", "esito": "Sospeso", "dir": None}]}]}],
 "after_table_prose": "I valori dell'area 2 sono stati rilevati dal sistema di protocollo informatico e dalla piattaforma PagoPA; per l'indicatore 1.2.2 il dato definitivo dei consumi sarà disponibile solo con la chiusura dei conguagli del fornitore.",
 "closing": ["Nel complesso, dei 14 indicatori monitorati, 9 risultano raggiunti, 1 parzialmente raggiunto, 2 non raggiunti; per 1 indicatore il dato non è ancora disponibile e 1 è stato sospeso.",
             "Il Nucleo di Valutazione ha preso atto dei risultati nella seduta del 12 giugno 2025, ai fini della validazione prevista dall'art. 14, comma 4, lett. c) del D.Lgs. 150/2009."],
}
# ---------- 2. Azienda diritto allo studio (XLSX -> LibreOffice Calc) ----------
S["adisu-umbria-2025-piano"] = {
 "layout": "xlsx",
 "document": {"issuer": "Agenzia per il Diritto allo Studio Universitario dell'Umbria", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "cover": ["A.Di.S.U. Umbria", "Agenzia per il Diritto allo Studio Universitario dell'Umbria",
           "PIANO DELLA PERFORMANCE 2025-2027", "Allegato A – Obiettivi, indicatori e target"],
 "intro": "Il presente allegato riporta, per ciascun obiettivo strategico e operativo, gli indicatori con il valore di partenza (Consuntivo 2023) e i target per il triennio 2025-2027. I target espressi in forma descrittiva sono verificati dal Nucleo di valutazione sulla base della documentazione prodotta dai Servizi.",
 "header": ["Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Peso", "Consuntivo 2023", "Target 2025", "Target 2026", "Target 2027"],
 "years": [2025, 2026, 2027],
 "objectives": [
  {"s_code": "1", "s_title": "Garantire il diritto allo studio agli studenti capaci e meritevoli privi di mezzi", "o_code": "1.1", "o_title": "Tempestività nell'erogazione delle borse di studio",
   "ind": [
    {"indicator": "Percentuale di idonei beneficiari di borsa di studio", "weight": "15%", "base": "100%", "t": ["100%", "100%", "100%"], "dir": "higher"},
    {"indicator": "Tempo medio di pagamento della prima rata della borsa dalla pubblicazione della graduatoria definitiva", "weight": "10%", "base": "38 gg", "t": ["≤ 30 gg", "≤ 30 gg", "≤ 25 gg"], "dir": "lower"},
    {"indicator": "Numero di controlli sulle autocertificazioni ISEE degli studenti beneficiari", "weight": "5%", "base": "1.126", "t": ["≥ 1.200", "≥ 1.250", "≥ 1.300"], "dir": "higher"}]},
  {"s_code": "1", "s_title": "Garantire il diritto allo studio agli studenti capaci e meritevoli privi di mezzi", "o_code": "1.2", "o_title": "Potenziamento dell'offerta abitativa",
   "ind": [
    {"indicator": "Posti letto disponibili nelle residenze universitarie di Perugia e Terni", "weight": "10%", "base": "1.412", "t": ["1.460", "1.540", "1.620"], "dir": None},
    {"indicator": "Tasso di occupazione dei posti letto nelle residenze", "weight": "5%", "base": "94,2%", "t": ["≥ 95%", "≥ 95%", "≥ 96%"], "dir": "higher"},
    {"indicator": "Avanzamento lavori residenza \"ex Convento di Sant'Anna\" (fondi PNRR M4C1 – Inv. 1.7)", "weight": "10%", "base": "n.d.", "t": ["Aggiudicazione lavori", "SAL 60%", "Collaudo e apertura"], "dir": None}]},
  {"s_code": "2", "s_title": "Servizi di ristorazione e di supporto di qualità", "o_code": "2.1", "o_title": "Qualità e accessibilità del servizio di ristorazione",
   "ind": [
    {"indicator": "Grado di soddisfazione degli utenti delle mense (scala 1-5)", "weight": "5%", "base": "3,8", "t": ["≥ 4", "≥ 4", "≥ 4,2"], "dir": "higher"},
    {"indicator": "Pasti erogati con prodotti biologici o a km zero sul totale", "weight": "5%", "base": "22%", "t": ["25%", "30%", "35%"], "dir": None},
    {"indicator": "Costo medio per pasto a carico dell'Agenzia", "weight": "5%", "base": "€ 6,85", "t": ["≤ € 6,90", "≤ € 6,90", "≤ € 7,00"], "dir": "lower"}]},
  {"s_code": "3", "s_title": "Amministrazione efficiente, digitale e trasparente", "o_code": "3.1", "o_title": "Digitalizzazione dei procedimenti e dei pagamenti",
   "ind": [
    {"indicator": "Percentuale di istanze di benefici presentate esclusivamente online", "weight": "10%", "base": "97,5%", "t": ["100%", "100%", "100%"], "dir": "higher"},
    {"indicator": "Indicatore annuale di tempestività dei pagamenti", "weight": "10%", "base": "-3,1 gg", "t": ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"], "dir": None},
    {"indicator": "Adozione del nuovo sistema di gestione documentale e conservazione a norma", "weight": "10%", "base": "n.d.", "t": ["Avvio in esercizio", "", ""], "dir": None}]}],
 "resources": {"title": "Quadro delle risorse 2025 (bilancio di previsione)",
   "header": ["Voce", "Previsione 2025", "Previsione 2026", "Previsione 2027"],
   "rows": [["Borse di studio (FIS + tassa regionale)", "€ 24.300.000,00", "€ 24.800.000,00", "€ 25.100.000,00"],
            ["Servizi abitativi", "€ 6.420.500,00", "€ 6.980.000,00", "€ 7.210.000,00"],
            ["Ristorazione", "€ 4.115.000,00", "€ 4.150.000,00", "€ 4.200.000,00"],
            ["Spese di funzionamento e personale", "€ 5.870.230,00", "€ 5.905.000,00", "€ 5.940.000,00"],
            ["Totale", "€ 40.705.730,00", "€ 41.835.000,00", "€ 42.450.000,00"]]},
}
# ---------- 3. Autorità di bacino (reportlab, report software) ----------
S["autorita-bacino-appennino-centrale-2023-relazione"] = {
 "layout": "reportlab",
 "document": {"issuer": "Autorità di bacino distrettuale dell'Appennino Centrale", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["Autorità di bacino distrettuale", "dell'Appennino Centrale", "Relazione sulla performance 2023",
           "Schede di rendicontazione degli obiettivi operativi", "Estratto dal sistema di monitoraggio – elaborazione del 15/05/2024"],
 "intro": ["La presente Relazione, redatta ai sensi dell'art. 10 del D.Lgs. 150/2009, rendiconta il grado di conseguimento degli obiettivi operativi assegnati alle strutture dell'Autorità per l'anno 2023. Per ciascun obiettivo è riportata la scheda estratta dal sistema di monitoraggio, con gli indicatori, i target e i valori a consuntivo.",
           "Il grado di raggiungimento è calcolato come rapporto tra valore conseguito e target, con un massimo del 100%. L'esito complessivo di ciascun obiettivo è attribuito dal Segretario generale sentito l'OIV."],
 "staff": {"title": "Personale in servizio al 31/12/2023", "header": ["Qualifica", "Dotazione organica", "In servizio", "Scopertura"],
   "rows": [["Dirigenti di II fascia", "6", "4", "2"], ["Area dei Funzionari", "58", "41", "17"], ["Area degli Assistenti", "32", "27", "5"], ["Area degli Operatori", "4", "2", "2"], ["Totale", "100", "74", "26"]]},
 "header": ["Indicatore", "Formula di calcolo", "Peso", "Target 2023", "Valore 2023", "% raggiung."],
 "areas": [
  {"code": "A", "title": "PIANIFICAZIONE DI DISTRETTO",
   "schede": [
    {"o_code": "A.1", "o_title": "Aggiornamento del Piano di gestione del rischio di alluvioni (PGRA) – III ciclo",
     "struttura": "Settore Pianificazione e Difesa del suolo",
     "ind": [
      {"indicator": "Mappe di pericolosità e rischio aggiornate e pubblicate sul geoportale", "formula": "n. sottobacini con mappe aggiornate / n. sottobacini del distretto × 100", "weight": "40%", "target": "≥ 80%", "actual": "84,6%", "ach": "100%", "dir": "higher"},
      {"indicator": "Incontri di partecipazione pubblica con i portatori di interesse", "formula": "Numero di incontri svolti (in presenza o da remoto)", "weight": "30%", "target": "≥ 10", "actual": "14", "ach": "100%", "dir": None},
      {"indicator": "Tempo medio di riscontro alle osservazioni pervenute in fase di consultazione", "formula": "Σ giorni tra ricezione e riscontro / n. osservazioni", "weight": "30%", "target": "≤ 60 gg", "actual": "48 gg", "ach": "100%", "dir": "lower"}],
     "esito": "Esito: Raggiunto",
     "comment": "Le attività si sono concluse nei tempi previsti; le mappe sono state adottate con decreto segretariale n. 112/2023 e trasmesse alla Commissione europea nei termini del reporting."},
    {"o_code": "A.2", "o_title": "Monitoraggio del bilancio idrico e della severità idrica",
     "struttura": "Settore Risorse idriche",
     "ind": [
      {"indicator": "Bollettini dell'Osservatorio permanente sugli utilizzi idrici pubblicati", "formula": "Numero di bollettini pubblicati sul sito istituzionale", "weight": "50%", "target": "12", "actual": "10", "ach": "83,3%", "dir": None},
      {"indicator": "Stazioni idrometriche integrate nella piattaforma di monitoraggio", "formula": "n. stazioni integrate / n. stazioni previste dal protocollo con le Regioni × 100", "weight": "50%", "target": "100%", "actual": "n.d.", "ach": "n.d.", "dir": "higher"}],
     "esito": "Esito: Parzialmente raggiunto",
     "comment": "Due bollettini (luglio e agosto) non sono stati pubblicati per l'indisponibilità dei dati regionali; l'integrazione delle stazioni è in corso di verifica da parte del gestore della piattaforma."}]},
  {"code": "B", "title": "FUNZIONAMENTO E TRASPARENZA",
   "schede": [
    {"o_code": "B.1", "o_title": "Efficienza dei procedimenti di parere e autorizzazione",
     "struttura": "Settore Affari giuridici e Pareri",
     "ind": [
      {"indicator": "Pareri di compatibilità idraulica rilasciati nei termini di legge", "formula": "n. pareri rilasciati entro 60 giorni / n. pareri richiesti × 100", "weight": "35%", "target": "≥ 90%", "actual": "92,4%", "ach": "100%", "dir": None},
      {"indicator": "Tempo medio di rilascio dei pareri sui piani urbanistici comunali", "formula": "Σ giorni di istruttoria / n. pareri rilasciati nell'anno", "weight": "35%", "target": "≤ 45 gg", "actual": "51 gg", "ach": "88,2%", "dir": "lower"},
      {"indicator": "Riduzione dell'arretrato delle istanze di variazione delle perimetrazioni PAI giacenti al 31/12/2022", "formula": "(istanze giacenti 2022 − istanze giacenti 2023) / istanze giacenti 2022 × 100", "weight": "30%", "target": "≥ 30%", "actual": "36%", "ach": "100%", "dir": None}],
     "esito": "Esito: Raggiunto",
     "comment": "Lo scostamento sul tempo medio dei pareri urbanistici è dovuto al picco di istanze del secondo semestre connesso alle scadenze dei bandi PNRR per la rigenerazione urbana."},
    {"o_code": "B.2", "o_title": "Trasparenza e prevenzione della corruzione",
     "struttura": "Responsabile della prevenzione della corruzione e della trasparenza",
     "ind": [
      {"indicator": "Obblighi di pubblicazione assolti secondo la griglia di rilevazione ANAC", "formula": "n. obblighi assolti / n. obblighi applicabili × 100", "weight": "50%", "target": "100%", "actual": "96%", "ach": "96%", "dir": None},
      {"indicator": "Dipendenti formati sui temi dell'etica pubblica e del codice di comportamento", "formula": "n. dipendenti formati / n. dipendenti in servizio × 100", "weight": "50%", "target": "≥ 80%", "actual": "Attività rinviata al 2024 per il nuovo codice di comportamento (DPR 81/2023)", "ach": "", "dir": None}],
     "esito": "Esito: Non raggiunto",
     "comment": "La formazione obbligatoria è stata riprogrammata nel Piano della formazione 2024 a seguito dell'entrata in vigore del DPR 81/2023 di modifica del codice di comportamento."}]}],
}
for name, c in S.items():
    json.dump(c, open(f"{name}.content.json", "w"), ensure_ascii=False, indent=1)
print("ok")

import json
def I(obj, name, peso, target, actual, ach, d=None):
    return {"obj": obj, "name": name, "peso": peso, "target": target, "actual": actual, "ach": ach, "dir": d}
C = {
 "name": "ao-cosenza-2023-relazione",
 "document": {"issuer": "Azienda Ospedaliera di Cosenza", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["REGIONE CALABRIA – SERVIZIO SANITARIO REGIONALE", "AZIENDA OSPEDALIERA DI COSENZA",
           "U.O.C. Programmazione e Controllo di Gestione", "RELAZIONE SULLA PERFORMANCE 2023",
           "Allegato B – Esiti delle schede di budget delle Unità Operative", "Giugno 2024"],
 "intro": [
  ("1. Il processo di budget 2023", [
   "Il budget rappresenta lo strumento con cui la Direzione Strategica declina gli obiettivi aziendali, discendenti dagli obiettivi assegnati dalla Regione Calabria ai Direttori Generali e dal Piano della performance 2023-2025, in obiettivi specifici per ciascuna Unità Operativa. Le schede di budget sono state negoziate con i Direttori di Dipartimento e di U.O. nel mese di marzo 2023 e sottoscritte entro il 14 aprile 2023.",
   "A ciascun obiettivo è associato uno o più indicatori, con il relativo peso, il valore atteso (target) e il risultato rilevato al 31/12/2023 dai flussi informativi aziendali (SDO, flussi ambulatoriali, contabilità analitica). La percentuale di raggiungimento di ogni indicatore, moltiplicata per il suo peso, determina il punteggio; la somma dei punteggi costituisce il grado di raggiungimento complessivo della scheda, utilizzato per la retribuzione di risultato."]),
  ("2. Le risorse assegnate", [
   "La tabella che segue riepiloga i costi diretti attribuiti nel 2023 ai Dipartimenti cui afferiscono le Unità Operative di cui si riportano le schede."])],
 "budget": {"caption": "Tabella 1 – Costi diretti 2023 per Dipartimento (valori in euro)",
            "header": ["Dipartimento", "Personale", "Beni sanitari", "Altri costi", "Totale"],
            "rows": [["Cardio-toraco-vascolare", "14.826.310", "9.412.775", "1.204.118", "25.443.203"],
                     ["Chirurgico", "18.932.004", "6.118.420", "1.587.966", "26.638.390"],
                     ["Emergenza-urgenza", "16.240.877", "2.031.554", "944.210", "19.216.641"],
                     ["Oncologico", "9.518.663", "21.774.092", "702.381", "31.995.136"],
                     ["Servizi", "11.377.150", "8.066.218", "1.318.470", "20.761.838"]]},
 "section": "3. Esiti delle schede di budget per Unità Operativa",
 "section_intro": "Per ciascuna Unità Operativa sono riportati gli obiettivi negoziati, gli indicatori con il relativo peso e l'esito della verifica effettuata dalla U.O.C. Programmazione e Controllo di Gestione e validata dall'Organismo Indipendente di Valutazione nella seduta del 28 maggio 2024.",
 "header": ["Obiettivo", "Indicatore", "Peso", "Target", "Risultato", "% raggiungimento", "Punteggio"],
 "units": [
  {"uo": "U.O.C. Cardiologia – UTIC", "dir": "Direttore: Dott. Francesco Amato", "dip": "Dipartimento Cardio-toraco-vascolare",
   "after": "Il mancato pieno raggiungimento dell'indicatore sulla degenza media è riconducibile all'incremento dei ricoveri di pazienti con scompenso cardiaco avanzato provenienti da altri presidi della provincia.",
   "ind": [
    I("1.1 Appropriatezza organizzativa dei ricoveri", "Degenza media dei ricoveri ordinari (DRG medici)", 15, "≤ 6,5 gg", "6,9 gg", "94,2%"),
    I("1.1 Appropriatezza organizzativa dei ricoveri", "Percentuale di ricoveri ordinari con DRG ad alto rischio di inappropriatezza", 15, "≤ 10%", "7,8%", "100%", "higher"),
    I("2.1 Governo dei tempi di attesa", "Percentuale di prime visite cardiologiche in classe B erogate entro 10 giorni", 20, "≥ 90%", "92,6%", "100%", "higher"),
    I("3.2 Esiti e qualità delle cure", "Proporzione di STEMI trattati con PTCA entro 90 minuti (PNE)", 25, "≥ 70%", "74,1%", "100%", "higher"),
    I("4.1 Sostenibilità economica", "Costo dei dispositivi medici per punto DRG", 15, "≤ € 310,00", "€ 322,40", "96,2%"),
    I("5.1 Trasparenza e anticorruzione", "Compilazione delle dichiarazioni di assenza di conflitto di interessi", 10, "100%", "100%", "100%")]},
  {"uo": "U.O.C. Ortopedia e Traumatologia", "dir": "Direttore: Dott. Giuseppe Lo Feudo", "dip": "Dipartimento Chirurgico",
   "after": "Per l'indicatore sul recupero delle liste d'attesa chirurgiche hanno inciso le chiusure temporanee di due sale operatorie per lavori di adeguamento impiantistico nel periodo luglio-settembre.",
   "ind": [
    I("3.1 Esiti e qualità delle cure", "Percentuale di interventi per frattura del collo del femore (over 65) entro 48 ore", 30, "≥ 75%", "81,3%", "100%", "higher"),
    I("2.2 Governo dei tempi di attesa", "Recupero dei pazienti in lista d'attesa chirurgica oltre i tempi massimi", 25, "≥ 80%", "63,5%", "79,4%", "lower"),
    I("2.2 Governo dei tempi di attesa", "Pazienti inseriti nel registro informatizzato delle prenotazioni chirurgiche", 10, "100%", "100%", "100%"),
    I("4.1 Sostenibilità economica", "Riduzione dei costi per protesi d'anca e ginocchio rispetto al 2022", 20, "≥ 5%", "6,2%", "100%", "lower"),
    I("6.1 Sicurezza del paziente", "Tasso di infezioni del sito chirurgico (protesi)", 15, "< 2%", "1,4%", "100%", "higher")]},
  {"uo": "U.O.C. Medicina e Chirurgia d'Accettazione e d'Urgenza (Pronto Soccorso)", "dir": "Direttore: Dott.ssa Maria Teresa Greco", "dip": "Dipartimento Emergenza-urgenza",
   "after": "Il dato sulla permanenza in Pronto Soccorso risente del fenomeno del boarding, legato alla carenza di posti letto nelle aree mediche nel periodo invernale.",
   "ind": [
    I("2.3 Tempestività della risposta in emergenza", "Percentuale di accessi in codice arancione visitati entro 15 minuti", 20, "≥ 90%", "87,4%", "97,1%", "higher"),
    I("2.3 Tempestività della risposta in emergenza", "Percentuale di pazienti con permanenza in PS superiore a 8 ore", 20, "≤ 5%", "9,8%", "51,0%", "higher"),
    I("1.2 Appropriatezza degli accessi", "Percentuale di accessi con esito ricovero", 15, "15-20%", "17,9%", "100%", "higher"),
    I("3.3 Esiti e qualità delle cure", "Percentuale di abbandoni prima della visita medica", 15, "≤ 4%", "3,6%", "100%", "higher"),
    I("7.1 Digitalizzazione", "Percentuale di verbali di PS firmati digitalmente", 15, "≥ 98%", "99,2%", "100%", "higher"),
    I("5.2 Formazione del personale", "Personale formato sul triage a 5 codici", 15, "100%", "Obiettivo sospeso", "n.v.")]},
  {"uo": "U.O.C. Oncologia Medica", "dir": "Direttore: Dott. Serafino Conforti", "dip": "Dipartimento Oncologico",
   "after": "Tutti gli obiettivi assegnati alla U.O. risultano pienamente conseguiti; la percentuale di somministrazioni in regime di day service è aumentata grazie all'apertura dei nuovi posti poltrona.",
   "ind": [
    I("1.3 Appropriatezza prescrittiva", "Percentuale di prescrizioni di farmaci oncologici ad alto costo registrate nei registri AIFA", 25, "100%", "100%", "100%", "higher"),
    I("1.3 Appropriatezza prescrittiva", "Recupero dei rimborsi da accordi di rimborsabilità condizionata (payback)", 15, "≥ € 450.000,00", "€ 512.380,00", "100%"),
    I("2.4 Presa in carico", "Tempo medio tra diagnosi istologica e primo accesso oncologico", 20, "≤ 14 gg", "11 gg", "100%", "lower"),
    I("3.4 Esiti e qualità delle cure", "Casi discussi dal Gruppo Oncologico Multidisciplinare (GOM) sul totale dei nuovi casi", 25, "≥ 85%", "91,0%", "100%"),
    I("4.2 Sostenibilità economica", "Percentuale di utilizzo di farmaci biosimilari sul totale", 15, "≥ 80%", "88,5%", "100%", "higher")]},
  {"uo": "U.O.C. Patologia Clinica (Laboratorio Analisi)", "dir": "Direttore: Dott. Antonio Magnelli", "dip": "Dipartimento dei Servizi",
   "after": "L'indicatore relativo al controllo esterno di qualità non è stato valutato in quanto il circuito regionale VEQ 2023 non ha restituito gli esiti entro la chiusura della verifica.",
   "ind": [
    I("2.5 Tempestività dei servizi diagnostici", "Percentuale di esami urgenti refertati entro 60 minuti", 30, "≥ 95%", "96,8%", "100%", "higher"),
    I("4.3 Sostenibilità economica", "Costo medio per prestazione di laboratorio", 25, "≤ € 2,80", "€ 2,71", "100%"),
    I("6.2 Qualità e accreditamento", "Esito positivo dei controlli esterni di qualità (VEQ)", 20, "≥ 95%", "n.d.", "n.v."),
    I("7.2 Digitalizzazione", "Referti pubblicati sul Fascicolo Sanitario Elettronico", 25, "≥ 90%", "93,4%", "100%")]}],
 "closing": ("4. Considerazioni conclusive", [
   "Il grado medio di raggiungimento degli obiettivi di budget delle Unità Operative riportate nel presente allegato si attesta su valori elevati. Gli scostamenti più significativi riguardano i tempi di permanenza in Pronto Soccorso e il recupero delle liste d'attesa chirurgiche, obiettivi che saranno riproposti nelle schede di budget 2024 con specifiche azioni di miglioramento.",
   "Per gli indicatori non valutabili (n.v.), il peso è stato ridistribuito proporzionalmente sugli altri indicatori della scheda, secondo quanto previsto dal Regolamento aziendale sul sistema di budget."])
}
json.dump(C, open("ao-cosenza-2023-relazione.content.json", "w"), ensure_ascii=False, indent=1)

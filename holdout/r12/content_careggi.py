import json
def ind(code, name, formula, target, actual, esito, note=None):
    return {"code": code, "indicator": name, "formula": formula, "target": target, "actual": actual, "esito": esito, "note": note}
C = {
 "name": "aou-careggi-2023-relazione",
 "document": {"issuer": "Azienda Ospedaliero-Universitaria Careggi", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "running_header": "Azienda Ospedaliero-Universitaria Careggi – Relazione sulla performance 2023",
 "cover": ["Regione Toscana – Servizio Sanitario Regionale", "Azienda Ospedaliero-Universitaria Careggi",
           "Relazione sulla performance", "Anno 2023",
           "Documento generato dal sistema di controllo di gestione aziendale – Estrazione del 14/06/2024",
           "Adottata con deliberazione del Direttore Generale n. 512 del 26/06/2024"],
 "intro": [
  ("h", "1. Introduzione"),
  ("p", "La Relazione sulla performance dà conto dei risultati conseguiti nell'anno 2023 rispetto agli obiettivi e agli indicatori definiti nel Piano integrato di attività e organizzazione 2023-2025 dell'Azienda. I risultati sono rilevati dalla S.O.D. Controllo di gestione sulla base dei flussi informativi regionali (SDO, SPA, FED), del sistema di contabilità analitica e delle rilevazioni delle strutture competenti, e sono stati sottoposti alla verifica dell'Organismo Indipendente di Valutazione."),
  ("p", "Per ciascun indicatore la scheda riporta la formula di calcolo, il target assegnato, il valore raggiunto al 31 dicembre 2023 e l'esito della valutazione, con le eventuali note esplicative fornite dal responsabile dell'obiettivo."),
  ("h", "2. Sintesi dei risultati"),
 ],
 "summary_header": ["Esito", "N. indicatori", "%"],
 "summary_rows": [["Raggiunto", "10", "66,7%"], ["Parzialmente raggiunto", "2", "13,3%"], ["Non raggiunto", "2", "13,3%"], ["Sospeso", "1", "6,7%"], ["Totale", "15", "100,0%"]],
 "results_heading": "3. Risultati per area strategica e obiettivo",
 "areas": [
  {"code": "1", "title": "Accessibilità e governo dei tempi di attesa", "obiettivi": [
   {"code": "1.1", "title": "Garantire il rispetto dei tempi massimi di attesa per le prestazioni ambulatoriali", "ind": [
    ind("1.1.1", "Percentuale di prime visite in classe di priorità B erogate entro 10 giorni",
        "N. prime visite con priorità B erogate entro 10 giorni dalla prenotazione / N. totale prime visite con priorità B prenotate × 100 (flusso SPA)",
        ">= 90%", "92,7%", "Raggiunto"),
    ind("1.1.2", "Percentuale di prestazioni diagnostiche in classe D erogate entro 60 giorni",
        "N. prestazioni di diagnostica strumentale con priorità D erogate entro 60 giorni / N. totale prestazioni con priorità D × 100",
        ">= 90%", "84,3%", "Parzialmente raggiunto",
        "Il risultato risente dei lavori di sostituzione delle due risonanze magnetiche del padiglione 12, ferme da aprile a luglio. Nel quarto trimestre la percentuale è risalita al 91,2% grazie alle sedute aggiuntive in orario serale e festivo."),
    ind("1.1.3", "Tempo medio di attesa per intervento chirurgico oncologico in classe A",
        "Somma dei giorni tra data di inserimento in lista e data di intervento / N. interventi oncologici in classe A (flusso SDO)",
        "<= 30 gg", "24 gg", "Raggiunto")]},
   {"code": "1.2", "title": "Migliorare l'appropriatezza e la fluidità dei percorsi in emergenza-urgenza", "ind": [
    ind("1.2.1", "Percentuale di accessi in Pronto Soccorso con permanenza inferiore a 8 ore",
        "N. accessi con tempo tra registrazione e dimissione o ricovero inferiore a 8 ore / N. totale accessi in PS × 100",
        ">= 85%", "81,6%", "Non raggiunto",
        "Il dato è influenzato dal picco di accessi del periodo dicembre-gennaio e dalla carenza di posti letto di area medica per i ricoveri da PS (boarding medio di 14,2 ore). È stato avviato il progetto aziendale di bed management con l'attivazione del Discharge Room."),
    ind("1.2.2", "Tempo medio tra accesso in PS e intervento per frattura di femore nel paziente over 65",
        "Media delle ore tra registrazione in PS e intervento chirurgico per i pazienti con età superiore a 65 anni con frattura del collo del femore",
        "<= 48 ore", "39,5 ore", "Raggiunto")]}]},
  {"code": "2", "title": "Qualità, sicurezza ed esiti delle cure", "obiettivi": [
   {"code": "2.1", "title": "Ridurre il rischio infettivo correlato all'assistenza", "ind": [
    ind("2.1.1", "Tasso di infezioni del sito chirurgico negli interventi di chirurgia protesica",
        "N. infezioni del sito chirurgico entro 90 giorni / N. interventi di protesi d'anca e di ginocchio × 1.000",
        "<= 12‰", "9,8‰", "Raggiunto"),
    ind("2.1.2", "Consumo di soluzione idroalcolica per l'igiene delle mani",
        "Litri di soluzione idroalcolica erogati dalla farmacia ai reparti di degenza / 1.000 giornate di degenza",
        ">= 20 litri", "23,4 litri", "Raggiunto",
        "Il valore è stato rilevato nell'ambito della campagna regionale sull'igiene delle mani; il dato dei reparti di terapia intensiva è pari a 78,1 litri ogni 1.000 giornate.")]},
   {"code": "2.2", "title": "Migliorare gli esiti clinici secondo il Programma nazionale esiti", "ind": [
    ind("2.2.1", "Proporzione di parti con taglio cesareo primario",
        "N. parti con taglio cesareo primario / N. parti in donne senza pregresso cesareo × 100 (indicatore PNE)",
        "<= 20%", "18,9%", "Raggiunto"),
    ind("2.2.2", "Mortalità a 30 giorni dopo intervento di bypass aortocoronarico isolato",
        "N. decessi entro 30 giorni dall'intervento / N. interventi di bypass aortocoronarico isolato × 100 (aggiustata per rischio)",
        "<= 2,5%", "n.d.", "Sospeso",
        "Il dato aggiustato per rischio sarà disponibile con la pubblicazione dell'edizione 2024 del Programma nazionale esiti; l'indicatore è stato sospeso con decisione dell'OIV del 22 maggio 2024.")]}]},
  {"code": "3", "title": "Sostenibilità economica e trasparenza amministrativa", "obiettivi": [
   {"code": "3.1", "title": "Governare la spesa per beni sanitari", "ind": [
    ind("3.1.1", "Spesa per farmaci ad alto costo in regime di ricovero e ambulatoriale",
        "Costo dei farmaci ad alto costo rilevato dalla contabilità analitica (conti 0501010101-0501010199), al netto dei rimborsi AIFA",
        "<= € 98.500.000,00", "€ 97.112.430,55", "Raggiunto"),
    ind("3.1.2", "Percentuale di acquisti di dispositivi medici effettuati tramite convenzioni ESTAR",
        "Valore degli ordini di dispositivi medici emessi su convenzioni e accordi quadro ESTAR / valore complessivo degli ordini di dispositivi medici × 100",
        ">= 80%", "86,4%", "Raggiunto")]},
   {"code": "3.2", "title": "Assicurare la tempestività dei pagamenti e la trasparenza", "ind": [
    ind("3.2.1", "Tempo medio di pagamento delle fatture",
        "Somma dei giorni intercorsi tra la data di ricevimento di ciascuna fattura e la data di pagamento, ponderata per l'importo / importo complessivo delle fatture pagate",
        "<= 30 gg", "24 gg", "Raggiunto"),
    ind("3.2.2", "Grado di assolvimento degli obblighi di pubblicazione in Amministrazione trasparente",
        "N. obblighi di pubblicazione assolti con valutazione 3 nella griglia di rilevazione OIV / N. obblighi oggetto di rilevazione × 100",
        "100%", "97,2%", "Parzialmente raggiunto",
        "Sono risultate incomplete le sezioni relative ai provvedimenti dei dirigenti e ai tempi medi di erogazione dei servizi, aggiornate nel mese di febbraio 2024."),
    ind("3.2.3", "Attivazione del nuovo sistema di gestione documentale e protocollo informatico",
        "Avvio in produzione del sistema su tutte le strutture amministrative (SI/NO)",
        "Entro il 30/09/2023", "Avviato il 02/10/2023", "Raggiunto",
        "Lo slittamento di due giorni è dovuto al fermo programmato dei sistemi regionali; l'OIV ha ritenuto l'obiettivo raggiunto."),
    ind("3.2.4", "Riduzione dello stock di debito commerciale scaduto",
        "Variazione percentuale dello stock di debiti commerciali scaduti e non pagati al 31/12/2023 rispetto al 31/12/2022",
        ">= 10%", "6,5%", "Non raggiunto")]}]},
 ],
 "closing": [("h", "4. Conclusioni"),
  ("p", "Nel complesso l'Azienda ha conseguito un grado di raggiungimento degli obiettivi della performance organizzativa pari all'81,3%. Le criticità emerse, in particolare nell'area dell'emergenza-urgenza e dei tempi di attesa per la diagnostica, sono state recepite nella programmazione 2024-2026 con specifici obiettivi assegnati ai Dipartimenti ad attività integrata.")],
}
json.dump(C, open("/work/blind/r12/aou-careggi-2023-relazione.content.json", "w"), ensure_ascii=False, indent=1)

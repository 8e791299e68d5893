import json
def I(obj, name, um, target, actual, d=None):
    return {"obj": obj, "name": name, "um": um, "target": target, "actual": actual, "dir": d}
A = "A.1 Qualità dell'aria"; B = "A.2 Acque superficiali e sotterranee"; Cc = "B.1 Controlli su impianti AIA"
D = "B.2 Agenti fisici"; E = "C.1 Supporto tecnico agli enti"; F = "C.2 Comunicazione e trasparenza"; G = "D.1 Efficienza gestionale"
C = {
 "name": "arpa-piemonte-2022-relazione",
 "document": {"issuer": "Agenzia Regionale per la Protezione Ambientale del Piemonte", "title": "Relazione sulla performance", "year": 2022, "kind": "relazione"},
 "cover": ["ARPA Piemonte", "Agenzia Regionale per la Protezione Ambientale del Piemonte",
           "Relazione sulla performance – Anno 2022",
           "Allegato 1 – Monitoraggio degli obiettivi e degli indicatori di performance organizzativa"],
 "summary_text": ["Il presente allegato riporta, per ciascun obiettivo di performance organizzativa dell'Agenzia previsto dal Piano 2022-2024, gli indicatori con il valore atteso e il valore rilevato al 31/12/2022. Lo scostamento è calcolato come differenza percentuale tra valore rilevato e valore atteso.",
                  "Fonte dei dati: sistemi informativi dell'Agenzia (SIRA, sistema di gestione dei controlli, contabilità), elaborazioni della S.S. Pianificazione e controllo di gestione."],
 "summary_table": {"caption": "Risorse umane e finanziarie 2022 per Dipartimento",
                   "header": ["Struttura", "Personale al 31/12", "Costi di funzionamento (€)"],
                   "rows": [["Dipartimento Piemonte Nord Ovest", "214", "3.418.220"], ["Dipartimento Piemonte Nord Est", "176", "2.856.104"],
                            ["Dipartimento Piemonte Sud Est", "152", "2.407.991"], ["Dipartimento Piemonte Sud Ovest", "139", "2.118.760"],
                            ["Dipartimenti tematici e Direzione", "283", "5.930.452"], ["Totale Agenzia", "964", "16.731.527"]]},
 "header": ["Obiettivo", "Indicatore", "U.M.", "Valore atteso", "Valore rilevato", "Scostamento %"],
 "rows": [
  I(A, "Percentuale di dati validi delle stazioni della rete regionale di qualità dell'aria", "%", "≥ 90,0%", "93,4%", "higher"),
  I(A, "Numero di bollettini previsionali di qualità dell'aria pubblicati", "n.", "365", "365", "higher"),
  I(A, "Campagne di monitoraggio con laboratorio mobile", "n.", "≥ 24", "27"),
  I(A, "Tempi di pubblicazione della valutazione annuale della qualità dell'aria", "gg", "≤ 120 gg", "104 gg", "lower"),
  I(B, "Percentuale di stazioni della rete fluviale campionate secondo il piano di monitoraggio", "%", "≥ 95,0%", "96,2%", "higher"),
  I(B, "Punti della rete delle acque sotterranee campionati", "n.", "≥ 580", "547"),
  I(B, "Percentuale di analisi di fitofarmaci refertate nei tempi previsti", "%", "≥ 85,0%", "78,6%", "higher"),
  I(Cc, "Percentuale di ispezioni AIA eseguite rispetto al Piano regionale dei controlli", "%", "100,0%", "100,0%", "higher"),
  I(Cc, "Numero di campionamenti alle emissioni in atmosfera di impianti AIA", "n.", "≥ 210", "233", "higher"),
  I(Cc, "Tempo medio di trasmissione della relazione di visita ispettiva all'autorità competente", "gg", "≤ 60 gg", "52 gg", "lower"),
  I(D, "Percentuale di pareri su impianti di telefonia mobile rilasciati nei termini di legge", "%", "≥ 98,0%", "99,1%", "higher"),
  I(D, "Controlli di rumore su segnalazione dei Comuni", "n.", "≥ 150", "n.d."),
  I(D, "Misure di campo elettromagnetico in continuo attivate", "n.", "≥ 40", "46"),
  I(E, "Percentuale di pareri per VIA e VAS resi nei tempi concordati", "%", "≥ 90,0%", "91,7%", "higher"),
  I(E, "Interventi in emergenza ambientale con pronta disponibilità attivata", "n.", "Su richiesta", "312"),
  I(E, "Tempo medio di risposta alle richieste di supporto tecnico degli enti locali", "gg", "≤ 30 gg", "34 gg", "lower"),
  I(F, "Numero di open data ambientali pubblicati o aggiornati sul portale", "n.", "≥ 120", "138", "higher"),
  I(F, "Grado di soddisfazione degli utenti del sito istituzionale", "%", "≥ 75,0%", "72,3%", "higher"),
  I(F, "Pubblicazione della Relazione sullo stato dell'ambiente", "data", "entro il 30/06/2022", "05/07/2022"),
  I(G, "Tempo medio di pagamento delle fatture commerciali", "gg", "≤ 30 gg", "24,6 gg", "lower"),
  I(G, "Incremento dei proventi da prestazioni a pagamento rispetto al 2021", "€", "≥ 1.450.000,00 €", "1.512.908,40 €", "higher"),
  I(G, "Percentuale di personale che ha fruito di almeno 20 ore di formazione", "%", "≥ 80,0%", "84,5%", "higher"),
  I(G, "Riduzione dei consumi energetici delle sedi rispetto al 2019", "%", "≥ 10,0%", "n.d.", "lower")],
 "total_label": "Media degli scostamenti degli indicatori misurabili",
 "footnote": "Lo scostamento % è calcolato come (valore rilevato – valore atteso) / valore atteso × 100; non è calcolato per gli indicatori con valore atteso non numerico o valore rilevato non disponibile (n.d.). Per gli indicatori di tempo uno scostamento negativo indica un risultato migliore dell'atteso."
}
json.dump(C, open("arpa-piemonte-2022-relazione.content.json", "w"), ensure_ascii=False, indent=1)

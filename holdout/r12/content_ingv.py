import json
def i(code, name, unit, *yv):
    return {"code": code, "indicator": name, "unit": unit,
            "years": {str(y): {"target": t, "actual": a} for y, (t, a) in zip((2022, 2023, 2024), zip(yv[::2], yv[1::2]))}}
C = {
 "name": "ingv-2024-relazione",
 "document": {"issuer": "Istituto Nazionale di Geofisica e Vulcanologia", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "title_rows": ["ISTITUTO NAZIONALE DI GEOFISICA E VULCANOLOGIA", "Relazione sulla performance 2024 – Allegato 2",
                "Tabella 1 – Indicatori del Piano triennale di attività: target e valori raggiunti nel triennio 2022-2024"],
 "header1": ["Area strategica", "Cod.", "Indicatore", "Unità di misura", "2022", "2023", "2024"],
 "header2": ["Target", "Valore"],
 "areas": [
  {"code": "A", "title": "Ricerca scientifica e tecnologica", "ind": [
   i("A.1", "Numero di pubblicazioni su riviste indicizzate WoS/Scopus", "n.", ">= 1.100", "1.156", ">= 1.150", "1.212", ">= 1.200", "1.187"),
   i("A.2", "Percentuale di pubblicazioni in riviste del primo quartile (Q1)", "%", ">= 55%", "58,3%", ">= 57%", "59,1%", ">= 58%", "60,4%"),
   i("A.3", "Impact factor medio delle pubblicazioni dell'Istituto", "valore medio", ">= 3,20", "3,45", ">= 3,30", "3,38", ">= 3,40", "3,29"),
   i("A.4", "Entrate da progetti di ricerca su bandi competitivi nazionali e internazionali", "migliaia di €", ">= 28.000,0", "29.871,6", ">= 30.000,0", "31.456,8", ">= 32.000,0", "30.112,4")]},
  {"code": "B", "title": "Sorveglianza sismica e vulcanica e servizi al Paese", "ind": [
   i("B.1", "Percentuale di disponibilità operativa delle stazioni della Rete Sismica Nazionale", "%", ">= 98,5%", "99,1%", ">= 98,5%", "98,7%", ">= 99,0%", "99,3%"),
   i("B.2", "Tempo medio di comunicazione al Dipartimento della Protezione Civile degli eventi sismici di magnitudo pari o superiore a 2,5", "minuti", "<= 2,0", "1,8", "<= 2,0", "1,7", "<= 1,8", "1,9"),
   i("B.3", "Numero di stazioni della rete multiparametrica ammodernate", "n.", "n.d.", "n.d.", ">= 40", "46", ">= 45", "45"),
   i("B.4", "Percentuale di bollettini settimanali di sorveglianza vulcanica pubblicati nei termini", "%", "100%", "100%", "100%", "99,6%", "100%", "100%")]},
  {"code": "C", "title": "Terza missione e diffusione della cultura scientifica", "ind": [
   i("C.1", "Numero di partecipanti alle iniziative di divulgazione e alle visite didattiche", "n.", ">= 25.000", "27.340", ">= 28.000", "31.205", ">= 30.000", "33.870"),
   i("C.2", "Numero di accordi di collaborazione attivi con enti pubblici e imprese", "n.", ">= 120", "131", ">= 130", "128", ">= 135", "142"),
   i("C.3", "Numero di brevetti e domande di brevetto depositate", "n.", "2", "2", "3", "1", "3", "n.d.")]},
  {"code": "D", "title": "Organizzazione, risorse e trasparenza", "ind": [
   i("D.1", "Indicatore annuale di tempestività dei pagamenti", "giorni", "<= 0", "-4,7", "<= 0", "-8,2", "<= 0", "-3,1"),
   i("D.2", "Percentuale di personale che ha fruito di almeno 12 ore di formazione", "%", ">= 60%", "64,2%", ">= 65%", "71,8%", ">= 70%", "68,5%"),
   i("D.3", "Grado di copertura del fabbisogno di personale tecnico-amministrativo", "%", ">= 90%", "92,4%", ">= 92%", "90,8%", ">= 93%", "94,1%")]},
 ],
 "summary_row": {"label": "Media di raggiungimento", "values": {"2022": "99,6%", "2023": "93,8%", "2024": "95,7%"}},
 "footnotes": ["n.d. = dato non disponibile (indicatore non previsto nell'anno o dato non ancora consolidato alla data di rilevazione).",
               "Fonte: elaborazione della Struttura tecnica permanente su dati delle Sezioni e dell'Amministrazione centrale, rilevazione al 31 marzo 2025."],
 "sheet2": {"title": "Tabella 2 – Entrate da finanziamenti esterni per fonte (migliaia di euro)",
   "header": ["Fonte di finanziamento", "2022", "2023", "2024", "Var. % 2024/2023"],
   "rows": [["Commissione europea (Horizon Europe, Interreg)", "9.842,3", "11.207,9", "10.486,1", "-6,4%"],
            ["Ministero dell'Università e della Ricerca (PRIN, PNRR)", "12.615,0", "13.940,2", "12.301,7", "-11,8%"],
            ["Dipartimento della Protezione Civile (Convenzione All. B)", "18.500,0", "18.500,0", "19.250,0", "4,1%"],
            ["Regioni ed enti locali", "2.331,4", "2.876,5", "3.108,9", "8,1%"],
            ["Imprese e altri soggetti privati", "1.240,7", "1.108,3", "1.467,2", "32,4%"],
            ["Totale", "44.529,4", "47.632,9", "46.613,9", "-2,1%"]]},
}
json.dump(C, open("/work/blind/r12/ingv-2024-relazione.content.json", "w"), ensure_ascii=False, indent=1)

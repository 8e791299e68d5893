"""Writes the four r22 content files (hand-written content)."""
import json
S = {}

# ---------------- A: Ordine professionale, DOCX portrait, headings hierarchy, Esito words
def rA(ind, formula, target, actual, esito):
    return dict(indicator=ind, formula=formula, target=target, actual=actual, esito=esito)
S["ordine-ingegneri-brescia-2024-relazione"] = dict(
  document=dict(issuer="Ordine degli Ingegneri della Provincia di Brescia", title="Relazione sulla performance", year=2024, kind="relazione"),
  layout="A", year=2024,
  headers=["Indicatore", "Formula di calcolo", "Target 2024", "Valore 2024", "Esito"],
  blocks=[
    dict(t="cover", lines=["ORDINE DEGLI INGEGNERI", "DELLA PROVINCIA DI BRESCIA", "", "Relazione sulla performance", "Anno 2024", "", "(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)", "", "Approvata dal Consiglio dell'Ordine nella seduta del 24 giugno 2025"]),
    dict(t="h1", text="1. Presentazione"),
    dict(t="para", text="La presente Relazione illustra i risultati organizzativi conseguiti dall'Ordine nel corso del 2024 rispetto agli obiettivi fissati nel Piano della performance 2024-2026, adottato dal Consiglio con delibera n. 12 del 29 gennaio 2024. Pur non essendo l'Ordine tenuto all'integrale applicazione del D.Lgs. 150/2009, il Consiglio ha scelto di rendicontare in modo sintetico l'attività degli uffici, in coerenza con le misure del Piano triennale di prevenzione della corruzione e della trasparenza."),
    dict(t="para", text="Al 31 dicembre 2024 risultavano iscritti all'Albo 4.872 ingegneri (+2,1% rispetto all'anno precedente), di cui 3.905 nella Sezione A e 967 nella Sezione B. Le attività sono state svolte dalla struttura amministrativa con il supporto delle Commissioni consiliari e del Consiglio di disciplina territoriale."),
    dict(t="h1", text="2. L'organizzazione degli uffici"),
    dict(t="para", text="La tabella seguente riporta la dotazione di personale in servizio al 31 dicembre 2024, distinta per ufficio e area di inquadramento secondo il CCNL Funzioni centrali."),
    dict(t="other", headers=["Ufficio", "Area di inquadramento", "Unità al 31/12/2024", "di cui part-time"],
         rows=[["Segreteria generale e protocollo", "Area degli assistenti", "2", "1"], ["Albo, iscrizioni e certificazioni", "Area degli assistenti", "1", "0"], ["Formazione continua", "Area dei funzionari", "1", "0"], ["Contabilità e riscossione quote", "Area dei funzionari", "1", "1"], ["Totale", "", "5", "2"]]),
    dict(t="h1", text="3. Risultati conseguiti per obiettivo"),
    dict(t="para", text="Per ciascun obiettivo operativo sono riportati gli indicatori del Piano, il valore atteso, il valore misurato a consuntivo e l'esito della valutazione espressa dal Consigliere Segretario sulla base delle evidenze fornite dagli uffici."),
    dict(t="area", code="1", title="Servizi agli iscritti e tenuta dell'Albo", text="Area strategica 1 – Servizi agli iscritti e tenuta dell'Albo"),
    dict(t="obj", level="operational", code="1.1", title="Digitalizzazione delle procedure di iscrizione e certificazione", text="Obiettivo operativo 1.1 – Digitalizzazione delle procedure di iscrizione e certificazione"),
    dict(t="ind", rows=[
      rA("Percentuale di istanze di iscrizione e trasferimento presentate tramite il portale online", "Istanze pervenute via portale / istanze totali x 100", ">= 80%", "87,4%", "Raggiunto"),
      rA("Tempo medio di rilascio dei certificati di iscrizione all'Albo", "Giorni intercorsi tra richiesta e rilascio, media annua", "≤ 5 gg", "3,2 gg", "Raggiunto"),
      rA("Attivazione del pagamento della quota annuale tramite pagoPA", "Attivazione del servizio sul portale iscritti", "Entro il 31/03/2024", "Attivato il 12/02/2024", "Raggiunto")],
      after=["Nel complesso la digitalizzazione delle istanze ha consentito di ridurre gli accessi allo sportello del 38% rispetto al 2023, liberando risorse per le attività di verifica dei requisiti."], after_is_comment=False),
    dict(t="obj", level="operational", code="1.2", title="Aggiornamento dell'Albo e verifica dei requisiti", text="Obiettivo operativo 1.2 – Aggiornamento dell'Albo e verifica dei requisiti"),
    dict(t="ind", rows=[rA("Percentuale di indirizzi PEC degli iscritti verificati e comunicati a INI-PEC", "PEC verificate / iscritti all'Albo x 100", "100%", "96,8%", "Parzialmente raggiunto")],
      after=["Restano da regolarizzare 156 posizioni per le quali è stata avviata la procedura di diffida prevista dall'art. 16, comma 7-bis, del D.L. 185/2008; le sospensioni conseguenti saranno deliberate nel primo trimestre 2025."], after_is_comment=True),
    dict(t="area", code="2", title="Formazione e aggiornamento professionale", text="Area strategica 2 – Formazione e aggiornamento professionale"),
    dict(t="obj", level="operational", code="2.1", title="Ampliamento dell'offerta formativa accreditata", text="Obiettivo operativo 2.1 – Ampliamento dell'offerta formativa accreditata"),
    dict(t="ind", rows=[
      rA("Numero di eventi formativi accreditati organizzati dall'Ordine", "Conteggio degli eventi con rilascio di CFP", ">= 60", "71", "Raggiunto"),
      rA("Grado di soddisfazione medio dei partecipanti (scala 1-5)", "Media dei punteggi dei questionari di gradimento", ">= 4,0", "4,3", "Raggiunto"),
      rA("Percentuale di eventi erogati in modalità FAD sincrona o mista", "Eventi FAD o misti / eventi totali x 100", "≥ 40%", "n.d.", "Non valutabile"),
      rA("Tempo medio di istruttoria delle richieste di accreditamento presentate da enti terzi", "Giorni tra ricezione della richiesta e parere al CNI", "≤ 30 gg", "34 gg", "Non raggiunto")],
      after=["Il dato relativo alla modalità di erogazione non è disponibile per il cambio della piattaforma di gestione degli eventi avvenuto a settembre 2024, che non ha consentito l'estrazione dello storico."], after_is_comment=False),
    dict(t="obj", level="operational", code="2.2", title="Vigilanza sull'obbligo di aggiornamento professionale", text="Obiettivo operativo 2.2 – Vigilanza sull'obbligo di aggiornamento professionale"),
    dict(t="ind", rows=[rA("Percentuale di iscritti in regola con l'obbligo formativo al 31/12/2024", "Iscritti con almeno 30 CFP nell'anno / iscritti soggetti all'obbligo x 100", ">= 85%", "81,6%", "Parzialmente raggiunto")],
      after=["Lo scostamento è dovuto principalmente ai neo-iscritti del 2023, per i quali il sistema dell'anagrafe nazionale ha registrato con ritardo i crediti maturati. Le segnalazioni al Consiglio di disciplina sono state rinviate al completamento delle verifiche."], after_is_comment=True),
    dict(t="area", code="3", title="Trasparenza, anticorruzione ed efficienza amministrativa", text="Area strategica 3 – Trasparenza, anticorruzione ed efficienza amministrativa"),
    dict(t="obj", level="operational", code="3.1", title="Tempestività dei pagamenti e gestione contabile", text="Obiettivo operativo 3.1 – Tempestività dei pagamenti e gestione contabile"),
    dict(t="ind", rows=[
      rA("Indicatore annuale di tempestività dei pagamenti", "Ritardo medio ponderato rispetto alla scadenza (DPCM 22/09/2014)", "≤ 0 gg", "-6,4 gg", "Raggiunto"),
      rA("Percentuale di quote annuali riscosse entro l'esercizio", "Quote incassate al 31/12 / quote emesse x 100", ">= 95%", "97,1%", "Raggiunto"),
      rA("Riduzione dei costi di funzionamento rispetto all'esercizio 2023", "(Costi 2024 – Costi 2023) / Costi 2023 x 100", "-3%", "-1,8%", "Parzialmente raggiunto")],
      after=[], after_is_comment=False),
    dict(t="obj", level="operational", code="3.2", title="Attuazione delle misure di trasparenza", text="Obiettivo operativo 3.2 – Attuazione delle misure di trasparenza"),
    dict(t="ind", rows=[rA("Grado di assolvimento degli obblighi di pubblicazione in Amministrazione trasparente", "Obblighi assolti / obblighi applicabili x 100 (griglia di rilevazione)", "100%", "100%", "Raggiunto")],
      after=["L'attestazione sull'assolvimento degli obblighi di pubblicazione, resa dal RPCT in assenza di OIV, è stata pubblicata il 28 giugno 2024 senza rilievi."], after_is_comment=True),
    dict(t="h1", text="4. Sintesi degli esiti"),
    dict(t="other", headers=["Esito", "N. indicatori", "%"], rows=[["Raggiunto", "8", "61,5%"], ["Parzialmente raggiunto", "3", "23,1%"], ["Non raggiunto", "1", "7,7%"], ["Non valutabile", "1", "7,7%"], ["Totale", "13", "100,0%"]]),
    dict(t="para", text="Il Consiglio prende atto dei risultati e dispone che gli obiettivi non pienamente conseguiti siano riproposti nel Piano 2025-2027 con le opportune rimodulazioni dei valori attesi."),
  ])

# ---------------- B: AdSP PIAO, DOCX cover + Calc annex landscape, hierarchy in columns, 3 target years
def rB(a, os_, oo, code, ind, formula, fonte, peso, base, t25, t26, t27):
    return dict(area=a, os=os_, oo=oo, code=code, indicator=ind, formula=formula, source=fonte, weight=peso, baseline=base, targets={"2025": t25, "2026": t26, "2027": t27})
A_ = "A – Sviluppo dei traffici e competitività del sistema portuale"
B_ = "B – Infrastrutture, sostenibilità e transizione energetica"
C_ = "C – Efficienza amministrativa, trasparenza e capitale umano"
S["adsp-adriatico-orientale-2025-piao"] = dict(
  document=dict(issuer="Autorità di Sistema Portuale del Mare Adriatico Orientale", title="Piano integrato di attività e organizzazione", year=2025, kind="piao"),
  layout="B",
  cover=["AUTORITÀ DI SISTEMA PORTUALE", "DEL MARE ADRIATICO ORIENTALE", "Porti di Trieste e Monfalcone", "", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027", "", "Sottosezione 2.2 – Performance", "", "Adottato con decreto del Presidente n. 1187 del 30 gennaio 2025"],
  intro=[
    ("h", "2.2 Performance"),
    ("p", "La presente sottosezione definisce gli obiettivi di performance organizzativa dell'Autorità per il triennio 2025-2027, in coerenza con il Piano Operativo Triennale 2023-2025 e con il Documento di Programmazione Strategica di Sistema (DPSS). Gli obiettivi sono articolati in tre aree strategiche, declinate in obiettivi strategici e obiettivi operativi, a ciascuno dei quali sono associati uno o più indicatori con il relativo valore atteso per ciascuna annualità."),
    ("p", "I valori di partenza sono riferiti al consuntivo 2024 ove disponibile; per gli indicatori di nuova introduzione il valore è indicato come non disponibile. Il peso indica il contributo di ciascun indicatore alla misurazione della performance organizzativa complessiva dell'Ente, sulla base del Sistema di misurazione e valutazione della performance aggiornato nel dicembre 2024."),
    ("h", "2.2.1 Risorse finanziarie a supporto degli obiettivi"),
    ("p", "Il quadro che segue riassume le previsioni del bilancio 2025 approvato dal Comitato di gestione con delibera n. 38 del 28 ottobre 2024."),
    ("t", ["Voce di bilancio", "Previsione 2025 (€)", "Previsione 2026 (€)", "Previsione 2027 (€)"],
      [["Entrate correnti", "74.812.400,00", "75.930.000,00", "76.450.000,00"], ["di cui canoni demaniali", "21.305.000,00", "21.700.000,00", "22.050.000,00"], ["Entrate in conto capitale", "118.640.275,00", "96.210.000,00", "54.800.000,00"], ["Spese correnti", "52.977.300,00", "53.610.000,00", "54.120.000,00"], ["Spese in conto capitale", "141.905.862,00", "112.400.000,00", "63.250.000,00"]]),
    ("p", "Gli obiettivi e gli indicatori sono riportati nell'Allegato 2.2.A, parte integrante della presente sottosezione."),
  ],
  annex_title="Allegato 2.2.A – Obiettivi e indicatori di performance organizzativa 2025-2027",
  headers=["Area strategica", "Obiettivo strategico", "Obiettivo operativo", "Cod. ind.", "Indicatore", "Formula di calcolo", "Fonte dati", "Peso", "Valore anno N-1", "Target 2025", "Target 2026", "Target 2027"],
  rows=[
    rB(A_, "A.1 – Consolidare il ruolo del porto come hub intermodale", "A.1.1 – Potenziare il traffico ferroviario", "A.1.1.1", "Percentuale di container movimentati via ferrovia", "TEU via ferro / TEU totali movimentati x 100", "Statistiche portuali AdSP", "10%", "52,3%", ">= 53%", ">= 54%", ">= 55%"),
    rB(A_, "A.1 – Consolidare il ruolo del porto come hub intermodale", "A.1.1 – Potenziare il traffico ferroviario", "A.1.1.2", "Numero di treni operati nello scalo", "Treni in arrivo e in partenza nell'anno", "Adriafer S.r.l.", "8%", "9.870", ">= 10.000", ">= 10.300", ">= 10.500"),
    rB(A_, "A.1 – Consolidare il ruolo del porto come hub intermodale", "A.1.2 – Semplificare le procedure per gli operatori", "A.1.2.1", "Tempo medio di rilascio delle autorizzazioni ex art. 16 L. 84/1994", "Giorni medi tra istanza completa e provvedimento", "Protocollo informatico", "6%", "48 gg", "≤ 45 gg", "≤ 40 gg", "≤ 35 gg"),
    rB(A_, "A.1 – Consolidare il ruolo del porto come hub intermodale", "A.1.2 – Semplificare le procedure per gli operatori", "A.1.2.2", "Percentuale di pratiche gestite tramite Port Community System", "Pratiche su PCS / pratiche totali x 100", "PCS Sinfomar", "6%", "n.d.", "70%", "80%", "90%"),
    rB(A_, "A.2 – Valorizzare il demanio marittimo", "A.2.1 – Ottimizzare la gestione delle concessioni", "A.2.1.1", "Grado di riscossione dei canoni demaniali", "Canoni riscossi / canoni accertati x 100", "Contabilità finanziaria", "8%", "94,1%", ">= 95%", ">= 96%", ">= 96%"),
    rB(A_, "A.2 – Valorizzare il demanio marittimo", "A.2.1 – Ottimizzare la gestione delle concessioni", "A.2.1.2", "Aggiornamento del Sistema Informativo Demanio (SID) per le concessioni vigenti", "Concessioni aggiornate / concessioni vigenti x 100", "SID – MIT", "4%", "78%", "100%", "", ""),
    rB(B_, "B.1 – Realizzare il programma delle opere", "B.1.1 – Attuare gli interventi finanziati da PNRR e PNC", "B.1.1.1", "Percentuale di avanzamento della spesa sugli interventi PNRR/PNC", "Spesa liquidata / spesa programmata x 100", "ReGiS", "10%", "41,5%", ">= 70%", "100%", ""),
    rB(B_, "B.1 – Realizzare il programma delle opere", "B.1.1 – Attuare gli interventi finanziati da PNRR e PNC", "B.1.1.2", "Elettrificazione delle banchine (cold ironing) – Molo VII", "Stato di avanzamento dell'intervento", "RUP", "6%", "Progettazione esecutiva approvata", "Avvio lavori entro il 30/06/2025", "Completamento lavori", "Collaudo"),
    rB(B_, "B.2 – Ridurre l'impatto ambientale delle attività portuali", "B.2.1 – Monitorare e ridurre le emissioni", "B.2.1.1", "Riduzione delle emissioni di CO2 delle attività dirette dell'Ente", "(tCO2 anno – tCO2 2022) / tCO2 2022 x 100", "DEASP", "6%", "-8%", "-12%", "-15%", "-20%"),
    rB(B_, "B.2 – Ridurre l'impatto ambientale delle attività portuali", "B.2.1 – Monitorare e ridurre le emissioni", "B.2.1.2", "Quota di energia elettrica da fonti rinnovabili sul consumo totale dell'Ente", "kWh da FER / kWh totali x 100", "Bollette e contatori", "4%", "35%", "40-45%", "50-55%", ">= 60%"),
    rB(C_, "C.1 – Migliorare la gestione amministrativa", "C.1.1 – Garantire la tempestività dei pagamenti e degli affidamenti", "C.1.1.1", "Indicatore annuale di tempestività dei pagamenti", "Ritardo medio ponderato (DPCM 22/09/2014)", "PCC", "8%", "-3,2 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg"),
    rB(C_, "C.1 – Migliorare la gestione amministrativa", "C.1.1 – Garantire la tempestività dei pagamenti e degli affidamenti", "C.1.1.2", "Tempo medio di conclusione delle procedure di affidamento sotto soglia", "Giorni medi tra determina a contrarre e aggiudicazione", "Ufficio Gare e contratti", "6%", "62 gg", "≤ 60 gg", "≤ 55 gg", "≤ 50 gg"),
    rB(C_, "C.2 – Valorizzare il capitale umano", "C.2.1 – Sviluppare le competenze del personale", "C.2.1.1", "Ore medie di formazione per dipendente", "Ore di formazione erogate / dipendenti in servizio", "Ufficio Personale", "8%", "21,5 ore", ">= 24 ore", ">= 24 ore", ">= 24 ore"),
    rB(C_, "C.2 – Valorizzare il capitale umano", "C.2.1 – Sviluppare le competenze del personale", "C.2.1.2", "Investimento in formazione per dipendente", "Spesa per formazione / dipendenti in servizio", "Contabilità finanziaria", "10%", "€ 410,50", "€ 450,00", "€ 450,00", "€ 500,00"),
  ],
  annex_note="Legenda: Valore anno N-1 = consuntivo 2024 (dato di preconsuntivo al 15/01/2025); n.d. = dato non disponibile. Le celle vuote indicano che l'indicatore non è previsto per l'annualità.")

# ---------------- C: Istituto di ricerca, report software (reportlab), codes in column, symbol statuses
def rC(code, ind, peso, t, a, ach, sym):
    return dict(code=code, indicator=ind, weight=peso, target=t, actual=a, achievement=ach, esito=sym)
S["inrim-2023-relazione"] = dict(
  document=dict(issuer="Istituto Nazionale di Ricerca Metrologica", title="Relazione sulla performance", year=2023, kind="relazione"),
  layout="C", year=2023,
  headers=["Cod.", "Obiettivo / Indicatore", "Peso", "Target 2023", "Consuntivo 2023", "% ragg.", "Esito"],
  legend={"●": "raggiunto", "◐": "parzialmente raggiunto", "○": "non raggiunto"},
  rows=[
    dict(heading=True, code="1", title="Eccellenza della ricerca metrologica"),
    dict(heading=True, code="1.1", title="Accrescere la produzione scientifica di qualità"),
    rC("1.1.a", "Numero di pubblicazioni su riviste indicizzate (WoS/Scopus)", "10", "≥ 180", "196", "100", "●"),
    rC("1.1.b", "Percentuale di pubblicazioni in riviste di primo quartile (Q1)", "8", "≥ 55%", "58,2%", "100", "●"),
    dict(rC("1.1.c", "Numero di CMC (Calibration and Measurement Capabilities) pubblicate nel KCDB", "6", "≥ 25", "23", "92", "◐"), footmark="1"),
    dict(heading=True, code="1.2", title="Rafforzare la partecipazione a progetti di ricerca competitivi"),
    rC("1.2.a", "Tasso di successo delle proposte presentate a bandi europei (Horizon Europe, EMP)", "8", "≥ 30%", "34,5%", "100", "●"),
    rC("1.2.b", "Entrate da progetti di ricerca competitivi accertate nell'anno", "8", "≥ € 9.000.000,00", "€ 10.412.337,50", "100", "●"),
    dict(heading=True, code="2", title="Trasferimento tecnologico e servizi di taratura"),
    dict(heading=True, code="2.1", title="Migliorare i servizi di taratura e certificazione per il sistema produttivo"),
    rC("2.1.a", "Tempo medio di emissione dei certificati di taratura", "8", "≤ 30 gg", "27 gg", "100", "●"),
    rC("2.1.b", "Numero di certificati di taratura emessi", "6", "≥ 2.400", "2.186", "91", "◐"),
    rC("2.1.c", "Grado di soddisfazione dei clienti dei servizi di taratura", "4", "≥ 85%", "n.d.", "", ""),
    dict(heading=True, code="2.2", title="Valorizzare la proprietà intellettuale dell'Istituto"),
    rC("2.2.a", "Numero di brevetti depositati o concessi in licenza", "4", "≥ 4", "2", "50", "○"),
    rC("2.2.b", "Realizzazione del portale dei servizi alle imprese", "4", "Entro il 31/12/2023", "Rinviato al 2024", "0", "○"),
    dict(heading=True, code="3", title="Organizzazione, sostenibilità e capitale umano"),
    dict(heading=True, code="3.1", title="Efficienza dei processi amministrativi"),
    rC("3.1.a", "Indicatore di tempestività dei pagamenti", "6", "≤ 0 gg", "-4,7 gg", "100", "●"),
    rC("3.1.b", "Percentuale di procedure di acquisto gestite su piattaforma telematica", "6", "100%", "100%", "100", "●"),
    dict(heading=True, code="3.2", title="Sviluppo del personale, pari opportunità e sostenibilità"),
    rC("3.2.a", "Ore medie di formazione per dipendente", "6", "≥ 20 ore", "17,5 ore", "87,5", "◐"),
    rC("3.2.b", "Attuazione delle azioni del Gender Equality Plan programmate per l'anno", "6", "≥ 80% delle azioni", "85% delle azioni", "100", "●"),
    rC("3.2.c", "Riduzione dei consumi di energia elettrica delle sedi rispetto al 2022", "10", "-5%", "-6,3%", "100", "●"),
  ],
  avg_row=["Media ponderata di raggiungimento", "", "100", "", "", "91,6", ""],
  footnote="(1) Valore obiettivo rideterminato in sede di monitoraggio intermedio (delibera CdA n. 41/2023) a seguito del rinvio della revisione del CCL-CMC.",
)

# ---------------- D: Unione dei Comuni, DOCX landscape, headings + Esito line after table
def rD(ind, um, base, t, a, note=None):
    return dict(indicator=ind, unit=um, baseline=base, target=t, actual=a, notes=note)
S["unione-bassa-romagna-2023-relazione"] = dict(
  document=dict(issuer="Unione dei Comuni della Bassa Romagna", title="Relazione sulla performance", year=2023, kind="relazione"),
  layout="D", year=2023,
  headers=["Indicatore", "Unità di misura", "Valore anno N-1", "Target 2023", "Valore 2023", "Note"],
  blocks=[
    dict(t="cover", lines=["UNIONE DEI COMUNI DELLA BASSA ROMAGNA", "Alfonsine · Bagnacavallo · Bagnara di Romagna · Conselice · Cotignola · Fusignano · Lugo · Massa Lombarda · Sant'Agata sul Santerno", "", "RELAZIONE SULLA PERFORMANCE 2023", "", "Servizio Controllo di gestione e Performance", "Validata dal Nucleo di valutazione in data 21 giugno 2024"]),
    dict(t="h1", text="Premessa"),
    dict(t="para", text="La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi raggiunti nel 2023 rispetto agli obiettivi programmati nella sezione Performance del PIAO 2023-2025 dell'Unione, approvato con deliberazione della Giunta n. 24 del 23 marzo 2023. I dati sono stati rilevati dai Settori alla data del 31 dicembre 2023 e verificati dal Servizio Controllo di gestione."),
    dict(t="para", text="Per ogni obiettivo operativo si riportano gli indicatori con il valore dell'anno precedente, il valore atteso e il valore conseguito, seguiti dall'esito complessivo attribuito all'obiettivo e da una breve illustrazione delle attività svolte."),
    dict(t="h1", text="Le risorse finanziarie gestite"),
    dict(t="other", headers=["Settore", "Stanziamento definitivo 2023", "Impegnato 2023", "% di impegno"],
         rows=[["Welfare e servizi alla persona", "€ 38.412.650,00", "€ 36.905.118,42", "96,1%"], ["Polizia locale", "€ 9.874.300,00", "€ 9.512.006,75", "96,3%"], ["Territorio e SUAP/SUE", "€ 4.210.900,00", "€ 3.811.425,10", "90,5%"], ["Sistemi informativi", "€ 3.655.000,00", "€ 3.402.877,93", "93,1%"], ["Totale", "€ 56.152.850,00", "€ 53.631.428,20", "95,5%"]]),
    dict(t="area", code="1", title="Welfare, coesione sociale e servizi alla persona", text="AREA STRATEGICA 1 – Welfare, coesione sociale e servizi alla persona"),
    dict(t="obj", level="operational", code="1.1", title="Potenziare i servizi domiciliari per anziani e persone non autosufficienti", text="Obiettivo operativo 1.1 – Potenziare i servizi domiciliari per anziani e persone non autosufficienti", resp="Responsabile: Dirigente Area Welfare"),
    dict(t="ind", rows=[
      rD("Numero di utenti in carico al Servizio di Assistenza Domiciliare (SAD)", "n.", "612", ">= 630", "655"),
      rD("Tempo medio di attivazione del SAD dalla valutazione dell'UVM", "giorni", "14 gg", "≤ 12 gg", "11 gg")],
      esito="Raggiunto", esito_comment="L'incremento degli utenti è legato all'avvio dei progetti finanziati dal PNRR (M5C2 – Investimento 1.1), che hanno consentito di rafforzare le équipe territoriali con due assistenti sociali e sei operatori socio-sanitari."),
    dict(t="obj", level="operational", code="1.2", title="Contrasto alla povertà e inclusione attiva", text="Obiettivo operativo 1.2 – Contrasto alla povertà e inclusione attiva", resp="Responsabile: Dirigente Area Welfare"),
    dict(t="ind", rows=[
      rD("Percentuale di nuclei beneficiari RdC con patto per l'inclusione sottoscritto", "%", "n.d.", ">= 70%", "64,3%", "Dato GePI al 30/11/2023"),
      rD("Numero di progetti utili alla collettività (PUC) attivati", "n.", "18", ">= 20", "21"),
      rD("Spesa per contributi economici a sostegno del reddito", "euro", "€ 1.184.220,00", "€ 1.250.000,00", "€ 1.197.845,36", "Importo impegnato")],
      esito="Parzialmente raggiunto", esito_comment="La sottoscrizione dei patti ha risentito della progressiva decadenza dei nuclei dal Reddito di cittadinanza nella seconda metà dell'anno e del passaggio alla piattaforma SIISL."),
    dict(t="obj", level="operational", code="1.3", title="Apertura di sportelli decentrati per l'immigrazione", text="Obiettivo operativo 1.3 – Apertura di sportelli decentrati per l'immigrazione", resp="Responsabile: Dirigente Area Welfare"),
    dict(t="ind", rows=[rD("Apertura dello sportello immigrazione decentrato di Massa Lombarda", "data", "—", "Entro il 30/09/2023", "Obiettivo sospeso", "Delibera di Giunta n. 87/2023")],
      after=["Il Comune di Massa Lombarda ha chiesto di rinviare l'apertura in attesa della ristrutturazione dei locali di via Vittorio Veneto, finanziata nel 2024."]),
    dict(t="area", code="2", title="Territorio, ambiente e sicurezza", text="AREA STRATEGICA 2 – Territorio, ambiente e sicurezza"),
    dict(t="obj", level="operational", code="2.1", title="Presidio del territorio e sicurezza stradale", text="Obiettivo operativo 2.1 – Presidio del territorio e sicurezza stradale", resp="Responsabile: Comandante della Polizia locale"),
    dict(t="ind", rows=[
      rD("Ore di pattugliamento in fascia serale e notturna", "ore", "4.820", ">= 5.000", "5.312"),
      rD("Numero di controlli della velocità con strumentazione omologata", "n.", "1.120", ">= 1.200", "1.086", "Due apparecchi fuori servizio da agosto"),
      rD("Tempo medio di arrivo sul luogo delle richieste di intervento urgenti (minuti)", "minuti", "22", "≤ 20", "19")],
      esito="Parzialmente raggiunto", esito_comment="Il minor numero di controlli è dovuto al fermo di due strumenti per la taratura periodica; le ore di pattugliamento serale sono state incrementate con il progetto estivo 'Riviera sicura' in convenzione con i Comuni."),
    dict(t="obj", level="operational", code="2.2", title="Gestione associata SUAP e SUE", text="Obiettivo operativo 2.2 – Gestione associata SUAP e SUE", resp="Responsabile: Dirigente Area Territorio"),
    dict(t="ind", rows=[
      rD("Percentuale di pratiche SUAP concluse nei termini di legge", "%", "96,2%", ">= 97%", "98,1%"),
      rD("Tempo medio di rilascio dei permessi di costruire", "giorni", "71 gg", "≤ 60 gg", "58 gg"),
      rD("Percentuale di pratiche edilizie presentate tramite il portale Accesso Unitario", "%", "88%", "100%", "100%")],
      esito="Raggiunto", esito_comment="Dal 1° marzo 2023 tutte le pratiche edilizie sono presentate esclusivamente in modalità telematica; il tempo medio dei permessi di costruire beneficia dell'inserimento di un tecnico istruttore a tempo determinato."),
    dict(t="area", code="3", title="Innovazione e gestione associata dei servizi", text="AREA STRATEGICA 3 – Innovazione e gestione associata dei servizi"),
    dict(t="obj", level="operational", code="3.1", title="Transizione digitale dei servizi ai cittadini", text="Obiettivo operativo 3.1 – Transizione digitale dei servizi ai cittadini", resp="Responsabile: Dirigente Sistemi informativi"),
    dict(t="ind", rows=[
      rD("Numero di servizi online accessibili con SPID/CIE", "n.", "34", ">= 45", "47"),
      rD("Percentuale di incassi riscossi tramite pagoPA", "%", "81%", ">= 90%", "92,4%"),
      rD("Realizzazione del nuovo sito istituzionale conforme al modello AgID", "data", "—", "Entro il 31/12/2023", "Realizzato (online dal 04/12/2023)")],
      esito="Raggiunto", esito_comment="Gli interventi sono stati finanziati dalle misure PNRR 1.4.1 e 1.4.3; la migrazione al cloud (misura 1.2) si completerà nel 2024."),
    dict(t="h1", text="Considerazioni conclusive"),
    dict(t="para", text="Dei 15 indicatori rilevati, 11 hanno raggiunto o superato il valore atteso. Il Nucleo di valutazione ha validato la Relazione raccomandando di rivedere, nel prossimo ciclo, gli indicatori legati a misure nazionali soggette a modifiche normative in corso d'anno."),
  ])

for n, c in S.items():
    c["name"] = n
    json.dump(c, open(f"/work/blind/r22/{n}.content.json", "w"), ensure_ascii=False, indent=1)
print(list(S))

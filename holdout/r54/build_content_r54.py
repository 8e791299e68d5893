#!/usr/bin/env python3
"""r54: writes the three content files (bilingual DE/IT and FR/IT reports) by hand."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def dump(name, c):
    c['name'] = name
    json.dump(c, open(os.path.join(HERE, name + '.content.json'), 'w'), ensure_ascii=False, indent=1)

# ------------------------------------------------------------------ A: Comune di Merano, plan
A = {
 'generator': 'blind/r54/make_r54.py', 'renderer': 'reportlab', 'orientation': 'landscape',
 'layout': 'Bilingual DE/IT plan: header labels on two lines (German above, Italian below, in one cell); every indicator cell prints the German name above the Italian one; area and objective headings on one line with slashes; one target column per year 2024-2026 plus a baseline column; bilingual budget table (no records).',
 'document': {'issuer': 'Comune di Merano', 'title': 'Piano della performance', 'year': 2024, 'kind': 'piano'},
 'cover': ['GEMEINDE MERAN', 'COMUNE DI MERANO', 'Performance-Plan 2024–2026', 'Piano della performance 2024–2026',
           'Genehmigt mit Beschluss des Gemeindeausschusses Nr. 41 vom 30.01.2024',
           'Approvato con deliberazione della Giunta comunale n. 41 del 30.01.2024'],
 'intro': [
  ['1. Einleitung', '1. Premessa',
   'Der Performance-Plan ist das Dokument, mit dem die Gemeinde Meran die strategischen Ziele für den Dreijahreszeitraum 2024–2026 festlegt und die Kennzahlen bestimmt, anhand derer die Ergebnisse gemessen werden. Er ist mit dem Einheitlichen Strategiedokument (ESD) und dem Haushaltsvoranschlag abgestimmt.',
   "Il Piano della performance è il documento con cui il Comune di Merano definisce gli obiettivi strategici per il triennio 2024–2026 e individua gli indicatori con cui ne saranno misurati i risultati. È coordinato con il Documento unico di programmazione (DUP) e con il bilancio di previsione."],
  ['2. Die Gemeinde in Zahlen', '2. Il Comune in cifre',
   'Zum 31.12.2023 zählte die Gemeinde 41.637 Einwohnerinnen und Einwohner. Die Verwaltung ist in sechs Abteilungen gegliedert und beschäftigt 512 Bedienstete, davon 438 mit unbefristetem Arbeitsvertrag.',
   'Al 31.12.2023 il Comune contava 41.637 abitanti. L’amministrazione è articolata in sei ripartizioni e impiega 512 dipendenti, di cui 438 con contratto a tempo indeterminato.'],
 ],
 'budget': {
  'title': ['Haushaltsvoranschlag 2024 – Ausgaben nach Aufgabenbereichen', 'Bilancio di previsione 2024 – Spese per missioni'],
  'header': [['Aufgabenbereich', 'Missione'], ['Laufende Ausgaben', 'Spese correnti'], ['Investitionsausgaben', 'Spese in conto capitale'], ['Insgesamt', 'Totale']],
  'rows': [
   ['01 Institutionelle Dienste / Servizi istituzionali', '€ 18.412.300,00', '€ 2.105.000,00', '€ 20.517.300,00'],
   ['04 Bildung / Istruzione', '€ 6.230.500,00', '€ 4.870.000,00', '€ 11.100.500,00'],
   ['05 Kultur / Cultura', '€ 4.915.800,00', '€ 3.250.000,00', '€ 8.165.800,00'],
   ['10 Verkehr und Mobilität / Trasporti e mobilità', '€ 7.402.100,00', '€ 9.640.000,00', '€ 17.042.100,00'],
   ['12 Soziales / Diritti sociali', '€ 9.880.400,00', '€ 1.120.000,00', '€ 11.000.400,00'],
   ['Insgesamt / Totale', '€ 46.841.100,00', '€ 20.985.000,00', '€ 67.826.100,00']]},
 'section': ['3. Strategische Ziele und Kennzahlen / Obiettivi strategici e indicatori',
   'Die folgende Tabelle enthält für jedes strategische Ziel die Kennzahlen, den Ausgangswert 2022 und die Zielwerte für die drei Jahre des Plans. / La tabella seguente riporta per ogni obiettivo strategico gli indicatori, il valore di partenza 2022 e i valori attesi per i tre anni del Piano.'],
 'header': [['Nr.', 'N.'], ['Kennzahl', 'Indicatore'], ['Maßeinheit', 'Unità di misura'], ['Ausgangswert 2022', 'Valore di partenza 2022'],
            ['Zielwert 2024', 'Valore atteso 2024'], ['Zielwert 2025', 'Valore atteso 2025'], ['Zielwert 2026', 'Valore atteso 2026']],
 'years': [2024, 2025, 2026],
 'areas': [
  {'code': '1', 'de': 'Bürgernahe Verwaltung', 'it': 'Amministrazione vicina al cittadino', 'objectives': [
    {'code': '1.1', 'de': 'Digitale Verwaltung', 'it': 'Amministrazione digitale', 'rows': [
      {'code': '1.1.1', 'de': 'Anteil der online eingereichten Anträge', 'it': 'Percentuale di istanze presentate online', 'unit': '%', 'baseline': '41,3%', 'targets': ['≥ 50%', '≥ 60%', '≥ 70%']},
      {'code': '1.1.2', 'de': 'Durchschnittliche Bearbeitungszeit der Baugenehmigungen', 'it': 'Tempo medio di rilascio dei permessi di costruire', 'unit': 'Tage / giorni', 'baseline': '74 gg', 'targets': ['≤ 60 gg', '≤ 55 gg', '≤ 50 gg']},
      {'code': '1.1.3', 'de': 'Anzahl der über pagoPA abgewickelten Zahlungen', 'it': 'Numero di pagamenti gestiti tramite pagoPA', 'unit': 'Anzahl / numero', 'baseline': '18.420', 'targets': ['≥ 22.000', '≥ 25.000', '≥ 28.000']}]},
    {'code': '1.2', 'de': 'Zweisprachigkeit und Transparenz', 'it': 'Bilinguismo e trasparenza', 'rows': [
      {'code': '1.2.1', 'de': 'Anteil der zweisprachig veröffentlichten Inhalte im Bereich „Transparente Verwaltung“', 'it': 'Percentuale di contenuti pubblicati in entrambe le lingue nella sezione “Amministrazione trasparente”', 'unit': '%', 'baseline': '92%', 'targets': ['100%', '100%', '100%']},
      {'code': '1.2.2', 'de': 'Innerhalb der gesetzlichen Frist beantwortete Anträge auf Bürgerzugang (FOIA)', 'it': 'Istanze di accesso civico generalizzato (FOIA) evase nei termini di legge', 'unit': '%', 'baseline': '88,6%', 'targets': ['≥ 95%', '≥ 95%', '≥ 98%']}]}]},
  {'code': '2', 'de': 'Lebenswerte Stadt', 'it': 'Città vivibile', 'objectives': [
    {'code': '2.1', 'de': 'Nachhaltige Mobilität', 'it': 'Mobilità sostenibile', 'rows': [
      {'code': '2.1.1', 'de': 'Neu errichtete Radwege', 'it': 'Nuove piste ciclabili realizzate', 'unit': 'km', 'baseline': '2,4', 'targets': ['1,5', '2,0', '2,0']},
      {'code': '2.1.2', 'de': 'Fahrgäste im Stadtbusverkehr pro Jahr', 'it': 'Passeggeri annui del trasporto pubblico urbano', 'unit': 'Mio. / mln', 'baseline': '3,1 mln', 'targets': ['3,3 mln', '3,5 mln', '3,6 mln']}]},
    {'code': '2.2', 'de': 'Kultur und Freizeit', 'it': 'Cultura e tempo libero', 'rows': [
      {'code': '2.2.1', 'de': 'Entlehnungen in der Stadtbibliothek', 'it': 'Prestiti della Biblioteca civica', 'unit': 'Anzahl / numero', 'baseline': '61.250', 'targets': ['≥ 63.000', '≥ 65.000', '≥ 66.000']},
      {'code': '2.2.2', 'de': 'Ausgaben für Kulturveranstaltungen', 'it': 'Spesa per eventi culturali', 'unit': 'Euro', 'baseline': '€ 1.180.000,00', 'targets': ['€ 1.250.000,00', '€ 1.250.000,00', '€ 1.300.000,00']},
      {'code': '2.2.3', 'de': 'Abschluss der Fassadensanierung des Kurhauses', 'it': 'Completamento del risanamento della facciata del Kurhaus', 'unit': 'Datum / data', 'baseline': None, 'targets': ['31.12.2024', None, None]}]}]},
  {'code': '3', 'de': 'Soziales und Familie', 'it': 'Politiche sociali e famiglia', 'objectives': [
    {'code': '3.1', 'de': 'Kinderbetreuung', 'it': "Servizi per l'infanzia", 'rows': [
      {'code': '3.1.1', 'de': 'Abdeckungsgrad der Kinderhortplätze (0–3 Jahre)', 'it': 'Tasso di copertura dei posti negli asili nido (0–3 anni)', 'unit': '%', 'baseline': '28,5%', 'targets': ['≥ 30%', '≥ 32%', '≥ 33%']},
      {'code': '3.1.2', 'de': 'Durchschnittliche Wartezeit für die Aufnahme in den Kinderhort', 'it': "Tempo medio di attesa per l'ammissione all'asilo nido", 'unit': 'Tage / giorni', 'baseline': '95 gg', 'targets': ['≤ 90 gg', '≤ 75 gg', '≤ 60 gg']},
      {'code': '3.1.3', 'de': 'Ausgaben für Sozialleistungen pro Einwohner', 'it': 'Spesa per prestazioni sociali per abitante', 'unit': 'Euro', 'baseline': '€ 212,40', 'targets': ['€ 220,00', '€ 225,00', '€ 230,00']}]}]}],
 'closing': ['4. Monitoring / Monitoraggio',
   'Die Zielerreichung wird zum 30. Juni und zum 31. Dezember erhoben; die Ergebnisse werden im Performance-Bericht dargelegt. / Il grado di raggiungimento è rilevato al 30 giugno e al 31 dicembre; i risultati sono illustrati nella Relazione sulla performance.'],
}
dump('comune-merano-2024-piano', A)

# ------------------------------------------------------------------ B: ARPA Valle d'Aosta, report (FR/IT)
def r(code, fr, it, t, a, esito, notes=None):
    return {'code': code, 'fr': fr, 'it': it, 'target': t, 'actual': a, 'esito': esito, 'notes': notes}
OK = 'atteint / raggiunto'; PA = 'partiellement atteint / parzialmente raggiunto'; NO = 'non atteint / non raggiunto'
B = {
 'generator': 'blind/r54/make_r54.py', 'renderer': 'python-docx -> LibreOffice', 'orientation': 'landscape',
 'layout': 'Bilingual FR/IT report (Word): headings on two lines, French above Italian; indicator table with the French name and the Italian name in two side-by-side columns; header labels on one line with a slash (Valeur attendue 2023 / Valore atteso 2023); Esito cells and notes printed in both languages; staff table (no records).',
 'document': {'issuer': "Agenzia Regionale per la Protezione dell'Ambiente della Valle d'Aosta", 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'cover': ["Agence Régionale pour la Protection de l'Environnement de la Vallée d'Aoste",
           "Agenzia Regionale per la Protezione dell'Ambiente della Valle d'Aosta",
           'Rapport sur la performance 2023', 'Relazione sulla performance 2023',
           'Adopté par décision du directeur général n° 58 du 27 juin 2024 / Adottata con provvedimento del Direttore generale n. 58 del 27 giugno 2024'],
 'intro': [
  ['Introduction', 'Premessa',
   "Le présent rapport illustre les résultats atteints par l'Agence en 2023 par rapport aux objectifs et aux indicateurs fixés par le Plan intégré d'activité et d'organisation 2023-2025. Les données ont été validées par l'Organisme indépendant d'évaluation.",
   "La presente relazione illustra i risultati raggiunti dall'Agenzia nel 2023 rispetto agli obiettivi e agli indicatori fissati dal Piano integrato di attività e organizzazione 2023-2025. I dati sono stati validati dall'Organismo indipendente di valutazione."]],
 'staff': {'title': 'Ressources humaines au 31/12/2023 / Risorse umane al 31/12/2023',
   'header': ['Catégorie / Categoria', 'Effectif / Dotazione', 'En service / In servizio', 'Dont à temps partiel / Di cui part-time'],
   'rows': [['Dirigeants / Dirigenti', '14', '12', '0'], ['Catégorie D / Categoria D', '68', '63', '7'],
            ['Catégorie C / Categoria C', '41', '38', '9'], ['Catégorie B / Categoria B', '9', '8', '2'],
            ['Total / Totale', '132', '121', '18']]},
 'section': ['Résultats des indicateurs 2023', 'Risultati degli indicatori 2023'],
 'header': ['Code / Codice', 'Indicateur', 'Indicatore', 'Valeur attendue 2023 / Valore atteso 2023',
            'Valeur atteinte 2023 / Valore raggiunto 2023', 'Résultat / Esito', 'Notes / Note'],
 'year': 2023,
 'areas': [
  {'code': 'A', 'fr': 'Surveillance et contrôles', 'it': 'Monitoraggio e controlli', 'objectives': [
   {'code': 'A.1', 'fr': "Qualité de l'air", 'it': "Qualità dell'aria", 'rows': [
     r('A.1.1', "Taux de fonctionnement des stations de mesure de la qualité de l'air", "Tasso di funzionamento delle stazioni di misura della qualità dell'aria", '≥ 90%', '94,2%', OK),
     r('A.1.2', "Nombre de bulletins quotidiens de la qualité de l'air publiés", "Numero di bollettini giornalieri sulla qualità dell'aria pubblicati", '365', '365', OK),
     r('A.1.3', 'Délai moyen de publication des données validées', 'Tempo medio di pubblicazione dei dati validati', '≤ 30 gg', '34 gg', PA,
       "Retard dû au remplacement de l'analyseur PM10 de la station d'Aoste-Plouves. / Ritardo dovuto alla sostituzione dell'analizzatore PM10 della stazione di Aosta-Plouves.")]},
   {'code': 'A.2', 'fr': 'Eaux et contrôles des installations', 'it': 'Acque e controlli sugli impianti', 'rows': [
     r('A.2.1', 'Pourcentage des inspections programmées sur les installations AIA effectuées', 'Percentuale delle ispezioni programmate sugli impianti AIA effettuate', '100%', '100%', OK),
     r('A.2.2', 'Nombre de prélèvements sur les eaux superficielles', 'Numero di campionamenti sulle acque superficiali', '≥ 240', '251', OK),
     r('A.2.3', "Délai d'intervention sur les signalements d'urgence environnementale", "Tempo di intervento sulle segnalazioni di emergenza ambientale", '≤ 2 ore', '1,6 ore', OK,
       'Service de garde actif 24h/24. / Servizio di pronta disponibilità attivo 24 ore su 24.')]}]},
  {'code': 'B', 'fr': 'Connaissance et communication environnementale', 'it': 'Conoscenza e comunicazione ambientale', 'objectives': [
   {'code': 'B.1', 'fr': 'Information du public', 'it': 'Informazione al pubblico', 'rows': [
     r('B.1.1', "Publication du Rapport sur l'état de l'environnement", "Pubblicazione della Relazione sullo stato dell'ambiente", 'entro il 30/06/2023', '28/06/2023', OK),
     r('B.1.2', "Nombre d'accès au portail des données environnementales ouvertes", 'Numero di accessi al portale dei dati ambientali aperti', '≥ 40.000', '37.815', NO,
       "Portail indisponible pendant la migration (mars–avril). / Portale non disponibile durante la migrazione (marzo–aprile)."),
     r('B.1.3', "Nombre d'interventions d'éducation à l'environnement dans les écoles", 'Numero di interventi di educazione ambientale nelle scuole', '≥ 60', '72', OK)]}]},
  {'code': 'C', 'fr': 'Organisation et efficience', 'it': 'Organizzazione ed efficienza', 'objectives': [
   {'code': 'C.1', 'fr': 'Efficience administrative', 'it': 'Efficienza amministrativa', 'rows': [
     r('C.1.1', 'Indicateur de ponctualité des paiements', 'Indicatore di tempestività dei pagamenti', '≤ 0 gg', '-6,4 gg', OK),
     r('C.1.2', "Pourcentage du personnel ayant suivi au moins 20 heures de formation", 'Percentuale del personale con almeno 20 ore di formazione', '≥ 80%', 'n.d.', 'suspendu / sospeso',
       "Objectif suspendu suite à la révision du plan de formation. / Obiettivo sospeso a seguito della revisione del piano formativo."),
     r('C.1.3', 'Taux de couverture des coûts par des recettes propres', 'Tasso di copertura dei costi con entrate proprie', '≥ 12%', '13,1%', OK)]}]}],
 'closing': ['Conclusions', 'Conclusioni',
   "Sur 12 indicateurs, 9 ont été atteints, 1 partiellement atteint et 1 non atteint ; un objectif a été suspendu.",
   'Su 12 indicatori, 9 sono stati raggiunti, 1 parzialmente raggiunto e 1 non raggiunto; un obiettivo è stato sospeso.'],
}
dump('arpa-valle-aosta-2023-relazione', B)

# ------------------------------------------------------------------ C: Azienda Sanitaria dell'Alto Adige: German-only + Italian-only tables
def s(n, de, it, t, a, st_de, st_it, note=None):
    return {'n': n, 'de': de, 'it': it, 'target': t, 'actual': a, 'status_de': st_de, 'status_it': st_it, 'note': note}
C = {
 'generator': 'blind/r54/make_r54.py', 'renderer': 'reportlab', 'orientation': 'portrait',
 'layout': 'Bilingual DE/IT report: prose as a German paragraph above its Italian translation; the indicators printed twice, a German-only table (Teil A, deutsche Fassung) followed by an Italian-only table (Parte B, versione italiana) of the same indicators; objective in a first column merged down over its indicators; status column; a spanning note row under one indicator in each table; cost table (no records).',
 'document': {'issuer': "Azienda Sanitaria dell'Alto Adige", 'title': 'Relazione sulla performance', 'year': 2023, 'kind': 'relazione'},
 'cover': ['Südtiroler Sanitätsbetrieb', "Azienda Sanitaria dell'Alto Adige", 'Performance-Bericht 2023', 'Relazione sulla performance 2023',
           'Beschluss des Generaldirektors Nr. 2024-A-000512 vom 26.06.2024 / Delibera del Direttore generale n. 2024-A-000512 del 26.06.2024'],
 'intro': [
  ['Vorwort', 'Premessa',
   'Der Performance-Bericht 2023 legt die Ergebnisse dar, die der Südtiroler Sanitätsbetrieb in Bezug auf die im Performance-Plan 2023–2025 festgelegten strategischen Ziele erreicht hat. Die Kennzahlen sind im Teil A in deutscher und im Teil B in italienischer Sprache wiedergegeben.',
   "La Relazione sulla performance 2023 illustra i risultati raggiunti dall'Azienda Sanitaria dell'Alto Adige rispetto agli obiettivi strategici fissati nel Piano della performance 2023–2025. Gli indicatori sono riportati nella Parte A in lingua tedesca e nella Parte B in lingua italiana."],
  ['Kontext', 'Contesto',
   'Im Jahr 2023 wurden in den sieben Krankenhäusern des Betriebes 71.845 Aufnahmen verzeichnet. Der Personalmangel in einigen Fachbereichen und die Pflicht des Nachweises der Zweisprachigkeit haben die Besetzung freier Stellen weiterhin erschwert.',
   "Nel 2023 nei sette ospedali dell'Azienda sono stati registrati 71.845 ricoveri. La carenza di personale in alcune discipline e l'obbligo dell'attestato di bilinguismo hanno continuato a rendere difficile la copertura dei posti vacanti."]],
 'costs': {'title': 'Kosten 2023 nach Gesundheitsbezirk / Costi 2023 per comprensorio sanitario',
   'header': ['Gesundheitsbezirk / Comprensorio', 'Personalkosten / Costi del personale', 'Sachkosten / Beni e servizi', 'Insgesamt / Totale'],
   'rows': [['Bozen / Bolzano', '€ 412.305.118', '€ 298.440.870', '€ 710.745.988'],
            ['Meran / Merano', '€ 168.920.450', '€ 121.338.902', '€ 290.259.352'],
            ['Brixen / Bressanone', '€ 98.415.207', '€ 70.882.115', '€ 169.297.322'],
            ['Bruneck / Brunico', '€ 101.733.640', '€ 72.190.508', '€ 173.924.148'],
            ['Insgesamt / Totale', '€ 781.374.415', '€ 562.852.395', '€ 1.344.226.810']]},
 'part_de': ['Teil A – Kennzahlen 2023 (deutsche Fassung)', 'Die Bewertung lautet „erreicht“, „teilweise erreicht“ oder „nicht erreicht“.'],
 'part_it': ['Parte B – Indicatori 2023 (versione italiana)', "L'esito è espresso come «raggiunto», «parzialmente raggiunto» o «non raggiunto»."],
 'header_de': ['Strategisches Ziel', 'Nr.', 'Kennzahl', 'Zielwert 2023', 'Istwert 2023', 'Bewertung'],
 'header_it': ['Obiettivo strategico', 'N.', 'Indicatore', 'Valore atteso 2023', 'Valore raggiunto 2023', 'Esito'],
 'year': 2023,
 'objectives': [
  {'code': 'A.1', 'de': 'Wartezeiten für fachärztliche Leistungen verkürzen', 'it': 'Ridurre i tempi di attesa per le prestazioni ambulatoriali', 'rows': [
    s('1', 'Anteil der Erstvisiten der Priorität B, die innerhalb von 10 Tagen erbracht wurden', 'Percentuale di prime visite in classe di priorità B erogate entro 10 giorni', '≥ 90%', '86,4%', 'teilweise erreicht', 'parzialmente raggiunto'),
    s('2', 'Anteil der bildgebenden Untersuchungen der Priorität D innerhalb von 60 Tagen', 'Percentuale di prestazioni di diagnostica per immagini in classe D erogate entro 60 giorni', '≥ 90%', '91,7%', 'erreicht', 'raggiunto'),
    s('3', 'Durchschnittliche Wartezeit für Hüftprothesen-Eingriffe', "Tempo medio di attesa per interventi di protesi d'anca", '≤ 120 gg', '134 gg', 'nicht erreicht', 'non raggiunto',
      ['Anmerkung: Im zweiten Halbjahr wurden im Krankenhaus Brixen zusätzliche OP-Sitzungen eingerichtet.', "Nota: nel secondo semestre sono state attivate sedute operatorie aggiuntive presso l'Ospedale di Bressanone."])]},
  {'code': 'A.2', 'de': 'Die wohnortnahe Versorgung stärken', 'it': "Rafforzare l'assistenza territoriale", 'rows': [
    s('4', 'Abdeckungsgrad der integrierten Hauspflege (über 65-Jährige)', "Tasso di copertura dell'assistenza domiciliare integrata (ADI) over 65", '≥ 10%', '10,6%', 'erreicht', 'raggiunto'),
    s('5', 'Anzahl der in Betrieb genommenen Gemeinschaftshäuser', 'Numero di Case della Comunità attivate', '3', '3', 'erreicht', 'raggiunto'),
    s('6', 'Anteil der geschützten Entlassungen mit Übernahme innerhalb von 48 Stunden', 'Percentuale di dimissioni protette con presa in carico entro 48 ore', '≥ 75%', '78,2%', 'erreicht', 'raggiunto')]},
  {'code': 'B.1', 'de': 'Prävention gewährleisten', 'it': 'Garantire la prevenzione', 'rows': [
    s('7', 'Grippeimpfquote bei über 65-Jährigen', 'Copertura vaccinale antinfluenzale negli over 65', '≥ 75%', '41,3%', 'nicht erreicht', 'non raggiunto'),
    s('8', 'Teilnahme am Mammographie-Screening', 'Adesione allo screening mammografico', '≥ 60%', '63,5%', 'erreicht', 'raggiunto'),
    s('9', 'Teilnahme am Darmkrebs-Screening', 'Adesione allo screening colorettale', '≥ 50%', '44,8%', 'nicht erreicht', 'non raggiunto')]},
  {'code': 'C.1', 'de': 'Wirtschaftliche Nachhaltigkeit und zweisprachiges Personal', 'it': 'Sostenibilità economica e personale bilingue', 'rows': [
    s('10', 'Einhaltung der Ausgabenobergrenze für Krankenhausarzneimittel', 'Rispetto del tetto di spesa farmaceutica ospedaliera', '≤ € 98.000.000', '€ 96.412.350', 'erreicht', 'raggiunto'),
    s('11', 'Anteil des Gesundheitspersonals mit Zweisprachigkeitsnachweis', "Percentuale di personale sanitario in possesso dell'attestato di bilinguismo", '≥ 70%', '67,9%', 'teilweise erreicht', 'parzialmente raggiunto'),
    s('12', 'Indikator der termingerechten Zahlungen', 'Indicatore di tempestività dei pagamenti', '≤ 0 gg', '-11 gg', 'erreicht', 'raggiunto')]}],
 'closing': ['Schlussbemerkungen', 'Considerazioni conclusive',
   'Von den 12 Kennzahlen wurden 7 erreicht, 2 teilweise erreicht und 3 nicht erreicht.',
   'Dei 12 indicatori, 7 sono stati raggiunti, 2 parzialmente raggiunti e 3 non raggiunti.'],
}
dump('azienda-sanitaria-alto-adige-2023-relazione', C)
print('ok')

"""The Italian face of the open-data output (``--lang it``): names, values, descriptions.

:data:`ITALIAN_NAMES` names the columns (and the XLSX sheets),
:data:`ITALIAN_VALUES` translates the closed vocabularies (``achieved`` →
``raggiunto``, ``days`` → ``giorni``; ``true`` → ``vero``), and
:data:`ITALIAN_DESCRIPTIONS` describes each column in the Data Package, as
:data:`perfextract.opendata.FIELD_SPECS` does in English.  Text read from the
PDF is Italian already and is never translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: The Italian name of each column (``--lang it``), and of the XLSX sheets.
ITALIAN_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "page": "pagina",
        "page_end": "pagina_fine",
        "area_code": "codice_area",
        "area_title": "titolo_area",
        "objective_level": "livello_obiettivo",
        "objective_code": "codice_obiettivo",
        "objective_title": "titolo_obiettivo",
        "indicator_code": "codice_indicatore",
        "indicator": "indicatore",
        "type": "tipo",
        "formula": "formula",
        "unit": "unita_misura",
        "data_source": "fonte_dati",
        "weight": "peso",
        "baseline": "baseline",
        "year": "anno",
        "target": "valore_atteso",
        "target_operator": "valore_atteso_operatore",
        "target_value": "valore_atteso_numero",
        "target_value_max": "valore_atteso_numero_max",
        "target_unit": "valore_atteso_unita",
        "actual": "valore_raggiunto",
        "actual_operator": "valore_raggiunto_operatore",
        "actual_value": "valore_raggiunto_numero",
        "actual_value_max": "valore_raggiunto_numero_max",
        "actual_unit": "valore_raggiunto_unita",
        "achievement": "grado_raggiungimento",
        "notes": "note",
        "status": "esito",
        "status_text": "testo_esito",
        "comment": "commento",
        "met": "rispetto_target",
        "extra": "extra",
        "source_file": "file_origine",
        "source_sha256": "sha256_origine",
        "document_issuer": "ente",
        "document_title": "titolo_documento",
        "document_year": "anno_documento",
        "document_kind": "tipo_documento",
        # the XLSX warnings sheet
        "code": "codice",
        "message": "messaggio",
        "records": "indicatori",
        "warnings": "avvisi",
    }
)

_UNITS = {"days": "giorni", "months": "mesi", "hours": "ore"}

#: The Italian words of each closed vocabulary, by column; a value not listed
#: (``%``, ``EUR``, an operator) is the same in both languages.
ITALIAN_VALUES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "objective_level": {"area": "area", "strategic": "strategico", "operational": "operativo"},
        "status": {
            "achieved": "raggiunto",
            "partially_achieved": "parzialmente_raggiunto",
            "not_achieved": "non_raggiunto",
            "suspended": "sospeso",
        },
        "target_unit": _UNITS,
        "actual_unit": _UNITS,
    }
)
#: How a CSV in Italian writes true and false.
ITALIAN_BOOLEANS = ("vero", "falso")


def _value_descriptions(side: str, printed: str) -> dict[str, str]:
    return {
        side: printed,
        f"{side}_operator": "confronto che il valore dichiara (>=, >, <=, <, =, range); un "
        "numero senza operatore è =; un testo senza quantità è vuoto",
        f"{side}_value": "il numero del valore (>=80% → 80, 2,61 → 2.61, € 2.720.771,87 → "
        "2720771.87); limite inferiore di un intervallo",
        f"{side}_value_max": "limite superiore di un intervallo (80-90% → 90)",
        f"{side}_unit": "unità canonica: %, ‰, EUR, giorni, mesi, ore (gg, gg. lavorativi → "
        "giorni; €, euro → EUR; per mille → ‰)",
    }


#: What each column means, in Italian.
ITALIAN_DESCRIPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "page": "pagina (da 1) su cui inizia la riga dell'indicatore",
        "page_end": "pagina su cui finisce (> pagina quando la riga continua nella pagina dopo)",
        "area_code": "codice dell'area strategica, es. 2020_01",
        "area_title": "titolo dell'area come stampato",
        "objective_level": "livello dell'obiettivo più interno che contiene l'indicatore "
        "(area, strategico, operativo)",
        "objective_code": "codice di quell'obiettivo, es. 2020_01_01_01 (un indicatore posto "
        "direttamente sotto un'area ha il codice dell'area)",
        "objective_title": "titolo di quell'obiettivo come stampato",
        "indicator_code": "codice proprio dell'indicatore, dove la tabella lo riporta",
        "indicator": "nome o descrizione dell'indicatore (colonna Descrizione, Indicatore, …)",
        "type": "Tipo/Tipologia come stampato, con le parole spezzate da una colonna stretta "
        "ricomposte",
        "formula": "Algoritmo/Formula/Modalità di calcolo, quando la tabella ha una colonna "
        "apposita",
        "unit": "colonna Unità di misura, come stampata",
        "data_source": "colonna Fonte, come stampata",
        "weight": "Peso, come numero (20% → 20)",
        "baseline": "Baseline/Valore di partenza/valore dell'anno precedente, come stampato",
        "year": "anno a cui si riferiscono valore atteso e raggiunto (Target 2020 → 2020); una "
        "tabella con una colonna di target per anno dà un record per anno",
        **_value_descriptions(
            "target", "valore atteso (Valore atteso, Target, Risultato atteso, …) come stampato"
        ),
        **_value_descriptions(
            "actual", "valore raggiunto (Valore raggiunto, Consuntivo, Risultato, …) come stampato"
        ),
        "achievement": "grado di raggiungimento stampato, in percentuale",
        "notes": "la colonna Note come stampata",
        "status": "l'esito dichiarato dal documento (OBIETTIVO CONSEGUITO → raggiunto, NON "
        "RAGGIUNTO → non_raggiunto, Obiettivo sospeso → sospeso, …)",
        "status_text": "quella dichiarazione come stampata",
        "comment": "testo stampato con l'indicatore fuori dalle sue celle: una riga di esito e "
        "le righe di testo che lo seguono prima dell'indicatore o del titolo successivo",
        "met": "calcolato: il valore raggiunto rispetta il valore atteso (vero/falso)? vuoto "
        "dove uno dei due non è una quantità confrontabile; un valore atteso senza operatore "
        "è rispettato da un valore uguale, altrimenti vale >= o <= quando il nome "
        "dell'indicatore dice in che verso è meglio (numero, percentuale di → più alto; "
        "tempo medio, riduzione, costi → più basso), ed è vuoto quando non lo dice",
        "extra": 'ogni colonna che non corrisponde ai campi sopra, {"intestazione come '
        'stampata": "cella come stampata"}; un oggetto JSON',
        "source_file": "il PDF da cui viene il record, relativo alla cartella dei file letti",
        "source_sha256": "SHA-256 dei byte di quel PDF, in esadecimale",
        "document_issuer": "l'ente che ha pubblicato il documento, come stampato nelle prime "
        "pagine",
        "document_title": "il titolo del documento, come stampato nelle prime pagine",
        "document_year": "l'anno a cui si riferisce il documento",
        "document_kind": "relazione (Relazione sulla Performance), piano (Piano della "
        "Performance) o piao",
    }
)

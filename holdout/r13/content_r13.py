"""Writes the r13 *.content.json files (content written by hand in content_*.py)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {
    "piano-indicatori-bilancio-comune-fossano-2024-2026": "content_fossano",
    "relazione-booktabs-comune-pesaro-2022": "content_pesaro",
    "cremona-2020-zebra": "content_cremona",
    "comune-cesena-2023-relazione": "content_cesena",
}
for name, mod in MODS.items():
    if len(sys.argv) > 1 and name not in sys.argv[1:]:
        continue
    c = __import__(mod).build()
    (HERE / f"{name}.content.json").write_text(json.dumps(c, ensure_ascii=False, indent=1))
    print("wrote", name)

"""Compare extracted records with a ground-truth document, as ``score.py`` does.

Records are paired by their ``indicator`` text (rapidfuzz ratio >= 90, best
pairs first, document order breaking ties); every key of a truth record is
then compared, text after collapsing whitespace, numbers within 1e-6
relative.  This keeps the golden tests independent of ``../shared``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

PAIR_THRESHOLD = 90.0


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip() or None
    return value


def same(want: Any, got: Any) -> bool:
    want, got = _norm(want), _norm(got)
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, bool) or isinstance(got, bool):
        return want is got
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(want, got, rel_tol=1e-6, abs_tol=1e-9)
    return bool(want == got)


@dataclass
class Comparison:
    truth: int
    pred: int
    paired: int
    field_ok: dict[str, int] = field(default_factory=dict)
    field_n: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p = self.paired / self.pred if self.pred else 0.0
        r = self.paired / self.truth if self.truth else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def field_accuracy(self) -> float:
        n = sum(self.field_n.values())
        return sum(self.field_ok.values()) / n if n else 0.0

    def accuracy(self, name: str) -> float:
        return self.field_ok.get(name, 0) / self.field_n[name]


def compare(truth: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Comparison:
    candidates = []
    for i, t in enumerate(truth):
        for j, p in enumerate(pred):
            score = fuzz.ratio(_norm(t.get("indicator")) or "", _norm(p.get("indicator")) or "")
            if score >= PAIR_THRESHOLD:
                drift = abs(i / max(len(truth), 1) - j / max(len(pred), 1))
                candidates.append((-score, drift, i, j))
    used_t: set[int] = set()
    used_p: set[int] = set()
    result = Comparison(truth=len(truth), pred=len(pred), paired=0)
    for *_, i, j in sorted(candidates):
        if i in used_t or j in used_p:
            continue
        used_t.add(i)
        used_p.add(j)
        result.paired += 1
        for key, want in truth[i].items():
            if key == "extra" or key.startswith("_"):
                continue
            result.field_n[key] = result.field_n.get(key, 0) + 1
            if same(want, pred[j].get(key)):
                result.field_ok[key] = result.field_ok.get(key, 0) + 1
            else:
                result.misses.append(f"#{i} {key}: want {want!r} got {pred[j].get(key)!r}")
    return result

"""Fuzzing: damaged copies of the samples give a Report or a PerfExtractError, never a crash.

50 deterministic cases (10 of each mutation in :data:`fuzzing.MUTATIONS`) run
in worker processes with a time limit each, so a hang fails the test instead
of blocking it.  ``python bench/fuzz.py`` runs thousands.
"""

from __future__ import annotations

from collections import Counter
from contextlib import closing

import pytest

from fuzzing import MUTATIONS, Outcome, make_case, mutate, run_case, sample_files
from perfextract.pool import map_unordered

SEED = 6
CASES = 50
#: Cases of bench runs that once failed, run every time: (seed, number, what went wrong).
REGRESSIONS = [
    (6, 1126, "a coordinate flipped to -1e12 made the borderless finder walk 1e12 points"),
]
#: Seconds one case may take before it counts as a hang (the slowest sample takes ~2 s).
CASE_TIMEOUT = 60.0


def test_mutations_are_deterministic_and_damage_the_file() -> None:
    for number in range(len(MUTATIONS)):
        first, again = make_case(SEED, number), make_case(SEED, number)
        assert first == again
        original = (sample_files()[0].parent / first.sample).read_bytes()
        assert first.data != original, first.name


def test_unknown_mutation_is_an_error() -> None:
    import random

    with pytest.raises(ValueError, match="unknown mutation"):
        mutate(b"%PDF-1.4", "melt", random.Random(0))


def test_damaged_samples_give_a_report_or_a_perfextract_error() -> None:
    cases = [make_case(SEED, number) for number in range(CASES)]
    cases += [make_case(seed, number) for seed, number, _ in REGRESSIONS]
    outcomes: dict[int, Outcome] = {}
    failures: list[str] = []
    ends = map_unordered(run_case, (c.data for c in cases), workers=2, timeout=CASE_TIMEOUT)
    with closing(ends):
        for end in ends:
            case = cases[end.index]
            if end.outcome != "done" or end.result is None:
                failures.append(f"{case.name}: {end.outcome} {end.detail}")
                continue
            outcomes[end.index] = end.result
            if end.result.kind == "other":
                failures.append(f"{case.name}: {end.result.detail}")
    assert failures == []
    kinds = Counter(o.kind for o in outcomes.values())
    assert sum(kinds.values()) == len(cases)
    assert set(kinds) <= {"report", "InvalidPDFError", "EncryptedPDFError", "ResourceLimitError"}
    assert kinds["report"] and kinds["InvalidPDFError"], kinds  # both ends are exercised
    per_mutation = Counter(cases[i].mutation for i in outcomes if i < CASES)
    assert per_mutation == dict.fromkeys(MUTATIONS, CASES // len(MUTATIONS))

"""Mutated sample PDFs, and what ``perfextract.extract`` makes of each, for the fuzz runs.

``tests/test_fuzz.py`` runs a few dozen cases in every test run;
``bench/fuzz.py`` runs thousands.  A case is fixed by its seed and number:
the same case always mutates the same sample in the same way, so a failure
can be replayed with :func:`make_case`.
"""

from __future__ import annotations

import logging
import random
import re
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

#: The ways a case damages a PDF, taken in turn.
MUTATIONS = ("truncate", "flip-bits", "delete-object", "shuffle-streams", "garble-number")

_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b.*?endobj", re.DOTALL)
_STREAM = re.compile(rb"(?<![A-Za-z])stream\r?\n(.*?)endstream", re.DOTALL)
_NUMBER = re.compile(rb"(?<![\w.#/])-?\d+(?:\.\d+)?(?![\w.])")
_GARBLED = (b"0", b"-1", b"1", b"3", b"65535", b"2147483648", b"99999999999999999999", b"1e308")


@dataclass(frozen=True, slots=True)
class Case:
    """One mutated sample: where it came from, how it was damaged, and its bytes."""

    number: int
    sample: str
    mutation: str
    data: bytes

    @property
    def name(self) -> str:
        return f"case {self.number}: {self.mutation} of {self.sample}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What extract gave for a case.

    ``kind`` is ``report``, the name of the PerfExtractError subclass raised,
    or ``other`` (any other exception: a failure of the test).  ``warnings``
    are the report's warning codes; ``laid_out`` the causes of pages the
    stages could not lay out (perfextract's own trouble with an odd page).
    """

    kind: str
    detail: str
    warnings: tuple[str, ...] = ()
    laid_out: tuple[str, ...] = ()
    seconds: float = 0.0


def sample_files() -> list[Path]:
    """The bundled sample PDFs, by name."""
    return sorted(SAMPLES.glob("*.pdf"))


def make_case(seed: int, number: int, samples: Sequence[Path] | None = None) -> Case:
    """Case ``number`` of run ``seed``: mutation ``number % 5`` of a sample picked by the seed."""
    files = list(samples) if samples is not None else sample_files()
    rng = random.Random(f"{seed}:{number}")
    source = rng.choice(files)
    mutation = MUTATIONS[number % len(MUTATIONS)]
    return Case(number, source.name, mutation, mutate(source.read_bytes(), mutation, rng))


def mutate(data: bytes, mutation: str, rng: random.Random) -> bytes:
    """``data`` damaged by ``mutation`` (one of :data:`MUTATIONS`)."""
    if mutation == "truncate":
        return data[: rng.randrange(len(data))]
    if mutation == "flip-bits":
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 32)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        return bytes(damaged)
    if mutation == "delete-object":
        found = rng.choice(list(_OBJECT.finditer(data)))
        return data[: found.start()] + data[found.end() :]
    if mutation == "shuffle-streams":
        spans = [m.span(1) for m in _STREAM.finditer(data)]
        first, second = sorted(rng.sample(spans, 2))
        return (
            data[: first[0]]
            + data[second[0] : second[1]]
            + data[first[1] : second[0]]
            + data[first[0] : first[1]]
            + data[second[1] :]
        )
    if mutation == "garble-number":
        damaged = data
        for _ in range(rng.randint(1, 4)):
            found = rng.choice(list(_NUMBER.finditer(damaged)))
            damaged = damaged[: found.start()] + rng.choice(_GARBLED) + damaged[found.end() :]
        return damaged
    raise ValueError(f"unknown mutation {mutation!r}")


def run_case(data: bytes) -> Outcome:
    """Run ``perfextract.extract`` on ``data`` and say how it ended (never raises)."""
    import perfextract
    from perfextract.errors import PerfExtractError

    logging.disable(logging.CRITICAL)  # the parser complains about every flaw; not wanted here
    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            report = perfextract.extract(data)
    except PerfExtractError as exc:
        return Outcome(type(exc).__name__, str(exc), seconds=time.perf_counter() - start)
    except Exception as exc:  # what the fuzz run looks for: it must never happen
        detail = f"{type(exc).__name__}: {exc}"
        return Outcome("other", detail, seconds=time.perf_counter() - start)
    laid_out = tuple(
        w.message.split("cannot be laid out (", 1)[1].split(":", 1)[0]
        for w in report.warnings
        if "cannot be laid out (" in w.message
    )
    codes = tuple(w.code for w in report.warnings)
    return Outcome("report", "", codes, laid_out, time.perf_counter() - start)

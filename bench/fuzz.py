#!/usr/bin/env python3
"""Fuzz perfextract with damaged copies of the sample PDFs, and count the outcomes.

usage: python bench/fuzz.py [--cases 1000] [--seed 6] [--workers N] [--timeout 60] [--json]

Case ``n`` of seed ``s`` applies mutation ``n % 5`` (truncate, flip-bits,
delete-object, shuffle-streams, garble-number; see ``tests/fuzzing.py``) to a
sample picked by ``(s, n)``, and runs :func:`perfextract.extract` on it in a
worker process that is killed after ``--timeout`` seconds.  Printed: counts
of outcomes (``report``, each PerfExtractError subclass, ``other`` exception,
``timeout``, ``crashed`` worker) overall and per mutation, the warnings of
the reports, and every case that was neither a Report nor a PerfExtractError
(replay one with ``fuzzing.make_case(seed, n)``).  Exit status 1 when there
was any.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fuzzing import MUTATIONS, make_case, run_case, sample_files  # noqa: E402
from perfextract.pool import map_unordered  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--json", action="store_true", help="print the counts as JSON last")
    args = parser.parse_args()

    samples = sample_files()
    cases = (make_case(args.seed, n, samples) for n in range(args.cases))
    described: dict[int, str] = {}
    overall: Counter[str] = Counter()
    by_mutation: dict[str, Counter[str]] = defaultdict(Counter)
    warning_codes: Counter[str] = Counter()
    laid_out: Counter[str] = Counter()
    bad: list[str] = []
    slowest = (0.0, "")
    start = time.monotonic()

    def sent() -> object:
        for case in cases:
            described[case.number] = case.name
            yield case.data

    ends = map_unordered(run_case, sent(), workers=args.workers, timeout=args.timeout)
    with closing(ends):
        for done, end in enumerate(ends, start=1):
            name = described.pop(end.index)
            mutation = MUTATIONS[end.index % len(MUTATIONS)]
            if end.outcome != "done" or end.result is None:
                kind = end.outcome  # "timeout", or "crashed": the worker died
                bad.append(f"{name}: {kind} {end.detail}")
            else:
                kind = end.result.kind
                warning_codes.update(set(end.result.warnings))
                laid_out.update(end.result.laid_out)
                if kind == "other":
                    bad.append(f"{name}: {end.result.detail}")
                if end.seconds > slowest[0]:
                    slowest = (end.seconds, name)
            overall[kind] += 1
            by_mutation[mutation][kind] += 1
            if done % 100 == 0:
                print(f"  {done} cases, {time.monotonic() - start:.0f} s", file=sys.stderr)

    seconds = time.monotonic() - start
    print(
        f"{args.cases} cases (seed {args.seed}) of {len(samples)} samples in {seconds:.0f} s "
        f"with {args.workers} workers; slowest case {slowest[0]:.1f} s ({slowest[1]})"
    )
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in overall.most_common()))
    for mutation in MUTATIONS:
        counts = by_mutation[mutation]
        print(f"  {mutation:<16} " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print("reports with each warning: " + ", ".join(f"{k} {v}" for k, v in warning_codes.items()))
    if laid_out:
        print("pages the stages could not lay out, by cause: " + str(dict(laid_out)))
    print(f"neither a Report nor a PerfExtractError: {len(bad)}")
    for line in bad:
        print("  " + line)
    if args.json:
        summary = {
            "cases": args.cases,
            "seed": args.seed,
            "seconds": round(seconds, 1),
            "outcomes": dict(overall),
            "by_mutation": {m: dict(c) for m, c in by_mutation.items()},
            "warnings": dict(warning_codes),
            "laid_out": dict(laid_out),
            "bad": bad,
        }
        print(json.dumps(summary))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

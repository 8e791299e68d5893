"""``python -m samples.make [NAME ...] [--out DIR] [--compare]``: render the samples.

Every ``samples/NAME.content.json`` names its ``renderer``, a module here; the scanned
sample is made from another one's PDF (:mod:`scan`). Without names all are rendered.
``--out`` writes elsewhere than ``samples/``; ``--compare`` then lists what differs from
the bundled samples (truth fields other than ``source.sha256`` and ``_about``, page count,
text of each page). Exit status 1 if a layout check fails or, with ``--compare``,
anything differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from . import calc, readback, report, scan, word
from .compare import compare_sample
from .truth import SAMPLES_DIR, load_content

Maker = Callable[[str, Path], list[str]]
RENDERERS = (calc, report, word)


def samples() -> dict[str, Maker]:
    """Every sample and what renders it, by name (the scan after the sample it scans)."""
    makers = {module.__name__.rsplit(".", 1)[-1]: module.make_sample for module in RENDERERS}
    found: dict[str, Maker] = {}
    for path in sorted(SAMPLES_DIR.glob("*.content.json")):
        content = json.loads(path.read_text(encoding="utf-8"))
        if "renderer" in content and "generator" not in content:  # holdouts: see holdout/
            found[path.name.removesuffix(".content.json")] = makers[content["renderer"]]
    return found | scan.SAMPLES


def main(argv: list[str] | None = None) -> int:
    """Render the named samples (all by default); return 1 on a failed check or a difference."""
    parser = argparse.ArgumentParser(prog="python -m samples.make", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help="samples to render")
    parser.add_argument("--out", type=Path, default=SAMPLES_DIR, help="output folder")
    parser.add_argument("--compare", action="store_true", help="compare with samples/")
    args = parser.parse_args(argv)
    known = samples()
    unknown = sorted(set(args.names) - set(known))
    if unknown:
        parser.error(f"unknown samples {unknown}; choose from {', '.join(known)}")
    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    for name in args.names or known:
        problems = known[name](name, args.out)
        if not name.endswith("-scansione"):
            problems += readback.check_expected(
                args.out / f"{name}.pdf",
                load_content(name)["expect"],
                json.loads((args.out / f"{name}.truth.json").read_text("utf-8"))["indicators"],
            )
        if args.compare:
            scanned = name.endswith("-scansione")
            old, new = (d / "scanned" if scanned else d for d in (SAMPLES_DIR, args.out))
            problems += compare_sample(name, old, new)
        for problem in problems:
            print(f"{name}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

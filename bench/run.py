#!/usr/bin/env python3
"""Speed and memory of perfextract against the table extractors a user would otherwise run.

usage: python bench/run.py [--runs 5] [--samples DIR] [--long-pages 200] [--skip-long]
                          [--batch-copies 5] [--batch-rounds 2] [--batch-only]

For every sample PDF, in one process and alternating the contenders (the order
rotates each run), the median of ``--runs`` timings of:

* ``perfextract``      — the full :func:`perfextract.extract` (tables, hierarchy, values);
* ``camelot``          — ``camelot.read_pdf(pages="all", flavor="lattice")``, default engine;
* ``camelot-vector``   — the same with ``engine="vector"``;
* ``pdfplumber``       — ``page.extract_tables()`` on every page.

Peak memory is measured for each contender in a fresh subprocess (VmHWM).
A long report (the samples concatenated to ``--long-pages`` pages) checks that time
and memory grow linearly with pages; batch throughput is that of the ``perfextract
batch`` command over copies of the samples with 1 and 2 workers, in the local
pool and on a Dask LocalCluster (``--dask local:N``, needs perfextract[dask];
``--batch-only`` runs this part alone); last, the
start-up cost of ``import perfextract`` and ``perfextract --help``.
Ratios are of seconds per page in the same run: ``camelot / perfextract`` above 1
means perfextract is faster.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
Contender = Callable[[Path], None]


def run_perfextract(path: Path) -> None:
    import warnings

    import perfextract
    from perfextract.labels import vocabulary_label

    # every run as on a report never seen: no header labels remembered from the last one
    vocabulary_label.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        perfextract.extract(path)


def run_camelot(path: Path, **kwargs: str) -> None:
    import camelot

    camelot.read_pdf(str(path), pages="all", flavor="lattice", suppress_stdout=True, **kwargs)


def run_camelot_vector(path: Path) -> None:
    run_camelot(path, engine="vector")


def run_pdfplumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.close()


CONTENDERS: dict[str, Contender] = {
    "perfextract": run_perfextract,
    "camelot": run_camelot,
    "camelot-vector": run_camelot_vector,
    "pdfplumber": run_pdfplumber,
}


def page_count(path: Path) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(str(path)))


def time_contenders(path: Path, runs: int, names: list[str]) -> dict[str, float]:
    """Median seconds of each contender on ``path``, alternating them run by run."""
    timings: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        order = names[run % len(names) :] + names[: run % len(names)]
        for name in order:
            start = time.perf_counter()
            CONTENDERS[name](path)
            timings[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in timings.items()}


def peak_memory_mb(name: str, path: Path) -> float:
    """Peak resident memory of one contender on ``path``, in a fresh interpreter."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import run; run.CONTENDERS[sys.argv[2]](__import__('pathlib').Path(sys.argv[3]));"
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), name, str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def batch_throughput(samples: list[Path], options: list[str], copies: int) -> float:
    """Pages per second of ``perfextract batch OPTIONS`` over ``copies`` rounds of the samples.

    The command a user runs over an archive, in a fresh process each time, so
    one worker and two pay the same start-up and write the same outputs
    (``--dask local:N`` starts and stops its cluster within the time).
    """
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        archive.mkdir()
        for round_ in range(copies):
            for sample in samples:
                shutil.copyfile(sample, archive / f"{round_}-{sample.name}")
        pages = copies * sum(page_count(p) for p in samples)
        command = [sys.executable, "-m", "perfextract", "batch", str(archive),
                   "-o", str(Path(tmp) / "out"), *options, "-q"]  # fmt: skip
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        return pages / (time.perf_counter() - start)


#: The batch runs compared, by name: the local pool, and a Dask LocalCluster of worker processes.
BATCH_RUNS = {
    "1": ["--workers", "1"],
    "2": ["--workers", "2"],
    "dask-1": ["--dask", "local:1"],
    "dask-2": ["--dask", "local:2"],
}


def batch_figures(samples: list[Path], copies: int, rounds: int) -> dict[str, object]:
    """Batch throughput of the local pool and of Dask, 1 and 2 workers, in one run, and ratios.

    Each of ``rounds`` runs every contender once, the order reversed every
    other round (a shared machine's load drifts); the median of each is kept.
    """
    runs: dict[str, list[float]] = {name: [] for name in BATCH_RUNS}
    for round_ in range(rounds):
        order = list(BATCH_RUNS) if round_ % 2 == 0 else list(reversed(BATCH_RUNS))
        for name in order:
            runs[name].append(batch_throughput(samples, BATCH_RUNS[name], copies))
    speed = {name: statistics.median(values) for name, values in runs.items()}
    ceiling = machine_scaling(samples)
    print(f"\nbatch over {len(samples) * copies} files (pages/s): "
          + ", ".join(f"{name} {speed[name]:.1f}" for name in BATCH_RUNS))  # fmt: skip
    print(f"  pool 2/1 {speed['2'] / speed['1']:.2f}, "
          f"dask 2/1 {speed['dask-2'] / speed['dask-1']:.2f}, "
          f"dask/pool with 1 worker {speed['dask-1'] / speed['1']:.2f}, with 2 "
          f"{speed['dask-2'] / speed['2']:.2f} (two independent processes on this machine: "
          f"{ceiling:.2f})")  # fmt: skip
    return {"batch_pages_per_s": {**speed, "machine_ceiling_ratio": ceiling}}


def machine_scaling(samples: list[Path]) -> float:
    """How much two independent processes doing the same extractions gain over one.

    The ceiling any 2-worker pool can reach on this machine: 2 x the time of one
    process alone / the time of the slower of two run side by side.
    """
    code = (
        "import sys, time, warnings; warnings.simplefilter('ignore'); import perfextract;"
        "t = time.perf_counter(); [perfextract.extract(p) for p in sys.argv[1:]];"
        "print(time.perf_counter() - t)"
    )
    args = [sys.executable, "-c", code, *map(str, samples)]
    alone = float(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    pair = [subprocess.Popen(args, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    both = max(float(p.communicate()[0]) for p in pair)
    return 2 * alone / both


def startup_seconds(args: list[str], runs: int = 5) -> float:
    """Median wall time of a fresh interpreter running ``args``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_long_report(samples: list[Path], pages: int, target: Path) -> Path:
    """Concatenate the samples, again and again, into a report of at least ``pages`` pages."""
    import pypdfium2

    out = pypdfium2.PdfDocument.new()
    while len(out) < pages:
        for sample in samples:
            src = pypdfium2.PdfDocument(str(sample))
            out.import_pages(src)
            if len(out) >= pages:
                break
    out.save(str(target))
    return target


def print_table(rows: list[dict[str, object]], names: list[str]) -> None:
    head = f"{'report':34} {'pages':>5} " + " ".join(f"{n + ' ms/p':>20}" for n in names)
    head += "  " + " ".join(f"{n + '/pe':>18}" for n in names[1:])
    print(head)
    for row in rows:
        per_page = row["ms_per_page"]
        assert isinstance(per_page, dict)
        cells = " ".join(f"{per_page[n]:>20.1f}" for n in names)
        ratios = " ".join(f"{per_page[n] / per_page['perfextract']:>18.2f}" for n in names[1:])
        print(f"{row['report']!s:34} {row['pages']!s:>5} {cells}  {ratios}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--long-pages", type=int, default=200)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--batch-copies", type=int, default=5, help="rounds of the corpus")
    parser.add_argument("--batch-rounds", type=int, default=2, help="runs of each batch")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument(
        "--batch-only", action="store_true", help="only the batch throughput (pool and Dask)"
    )
    args = parser.parse_args(argv)

    samples = sorted(args.samples.glob("*.pdf"))
    if args.batch_only:
        result = batch_figures(samples, args.batch_copies, args.batch_rounds)
        if args.json:
            args.json.write_text(json.dumps(result, indent=2))
        return 0
    names = list(CONTENDERS)
    rows: list[dict[str, object]] = []
    totals = dict.fromkeys(names, 0.0)
    total_pages = 0
    for sample in samples:
        pages = page_count(sample)
        seconds = time_contenders(sample, args.runs, names)
        total_pages += pages
        for name in names:
            totals[name] += seconds[name]
        per_page = {n: 1000 * s / pages for n, s in seconds.items()}
        rows.append({"report": sample.name, "pages": pages, "ms_per_page": per_page})
    overall = {n: 1000 * s / total_pages for n, s in totals.items()}
    rows.append({"report": "ALL SAMPLES", "pages": total_pages, "ms_per_page": overall})
    print_table(rows, names)

    largest = max(samples, key=page_count)
    memory = {name: peak_memory_mb(name, largest) for name in names}
    print("\npeak memory on", largest.name, "(MB):",
          ", ".join(f"{n} {m:.0f}" for n, m in memory.items()))  # fmt: skip

    result: dict[str, object] = {"samples": rows, "memory_mb": memory}

    result.update(batch_figures(samples, args.batch_copies, args.batch_rounds))
    bare = startup_seconds(["-c", "pass"])
    imported = startup_seconds(["-c", "import perfextract"])
    helped = startup_seconds(["-m", "perfextract", "--help"])
    print(f"import perfextract {imported - bare:.3f} s, perfextract --help {helped - bare:.3f} s "
          f"(beyond a bare interpreter's {bare:.3f} s)")  # fmt: skip
    result["startup_s"] = {"import": imported - bare, "help": helped - bare}
    if not args.skip_long:
        with tempfile.TemporaryDirectory() as tmp:
            scale: list[dict[str, float]] = []
            for pages in (args.long_pages // 4, args.long_pages):
                path = build_long_report(samples, pages, Path(tmp) / f"long-{pages}.pdf")
                real = page_count(path)
                start = time.perf_counter()
                run_perfextract(path)
                seconds = time.perf_counter() - start
                scale.append({"pages": real, "seconds": seconds,
                              "peak_mb": peak_memory_mb("perfextract", path)})  # fmt: skip
            print("\nlong report (perfextract):")
            for s in scale:
                print(f"  {s['pages']} pages: {s['seconds']:.1f} s "
                      f"({1000 * s['seconds'] / s['pages']:.1f} ms/page), "
                      f"peak {s['peak_mb']:.0f} MB")  # fmt: skip
            result["long"] = scale
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""What tables printed as images cost: OCR time per image page, and the check on other pages.

usage: python bench/image_tables.py [PDF...] [--runs 3] [--samples DIR]

For every page of the given PDFs (default: ``../shared/real``'s IZSLER pages)
that shows a candidate image table, the median of ``--runs`` timings of
reading it with OCR (render, rules, tesseract, the table finder and column
checks: :func:`read_image_tables` and :func:`image_tables`), and of the
whole ``extract(..., ocr=True)`` of the file.  The issue's budget is 10 s an
image page on 2 cores.

Then the cost of looking for image tables on pages read without OCR: the
time of :func:`find_image_tables` over every page of the bundled samples
(which show no images) and of the given PDFs, against the time of extracting
them (``extract`` without OCR), as a share.  Pages without images return at
once; a page with a sizeable image is rendered at 100 dpi to look at it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "real" / "izsler-2020-relazione-cruscotto-p42-p44-48.pdf"


def ocr_pages(path: Path, runs: int) -> list[tuple[int, int, float]]:
    """(page, regions, median seconds) for each page of ``path`` with image tables."""
    from perfextract.image_tables import find_image_tables, image_tables, read_image_tables
    from perfextract.pdf import open_pdf

    found = []
    with open_pdf(path) as pdf:
        for number in range(1, pdf.page_count + 1):
            page = pdf.page(number)
            regions = find_image_tables(page)
            if not regions:
                continue
            seconds = []
            for _ in range(runs):
                start = time.perf_counter()
                image_tables(read_image_tables(page, regions), regions)
                seconds.append(time.perf_counter() - start)
            found.append((number, len(regions), statistics.median(seconds)))
    return found


def whole_file(path: Path, runs: int, *, ocr: bool) -> float:
    import perfextract

    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            perfextract.extract(path, settings={"ocr": ocr})
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def check_cost(samples: list[Path], runs: int) -> tuple[int, float, float]:
    """Pages, seconds of find_image_tables over them, and seconds of extracting them."""
    from perfextract.image_tables import find_image_tables
    from perfextract.pdf import open_pdf

    pages = 0
    looking = 0.0
    for path in samples:
        with open_pdf(path) as pdf:
            for number in range(1, pdf.page_count + 1):
                page = pdf.page(number)
                pages += 1
                start = time.perf_counter()
                for _ in range(runs):
                    find_image_tables(page)
                looking += (time.perf_counter() - start) / runs
    extracting = sum(whole_file(p, 1, ocr=False) for p in samples)
    return pages, looking, extracting


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    pdfs = args.pdfs or ([DEV_SET] if DEV_SET.exists() else [])
    print(f"cores: {os.cpu_count()}, runs: {args.runs}")
    for path in pdfs:
        for number, regions, seconds in ocr_pages(path, args.runs):
            print(f"{path.name} page {number}: {regions} image table(s), OCR {seconds:.2f} s")
        print(f"{path.name}: extract with OCR {whole_file(path, args.runs, ocr=True):.2f} s")
    if not pdfs:
        print(f"no PDF given and {DEV_SET} absent: OCR timings skipped")
    for label, files in [("samples", sorted(args.samples.glob("*.pdf"))), ("given PDFs", pdfs)]:
        if not files:
            continue
        pages, looking, extracting = check_cost(files, args.runs)
        print(
            f"{len(files)} {label}, {pages} pages without OCR: looking for image tables "
            f"{looking * 1000:.1f} ms in all ({looking / pages * 1e3:.2f} ms a page), "
            f"{looking / extracting:.2%} of extracting them ({extracting:.2f} s)"
        )


if __name__ == "__main__":
    main()

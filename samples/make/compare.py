"""Compare a regenerated corpus with the bundled one: truths field by field, PDF text by page.

``python -m samples.make --out DIR`` writes the samples elsewhere; this module then says
what moved. Truths may differ only in what names the file (``source.sha256``) and the
``_about`` line; any other difference, or a page whose text changed, is listed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber

#: Truth fields that a regeneration may change: the file's fingerprint, the generator's name.
FREE = {"source.sha256", "_about"}


def differences(old: Any, new: Any, where: str = "") -> Iterator[str]:
    """Each path at which two JSON values differ, with both values.

    >>> list(differences({"a": [1, 2], "b": None}, {"a": [1, 3], "b": None}))
    ['a[1]: 2 -> 3']
    >>> list(differences({"a": 1}, {"b": 1}))
    ['a: 1 -> (absent)', 'b: (absent) -> 1']
    """
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            path = f"{where}.{key}" if where else str(key)
            if key not in new or key not in old:
                shown = (repr(old[key]), "(absent)") if key in old else ("(absent)", repr(new[key]))
                yield f"{path}: {shown[0]} -> {shown[1]}"
            elif path not in FREE:
                yield from differences(old[key], new[key], path)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (first, second) in enumerate(zip(old, new, strict=True)):
            yield from differences(first, second, f"{where}[{index}]")
    elif old != new or type(old) is not type(new):
        yield f"{where}: {old!r} -> {new!r}"


def page_texts(pdf_path: Path) -> list[str]:
    """The text of each page, as pdfplumber lays it out."""
    with pdfplumber.open(pdf_path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def compare_sample(name: str, old_dir: Path, new_dir: Path) -> list[str]:
    """What differs between ``old_dir/NAME`` and ``new_dir/NAME`` (truth and PDF text)."""
    found: list[str] = []
    old_truth, new_truth = (d / f"{name}.truth.json" for d in (old_dir, new_dir))
    if old_truth.exists() or new_truth.exists():
        if not (old_truth.exists() and new_truth.exists()):
            return [f"{name}: a truth only in {old_dir if old_truth.exists() else new_dir}"]
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (old_truth, new_truth))
        found += [f"{name}: truth {line}" for line in differences(old, new)]
    old_pages, new_pages = (page_texts(d / f"{name}.pdf") for d in (old_dir, new_dir))
    if len(old_pages) != len(new_pages):
        found.append(f"{name}: {len(old_pages)} pages -> {len(new_pages)}")
    for number, (first, second) in enumerate(zip(old_pages, new_pages, strict=False), start=1):
        if first != second:
            found.append(f"{name}: text of page {number} differs")
    return found


def main(argv: list[str] | None = None) -> int:
    """``python -m samples.make.compare OLD NEW``: what differs between two sample folders
    (the samples with a truth in OLD, and the scanned ones); exit status 1 if anything."""
    old, new = (Path(arg) for arg in (argv if argv is not None else sys.argv[1:]))
    found = []
    for folder in ("", "scanned"):
        for truth in sorted((old / folder).glob("*.truth.json")):
            name = truth.name.removesuffix(".truth.json")
            found += compare_sample(name, old / folder, new / folder)
    print("\n".join(found) if found else "no difference")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

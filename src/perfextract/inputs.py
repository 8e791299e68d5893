"""Which files a batch reads: inputs found from paths, folders and globs, and named.

Each input gets a name relative to the folder holding them all (the combined
table's ``path``) and the path of its JSON in the output folder, which never
leaves that folder nor takes the name of the run's own files.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from perfextract.writers import safe_stem

#: Files of the output folder an input's JSON must not be named as.
DATAPACKAGE = "datapackage.json"
RUN = "run.json"

_GLOB_MAGIC = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class BatchInput:
    """One input: where it is, its name in the combined table, its JSON in the output folder.

    ``name`` and ``output`` are ``/``-separated paths relative to the folder
    that holds all the inputs, and to the output folder.
    """

    path: Path
    name: str
    output: str


def default_workers() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def find_inputs(patterns: Iterable[str | os.PathLike[str]]) -> list[BatchInput]:
    """The input files that ``patterns`` name, in order, each once.

    A pattern is a file (taken whatever its name), a folder (searched
    recursively for ``*.pdf``, any case, skipping hidden files and folders)
    or a glob (``**`` spans folders; matched folders are searched as above).
    Raises FileNotFoundError for a pattern that gives no file.
    """
    found: dict[str, Path] = {}
    for pattern in patterns:
        paths = _expand(os.fspath(pattern))
        if not paths:
            raise FileNotFoundError(
                f"{os.fspath(pattern)}: no such file, no PDF in it or none matches"
            )
        for path in paths:
            found.setdefault(os.path.realpath(path), path)
    return _name_inputs(list(found.values()))


def _expand(pattern: str) -> list[Path]:
    path = Path(pattern)
    if path.is_dir():
        return _pdfs_under(path)
    if path.exists():
        return [path]
    if not _GLOB_MAGIC.search(pattern):
        return []
    paths: list[Path] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        matched = Path(match)
        paths.extend(_pdfs_under(matched) if matched.is_dir() else [matched])
    return paths


def _pdfs_under(folder: Path) -> list[Path]:
    paths: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        paths.extend(
            Path(root, n) for n in sorted(names) if n.lower().endswith(".pdf") and n[0] != "."
        )
    return paths


def _name_inputs(paths: list[Path]) -> list[BatchInput]:
    """Name each input relative to the folder that holds them all, and give it a JSON path.

    The JSON path keeps the input's folders, each part made a plain name
    (:func:`~perfextract.writers.safe_stem`), so it never leaves the output folder.
    """
    absolute = [os.path.abspath(p) for p in paths]
    try:
        root = os.path.commonpath([os.path.dirname(a) for a in absolute]) if absolute else ""
    except ValueError:  # on different drives
        root = ""
    taken = {DATAPACKAGE, RUN}
    inputs = []
    for path, full in zip(paths, absolute, strict=True):
        name = Path(os.path.relpath(full, root) if root else os.path.basename(full)).as_posix()
        stem = name[:-4] if name.lower().endswith(".pdf") else name
        stem = "/".join(safe_stem(part) for part in stem.split("/"))
        output, copy = f"{stem}.json", 1
        while output.lower() in taken:
            copy += 1
            output = f"{stem}-{copy}.json"
        taken.add(output.lower())
        inputs.append(BatchInput(path=path, name=name, output=output))
    return inputs

"""Shared fixtures: the bundled samples and the optional ../shared folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def sample_pdf() -> Path:
    return SAMPLES / "cremona-2020.pdf"


def load_truth(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SAMPLES / f"{name}.truth.json").read_text("utf-8"))
    return data

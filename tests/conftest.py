"""Shared fixtures: paths to the optional ../shared data and a temporary store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSMONITOR_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
DEV = SHARED / "corpus" / "dev.jsonl"


def need(path: Path) -> Path:
    """Skip the test with a clear message when optional shared data is absent."""
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (only present on the development machines)")
    return path


@pytest.fixture
def store(tmp_path):
    from newsmonitor.store import Store

    with Store(tmp_path / "test.db") as s:
        yield s

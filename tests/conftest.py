"""Shared fixtures: the repository's seed texts and one pressie pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed press releases, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in SEEDS}

"""Shared fixtures: a temporary library and the real test clips from ../shared/testdata."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never need a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
TESTDATA = (REPO / ".." / "shared" / "testdata").resolve()


def testdata_path(*parts: str) -> Path:
    """A file or folder in ../shared/testdata; the calling test is skipped, saying why, if absent."""
    path = TESTDATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared test data not available: {path} is missing")
    return path


@pytest.fixture
def testdata():
    return testdata_path


@pytest.fixture
def library(tmp_path):
    from reviewer.storage import Library

    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()

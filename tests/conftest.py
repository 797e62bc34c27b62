"""Test set-up shared by every test: headless Qt and a fixed escpos cache folder.

Both environment variables must be set before PySide6 or escpos is imported anywhere.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_escpos_cache = Path(tempfile.gettempdir()) / "wartemarke-escpos-cache"
_escpos_cache.mkdir(exist_ok=True)
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(_escpos_cache))


# --- a real hub on loopback (tests/helpers/hub.py) ------------------------------------------
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from tests.helpers.hub import RunningHub, start_hub  # noqa: E402


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    """A fresh hub subprocess (demo data) whose clock starts Wed 2026-11-25 09:00 Berlin."""
    running = start_hub(tmp_path / "hub")
    yield running
    running.stop()

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

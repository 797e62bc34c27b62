"""Debian's headless Chromium (never a downloaded one) for tests of the visitors' pages."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
#: Without the background-networking flags Chromium tries to reach the internet at start.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

needs_chromium = pytest.mark.skipif(shutil.which(CHROMIUM) is None,
                                    reason="needs Debian's chromium (scripts/install.sh --test)")


@pytest.fixture
def page() -> Iterator[Any]:
    """A phone-sized page with a German browser locale, like a local visitor's phone."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
        yield context.new_page()
        context.close()
        browser.close()


def picture(page: Any, name: str) -> None:
    """Save the page as NAME in WARTEMARKE_SCREENSHOT_DIR when set (how docs/img gets it)."""
    folder = os.environ.get("WARTEMARKE_SCREENSHOT_DIR")
    if folder:
        page.screenshot(path=str(Path(folder) / name), full_page=True)

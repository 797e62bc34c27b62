"""`python -m counter ... --screenshot FILE` as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], pin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, "-m", "counter", *args],
        input=pin + "\n",
        text=True,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_screenshot_logs_in_renders_and_exits_0(hub: Any, tmp_path: Path):
    target = tmp_path / "main.png"
    args = ["--hub", hub.url, "--name", hub.clerk["name"], "--counter", "3", "--pin-stdin"]
    done = _run([*args, "--screenshot", str(target)], hub.clerk["pin"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 10_000
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_screenshot_with_a_wrong_pin_fails_clearly(hub: Any, tmp_path: Path):
    target = tmp_path / "main.png"
    args = ["--hub", hub.url, "--name", hub.clerk["name"], "--counter", "3", "--pin-stdin"]
    done = _run([*args, "--screenshot", str(target), "--lang", "en"], "0000", tmp_path)
    assert done.returncode != 0
    assert "Name or PIN is wrong." in done.stderr
    assert not target.exists()


@pytest.mark.slow
def test_screenshot_without_a_hub_fails_clearly(tmp_path: Path):
    target = tmp_path / "main.png"
    args = ["--hub", "http://127.0.0.1:9", "--name", "demo", "--counter", "3", "--pin-stdin"]
    done = _run([*args, "--screenshot", str(target)], "1234", tmp_path)
    assert done.returncode != 0
    assert "Keine Verbindung zum Server." in done.stderr

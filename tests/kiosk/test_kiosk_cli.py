"""`python -m kiosk`: options, config file, and --screenshot as a real subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import KioskConfigError, build_parser, config_from_args

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_config_file_and_command_line(tmp_path: Path) -> None:
    file = tmp_path / "kiosk.toml"
    file.write_text('hub = "http://10.0.0.5:8765/"\ntoken = "t"\nadmin_pin = "4711"\n'
                    "issued_seconds = 5\n", encoding="utf-8")
    args = build_parser().parse_args(["--config", str(file), "--lang", "tr", "--windowed"])
    config = config_from_args(args)
    assert (config.hub, config.admin_pin, config.issued_seconds) == (
        "http://10.0.0.5:8765", "4711", 5)
    assert (config.language, config.windowed, config.printer) == ("tr", True, "none")


def test_bad_config_is_refused_with_a_reason(tmp_path: Path) -> None:
    file = tmp_path / "kiosk.toml"
    file.write_text('hub = "http://h"\ntoken = "t"\nadmin_pn = "1"\n', encoding="utf-8")
    with pytest.raises(KioskConfigError, match="admin_pn"):
        config_from_args(build_parser().parse_args(["--config", str(file)]))
    with pytest.raises(KioskConfigError, match="token"):
        config_from_args(build_parser().parse_args(["--hub", "http://h"]))


@pytest.mark.slow
def test_screenshot_renders_the_start_screen(hub, tmp_path: Path) -> None:
    target = tmp_path / "start.png"
    result = _run("--hub", hub.url, f"--token={hub.kiosk_token}", "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 10_000


@pytest.mark.slow
def test_screenshot_without_a_hub_fails_clearly(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    target = tmp_path / "start.png"
    result = _run("--hub", f"http://127.0.0.1:{port}", "--token", "x", "--screenshot",
                  str(target))
    assert result.returncode != 0
    assert "not reachable" in result.stderr
    assert not target.exists()


def test_bad_printer_url_is_refused() -> None:
    result = _run("--hub", "http://127.0.0.1:1", "--token", "x", "--printer", "lpt://x")
    assert result.returncode == 2
    assert "printer" in result.stderr.lower() or "drucker" in result.stderr.lower()

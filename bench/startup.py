"""Start-up time of each app to its first painted window with the hub's data.

Each app runs as a fresh subprocess with `--screenshot` (offscreen): it connects, takes the
hub's snapshot, lays out and grabs its window, and logs "... saved to FILE". The figure is
the wall time from spawn to that log line (the counter app waits 200 ms of its own before
its grab; that is included, as a visitor-facing PC would show it too).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from bench.common import ROOT, Office, now_ns

TIMEOUT_S = 60


def _command(app: str, office: Office, target: Path) -> tuple[list[str], str | None]:
    py = sys.executable
    if app == "kiosk":
        return [py, "-m", "kiosk", "--hub", office.url, f"--token={office.kiosk_token}",
                "--screenshot", str(target)], None
    if app == "display":
        return [py, "-m", "display", "--hub", office.url, f"--token={office.display_token}",
                "--screenshot", str(target)], None
    name, pin = office.spare_clerk
    return [py, "-m", "counter", "--hub", office.url, "--name", name, "--counter",
            office.spare_counter, "--pin-stdin", "--screenshot", str(target)], pin


def start_once(app: str, office: Office) -> float | None:
    """Milliseconds from spawn to the first painted window; None if it failed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        target = Path(tmp) / f"{app}.png"
        cmd, stdin_text = _command(app, office, target)
        started = now_ns()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.stdin is not None:
            if stdin_text:
                proc.stdin.write(stdin_text + "\n")
            proc.stdin.close()
        stamp: list[int] = []

        def watch() -> None:
            for line in proc.stderr or []:
                if "saved to" in line and not stamp:
                    stamp.append(now_ns())

        reader = threading.Thread(target=watch, daemon=True)
        reader.start()
        try:
            code = proc.wait(TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = -1
        reader.join(5)
        if proc.stderr is not None:
            proc.stderr.close()
        if code != 0 or not target.exists():
            return None
        end = stamp[0] if stamp else now_ns()  # no log line: the exit is the bound
        return (end - started) / 1e6


def measure_startup(office: Office, repeats: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for app in ("kiosk", "counter", "display"):
        times = [start_once(app, office) for _ in range(repeats)]
        results[app] = {"ms": [t for t in times if t is not None],
                        "failed": sum(t is None for t in times)}
    return results

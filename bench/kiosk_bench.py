"""Kiosk benchmark: one touch → the ticket's bytes complete at a printer on loopback.

Runs a real hub (demo data, open hours), a printer double (raw TCP, answers status queries
like an Epson printer) and the real kiosk (view model, issue flow, printing thread, window
offscreen) in this process. Each round touches service A the way a button does, and measures

* touch → print: until the printer double has the whole ticket (its connection closed with
  a cut in it) — what a visitor waits for at the slot;
* touch → screen: until the kiosk shows the issued screen (printer reported success).

After each round a clerk calls the ticket, so the queue (and the capacity cutoff) stays
the same for every round.

    python bench/kiosk_bench.py [--rounds 100] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_cache = Path(tempfile.gettempdir()) / "wartemarke-escpos-cache"
_cache.mkdir(exist_ok=True)
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(_cache))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.assembly import build_kiosk  # noqa: E402
from kiosk.config import KioskConfig  # noqa: E402
from kiosk.view_model import Screen  # noqa: E402
from tests.helpers.hub import start_hub  # noqa: E402
from tests.helpers.printer_double import CUT, PrinterDouble  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50": percentile(values, 50), "p90": percentile(values, 90),
            "p99": percentile(values, 99), "max": max(values), "mean": statistics.fmean(values)}


def wait_until(app: QApplication, condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        app.processEvents(QEventLoop.AllEvents, 5)


class CutWatcher:
    """Notes the moment each complete ticket (a connection with a cut) reaches the printer."""

    def __init__(self, printer: PrinterDouble) -> None:
        self.times: list[int] = []
        self._printer = printer
        self._seen = 0
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        cond = self._printer._cond  # the double's own condition: woken when a job is complete
        with cond:
            while not self._stop:
                cond.wait_for(lambda: self._stop or len(self._printer.jobs) > self._seen)
                now = time.monotonic_ns()
                for job in self._printer.jobs[self._seen:]:
                    if CUT in job:
                        self.times.append(now)
                self._seen = len(self._printer.jobs)

    def stop(self) -> None:
        with self._printer._cond:
            self._stop = True
            self._printer._cond.notify_all()
        self._thread.join(timeout=5)


def run(rounds: int) -> dict[str, object]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as data, PrinterDouble("online") as printer:
        hub = start_hub(Path(data) / "hub")
        try:
            clerk = hub.login(counter="1")
            config = KioskConfig(hub=hub.url, token=hub.kiosk_token, printer=printer.url,
                                 windowed=True, issued_seconds=600).validated()
            kiosk = build_kiosk(config)
            kiosk.window.resize(1080, 1920)
            kiosk.start()
            wait_until(app, lambda: kiosk.vm.screen == Screen.START)
            watcher = CutWatcher(printer)
            to_print: list[float] = []
            to_screen: list[float] = []
            for _ in range(rounds):
                printed_before = len(watcher.times)
                started = time.monotonic_ns()
                kiosk.vm.touch_service("A")
                wait_until(app, lambda: kiosk.vm.screen == Screen.ISSUED)
                shown = time.monotonic_ns()
                wait_until(app, lambda n=printed_before: len(watcher.times) > n)
                to_print.append((watcher.times[printed_before] - started) / 1e6)
                to_screen.append((shown - started) / 1e6)
                kiosk.vm.back_to_start()
                hub.api("POST", "/api/counters/1/next", {}, token=clerk)
            watcher.stop()
            kiosk.stop()
            QTimer.singleShot(0, app.quit)
        finally:
            hub.stop()
    return {"rounds": rounds, "touch_to_print_ms": summary(to_print),
            "touch_to_screen_ms": summary(to_screen)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    result = run(args.rounds)
    print(f"kiosk: {args.rounds} touches, printer double on loopback (ms)")
    print(f"{'measure':<18}{'p50':>8}{'p90':>8}{'p99':>8}{'max':>8}{'mean':>8}")
    for name in ("touch_to_print_ms", "touch_to_screen_ms"):
        row = result[name]
        assert isinstance(row, dict)
        print(f"{name.removesuffix('_ms'):<18}" + "".join(
            f"{row[key]:>8.1f}" for key in ("p50", "p90", "p99", "max", "mean")))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

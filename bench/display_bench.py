"""Display benchmark: call → screen updated, call → speech started, memory over many calls.

Runs a real hub (demo data) and a real display (offscreen, real speech worker; with no sound
card the announcement counts as started when its audio is ready to play).

    .venv/bin/python bench/display_bench.py [--calls 40] [--events 100000] [--json FILE]

Latency is measured from just before the clerk's "next" request is sent. Memory is the
process RSS before and after feeding `--events` call events straight into the view model
(with the window bound to it, so widgets update too).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psutil
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from display.app import assemble
from display.config import DisplayConfig
from display.translations import LanguageSwitch
from tests.helpers.hub import start_hub


def wait_until(app: QApplication, condition: Any, timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure_latency(app: QApplication, hub: Any, calls: int) -> dict[str, list[float]]:
    display = assemble(DisplayConfig(), hub.url, hub.display_token)
    display.window.resize(1920, 1080)
    display.window.show()
    display.start()
    wait_until(app, lambda: not display.view_model.stale)
    shown: dict[str, float] = {}
    spoken: list[float] = []
    display.view_model.calls_changed.connect(
        lambda: shown.setdefault(display.window.calls.number.text(), time.perf_counter()))
    display.announcer.speech_started.connect(lambda _key: spoken.append(time.perf_counter()))
    clerk = hub.login(counter="1")
    to_screen, to_speech = [], []
    for _ in range(calls):
        issued = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
        assert issued.status_code == 201, issued.text
        before = len(spoken)
        start = time.perf_counter()
        answer = hub.api("POST", "/api/counters/1/next", {}, token=clerk)
        number = answer.json()["number"]
        wait_until(app, lambda n=number: n in shown)
        wait_until(app, lambda b=before: len(spoken) > b)
        to_screen.append((shown[number] - start) * 1000)
        to_speech.append((spoken[-1] - start) * 1000)
        wait_until(app, lambda: display.announcer.idle)
        wait_until(app, lambda n=number: display.window.calls.number.text() == n)
    display.stop()
    return {"call_to_screen_ms": to_screen, "call_to_speech_started_ms": to_speech}


def measure_memory(app: QApplication, events: int) -> dict[str, float]:
    display = assemble(DisplayConfig(), "http://127.0.0.1:9", None, sound=False)
    vm = display.view_model
    display.window.resize(1920, 1080)
    display.window.show()
    vm.set_connected(True)
    vm.apply_snapshot({"seq": 1, "now": "2026-11-25T08:00:00Z", "org": {"name": "Bench"},
                       "services": [], "counters": [], "queues": [], "hours": None,
                       "calls": [], "recent_calls": [], "ticker": []})
    process = psutil.Process()

    def feed(start: int, count: int) -> None:
        for i in range(start, start + count):
            vm.apply_event({
                "seq": i + 2, "type": "ticket_called", "at": "2026-11-25T08:00:00Z",
                "queues": [{"service": "A", "waiting": i % 50, "estimate": None}],
                "ticket": {"id": i, "number": f"A{i % 1000:03d}", "service": "A",
                           "state": "called", "counter": str(i % 12 + 1),
                           "called_at": "2026-11-25T08:00:00Z", "recalls": 0},
            })
            if i % 1000 == 0:
                app.processEvents()

    feed(0, 1000)  # warm up caches and pools before the first reading
    before = process.memory_info().rss
    started = time.perf_counter()
    feed(1000, events)
    elapsed = time.perf_counter() - started
    after = process.memory_info().rss
    display.stop()
    return {"events": events, "rss_before_mb": before / 2**20, "rss_after_mb": after / 2**20,
            "rss_growth_mb": (after - before) / 2**20, "event_us": elapsed / events * 1e6,
            "recent_calls": len(vm.recent_calls()), "history": vm.history_size,
            "active_calls": len(vm.active_calls)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    app = QApplication(["display-bench"])
    LanguageSwitch(app).set_language("de")
    with tempfile.TemporaryDirectory(prefix="display-bench-") as tmp:
        hub = start_hub(Path(tmp) / "hub")
        try:
            latency = measure_latency(app, hub, args.calls)
        finally:
            hub.stop()
    memory = measure_memory(app, args.events)
    results: dict[str, Any] = {"memory": memory}
    print(f"{'measure':<28}{'n':>7}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for name, values in latency.items():
        row = {"n": len(values), "p50": statistics.median(values),
               "p99": percentile(values, 99), "max": max(values)}
        results[name] = row
        print(f"{name:<28}{row['n']:>7}{row['p50']:>10.1f}{row['p99']:>10.1f}{row['max']:>10.1f}")
    print(f"RSS before {memory['rss_before_mb']:.1f} MB, after {memory['events']:,} calls "
          f"{memory['rss_after_mb']:.1f} MB (growth {memory['rss_growth_mb']:+.1f} MB); "
          f"{memory['event_us']:.0f} µs per event; recent list {memory['recent_calls']}, "
          f"history {memory['history']}, active {memory['active_calls']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Display memory over many calls (fallback when bench/display_bench.py is not there).

Feeds call events straight into a DisplayViewModel bound to a shown DisplayWindow and reads
the process RSS after a warm-up and after all events.
"""

from __future__ import annotations

import gc
from typing import Any

import psutil


def measure_memory(app: Any, events: int) -> dict[str, float]:
    from display.app import assemble
    from display.config import DisplayConfig

    display = assemble(DisplayConfig(), "http://127.0.0.1:9", None, sound=False)
    vm = display.view_model
    display.window.resize(1920, 1080)
    display.window.show()
    vm.set_connected(True)
    vm.apply_snapshot({"seq": 1, "now": "2026-11-25T08:00:00Z", "org": {"name": "Bench"},
                       "services": [], "counters": [], "queues": [], "hours": None,
                       "calls": [], "recent_calls": [], "ticker": []})

    def feed(start: int, count: int) -> None:
        for i in range(start, start + count):
            vm.apply_event({
                "seq": i + 2, "type": "ticket_called", "at": "2026-11-25T08:00:00Z",
                "queues": [{"service": "A", "waiting": i % 50, "estimate": None}],
                "ticket": {"id": i, "number": f"A{i % 1000:03d}", "service": "A",
                           "state": "called", "counter": str(i % 50 + 1),
                           "called_at": "2026-11-25T08:00:00Z", "recalls": 0},
            })
            if i % 500 == 0:
                app.processEvents()

    process = psutil.Process()
    feed(0, 2000)
    gc.collect()
    before = process.memory_info().rss
    feed(2000, events)
    gc.collect()
    after = process.memory_info().rss
    display.stop()
    return {"events": events, "rss_before_mb": before / 2**20, "rss_after_mb": after / 2**20,
            "rss_growth_mb": (after - before) / 2**20}

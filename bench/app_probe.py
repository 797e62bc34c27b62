"""The real apps under load, in one Qt process beside the benchmark (offscreen).

Runs, against the benchmark's hub:

* a real display (HubClient + DisplayViewModel + DisplayWindow, no sound): for every
  `ticket_called` it receives, the time of the first paint of the call panel's number
  afterwards;
* a second real display filtered to counter 1 with speech on (announcer + speech worker
  process): the time `speech_started` fires for each call;
* a real kiosk (KioskViewModel + TicketIssuer + TicketPrinter) printing to a PrinterDouble
  on loopback: touch → the ticket's bytes are complete at the printer.

Prints one JSON object per line on stdout (times from `bench.common.now_ns`, which all
processes of the machine share): {"kind": "ready"}, then {"kind": "paint"|"speech"|
"print", ...} lines until a line arrives on stdin, then {"kind": "done", "memory": {...}}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from bench.common import now_ns

_OUT_LOCK = threading.Lock()


def emit(**line: Any) -> None:
    with _OUT_LOCK:
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()


class PaintWatch(QObject):
    """Stamps every call received with the next paint of the widget it is installed on."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[tuple[int, int]] = []

    def received(self, event: dict) -> None:
        if event.get("type") == "ticket_called" and not event.get("replayed"):
            self.pending.append((int(event["ticket"]["id"]), now_ns()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.pending:
            painted = now_ns()
            for ticket_id, received in self.pending:
                emit(kind="paint", id=ticket_id, recv=received, paint=painted)
            self.pending.clear()
        return False


def build_displays(url: str, token: str) -> tuple[Any, Any, PaintWatch]:
    from display.app import assemble
    from display.config import DisplayConfig

    screen = assemble(DisplayConfig(), url, token, sound=False)
    screen.window.resize(1920, 1080)
    screen.window.show()
    watch = PaintWatch()
    screen.window.calls.number.installEventFilter(watch)
    screen.client.event_received.connect(watch.received)

    base = DisplayConfig()
    speaking = assemble(replace(base, counters=("1",), sound=replace(base.sound, gong=True)),
                        url, token, sound=True)
    assert speaking.announcer is not None
    speaking.announcer.speech_started.connect(
        lambda key: emit(kind="speech", id=int(key.split(":")[0]), t=now_ns()))
    return screen, speaking, watch


class KioskLoop(QObject):
    """Touches service A again and again; stamps touch and complete printer bytes."""

    def __init__(self, url: str, token: str, printer: Any) -> None:
        super().__init__()
        from kiosk.assembly import build_kiosk
        from kiosk.config import KioskConfig

        config = KioskConfig(hub=url, token=token, printer=printer.url,
                             windowed=True).validated()
        self.kiosk = build_kiosk(config)
        self.printer = printer
        self.touched = 0
        self.running = False
        self.kiosk.issuer.issued.connect(self._on_issued)
        self.kiosk.issuer.refused.connect(lambda code, _b: self._again(f"refused {code}"))
        self.kiosk.issuer.trouble.connect(lambda code, d: self._again(f"trouble {code} {d}"))
        threading.Thread(target=self._watch_jobs, daemon=True).start()

    def _watch_jobs(self) -> None:
        seen = 0
        with self.printer._cond:  # the double's own condition: notified per finished job
            while True:
                self.printer._cond.wait_for(lambda n=seen: len(self.printer.jobs) > n)
                while len(self.printer.jobs) > seen:
                    data = self.printer.jobs[seen]
                    if len(data) > 200:  # a ticket, not a status-only connection
                        emit(kind="printed", t=now_ns(), size=len(data))
                    seen += 1

    def touch(self) -> None:
        from kiosk.view_model import Screen

        if not self.running:
            return
        if self.kiosk.vm.screen != Screen.START:
            QTimer.singleShot(20, self.touch)
            return
        self.touched += 1
        emit(kind="touch", t=now_ns())
        self.kiosk.vm.touch_service("A")

    def _on_issued(self, _ticket: Any) -> None:
        self.kiosk.vm.back_to_start()
        QTimer.singleShot(250, self.touch)

    def _again(self, why: str) -> None:
        emit(kind="kiosk_problem", why=why)
        self.kiosk.vm.back_to_start()
        QTimer.singleShot(500, self.touch)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--display-token", required=True)
    parser.add_argument("--kiosk-token", required=True)
    parser.add_argument("--memory-events", type=int, default=100_000)
    args = parser.parse_args(argv)

    from display.translations import LanguageSwitch
    from kiosk.view_model import Screen
    from tests.helpers.printer_double import PrinterDouble

    app = QApplication(["bench-probe"])
    LanguageSwitch(app).set_language("de")
    printer = PrinterDouble("online").__enter__()
    screen, speaking, _watch = build_displays(args.url, args.display_token)
    kiosk = KioskLoop(args.url, args.kiosk_token, printer)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()

    def parts() -> dict[str, bool]:
        assert speaking.announcer is not None
        return {"display": not screen.view_model.stale,
                "speaking display": not speaking.view_model.stale,
                "speech engine": speaking.announcer.warm,
                "kiosk": kiosk.kiosk.vm.screen == Screen.START}

    def ready() -> bool:
        return all(parts().values())

    state: dict[str, Any] = {"ready": False, "since": time.monotonic(), "told": 0.0}

    def poll() -> None:
        waited = time.monotonic() - state["since"]
        if not state["ready"] and waited - state["told"] >= 10:
            state["told"] = waited  # says what it waits for, so a hang can be told apart
            emit(kind="waiting", s=round(waited), parts=parts(),
                 kiosk_screen=str(kiosk.kiosk.vm.screen))
        if not state["ready"] and ready():
            state["ready"] = True
            emit(kind="ready")
            kiosk.running = True
            kiosk.touch()
        if stop.is_set():
            app.quit()

    timer = QTimer(interval=20)
    timer.timeout.connect(poll)
    screen.start()
    speaking.start()
    kiosk.kiosk.start()
    timer.start()
    app.exec()
    timer.stop()
    kiosk.running = False
    for part in (screen, speaking):
        part.stop()
    kiosk.kiosk.stop()
    printer.close()
    emit(kind="done", touched=kiosk.touched, memory=_memory(app, args.memory_events))
    return 0


def _memory(app: QApplication, events: int) -> dict[str, Any]:
    """RSS around `events` call events fed into a display view model bound to a window."""
    if events <= 0:
        return {}
    from bench.display_bench import measure_memory

    return dict(measure_memory(app, events))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

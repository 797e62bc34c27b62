"""``python -m kiosk`` / ``wartemarke kiosk``: wiring only.

    python -m kiosk --hub URL --token TOKEN [--printer URL] [--windowed] [--lang de]
                    [--screenshot FILE] [--config FILE]
    python -m kiosk --test-print --printer URL
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kiosk.assembly import Kiosk

log = logging.getLogger("kiosk")

#: How long --screenshot waits for the hub before giving up.
SCREENSHOT_TIMEOUT_MS = 15_000
SCREENSHOT_SIZE = (1080, 1920)


def _screenshot(kiosk: Kiosk, app: QApplication, path: Path) -> int:
    from PySide6.QtCore import QTimer

    outcome = {"code": 1}

    def render(connected: bool) -> None:
        if connected:
            # Let the view model and the window take in the news first.
            QTimer.singleShot(0, save)

    def save() -> None:
        kiosk.window.resize(*SCREENSHOT_SIZE)
        if kiosk.window.grab().save(str(path)):
            log.info("start screen saved to %s", path)
            outcome["code"] = 0
        else:
            sys.stderr.write(f"kiosk: cannot write {path}\n")
        app.quit()

    def fail(code: str, message: str, _body: dict) -> None:
        sys.stderr.write(f"kiosk: hub {kiosk.hub.base_url} not reachable ({code}: {message})\n")
        app.quit()

    def timeout() -> None:
        sys.stderr.write(f"kiosk: no answer from hub {kiosk.hub.base_url}\n")
        app.quit()

    kiosk.hub.connection_changed.connect(render)
    probe = kiosk.hub.request("GET", "/api/state", tag="screenshot")
    probe.failed.connect(fail)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)
    kiosk.start()
    app.exec()
    kiosk.stop()
    return outcome["code"]


def main(argv: list[str]) -> int:
    from kiosk.config import KioskConfigError, build_parser, config_from_args

    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.test_print:
        if not args.printer:
            sys.stderr.write("kiosk: --test-print needs --printer URL\n")
            return 2
        from kiosk.test_print import run_test_print

        return int(run_test_print(args.printer))
    try:
        config = config_from_args(args)
    except KioskConfigError as exc:
        sys.stderr.write(f"kiosk: {exc}\n")
        return 2
    if args.screenshot:
        from dataclasses import replace

        config = replace(config, printer="none")

    from PySide6.QtWidgets import QApplication

    from kiosk.assembly import build_kiosk
    from kiosk.printing.config import PrinterConfigError

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Wartemarke Kiosk")
    try:
        kiosk = build_kiosk(config)
    except PrinterConfigError as exc:
        sys.stderr.write(f"kiosk: {exc}\n")
        return 2
    if args.screenshot:
        return _screenshot(kiosk, app, args.screenshot)
    kiosk.window.admin_exit.connect(app.quit)
    kiosk.start()
    if config.windowed:
        kiosk.window.resize(720, 1280)
        kiosk.window.show()
    else:
        kiosk.window.showFullScreen()
    code = app.exec()
    kiosk.stop()
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

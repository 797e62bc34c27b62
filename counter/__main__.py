"""Start the counter app: `python -m counter --hub URL [options]` (or `wartemarke counter`).

Only wiring: parse the options, make the objects, connect them, run the event loop.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from counter import texts
from counter.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translations
from counter.login_dialog import LoginDialog
from counter.settings import APPLICATION, ORGANISATION, CounterSettings
from counter.supervisor.attach import SupervisorTab
from counter.view_model import CounterViewModel
from counter.window import CounterWindow
from shared.client.hub_client import HubClient

log = logging.getLogger("counter")

#: How long --screenshot waits for login and the first snapshot.
SCREENSHOT_TIMEOUT_MS = 20_000
#: How long closing the app waits for the hub to confirm the logout.
LOGOUT_WAIT_MS = 3_000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wartemarke counter", description="The clerk's counter.")
    parser.add_argument("--hub", required=True, help="the hub's address, e.g. http://host:8765")
    parser.add_argument("--name", help="log in as this clerk (with --pin-stdin)")
    parser.add_argument("--counter", help="counter id (default: the one this PC used last)")
    parser.add_argument("--pin-stdin", action="store_true", help="read the PIN from stdin")
    parser.add_argument("--windowed", action="store_true", help="a normal window, not maximised")
    parser.add_argument("--lang", choices=LANGUAGES, help="screen language (default German)")
    parser.add_argument("--screenshot", type=Path, help="log in, save the main screen, exit")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    pin = sys.stdin.readline().rstrip("\r\n") if args.pin_stdin else None
    if args.screenshot and not (args.name and pin):
        sys.stderr.write("counter: --screenshot needs --name and a PIN on stdin (--pin-stdin)\n")
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setQuitOnLastWindowClosed(False)
    settings = CounterSettings()
    counter_id = args.counter or settings.counter or "1"
    translations = Translations(app)
    client = HubClient(args.hub)
    vm = CounterViewModel(client, settings)
    window = CounterWindow(vm)
    SupervisorTab(window, vm.session, client, translations)
    login = LoginDialog(vm.session)

    def switch_language(language: str) -> None:
        window.language = login.language = language
        vm.set_language(language)
        translations.switch(language)
        settings.language = language

    window.language_requested.connect(switch_language)
    login.language_requested.connect(switch_language)
    switch_language(args.lang or settings.language or DEFAULT_LANGUAGE)
    login.counter.setText(counter_id)
    try:
        if args.screenshot:
            return _screenshot(app, vm, window, args.screenshot, args.name, pin or "", counter_id)
        vm.session.logged_in.connect(window.show if args.windowed else window.showMaximized)
        vm.session.logged_out.connect(lambda reason: _back_to_login(window, login, reason))
        vm.session.login_failed.connect(lambda *_: login.show())
        window.closing.connect(lambda: _log_out_and_quit(app, vm))
        login.rejected.connect(lambda: None if vm.session.active else app.quit())
        if args.name and pin is not None:
            login.name.setText(args.name)
            vm.session.login(args.name, pin, counter_id)
        else:
            login.show()
        return app.exec()
    finally:
        vm.shutdown()


def _log_out_and_quit(app: QApplication, vm: CounterViewModel) -> None:
    """Closing the app frees the counter: log out, then quit once the hub answered (or not)."""
    reply = vm.session.logout()
    if reply is None or reply.done:
        app.quit()
        return
    reply.succeeded.connect(app.quit)
    reply.failed.connect(app.quit)
    QTimer.singleShot(LOGOUT_WAIT_MS, app.quit)  # an unreachable hub must not keep the app


def _back_to_login(window: CounterWindow, login: LoginDialog, reason: str) -> None:
    window.hide()
    login.show_error(texts.session_ended(reason))
    login.show()


def _screenshot(
    app: QApplication,
    vm: CounterViewModel,
    window: CounterWindow,
    target: Path,
    name: str,
    pin: str,
    counter_id: str,
) -> int:
    """Log in, wait for the hub's state, save the main screen to `target`; 0 if saved."""
    result = {"code": 1}

    def fail(text: str) -> None:
        log.error("screenshot failed: %s", text)
        sys.stderr.write(f"counter: {text}\n")
        app.quit()

    def save() -> None:
        if window.grab().save(str(target)):
            log.info("main screen saved to %s", target)
            result["code"] = 0
        else:
            fail(f"could not write {target}")
        app.quit()

    def on_connected(connected: bool) -> None:
        if connected and vm.session.active:
            window.show()
            QTimer.singleShot(200, save)

    vm.session.login_failed.connect(lambda code, body: fail(texts.error(code, body)))
    vm.session.takeover_needed.connect(
        lambda c, clerk: fail(f"counter {c} is taken by {clerk}; not taking it over")
    )
    vm.connection_changed.connect(on_connected)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: fail("no answer from the hub in time"))
    vm.session.login(name, pin, counter_id)
    app.exec()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

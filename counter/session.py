"""Who is logged in at this counter: login (with takeover), logout, and the token."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from counter.settings import CounterSettings
from shared.client.hub_client import HubClient
from shared.client.reply import Reply

log = logging.getLogger(__name__)


class Session(QObject):
    """The clerk's login at one counter.

    Attributes:
        clerk: the logged-in clerk's name ("" when logged out).
        role: "clerk" or "supervisor".
        counter_id: the counter logged in at (or last asked for); "" for a supervisor
            logged in without a counter (steering and reports only).
        counter: the Counter object the hub answered with ({} without a counter).
        token: the session's bearer token ("" when logged out).

    Signals:
        logged_in(): login succeeded; the client carries the new token.
        logged_out(str): the session ended; the argument says why ("" = the clerk
            logged out, "expired" = the hub no longer accepts the token,
            "taken_over" = someone else took over the counter).
        login_failed(str, dict): (code, body) of a refused login; body carries
            `retry_after_s` for "too_many_attempts".
        takeover_needed(str, str): (counter id, clerk now at it); answer with
            `take_over()` or drop it.
        busy_changed(bool): a login request went out / its answer came.
    """

    logged_in = Signal()
    logged_out = Signal(str)
    login_failed = Signal(str, dict)
    takeover_needed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(
        self, client: HubClient, settings: CounterSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._settings = settings
        self._busy = False
        self._pending: dict[str, Any] | None = None
        self.clerk = ""
        self.role = ""
        self.token = ""
        self.counter_id = settings.counter
        self.counter: dict[str, Any] = {}

    @property
    def active(self) -> bool:
        return bool(self.clerk)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def at_counter(self) -> bool:
        """Logged in at a counter (not a supervisor's login without one)."""
        return self.active and bool(self.counter_id)

    def login(self, name: str, pin: str, counter_id: str, *, takeover: bool = False) -> bool:
        """Log in at `counter_id`; an empty one asks for a supervisor's login without a
        counter (the hub refuses it for clerks with `counter_required`)."""
        if self._busy or self.active:
            return False
        self._pending = {"name": name.strip(), "pin": pin, "counter": counter_id.strip()}
        self.counter_id = counter_id.strip()
        body = dict(self._pending, counter=self.counter_id or None, takeover=takeover)
        self._set_busy(True)
        reply = self._client.request("POST", "/api/login", body, tag="login")
        reply.succeeded.connect(self._on_login_succeeded)
        reply.failed.connect(self._on_login_failed)
        return True

    def take_over(self) -> bool:
        """Log in again after `takeover_needed`, taking the counter over."""
        pending = self._pending
        if pending is None:
            return False
        return self.login(pending["name"], pending["pin"], pending["counter"], takeover=True)

    def logout(self) -> Reply | None:
        """Tell the hub (best effort) and end the session here at once.

        Returns the hub's answer to wait for (e.g. before the app quits), or None when
        nobody was logged in.
        """
        if not self.active:
            return None
        reply = self._client.request("POST", "/api/logout", tag="logout")
        self.end("")
        return reply

    def end(self, reason: str) -> None:
        """End the session locally (logout, expired token, counter taken over)."""
        if not self.active:
            return
        log.info("session of %s at counter %s ended (%s)", self.clerk, self.counter_id, reason)
        self.clerk, self.role, self.counter, self.token = "", "", {}, ""
        self.counter_id = self.counter_id or self._settings.counter
        self._client.set_token(None)
        self.logged_out.emit(reason)

    def _on_login_succeeded(self, answer: dict) -> None:
        self._pending = None
        clerk = answer.get("clerk") or {}
        self.clerk = str(clerk.get("name") or "")
        self.role = str(clerk.get("role") or "clerk")
        if self.counter_id:
            self.counter = answer.get("counter") or {"id": self.counter_id}
            self.counter_id = str(self.counter.get("id") or self.counter_id)
            self._settings.counter = self.counter_id  # remembered on this PC
        else:  # supervising only; the PC keeps the counter it remembers
            self.counter = {}
        self.token = str(answer.get("token") or "")
        self._client.set_token(self.token)
        log.info("%s logged in at counter %s", self.clerk, self.counter_id or "(none)")
        self._set_busy(False)
        self.logged_in.emit()

    def _on_login_failed(self, code: str, message: str, body: dict) -> None:
        log.info("login at counter %s refused: %s (%s)", self.counter_id, code, message)
        self._set_busy(False)
        if code == "counter_taken":
            holder = body.get("clerk")
            if isinstance(holder, dict):
                holder = holder.get("name")
            self.takeover_needed.emit(self.counter_id, str(holder or ""))
        else:
            self._pending = None
            self.login_failed.emit(code, body)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

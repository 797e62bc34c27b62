"""Sending the clerk's commands: one at a time, each applied by the hub at most once.

A command that got no clear answer (hub unreachable, timeout, server error) may or may not
have been applied. Its request id is kept, and when the clerk tries the same action again
the same id goes out, so the hub applies it once and answers as it did the first time. A
clear refusal (4xx) changed nothing, so the next try gets a fresh id.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)

#: Failure codes after which the hub may have applied the command after all.
UNCERTAIN_CODES = frozenset({"unreachable", "timeout", "bad_answer", "storage_unavailable"})


def outcome_uncertain(code: str, status: int) -> bool:
    return code in UNCERTAIN_CODES or status >= 500 or code.startswith("http_5")


class CommandRunner(QObject):
    """Runs one hub command at a time.

    Signals:
        busy_changed(bool): a command went out / its answer came.
        succeeded(str, dict): (action, answer body).
        failed(str, str, str, dict): (action, code, message, body).
    """

    busy_changed = Signal(bool)
    succeeded = Signal(str, dict)
    failed = Signal(str, str, str, dict)

    def __init__(self, client: HubClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._busy = False
        #: (action, key) -> request id of an attempt whose outcome is unknown.
        self._pending_ids: dict[Hashable, str] = {}

    @property
    def busy(self) -> bool:
        return self._busy

    def run(
        self,
        action: str,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        key: Hashable = None,
    ) -> bool:
        """POST a command; False (and nothing sent) while another one is in flight.

        Args:
            action: name of the action, for signals and logs ("next", "recall", ...).
            path: the hub path.
            body: the command's fields (without request_id).
            key: what makes two attempts "the same action" besides `action` (e.g. the
                ticket id); a retry of the same (action, key) reuses the request id.
        """
        if self._busy:
            log.debug("%s ignored: another command is in flight", action)
            return False
        slot = (action, key)
        request_id = self._pending_ids.get(slot) or uuid.uuid4().hex
        self._pending_ids[slot] = request_id
        self._set_busy(True)
        reply = self._client.request("POST", path, body or {}, tag=action, request_id=request_id)
        reply.succeeded.connect(lambda answer: self._on_succeeded(slot, answer))
        reply.failed.connect(
            lambda code, message, answer: self._on_failed(slot, reply.status, code, message, answer)
        )
        return True

    def forget(self) -> None:
        """Drop every kept request id (e.g. after logging out)."""
        self._pending_ids.clear()

    def _on_succeeded(self, slot: tuple[str, Hashable], answer: dict) -> None:
        if not shiboken6.isValid(self):  # the answer came after the window closed
            return
        self._pending_ids.pop(slot, None)
        self._set_busy(False)
        self.succeeded.emit(slot[0], answer)

    def _on_failed(
        self, slot: tuple[str, Hashable], status: int, code: str, message: str, answer: dict
    ) -> None:
        if not shiboken6.isValid(self):
            return
        if not outcome_uncertain(code, status):
            self._pending_ids.pop(slot, None)
        log.info("%s failed: %s (%s)", slot[0], code, message)
        self._set_busy(False)
        self.failed.emit(slot[0], code, message, answer)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

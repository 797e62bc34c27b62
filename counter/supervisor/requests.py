"""The supervisor's hub requests: several may run at once, each action at most once in flight.

Every request has a *key* (e.g. "closure.add", "counter.state.3"); while it is in flight the
key is busy and the buttons bound to it are disabled. Steering commands are one request each,
so a failed one changes nothing on the hub and the form keeps what the supervisor typed.
A command whose outcome is unknown (no answer) keeps its request id: trying the same thing
again re-sends the same id and the hub applies it at most once.

Every request is about one organisation, `Requests.org`: `?org=ID` is added here, for every
path (see `endpoints.with_org`), so the view models never name the organisation themselves.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from counter.commands import outcome_uncertain
from counter.supervisor import endpoints, texts
from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)

Json = dict[str, Any]
OnAnswer = Callable[[Json], None]


class Requests(QObject):
    """Sends requests for the supervisor's view models and reports how they went.

    Attributes:
        org: the organisation every request is about ("" until known: the session's).

    Signals:
        busy_changed(str, bool): (key, busy) when a request goes out / its answer comes.
        message(str, str): (level "info" or "error", German text) for the status line.
    """

    busy_changed = Signal(str, bool)
    message = Signal(str, str)

    def __init__(self, client: HubClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._busy: set[str] = set()
        self._closed = False
        self.org = ""
        #: Bumped when the organisation changes: answers of older requests are stale.
        self._generation = 0
        #: (key, body) -> request id of an attempt whose outcome is unknown.
        self._pending_ids: dict[tuple[str, str], str] = {}

    @property
    def live(self) -> bool:
        """False once closed (or deleted): answers arriving later are dropped."""
        return not self._closed and shiboken6.isValid(self)

    def close(self) -> None:
        """Stop handing on answers (the view is going away; requests may still finish)."""
        self._closed = True

    def set_org(self, org: str) -> None:
        """Talk about `org` from now on.

        Switching from one organisation to another forgets the requests in flight: their
        keys are free again and their answers (about the other organisation) change nothing;
        a command's outcome is still said on the status line.
        """
        if org == self.org:
            return
        previous, self.org = self.org, org
        if not previous:
            return
        self._generation += 1
        self._pending_ids.clear()
        for key in sorted(self._busy):
            self._set_busy(key, False)

    def scoped(self, path: str) -> str:
        """`path` about the current organisation (for downloads that bypass `send`)."""
        return endpoints.with_org(path, self.org)

    def busy(self, key: str) -> bool:
        return key in self._busy

    def any_busy(self, prefix: str) -> bool:
        return any(k.startswith(prefix) for k in self._busy)

    def send(
        self,
        key: str,
        method: str,
        path: str,
        body: Json | None = None,
        *,
        on_done: OnAnswer | None = None,
        on_failed: Callable[[str], None] | None = None,
        done_text: str = "",
        errors: dict[str, str] | None = None,
    ) -> bool:
        """Send one request; False (nothing sent) while the same key is in flight.

        Args:
            key: what the request does, for busy state and logs.
            on_done: gets the answer's body on success.
            on_failed: gets the error code on failure (the message is shown already).
            done_text: said on the status line on success.
            errors: texts for error codes that mean something particular here
                (e.g. "conflict" when adding a name that exists).
        """
        if key in self._busy:
            log.debug("%s ignored: already in flight", key)
            return False
        slot = (key, json.dumps(body, sort_keys=True, default=str))
        request_id = None
        if method.upper() == "POST":
            request_id = self._pending_ids.get(slot) or uuid.uuid4().hex
            self._pending_ids[slot] = request_id
        self._set_busy(key, True)
        path = self.scoped(path)
        generation = self._generation
        command = method.upper() != "GET"
        reply = self.client.request(method, path, body, tag=key, request_id=request_id)

        def stale() -> bool:
            if generation == self._generation:
                return False
            log.info("%s %s answered after the organisation changed", method, path)
            return True

        def succeeded(answer: Json) -> None:
            if not self.live:
                return
            if stale():
                if command and done_text:
                    self.message.emit("info", done_text)
                return
            self._pending_ids.pop(slot, None)
            self._set_busy(key, False)
            if on_done is not None:
                on_done(answer)
            if done_text:
                self.message.emit("info", done_text)

        def failed(code: str, message: str, answer: Json) -> None:
            if not self.live:
                log.debug("%s answered after the view closed: %s", key, code)
                return
            if stale():
                if command:
                    self.message.emit("error", texts.error(code, answer))
                return
            if not outcome_uncertain(code, reply.status):
                self._pending_ids.pop(slot, None)
            log.info("%s %s %s failed: %s (%s)", key, method, path, code, message)
            self._set_busy(key, False)
            special = (errors or {}).get(code)
            self.message.emit("error", special or texts.error(code, answer))
            if on_failed is not None:
                on_failed(code)

        reply.succeeded.connect(succeeded)
        reply.failed.connect(failed)
        return True

    def get(self, key: str, path: str, on_done: OnAnswer, **kwargs: Any) -> bool:
        return self.send(key, "GET", path, None, on_done=on_done, **kwargs)

    def begin(self, key: str) -> bool:
        """Mark work that is not a JSON request (a download) as in flight under `key`."""
        if key in self._busy:
            return False
        self._set_busy(key, True)
        return True

    def end(self, key: str) -> None:
        self._set_busy(key, False)

    def _set_busy(self, key: str, busy: bool) -> None:
        if busy:
            self._busy.add(key)
        else:
            self._busy.discard(key)
        self.busy_changed.emit(key, busy)

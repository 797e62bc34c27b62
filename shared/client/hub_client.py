"""The apps' one connection to the hub: HTTP commands and the WebSocket event stream.

Everything runs on the Qt event loop through Qt's asynchronous network classes, so no call
here ever blocks a window. The client fetches a snapshot, then follows the event stream from
that snapshot's sequence number; when the hub goes away it says so, keeps trying with a short
backoff, and on return fetches a fresh snapshot and replays every event it missed, each once.
"""

from __future__ import annotations

import json
import logging
import uuid
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, QUrlQuery, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkRequest
from PySide6.QtWebSockets import QWebSocket

from shared.client.reply import Reply

log = logging.getLogger(__name__)

#: How long one HTTP request may take before it counts as failed.
REQUEST_TIMEOUT_MS = 10_000
#: Reconnect delays: start small (a LAN hub restarts in well under a second), cap low so
#: every client is back within about a second of the hub.
BACKOFF_FIRST_MS = 200
BACKOFF_MAX_MS = 1_000
#: The hub pings every 15 s; silence for this long means the connection is dead.
SILENCE_LIMIT_MS = 45_000


class LinkState(Enum):
    """Where the client is on its way to a live connection."""

    IDLE = "idle"
    FETCHING = "fetching"
    STREAMING = "streaming"
    CONNECTED = "connected"
    WAITING = "waiting"


class HubClient(QObject):
    """Speaks to one hub for one app.

    Attributes:
        base_url: the hub's address, e.g. "http://192.168.1.10:8765".

    Signals:
        connection_changed(bool): True once the snapshot is fetched and events flow;
            False when the link is lost (the app then shows an outage, keeps its data).
        state_received(dict): a full `GET /api/state` snapshot, after every (re)connect
            and resync.
        event_received(dict): each hub event exactly once, in sequence order. Events
            replayed after a reconnect that the fresh snapshot already contains carry
            `"replayed": True`.
        request_failed(str, str, str): (tag, code, message) of any failed request.
    """

    connection_changed = Signal(bool)
    state_received = Signal(dict)
    event_received = Signal(dict)
    request_failed = Signal(str, str, str)

    def __init__(
        self, base_url: str, token: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._nam = QNetworkAccessManager(self)
        self._pending: set[Reply] = set()
        self._socket: QWebSocket | None = None
        self._state = LinkState.IDLE
        self._connected = False
        # None until the first snapshot: 0 is a real sequence number (a new hub).
        self._last_seq: int | None = None
        self._snapshot_seq = 0
        self._stream_params: dict[str, str] = {}
        self._backoff_ms = BACKOFF_FIRST_MS
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._fetch_snapshot)
        self._watchdog = QTimer(self, singleShot=True, interval=SILENCE_LIMIT_MS)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)

    # -- public API -------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._connected

    @property
    def last_seq(self) -> int:
        """Sequence number of the last event handed on (or of the first snapshot)."""
        return self._last_seq or 0

    @property
    def token(self) -> str | None:
        return self._token

    def set_token(self, token: str | None) -> None:
        self._token = token

    @property
    def stream_params(self) -> dict[str, str]:
        """Extra query parameters of the event stream (see `set_stream_params`)."""
        return dict(self._stream_params)

    def set_stream_params(self, params: dict[str, str] | None) -> None:
        """Extra query parameters for `WS /api/events`, e.g. `{"org": "partner"}` (a
        supervisor following another organisation, docs/api.md "Events"); `None` for none.

        New parameters mean a new stream: a running client starts over at once (fresh
        snapshot, `state_received`, then the new stream's events). With an `org`, the
        snapshot is that organisation's too (`GET /api/state?org=ID`).
        """
        params = {str(k): str(v) for k, v in (params or {}).items() if k != "since"}
        if params == self._stream_params:
            return
        self._stream_params = params
        self._last_seq = None
        if self._state is LinkState.IDLE:
            return
        self._retry.stop()
        self._watchdog.stop()
        self._close_socket()
        self._fetch_snapshot()

    def start(self) -> None:
        """Connect, and keep reconnecting until `stop()`."""
        if self._state is LinkState.IDLE:
            self._fetch_snapshot()

    def stop(self) -> None:
        """Close the link for good; pending requests still finish."""
        self._state = LinkState.IDLE
        self._retry.stop()
        self._watchdog.stop()
        self._close_socket()
        self._set_connected(False)

    def request(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        tag: str = "",
        request_id: str | None = None,
    ) -> Reply:
        """Send one HTTP request; the answer arrives as a signal of the returned Reply.

        POST bodies get a `request_id` (a fresh one unless given): pass the id of the
        first attempt when retrying, so the hub applies the command once.
        """
        if method.upper() == "POST":
            body = dict(body or {})
            body.setdefault("request_id", request_id or uuid.uuid4().hex)
        reply = self._send(method, path, body, tag=tag)
        reply.failed.connect(
            lambda code, message, _body: self.request_failed.emit(tag, code, message)
        )
        return reply

    def _send(self, method: str, path: str, body: dict[str, Any] | None, *, tag: str) -> Reply:
        request = self._http_request(path)
        payload = b""
        if body is not None:
            payload = json.dumps(body).encode()
            request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
        network_reply = self._nam.sendCustomRequest(request, method.upper().encode(), payload)
        reply = Reply(network_reply, tag=tag, on_done=self._pending.discard)
        self._pending.add(reply)
        return reply

    # -- the connection cycle ---------------------------------------------------------

    def _http_request(self, path: str) -> QNetworkRequest:
        request = QNetworkRequest(QUrl(self.base_url + path))
        request.setTransferTimeout(REQUEST_TIMEOUT_MS)
        if self._token:
            request.setRawHeader(b"Authorization", f"Bearer {self._token}".encode())
        return request

    def _fetch_snapshot(self) -> None:
        self._state = LinkState.FETCHING
        # Not through request(): an unreachable hub during reconnecting is the outage
        # connection_changed reports, not a failed command of the app's.
        query = QUrlQuery()
        if "org" in self._stream_params:  # the snapshot of the organisation followed
            query.addQueryItem("org", self._stream_params["org"])
        path = "/api/state" + (f"?{query.toString(QUrl.ComponentFormattingOption.FullyEncoded)}"
                               if not query.isEmpty() else "")
        reply = self._send("GET", path, None, tag="state")
        reply.succeeded.connect(self._on_snapshot)
        reply.failed.connect(self._on_snapshot_failed)

    def _on_snapshot_failed(self, code: str, message: str, _body: dict) -> None:
        if code not in {"unreachable", "timeout"}:
            # The hub answers but refuses (e.g. a revoked token): the app must say so.
            self.request_failed.emit("state", code, message)
        self._link_lost()

    def _on_snapshot(self, snapshot: dict) -> None:
        if self._state is not LinkState.FETCHING:
            return
        seq = int(snapshot.get("seq", 0))
        if self._last_seq is not None and seq < self._last_seq:
            # A hub with a new database: our numbering means nothing there any more.
            log.warning("hub sequence went back from %s to %s; starting over", self._last_seq, seq)
            self._last_seq = None
        self._snapshot_seq = seq
        since = seq if self._last_seq is None else self._last_seq
        self._last_seq = since
        self.state_received.emit(snapshot)
        self._open_socket(since)

    def _open_socket(self, since: int) -> None:
        self._close_socket()
        self._state = LinkState.STREAMING
        url = QUrl(self.base_url.replace("http", "ws", 1) + "/api/events")
        query = QUrlQuery()
        query.addQueryItem("since", str(since))
        query.addQueryItem("batch", "1")  # events that are ready together come as one array
        for key, value in self._stream_params.items():
            query.addQueryItem(key, value)
        url.setQuery(query)
        request = QNetworkRequest(url)
        if self._token:
            request.setRawHeader(b"Authorization", f"Bearer {self._token}".encode())
        socket = QWebSocket()
        socket.setParent(self)
        socket.connected.connect(self._on_socket_connected)
        socket.disconnected.connect(self._on_socket_disconnected)
        socket.textMessageReceived.connect(self._on_message)
        self._socket = socket
        socket.open(request)

    def _on_socket_connected(self) -> None:
        self._state = LinkState.CONNECTED
        self._backoff_ms = BACKOFF_FIRST_MS
        self._watchdog.start()
        self._set_connected(True)

    def _on_socket_disconnected(self) -> None:
        if self.sender() is self._socket:
            self._link_lost()

    def _on_message(self, text: str) -> None:
        self._watchdog.start()
        try:
            message = json.loads(text)
        except json.JSONDecodeError:
            log.warning("hub sent a message that is not JSON: %.80r", text)
            return
        if isinstance(message, list):  # a batch: the events in order
            for event in message:
                if isinstance(event, dict) and self._socket is not None:
                    self._on_event(event)
            return
        if isinstance(message, dict):
            self._on_event(message)

    def _on_event(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "ping":
            return
        if kind == "resync":
            log.info("hub asks for a resync at seq %s", message.get("seq"))
            self._last_seq = None
            self._close_socket()
            self._fetch_snapshot()
            return
        seq = message.get("seq")
        if not isinstance(seq, int) or seq <= (self._last_seq or 0):
            return  # a duplicate, or not an event: never hand anything on twice
        self._last_seq = seq
        if seq <= self._snapshot_seq:
            message["replayed"] = True
        self.event_received.emit(message)

    def _on_watchdog_timeout(self) -> None:
        log.warning("no message from the hub for %d s; reconnecting", SILENCE_LIMIT_MS // 1000)
        self._link_lost()

    def _link_lost(self) -> None:
        if self._state is LinkState.IDLE:
            return
        self._watchdog.stop()
        self._close_socket()
        self._set_connected(False)
        self._state = LinkState.WAITING
        self._retry.start(self._backoff_ms)
        self._backoff_ms = min(self._backoff_ms * 2, BACKOFF_MAX_MS)

    def _close_socket(self) -> None:
        socket, self._socket = self._socket, None
        if socket is not None:
            socket.disconnected.disconnect(self._on_socket_disconnected)
            socket.abort()
            socket.deleteLater()

    def _set_connected(self, connected: bool) -> None:
        if connected != self._connected:
            self._connected = connected
            log.info("hub %s %s", self.base_url, "connected" if connected else "unreachable")
            self.connection_changed.emit(connected)


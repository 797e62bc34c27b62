"""One HTTP answer from the hub, delivered as Qt signals."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkReply, QNetworkRequest

log = logging.getLogger(__name__)


class Reply(QObject):
    """The answer to one request; exactly one of its signals fires, once.

    Attributes:
        tag: what the caller called the request (for logs and `request_failed`).
        status: the HTTP status, 0 while pending or when the hub could not be reached.
        body: the parsed JSON answer ({} for an empty one or a file).
        content: the answer's raw bytes (a downloaded file, e.g. a report export).

    Signals:
        succeeded(dict): a 2xx answer's body.
        failed(str, str, dict): (code, message, body). `code` is the hub's error code, or
            "unreachable" / "timeout" when no answer came, or "bad_answer" when the
            answer was not JSON.
    """

    succeeded = Signal(dict)
    failed = Signal(str, str, dict)

    def __init__(
        self, network_reply: QNetworkReply, *, tag: str, on_done: Callable[[Reply], None]
    ) -> None:
        # No Qt parent: Python owns a Reply, so it lives as long as somebody holds it (the
        # client holds it until it is done) and never dies under a caller's feet.
        super().__init__()
        self.tag = tag
        self._on_done = on_done
        self.status = 0
        self.body: dict[str, Any] = {}
        self.content = b""
        self._network_reply = network_reply
        network_reply.finished.connect(self._on_finished)

    @property
    def done(self) -> bool:
        return self._network_reply is None

    def _on_finished(self) -> None:
        network_reply, self._network_reply = self._network_reply, None
        if network_reply is None:
            return
        network_reply.deleteLater()
        try:
            self._emit_answer(network_reply)
        finally:
            self._on_done(self)

    def _emit_answer(self, network_reply: QNetworkReply) -> None:
        status = network_reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if not status:
            code = _network_error_code(network_reply)
            log.info("%s: no answer from the hub (%s)", self.tag, network_reply.errorString())
            self.failed.emit(code, network_reply.errorString(), {})
            return
        self.status = int(status)
        raw = bytes(network_reply.readAll().data())
        self.content = raw
        header = QNetworkRequest.KnownHeaders.ContentTypeHeader
        content_type = str(network_reply.header(header) or "")
        if 200 <= self.status < 300 and raw and "json" not in content_type:
            self.succeeded.emit({})  # a file: the caller reads `content`
            return
        try:
            parsed = json.loads(raw) if raw else {}
        except (json.JSONDecodeError, UnicodeDecodeError):
            self.failed.emit("bad_answer", f"HTTP {self.status}: answer is not JSON", {})
            return
        self.body = parsed if isinstance(parsed, dict) else {"items": parsed}
        if 200 <= self.status < 300:
            self.succeeded.emit(self.body)
        else:
            code = str(self.body.get("code") or f"http_{self.status}")
            message = str(self.body.get("message") or f"HTTP {self.status}")
            self.failed.emit(code, message, self.body)


def _network_error_code(reply: QNetworkReply) -> str:
    """The client's code for a request that got no HTTP answer at all."""
    if reply.error() == QNetworkReply.NetworkError.OperationCanceledError:
        return "timeout"
    return "unreachable"

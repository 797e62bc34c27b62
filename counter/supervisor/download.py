"""Fetching a file (a report export) from the hub without blocking the event loop.

`Reply` parses JSON, so files come through this small helper instead. It builds its request
with the client's own request builder (address, token, timeout), so it speaks to the hub
exactly as `HubClient.request` does.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)


class Download(QObject):
    """One file download into `target`; exactly one signal fires.

    Signals:
        succeeded(str): the path written.
        failed(str, dict): (code, error body) — the hub's code, "unreachable", "timeout"
            or "write_failed"; nothing is written then.
    """

    succeeded = Signal(str)
    failed = Signal(str, dict)

    def __init__(self, client: HubClient, path: str, target: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self._nam = QNetworkAccessManager(self)
        # The client's request builder: same base URL, token and timeout as every request.
        request: QNetworkRequest = client._http_request(path)
        self._reply = self._nam.get(request)
        self._reply.finished.connect(self._on_reply_finished)

    def _on_reply_finished(self) -> None:
        if not shiboken6.isValid(self):
            return
        reply = self._reply
        reply.deleteLater()
        self.deleteLater()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        data = bytes(reply.readAll().data())
        if not status:
            cancelled = reply.error() == QNetworkReply.NetworkError.OperationCanceledError
            self.failed.emit("timeout" if cancelled else "unreachable", {})
            return
        if not 200 <= int(status) < 300:
            try:
                body = json.loads(data) if data else {}
            except (json.JSONDecodeError, UnicodeDecodeError):
                body = {}
            body = body if isinstance(body, dict) else {}
            self.failed.emit(str(body.get("code") or f"http_{status}"), body)
            return
        partial = self.target.with_name(self.target.name + ".part")
        try:
            # Write beside the target and rename, so a failed write leaves no half file.
            partial.write_bytes(data)
            partial.replace(self.target)
        except OSError as exc:
            log.warning("could not write %s: %s", self.target, exc)
            partial.unlink(missing_ok=True)
            self.failed.emit("write_failed", {"message": str(exc)})
            return
        log.info("report saved to %s (%d bytes)", self.target, len(data))
        self.succeeded.emit(str(self.target))

"""Saving a file from the hub (a report export) without blocking the event loop."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from shared.client.hub_client import HubClient
from shared.client.reply import Reply

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
        self._reply = client.request("GET", path, tag="download")
        self._reply.succeeded.connect(self._on_reply_succeeded)
        self._reply.failed.connect(lambda code, _message, body: self.failed.emit(code, body))

    def _on_reply_succeeded(self, _body: dict) -> None:
        self._save(self._reply)

    def _save(self, reply: Reply) -> None:
        partial = self.target.with_name(self.target.name + ".part")
        try:
            # Write beside the target and rename, so a failed write leaves no half file.
            partial.write_bytes(reply.content)
            partial.replace(self.target)
        except OSError as exc:
            log.warning("could not write %s: %s", self.target, exc)
            partial.unlink(missing_ok=True)
            self.failed.emit("write_failed", {"message": str(exc)})
            return
        log.info("report saved to %s (%d bytes)", self.target, len(reply.content))
        self.succeeded.emit(str(self.target))

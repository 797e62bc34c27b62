"""The ticket now at the counter, large: number, service, state and how long it waited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from counter import texts

Ticket = dict[str, Any]


class CurrentTicketPanel(QFrame):
    """Shows one ticket (or that there is none).

    `seconds_since` turns a hub timestamp into seconds until the hub's now; `service_name`
    turns a letter into a name in the current language.
    """

    def __init__(
        self,
        seconds_since: Callable[[str | None], float | None],
        service_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._seconds_since = seconds_since
        self._service_name = service_name
        self._ticket: Ticket | None = None
        self.setObjectName("currentTicket")
        self.setStyleSheet(
            "#currentTicket { background:#f4f6f8; border:1px solid #c9d1d9; border-radius:8px; }"
        )
        self.caption = QLabel()
        self.caption.setStyleSheet("color:#555; font-size:14px;")
        self.number = QLabel()
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setStyleSheet("font-size:72px; font-weight:bold; color:#0b3d6b;")
        self.service = QLabel()
        self.service.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.service.setStyleSheet("font-size:20px;")
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setStyleSheet("font-size:16px; color:#333;")
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size:14px; color:#7a4b00;")
        layout = QVBoxLayout(self)
        for label in (self.caption, self.number, self.service, self.status, self.note):
            layout.addWidget(label)
        self.retranslate()

    @property
    def ticket(self) -> Ticket | None:
        return self._ticket

    def set_ticket(self, ticket: Ticket | None) -> None:
        self._ticket = ticket
        self.update_texts()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Current ticket"))
        self.update_texts()

    def update_texts(self) -> None:
        """Redraw (also every few seconds, as the wait runs on)."""
        ticket = self._ticket
        if ticket is None:
            self.number.setText("–")
            self.service.setText(self.tr("No ticket called"))
            self.status.setText("")
            self.note.setText("")
            return
        self.number.setText(str(ticket.get("number") or ""))
        self.service.setText(self._service_name(str(ticket.get("service") or "")))
        parts = [texts.ticket_state(str(ticket.get("state") or ""))]
        queued = ticket.get("queued_at") or ticket.get("issued_at")
        if ticket.get("state") == "serving":
            waited = self._between(queued, ticket.get("called_at"))
            if waited is not None:
                parts.append(texts.waited(waited))
            serving = self._seconds_since(ticket.get("started_at"))
            if serving is not None:
                parts.append(texts.serving_since(serving))
        else:
            waiting = self._seconds_since(queued)
            if waiting is not None:
                parts.append(texts.waiting_since(waiting))
        if ticket.get("recalls"):
            parts.append(self.tr("called again {n}×").format(n=ticket["recalls"]))
        self.status.setText(" · ".join(parts))
        self.note.setText(str(ticket.get("note") or ""))

    def _between(self, start: str | None, end: str | None) -> float | None:
        from_start, from_end = self._seconds_since(start), self._seconds_since(end)
        if from_start is None or from_end is None:
            return None
        return max(0.0, from_start - from_end)

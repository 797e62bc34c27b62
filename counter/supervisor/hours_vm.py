"""Sprechstunden: the weekly plan per service, closures with a reason, extra sessions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from counter.hub_state import HubState, Json
from counter.supervisor import endpoints
from counter.supervisor.hours_models import (
    ExceptionsModel,
    PlanTableModel,
    add_slot,
    plain_time,
    remove_slot,
)
from counter.supervisor.requests import Requests


class HoursViewModel(QObject):
    """The open hours and their commands.

    Attributes:
        plan_model: the weekly plan as edited (saved with `save_plan`).
        exceptions_model: closures and extra sessions.
        status: the hub's open-hours status (`Hours` in docs/api.md).
        plan_dirty: the plan has edits not yet saved.

    Signals:
        changed(): status, plan or the dirty flag changed.
        closure_added(), session_added(): a form's command succeeded (clear the form).
    """

    changed = Signal()
    closure_added = Signal()
    session_added = Signal()

    def __init__(self, state: HubState, requests: Requests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._requests = requests
        self.plan_model = PlanTableModel(self)
        self.exceptions_model = ExceptionsModel(self)
        self.status: Json = {}
        self.plan_dirty = False
        self.plan_model.dataChanged.connect(self._on_plan_edited)

    def item_models(self) -> list[Any]:
        return [self.plan_model, self.exceptions_model]

    def set_status(self, hours: Json) -> None:
        self.status = hours
        self.changed.emit()

    def load(self) -> None:
        self._requests.get("hours.load", endpoints.PLAN, self._on_plan)

    # -- the weekly plan --------------------------------------------------------------

    def add_slot(self, service: str, weekday: int, start: str, end: str) -> bool:
        start, end = plain_time(start), plain_time(end)
        if not (start and end and start < end):
            self._requests.message.emit(
                "error", self.tr("Please check the times: the end must come after the start.")
            )
            return False
        add_slot(self.plan_model, {"service": service, "weekday": weekday, "start": start,
                                   "end": end})
        self._set_dirty(True)
        return True

    def remove_slot(self, row: int) -> None:
        remove_slot(self.plan_model, row)
        self._set_dirty(True)

    def save_plan(self) -> bool:
        slots = self.plan_model.slots()
        bad = [s for s in slots if s["start"] >= s["end"]]
        if bad:
            self._requests.message.emit(
                "error", self.tr("Please check the times: the end must come after the start.")
            )
            return False
        return self._requests.send(
            "hours.plan", "PUT", endpoints.PLAN, {"weekly": slots},
            on_done=self._on_plan_saved, done_text=self.tr("Weekly plan saved."),
        )

    def discard_plan(self) -> None:
        self._set_dirty(False)
        self.load()

    # -- days -------------------------------------------------------------------------

    def add_closure(self, day: date, reason: str, start: str = "", end: str = "",
                    service: str = "") -> bool:
        """Cancel (no times) or shorten (from–to) a day's open hours, with a reason."""
        reason = reason.strip()
        if not reason:
            self._requests.message.emit(
                "error", self.tr("Please give a reason; kiosk and display show it.")
            )
            return False
        body: Json = {"day": day.isoformat(), "reason": reason}
        if start or end:
            if not self._times_ok(start, end):
                return False
            body.update(start=plain_time(start), end=plain_time(end))
        if service:
            body["service"] = service
        return self._requests.send(
            "hours.closure", "POST", endpoints.CLOSURES, body,
            on_done=lambda _a: self._after(self.closure_added),
            done_text=self.tr("Open hours cancelled. Tickets already drawn stay valid."),
        )

    def add_session(self, day: date, start: str, end: str, service: str = "") -> bool:
        if not self._times_ok(start, end):
            return False
        body: Json = {"day": day.isoformat(), "start": plain_time(start), "end": plain_time(end)}
        if service:
            body["service"] = service
        return self._requests.send(
            "hours.session", "POST", endpoints.SESSIONS, body,
            on_done=lambda _a: self._after(self.session_added),
            done_text=self.tr("Extra session added."),
        )

    def delete_exception(self, row: int) -> bool:
        rows = self.exceptions_model.rows()
        if not 0 <= row < len(rows):
            return False
        item = rows[row]
        if item["kind"] == "closure":
            path = endpoints.closure(int(item["id"]))
        else:
            path = endpoints.session(int(item["id"]))
        return self._requests.send(
            f"hours.delete.{item['kind']}.{item['id']}", "DELETE", path,
            on_done=lambda _a: self.load(), done_text=self.tr("Deleted."),
        )

    # -- helpers ----------------------------------------------------------------------

    def _times_ok(self, start: str, end: str) -> bool:
        start, end = plain_time(start), plain_time(end)
        if start and end and start < end:
            return True
        self._requests.message.emit(
            "error", self.tr("Please check the times: the end must come after the start.")
        )
        return False

    def _after(self, signal: Any) -> None:
        signal.emit()
        self.load()

    def _on_plan(self, plan: Json) -> None:
        if not self.plan_dirty:
            self.plan_model.set_slots(list(plan.get("weekly") or []))
        self.exceptions_model.set_items(list(plan.get("closures") or []),
                                         list(plan.get("sessions") or []))
        self.changed.emit()

    def _on_plan_saved(self, plan: Json) -> None:
        self.plan_dirty = False
        self._on_plan(plan)

    def _on_plan_edited(self, *_args: Any) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.plan_dirty = dirty
        self.changed.emit()

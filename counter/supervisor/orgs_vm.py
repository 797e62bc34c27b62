"""Which organisation the supervisor view talks to (docs/api.md, "Supervisor API").

A supervisor may be responsible for several organisations on one hub (a partner town's
office). The selector in the view's header picks one; from then on every tab talks to it:
`Requests.org` adds `?org=ID` to every request, and live updates come from that
organisation's event stream (`WS /api/events?org=ID`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal

from counter.hub_state import Json
from counter.supervisor import endpoints
from counter.supervisor.requests import Requests

ORG_ID = re.compile(r"[a-z0-9_-]{1,32}")
# German federal states (their public holidays shape the open hours).
STATES = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST",
          "SH", "TH")


class OrgsViewModel(QObject):
    """The organisations the supervisor is responsible for, and the one shown.

    Attributes:
        orgs: `[{"id", "name", "state"}]` from `GET /api/orgs`, in the hub's order.
        home: the session's organisation ("" until the first snapshot).
        current: the organisation every tab talks to ("" until known).

    Signals:
        changed(): the list or the selection changed (the selector redraws).
        switched(str): another organisation was picked; the tabs must load it.
        created(str): an organisation was created (its id); the form may clear.
    """

    changed = Signal()
    switched = Signal(str)
    created = Signal(str)

    def __init__(self, requests: Requests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requests = requests
        self.orgs: list[Json] = []
        self.home = ""
        self.current = ""

    @property
    def foreign(self) -> bool:
        """True while the view shows an organisation other than the session's."""
        return bool(self.current) and self.current != self.home

    @property
    def choosable(self) -> bool:
        """More than one organisation: the selector is worth showing."""
        return len(self.orgs) > 1

    def name(self, org_id: str | None = None) -> str:
        wanted = org_id or self.current
        found = [o for o in self.orgs if o.get("id") == wanted]
        return str(found[0].get("name") or wanted) if found else wanted

    def set_home(self, org_id: str) -> None:
        """The session's organisation (from the snapshot); shown until another is picked."""
        if not org_id or self.home:
            return
        self.home = org_id
        if not self.current:
            self.current = org_id
            self._requests.set_org(org_id)
            self.changed.emit()

    def load(self) -> None:
        self._requests.get("orgs", endpoints.ORGS, self._on_orgs)

    def select(self, org_id: str) -> bool:
        """Show `org_id` in every tab; False if it is the current one or not ours."""
        if org_id == self.current or org_id not in {o.get("id") for o in self.orgs}:
            return False
        self.current = org_id
        self._requests.set_org(org_id)
        self.changed.emit()
        self.switched.emit(org_id)
        return True

    def add(self, org_id: str, name: str, state: str) -> bool:
        """Create an organisation (the supervisor becomes responsible for it)."""
        org_id, name = org_id.strip(), name.strip()
        if not (ORG_ID.fullmatch(org_id) and name and state in STATES):
            self._requests.message.emit("error", self.tr(
                "Please give an id (lower-case letters, digits, - or _), a name and a state."))
            return False
        return self._requests.send(
            "org.add", "POST", endpoints.ORGS, {"id": org_id, "name": name, "state": state},
            on_done=lambda _answer: self._on_created(org_id),
            done_text=self.tr("Organisation {name} created.").format(name=name),
            errors={"conflict": self.tr("There is already an organisation with this id.")},
        )

    def _on_created(self, org_id: str) -> None:
        self.created.emit(org_id)
        self.load()

    def _on_orgs(self, answer: Json) -> None:
        self.orgs = [o for o in answer.get("items") or [] if isinstance(o, dict)]
        self.changed.emit()

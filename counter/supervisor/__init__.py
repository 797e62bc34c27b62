"""The department lead's view inside the counter app: dashboard, steering, reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from shared.client.hub_client import HubClient


def create_supervisor_view(client: HubClient, parent: QWidget | None = None) -> QWidget:
    """The supervisor window for a client already logged in as supervisor and started.

    The view's view model follows the client's signals; call `shutdown()` on the returned
    window (it also runs on close) before the client goes away.
    """
    from counter.supervisor.view_model import SupervisorViewModel
    from counter.supervisor.window import SupervisorWindow

    view_model = SupervisorViewModel(client)
    window = SupervisorWindow(view_model, parent)
    view_model.setParent(window)
    return window

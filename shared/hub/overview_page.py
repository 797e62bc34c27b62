"""The visitor overview page: ``GET /`` (and ``/?org=ID``), opened from the display's QR code.

One small HTML file (``static/overview.html``, inline CSS and JS, nothing external) that asks
``GET /api/overview`` every few seconds and shows the current calls, the people waiting and
the estimate per service, the open hours (with a closure's reason) and the ticker. German
first, English on a button or with ``?lang=en``. Same headers as the ticket status page.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from shared.hub.visitor_page import visitor_page

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
async def overview_page() -> HTMLResponse:
    """The page; `?org=ID` and `?lang=en` are read by its script (an unknown org says so)."""
    return visitor_page("overview.html")

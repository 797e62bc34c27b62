"""The visitor status page: ``GET /s/{status_key}``, opened from the QR code on a ticket.

One small HTML file (``static/status.html``, inline CSS and JS, nothing external) that asks
``GET /api/status/{status_key}`` every few seconds and shows the number, the people ahead,
the wait estimate and, once called, the counter. The key in the URL is the only secret;
the page carries no personal data and tells search engines and other sites nothing.
"""

from __future__ import annotations

import re

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse

from shared.hub.visitor_page import visitor_page

router = APIRouter()

#: What the hub issues (secrets.token_urlsafe(16) gives 22 characters); nothing else passes.
_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")


@router.get("/s/{status_key}", response_class=HTMLResponse, include_in_schema=True)
async def status_page(status_key: str) -> HTMLResponse:
    """The visitor's page; the JSON it polls says whether the key belongs to a ticket."""
    if not _KEY.fullmatch(status_key):
        return JSONResponse({"code": "not_found", "message": "No such page"},  # type: ignore[return-value]
                            status_code=404, headers={"Cache-Control": "no-store"})
    return visitor_page("status.html")

"""The visitor overview page: ``GET /`` (and ``/?org=ID``), opened from the display's QR code.

One small HTML file (``static/overview.html``, inline CSS and JS, nothing external) that asks
``GET /api/overview`` every few seconds and shows the current calls, the people waiting and
the estimate per service, the open hours (with a closure's reason) and the ticker. German
first, English on a button or with ``?lang=en``. Same headers as the ticket status page.
"""

from __future__ import annotations

import secrets
from functools import cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter()

_PAGE = Path(__file__).resolve().parent / "static" / "overview.html"


@cache
def _template() -> str:
    return _PAGE.read_text(encoding="utf-8")


def _headers(nonce: str) -> dict[str, str]:
    policy = (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
              "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
              "frame-ancestors 'none'")
    return {
        "Content-Security-Policy": policy,
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "X-Robots-Tag": "noindex, nofollow",
    }


@router.get("/", response_class=HTMLResponse)
async def overview_page() -> HTMLResponse:
    """The page; `?org=ID` and `?lang=en` are read by its script (an unknown org says so)."""
    nonce = secrets.token_urlsafe(16)
    return HTMLResponse(_template().replace("{{NONCE}}", nonce), headers=_headers(nonce))

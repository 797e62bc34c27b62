"""The visitor status page: ``GET /s/{status_key}``, opened from the QR code on a ticket.

One small HTML file (``static/status.html``, inline CSS and JS, nothing external) that asks
``GET /api/status/{status_key}`` every few seconds and shows the number, the people ahead,
the wait estimate and, once called, the counter. The key in the URL is the only secret;
the page carries no personal data and tells search engines and other sites nothing.
"""

from __future__ import annotations

import re
import secrets
from functools import cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse

router = APIRouter()

_PAGE = Path(__file__).resolve().parent / "static" / "status.html"
#: What the hub issues (secrets.token_urlsafe(16) gives 22 characters); nothing else passes.
_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")


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


@router.get("/s/{status_key}", response_class=HTMLResponse, include_in_schema=True)
async def status_page(status_key: str) -> HTMLResponse:
    """The visitor's page; the JSON it polls says whether the key belongs to a ticket."""
    if not _KEY.fullmatch(status_key):
        return JSONResponse({"code": "not_found", "message": "No such page"},  # type: ignore[return-value]
                            status_code=404, headers={"Cache-Control": "no-store"})
    nonce = secrets.token_urlsafe(16)
    html = _template().replace("{{NONCE}}", nonce)
    return HTMLResponse(html, headers=_headers(nonce))

"""Serving the visitors' HTML pages (ticket status, office overview) the same strict way.

Each page is one file in ``static/`` with inline CSS and JS; a fresh nonce per answer lets
exactly that CSS and JS run, and nothing else (no outside requests, no framing, no indexing).
"""

from __future__ import annotations

import secrets
from functools import cache
from pathlib import Path

from fastapi.responses import HTMLResponse

_STATIC = Path(__file__).resolve().parent / "static"


@cache
def _template(name: str) -> str:
    return (_STATIC / name).read_text(encoding="utf-8")


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


def visitor_page(name: str) -> HTMLResponse:
    """The page `static/NAME` with a fresh nonce in its template and its headers."""
    nonce = secrets.token_urlsafe(16)
    return HTMLResponse(_template(name).replace("{{NONCE}}", nonce), headers=_headers(nonce))

"""Request ids the apps send with every command, so a retry is answered, not done twice.

An id is the time (microseconds since 1970, 14 hex digits) followed by 72 random bits, 32
hex characters like a UUID. The hub keeps the answers under (caller, request id) for a day;
ids that grow with time are stored next to the caller's previous one, where random ids each
landed on another page of that index (every command wrote one more page to disk, and with
many stored answers it was no longer in SQLite's cache).
"""

from __future__ import annotations

import secrets
import time


def new_request_id() -> str:
    """A fresh id: unique by its random part, ordered by its time part."""
    return f"{time.time_ns() // 1000:014x}{secrets.token_hex(9)}"

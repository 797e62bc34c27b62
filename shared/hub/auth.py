"""Who is calling: device tokens and clerk sessions, role checks, PIN hashing and throttling."""

from __future__ import annotations

import math
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from shared.hub.errors import ApiError
from shared.storage.store import Repos

PIN_HASHER = PasswordHasher()
#: Verified against when the name is unknown, so both cases take the same time.
_DUMMY_HASH = PIN_HASHER.hash("000000")
STAFF = frozenset({"clerk", "supervisor"})


@dataclass(frozen=True)
class Caller:
    """An authenticated caller.

    Attributes:
        role: kiosk, display, clerk or supervisor.
        org: organisation the token or session belongs to.
        name: device name or clerk name.
        principal: stable identity for request ids ("device:3", "clerk:Meyer").
        counter: the session's counter (clerks only).
        token_hash: sha256 of the presented token.
    """

    role: str
    org: str
    name: str
    principal: str
    counter: str | None = None
    token_hash: str = ""

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF


def new_token() -> str:
    """A random token (256 bits, URL-safe text) that never begins with "-", so it can follow
    `--token` on a command line (argparse takes "-…" for an option name)."""
    while (token := secrets.token_urlsafe(32)).startswith("-"):
        pass
    return token


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12


def hash_pin(pin: str) -> str:
    if not valid_pin(pin):
        raise ValueError("a PIN has 4 to 12 digits")
    return PIN_HASHER.hash(pin)


def check_pin(pin_hash: str | None, pin: str) -> bool:
    try:
        return PIN_HASHER.verify(pin_hash or _DUMMY_HASH, pin) and pin_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def resolve(repos: Repos, token: str) -> Caller | None:
    """The caller a token stands for, or None (unknown, revoked or ended)."""
    held = repos.auth.holder(token)
    if held is None:
        return None
    if held["kind"] == "device":
        return Caller(held["role"], held["org"], held["name"], f"device:{held['id']}",
                      token_hash=held["hash"])
    return Caller(held["role"], held["org"], held["name"], f"clerk:{held['name']}",
                  held["counter"], held["hash"])


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def require(caller: Caller | None, *roles: str) -> Caller:
    if caller is None:
        raise ApiError("unauthorized", "A valid bearer token is needed")
    if roles and caller.role not in roles:
        raise ApiError("forbidden", f"Role {caller.role} may not do this", role=caller.role)
    return caller


@dataclass
class _Failures:
    count: int = 0
    blocked_until: float = 0.0


@dataclass
class LoginThrottle:
    """Slows down PIN guessing per clerk name and per client address.

    After `free` failures, each further failure blocks that name/address for an exponentially
    growing time (2, 4, 8 … s, at most `max_delay_s`). A success clears the name and address.
    """

    free: int = 5
    max_delay_s: float = 300.0
    _seen: dict[str, _Failures] = field(default_factory=dict)

    def check(self, *keys: str) -> None:
        now = time.monotonic()
        wait = max((self._seen[k].blocked_until - now for k in keys if k in self._seen),
                   default=0.0)
        if wait > 0:
            raise ApiError("too_many_attempts", "Too many failed logins; try again later",
                           retry_after_s=max(1, math.ceil(wait)))

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        for key in keys:
            entry = self._seen.setdefault(key, _Failures())
            entry.count += 1
            if entry.count >= self.free:
                delay = min(2.0 ** (entry.count - self.free + 1), self.max_delay_s)
                entry.blocked_until = now + delay
        if len(self._seen) > 10_000:  # bound memory against address-spraying
            self._seen = {k: v for k, v in self._seen.items() if v.blocked_until > now}

    def succeeded(self, *keys: str) -> None:
        for key in keys:
            self._seen.pop(key, None)


def clerk_row_public(row: dict[str, Any]) -> dict[str, str]:
    return {"name": row["name"], "role": row["role"]}

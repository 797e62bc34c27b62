"""Refusals of the domain: a machine-readable code and a human reason."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A command the rules refuse.

    Attributes:
        code: stable snake_case code clients switch on (e.g. "illegal_transition").
        message: one English sentence for logs and developers; apps write their own words.
        details: extra machine-readable facts (e.g. {"next_opening": "..."}).
    """

    def __init__(self, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, {self.message!r}, {self.details!r})"

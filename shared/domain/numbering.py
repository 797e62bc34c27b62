"""Ticket numbers: a service letter and the day's running number, e.g. "A017".

Numbers have at least three digits so that they line up on the display; past 999 they simply
grow ("A1000") instead of wrapping, because two visitors holding the same number on one day
would be worse than a wider number.
"""

from __future__ import annotations

import re

from shared.domain.errors import DomainError

_NUMBER = re.compile(r"([A-Z])([0-9]{3,})")


def validate_letter(letter: object) -> str:
    """Check that `letter` is one uppercase letter A–Z and return it.

    Raises:
        DomainError: code "bad_letter".
    """
    if not isinstance(letter, str) or len(letter) != 1 or not ("A" <= letter <= "Z"):
        raise DomainError("bad_letter", f"Service letter must be one of A-Z, got {letter!r}",
                          letter=letter if isinstance(letter, str) else None)
    return letter


def format_number(letter: str, seq: int) -> str:
    """The visible number of the `seq`-th ticket of a service: ("A", 17) -> "A017".

    Raises:
        DomainError: "bad_letter" for a bad letter, "bad_number" for a sequence below 1.
    """
    validate_letter(letter)
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise DomainError("bad_number", f"Ticket sequence must be a positive integer, got {seq!r}")
    return f"{letter}{seq:03d}"


def parse_number(text: object) -> tuple[str, int]:
    """Split a visible number into letter and sequence: "A017" -> ("A", 17).

    Only the canonical form `format_number` produces is accepted ("A17" and "A0017" are not),
    so that one ticket has exactly one spelling.

    Raises:
        DomainError: code "bad_number".
    """
    match = _NUMBER.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise DomainError("bad_number", f"Not a ticket number: {text!r}")
    letter, digits = match.group(1), match.group(2)
    seq = int(digits)
    if seq < 1 or format_number(letter, seq) != text:
        raise DomainError("bad_number", f"Not a ticket number: {text!r}")
    return letter, seq

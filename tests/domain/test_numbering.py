"""Ticket numbers: formatting, parsing, letters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.errors import DomainError
from shared.domain.numbering import format_number, parse_number, validate_letter


@pytest.mark.parametrize(
    ("letter", "seq", "text"),
    [("A", 1, "A001"), ("A", 17, "A017"), ("A", 999, "A999"), ("M", 1000, "M1000")],
)
def test_format_and_parse(letter: str, seq: int, text: str) -> None:
    assert format_number(letter, seq) == text
    assert parse_number(text) == (letter, seq)


@pytest.mark.parametrize("text", ["A17", "A0017", "A000", "a017", "AA017", "017", "", "A01x", 17])
def test_parse_refuses_non_canonical(text: object) -> None:
    with pytest.raises(DomainError) as err:
        parse_number(text)
    assert err.value.code == "bad_number"


@pytest.mark.parametrize("seq", [0, -1, True, 1.0])
def test_format_refuses_bad_sequence(seq: object) -> None:
    with pytest.raises(DomainError) as err:
        format_number("A", seq)  # type: ignore[arg-type]
    assert err.value.code == "bad_number"


@pytest.mark.parametrize("letter", ["a", "AB", "", "Ä", "1", None])
def test_validate_letter_refuses(letter: object) -> None:
    with pytest.raises(DomainError) as err:
        validate_letter(letter)
    assert err.value.code == "bad_letter"


def test_validate_letter_returns_letter() -> None:
    assert validate_letter("Z") == "Z"


@given(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), st.integers(min_value=1, max_value=10**6))
def test_round_trip(letter: str, seq: int) -> None:
    assert parse_number(format_number(letter, seq)) == (letter, seq)

"""Makes text printable in code page CP858, the one code page every ticket uses.

A fixed code page keeps python-escpos from switching pages mid-line. CP858 holds the German
letters (ä ö ü ß) and €, but not typographic dashes and quotes, nor Turkish, Cyrillic or
Arabic letters. ``sanitize`` replaces what it can by a sensible look-alike or a
transliteration and drops the rest; it never produces the "?" a printer would show for an
unknown character. ``is_printable`` tells whether a text survives without losing letters,
which decides if a visitor-language line goes on paper at all.
"""

from __future__ import annotations

import unicodedata

CODEC = "cp858"

_PUNCTUATION = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2039\u203a", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
    **dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009", " "),
    **dict.fromkeys("\u200a\u202f\u205f\u3000\t", " "),
    **dict(zip("\u0131\u0130\u015f\u015e\u011f\u011e", "iIsSgG", strict=True)),
    **dict(zip("\u0142\u0141\u0111\u0110\u0127\u0126", "lLdDhH", strict=True)),
    "\u2026": "...",
    "\u2022": "*",
    "\u2122": "TM",
    "\u2116": "Nr.",
    "\u0153": "oe",
    "\u0152": "OE",
}
# Marks that carry no visible letter: dropping them loses nothing.
_INVISIBLE = set(
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u202a\u202b\u202c\u202d\u202e"
)

_CYRILLIC = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True))
_CYRILLIC.update({"ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"})
_CYRILLIC.update({"ъ": "", "ь": "", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g"})
# Ukrainian reads some letters differently from Russian (official 2010 romanisation).
_UKRAINIAN = {"г": "h", "и": "y", "х": "kh"}
_ARABIC_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_ARABIC_DIGITS.update({chr(0x06F0 + i): str(i) for i in range(10)})


def _encodable(char: str) -> bool:
    try:
        char.encode(CODEC)
    except UnicodeEncodeError:
        return False
    return True


def _cyrillic(char: str, language: str | None) -> str | None:
    lower = char.lower()
    table = _CYRILLIC
    if language == "uk" and lower in _UKRAINIAN:
        latin = _UKRAINIAN[lower]
    elif lower in table:
        latin = table[lower]
    else:
        return None
    if char != lower and latin:
        return latin[0].upper() + latin[1:]
    return latin


def _replacement(char: str, language: str | None) -> str | None:
    """The printable stand-in for one character, "" to drop it silently, None if lost."""
    if char == "\n":
        return char
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    if char in _INVISIBLE:
        return ""
    if unicodedata.category(char) == "Cc":  # control bytes would become printer commands
        return ""
    if _encodable(char):
        return char
    if char in _ARABIC_DIGITS:
        return _ARABIC_DIGITS[char]
    latin = _cyrillic(char, language)
    if latin is not None:
        return latin
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base and base != char and all(_encodable(c) for c in base):
        return base
    return None


def sanitize(text: str, language: str | None = None) -> str:
    """Text that CP858 can print: look-alikes and transliterations, never "?".

    Characters without a sensible stand-in (Arabic letters, CJK, emoji) are dropped; use
    :func:`is_printable` first when a dropped letter would make the line useless.
    """
    out = []
    for char in text:
        replacement = _replacement(char, language)
        out.append(replacement or "")
    return "".join(out)


def is_printable(text: str, language: str | None = None) -> bool:
    """Whether every letter of ``text`` survives :func:`sanitize`."""
    return all(_replacement(char, language) is not None for char in text)

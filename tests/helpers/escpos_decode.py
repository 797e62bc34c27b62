"""A small ESC/POS decoder for tests: turns printer bytes back into what is on paper.

No package does this. It knows the commands python-escpos sends for tickets (text in a
code page, bold, sizes, alignment, native QR, raster images, cut, status queries) and
lists everything else as unknown instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A
# fmt: off
CODE_PAGES = {0: "cp437", 2: "cp850", 3: "cp860", 4: "cp863", 5: "cp865", 13: "cp857",
              16: "cp1252", 17: "cp866", 18: "cp852", 19: "cp858", 40: "iso8859_15",
              46: "cp1251"}
# fmt: on
# Commands with a fixed number of parameter bytes that change nothing a test looks at.
_ESC_SKIP = {**dict.fromkeys(b"-3A+JM{r=V U", 1), **dict.fromkeys(b"cB$\\", 2), 0x70: 3}
_ESC_SKIP.update({0x32: 0, 0x44: 0})
_GS_SKIP = {**dict.fromkeys(b"Bb|hwHfaIr", 1), **dict.fromkeys(b"LW", 2)}


@dataclass(frozen=True)
class Line:
    """One printed line with the attributes in force at its first character."""

    text: str
    bold: bool = False
    width_mul: int = 1
    height_mul: int = 1
    align: str = "left"
    double_strike: bool = False
    underline: int = 0


@dataclass(frozen=True)
class QrCode:
    payload: str
    module_size: int
    error_correction: str
    align: str
    printed: bool


@dataclass(frozen=True)
class Raster:
    width_dots: int
    height_dots: int
    align: str


@dataclass(frozen=True)
class Cut:
    mode: str  # "full" or "partial"


@dataclass(frozen=True)
class Unknown:
    offset: int
    command: bytes


Item = Line | QrCode | Raster | Cut


@dataclass
class Decoded:
    """The decoded print-out: ``items`` in paper order, and lists by kind."""

    items: list[Item] = field(default_factory=list)
    unknown: list[Unknown] = field(default_factory=list)
    status_queries: list[int] = field(default_factory=list)
    code_pages: list[int] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [item for item in self.items if isinstance(item, Line)]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def qr_codes(self) -> list[QrCode]:
        return [item for item in self.items if isinstance(item, QrCode) and item.printed]

    @property
    def rasters(self) -> list[Raster]:
        return [item for item in self.items if isinstance(item, Raster)]

    @property
    def cuts(self) -> list[Cut]:
        return [item for item in self.items if isinstance(item, Cut)]

    def find(self, fragment: str) -> Line:
        """The first line containing ``fragment`` (AssertionError if none)."""
        for line in self.lines:
            if fragment in line.text:
                return line
        raise AssertionError(f"no line contains {fragment!r}; text:\n{self.text}")


class _State:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.page = 0
        self.bold = False
        self.double_strike = False
        self.underline = 0
        self.width = 1
        self.height = 1
        self.align = "left"
        self.qr = {"size": 3, "ec": "L", "data": None}


def _align(n: int) -> str:
    return {0: "left", 48: "left", 1: "center", 49: "center", 2: "right", 50: "right"}.get(
        n, "left"
    )


class _Decoder:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.out = Decoded()
        self.state = _State()
        self.chars: list[str] = []
        self.line_attrs: Line | None = None

    def byte(self, offset: int) -> int:
        index = self.pos + offset
        return self.data[index] if index < len(self.data) else 0

    def flush_line(self, force: bool) -> None:
        if self.chars or force:
            attrs = self.line_attrs or self._attrs()
            self.out.items.append(
                Line(
                    "".join(self.chars),
                    attrs.bold,
                    attrs.width_mul,
                    attrs.height_mul,
                    attrs.align,
                    attrs.double_strike,
                    attrs.underline,
                )
            )
        self.chars = []
        self.line_attrs = None

    def _attrs(self) -> Line:
        s = self.state
        return Line("", s.bold, s.width, s.height, s.align, s.double_strike, s.underline)

    def char(self, value: int) -> None:
        if not self.chars:
            self.line_attrs = self._attrs()
        codec = CODE_PAGES.get(self.state.page, "cp437")
        self.chars.append(bytes([value]).decode(codec, errors="replace"))

    def unknown(self, length: int) -> None:
        length = max(1, min(length, len(self.data) - self.pos))
        self.out.unknown.append(Unknown(self.pos, self.data[self.pos : self.pos + length]))
        self.pos += length

    def run(self) -> Decoded:
        while self.pos < len(self.data):
            value = self.data[self.pos]
            if value == LF:
                self.flush_line(force=True)
                self.pos += 1
            elif value == ESC:
                self.esc()
            elif value == GS:
                self.gs()
            elif value == DLE and self.byte(1) == 0x04:
                self.out.status_queries.append(self.byte(2))
                self.pos += 3
            elif value in (0x0D, 0x00):
                self.pos += 1
            elif value == 0x09:
                self.char(0x20)
                self.pos += 1
            elif value < 0x20:
                self.unknown(1)
            else:
                self.char(value)
                self.pos += 1
        self.flush_line(force=False)
        return self.out

    def esc(self) -> None:
        cmd, n = self.byte(1), self.byte(2)
        s = self.state
        if cmd == 0x40:  # @
            self.flush_line(force=False)
            s.reset()
            self.pos += 2
            return
        if cmd == 0x45:  # E
            s.bold = bool(n & 1)
        elif cmd == 0x47:  # G
            s.double_strike = bool(n & 1)
        elif cmd == 0x2D:  # -
            s.underline = n % 48 if n >= 48 else n
        elif cmd == 0x74:  # t
            s.page = n
            self.out.code_pages.append(n)
        elif cmd == 0x61:  # a
            s.align = _align(n)
        elif cmd == 0x21:  # !
            s.bold = bool(n & 0x08)
            s.height = 2 if n & 0x10 else 1
            s.width = 2 if n & 0x20 else 1
            s.underline = 1 if n & 0x80 else 0
        elif cmd == 0x64:  # d
            self.flush_line(force=False)
            for _ in range(n):
                self.flush_line(force=True)
        elif cmd in _ESC_SKIP:
            self.pos += 2 + _ESC_SKIP[cmd]
            return
        else:
            self.unknown(2)
            return
        self.pos += 3

    def gs(self) -> None:
        cmd, n = self.byte(1), self.byte(2)
        if cmd == 0x21:  # !
            self.state.width = (n >> 4) + 1
            self.state.height = (n & 0x0F) + 1
            self.pos += 3
        elif cmd == 0x56:  # V
            self.flush_line(force=False)
            self.out.items.append(Cut("partial" if n in (1, 49, 66) else "full"))
            self.pos += 4 if n in (65, 66, 97, 98, 103, 104) else 3
        elif cmd == 0x28:  # (
            self.gs_paren()
        elif cmd == 0x76 and n == 0x30:  # v 0
            width = (self.byte(4) + 256 * self.byte(5)) * 8
            height = self.byte(6) + 256 * self.byte(7)
            self.flush_line(force=False)
            self.out.items.append(Raster(width, height, self.state.align))
            self.pos += 8 + width // 8 * height
        elif cmd == 0x6B:  # k (barcode)
            self.unknown(3 + (self.byte(3) if n >= 65 else 0))
        elif cmd in _GS_SKIP:
            self.pos += 2 + _GS_SKIP[cmd]
        else:
            self.unknown(2)

    def gs_paren(self) -> None:
        fn_class = bytes([self.byte(2)])
        length = self.byte(3) + 256 * self.byte(4)
        body = self.data[self.pos + 5 : self.pos + 5 + length]
        command = self.data[self.pos : self.pos + 5 + length]
        self.pos += 5 + length
        if fn_class != b"k" or len(body) < 2 or body[0] != 0x31:
            self.out.unknown.append(Unknown(self.pos - len(command), command))
            return
        qr, fn = self.state.qr, body[1]
        if fn == 67:
            qr["size"] = body[2]
        elif fn == 69:
            qr["ec"] = "LMQH"[body[2] - 48] if 48 <= body[2] <= 51 else "?"
        elif fn == 80:
            qr["data"] = body[3:].decode("utf-8", errors="replace")
        elif fn == 81:
            self.flush_line(force=False)
            if qr["data"] is not None:
                self.out.items.append(
                    QrCode(
                        str(qr["data"]), int(qr["size"] or 3), str(qr["ec"]), self.state.align, True
                    )
                )
        elif fn != 65:
            self.out.unknown.append(Unknown(self.pos - len(command), command))


def decode(data: bytes) -> Decoded:
    """Decodes ESC/POS bytes; never raises on unknown or truncated input."""
    return _Decoder(bytes(data)).run()

"""The test decoder itself: code pages, attributes, QR, raster, cut, unknown commands."""

from __future__ import annotations

from escpos.printer import Dummy

from tests.helpers.escpos_decode import Cut, QrCode, decode

ESC, GS = b"\x1b", b"\x1d"


def test_plain_text_lines_and_default_code_page() -> None:
    decoded = decode(b"Hallo\nWelt\n")
    assert decoded.text == "Hallo\nWelt"
    assert [line.align for line in decoded.lines] == ["left", "left"]


def test_code_page_selects_how_bytes_read() -> None:
    # 0x81 is ü in both; 0xD5 is € only in CP858 (page 19), ı in CP437/857.
    decoded = decode(ESC + b"t\x13Gr\x81\xe1e \xd5\n" + ESC + b"t\x00\xd5\n")
    assert decoded.lines[0].text == "Grüße €"
    assert decoded.lines[1].text != "€"
    assert decoded.code_pages == [19, 0]


def test_attributes_bold_size_alignment_double_strike() -> None:
    data = (
        ESC
        + b"a\x01"
        + ESC
        + b"E\x01"
        + GS
        + b"!\x33"
        + b"A017\n"
        + ESC
        + b"!\x00"
        + ESC
        + b"a\x02"
        + ESC
        + b"G\x01"
        + b"right\n"
        + ESC
        + b"!\x30"
        + b"quad\n"
    )
    big, right, quad = decode(data).lines
    assert (big.text, big.bold, big.width_mul, big.height_mul, big.align) == (
        "A017",
        True,
        4,
        4,
        "center",
    )
    assert (right.bold, right.width_mul, right.align, right.double_strike) == (
        False,
        1,
        "right",
        True,
    )
    assert (quad.width_mul, quad.height_mul) == (2, 2)


def test_init_resets_state() -> None:
    decoded = decode(ESC + b"E\x01" + ESC + b"t\x13" + ESC + b"@" + b"x\n")
    assert decoded.lines[0].bold is False


def test_native_qr_payload_size_and_cut_from_python_escpos() -> None:
    printer = Dummy(profile="TM-T88V")
    printer.set(align="center")
    printer.qr("https://example.org/s/abc", native=True, size=6)
    printer.cut()
    decoded = decode(printer.output)
    assert decoded.qr_codes == [QrCode("https://example.org/s/abc", 6, "L", "center", True)]
    assert decoded.cuts == [Cut("full")]
    assert decoded.unknown == []


def test_raster_image_noted_with_size() -> None:
    width_bytes, height = 4, 3
    data = GS + b"v0\x00" + bytes([width_bytes, 0, height, 0]) + b"\xff" * 12 + b"after\n"
    decoded = decode(data)
    assert (decoded.rasters[0].width_dots, decoded.rasters[0].height_dots) == (32, 3)
    assert decoded.text == "after"


def test_status_queries_are_listed_not_printed() -> None:
    decoded = decode(b"\x10\x04\x01\x10\x04\x02\x10\x04\x04")
    assert decoded.status_queries == [1, 2, 4]
    assert decoded.items == []


def test_unknown_and_truncated_commands_do_not_crash() -> None:
    decoded = decode(ESC + b"\x99" + b"ok\n" + b"\x07" + GS + b"(k\x10\x00\x31")
    assert decoded.text == "ok"
    assert [u.command[:2] for u in decoded.unknown][:2] == [ESC + b"\x99", b"\x07"]

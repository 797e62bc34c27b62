"""Draws decoded ESC/POS bytes as a PNG, at printer scale, for people to look at.

Font A is 12 x 24 dots; text sizes, bold, alignment and the QR code (drawn with the
``qrcode`` package from the decoded payload) come from :mod:`tests.helpers.escpos_decode`.

    python -m tests.helpers.ticket_preview docs/img/ticket.png [58|80]
"""

from __future__ import annotations

import sys
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont

from tests.helpers.escpos_decode import Cut, Line, QrCode, Raster, decode

CELL_W, CELL_H, MARGIN = 12, 24, 24
_DOTS = {58: 384, 80: 512}
_EC = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


def _font(bold: bool, scale: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    try:
        return ImageFont.truetype(name, 20 * scale)  # found in the system's font folders
    except OSError:
        return ImageFont.load_default(size=20 * scale)


def _line_image(line: Line) -> Image.Image:
    """The line drawn at its height multiplier, then stretched to its width multiplier."""
    scale = line.height_mul
    cell_w, cell_h = CELL_W * scale, CELL_H * scale
    base = Image.new("L", (max(len(line.text), 1) * cell_w, cell_h), 255)
    draw = ImageDraw.Draw(base)
    font = _font(line.bold, scale)
    for i, char in enumerate(line.text):
        draw.text((i * cell_w, scale), char, font=font, fill=0)
    width = max(len(line.text), 1) * CELL_W * line.width_mul
    return base if width == base.width else base.resize((width, cell_h))


def _qr_image(code: QrCode) -> Image.Image:
    qr = qrcode.QRCode(
        box_size=code.module_size,
        border=0,
        error_correction=_EC.get(code.error_correction, _EC["M"]),
    )
    qr.add_data(code.payload)
    qr.make(fit=True)
    return qr.make_image().get_image().convert("L")


def _x(align: str, width: int, paper: int) -> int:
    if align == "center":
        return (paper - width) // 2
    return paper - width if align == "right" else 0


def render_preview(data: bytes, path: Path | str, width_mm: int = 80) -> Path:
    """Writes a PNG of what ``data`` prints on ``width_mm`` paper; returns the path."""
    paper = _DOTS[width_mm]
    blocks: list[tuple[Image.Image | None, str]] = []
    for item in decode(data).items:
        if isinstance(item, Line):
            blocks.append((_line_image(item), item.align))
        elif isinstance(item, QrCode):
            blocks.append((_qr_image(item), item.align))
        elif isinstance(item, Raster):
            blocks.append((Image.new("L", (item.width_dots, item.height_dots), 128), item.align))
        elif isinstance(item, Cut):
            blocks.append((None, "cut"))
    height = sum(block.height if block else CELL_H for block, _ in blocks) + 2 * MARGIN
    page = Image.new("RGB", (paper + 2 * MARGIN, height), "white")
    draw = ImageDraw.Draw(page)
    y = MARGIN
    for block, align in blocks:
        if block is None:
            for x in range(0, page.width, 16):
                draw.line([(x, y + CELL_H // 2), (x + 8, y + CELL_H // 2)], fill="gray", width=2)
            y += CELL_H
            continue
        page.paste(block, (MARGIN + _x(align, block.width, paper), y))
        y += block.height
    draw.rectangle([(0, 0), (page.width - 1, page.height - 1)], outline="lightgray")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    page.save(target)
    return target


def sample_bytes(width_mm: int = 80) -> bytes:
    """The ``--test-print`` sample ticket as bytes (rendered to a python-escpos Dummy)."""
    from datetime import datetime

    from escpos.printer import Dummy

    from kiosk.printing.layout import render
    from kiosk.test_print import sample_ticket

    printer = Dummy(profile="TM-T88V")
    render(printer, sample_ticket(datetime(2026, 11, 25, 8, 1)), width_mm)
    return bytes(printer.output)


if __name__ == "__main__":
    width = int(sys.argv[2]) if len(sys.argv) > 2 else 80
    render_preview(sample_bytes(width), sys.argv[1], width)

"""Generates gong.wav, the two-tone chime played before every announcement.

The chime is made by this project (no third-party sound) and is under the project's licence
(EUPL-1.2). Re-create it with `python -m display.announce.make_gong`.

Two strokes, E5 (660 Hz) then C5 (523 Hz), each a few decaying sine partials, as 16-bit
mono PCM at 22050 Hz — the format espeak-ng writes, so gong and speech join without
conversion.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from display.announce.wavtools import Audio, write_wav

RATE = 22050
LENGTH_S = 1.5
#: (frequency multiple, relative amplitude, decay time constant in s)
PARTIALS = ((1.0, 1.0, 0.55), (2.0, 0.28, 0.25), (3.0, 0.10, 0.15), (4.2, 0.04, 0.08))
STROKES = ((0.0, 660.0), (0.5, 523.25))


def gong_samples(rate: int = RATE) -> list[int]:
    total = int(LENGTH_S * rate)
    out = [0.0] * total
    for start_s, base in STROKES:
        start = int(start_s * rate)
        for i in range(total - start):
            t = i / rate
            attack = 0.5 - 0.5 * math.cos(math.pi * t / 0.008) if t < 0.008 else 1.0  # no click
            value = sum(
                amp * math.exp(-t / tau) * math.sin(2 * math.pi * base * mult * t)
                for mult, amp, tau in PARTIALS
            )
            out[start + i] += attack * value
    fade = int(0.1 * rate)  # end exactly at silence
    for i in range(fade):
        out[total - fade + i] *= 1 - i / fade
    peak = max(abs(v) for v in out) or 1.0
    scale = 0.6 * 32767 / peak
    return [round(v * scale) for v in out]


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path(__file__).with_name("gong.wav")
    write_wav(target, Audio(rate=RATE, samples=gong_samples()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

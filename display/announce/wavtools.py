"""Small WAV helpers on the standard library only (used by the speech worker, too).

Audio is handled as 16-bit mono samples in a Python array; other PCM formats are converted
on reading (8/16/32-bit, any channel count, any rate).
"""

from __future__ import annotations

import array
import math
import sys
import wave
from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class Audio:
    rate: int
    samples: array.array | list[int]

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0

    def rms(self) -> float:
        if not self.samples:
            return 0.0
        return math.sqrt(sum(s * s for s in self.samples) / len(self.samples))

    def peak(self) -> int:
        return max((abs(s) for s in self.samples), default=0)


def read_wav(path: Path) -> Audio:
    with wave.open(str(path), "rb") as wav:
        channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
        raw = wav.readframes(wav.getnframes())
    if width == 1:
        values = [b - 128 << 8 for b in raw]
    elif width == 2:
        values = array.array("h", raw)
        if sys.byteorder == "big":
            values.byteswap()
    elif width == 4:
        wide = array.array("i", raw)
        if sys.byteorder == "big":
            wide.byteswap()
        values = [v >> 16 for v in wide]
    else:
        raise ValueError(f"{path}: {8 * width}-bit audio is not supported")
    if channels > 1:
        values = [
            sum(values[i : i + channels]) // channels for i in range(0, len(values), channels)
        ]
    return Audio(rate=rate, samples=array.array("h", values))


def write_wav(path: Path, audio: Audio) -> None:
    data = array.array("h", audio.samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(audio.rate)
        wav.writeframes(data.tobytes())


def resample(audio: Audio, rate: int) -> Audio:
    """Linear interpolation; good enough for a chime and speech."""
    if audio.rate == rate or not audio.samples:
        return Audio(rate=rate, samples=array.array("h", audio.samples))
    src = audio.samples
    count = max(1, round(len(src) * rate / audio.rate))
    step = audio.rate / rate
    out = array.array("h", bytes(2 * count))
    last = len(src) - 1
    for i in range(count):
        pos = i * step
        j = min(int(pos), last)
        frac = pos - j
        nxt = src[min(j + 1, last)]
        out[i] = round(src[j] + (nxt - src[j]) * frac)
    return Audio(rate=rate, samples=out)


def concat(
    parts: list[Audio], gaps_s: list[float] | float = 0.25, rate: int | None = None
) -> Audio:
    """Joins parts at `rate` (default: the last part's) with silence between them.

    `gaps_s` is one gap for all joins or one per join (len(parts) - 1 values).
    """
    if not parts:
        return Audio(rate=rate or 22050, samples=array.array("h"))
    rate = rate or parts[-1].rate
    gaps = gaps_s if isinstance(gaps_s, list) else [gaps_s] * (len(parts) - 1)
    out = array.array("h")
    for index, part in enumerate(parts):
        if index:
            out.extend(array.array("h", bytes(2 * int(gaps[index - 1] * rate))))
        out.extend(resample(part, rate).samples)
    return Audio(rate=rate, samples=out)

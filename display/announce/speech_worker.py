"""The speech worker: a separate process that owns the one pyttsx3 engine.

pyttsx3 must be driven from a single thread, produces only the last utterance queued before
`runAndWait()`, and may block or crash inside the speech library. Running it here keeps all
of that away from the display's event loop: the display sends one JSON request per line on
stdin and reads one JSON answer per line on stdout; if this process hangs or dies, the
display kills and restarts it.

Request: {"key", "segments": [{"text", "voice"}], "rate", "volume", "out", "gong": path|null}
Answer:  {"key", "ok": true, "out", "duration_s", "voices": [{"id", "languages"}]}
         or {"key", "ok": false, "error"}
Once, before the first answer: {"ready": true}, when the engine and its voice are loaded.

Each segment is rendered to a WAV file of its own (save_to_file + runAndWait), then gong and
segments are joined into `out`. The display plays `out`.

Run as `python -m display.announce.speech_worker`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from display.announce.wavtools import Audio, concat, read_wav, write_wav

log = logging.getLogger("display.announce.speech_worker")

GAP_AFTER_GONG_S = 0.2
GAP_BETWEEN_LANGUAGES_S = 0.6


class Speaker:
    """Wraps the pyttsx3 engine, made on first use (`warm_up` makes it before the first call)."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._voices: dict[str, list[str]] = {}

    def _ensure(self) -> Any:
        if self._engine is None:
            import pyttsx3

            self._engine = pyttsx3.init()
            for voice in self._engine.getProperty("voices") or []:
                self._voices[str(voice.id)] = [str(lang) for lang in voice.languages or []]
        return self._engine

    def warm_up(self, workdir: Path) -> None:
        """Load the engine and its voice data now, while nobody waits for a call: the first
        announcement of the day otherwise starts 100-150 ms later than the ones after it.
        A failure here is only logged; the first real request reports it."""
        try:
            engine = self._ensure()
            target = workdir / "warm-up.wav"
            engine.save_to_file("Wartemarke", str(target))
            engine.runAndWait()
            target.unlink(missing_ok=True)
        except Exception:
            log.exception("speech engine warm-up failed")

    def render(self, request: dict[str, Any], workdir: Path) -> dict[str, Any]:
        engine = self._ensure()
        parts: list[Audio] = []
        gaps: list[float] = []
        gong = request.get("gong")
        if gong:
            parts.append(read_wav(Path(gong)))
        used = []
        for index, segment in enumerate(request.get("segments", [])):
            voice = str(segment.get("voice") or "")
            if voice:
                engine.setProperty("voice", voice)
            engine.setProperty("rate", int(request.get("rate", 150)))
            engine.setProperty("volume", float(request.get("volume", 1.0)))
            target = workdir / f"segment-{index}.wav"
            for _attempt in range(2):  # espeak-ng now and then writes an empty file
                engine.save_to_file(str(segment["text"]), str(target))
                engine.runAndWait()
                audio = read_wav(target) if target.exists() else Audio(22050, [])
                target.unlink(missing_ok=True)
                if audio.samples:
                    break
                log.warning("no audio for %r; trying once more", segment["text"])
            if not audio.samples:
                raise RuntimeError(f"the speech engine produced no audio for voice {voice!r}")
            if parts:
                gaps.append(GAP_BETWEEN_LANGUAGES_S if index else GAP_AFTER_GONG_S)
            parts.append(audio)
            used.append({"id": voice, "languages": self._voices.get(voice, [])})
        if not parts:
            raise RuntimeError("nothing to render")
        # Speech sets the format (espeak-ng: 22050 Hz mono 16-bit); the gong follows it.
        out = concat(parts, gaps)
        write_wav(Path(request["out"]), out)
        return {"ok": True, "out": request["out"], "duration_s": out.duration_s, "voices": used}


def serve(requests: TextIO, answers: TextIO) -> None:
    speaker = Speaker()
    with tempfile.TemporaryDirectory(prefix="wartemarke-speech-") as tmp:
        speaker.warm_up(Path(tmp))
        answers.write(json.dumps({"ready": True}) + "\n")
        answers.flush()
        for line in requests:
            if not line.strip():
                continue
            key = ""
            try:
                request = json.loads(line)
                key = str(request.get("key", ""))
                answer = speaker.render(request, Path(tmp))
            except Exception as exc:  # one bad request must not end the worker
                log.exception("speech request failed")
                answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            answer["key"] = key
            answers.write(json.dumps(answer) + "\n")
            answers.flush()


def main() -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="speech-worker %(levelname)s %(message)s")
    # Answers go on the original stdout; everything else that writes to fd 1 (pyttsx3
    # prints "Audio saved to ...", espeak may print too) is sent to stderr instead.
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    with contextlib.suppress(KeyboardInterrupt, BrokenPipeError):
        serve(sys.stdin, answers)
    return 0


if __name__ == "__main__":
    sys.exit(main())

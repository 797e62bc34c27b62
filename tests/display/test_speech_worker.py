"""The speech worker's engine is ready before the first call (real espeak-ng)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from display.announce.speech_worker import Speaker


def test_warm_up_loads_the_engine_and_leaves_no_file(tmp_path: Path) -> None:
    speaker = Speaker()
    speaker.warm_up(tmp_path)
    assert speaker._engine is not None
    assert list(tmp_path.iterdir()) == []
    # The warmed-up engine renders the first call at once.
    out = tmp_path / "call.wav"
    answer = speaker.render({"segments": [{"text": "A017, Schalter 3", "voice": ""}],
                             "out": str(out)}, tmp_path)
    assert answer["ok"] and answer["duration_s"] > 0.5


def test_a_failed_warm_up_is_logged_not_raised(tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    speaker = Speaker()

    def broken() -> None:
        raise OSError("no speech library")

    monkeypatch.setattr(speaker, "_ensure", broken)
    with caplog.at_level(logging.ERROR, logger="display.announce.speech_worker"):
        speaker.warm_up(tmp_path)
    assert "warm-up failed" in caplog.text

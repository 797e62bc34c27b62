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


def test_serve_says_ready_before_its_first_answer(tmp_path: Path) -> None:
    import io
    import json

    from display.announce.speech_worker import serve

    request = {"key": "1", "segments": [{"text": "A017", "voice": ""}],
               "out": str(tmp_path / "a.wav")}
    answers = io.StringIO()
    serve(io.StringIO(json.dumps(request) + "\n"), answers)
    lines = [json.loads(line) for line in answers.getvalue().splitlines()]
    assert lines[0] == {"ready": True}
    assert lines[1]["key"] == "1" and lines[1]["ok"]

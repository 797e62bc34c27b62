"""Announcements: real espeak-ng speech through the worker process, in order, none lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from display.announce.announcer import GONG, Announcer
from display.announce.text import announcement_text
from display.announce.wavtools import read_wav
from display.config import SoundConfig
from display.translations import load_translator

ROOT = Path(__file__).resolve().parents[2]


class FakePlayer(QObject):
    """Plays nothing; a test says when the current file is over."""

    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.played: list[Path] = []

    def play(self, path: Path, duration_s: float) -> None:
        self.played.append(path)

    def stop(self) -> None:
        pass


@pytest.fixture
def make_announcer(qtbot: Any) -> Any:
    made: list[Announcer] = []

    def make(sound: SoundConfig | None = None, **kwargs: Any) -> Announcer:
        announcer = Announcer(sound or SoundConfig(), **kwargs)
        announcer.start()
        made.append(announcer)
        return announcer

    yield make
    for announcer in made:
        announcer.stop()


def test_sentence_in_german_and_english(qapp: Any) -> None:
    german = load_translator("de")
    assert announcement_text("A017", "3", german) == "Wartenummer A 17, bitte zu Schalter 3"
    assert announcement_text("A017", "3", None) == "Ticket number A 17, please go to counter 3"


def test_gong_is_the_speech_format_and_sounds() -> None:
    gong = read_wav(GONG)
    assert gong.rate == 22050
    assert 1.4 <= gong.duration_s <= 1.6
    assert gong.peak() > 10_000 and gong.rms() > 2_000
    assert abs(gong.samples[-1]) < 50  # ends in silence, no click


def test_real_speech_for_a_call_is_written_to_wav(qtbot: Any, make_announcer: Any,
                                                  tmp_path: Path) -> None:
    announcer = make_announcer()
    target = tmp_path / "call.wav"
    with qtbot.waitSignal(announcer.rendered, timeout=30_000) as rendered:
        announcer.render("k1", "A017", "3", target)
    assert rendered.args == ["k1", str(target)]
    audio = read_wav(target)
    speech = audio.samples[int(1.7 * audio.rate):]  # after gong and pause
    speech_rms = (sum(s * s for s in speech) / len(speech)) ** 0.5
    assert audio.rate == 22050
    assert 3.0 <= audio.duration_s <= 8.0, audio.duration_s
    assert max(abs(s) for s in speech) > 5_000
    assert speech_rms > 500, speech_rms


def test_speech_uses_the_german_voice(qtbot: Any, make_announcer: Any, tmp_path: Path) -> None:
    """The worker answers with the voices it used; German is first, English second."""
    announcer = make_announcer(SoundConfig(second_language="en"))
    answers: list[dict[str, Any]] = []
    original = announcer._on_answer
    announcer._on_answer = lambda answer: (answers.append(answer), original(answer))  # type: ignore[method-assign]
    with qtbot.waitSignal(announcer.rendered, timeout=30_000):
        announcer.render("k1", "A017", "3", tmp_path / "two.wav")
    voices = answers[0]["voices"]
    assert voices[0]["id"] == "gmw/de" and "de" in voices[0]["languages"]
    assert voices[1]["languages"][0].startswith("en")
    assert announcer.text_for("A017", "3")[0][0] == "Wartenummer A 17, bitte zu Schalter 3"


def test_a_burst_is_announced_in_order_none_lost_none_repeated(qtbot: Any,
                                                               make_announcer: Any) -> None:
    announcer = make_announcer()
    started: list[str] = []
    finished: list[str] = []
    announcer.speech_started.connect(started.append)
    announcer.announcement_finished.connect(finished.append)
    keys = [f"call-{i}" for i in range(5)]
    for i, key in enumerate(keys):
        announcer.announce(key, f"A{i + 1:03d}", str(i + 1))
    qtbot.waitUntil(lambda: len(finished) == 5, timeout=60_000)
    assert started == keys
    assert finished == keys
    assert announcer.idle


def test_the_next_announcement_waits_until_the_current_one_has_played(
        qtbot: Any, make_announcer: Any) -> None:
    player = FakePlayer()
    announcer = make_announcer(player=player)
    started: list[str] = []
    announcer.speech_started.connect(started.append)
    announcer.announce("a", "A001", "1")
    announcer.announce("b", "A002", "2")
    qtbot.waitUntil(lambda: started == ["a"], timeout=30_000)
    with qtbot.assertNotEmitted(announcer.speech_started, wait=300):
        pass  # "b" is rendered meanwhile, but does not cut "a" off
    with qtbot.waitSignal(announcer.speech_started, timeout=5_000):
        player.finished.emit()
    assert started == ["a", "b"]
    player.finished.emit()
    assert announcer.idle


def test_a_crashed_worker_is_restarted_and_nothing_is_lost(qtbot: Any,
                                                           make_announcer: Any) -> None:
    announcer = make_announcer()
    qtbot.waitUntil(lambda: announcer.worker_pid > 0, timeout=10_000)
    first = announcer.worker_pid
    announcer._process.kill()  # as if espeak had crashed the process
    finished: list[str] = []
    announcer.announcement_finished.connect(finished.append)
    announcer.announce("after-crash", "A009", "2")
    qtbot.waitUntil(lambda: finished == ["after-crash"], timeout=30_000)
    assert announcer.worker_pid not in (0, first)


def test_speech_off_plays_the_gong_alone(qtbot: Any, make_announcer: Any) -> None:
    player = FakePlayer()
    announcer = make_announcer(SoundConfig(speech=False), player=player)
    with qtbot.waitSignal(announcer.speech_started, timeout=5_000):
        announcer.announce("g", "A001", "1")
    assert player.played == [GONG]
    player.finished.emit()
    assert announcer.idle and announcer.worker_pid == 0


def test_command_line_test_announce_writes_one_wav(tmp_path: Path) -> None:
    target = tmp_path / "test.wav"
    result = subprocess.run(
        [sys.executable, "-m", "display", "--test-announce", "--wav", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    audio = read_wav(target)
    assert 3.0 <= audio.duration_s <= 8.0
    assert audio.peak() > 5_000


def test_the_worker_says_when_its_engine_is_warm(qtbot: Any, make_announcer: Any) -> None:
    announcer = make_announcer()
    with qtbot.waitSignal(announcer.speech_ready, timeout=30_000):
        pass
    assert announcer.warm

"""Queues announcements and plays them one after the other: gong, then speech.

Speech is rendered by the speech worker (a separate process, see `speech_worker`), so a slow,
failing or crashed speech engine never blocks the screen. While one announcement plays, the
next is already being rendered. A worker that dies or takes too long is killed and started
again; its request is tried once more, then the call gets the gong alone.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from display.announce.player import WavPlayer
from display.announce.text import announcement_text
from display.config import SoundConfig
from display.translations import load_translator

log = logging.getLogger(__name__)

GONG = Path(__file__).with_name("gong.wav")
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent
MAX_ATTEMPTS = 2


@dataclass(slots=True)
class _Item:
    key: str
    number: str
    counter: str
    render_to: Path | None = None  # set: write the WAV there instead of playing it
    wav: Path | None = None
    duration_s: float = 0.0
    attempts: int = 0


class Announcer(QObject):
    """Announces calls in order: none cut off, none dropped, none repeated.

    Signals:
        speech_started(key): the announcement's audio (gong, then speech) starts playing.
        announcement_finished(key): it has been played (or skipped for lack of a device).
        announcement_failed(key, reason): speech could not be made; the gong alone is played.
        rendered(key, path): a `render()` request has written its WAV file.
        speech_ready(): the speech worker has loaded its engine and voice (`warm`); calls
            made before are announced too, only a little later.
    """

    speech_started = Signal(str)
    announcement_finished = Signal(str)
    announcement_failed = Signal(str, str)
    rendered = Signal(str, str)
    speech_ready = Signal()

    def __init__(
        self,
        sound: SoundConfig,
        *,
        player: WavPlayer | None = None,
        request_timeout_s: float = 20.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sound = sound
        self._player = player or WavPlayer(sound.volume, self)
        self._player.finished.connect(self._on_player_finished)
        self._translators = [
            (load_translator(sound.language, None), sound.voice),
        ]
        if sound.second_language:
            self._translators.append(
                (load_translator(sound.second_language, None), sound.second_voice)
            )
        self._tmp = tempfile.TemporaryDirectory(prefix="wartemarke-announce-")
        self._waiting: deque[_Item] = deque()
        self._in_flight: _Item | None = None
        self._ready: deque[_Item] = deque()
        self._playing: _Item | None = None
        self._process: QProcess | None = None
        self._worker_up = False
        self._warm = False
        self._stopping = False
        self._restarts = 0
        self._buffer = b""
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(int(request_timeout_s * 1000))
        self._timeout.timeout.connect(self._on_timeout)
        self._restart_timer = QTimer(self)
        self._restart_timer.setSingleShot(True)
        self._restart_timer.timeout.connect(self._start_worker)

    # -- public --------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        return not (self._waiting or self._in_flight or self._ready or self._playing)

    @property
    def warm(self) -> bool:
        """The running speech worker has its engine and voice loaded."""
        return self._warm

    @property
    def worker_pid(self) -> int:
        return int(self._process.processId()) if self._process is not None else 0

    def text_for(self, number: str, counter: str) -> list[tuple[str, str]]:
        """(sentence, voice) per spoken language."""
        return [(announcement_text(number, counter, tr), voice) for tr, voice in self._translators]

    def start(self) -> None:
        self._stopping = False
        if self.sound.speech:
            self._start_worker()

    def stop(self) -> None:
        self._stopping = True
        self._timeout.stop()
        self._restart_timer.stop()
        self._player.stop()
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(2000):
                process.kill()
                process.waitForFinished(2000)
        self._tmp.cleanup()

    def announce(self, key: str, number: str, counter: str) -> None:
        self._waiting.append(_Item(key, number, counter))
        self._pump()

    def render(self, key: str, number: str, counter: str, target: Path) -> None:
        """Writes gong and speech for a call into `target` instead of playing it."""
        self._waiting.append(_Item(key, number, counter, render_to=target))
        self._pump()

    # -- worker --------------------------------------------------------------------------

    def _start_worker(self) -> None:
        if self._stopping:
            return
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        paths = [str(_PACKAGE_ROOT), env.value("PYTHONPATH", "")]
        env.insert("PYTHONPATH", os.pathsep.join(p for p in paths if p))
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._on_worker_output)
        process.readyReadStandardError.connect(self._on_worker_stderr)
        process.started.connect(self._on_worker_started)
        process.finished.connect(self._on_worker_finished)
        process.errorOccurred.connect(self._on_worker_error)
        self._process = process
        self._buffer = b""
        process.start(sys.executable, ["-u", "-m", "display.announce.speech_worker"])

    def _on_worker_started(self) -> None:
        self._worker_up = True
        self._pump()

    def _on_worker_stderr(self) -> None:
        if self._process is not None:
            text = bytes(self._process.readAllStandardError().data()).decode(errors="replace")
            for line in text.splitlines():
                log.debug("speech worker: %s", line)

    def _on_worker_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._on_worker_finished()

    def _on_worker_finished(self, *_: Any) -> None:
        sender = self.sender()
        if sender is not None and sender is not self._process:
            return  # an old worker that was replaced already
        self._worker_up = False
        self._warm = False
        self._timeout.stop()
        if self._stopping:
            return
        item, self._in_flight = self._in_flight, None
        if item is not None:
            if item.attempts >= MAX_ATTEMPTS:
                self._give_up(item, "the speech worker stopped while rendering")
            else:
                self._waiting.appendleft(item)
        self._restarts += 1
        delay = min(30_000, 500 * 2 ** min(self._restarts, 6))
        log.warning("speech worker ended; starting it again in %.1f s", delay / 1000)
        self._restart_timer.start(delay)

    def _on_timeout(self) -> None:
        log.warning("speech worker took too long; killing it")
        if self._process is not None:
            self._process.kill()

    def _pump(self) -> None:
        if self._in_flight is not None or not self._waiting:
            return
        if not self.sound.speech:
            while self._waiting:
                self._give_up(self._waiting.popleft(), "")
            self._play_next()
            return
        if not self._worker_up or self._process is None:
            return
        item = self._waiting.popleft()
        item.attempts += 1
        self._in_flight = item
        target = item.render_to or Path(self._tmp.name) / f"call-{id(item)}.wav"
        segments = self.text_for(item.number, item.counter)
        request = {
            "key": item.key,
            "segments": [{"text": text, "voice": voice} for text, voice in segments],
            "rate": self.sound.rate,
            "volume": self.sound.volume,
            "out": str(target),
            "gong": str(GONG) if self.sound.gong else None,
        }
        self._process.write((json.dumps(request) + "\n").encode())
        self._timeout.start()

    def _on_worker_output(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            try:
                answer = json.loads(line)
            except ValueError:
                log.warning("speech worker said something odd: %r", line[:200])
                continue
            if isinstance(answer, dict) and answer.get("ready") is True:
                self._warm = True
                self.speech_ready.emit()
                continue
            self._on_answer(answer)

    def _on_answer(self, answer: dict[str, Any]) -> None:
        item, self._in_flight = self._in_flight, None
        self._timeout.stop()
        if item is None or answer.get("key") != item.key:
            log.warning("unexpected speech answer %r", answer)
        elif not answer.get("ok"):
            self._give_up(item, str(answer.get("error", "unknown error")))
        elif item.render_to is not None:
            self.rendered.emit(item.key, str(item.render_to))
        else:
            item.wav, item.duration_s = Path(answer["out"]), float(answer["duration_s"])
            self._ready.append(item)
        self._restarts = 0
        self._pump()
        self._play_next()

    def _give_up(self, item: _Item, reason: str) -> None:
        """Speech is off or failed: the gong alone still tells the room to look up."""
        if reason:
            log.warning("announcement %s without speech: %s", item.key, reason)
            self.announcement_failed.emit(item.key, reason)
        if item.render_to is not None:
            if not reason and self.sound.gong:
                shutil.copyfile(GONG, item.render_to)
                self.rendered.emit(item.key, str(item.render_to))
            elif not reason:
                self.announcement_failed.emit(item.key, "sound is switched off")
        elif self.sound.gong:
            item.wav, item.duration_s = GONG, 1.5
            self._ready.append(item)
        else:
            self.announcement_finished.emit(item.key)

    # -- playback ------------------------------------------------------------------------

    def _play_next(self) -> None:
        if self._playing is not None or not self._ready:
            return
        item = self._ready.popleft()
        self._playing = item
        self.speech_started.emit(item.key)
        self._player.play(item.wav or GONG, item.duration_s)

    def _on_player_finished(self) -> None:
        item, self._playing = self._playing, None
        if item is None:
            return
        if item.wav is not None and item.wav != GONG:
            item.wav.unlink(missing_ok=True)
        self.announcement_finished.emit(item.key)
        self._play_next()

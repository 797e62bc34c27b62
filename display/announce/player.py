"""Plays one announcement WAV at a time through QtMultimedia, or pretends to when it can't."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

log = logging.getLogger(__name__)


class WavPlayer(QObject):
    """Plays a WAV file and reports when it is over.

    Without a sound device (or when playback fails) it logs that once and reports the file as
    finished right away, so announcements keep flowing and the display keeps working.
    A watchdog ends playback that never reports its end.

    Signals:
        finished: the current file has been played (or skipped).
    """

    finished = Signal()

    def __init__(self, volume: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume = volume
        self._effect: QSoundEffect | None = None
        self._busy = False
        self._warned = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)

    @property
    def busy(self) -> bool:
        return self._busy

    def play(self, path: Path, duration_s: float) -> None:
        self._busy = True
        if not QMediaDevices.audioOutputs():
            self._warn_once("no sound device found; announcements are not played aloud")
            QTimer.singleShot(0, self._done)
            return
        if self._effect is None:
            self._effect = QSoundEffect(self)
            self._effect.statusChanged.connect(self._on_effect_status_changed)
            self._effect.playingChanged.connect(self._on_effect_playing_changed)
        self._effect.setVolume(self._volume)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._watchdog.start(int((duration_s + 3.0) * 1000))
        if self._effect.status() == QSoundEffect.Status.Ready:
            self._effect.play()

    def stop(self) -> None:
        self._watchdog.stop()
        if self._effect is not None:
            self._effect.stop()
        self._busy = False

    def _warn_once(self, message: str) -> None:
        if not self._warned:
            self._warned = True
            log.warning(message)

    def _on_effect_status_changed(self) -> None:
        assert self._effect is not None
        status = self._effect.status()
        if status == QSoundEffect.Status.Ready and self._busy and not self._effect.isPlaying():
            self._effect.play()
        elif status == QSoundEffect.Status.Error and self._busy:
            self._warn_once("announcement playback failed; continuing without sound")
            self._done()

    def _on_effect_playing_changed(self) -> None:
        if self._effect is not None and not self._effect.isPlaying() and self._busy:
            self._done()

    def _on_watchdog_timeout(self) -> None:
        self._warn_once("announcement playback did not end in time; skipping")
        if self._effect is not None:
            self._effect.stop()
        self._done()

    def _done(self) -> None:
        if not self._busy:
            return
        self._watchdog.stop()
        self._busy = False
        self.finished.emit()

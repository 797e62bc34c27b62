"""The Qt binding must not leak or drop references on hot paths.

PySide6 6.12.0 on Python 3.11 returns None from void calls and True from Signal.emit()
without taking a reference: after a few thousand calls the interpreter aborts with
"bool_dealloc" / "none_dealloc". A display or counter runs all day, so this is checked in a
subprocess (an abort must fail the test, not kill the test run).
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
class Probe(QObject):
    poked = Signal(int)
probe, timer = Probe(), QTimer()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(50_000):
    probe.setObjectName("x")
    timer.setInterval(5)
    probe.poked.emit(1)
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_void_calls_and_emits_keep_refcounts_balanced() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-500:]
    none_delta, true_delta = (int(x) for x in result.stdout.split())
    assert abs(none_delta) < 1000 and abs(true_delta) < 1000

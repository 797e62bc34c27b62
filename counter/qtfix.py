"""Works around a reference-count bug of the PySide6 6.12 abi3 wheels on CPython 3.11.

`SignalInstance.emit()` returns `True`, and void methods return `None`, without taking a
reference. On Python 3.12+ these objects are immortal and nothing happens; on 3.11 every
call costs one reference and after some thousands the interpreter aborts ("Fatal Python
error: bool_dealloc"). A counter app runs all day, so it would crash.

`apply()` probes for the bug and only then gives None/True/False a reference count so high
that no amount of lost references uses it up (what Python 3.12 does anyway). The display
app carries the same fix (apps do not import each other); the proper fix is a PySide6
without the bug or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

#: Added to the singletons' reference counts (CPython 3.11: ob_refcnt is the first field).
HEADROOM = 1 << 40
_state = {"applied": False}


class _Probe(QObject):
    probed = Signal()


def _loses_references() -> bool:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(4):
        probe.setObjectName("probe")
        probe.probed.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def apply() -> None:
    """Once per process: make None/True/False effectively immortal if PySide6 needs it."""
    if _state["applied"]:
        return
    _state["applied"] = True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if not _loses_references():
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    log.info("PySide6 loses references to None/True/False; applied the 3.11 workaround")

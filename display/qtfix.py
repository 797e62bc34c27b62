"""Works around reference-count bugs of the PySide6 6.12 wheels on CPython 3.11.

The abi3 wheels return `None` from every void method (`setText`, `processEvents`,
`QTimer.start`, ...) and `True` from `SignalInstance.emit()` without taking a reference
— harmless on Python 3.12+, where these objects are immortal, fatal on 3.11: each call
takes one reference, and after some thousands the interpreter aborts with
"Fatal Python error: none_dealloc / bool_dealloc". A display runs all day, so it would
crash within hours (a busy one within minutes).

`apply()` probes whether the running PySide6 has the bug and, only then, gives `None`,
`True` and `False` a reference count so high (2**40) that no day of lost references can
use it up — which is what Python 3.12 does for them anyway. It changes nothing on a fixed
PySide6 or on Python 3.12+. The proper fix is a PySide6 without the bug or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

#: Added to the singletons' reference counts (CPython 3.11: ob_refcnt is the first field).
HEADROOM = 1 << 40
_applied = False


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
    """Once per process: makes None/True/False effectively immortal if PySide6 needs it."""
    global _applied  # a process-wide, idempotent fix
    if _applied:
        return
    _applied = True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if not _loses_references():
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    log.info("PySide6 loses references to None/True/False; applied the 3.11 workaround")

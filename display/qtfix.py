"""Works around a reference-count bug of PySide6 6.12 on CPython < 3.12.

`SignalInstance.emit()` returns `True` without taking a reference to it, so every emit from
Python takes one reference from `True`; after a few hundred emits the interpreter aborts with
"Fatal Python error: bool_dealloc: deallocating True or False". A display emits for every
hub event, so it would crash within minutes.

`apply()` checks whether the running PySide6 has the bug (one probe emit) and, only then,
wraps `emit` to give the reference back. With a fixed PySide6 it changes nothing. Python
3.12+ has immortal `True`, where the bug is harmless and the probe finds nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger(__name__)

_applied = False


class _Probe(QObject):
    probed = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.probed.emit()
    return sys.getrefcount(True) < before


def apply() -> None:
    """Patches `SignalInstance.emit` once per process if, and only if, it is broken."""
    global _applied
    if _applied:
        return
    _applied = True
    if not _emit_loses_a_reference():
        return
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    log.info("PySide6 emit() reference bug found; using the workaround")

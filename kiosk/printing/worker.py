"""TicketPrinter: the kiosk's printer, with all printer I/O on one worker thread.

The screens call it from the Qt (GUI) thread; it never blocks there. Requests go to a
worker object living in a QThread through queued signals and its answers come back the
same way, so every public signal is emitted on the thread that owns the TicketPrinter.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot

from kiosk.printing import job
from kiosk.printing.config import PrinterConfig
from kiosk.printing.status import UNKNOWN, PrinterStatus
from kiosk.printing.ticket import TicketPrint

logger = logging.getLogger(__name__)


class _PrintWorker(QObject):
    """Lives in the printer thread and runs the blocking jobs one after the other."""

    status_checked = Signal(object)
    job_finished = Signal(str, object)  # job_id, job.JobResult

    def __init__(self, config: PrinterConfig, stopping: threading.Event) -> None:
        super().__init__()
        self._config = config
        #: set by `TicketPrinter.shutdown`: jobs still queued are dropped, not printed
        self._stopping = stopping

    @Slot()
    def prepare(self) -> None:
        """Load python-escpos and the printer's profile now, in this thread: the first
        load parses the capability database (hundreds of milliseconds), which would
        otherwise delay the first visitor's ticket."""
        try:
            self._config.create_printer()
        except Exception:  # the real job reports any problem with the printer setting
            logger.exception("preparing the printer driver failed")

    @Slot()
    def check_status(self) -> None:
        try:
            status = job.check_status(self._config)
        except Exception as exc:  # a bug must not kill the thread silently
            logger.exception("printer status check failed")
            status = PrinterStatus(error=f"status check failed: {exc}", error_code="no_answer")
        self.status_checked.emit(status)

    @Slot(str, object)
    def print_ticket(self, job_id: str, ticket: TicketPrint) -> None:
        if self._stopping.is_set():
            # QThread.quit() lets the event loop finish the events it has already taken,
            # so a queued job could still start; shutdown reports it as "disabled".
            logger.info("print job %s dropped: the printer is shutting down", job_id)
            return
        try:
            result = job.print_ticket(self._config, ticket)
        except Exception as exc:
            logger.exception("print job %s failed", job_id)
            result = job.JobResult("error", f"printing failed: {exc}")
        self.job_finished.emit(job_id, result)


class TicketPrinter(QObject):
    """Prints tickets and reads the printer's status without blocking the GUI thread.

    A job_id is accepted once: a second ``print_ticket`` with the same id (whatever the
    first outcome) is answered with ``failed(job_id, "duplicate", …)`` and prints nothing,
    so a ticket is never printed twice; a reprint needs a new id. Every answer arrives
    asynchronously (never from inside the call), also when printing is switched off.

    Signals:
        status_checked(PrinterStatus): answer to check_status().
        printed(job_id): the ticket was sent and the printer reported no fault. With
            printing switched off ("none") every job counts as printed.
        failed(job_id, code, message): nothing or only part of a ticket was printed.
            code is one of "offline", "paper_out", "cover_open", "unreachable", "error",
            "duplicate", "disabled" (shut down); message is English, for logs.
    """

    status_checked = Signal(object)
    printed = Signal(str)
    failed = Signal(str, str, str)

    _check_requested = Signal()
    _prepare_requested = Signal()
    _print_requested = Signal(str, object)
    _status_later = Signal(object)
    _printed_later = Signal(str)
    _failed_later = Signal(str, str, str)

    def __init__(self, config: PrinterConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._seen_jobs: set[str] = set()
        self._pending: set[str] = set()
        self._thread: QThread | None = None
        self._status_later.connect(self.status_checked, Qt.ConnectionType.QueuedConnection)
        self._printed_later.connect(self.printed, Qt.ConnectionType.QueuedConnection)
        self._failed_later.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        if not config.enabled:
            return
        self._stopping = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("ticket-printer")
        self._worker = _PrintWorker(config, self._stopping)
        self._worker.moveToThread(self._thread)
        self._prepare_requested.connect(self._worker.prepare)
        self._check_requested.connect(self._worker.check_status)
        self._print_requested.connect(self._worker.print_ticket)
        self._worker.status_checked.connect(self._on_worker_status_checked)
        self._worker.job_finished.connect(self._on_worker_job_finished)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self._prepare_requested.emit()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def enabled(self) -> bool:
        """False when printing is switched off (printer URL "none")."""
        return self._config.enabled

    @property
    def config(self) -> PrinterConfig:
        return self._config

    @property
    def io_thread(self) -> QThread | None:
        """The thread doing printer I/O (None when printing is off or shut down)."""
        return self._thread

    def check_status(self) -> None:
        """Reads the printer status in the background; answers with status_checked."""
        if self._thread is None:
            self._status_later.emit(UNKNOWN)
            return
        self._check_requested.emit()

    def print_ticket(self, job_id: str, ticket: TicketPrint) -> None:
        """Prints a ticket in the background; answers with printed or failed."""
        if job_id in self._seen_jobs:
            logger.warning("print job %s was already submitted; not printing again", job_id)
            self._failed_later.emit(job_id, "duplicate", f"job {job_id} was already submitted")
            return
        self._seen_jobs.add(job_id)
        if not self.enabled:
            logger.info("printing is switched off; ticket %s counts as issued", ticket.number)
            self._printed_later.emit(job_id)
            return
        if self._thread is None:
            self._failed_later.emit(job_id, "disabled", "ticket printer was shut down")
            return
        self._pending.add(job_id)
        self._print_requested.emit(job_id, ticket)

    def shutdown(self) -> None:
        """Finishes the running job, drops queued ones (reported as failed "disabled")
        and stops the thread. Safe to call twice."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopping.set()
        thread.quit()
        # A job blocked on the network ends within its timeouts (connect, send, 2 queries).
        if not thread.wait(int((self._config.timeout_s * 4 + 5) * 1000)):
            logger.error("printer thread did not stop in time")
        # Deliver answers the worker posted before it stopped.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)
        for job_id in sorted(self._pending):
            self.failed.emit(job_id, "disabled", "ticket printer was shut down before printing")
        self._pending.clear()

    @Slot(object)
    def _on_worker_status_checked(self, status: PrinterStatus) -> None:
        self.status_checked.emit(status)

    @Slot(str, object)
    def _on_worker_job_finished(self, job_id: str, result: job.JobResult) -> None:
        if job_id not in self._pending:
            return
        self._pending.discard(job_id)
        if result.ok:
            logger.info("print job %s printed", job_id)
            self.printed.emit(job_id)
        else:
            logger.warning("print job %s failed: %s (%s)", job_id, result.code, result.message)
            self.failed.emit(job_id, result.code or "error", result.message)

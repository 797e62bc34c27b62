"""PrinterDouble: a network receipt printer on 127.0.0.1 for tests.

A real TCP server in background threads. It records every byte per connection and answers
the real-time status queries ``DLE EOT 1/2/4`` the way an Epson printer would in the
chosen mode:

* ``online``: all fine.  ``near_end``: fine, but the roll is nearly used up.
* ``paper_out``, ``offline``, ``cover_open``, ``error``: offline, with that cause.
* ``garbage``: answers bytes that are no status.  ``silent``: never answers.
* ``reset_mid_ticket``: answers normally, then drops the connection with a TCP reset after
  ``reset_after`` bytes.
* ``runs_out``: online until it receives a cut (``GS V``), paper out after it.

Usage::

    with PrinterDouble("paper_out") as printer:
        config = parse_printer_url(printer.url)
        ...
        data = printer.wait_for_job(timeout=5)
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
from types import TracebackType

OK = 0x12
_ANSWERS = {
    "online": {1: OK, 2: OK, 4: OK},
    "near_end": {1: OK, 2: OK, 4: 0x1E},
    "paper_out": {1: 0x1A, 2: 0x32, 4: 0x72},
    "offline": {1: 0x1A, 2: OK, 4: OK},
    "cover_open": {1: 0x1A, 2: 0x16, 4: OK},
    "error": {1: 0x1A, 2: 0x52, 4: OK},
}
MODES = (*_ANSWERS, "garbage", "silent", "reset_mid_ticket", "runs_out")
STATUS_QUERY = b"\x10\x04"
CUT = b"\x1dV"


class PrinterDouble:
    """A fake ESC/POS network printer; see the module docstring.

    Attributes:
        mode: how it answers status queries (may be changed between jobs).
        reset_after: bytes after which ``reset_mid_ticket`` drops the connection.
        jobs: the bytes of each finished connection, in order.
        queries: every status query number received (1, 2, 4, …), in order.
    """

    def __init__(self, mode: str = "online", *, reset_after: int = 64) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {MODES}")
        self.mode = mode
        self.reset_after = reset_after
        self.jobs: list[bytes] = []
        self.queries: list[int] = []
        self._cond = threading.Condition()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._wake_r, self._wake_w = socket.socketpair()
        self._conns: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._stopping = False

    @property
    def port(self) -> int:
        return int(self._server.getsockname()[1])

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def __enter__(self) -> PrinterDouble:
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self._start(self._accept_loop, "printer-double-accept")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stops the server and every connection thread."""
        with self._cond:
            self._stopping = True
            conns = list(self._conns)
        self._wake_w.send(b"x")
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=10)
        self._server.close()
        self._wake_r.close()
        self._wake_w.close()

    def wait_for_job(self, timeout: float = 10.0, index: int = 0) -> bytes:
        """The bytes of connection ``index`` once it has been closed."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.jobs) > index, timeout):
                raise TimeoutError(f"no print job #{index} within {timeout} s")
            return self.jobs[index]

    def _start(self, target: object, name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._server, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                ready = [key.fileobj for key, _ in selector.select()]
                if self._wake_r in ready:
                    return
                conn, _ = self._server.accept()
                with self._cond:
                    if self._stopping:
                        conn.close()
                        return
                    self._conns.append(conn)
                self._start(self._serve, "printer-double-conn", conn)

    def _answer(self, n: int, received: bytes) -> bytes:
        mode = self.mode
        if mode == "silent":
            return b""
        if mode == "garbage":
            return b"\xff"
        if mode == "runs_out":
            mode = "paper_out" if CUT in received else "online"
        answers = _ANSWERS.get(mode, _ANSWERS["online"])
        return bytes([answers.get(n, OK)])

    def _serve(self, conn: socket.socket) -> None:
        buf = bytearray()
        scan = 0
        reset = False
        try:
            while not reset:
                try:
                    data = conn.recv(4096)
                except OSError:
                    break
                if not data:
                    break
                buf += data
                if self.mode == "reset_mid_ticket" and len(buf) >= self.reset_after:
                    del buf[self.reset_after :]
                    reset = True
                scan = self._answer_queries(conn, buf, scan)
            if reset:
                # Linger 0: close() sends a TCP reset, like a printer that lost power.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        finally:
            conn.close()
            with self._cond:
                self._conns.remove(conn)
                self.jobs.append(bytes(buf))
                self._cond.notify_all()

    def _answer_queries(self, conn: socket.socket, buf: bytearray, scan: int) -> int:
        while True:
            i = buf.find(STATUS_QUERY, scan)
            if i < 0:
                return max(scan, len(buf) - 1)
            if i + 2 >= len(buf):
                return i  # the query's last byte has not arrived yet
            n = buf[i + 2]
            with self._cond:
                self.queries.append(n)
            answer = self._answer(n, bytes(buf[:i]))
            if answer:
                with contextlib.suppress(OSError):
                    conn.sendall(answer)
            scan = i + 3

"""FlakyProxy: a TCP proxy on 127.0.0.1 that can cut the line between an app and the hub.

Modes (change at any time with `set_mode`):

* ``pass``: bytes flow both ways (optionally each chunk held back by ``delay_s``).
* ``drop``: every open connection is reset and new ones are accepted and reset at once —
  the hub's PC was switched off or the switch port went dark with the RST seen.
* ``blackhole``: connections are accepted but nothing is forwarded either way, also on the
  connections already open — a pulled cable: the app only notices through its timeouts.

Usage::

    with FlakyProxy(hub.url) as proxy:
        client = HubClient(proxy.url, token)
        proxy.set_mode("drop")
        ...
        proxy.set_mode("pass")
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from types import TracebackType

MODES = ("pass", "drop", "blackhole")


class FlakyProxy:
    """See the module docstring.

    Attributes:
        mode: the current mode.
        delay_s: extra delay per forwarded chunk in ``pass`` mode.
        accepted: connections accepted so far (all modes).
    """

    def __init__(self, target_url: str) -> None:
        host, port = target_url.split("//", 1)[-1].rstrip("/").rsplit(":", 1)
        self.target = (host, int(port))
        self.mode = "pass"
        self.delay_s = 0.0
        self.accepted = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="flaky-proxy",
                                        daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FlakyProxy:
        self._thread.start()
        self._server = self._call(self._start())
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if not self._thread.is_alive():
            return
        self._call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def set_mode(self, mode: str, delay_s: float = 0.0) -> None:
        """Switch mode; ``drop`` resets every open connection before it returns."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {MODES}")
        self._call(self._set_mode(mode, delay_s))

    # -- on the proxy's loop ------------------------------------------------------------

    def _call(self, coro: object) -> object:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)  # type: ignore[arg-type]

    async def _start(self) -> asyncio.AbstractServer:
        return await asyncio.start_server(self._serve, "127.0.0.1", 0)

    async def _set_mode(self, mode: str, delay_s: float) -> None:
        self.mode, self.delay_s = mode, delay_s
        if mode == "drop":
            for writer in list(self._writers):
                _reset(writer)
            self._writers.clear()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            _reset(writer)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        if self.mode == "drop":
            _reset(writer)
            return
        self._writers.add(writer)
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            _reset(writer)
            return
        self._writers.add(up_writer)
        for src, dst in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.create_task(self._pump(src, dst, (writer, up_writer)))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _pump(self, src: asyncio.StreamReader, dst: asyncio.StreamWriter,
                    pair: tuple[asyncio.StreamWriter, asyncio.StreamWriter]) -> None:
        try:
            while True:
                data = await src.read(65536)
                if not data:
                    break
                if self.mode == "blackhole":
                    continue  # swallowed: the cable is pulled
                if self.delay_s:
                    await asyncio.sleep(self.delay_s)
                if self.mode != "pass":
                    continue
                dst.write(data)
                await dst.drain()
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            for writer in pair:
                self._writers.discard(writer)
                with contextlib.suppress(OSError, RuntimeError):
                    writer.close()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset (linger 0), as a dead peer or a firewall would."""
    sock = writer.get_extra_info("socket")
    with contextlib.suppress(OSError, RuntimeError):
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

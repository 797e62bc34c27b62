"""A WebSocket display for the benchmark that costs almost no CPU per event.

During the throughput run 20 displays receive every event (about 30,000 messages a second
at 1,000 commands/s). A full WebSocket client would spend more CPU on that than the hub
and, on a 2-core machine, slow the hub down: the benchmark would measure itself. This one
does the HTTP upgrade by hand (asking for `batch=1`, as the apps do), reads the socket in
large chunks and only splits the (unmasked, unfragmented) server frames to find each
event's `seq`, which the hub always writes first (`{"seq":N,"type":...}`). It keeps every
seq, so the run can check that no display missed or doubled an event.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import re
import struct
from urllib.parse import urlsplit

from bench.common import now_ns

#: Where an event starts: the hub writes `seq` first and `type` second in every event.
_SEQ = re.compile(rb'\{"seq":(\d+),"type":')


class LeanDisplay:
    """One subscribed display: `seqs` received, `caught_up` once `target` is reached."""

    def __init__(self, url: str, token: str) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.token = token
        self.seqs: list[int] = []
        self.target: int | None = None
        self.caught_up = asyncio.Event()
        self.caught_up_ns = 0
        self._buffer = bytearray()
        self._task: asyncio.Task[None] | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def connect(self, since: int) -> None:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write((
            f"GET /api/events?token={self.token}&since={since}&batch=1 HTTP/1.1\r\n"
            f"Host: {self.host}:{self.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = await reader.readuntil(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"no WebSocket upgrade: {head[:80]!r}")
        self._writer = writer
        self._task = asyncio.create_task(self._read(reader))

    def expect(self, seq: int) -> None:
        """Set `caught_up` once an event with this seq (or later) has arrived."""
        self.target = seq
        self._check()

    async def _read(self, reader: asyncio.StreamReader) -> None:
        while chunk := await reader.read(1 << 16):
            self._buffer += chunk
            self._split()
            self._check()

    def _split(self) -> None:
        buf, pos, end = self._buffer, 0, len(self._buffer)
        while end - pos >= 2:
            length, start = buf[pos + 1] & 0x7F, pos + 2
            if length == 126:
                if end - pos < 4:
                    break
                length, start = struct.unpack_from("!H", buf, pos + 2)[0], pos + 4
            elif length == 127:
                if end - pos < 10:
                    break
                length, start = struct.unpack_from("!Q", buf, pos + 2)[0], pos + 10
            if end - start < length:
                break
            if buf[pos] & 0x0F == 1:
                self.seqs.extend(map(int, _SEQ.findall(buf, start, start + length)))
            pos = start + length
        del buf[:pos]

    def _check(self) -> None:
        if (self.target is not None and not self.caught_up.is_set() and self.seqs
                and self.seqs[-1] >= self.target):
            self.caught_up_ns = now_ns()
            self.caught_up.set()

    def problems(self, first: int, last: int) -> list[str]:
        """What is wrong with the seqs received for (first, last], if anything."""
        got = [s for s in self.seqs if first < s <= last]
        if got != list(range(first + 1, last + 1)):
            missing = len(set(range(first + 1, last + 1)) - set(got))
            return [f"{missing} missing, {len(got) - len(set(got))} doubled"]
        return []

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, OSError):
                await self._task

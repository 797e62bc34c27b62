"""Running the app under uvicorn on a socket we bind ourselves (so port 0 works)."""

from __future__ import annotations

import asyncio
import gc
import logging
import socket
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

log = logging.getLogger(__name__)


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    # Lets a restarted hub take its port back at once (TIME_WAIT from the last run).
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


#: Container allocations between two young-generation collections (Python's default: 700).
GC_YOUNG_THRESHOLD = 20_000


def tune_gc() -> None:
    """Once the hub is up: keep the cyclic garbage collector off the command path.

    Every command makes hundreds of short-lived dicts and lists, so with Python's default
    thresholds a collection ran every few commands and the older generations, holding the
    framework's and the caches' long-lived objects, were traversed again and again: 7-11 %
    of the hub's CPU under load (`perf`). `gc.freeze()` moves everything alive after
    start-up out of the collector's view, and a young generation of `GC_YOUNG_THRESHOLD`
    objects makes collections rare; reference counting still frees almost everything at
    once, and the collector still runs for the few cycles commands leave behind.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 20, 20)


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop where it exists (uvicorn[standard]; not on Windows): a faster event loop."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def serve(app: FastAPI, host: str, port: int,
          on_ready: Callable[[int], None] | None = None) -> int:
    """Serve until SIGINT/SIGTERM; `on_ready(port)` runs once the hub accepts connections."""
    sock = bind(host, port)
    actual_port = sock.getsockname()[1]
    # httptools parses HTTP (uvicorn[standard]); no access log: a line per request costs
    # more than a command. No per-message compression: events are small JSON on a LAN, and
    # deflating each one for every subscriber cost more CPU than it saved bytes. No proxy
    # headers: the hub is not run behind a proxy, and a client must not choose the address
    # the login throttle counts (X-Forwarded-For).
    config = uvicorn.Config(app, log_level="warning", lifespan="on", ws="auto", http="auto",
                            access_log=False, ws_ping_interval=None, proxy_headers=False,
                            ws_per_message_deflate=False, timeout_graceful_shutdown=3)
    server = uvicorn.Server(config)

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.02)  # uvicorn has no "started" callback
        if server.started:
            tune_gc()
            if on_ready is not None:
                on_ready(actual_port)
        await task

    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        runner.run(main())
    return 0 if server.started else 1

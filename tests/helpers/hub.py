"""A real hub in a subprocess on loopback, for tests of the hub and of the apps.

`start_hub(tmp_path)` runs `python -m shared.cli demo --hub-only` and waits for the JSON line
it prints once it answers; `RunningHub.api()` is a small synchronous HTTP helper.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
#: Wednesday 25 November 2026, 09:00 in Berlin: the seeded Mon/Wed/Fri 08–12 plan is open.
DEFAULT_WEDNESDAY_0900 = "2026-11-25T09:00:00+01:00"
START_TIMEOUT_S = 30.0


class HubStartError(RuntimeError):
    pass


@dataclass
class RunningHub:
    """A hub subprocess on 127.0.0.1.

    Attributes:
        url: base URL, e.g. "http://127.0.0.1:40123".
        kiosk_token / display_token: device tokens of the demo data.
        clerk / supervisor: {"name", "pin"} of the demo clerk and supervisor.
        data_dir: the hub's data folder (SQLite file inside).
        port: TCP port (kept across `stop()`/`start()`).
    """

    url: str
    kiosk_token: str
    display_token: str
    clerk: dict[str, str]
    supervisor: dict[str, str]
    data_dir: Path
    port: int
    clock_start: str | None = None
    process: subprocess.Popen[str] | None = field(default=None, repr=False)
    _client: httpx.Client | None = field(default=None, repr=False)
    _stderr: list[str] = field(default_factory=list, repr=False)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(base_url=self.url, timeout=30)
        return self._client

    def api(self, method: str, path: str, json: Any = None,
            token: str | None = None) -> httpx.Response:
        """One HTTP request; `token` becomes `Authorization: Bearer …`."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.client.request(method, path, json=json, headers=headers)

    def login(self, counter: str = "1", who: str = "clerk", takeover: bool = True) -> str:
        """Log the demo clerk (or `who="supervisor"`) in at `counter`; returns the token."""
        person = self.clerk if who == "clerk" else self.supervisor
        answer = self.api("POST", "/api/login", {"name": person["name"], "pin": person["pin"],
                                                 "counter": counter, "takeover": takeover})
        assert answer.status_code == 200, answer.text
        return str(answer.json()["token"])

    def ws_url(self, token: str, since: int | None = None) -> str:
        url = self.url.replace("http://", "ws://") + f"/api/events?token={token}"
        return url if since is None else f"{url}&since={since}"

    def stop(self, kill: bool = False) -> None:
        """Terminate (or SIGKILL with `kill=True`) and wait for the process to end."""
        if self._client is not None:
            self._client.close()
            self._client = None
        proc = self.process
        if proc is None:
            return
        if proc.poll() is not None:
            _close_pipes(proc)
            return
        if kill:
            proc.kill()
        else:
            proc.send_signal(signal.SIGTERM if os.name != "nt" else signal.CTRL_BREAK_EVENT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        _close_pipes(proc)

    def start(self) -> None:
        """Start again on the same port and data folder (after `stop()`)."""
        info, proc, errs = _launch(self.data_dir, self.clock_start, self.port)
        self.process, self._stderr = proc, errs
        self.url = info["url"]


_DRAINS: dict[int, threading.Thread] = {}


def _close_pipes(proc: subprocess.Popen[str]) -> None:
    drain = _DRAINS.pop(proc.pid, None)
    if drain is not None:
        drain.join(10)  # it ends at EOF, which comes when the process has exited
    for pipe in (proc.stdout, proc.stderr, proc.stdin):
        if pipe is not None:
            with contextlib.suppress(OSError, ValueError):
                pipe.close()


def _launch(data_dir: Path, clock_start: str | None, port: int, *,
            wrapper: Sequence[str] = (), timeout_s: float = START_TIMEOUT_S,
            ) -> tuple[dict[str, Any], subprocess.Popen[str], list[str]]:
    cmd = [*wrapper, sys.executable, "-m", "shared.cli", "demo", "--hub-only", "--port",
           str(port), "--data", str(data_dir)]
    if clock_start:
        cmd += ["--clock-start", clock_start]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    errs: list[str] = []
    # Drain stderr in the background so a chatty hub never blocks on a full pipe.
    drain = threading.Thread(target=lambda: errs.extend(proc.stderr or []), daemon=True)
    drain.start()
    _DRAINS[proc.pid] = drain
    line_box: list[str] = []
    reader = threading.Thread(target=lambda: line_box.append(proc.stdout.readline()
                                                             if proc.stdout else ""),
                              daemon=True)
    reader.start()
    reader.join(timeout_s)
    if not line_box or not line_box[0]:
        proc.kill()
        proc.wait()
        _close_pipes(proc)
        raise HubStartError("hub did not start: " + "".join(errs)[-2000:])
    return json.loads(line_box[0]), proc, errs


def start_hub(data_dir: Path, *, clock_start: str | None = DEFAULT_WEDNESDAY_0900,
              port: int | None = None, wrapper: Sequence[str] = (),
              start_timeout_s: float = START_TIMEOUT_S) -> RunningHub:
    """Start a hub with demo data in `data_dir`; returns when it answers HTTP.

    `wrapper` goes in front of the hub's command line (the benchmark runs it under valgrind,
    which needs a longer `start_timeout_s`)."""
    info, proc, errs = _launch(data_dir, clock_start, port or 0, wrapper=wrapper,
                               timeout_s=start_timeout_s)
    hub = RunningHub(
        url=info["url"], kiosk_token=info["kiosk_token"], display_token=info["display_token"],
        clerk=info["clerk"], supervisor=info["supervisor"], data_dir=data_dir,
        port=int(info["url"].rsplit(":", 1)[1]), clock_start=clock_start, process=proc,
        _stderr=errs,
    )
    assert hub.api("GET", "/api/health").status_code == 200
    return hub


@dataclass
class InProcessHub:
    """The hub app in this process (for schemathesis and fault injection), no sockets."""

    app: Any
    store: Any
    kiosk_token: str
    display_token: str
    supervisor_token: str


def inprocess_hub(data_dir: Path, clock: Any) -> InProcessHub:
    """Build `create_app` on a fresh store with demo tokens and a logged-in supervisor."""
    from datetime import UTC, datetime

    from shared.config import load_settings
    from shared.hub.app import create_app
    from shared.hub.auth import new_token
    from shared.hub.cli import add_clerk, open_store

    settings = load_settings(data_dir)
    store = open_store(settings)
    now = datetime.now(UTC)
    kiosk, display, session = new_token(), new_token(), new_token()
    add_clerk(store, "leitung", "9876", supervisor=True)

    def setup(repos: Any) -> None:
        repos.auth.add_device(kiosk, "kiosk", "kiosk", "main", now)
        repos.auth.add_device(display, "display", "display", "main", now)
        repos.auth.add_session(session, "leitung", "supervisor", "main", "6", now)

    store.write_sync(setup)
    return InProcessHub(create_app(store, clock, settings), store, kiosk, display, session)

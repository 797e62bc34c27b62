"""`wartemarke demo`: the hub and every installed app on this machine, ready to try.

`--hub-only` runs just the hub with demo credentials and prints one JSON line once it
answers: `{"url", "kiosk_token", "display_token", "clerk", "supervisor"}` (tests use it).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from shared.domain import hours
from shared.domain.clock import Clock, local_day

log = logging.getLogger(__name__)

DEMO_FILE = "demo.json"
DEMO_CLERK = {"name": "demo", "pin": "1234"}
DEMO_SUPERVISOR = {"name": "leitung", "pin": "9876"}
APPS = ("kiosk", "counter", "display")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wartemarke demo")
    parser.add_argument("--hub-only", action="store_true", help="run only the hub")
    parser.add_argument("--data", type=Path, default=None, help="data folder")
    parser.add_argument("--host", default=None)
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--clock-start", default=None,
                        help="hub time starts at this ISO instant (tests); no extra session")
    return parser


def _credentials(store: Any, data_dir: Path) -> dict[str, Any]:
    """Demo tokens and clerks, made once per data folder and reused after a restart."""
    from shared.hub.auth import new_token
    from shared.hub.cli import add_clerk

    path = data_dir / DEMO_FILE
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    now = datetime.now(UTC)
    creds = {"kiosk_token": new_token(), "display_token": new_token(),
             "clerk": DEMO_CLERK, "supervisor": DEMO_SUPERVISOR}
    store.write_sync(lambda r: r.auth.add_device(creds["kiosk_token"], "kiosk", "demo kiosk",
                                                 "main", now))
    store.write_sync(lambda r: r.auth.add_device(creds["display_token"], "display",
                                                 "demo display", "main", now))
    add_clerk(store, DEMO_CLERK["name"], DEMO_CLERK["pin"])
    add_clerk(store, DEMO_SUPERVISOR["name"], DEMO_SUPERVISOR["pin"], supervisor=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(creds), encoding="utf-8")
    os.replace(tmp, path)
    return creds


def _open_today(store: Any, clock: Clock) -> None:
    """Add an extra session from now to the end of the local day if the office is closed."""
    now = clock.now()

    def add(repos: Any) -> None:
        org = repos.office.org("main")
        plan = repos.office.hours_plan(org)
        letters = [s.letter for s in repos.office.services("main")]
        if hours.office_status(plan, letters, now).open:
            return
        local = now.astimezone(plan.zone)
        start = local.replace(second=0, microsecond=0) - timedelta(minutes=1)
        if start.date() != local.date():
            start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        repos.office.add_session("main", local_day(now), start.strftime("%H:%M"), "23:59", None)

    store.write_sync(add)


def hub_only(args: argparse.Namespace) -> int:
    from shared.config import ConfigError
    from shared.hub.app import create_app
    from shared.hub.cli import clock_from, open_store, settings_from
    from shared.hub.server import serve

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    try:
        settings = settings_from(args)
        clock = clock_from(args.clock_start)
    except (ConfigError, ValueError) as exc:
        sys.stderr.write(f"wartemarke: {exc}\n")
        return 2
    store = open_store(settings)
    try:
        creds = _credentials(store, settings.data_dir)
        if not args.clock_start:
            _open_today(store, clock)
        host = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host  # noqa: S104

        def ready(port: int) -> None:
            line = {"url": f"http://{host}:{port}", **creds}
            sys.stdout.write(json.dumps(line) + "\n")
            sys.stdout.flush()

        return serve(create_app(store, clock, settings), settings.host, settings.port, ready)
    finally:
        store.close()


def _app_commands(info: dict[str, Any]) -> list[tuple[str, list[str], str | None]]:
    url, py = info["url"], sys.executable
    wanted = {
        # `--token=…`: a token made before tokens stopped beginning with "-" still parses
        "kiosk": ([py, "-m", "kiosk", "--hub", url, f"--token={info['kiosk_token']}",
                   "--windowed"], None),
        "counter": ([py, "-m", "counter", "--hub", url, "--name", info["clerk"]["name"],
                     "--counter", "1", "--pin-stdin", "--windowed"], info["clerk"]["pin"]),
        "display": ([py, "-m", "display", "--hub", url, f"--token={info['display_token']}",
                     "--windowed"], None),
    }
    result = []
    for app in APPS:
        try:
            found = importlib.util.find_spec(f"{app}.__main__") is not None
        except ModuleNotFoundError:
            found = False
        if found:
            result.append((app, *wanted[app]))
    return result


def with_apps(args: argparse.Namespace, argv: list[str]) -> int:
    hub_cmd = [sys.executable, "-m", "shared.cli", "demo", "--hub-only", *argv]
    hub = subprocess.Popen(hub_cmd, stdout=subprocess.PIPE, text=True)  # noqa: S603
    apps: list[subprocess.Popen[str]] = []
    try:
        line = hub.stdout.readline() if hub.stdout else ""
        if not line:
            sys.stderr.write("wartemarke: the hub did not start\n")
            return 1
        info = json.loads(line)
        sys.stdout.write(f"hub: {info['url']}  clerk {info['clerk']['name']} PIN "
                         f"{info['clerk']['pin']}, supervisor {info['supervisor']['name']} "
                         f"PIN {info['supervisor']['pin']}\n")
        for name, cmd, stdin_text in _app_commands(info):
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, text=True)  # noqa: S603
            if stdin_text is not None and proc.stdin:
                proc.stdin.write(stdin_text + "\n")
                proc.stdin.flush()
            if proc.stdin:
                proc.stdin.close()
            apps.append(proc)
            log.info("started %s", name)
        if not apps:
            sys.stdout.write("no apps installed; the hub runs until Ctrl+C\n")
            hub.wait()
        for proc in apps:
            proc.wait()
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        for proc in [*apps, hub]:
            if proc.poll() is None:
                proc.terminate()
        for proc in [*apps, hub]:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.hub_only:
        return hub_only(args)
    return with_apps(args, argv)

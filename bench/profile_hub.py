"""Where a durable command's time goes: issue + next in-process under cProfile.

    .venv/bin/python bench/profile_hub.py [--history 150000] [--pairs 200]

Runs the hub app in-process (TestClient) and profiles only the store's writer thread, where
every command body runs (`Hub._command_here`: domain rule, SQL, event and queue work) —
HTTP and the event loop are left out of the profile but not of the commands/s figure.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import prepare_office
from bench.history import RETENTION_DAYS, write_history


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--history", type=int, default=0)
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)

    from fastapi.testclient import TestClient

    from shared.config import load_settings
    from shared.domain.clock import OffsetClock
    from shared.hub.app import create_app
    from shared.hub.cli import open_store

    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        data = Path(tmp)
        tokens = prepare_office(data, 50, retention_days=RETENTION_DAYS)
        if args.history:
            write_history(data, args.history)
        from datetime import datetime

        from shared.hub.auth import new_token

        settings = load_settings(data)
        store = open_store(settings)
        kiosk = new_token()
        store.write_sync(lambda r: r.auth.add_device(kiosk, "kiosk", "k", "main",
                                                     datetime.fromisoformat(
                                                         "2026-11-25T08:00:00+00:00")))
        clock = OffsetClock(datetime.fromisoformat("2026-11-25T09:00:00+01:00"))
        app = create_app(store, clock, settings)
        with TestClient(app) as client:
            def pair(i: int) -> None:
                ok = client.post("/api/tickets", json={"service": "A"},
                                 headers={"Authorization": f"Bearer {kiosk}"})
                assert ok.status_code == 201, ok.text
                client.post(f"/api/counters/{1 + i % 50}/next", json={},
                            headers={"Authorization": f"Bearer {tokens[str(1 + i % 50)]}"})

            for i in range(20):
                pair(i)
            profiler = cProfile.Profile()
            began = time.perf_counter()
            # enable() profiles the thread that calls it: run it on the writer thread.
            store._executor.submit(profiler.enable).result()
            for i in range(args.pairs):
                pair(i)
            store._executor.submit(profiler.disable).result()
            elapsed = time.perf_counter() - began
        store.close()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())
    print(f"{2 * args.pairs / elapsed:.0f} commands/s in-process (writer thread profiled, "
          f"TestClient), history {args.history}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

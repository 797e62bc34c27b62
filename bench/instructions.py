"""Instructions the hub executes per durable command, counted by valgrind's callgrind.

    .venv/bin/python bench/instructions.py [--pairs 10] [--connections 50] [--displays 20]
                                           [--backlog 150] [--history 150000]

(needs Debian's valgrind; not part of the tests; `bench/compare.py --instructions` runs it
for two versions of the hub.)

On a shared virtual machine the speed swings by up to 1.6x within minutes, so commands per
second and CPU time per command only tell a change of a few percent after many runs that
take turns. An instruction count does not follow the machine's speed: the same version
gives the same count within about 1 % (seen here: 1,604 and 1,610 thousand), whatever else
the machine is doing. It is a proxy, not a time: it leaves out the kernel (system calls
and loopback TCP), waits for the GIL, and weighs a cheap instruction (memcpy) as much as a
costly one. Use it to see whether a change to the hub's code does less work; confirm with
`bench/throughput.py` runs that it also makes more commands per second.

The hub runs under callgrind with counting off; it is switched on (`callgrind_control`)
once the office is set up, `--backlog` visitors wait and `--displays` lean displays follow
the events, and off again when every connection has made its `--pairs` issue + next pairs
and every display has received every event: the count covers exactly those commands and
their fan-out.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import SERVICES, HttpConn, Office, prepare_office
from bench.history import RETENTION_DAYS, write_history
from bench.throughput import _issue_backlog, _last_seq
from bench.wire import LeanDisplay
from tests.helpers.hub import start_hub

#: Starting Python and the hub under valgrind takes 10-20 s here.
START_TIMEOUT_S = 180.0
#: The hub's clock: a Wednesday morning in open hours (as the other benchmarks).
CLOCK_START = "2026-11-25T09:00:00+01:00"


def _counting(proc: subprocess.Popen[str], on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(proc.pid)],
                   check=True, capture_output=True)


async def _pairs(office: Office, cid: str, service: str, pairs: int,
                 statuses: dict[int, int]) -> None:
    conn = HttpConn.for_url(office.url)
    try:
        for _ in range(pairs):
            for path, body, token in (("/api/tickets", {"service": service}, office.kiosk_token),
                                      (f"/api/counters/{cid}/next", {},
                                       office.counter_tokens[cid])):
                status, _answer = await conn.request("POST", path, body, token)
                statuses[status] = statuses.get(status, 0) + 1
    finally:
        conn.close()


async def _drive(office: Office, proc: subprocess.Popen[str], pairs: int, backlog: int,
                 displays: int) -> dict[int, int]:
    await _issue_backlog(office, backlog)
    counters = sorted(office.counter_tokens, key=int)
    warm: dict[int, int] = {}
    await asyncio.gather(*[_pairs(office, cid, SERVICES[i % 3], 1, warm)
                           for i, cid in enumerate(counters)])
    first = await _last_seq(office)
    screens = [LeanDisplay(office.url, office.display_token) for _ in range(displays)]
    await asyncio.gather(*[screen.connect(first) for screen in screens])
    statuses: dict[int, int] = {}
    try:
        _counting(proc, True)
        await asyncio.gather(*[_pairs(office, cid, SERVICES[i % 3], pairs, statuses)
                               for i, cid in enumerate(counters)])
        last = await _last_seq(office)
        for screen in screens:
            screen.expect(last)
        await asyncio.gather(*[screen.caught_up.wait() for screen in screens])
        _counting(proc, False)
    finally:
        await asyncio.gather(*[screen.close() for screen in screens])
    problems = [p for screen in screens for p in screen.problems(first, last)]
    if problems:
        raise SystemExit(f"display problems: {problems[:5]}")
    return statuses


def _total(out: Path) -> int:
    """The `totals:` line callgrind writes at the end of its output."""
    for line in reversed(out.read_text().splitlines()):
        if line.startswith("totals:"):
            return int(line.split()[1])
    raise SystemExit(f"no totals in {out}")


def measure(pairs: int, connections: int, displays: int, backlog: int,
            history: int = 0) -> dict[str, Any]:
    data = Path(tempfile.mkdtemp(prefix="wartemarke-instructions-"))
    try:
        tokens = prepare_office(data, connections,
                                retention_days=RETENTION_DAYS if history else None)
        if history:  # written before the hub starts, as in the full run's second round
            write_history(data, history, events=True, counters=connections)
        out = data / "callgrind.out"
        hub = start_hub(data, clock_start=CLOCK_START, start_timeout_s=START_TIMEOUT_S,
                        wrapper=["valgrind", "--tool=callgrind", "--instr-atstart=no",
                                 f"--callgrind-out-file={out}"])
        try:
            office = Office(hub.url, hub.kiosk_token, hub.display_token, tokens,
                            spare_counter=str(connections + 1))
            assert hub.process is not None
            statuses = asyncio.run(_drive(office, hub.process, pairs, backlog, displays))
        finally:
            hub.stop()  # callgrind writes its output as the hub exits
        commands = sum(statuses.values())
        return {"commands": commands, "statuses": statuses, "displays": displays,
                "backlog": backlog, "history": history,
                "kinstructions_per_command": round(_total(out) / commands / 1000, 1)}
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=10,
                        help="issue + next pairs per connection while counting")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--displays", type=int, default=20)
    parser.add_argument("--backlog", type=int, default=150)
    parser.add_argument("--history", type=int, default=0,
                        help="tickets of a year's history in the database (bench/history.py)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("needs valgrind (Debian: apt-get install valgrind)")
    result = measure(args.pairs, args.connections, args.displays, args.backlog, args.history)
    print(json.dumps(result, indent=2))
    ok = set(result["statuses"]) <= {200, 201}
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

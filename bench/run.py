"""Wartemarke benchmark: a realistic office on one hub, figures side by side.

    .venv/bin/python bench/run.py [--quick] [--json FILE]

Two rounds on a real hub subprocess (loopback): an empty database, then the same office
with a year of history (150,000 tickets, see bench/history.py). Each round: 50 counters
calling, 20 WebSocket displays, kiosks issuing (bench/load.py), plus the real display,
speaking display and kiosk apps in a Qt process (bench/app_probe.py); then durable
commands per second with 50 counters and 20 subscribed displays, timed until every display
has every event (bench/throughput.py), and app start-up (bench/startup.py). Display
memory over many calls is measured once. A speed probe of the machine (bench/common.py)
is taken at each round's start and around its throughput run. Not part of the unit tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    ROOT,
    Office,
    machine,
    prepare_office,
    speed_probe,
    start_office,
    summary,
)
from bench.history import RETENTION_DAYS, write_history
from bench.load import run_office
from bench.startup import measure_startup
from bench.throughput import run_throughput

COUNTERS = 50
_T0 = time.perf_counter()


def step(text: str) -> None:
    """Progress on stderr, so a slow phase is visible while the table goes to stdout."""
    sys.stderr.write(f"[{time.perf_counter() - _T0:6.1f} s] {text}\n")
    sys.stderr.flush()
PROFILES = {
    # quick: a tenth of the year (about five weeks) and 20,000 calls of display memory.
    "quick": {"rate": 20.0, "load_s": 5.0, "throughput_s": 3.0, "history": 15_000,
              "history_events": False, "startup": 1, "memory_events": 20_000},
    "full": {"rate": 20.0, "load_s": 30.0, "throughput_s": 15.0, "history": 150_000,
             "history_events": True, "startup": 5, "memory_events": 100_000},
}
#: Series shorter than this (speech, start-ups) are compared by p50 across the rounds.
SHORT_SERIES = 100
TARGETS = {"every_display": 20.0, "touch_to_printer": 250.0, "commands_per_s": 2000.0}


async def _probe_round(office: Office, profile: dict[str, Any],
                       memory_events: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    # The apps' log goes to a file (to the terminal with BENCH_DEBUG), so a probe that dies
    # or hangs before it is ready can say why.
    if os.environ.get("BENCH_DEBUG"):
        return await _probe_with(office, profile, memory_events, None)
    with tempfile.TemporaryFile() as errors:
        return await _probe_with(office, profile, memory_events, errors)


async def _probe_with(office: Office, profile: dict[str, Any], memory_events: int,
                      errors: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bench" / "app_probe.py"), "--url", office.url,
        # `=`: a token may begin with "-" (made before new tokens stopped doing so)
        f"--display-token={office.display_token}", f"--kiosk-token={office.kiosk_token}",
        "--memory-events", str(memory_events), cwd=ROOT, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, limit=2**24, stderr=errors)
    lines: list[dict[str, Any]] = []
    ready = asyncio.Event()

    async def read() -> None:
        assert proc.stdout is not None
        async for raw in proc.stdout:
            line = json.loads(raw)
            lines.append(line)
            if line["kind"] == "ready":
                ready.set()

    reader = asyncio.create_task(read())
    step("apps starting; office traffic waits for them")
    started = asyncio.Event()
    load = asyncio.create_task(run_office(office, seconds=profile["load_s"],
                                          rate=profile["rate"], started=started, go=ready))
    try:
        await asyncio.wait_for(ready.wait(), 120)
    except TimeoutError:
        waiting = [x for x in lines if x["kind"] == "waiting"]
        ended = "" if proc.returncode is None else f"; the probe ended with {proc.returncode}"
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        log = ""
        if errors is not None:
            errors.seek(0)
            log = "\n" + errors.read().decode(errors="replace")[-3000:]
        raise RuntimeError(f"the apps did not get ready: {waiting[-1:] or 'no word'}{ended}"
                           f"{log}") from None
    step("apps ready; office running")
    traffic = await load
    step(f"office done ({traffic['calls']} calls); apps stopping (memory: {memory_events} calls)")
    assert proc.stdin is not None
    proc.stdin.write(b"stop\n")
    await proc.stdin.drain()
    await asyncio.wait_for(proc.wait(), 300)
    await reader
    return traffic, lines


def _apps(traffic: dict[str, Any], lines: list[dict[str, Any]]) -> dict[str, Any]:
    sent = traffic["sent"]
    paint = [(x["paint"] - sent[x["id"]]) / 1e6 for x in lines
             if x["kind"] == "paint" and x["id"] in sent]
    speech = [(x["t"] - sent[x["id"]]) / 1e6 for x in lines
              if x["kind"] == "speech" and x["id"] in sent]
    touches = [x["t"] for x in lines if x["kind"] == "touch"]
    printed = [x["t"] for x in lines if x["kind"] == "printed"]
    to_print = []
    for i, touch in enumerate(touches):
        end = touches[i + 1] if i + 1 < len(touches) else float("inf")
        after = [p for p in printed if touch < p < end]
        if after:
            to_print.append((after[0] - touch) / 1e6)
    done = next((x for x in lines if x["kind"] == "done"), {})
    problems = [x["why"] for x in lines if x["kind"] == "kiosk_problem"]
    return {"repaint": paint, "speech": speech, "print": to_print,
            "memory": done.get("memory") or {}, "kiosk_problems": problems}


async def one_round(data_dir: Path, profile: dict[str, Any], *, history: bool,
                    memory_events: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    retention = RETENTION_DAYS if history else None
    tokens = prepare_office(data_dir, COUNTERS, retention_days=retention)
    if history:
        step(f"writing {profile['history']} tickets of history")
        result["history"] = write_history(data_dir, profile["history"],
                                          events=profile["history_events"], counters=COUNTERS)
    result["speed_probe_ms"] = [speed_probe()]
    hub, office = start_office(data_dir, COUNTERS, tokens=tokens)
    try:
        traffic, lines = await _probe_round(office, profile, memory_events)
        apps = _apps(traffic, lines)
        result["load"] = {k: v for k, v in traffic.items() if k != "sent"}
        result["apps"] = apps
        step("throughput")
        result["speed_probe_ms"].append(speed_probe())
        result["throughput"] = await run_throughput(office, seconds=profile["throughput_s"],
                                                    hub_pid=hub.process.pid)
        result["speed_probe_ms"].append(speed_probe())
        step("start-up of the apps")
        result["startup"] = await asyncio.to_thread(measure_startup, office, profile["startup"])
    finally:
        hub.stop()
    return result


def figures(round_: dict[str, Any]) -> dict[str, Any]:
    load, apps, thr = round_["load"], round_["apps"], round_["throughput"]
    rows = {
        "call → every display (20 WS)": summary(load["every_display_ms"]),
        "call → hub answer": summary(load["answer_ms"]),
        "call → display app repainted": summary(apps["repaint"]),
        "call → speech started": summary(apps["speech"]),
        "touch → ticket bytes at printer": summary(apps["print"]),
        "durable commands/s": {"n": thr["commands"], "value": thr["per_second"]},
        "command latency (throughput run)": summary(thr["latency_ms"]),
    }
    for app, data in round_["startup"].items():
        rows[f"start-up {app} → first paint"] = summary(data["ms"])
    return rows


def _cell(row: dict[str, Any], key: str) -> str:
    if "value" in row:
        return f"{row['value']:.0f}/s" if key == "p50" else ""
    value = row.get(key)
    return "–" if value is None else f"{value:.1f}"


def print_table(empty: dict[str, Any], year: dict[str, Any]) -> None:
    print(f"\n{'figure':<36}{'n':>6}{'p50 ms':>10}{'p99 ms':>10}   |{'n':>6}"
          f"{'p50 ms':>10}{'p99 ms':>10}   (empty db | year of history)")
    for name, row in empty.items():
        other = year.get(name, {})
        print(f"{name:<36}{row.get('n', 0):>6}{_cell(row, 'p50'):>10}{_cell(row, 'p99'):>10}"
              f"   |{other.get('n', 0):>6}{_cell(other, 'p50'):>10}{_cell(other, 'p99'):>10}")


def verdicts(empty: dict[str, Any], year: dict[str, Any], memory: dict[str, Any]) -> list[str]:
    out = []

    def check(label: str, value: float | None, target: float, higher_better: bool = False) -> None:
        if value is None:
            out.append(f"{label}: no data")
            return
        ok = value >= target if higher_better else value <= target
        ratio = value / target
        out.append(f"{label}: {value:.1f} vs target {target:.0f} → "
                   f"{'met' if ok else 'MISSED'} ({ratio:.2f}× target)")

    for name, figs in (("empty", empty), ("year", year)):
        check(f"[{name}] call → every display p99 ms",
              figs["call → every display (20 WS)"]["p99"], TARGETS["every_display"])
        check(f"[{name}] touch → printer bytes p99 ms",
              figs["touch → ticket bytes at printer"]["p99"], TARGETS["touch_to_printer"])
        check(f"[{name}] durable commands/s", figs["durable commands/s"]["value"],
              TARGETS["commands_per_s"], higher_better=True)
    for name, row in empty.items():
        other = year.get(name, {})
        # The p99 of a short series is its slowest value: compare those by their median.
        key = "p99" if min(row.get("n", 0), other.get("n", 0)) >= SHORT_SERIES else "p50"
        a, b = row.get(key, row.get("value")), other.get(key, other.get("value"))
        if a and b:
            worse = b < a * 0.8 if "value" in row else b > a * 1.25 + 5
            if worse:
                label = "" if "value" in row else f" ({key})"
                out.append(f"WORSE with history: {name}{label}: {a:.1f} → {b:.1f}")
    if memory:
        growth = memory.get("rss_growth_mb", 0.0)
        out.append(f"display RSS {memory.get('rss_before_mb', 0):.1f} MB → "
                   f"{memory.get('rss_after_mb', 0):.1f} MB after {memory.get('events'):,} "
                   f"calls ({growth:+.1f} MB): {'flat' if abs(growth) < 5 else 'NOT FLAT'}")
    return out


async def main_async(args: argparse.Namespace) -> int:
    profile = PROFILES["quick" if args.quick else "full"]
    began = time.perf_counter()
    info = {"machine": machine(), "profile": "quick" if args.quick else "full", **profile}
    tmp = Path(tempfile.mkdtemp(prefix="wartemarke-bench-"))
    try:
        empty = await one_round(tmp / "empty", profile, history=False,
                                memory_events=profile["memory_events"])
        year = await one_round(tmp / "year", profile, history=True, memory_events=0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fig_empty, fig_year = figures(empty), figures(year)
    memory = empty["apps"]["memory"]
    print_table(fig_empty, fig_year)
    lines = verdicts(fig_empty, fig_year, memory)
    print()
    for line in lines:
        print(line)
    for label, r in (("empty", empty), ("year", year)):
        load = r["load"]
        print(f"[{label}] calls {load['calls']}, tickets issued {load['issued']}, calls missing "
              f"at some display {load['calls_missing_at_some_display']}, errors "
              f"{load['errors'] or 'none'}, throughput refusals "
              f"{r['throughput']['refused'] or 'none'}, kiosk problems "
              f"{len(r['apps']['kiosk_problems'])}")
        thr = r["throughput"]
        print(f"[{label}] machine speed probe (ms, lower is faster) at the round's start, "
              f"before and after its throughput run: {r['speed_probe_ms']}")
        print(f"[{label}] throughput: {thr['connections']} counters, {thr['displays']} displays "
              f"each sent {thr['events_per_display']} events, last one "
              f"{thr['delivery_lag_ms']} ms after the last answer; hub CPU "
              f"{thr['hub_cpu_ms_per_command']} ms per command; display problems "
              f"{thr['display_problems'] or 'none'}")
    print(f"history: {year.get('history')}")
    info["seconds"] = round(time.perf_counter() - began, 1)
    print(f"machine: {info['machine']}; took {info['seconds']} s")
    if args.json:
        out = {"info": info, "figures": {"empty": fig_empty, "year_of_history": fig_year},
               "verdicts": lines, "memory": memory, "history": year.get("history"),
               "details": {"empty": _slim(empty), "year_of_history": _slim(year)}}
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def _slim(round_: dict[str, Any]) -> dict[str, Any]:
    """A round's counts, and each latency series in the order measured (to see whether an
    outlier is the first ticket, a start-up or a moment when everything was slow)."""
    load = {k: v for k, v in round_["load"].items() if not k.endswith("_ms")}
    apps = round_["apps"]
    series = {"every_display_ms": round_["load"]["every_display_ms"],
              "answer_ms": round_["load"]["answer_ms"], "repaint_ms": apps["repaint"],
              "speech_ms": apps["speech"], "print_ms": apps["print"]}
    return {"load": load, "kiosk_problems": apps["kiosk_problems"][:20],
            "speed_probe_ms": round_["speed_probe_ms"],
            "throughput": {k: v for k, v in round_["throughput"].items() if k != "latency_ms"},
            "series": {name: [round(v, 1) for v in values] for name, values in series.items()}}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Wartemarke benchmark")
    parser.add_argument("--quick", action="store_true", help="short runs (< 1 min)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    return asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Compare the hub's throughput of two versions in runs that take turns (not a test).

    .venv/bin/python bench/compare.py BASE [CANDIDATE] [--rounds 6] [--seconds 4]
                                                          [--backlog 150] [--history N]
    .venv/bin/python bench/compare.py BASE [CANDIDATE] --instructions [--rounds 1]
                                                          [--backlog 150] [--history N]

BASE and CANDIDATE are git revisions (CANDIDATE defaults to the working tree as it is).
Each is checked out into a temporary worktree and `bench/throughput.py` of *this* tree
runs against each version's hub in turn, ABBA, so both see the same phases of a machine
whose speed drifts (a shared virtual machine easily swings by 1.6x within minutes). The
answer is the median of the pairwise ratios, which that drift cancels out of, with the
spread of the pairs: a change smaller than the spread is not shown by this run.

With `--instructions` each run is `bench/instructions.py` instead: the hub's instructions
per command under callgrind, which do not drift with the machine (one round is enough to
see a change of 2 %; it is a proxy for CPU time, not a time — see that script).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _worktree(rev: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(into), rev],
                   check=True, capture_output=True)
    # The same benchmark for both: only the hub (shared/) differs between the runs.
    shutil.rmtree(into / "bench")
    shutil.copytree(ROOT / "bench", into / "bench")
    return into


def _run(tree: Path, seconds: float, backlog: int, history: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(tree / "bench" / "throughput.py"),
                          "--seconds", str(seconds), "--backlog", str(backlog),
                          "--history", str(history)],
                         cwd=tree, capture_output=True, text=True, check=False)
    try:
        result = json.loads(out.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"throughput run in {tree} failed:\n{out.stderr[-2000:]}") from None
    return {"per_second": result["per_second"], "cpu_ms": result["hub_cpu_ms_per_command"]}


def _count(tree: Path, backlog: int, history: int) -> float:
    out = subprocess.run([sys.executable, str(tree / "bench" / "instructions.py"),
                          "--backlog", str(backlog), "--history", str(history)],
                         cwd=tree, capture_output=True, text=True, check=False)
    try:
        return float(json.loads(out.stdout)["kinstructions_per_command"])
    except (json.JSONDecodeError, KeyError):
        raise SystemExit(f"instruction count in {tree} failed:\n{out.stderr[-2000:]}") from None


def _compare_counts(base: Path, candidate: Path, rounds: int, backlog: int,
                    history: int) -> dict[str, Any]:
    counts: dict[str, list[float]] = {"base": [], "candidate": []}
    for i in range(rounds):
        order = [("base", base), ("candidate", candidate)]
        for name, tree in order if i % 2 == 0 else reversed(order):
            counts[name].append(_count(tree, backlog, history))
            sys.stderr.write(f"{name:9} {counts[name][-1]:9.1f} thousand instructions "
                             "per command\n")
    base_median = statistics.median(counts["base"])
    candidate_median = statistics.median(counts["candidate"])
    return {"base_kinstructions": base_median, "candidate_kinstructions": candidate_median,
            "instructions_ratio": round(candidate_median / base_median, 3)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base")
    parser.add_argument("candidate", nargs="?", default=None,
                        help="a revision; default: the working tree")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--backlog", type=int, default=0,
                        help="visitors waiting when each run starts (the full run has ~150)")
    parser.add_argument("--history", type=int, default=0,
                        help="tickets of history written before each run (the full run: 150000)")
    parser.add_argument("--instructions", action="store_true",
                        help="count the hub's instructions per command (callgrind) instead")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="wartemarke-compare-"))
    made: list[Path] = []
    try:
        base = _worktree(args.base, tmp / "base")
        made.append(base)
        candidate = ROOT
        if args.candidate is not None:
            candidate = _worktree(args.candidate, tmp / "candidate")
            made.append(candidate)
        if args.instructions:
            print(json.dumps({"base": args.base, "candidate": args.candidate or "working tree",
                              **_compare_counts(base, candidate, args.rounds, args.backlog,
                                                args.history)},
                             indent=2))
            return 0
        runs: dict[str, list[dict[str, float]]] = {"base": [], "candidate": []}
        for i in range(args.rounds):
            order = [("base", base), ("candidate", candidate)]
            for name, tree in order if i % 2 == 0 else reversed(order):
                result = _run(tree, args.seconds, args.backlog, args.history)
                runs[name].append(result)
                sys.stderr.write(f"{name:9} {result['per_second']:7.0f}/s "
                                 f"{result['cpu_ms']:.3f} ms CPU per command\n")
        ratios = [c["per_second"] / b["per_second"]
                  for b, c in zip(runs["base"], runs["candidate"], strict=True)]
        cpu = [c["cpu_ms"] / b["cpu_ms"]
               for b, c in zip(runs["base"], runs["candidate"], strict=True)]
        print(json.dumps({
            "base": args.base, "candidate": args.candidate or "working tree",
            "commands_per_s_ratio": {"median": round(statistics.median(ratios), 3),
                                     "min": round(min(ratios), 3),
                                     "max": round(max(ratios), 3)},
            "cpu_per_command_ratio": {"median": round(statistics.median(cpu), 3),
                                      "min": round(min(cpu), 3), "max": round(max(cpu), 3)},
        }, indent=2))
    finally:
        for tree in made:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False, capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Benchmark harness: `python bench/run.py [--quick] [--only NAME[,NAME]]`.

Builds (and caches in bench/out/) the demo databases it needs, runs each benchmark group in its own
process, prints one table per group plus the targets, and writes docs/benchmarks.md.
Groups: startup, list, form, brief, import, export, memory.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `desktop` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.core import DEFAULT_CACHE, PY, ROOT, Check, Context, Section, demo_db, machine, run_child  # noqa: E402
from bench.report import render_markdown, render_text  # noqa: E402

GROUPS = {
    "startup": "bench.gui:run_startup",
    "list": "bench.listing:run",
    "form": "bench.form:run",
    "brief": "bench.brief:run",
    "import": "bench.importing:run",
    "export": "bench.exporting:run",
    "memory": "bench.gui:run_memory",
}
MARK = "BENCH-SECTION "
LAST_RUN = "last-run.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="1k and 10k surveys only, fewer runs")
    p.add_argument("--only", default="", help=f"comma-separated groups: {', '.join(GROUPS)}")
    p.add_argument("--repeat", type=int, default=None, help="runs per figure (default 7; 3 with --quick)")
    p.add_argument("--sizes", default="", help="small,large survey counts (default 1000,100000)")
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where demo databases are kept")
    p.add_argument("--md", default=None,
                   help="markdown output (default docs/benchmarks.md for a full run, none with --only/--quick; "
                        "'-' for none)")
    p.add_argument("--render", action="store_true",
                   help="only rewrite the markdown (default docs/benchmarks.md) from the last full run's results")
    p.add_argument("--worker", default="", help=argparse.SUPPRESS)
    p.add_argument("--ctx", default="", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def worker(name: str, ctx_file: str) -> int:
    """Run one group in this process and print its section as JSON."""
    ctx = Context(**json.loads(Path(ctx_file).read_text(encoding="utf-8")))
    module, func = GROUPS[name].split(":")
    section = getattr(importlib.import_module(module), func)(ctx)
    print(MARK + section.to_json(), flush=True)
    return 0


def run_group(name: str, ctx_file: Path) -> Section:
    run = run_child([PY, str(Path(__file__).resolve()), "--worker", name, "--ctx", str(ctx_file)], timeout=3600)
    for line in run.stdout.splitlines():
        if line.startswith(MARK):
            return Section.from_json(line[len(MARK):])
    sec = Section(name)
    tail = (run.stderr.strip() or run.stdout.strip())[-2000:]
    sec.notes.append(f"the benchmark failed (exit {run.returncode}): {tail}")
    sec.checks.append(Check(name, "benchmark ran", f"failed (exit {run.returncode})", False))
    return sec


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker(args.worker, args.ctx)
    if args.render:
        return render_last(args)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(GROUPS)
    unknown = [n for n in names if n not in GROUPS]
    if unknown:
        print(f"bench: unknown group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    if args.sizes:
        sizes = sorted(int(x) for x in args.sizes.split(","))
    else:
        sizes = [1000, 10000] if args.quick else [1000, 100000]
    repeat = args.repeat or (3 if args.quick else 7)
    md = args.md
    if md is None:
        md = "-" if (args.only or args.quick or args.sizes) else str(ROOT / "docs" / "benchmarks.md")
    started = time.perf_counter()
    dbs = {str(size): str(demo_db(size, args.cache, log=lambda m: print(f"bench: {m}", flush=True)))
           for size in sizes}
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=args.cache))
    try:
        ctx_file = work / "ctx.json"
        ctx_file.write_text(json.dumps({"sizes": sizes, "dbs": dbs, "repeat": repeat, "work": str(work),
                                        "quick": args.quick}), encoding="utf-8")
        sections = []
        for name in names:
            print(f"bench: {name} ...", flush=True)
            t0 = time.perf_counter()
            sections.append(run_group(name, ctx_file))
            print(f"bench: {name} done in {time.perf_counter() - t0:.0f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(render_text(sections))
    if md != "-":
        command = "python bench/run.py " + " ".join(sys.argv[1:] if argv is None else argv)
        seconds = time.perf_counter() - started
        Path(md).write_text(render_markdown(sections, machine(), command.strip(), seconds), encoding="utf-8")
        (args.cache / LAST_RUN).write_text(json.dumps(
            {"command": command.strip(), "seconds": seconds, "machine": machine(),
             "sections": [json.loads(s.to_json()) for s in sections]}, ensure_ascii=False), encoding="utf-8")
        print(f"\nbench: wrote {md}")
    return 0


def render_last(args: argparse.Namespace) -> int:
    """Rewrite the markdown from the results saved by the last run that wrote it (after editing findings.md)."""
    saved = args.cache / LAST_RUN
    if not saved.exists():
        print(f"bench: no saved results in {saved}; run the benchmarks first", file=sys.stderr)
        return 2
    d = json.loads(saved.read_text(encoding="utf-8"))
    sections = [Section.from_json(json.dumps(s, ensure_ascii=False)) for s in d["sections"]]
    md = args.md if args.md not in (None, "-") else str(ROOT / "docs" / "benchmarks.md")
    Path(md).write_text(render_markdown(sections, d["machine"], d["command"], d["seconds"]), encoding="utf-8")
    print(f"bench: wrote {md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

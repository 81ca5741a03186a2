"""Shared pieces of the benchmark harness: timing, child processes with their peak memory, databases.

Machines are shared and noisy, so every figure is a median of several runs, and every target is a
ratio of two things measured in the same run, interleaved (A B A B ...), never one absolute time.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DEFAULT_CACHE = ROOT / "bench" / "out"


@dataclass
class Row:
    """One line of the results table: a case measured at one or more sizes (or sides)."""

    group: str
    case: str
    unit: str  # "ms", "s", "MB"
    values: dict[str, float]  # column label ("1k", "100k", "app", "floor") -> median
    runs: int
    ratio: float | None = None  # e.g. 100k/1k or app/floor
    ratio_label: str = ""
    note: str = ""


@dataclass
class Check:
    """One target of the issue, judged on figures from this run."""

    group: str
    target: str
    measured: str
    ok: bool | None  # None: could not be measured (module missing)


@dataclass
class Section:
    """What one benchmark group returns."""

    name: str
    rows: list[Row] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Section:
        d = json.loads(text)
        return cls(d["name"], [Row(**r) for r in d["rows"]], [Check(**c) for c in d["checks"]], d["notes"])


@dataclass
class Context:
    """What every benchmark group is given (passed to worker processes as JSON)."""

    sizes: list[int]  # [small, large]
    dbs: dict[str, str]  # str(size) -> demo database path
    repeat: int
    work: str  # scratch folder for this run
    quick: bool = False

    @property
    def small(self) -> int:
        return self.sizes[0]

    @property
    def large(self) -> int:
        return self.sizes[-1]

    def db(self, size: int) -> Path:
        return Path(self.dbs[str(size)])


def label(size: int) -> str:
    """1000 -> '1k', 100000 -> '100k', 250 -> '250'."""
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def available(module: str) -> bool:
    """True when `module` can be imported (another helper's feature may not have landed yet)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def time_calls(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds per call of fn(), `repeat` times after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def interleaved(fns: dict[str, Callable[[], Any]], repeat: int, warmup: int = 1) -> dict[str, list[float]]:
    """Time each fn `repeat` times, alternating between them so noise hits every side alike."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    out: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeat):
        for key, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            out[key].append(time.perf_counter() - t0)
    return out


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    env.pop("PYTHONSTARTUP", None)
    home = ROOT / "bench" / "out" / "home"  # the GUI's settings and logs stay out of the user's own
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    return env


@dataclass
class ChildRun:
    seconds: float  # wall time from just before the start to the exit
    started: float  # time.time() just before the start (for timestamps printed by the child)
    peak_mb: float  # the child's peak resident set size (VmHWM polled every few ms while it ran)
    returncode: int
    stdout: str
    stderr: str

    def stamp(self, tag: str) -> float | None:
        """Seconds from the start to the first line `TAG <time.time()>` the child printed."""
        for line in self.stdout.splitlines():
            if line.startswith(tag + " "):
                return float(line.split()[1]) - self.started
        return None

    def value(self, tag: str) -> float | None:
        for line in self.stdout.splitlines():
            if line.startswith(tag + " "):
                return float(line.split()[1])
        return None


def run_child(cmd: list[str], timeout: float = 900, cwd: Path | None = None) -> ChildRun:
    """Run a command; return its wall time and peak RSS."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        started = time.time()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=child_env(), cwd=str(cwd or ROOT))
        deadline = t0 + timeout
        hwm_kb = 0
        while True:
            pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            hwm_kb = max(hwm_kb, _vm_hwm_kb(proc.pid))
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, _usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ChildRun(seconds, started, hwm_kb / 1024, proc.returncode, out.read(), err.read())


def _vm_hwm_kb(pid: int) -> int:
    """The process's peak RSS so far (VmHWM, KiB). Polled while it runs: getrusage's ru_maxrss would
    also count the forked copy of this (bigger) process from before the child's exec."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def python_child(code: str, *args: str, timeout: float = 900) -> ChildRun:
    return run_child([PY, "-c", code, *args], timeout=timeout)


def check_ok(run: ChildRun, what: str) -> ChildRun:
    if run.returncode != 0:
        raise RuntimeError(f"{what} failed ({run.returncode}): {run.stderr.strip()[-1500:]}")
    return run


# --- databases --------------------------------------------------------------------------------------

def demo_count(path: Path) -> int | None:
    """Surveys in a cached demo database, or None when it is missing or unusable."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM surveys").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def demo_db(size: int, cache: Path, log: Callable[[str], None] = print) -> Path:
    """The cached `size`-survey demo database in `cache`, built with `dongbei demo` when missing."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{size}.sqlite"
    if demo_count(path) == size:
        return path
    tmp = cache / f".building-{size}.sqlite"
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    log(f"building the {size}-survey demo database (about {max(1, size * 42 // 100000)} s) ...")
    run = run_child([PY, "-m", "desktop", "--db", str(tmp), "--who", "bench", "demo", "--surveys", str(size)])
    check_ok(run, f"dongbei demo --surveys {size}")
    conn = sqlite3.connect(str(tmp))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in the cache
    conn.close()
    os.replace(tmp, path)
    return path


def copy_db(src: Path, dest: Path) -> Path:
    """A private copy (SQLite backup API) for benchmarks that write."""
    for p in (dest, Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        p.unlink(missing_ok=True)
    s = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    d = sqlite3.connect(str(dest))
    try:
        s.backup(d)
    finally:
        s.close()
        d.close()
    return dest


# --- the machine ------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    """What the figures were measured on."""
    info = {"nproc": str(os.cpu_count()), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "platform": platform.platform()}
    try:
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        kb = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
        info["memory"] = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        info["memory"] = "?"
    try:
        cpu = next(line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
        info["cpu"] = cpu.split(":", 1)[1].strip()
    except (OSError, StopIteration):
        info["cpu"] = platform.processor() or "?"
    versions = {}
    for dist in ("PySide6_Essentials", "PySide6", "sqlite-utils", "pandas", "openpyxl", "reportlab"):
        try:
            from importlib.metadata import version
            versions[dist] = version(dist)
        except Exception:  # noqa: BLE001 - a package that is not installed is simply not listed
            continue
    versions.pop("PySide6_Essentials", None)
    versions.pop("PySide6", None)
    try:  # the PySide6 actually imported (PySide6 and PySide6_Essentials dists may disagree)
        import PySide6
        from PySide6.QtCore import qVersion
        versions["PySide6"] = f"{PySide6.__version__} (Qt {qVersion()})"
    except ImportError:
        pass
    info.update(versions)
    return info


def budgeted_rounds(sec: Section, repeat: int, large: int, budget_s: float) -> Iterator[int]:
    """Round numbers for a repeated measurement: 0 warms the file cache (skipped for large databases,
    which earlier groups already read), then 1..repeat, stopping early once `budget_s` is spent
    (every figure keeps at least one measured run; the stop is noted in the section)."""
    started = time.perf_counter()
    for i in range(repeat + 1):
        if i > 1 and time.perf_counter() - started > budget_s:
            sec.notes.append(f"stopped after {i - 1} measured round(s): the {budget_s} s time budget was spent")
            return
        if i == 0 and large >= 50000:
            continue
        yield i

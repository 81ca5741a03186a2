"""1. Cold start vs a bare Qt floor, and 7. peak memory of the GUI scrolled end to end (subprocesses)."""

from __future__ import annotations

from pathlib import Path

from bench.core import PY, Check, Context, Row, Section, available, label, median, ratio, run_child

CHILD = str(Path(__file__).with_name("gui_child.py"))
START_RATIO_MAX = 2.0
MEMORY_MB_MAX = 500.0


def _missing(name: str) -> Section:
    sec = Section(name)
    sec.notes.append("desktop.gui.app (create_main_window) not available yet: not measured.")
    return sec


def _ready(run, what: str) -> float:  # noqa: ANN001
    stamp = run.stamp("READY")
    if run.returncode != 0 or stamp is None:
        raise RuntimeError(f"{what} did not show its window ({run.returncode}): {run.stderr.strip()[-1500:]}")
    return stamp


def run_startup(ctx: Context) -> Section:
    if not available("desktop.gui.app"):
        return _missing("startup")
    sec = Section("startup")
    times: dict[str, list[float]] = {"floor": []}
    times.update({label(s): [] for s in ctx.sizes})
    for i in range(ctx.repeat + 1):  # round 0 warms the OS file cache
        got = {"floor": _ready(run_child([PY, CHILD, "floor"]), "the floor window")}
        for size in ctx.sizes:
            got[label(size)] = _ready(run_child([PY, CHILD, "app", str(ctx.db(size))]), f"the app at {size}")
        if i:
            for k, v in got.items():
                times[k].append(v)
    med = {k: median(v) * 1000 for k, v in times.items()}
    big = label(ctx.large)
    for size in ctx.sizes:
        key = label(size)
        sec.rows.append(Row("startup", f"cold start, {key} surveys (process start to list filled)", "ms",
                            {"app": med[key], "floor": med["floor"]}, ctx.repeat,
                            ratio(med[key], med["floor"]), "app/floor"))
    r = ratio(med[big], med["floor"]) or 0
    sec.checks.append(Check("startup", f"cold start at {big} <= {START_RATIO_MAX}x the bare Qt floor",
                            f"{r:.2f}x ({med[big]:.0f} vs {med['floor']:.0f} ms)", r <= START_RATIO_MAX))
    return sec


def run_memory(ctx: Context) -> Section:
    if not available("desktop.gui.app"):
        return _missing("memory")
    sec = Section("memory")
    peaks: dict[str, list[float]] = {}
    details = {}
    for size in ctx.sizes:
        runs = []
        for _ in range(max(1, min(ctx.repeat, 2))):  # memory is stable between runs
            run = run_child([PY, CHILD, "scroll", str(ctx.db(size))])
            _ready(run, f"the app at {size}")
            runs.append(run)
        peaks[label(size)] = [r.peak_mb for r in runs]
        last = runs[-1]
        details[label(size)] = (last.value("ROWS"), last.value("AT_END"), last.value("RSS_SHOWN"))
    floor_peaks = [run_child([PY, CHILD, "floor"]).peak_mb for _ in range(3)]
    med = {k: median(v) for k, v in peaks.items()}
    big = label(ctx.large)
    for key, value in med.items():
        rows, at_end, shown = details[key]
        note = (f"{int(rows or 0)} rows in the model at the end; reached bottom: {'yes' if at_end else 'no'}; "
                f"RSS when first shown {shown or 0:.0f} MB")
        sec.rows.append(Row("memory", f"GUI peak RSS, {key} surveys, scrolled end to end", "MB",
                            {"app": value, "floor": median(floor_peaks)}, len(peaks[key]),
                            ratio(value, median(floor_peaks)), "app/floor", note))
    sec.checks.append(Check("memory", f"GUI peak RSS at {big} scrolled end to end < {MEMORY_MB_MAX:.0f} MB",
                            f"{med[big]:.0f} MB", med[big] < MEMORY_MB_MAX))
    return sec

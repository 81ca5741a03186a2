"""4. Briefs: one province brief at two sizes (ratio), and all four briefs at the large size (seconds)."""

from __future__ import annotations

import time
from pathlib import Path

from bench.core import Check, Context, Row, Section, available, interleaved, label, median, ratio

RATIO_MAX = 3.0
ALL_MAX_S = 10.0


def run(ctx: Context) -> Section:
    sec = Section("brief")
    if not available("desktop.reports.build"):
        sec.notes.append("desktop.reports.build not available yet: briefs not measured.")
        sec.checks.append(Check("brief", "briefs", "not measured (no brief builder)", None))
        return sec
    from desktop.reports.build import all_briefs, load_data, province_brief
    from desktop.reports.options import BriefOptions
    from desktop.store.connection import Store

    work = Path(ctx.work)
    stores = {s: Store(ctx.db(s), readonly=True, register_instance=False) for s in ctx.sizes}

    def one(store: Store, size: int) -> None:
        data = load_data(store, BriefOptions())
        province_brief(data, "21", work / f"liaoning-{size}.pdf")

    fns = {label(s): (lambda st=st, s=s: one(st, s)) for s, st in stores.items()}
    times = interleaved(fns, ctx.repeat)
    med = {k: median(v) for k, v in times.items()}
    big, small = label(ctx.large), label(ctx.small)
    r = ratio(med[big], med[small]) or 0
    sec.rows.append(Row("brief", "one province brief (Liaoning: read, indicators, PDF)", "s", med, ctx.repeat,
                        r, f"{big}/{small}"))
    runs = []
    for i in range(max(1, min(ctx.repeat, 3)) + 1):
        t0 = time.perf_counter()
        results = all_briefs(stores[ctx.large], BriefOptions(), work / f"all-{i}")
        if i:
            runs.append(time.perf_counter() - t0)
    pages = sum(res.pages for res in results)
    sec.rows.append(Row("brief", f"all four briefs at {big} ({pages} pages)", "s", {big: median(runs)}, len(runs)))
    for st in stores.values():
        st.close()
    sec.checks.append(Check("brief", f"one brief {big}/{small} ratio < {RATIO_MAX}", f"{r:.2f}", r < RATIO_MAX))
    sec.checks.append(Check("brief", f"all four briefs at {big} < {ALL_MAX_S:.0f} s", f"{median(runs):.2f} s",
                            median(runs) < ALL_MAX_S))
    return sec

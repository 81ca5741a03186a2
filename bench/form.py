"""3. Form: open a survey (get_survey, and the GUI form when it exists) and save one, at two sizes."""

from __future__ import annotations

import random
import time
from pathlib import Path

from bench.core import Check, Context, Row, Section, available, copy_db, label, median, ratio

SAVE_MS = 50.0
RATIO_MAX = 1.5


def _ids(store, n: int, seed: int) -> list[str]:  # noqa: ANN001
    rows = store.conn.execute("SELECT id FROM surveys WHERE status = 'final' AND deleted_at IS NULL").fetchall()
    rng = random.Random(seed)
    return [r[0] for r in rng.sample(rows, min(n, len(rows)))]


def run(ctx: Context) -> Section:
    from desktop.store import open_store
    from desktop.store.surveys import get_survey, save_survey

    sec = Section("form")
    n = ctx.repeat + 1
    stores = {}
    for size in ctx.sizes:
        scratch = copy_db(ctx.db(size), Path(ctx.work) / f"form-{size}.sqlite")
        stores[size] = open_store(scratch, who="bench")
    ids = {size: _ids(store, n * 3, seed=size) for size, store in stores.items()}
    gui = available("desktop.gui.form") and _gui_form_available()
    app = None
    if gui:
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance() or QApplication([])
    times: dict[str, dict[str, list[float]]] = {k: {label(s): [] for s in ctx.sizes}
                                                for k in ("open", "open_gui", "save_edit", "save_new")}
    for i in range(n):
        for size, store in stores.items():
            key = label(size)
            sid = ids[size][i]
            t0 = time.perf_counter()
            answers = get_survey(store, sid)
            t_open = time.perf_counter() - t0
            answers["employees"] = int(answers.get("employees") or 10) + 1
            t0 = time.perf_counter()
            save_survey(store, answers, final=True, survey_id=sid, company_id=answers["company_id"],
                        expected_revision=answers["revision"])
            t_edit = time.perf_counter() - t0
            new = get_survey(store, ids[size][n + i])
            for k in ("id", "company_id", "revision"):
                new.pop(k, None)
            new["name_local"] = f"基准测试{size}{i}有限公司"
            t0 = time.perf_counter()
            save_survey(store, new, final=True)
            t_new = time.perf_counter() - t0
            if gui:
                t0 = time.perf_counter()
                _open_gui_form(app, store, ids[size][2 * n + i])
                times["open_gui"][key].append(time.perf_counter() - t0)
            if i == 0:  # warm-up round
                continue
            times["open"][key].append(t_open)
            times["save_edit"][key].append(t_edit)
            times["save_new"][key].append(t_new)
    for store in stores.values():
        store.close()
    big, small = label(ctx.large), label(ctx.small)
    names = {"open": "open: get_survey", "open_gui": "open: GUI SurveyFormWindow shown",
             "save_edit": "save: edit one answer (final, audit rows)", "save_new": "save: new survey + company"}
    worst_ratio, worst_save = 0.0, 0.0
    for key, by_size in times.items():
        if key == "open_gui" and gui:
            by_size = {k: v[1:] for k, v in by_size.items()}  # first window build is a warm-up
        if not all(by_size.values()):
            continue
        med = {k: median(v) * 1000 for k, v in by_size.items()}
        r = ratio(med[big], med[small])
        sec.rows.append(Row("form", names[key], "ms", med, len(by_size[big]), r, f"{big}/{small}"))
        worst_ratio = max(worst_ratio, r or 0)
        if key.startswith("save"):
            worst_save = max(worst_save, med[big])
    if not gui:
        sec.notes.append("GUI form (desktop.gui.form.SurveyFormWindow) not available: only the store side measured.")
    sec.checks.append(Check("form", f"open/save {big}/{small} ratio < {RATIO_MAX}", f"worst {worst_ratio:.2f}",
                            worst_ratio < RATIO_MAX))
    sec.checks.append(Check("form", f"save < {SAVE_MS:.0f} ms median at {big}", f"worst {worst_save:.1f} ms",
                            worst_save < SAVE_MS))
    return sec


def _gui_form_available() -> bool:
    try:
        from desktop.gui.form import SurveyFormWindow  # noqa: F401
    except ImportError:
        return False
    return True


def _open_gui_form(app, store, survey_id: str) -> None:  # noqa: ANN001
    from desktop.gui.form import SurveyFormWindow
    win = SurveyFormWindow(store, survey_id)
    win.show()
    app.processEvents()
    win.close()
    win.deleteLater()
    app.processEvents()

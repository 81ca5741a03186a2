"""2. List and search: what the survey list runs per keystroke (count + first page) at two sizes."""

from __future__ import annotations

from bench.core import Check, Context, Row, Section, available, interleaved, label, median, ratio

# (case name, SurveyFilter keyword arguments). Company names look like 大连北风电子有限公司 12.
CASES: list[tuple[str, dict]] = [
    ("no filter (opening the list)", {}),
    ("province = 23", {"province": "23"}),
    ("industry = M12", {"industry": "M12"}),
    ("province 21 + industry M09", {"province": "21", "industry": "M09"}),
    ("search 哈 (1 char)", {"search": "哈"}),
    ("search 大连 (2 chars, 44% hit)", {"search": "大连"}),
    ("search 樱川 (2 chars, rare)", {"search": "樱川"}),
    ("search 松下 (2 chars, no hit)", {"search": "松下"}),
    ("search 哈尔滨 (3 chars)", {"search": "哈尔滨"}),
    ("search 松下电器 (4 chars, no hit)", {"search": "松下电器"}),
    ("search 长春樱川 (4 chars, rare)", {"search": "长春樱川"}),
    ("search Tokiwa (latin)", {"search": "Tokiwa"}),
    ("province 23 + search 哈尔滨", {"province": "23", "search": "哈尔滨"}),
]
PAGE = 200
KEYSTROKE_MS = 100.0
RATIO_MAX = 3.0


def run(ctx: Context) -> Section:
    from desktop.store import open_store
    from desktop.store.listing import SurveyFilter, count_surveys, list_surveys

    sec = Section("list")
    stores = {size: open_store(ctx.db(size), readonly=True) for size in ctx.sizes}
    models = _gui_models(stores)
    if models is None:
        sec.notes.append("GUI model (desktop.gui.survey_model) not available: store side only.")
    worst_ms, worst_ratio, worst_case, worst_ratio_case = 0.0, 0.0, "", ""
    for name, kwargs in CASES:
        flt = SurveyFilter(**kwargs)

        def keystroke(store=None, flt=flt):  # noqa: ANN001
            count_surveys(store, flt)
            list_surveys(store, flt, limit=PAGE, offset=0)

        def gui_keystroke(model=None, flt=flt):  # noqa: ANN001
            model.set_filter(flt)  # what the filter bar does: re-count, drop the page cache
            model.data(model.index(0, 0))  # the view paints the first rows: first page fetched

        variants = [("", {label(size): (lambda s=store: keystroke(s)) for size, store in stores.items()})]
        if models is not None:
            variants.append((" [GUI model]", {label(size): (lambda m=m: gui_keystroke(m)) for size, m in models.items()}))
        for suffix, fns in variants:
            times = interleaved(fns, ctx.repeat)
            med = {k: median(v) * 1000 for k, v in times.items()}
            r = ratio(med[label(ctx.large)], med[label(ctx.small)])
            hits = count_surveys(stores[ctx.large], flt)
            sec.rows.append(Row("list", name + suffix, "ms", med, ctx.repeat, r,
                                f"{label(ctx.large)}/{label(ctx.small)}", f"{hits} hits at {label(ctx.large)}"))
            if med[label(ctx.large)] > worst_ms:
                worst_ms, worst_case = med[label(ctx.large)], name + suffix
            if r is not None and r > worst_ratio:
                worst_ratio, worst_ratio_case = r, name + suffix
    for store in stores.values():
        store.close()
    big = label(ctx.large)
    sec.checks.append(Check("list", f"keystroke (count + first page) < {KEYSTROKE_MS:.0f} ms median at {big}",
                            f"worst {worst_ms:.1f} ms ({worst_case})", worst_ms < KEYSTROKE_MS))
    sec.checks.append(Check("list", f"keystroke {big}/{label(ctx.small)} ratio < {RATIO_MAX}",
                            f"worst {worst_ratio:.2f} ({worst_ratio_case})", worst_ratio < RATIO_MAX))
    return sec


def _gui_models(stores: dict) -> dict | None:
    """A SurveyTableModel per store (offscreen Qt), or None while the GUI model has not landed."""
    if not available("desktop.gui.survey_model"):
        return None
    from PySide6.QtWidgets import QApplication

    from desktop.gui.survey_model import SurveyTableModel
    app = QApplication.instance() or QApplication([])
    _gui_models.app = app  # type: ignore[attr-defined]  # keep the application alive
    return {size: SurveyTableModel(store) for size, store in stores.items()}

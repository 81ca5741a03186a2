"""The survey list: demo data and counts, CJK search, filters, header sorting, a 20k-survey database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop.store.listing import SurveyFilter, count_surveys, list_surveys, totals


def test_list_shows_demo_data_and_counts(window, demo_store):
    t = totals(demo_store)
    assert window.model.rowCount() == t["surveys"] == 300
    assert window.stack.currentIndex() == 0  # the list, not the welcome panel
    newest = list_surveys(demo_store, limit=1)[0]
    assert window.model.index(0, 0).data() == newest["name_en"]
    assert window.model.index(0, 3).data() == newest["interview_date"]
    text = window.counts_label.text()
    assert "300 surveys" in text and f"{t['companies']} companies" in text
    assert str(demo_store.path) in window.db_label.text()


def test_cjk_search_narrows_the_list(window, demo_store, qtbot, type_cjk):
    for term in ("哈尔滨", "大连", "ハルビン"):
        expected = count_surveys(demo_store, SurveyFilter(search=term))
        assert 0 < expected < 300
        window.filters.search.clear()
        qtbot.waitUntil(lambda: window.model.rowCount() == 300)
        type_cjk(window.filters.search, term)
        assert window.filters.search.text() == term
        qtbot.waitUntil(lambda expected=expected: window.model.rowCount() == expected, timeout=2000)
        names = {window.model.row_data(r)["name_local"] + (window.model.row_data(r)["name_ja"] or "")
                 for r in range(window.model.rowCount())}
        assert all(term in n for n in names)
    assert "shown" in window.counts_label.text()


def test_ascii_search_typed_with_keyclicks(window, demo_store, qtbot):
    expected = count_surveys(demo_store, SurveyFilter(search="Kitakaze"))
    qtbot.keyClicks(window.filters.search, "Kitakaze")
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=2000)
    assert 0 < expected < 300


def test_filters_province_city_status_year(window, demo_store, qtbot):
    f = window.filters
    f.province.setCurrentIndex(f.province.findData("22"))
    assert count_surveys(demo_store, SurveyFilter(province="22")) == window.model.rowCount()
    cities = [f.city.itemData(i) for i in range(1, f.city.count())]
    assert cities and all(c.startswith("22") for c in cities)  # city follows province
    f.city.setCurrentIndex(f.city.findData("2201"))
    assert window.model.rowCount() == count_surveys(demo_store, SurveyFilter(province="22", city="2201")) > 0
    f.province.setCurrentIndex(0)
    assert f.city.currentData() == "" and window.model.rowCount() == 300
    f.status.setCurrentIndex(f.status.findData("draft"))
    drafts = count_surveys(demo_store, SurveyFilter(status="draft"))
    assert window.model.rowCount() == drafts and 0 < drafts < 300
    assert all(window.model.index(r, 6).data() == "Draft" for r in range(drafts))
    f.status.setCurrentIndex(0)
    year = f.year.itemData(1)
    f.year.setCurrentIndex(1)
    assert window.model.rowCount() == count_surveys(demo_store, SurveyFilter(year=int(year)))
    analyst = f.analyst.itemData(1)
    f.analyst.setCurrentIndex(1)
    assert window.model.rowCount() == count_surveys(demo_store, SurveyFilter(year=int(year), analyst=analyst))
    f.industry.setCurrentIndex(f.industry.findData("M12"))
    assert window.model.rowCount() == count_surveys(
        demo_store, SurveyFilter(year=int(year), analyst=analyst, industry="M12"))


def _click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sort_by_clicking_headers(window, demo_store, qtbot):
    _click_header(qtbot, window, 3)  # interview date, ascending first
    dates = [window.model.index(r, 3).data() for r in range(300)]
    assert window.model.order_by() == "interview_date" and not window.model.descending
    assert dates == sorted(dates) and dates[0] < dates[-1]
    _click_header(qtbot, window, 3)  # same header again: descending
    assert [window.model.index(r, 3).data() for r in range(300)] == sorted(dates, reverse=True)
    _click_header(qtbot, window, 4)  # reference year
    years = [int(window.model.index(r, 4).data()) for r in range(300)]
    assert years == sorted(years)
    _click_header(qtbot, window, 0)  # company: by the English name while the interface is English
    assert window.model.order_by() == "name_en"
    expected = [r["name_en"] for r in list_surveys(demo_store, order_by="name_en", descending=False, limit=300)]
    assert [window.model.index(r, 0).data() for r in range(300)] == expected


def test_model_pages_a_20k_database(store, make_window):
    from desktop.demo import generate
    generate(store, 20000, seed=3)
    window = make_window(store)
    model = window.model
    assert model.rowCount() == 20000
    assert model.queries <= 2
    last = model.index(19999, 0).data()
    middle = model.index(10000, 5).data()
    assert last and middle
    for row in range(0, 20000, 997):
        assert model.survey_id(row)
    assert model.cached_rows() <= model.MAX_PAGES * model.PAGE_SIZE < 20000
    ids = {model.survey_id(r) for r in (0, 5000, 19999)}
    assert len(ids) == 3

"""Welcome panel and sample data, settings (analyst, language, brief defaults), company registry."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.gui.settings import Settings, brief_defaults
from desktop.gui.settings_dialog import SettingsDialog
from desktop.store.listing import SurveyFilter, count_surveys


def test_welcome_panel_on_empty_db_and_sample_data_fills_it(store, make_window, qtbot, fresh_process):
    window = make_window(store)
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.sample_button.isVisible()
    qtbot.mouseClick(window.welcome.sample_button, qtbot_button())
    qtbot.waitUntil(lambda: window.model.rowCount() == 300, timeout=20000)
    assert window.stack.currentIndex() == 0
    assert "300 surveys" in window.counts_label.text()
    out = fresh_process("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                        "print(c.execute('SELECT count(*) FROM surveys').fetchone()[0])", str(store.path))
    assert out.stdout.strip() == "300"


def qtbot_button():  # noqa: ANN201
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def _with_dialog(action):  # noqa: ANN001, ANN202
    """Run `action(dialog)` on the settings dialog once it is shown (it is modal: exec blocks).

    Returns a list that receives any exception raised by `action` (the dialog is then closed)."""
    errors: list[BaseException] = []

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, poke)
            return
        try:
            action(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test after exec returns
            errors.append(exc)
            dialog.reject()
    QTimer.singleShot(0, poke)
    return errors


def test_analyst_name_is_saved_and_recorded_as_who(window, demo_store, fresh_process, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    def fill(dialog: SettingsDialog) -> None:
        dialog.analyst.setText("  Li Na  ")
        dialog.threshold.setValue(5)
        dialog.appendix.setChecked(True)
        dialog.brief_language.setCurrentIndex(dialog.brief_language.findData("zh"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    errors = _with_dialog(fill)
    window.acts.settings.trigger()
    assert not errors
    assert window.store.who == "Li Na"
    assert Settings().analyst() == "Li Na"  # read back from the settings file
    assert brief_defaults() == {"language": "zh", "final_only": True, "include_appendix": True,
                                "suppression_threshold": 5}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.select_row(0)
    sid = window.selected_ids()[0]
    window.delete_selected()
    out = fresh_process("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute("
                        "\"SELECT who FROM audit_log WHERE record_id = ? AND action = 'delete'\", (sys.argv[2],))"
                        ".fetchone()[0])", str(demo_store.path), sid)
    assert out.stdout.strip() == "Li Na"
    ini = Settings().file_name()
    check = fresh_process("import sys; from PySide6.QtCore import QSettings; "
                          "print(QSettings(sys.argv[1], QSettings.Format.IniFormat).value('analyst'))", ini)
    assert check.stdout.strip() == "Li Na"


def test_bad_analyst_name_is_refused_inline(window):
    dialog = SettingsDialog(window.settings, window.store.path, window)
    dialog.analyst.setText("Li\x07Na")
    dialog.accept()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert dialog.analyst_error.text() and not dialog.analyst_error.isHidden()
    assert Settings().analyst() == ""
    dialog.deleteLater()


def test_language_switch_changes_visible_labels(window, qtbot):
    assert window.file_menu.title() == "&File"

    def to_japanese(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("ja"))
        QApplication.processEvents()  # LanguageChange events are posted
        assert dialog.windowTitle() == "設定"  # applied at once, while the dialog is open
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()

    errors = _with_dialog(to_japanese)
    window.acts.settings.trigger()
    if errors:
        raise errors[0]
    assert window.file_menu.title() == "ファイル(&F)"
    assert window.edit_menu.title() == "編集(&E)"
    assert window.acts.new_survey.text() == "新しい調査(&N)"
    assert window.model.headerData(0, qt_horizontal()) == "企業"
    assert window.filters.province.itemText(0) == "すべての省"
    assert window.filters.province.itemText(1) == "遼寧省"  # codebook labels come from the questionnaire
    assert window.model.index(0, 0).data() == window.model.row_data(0)["name_ja"]
    assert Settings().language() == "ja"
    from desktop.gui.i18n import current_language, set_language
    assert current_language() == "ja"
    set_language(QApplication.instance(), "zh")
    QApplication.processEvents()
    assert window.file_menu.title() == "文件(&F)"
    assert window.model.index(0, 2).data() in {i.text("zh") for i in window.filters.qn.codebooks["industry"].items}


def qt_user_role():  # noqa: ANN201
    from PySide6.QtCore import Qt
    return Qt.ItemDataRole.UserRole


def qt_horizontal():  # noqa: ANN201
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


def test_company_registry_filters_the_list(window, demo_store, qtbot, type_cjk):
    window.acts.registry.trigger()
    assert window.registry.isVisible()
    type_cjk(window.registry.search, "哈尔滨")
    qtbot.waitUntil(lambda: 0 < window.registry.table.rowCount() < 50, timeout=2000)
    row = window.registry.rows[window.registry.table.item(0, 0).data(qt_user_role())]
    assert "哈尔滨" in row["name_local"]
    texts = [window.registry.table.item(0, c).text() for c in range(4)]
    assert row["name_ja"] in texts and row["name_en"] in texts
    window.registry.choose(0)
    expected = count_surveys(demo_store, SurveyFilter(company_id=row["id"]))
    assert window.model.rowCount() == expected > 0
    assert {window.model.row_data(r)["name_local"] for r in range(expected)} == {row["name_local"]}
    assert window.filters.clear_company.isVisible()
    window.filters.clear_company.click()
    assert window.model.rowCount() == 300


def test_window_state_is_remembered(demo_store, make_window):
    window = make_window(demo_store)
    window.table.setColumnWidth(1, 233)
    window.resize(770, 500)  # the offscreen screen is 800x600: restoreGeometry clamps to it
    window.save_state()
    again = make_window(demo_store)
    assert again.table.columnWidth(1) == 233
    assert again.size().width() == 770


def test_brief_defaults_api(isolated_settings):
    assert brief_defaults() == {"language": "en", "final_only": True, "include_appendix": False,
                                "suppression_threshold": 3}
    Settings().set_brief_defaults(final_only=False)
    assert json.dumps(brief_defaults()) and brief_defaults()["final_only"] is False

"""BriefDialog: generates off the UI thread, previews pages, saves the PDF where asked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def dialog(qtbot, brief_db: Path):
    from desktop.gui.brief_dialog import BriefDialog
    from desktop.store import open_store

    store = open_store(brief_db, readonly=True)
    dlg = BriefDialog(store)
    qtbot.addWidget(dlg)
    yield dlg
    if dlg.operation is not None:
        qtbot.waitUntil(lambda: dlg.operation.is_finished, timeout=60000)
    store.close()


def test_generate_in_background_preview_and_save(qtbot, dialog, tmp_path: Path, kit) -> None:
    dialog.target.setCurrentIndex(dialog.target.findData("21"))
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.year.setCurrentIndex(dialog.year.findData(2025))
    dialog.generate()
    assert not dialog.generate_button.isEnabled()  # running: the UI stays responsive meanwhile
    qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.error is not None, timeout=60000)
    assert dialog.error is None, dialog.error
    assert dialog.save_button.isEnabled() and dialog.open_button.isEnabled()
    if shutil.which("pdftoppm"):
        assert len(dialog.page_labels()) == kit.page_count(dialog.result_.pdfs[0])
    else:
        assert "辽宁" in dialog.text_preview.toPlainText()
    saved = dialog.save_to(tmp_path / "ln-zh.pdf")
    assert saved == [tmp_path / "ln-zh.pdf"]
    assert "辽宁省日资企业" in "".join(kit.pdf_text(saved[0], layout=False).split())
    assert dialog.save_to(tmp_path / "missing" / "x.pdf") == []
    assert "does not exist" in dialog.status.text()


def test_all_four_and_bad_folder(qtbot, dialog, tmp_path: Path) -> None:
    dialog.target.setCurrentIndex(dialog.target.findData("all"))
    dialog.generate()
    qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.error is not None, timeout=90000)
    assert dialog.error is None, dialog.error
    assert sorted(p.name for p in dialog.result_.pdfs) == ["heilongjiang.pdf", "jilin.pdf", "liaoning.pdf",
                                                          "overview.pdf"]
    assert dialog.save_to(tmp_path / "not-a-folder.pdf") == []
    assert len(dialog.save_to(tmp_path)) == 4

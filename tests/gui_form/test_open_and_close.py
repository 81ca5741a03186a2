"""Opening a saved survey and closing it again asks nothing: loading is not an unsaved change."""

from __future__ import annotations

from desktop.demo import generate
from desktop.gui.form import survey_form
from desktop.store.listing import list_surveys


def test_loading_a_survey_does_not_mark_it_unsaved(make_form, store, qtbot, monkeypatch):
    generate(store, 5, seed=4)
    asked: list[bool] = []
    monkeypatch.setattr(survey_form, "ask_unsaved", lambda parent: asked.append(True))
    for row in list_surveys(store, limit=2):
        form = make_form(survey_id=row["id"])
        qtbot.wait(1200)  # past the autosave delay: a load must not have scheduled one
        assert not form.dirty, row["id"]
        form.close()
    assert asked == []

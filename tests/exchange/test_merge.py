"""Packages and merges: add, update, conflicts resolved both ways, company links, repeat = no-op."""

from __future__ import annotations

import pytest
from exchange_helpers import file_hash

from desktop.demo import generate
from desktop.exchange.merging import MergeRefused, apply_merge, plan_merge
from desktop.exchange.packages import export_package
from desktop.store import open_store
from desktop.store.audit import history
from desktop.store.surveys import get_survey, save_survey


def _edit(store, sid, **changes):
    s = get_survey(store, sid)
    s.update(changes)
    save_survey(store, s, final=s["status"] == "final", survey_id=sid, company_id=s["company_id"])


@pytest.fixture
def pair(tmp_path):
    """Analyst A with 40 demo surveys; B has merged A's package."""
    a = open_store(tmp_path / "a.sqlite", who="A")
    generate(a, 40, seed=3)
    export_package(a, tmp_path / "a1.pkg")
    b = open_store(tmp_path / "b.sqlite", who="B")
    apply_merge(b, plan_merge(b, tmp_path / "a1.pkg"))
    ids = [r[0] for r in a.conn.execute("SELECT id FROM surveys WHERE status = 'final' ORDER BY id LIMIT 3")]
    yield a, b, ids
    a.close()
    b.close()


def test_package_then_merge_adds_everything_once(pair, tmp_path):
    a, b, ids = pair
    assert b.conn.execute("SELECT count(*) FROM surveys").fetchone()[0] == 40
    assert get_survey(b, ids[0]) == get_survey(a, ids[0])
    assert any(h["action"] == "merge" for h in history(b, ids[0]))
    plan = plan_merge(b, tmp_path / "a1.pkg")
    assert plan.nothing_to_do and plan.same == 40 + len(plan.mine["companies"])


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_conflict_resolved_each_way_and_repeat_is_noop(pair, tmp_path, side):
    a, b, ids = pair
    original = get_survey(a, ids[1])["employees"]
    _edit(b, ids[0], employees=111)                 # only B: A takes it
    _edit(b, ids[1], employees=222)                 # both: a conflict on two fields
    _edit(a, ids[1], notes="A's note")
    export_package(b, tmp_path / "b1.pkg")
    plan = plan_merge(a, tmp_path / "b1.pkg")
    assert [t[1] for t in plan.take] == [ids[0]]
    [conflict] = plan.conflicts
    assert {d.field for d in conflict.fields} == {"employees", "notes"}
    with pytest.raises(MergeRefused, match="changed on both sides"):
        apply_merge(a, plan)
    apply_merge(a, plan, take=side)
    got = get_survey(a, ids[1])
    assert got["employees"] == (222 if side == "theirs" else original)
    assert (got["notes"] == "A's note") == (side == "mine")
    assert get_survey(a, ids[0])["employees"] == 111
    path = a.path
    a.close()
    before = file_hash(path)
    a2 = open_store(path, who="A")
    plan = plan_merge(a2, tmp_path / "b1.pkg")
    assert plan.nothing_to_do and not plan.conflicts
    apply_merge(a2, plan)
    a2.close()
    assert file_hash(path) == before


def test_field_by_field_choice_and_back_again(pair, tmp_path):
    a, b, ids = pair
    _edit(b, ids[1], employees=222)
    _edit(a, ids[1], notes="A's note")
    _edit(a, ids[2], notes="only A")
    export_package(b, tmp_path / "b1.pkg")
    plan = plan_merge(a, tmp_path / "b1.pkg")
    apply_merge(a, plan, choices={(ids[1], "employees"): "theirs", (ids[1], "notes"): "mine"})
    got = get_survey(a, ids[1])
    assert (got["employees"], got["notes"]) == (222, "A's note")
    export_package(a, tmp_path / "a2.pkg")
    back = plan_merge(b, tmp_path / "a2.pkg")           # B sees A's result as a plain update, no conflict
    assert not back.conflicts and {t[1] for t in back.take} == {ids[1], ids[2]}
    apply_merge(b, back)
    assert get_survey(b, ids[1])["notes"] == "A's note"


def test_company_duplicates_offered_and_linked(tmp_path, answers):
    mine = open_store(tmp_path / "m.sqlite", who="M")
    save_survey(mine, answers(name_en="Kitakaze Precision Co., Ltd."), final=True)
    theirs = open_store(tmp_path / "t.sqlite", who="T")
    save_survey(theirs, answers(name_en="KITAKAZE PRECISION", interview_date="2025-01-05"), final=True)
    theirs.close()
    plan = plan_merge(mine, tmp_path / "t.sqlite")
    [match] = plan.matches
    my_company = match.candidates[0]["id"]
    apply_merge(mine, plan, links={match.theirs["id"]: my_company})
    assert mine.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 1
    assert {r[0] for r in mine.conn.execute("SELECT company_id FROM surveys")} == {my_company}
    again = plan_merge(mine, tmp_path / "t.sqlite")
    assert again.nothing_to_do and not again.add["companies"]
    mine.close()


def test_merge_refusals(tmp_path, store):
    with pytest.raises(MergeRefused, match="no such file"):
        plan_merge(store, tmp_path / "nope.sqlite")
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(MergeRefused, match="junk.sqlite"):
        plan_merge(store, tmp_path / "junk.sqlite")
    with pytest.raises(MergeRefused, match="this database itself"):
        plan_merge(store, store.path)


def test_merge_survives_reopen_in_fresh_process(pair, tmp_path, fresh_process):
    a, b, ids = pair
    _edit(b, ids[0], employees=333)
    export_package(b, tmp_path / "b1.pkg")
    apply_merge(a, plan_merge(a, tmp_path / "b1.pkg"))
    a.close()
    out = fresh_process("""
        import sys
        from desktop.store import open_store
        from desktop.store.surveys import get_survey
        with open_store(sys.argv[1], readonly=True) as s:
            n = s.conn.execute("select count(*) from audit_log where action = 'merge'").fetchone()[0]
            print(get_survey(s, sys.argv[2])["employees"], n > 0)
        """, str(tmp_path / "a.sqlite"), ids[0])
    assert out.stdout.split() == ["333", "True"]


def test_change_after_compare_refuses_whole_merge(pair, tmp_path):
    a, b, ids = pair
    _edit(b, ids[0], employees=111)
    _edit(b, ids[2], employees=112)
    export_package(b, tmp_path / "b1.pkg")
    plan = plan_merge(a, tmp_path / "b1.pkg")
    _edit(a, ids[2], notes="edited meanwhile")
    with pytest.raises(MergeRefused, match="changed here since the comparison"):
        apply_merge(a, plan, backup=False)
    assert get_survey(a, ids[0])["employees"] != 111         # the transaction was rolled back as a whole

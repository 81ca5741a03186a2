"""Two writers: another copy of the app is seen, and two processes saving one survey never lose an update."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from desktop.store.connection import Store

from .conftest import ROOT

EDITOR = """
    import json, sys
    from desktop.store import open_store, ConflictError
    from desktop.store.surveys import get_survey, save_survey
    from desktop.store.companies import columns as company_columns
    s = open_store(sys.argv[1], who=sys.argv[2])
    loaded = get_survey(s, sys.argv[3])          # the form is filled from revision r
    print('loaded', loaded['revision'], flush=True)
    sys.stdin.readline()                          # both editors wait here, then save at once
    answers = {k: v for k, v in loaded.items() if k not in ('id', 'company_id', 'status', 'revision',
               'created_at', 'updated_at', 'created_by', 'updated_by', 'deleted_at')}
    answers['notes'] = 'edited by ' + sys.argv[2]
    try:
        saved = save_survey(s, answers, final=True, survey_id=sys.argv[3], company_id=loaded['company_id'],
                            expected_revision=loaded['revision'])
        print(json.dumps({'who': sys.argv[2], 'saved': saved.revision}), flush=True)
    except ConflictError as exc:
        print(json.dumps({'who': sys.argv[2], 'conflict': str(exc), 'kept': answers['notes']}), flush=True)
    s.close()
"""


def _spawn(code: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def test_two_processes_saving_one_survey_one_gets_a_conflict(populated):
    with Store(populated, backups=False) as s:
        sid, rev = s.conn.execute("SELECT id, revision FROM surveys ORDER BY id LIMIT 1").fetchone()
    editors = [_spawn(EDITOR, str(populated), who, sid) for who in ("ana", "bo")]
    for p in editors:
        assert p.stdout.readline().split() == ["loaded", str(rev)]
    for p in editors:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in editors:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    saved = [r for r in results if "saved" in r]
    conflicts = [r for r in results if "conflict" in r]
    assert len(saved) == 1 and len(conflicts) == 1
    assert "changed elsewhere" in conflicts[0]["conflict"] and "nothing was overwritten" in conflicts[0]["conflict"]
    with Store(populated, backups=False) as s:
        notes, revision = s.conn.execute("SELECT notes, revision FROM surveys WHERE id = ?", (sid,)).fetchone()
        updates = s.conn.execute("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'update' "
                                 "AND field = 'notes'", (sid,)).fetchone()[0]
    assert notes == f"edited by {saved[0]['who']}" and revision == rev + 1 == saved[0]["saved"]
    assert updates == 1


HOLDER = """
    import sys
    from desktop.store import open_store
    s = open_store(sys.argv[1], who='bo')
    print('open', flush=True)
    sys.stdin.readline()
"""


def test_another_instance_is_seen_and_forgotten_once_it_dies(populated):
    with Store(populated, who="ana", backups=False) as s:
        assert s.other_instances() == []
        child = _spawn(HOLDER, str(populated))
        try:
            assert child.stdout.readline().strip() == "open"
            others = s.other_instances()
            assert [o.pid for o in others] == [child.pid] and others[0].who == "bo"
            assert "bo on " in others[0].describe()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert s.other_instances() == []  # a killed process leaves a stale entry, which is ignored
    assert not (populated.parent / "surveys.sqlite-instances").exists()


def test_two_stores_in_one_process_are_one_instance(populated):
    a = Store(populated, backups=False)
    b = Store(populated, backups=False)
    assert a.other_instances() == [] and b.other_instances() == []
    a.close()
    assert b.instance is not None and b.instance.file.exists()
    b.close()
    assert not b.instance.file.exists()

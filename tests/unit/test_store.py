"""The Store: one settings object, and a database lock held elsewhere waited for, then refused in one line."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from byline.settings import DEFAULT_DB, get_settings
from byline.store import DatabaseBusy, Store, connect

# Another process holding the file as a writer until its stdin closes (or for `hold` seconds).
HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
print("released", flush=True)
"""


def hold(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_default_database_path_comes_from_settings(monkeypatch) -> None:
    monkeypatch.delenv("BYLINE_DB", raising=False)
    assert Store.from_env().db_path == Path(DEFAULT_DB)
    monkeypatch.setenv("BYLINE_DB", "/srv/news.duckdb")
    assert Store.from_env().db_path == Path("/srv/news.duckdb")
    assert Store.from_env(db_path="x.duckdb", workers=None).db_path == Path("x.duckdb")


def test_connect_waits_for_a_short_lock_then_opens(tmp_path: Path) -> None:
    db = tmp_path / "byline.duckdb"
    connect(db).close()
    holder = hold(db, 1.5)
    store = Store(get_settings(db_path=db, lock_wait_seconds=20))
    started = time.perf_counter()
    with store.connect() as con:
        assert con.execute("select count(*) from runs").fetchone() == (0,)
    assert 1.0 < time.perf_counter() - started < 15
    holder.wait(timeout=30)


def test_a_lock_held_past_the_bound_is_refused_in_one_line_naming_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "byline.duckdb"
    connect(db).close()
    holder = hold(db, 60)
    try:
        store = Store(get_settings(db_path=db, lock_wait_seconds=2))
        started = time.perf_counter()
        with pytest.raises(DatabaseBusy) as refused, store.connect():
            pass
        assert time.perf_counter() - started < 10
        message = str(refused.value)
        assert "\n" not in message
        assert str(db) in message and f"process {holder.pid}" in message and "BYLINE_LOCK_WAIT_SECONDS" in message
    finally:
        holder.kill()
        holder.wait()

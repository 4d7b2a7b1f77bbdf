"""DuckDB access: the Store every task opens, schema migrations, and SQL files from sql/ run by name."""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from byline.settings import SQL_DIR, Settings, get_settings


@functools.cache
def sql(name: str) -> str:
    """The text of sql/<name>.sql, e.g. sql('publish/merge_articles')."""
    path = (SQL_DIR / f"{name}.sql").resolve()
    if SQL_DIR.resolve() not in path.parents:
        raise ValueError(f"SQL name {name!r} points outside {SQL_DIR}")
    return path.read_text(encoding="utf-8")


def run(con: duckdb.DuckDBPyConnection, name: str, params: Sequence[Any] | dict | None = None):
    """Execute sql/<name>.sql with bound parameters; returns the connection for fetching."""
    return con.execute(sql(name), params) if params is not None else con.execute(sql(name))


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Commit what the block wrote, or roll all of it back if the block raises (or is interrupted)."""
    con.execute("begin transaction")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


@contextlib.contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: Any) -> Iterator[None]:
    """Arrow tables (or DataFrames) visible to SQL under the given names for the block's duration."""
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield
    finally:
        for name in tables:
            con.unregister(name)


def connect(db_path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database, apply pending migrations (writers only) and pin the session to UTC.

    Fails at once when another process holds the file; Store.connect waits for it instead.
    """
    db_path = Path(db_path)
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    config = {
        "autoinstall_known_extensions": False,
        "memory_limit": get_settings().duckdb_memory_limit,
    }
    con = duckdb.connect(str(db_path), read_only=read_only, config=config)
    con.execute("set TimeZone = 'UTC'")
    con.execute("set enable_progress_bar = false")  # it would write over the flow's log and the CLI's own bar
    if not read_only:
        migrate(con)
    return con


class DatabaseBusy(RuntimeError):
    """Another process held the database file for longer than the settings allow waiting."""


LOCK_RETRY_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0)  # pauses between attempts; the last one repeats


def connect_waiting(db_path: Path, wait_seconds: float, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """connect(), waiting up to wait_seconds while another process holds the file's lock."""
    deadline = time.monotonic() + wait_seconds
    for attempt in itertools.count():
        try:
            return connect(db_path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            pause = LOCK_RETRY_SECONDS[min(attempt, len(LOCK_RETRY_SECONDS) - 1)]
            if time.monotonic() + pause > deadline:
                raise DatabaseBusy(_busy_message(db_path, wait_seconds, str(exc))) from None
            time.sleep(pause)
    raise AssertionError("unreachable")


def _busy_message(db_path: Path, wait_seconds: float, error: str) -> str:
    holder = re.search(r"PID (\d+)", error)
    by = f"process {holder.group(1)}" if holder else "another process"
    return (
        f"{db_path} is in use by {by} (waited {wait_seconds:.0f} s); run again when it has finished, "
        f"or raise BYLINE_LOCK_WAIT_SECONDS"
    )


@dataclass(frozen=True)
class Store:
    """The pipeline's database and settings: built once per run and handed to every task.

    Every task opens the file with `with store.connect() as con:`; a lock held by another
    process is waited for up to settings.lock_wait_seconds.
    """

    settings: Settings

    @classmethod
    def from_env(cls, **overrides: Any) -> Store:
        """The environment's settings (BYLINE_*), with the given values (None: not given) taking precedence."""
        return cls(get_settings(**overrides))

    @property
    def db_path(self) -> Path:
        return self.settings.db_path

    @contextlib.contextmanager
    def connect(self, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        con = connect_waiting(self.db_path, self.settings.lock_wait_seconds, read_only=read_only)
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def held_open(self) -> Iterator[None]:
        """Keep the database open in this process for the block; connections opened inside share it.

        Closing a file's last connection checkpoints it, which costs more than a batch's writes.
        Held open, the file is checkpointed when its write-ahead log fills up instead of after every
        task; every commit is durable in that log either way.
        """
        with self.connect():
            yield


def schema_files() -> list[Path]:
    return sorted((SQL_DIR / "schema").glob("[0-9][0-9][0-9]_*.sql"))


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every sql/schema/NNN_*.sql not yet recorded in schema_version, each in its own transaction."""
    con.execute(
        "create table if not exists schema_version ("
        " version integer primary key, name varchar not null, applied_at timestamptz not null default now())"
    )
    done = {row[0] for row in con.execute("select version from schema_version").fetchall()}
    applied = []
    for path in schema_files():
        version = int(path.name[:3])
        if version in done:
            continue
        with transaction(con):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("insert into schema_version (version, name) values (?, ?)", [version, path.stem])
        applied.append(path.stem)
    return applied

"""One settings object. Defaults suit a laptop; BYLINE_* environment variables override them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
SAMPLES_DIR = PROJECT_ROOT / "samples"
DEFAULT_DB = "data/byline.duckdb"  # the one place the default database path is written


def _env(name: str, default: str) -> str:
    return os.environ.get(f"BYLINE_{name}", default)


@dataclass(frozen=True)
class Settings:
    db_path: Path = field(default_factory=lambda: Path(_env("DB", DEFAULT_DB)))
    batch_size: int = field(default_factory=lambda: int(_env("BATCH_SIZE", "1000")))
    # DuckDB caches pages up to this much, then spills to disk: keeps memory flat as the corpus grows.
    duckdb_memory_limit: str = field(default_factory=lambda: _env("DUCKDB_MEMORY_LIMIT", "256MB"))
    workers: int = field(default_factory=lambda: int(_env("WORKERS", "0")))  # 0: one per core
    # Seconds one file may take to parse; past it the file is rejected (timeout), its worker replaced.
    parse_timeout: float = field(default_factory=lambda: float(_env("PARSE_TIMEOUT", "30")))
    # A Dask scheduler (tcp://host:8786) to parse on instead of this machine's process pool.
    dask_address: str | None = field(default_factory=lambda: _env("DASK_ADDRESS", "") or None)
    # Batch-level quality rules apply only from this many rows on (a share of 3 rows means nothing).
    min_rows_for_batch_rules: int = field(default_factory=lambda: int(_env("MIN_ROWS_FOR_BATCH_RULES", "50")))
    # How long opening the database waits for another process's lock before refusing.
    lock_wait_seconds: float = field(default_factory=lambda: float(_env("LOCK_WAIT_SECONDS", "30")))
    # Files matching these names are never treated as raw articles (golden expectations, hidden files).
    ignore_globs: tuple[str, ...] = ("*.expected.json", ".*", "*.md", "manifest.jsonl", "manifest.csv")

    @property
    def data_dir(self) -> Path:
        return self.db_path.parent

    @property
    def docs_dir(self) -> Path:
        return self.data_dir / "docs"


def get_settings(**overrides) -> Settings:
    """The environment's settings, with the given values (None: not given) taking precedence."""
    values = {k: v for k, v in overrides.items() if v is not None}
    if "db_path" in values:
        values["db_path"] = Path(values["db_path"])
    return replace(Settings(), **values)

"""A real `byline ingest` killed with SIGKILL (its whole process tree) at each stage; the next run
repairs what it left, and the database then equals that of runs never killed: articles, authors,
images, stories, quarantine, validation_results, the analysts' copy, and no temporary files.

The kill points are byline.kill_points (BYLINE_KILL_AT). The killed run is a subprocess in its own
process group; the runs before and after are the same flow, run here against the test's Prefect.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.ingest_articles import ingest_articles

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "sources"))
from warcs import crawl_records, pages_in, write_warc  # noqa: E402

STAGES = ("discover", "parse", "stage", "stage:archive", "validate", "publish:after_articles", "link-stories", "analyst-copy")

# Each table as a run without a kill must leave it: ids of runs and times of day left out.
NORMALISED = {
    "articles": "select * exclude (run_id, ingested_at) from {db}articles",
    "article_authors": "select * from {db}article_authors",
    "article_images": "select * from {db}article_images",
    "stories": "select * exclude (updated_at) from {db}stories",
    "quarantine": "select * exclude (run_id, quarantined_at, ingested_at) from {db}quarantine",
    "validation_results": (
        "select * exclude (run_id, evaluated_at) from {db}validation_results "
        "where run_id in (select run_id from {db}runs where validation_outcome <> 'nothing_to_validate')"
    ),
}


def story(i: int, year: int = 2024) -> str:
    return (
        f"Harbour board approves plan number {i} for the east quay\n\n"
        f"By Maria Lopez\nPublished Mar {i + 1}, {year}\n\n"
        f"The harbour board voted on Tuesday to approve plan {i} for the east quay, after months of "
        f"debate among dockworkers, shipping firms and residents of the old town.\n\n"
        f"The plan covers {i * 7 + 12} cranes and a new rail siding, and will be reviewed again next year, "
        f"according to a statement released by the board after a long public consultation.\n"
    )


def write_sources(folder: Path) -> None:
    folder.mkdir()
    for i in range(4):
        (folder / f"story-{i}.txt").write_text(story(i))
    (folder / "copy-of-0.txt").write_text(story(0).replace("By Maria Lopez", "By Maria Lopez and Ken Ito"))
    (folder / "future.txt").write_text(story(5, year=2031))  # quarantined: dated in the future
    (folder / "empty.txt").write_text("")
    write_warc(folder / "crawl.warc.gz", crawl_records(pages_in(ROOT / "samples" / "html")))


def state(db: Path) -> dict[str, list[tuple]]:
    copy = db.with_name(f"{db.stem}.analytics.duckdb")
    with duckdb.connect(str(db)) as con:  # a writer: replays the WAL a killed process left
        tables = {t: con.execute(q.format(db="") + " order by all").fetchall() for t, q in NORMALISED.items()}
        con.execute(f"attach '{copy}' as copy (read_only)")
        tables |= {f"copy.{t}": con.execute(q.format(db="copy.") + " order by all").fetchall() for t, q in NORMALISED.items()}
    return tables


def start_killed_ingest(source: Path, db: Path, stage: str) -> subprocess.Popen:
    """`byline ingest` in its own process group, to be killed at `stage` with all its processes."""
    from prefect.settings import PREFECT_API_URL

    environment = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "BYLINE_KILL_AT": stage}
    command = [str(Path(sys.executable).with_name("byline")), "ingest", str(source), "--db", str(db), "--workers", "1"]
    return subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sources") / "raw"
    write_sources(folder)
    return folder


@pytest.fixture(scope="module")
def killed(prefect_harness, sources, tmp_path_factory) -> dict[str, tuple[Path, int, str]]:
    """stage -> (database, exit status, stderr) of an ingest killed there; all run at once, as
    much of their time is spent waiting on the Prefect server."""
    runs = {}
    for stage in STAGES:
        db = tmp_path_factory.mktemp(stage.replace(":", "-")) / "byline.duckdb"
        runs[stage] = (db, start_killed_ingest(sources, db, stage))
    return {stage: (db, process.wait(timeout=600), process.stderr.read()) for stage, (db, process) in runs.items()}


@pytest.fixture(scope="module")
def expected(prefect_harness, sources, tmp_path_factory) -> dict[str, list[tuple]]:
    """The state two runs never killed leave (the second one has nothing to read)."""
    db = tmp_path_factory.mktemp("reference") / "byline.duckdb"
    ingest_articles(sources=[str(sources)], db_path=str(db), workers=1)
    ingest_articles(sources=[str(sources)], db_path=str(db), workers=1)
    return state(db)


@pytest.mark.slow
@pytest.mark.parametrize("stage", STAGES)
def test_a_run_killed_at_each_stage_is_repaired_by_the_next(killed, expected, sources, stage):
    assert expected["quarantine"] and expected["stories"]  # the sources exercise both
    db, status, stderr = killed[stage]
    assert status == -signal.SIGKILL, stderr[-3000:]

    ingest_articles(sources=[str(sources)], db_path=str(db), workers=1)

    assert state(db) == expected
    assert not [p.name for p in db.parent.iterdir() if p.name.endswith((".tmp", ".tmp.wal"))]
    with duckdb.connect(str(db), read_only=True) as con:
        dead = con.execute("select validation_outcome, n_published, message from runs order by started_at").fetchall()[0]
        (live,) = con.execute("select count(*) from articles").fetchone()
    if stage == "link-stories":
        assert dead[:2] == ("abandoned", live), dead
    elif stage != "analyst-copy":  # that run finished before the copy was written
        assert dead[:2] == ("abandoned", 0), dead


def _alive(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


@pytest.mark.slow
def test_killing_only_the_flow_process_leaves_no_child_alive(prefect_harness, tmp_path):
    """As the OOM killer does: SIGKILL to the ingest process alone, while its workers parse."""
    source = tmp_path / "raw"
    source.mkdir()
    for i in range(40):
        (source / f"story-{i}.txt").write_text(story(i % 9) + f"\nNote {i}.\n")
    (source / "slow.html").write_text("<html><body>" + "<p>" + "word " * 200 + "</p>" * 1 + "x" * 7_000_000 + "</body></html>")
    environment = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # its own embedded server
    command = [str(Path(sys.executable).with_name("byline")), "ingest", str(source), "--db", str(tmp_path / "b.duckdb"), "--workers", "2"]
    ingest = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from byline.lifeline import _processes, descendants

    deadline, children = time.monotonic() + 120, []
    while time.monotonic() < deadline:  # wait until the server and the parser workers run
        children = list(descendants(ingest.pid, _processes()))
        if len(children) >= 3:  # the watchdog, the Prefect server, a parser worker
            break
        time.sleep(0.2)
    assert len(children) >= 3, children
    time.sleep(1)
    children = list(descendants(ingest.pid, _processes()))

    ingest.send_signal(signal.SIGKILL)
    ingest.wait()
    deadline = time.monotonic() + 10
    while _alive(children) and time.monotonic() < deadline:
        time.sleep(0.5)

    assert _alive(children) == []

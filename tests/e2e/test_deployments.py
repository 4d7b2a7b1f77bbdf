"""byline's deployments on a real Prefect server, set up as the README says, with nothing mocked.

Starts `prefect server start` on a free loopback port, runs `byline setup` and
`prefect --no-prompt deploy --all`, starts a process worker, and drives the deployments through
the server's REST API: the hourly ingest over our samples, the reports run its event triggers,
a held run, the alert automation's webhook, and publish-held-run. Stops everything it started.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Webhook(http.server.ThreadingHTTPServer):
    """A loopback listener keeping the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with contextlib.suppress(ValueError):
                    outer.received.append(json.loads(body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    with log.open("w") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def wait_until(what: str, check, timeout: float = 120, every: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[dict]:
    """Environment of a fresh shell pointed at a real Prefect server of its own."""
    api = f"http://127.0.0.1:{free_port()}/api"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "BYLINE_"))},
        "PREFECT_API_URL": api,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    port = api.split(":")[-1].split("/")[0]
    server = start([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", port],
                   env, tmp_path / "server.log")
    try:
        wait_until("the Prefect server", lambda: _healthy(api), timeout=180)
        yield env
    finally:
        stop(server)


def _healthy(api: str) -> bool:
    try:
        return httpx.get(f"{api}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


class Api:
    def __init__(self, env: dict) -> None:
        self.client = httpx.Client(base_url=env["PREFECT_API_URL"], timeout=60)

    def request(self, method: str, path: str, body: dict | None = None):
        # A loaded server answers 503 or stalls while its SQLite file is busy; Prefect's own client
        # retries both. Only reads are retried after a stall: a create may have landed.
        rereadable = method == "GET" or path.endswith("/filter")
        for delay in (1, 2, 4, 8, None):
            try:
                response = self.client.request(method, path, json=body)
            except httpx.TimeoutException:
                if not rereadable or delay is None:
                    raise
            else:
                if response.status_code != 503 or delay is None:
                    break
            time.sleep(delay)
        return response.raise_for_status().json()

    def post(self, path: str, body: dict | None = None):
        return self.request("POST", path, body or {})

    def get(self, path: str):
        return self.request("GET", path)

    def run_deployment(self, name: str, parameters: dict | None = None, env: dict | None = None) -> str:
        deployment = self.get(f"/deployments/name/{name}")
        body = {"parameters": parameters or {}, "job_variables": {"env": env} if env else {}}
        return self.post(f"/deployments/{deployment['id']}/create_flow_run", body)["id"]

    def finished(self, flow_run_id: str, timeout: float = 180) -> dict:
        def state():
            run = self.get(f"/flow_runs/{flow_run_id}")
            return run if run["state"]["type"] in TERMINAL else None

        return wait_until(f"flow run {flow_run_id}", state, timeout)

    def runs_of(self, deployment: str) -> list[dict]:
        return self.post("/flow_runs/filter", {"deployments": {"name": {"any_": [deployment]}}})

    def artifact(self, key: str) -> str:
        found = self.post("/artifacts/latest/filter", {"artifacts": {"key": {"any_": [key]}}})
        return str(found[0]["data"]) if found else ""


def story(i: int, dated: bool) -> str:
    dateline = "Published Mar 5, 2024\n" if dated else ""
    return (
        f"Tram company orders vehicle number {i} for the river line\n\n"
        f"By Lena Kovac\n{dateline}\n"
        f"The tram company ordered vehicle {i} for the river line on Thursday, after passenger numbers "
        f"rose for the third year running and the old cars began to break down in the cold.\n\n"
        f"The order covers {i + 8} low-floor trams, the company said, and the first of them should carry "
        f"passengers before the end of next year, once the depot has been extended.\n"
    )


def cli(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_deployments_ingest_report_hold_and_publish_on_a_real_server(prefect_server: dict, tmp_path: Path) -> None:
    env, db = prefect_server, tmp_path / "data" / "byline.duckdb"
    webhook = Webhook()
    api = Api(env)

    set_up = cli([str(BIN / "byline"), "setup", "--alert-webhook", webhook.url], env)
    assert set_up.returncode == 0, set_up.stderr
    unset = cli([str(BIN / "prefect"), "--no-prompt", "deploy", "--all"], env)
    assert unset.returncode != 0 and "BYLINE_SOURCES is not set" in unset.stdout + unset.stderr
    deploy = cli([str(BIN / "prefect"), "--no-prompt", "deploy", "--all"], {**env, "BYLINE_SOURCES": str(ROOT / "samples")})
    assert deploy.returncode == 0, deploy.stdout[-3000:] + deploy.stderr[-3000:]
    worker_env = {**env, "BYLINE_DB": str(db), "BYLINE_WORKERS": "1"}
    worker = start([str(BIN / "prefect"), "worker", "start", "--pool", "byline-local"], worker_env, tmp_path / "worker.log")
    try:
        ingest = api.finished(api.run_deployment("ingest_articles/ingest-hourly"))
        assert ingest["state"]["type"] == "COMPLETED", ingest["state"]
        reports = wait_until(
            "reports-after-ingest to run from the ingest's event",
            lambda: [r for r in api.runs_of("reports-after-ingest") if r["state"]["type"] in TERMINAL],
        )
        assert [r["state"]["type"] for r in reports] == ["COMPLETED"]
        assert (db.parent / "report" / "index.html").exists()
        with duckdb.connect(str(db), read_only=True) as con:
            run_id, n_published = con.execute("select run_id, n_published from runs").fetchone()
            assert con.execute("select count(*) from articles").fetchone() == (n_published,) and n_published >= 10
        summary = api.artifact("ingest-summary")
        assert run_id in summary and f"| published | {n_published} |" in summary and str(db) in summary

        held_dir = tmp_path / "held"
        held_dir.mkdir()
        for i in range(6):
            (held_dir / f"story-{i}.txt").write_text(story(i, dated=i >= 3))
        held = api.finished(api.run_deployment(
            "ingest_articles/ingest-hourly", {"sources": [str(held_dir)]}, env={"BYLINE_MIN_ROWS_FOR_BATCH_RULES": "5"}
        ))
        assert (held["state"]["type"], held["state"]["name"]) == ("FAILED", "Held")
        with duckdb.connect(str(db), read_only=True) as con:
            held_id = con.execute("select run_id from runs where validation_outcome = 'failed'").fetchone()[0]
        assert f"-p run_id={held_id}" in held["state"]["message"]
        alert = wait_until("the alert webhook", lambda: [b for b in webhook.received if b.get("state") == "Held"], timeout=60)
        assert alert[0]["flow_run_id"] == held["id"]

        forced = api.finished(api.run_deployment("publish_held_run/publish-held-run", {"run_id": held_id, "forced_by": "e2e reviewer"}))
        assert forced["state"]["type"] == "COMPLETED", forced["state"]
        wait_until(  # the forced publish published articles: its event triggers the reports again
            "reports-after-ingest to run after the forced publish",
            lambda: len([r for r in api.runs_of("reports-after-ingest") if r["state"]["type"] in TERMINAL]) == 2,
        )
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("select count(*) from articles").fetchone() == (n_published + 6,)
            assert con.execute("select validation_outcome, forced_by from runs where run_id = ?", [held_id]).fetchone() == (
                "forced", "e2e reviewer")
        assert held_id in api.artifact("forced-publish") and str(db) in api.artifact("forced-publish")
    finally:
        stop(worker)
        webhook.shutdown()

"""Prepare a Prefect server for byline's deployments: the work pool, the DuckDB writer limit and
the automation that says when an ingest needs attention. Safe to run again: it replaces its own."""

from __future__ import annotations

import contextlib
from pathlib import Path

import yaml
from prefect.blocks.webhook import Webhook
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate
from prefect.events.schemas.automations import AutomationCore
from prefect.exceptions import ObjectAlreadyExists
from prefect.workers.process import ProcessWorker

from byline.settings import PROJECT_ROOT
from flows.one_writer import DUCKDB_WRITER_LIMIT, ensure_writer_limit

WORK_POOL = "byline-local"  # as prefect.yaml names it
ALERT_BLOCK = "byline-alerts"
AUTOMATIONS_FILE = PROJECT_ROOT / "automations.yaml"


def set_up(alert_webhook: str | None = None, automations_file: Path = AUTOMATIONS_FILE) -> list[str]:
    """Create what the deployments need on the current PREFECT_API_URL; returns one line per thing done."""
    done = [_work_pool(), _writer_limit()]
    block_id = _alert_block(alert_webhook) if alert_webhook else None
    if block_id:
        done.append(f"webhook block {ALERT_BLOCK} posting to {alert_webhook}")
    for spec in yaml.safe_load(automations_file.read_text(encoding="utf-8"))["automations"]:
        done.append(_automation(spec, block_id))
    return done


def _work_pool() -> str:
    with get_client(sync_client=True) as client, contextlib.suppress(ObjectAlreadyExists):
        client.create_work_pool(
            WorkPoolCreate(name=WORK_POOL, type="process", base_job_template=ProcessWorker.get_default_base_job_template())
        )
    return f"work pool {WORK_POOL} (process)"


def _writer_limit() -> str:
    ensure_writer_limit()
    return f"global concurrency limit {DUCKDB_WRITER_LIMIT} (1 slot: one writer on the DuckDB file)"


def _alert_block(url: str):
    return Webhook(method="POST", url=url).save(ALERT_BLOCK, overwrite=True)


def _automation(spec: dict, block_id) -> str:
    """Replace the automation of that name; a webhook action without a block does nothing but record its firing."""
    actions = []
    for action in spec.get("actions", []):
        if action.get("type") == "call-webhook":
            action = {"type": "call-webhook", "block_document_id": str(block_id), "payload": action["payload"]} if block_id else {"type": "do-nothing"}
        actions.append(action)
    automation = AutomationCore.model_validate({**spec, "actions": actions})
    with get_client(sync_client=True) as client:
        for old in client.read_automations_by_name(automation.name):
            client.delete_automation(old.id)
        client.create_automation(automation)
    kinds = ", ".join(a.type for a in automation.actions)
    return f"automation {automation.name} ({kinds})"

"""prefect.yaml points at real flows with parameters they accept."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOYMENTS = yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]


@pytest.mark.parametrize("deployment", DEPLOYMENTS, ids=lambda d: d["name"])
def test_deployment_entrypoint_is_a_flow_taking_its_parameters(deployment: dict) -> None:
    module_path, name = deployment["entrypoint"].split(":")
    module = importlib.import_module(module_path.removesuffix(".py").replace("/", "."))
    flow = getattr(module, name)
    accepted = set(inspect.signature(flow.fn).parameters)
    assert set(deployment.get("parameters", {})) <= accepted
    assert deployment.get("concurrency_limit") == 1, "DuckDB has one writer: one run at a time"


@pytest.mark.parametrize("deployment", DEPLOYMENTS, ids=lambda d: d["name"])
def test_deployment_declares_its_schedules_so_deploy_never_prompts(deployment: dict) -> None:
    assert isinstance(deployment.get("schedules"), list)


def test_deployments_leave_the_database_path_to_settings() -> None:
    assert all("db_path" not in d.get("parameters", {}) for d in DEPLOYMENTS)


def test_empty_source_is_refused_by_the_cli() -> None:
    from click.testing import CliRunner

    from byline.cli import main

    result = CliRunner().invoke(main, ["ingest", " "])
    assert result.exit_code == 2 and "empty source" in result.output


def test_ingest_flow_schema_refuses_empty_sources() -> None:
    from prefect.utilities.callables import parameter_schema

    from flows.ingest_articles import ingest_articles

    sources = parameter_schema(ingest_articles).model_dump()["properties"]["sources"]
    assert sources["minItems"] == 1 and sources["items"]["minLength"] == 1 and sources["items"]["pattern"] == r"\S"

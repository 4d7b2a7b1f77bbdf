# byline: `make run` ingests the bundled samples, `make test` runs the tests.
# Both create the environment in .venv from requirements.lock when it is missing or stale.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UV_VERSION := 0.13.9

export PREFECT_HOME ?= $(CURDIR)/data/prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 600
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: run test env lock bench lint clean setup

run: $(STAMP)
	@mkdir -p "$(PREFECT_HOME)"
	$(BIN)/byline ingest samples --db data/byline.duckdb --manifest samples/manifest.csv

test: $(STAMP)
	@mkdir -p "$(PREFECT_HOME)"
	$(BIN)/python -m pytest -n 2 --dist loadfile tests

env: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "byline needs Python 3.11 or newer"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q "uv==$(UV_VERSION)"
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	touch $@

# Re-pin every dependency after editing pyproject.toml.
lock: $(STAMP)
	$(BIN)/uv pip compile -q pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

bench: $(STAMP)
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/ingest.py --files 20000

# The Prefect server's work pool, DuckDB writer limit and alert automation (needs PREFECT_API_URL).
setup: $(STAMP)
	$(BIN)/byline setup

lint: $(STAMP)
	$(BIN)/ruff check byline flows tasks tests bench

clean:
	rm -rf data $(VENV)

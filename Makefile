# newsgraph: `make demo` and `make test` work on a fresh machine (Python 3.11 + network access
# to PyPI). Both create .venv and install the package with its pinned dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := out/demo.duckdb

.PHONY: setup demo test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,server]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/newsgraph analyze samples/manifest.jsonl --format summary --quiet
	rm -f $(DEMO_DB)
	mkdir -p out
	$(BIN)/newsgraph ingest samples/manifest.jsonl --db $(DEMO_DB) --quiet
	$(BIN)/newsgraph summary --db $(DEMO_DB)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

test: setup lint
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

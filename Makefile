# Two commands do everything on a fresh machine: `make serve` (or `make site`) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install site serve test lint bench schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

site: $(STAMP)  ## build the whole site into site/
	$(BIN)/mkdocs build

serve: $(STAMP)  ## serve on http://127.0.0.1:8000, rebuilding on every change, drafts shown
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP) lint  ## the whole test suite, after the linters
	$(BIN)/pytest

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check plugins tests bench
	$(BIN)/mypy

bench: $(STAMP)  ## the benchmark: N = 100, 1000, 5000
	$(BIN)/python bench/run.py

schema: $(STAMP)  ## regenerate schema/case.schema.json
	$(BIN)/tarinasto schema

clean:
	rm -rf site .pytest_cache

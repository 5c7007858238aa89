# Two commands do everything on a fresh machine: `make serve` (or `make site`) and `make test`.
# Installs come from requirements.lock (exact versions and hashes), so a fresh clone installs
# today what passed yesterday; `make lock` refreshes it on purpose.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
# Material prints a banner about its end of life at every run; `make` keeps its output to
# what the build says (run mkdocs yourself to see it).
export NO_MKDOCS_2_WARNING := 1

.PHONY: install site serve test lint bench quality lock schema clean

# uv installs the locked set in seconds; it is itself installed from the lock's own entry
# (version and hashes), with the pip that comes with the venv.
$(BIN)/uv: $(LOCK)
	$(PYTHON) -m venv $(VENV)
	awk '/^uv==/ {keep=1; print; next} keep && /^[[:space:]]/ {print; next} {keep=0}' $(LOCK) > $(VENV)/uv.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(VENV)/uv.lock
	touch $(BIN)/uv

$(STAMP): $(BIN)/uv $(LOCK) pyproject.toml
	$(BIN)/uv pip sync --quiet --python $(BIN)/python --require-hashes --compile-bytecode $(LOCK)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --no-build-isolation -e .
	$(BIN)/python -m compileall -q plugins
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the package and its tools from the lock

site: $(STAMP)  ## build the whole site into site/
	$(BIN)/mkdocs build

serve: $(STAMP)  ## serve on http://127.0.0.1:$(PORT) (make serve PORT=8001), drafts shown
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

# The YAML language server that tests/test_editor_schema.py drives, locked in tests/lsp/;
# installed quietly when npm is there (without it that test is skipped, and fails in CI).
LSP := tests/lsp/node_modules/.package-lock.json
$(LSP): tests/lsp/package-lock.json
	@if command -v npm >/dev/null; then cd tests/lsp && npm ci --no-audit --no-fund --silent; fi

test: $(STAMP) lint  ## the whole test suite, after the linters
	@$(MAKE) --no-print-directory $(LSP)
	$(BIN)/pytest

lint: $(STAMP)  ## ruff, mypy and the layer contracts
	$(BIN)/ruff check plugins tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)  ## the benchmark: N = 100, 1000, 5000
	$(BIN)/python bench/run.py

# `make lock` takes the newest releases that pyproject.toml's ranges allow; `make lock UPGRADE=`
# only adds what pyproject.toml gained and keeps every other pin.
UPGRADE ?= --upgrade
quality: $(STAMP)  ## Lighthouse (mobile) on the library, a case and a taxonomy page in each language
	npm ci --prefix bench/quality --no-audit --no-fund --loglevel=error
	$(BIN)/python bench/lighthouse.py

lock: $(BIN)/uv  ## refresh requirements.lock from pyproject.toml's ranges (on purpose, then commit it)
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dev --universal --python-version 3.11 \
		--generate-hashes $(UPGRADE) --quiet --output-file $(LOCK)

schema: $(STAMP)  ## regenerate schema/case.schema.json
	$(BIN)/tarinasto schema

clean:
	rm -rf site .pytest_cache .tarinasto-cache

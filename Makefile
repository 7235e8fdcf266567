# Everything runs from .venv, made on first use from nothing but Python 3 (3.11 or newer for the dev tools).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

# A .venv made by another Python than $(PYTHON) (or whose interpreter no longer runs) is remade, not reused:
# `make test PYTHON=python3.10` after a 3.11 run must test 3.10. The marker names the version that made it.
PYTHON_VERSION := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
VENV_VERSION   := $(shell $(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
VENV_MARK      := $(VENV)/.made-by-python$(PYTHON_VERSION)
ifeq ($(PYTHON_VERSION),)
$(error $(PYTHON) does not run: install Python 3.10 or newer, or pass PYTHON=...)
endif
ifeq ($(shell $(PYTHON) -c 'import sys; print(int(sys.version_info >= (3, 11)))'),0)
$(error Python $(PYTHON_VERSION): the dev tools need Python 3.11 or newer (the [dev] pins: openapi-python-client 0.29.1, schemathesis 4.32, starlette 1.10 require it). The SDK itself supports 3.10: see the README's support matrix)
endif
ifneq ($(VENV_VERSION),$(PYTHON_VERSION))
.PHONY: $(VENV_MARK)
endif

.PHONY: install redis-server test lint typecheck validate-spec check-generated contract check regenerate demo bench bench-sandbox clean

$(VENV_MARK):
	@if [ -d $(VENV) ]; then echo "$(VENV) was made by Python $(or $(VENV_VERSION),?), not $(PYTHON_VERSION): remaking it"; fi
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	@touch $@

$(STAMP): pyproject.toml $(VENV_MARK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# The Redis store's tests start a real redis-server (tests/redis_server.py). Installed here when missing, as
# root with apt-get (CI, containers); anywhere else the message says what to install.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; \
		else \
			echo "make test needs redis-server for the Redis store's tests: sudo apt-get install redis-server" >&2; \
			exit 1; \
		fi; \
	}

test: install redis-server
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# custom/ (strict, from pyproject.toml), then what users read and copy: README blocks, examples/, user-style tests.
typecheck: install
	$(BIN)/mypy
	$(BIN)/python tests/examples/typecheck_user_code.py

validate-spec: install
	$(BIN)/openapi-spec-validator openapi/altoviz.yaml

# Regenerates into a temporary directory and fails on any difference with the committed client.
check-generated: install
	$(BIN)/python openapi/regenerate.py --check

# schemathesis against a sandbox that the script starts on a free port and stops (bounded: well under 2 min).
contract: install
	$(BIN)/python tests/sandbox/run_contract.py

# Everything but the tests, which CI runs just before (.ci/run: make test, then make check): running them twice
# doubled CI time and proved nothing more.
check: lint typecheck validate-spec check-generated contract

regenerate: install
	$(BIN)/python openapi/regenerate.py

# Imports 1,000 customers, syncs 20 CRM deals, reads back, downloads the PDFs into .demo/ (a sandbox with a rate
# limit and seeded faults; about 20 s). Exits non-zero when a check fails.
demo: install
	$(BIN)/python examples/demo.py

# Every benchmark (well under 10 minutes): prints the goals and writes bench/results.json.
bench: install
	$(BIN)/python bench/run_all.py

bench-sandbox: install
	$(BIN)/python bench/sandbox_throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

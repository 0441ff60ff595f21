# Two commands on a fresh machine: `make run` sets up .venv and runs the bot, `make test` sets
# up .venv and runs every check CI runs. .venv is created on first use and reinstalled only
# when pyproject.toml changes (the stamp files inside it record each install).

PYTHON ?= python3
VENV ?= .venv
CONFIG ?= config.yaml
PYTEST_ARGS ?=
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: help run test bench
.DELETE_ON_ERROR:

help:
	@echo "make run    set up $(VENV) and run the bot (CONFIG=$(CONFIG), token from DISCORD_TOKEN)"
	@echo "make test   set up $(VENV) with the dev tools; ruff, mypy, rules validate, pytest"
	@echo "            (storage tests on SQLite and on a throwaway local PostgreSQL server)"
	@echo "make bench  set up $(VENV) with the benchmark peers (scikit-learn: about 275 MB more)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "modbot needs Python 3.11 or newer as '$(PYTHON)': install it, or run make with" \
	    "PYTHON=/path/to/python3.11" >&2; exit 2; }
	@echo "Creating $(VENV) (first use only)"
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	@echo "Installing modbot into $(VENV) (about 20 s the first time)"
	$(PIP) -e .
	@touch $@

# The dev extra includes the bot, so it satisfies `make run` too.
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	@echo "Installing modbot and its test tools into $(VENV) (about 40 s the first time)"
	$(PIP) -e '.[dev]'
	@touch $@ $(VENV)/.installed-run

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(PIP) -e '.[dev,bench]'
	@touch $@ $(VENV)/.installed-dev $(VENV)/.installed-run

# A token written in the config file also works (`$(BIN)/modbot run`), but the README and the
# example config steer to DISCORD_TOKEN, so that is what this target asks for.
run: $(VENV)/.installed-run
	@if [ ! -e "$(CONFIG)" ]; then \
	  if [ "$(CONFIG)" = config.yaml ]; then \
	    cp config.example.yaml config.yaml; \
	    echo "Created config.yaml from config.example.yaml: set your mod-log and queue" \
	      "channel ids and moderator role ids there (every key is documented; all optional)."; \
	  else \
	    echo "$(CONFIG) does not exist: copy config.example.yaml there and edit it." >&2; \
	    exit 2; \
	  fi; \
	fi
	@if [ -z "$$DISCORD_TOKEN" ]; then \
	  echo "DISCORD_TOKEN is not set, so the bot cannot log in. To run it:" >&2; \
	  echo "  1. https://discord.com/developers/applications > your application > Bot:" >&2; \
	  echo "     press Reset Token and copy the token; on the same page, under Privileged" >&2; \
	  echo "     Gateway Intents, enable Server Members Intent and Message Content Intent." >&2; \
	  echo "  2. DISCORD_TOKEN='the token' make run" >&2; \
	  echo "Invite it to your server: $(BIN)/modbot invite --client-id YOUR_APPLICATION_ID" >&2; \
	  exit 2; \
	fi
	$(BIN)/modbot run --config "$(CONFIG)"

# pytest exits 5 when it collects no test: a failure for the whole suite, but only a note when
# PYTEST_ARGS chose tests and none matched. .ci/with-postgres runs pytest beside a throwaway
# PostgreSQL server (installing Debian's postgresql when pg_ctl is missing), so the storage
# tests run on both backends; the server and its files are gone when pytest ends.
# -n 2 (pytest-xdist): two worker processes, one per core of CI's machine.
test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/modbot rules validate rules
	.ci/with-postgres $(BIN)/python -m pytest -p no:cacheprovider -n 2 $(PYTEST_ARGS) || { status=$$?; \
	  if [ $$status -eq 5 ] && [ -n "$(strip $(PYTEST_ARGS))" ]; then \
	    echo "pytest: no test matched PYTEST_ARGS=$(PYTEST_ARGS)"; \
	  else exit $$status; fi; }

bench: $(VENV)/.installed-bench
	@echo "Benchmarks: $(BIN)/python benchmarks/quality.py | engine_speed.py | e2e_latency.py"

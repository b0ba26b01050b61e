# Two commands on a fresh machine: `make site` and `make test`. Both set up .venv first.
PYTHON ?= python3
# Material prints an end-of-life banner on every build; the README covers the migration path.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve pages check lint golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

## Generate the pages under docs/ from articles/ and the actor registry.
pages: $(STAMP)
	$(BIN)/digest build

## Validate articles and the actor registry without writing anything (what pull requests run).
check: $(STAMP)
	$(BIN)/digest check --strict

## Build the whole site into site/.
site: pages
	$(BIN)/mkdocs build --strict --site-dir site

## Preview on http://127.0.0.1:8000 with live reload (articles and registry watched too).
serve: $(STAMP)
	$(BIN)/digest serve

lint: $(STAMP)
	$(BIN)/ruff check digest tests
	$(BIN)/ruff format --check digest tests

test: lint
	$(BIN)/pytest

## Rewrite tests/golden/ from the current generator; review the diff before committing.
golden: $(STAMP)
	$(BIN)/python -m tests.golden

clean:
	rm -rf site docs/articoli docs/attori docs/mesi docs/_parts .cache

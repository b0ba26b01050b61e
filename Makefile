# Two commands on a fresh machine: `make site` and `make test`. Both set up .venv first.
PYTHON ?= python3
# Material prints an end-of-life banner on every build; the README covers the migration path.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Zensical, the optional engine: `make test` installs it where the registry has a build that
# installs here; its end-to-end test says why it skips otherwise.
ZENSICAL := $(VENV)/.zensical
AXE := tests/browser/node_modules/axe-core/axe.min.js

.PHONY: site test serve pages check lint golden clean browser-deps bench shards slice merge

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

$(ZENSICAL): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,zensical]' \
	  || echo "Zensical did not install: its tests will skip (rm $(ZENSICAL) to try again)" >&2
	touch $(ZENSICAL)

## Generate the pages under docs/ from articles/ and the actor registry.
pages: $(STAMP)
	$(BIN)/digest build

## Validate articles and the actor registry without writing anything (what pull requests run).
check: $(STAMP)
	$(BIN)/digest check --strict

## Build the whole site into site/: pages, then MkDocs with the search index beside it.
site: $(STAMP)
	$(BIN)/digest site --site-dir site

## The publishing workflow on several runners (extra.digest.shards in mkdocs.yml):
## `make shards` lists the slices, `make slice SHARD=1/2` builds one into slice/,
## `make merge` joins the slices downloaded into slices/ into site/, with the search index.
shards: $(STAMP)
	$(BIN)/digest shards

slice: $(STAMP)
	$(BIN)/digest site --shard "$(SHARD)" --site-dir slice

merge: $(STAMP)
	$(BIN)/digest site --site-dir site $(addprefix --merge ,$(sort $(wildcard slices/*)))

## Preview on http://127.0.0.1:8000 with live reload (articles and registry watched too).
serve: $(STAMP)
	$(BIN)/digest serve

lint: $(STAMP)
	$(BIN)/ruff check digest tests bench devset
	$(BIN)/ruff format --check digest tests bench devset
	$(BIN)/mypy

test: lint $(ZENSICAL)
	$(BIN)/pytest

## What the browser tests (tests/browser/) need besides .venv: a Chromium (Debian's package,
## installed here when missing, which needs root; or set CHROMIUM to another one) and axe-core
## from tests/browser/package-lock.json. Without them `make test` skips those tests.
browser-deps: $(AXE)
	@if [ -n "$$CHROMIUM" ]; then \
	  [ -x "$$CHROMIUM" ] || { echo "browser-deps: CHROMIUM=$$CHROMIUM is not a program" >&2; exit 1; }; \
	elif [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "browser-deps: no /usr/bin/chromium; as root: apt-get install chromium" >&2; \
	    exit 1; \
	  fi; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -q; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	fi

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund
	touch $@

## Time the generator, mkdocs and the whole site on synthetic corpora of 1,000 and 10,000
## articles (the generator alone at 100,000): a Markdown table, and JSON in .cache/bench/.
## Takes several minutes. Options: .venv/bin/python -m bench --help
bench: $(STAMP)
	$(BIN)/python -m bench

## Rewrite tests/golden/ from the current generator; review the diff before committing.
golden: $(STAMP)
	$(BIN)/python -m tests.golden

clean:
	rm -rf site slice slices docs/articoli docs/attori docs/mesi docs/_parts docs/feeds docs/api docs/pagefind docs/.digest-staging .digest-cache .cache tests/browser/output

# The README's set-up: `make run` and `make test` on a fresh machine with Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench model clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or make PYTHON=...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: extract the bundled sample corpus to out/articles.jsonl, print a table, then store it
## in out/newsgraph.duckdb and print who said what
run: $(STAMP)
	@mkdir -p out
	$(BIN)/newsgraph extract examples/ --output out/articles.jsonl --table
	$(BIN)/newsgraph ingest --articles out/articles.jsonl --db out/newsgraph.duckdb
	$(BIN)/newsgraph summary --db out/newsgraph.duckdb

## test: the whole test suite, plus ruff and mypy. Services the tests need (a Java runtime
## for Spark; PostgreSQL and chromium, which their tests set up themselves) are installed from
## Debian's packages when missing; a test whose service cannot be had skips with the reason.
test: $(STAMP)
	bash scripts/java.sh
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest

## bench: extraction quality and speed against peers (needs ../shared)
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extraction.py --out docs/benchmarks.md

## model: retrain the shipped German NER model, the German parser and the statements'
## confidence model from ../shared and bench/data/attribution, and rebuild the first-name
## table and the German cue lexicon (single-threaded, < 30 min)
model: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[model]'
	$(BIN)/python -m newsgraph.models.first_names
	$(BIN)/python -m newsgraph.models.spkatt_cues --data ../shared/data/quotes-de-bundestag/train/task1
	nice -n 10 $(BIN)/python -m newsgraph.models.train_de_ner --shared ../shared
	nice -n 10 $(BIN)/python -m newsgraph.models.train_de_parser --shared ../shared
	nice -n 10 $(BIN)/python -m newsgraph.models.train_attribution --repo .

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

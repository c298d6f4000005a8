# Two commands: `make run` starts the app, `make test` runs ruff and the whole test suite.
# Both create .venv on first use and reinstall only when pyproject.toml changes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench translations screenshots clean verify

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/python main.py

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_foundation.py
	$(BIN)/python benchmarks/bench_quote.py
	$(BIN)/python benchmarks/bench_consortium.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_gui_start.py

# On demand: the exact engine against Monte Carlo, 1,000 generated deals at 2,000,000 paths (a long run).
verify: $(VENV)/.installed-test
	$(BIN)/python benchmarks/exact_vs_mc.py 1000 2000000

translations: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate -no-obsolete ui/*.py -ts resources/i18n/qt/exportrisk_it.ts -target-language it_IT
	$(BIN)/pyside6-lrelease resources/i18n/qt/exportrisk_it.ts -qm resources/i18n/qt/exportrisk_it.qm

screenshots: $(VENV)/.installed-test
	$(BIN)/python docs/make_screenshots.py en
	$(BIN)/python docs/make_screenshots.py it

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# Two commands: `make run` starts the app, `make test` runs ruff and the whole test suite.
# Both create .venv on first use and reinstall only when pyproject.toml changes.
# Release targets (each a step of .github/workflows/release.yml): `make dist` (wheel and sdist), `make bundle`
# (PyInstaller one-folder app in dist/, pinned by packaging/constraints.txt), `make bundle-test`, `make bundle-bench`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
BUILD_BIN := .venv-bundle/Scripts
else
BIN := $(VENV)/bin
BUILD_BIN := .venv-bundle/bin
endif

.PHONY: run test bench fuzz verify translations screenshots clean dist bundle bundle-test bundle-bench icons lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/python
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
	$(BIN)/python benchmarks/bench_exact.py
	$(BIN)/python benchmarks/bench_cli_start.py
	$(BIN)/python benchmarks/bench_consortium.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_gui_start.py
	$(BIN)/python benchmarks/bench_window_latency.py
	$(BIN)/python benchmarks/bench_register.py

# 20,000 generated valid deals at 1,000 paths, every invariant checked; prints the throughput.
fuzz: $(VENV)/.installed-test
	EXPORTRISK_OFFLINE=1 EXPORTRISK_DATA_DIR=$$(mktemp -d) $(BIN)/python -m tests.fuzz_deals 20000

# On demand: the exact engine against Monte Carlo, 1,000 generated deals at 2,000,000 paths (a long run).
verify: $(VENV)/.installed-test
	$(BIN)/python benchmarks/exact_vs_mc.py 1000 2000000

# The window's languages: rows of resources/i18n/languages.csv with window=1 (code:qt_locale), English aside.
WINDOW_LANGUAGES = $(shell awk -F, '!/^\#/ && $$1 != "code" && $$1 != "en" && $$5 == 1 {print $$1 ":" $$3}' \
	resources/i18n/languages.csv)
ALL_WINDOW_LANGUAGES = $(shell awk -F, '!/^\#/ && $$1 != "code" && $$5 == 1 {print $$1}' resources/i18n/languages.csv)

translations: $(VENV)/.installed-test
	for pair in $(WINDOW_LANGUAGES); do code=$${pair%%:*}; locale=$${pair#*:}; \
		$(BIN)/pyside6-lupdate -no-obsolete -locations none ui/*.py -ts resources/i18n/qt/exportrisk_$$code.ts \
			-target-language $$locale || exit 1; \
		$(BIN)/pyside6-lrelease resources/i18n/qt/exportrisk_$$code.ts -qm resources/i18n/qt/exportrisk_$$code.qm \
			|| exit 1; \
	done

screenshots: $(VENV)/.installed-test
	for code in $(ALL_WINDOW_LANGUAGES); do $(BIN)/python docs/make_screenshots.py $$code || exit 1; done

icons: $(VENV)/.installed-test
	$(BIN)/python packaging/make_icons.py

# Wheel and sdist in dist/, built offline from the test venv's setuptools.
dist: $(VENV)/.installed-test
	$(BIN)/python -m build --no-isolation --outdir dist .

# The build venv holds exactly the pinned versions (no test tools), so a release is reproducible.
.venv-bundle/.installed: packaging/constraints.txt pyproject.toml setup.py
	$(PYTHON) -m venv .venv-bundle
	$(BUILD_BIN)/python -m pip install --quiet -c packaging/constraints.txt --upgrade pip
	$(BUILD_BIN)/python -m pip install --quiet -c packaging/constraints.txt pyinstaller -e .
	touch $@

bundle: .venv-bundle/.installed
	$(BUILD_BIN)/python packaging/build_bundle.py

bundle-test: .venv-bundle/.installed
	$(BUILD_BIN)/python packaging/bundle_test.py $(if $(MAX_GLIBC),--max-glibc $(MAX_GLIBC))

bundle-bench: .venv-bundle/.installed
	$(BUILD_BIN)/python benchmarks/bench_bundle.py

# Re-pin packaging/constraints.txt to the newest versions pyproject.toml allows (then rebuild and test).
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip && .venv-lock/bin/python -m pip install --quiet pyinstaller -e .
	.venv-lock/bin/python packaging/lock.py .venv-lock > packaging/constraints.new
	mv packaging/constraints.new packaging/constraints.txt
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) .venv-bundle .pytest_cache .ruff_cache build dist

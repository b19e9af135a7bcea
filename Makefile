# plancompare — every target sets itself up: a fresh clone needs only Python 3.11 and PyPI.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help setup data figures notebooks run test bench lab lock clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "plancompare needs Python 3.11; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -m pip check
	$(BIN)/python -m pip install --quiet --no-deps -e . 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import plancompare"
	@touch $(STAMP)

setup: $(STAMP) ## create .venv/ with the pinned dependencies and the package
	@echo "environment ready in $(VENV)/"

data: $(STAMP) ## build data/processed/ from data/raw/
	$(BIN)/plancompare build

figures: $(STAMP) ## export every figure (PNG, SVG, PDF; Chinese and English) and report table to reports/figures/
	$(BIN)/plancompare figures --out reports/figures

notebooks: $(STAMP) ## execute every notebook with a real kernel into reports/notebooks/ (with HTML copies)
	$(BIN)/plancompare notebooks --out reports/notebooks

run: data figures notebooks ## set up, build the processed data, export the figures, execute the notebooks
	@echo "outputs: processed data in data/processed/ (described in datapackage.json); figures and tables in reports/figures/; executed notebooks and their HTML in reports/notebooks/"

test: $(STAMP) ## set up and run the whole test suite (one worker per core, at most four; each test file on one)
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist loadfile

bench: $(STAMP) data ## run the benchmarks (about 15 minutes) and write benchmarks/results.md
	$(BIN)/python benchmarks/run.py --corpus 100,1000,3000

lab: $(STAMP) ## start JupyterLab on the project's environment with the notebooks open (saving stores them without outputs)
	JUPYTER_CONFIG_PATH="$(CURDIR)/etc/jupyter$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}" \
	$(BIN)/jupyter lab --notebook-dir=notebooks --LabApp.default_url=/lab/tree/01-plans-overview.ipynb \
		$(if $(filter 0,$(shell id -u)),--allow-root,)

lock: $(STAMP) ## re-resolve requirements.lock from pyproject.toml (needs PyPI)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra dask --python-version 3.11 --no-header --quiet -o requirements.lock

clean: ## remove the virtual environment, caches and reports (keeps data/processed/)
	rm -rf $(VENV) .cache .pytest_cache reports

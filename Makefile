# dossier: two commands do all the set-up on a fresh machine.
#   make dossier   run the whole pipeline on sources/ (extract, update, draft, build, check)
#   make test      run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Extra pip arguments for torch, e.g. TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
# on a machine whose pip sees only PyPI (where torch==2.13.0 is the multi-GB CUDA build).
TORCH_PIP_ARGS ?=

.PHONY: dossier test lint bench clean help

help:
	@echo "make dossier  - run the pipeline on sources/ (creates .venv on first use)"
	@echo "make test     - run the test suite (same bootstrap)"
	@echo "make lint     - ruff"
	@echo "make bench    - benchmarks in bench/ (slow, by hand)"

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch first, pinned (argostranslate -> stanza -> torch): an unpinned 'torch' pulls CUDA.
	$(BIN)/python -m pip install -q torch==2.13.0 $(TORCH_PIP_ARGS)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

dossier: $(STAMP)
	$(BIN)/dossier extract
	$(BIN)/dossier update
	$(BIN)/dossier draft
	$(BIN)/dossier build
	-$(BIN)/dossier check
	$(BIN)/dossier status

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check workflow tests bench

bench: $(STAMP)
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) output .pytest_cache

# dossier: two commands do all the set-up on a fresh machine.
#   make dossier   run the whole pipeline on sources/ (extract, update, draft, build, check)
#   make test      run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
UV     := $(BIN)/uv
LOCK   := requirements/lock.txt
# Where uv finds the CPU build of torch (torch==2.13.0+cpu, pinned in the lock): a folder of
# wheels on this machine when there is one, else pass the CPU index yourself, e.g.
#   make dossier UV_ARGS="--extra-index-url https://download.pytorch.org/whl/cpu"
UV_ARGS ?= $(if $(wildcard /opt/wheels/torch-*),--find-links /opt/wheels)

.PHONY: dossier test lint lock check-lock bench clean help libretranslate-venv libretranslate-lock soak

help:
	@echo "make dossier  - run the pipeline on sources/ (creates .venv on first use)"
	@echo "make test     - run the test suite (same bootstrap)"
	@echo "make lint     - ruff"
	@echo "make lock     - re-resolve requirements/lock.txt from pyproject.toml (deliberate upgrades)"
	@echo "make bench    - benchmarks in bench/ (slow, by hand)"
	@echo "make libretranslate-venv - the LibreTranslate server the tests start (.venv-libretranslate)"
	@echo "make soak     - kill update/draft/build at random with an editor saving (slow)"

$(UV):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -r requirements/bootstrap.txt

# Everything from the lock, hashes checked; then dossier itself, editable, with no resolution.
$(STAMP): $(LOCK) requirements/bootstrap.txt scripts/install-system-deps.sh | $(UV)
	bash scripts/install-system-deps.sh
	$(BIN)/python scripts/check_lock.py
	$(UV) pip sync -q --python $(BIN)/python $(UV_ARGS) $(LOCK)
	$(UV) pip install -q --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

dossier: $(STAMP)
	$(BIN)/dossier extract
	$(BIN)/dossier update
	$(BIN)/dossier draft
	$(BIN)/dossier build
	-$(BIN)/dossier check
	$(BIN)/dossier status

test: $(STAMP) libretranslate-venv
	$(BIN)/python scripts/check_lock.py
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check workflow tests bench

# Re-resolve the whole tree (newest versions that pyproject.toml and the constraints allow).
# Upgrade one package only: make lock LOCK_ARGS="--upgrade-package babel"
LOCK_ARGS ?= --upgrade
lock: | $(UV)
	$(UV) pip compile -q pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
	  --constraint requirements/constraints.txt $(UV_ARGS) $(LOCK_ARGS) \
	  --custom-compile-command "make lock" -o $(LOCK)
	$(BIN)/python scripts/check_lock.py --stamp

check-lock: | $(UV)
	$(BIN)/python scripts/check_lock.py

# The real LibreTranslate server the tests start: its own virtualenv (its pins clash with ours),
# from a hashed lock. Rerunning is cheap: nothing happens while the lock is unchanged.
LT_LOCK := requirements/libretranslate.lock.txt
libretranslate-venv: | $(UV)
	UV=$(UV) UV_ARGS="$(UV_ARGS)" bash scripts/install-libretranslate.sh

libretranslate-lock: | $(UV)
	$(UV) pip compile -q requirements/libretranslate.in --generate-hashes --python-version 3.11 \
	  --constraint requirements/libretranslate.constraints.txt $(UV_ARGS) $(LOCK_ARGS) \
	  --custom-compile-command "make libretranslate-lock" -o $(LT_LOCK)

bench: $(STAMP)
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

# Fault injection, long version of tests/test_fault_injection.py: SOAK_ARGS="--cycles 50"
SOAK_ARGS ?=
soak: $(STAMP)
	$(BIN)/python bench/soak.py $(SOAK_ARGS)

clean:
	rm -rf $(VENV) .venv-libretranslate output .pytest_cache

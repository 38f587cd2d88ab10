# The two commands: `make run` (start everything locally) and `make test` (lint, types, tests).
# Both set up .venv on first use and are safe to run again.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest system-deps bench bench-instructions clean compile

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CareLine needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[embedded,dev]'
	touch $(STAMP)

# The brain's hot modules compiled with mypyc (scripts/compile_brain.py): the same decisions in ~15% less time per
# message. Built once and again only when one of their sources changed; skipped with a note where there is no C
# compiler. COMPILE=0 removes the build, and everything runs the Python sources.
COMPILE ?= 1

compile: $(STAMP)
	$(BIN)/python scripts/compile_brain.py $(if $(filter 0,$(COMPILE)),--remove)

run: compile
	$(BIN)/python -m bot run

# System packages the browser tests need (Debian's Chromium); installed only when missing.
system-deps:
	@./scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# One worker per core (TEST_JOBS=1 runs in one process). A module's tests stay on one worker, so a module's live
# stack (gunicorn, an RQ worker, a stand-in provider) starts once. The 20 slowest tests are listed at the end:
# the suite must stay under ~10 minutes on 2 cores.
TEST_JOBS ?= auto

pytest: compile system-deps
	$(BIN)/pytest -n $(TEST_JOBS) --dist loadscope --durations=20

test: lint typecheck pytest

bench: compile
	$(BIN)/python bench/brain.py

# The brain's cost in instructions (callgrind), the same on a busy machine as on an idle one; see bench/instructions.py.
bench-instructions: compile
	@command -v valgrind >/dev/null || apt-get install -y valgrind
	$(BIN)/python bench/instructions.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# analyst-kit: `make brief` (set up + build a briefing from bundled data), `make test` (set up + all checks).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup speedups chromium brief test lint format lab data bench clean

setup: $(STAMP) chromium speedups

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[lab,test,speed]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

# The parser's rule modules compiled with Cython (about 1.6x faster); a no-op while the build
# matches the sources, and never fatal: without it the same code runs in pure Python.
speedups: $(STAMP)
	$(BIN)/python scripts/build_speedups.py

# Debian chromium drives kaleido exports and the browser tests (never `playwright install`).
chromium:
	@if command -v chromium >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ]; then \
		echo "installing Debian chromium + poppler-utils"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-dejavu-core >/dev/null; \
	else \
		echo "chromium is missing; run: sudo apt-get install -y chromium poppler-utils fonts-dejavu-core"; exit 1; \
	fi

brief: setup
	$(BIN)/analyst-kit brief --out briefing --as-of 2022-06-14

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: setup lint
	$(BIN)/python -m pytest --nbval-lax -p no:cacheprovider

lab: setup
	$(BIN)/jupyter lab --notebook-dir=notebooks

# Rebuild the compact files in data/ from ../shared/geodata (needs ../shared; users never need this).
data: $(STAMP)
	$(BIN)/python scripts/build_data.py --shared $(SHARED)

bench: $(STAMP)
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) briefing tests/artifacts analyst_kit/_compiled

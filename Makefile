# Two commands for a new user (see README): `make lab` opens the course, `make test` runs every test.
# Both create the virtual environment .venv on first use and reinstall when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.smm-course-installed

.PHONY: lab test notebooks datasets site solutions bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/smm-course lab

# Two workers, each notebook's and test file's tests kept together on one (nbval runs a notebook's cells in order
# in one kernel; the self-test caches each notebook's state per process).
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

# Maintainers: rebuild the Italian edition from the English notebooks and translations/it/, then re-execute both
# editions in place (after editing either); regenerate data; build the site.
notebooks: $(STAMP)
	$(BIN)/python scripts/build_editions.py status || echo "translations/ has stale or missing cells (listed above)"
	$(BIN)/python scripts/build_editions.py build
	$(BIN)/python scripts/execute_notebooks.py

datasets: $(STAMP)
	$(BIN)/python -m smm_course.datagen

site: $(STAMP)
	$(BIN)/smm-course site --out _site

solutions: $(STAMP)
	$(BIN)/smm-course solutions --out solutions

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python benchmarks/bench_diffusion.py
	$(BIN)/python benchmarks/bench_notebooks.py

clean:
	rm -rf $(VENV) _site solutions test-artifacts

# `make demo` and `make test` are the whole set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench clean

install: $(STAMP)

# natasha pulls pymorphy2, whose DAWG-Python shares the folder dawg_python/ with
# pymorphy3's dawg2-python: the last step reinstalls the latter so pymorphy3 finds its copy.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps dawg2-python
	touch $(STAMP)

demo: install
	$(BIN)/ruarticle extract examples/article.txt --format summary

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build src/*.egg-info

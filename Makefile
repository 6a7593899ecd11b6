# Everything sets itself up on first use: a local .venv with the project and
# its test tools, and (for tests) Debian's Chromium.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
HOST   ?= 127.0.0.1:8000
# MkDocs 1.6 prints a banner about MkDocs 2 on every run; it is not about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup check build serve test test-fast chromium node bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,builders]'
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

check: $(STAMP)
	$(PY) -m generator check

# The hook (generator/mkdocs_hook.py) hands MkDocs the pages in memory;
# `python -m generator build` writes them as Markdown files for other builders:
# `make build BUILDER=properdocs` or `BUILDER=zensical` builds them with builders.yml.
BUILDER ?= mkdocs

build: $(STAMP)
ifeq ($(BUILDER),mkdocs)
	$(PY) -m mkdocs build --strict
else
	$(PY) -m generator build --out build/docs
	$(VENV)/bin/$(BUILDER) build --strict -f builders.yml
endif
	$(PY) -m generator index site

serve: $(STAMP)
	$(PY) -m mkdocs serve --dev-addr $(HOST) --livereload --watch-theme

# Debian packages the tests need, installed when missing: $(1) is present when
# $(2) succeeds, and comes from the Debian package $(3).
define debian_package
	@if $(2); then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's $(3) for the tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(3) >/dev/null; \
	else \
		echo "The tests need $(1). Install it with:"; \
		echo "    sudo apt-get install -y $(3)"; \
		exit 1; \
	fi
endef

chromium:
	$(call debian_package,Chromium at /usr/bin/chromium,[ -x /usr/bin/chromium ],chromium)

node:
	$(call debian_package,Node.js 18 or newer,command -v node >/dev/null,nodejs)

# Everything; the README's command and CI's (.ci/run).
test: $(STAMP) chromium node
	$(PY) -m ruff check .
	$(PY) -m pytest
	node --test --test-reporter=spec tests/js/

# Every test but those that drive a browser or build with the other builders
# (pytest's `browser` and `builders` markers): under a minute.
test-fast: $(STAMP) node
	$(PY) -m ruff check .
	$(PY) -m pytest -m "not browser and not builders"
	node --test tests/js/

# The design before the in-memory, linear pipeline (issue 10), built beside today's up to 10x.
BENCH_BEFORE ?= f130f0c

bench: $(STAMP) chromium
	$(PY) -m benchmarks.scale --compare before=$(BENCH_BEFORE)
	$(PY) -m benchmarks.page_size
	$(PY) -m benchmarks.page_weight
	$(PY) -m benchmarks.search_quality
	$(PY) -m benchmarks.search_cost
	$(PY) -m benchmarks.index_phases

clean:
	rm -rf build site .cache

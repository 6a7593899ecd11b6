# Everything sets itself up on first use: a local .venv with the project and
# its test tools, and (for tests) Debian's Chromium.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
HOST   ?= 127.0.0.1:8000
# MkDocs 1.6 prints a banner about MkDocs 2 on every run; it is not about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup check docs build serve test chromium node bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

check: $(STAMP)
	$(PY) -m generator check

# MkDocs wants its docs folder to exist before its hook (generator/mkdocs_hook.py)
# writes the pages into it; `python -m generator build` writes them without MkDocs.
docs: $(STAMP)
	mkdir -p build/docs

build: docs
	$(PY) -m mkdocs build --strict
	$(PY) -m generator index site

serve: docs
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

test: $(STAMP) chromium node
	$(PY) -m pytest
	node --test --test-reporter=spec tests/js/

bench: $(STAMP) chromium
	$(PY) -m benchmarks.page_size
	$(PY) -m benchmarks.search_quality
	$(PY) -m benchmarks.search_cost

clean:
	rm -rf build site

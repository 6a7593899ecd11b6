"""How page size and build time grow with the content, shallow nav against exhaustive nav.

    python -m benchmarks.page_size [--scale 10]

Builds today's content and a synthetic corpus with every toolkit repeated
``scale`` times, each with the site's shallow navigation and with MkDocs'
default navigation that lists every page. Prints the mean HTML size of a
page and the build time, and the ratios side by side. Numbers, not a test:
the machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import re
import shutil
import tempfile
import time
from pathlib import Path

from bs4 import BeautifulSoup

from tests.conftest import CONTENT
from tests.support.sitebuild import ROOT, build_site


def scaled_content(scale: int, out: Path) -> Path:
    """The real content with each toolkit copied ``scale`` times under new slugs."""
    shutil.copytree(CONTENT, out)
    for path in sorted((out / "toolkits").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        slug = path.stem
        for copy in range(2, scale + 1):
            twin = re.sub(rf"^slug: {slug}$", f"slug: {slug}-{copy}", text, flags=re.M)
            twin = re.sub(r"^title: (.*)$", rf"title: \1 ({copy})", twin, count=1, flags=re.M)
            (path.parent / f"{slug}-{copy}.yaml").write_text(twin, encoding="utf-8")
    return out


def exhaustive_config(out: Path) -> Path:
    """mkdocs.yml without its shallow nav: MkDocs then lists every page in the sidebar."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^nav:\n(?:  .*\n)+", "", config, flags=re.M)
    config = re.sub(r"^not_in_nav: \|\n(?:  .*\n)+", "", config, flags=re.M)
    config = config.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    config = config.replace("docs_dir: content", f"docs_dir: {ROOT / 'content'}")  # relative to the config's folder
    config = config.replace("  - generator/mkdocs_hook.py", f"  - {ROOT / 'generator' / 'mkdocs_hook.py'}")
    path = out / "mkdocs-exhaustive.yml"
    path.write_text(config, encoding="utf-8")
    return path


def measure(content: Path, out: Path, config: Path) -> tuple[int, float, float, float, float]:
    """Pages, mean and median HTML kB per page, mean kB of sidebar navigation, build seconds."""
    start = time.perf_counter()
    site = build_site(content, out, config=config, strict=False).site
    seconds = time.perf_counter() - start
    pages = [p.read_text(encoding="utf-8") for p in site.rglob("*.html") if p.name != "404.html"]
    sizes = sorted(len(page.encode()) / 1000 for page in pages)
    nav = [len(str(BeautifulSoup(page, "html.parser").select_one("nav.md-nav--primary")).encode()) / 1000
           for page in pages]
    return len(pages), sum(sizes) / len(sizes), sizes[len(sizes) // 2], sum(nav) / len(nav), seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10)
    scale = parser.parse_args().scale
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpora = {"today": CONTENT, f"{scale}x": scaled_content(scale, tmp / "scaled")}
        configs = {"shallow": ROOT / "mkdocs.yml", "exhaustive": exhaustive_config(tmp)}
        results = {}
        for corpus, content in corpora.items():
            for nav, config in configs.items():
                results[corpus, nav] = measure(content, tmp / f"{corpus}-{nav}", config)
        print(f"{'corpus':>7} {'nav':>10} {'pages':>6} {'mean kB':>8} {'median kB':>9} {'nav kB':>7} {'build s':>8}")
        for (corpus, nav), (pages, mean, median, nav_kb, seconds) in results.items():
            print(f"{corpus:>7} {nav:>10} {pages:>6} {mean:>8.1f} {median:>9.1f} {nav_kb:>7.1f} {seconds:>8.2f}")
        big = f"{scale}x"
        for nav in configs:
            before, after = results["today", nav], results[big, nav]
            print(f"{nav:>10} nav, {big} content vs today: mean page x{after[1] / before[1]:.2f}, "
                  f"median page x{after[2] / before[2]:.2f}, build time x{after[4] / before[4]:.2f}")
        shallow, exhaustive = results[big, "shallow"], results[big, "exhaustive"]
        print(f"at {big}: exhaustive vs shallow nav: mean page x{exhaustive[1] / shallow[1]:.2f}, "
              f"sidebar x{exhaustive[3] / shallow[3]:.1f}, build time x{exhaustive[4] / shallow[4]:.2f}")


if __name__ == "__main__":
    main()

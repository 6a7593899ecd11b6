"""The content holds every key factor and example of the seeds, in the seeds' words.

The table below was read off the seed files by hand; it is the independent
witness the YAML is held against.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from tests.fidelity import Seed, first_divergence, paragraphs, sentences

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
# The source texts, copied from the project's shared seeds so that a clean clone
# can hold the content against them.
SEEDS = Path(__file__).parent / "seeds"

# toolkit slug -> key factor slug -> cities of its examples, in source order
EXPECTED = {
    "managing-diversity": {
        "demonstrating-commitment": ["copenhagen", "barcelona"],
        "leadership-and-coordination": ["manchester", "zurich"],
        "consulting-migrants": ["oslo", "vienna"],
        "staff-development": ["copenhagen", "zurich"],
        "municipal-employment": ["helsinki", "tampere"],
        "service-provision": ["oslo", "birmingham"],
        "diversity-in-procurement": ["manchester", "oslo"],
        "monitoring-and-evaluation": ["munich", "manchester"],
    },
    "anti-discrimination": {
        "branding-and-language": ["ghent", "london"],
        "data-collection": ["ghent", "nantes", "vienna"],
        "stakeholder-collaboration": ["dresden", "gdansk", "nantes"],
        "leading-by-example": ["ghent", "leipzig", "vienna"],
        "encouraging-change": ["ghent", "london", "barcelona"],
        "feedback-monitoring-evaluation": ["vienna", "london", "helsinki", "ghent"],
        "communicating-commitment": ["ghent", "helsinki", "leipzig"],
    },
    "cultural-diversity": {
        "public-commitment": ["nantes", "oslo"],
        "strategy": ["munich", "copenhagen"],
        "coordination-and-governance": ["berlin", "copenhagen"],
        "migrant-participation": ["dublin", "oslo"],
        "non-municipal-actors": ["london", "brussels"],
        "raising-awareness": ["barcelona", "nuremberg"],
        "municipal-employment": ["munich"],
        "staff-development": ["madrid", "munich"],
        "needs-assessment": ["copenhagen", "oslo"],
        "welcome-culture": ["florence", "tampere"],
        "conflict-mediation": ["barcelona"],
        "procurement": ["copenhagen", "london"],
        "monitoring-and-evaluation": ["copenhagen", "berlin"],
    },
    "labour-market-partnerships": {
        "appropriate-framework": ["athens", "dresden", "munich"],
        "baseline-information": ["riga", "athens"],
        "coordination-of-services": ["athens", "milan", "ghent"],
        "assessment-and-orientation": ["barcelona", "athens", "munich"],
        "pathways-to-employment": ["barcelona", "helsinki", "milan"],
        "skills-recognition": ["barcelona", "munich"],
        "specialist-provision": ["nuremberg", "barcelona", "milan"],
        "network-building": ["athens", "helsinki"],
        "purchasing-power": ["munich", "barcelona", "milan"],
        "feedback-monitoring-evaluation": ["munich", "barcelona"],
    },
}

# Seeds whose columns interleave line by line: check sentence by sentence,
# words in order with bounded gaps, instead of whole paragraphs.
INTERLEAVED = {"002_0080277ed0848353.txt"}

# Fields that are ours (identifiers, editorial labels), not the source's words.
NOT_SOURCE_TEXT = {"slug", "short_title", "series", "year", "seed", "cross_check",
                   "city", "themes", "links", "contacts"}


@cache
def seed(name: str) -> Seed:
    return Seed(name, (SEEDS / name).read_text(encoding="utf-8"))


def load_toolkit(slug: str) -> dict:
    return yaml.safe_load((CONTENT / "toolkits" / f"{slug}.yaml").read_text(encoding="utf-8"))


def source_strings(node, path=""):
    """Every string of a toolkit that must be the source's words, with its path."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in NOT_SOURCE_TEXT:
                yield from source_strings(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from source_strings(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def test_four_toolkits_with_38_key_factors_and_87_examples():
    files = sorted(p.stem for p in (CONTENT / "toolkits").glob("*.yaml"))
    assert files == sorted(EXPECTED)
    key_factors = sum(len(load_toolkit(t)["key_factors"]) for t in EXPECTED)
    examples = sum(len(kf["examples"]) for t in EXPECTED for kf in load_toolkit(t)["key_factors"])
    assert (key_factors, examples) == (38, 87)


@pytest.mark.parametrize("toolkit", sorted(EXPECTED))
def test_key_factors_and_their_cities_match_the_seed(toolkit):
    data = load_toolkit(toolkit)
    found = {kf["slug"]: [ex["city"] for ex in kf["examples"]] for kf in data["key_factors"]}
    assert list(found) == list(EXPECTED[toolkit]), "key factors differ or are out of source order"
    assert found == EXPECTED[toolkit]


@pytest.mark.parametrize("toolkit", sorted(EXPECTED))
def test_every_text_is_the_seeds_words(toolkit):
    data = load_toolkit(toolkit)
    seed_name = data["source"]["seed"]
    source = seed(seed_name)
    missing = []
    for path, text in source_strings(data):
        if seed_name in INTERLEAVED:
            missing += [f"{path}: {s!r}" for s in sentences(text) if not source.follows_in(s)]
        else:
            missing += [f"{path}: {p[:80]!r} ({first_divergence(source, p)})"
                        for p in paragraphs(text) if not source.occurs_in(p)]
    assert not missing, f"{len(missing)} passages not found in {seed_name}:\n" + "\n".join(missing)


@pytest.mark.parametrize("toolkit", sorted(EXPECTED))
def test_links_and_contacts_are_printed_in_the_seed(toolkit):
    data = load_toolkit(toolkit)
    seed_text = (SEEDS / data["source"]["seed"]).read_text(encoding="utf-8")
    flat = "".join(seed_text.split())
    printed = [(kf["slug"], ex["city"], value)
               for kf in data["key_factors"] for ex in kf["examples"]
               for value in ex.get("links", []) + ex.get("contacts", [])]
    invented = [p for p in printed if p[2].split("://")[-1] not in flat]
    assert not invented, f"links or e-mails not printed in the seed: {invented}"


# Shared files: which seed each text comes from.
def shared_texts():
    """(seed, path, text) for every source string of charter, series and method."""
    charter = yaml.safe_load((CONTENT / "charter.yaml").read_text(encoding="utf-8"))
    for path, text in source_strings({k: v for k, v in charter.items() if k != "source"}):
        if ".key_factors[" not in path:  # references to key factors, not text
            yield charter["source"], f"charter.{path}", text
    for i, series in enumerate(yaml.safe_load((CONTENT / "series.yaml").read_text(encoding="utf-8"))):
        for field in ("name", "full_name", "about", "eu_context"):
            if series.get(field):
                yield series["source"], f"series[{i}].{field}", series[field]
    method = yaml.safe_load((CONTENT / "method.yaml").read_text(encoding="utf-8"))
    yield method["toolkits_source"], "method.toolkits", method["toolkits"]
    for field in ("benchmark", "context_factors", "using_the_toolkit"):
        yield method["source"], f"method.{field}", method[field]
    for i, approach in enumerate(method["approaches"]):
        for field in ("title", "question", "text"):
            yield method["source"], f"method.approaches[{i}].{field}", approach[field]
    for i, term in enumerate(method["terms"]):
        yield term["source"], f"method.terms[{i}].definition", term["definition"]


def test_charter_series_and_method_are_the_seeds_words():
    missing = []
    for seed_name, path, text in shared_texts():
        source = seed(seed_name)
        if seed_name in INTERLEAVED:
            missing += [f"{path}: {s!r}" for s in sentences(text) if not source.follows_in(s)]
        else:
            missing += [f"{path}: {p[:80]!r}" for p in paragraphs(text) if not source.occurs_in(p)]
    assert not missing, "\n".join(missing)


# The checker itself: it must catch what it exists to catch.
def test_checker_accepts_the_source_and_rejects_a_changed_word():
    seed_001 = seed("001_afac9db34e5b624b.txt")
    data = load_toolkit("anti-discrimination")
    ghent = next(ex for kf in data["key_factors"] if kf["slug"] == "encouraging-change"
                 for ex in kf["examples"] if ex["city"] == "ghent")
    first = paragraphs(ghent["text"])[0]
    assert seed_001.occurs_in(first)
    assert not seed_001.occurs_in(first.replace("clause", "provision", 1))
    assert not seed_001.occurs_in(first.replace("the city", "the municipality", 1))


def test_interleaved_checker_rejects_paraphrase_and_wrong_column():
    seed_002 = seed("002_0080277ed0848353.txt")
    munich = ("The office for intercultural affairs oversees the implementation of intercultural "
              "mainstreaming through a top down process.")
    assert seed_002.follows_in(munich)
    assert not seed_002.follows_in(munich.replace("oversees", "manages"))
    assert not seed_002.follows_in(munich.replace("through a top down process",
                                                  "through clear action plans and funding"))

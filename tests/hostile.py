"""Hostile content: what a contributor could put where content takes text.

Each case edits one place of the small fixture corpus. REJECTED cases must be
refused by the checks at the place they are written; INERT cases are accepted
(the text is a name or a title, and may hold any character) and must reach the
built site as text: the page shows the characters, and nothing from them runs.
"""
from __future__ import annotations

from dataclasses import dataclass

AD = "toolkits/anti-discrimination.yaml"
LMP = "toolkits/labour-market-partnerships.yaml"
# Everything a one-line field could try, in one string (single-quoted in YAML).
IMG = '<img src=x onerror=alert("ic")>'
PAYLOAD = (f'{IMG}<script>alert("ic")</script><svg onload=alert("ic")> [j](javascript:alert("ic")) '
           '{: onclick="alert(1)" } *em* _u_ `c` | cell | :smile: # &amp; </script> [^1]')


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    old: str
    new: str
    needle: str = ""      # REJECTED: the text the problem is located at (its first occurrence after the edit)
    field: str = ""       # REJECTED: the field named in the problem
    message: str = ""     # REJECTED: part of the message
    page: str = ""        # INERT: a site path where the text is shown
    shown: str = PAYLOAD  # INERT: the text the page shows


def inert(name: str, file: str, old: str, page: str) -> Case:
    """The one-line field holding ``old`` gets the payload (with its own text kept in front)."""
    return Case(name, file, old, f"{old.split(': ', 1)[0]}: '{old.split(': ', 1)[1]} {PAYLOAD}'", page=page)


INERT = [
    inert("city name", "cities.yaml", "name: Ghent", "cities/ghent/"),
    inert("country", "cities.yaml", "country: Belgium", "cities/"),
    Case("local name", "cities.yaml", "local_names: [Gent]", f"local_names: ['Gent {PAYLOAD}']", page="cities/ghent/"),
    inert("theme name", "themes.yaml", "name: Procurement and purchasing power", "themes/procurement/"),
    inert("key factor title", AD, "title: Encouraging change", "toolkits/anti-discrimination/encouraging-change/"),
    inert("key factor short title", LMP, "short_title: Purchasing power and funding", "charter/"),
    inert("toolkit title", AD, "title: Anti-discrimination strategies for the local job market",
          "toolkits/anti-discrimination/"),
    inert("toolkit short title", AD, "short_title: Anti-discrimination in the job market",
          "toolkits/anti-discrimination/self-assessment/"),
    inert("charter commitment", "charter.yaml",
          "text: Apply principles of equality and diversity in procurement and tendering", "charter/"),
    inert("charter role", "charter.yaml", "title: As buyers of goods and services we will", "charter/"),
    Case("guide question", AD, "- Is the data regularly updated to ensure comparability over time?",
         f"- 'Is the data regularly updated? {PAYLOAD}'", page="toolkits/anti-discrimination/data-collection/"),
    inert("context factor", AD, "name: Data availability", "toolkits/anti-discrimination/"),
    inert("series name", "series.yaml", "name: CITIES GROW", "about/"),
    inert("method approach", "method.yaml", "title: Benchmarking by internal assessment", "about/"),
    inert("term", "method.yaml", "term: Migrant", "about/"),
    # Summaries print a key factor's statement on one line: the line break must not make a link of it.
    Case("link split by a line break in a statement", AD, "should be based on the collection",
         "should be based on [the collection]\n      (javascript:alert(1))", page="toolkits/anti-discrimination/",
         shown="[the collection] (javascript:alert(1))"),
    Case("search term", "themes.yaml", "search_terms: [tender", f"search_terms: ['tender {PAYLOAD}'",
         page="themes/procurement/"),
    # Synonyms are not shown: the search page carries them for its script, which marks them in results.
    Case("synonym", "synonyms.yaml", "- terms: [data, statistics]", f"- terms: [data, statistics, 'it''s {PAYLOAD}']",
         page="search/?q=statistics", shown="Search the library"),
]

REJECTED = [
    Case("raw HTML in example text", AD, "the city sponsored an opinion poll.",
         f"the city sponsored an opinion poll. {IMG}", IMG, "key_factors[0].examples[1].text", "raw HTML is not allowed"),
    Case("script element in example text", AD, "the city sponsored an opinion poll.",
         "the city sponsored <script>alert(1)</script>", "<script>", "key_factors[0].examples[1].text",
         "raw HTML is not allowed"),
    Case("HTML comment in example text", AD, "the city sponsored an opinion poll.",
         "the city sponsored <!-- x --> a poll.", "<!--", "key_factors[0].examples[1].text", "HTML comments"),
    Case("attribute list in example text", AD, "the city sponsored an opinion poll.",
         'the city sponsored an opinion poll.\n          {: onfocus="alert(1)" tabindex=0 }', "{:",
         "key_factors[0].examples[1].text", "attributes such as 'onfocus' are not allowed"),
    Case("reference-style javascript link in example text", AD, "the city sponsored an opinion poll.",
         "the city sponsored [a poll][x].\n\n          [x]: javascript:alert(1)", "[x]:",
         "key_factors[0].examples[1].text", "reference-style link definitions"),
    Case("inline javascript link in example text", AD, "the city sponsored an opinion poll.",
         "the city sponsored [a poll](javascript:alert(1)).", "javascript:", "key_factors[0].examples[1].text",
         "link to 'javascript:alert(1)' is not allowed"),
    Case("entity-encoded javascript link", AD, "the city sponsored an opinion poll.",
         "the city sponsored [a poll](java&#115;cript:alert(1)).", "](java",
         "key_factors[0].examples[1].text", "link to 'javascript:alert(1)' is not allowed"),
    Case("javascript link hidden behind a footnote mark", AD, "the city sponsored an opinion poll.",
         "the city sponsored [a poll][^1](javascript:alert(1)).", "javascript:", "key_factors[0].examples[1].text",
         "is not allowed"),
    Case("data: image in example text", AD, "the city sponsored an opinion poll.",
         "the city sponsored ![x](data:image/svg+xml,x).", "![", "key_factors[0].examples[1].text",
         "<img> is not allowed"),
    Case("javascript link inside a links entry", AD, "links: [https://bit.ly/2NO056N]",
         "links: ['https://a.example/](javascript:alert(1))']", "'https://a.example/",
         "key_factors[0].examples[1].links[0]", "malformed link"),
    Case("javascript: URL as a links entry", AD, "links: [https://bit.ly/2NO056N]",
         "links: ['javascript:alert(1)']", "'javascript:", "key_factors[0].examples[1].links[0]", "malformed link"),
    Case("raw HTML in a theme description", "themes.yaml",
         "How a city uses what it buys", f"How a city {IMG} uses what it buys", IMG, "[0].description",
         "raw HTML is not allowed"),
    Case("javascript link in a footnote", LMP, "- An Agenda for new skills and jobs COM(2010) 682",
         "- An Agenda for [new skills](javascript:alert(1)) COM(2010) 682", "javascript:",
         "standard.footnotes[0]", "is not allowed"),
    Case("raw HTML in a key factor statement", AD, "should be based on the collection",
         f"should be based {IMG} on the collection", IMG, "key_factors[0].statement", "raw HTML is not allowed"),
    Case("heading in example text", AD, "the city sponsored an opinion poll.",
         "the city sponsored an opinion poll.\n\n          # Look here", "# Look",
         "key_factors[0].examples[1].text", "<h1> is not allowed"),
    Case("tab in a one-line field (attribute lists split on it)", AD, "name: Data availability",
         'name: "Data\\tonclick=alert(1)"', "\\tonclick", "context_factors[0].name", "tab character"),
]

# Slugs that would put a page where a page of the site's own already is.
REJECTED += [
    Case("key factor slug of the toolkit's index page", AD, "slug: encouraging-change", "slug: index",
         "index", "key_factors[1].slug", "'index' cannot be a key factor slug"),
    Case("key factor slug of the self-assessment page", AD, "slug: encouraging-change", "slug: self-assessment",
         "self-assessment", "key_factors[1].slug", "'self-assessment' cannot be a key factor slug"),
    Case("city slug of a heading of the key factor page", "cities.yaml", "slug: nantes", "slug: examples",
         "examples", "[2].slug", "'examples' cannot be a city slug"),
    Case("toolkit slug of the toolkits list's later pages", AD, "slug: anti-discrimination\n", "slug: page\n",
         "page", "slug", "'page' cannot be a toolkit slug"),
]

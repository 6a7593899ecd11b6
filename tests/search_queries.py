"""Practitioner queries and the examples they should find.

Some use the example's own words, others the words a practitioner would type
for the same thing (a tender for procurement, a single desk for a one-stop
shop, myths for rumours), or a city's local name. Each expected value is an
example's address, ``toolkit/key-factor#city``; any one of several will do.
"""
from __future__ import annotations

QUERIES: list[tuple[str, set[str]]] = [
    # the example's own words
    ("procurement clause", {"anti-discrimination/encouraging-change#ghent"}),
    ("one-stop shop", {"anti-discrimination/stakeholder-collaboration#dresden",
                       "labour-market-partnerships/assessment-and-orientation#barcelona"}),
    ("anti-rumour network", {"cultural-diversity/raising-awareness#barcelona"}),
    ("voter registration", {"cultural-diversity/migrant-participation#dublin"}),
    ("diversity label for companies", {"cultural-diversity/non-municipal-actors#brussels"}),
    ("recognition of foreign qualifications", {"labour-market-partnerships/skills-recognition#munich"}),
    ("intercultural mediation", {"cultural-diversity/conflict-mediation#barcelona"}),
    ("integration barometer", {"cultural-diversity/monitoring-and-evaluation#copenhagen"}),
    ("job advertisements equal opportunities", {"anti-discrimination/communicating-commitment#ghent"}),
    ("refugee taskforce", {"labour-market-partnerships/coordination-of-services#ghent"}),
    ("labour market forecasts", {"labour-market-partnerships/baseline-information#riga"}),
    ("opinion poll xenophobia", {"anti-discrimination/data-collection#nantes"}),
    ("places of welcome", {"managing-diversity/service-provision#birmingham"}),
    ("young migrants bakery", {"labour-market-partnerships/purchasing-power#milan"}),
    # other words than the text's
    ("anonymous recruitment", {"managing-diversity/municipal-employment#helsinki"}),
    ("tender requirements for suppliers", {"cultural-diversity/procurement#copenhagen",
                                           "cultural-diversity/procurement#london"}),
    ("social clause public contracts", {"anti-discrimination/encouraging-change#ghent",
                                        "cultural-diversity/procurement#copenhagen"}),
    ("equality clause in contracts", {"anti-discrimination/encouraging-change#ghent",
                                      "anti-discrimination/feedback-monitoring-evaluation#ghent"}),
    ("single desk for migrants", {"cultural-diversity/welcome-culture#florence"}),
    ("myths and stereotypes campaign", {"cultural-diversity/raising-awareness#barcelona"}),
    ("apprenticeships", {"cultural-diversity/municipal-employment#munich",
                         "anti-discrimination/communicating-commitment#leipzig"}),
    ("hiring migrants in city jobs", {"managing-diversity/municipal-employment#helsinki",
                                      "managing-diversity/municipal-employment#tampere"}),
    ("welcome centre for newcomers", {"cultural-diversity/welcome-culture#tampere",
                                      "managing-diversity/service-provision#birmingham"}),
    ("migrant advisory council", {"cultural-diversity/coordination-and-governance#berlin",
                                  "labour-market-partnerships/network-building#athens",
                                  "anti-discrimination/stakeholder-collaboration#nantes",
                                  "cultural-diversity/migrant-participation#oslo"}),
    ("diploma recognition", {"labour-market-partnerships/skills-recognition#munich",
                             "labour-market-partnerships/skills-recognition#barcelona"}),
    ("sexual harassment campaign", {"anti-discrimination/communicating-commitment#helsinki"}),
    # a city's local name
    ("Gent procurement", {"anti-discrimination/encouraging-change#ghent",
                          "anti-discrimination/feedback-monitoring-evaluation#ghent"}),
    ("München masterplan refugees", {"labour-market-partnerships/appropriate-framework#munich"}),
    ("Wien monitoring", {"anti-discrimination/feedback-monitoring-evaluation#vienna"}),
    ("Firenze", {"cultural-diversity/welcome-culture#florence"}),
]


def example_url(example_id: str) -> str:
    """The site path of an example's section: 'toolkit/key-factor#city' -> 'toolkits/toolkit/key-factor/#city'."""
    page, _, city = example_id.partition("#")
    return f"toolkits/{page}/#{city}"

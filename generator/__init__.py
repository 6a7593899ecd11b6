"""Integrating Cities practice library generator.

The pipeline, one module per step:

    content/ --read (yamlsource, schema, formats)--> model --check (checks, loader)--> Library
             --pages, render, templates/--> Markdown pages (build) --MkDocs--> site/

``load_library`` is the entry point for code; ``python -m generator`` for people.
"""
from generator.loader import load_library
from generator.problems import ContentError, Problem

__all__ = ["ContentError", "Problem", "load_library"]

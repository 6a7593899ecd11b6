"""Integrating Cities practice library generator.

The pipeline, one module (or package) per step:

    content/ --load (yamlsource, schema)--> model --check (checks)--> Library
             --render (render/, templates/)--> Markdown pages --mkdocs--> site/

``load_library`` is the entry point for code; ``python -m generator`` for people.
"""
from generator.loader import load_library
from generator.problems import ContentError, Problem

__all__ = ["ContentError", "Problem", "load_library"]

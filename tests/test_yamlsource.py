"""Reading YAML with libyaml's parser gives the tree that PyYAML's own parser gives.

The schema reads values, styles and positions off the tree, and problems are
reported at those positions, so the two must agree node for node.
"""
from __future__ import annotations

import pytest
import yaml

from generator.yamlsource import ContentLoader, FastContentLoader
from tests.conftest import CONTENT, FIXTURE_CONTENT


def nodes(node: yaml.Node):
    mark = node.start_mark
    scalar = isinstance(node, yaml.ScalarNode)
    yield (type(node).__name__, node.tag, node.value if scalar else None, node.style if scalar else node.flow_style,
           mark.line, mark.column, mark.pointer if scalar else None)
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from nodes(item)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from nodes(key)
            yield from nodes(value)


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML was built without libyaml: only one parser to compare")
@pytest.mark.parametrize("path", sorted([*CONTENT.rglob("*.yaml"), *FIXTURE_CONTENT.rglob("*.yaml")]),
                         ids=lambda path: f"{path.parent.parent.name}/{path.parent.name}/{path.name}")
def test_libyaml_composes_the_same_tree_as_pyyaml(path):
    text = path.read_text(encoding="utf-8")
    assert list(nodes(FastContentLoader(text).get_single_node())) == list(nodes(ContentLoader(text).get_single_node()))

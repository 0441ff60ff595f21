"""Parse YAML with safe_load semantics while keeping the line of every key and list item."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

# libyaml's parser when PyYAML was built with it: same nodes and marks, several times faster.
try:
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Base  # type: ignore[assignment]

__all__ = ["DuplicateKey", "LineList", "LineMap", "parse_yaml"]


class LineMap(dict[Any, Any]):
    """A YAML mapping that knows its own line and the line of each key and value."""

    line: int
    key_lines: dict[Any, int]
    value_lines: dict[Any, int]

    def value_line(self, key: Any) -> int:
        """The line of ``key``'s value, or of the mapping when the key is absent."""
        return self.value_lines.get(key, self.line)


class LineList(list[Any]):
    """A YAML sequence that knows its own line and the line of each item."""

    line: int
    item_lines: list[int]


class DuplicateKey(Exception):
    """A key written twice in one mapping: YAML would silently keep the last."""

    def __init__(self, key: str, line: int, first_line: int) -> None:
        self.key, self.line, self.first_line = key, line, first_line
        super().__init__(f"key '{key}' appears twice (first at line {first_line})")


def _line(node: yaml.Node) -> int:
    """The 1-based line where a node starts."""
    return int(node.start_mark.line) + 1


class _LineLoader(_Base):
    """A SafeLoader building LineMap/LineList and noting duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[DuplicateKey] = []

    def note_duplicates(self, node: MappingNode) -> None:
        """Record scalar keys written twice in one mapping (merge keys aside)."""
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = str(key_node.value)
            if key in seen:
                self.duplicates.append(DuplicateKey(key, _line(key_node), seen[key]))
            else:
                seen[key] = _line(key_node)


def _construct_map(loader: _LineLoader, node: MappingNode) -> Iterator[LineMap]:
    """Build a LineMap, filled after yielding so recursive structures still work."""
    data = LineMap()
    data.line, data.key_lines, data.value_lines = _line(node), {}, {}
    yield data
    loader.note_duplicates(node)
    data.update(loader.construct_mapping(node))
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        data.key_lines[key] = _line(key_node)
        data.value_lines[key] = _line(value_node)


def _construct_seq(loader: _LineLoader, node: SequenceNode) -> Iterator[LineList]:
    """Build a LineList, filled after yielding so recursive structures still work."""
    data = LineList()
    data.line, data.item_lines = _line(node), [_line(item) for item in node.value]
    yield data
    data.extend(loader.construct_sequence(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def parse_yaml(text: str) -> tuple[Any, list[DuplicateKey]]:
    """Load one YAML document; raises yaml.YAMLError with a mark on bad syntax."""
    loader = _LineLoader(text)
    try:
        return loader.get_single_data(), loader.duplicates
    finally:
        loader.dispose()

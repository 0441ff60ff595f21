"""Parse YAML with safe_load semantics while keeping the line of every key and list item.

Anchors and aliases share one node, so a few lines can stand for billions of values (an
"alias bomb") that any later walk would expand; the parse refuses those before building them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

# libyaml's parser when PyYAML was built with it: same nodes and marks, several times faster.
try:
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Base  # type: ignore[assignment]

__all__ = ["MAX_VALUES", "DuplicateKey", "LineList", "LineMap", "check_expansion", "parse_yaml"]

# The most values (scalars, lists and mappings, counting every alias as the copy it stands
# for) one document may hold: far above a 20,000-term rule file, far below an alias bomb.
MAX_VALUES = 1_000_000


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


def _children(node: yaml.Node) -> list[yaml.Node]:
    """The nodes directly inside a list or mapping (keys and values), none for a scalar."""
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _refuse(node: yaml.Node, problem: str) -> ConstructorError:
    """A YAML error at ``node``'s line, reported like any syntax error."""
    return ConstructorError(None, None, problem, node.start_mark)


def check_expansion(root: yaml.Node, limit: int = MAX_VALUES) -> None:
    """Refuse a document whose aliases expand past ``limit`` values or into themselves.

    Each shared node is sized once (a depth-first walk with a memo), so the check takes time
    in the number of nodes written, never in the number they stand for.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] > limit:
                raise _refuse(
                    node, f"aliases here expand to more than {limit:,} values (an alias bomb?)"
                )
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise _refuse(node, "an alias refers to a list or mapping that contains it")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def parse_yaml(text: str) -> tuple[Any, list[DuplicateKey]]:
    """Load one YAML document; raises yaml.YAMLError with a mark on bad syntax or alias bombs."""
    loader = _LineLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, []
        check_expansion(root)
        return loader.construct_document(root), loader.duplicates
    finally:
        loader.dispose()

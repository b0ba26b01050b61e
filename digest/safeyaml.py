"""YAML from contributors, loaded safely and within bounds.

Safe loading refuses Python object tags; on top of that, before anything is built:
- anchors and aliases are refused (a "billion laughs" alias bomb expands exponentially);
- tags are refused, and nesting deeper than MAX_DEPTH (a 64 KB front matter of "[[[[…"
  would otherwise exhaust Python's recursion while constructing);
- the text has a size limit.
While building, a key given twice is an error (PyYAML silently keeps the last one), and
timestamps stay text: `date: 2025-02-30` must become a finding about an impossible date,
not a ValueError from inside the YAML library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

# libyaml's C parser when PyYAML has it (10x faster over thousands of front matters).
_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FRONT_MATTER_MAX = 64 * 1024
REGISTRY_MAX = 5 * 1024 * 1024
MAX_DEPTH = 20  # an actor entry is four levels deep; nothing legitimate comes close

_OPEN = (
    yaml.FlowSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.BlockMappingStartToken,
)
_CLOSE = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)


class DuplicateKeyError(yaml.MarkedYAMLError):
    """A mapping gives one key twice; `key` and both lines are kept for the message."""

    def __init__(self, key: object, first_line: int, mark: yaml.Mark) -> None:
        super().__init__(
            problem=f"key `{key}` is given twice (first at line {first_line})", problem_mark=mark
        )
        self.key = key
        self.first_line = first_line


class SafeLoader(_BASE):  # type: ignore[misc, valid-type]
    """Safe loading with text timestamps and duplicate keys refused."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key: the base class reports it
                break
            if first is not None:
                raise DuplicateKeyError(key, first, key_node.start_mark)
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


# Timestamps as the text written: the readers parse dates themselves, with findings.
SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", SafeLoader.construct_yaml_str)


@dataclass(frozen=True)
class YamlProblem:
    message: str
    line: int | None  # 0-based line within the YAML text, when known


def check_yaml(text: str, max_bytes: int) -> YamlProblem | None:
    """Why `text` must not be loaded, or None. Scans tokens only: nothing is constructed."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return YamlProblem(f"YAML is {size:,} bytes, over the {max_bytes:,} limit", None)
    depth = 0
    try:
        for token in yaml.scan(text, Loader=_BASE):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                return YamlProblem(
                    "anchors and aliases (&name, *name) are not allowed", token.start_mark.line
                )
            if isinstance(token, yaml.TagToken):
                return YamlProblem(
                    "YAML tags (!tag, !!python/…) are not allowed", token.start_mark.line
                )
            if isinstance(token, _OPEN):
                depth += 1
                if depth > MAX_DEPTH:
                    return YamlProblem(
                        f"nested more than {MAX_DEPTH} levels deep", token.start_mark.line
                    )
            elif isinstance(token, _CLOSE):
                depth -= 1
    except yaml.YAMLError:
        return None  # a syntax error: the loader reports it with its own message and line
    return None


def load(text: str, loader: type[yaml.SafeLoader] = SafeLoader) -> Any:
    """Load YAML that `check_yaml` passed. Raises yaml.YAMLError (DuplicateKeyError included)."""
    try:
        return yaml.load(text, Loader=loader)
    except (RecursionError, ValueError, OverflowError) as exc:
        # Bounded by check_yaml; kept as a YAML error so that every caller reports it.
        raise yaml.YAMLError(f"cannot be read: {exc}") from exc


def error_line(exc: yaml.YAMLError) -> int | None:
    """0-based line of a YAML error: where the broken construct starts, else where it broke."""
    mark = getattr(exc, "problem_mark", None)
    if isinstance(exc, DuplicateKeyError) or mark is None:
        mark = mark or getattr(exc, "context_mark", None)
    else:
        mark = getattr(exc, "context_mark", None) or mark
    return mark.line if mark is not None else None


def error_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if (context := getattr(exc, "context", None)) and not isinstance(exc, DuplicateKeyError):
        problem = f"{context}: {problem}"
    return str(problem)

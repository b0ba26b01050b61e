"""YAML from contributors, loaded safely and within bounds.

Safe loading refuses Python object tags; on top of that, anchors and aliases are refused
before anything is built (a "billion laughs" alias bomb expands exponentially when
constructed), and the text has a size limit. Articles and the registry need none of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

# libyaml's C parser when PyYAML has it (10x faster over thousands of front matters).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[assignment]
FRONT_MATTER_MAX = 64 * 1024
REGISTRY_MAX = 5 * 1024 * 1024


@dataclass(frozen=True)
class YamlProblem:
    message: str
    line: int | None  # 0-based line within the YAML text, when known


def check_yaml(text: str, max_bytes: int) -> YamlProblem | None:
    """Why `text` must not be loaded, or None. Scans tokens only: nothing is constructed."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        return YamlProblem(f"YAML is {size:,} bytes, over the {max_bytes:,} limit", None)
    try:
        for token in yaml.scan(text, Loader=SAFE_LOADER):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                return YamlProblem(
                    "anchors and aliases (&name, *name) are not allowed", token.start_mark.line
                )
            if isinstance(token, yaml.TagToken):
                return YamlProblem(
                    "YAML tags (!tag, !!python/…) are not allowed", token.start_mark.line
                )
    except yaml.YAMLError:
        return None  # a syntax error: the loader reports it with its own message and line
    return None


def load(text: str, loader: type[yaml.SafeLoader] = SAFE_LOADER) -> Any:
    return yaml.load(text, Loader=loader)

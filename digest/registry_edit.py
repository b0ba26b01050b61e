"""`digest actors accept`: one entry added to the registry file, nothing else touched.

The new entry goes after the last line of the `actors:` list, indented as its entries are;
every other byte of the file stays as it was (comments, quoting, line endings). The result
is read back: it must load with no new error and hold the new id with the very names that
were meant, or nothing is written.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml

from digest.findings import printable
from digest.registry import parse_registry_text
from digest.safeyaml import REGISTRY_MAX, SafeLoader, check_yaml


class EditError(Exception):
    """Why the entry cannot be added; the file is left as it was."""


def add_entry(text: str, entry: str, actor_id: str, shown: str) -> str:
    """`text` with `entry` (YAML lines written at a two-space indent, "  - id: …") added to
    its `actors:` list. Raises EditError when the file or the result is not sound."""
    problem = check_yaml(text, REGISTRY_MAX)
    if problem:
        raise EditError(f"{shown} is refused as it is ({problem.message}): fix it first")
    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        raise EditError(f"{shown} is not valid YAML: fix it first ({exc})") from exc
    actors = _actors_node(root, shown)
    newline = "\r\n" if "\r\n" in text else "\n"
    if isinstance(actors, yaml.SequenceNode) and actors.flow_style:
        if actors.value:
            raise EditError(
                f"`actors:` in {shown} is a list in brackets: write it one entry per line first"
            )
        start, end = actors.start_mark.index, actors.end_mark.index
        block = newline.join(entry.split("\n"))
        result = text[:start].rstrip(" ") + newline + block + text[end:]
    else:
        assert isinstance(actors, yaml.SequenceNode)
        last = actors.value[-1]
        indent = max(0, last.start_mark.column - 2)
        lines = [
            " " * indent + line[2:] if line.startswith("  ") else line for line in entry.split("\n")
        ]
        at = _line_end(text, _last_index(last))
        result = text[:at] + newline.join(lines) + newline + text[at:]
        if not text[:at].endswith(("\n", "\r")):
            result = text[:at] + newline + newline.join(lines) + text[at:]
    _check(text, result, actor_id, shown)
    return result


def _actors_node(root: yaml.Node | None, shown: str) -> yaml.Node:
    if not isinstance(root, yaml.MappingNode):
        raise EditError(f"{shown} has no `actors:` list: see the example at the top of actors.yml")
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "actors":
            if not isinstance(value, yaml.SequenceNode):
                raise EditError(f"`actors:` in {shown} is not a list")
            if not value.flow_style and not value.value:
                raise EditError(
                    f"`actors:` in {shown} is empty without brackets: write `actors: []`"
                )
            return value
    raise EditError(f"{shown} has no `actors:` list: see the example at the top of actors.yml")


def _last_index(node: yaml.Node) -> int:
    """Where the last scalar of a node ends: a block's own end mark is the next token's."""
    if isinstance(node, yaml.ScalarNode):
        return node.end_mark.index
    if isinstance(node, yaml.SequenceNode):
        return max([node.start_mark.index + 1, *(_last_index(n) for n in node.value)])
    if isinstance(node, yaml.MappingNode):
        return max(_last_index(n) for pair in node.value for n in pair)
    return node.end_mark.index


def _line_end(text: str, index: int) -> int:
    """The index just after the line break that ends the line holding `index`."""
    at = text.find("\n", index)
    return len(text) if at < 0 else at + 1


def _check(before: str, after: str, actor_id: str, shown: str) -> None:
    old, old_findings = parse_registry_text(before, shown)
    new, new_findings = parse_registry_text(after, shown)
    errors_before = {(f.code, f.message) for f in old_findings if f.severity == "error"}
    added = [
        f
        for f in new_findings
        if f.severity == "error" and (f.code, f.message) not in errors_before
    ]
    if added:
        raise EditError("; ".join(printable(f.message) for f in added[:3]))
    if actor_id not in new.actors or actor_id in old.actors:
        raise EditError(f"the entry `{actor_id}` could not be added to {shown}")


def write_registry(path: Path, text: str) -> None:
    """Write the registry in one step (a temporary file renamed over it), never through a
    symbolic link."""
    if path.is_symlink():
        raise EditError(f"{path} is a symbolic link: replace it with the file itself")
    fd, temp = tempfile.mkstemp(prefix=".actors-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise

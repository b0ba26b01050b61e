"""The benchmark's one-article edit: a sentence naming an actor, added to the middle article.

The choice is deterministic (the middle file in path order; the first actor by id whose
mention the sentence adds), so two runs time the same rebuild. The file is restored
whatever happens while it is edited.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from digest.article_files import discover
from digest.config import load_config
from digest.matching import Matcher, tag
from digest.readers import read_article
from digest.registry import load_registry

SENTENCE = "In serata è intervenuto anche {name}."


@dataclass(frozen=True)
class Edit:
    path: Path
    source: str  # the path as digest shows it, relative to the site root
    actor_id: str
    original: bytes
    edited: bytes


def insert_sentence(text: str, sentence: str) -> str:
    """`text` with `sentence` at the end of its second paragraph (else of its first).

    Not at the end of the file: a plain-text article closes with its photo credit and
    byline, which must stay last to be read as metadata.
    """
    body = 0
    if text.startswith("---\n"):
        close = text.find("\n---\n", 4)
        body = close + len("\n---\n") if close >= 0 else 0
    ends = []
    start = body
    while len(ends) < 2:
        end = text.find("\n\n", start)
        if end < 0:
            break
        if text[start:end].strip():
            ends.append(end)
        start = end + 2
    at = ends[-1] if ends else len(text.rstrip())
    return f"{text[:at]} {sentence}{text[at:]}"


def plan_edit(root: Path) -> Edit:
    """The edit for the site whose mkdocs.yml is in `root`; nothing is written."""
    config, _ = load_config(root)
    files, _ = discover(config.articles_dir)
    if not files:
        raise ValueError(f"no article under {config.articles_dir}")
    path = files[len(files) // 2]
    source = config.relative(path)
    original = path.read_bytes()
    registry, _ = load_registry(config.registry_path)
    matcher = Matcher(registry)

    def actor_ids(data: bytes) -> set[str]:
        article, _ = read_article(source, data, config.language)
        return {ref.actor_id for ref in tag(article, matcher).actors} if article else set()

    before = actor_ids(original)
    text = original.decode("utf-8")
    for actor_id in sorted(registry.actors):
        if actor_id in before:
            continue
        sentence = SENTENCE.format(name=registry.actors[actor_id].name)
        edited = insert_sentence(text, sentence).encode("utf-8")
        if actor_id in actor_ids(edited):
            return Edit(path, source, actor_id, original, edited)
    raise ValueError(f"no actor of {config.registry_path} can be added to {source}")


@contextmanager
def applied(edit: Edit) -> Iterator[Edit]:
    """The edit written to disk for the duration of the block, then the original restored."""
    edit.path.write_bytes(edit.edited)
    try:
        yield edit
    finally:
        # The modification time stays new: a cache keyed on it must see the file change back.
        edit.path.write_bytes(edit.original)

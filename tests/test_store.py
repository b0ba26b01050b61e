"""The article store gives back exactly what was read; pages built from it are the same."""

from __future__ import annotations

import dataclasses
import shutil

from digest import paths, produce
from digest.article_files import discover
from digest.build import build, read_corpus
from digest.cache import sha1
from digest.corpus import build_corpus
from digest.i18n import Labels
from digest.ingest import ingest_all
from digest.plan import Settings, site_jobs
from digest.store import ArticleStore, pack, slim
from tests.conftest import site_config

SETTINGS = Settings(Labels("it"), paths.Addresses(), "Digest", 200, 10)


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _stored(site, tmp_path, key="k"):
    """Every article of the site as read (by path), after saving each in a store."""
    config = site_config(site)
    registry = read_corpus(config).registry
    files, _ = discover(config.articles_dir)
    items = [(config.relative(f), f.read_bytes(), sha1(f.read_bytes())) for f in files]
    results = dict(ingest_all(items, registry, config.language))
    store = ArticleStore(tmp_path / "articles.sqlite", key)
    store.begin()
    for path, result in results.items():
        store.put(pack(path, result))
    store.close()
    return results, registry


def test_an_article_round_trips_exactly(site, tmp_path):
    results, _ = _stored(site, tmp_path)
    kept = ArticleStore(tmp_path / "articles.sqlite", "k").results()
    assert kept.keys() == results.keys()
    for path, result in results.items():
        light = kept[path]
        assert light.article == slim(result.article) and light.article.paragraphs == ()
        assert dataclasses.replace(light, article=result.article) == result
    bodies = ArticleStore(tmp_path / "articles.sqlite", "k").bodies()
    whole = bodies.full(r.article for r in kept.values())
    assert whole == {r.article.source: r.article for r in results.values()}
    opened_whole = ArticleStore(tmp_path / "articles.sqlite", "k", slim=False).results()
    assert opened_whole == results


def test_another_key_finds_nothing_and_gone_files_are_dropped(site, tmp_path):
    results, _ = _stored(site, tmp_path)
    store = ArticleStore(tmp_path / "articles.sqlite", "k")
    others = sorted(results)[1:]
    store.begin()
    store.keep_only(others)
    store.close()
    assert sorted(ArticleStore(tmp_path / "articles.sqlite", "k").results()) == others
    assert ArticleStore(tmp_path / "articles.sqlite", "other").results() == {}


def test_a_damaged_store_is_made_again(tmp_path):
    file = tmp_path / "articles.sqlite"
    file.write_bytes(b"not a database" * 100)
    assert ArticleStore(file, "k").results() == {}


def test_slim_jobs_with_bodies_write_the_pages_of_whole_ones(site, tmp_path, monkeypatch):
    results, registry = _stored(site, tmp_path)
    articles = [r.article for r in results.values()]
    whole = site_jobs(build_corpus(articles, registry), SETTINGS)
    light = [slim(r.article) for r in results.values()]
    jobs = site_jobs(build_corpus(light, registry), SETTINGS)
    bodies = ArticleStore(tmp_path / "articles.sqlite", "k").bodies()
    produce.produce(whole, SETTINGS, tmp_path / "whole", paths.GENERATED_DIRS, workers=1)
    monkeypatch.setattr(produce, "PARALLEL_MIN", 1)
    _, _, problems = produce.produce(
        jobs,
        SETTINGS,
        tmp_path / "slim",
        paths.GENERATED_DIRS,
        workers=2,
        bodies=bodies,
    )
    assert problems == []
    assert _files(tmp_path / "slim") == _files(tmp_path / "whole")


def test_a_build_from_the_store_writes_what_a_build_without_cache_writes(site, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(site, other)
    assert build(site_config(site), use_cache=False).ok
    config = site_config(other)
    assert build(config).ok  # articles read, stored, pages rendered from the store
    (other / "docs" / "articoli").rename(tmp_path / "first")
    assert build(config).ok  # articles from the store, pages rendered again
    assert _files(other / "docs") == _files(site / "docs")


def test_short_strings_load_as_one_copy(site, tmp_path):
    _stored(site, tmp_path)
    kept = ArticleStore(tmp_path / "articles.sqlite", "k").results()
    refs = [ref for result in kept.values() for ref in result.article.actors]
    by_id: dict[str, set[int]] = {}
    for ref in refs:
        by_id.setdefault(ref.actor_id, set()).add(id(ref.actor_id))
    assert any(len([r for r in refs if r.actor_id == a]) > 1 for a in by_id)  # a shared actor
    assert all(len(copies) == 1 for copies in by_id.values())


def test_whole_results_stay_resident_until_another_process_writes(site, tmp_path):
    import sqlite3

    results, _ = _stored(site, tmp_path)
    file = tmp_path / "articles.sqlite"
    first = ArticleStore(file, "k", slim=False)
    loaded = first.results()
    assert loaded == {p: r for p, r in results.items()}
    first.begin()
    first.close()
    again = ArticleStore(file, "k", slim=False).results()
    assert all(again[p] is loaded[p] for p in loaded)  # kept, not read again
    # Another process (a `digest build` in a terminal) removes an article's row.
    gone = sorted(results)[0]
    with sqlite3.connect(file) as db:
        db.execute("DELETE FROM articles WHERE path = ?", (gone,))
        db.execute("UPDATE meta SET value = value + 1 WHERE name = 'generation'")
    assert sorted(ArticleStore(file, "k", slim=False).results()) == sorted(results)[1:]

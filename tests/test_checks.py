from __future__ import annotations

import datetime as dt
import shutil

from digest.build import read_corpus
from digest.checks import fingerprint, future_dates, registry_lint
from digest.model import ArticleDate
from digest.registry import parse_registry
from tests.conftest import FIXTURES, read, site_config


def test_same_article_twice_is_flagged_on_both_paths(site):
    for path in (FIXTURES / "duplicates").iterdir():
        shutil.copy(path, site / "articles" / path.name)
    findings = [f for f in read_corpus(site_config(site)).findings if f.code == "S603"]
    # The seed, its copy with other whitespace and line endings, and its Windows-1252 copy.
    flagged = {f.path for f in findings}
    assert flagged == {
        "articles/2025-12-20-munir-incontra-haftar-a-bengasi.txt",
        "articles/2025-12-20-originale.txt",
        "articles/2025-12-20-copia.txt",
        "articles/2025-12-20-copia-cp1252.txt",
    }
    assert all(f.severity == "error" for f in findings)
    copy = next(f for f in findings if f.path == "articles/2025-12-20-copia.txt")
    assert "articles/2025-12-20-" in copy.message


def test_fingerprint_ignores_spacing_quotes_and_case_but_not_words():
    seed = read("articles/2025-12-20-munir-incontra-haftar-a-bengasi.txt")
    import dataclasses

    from digest.model import Paragraph

    respaced = dataclasses.replace(
        seed,
        paragraphs=tuple(
            Paragraph("  " + p.text.replace("’", "'").upper() + " ", p.line)
            for p in seed.paragraphs
        ),
    )
    edited = dataclasses.replace(seed, paragraphs=(Paragraph("Altro.", 1), *seed.paragraphs[1:]))
    assert fingerprint(respaced) == fingerprint(seed) != fingerprint(edited)


def test_future_dates_are_warnings(site):
    shutil.copy(FIXTURES / "articles" / "future.txt", site / "articles" / "2999-01-02-futuro.txt")
    findings = [f for f in read_corpus(site_config(site)).findings if f.code == "D104"]
    assert [(f.severity, f.path) for f in findings] == [
        ("warning", "articles/2999-01-02-futuro.txt")
    ]


def test_future_date_compares_with_the_precision_given():
    seed = read("articles/2025-05-haftar-a-mosca-con-belousov.txt")  # "2025-05"
    import dataclasses

    assert future_dates([seed], dt.date(2025, 5, 1)) == []
    assert future_dates([seed], dt.date(2025, 4, 30)) != []
    dated = dataclasses.replace(seed, date=ArticleDate(2025, 5, 2))
    assert future_dates([dated], dt.date(2025, 5, 1)) != []


def test_article_whose_actors_are_all_unknown(site):
    shutil.copy(
        FIXTURES / "articles" / "no-known-actor.txt", site / "articles" / "2025-12-20-dbeibah.txt"
    )
    (finding,) = [f for f in read_corpus(site_config(site)).findings if f.code == "A404"]
    assert finding.severity == "warning" and finding.path == "articles/2025-12-20-dbeibah.txt"
    assert "Aldo Bertoni" in finding.message and "Mirella Santangelo" in finding.message


def test_registry_lint_short_common_and_unused_aliases():
    registry, findings = parse_registry(
        {
            "actors": [
                {
                    "id": "giuseppe-conte",
                    "name": "Giuseppe Conte",
                    "kind": "person",
                    "aliases": ["Conte", "GC"],
                },
                {"id": "mario-monti", "name": "Mario Monti", "kind": "person", "exact": ["Monti"]},
                {"id": "lega", "name": "Lega Nord", "kind": "organisation", "aliases": ["Lega"]},
                {"id": "libia", "name": "Libia", "kind": "country", "demonyms": ["libico"]},
            ]
        },
        "actors.yml",
    )
    assert findings == []
    lint = registry_lint(registry, mentioned={"libia"})
    codes = sorted((f.code, f.severity, f.message.split(" of ")[0]) for f in lint)
    assert ("R507", "warning", "alias 'GC'") in codes
    # A person's alias written with a capital needs its capital: "Conte" is not "il conte".
    assert not any(c == "R508" and "Conte" in m for c, _, m in codes)
    assert ("R508", "warning", "alias 'Lega'") in codes  # an organisation's, any case
    assert not any(c == "R508" and "Monti" in m for c, _, m in codes)  # exact: already safe
    assert not any("libico" in m for _, _, m in codes)  # demonyms are common words by design
    unused = sorted(f.message.split("`")[1] for f in lint if f.code == "R509")
    assert unused == ["giuseppe-conte", "lega", "mario-monti"]
    assert all(f.severity == "info" for f in lint if f.code == "R509")


def test_project_registry_is_clean(registry):
    lint = registry_lint(registry, mentioned=set(registry.actors))
    assert lint == []


def test_the_registry_lint_reads_word_frequencies_from_the_kept_table():
    """R508's frequencies come from digest.lexicon's table, not wordfreq's import (a tenth
    of a second a build): the same values wherever R508's threshold can be reached."""
    from wordfreq import zipf_frequency

    from digest import checks, lexicon

    assert lexicon.ZIPF_FLOOR < checks.COMMON_WORD_ZIPF
    for word in ("conte", "monti", "mosca", "governo", "haftar", "tripoli", "al-sarraj", "l'ue"):
        kept, wordfreq = checks._italian_zipf(word, "it"), zipf_frequency(word, "it")
        assert kept == wordfreq or (kept < lexicon.ZIPF_FLOOR and wordfreq < lexicon.ZIPF_FLOOR)

"""The benchmark's synthetic corpus: deterministic, well formed, and read cleanly by digest."""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from bench import corpus as bench
from bench import vocabulary as v
from bench.corpus import CorpusStats, generate
from digest.build import read_corpus
from digest.config import load_config
from digest.normalise import match_key
from digest.readers import read_article
from digest.registry import load_registry
from tests.conftest import ROOT

NAME = re.compile(r"^(?P<date>\d{4}-\d{2}(?:-\d{2})?)-[a-z0-9]+(?:-[a-z0-9]+)*-(?P<index>\d+)$")


def digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus500(tmp_path_factory) -> tuple[Path, CorpusStats]:
    out = tmp_path_factory.mktemp("corpus500")
    return out, generate(out, 500, seed=7)


def test_same_n_and_seed_give_the_same_bytes(tmp_path):
    generate(tmp_path / "a", 150, seed=3)
    generate(tmp_path / "b", 150, seed=3)
    generate(tmp_path / "c", 150, seed=4)
    first = digests(tmp_path / "a")
    assert len(first) == 151  # 150 articles and actors.yml
    assert first == digests(tmp_path / "b")
    assert first != digests(tmp_path / "c")


def test_processes_do_not_change_the_output(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "CHUNK", 40)  # several chunks on two processes
    one = generate(tmp_path / "one", 150, seed=1, jobs=1)
    two = generate(tmp_path / "two", 150, seed=1, jobs=2)
    assert one == two
    assert digests(tmp_path / "one") == digests(tmp_path / "two")


def test_counts_and_proportions(corpus500):
    out, stats = corpus500
    files = sorted((out / "articles").rglob("*.*"))
    assert stats.files == len(files) == 500
    assert stats.bytes == sum(f.stat().st_size for f in files)
    assert 2_500 < stats.bytes / stats.files < 4_500  # ~3 KB an article
    assert stats.markdown == sum(f.suffix == ".md" for f in files)
    assert 0.09 < stats.markdown / 500 < 0.22  # ~15% Markdown
    assert 0.015 < stats.month_precision / 500 < 0.09  # ~5% dated to the month only
    assert stats.years == (2022, 2023, 2024, 2025)
    per_year = Counter(f.parent.name for f in files)
    assert min(per_year.values()) > 80  # roughly uniform
    names = [NAME.match(f.stem) for f in files]
    assert all(names)
    assert sorted(int(m["index"]) for m in names) == list(range(500))
    assert all(f.parent.name == m["date"][:4] for f, m in zip(files, names, strict=True))
    month_only = sum(len(m["date"]) == 7 for m in names)
    assert month_only == stats.month_precision


def test_actor_count_grows_with_the_corpus():
    assert bench.actor_total(10_000) == 300
    assert 60 < bench.actor_total(500) < 80
    assert bench.actor_total(10, registered=11) == 23  # never fewer than the registry has
    assert bench.year_span(10_000) == 8 and bench.year_span(200) == 2


def test_every_article_reads_without_errors(corpus500):
    out, _ = corpus500
    words = []
    for path in sorted((out / "articles").rglob("*.*")):
        rel = path.relative_to(out).as_posix()
        article, findings = read_article(rel, path.read_bytes(), "it")
        assert article is not None and findings == [], (rel, [f.format() for f in findings])
        words.append(article.words)
    assert min(words) >= 440 and max(words) <= 620
    assert 470 < statistics.mean(words) < 530


def test_plain_text_is_like_the_seeds(corpus500):
    out, _ = corpus500
    texts = [p.read_text(encoding="utf-8") for p in sorted((out / "articles").rglob("*.txt"))]
    assert all(re.match(r"^ date \d{4}-\d{2}(-\d{2})? [A-Z“]", t) for t in texts)
    assert sum("(ITALPRESS/MNA) – " in t for t in texts) > 50  # datelines
    assert sum("– foto " in t for t in texts) > 50  # photo credits
    assert sum(t.endswith("(ITALPRESS).\n") for t in texts) > 100  # closing agency tags


def test_markdown_uses_only_allowed_keys_and_some_formatting(corpus500):
    out, _ = corpus500
    texts = [p.read_text(encoding="utf-8") for p in sorted((out / "articles").rglob("*.md"))]
    assert all(t.startswith("---\ndate: ") for t in texts)
    assert any("**" in t for t in texts) and any("\n## " in t for t in texts)
    assert any("](https://example.org/" in t for t in texts)


def test_generated_registry_loads_without_findings(corpus500):
    out, stats = corpus500
    registry, findings = load_registry(out / "actors.yml")
    assert findings == []
    assert len(registry.actors) == stats.actors == bench.actor_total(500)
    own, _ = load_registry(ROOT / "actors.yml")
    assert list(registry.actors)[: len(own.actors)] == list(own.actors)
    for actor_id, actor in own.actors.items():  # copied whole, whatever its line
        assert replace(registry.actors[actor_id], line=0) == replace(actor, line=0)
    assert own.ignore <= registry.ignore
    kinds = Counter(a.kind for a in registry.actors.values())
    assert kinds["person"] > kinds["organisation"] > kinds["country"] > len(own.actors) // 4


def test_registry_file_can_be_another_one(tmp_path):
    registry = tmp_path / "mine.yml"
    registry.write_text(
        "actors:\n  - id: tizio-caio\n    name: Tizio Caio\n    kind: person\n"
        "ignore: [Sempronio]\n",
        encoding="utf-8",
    )
    generate(tmp_path / "out", 20, registry=registry)
    loaded, findings = load_registry(tmp_path / "out" / "actors.yml")
    assert findings == []
    assert next(iter(loaded.actors)) == "tizio-caio" and "Sempronio" in loaded.ignore


def test_refuses_to_mix_with_an_existing_corpus(tmp_path):
    generate(tmp_path, 5)
    with pytest.raises(FileExistsError):
        generate(tmp_path, 5)


def test_read_corpus_finds_actors_and_no_errors(tmp_path):
    generate(tmp_path, 200, seed=11)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: bench\nextra: {digest: {articles: articles, registry: actors.yml}}\n",
        encoding="utf-8",
    )
    config, findings = load_config(tmp_path)
    assert findings == []
    reading = read_corpus(config)
    articles, findings = reading.articles, reading.findings
    assert len(articles) == 200
    by_severity = Counter(f.severity for f in findings)
    assert by_severity["error"] == 0
    assert by_severity["warning"] == 0  # a shared surname always follows a full name
    assert sum(bool(a.actors) for a in articles) >= 0.95 * len(articles)
    # Long tail: the most named actor is in many articles, the typical one in few.
    per_actor = Counter(ref.actor_id for a in articles for ref in a.actors)
    top = per_actor.most_common(1)[0][1]
    assert top > 0.3 * len(articles)
    assert statistics.median(per_actor.values()) < 0.1 * len(articles)
    # Candidates are the commentators the registry leaves out on purpose, plus single
    # sentence-opening words where the sentence splitter misses a full stop ("Pakistan.").
    for finding in (f for f in findings if f.code == "A403"):
        name = finding.message.split("”")[0].lstrip("“")
        assert name.split()[-1] in v.COMMENTATOR_SURNAMES or " " not in name, finding.message


def test_name_lists_keep_their_rules():
    firsts = {n for t in v.TRADITIONS for n in (*t[0], *t[1])}
    surnames = {n for t in v.TRADITIONS for n in t[2]} | set(v.COMMENTATOR_SURNAMES)
    assert not firsts & surnames
    assert not set(v.COMMENTATOR_SURNAMES) & {n for t in v.TRADITIONS for n in t[2]}
    demonyms = {match_key(d) for c in v.COUNTRIES for d in c[2]}
    vocabulary = {
        match_key(w)
        for text in (*v.TOPICS, *v.HEADS, *v.OPENERS, *v.TAILS, *v.QUOTES, *v.NOTE_CLAUSES)
        for w in re.findall(r"\w+", text)
    }
    assert not {match_key(s) for s in surnames} & (demonyms | vocabulary)


def test_command_line(tmp_path, capsys):
    bench.main(["--n", "30", "--out", str(tmp_path), "--jobs", "1"])
    output = capsys.readouterr().out
    assert "files            30" in output and "seconds" in output
    bench.main(["--n", "10", "--out", str(tmp_path), "--jobs", "1", "--force"])
    assert len(list((tmp_path / "articles").rglob("*.*"))) == 10

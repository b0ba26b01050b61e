from __future__ import annotations

from digest.corpus import RELATED, build_corpus
from digest.model import ActorRef, Article, ArticleDate, Paragraph


def art(n: int, day: int, *actors: str) -> Article:
    return Article(
        id=f"a{n}",
        source=f"articles/a{n}.txt",
        format="text",
        date=ArticleDate(2025, 3, day),
        title=f"T{n}",
        title_inferred=True,
        summary="s",
        paragraphs=(Paragraph("x", 1),),
        actors=tuple(ActorRef(a, 1, "x", 1) for a in actors),
    )


def test_related_prefers_rarer_shared_actors(registry):
    articles = [
        art(1, 1, "libia", "asim-munir"),
        art(2, 2, "libia"),  # shares only the common actor
        art(3, 3, "asim-munir"),  # shares the rare actor
        *[art(10 + n, 4 + n, "libia") for n in range(6)],
    ]
    corpus = build_corpus(articles, registry)
    assert corpus.related["a1"][0] == "a3"
    assert len(corpus.related["a1"]) == RELATED
    assert "a1" not in corpus.related["a1"]


def test_related_ties_go_to_the_nearest_in_time(registry):
    corpus = build_corpus(
        [art(1, 1, "russia"), art(2, 10, "russia"), art(3, 20, "russia")], registry
    )
    assert corpus.related["a2"] == ("a1", "a3") or corpus.related["a2"] == ("a3", "a1")
    assert corpus.related["a1"] == ("a2", "a3")


def test_article_without_actors_has_no_related(registry):
    corpus = build_corpus([art(1, 1), art(2, 2, "russia")], registry)
    assert corpus.related["a1"] == ()


def test_neighbours_in_time(registry):
    corpus = build_corpus([art(1, 1), art(2, 2), art(3, 3)], registry)
    assert corpus.order == ["a3", "a2", "a1"]
    assert corpus.neighbours("a2") == ("a1", "a3")
    assert corpus.neighbours("a3") == ("a2", None)


def test_actor_stats(registry):
    corpus = build_corpus([art(1, 1, "russia", "libia"), art(2, 5, "russia")], registry)
    stats = corpus.actors["russia"]
    assert stats.article_ids == ("a2", "a1") and stats.by_month == (("2025-03", 2),)
    assert stats.co_actors == (("libia", 1),)
    assert corpus.months["2025-03"].actor_counts == (("russia", 2), ("libia", 1))

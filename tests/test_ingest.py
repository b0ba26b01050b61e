from __future__ import annotations

from digest import ingest
from digest.cache import sha1
from tests.conftest import ROOT


def test_parallel_and_serial_give_the_same_results_in_order(registry, monkeypatch):
    files = sorted((ROOT / "articles").glob("*.txt")) * 3
    items = [
        (f"articles/{n}-{f.name}", f.read_bytes(), sha1(f.read_bytes()))
        for n, f in enumerate(files)
    ]
    serial = list(ingest.ingest_all(items, registry, "it", jobs=1))
    monkeypatch.setattr(ingest, "PARALLEL_MIN", 2)
    monkeypatch.setattr(ingest, "CHUNK", 2)  # several chunks, more than are kept in flight
    parallel = list(ingest.ingest_all(iter(items), registry, "it", jobs=2))
    assert parallel == serial
    assert [path for path, _ in parallel] == [path for path, _, _ in items]
    assert [r.article.source for _, r in parallel] == [path for path, _, _ in items]


def test_a_broken_file_keeps_its_findings(registry):
    ((_, result),) = ingest.ingest_all(
        [("articles/x.txt", b"no date", sha1(b"no date"))], registry, "it"
    )
    assert result.article is None and [f.code for f in result.findings] == ["D101"]

from __future__ import annotations

from digest import paths, produce
from digest.build import read_corpus
from digest.corpus import build_corpus
from digest.i18n import Labels
from digest.plan import Settings, site_jobs
from tests.conftest import site_config

SETTINGS = Settings(Labels("it"), paths.Addresses(), "Digest", 200, 10)


def _jobs(site):
    config = site_config(site)
    reading = read_corpus(config)
    corpus = build_corpus(reading.articles, reading.registry)
    return site_jobs(corpus, SETTINGS)


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_parallel_writes_the_same_files_as_serial(site, tmp_path, monkeypatch):
    jobs = _jobs(site)
    serial, _, problems = produce.produce(
        jobs, SETTINGS, tmp_path / "serial", paths.GENERATED_DIRS, workers=1
    )
    monkeypatch.setattr(produce, "PARALLEL_MIN", 1)
    parallel, stamps, more = produce.produce(
        jobs, SETTINGS, tmp_path / "parallel", paths.GENERATED_DIRS, workers=2
    )
    assert problems == more == []
    assert [p.key for p in parallel] == [p.key for p in serial] == [j.key for j in jobs]
    assert _files(tmp_path / "parallel") == _files(tmp_path / "serial")
    assert sum(len(p.staged) for p in parallel) == len(_files(tmp_path / "serial")) == len(stamps)


def test_unchanged_pages_are_not_written_again(site, tmp_path):
    jobs = _jobs(site)
    produce.produce(jobs, SETTINGS, tmp_path, paths.GENERATED_DIRS, workers=1)
    again, _, _ = produce.produce(jobs, SETTINGS, tmp_path, paths.GENERATED_DIRS, workers=1)
    assert all(p.staged == () for p in again)
    assert not (tmp_path / produce.STAGING).exists()

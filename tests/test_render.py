"""MkDocs in slices: the slices joined are the site one process builds, byte for byte, and
every page's links are still checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from digest.render import parse_shard, slice_of
from digest.site import build_shard, build_site, merge_site
from tests.conftest import copy_site_inputs, site_config


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "pagefind" not in p.relative_to(folder).parts
    }


def test_slices_cover_every_page_once():
    pages = [f"articoli/2025/a-{n:04d}.md" for n in range(1000)]
    counts = [sum(slice_of(p, 3) == k for p in pages) for k in range(3)]
    assert sum(counts) == 1000 and min(counts) > 250  # each page once, evenly
    assert [slice_of(p, 3) for p in pages] == [slice_of(p, 3) for p in pages]


@pytest.mark.parametrize(("value", "parsed"), [("1/2", (1, 2)), ("4/4", (4, 4))])
def test_shard_values(value, parsed):
    assert parse_shard(value) == parsed


@pytest.mark.parametrize("value", ["0/2", "3/2", "a/b", "1", "1/0", "-1/2"])
def test_bad_shard_values(value):
    with pytest.raises(ValueError, match="K/N"):
        parse_shard(value)


def test_sliced_sharded_and_merged_sites_equal_the_one_process_site(tmp_path):
    (tmp_path / "project").mkdir()
    root = copy_site_inputs(tmp_path / "project")
    config = site_config(root)
    one = build_site(config, root / "one", slices=1)
    assert one.ok, one.engine_output
    three = build_site(config, root / "three", slices=3)
    assert three.ok, three.engine_output
    assert files(root / "three") == files(root / "one")

    parts = []
    for k in (1, 2):
        shard = build_shard(config, root / f"part-{k}", k, 2)
        assert shard.engine_returncode == 0, shard.engine_output
        parts.append(root / f"part-{k}")
    merged = merge_site(config, parts, root / "merged")
    assert merged.ok and merged.search_records == one.search_records
    assert files(root / "merged") == files(root / "one")
    assert (root / "merged/pagefind/pagefind-entry.json").is_file()


def test_a_broken_link_fails_the_slice_that_holds_it(tmp_path):
    root = copy_site_inputs(tmp_path)
    (root / "docs/info.md").write_text("# Info\n\n[rotto](non-esiste.md)\n", encoding="utf-8")
    result = build_site(site_config(root), root / "site", slices=2)
    assert result.engine_returncode != 0
    assert "non-esiste.md" in result.engine_output and "Traceback" not in result.engine_output


def test_the_cli_runs_a_shard_and_a_merge(tmp_path):
    root = copy_site_inputs(tmp_path)
    digest = [sys.executable, "-m", "digest"]
    for k in (1, 2):
        run = subprocess.run(
            [*digest, "site", "--root", str(root), "--shard", f"{k}/2", "--site-dir", f"p{k}"],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
    run = subprocess.run(
        [*digest, "site", "--root", str(root), "--merge", "p1", "--merge", "p2"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (root / "site/index.html").is_file() and (root / "site/pagefind").is_dir()
    bad = subprocess.run(
        [*digest, "site", "--root", str(root), "--shard", "3/2"], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "K/N" in bad.stderr and "Traceback" not in bad.stderr

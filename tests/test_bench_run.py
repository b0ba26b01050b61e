"""The benchmark runner: its pure parts, and one small run end to end. No timing is asserted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

from bench.__main__ import main
from bench.baseline import baseline_yaml, write_baseline
from bench.corpus import generate
from bench.edit import applied, insert_sentence, plan_edit
from bench.measure import CommandFailed, files_with_suffix, run_measured, tree_bytes
from bench.run import (
    GENERATED,
    Commands,
    Options,
    copy_site_inputs,
    generator_stats,
    prepare_corpus,
    run,
    site_output,
)
from bench.table import ROWS, busy_steps, comparison, table
from digest.build import read_corpus
from digest.config import _TolerantLoader, load_config
from tests.conftest import ROOT

# ---------------------------------------------------------------- the table


def fake_results(cold_1k: float = 2.0, noop_written: int = 0) -> dict:
    full = {
        "generator": {
            "cold": {
                "seconds": cold_1k,
                "articles_per_second": 1000 / cold_1k,
                "peak_memory": 300 * 2**20,
                "written": 1500,
            },
            "noop": {"seconds": 0.4, "written": noop_written},
            "edit": {"seconds": 0.5, "written": 12},
        },
        "mkdocs": {"seconds": 8.0, "peak_memory": 200 * 2**20},
        "site": {
            "seconds": 10.0,
            "bytes": 57_000_000,
            "pages": 1400,
            "search_index": {"kind": "pagefind", "bytes": 2_500_000},
            "largest_page": {"bytes": 412_000, "path": "attori/libia/index.html"},
        },
        "baseline": {"seconds": 5.0},
        "site_vs_baseline": 2.0,
    }
    only = {"generator": {"cold": {"seconds": 25.0, "peak_memory": 3 * 2**30}, "noop": None}}
    return {
        "git": {"commit": "0123456789abcdef", "dirty": False},
        "machine": {"cpu": "Test CPU", "nproc": 2, "python": "3.11.7"},
        "date": "2025-01-01T00:00:00+00:00",
        "sizes": {"1000": full, "100000": only},
    }


def rows_of(markdown: str) -> dict[str, list[str]]:
    lines = markdown.splitlines()
    return {
        cells[0]: cells[1:]
        for cells in ([c.strip() for c in line.strip("|").split("|")] for line in lines[2:])
    }


def test_table_has_a_column_per_size_and_the_targets():
    text = table(fake_results())
    header = text.splitlines()[0]
    assert header == "| Measure | 1,000 articles | 100,000 articles | Target |"
    assert text.splitlines()[1] == "| --- | --: | --: | --- |"
    rows = rows_of(text)
    assert rows["Generator, cold"] == ["2.00 s ✓", "25.00 s ✓", "≤ 3 s at 10k, ≤ 30 s at 100k"]
    assert rows["Generator, cold: peak memory"] == ["300 MiB ✓", "3,072 MiB ✗", "≤ 2 GiB at 100k"]
    assert rows["Generator, cold: articles/s"][1] == "—"  # not measured at that size
    assert rows["Whole site ÷ baseline"] == ["2.00× ✗", "—", "≤ 1.1×"]  # issue 12
    assert rows["Largest page"][0] == "412.0 KB (attori/libia/index.html) ✗"
    assert rows["Search index size"][0] == "2.5 MB (pagefind)"
    assert rows["Site size"] == ["57.0 MB", "—", ""]


def test_table_marks_a_missed_target_and_drops_rows_never_measured():
    results = fake_results(cold_1k=3.5, noop_written=4)
    del results["sizes"]["1000"]["baseline"]
    rows = rows_of(table(results))
    assert rows["Generator, cold"][0] == "3.50 s ✗"
    assert rows["Generator, nothing changed: files written"][0] == "4 ✗"
    assert "Baseline: MkDocs + Material + search, articles only" not in rows
    assert "Generator, nothing changed: peak memory" not in rows  # in no size's results


def test_busy_steps_name_where_other_processes_competed():
    results = fake_results()
    results["sizes"]["1000"]["mkdocs"]["other_cores"] = 0.9
    results["sizes"]["1000"]["generator"]["cold"]["other_cores"] = 0.1
    assert busy_steps(results) == ["1,000: mkdocs (0.90 cores)"]


def test_targets_apply_only_where_they_say():
    cold = next(row for row in ROWS if row.label == "Generator, cold")
    assert cold.target is not None
    assert cold.target.met(10_000, 3.0) is True
    assert cold.target.met(10_000, 3.1) is False
    assert cold.target.met(100_000, 29.0) is True
    assert cold.target.met(1_000_000, 1.0) is None


def test_comparison_shows_old_new_and_change():
    old, new = fake_results(cold_1k=4.0), fake_results(cold_1k=2.0)
    new["git"]["commit"] = "fedcba9876543210"
    text = comparison(old, new)
    assert text.startswith("Old: commit 0123456789")
    assert "New: commit fedcba9876" in text
    assert "| Generator, cold | 1,000 | 4.00 s | 2.00 s | -50% |" in text
    assert "| Generator, cold | 100,000 | 25.00 s | 25.00 s | +0% |" in text


def test_cli_compares_two_result_files_without_running(tmp_path, capsys):
    for name, cold in (("old.json", 4.0), ("new.json", 2.0)):
        (tmp_path / name).write_text(json.dumps(fake_results(cold_1k=cold)), encoding="utf-8")
    assert main(["--compare", str(tmp_path / "old.json"), str(tmp_path / "new.json")]) == 0
    assert "| Generator, cold | 1,000 | 4.00 s | 2.00 s | -50% |" in capsys.readouterr().out


def test_cli_shows_the_table_of_a_result_file_without_running(tmp_path, capsys):
    (tmp_path / "r.json").write_text(json.dumps(fake_results()), encoding="utf-8")
    assert main(["--show", str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("commit 0123456789, 2025-01-01T00:00:00+00:00; Test CPU, 2 cores")
    assert "| Measure | 1,000 articles | 100,000 articles | Target |" in out


def test_cli_reads_sizes_as_comma_separated_numbers():
    with pytest.raises(SystemExit):
        main(["--sizes", "10k"])


# ---------------------------------------------------------------- the generator's report


def test_generator_stats_from_the_stats_file(tmp_path):
    stats = tmp_path / "stats.json"
    stats.write_text(
        json.dumps({"articles": 3, "written": ["a", "b"], "unchanged": 1, "removed": 0}),
        encoding="utf-8",
    )
    assert generator_stats(stats, tmp_path / "no.log")["written"] == 2


def test_generator_stats_from_the_summary_line_without_a_stats_file(tmp_path):
    log = tmp_path / "build.log"
    log.write_text(
        "note…\ndigest: 1000 articles, 95 actors, 60 months → 1475 pages written, "
        "3 unchanged, 2 removed; 0 warning(s) in 1.71 s\n",
        encoding="utf-8",
    )
    stats = generator_stats(tmp_path / "missing.json", log)
    assert stats == {"articles": 1000, "written": 1475, "unchanged": 3, "removed": 2, "timings": {}}


def test_command_lines_with_and_without_stats_and_digest_site():
    root, out, stats = Path("/r"), Path("/r/site"), Path("/s.json")
    now = Commands("py", has_stats=True, has_site=True)
    assert now.generator(root, stats) == [
        *("py", "-m", "digest", "build", "--root", "/r", "--stats", "/s.json")
    ]
    assert now.site(root, out, stats) == [
        *("py", "-m", "digest", "site", "--root", "/r", "--site-dir", "/r/site"),
        *("--stats", "/s.json"),
    ]
    before = Commands("py", has_stats=False, has_site=False)
    assert before.generator(root, stats) == ["py", "-m", "digest", "build", "--root", "/r"]
    assert before.site(root, out, stats) == [
        "sh",
        "-c",
        "py -m digest build --root /r && py -m mkdocs build --strict --site-dir /r/site",
    ]


def test_this_checkout_has_stats_and_digest_site():
    commands = Commands.probe(sys.executable)
    assert commands.has_stats and commands.has_site


# ---------------------------------------------------------------- measuring a process


def test_peak_memory_of_a_child_and_its_children(tmp_path):
    # A grandchild holds 64 MiB: wait4 counts descendants the child waited for.
    script = (
        "import subprocess, sys; subprocess.run([sys.executable, '-c', "
        "'b = bytearray(64 * 2**20); b[::4096] = b\"x\" * len(b[::4096])'], check=True)"
    )
    measured = run_measured([sys.executable, "-c", script], tmp_path, tmp_path / "log")
    assert measured.peak_memory >= 64 * 2**20
    assert measured.as_dict()["peak_memory"] == measured.peak_memory


def test_a_failing_command_raises_with_its_last_lines(tmp_path):
    script = "import sys; print('what went wrong'); sys.exit(3)"
    with pytest.raises(CommandFailed, match=r"exited with 3(.|\n)*what went wrong"):
        run_measured([sys.executable, "-c", script], tmp_path, tmp_path / "log")


def test_site_output_sizes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_bytes(b"x" * 300)
    (tmp_path / "index.html").write_bytes(b"x" * 100)
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "index.pf_meta").write_bytes(b"x" * 50)
    assert files_with_suffix(tmp_path, ".html") == [(300, "a/index.html"), (100, "index.html")]
    assert tree_bytes(tmp_path) == 450
    assert site_output(tmp_path) == {
        "bytes": 450,
        "pages": 2,
        "largest_page": {"bytes": 300, "path": "a/index.html"},
        "search_index": {"kind": "pagefind", "bytes": 50},
    }


# ---------------------------------------------------------------- the baseline


def load_tolerant(text: str) -> dict:
    return yaml.load(text, Loader=_TolerantLoader)


def test_baseline_config_from_the_projects_mkdocs_yml():
    project_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    project = load_tolerant(project_text)
    config = yaml.safe_load(baseline_yaml(project_text))
    assert config["markdown_extensions"] == project["markdown_extensions"]
    assert config["theme"] == {"name": "material", "language": project["theme"]["language"]}
    assert config["plugins"] == ["search"]
    assert config["nav"] == ["index.md"]
    assert config["not_in_nav"] == "/articoli/"


def test_baseline_config_keeps_tagged_extension_options():
    project = (
        "site_url: !ENV [SITE_URL, 'http://x/']\ntheme: {name: material, language: en}\n"
        "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
        "        - {name: m, class: m, format: !!python/name:pymdownx.superfences.fence_code_format ''}\n"
    )
    text = baseline_yaml(project)
    assert "!!python/name:pymdownx.superfences.fence_code_format" in text
    assert load_tolerant(text)["theme"]["language"] == "en"


def test_write_baseline_copies_only_the_article_pages(tmp_path):
    docs = tmp_path / "site" / "docs"
    for rel in ("articoli/2025/a.md", "articoli/2024/b.md", "attori/x.md"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("# A\n", encoding="utf-8")
    target = tmp_path / "baseline"
    assert write_baseline(target, docs, ROOT / "mkdocs.yml") == 2
    files = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert files == [
        "docs/articoli/2024/b.md",
        "docs/articoli/2025/a.md",
        "docs/index.md",
        "mkdocs.yml",
    ]


# ---------------------------------------------------------------- the one-article edit


def test_insert_sentence_in_the_second_paragraph():
    text = " date 2025-01-02 Primo.\n\nSecondo.\n\nTerzo.\n\n– foto IPA –\n"
    assert insert_sentence(text, "Nuova.") == (
        " date 2025-01-02 Primo.\n\nSecondo. Nuova.\n\nTerzo.\n\n– foto IPA –\n"
    )
    # The last paragraph is never touched: in plain text it may be the byline.
    front = "---\ntitle: T\n\nsummary: S\n---\nUno.\n\nDue.\n"
    assert (
        insert_sentence(front, "Nuova.")
        == "---\ntitle: T\n\nsummary: S\n---\nUno. Nuova.\n\nDue.\n"
    )
    assert insert_sentence("Solo.\n", "Nuova.") == "Solo. Nuova.\n"


@pytest.fixture(scope="module")
def small_site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bench-site")
    generate(folder, 40, seed=0)
    copy_site_inputs(ROOT, folder)
    return folder


def test_the_edit_is_deterministic_and_adds_an_actor(small_site):
    first, second = plan_edit(small_site), plan_edit(small_site)
    assert first == second
    files = sorted((small_site / "articles").rglob("*.*"))
    assert first.path == files[len(files) // 2]
    assert first.original == first.path.read_bytes()
    with applied(first):
        config, _ = load_config(small_site)
        article = next(a for a in read_corpus(config).articles if a.source == first.source)
        assert first.actor_id in {ref.actor_id for ref in article.actors}
        assert first.path.read_bytes() == first.edited != first.original


def test_the_edit_is_restored_even_when_the_build_fails(small_site):
    edit = plan_edit(small_site)
    with pytest.raises(RuntimeError), applied(edit):
        assert edit.path.read_bytes() == edit.edited
        raise RuntimeError("the build failed")
    assert edit.path.read_bytes() == edit.original


def test_copied_site_inputs_leave_out_generated_folders(small_site):
    assert (small_site / "mkdocs.yml").read_bytes() == (ROOT / "mkdocs.yml").read_bytes()
    assert (small_site / "docs" / "index.md").is_file()
    assert not any((small_site / "docs" / name).exists() for name in GENERATED)


def test_the_corpus_is_reused_only_for_the_same_size_and_seed(tmp_path):
    first = prepare_corpus(tmp_path, 20, seed=0, jobs=1)
    assert first["reused"] is False and first["files"] == 20
    again = prepare_corpus(tmp_path, 20, seed=0, jobs=1)
    assert again["reused"] is True and again["files"] == 20
    other = prepare_corpus(tmp_path, 20, seed=1, jobs=1)
    assert other["reused"] is False
    assert len(list((tmp_path / "articles").rglob("*.*"))) == 20
    next((tmp_path / "articles").rglob("*.*")).unlink()  # a corpus damaged since
    assert prepare_corpus(tmp_path, 20, seed=1, jobs=1)["reused"] is False
    assert len(list((tmp_path / "articles").rglob("*.*"))) == 20


# ---------------------------------------------------------------- one small run


@pytest.mark.e2e
def test_a_small_run_end_to_end(tmp_path):
    messages: list[str] = []
    results = run(
        Options(
            workdir=tmp_path,
            sizes=(30,),
            generator_only=(),
            json_path=tmp_path / "results.json",
            log=messages.append,
        )
    )
    assert json.loads((tmp_path / "results.json").read_text(encoding="utf-8")) == results
    assert set(results) >= {"schema", "date", "machine", "git", "packages", "sizes", "commands"}
    assert results["machine"]["nproc"] >= 1 and results["machine"]["python"]
    size = results["sizes"]["30"]
    generator = size["generator"]
    assert generator["cold"]["articles"] == 30
    assert generator["noop"]["written"] == 0
    assert generator["edit"]["written"] > 0
    assert generator["edit"]["file"].startswith("articles/")
    assert size["site"]["pages"] > 30
    assert size["site"]["search_index"]["bytes"] > 0
    assert size["site"]["command"] == "digest site"
    assert size["site"]["search_index"]["kind"] == "pagefind"
    assert size["site"]["timings"]
    assert size["baseline"]["articles"] == 30
    for step in (generator["cold"], size["mkdocs"], size["site"], size["baseline"]):
        assert step["seconds"] > 0 and step["peak_memory"] > 0 and step["cpu_seconds"] > 0
    assert "| Measure | 30 articles | Target |" in table(results)
    assert any("whole site" in message for message in messages)

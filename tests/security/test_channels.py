"""Every payload in every input channel: refused with a finding that names the file, or built
into a site in which nothing is active.

Channels: a plain-text body, a Markdown body, every front matter field, every registry
field, the file name. Refusals are checked one input at a time (fast, in process); what is
accepted goes into one site, built by the command line as a contributor would, and every
output of it is scanned (tests/security/scan.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
import yaml

from digest.article_files import discover
from digest.readers import read_article
from digest.registry import load_registry
from tests.conftest import copy_site_inputs
from tests.security.payloads import ALL, one_line
from tests.security.scan import scan_site

FRONT_MATTER_TEXT = ("title", "summary", "author", "source", "place", "country", "photo")
PAYLOADS = list(enumerate(ALL))


def _txt(i: int, payload: str) -> bytes:
    return (
        f" date 2025-01-{1 + i % 28:02d} Attorecanale{i} parla a Tripoli di {payload} e altro."
        f"\n\n{payload}\n\nAncora una frase con Attorecanale{i}.\n\nLucia Giannini\n"
    ).encode()


def _md_body(i: int, payload: str) -> bytes:
    return f"---\ndate: 2025-02-01\n---\nAttorecanale{i} e il testo.\n\n{payload}\n".encode()


def _md_fields(i: int, payload: str) -> bytes:
    value = one_line(payload)
    meta = {key: value for key in FRONT_MATTER_TEXT}
    meta["agencies"] = [value]
    meta["date"] = "2025-03-01"
    block = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{block}---\nAttorecanale{i} nel testo, a Tripoli.\n".encode()


def _actor(i: int, payload: str) -> dict[str, object]:
    value = one_line(payload)
    return {
        "id": f"attore-{i}",
        "name": f"Attore {i} {value}"[:200],
        "kind": "person",
        "aliases": [
            f"Attorecanale{i}",
            f"Alias{i} {value}"[:200],
            {"name": f"Ruolo{i} {value}"[:200], "from": "2020", "until": "2030"},
        ],
        "exact": [f"Esatto{i} {value}"[:200]],
        "metonyms": [f"Sede{i} {value}"[:200]],
        "surname": f"Cognome{i}",
        "description": payload[:1000],
    }


def _registry_text(actors: list[dict[str, object]], ignore: list[str]) -> str:
    # JSON is YAML: every payload is quoted exactly, whatever it contains.
    return json.dumps({"actors": actors, "ignore": ignore}, ensure_ascii=False, indent=1)


def _refused_or_read(path: str, data: bytes) -> bool:
    """True when the article is accepted; a refusal must name the file with an error."""
    article, findings = read_article(path, data, "it")
    if article is None:
        assert any(f.severity == "error" and f.path == path for f in findings), findings
    return article is not None


def _file_name(i: int, payload: str) -> str:
    # What a file system accepts in a name: no "/" and no NUL.
    name = one_line(payload).replace("/", "_").replace("\x00", "")[:150]
    return f"2025-04-{1 + i % 28:02d}-{i}-{name}.txt"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, set[str]]:
    """A site holding every accepted payload in every channel, built by `digest site`."""
    root = copy_site_inputs(tmp_path_factory.mktemp("hostile"))
    articles = root / "articles" / "ostili"
    articles.mkdir()
    accepted: set[str] = set()
    for i, payload in PAYLOADS:
        for kind, name, data in (
            ("txt", f"2025-01-txt-{i}.txt", _txt(i, payload)),
            ("md-body", f"2025-02-md-{i}.md", _md_body(i, payload)),
            ("md-fields", f"2025-03-fields-{i}.md", _md_fields(i, payload)),
        ):
            if _refused_or_read(f"articles/ostili/{name}", data):
                (articles / name).write_bytes(data)
                accepted.add(f"{kind}:{i}")
        name = _file_name(i, payload)
        probe = root / "probe"
        probe.mkdir()
        try:
            (probe / name).write_bytes(_txt(i, "testo normale"))
        except OSError:
            probe.rmdir()
            continue  # a name this file system refuses cannot arrive in a checkout either
        files, findings = discover(probe)
        if files and _refused_or_read(f"articles/ostili/{name}", _txt(i, "testo normale")):
            (probe / name).rename(articles / name)
            accepted.add(f"name:{i}")
        else:
            assert [f.code for f in findings] == ["X006"] or not files, findings
            (probe / name).unlink()
        probe.rmdir()
    actors = yaml.safe_load((root / "actors.yml").read_text(encoding="utf-8"))
    for i, payload in PAYLOADS:
        candidate = _registry_text([_actor(i, payload)], [one_line(payload)])
        (root / "probe.yml").write_text(candidate, encoding="utf-8")
        _, findings = load_registry(root / "probe.yml", "probe.yml")
        if any(f.severity == "error" for f in findings):
            assert all(f.path == "probe.yml" for f in findings)
            continue
        actors["actors"].append(_actor(i, payload))
        actors["ignore"].append(one_line(payload))
        accepted.add(f"registry:{i}")
    (root / "probe.yml").unlink()
    (root / "actors.yml").write_text(
        _registry_text(actors["actors"], actors["ignore"]), encoding="utf-8"
    )
    run = subprocess.run(
        [sys.executable, "-m", "digest", "site", "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    return root, run.stdout + run.stderr + f"\nexit {run.returncode}", accepted


@pytest.mark.e2e
def test_every_channel_accepts_or_refuses_each_payload_and_the_site_builds(hostile_site):
    root, output, accepted = hostile_site
    assert "Traceback" not in output
    assert output.rstrip().endswith("exit 0"), output[-3000:]
    # The channels really carried payloads into the site: most are accepted as text.
    for channel in ("txt", "md-fields", "registry", "name"):
        assert sum(key.startswith(channel) for key in accepted) >= len(ALL) // 2, channel
    assert (root / "site" / "index.html").is_file()


@pytest.mark.e2e
def test_nothing_in_the_built_site_is_active(hostile_site):
    root, _, _ = hostile_site
    assert scan_site(root / "site") == {}


@pytest.mark.e2e
def test_check_prints_no_traceback_and_one_line_per_finding(hostile_site):
    root, _, _ = hostile_site
    # Every refused payload too: put each back, then check the whole folder at once.
    refused = root / "articles" / "rifiutati"
    refused.mkdir(exist_ok=True)
    for i, payload in PAYLOADS:
        (refused / f"2025-05-md-{i}.md").write_bytes(_md_body(i, payload))
        (refused / f"2025-05-fields-{i}.md").write_bytes(_md_fields(i, payload))
    env = {"GITHUB_ACTIONS": "true", "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-m", "digest", "check", "--strict"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    # Under GitHub Actions no line but digest's own annotations may start a workflow command.
    commands = [line for line in run.stdout.splitlines() if line.startswith("::")]
    assert commands and all(
        line.startswith(("::error file=", "::warning file=", "::notice file=")) for line in commands
    )
    assert not [line for line in run.stdout.splitlines() if "\x1b" in line]


@pytest.mark.parametrize(("i", "payload"), PAYLOADS)
def test_a_markdown_body_with_active_content_is_refused_with_its_line(i, payload):
    data = _md_body(i, payload)
    article, findings = read_article("articles/x.md", data, "it")
    active = any(word in payload.lower() for word in ("script", "onerror", "onload", "iframe"))
    if active:
        assert article is None
        assert [f for f in findings if f.code in ("H701", "E207") and f.line and f.line >= 4]


@pytest.mark.parametrize("field", ["url", "lang", "slug"])
@pytest.mark.parametrize(("i", "payload"), PAYLOADS)
def test_a_payload_in_a_checked_field_is_refused(field, i, payload):
    data = (
        f"---\ndate: 2025-03-01\n{field}: {json.dumps(one_line(payload))}\n---\nTesto.\n"
    ).encode()
    article, findings = read_article("articles/x.md", data, "it")
    assert article is None
    assert any(f.severity == "error" and f.path == "articles/x.md" for f in findings)


@pytest.mark.e2e
def test_plain_text_payloads_are_shown_as_written(hostile_site):
    # Safe by escaping, not by dropping: a reader sees exactly the characters of the file.
    root, _, accepted = hostile_site
    shown = 0
    for i, payload in PAYLOADS:
        if f"txt:{i}" not in accepted:
            continue
        page = root / "site" / "articoli" / "2025" / f"2025-01-txt-{i}" / "index.html"
        text = " ".join(lxml.html.parse(str(page)).getroot().text_content().split())
        for part in payload.split("\n\n"):
            assert " ".join(part.split()) in text, (i, part)
        shown += 1
    assert shown >= len(ALL) // 2

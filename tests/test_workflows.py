"""Audit .github/workflows/: schema, zizmor's security audits and the project's own rules.

check-jsonschema and zizmor come from the `dev` extra (`make test` installs it). When either is
missing these tests fail rather than skip: an audit that quietly does not run is no audit.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILES = sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])
PR = WORKFLOWS / "pr.yml"
PUBLISH = WORKFLOWS / "publish.yml"

# `uses: owner/repo[/path]@<40 hex> # v1.2.3`: the SHA is what runs, the comment is for people.
PINNED_USES = re.compile(
    r"uses: (?P<action>[\w.-]+/[\w.-]+(?:/[\w./-]+)?)@(?P<sha>[0-9a-f]{40}) # v\d+(?:\.\d+)*$"
)
MAKE_RUN = re.compile(r"make (?P<target>[\w.-]+)")
# The one kind of `run:` that is not a make target: one echo of plain text, with $NAME
# variables only (no backticks, no `$(…)`, no `${{ … }}`), appended to the step summary.
STEP_SUMMARY_RUN = re.compile(r'echo "[^"`$]*(?:\$[A-Z_]+[^"`$]*)*" >> "\$GITHUB_STEP_SUMMARY"')
SEVERE = {"Medium", "High"}


def tool(name: str) -> Path:
    """An executable installed beside this interpreter (the venv's bin/), or a failed test."""
    path = Path(sys.executable).parent / name
    assert path.is_file(), (
        f"{name} is not installed beside {sys.executable}: run `pip install -e '.[dev]'` "
        "(`make test` does)"
    )
    return path


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def on(workflow: dict) -> str | list | dict:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    return workflow["on"] if "on" in workflow else workflow[True]


def triggers(workflow: dict) -> set[str]:
    events = on(workflow)
    return {events} if isinstance(events, str) else set(events)


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def make_targets() -> set[str]:
    """Rule names in the Makefile (`name:`, not variable assignments such as `VENV :=`)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w.-]*)\s*:(?!=)", text, flags=re.MULTILINE))


def test_the_two_workflows_exist():
    assert PR in WORKFLOW_FILES
    assert PUBLISH in WORKFLOW_FILES


def test_workflows_match_githubs_schema():
    # The schema ships inside check-jsonschema, so this needs no network.
    proc = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *WORKFLOW_FILES],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_zizmor_finds_nothing_medium_or_high():
    # --offline: the online audits (impostor commits, known-vulnerable actions) need the API.
    # --no-ignores: a `# zizmor: ignore[...]` comment does not hide a finding from this test.
    proc = subprocess.run(
        [tool("zizmor"), "--offline", "--no-ignores", "--format", "json", WORKFLOWS],
        capture_output=True,
        text=True,
        check=False,
    )
    # 0: no findings; 10–14: findings, by highest severity; anything else: zizmor failed.
    assert proc.returncode == 0 or 10 <= proc.returncode <= 14, proc.stderr
    findings = json.loads(proc.stdout)
    severe = [
        f"{finding['ident']} ({finding['determinations']['severity']}): {finding['desc']} "
        f"at {[loc['symbolic']['key'] for loc in finding['locations']]}"
        for finding in findings
        if finding["determinations"]["severity"] in SEVERE
    ]
    assert severe == []


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_no_workflow_runs_on_pull_request_target(path):
    # pull_request_target runs with a write token and secrets on code from forks.
    assert "pull_request_target" not in triggers(load(path))


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_no_workflow_touches_secrets(path):
    # `secrets.NAME`, `secrets['NAME']` or `secrets: inherit`; the word alone in a comment is fine.
    assert not re.search(r"secrets\s*[.\[:]", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path):
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    uses_lines = [line.removeprefix("- ") for line in lines if re.match(r"(- )?uses:", line)]
    unpinned = [line for line in uses_lines if not PINNED_USES.fullmatch(line)]
    assert unpinned == []
    # Every `uses:` the YAML holds was among the lines checked above (none hides in flow style).
    parsed = [step["uses"] for step in steps(load(path)) if "uses" in step]
    assert len(parsed) == len(uses_lines)


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_checkout_does_not_keep_the_token(path):
    checkouts = [s for s in steps(load(path)) if s.get("uses", "").startswith("actions/checkout@")]
    assert all(s.get("with", {}).get("persist-credentials") is False for s in checkouts)


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_command_is_a_make_target_a_person_can_run(path):
    targets = make_targets()
    for step in steps(load(path)):
        if "run" not in step:
            continue
        command = step["run"].strip()
        if STEP_SUMMARY_RUN.fullmatch(command):
            continue
        match = MAKE_RUN.fullmatch(command)
        assert match, f"{step.get('name')}: `{command}` is not `make <target>`"
        assert match["target"] in targets, f"{step.get('name')}: no target {match['target']!r}"


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_browser_tests_run_and_may_not_skip(path):
    # Like .ci/run: a missing browser fails the run instead of skipping its tests.
    for step in steps(load(path)):
        if step.get("run") == "make test":
            assert step["env"]["DIGEST_REQUIRE_BROWSER"] == "1"
            assert step["env"]["CHROMIUM"]
    runs = [s.get("run") for s in steps(load(path))]
    assert runs.index("make browser-deps") < runs.index("make test")


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_checkout_fetches_the_history_that_decides_page_addresses(path):
    checkouts = [s for s in steps(load(path)) if s.get("uses", "").startswith("actions/checkout@")]
    assert checkouts and all(s["with"].get("fetch-depth") == 0 for s in checkouts)


def test_make_targets_are_read_from_the_makefile():
    assert {"check", "test", "site", "pages"} <= make_targets()
    assert not {"VENV", "BIN", "export", "PYTHON"} & make_targets()


def make_commands(workflow: dict, job: str) -> list[str]:
    return [
        s["run"] for s in workflow["jobs"][job]["steps"] if MAKE_RUN.fullmatch(s.get("run", ""))
    ]


def test_pull_requests_run_what_a_person_runs_with_a_read_only_token():
    workflow = load(PR)
    assert triggers(workflow) == {"pull_request"}
    assert workflow["permissions"] == {"contents": "read"}
    for job in workflow["jobs"].values():
        assert "permissions" not in job
    (job,) = workflow["jobs"]
    assert make_commands(workflow, job) == [
        "make check",
        "make browser-deps",
        "make test",
        "make site",
    ]


def test_pull_requests_attach_the_built_site_for_reviewers():
    workflow = load(PR)
    uploads = [
        s for s in steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact@")
    ]
    assert len(uploads) == 1
    upload = uploads[0]["with"]
    assert upload["path"].rstrip("/") == "site"
    assert upload["name"] == "site-preview"
    assert 1 <= upload["retention-days"] <= 7
    assert any(STEP_SUMMARY_RUN.fullmatch(s.get("run", "")) for s in steps(workflow))


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_only_the_deploy_job_may_write(path):
    workflow = load(path)
    top = workflow.get("permissions", {})
    assert isinstance(top, dict), "permissions must be listed, never read-all/write-all"
    assert "write" not in top.values()
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions", {})
        assert isinstance(permissions, dict), f"{name}: permissions must be listed"
        writes = {scope for scope, level in permissions.items() if level == "write"}
        if path == PUBLISH and name == "deploy":
            assert permissions == {"pages": "write", "id-token": "write"}
        else:
            assert writes == set(), f"{name} may not write {writes}"


def test_publish_checks_builds_and_deploys_from_main_in_order():
    workflow = load(PUBLISH)
    assert triggers(workflow) == {"push", "workflow_dispatch"}
    assert on(workflow)["push"] == {"branches": ["main"]}
    assert workflow["concurrency"]["group"]
    assert workflow["concurrency"]["cancel-in-progress"] is False
    jobs = workflow["jobs"]
    assert make_commands(workflow, "test") == [
        "make check",
        "make browser-deps",
        "make test",
        "make shards",
    ]
    # Issue 12: the site is built in slices on a matrix of runners, then merged.
    assert jobs["slice"]["needs"] == "test"
    assert jobs["slice"]["strategy"]["matrix"]["shard"] == (
        "${{ fromJSON(needs.test.outputs.shards) }}"
    )
    assert make_commands(workflow, "slice") == ["make slice"]
    assert jobs["build"]["needs"] == "slice"
    assert make_commands(workflow, "build") == ["make merge"]
    deploy = jobs["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    (step,) = deploy["steps"]
    assert step["uses"].startswith("actions/deploy-pages@")
    assert step["id"] == "deployment"


def test_publish_builds_for_the_pages_address():
    jobs = load(PUBLISH)["jobs"]
    for name, target in (("slice", "make slice"), ("build", "make merge")):
        steps_of = jobs[name]["steps"]
        configure = next(
            s for s in steps_of if s.get("uses", "").startswith("actions/configure-pages@")
        )
        run = next(s for s in steps_of if s.get("run") == target)
        # configure-pages gives base_url without a trailing slash; site_url is a directory.
        expected = "${{ steps.ID.outputs.base_url }}/".replace("ID", configure["id"])
        assert run["env"]["SITE_URL"] == expected, name
    # The matrix value reaches the command through the environment, never the script.
    slice_step = next(s for s in jobs["slice"]["steps"] if s.get("run") == "make slice")
    assert slice_step["env"]["SHARD"] == "${{ matrix.shard }}"
    upload = next(
        s
        for s in jobs["build"]["steps"]
        if s.get("uses", "").startswith("actions/upload-pages-artifact@")
    )
    assert upload["with"]["path"] == "site"


def test_the_slices_a_runner_builds_are_listed_from_the_setting(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from digest.cli import main
    from tests.conftest import copy_site_inputs

    root = copy_site_inputs(tmp_path)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config, replaced = re.subn(r"(?m)^    shards: \d+$", "    shards: 3", config)
    assert replaced == 1, "mkdocs.yml no longer sets extra.digest.shards"
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    output = tmp_path / "github-output"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    result = CliRunner().invoke(main, ["shards", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == '["1/3", "2/3", "3/3"]'
    assert output.read_text(encoding="utf-8") == 'shards=["1/3", "2/3", "3/3"]\n'

"""What a benchmark result depends on besides the code: the machine, the packages, the commit."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

PACKAGES = ("digest", "mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pagefind")


def _proc_field(path: str, name: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key.strip() == name:
                    return value.strip()
    except OSError:
        pass
    return None


def machine_info() -> dict:
    memory = _proc_field("/proc/meminfo", "MemTotal")  # "24542460 kB"
    return {
        # What `nproc` prints: the cores this process may use, not all the machine has.
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_count": os.cpu_count(),
        "cpu": _proc_field("/proc/cpuinfo", "model name") or platform.processor() or None,
        "memory": int(memory.split()[0]) * 1024 if memory else None,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }


def package_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def _git(project: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(project), *args], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def git_info(project: Path) -> dict | None:
    commit = _git(project, "rev-parse", "HEAD")
    if commit is None:
        return None
    status = _git(project, "status", "--porcelain", "--untracked-files=no")
    return {
        "commit": commit,
        "branch": _git(project, "rev-parse", "--abbrev-ref", "HEAD"),
        # Uncommitted changes to tracked files: the commit alone does not say what ran.
        "dirty": bool(status),
    }

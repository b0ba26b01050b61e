"""When each article file entered the repository, from git: which of two pages came first.

Asked only when two files claim one page address, so a build never waits on git otherwise.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

UNTRACKED = float("inf")  # a file git does not know yet is the newest of all


def first_added(root: Path, paths: list[str]) -> dict[str, float]:
    """Commit time of the commit that first added each path; UNTRACKED when none did (or
    git is not there). Paths are relative to `root`."""
    times = dict.fromkeys(paths, UNTRACKED)
    try:
        result = subprocess.run(
            [
                "git",
                "-C",
                str(root),
                "log",
                "--diff-filter=A",
                "--format=%x00%ct",
                "--name-only",
                "--no-renames",
                "-z",
                "--",
                *paths,
            ],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return times
    if result.returncode != 0:
        return times
    # -z output: "\0<time>\0\n<path>\0<path>\0…" for each commit, newest first.
    commit_time: float | None = None
    for field in result.stdout.decode("utf-8", "surrogateescape").split("\x00"):
        field = field.strip("\n")
        if field.isdigit():
            commit_time = float(field)
        elif commit_time is not None and field in times:
            times[field] = min(times[field], commit_time)
    return times

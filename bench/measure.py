"""Run one command and measure it: wall seconds and peak memory. The benchmark's only clock.

The command runs under `launch.py`, a small process that times it and waits for it (see
there why not straight from here). Peak memory comes from two places, because `digest
site` runs MkDocs and Pagefind side by side and a generator may fork workers:

- `os.wait4` on the command gives `ru_maxrss`: the largest resident set of the command or
  of any descendant it waited for. Exact, but the largest *single* process, never a sum.
- a thread here samples the command's process tree every 50 ms (Linux `/proc`) and keeps
  the largest sum of resident sets. It sees processes running together, may miss a short
  spike, and counts pages shared after a fork once per process.

`peak_memory` is the larger of the two: the best lower bound of what the machine needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.05
LAUNCH = Path(__file__).with_name("launch.py")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class CommandFailed(RuntimeError):
    """A measured command exited with an error; the message ends with its last output lines."""


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss: int  # bytes, ru_maxrss from wait4
    tree_rss: int | None  # bytes, largest sampled sum over the process tree; None off Linux
    cpu_seconds: float | None = None  # user + system time of the command and its descendants
    # Cores busy with other work while the command ran, on average (Linux /proc/stat): near 0
    # on a quiet machine; 1.0 means another process took a whole core, so seconds run high.
    other_cores: float | None = None

    @property
    def peak_memory(self) -> int:
        return max(self.peak_rss, self.tree_rss or 0)

    def as_dict(self) -> dict:
        return {
            "seconds": round(self.seconds, 3),
            "peak_memory": self.peak_memory,
            "peak_rss": self.peak_rss,
            "tree_rss": self.tree_rss,
            "cpu_seconds": self.cpu_seconds,
            "other_cores": self.other_cores,
        }


def _children(pid: int) -> Iterator[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                text = handle.read()
        except OSError:
            continue
        yield from (int(child) for child in text.split())


def tree_rss(pid: int, itself: bool = True) -> int | None:
    """Sum of resident sets of `pid` (unless not `itself`) and its descendants, in bytes.

    None without /proc.
    """
    if not os.path.exists(f"/proc/{pid}/task/{pid}/children"):
        return None
    total = 0
    seen: set[int] = set()
    stack = [pid] if itself else list(_children(pid))
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            continue  # the process ended between listing and reading
        stack.extend(_children(current))
    return total


def busy_cpu_seconds() -> float | None:
    """CPU seconds every core of the machine spent working since boot; None without /proc."""
    try:
        with open("/proc/stat") as handle:
            fields = [int(value) for value in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal …: idle and iowait are not work.
    busy = sum(fields[:8]) - fields[3] - fields[4]
    return busy / os.sysconf("SC_CLK_TCK")


class _TreeSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak: int | None = None
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            sample = tree_rss(self.pid, itself=False)  # the launcher is not the command
            if sample is not None:
                self.peak = max(self.peak or 0, sample)
            self._done.wait(SAMPLE_SECONDS)

    def stop(self) -> None:
        self._done.set()
        self.join()


def run_measured(
    argv: Sequence[str], cwd: Path, log: Path, env: dict[str, str] | None = None
) -> Measured:
    """Run `argv` in `cwd`, its output (stdout and stderr) into `log`; raise if it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    report = log.with_name(log.name + ".measure.json")
    report.unlink(missing_ok=True)
    launcher = [sys.executable, "-S", str(LAUNCH), str(report), *argv]
    busy_before = busy_cpu_seconds()
    with open(log, "wb") as output:
        proc = subprocess.Popen(launcher, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, env=env)
        sampler = _TreeSampler(proc.pid)
        sampler.start()
        # The sampler stops right after the launcher is reaped: only a pid reused within
        # that instant could be misread.
        proc.wait()
        sampler.stop()
    busy_after = busy_cpu_seconds()
    if proc.returncode != 0 or not report.exists():
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        raise CommandFailed(
            f"`{' '.join(argv)}` in {cwd} exited with {proc.returncode}; "
            f"last lines of {log}:\n" + "\n".join(tail)
        )
    measured = json.loads(report.read_text(encoding="utf-8"))
    seconds, cpu = measured["seconds"], measured["cpu_seconds"]
    others = None
    if busy_before is not None and busy_after is not None and seconds > 0:
        # The launcher's and the sampler's own time count as others: a few hundredths at most.
        others = round(max(0.0, busy_after - busy_before - cpu) / seconds, 2)
    return Measured(seconds, measured["maxrss_kib"] * 1024, sampler.peak, round(cpu, 3), others)


# ---------------------------------------------------------------- sizes on disk


def tree_bytes(folder: Path) -> int:
    """Bytes of every file under `folder` (0 when it does not exist)."""
    total = 0
    for base, _, files in os.walk(folder):
        total += sum(os.stat(os.path.join(base, name)).st_size for name in files)
    return total


def files_with_suffix(folder: Path, suffix: str) -> list[tuple[int, str]]:
    """(bytes, path relative to `folder`) of every file ending in `suffix`, in path order."""
    found = []
    for base, _, files in os.walk(folder):
        for name in files:
            if name.endswith(suffix):
                path = os.path.join(base, name)
                found.append((os.stat(path).st_size, Path(path).relative_to(folder).as_posix()))
    return sorted(found, key=lambda item: item[1])

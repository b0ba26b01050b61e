"""Run one command from a small process of its own; report its wall seconds and peak memory.

    python -S bench/launch.py REPORT.json COMMAND [ARG…]

Why a process in between: Python starts children with vfork, and on exec Linux folds the
parent's peak resident set into the child's `ru_maxrss` (fork copies the parent's pages,
which count too). Measured straight from the benchmark or from pytest, every child would
seem at least as large as its parent. From here, the floor is this small process.

Run by path with `-S` (standard library only), so its own start-up stays out of the way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    report, command = argv[0], argv[1:]
    started = time.perf_counter()
    proc = subprocess.Popen(command)
    # ru_maxrss covers the command and every descendant it waited for (Linux: KiB).
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    code = proc.returncode = os.waitstatus_to_exitcode(status)
    with open(report, "w", encoding="utf-8") as handle:
        json.dump(
            {
                "seconds": seconds,
                "cpu_seconds": usage.ru_utime + usage.ru_stime,
                "maxrss_kib": usage.ru_maxrss,
                "exit": code,
            },
            handle,
        )
    return code if code >= 0 else 128 - code  # killed by signal N: the shell's 128 + N


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

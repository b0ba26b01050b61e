"""`digest serve`: a thin layer over `mkdocs serve` that regenerates pages on change.

The generator stays a standalone step; this only re-runs it when articles/ or the
registry change. It writes only pages whose content changed, and `mkdocs serve`,
which watches docs/, reloads the browser.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import click
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from digest.build import build
from digest.config import Config
from digest.search import write_index

DEBOUNCE_SECONDS = 0.3
# Reading the articles raises "opened" and "closed" events on Linux: reacting to those
# would rebuild forever.
CHANGES = frozenset({"created", "modified", "deleted", "moved"})


class _Rebuild(FileSystemEventHandler):
    def __init__(self, config: Config) -> None:
        self.config = config
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._seen: dict[str, tuple[int, int]] = {}

    def _fingerprint(self) -> dict[str, tuple[int, int]]:
        files = [self.config.registry_path, *self.config.articles_dir.rglob("*")]
        stamps = {}
        for path in files:
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            stamps[str(path)] = (stat.st_mtime_ns, stat.st_size)
        return stamps

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in CHANGES:
            return
        source = str(event.src_path)
        registry = str(self.config.registry_path.resolve())
        if not (
            source.startswith(str(self.config.articles_dir.resolve()))
            or source == registry
            or str(getattr(event, "dest_path", "")) == registry
        ):
            return
        with self._lock:
            if self._timer:
                self._timer.cancel()
            # Editors save in bursts (temp file, rename): rebuild once they are done.
            self._timer = threading.Timer(DEBOUNCE_SECONDS, self.rebuild)
            self._timer.start()

    def rebuild(self) -> None:
        # Reading a file changes its access time, which inotify reports as a modification:
        # rebuild only when a file's content time or size really moved.
        fingerprint = self._fingerprint()
        if fingerprint == self._seen:
            return
        self._seen = fingerprint
        started = time.perf_counter()
        result = build(self.config, keep_corpus=True)
        if result.ok and result.corpus is not None:
            # The preview's search: MkDocs copies docs/pagefind/ like any other file.
            write_index(result.corpus, self.config.docs_dir / "pagefind", self.config.language)
        for finding in result.findings:
            if finding.severity != "info":
                click.echo(finding.format(), err=True)
        if result.ok and result.report:
            click.echo(
                f"digest: {len(result.report.written)} pages updated "
                f"in {time.perf_counter() - started:.2f} s",
                err=True,
            )
        else:
            click.echo("digest: errors above; the preview keeps the last good pages", err=True)


def serve(config: Config, dev_addr: str) -> int:
    handler = _Rebuild(config)
    handler.rebuild()
    observer = Observer()
    observer.schedule(handler, str(config.articles_dir.resolve()), recursive=True)
    observer.schedule(handler, str(config.registry_path.resolve().parent), recursive=False)
    observer.start()
    try:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # the README covers Material's future
        return subprocess.call(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", dev_addr],
            cwd=config.root,
            env=env,
        )
    except KeyboardInterrupt:
        return 0
    finally:
        observer.stop()
        observer.join()

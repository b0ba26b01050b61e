"""`digest serve`: the preview, in one process: the generator and MkDocs behind one watcher.

A saved article reaches the browser through three steps, each doing only what changed:
the generator rewrites the pages whose content changed (digest.plan); MkDocs renders only
those (its "dirty" build, which skips a page whose HTML is newer than its Markdown); the
browser reloads (MkDocs' live-reload server). What a dirty build cannot know is handled
here, so the preview never shows a stale page as current:

- a page the generator removed (an article deleted or renamed) has its HTML removed from
  the preview at once, and every page that linked to it was rewritten, so rendered again;
- a change to mkdocs.yml, to a hand-written page or to the template overrides can change
  every page: the next render is a full one;
- the navigation does not list articles (mkdocs.yml's nav is fixed), so a dirty build
  never leaves a stale menu.

The generator stays the standalone step it is in `make site`; this module only drives it.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import click
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from digest import paths
from digest.build import build
from digest.config import Config
from digest.model import Corpus
from digest.render import DropDirtyWarning
from digest.search import write_index

DEBOUNCE_SECONDS = 0.2
# Reading the articles raises "opened" and "closed" events on Linux: reacting to those
# would rebuild forever.
CHANGES = frozenset({"created", "modified", "deleted", "moved"})


def html_of(site_dir: Path, page: str, addresses: paths.Addresses) -> Path:
    """Where MkDocs writes a docs/ file in the site: "articoli/2025/x.md" →
    site/articoli/2025/x/index.html (or x.html); other files keep their path."""
    return site_dir / addresses.output(page)


class Preview:
    """The generator and MkDocs for one preview server: `rebuild` is its builder."""

    def __init__(self, config: Config, dev_addr: str, site_dir: Path) -> None:
        self.config = config
        self.dev_addr = dev_addr
        self.site_dir = site_dir
        host, _, port = dev_addr.rpartition(":")
        self.host, self.port = host or "127.0.0.1", int(port)
        self.mount_path = urlsplit(config.site_url).path or "/"
        self.serve_url = f"http://{self.host}:{self.port}{self.mount_path}"
        self.full = True  # the first render, and any after a change to the site's frame
        self.addresses = paths.Addresses(self.serve_url, config.directory_urls)
        self._seen: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()
        self._index_lock = threading.Lock()
        self._indexing: threading.Thread | None = None

    # ------------------------------------------------------------ what changed

    def _fingerprint(self) -> dict[str, tuple[int, int]]:
        """(modification time, size) of every input: a read changes neither."""
        files = [self.config.registry_path, *self.config.articles_dir.rglob("*")]
        stamps = {}
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            stamps[str(path)] = (stat.st_mtime_ns, stat.st_size)
        return stamps

    def frame_changed(self) -> None:
        """mkdocs.yml, a hand-written page or an override changed: render everything."""
        self.full = True

    # ------------------------------------------------------------ the builder

    def rebuild(self) -> None:
        with self._lock:
            started = time.perf_counter()
            fingerprint = self._fingerprint()
            generated = 0
            if fingerprint != self._seen or self.full:
                self._seen = fingerprint
                result = build(self.config, keep_corpus=True)
                for finding in result.findings:
                    if finding.severity != "info":
                        click.echo(finding.format(), err=True)
                if not result.ok or result.report is None:
                    click.echo(
                        "digest: errors above; the preview keeps the last good pages", err=True
                    )
                    return
                generated = len(result.report.written)
                for page in result.report.removed:
                    self._unpublish(page)
                for page in self._including(result.report.written):
                    self._unpublish(page)  # its HTML gone, the dirty build renders it again
                corpus = result.corpus if generated or result.report.removed else None
            elif not self.full:
                return  # an editor's read, or a save that changed nothing
            else:
                corpus = None
            rendered = time.perf_counter()
            full, self.full = self.full, False
            try:
                self._render(dirty=not full)
            except Exception as exc:  # a broken mkdocs.yml or template: say so, keep serving
                self.full = True
                click.echo(f"digest: MkDocs could not render the preview: {exc}", err=True)
                return
            if corpus is not None or full:
                # The preview's search, where the server reads it (a full render empties
                # the site folder first). Pagefind indexes the whole corpus (15 s at 10,000
                # articles): behind the reload, so the page shows at once and search follows.
                corpus = corpus or build(self.config, keep_corpus=True).corpus
                if corpus is not None:
                    self._index_later(corpus)
            click.echo(
                f"digest: {generated} pages updated in {rendered - started:.2f} s, "
                f"{'all' if full else 'changed'} pages rendered in "
                f"{time.perf_counter() - rendered:.2f} s",
                err=True,
            )

    def _render(self, dirty: bool) -> None:
        from mkdocs.commands.build import build as mkdocs_build
        from mkdocs.config import load_config

        settings = load_config(
            config_file=str(self.config.root / "mkdocs.yml"),
            site_dir=str(self.site_dir),
            dev_addr=self.dev_addr,
        )
        settings.site_url = self.serve_url
        build_log = logging.getLogger("mkdocs.commands.build")
        if not any(isinstance(f, DropDirtyWarning) for f in build_log.filters):
            build_log.addFilter(DropDirtyWarning())
        mkdocs_build(settings, serve_url=self.serve_url, dirty=dirty)

    def _index_later(self, corpus: Corpus) -> None:
        def index() -> None:
            started = time.perf_counter()
            with self._index_lock:  # one index at a time; a later one follows
                write_index(
                    corpus, self.site_dir / "pagefind", self.config.language, self.addresses
                )
            click.echo(
                f"digest: search index updated in {time.perf_counter() - started:.1f} s",
                err=True,
            )

        self._indexing = threading.Thread(target=index, daemon=True)
        self._indexing.start()

    def wait_for_search(self) -> None:
        if self._indexing is not None:
            self._indexing.join()

    def _including(self, written: tuple[str, ...]) -> list[str]:
        """Hand-written pages that include a generated part just rewritten (the home page
        includes _parts/home.md): MkDocs' dirty build sees only their own file's time."""
        parts = [p for p in written if p.startswith(paths.PARTS + "/")]
        if not parts:
            return []
        docs = self.config.docs_dir
        generated = {*paths.GENERATED_DIRS, "pagefind"}
        found = []
        for page in sorted(docs.rglob("*.md")):
            rel = page.relative_to(docs).as_posix()
            if rel.split("/", 1)[0] in generated:
                continue
            text = page.read_text(encoding="utf-8", errors="replace")
            if any(part in text for part in parts):
                found.append(rel)
        return found

    def _unpublish(self, page: str) -> None:
        """A page the generator removed leaves the preview now, not at the next full render."""
        target = html_of(self.site_dir, page, self.addresses)
        target.unlink(missing_ok=True)
        folder = target.parent
        while folder != self.site_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


class _Watch(FileSystemEventHandler):
    """Filesystem events in, one debounced rebuild request out."""

    def __init__(self, preview: Preview, request: Callable[[], None]) -> None:
        self.preview = preview
        self.request = request
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        config = preview.config
        self._inputs = (str(config.articles_dir.resolve()), str(config.registry_path.resolve()))
        # The site's frame: the settings, the overrides, the hand-written pages. Generated
        # folders under docs/ are written by the build itself and never watched.
        self._frame_file = str((config.root / "mkdocs.yml").resolve())
        self._frame_dirs = (str((config.root / "overrides").resolve()),)
        self._docs = str(config.docs_dir.resolve())
        self._generated = tuple(
            str((config.docs_dir / d).resolve()) for d in (*paths.GENERATED_DIRS, "pagefind")
        )

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in CHANGES:
            return
        touched = [str(event.src_path), str(getattr(event, "dest_path", "") or "")]
        touched = [p for p in touched if p]
        if any(self._is_frame(p) for p in touched):
            self.preview.frame_changed()
        elif not any(p.startswith(self._inputs) for p in touched):
            return
        with self._lock:
            if self._timer:
                self._timer.cancel()
            # Editors save in bursts (temp file, rename): rebuild once they are done.
            self._timer = threading.Timer(DEBOUNCE_SECONDS, self.request)
            self._timer.start()

    def _is_frame(self, path: str) -> bool:
        if path == self._frame_file or path.startswith(self._frame_dirs):
            return True
        return (
            path.startswith(self._docs + os.sep)
            and not path.startswith(self._generated)
            and ".digest-staging" not in path
        )


def serve(config: Config, dev_addr: str) -> int:
    from mkdocs.livereload import LiveReloadServer

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # the README covers Material's future
    # MkDocs' own messages ("Serving on …", warnings about pages), as `mkdocs serve` shows them.
    log = logging.getLogger("mkdocs")
    if not log.handlers:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        log.addHandler(stream)
        log.setLevel(logging.INFO)
    # mkdocs.yml's paths (snippets' base_path) are relative to the project, as for MkDocs.
    os.chdir(config.root)
    site_dir = Path(tempfile.mkdtemp(prefix="digest-preview-"))
    preview = Preview(config, dev_addr, site_dir)
    server = LiveReloadServer(
        builder=preview.rebuild,
        host=preview.host,
        port=preview.port,
        root=str(site_dir),
        mount_path=preview.mount_path,
    )

    def request() -> None:
        # The server's own build loop runs the builder, then reloads every open page.
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    preview.rebuild()
    observer = Observer()
    handler = _Watch(preview, request)
    for path, recursive in (
        (config.articles_dir, True),
        (config.registry_path.parent, False),
        (config.root, False),  # mkdocs.yml
        (config.docs_dir, True),
        (config.root / "overrides", True),
    ):
        if path.is_dir():
            observer.schedule(handler, str(path.resolve()), recursive=recursive)
    observer.start()
    try:
        server.serve()
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        server.shutdown()
        observer.stop()
        observer.join()
        shutil.rmtree(site_dir, ignore_errors=True)

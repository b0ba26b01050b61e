"""Fixtures for the tests in a real browser: the site built once and served on 127.0.0.1,
and the machine's Chromium driven by Playwright.

The system Chromium is used (Debian's `chromium`, or the path in $CHROMIUM), never a browser
downloaded by `playwright install`, which cannot work on a closed network. `make
browser-deps` installs what these tests need. Without it they are skipped with the reason;
with DIGEST_REQUIRE_BROWSER=1 (CI sets it) a missing piece fails them instead, so CI can
never pass by skipping them.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import FIXTURES, ROOT, build_site, copy_site_inputs

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

# Test modules take `expect` from here, so that without Playwright they still import, and
# their tests skip (or fail, when required) with the reason instead of a collection error.
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # reported by missing_browser()
    expect = sync_playwright = None

HERE = Path(__file__).resolve().parent
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
# Screenshots and axe reports, git-ignored, kept after the run for a person to look at.
OUTPUT = HERE / "output"

# Headless, as root, and without the background services (updates, sync, QUIC probes)
# whose connections a closed network refuses, many at a time.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

BELOUSOV = "articoli/2025/2025-05-haftar-a-mosca-con-belousov/"
MUNIR = "articoli/2025/2025-12-20-munir-incontra-haftar-a-bengasi/"
# One page of each kind, by the path a reader's browser asks for.
PAGES = {
    "home": "",
    "article": BELOUSOV,
    "actor": "attori/khalifa-haftar/",
    "actor index": "attori/",
    "month": "mesi/2025-05/",
    "month index": "mesi/",
    "info": "info/",
    "search": "cerca/",
    "search results": "cerca/?q=Haftar",
}
# Articles whose text and title are HTML that must stay text, in the second site
# (english_site_url), so the seed site and its screenshots stay as readers know them.
HOSTILE_TEXT = "articoli/2025/2025-11-03-testo-ostile/"
HOSTILE_TITLE = "articoli/2025/2025-12-21-titolo-ostile/"

_skipped_because: set[str] = set()
screenshots: list[Path] = []
# (axe rule, selector, origin) → pages where test_accessibility tolerated it.
axe_tolerated: dict[tuple[str, str, str], list[str]] = {}


def missing_browser() -> str | None:
    if sync_playwright is None:
        return "the Python package `playwright` is missing: `make test` installs it in .venv"
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return f"no Chromium at {CHROMIUM}: `make browser-deps` installs Debian's, or set CHROMIUM"
    return None


def missing_axe() -> str | None:
    if not AXE.is_file():
        return f"no axe-core at {AXE.relative_to(ROOT)}: `make browser-deps` installs it"
    return None


def require(problem: str | None) -> None:
    """Skip the test when a piece of the browser setup is missing, or fail it when
    DIGEST_REQUIRE_BROWSER=1 says the setup must be there."""
    if problem is None:
        return
    message = f"browser test not run: {problem}"
    if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{message} (DIGEST_REQUIRE_BROWSER=1)", pytrace=False)
    _skipped_because.add(problem)
    pytest.skip(message)


def pytest_terminal_summary(terminalreporter) -> None:
    # A skip line in the short summary is easy to miss; a missing browser is not a detail.
    if _skipped_because:
        terminalreporter.write_sep("!", "BROWSER TESTS SKIPPED", red=True, bold=True)
    for problem in sorted(_skipped_because):
        terminalreporter.write_line(problem, red=True)
    if axe_tolerated:
        terminalreporter.write_sep(
            "-", "axe violations tolerated (tests/browser/test_accessibility.py)"
        )
        for (rule, selector, origin), kinds in axe_tolerated.items():
            terminalreporter.write_line(f"{rule} {selector} on {', '.join(kinds)}: {origin}")
    if screenshots:
        terminalreporter.write_sep("-", "browser screenshots")
        for path in screenshots:
            terminalreporter.write_line(str(path))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # a line per request would bury pytest's output


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` served over HTTP on a free port of 127.0.0.1 (the search worker fetches its
    index, which a file:// page cannot); yields the site's address."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def site_url(tmp_path_factory) -> Iterator[str]:
    """The seed site, built once for the session and served."""
    out = build_site(copy_site_inputs(tmp_path_factory.mktemp("browser-site")))
    with served(out) as url:
        yield url


@pytest.fixture(scope="session")
def english_site_url(tmp_path_factory) -> Iterator[str]:
    """A second site: the seeds with `theme.language: en`, plus an article whose text is
    HTML and one whose title is (tests/fixtures/articles/hostile-*), built once and served."""
    root = copy_site_inputs(tmp_path_factory.mktemp("browser-site-en"))
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("language: it", "language: en"))
    articles = FIXTURES / "articles"
    shutil.copy(articles / "hostile-text.txt", root / "articles/2025-11-03-testo-ostile.txt")
    shutil.copy(articles / "hostile-title.md", root / "articles/2025-12-21-titolo-ostile.md")
    with served(build_site(root)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    require(missing_browser())
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class Reader:
    """A browser tab on the served site, and what went wrong in it so far."""

    page: Page
    site_url: str
    # Console messages of type error, and uncaught exceptions.
    errors: list[str] = field(default_factory=list)
    # Requests for any other host, answered empty: tests never depend on the internet.
    elsewhere: list[str] = field(default_factory=list)

    def open(self, path: str = "") -> Page:
        self.page.goto(self.site_url + path)
        return self.page

    def heading(self):
        return self.page.locator(".md-content h1")


_EMPTY_BODY_TYPE = {"stylesheet": "text/css", "script": "text/javascript"}


@pytest.fixture
def open_reader(browser: Browser, site_url: str) -> Iterator[Callable[..., Reader]]:
    """Open a new reader's tab (its own browser context) at the given viewport size and
    colour scheme, on the seed site or another one."""
    contexts = []

    def open_reader(
        viewport: dict[str, int] = DESKTOP, color_scheme: str = "light", site: str = site_url
    ) -> Reader:
        context = browser.new_context(viewport=viewport, locale="it-IT", color_scheme=color_scheme)
        contexts.append(context)
        reader = Reader(context.new_page(), site)

        def answer_empty(route: Route) -> None:
            reader.elsewhere.append(route.request.url)
            kind = _EMPTY_BODY_TYPE.get(route.request.resource_type, "text/plain")
            route.fulfill(status=200, content_type=kind, body="")

        def on_console(message) -> None:
            if message.type == "error":
                reader.errors.append(f"console: {message.text} ({message.location['url']})")

        context.route(lambda url: not url.startswith(site), answer_empty)
        reader.page.on("console", on_console)
        reader.page.on("pageerror", lambda error: reader.errors.append(f"page error: {error}"))
        return reader

    yield open_reader
    for context in contexts:
        context.close()


@pytest.fixture
def reader(open_reader: Callable[..., Reader]) -> Reader:
    """A reader on a desktop-sized window."""
    return open_reader()


@pytest.fixture(scope="session")
def output() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT

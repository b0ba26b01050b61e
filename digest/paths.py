"""The one place that decides slugs, page paths and links between pages.

Pages are addressed by their path under `docs/` ("articoli/2025/x.md"); links are
relative Markdown links, which every MkDocs-compatible engine resolves and checks.
URL segments are Italian and do not follow the site language: a permalink must not
change when a site switches its labels to English.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from digest.model import Article

ARTICLES = "articoli"
ACTORS = "attori"
MONTHS = "mesi"
PARTS = "_parts"  # fragments included by hand-written pages (the home and search pages)
FEEDS = "feeds"  # RSS, Atom and JSON Feed files, copied as they are by MkDocs
API = "api"  # open data: JSON files and their schema
GENERATED_DIRS = (ARTICLES, ACTORS, MONTHS, PARTS, FEEDS, API)

HOME = "index.md"
ACTOR_INDEX = f"{ACTORS}/index.md"
MONTH_INDEX = f"{MONTHS}/index.md"
HOME_PART = f"{PARTS}/home.md"
# Hand-written and language-neutral: it includes SEARCH_PART. An index.md in its own folder,
# so that the page's source sits where its output does (cerca/index.md → cerca/index.html):
# its raw HTML links (paths.href) then mean the same whether an engine leaves them as they
# are (MkDocs, ProperDocs) or rewrites them relative to the source file (Zensical), with
# or without directory URLs and under any sub-path.
SEARCH = "cerca/index.md"
SEARCH_PART = f"{PARTS}/search.md"
# Where `digest site` puts Pagefind's bundle (index, fragments, its JavaScript API).
SEARCH_BUNDLE = "pagefind/"
STAGING = ".digest-staging"  # pages rendered, waiting to be moved into place (digest.produce)
# Everything under docs/ that a build writes: never committed, removed by `make clean`.
DOCS_OUTPUTS = (*GENERATED_DIRS, SEARCH_BUNDLE.rstrip("/"), STAGING)
# digest's own build cache, relative to the repository root and git-ignored. Not under
# .cache/, which belongs to the engines: `zensical build --clean` deletes all of it.
CACHE = ".digest-cache"

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MAX_SLUG = 80
# Names Windows refuses as files, whatever the extension: a slug must work on every checkout.
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    "index",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


def slugify(text: str, max_length: int = _MAX_SLUG) -> str:
    """ "Khalifa Haftar à Bengasi" → "khalifa-haftar-a-bengasi"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def slug_problem(slug: str) -> str | None:
    """Why `slug` cannot name a page, or None. Guards every slug and id before use."""
    if not slug:
        return "it is empty"
    if "\x00" in slug:
        return "it contains a NUL byte"
    if "/" in slug or "\\" in slug or slug.startswith("."):
        return "it contains a path separator or starts with a dot, so it could leave its folder"
    if not SLUG_RE.match(slug):
        return "only lowercase letters a-z, digits and single hyphens are allowed"
    if slug in _RESERVED:
        return "it is a reserved file name"
    if len(slug) > _MAX_SLUG + 10:
        return f"it is longer than {_MAX_SLUG + 10} characters"
    return None


def article_page(article: Article) -> str:
    return f"{ARTICLES}/{article.date.year:04d}/{article.id}.md"


def actor_page(actor_id: str) -> str:
    return f"{ACTORS}/{actor_id}.md"


def actor_part_page(actor_id: str, part: str) -> str:
    """A part of a large actor's listing: "attori/khalifa-haftar/2025.md"."""
    return f"{ACTORS}/{actor_id}/{part}.md"


def month_page(month_key: str, part: int = 1) -> str:
    if part == 1:
        return f"{MONTHS}/{month_key}.md"
    return f"{MONTHS}/{month_key}-{part}.md"


def feed_dir(actor_id: str | None = None) -> str:
    """ "feeds" for the site, "feeds/attori/<id>" for an actor: rss.xml, atom.xml, feed.json inside."""
    return FEEDS if actor_id is None else f"{FEEDS}/{ACTORS}/{actor_id}"


def api_articles(year: int) -> str:
    return f"{API}/articles/{year:04d}.json"


API_ACTORS = f"{API}/actors.json"
API_MONTHS = f"{API}/months.json"
API_INDEX = f"{API}/index.json"
API_SCHEMA = f"{API}/schema.json"


FEED_FILES = {"rss": "rss.xml", "atom": "atom.xml", "json": "feed.json"}


@dataclass(frozen=True)
class Addresses:
    """Where the site serves each file of docs/: the one place that knows MkDocs'
    `use_directory_urls` (read from mkdocs.yml) and the site's public address."""

    site_url: str = "http://127.0.0.1:8000/"
    directory_urls: bool = True

    def url(self, page: str) -> str:
        """Site-relative URL of a page or file: "articoli/2025/x.md" → "articoli/2025/x/"
        (directory URLs) or "articoli/2025/x.html"; "index.md" → "" or "index.html"."""
        if not page.endswith(".md"):
            return page
        stem = page[: -len(".md")]
        if not self.directory_urls:
            return f"{stem}.html"
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem[: -len("index")]
        return f"{stem}/"

    def absolute(self, page: str) -> str:
        return self.site_url.rstrip("/") + "/" + self.url(page)

    def href(self, from_page: str, to: str) -> str:
        """Relative URL from a page to a page or folder of the built site, for raw HTML,
        whose links MkDocs does not rewrite: ("cerca/index.md", "mesi/index.md") → "../mesi/"."""
        return link(self.url(from_page) if self.directory_urls else from_page, self.url(to))

    def output(self, page: str) -> str:
        """The file MkDocs writes for a page of docs/, relative to the site folder."""
        url = self.url(page)
        return f"{url}index.html" if page.endswith(".md") and self.directory_urls else url


def link(from_page: str, to_page: str) -> str:
    """Relative link from one page to another, both given as paths under docs/.

    Both are normalised relative paths, so this is posixpath.relpath without its calls to
    the file system's current directory (a third of page rendering time at 10,000 pages).
    """
    here = from_page.split("/")[:-1]
    there = to_page.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "../" * (len(here) - common) + "/".join(there[common:])

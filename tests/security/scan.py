"""Active content in a built site: what a hostile input must never produce.

Every output a reader's browser or feed reader interprets is scanned by what that format
says it is:
- HTML pages: elements that run, embed or redirect; event handler attributes; script,
  data and other non-web URLs; inline styles. The theme's own scripts, forms and inputs
  (Material's) are recognised by what they are, not allowed wholesale;
- RSS: description, title, category and creator as HTML (readers render them so);
- Atom: title and summary by their declared type; JSON Feed: content_html as HTML;
- every URL in feeds, open data and the sitemap: http(s) only;
- the search index: the text Pagefind's UI inserts as HTML (excerpts).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import lxml.etree
import lxml.html

from digest.sanitize import parse_fragment, url_scheme

RUNS = frozenset(
    "script iframe frame frameset object embed applet base template math portal style "
    "bgsound layer ilayer xml import".split()
)
URL_ATTRIBUTES = frozenset(
    "href src action formaction background poster data codebase dynsrc lowsrc srcset ping "
    "longdesc usemap manifest profile classid archive xlink:href cite".split()
)
WEB = {None, "http", "https", "mailto"}
# Keys of JSON Feed and of the open data whose values are addresses.
URL_KEYS = frozenset(
    "url external_url home_page_url feed_url site_url source_url rss atom json schema actors "
    "months icon favicon".split()
)
# Material's own scripts: its bundle, our search page's loader, its inline set-up scripts
# and its JSON configuration.
THEME_SCRIPT_SRC = re.compile(
    r"(^|/)(assets/javascripts/bundle\.[0-9a-f]+\.min\.js|javascripts/search\.js)$"
)
THEME_INLINE = (
    "__md_scope=new URL(",
    "var palette=__md_get(",
    "var target=document.getElementById(",
)
THEME_STYLE = re.compile(r"^text-align: (left|right|center);$")


def _theme_script(element: lxml.html.HtmlElement) -> bool:
    if element.get("src"):
        return bool(THEME_SCRIPT_SRC.search(element.get("src")))
    text = (element.text or "").strip()
    if element.get("type") == "application/json":
        return "<" not in text and json.loads(text) is not None
    return text.startswith(THEME_INLINE)


def _site_form(element: lxml.html.HtmlElement) -> bool:
    """Material's palette form (no action), or the search page's own form (digest's id, an
    action on the page itself)."""
    action = element.get("action")
    return action is None or (element.get("id") == "digest-search" and action == "./")


def _site_input(element: lxml.html.HtmlElement) -> bool:
    if element.get("type") in ("checkbox", "radio"):
        return True
    return element.get("type") == "search" and element.get("id") == "digest-search-input"


def element_problems(root: lxml.html.HtmlElement, page: bool) -> list[str]:
    """What in `root` could run script. `page`: a whole theme page (its own scripts pass)."""
    problems: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "script" and page and _theme_script(element):
            pass
        elif tag in RUNS:
            problems.append(f"<{tag}> {lxml.html.tostring(element)[:120]!r}")
        elif tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            problems.append("<meta http-equiv=refresh>")
        elif tag == "form" and not (page and _site_form(element)):
            problems.append("<form>")
        elif tag == "input" and not (page and _site_input(element)):
            problems.append(f"<input type={element.get('type')}>")
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=…>")
            elif name == "srcdoc":
                problems.append(f"<{tag} srcdoc>")
            elif name == "style" and not (page and THEME_STYLE.match(value)):
                problems.append(f"<{tag} style={value[:60]!r}>")
            elif name in URL_ATTRIBUTES and url_scheme(value) not in WEB:
                problems.append(f"<{tag} {name}={value[:60]!r}>")
    return problems


def html_fragment_problems(fragment: str) -> list[str]:
    root = parse_fragment(fragment)
    return [] if root is None else element_problems(root, page=False)


def _url_problems(values: list[str]) -> list[str]:
    return [f"URL {v[:60]!r}" for v in values if url_scheme(v) not in WEB - {"mailto", None}]


def scan_page(path: Path) -> list[str]:
    root = lxml.html.parse(str(path)).getroot()
    return [] if root is None else element_problems(root, page=True)


def scan_xml_feed(path: Path) -> list[str]:
    tree = lxml.etree.parse(str(path))
    problems: list[str] = []
    atom = "{http://www.w3.org/2005/Atom}"
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag
        text = element.text or ""
        if tag in ("description", "title", "category", "{http://purl.org/dc/elements/1.1/}creator"):
            problems += html_fragment_problems(text)  # RSS: readers render these as HTML
        elif tag in (f"{atom}title", f"{atom}summary", f"{atom}content") and element.get(
            "type"
        ) in ("html", "xhtml"):
            problems += html_fragment_problems(text)  # Atom: by the declared type
        if lxml.etree.QName(tag).localname in ("link", "guid", "id", "loc") and text.strip():
            problems += _url_problems([text.strip()])
        if element.get("href") is not None:
            problems += _url_problems([element.get("href") or ""])
    return problems


def _json_strings(value: object, key: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, list):
        return [pair for item in value for pair in _json_strings(item, key)]
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _json_strings(v, str(k))]
    return []


def scan_json(path: Path) -> list[str]:
    """JSON Feed and open data: HTML fields as HTML, every URL field http(s)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    for key, value in _json_strings(data):
        if key == "content_html":
            problems += html_fragment_problems(value)
        elif key in URL_KEYS and ("/" in value or ":" in value):
            problems += _url_problems([value])
    return problems


def scan_search_index(folder: Path) -> list[str]:
    """Pagefind fragments: the text its UI inserts as HTML (excerpts come from `content`)."""
    problems: list[str] = []
    for fragment in sorted(folder.glob("fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        data = data.removeprefix(b"pagefind_dcd")
        record = json.loads(data)
        problems += [f"{fragment.name}: {p}" for p in html_fragment_problems(record["content"])]
        if record["content"].count("<") or record["content"].count(">"):
            problems.append(f"{fragment.name}: raw markup in the indexed text")
    return problems


def scan_site(site: Path) -> dict[str, list[str]]:
    """Problems by file, for every output of a built site."""
    found: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(site).as_posix()
        if rel.startswith("pagefind/"):
            continue
        if path.suffix == ".html":
            problems = scan_page(path)
        elif path.suffix == ".xml":
            problems = scan_xml_feed(path)
        elif path.suffix == ".json":
            problems = scan_json(path)
        else:
            continue
        if problems:
            found[rel] = problems
    if (site / "pagefind").is_dir() and (problems := scan_search_index(site / "pagefind")):
        found["pagefind/"] = problems
    return found

"""Bring the development texts back on a new machine (they are copyrighted, never committed).

The texts are stored pages of the search tool's `pages` corpus; only an agent with that tool
can look them up, so this script does the two ends around the look-ups:

    python -m devset.refetch queries --texts DIR --split unseen --split holdout52 > list.tsv
    (agents search each line's query and save each page found as RAW/<name>/<id>.json:
     {"url": …, "excerpt": …}, the excerpt copied escapes and all)
    python -m devset.refetch collect RAW --texts DIR

`queries` lists, for every annotation of the splits whose text DIR lacks: its id, its url,
and a query made of the date line's month and the words of the url's slug (a page's first
words, the other choice, found about one page in three on the first try in December 2026;
the slug more often). `collect` writes each saved page whose url is an annotation's to
DIR/<id>.txt, keeps the longer copy where two agents saved one page twice, and says what it
could not place. Run `python -m devset.validate --texts DIR` on the annotations afterwards:
a page stored in two versions may have come back in the one the annotation was not made on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from devset.score import SPLITS, load_notes

_SLUG_NOISE = re.compile(r"\.(?:html?|php|aspx?|shtml)$|[?#].*$")


def slug_words(url: str) -> str:
    """The words of a url's last path segment ("…/fi-vota-a-unanimita-congresso_6480.html"
    gives "fi vota a unanimita congresso"), without numbers and ids; the segment before it
    when the last one says nothing ("…/2023/08/03/", "?p=99749")."""
    path = url.split("://", 1)[-1].split("/", 1)[-1]
    for segment in reversed([s for s in path.split("/") if s]):
        segment = _SLUG_NOISE.sub("", segment)
        words = [w for w in re.split(r"[-_+.,]+", segment) if w.isalpha() and len(w) > 1]
        if len(words) >= 3:
            return " ".join(words)
    return ""


def query(note: dict[str, Any]) -> str:
    """The date line's month and the slug's words, else the headline's or the lead's."""
    month = str(note["date"])[:7]
    words = slug_words(str(note["url"])) or str(
        note.get("headline") or note.get("body_starts") or note.get("title") or ""
    )
    return " ".join(["date", month, *words.split()[:14]])


def queries(notes: Iterable[dict[str, Any]], texts: Path) -> list[tuple[str, str, str]]:
    return [
        (note["id"], str(note["url"]), query(note))
        for note in notes
        if not (texts / f"{note['id']}.txt").exists()
    ]


def _url_key(url: str) -> str:
    """A url as two copies of one page agree on it: scheme, "www." and a final slash aside."""
    url = url.strip().split("://", 1)[-1]
    return url.removeprefix("www.").rstrip("/")


def collect(raw: Path, texts: Path, notes: Iterable[dict[str, Any]]) -> tuple[int, list[str]]:
    """Write each saved page to texts/<id>.txt; (pages written, what could not be placed)."""
    ids = {_url_key(str(note["url"])): note["id"] for note in notes}
    written, problems = 0, []
    texts.mkdir(parents=True, exist_ok=True)
    for path in sorted(raw.glob("*/*.json")):
        try:
            page = json.loads(path.read_text(encoding="utf-8"))
            url, excerpt = str(page["url"]), str(page["excerpt"])
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{path}: not a saved page ({error})")
            continue
        page_id = ids.get(_url_key(url))
        if page_id is None:
            problems.append(f"{path}: {url} is no annotation's url")
            continue
        if not excerpt.lstrip().startswith("date "):
            # the annotations were made on copies that open with their date line
            problems.append(f"{path}: {page_id} stored without its date line")
            continue
        target = texts / f"{page_id}.txt"
        if target.exists() and len(target.read_text(encoding="utf-8")) >= len(excerpt):
            continue
        target.write_text(excerpt, encoding="utf-8")
        written += 1
    return written, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("queries", help="the pages to look up, as id, url, query")
    listing.add_argument("--texts", type=Path, required=True)
    listing.add_argument("--split", action="append", choices=list(SPLITS), required=True)
    gather = commands.add_parser("collect", help="saved pages into the texts folder")
    gather.add_argument("raw", type=Path, help="folder of <agent>/<id>.json pages")
    gather.add_argument("--texts", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "queries":
        notes = [note for split in args.split for note in load_notes(split)]
        for row in queries(notes, args.texts):
            print("\t".join(row))
        return 0
    written, problems = collect(args.raw, args.texts, load_notes("all"))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{written} texts written, {len(problems)} pages not placed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

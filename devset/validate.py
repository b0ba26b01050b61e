"""Check new annotations against their texts before they join the set (never runs digest):

    python -m devset.validate --texts ../devset-texts new/*.yml

Each file: the fields `ANNOTATING.md` asks for, every quoted piece found verbatim in the
text, the date's month the date line's, the page not already in `annotations/`. Says per
file what is wrong, or "ok"; exits 1 if any file is wrong."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from devset.actors import forms_of
from devset.score import ANNOTATIONS, resolve

FIELDS = (
    "id url outlet outlet_kind topic split truncated date headline subtitle title dateline "
    "body_starts body_ends removed meta actors places"
).split()
REMOVED_AS = frozenset(
    "headline subtitle dateline timestamp photo read_more desk copyright source agency_tag "
    "lead_dash byline continuation share other".split()
)
KINDS = frozenset({"person", "organisation", "country"})
OUTLET_KINDS = frozenset(
    "agency newspaper news_site site broadcaster aggregator magazine blog institution".split()
)
META = frozenset({"agencies", "author", "source", "photo", "desk"})
LONG = 150  # characters: a longer removed piece is stored by its ends, length and SHA-1


def known_urls() -> dict[str, str]:
    """The pages in the set, by address: the id that has each; and each id's address, under
    "id:" keys (an annotator writing outside the set can pick an id another page has)."""
    known = {}
    for path in ANNOTATIONS.glob("*.yml"):
        note = yaml.safe_load(path.read_text(encoding="utf-8"))
        known[note["url"]] = note["id"]
        known["id:" + note["id"]] = note["url"]
        # … and the file that has it: a page annotated again outside the set under the
        # same id (its natural name) is no less a page the set already has
        known["file:" + note["url"]] = str(path.resolve())
    return known


def _quoted(value: Any, text: str) -> str | None:
    """A piece as the annotation quotes it (a long one by its ends and SHA-1), if the text
    holds it."""
    if not isinstance(value, (str, dict)):
        return None
    try:
        piece = resolve(value, text)
    except (KeyError, TypeError):
        return None
    return piece if piece is not None and piece in text else None


def problems(path: Path, texts: Path, known: dict[str, str]) -> list[str]:
    try:
        note = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        return [f"YAML does not parse: {error}"]
    if not isinstance(note, dict):
        return ["not a mapping"]
    missing = [key for key in FIELDS if key not in note]
    if missing:
        return [f"missing {', '.join(missing)}"]
    found: list[str] = []
    if note["id"] != path.stem:
        found.append("id differs from the file name")
    text_path = texts / f"{note['id']}.txt"
    if not text_path.exists():
        return [*found, f"no text {text_path}"]
    text = text_path.read_text(encoding="utf-8")
    found += _page(note, text, known) + _pieces(note, text) + _actors(note, text)
    here = str(path.resolve())
    if known.get(note["url"]) == note["id"] and known["file:" + note["url"]] != here:
        found.append(f"the page is already in the set, as {known[note['url']]}")
    return found


def _page(note: dict[str, Any], text: str, known: dict[str, str]) -> list[str]:
    found = []
    if not re.match(r"^\s*date\s+\d{4}-\d{2}", text):
        found.append("the text does not open with a date line")
    if known.get(note["url"], note["id"]) != note["id"]:
        found.append(f"the page is already in the set, as {known[note['url']]}")
    if known.get("id:" + note["id"], note["url"]) != note["url"]:
        found.append(f"the id is another page's ({known['id:' + note['id']]}): choose another")
    if note["outlet_kind"] not in OUTLET_KINDS:
        found.append(f"outlet_kind is none of {sorted(OUTLET_KINDS)}")
    date = str(note["date"])
    if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date):
        found.append("date is neither YYYY-MM nor YYYY-MM-DD")
    elif not text.lstrip().startswith(f"date {date[:7]}"):
        found.append("the date's month is not the date line's")
    if not isinstance(note["truncated"], bool):
        found.append("truncated is neither true nor false")
    title = note["title"]
    if not isinstance(title, str) or not title or len(title) > 95:
        found.append("the title is empty or longer than 95 characters")
    headline = _quoted(note["headline"], text)
    if headline is not None and isinstance(title, str) and not headline.startswith(title):
        found.append("with a headline, the title is the headline or its first sentence")
    return found


def _pieces(note: dict[str, Any], text: str) -> list[str]:
    found = []
    for key in ("headline", "subtitle", "body_starts", "body_ends"):
        value = note[key]
        if (value is not None or key.startswith("body")) and _quoted(value, text) is None:
            found.append(f"{key} is not in the text as written")
    starts, ends = _quoted(note["body_starts"], text), _quoted(note["body_ends"], text)
    if starts and ends and text.find(starts) > text.rfind(ends):
        found.append("body_ends stands before body_starts")
    dateline = note["dateline"]
    if dateline is not None and not isinstance(dateline, dict):
        found.append("the dateline is not a mapping")
    elif dateline is not None:
        for key in ("text", "place", "country", "agencies", "day", "time"):
            if key not in dateline:
                found.append(f"the dateline lacks {key}")
        if dateline.get("text") and _quoted(dateline["text"], text) is None:
            found.append("the dateline's text is not in the text as written")
    for number, item in enumerate(note["removed"] or []):
        if not isinstance(item, dict) or set(item) != {"text", "as"}:
            found.append(f"removed[{number}] has other keys than text and as")
            continue
        if item["as"] not in REMOVED_AS:
            found.append(f"removed[{number}] is as {item['as']!r}, none of {sorted(REMOVED_AS)}")
        if _quoted(item["text"], text) is None:
            found.append(f"removed[{number}] is not in the text as written")
        elif isinstance(item["text"], str) and len(item["text"]) > LONG:
            found.append(f"removed[{number}] is longer than {LONG}: store its ends and SHA-1")
    meta = note["meta"]
    if not isinstance(meta, dict) or set(meta) - META:
        found.append(f"meta has other keys than {sorted(META)}")
    elif "agencies" in meta and not isinstance(meta["agencies"], list):
        found.append("meta.agencies is not a list")
    return found


def _actors(note: dict[str, Any], text: str) -> list[str]:
    found = []
    for number, actor in enumerate(note["actors"] or []):
        if not isinstance(actor, dict) or not {"name", "kind", "forms"} <= set(actor):
            found.append(f"actors[{number}] lacks a name, a kind or forms")
            continue
        if actor["kind"] not in KINDS:
            found.append(f"actors[{number}] is of kind {actor['kind']!r}, none of {sorted(KINDS)}")
        if not actor["forms"]:
            found.append(f"actors[{number}] ({actor['name']}) has no forms")
        # "Farnesina (acting)": a seat of power that acts, the note says
        for form in forms_of(actor):
            if form not in text:
                found.append(f"actors[{number}] ({actor['name']}): {form!r} is not in the text")
    for place in note["places"] or []:
        if not isinstance(place, str) or place not in text:
            found.append(f"place {place!r} is not in the text")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True, help="folder of <id>.txt texts")
    parser.add_argument("files", type=Path, nargs="+", help="annotations to check")
    args = parser.parse_args(argv)
    wrong = 0
    known = known_urls()
    for path in args.files:
        found = problems(path, args.texts, known)
        wrong += bool(found)
        print(f"{path.name}: " + ("ok" if not found else "\n  " + "\n  ".join(found)))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())

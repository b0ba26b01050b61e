"""Score how digest reads real articles against our annotations (devset/annotations/).

The texts are not in the repository (they are copyrighted): give the folder that holds them,
one `<id>.txt` per annotation, each the page text as stored, starting with its ` date ` line.

    python -m devset.score --texts ../devset-texts            # every field, dev split
    python -m devset.score --texts DIR --split holdout --show title
    python -m devset.score --texts DIR --json scores.json

Per field, an article scores when:
- date: the ISO date equals the annotation's (a dateline's day refines a month date);
- title: with a headline, the headline as written (case, spaces, quote styles, a space after a
  comma or a colon and a closing full stop, colon or comma aside);
  without one, a title made from the lead that an editor could print: at most 95
  characters, not ending on an article, preposition or conjunction, brackets and quotes
  balanced, none of the removed text in it, and at least half of the content words of the
  annotated title;
- title:shape (reported beside it): the same without the annotated title's words, which are
  the page's own headline and often tell what the lead does not; it measures what the issue
  asks of a title made from the lead, one sentence opening on a capital too;
- dateline: the same place, country, day and agencies, or none where there is none (a country
  alone, "NIGER -", may be annotated as the place or as the country, and two places with a
  slash, "ROMA/TRIPOLI -", as both or the first: either reading is right);
- body: starts and ends where the annotation says (a final cut mark or full stop either way), keeps
  no removed text, and loses no sentence of the article (a dash between words aside: a label
  shown as a heading over its paragraph, in capitals or not, loses none);
- metadata (reported, not a target): agencies, author, source, photo credit, desk.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
# The splits, in the order they joined (devset/README.md says what each has been used for).
SPLITS = (
    "dev",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
    "holdout81",
    "holdout82",
    "holdout83",
    "holdout84",
    "holdout85",
    "holdout86",
    "holdout87",
    "holdout88",
    "holdout89",
    "holdout90",
    "holdout91",
    "holdout92",
    "holdout93",
    "holdout94",
    "holdout95",
    "holdout96",
    "holdout97",
    "holdout98",
    "holdout100",
    "holdout101",
    "holdout102",
    "holdout103",
    "holdout104",
    "holdout105",
    "holdout106",
    "holdout107",
    "holdout108",
    "holdout109",
    "holdout110",
    "holdout111",
    "holdout112",
    "holdout113",
    "holdout114",
    "holdout115",
    "holdout116",
    "holdout117",
    "holdout118",
    "holdout119",
    "holdout120",
    "holdout121",
    "holdout122",
    "holdout123",
    "holdout124",
    "holdout125",
    "holdout126",
    "holdout127",
    "holdout128",
    "holdout129",
    "holdout130",
    "holdout131",
    "holdout132",
    "holdout133",
    "holdout134",
    "holdout135",
    "holdout136",
    "holdout137",
    "holdout138",
    "holdout139",
    "holdout140",
    "holdout141",
    "holdout142",
    "holdout143",
    "holdout144",
    "holdout145",
    "holdout146",
    "holdout147",
    "holdout148",
    "holdout149",
    "holdout150",
    "holdout151",
    "holdout152",
    "holdout153",
    "holdout154",
    "holdout155",
    "holdout156",
    "holdout157",
    "holdout158",
    "holdout159",
    "holdout160",
    "holdout161",
    "holdout162",
    "holdout163",
    "holdout164",
    "holdout165",
    "holdout166",
    "holdout167",
    "holdout168",
    "holdout169",
    "holdout170",
    "holdout171",
    "holdout172",
    "holdout173",
    "holdout174",
    "holdout175",
    "holdout176",
    "all",
    "seen",
    "unseen",
)
# The newest sets, only scored so far: the honest measure of the next change. "seen" is
# every other split, what rules may be studied on.
UNSEEN = ("holdout173", "holdout174", "holdout175", "holdout176")
FIELDS = ("date", "title", "dateline", "body")
META = ("agencies", "author", "source", "photo", "desk")
TITLE_MAX = 95
# A title never ends on these (articles, prepositions, conjunctions, auxiliaries).
DANGLING = frozenset(
    """il lo la i gli le l un uno una un' di a da in con su per tra fra del dello della dei
    degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei
    negli nelle col sul sullo sulla sui sugli sulle e ed o od ma che se come perché mentre
    quando dove anche non è ha hanno sono""".split()
)
STOPWORDS = DANGLING | frozenset(
    """questo questa quello quella suo sua suoi sue loro più già ancora oggi ieri dopo prima
    tutti tutte essere stato stata stati state aveva""".split()
)


def normal(text: str) -> str:
    """Compare text, not typography: quotes, apostrophes, dashes, spaces and case folded."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[‘’‛′`´]", "'", text)
    text = re.sub("[“”«»„‟]", '"', text)
    text = re.sub("[‐‑‒–—]", "-", text)
    text = re.sub(r"\s+(?=[.,;:!?])", "", text)  # "al 2,35% ." once a link left the sentence
    return " ".join(text.split()).casefold()


def agency_key(name: str) -> str:
    """An agency as one name however it was written: the annotators copy the copy's form
    ("Il Sole 24 Ore Radiocor"), the tool gives the agency's own ("Radiocor"). A form the
    tool's table does not know is compared as written, and counts against it."""
    from digest.readers.rules import agency

    return normal(agency(name) or name)


def _headline_key(text: str) -> str:
    """A headline as a reader sees it in the page's title: a space after a comma or a colon
    ("Usa,Powell:lotta" as the page set it), and its last full stop, colon or comma (a
    title's, which the tool leaves off: "…arrestano 25 persone.", "…rimonta e vince:"),
    are typography."""
    spaced = re.sub(r"(?<=[,;:])(?=\S)", " ", normal(text))
    return spaced.rstrip(" .:;,")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", normal(text))


@dataclass
class Read:
    """What digest made of one text, in the scorer's terms."""

    date: str
    title: str
    place: str | None
    country: str | None
    dateline_agencies: list[str]
    body: str
    meta: dict[str, Any]
    removed: list[tuple[str, str]]  # (text, rule)
    error: str | None = None
    shown: str = ""  # the body with its inner headings: what a reader sees
    dateline_day: int | None = None  # the dateline's own day, of whatever month


def read_with_digest(rel: str, data: bytes) -> Read:
    from digest.readers import read_article

    article, findings = read_article(rel, data, "it")
    if article is None:
        problems = "; ".join(f"{f.code} {f.message}" for f in findings if f.severity == "error")
        return Read("", "", None, None, [], "", {}, [], error=problems or "not read")
    dateline = getattr(article, "dateline", None)
    agencies = list(article.agencies)
    if dateline is not None:
        place, country, dateline_agencies = (
            dateline.place,
            dateline.country,
            list(dateline.agencies),
        )
    else:  # before datelines were objects: the place marks a dateline
        place, country = article.place, article.country
        dateline_agencies = agencies if place else []
    meta = {
        "agencies": agencies,
        "author": article.author,
        "source": article.source_name,
        "photo": article.photo_credit,
        "desk": getattr(article, "desk", None),
    }
    removed = [(r.text, r.rule) for r in getattr(article, "removed", ())]
    return Read(
        article.date.iso,
        article.title,
        place,
        country,
        dateline_agencies,
        "\n\n".join(p.text for p in article.paragraphs if getattr(p, "kind", "text") == "text"),
        meta,
        removed,
        shown="\n\n".join(p.text for p in article.paragraphs),
        dateline_day=getattr(dateline, "day", None),
    )


def resolve(item: Any, text: str) -> str | None:
    """An annotated piece of text; long ones are stored as their two ends and a hash."""
    if isinstance(item, str) or item is None:
        return item
    start = text.find(item["starts"])
    while start >= 0:
        candidate = text[start : start + item["chars"]]
        if hashlib.sha1(candidate.encode()).hexdigest() == item["sha1"]:
            return candidate
        start = text.find(item["starts"], start + 1)
    return item["starts"] + " … " + item["ends"]


@dataclass
class Verdict:
    id: str
    split: str
    outlet: str
    ok: dict[str, bool] = field(default_factory=dict)
    why: dict[str, str] = field(default_factory=dict)
    lost: list[str] = field(default_factory=list)


# The ellipsis a page ends on where it was cut ("…sta bene, ma …", "davano rapido..."): the
# annotations keep it (6) or remove it (30); either way the reader sees the same text, so
# the end is compared without it, and without a last full stop ("l'85% (ANSA)." is
# annotated as ending on "l'85%", the tag taken with the stop after it).
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)\s*$")


def _uncut(text: str) -> str:
    return _CUT_MARK.sub("", text)


def _sentences(text: str) -> list[str]:
    """Sentences, never across a paragraph break (a line without its full stop ends there)."""
    parts = []
    for paragraph in re.split(r"\n\s*\n", text):
        parts += re.split(r"(?<=[.!?…])[\"”»’)]*\s+", " ".join(paragraph.split()))
    return [p for p in parts if len(words(p)) >= 4]


def score_title(note: dict[str, Any], read: Read, removed: list[str]) -> tuple[bool, str]:
    """Under a headline, the headline; without one, a title of the right shape (see
    `title_shape`) that has half the annotated headline's words or more."""
    title = read.title
    if note.get("headline"):
        ok = _headline_key(title) == _headline_key(note["title"])
        return ok, "" if ok else f"{title!r} ≠ headline {note['title']!r}"
    problems = _shape_problems(read, removed)
    wanted = [w for w in words(note["title"]) if w not in STOPWORDS and len(w) > 2]
    have = set(words(title))
    recall = sum(w in have for w in wanted) / max(1, len(wanted))
    if recall < 0.5:
        problems.append(f"has {recall:.0%} of the annotated title's words")
    return not problems, "" if not problems else f"{title!r}: {', '.join(problems)}"


def title_shape(note: dict[str, Any], read: Read, removed: list[str]) -> tuple[bool, str]:
    """What the issue asks of a title made from the lead, whatever words the page's own
    headline chose: at most about 90 characters, ending on no article or preposition, quotes
    and brackets closed, one sentence, opening on a capital, nothing the body lost; under a
    headline, the headline."""
    if note.get("headline"):
        return score_title(note, read, removed)
    problems = _shape_problems(read, removed)
    return not problems, "" if not problems else f"{read.title!r}: {', '.join(problems)}"


def _shape_problems(read: Read, removed: list[str]) -> list[str]:
    title = read.title
    problems = []
    if len(title) > TITLE_MAX:
        problems.append(f"{len(title)} characters")
    last = words(title.rstrip("…"))[-1:] or [""]
    if last[0] in DANGLING or title.rstrip().endswith(("’", "'")):
        problems.append(f"ends on {last[0]!r}")
    for opening, closing in ("()", "[]", "«»", "“”"):
        if title.count(opening) != title.count(closing):
            problems.append(f"unbalanced {opening}{closing}")
    if title.count('"') % 2:
        problems.append('unbalanced "')
    if re.match(r"^[\s«“\"'‘(]*[a-zà-ù0-9]", title):
        problems.append("opens in lower case or on a figure")
    if re.search(r"[a-zà-ù]{2}[.!?]\s+[«“\"'‘]?[A-ZÀ-Ý]", title):
        problems.append("holds two sentences")
    for piece in removed:
        # A word or two ("Pennabilli", a place tag over the headline) that the body also
        # uses is no sign that the title was made from the removed line.
        if len(piece.split()) < 3 and normal(piece) in normal(read.body):
            continue
        if len(piece) > 8 and normal(piece) in normal(title):
            problems.append(f"holds removed text {piece!r}")
    return problems


def score_dateline(note: dict[str, Any], read: Read) -> tuple[bool, str]:
    expected = note.get("dateline")
    if not expected:
        ok = read.place is None
        return ok, "" if ok else f"dateline {read.place!r} where there is none"
    problems = []
    want_place, want_country = expected.get("place"), expected.get("country")
    # "NIGER -": a country alone, which annotators read either as the place (four of them)
    # or as the country (four others); either reading is right.
    if bool(want_place) != bool(want_country) and not (read.place and read.country):
        alone = normal(want_place or want_country or "")
        if normal(read.place or read.country or "") == alone and _a_country(alone):
            want_place, want_country = read.place, read.country
    # "ROMA/TRIPOLI, 28 gennaio –": filed from two places, which the guide leaves open; the
    # annotators wrote the first (one) or both (two), and the tool reads the first
    if want_place and "/" in want_place and read.place == want_place.split("/")[0].strip():
        want_place = read.place
    if normal(read.place or "") != normal(want_place or ""):
        problems.append(f"place {read.place!r} ≠ {expected.get('place')!r}")
    if normal(read.country or "") != normal(want_country or ""):
        problems.append(f"country {read.country!r} ≠ {expected.get('country')!r}")
    want = {agency_key(a) for a in expected.get("agencies") or []}
    have = {agency_key(a) for a in read.dateline_agencies}
    if want != have:
        problems.append(f"agencies {sorted(have)} ≠ {sorted(want)}")
    # The day refines the article's date; a dateline of another month than the date line's
    # ("Roma, 30 marzo 2018 –" under 2018-04) keeps its day but leaves the date a month.
    day = int(expected["day"]) if expected.get("day") else None
    month_only = len(str(note.get("date", ""))) == 7
    if (
        day
        and not read.date.endswith(f"-{day:02d}")
        and not (month_only and read.dateline_day == day)
    ):
        problems.append(f"day not read ({read.date})")
    return not problems, "; ".join(problems)


def _a_country(name: str) -> bool:
    try:
        from digest.places import country_code
    except ImportError:  # older code: no country list to tell by
        return False
    return country_code(name) is not None


def score_body(
    note: dict[str, Any], read: Read, text: str, removed: list[str]
) -> tuple[bool, str, list[str]]:
    body = normal(read.body)
    problems = []
    if not body.startswith(normal(note["body_starts"])):
        problems.append(f"starts {read.body[:60]!r}")
    if not _uncut(body).rstrip(".").endswith(_uncut(normal(note["body_ends"])).rstrip(".")):
        problems.append(f"ends {read.body[-60:]!r}")
    paragraphs = [normal(p) for p in read.body.split("\n\n")]
    for piece in removed:
        wanted = normal(piece)
        if len(piece) <= 3 or not wanted or wanted not in body:
            continue
        if body.count(wanted) < normal(text).count(wanted):
            continue  # the lead repeats its headline: one copy left, and rightly
        # A word or two ("ESTERI", "Target -") also occurs as an ordinary word of the text:
        # kept only when it still stands at the start or end of a paragraph.
        if len(wanted.split()) < 3 and not any(
            p == wanted or p.startswith(wanted + " ") or p.endswith(" " + wanted)
            for p in paragraphs
        ):
            continue
        problems.append(f"keeps {piece[:60]!r}")
    # Every sentence of the article proper must be in the body.
    rest = text.split("\n", 1)[1] if "\n" in text else ""
    first_line = re.sub(r"^\s*date\s*:?\s*\S+", "", text.split("\n", 1)[0])
    rest = first_line + "\n" + rest
    # Until nothing more comes out: a piece is taken out at a line's end only once the pieces
    # after it are ("Ateye.Res (segue) (Res)": "(Res)", then "(segue)", then "Res"); each
    # piece once, where it first comes out.
    waiting = sorted(removed, key=len, reverse=True)
    for _ in range(len(removed) + 1):
        before_pass = rest
        for piece in list(waiting):
            taken = _take_out(piece, rest)
            if taken != rest:
                rest = taken
                waiting.remove(piece)
        if rest == before_pass:
            break
    # A label run into its paragraph ('Conte ad Al Sisi: "Andiamo avanti" - Il premier…')
    # is shown as a heading over it, without the dash between them, or the full stop and
    # the capitals it was shouted in ("CINQUE ANNI DI VIOLENZA." over "Cinque anni di
    # violenza"): no word is lost.
    shown = _undashed(normal(read.shown or read.body)).casefold()
    lost = [
        s
        for s in _sentences(rest)
        if _undashed(_uncut(normal(s))).casefold().rstrip(".") not in shown
    ]
    if lost:
        problems.append(f"{len(lost)} sentence(s) lost")
    return not problems, "; ".join(problems), lost


def _take_out(piece: str, rest: str) -> str:
    """`rest` without a removed piece, where the piece can stand as removed text does."""
    # A caption or a name that stands as a line of its own ("Ibrahim al-Amin" over the
    # quotation that ends on his name) is taken out there, and only there.
    alone = rf"(?m)^[ \t]*{re.escape(piece)}[ \t]*$"
    if re.search(alone, rest):
        return re.sub(alone, "\n", rest)
    if piece[:1] in "([" and piece[-1:] in ")]" and piece in rest:
        # "su tutta Italia (LE FOTO) ha colpito": a link in brackets inside a sentence comes
        # out with the space before it, and the sentence is whole without it
        return rest.replace(" " + piece, "").replace(piece, "")
    if len(piece.split()) >= 3:
        # … as a caption that repeats words of a sentence ("il contrammiraglio Stefano
        # Costantino") is; elsewhere, wherever it stands.
        return rest.replace(piece, "\n")
    # A word or two ("Netanyahu", "(Res)", "GINEVRA –", "a") also stands inside sentences:
    # taken out only at the start or end of a line, or as a line of its own.
    escaped = re.escape(piece)
    if piece[:1].isupper():
        # "“ParasiteLink esterno”": a piece in capitals glued onto a word's last letter is
        # no word of the text, wherever it stands (a site's mark after each of its links)
        rest = re.sub(rf"(?<=[a-zà-ÿ\"”’»]){escaped}(?=[\s\"”»’',.;:!?)]|$)", "", rest)
    # "con il...", "notizie.(Res)": a piece opening on punctuation may be glued on.
    before = "+" if piece[:1].isalnum() else "*"
    # "elezioni.Per approfondire:": glued on after a sentence's end; 'AGI -"La Corea…': a
    # line's opening piece glued to an opening quotation mark; "CICLISMOL'arrivo…": a
    # piece in capitals glued to the next word's capital.
    glued = r"|(?=[A-ZÀ-Ý][a-zà-ÿ'’])" if piece.isupper() else ""
    return re.sub(
        # "…pari a circa l'85% (ANSA).": before the sentence's full stop too
        rf"(?m)^[ \t]*{escaped}(?:[ \t]+|$|(?=[\"“«]){glued})|[ \t]{before}{escaped}(?=[.!?]?[ \t]*$)"
        rf"|(?<=[.!?\"”»’])[ \t]*{escaped}[ \t]*$"
        # "47 morti.LEGGI ANCHEFra le milizie": glued between two sentences
        rf"|(?<=[.!?\"”»’]){escaped}(?=[A-ZÀ-Ý«“\"])",
        "\n",
        rest,
    )


def _undashed(text: str) -> str:
    return " ".join(re.sub(r"(?:^|\s)-+(?=\s|$)", " ", text).split())


def score_meta(note: dict[str, Any], read: Read) -> dict[str, bool]:
    expected = note.get("meta") or {}
    result = {}
    for key in META:
        want, have = expected.get(key), read.meta.get(key)
        if key == "agencies":
            # Agencies are the article's, wherever named: an annotation may list the
            # dateline's only under `dateline`.
            want = [*(want or []), *((note.get("dateline") or {}).get("agencies") or [])]
            result[key] = {agency_key(a) for a in want} == {agency_key(a) for a in have or []}
        else:
            result[key] = normal(str(want or "")) == normal(str(have or ""))
    return result


def score(note: dict[str, Any], text: str, read: Read) -> Verdict:
    verdict = Verdict(note["id"], note["split"], note["outlet"])
    if read.error:
        for name in FIELDS:
            verdict.ok[name], verdict.why[name] = False, read.error
        return verdict
    removed = [r for item in note.get("removed") or [] if (r := resolve(item["text"], text))]
    # The dateline never belongs to the body, whether or not the annotator listed it again
    # under `removed` (5 annotations give it only under `dateline`).
    dateline = (note.get("dateline") or {}).get("text")
    if dateline and dateline not in removed:
        removed.append(dateline)
    verdict.ok["date"] = read.date == str(note["date"])
    verdict.why["date"] = "" if verdict.ok["date"] else f"{read.date} ≠ {note['date']}"
    verdict.ok["title"], verdict.why["title"] = score_title(note, read, removed)
    verdict.ok["title:shape"], verdict.why["title:shape"] = title_shape(note, read, removed)
    verdict.ok["dateline"], verdict.why["dateline"] = score_dateline(note, read)
    verdict.ok["body"], verdict.why["body"], verdict.lost = score_body(note, read, text, removed)
    for key, ok in score_meta(note, read).items():
        verdict.ok[f"meta:{key}"] = ok
        verdict.why[f"meta:{key}"] = (
            "" if ok else f"{read.meta.get(key)!r} ≠ {(note.get('meta') or {}).get(key)!r}"
        )
    return verdict


def load_notes(split: str) -> list[dict[str, Any]]:
    notes = [
        yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(ANNOTATIONS.glob("*.yml"))
    ]
    if split in ("seen", "unseen"):
        return [n for n in notes if (n["split"] in UNSEEN) == (split == "unseen")]
    return [n for n in notes if split == "all" or n["split"] == split]


def texts_of(texts: Path, split: str, allow_missing: bool) -> list[tuple[dict[str, Any], Path]]:
    """Each annotation of the split with its text's path; a missing text stops the run unless
    allowed, and then the count is said, so a partial score is never mistaken for a whole one."""
    found: list[tuple[dict[str, Any], Path]] = []
    missing: list[tuple[dict[str, Any], Path]] = []
    for note in load_notes(split):
        path = texts / f"{note['id']}.txt"
        (found if path.exists() else missing).append((note, path))
    if missing and not allow_missing:
        note, path = missing[0]
        raise SystemExit(
            f"missing text: {path} (fetch the page at {note['url']}), and {len(missing) - 1} more;"
            " --allow-missing scores the rest"
        )
    if missing:
        print(
            f"# {len(missing)} of {len(found) + len(missing)} texts missing: not scored",
            file=sys.stderr,
        )
    return found


def run(texts: Path, split: str, allow_missing: bool = False) -> list[Verdict]:
    verdicts = []
    for note, path in texts_of(texts, split, allow_missing):
        data = path.read_bytes()
        read = read_with_digest(f"articles/{note['id']}.txt", data)
        verdicts.append(score(note, data.decode("utf-8", "replace"), read))
    return verdicts


def table(verdicts: Iterable[Verdict]) -> str:
    verdicts = list(verdicts)
    keys = [*FIELDS, "title:shape", *(f"meta:{m}" for m in META)]
    lines = [f"{len(verdicts)} articles, {len({v.outlet for v in verdicts})} outlets", ""]
    lines.append("| field | right | share |")
    lines.append("|---|--:|--:|")
    for key in keys:
        right = sum(v.ok.get(key, False) for v in verdicts)
        lines.append(f"| {key} | {right}/{len(verdicts)} | {right / max(1, len(verdicts)):.0%} |")
    lost = sum(len(v.lost) for v in verdicts)
    lines.append(f"| sentences lost | {lost} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True, help="folder of <id>.txt texts")
    parser.add_argument(
        "--split",
        default="dev",
        choices=list(SPLITS),
    )
    parser.add_argument("--show", action="append", default=[], help="print failures of a field")
    parser.add_argument("--json", type=Path, help="write every verdict as JSON")
    parser.add_argument(
        "--allow-missing", action="store_true", help="score the texts present, say how many are not"
    )
    args = parser.parse_args(argv)
    verdicts = run(args.texts, args.split, args.allow_missing)
    print(table(verdicts))
    for key in args.show:
        print(f"\n## {key}")
        for v in verdicts:
            if not v.ok.get(key, False):
                print(f"- {v.id}: {v.why.get(key, '')}")
                if key == "body":
                    for sentence in v.lost[:3]:
                        print(f"    lost: {sentence[:100]!r}")
    if args.json:
        args.json.write_text(
            json.dumps([v.__dict__ for v in verdicts], ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every finding code once: its severity, what it means, and the words it is reported with.

A module that finds a problem names its code and gives the values; the words come from here:

    finding("E207", path, line=3, column=7, char="U+001B")

so no other module holds a code's severity, message or fix, and CONTRIBUTING.md's table of
codes is printed from this one (`digest codes`; `digest codes --update CONTRIBUTING.md`
rewrites it there; tests/test_docs.py keeps them equal). A code reported in more than one
situation has a wording per situation, its *variants* ("value": a front matter or
registry value rather than the text). An unknown code or variant, a missing value or one
the wording does not use raise CatalogueError: a mistake in digest, never in the input.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from digest.findings import Finding, Severity

# Values every wording may use without being given them: the finding's own position.
POSITION = frozenset({"line", "column"})
_LABELS: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}


class CatalogueError(LookupError):
    """A finding asked for with a code, a variant or values the catalogue does not have."""


@dataclass(frozen=True)
class Wording:
    """The message and the fix of one situation, as `str.format` templates. In a variant,
    either left empty is the entry's own."""

    message: str = ""
    fix: str = ""

    @functools.cached_property
    def fields(self) -> frozenset[str]:
        """The names of the values the templates print."""
        return frozenset(
            name.split(".")[0].split("[")[0]
            for template in (self.message, self.fix)
            for _, name, _, _ in string.Formatter().parse(template)
            if name
        )


@dataclass(frozen=True)
class Entry:
    """One code. `when` and `advice` are CONTRIBUTING.md's Problem and Fix columns
    (Markdown); `message` and `fix` the usual wording, `variants` the others by name."""

    code: str
    severity: Severity
    when: str
    advice: str
    message: str
    fix: str
    variants: Mapping[str, Wording] = field(default_factory=dict)

    def wording(self, variant: str = "") -> Wording:
        if not variant:
            return Wording(self.message, self.fix)
        try:
            other = self.variants[variant]
        except KeyError:
            raise CatalogueError(f"{self.code} has no variant {variant!r}") from None
        return Wording(other.message or self.message, other.fix or self.fix)

    @property
    def wordings(self) -> dict[str, Wording]:
        """Every wording by variant name; "" is the usual one."""
        return {variant: self.wording(variant) for variant in ("", *self.variants)}


def finding(
    code: str,
    path: str,
    /,
    *,
    line: int | None = None,
    column: int | None = None,
    variant: str = "",
    **values: object,
) -> Finding:
    """A finding of `code` about `path`, worded by the catalogue with `values`."""
    entry = CATALOGUE.get(code)
    if entry is None:
        raise CatalogueError(f"unknown finding code {code!r}: add it to digest/catalogue.py")
    wording = _wordings(code, variant)
    if values.keys() != wording.fields - POSITION:
        wanted = ", ".join(sorted(wording.fields - POSITION)) or "none"
        raise CatalogueError(
            f"{code}{f' ({variant})' if variant else ''} takes the values {wanted}, "
            f"given {', '.join(sorted(values)) or 'none'}"
        )
    if (line is None and "line" in wording.fields) or (
        column is None and "column" in wording.fields
    ):
        raise CatalogueError(f"{code} prints the line and column: give them")
    values = {**values, "line": line, "column": column}
    return Finding(
        entry.severity,
        code,
        path,
        wording.message.format_map(values),
        wording.fix.format_map(values),
        line,
        column,
    )


@functools.cache
def _wordings(code: str, variant: str) -> Wording:
    return CATALOGUE[code].wording(variant)


def _table(*entries: Entry) -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for entry in entries:
        if entry.code in table:
            raise CatalogueError(f"{entry.code} is in the catalogue twice")
        table[entry.code] = entry
    return table


_DATED_FORM = "- name: premier libico\n        from: 2016-03-30\n        until: 2021-03-14"

# In CONTRIBUTING.md's order: dates, encoding and text, front matter, HTML, actors, page
# addresses, the registry, files and folders, settings.
CATALOGUE: dict[str, Entry] = _table(
    # ------------------------------------------------------------ dates
    Entry(
        "D101",
        "error",
        when="No date line (text) or no `date:` (Markdown)",
        advice="Start the file with ` date 2025-12-20 ` (or `date: 2025-12-20` in front matter)",
        message="missing date line: the first line must start with the date",
        fix="begin the file with ' date 2025-12-20 ' (or ' date 2025-12' when the day is "
        "unknown), followed by the text",
        variants={
            "markdown": Wording(
                "front matter has no `date`",
                "add 'date: 2025-12-20' (or 'date: 2025-12') to the front matter",
            )
        },
    ),
    Entry(
        "D102",
        "error",
        when="Impossible date, e.g. `2025-13-40`",
        advice="Month 01–12, a day that exists in that month",
        message="date {value!r} is impossible ({reason})",
        fix="check the year, the month (01-12) and the day of that month",
    ),
    Entry(
        "D103",
        "error",
        when="Date not written as `YYYY-MM-DD` or `YYYY-MM`",
        advice="Rewrite it, e.g. `2025-12-20`",
        message="date {value!r} is not YYYY-MM-DD or YYYY-MM",
        fix="write the date as 2025-12-20, or 2025-12 when the day is unknown",
    ),
    Entry(
        "D104",
        "warning",
        when="Date in the future",
        advice="Check the year and month",
        message="date {date} is in the future (today is {today})",
        fix="check the year and month of the date line",
    ),
    Entry(
        "D105",
        "warning",
        when="Date before 1900",
        advice="Check the year of the date line",
        message="date {date} is before {oldest}",
        fix="check the year of the date line; if it is right, ignore this warning",
    ),
    Entry(
        "D106",
        "warning",
        when='The text states another day than the date line (a dateline\'s "5 MAR", a time stamp)',
        advice="Check the date line; the page uses its day",
        message="the date line says {date}, the text ({rule}) says day {day}",
        fix="check the date line; the page uses the date line's day",
    ),
    # ------------------------------------------------------------ encoding and text
    Entry(
        "E201",
        "warning",
        when="Not UTF-8; read as Windows-1252",
        advice="`iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.new && mv FILE.new FILE`",
        message="byte 0x{byte:02x} is not UTF-8; read as Windows-1252 “{char}”",
        fix="convert it: iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.new && mv FILE.new FILE",
        variants={
            # Mostly UTF-8: converting the whole file from Windows-1252 would garble the rest.
            "mixed": Wording(
                fix="retype the character at line {line} in an editor that saves UTF-8 "
                "(the rest of the file is already UTF-8)",
            )
        },
    ),
    Entry(
        "E202",
        "error",
        when="Empty file",
        advice="Write the article, or delete the file",
        message="file is empty",
        fix="write the date line and the article text, or delete the file",
    ),
    Entry(
        "E203",
        "error",
        when="Larger than 1 MB",
        advice="Split it; remove embedded data",
        message="file is {size:,} bytes, over the {limit:,} limit",
        fix="split it into separate articles or remove embedded data",
    ),
    Entry(
        "E204",
        "error",
        when="Neither UTF-8 nor Windows-1252",
        advice="Save it as UTF-8 text",
        message="file is neither UTF-8 nor Windows-1252 text",
        fix="save it as UTF-8 text",
    ),
    Entry(
        "E205",
        "error",
        when="Contains a NUL byte (not a text file)",
        advice="Save it as plain UTF-8 text",
        message="file contains a NUL byte: it is not a text file",
        fix="save the article as plain UTF-8 text",
    ),
    Entry(
        "E206",
        "error",
        when="A date but no text",
        advice="Write the text after the date",
        message="the article has a date but no text",
        fix="write the article text after the date",
        variants={
            # Everything the copy rules took out of a pasted page: nothing was left.
            "copy": Wording(
                "after its headline, dateline and closing notes the article has no text",
                "paste the article's text after the date line; `digest explain FILE` shows "
                "what each line was read as",
            ),
            "markdown": Wording(
                "the article has no text after the front matter",
                "write the article text after the closing '---'",
            ),
        },
    ),
    Entry(
        "E207",
        "error",
        when="An invisible control character (ESC, U+FFFE…), in the text or a front matter "
        "value; line and column given",
        advice="Delete it",
        message="invisible control character {char} at line {line}, column {column}",
        fix="delete it: it is not text (copy-pasting from some programs leaves it)",
        variants={
            # A value of the front matter or the registry: `what` names it.
            "value": Wording(
                "{what} contains the control character {char}",
                "write it on one line, without control characters",
            )
        },
    ),
    Entry(
        "E208",
        "warning",
        when="A character that reorders or hides text (bidirectional override, zero-width space)",
        advice="Delete it, unless a name needs it",
        message="invisible character {char} at line {line}, column {column}: it can reorder "
        "or hide text",
        fix="delete it, unless the name really needs it",
        variants={
            "value": Wording(
                "{what} contains the invisible character {char}: it can reorder or hide text"
            )
        },
    ),
    Entry(
        "E209",
        "error",
        when="The file cannot be read (permissions)",
        advice="`chmod a+r` it, or remove it",
        message="cannot read the file: {reason}",
        fix="make it readable (chmod a+r), or remove it",
    ),
    Entry(
        "E210",
        "error",
        when="A paragraph over 30,000 characters",
        advice="Separate the paragraphs with blank lines",
        message="a paragraph of {length:,} characters, over the {limit:,} limit",
        fix="separate the paragraphs with blank lines (was it pasted without line breaks?)",
    ),
    Entry(
        "E211",
        "warning",
        when="A paragraph letter-spaced (`R o m a , 4 f e b`): a space after every letter",
        advice="Paste the text again from the page's source",
        message="the text is letter-spaced (“{sample}”): its words cannot be read or matched",
        fix="paste the text again from the page (the copy put a space after every letter)",
    ),
    # ------------------------------------------------------------ front matter
    Entry(
        "F300",
        "error",
        when="`.md` file without front matter",
        advice="Start with `---`, `date: …`, `---`",
        message="Markdown article without front matter",
        fix="start the file with a '---' line, then 'date: 2025-12-20', then '---'",
    ),
    Entry(
        "F301",
        "error",
        when="Front matter not closed, or not valid YAML",
        advice="Close it with `---`; fix indentation; quote values containing `:` or `#`",
        message="front matter is not valid YAML: {error}",
        fix="check the indentation and quote values that contain ':' or '#'",
        variants={
            "unclosed": Wording(
                "front matter is not closed", "add a line with only '---' after the metadata"
            ),
            "not-mapping": Wording(
                "front matter must be `key: value` lines",
                "write one `key: value` per line, e.g. date: 2025-12-20",
            ),
        },
    ),
    Entry(
        "F302",
        "error",
        when="Unknown front matter key (e.g. `actor:`)",
        advice="Use the key the message suggests",
        message="unknown front matter key `{key}`",
        fix="did you mean `{near}`?",
        variants={
            "unlike": Wording(fix="allowed keys: {keys}"),
        },
    ),
    Entry(
        "F303",
        "error",
        when="Wrong type (e.g. `actors: x` instead of a list)",
        advice="`actors: [x]`; text values as text",
        message="front matter `{key}` {problem}",
        fix="`{key}`: {expected}",
    ),
    Entry(
        "F304",
        "error",
        when="`url` is not an `http(s)://` address",
        advice="Give the full address",
        message="front matter `{key}` {problem}",
        fix="`{key}`: {expected}",
    ),
    Entry(
        "F305",
        "error",
        when="Front matter refused: anchors, aliases, tags or over 64 KB",
        advice="Plain `key: value` lines",
        message="front matter refused: {problem}",
        fix="write plain `key: value` metadata, as in the README",
    ),
    Entry(
        "F306",
        "error",
        when="`lang` is not a language code CLDR knows",
        advice="`it`, `en`, `pt-BR`",
        message="front matter `{key}` {problem}",
        fix="`{key}`: {expected}",
    ),
    Entry(
        "F307",
        "error",
        when="A front matter key given twice",
        advice="Keep one of the two",
        message="front matter {error}",
        fix="keep one of the two values",
    ),
    # ------------------------------------------------------------ HTML in Markdown
    Entry(
        "H701",
        "error",
        when="Active content in a Markdown article (`<script>`, `<iframe>`, `onerror=`, "
        "`javascript:` …)",
        advice="Remove it: Markdown formatting and `http(s)` links only",
        message="active content is not allowed: {what}",
        fix="remove it; articles may use Markdown formatting and http(s) links only",
    ),
    Entry(
        "H702",
        "error",
        when="The HTML sanitiser would remove text a reader sees (text inside raw HTML it "
        "cannot keep)",
        advice="Write the text as Markdown",
        message="the HTML sanitiser would remove text that readers see: “{lost}”",
        fix="write the text as Markdown, without the HTML around it",
    ),
    # ------------------------------------------------------------ actors in articles
    Entry(
        "A401",
        "error",
        when="Actor id in `actors:`/`not_actors:` that is not in the registry",
        advice="Fix the id, or add the actor to `actors.yml`",
        message="actor id `{actor_id}` is not in the registry",
        fix="add it to {registry}, or fix the id (ids look like khalifa-haftar)",
    ),
    Entry(
        "A402",
        "warning",
        when="A name two actors share and the article cannot tell apart: a surname (neither "
        "named in full earlier), or a role two actors held in turn when the article's month "
        "covers both",
        advice="Name the actor in full at the first mention (or list the id in `actors:`)",
        message="“{name}” could be {names}: none is named in full earlier, so it is linked to "
        "neither",
        fix="name the actor in full at the first mention",
        variants={
            # A Markdown article can also state its actors.
            "markdown": Wording(
                fix="name the actor in full at the first mention, or list the id under `actors:`"
            ),
            # A role two actors held in turn, when the article's date fits both periods.
            "period": Wording(
                "“{name}” could be {names}: the article's date ({date}) fits both, so it is "
                "linked to neither"
            ),
            "period-markdown": Wording(
                "“{name}” could be {names}: the article's date ({date}) fits both, so it is "
                "linked to neither",
                "name the actor in full at the first mention, or list the id under `actors:`",
            ),
        },
    ),
    Entry(
        "A403",
        "info",
        when="A name that matches no actor (places, common words, outlets left out), or a "
        "country the registry lacks named by its demonym",
        advice="Add it to the registry (`digest actors accept NAME`), or to `ignore:`",
        message="“{name}” matches no actor (in: “{sentence}”)",
        fix="if it is a person, organisation or country, add it to the registry "
        "(`digest actors suggest` drafts the entry); if not, add it to `ignore:`",
        variants={
            "demonym": Wording(
                "“{name}” matches no actor (named by «{demonym}») (in: “{sentence}”)"
            )
        },
    ),
    Entry(
        "A404",
        "warning",
        when="The article mentions no registered actor",
        advice="Add its people and organisations to the registry",
        message="no registered actor is mentioned",
        fix="add its people and organisations to the registry (`digest actors suggest` "
        "drafts entries)",
        variants={
            "unknown-names": Wording("no registered actor is mentioned; unknown names: {names}")
        },
    ),
    # ------------------------------------------------------------ page addresses
    Entry(
        "S601",
        "error",
        when="Two files give the same page address: the established page keeps it (its own "
        "file name beats a `slug:`, then the file committed first), the newcomer gets this "
        "error",
        advice="Give the new file another name or `slug:`",
        message="page address `{slug}` already belongs to {owner}",
        fix="give this file another name (or another `slug:`): a published page keeps its address",
    ),
    Entry(
        "S602",
        "error",
        when="A file name or `slug` that cannot name a page (`../`, `/`, NUL, reserved names "
        "such as `con` or `index`, capitals)",
        advice="Lowercase words and hyphens: `2025-12-20-munir-incontra-haftar`",
        message="the file name cannot name a page ({slug!r}: {problem})",
        fix="rename the file by date and subject, e.g. 2025-12-20-munir-incontra-haftar.txt",
        variants={
            "slug": Wording(
                "slug {slug!r} cannot be used: {problem}",
                "use lowercase words separated by hyphens, e.g. slug: munir-incontra-haftar",
            )
        },
    ),
    Entry(
        "S603",
        "error",
        when="The same article twice (same words, whatever the spacing, quotes or encoding); "
        "both files are named",
        advice="Delete one of the two",
        message="same text as {other}: the article is there twice",
        fix="delete one of the two files (keep the one with the better name or metadata)",
    ),
    # ------------------------------------------------------------ the registry
    Entry(
        "R500",
        "error",
        when="The registry file is missing",
        advice="Create it or set `extra.digest.registry` in `mkdocs.yml`",
        message="the actor registry does not exist",
        fix="create it (see README.md) or set extra.digest.registry",
    ),
    Entry(
        "R501",
        "error",
        when="Two actors with one `id` (both lines given)",
        advice="Merge the entries",
        message="actor id `{actor_id}` is listed twice (first at line {first_line})",
        fix="merge the two entries: keep one id, move the aliases into it",
        variants={
            # Two files of the starter registry.
            "starter": Wording(
                "actor id `{actor_id}` is also in {other} (line {first_line})",
                "merge the two entries",
            )
        },
    ),
    Entry(
        "R502",
        "error",
        when="One alias claimed by two actors",
        advice="Keep it on one actor",
        message="alias {alias} of `{actor_id}` is also claimed by `{other}`",
        fix="keep the alias on one actor only, or give both periods that do not overlap",
    ),
    Entry(
        "R503",
        "error",
        when="The registry is not valid YAML (the line is given)",
        advice="Fix the indentation and quoting; follow the example at the top of `actors.yml`",
        message="the registry is not valid YAML: {error}",
        fix="check the indentation and quoting",
    ),
    Entry(
        "R504",
        "error",
        when="Unknown `kind`",
        advice="`person`, `organisation` or `country`",
        message="actor `{actor_id}` has kind {kind}",
        fix="use one of: {kinds}",
    ),
    Entry(
        "R505",
        "error",
        when="`wikidata` not like `Q1016`",
        advice="Copy the Q-number, or remove the key",
        message="wikidata id {value} of `{actor_id}` is not like Q1016",
        fix="copy the Q-number from the Wikidata page, or remove the key",
    ),
    Entry(
        "R506",
        "error",
        when="`id` that cannot name a page",
        advice="Lowercase words and hyphens",
        message="actor id {value} cannot be used: {reason}",
        fix="use lowercase words separated by hyphens, e.g. khalifa-haftar",
    ),
    Entry(
        "R507",
        "warning",
        when="Alias shorter than 3 characters",
        advice="Use a longer form",
        message="alias {alias!r} of `{actor_id}` is shorter than {shortest} characters",
        fix="use a longer form; two letters match far too much text",
    ),
    Entry(
        "R508",
        "warning",
        when="Alias matched ignoring case that is a common Italian word (an organisation's "
        "`Lega`; a person's capitalised `Conte` needs its capital already)",
        advice="Move it to `exact:`",
        message="alias {alias!r} of `{actor_id}` is also a common Italian word (zipf "
        "{zipf:.1f}): matched ignoring case, it catches ordinary text",
        fix="move it from `aliases:` to `exact:`, so it matches only as written",
    ),
    Entry(
        "R509",
        "info",
        when="An actor of `actors.yml` that no article mentions (the starter's are not listed)",
        advice="Fine for a new actor; otherwise check its aliases",
        message="`{actor_id}` ({name}) is mentioned by no article",
        fix="fine for a new actor; otherwise check its aliases",
    ),
    Entry(
        "R510",
        "error",
        when="A key given twice in one registry entry",
        advice="Keep one; list several names in one list",
        message="the registry gives a {error}",
        fix="keep one of the two; to list several names, use one list: aliases: [a, b]",
    ),
    Entry(
        "R511",
        "error",
        when="A name over 200 characters, a description over 1,000, or over 500 forms",
        advice="Shorten it",
        message="`{key}` of `{actor_id}` is {length:,} characters, over {limit}",
        fix="shorten it: it is printed on every page that names the actor",
        variants={
            "forms": Wording(
                "`{key}` of `{actor_id}` lists {count} names, over {limit}",
                "keep the forms the press uses",
            )
        },
    ),
    Entry(
        "R512",
        "info",
        when="An entry of `actors.yml` has the id of a starter registry entry, and replaces it",
        advice="Fine if meant; delete yours to follow the starter's updates",
        message="`{actor_id}` replaces the starter registry's entry of the same id",
        fix="fine if you mean it; to follow the starter's updates, delete your entry",
    ),
    Entry(
        "R513",
        "warning",
        when="A name or alias of yours is also a form of another actor in the starter "
        "registry; yours wins",
        advice="Use the starter's id if it is the same actor, or `drop:` the starter's",
        message="{form} of `{owner}` is also a form of the starter's `{actor_id}`: yours wins",
        fix="if `{owner}` is the same actor, use the id `{actor_id}`; if the starter's is not "
        "wanted, add it to `drop:`",
    ),
    Entry(
        "R514",
        "warning",
        when="`drop:` names an id the starter registry does not have, or the site does not "
        "use the starter registry",
        advice="Fix the id (`digest actors starter` lists them), or remove it",
        message="`drop:` names `{actor_id}`, which the starter registry does not have",
        fix="check the id (`digest actors starter` lists them), or remove it from `drop:`",
        variants={
            "no-starter": Wording(
                "`drop:` has no effect: the site does not use the starter registry",
                "set `extra.digest.starter: true` in mkdocs.yml, or remove `drop:`",
            )
        },
    ),
    Entry(
        "R515",
        "error",
        when="A `from`/`until` that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, an impossible "
        "date, or `until` before `from`",
        advice="`from: 2016-03-30`, `until: 2021-03`",
        message="the period of `{actor_id}` cannot be read: {problem}",
        fix="write from/until as YYYY, YYYY-MM or YYYY-MM-DD, `until` not before `from`",
        variants={
            "form": Wording(
                "the period of the form {form} of `{actor_id}` cannot be read: {problem}"
            )
        },
    ),
    Entry(
        "R516",
        "error",
        when="`source` is not an http(s) address",
        advice="The full address of the page the description was checked against",
        message="source of `{actor_id}` is not an http(s) address",
        fix="give the full address of the page the description was checked against",
    ),
    Entry(
        "R517",
        "error",
        when="The registry is not UTF-8 text",
        advice="Save it as UTF-8",
        message="the registry is not UTF-8 text: {error}",
        fix="save it as UTF-8",
    ),
    Entry(
        "R518",
        "error",
        when="Registry refused: anchors, aliases, tags, nesting over 20 levels, or over 5 MB",
        advice="Write each actor out in full",
        message="registry refused: {problem}",
        fix="write each actor out in full, without anchors or tags",
    ),
    Entry(
        "R519",
        "error",
        when="The registry has no `actors:` list",
        advice="Follow the example at the top of `actors.yml`",
        message="the registry must have an `actors:` list",
        fix="see the example at the top of actors.yml",
    ),
    Entry(
        "R520",
        "error",
        when="An unknown key: at the top level, in an actor entry, or in a form given with "
        "its period",
        advice="Use a key the message lists",
        message="unknown actor key `{key}`",
        fix="allowed keys: {keys}",
        variants={
            "top": Wording("unknown top-level key `{key}`", "use `actors:`, `ignore:` and `drop:`"),
            "form": Wording(
                "a form of `{actor_id}` given as a mapping has unknown key `{key}`", _DATED_FORM
            ),
        },
    ),
    Entry(
        "R521",
        "error",
        when="An item of `actors:` that is not an entry of keys and values",
        advice="`- id: …` with `name:` and `kind:` below it",
        message="each actor must be a mapping with id, name and kind",
        fix="- id: khalifa-haftar\n      name: Khalifa Haftar\n      kind: person",
    ),
    Entry(
        "R522",
        "error",
        when="An actor, or a form given with its period, without a name",
        advice="Add `name: …`",
        message="actor `{actor_id}` has no name",
        fix="add name: …",
        variants={
            "form": Wording("a form of `{actor_id}` given as a mapping has no name", _DATED_FORM)
        },
    ),
    Entry(
        "R523",
        "error",
        when="A value of the wrong type: `surname`, `description` or `source` not text; "
        "`known_by_surname` not true or false; "
        "`aliases`, `exact`, `demonyms`, `metonyms`, `domestic`, `territory`, `ignore` or `drop` not "
        "a list "
        "of names; `home` not an id",
        advice="`aliases: [first, second]`; text values as text",
        message="`{key}` of `{actor_id}` must be text",
        fix="write it as text: {key}: …",
        variants={
            "list": Wording(
                "`{key}` of `{actor_id}` must be a list of names", "{key}: [first, second]"
            ),
            # `aliases`, `exact` and `domestic` may hold forms with a period.
            "dated-list": Wording(
                "`{key}` of `{actor_id}` must be a list of names",
                "{key}: [first, second] (a form valid for a period: {{name: …, from: …}})",
            ),
            "flag": Wording("`{key}` of `{actor_id}` must be true or false", "{key}: true"),
            "ignore": Wording("`ignore` must be a list of names", "ignore: [Bengasi, Tripoli]"),
            "drop": Wording("`drop` must be a list of names", "drop: [russia]"),
            "home": Wording(
                "`home` must be the id of a country", "home: italia (`digest actors starter`)"
            ),
        },
    ),
    Entry(
        "R524",
        "warning",
        when="`country:` names no country or union of states (an organisation) of the "
        "registry, `home:` no country, or an entry has "
        "`domestic:` words without a `country:` (not said of the starter's bodies of a "
        "country the site drops)",
        advice="The id of a country entry (`digest actors starter` lists the starter's)",
        message="`country` of `{actor_id}` names `{country}`, which is no country or "
        "organisation of the registry: its `domestic` words are never read",
        fix="give the id of a country entry, such as `italia`, or of the union of states "
        "whose body it is, such as `unione-europea`",
        variants={
            "none": Wording(
                "`{actor_id}` has `domestic` words but no `country`: they are never read",
                "add `country:` with the id of the country whose institution it is",
            ),
            "home": Wording(
                "`home` names `{country}`, which is no country of the registry",
                "give the id of a country entry, such as `italia`",
            ),
        },
    ),
    # ------------------------------------------------------------ files and folders
    Entry(
        "X001",
        "error",
        when="The articles folder does not exist",
        advice="Create it, or set `extra.digest.articles`",
        message="the articles folder does not exist",
        fix="create it, or set extra.digest.articles in mkdocs.yml",
    ),
    Entry(
        "X002",
        "error",
        when="A file in `articles/` that is neither `.txt` nor `.md`",
        advice="Move it out, or convert it",
        message="unsupported file type {suffix!r}",
        fix="articles are .txt (plain text) or .md (Markdown with front matter)",
    ),
    Entry(
        "X003",
        "error",
        when="A path given to `digest check` that is not an article",
        advice="Give paths under `articles/`",
        message="not an article: it is outside {folder}/",
        fix="move it under {folder}/",
        variants={"missing": Wording("no such file", "give the path of an article file")},
    ),
    Entry(
        "X004",
        "error",
        when="A symbolic link among the articles, the registry, `docs/`, its generated "
        "folders, `.digest-cache/` or the site folder",
        advice="Replace the link with the real file or folder",
        message="{what} is a symbolic link (to {target!r}): the build never reads or writes "
        "through links",
        fix="replace it with a real {kind} (git rm the link, then add the file or folder itself)",
        variants={
            # The link vanished, or cannot be read, between finding it and reporting it.
            "unread": Wording(
                "{what} is a symbolic link: the build never reads or writes through links"
            )
        },
    ),
    Entry(
        "X005",
        "warning",
        when="A hidden file or folder (name starting with a dot) in `articles/`: not read",
        advice="Rename it without the dot, or remove it",
        message="hidden {what}: its name starts with a dot, so it is not read",
        fix="rename the {what} without the leading dot, or remove it from articles/",
    ),
    Entry(
        "X006",
        "error",
        when="A file name with control, invisible or undecodable characters",
        advice="Rename it with letters, digits and hyphens",
        message="the file name contains control, invisible or undecodable characters",
        fix="rename the file with letters, digits and hyphens, e.g. "
        "2025-12-20-munir-incontra-haftar.txt",
    ),
    Entry(
        "X008",
        "error",
        when="Cannot write `docs/` or the site (disk full, read-only); nothing was changed",
        advice="Free space or make the folder writable",
        message="cannot write: {reason}",
        fix="free disk space or make the folder writable, then build again; nothing under "
        "docs/ was changed",
        variants={
            "site": Wording(
                "cannot write the site: permission denied",
                "make the folder writable, or give another --site-dir",
            )
        },
    ),
    Entry(
        "X009",
        "error",
        when="A page could not be rendered (a bug); nothing was written",
        advice="Report it with the message",
        message="could not render {key}: {exception}: {error}",
        fix="this is a bug in digest: please report it with this message; nothing was written",
    ),
    Entry(
        "X010",
        "warning",
        when="The build cache could not be saved",
        advice="Nothing to fix for the site; the next build reads everything again",
        message="could not save the build cache: {reason}",
        fix="the site is built; the next build reads every article again",
    ),
    Entry(
        "X011",
        "error",
        when="The engine chosen for `digest site` is not installed (Zensical is optional)",
        advice="`.venv/bin/pip install -e '.[zensical]'`, or choose another engine with `--engine`",
        message="the {engine} engine is not installed beside digest",
        fix="{install}; or build with another engine (--engine)",
    ),
    Entry(
        "X012",
        "error",
        when="Zensical asked to build the site outside the repository (it builds nowhere else)",
        advice="A `--site-dir` inside the repository, such as `site`",
        message="{engine} builds the site only into a folder inside the repository",
        fix="give a --site-dir inside the repository, such as `site`",
    ),
    Entry(
        "X013",
        "error",
        when="A folder given to `digest site --merge` is missing or not a folder",
        advice="Give the folders `digest site --shard K/N` wrote, one per slice",
        message="a slice to merge is not a folder",
        fix="give the folders `digest site --shard K/N` wrote, one per slice",
    ),
    # ------------------------------------------------------------ settings (mkdocs.yml)
    Entry(
        "C001",
        "error",
        when="`mkdocs.yml` is not valid YAML",
        advice="Fix the YAML syntax at the line given",
        message="mkdocs.yml is not valid YAML: {error}",
        fix="fix the YAML syntax",
    ),
    Entry(
        "C002",
        "error",
        when="`extra.digest` is not a mapping",
        advice="`extra: {digest: {articles: articles}}`",
        message="extra.digest must be a mapping",
        fix="write `extra: {{digest: {{articles: articles}}}}`",
    ),
    Entry(
        "C003",
        "error",
        when="An unknown `extra.digest` setting",
        advice="Use one of the settings the message lists",
        message="unknown setting extra.digest.{key}",
        fix="use one of: {keys}",
    ),
    Entry(
        "C004",
        "error",
        when="`theme.language` is a language digest has no labels for",
        advice="`it` or `en`",
        message="theme.language {language!r} has no digest labels",
        fix="use one of: {languages}",
    ),
    Entry(
        "C005",
        "error",
        when="`extra.digest.page_limit` or `latest` is not a positive integer, or `starter` "
        "not true or false",
        advice="Fix the setting the message names",
        message="extra.digest.{key} must be a positive integer",
        fix="for example `{key}: {default}`",
        variants={
            "starter": Wording(
                "extra.digest.starter must be true or false",
                "`starter: true` to start from digest's registry of countries, organisations "
                "and people",
            )
        },
    ),
    Entry(
        "C006",
        "error",
        when="`docs_dir`, `extra.digest.articles` or `registry` is absolute or leaves the "
        "repository",
        advice="A relative path inside the repository",
        message="{key} {value!r} {problem}",
        fix="give a relative path inside the repository, e.g. `articles`",
    ),
    Entry(
        "C007",
        "error",
        when="`site_url` is not an http(s) address",
        advice="The site's public address",
        message="site_url {url!r} is not an http(s) address",
        fix="write the site's public address, e.g. https://example.org/digest/",
    ),
    Entry(
        "C008",
        "error",
        when="`extra.digest.engine` is not `mkdocs`, `properdocs` or `zensical`",
        advice="One of those three",
        message="extra.digest.engine {engine!r} is not an engine digest can run",
        fix="use one of: {engines}",
        variants={
            # Asked for by name (`digest site --engine`), not by the setting.
            "named": Wording("{engine!r} is not an engine digest can run")
        },
    ),
    Entry(
        "C009",
        "error",
        when="`use_directory_urls` in mkdocs.yml is not true or false",
        advice="Write `use_directory_urls: true` (pages at `x/`) or `false` (pages at `x.html`)",
        message="use_directory_urls {value!r} is not true or false",
        fix="write `use_directory_urls: true` (pages at x/) or `false` (pages at x.html)",
    ),
)


# ---------------------------------------------------------------- CONTRIBUTING.md's table


TABLE_HEADER = "| Code | Severity | Problem | Fix |"


def markdown_table(codes: Iterable[str] = ()) -> str:
    """CONTRIBUTING.md's table: every code (or those of `codes`) in the catalogue's order."""
    wanted = set(codes)
    if unknown := wanted - CATALOGUE.keys():
        raise CatalogueError(f"unknown finding code(s): {', '.join(sorted(unknown))}")
    rows = [TABLE_HEADER, "|---|---|---|---|"]
    rows += [
        f"| {e.code} | {_LABELS[e.severity]} | {e.when} | {e.advice} |"
        for e in CATALOGUE.values()
        if not wanted or e.code in wanted
    ]
    return "\n".join(rows) + "\n"


def table_in(document: str) -> tuple[int, int]:
    """Where the table of codes is in `document` (CONTRIBUTING.md): its first line and the
    line after its last, counted from 0."""
    lines = document.split("\n")
    if TABLE_HEADER not in lines:
        raise CatalogueError(f"no table of codes (a line {TABLE_HEADER!r}) in the document")
    start = end = lines.index(TABLE_HEADER)
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return start, end


def with_table(document: str) -> str:
    """`document` with its table of codes replaced by the catalogue's (`digest codes
    --update CONTRIBUTING.md`)."""
    start, end = table_in(document)
    lines = document.split("\n")
    return "\n".join([*lines[:start], *markdown_table().splitlines(), *lines[end:]])

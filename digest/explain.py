"""`digest explain FILE`: how the tool read one article, field by field, with the rule behind
each, every piece of text it took out of the body, and every actor with the words it matched.

Contributors use it to understand a page; developers use it to debug a rule. Pure functions
over what the reader and the matcher return; the CLI prints.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from digest.findings import Finding, printable
from digest.matching import Matcher, tag
from digest.model import Article, Registry, heads
from digest.names import candidates, unmatched_names
from digest.readers import read_article


@dataclass(frozen=True)
class ActorHit:
    actor_id: str
    name: str
    kind: str
    mentions: int
    matched: tuple[tuple[str, int, str], ...]  # (text as written, line, how it was read)


@dataclass(frozen=True)
class Explanation:
    path: str
    article: Article | None
    findings: tuple[Finding, ...]
    actors: tuple[ActorHit, ...] = ()
    # Forms read as no actor, and why: (text, line, reading) — "Mosca", 3, "a place (where)"
    not_counted: tuple[tuple[str, int, str], ...] = ()


def explain(path: str, data: bytes, language: str, registry: Registry) -> Explanation:
    article, findings = read_article(path, data, language)
    if article is None:
        return Explanation(path, None, tuple(findings))
    matcher = Matcher(registry)
    tagging = tag(article, matcher)
    findings += tagging.findings
    findings += candidates(unmatched_names(article, tagging.spans, registry))
    matched: dict[str, list[tuple[str, int, str]]] = {}
    not_counted = []
    above = {index: (text, line) for index, text, line in heads(article)}
    for found in tagging.hits:
        if found.paragraph in above:
            text, line = above[found.paragraph]
            hit = (text[found.start : found.end], line)
        else:
            paragraph = article.paragraphs[found.paragraph]
            hit = (paragraph.text[found.start : found.end], paragraph.line)
        if found.actor_id is None:
            not_counted.append((*hit, found.reading))
        else:
            matched.setdefault(found.actor_id, []).append((*hit, found.reading))
    actors = tuple(
        ActorHit(
            ref.actor_id,
            registry.actors[ref.actor_id].name,
            registry.actors[ref.actor_id].kind,
            ref.mentions,
            tuple(matched.get(ref.actor_id, ())),
        )
        for ref in tagging.actors
    )
    return Explanation(path, article, tuple(findings), actors, tuple(not_counted))


def to_json(explanation: Explanation) -> dict[str, Any]:
    article = explanation.article
    out: dict[str, Any] = {"path": explanation.path}
    if article is not None:
        out["article"] = {
            "id": article.id,
            "date": article.date.iso,
            "date_precision": article.date.precision,
            "title": article.title,
            "title_inferred": article.title_inferred,
            "subtitle": article.subtitle,
            "dateline": dataclasses.asdict(article.dateline) if article.dateline else None,
            "place": article.place,
            "country": article.country,
            "agencies": list(article.agencies),
            "author": article.author,
            "source": article.source_name,
            "url": article.url,
            "photo": article.photo_credit,
            "desk": article.desk,
            "summary": article.summary,
            "paragraphs": [
                {"line": p.line, "kind": p.kind, "text": p.text} for p in article.paragraphs
            ],
            "removed": [dataclasses.asdict(r) for r in article.removed],
            "rules": dict(article.provenance),
        }
        out["actors"] = [
            {
                **dataclasses.asdict(hit),
                "matched": [
                    {"text": t, "line": n, **({"reading": why} if why else {})}
                    for t, n, why in hit.matched
                ],
            }
            for hit in explanation.actors
        ]
        out["not_counted"] = [
            {"text": t, "line": n, "reading": why} for t, n, why in explanation.not_counted
        ]
    out["findings"] = [dataclasses.asdict(f) for f in explanation.findings]
    return out


def to_json_text(explanation: Explanation) -> str:
    return json.dumps(to_json(explanation), ensure_ascii=False, indent=2)


def _quote(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return "“" + printable(text if len(text) <= limit else text[: limit - 1] + "…") + "”"


def to_text(explanation: Explanation) -> str:
    """What a person reads: one line a field, then what left the body, then the actors."""
    lines = [printable(explanation.path)]
    article = explanation.article
    if article is None:
        lines.append("  not read: " + "; ".join(f.code for f in explanation.findings))
        lines += ["  " + line for f in explanation.findings for line in f.format().split("\n")]
        return "\n".join(lines)
    rules = dict(article.provenance)

    def field(name: str, value: object, rule: str | None = None) -> None:
        if value in (None, "", ()):
            return
        shown = value if isinstance(value, str) else ", ".join(map(str, value))  # type: ignore[call-overload]
        where = f"   [{rule}]" if rule else ""
        lines.append(f"  {name:<10} {printable(str(shown))}{where}")

    day_rule = next((r for f, r in article.provenance if f == "date.day"), None)
    field("date", f"{article.date.iso} ({article.date.precision})", day_rule or "date line")
    field("title", article.title, rules.get("title"))
    field("subtitle", article.subtitle, rules.get("subtitle"))
    if article.dateline is not None:
        d = article.dateline
        field("dateline", d.text, rules.get("dateline"))
    field("place", article.place)
    field("country", article.country)
    field("agencies", article.agencies)
    field("author", article.author, rules.get("author"))
    field("source", article.source_name, rules.get("source"))
    field("url", article.url, rules.get("url"))
    field("photo", article.photo_credit, rules.get("photo"))
    field("desk", article.desk, rules.get("desk"))
    headings = sum(p.kind == "heading" for p in article.paragraphs)
    body = f"{len(article.paragraphs) - headings} paragraphs"
    if headings:
        body += f", {headings} headings"
    field(
        "body",
        f"{body}, {article.words} words, lines {article.paragraphs[0].line}–{article.paragraphs[-1].line}",
    )
    if article.removed:
        lines.append(f"removed from the body ({len(article.removed)}):")
        for removal in article.removed:
            lines.append(f"  line {removal.line:<4} {removal.rule:<28} {_quote(removal.text)}")
    else:
        lines.append("removed from the body: nothing")
    if explanation.actors:
        lines.append(f"actors ({len(explanation.actors)}):")
        for hit in explanation.actors:
            seen = "; ".join(
                f"{_quote(t, 40)} line {n}" + (f" [{printable(why)}]" if why else "")
                for t, n, why in hit.matched[:6]
            )
            more = f" and {len(hit.matched) - 6} more" if len(hit.matched) > 6 else ""
            count = (
                f"{hit.mentions} mention{'s' if hit.mentions != 1 else ''}"
                if hit.mentions
                else "added by hand"
            )
            lines.append(
                f"  {printable(hit.name)} ({hit.actor_id}, {hit.kind}), {count}: {seen}{more}"
            )
    else:
        lines.append("actors: none")
    for text, line, why in explanation.not_counted:
        lines.append(f"  not counted: {_quote(text, 40)} line {line}: {printable(why)}")
    names = [f for f in explanation.findings if f.code == "A403"]
    others = [f for f in explanation.findings if f.code != "A403"]
    if names:
        found = ", ".join(
            f"{printable(f.message.split('”')[0].lstrip('“'))} (line {f.line})" for f in names
        )
        lines.append(f"names that match no actor: {found}")
    if others:
        lines.append("findings:")
        lines += ["  " + line for f in others for line in f.format().split("\n")]
    return "\n".join(lines)

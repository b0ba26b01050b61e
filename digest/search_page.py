"""The search page's own markup, in the site's language.

`digest build` writes it to docs/_parts/search.md; the hand-written docs/cerca.md only
includes it, so that page holds no words and follows `theme.language` like the rest of the
site. docs/javascripts/search.js brings the markup to life with Pagefind's JavaScript API;
the words it needs while running (result counts, kinds, "2 articoli") travel in one escaped
JSON attribute, so the script itself holds no language.

Raw HTML rather than Markdown: a search form has no Markdown form, and MkDocs passes raw
blocks through untouched. Links inside them are therefore written as the browser resolves
them (`paths.Addresses.href`), since MkDocs rewrites only Markdown links.
"""

from __future__ import annotations

import json

from digest import paths
from digest.i18n import Labels
from digest.mdtext import attribute, text
from digest.search import TYPE

# Labels the script needs while running, by the name it knows them under.
SCRIPT_LABELS = (
    "search_results_one",
    "search_results_many",
    "search_no_results",
    "search_unavailable",
    "kind_person",
    "kind_organisation",
    "kind_country",
    "article_one",
    "article_many",
)

# Material's "magnify" and "close" icons (Material Design Icons, Apache 2.0), inline so the
# page asks for nothing more; aria-hidden, as the box and the button carry the words.
_MAGNIFY = (
    '<svg class="digest-search__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
    '<path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79'
    "l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5"
    'S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5Z"/></svg>'
)
_CLOSE = (
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
    '<path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19'
    ' 19 17.59 13.41 12z"/></svg>'
)


def _browse(template: str, labels: Labels, addresses: paths.Addresses) -> str:
    """A sentence whose {months} and {actors} become links to the two indexes."""
    page = paths.SEARCH
    months = f'<a href="{addresses.href(page, paths.MONTH_INDEX)}">{attribute(labels["search_hint_months"])}</a>'
    actors = f'<a href="{addresses.href(page, paths.ACTOR_INDEX)}">{attribute(labels["search_hint_actors"])}</a>'
    return attribute(template).format(months=months, actors=actors)


def _type_choice(value: str, label: str, checked: bool = False) -> str:
    """One chip of the filter row: a real radio button, drawn as Material's tag."""
    return (
        f'<label class="digest-search__type"><input type="radio" name="{TYPE}" value="{value}"'
        f'{" checked" if checked else ""}><span class="md-tag">{attribute(label)}'
        f' <span class="digest-search__count" data-type="{value}"></span></span></label>'
    )


def search_part(labels: Labels, addresses: paths.Addresses) -> str:
    """The search page below its front matter: heading, form, result list, fallbacks."""
    page = paths.SEARCH
    script_labels = json.dumps(
        {key: labels[key] for key in SCRIPT_LABELS}, ensure_ascii=False, sort_keys=True
    )
    # One raw HTML block per element, no blank line inside any: Markdown leaves each alone.
    form = "\n".join(
        [
            f'<form id="digest-search" class="digest-search" role="search" action="./"'
            f' data-bundle="{addresses.href(page, paths.SEARCH_BUNDLE)}"'
            f' data-labels="{attribute(script_labels)}" hidden>',
            f'<label class="digest-search__label" for="digest-search-input">{attribute(labels["search_label"])}</label>',
            '<div class="digest-search__box">',
            _MAGNIFY,
            '<input id="digest-search-input" class="digest-search__input" type="search" name="q"'
            f' placeholder="{attribute(labels["search_placeholder"])}" autocomplete="off"'
            ' autocapitalize="off" spellcheck="false" enterkeyhint="search" autofocus>',
            f'<button class="digest-search__clear" type="reset" title="{attribute(labels["search_clear"])}"'
            f' aria-label="{attribute(labels["search_clear"])}" hidden>{_CLOSE}</button>',
            "</div>",
            '<fieldset class="digest-search__types" hidden>',
            f'<legend class="digest-visually-hidden">{attribute(labels["search_types"])}</legend>',
            _type_choice("", labels["all_kinds"], checked=True),
            _type_choice("article", labels["articles"]),
            _type_choice("actor", labels["actors_title"]),
            "</fieldset>",
            "</form>",
        ]
    )
    return "\n".join(
        [
            f"# {text(labels['search_title'])}\n",
            form,
            "",
            '<p id="digest-search-status" class="digest-search__status" role="status"></p>',
            "",
            '<ol id="digest-search-results" class="digest-search__results"></ol>',
            "",
            f'<p id="digest-search-hint" class="digest-search__hint" hidden>{_browse(labels["search_hint"], labels, addresses)}</p>',
            "",
            '<p class="digest-search__more"><button id="digest-search-more" class="md-button"'
            f' type="button" hidden>{attribute(labels["search_more"])}</button></p>',
            "",
            f"<noscript><p>{_browse(labels['search_noscript'], labels, addresses)}</p></noscript>",
            "",
            f'<script src="{addresses.href(page, "javascripts/search.js")}"></script>',
            "",
        ]
    )

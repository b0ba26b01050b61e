"""Every word the generated pages show, and every date format, keyed by site language.

Month and day names come from CLDR through Babel, so a new language needs only its
labels here.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from digest.model import ArticleDate

LABELS: dict[str, dict[str, str]] = {
    "it": {
        "home_latest": "Ultimi articoli",
        "home_actors": "Attori più presenti",
        "home_months": "Mesi",
        "all_months": "Tutti i mesi",
        "all_actors": "Tutti gli attori",
        "actors_title": "Attori",
        "actors_intro": "Persone, organizzazioni e paesi citati negli articoli, con il numero di articoli in cui compaiono.",
        "months_title": "Archivio",
        "months_intro": "Gli articoli mese per mese.",
        "kind_person": "Persona",
        "kind_organisation": "Organizzazione",
        "kind_country": "Paese",
        "kinds_person": "Persone",
        "kinds_organisation": "Organizzazioni",
        "kinds_country": "Paesi",
        "actor": "Attore",
        "articles": "Articoli",
        "articles_together": "Articoli insieme",
        "last_seen": "Ultima apparizione",
        "mentions": "Menzioni",
        "article_one": "1 articolo",
        "article_many": "{n} articoli",
        "mention_one": "1 menzione",
        "mention_many": "{n} menzioni",
        "appears_with": "Compare spesso con",
        "by": "di",
        "photo": "Foto",
        "source": "Fonte",
        "agency": "Agenzia",
        "place": "Luogo",
        "actors_in_article": "Attori",
        "reading_time": "{n} min di lettura",
        "month_of": "Mese",
        "actors_of_month": "Attori del mese",
        "years": "Anni",
        "part": "Parte {n} di {total}",
        "latest_articles": "Articoli più recenti",
        "year_articles": "Articoli del {year}",
        "back_to_actor": "Torna a {name}",
        "wikidata": "Wikidata",
        "chart_title": "Articoli al mese su {name}",
        "chart_desc": "Articoli al mese da {first} a {last} ({months}, {total} in tutto): il massimo è {peak}, a {peak_month}.",
        "month_one": "1 mese",
        "month_many": "{n} mesi",
        "in_the_news_once": "{count}, il {date}",
        "chart_data": "I numeri del grafico",
        "in_the_news": "{count}, da {first} a {last}",
        "subscribe": "Segui",
        "subscribe_hint": "Ricevi i nuovi articoli su {name}",
        "feed_rss": "RSS",
        "feed_atom": "Atom",
        "feed_json": "JSON Feed",
        "site_feed_title": "Tutti gli articoli",
        "actor_feed_title": "Articoli su {name}",
        "related": "Articoli correlati",
        "older_article": "Articolo precedente",
        "newer_article": "Articolo successivo",
        "change": "Variazione",
        "vs_previous_month": "{delta} rispetto a {month}",
        "new_actors": "Nuovi attori",
        "new_actors_intro": "Attori che compaiono per la prima volta questo mese.",
        "trend": "Ultimi 12 mesi",
        "all_kinds": "Tutti",
        # The search page (digest/search_page.py writes it, docs/javascripts/search.js fills it).
        "search_title": "Cerca",
        "search_label": "Cerca negli articoli e negli attori",
        "search_placeholder": "Parole, nomi, luoghi",
        "search_clear": "Cancella la ricerca",
        "search_types": "Tipo di risultato",
        "search_results_one": "1 risultato per «{query}»",
        "search_results_many": "{n} risultati per «{query}»",
        "search_no_results": "Nessun risultato per «{query}».",
        "search_hint": "Prova con un’altra parola o con un nome solo, oppure sfoglia {months} e {actors}.",
        "search_hint_months": "l’archivio dei mesi",
        "search_hint_actors": "l’elenco degli attori",
        "search_more": "Mostra altri risultati",
        "search_unavailable": "La ricerca non è disponibile: manca il suo indice (il sito va costruito con «digest site»).",
        "search_noscript": "La ricerca ha bisogno di JavaScript. Senza, restano {months} e {actors}.",
    },
    "en": {
        "home_latest": "Latest articles",
        "home_actors": "Most present actors",
        "home_months": "Months",
        "all_months": "All months",
        "all_actors": "All actors",
        "actors_title": "Actors",
        "actors_intro": "People, organisations and countries named in the articles, with the number of articles they appear in.",
        "months_title": "Archive",
        "months_intro": "The articles month by month.",
        "kind_person": "Person",
        "kind_organisation": "Organisation",
        "kind_country": "Country",
        "kinds_person": "People",
        "kinds_organisation": "Organisations",
        "kinds_country": "Countries",
        "actor": "Actor",
        "articles": "Articles",
        "articles_together": "Articles together",
        "last_seen": "Last seen",
        "mentions": "Mentions",
        "article_one": "1 article",
        "article_many": "{n} articles",
        "mention_one": "1 mention",
        "mention_many": "{n} mentions",
        "appears_with": "Often appears with",
        "by": "by",
        "photo": "Photo",
        "source": "Source",
        "agency": "Agency",
        "place": "Place",
        "actors_in_article": "Actors",
        "reading_time": "{n} min read",
        "month_of": "Month",
        "actors_of_month": "Actors of the month",
        "years": "Years",
        "part": "Part {n} of {total}",
        "latest_articles": "Latest articles",
        "year_articles": "Articles of {year}",
        "back_to_actor": "Back to {name}",
        "wikidata": "Wikidata",
        "chart_title": "Articles per month about {name}",
        "chart_desc": "Articles per month from {first} to {last} ({months}, {total} in all): the highest is {peak}, in {peak_month}.",
        "month_one": "1 month",
        "month_many": "{n} months",
        "in_the_news_once": "{count}, on {date}",
        "chart_data": "The chart's numbers",
        "in_the_news": "{count}, from {first} to {last}",
        "subscribe": "Follow",
        "subscribe_hint": "Get new articles about {name}",
        "feed_rss": "RSS",
        "feed_atom": "Atom",
        "feed_json": "JSON Feed",
        "site_feed_title": "All articles",
        "actor_feed_title": "Articles about {name}",
        "related": "Related articles",
        "older_article": "Previous article",
        "newer_article": "Next article",
        "change": "Change",
        "vs_previous_month": "{delta} compared with {month}",
        "new_actors": "New actors",
        "new_actors_intro": "Actors appearing for the first time this month.",
        "trend": "Last 12 months",
        "all_kinds": "All",
        "search_title": "Search",
        "search_label": "Search the articles and the actors",
        "search_placeholder": "Words, names, places",
        "search_clear": "Clear the search",
        "search_types": "Type of result",
        "search_results_one": "1 result for “{query}”",
        "search_results_many": "{n} results for “{query}”",
        "search_no_results": "No results for “{query}”.",
        "search_hint": "Try another word or a single name, or browse {months} and {actors}.",
        "search_hint_months": "the archive by month",
        "search_hint_actors": "the list of actors",
        "search_more": "Show more results",
        "search_unavailable": "Search is not available: its index is missing (build the site with “digest site”).",
        "search_noscript": "Search needs JavaScript. Without it, there are still {months} and {actors}.",
    },
}


class Labels:
    """The labels and date formats of one language."""

    def __init__(self, language: str) -> None:
        if language not in LABELS:
            raise ValueError(f"no labels for language {language!r}")
        self.language = language
        self._labels = LABELS[language]
        self._month_cache: dict[tuple[int, int], str] = {}
        self._date_cache: dict[ArticleDate, str] = {}

    def __getitem__(self, key: str) -> str:
        return self._labels[key]

    def count(self, key: str, n: int) -> str:
        """`count("article", 3)` → "3 articoli"."""
        return self._labels[f"{key}_one"] if n == 1 else self._labels[f"{key}_many"].format(n=n)

    def kind(self, kind: str, plural: bool = False) -> str:
        return self._labels[f"kinds_{kind}" if plural else f"kind_{kind}"]

    def month(self, year: int, month: int) -> str:
        """ "maggio 2025" / "May 2025": the stand-alone month form of CLDR."""
        key = (year, month)
        if key not in self._month_cache:
            self._month_cache[key] = format_date(
                date(year, month, 1), "LLLL y", locale=self.language
            )
        return self._month_cache[key]

    def date(self, value: ArticleDate) -> str:
        """ "20 dicembre 2025" for a day, "maggio 2025" for a month: never a made-up day."""
        if value.day is None:
            return self.month(value.year, value.month)
        if value not in self._date_cache:  # Babel takes ~30 µs a call; a corpus has few days
            self._date_cache[value] = format_date(
                date(value.year, value.month, value.day), "long", locale=self.language
            )
        return self._date_cache[value]

from __future__ import annotations

import pytest

from digest.model import ArticleDate
from digest.prose import infer_title, sentence_spans, summarise
from digest.readers import read_article
from tests.conftest import SEED_DAY, SEED_MONTH, read, read_fixture


@pytest.fixture(scope="module")
def seed_day():
    return read(SEED_DAY)


@pytest.fixture(scope="module")
def seed_month():
    return read(SEED_MONTH)


class TestSeedWithDay:
    @pytest.fixture
    def article(self, seed_day):
        return seed_day

    def test_date_keeps_day_precision(self, article):
        assert article.date == ArticleDate(2025, 12, 20)
        assert article.date.precision == "day"

    def test_identity_comes_from_file_name(self, article):
        assert article.id == "2025-12-20-munir-incontra-haftar-a-bengasi"
        assert article.source == SEED_DAY
        assert article.format == "text"

    def test_body_starts_on_the_date_line(self, article):
        assert article.paragraphs[0].text.startswith(
            "Il Capo di Stato Maggiore dell’esercito pakistano"
        )
        assert article.paragraphs[0].line == 1

    def test_closing_byline_is_the_author_not_body(self, article):
        assert article.author == "Lucia Giannini"
        assert all("Lucia Giannini" not in p.text for p in article.paragraphs)

    def test_paragraphs(self, article):
        assert len(article.paragraphs) == 8
        assert article.paragraphs[-1].text.startswith("Da parte sua, Khalifa Haftar")
        assert [p.line for p in article.paragraphs] == [1, 3, 5, 7, 9, 11, 13, 15]

    def test_no_dateline_no_agency(self, article):
        assert (article.place, article.country, article.agencies) == (None, None, ())
        assert article.photo_credit is None

    def test_title_is_the_leads_main_clause_cut_at_a_phrase(self, article):
        # Issue 9: no headline, so the title is made from the lead as an editor would: the
        # name in apposition (", il generale Asim Munir,") says who, in place of the long
        # role; the when ("mercoledì scorso") is the lead's; the trailing purpose clause goes,
        # within 90 characters, with no ellipsis and no dangling preposition.
        assert article.title_inferred
        assert article.title == (
            "Asim Munir ha incontrato a Bengasi il comandante militare libico Khalifa Haftar"
        )

    def test_summary_is_the_lead(self, article):
        assert article.summary.startswith("Il Capo di Stato Maggiore")
        assert article.summary.endswith("in una nota.")

    def test_counts_and_language(self, article):
        assert article.words == 284  # space-separated words: "dell’esercito" is one
        assert article.reading_minutes == 2
        assert article.lang == "it"


class TestSeedWithMonth:
    @pytest.fixture
    def article(self, seed_month):
        return seed_month

    def test_month_precision_invents_no_day(self, article):
        assert article.date == ArticleDate(2025, 5, None)
        assert article.date.precision == "month"
        assert article.date.iso == "2025-05"

    def test_dateline_becomes_metadata(self, article):
        assert article.place == "Tripoli"
        assert article.country == "Libia"
        assert article.paragraphs[0].text.startswith(
            "Il comandante dell’esercito nazionale libico (Lna)"
        )

    def test_agencies_from_dateline_and_closing_tag(self, article):
        assert article.agencies == ("Italpress", "MNA")  # each agency by its own name
        assert all("(ITALPRESS)" not in p.text for p in article.paragraphs)

    def test_photo_credit_is_metadata(self, article):
        assert article.photo_credit == "IPA Agency"
        assert all("foto" not in p.text.lower() for p in article.paragraphs)

    def test_no_author(self, article):
        assert article.author is None

    def test_paragraphs(self, article):
        assert len(article.paragraphs) == 4
        assert article.paragraphs[-1].text.endswith("equilibri geopolitici in Nord Africa.")

    def test_title_and_summary(self, article):
        # The bracketed acronym leaves the title, and the name in apposition takes the role's
        # place (role and name together would leave the predicate too little room).
        assert article.title == (
            "Khalifa Haftar ha avuto colloqui di alto livello a Mosca con il neo ministro"
        )
        assert article.summary.endswith("Andrei Belousov.")


@pytest.mark.parametrize(
    "first_line",
    [
        " date 2025-12-20 Testo.",
        "date 2025-12-20 Testo.",
        "   date: 2025-12-20 Testo.",
        "Date: 2025-12-20   Testo.",
        "\n\n date 2025-12-20 Testo.",
    ],
)
def test_date_line_variants(first_line):
    article, findings = read_article("a/2025-12-20-x.txt", f"{first_line}\n".encode(), "it")
    assert findings == []
    assert article.date == ArticleDate(2025, 12, 20)
    assert article.paragraphs[0].text == "Testo."


def test_date_line_alone_with_body_below():
    article, _ = read_article("a/x.txt", b" date 2025-05\n\nTesto sotto.\n", "it")
    assert article.date == ArticleDate(2025, 5)
    assert article.paragraphs[0].text == "Testo sotto."


@pytest.mark.parametrize(
    ("lead", "place", "country", "agencies"),
    [
        ("ROMA (ANSA) – Testo.", "Roma", None, ("ANSA",)),
        ("NEW YORK (LAPRESSE) - Testo.", "New York", None, ("LaPresse",)),
        ("TRIPOLI (LIBIA) (ITALPRESS/MNA) – Testo.", "Tripoli", "Libia", ("Italpress", "MNA")),
        ("BENGASI (LIBIA) – Testo.", "Bengasi", "Libia", ()),
        ("L’AQUILA (AGI) — Testo.", "L’Aquila", None, ("AGI",)),
    ],
)
def test_dateline_variants(lead, place, country, agencies):
    article, _ = read_article("a/x.txt", f" date 2025-12-20 {lead}\n".encode(), "it")
    assert (article.place, article.country, article.agencies) == (place, country, agencies)
    assert article.paragraphs[0].text == "Testo."


def test_lead_starting_with_capitals_is_not_a_dateline():
    article, _ = read_article("a/x.txt", b" date 2025-12-20 NATO e Russia: un incontro.\n", "it")
    assert article.place is None
    assert article.paragraphs[0].text == "NATO e Russia: un incontro."


def test_agency_tag_at_end_of_last_paragraph():
    article, _ = read_article(
        "a/x.txt", b" date 2025-12-20 Primo.\n\nUltimo paragrafo. (ANSA).\n", "it"
    )
    assert article.agencies == ("ANSA",)
    assert article.paragraphs[-1].text == "Ultimo paragrafo."


def test_byline_with_di():
    article, _ = read_article("a/x.txt", b" date 2025-12-20 Primo.\n\ndi Marco De Santis\n", "it")
    assert article.author == "Marco De Santis"


def test_hard_wrapped_paragraph_is_joined():
    article, _ = read_article(
        "a/x.txt", b" date 2025-12-20 Prima riga\nseconda riga.\n\nAltro.\n", "it"
    )
    assert [p.text for p in article.paragraphs] == ["Prima riga seconda riga.", "Altro."]


def test_a_page_pasted_with_one_line_break_between_paragraphs():
    lead = (
        "Rientro in fabbrica rinviato di un giorno per i 1.200 operai delle carrozzerie, "
        "rimandati a casa per un guasto alla linea informatica del montaggio. I sindacati "
        "protestano."
    )
    text = (
        f" date 2026-01-01 Problema tecnico in fabbrica, per 1.200 operai rientro rinviato\n"
        f"{lead}\nL'azienda spiega che si tratta di un problema tecnico\n, e che domani si "
        "dovrebbe lavorare regolarmente.\n"
    )
    article, _ = read_article("a/x.txt", text.encode(), "it")
    assert article.title == "Problema tecnico in fabbrica, per 1.200 operai rientro rinviato"
    # a line that opens on punctuation or in lower case goes on from the one before
    assert [p.text for p in article.paragraphs] == [
        lead,
        "L'azienda spiega che si tratta di un problema tecnico , e che domani si dovrebbe "
        "lavorare regolarmente.",
    ]


# ---------------------------------------------------------------- bad input


def _codes(findings):
    return [(f.severity, f.code) for f in findings]


def test_missing_date_line():
    article, findings = read_fixture("missing-date.txt")
    assert article is None
    assert _codes(findings) == [("error", "D101")]
    assert findings[0].line == 1
    assert "date 2025-12-20" in findings[0].fix


def test_impossible_date():
    article, findings = read_fixture("impossible-date.txt")
    assert article is None
    assert _codes(findings) == [("error", "D102")]
    assert findings[0].line == 1 and findings[0].column == 7
    assert "2025-13-40" in findings[0].message


def test_date_in_wrong_format():
    _, findings = read_fixture("bad-date-format.txt")
    assert _codes(findings) == [("error", "D103")]


def test_windows_1252_is_read_with_a_warning():
    article, findings = read_fixture("windows-1252.txt")
    assert _codes(findings) == [("warning", "E201")]
    assert "iconv" in findings[0].fix
    assert article.paragraphs[0].text == "L’esercito libico e la città di Bengasi."
    assert article.author == "Lucia Giannini"


def test_bom_and_crlf_read_like_plain_utf8():
    bom, f1 = read_fixture("bom.txt")
    crlf, f2 = read_fixture("crlf.txt")
    assert f1 == f2 == []
    assert bom.date == crlf.date == ArticleDate(2025, 12, 20)
    assert bom.paragraphs[0].text == crlf.paragraphs[0].text
    assert [p.text for p in crlf.paragraphs] == [
        "Il generale Asim Munir ha incontrato Khalifa Haftar.",
        "Secondo paragrafo.",
    ]
    assert crlf.author == "Lucia Giannini"


@pytest.mark.parametrize("name", ["empty.txt", "blank-lines-only.txt"])
def test_empty_file(name):
    article, findings = read_fixture(name)
    assert article is None
    assert _codes(findings) == [("error", "E202")]


def test_oversized_file():
    article, findings = read_article("a/big.txt", b" date 2025-12-20 " + b"x" * 1_100_000, "it")
    assert article is None and _codes(findings) == [("error", "E203")]


def test_a_letter_spaced_text_is_read_and_said():
    # "R o m a , 4 f e b": a page whose letters were set apart, copied with a space after
    # each; the page is built from it as it is, and the contributor told, in both formats
    spaced = " ".join("Roma, 4 feb. (Adnkronos) - Il ministro ha parlato a lungo in aula.")
    for path, data in (
        ("a/x.txt", f" date 2026-02-04 {spaced}\n"),
        ("a/x.md", f"---\ndate: 2026-02-04\n---\n\n{spaced}\n"),
    ):
        article, findings = read_article(path, data.encode(), "it")
        assert article is not None and _codes(findings) == [("warning", "E211")], path
        assert "R o m a" in findings[0].message
    # prose with its one-letter words is no letter-spaced text
    prose = "Il governo e i sindacati: è la volta buona, o è un rinvio? " * 4
    article, findings = read_article("a/x.txt", f" date 2026-02-04 {prose}\n".encode(), "it")
    assert findings == []


def test_special_characters_stay_text():
    article, findings = read_fixture("special-characters.txt")
    assert findings == []
    assert article.paragraphs[0].text.startswith("Un *titolo* con # e _sottolineato_ <script>")
    assert [p.text for p in article.paragraphs[1:]] == ["1. non una lista", "- neanche questa"]


# ---------------------------------------------------------------- markdown


def test_markdown_front_matter_overrides_everything():
    article, findings = read_fixture("markdown-overrides.md")
    assert findings == []
    assert article.format == "markdown"
    assert article.id == "munir-haftar-bengasi"
    assert article.title == "Munir e Haftar a Bengasi" and not article.title_inferred
    assert article.date == ArticleDate(2025, 12)
    assert article.url == "https://example.org/notizia"
    assert article.source_name == "The New Arab"
    assert (article.author, article.lang, article.place, article.country) == (
        "Redazione",
        "en",
        "Bengasi",
        "Libia",
    )
    assert article.agencies == ("ANSA",)
    assert article.photo_credit == "IPA Agency"
    assert article.summary == "Un incontro tra i vertici militari."
    assert article.actors_added == ("andrei-belousov",)
    assert article.actors_removed == ("libia",)


def test_markdown_keeps_formatting_and_gives_plain_text_for_matching():
    article, _ = read_fixture("markdown-overrides.md")
    assert "<strong>Asim Munir</strong>" in article.body_html
    assert (
        "Un titolo nel corpo" not in article.body_html
    )  # front matter title wins, heading dropped
    assert (
        article.paragraphs[0].text
        == "Il generale Asim Munir ha incontrato Khalifa Haftar in Libia."
    )
    assert article.paragraphs[0].line == 19


def test_markdown_title_from_heading_and_slug_from_file_name():
    data = b"---\ndate: 2025-12-20\n---\n# Il titolo\n\nIl testo.\n"
    article, findings = read_article("articles/2025-12-20-Il Titolo.md", data, "it")
    assert findings == []
    assert article.title == "Il titolo"
    assert article.id == "2025-12-20-il-titolo"
    assert article.summary == "Il testo."


def test_broken_front_matter_names_the_line():
    article, findings = read_fixture("broken-front-matter.md")
    assert article is None
    assert _codes(findings) == [("error", "F301")]
    assert findings[0].line == 3  # where the unclosed quote opens


def test_unknown_front_matter_key_suggests_the_right_one():
    article, findings = read_fixture("unknown-key.md")
    assert article is None
    assert _codes(findings) == [("error", "F302")]
    assert findings[0].line == 3
    assert "`actors`" in findings[0].fix


def test_front_matter_not_closed():
    _, findings = read_fixture("front-matter-not-closed.md")
    assert _codes(findings) == [("error", "F301")]


def test_markdown_without_front_matter():
    _, findings = read_fixture("no-front-matter.md")
    assert _codes(findings) == [("error", "F300")]


def test_slug_that_escapes_its_folder_is_refused():
    article, findings = read_fixture("bad-slug.md")
    assert article is None
    assert _codes(findings) == [("error", "S602")]


def test_front_matter_types_are_checked():
    data = b"---\ndate: 2025-12-20\nactors: khalifa-haftar\ntitle: [a]\nurl: javascript:alert(1)\n---\nTesto.\n"
    _, findings = read_article("a/x.md", data, "it")
    assert sorted(_codes(findings)) == [("error", "F303"), ("error", "F303"), ("error", "F304")]


# ---------------------------------------------------------------- derivations


def test_sentences_skip_abbreviations():
    text = "Il sig. Rossi è arrivato. Poi è partito! Davvero?"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Il sig. Rossi è arrivato.",
        "Poi è partito!",
        "Davvero?",
    ]


def test_a_word_ending_like_an_abbreviation_still_ends_the_sentence():
    text = "Lo ha detto il Pakistan. Inoltre l’Iran. Il gen. Rossi no."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Lo ha detto il Pakistan.",
        "Inoltre l’Iran.",
        "Il gen. Rossi no.",
    ]


def test_title_of_short_lead_is_whole_sentence():
    assert infer_title("Haftar incontra Munir. Poi altro.") == "Haftar incontra Munir"


def test_summary_keeps_whole_sentences():
    lead = "Prima frase breve. " + "Seconda frase molto lunga " * 20 + "."
    assert summarise(lead) == "Prima frase breve."


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # Leading time and circumstance go; the main clause stays.
        (
            "Ieri sera, a margine del vertice, il ministro degli Esteri ha incontrato a Roma "
            "il collega francese per discutere della crisi nel Sahel e delle sue conseguenze.",
            # (the cut leaves "per discutere" without what is discussed: the purpose goes)
            "Il ministro degli Esteri ha incontrato a Roma il collega francese",
        ),
        # A relative clause between commas is not the news.
        (
            "Il presidente, che era arrivato ieri nella capitale, ha firmato l'accordo con il governo.",
            "Il presidente ha firmato l'accordo con il governo",
        ),
        # A leading subordinate goes; a long clause is cut before a clause word, not an article.
        (
            "Dopo tre giorni di trattative serrate tra le delegazioni, i due governi hanno firmato "
            "un accordo sul gas che prevede forniture per dieci anni a partire dal prossimo gennaio.",
            "I due governi hanno firmato un accordo sul gas che prevede forniture per dieci anni",
        ),
        # "Secondo fonti locali," attributes; the title is what happened.
        (
            "Secondo fonti locali, almeno venti persone sono morte nel crollo di un edificio "
            "nella periferia della città durante la notte tra sabato e domenica.",
            "Almeno venti persone sono morte nel crollo di un edificio nella periferia della città",
        ),
        # A role and the name in apposition: run together when the predicate has room...
        (
            "Ieri il ministro della Difesa della Russia, Sergej Shoigu, ha compiuto 67 anni.",
            "Il ministro della Difesa della Russia Sergej Shoigu ha compiuto 67 anni",
        ),
        # ... the name alone when the role would take the title's room.
        (
            "Il primo ministro ad interim del governo di Unità nazionale libico, Abdul Hamid "
            "Dbeibeh, è arrivato a Palazzo Chigi per incontrare la presidente del Consiglio.",
            "Abdul Hamid Dbeibeh è arrivato a Palazzo Chigi per incontrare la presidente del Consiglio",
        ),
        # A name in apposition to a role later in the clause takes the role's place, and an
        # articulated preposition keeps its preposition ("al ministro, X," → "a X").
        (
            "La sindaca di Ancona, Giulia Neri, ha scritto al ministro dei Trasporti, Paolo "
            "Conti, per chiedere nuovi treni regionali.",
            "Giulia Neri ha scritto a Paolo Conti per chiedere nuovi treni regionali",
        ),
        (
            "Passaggio di consegne tra il presidente della Provincia uscente, Marco Bassi, e "
            "la nuova presidente Laura Villa.",
            "Passaggio di consegne tra Marco Bassi e la nuova presidente Laura Villa",
        ),
        # … also where the role ends a segment the title would drop as an aside.
        (
            "Il candidato del centrodestra, Luca Ferri, tra il 52 e il 56% e lo sfidante del "
            "centrosinistra, Anna Galli, tra il 40 e il 44%.",
            "Luca Ferri tra il 52 e il 56% e Anna Galli tra il 40 e il 44%",
        ),
        # A plural subject before a capitalised name is no person's role: it stays.
        (
            "Gli studenti del liceo Manzoni di Lecco hanno deciso di scioperare anche oggi.",
            "Gli studenti del liceo Manzoni di Lecco hanno deciso di scioperare anche oggi",
        ),
        # A noun that is no role keeps the name list after it as it is.
        (
            "Gli Stati Uniti hanno colpito i siti nucleari, Fordow e Natanz, nella notte.",
            "Gli Stati Uniti hanno colpito i siti nucleari",
        ),
        # "X ha detto che …" is written "X: …"; a role in lower case before a name goes.
        (
            "Ieri il presidente turco, Recep Tayyip Erdogan, ha detto che su richiesta del governo "
            "di Tripoli potrebbe mandare truppe in Libia a difesa della capitale.",
            "Recep Tayyip Erdogan: su richiesta del governo di Tripoli potrebbe mandare truppe in Libia",
        ),
        # "di Stato" belongs to the role: it stays.
        (
            "Il segretario di Stato, Antony Blinken, ieri ha dovuto difendere il ritiro.",
            "Il segretario di Stato Antony Blinken ha dovuto difendere il ritiro",
        ),
        # A when without a comma ("Nella notte tra … dicembre") opens the lead, not the title.
        (
            "Nella notte tra mercoledì 15 e giovedì 16 dicembre un gruppo di uomini armati ha "
            "circondato la sede del governo a Tripoli.",
            "Un gruppo di uomini armati ha circondato la sede del governo a Tripoli",
        ),
        # A relative clause between subject and verb goes, though a quotation follows.
        (
            "Le navi delle ong che intendono svolgere attività di soccorso in acque libiche "
            "devono essere autorizzate da Tripoli e «lasciare la precedenza».",
            "Le navi delle ong devono essere autorizzate da Tripoli e «lasciare la precedenza»",
        ),
        # A role in apposition after the name goes.
        (
            "Alexei Navalny, il dissidente e principale oppositore russo, è morto nella colonia "
            "penale dove era detenuto.",
            "Alexei Navalny è morto nella colonia penale dove era detenuto",
        ),
        # A relative clause with an auxiliary in the subject; "Questa domenica" is a when.
        (
            "Il bilancio del terremoto che ha colpito stanotte i villaggi del sud-est è di 920 "
            "vittime, secondo l'agenzia ufficiale.",
            "Il bilancio del terremoto è di 920 vittime",
        ),
        (
            "Questa domenica le tensioni nella regione, controllata da un paese ma rivendicata "
            "dall'altro, sono esplose in un'escalation che non si vedeva da anni.",
            "Le tensioni nella regione sono esplose in un'escalation che non si vedeva da anni",
        ),
        # A long role with capitalised words ("Affari Esteri": no verb) and the name after it.
        (
            "L'Alto Rappresentante dell'Unione per gli Affari Esteri e la Politica di Sicurezza, "
            "Maria Rossi, ha ammesso che il pacchetto di sanzioni non sarà adottato subito.",
            "Maria Rossi: il pacchetto di sanzioni non sarà adottato subito",
        ),
        # A lead that opens on a quotation: the speaker's surname, then its first sentence.
        (
            "“Abbiamo preparato un pacchetto molto duro. Lo adotteremo presto”, ha detto l’Alto "
            "rappresentante Ue Josep Borrell ai giornalisti.",
            "Borrell: “Abbiamo preparato un pacchetto molto duro”",
        ),
        (
            "«Ora voglio che tutti mi ascoltino». Così il presidente Mario Rossi in un video.",
            "Rossi: «Ora voglio che tutti mi ascoltino»",
        ),
        # A greeting opens a message, not its news; a day, then its hour, go; who was told
        # is no speaker ("mi ha comunicato che").
        (
            "Cari concittadini, oggi alle ore 13:30 la Asl mi ha comunicato che altri due "
            "nostri concittadini sono risultati positivi.",
            "La Asl: altri due nostri concittadini sono risultati positivi",
        ),
        (
            "Nel primo pomeriggio di oggi un'ambulanza e un'auto si sono scontrate "
            "all'incrocio tra via Roma e via Verdi.",
            "Un'ambulanza e un'auto si sono scontrate all'incrocio tra via Roma e via Verdi",
        ),
        (
            "Il pomeriggio del 15 settembre un uomo era entrato in una tabaccheria di via "
            "Roma con il volto coperto.",
            "Un uomo era entrato in una tabaccheria di via Roma con il volto coperto",
        ),
        # A long aside between dashes after an opening subordinate closes it, as a comma.
        (
            "Se ha ragione lui – il presidente del Parlamento Mario Rossi, uomo del Nord in "
            "questi giorni a Roma per una serie di incontri istituzionali – il paese è davvero "
            "di fronte a una svolta.",
            "Il paese è davvero di fronte a una svolta",
        ),
        # "Instagram" opens with no article "I": a list and its predicate, not an apposition;
        # a clause of cause ends the title.
        (
            "Email, Instagram e Whatsapp pressoché inaccessibili, così come Facebook, perché i "
            "filtri non funzionano.",
            "Email, Instagram e Whatsapp pressoché inaccessibili",
        ),
        # A subordinate clause runs to its verb, past the apposition of its subject.
        (
            "Mentre il capo della milizia, il generale Mario Rossi, avanza verso la capitale, "
            "il governo ha chiesto una riunione urgente del Consiglio di sicurezza.",
            "Il governo ha chiesto una riunione urgente del Consiglio di sicurezza",
        ),
        # An elided place ("Nell'est") is a circumstance, like "Nella regione".
        (
            "Nell'est del paese, almeno venti persone sono morte negli scontri tra esercito e ribelli.",
            "Almeno venti persone sono morte negli scontri tra esercito e ribelli",
        ),
        # What was said names people as the title does: without the role.
        (
            "Il portavoce Mario Rossi ha dichiarato che il presidente russo Vladimir Putin non "
            "terrà la conferenza stampa.",
            "Mario Rossi: Vladimir Putin non terrà la conferenza stampa",
        ),
        # A long aside in brackets goes; a role after a name goes, with no article.
        (
            "Il primo ministro Mario Rossi, capo del governo di unità (l’unico governo del paese "
            "riconosciuto come legittimo dalle Nazioni Unite), ha incontrato a Roma il collega.",
            "Mario Rossi ha incontrato a Roma il collega",
        ),
        # A clause that opens on its verb keeps its subject, after the verb.
        (
            "È morto da soldato, il presidente ciadiano Mario Rossi, difendendo il suo Paese.",
            "È morto da soldato, il presidente ciadiano Mario Rossi",
        ),
        # Connectives that tie the lead to what came before go; a decimal comma stays.
        (
            "Intanto però il gas continua a fuoriuscire dai gasdotti con il 74,5% della pressione.",
            "Il gas continua a fuoriuscire dai gasdotti con il 74,5% della pressione",
        ),
        # A when between commas goes whole; a span of days stays.
        (
            "Il governo si è fatto garante, sabato scorso, di un accordo fra le varie tribù.",
            "Il governo si è fatto garante di un accordo fra le varie tribù",
        ),
        (
            "La conferenza in programma oggi e domani a Palermo vuole stabilizzare il paese.",
            "La conferenza in programma oggi e domani a Palermo vuole stabilizzare il paese",
        ),
        # "X: …" only where X is what comes before: never after the title's own verb.
        (
            "Mario Rossi ha visitato il campo e ha detto che gli aiuti arrivano.",
            "Mario Rossi ha visitato il campo e ha detto che gli aiuti arrivano",
        ),
        # The speaker named before the reporting verb, not the person they spoke of; and
        # the speaker a "to say it is" sentence names.
        (
            '"Ho parlato col primo ministro di dignità e giusto processo": Maria Rossi lo ha '
            "detto a proposito del caso di Anna Bianchi, detenuta all'estero.",
            'Rossi: "Ho parlato col primo ministro di dignità e giusto processo"',
        ),
        (
            '"Bene i dati di oggi. A ottobre la disoccupazione scende. Avanti così!". Ad '
            "affermarlo su Twitter è il ministro del Lavoro, Nunzia Rossi.",
            'Rossi: "Bene i dati di oggi"',
        ),
        # A slogan nobody is said to speak opens on the news the next sentence tells; a
        # relative clause inside the circumstance before the main clause stays with it.
        (
            '"Arrestate il presidente". Con una decisione che era nell\'aria da tempo, la Corte '
            "internazionale ha emesso due mandati di cattura. Il primo riguarda il presidente.",
            "La Corte internazionale ha emesso due mandati di cattura",
        ),
        # The speaker of a quotation: the name after the role's comma, with its particle.
        (
            "“La situazione è ancora fragile”. Lo ha detto il ministro degli Esteri, Luigi Di "
            "Maio, a Roma.",
            "Di Maio: “La situazione è ancora fragile”",
        ),
        # A long title ends on a whole clause rather than on a cut phrase; a subordinate
        # clause or a list after a colon is no such clause.
        (
            "Il presidente del paese è stato arrestato da alcuni militari della guardia, durante "
            "il tentativo di colpo di Stato iniziato nella notte nella capitale.",
            "Il presidente del paese è stato arrestato da alcuni militari della guardia",
        ),
        (
            "La regione è davvero di fronte a una svolta epocale per il suo futuro: democrazia, "
            "pace e stabilità sono dietro l’angolo.",
            "La regione è davvero di fronte a una svolta epocale per il suo futuro: democrazia, pace",
        ),
        # The name in apposition to what a leading circumstance named goes with it.
        (
            "Dopo la visita del presidente del Consiglio europeo, Mario Rossi, questa mattina "
            "il governo ha approvato il piano.",
            "Il governo ha approvato il piano",
        ),
        # "Così su Telegram il presidente…": the platform is where, the name after it who.
        (
            "“Un’altra notte di attacchi”. Così su Telegram il presidente Mario Rossi.",
            "Rossi: “Un’altra notte di attacchi”",
        ),
        (
            "“Abbiamo agito subito”, queste le parole del ministro dell’Interno, Mario Rossi.",
            "Rossi: “Abbiamo agito subito”",
        ),
        # A circumstance between the verb and its object goes; the object stays.
        (
            "Il sindaco, Mario Rossi, ha presentato ai giornalisti, in municipio, la nuova "
            "giunta comunale. Mancano due assessori.",
            "Mario Rossi ha presentato ai giornalisti la nuova giunta comunale",
        ),
        # … but not before a when or a name's role, which are no object.
        (
            "È ancora incerta la sorte del capo della milizia, Mario Rossi, dopo i raid "
            "aerei sulla periferia sud della capitale, la sera del 27 settembre.",
            "È ancora incerta la sorte del capo della milizia, Mario Rossi",
        ),
        # A circumstance between the subject and its verb goes.
        (
            "La disputa sui dazi tra i due Paesi, con il nuovo aumento delle tariffe sulle auto, "
            "non sembra fermarsi. Altro.",
            "La disputa sui dazi tra i due Paesi non sembra fermarsi",
        ),
        # … but not one that interrupts a subordinate clause.
        (
            "Uno stop per impedire che, a un mese dalle proteste, sui social potessero essere "
            "diffusi i filmati. Altro.",
            "Uno stop per impedire che, a un mese dalle proteste, sui social potessero essere diffusi",
        ),
        # A participle and its agent open the sentence; the main clause is the title.
        (
            "Spazzato via da una slavina di immense proporzioni, i soccorritori hanno lavorato "
            "tutta la notte. Altro.",
            "I soccorritori hanno lavorato tutta la notte",
        ),
        # … and a participle opening a clause of its own, its subject the main clause's
        (
            "Arrivato a Roma nella tarda serata di ieri, il presidente francese ha incontrato la "
            "premier a Palazzo Chigi. Altro.",
            "Il presidente francese ha incontrato la premier a Palazzo Chigi",
        ),
        (
            "Persuaso che le probabilità di un nuovo governo siano esigue, Mario Rossi ha deciso "
            "di sciogliere la giunta. Altro.",
            "Mario Rossi ha deciso di sciogliere la giunta",
        ),
        # … but a participle that is the news, with its subject after it, stays
        (
            "Approvato ieri dal Consiglio dei ministri il decreto che stanzia 2 miliardi, per le "
            "famiglie in difficoltà. Altro.",
            "Approvato dal Consiglio dei ministri il decreto che stanzia 2 miliardi",
        ),
        # A dropped circumstance takes its asides with it.
        (
            "Con la maggior parte delle schede scrutinate, contate in quaranta giorni, che si "
            "sono svolte in sette tornate, le elezioni sanciscono la vittoria della coalizione.",
            "Le elezioni sanciscono la vittoria della coalizione",
        ),
        # … and a tally's items, up to the subject, with or without its comma
        (
            "Con 401 voti a favore, 284 contrari, 15 astensioni e 7 schede nulle il Parlamento "
            "europeo ha riconfermato la presidente della Commissione. Altro.",
            "Il Parlamento europeo ha riconfermato la presidente della Commissione",
        ),
        (
            "Con 180 sì, 120 no e 3 astenuti, il Senato ha approvato la legge di bilancio.",
            "Il Senato ha approvato la legge di bilancio",
        ),
        # A clause joined to a dropped relative one is part of it.
        (
            "Si consolida il primato dei conservatori nel Paese, dove la coalizione non solo "
            "conferma i seggi che aveva nel Parlamento, ma guadagna terreno in diverse regioni.",
            "Si consolida il primato dei conservatori nel Paese",
        ),
        # A day in apposition to a when goes; the clause of place stays, the news of a lead
        # without a verb of its own (it went too, before the annotations showed it kept).
        (
            "Tempo di elezioni anche nel Paese, dove oltre cento milioni di persone sono chiamate "
            "alle urne nella giornata di oggi, domenica 2 ottobre. Altro.",
            "Tempo di elezioni anche nel Paese, dove oltre cento milioni di persone sono chiamate",
        ),
        # … but a relative clause after a lead without a verb goes: the headline is whole
        (
            "Chiusura in calo per lo spread tra i titoli di Stato, che si attesta a 301 punti "
            "base. Il differenziale è sceso.",
            "Chiusura in calo per lo spread tra i titoli di Stato",
        ),
        # A span of months opens the lead, not the title; a figure keeps its unit.
        (
            "Secondo le stime provvisorie dell'istituto, da luglio a settembre, il prodotto interno "
            "lordo (Pil) dell'Italia è cresciuto dello 0,5 per cento rispetto al trimestre "
            "precedente e del 2,6 per cento rispetto allo stesso periodo dell'anno scorso.",
            "Il prodotto interno lordo dell'Italia è cresciuto dello 0,5 per cento",
        ),
        # A when with its day, and the clock it is told by, open the lead, not the title.
        (
            "Nel pomeriggio del 18 ottobre, ora locale, si è concluso in Italia il secondo "
            "turno delle elezioni amministrative.",
            "Si è concluso in Italia il secondo turno delle elezioni amministrative",
        ),
        # A cut title ends on no figure parted from its noun; a year after its preposition
        # is whole.
        (
            "Lo sciopero di ventiquattro ore venerdì 24 settembre costringe la compagnia a "
            "cancellare 172 voli in tre giorni.",
            "Lo sciopero di ventiquattro ore venerdì 24 settembre costringe la compagnia",
        ),
        # "Stato" capitalised is the noun, not the auxiliary a title never ends on.
        (
            "Mario Rossi, ex primo ministro, è il nuovo capo di Stato. Ha ottenuto il 58% dei "
            "voti.",
            "Mario Rossi è il nuovo capo di Stato",
        ),
        # A figure after its noun is the noun's, even where the title was cut.
        (
            "La più forte scossa è stata avvertita all'alba, alle 6.34, di magnitudo 3.7, "
            "registrata dai sismografi dell'Istituto Nazionale di Geofisica e Vulcanologia.",
            "La più forte scossa è stata avvertita all'alba di magnitudo 3.7",
        ),
        # An elided article or preposition ends no title, its apostrophe notwithstanding
        # (a page that stripped its linked words leaves "…gli ambasciatori dell’.").
        (
            "Il ministro ha incontrato a Roma gli ambasciatori dell’. Poi è ripartito per Milano.",
            "Il ministro ha incontrato a Roma gli ambasciatori",
        ),
        # A quotation in single marks opens a sentence of its own.
        (
            "Il presidente, dal canto suo, si è concentrato sul tema del disarmo. 'Il congelamento "
            "ha un significato importante', ha detto.",
            "Il presidente si è concentrato sul tema del disarmo",
        ),
        # … and with its year too.
        (
            "Nel tardo pomeriggio del 3 marzo 2026, a Crotone, gli agenti della Polizia hanno "
            "arrestato un uomo di 40 anni.",
            "Gli agenti della Polizia hanno arrestato un uomo di 40 anni",
        ),
        # An absolute clause between commas ("vista la …") says what was seen, not done.
        (
            "Con ordinanza di ieri, il prefetto Mario Rossi, vista la grave criticità prevista "
            "su tutto il territorio, ha disposto la chiusura di tutte le scuole per lunedì.",
            "Mario Rossi ha disposto la chiusura di tutte le scuole per lunedì",
        ),
        # A long subject loses a complement ("del Nucleo…"), never a word that opens like
        # one ("delegazioni").
        (
            "Un nuovo round di negoziati tra delegazioni ucraine e russe potrebbe tenersi entro "
            "poche settimane, aprendo la strada a un possibile vertice tra i due presidenti.",
            "Un nuovo round di negoziati tra delegazioni ucraine e russe potrebbe tenersi",
        ),
        # A title is never cut inside a bracket.
        (
            "“Come era stato anticipato nella tarda serata di ieri (17 aprile 2023, dopo una lunga "
            "giornata) il corpo forestale ha catturato l'orsa”, ha detto il presidente Mario Rossi.",
            "Rossi: “Come era stato anticipato nella tarda serata di ieri”",
        ),
        # A clause cut before its verb goes; a title never ends on "però".
        (
            "Scoppia ancora una volta la protesta dei cittadini che questa volta, però, non si "
            "limitano a marciare per le strade della città vecchia.",
            "Scoppia ancora una volta la protesta dei cittadini",
        ),
        # After a preposition a word is a noun ("Su richiesta"), so the circumstance goes.
        (
            "Su richiesta delle autorità del porto, le motovedette della Guardia costiera hanno "
            "soccorso un barchino con 90 persone a bordo.",
            "Le motovedette della Guardia costiera hanno soccorso un barchino con 90 persone a bordo",
        ),
        # A when of several words inside the clause goes; one a preposition or a
        # conjunction governs stays.
        (
            "Violenti scontri sono scoppiati nella notte a Tripoli tra le milizie rivali.",
            "Violenti scontri sono scoppiati a Tripoli tra le milizie rivali",
        ),
        (
            "Quattro persone sono finite in manette tra il pomeriggio di ieri e questa mattina.",
            "Quattro persone sono finite in manette tra il pomeriggio di ieri e questa mattina",
        ),
        # A speaker who says something in the present is titled "Speaker: what was said";
        # a subordinate clause's verb has no speaker before it.
        (
            "I rappresentanti del centrodestra ricordano che da due mesi la regione non ha un "
            "assessore alla Sanità, figura centrale che gestisce metà del bilancio.",
            "I rappresentanti del centrodestra: da due mesi la regione non ha un assessore alla Sanità",
        ),
        # "aver" is an infinitive cut short, no finite verb: the circumstance goes.
        (
            "Come previsto, dopo aver intercettato le conversazioni dei trafficanti, il "
            "weekend che si è appena aperto è caratterizzato dagli sbarchi a Lampedusa.",
            "Il weekend è caratterizzato dagli sbarchi a Lampedusa",
        ),
        # "ieri" that a clause of time follows is what the sentence tells.
        (
            "Sembra ieri quando la sindaca faceva il suo primo discorso in Sala Colonne.",
            "Sembra ieri quando la sindaca faceva il suo primo discorso in Sala Colonne",
        ),
        # A cut never ends on a gerund without its object (but keeps "stanno cercando"), on
        # a determiner ("alcuni") or on the opening of a compound preposition ("a seguito").
        (
            "Hanno protestato in strada e hanno fatto lezione con le coperte di lana addosso "
            "portando anche le stufette da casa.",
            "Hanno protestato in strada e hanno fatto lezione con le coperte di lana addosso",
        ),
        (
            "Il cielo della capitale si è improvvisamente illuminato dopo che l'esercito ha "
            "lanciato alcuni attacchi contro la periferia sud.",
            "Il cielo della capitale si è improvvisamente illuminato dopo che l'esercito ha lanciato",
        ),
        (
            "L’assessore ai lavori pubblici e alla protezione civile del comune Francesco "
            "Zuccherini, a seguito di un sopralluogo, ha disposto la chiusura della strada.",
            "L’assessore ai lavori pubblici e alla protezione civile del comune Francesco Zuccherini",
        ),
        # A relative clause is no aside where a colon ends it: the verb after the colon is
        # another sentence's.
        (
            "Una giornata molto complicata, e una nottata che si annuncia peggiore: è la "
            "cartina rossa della regione.",
            "Una giornata molto complicata, e una nottata che si annuncia peggiore: è la cartina rossa",
        ),
        # After a scene's colon, an elided pronoun opens the news in lower case.
        (
            "Guerra totale al terrore. L'ha annunciata il presidente Mario Rossi in un discorso.",
            "Guerra totale al terrore: l'ha annunciata il presidente Mario Rossi in un discorso",
        ),
        # A number opens a when only with a span of time ("Tre giorni dopo"); "Due incendi"
        # is the news. A main clause kept whole may end on a number.
        (
            "Due incendi, uno all’interno di una serra, che ha richiesto un lungo intervento, "
            "e un secondo per un’auto in fiamme.",
            "Due incendi, uno all’interno di una serra",
        ),
        # A title cut inside an aside after a conjunction ends before the conjunction.
        (
            "La fantasia dei truffatori non conosce confini e, ancora una volta, due anziani "
            "sono stati raggirati da finti carabinieri che si sono fatti consegnare i gioielli.",
            "La fantasia dei truffatori non conosce confini",
        ),
        # … nor an age ("di 34 e 35 anni"): the subject stays
        (
            "Due uomini di 34 e 35 anni, entrambi con precedenti, sono stati arrestati dai "
            "carabinieri.",
            "Due uomini di 34 e 35 anni, entrambi con precedenti, sono stati arrestati dai carabinieri",
        ),
        (
            "Dopo essere stato sotto di due set, l'azzurro ha vinto gli altri due, chiudendo "
            "poi il quinto con un 6-3.",
            "L'azzurro ha vinto gli altri due",
        ),
        # "Piuttosto che…" opens a circumstance, which goes.
        (
            "Piuttosto che richiamare l’ambasciatore, l’Italia “dovrebbe intensificare le "
            "pressioni” sul governo.",
            "L’Italia “dovrebbe intensificare le pressioni” sul governo",
        ),
        # A title never ends on "ad" (a preposition before a vowel).
        (
            "Almeno 11 morti e 16 feriti sono stati causati da un'autobomba piazzata davanti ad "
            "un ristorante nel centro della città vecchia.",
            "Almeno 11 morti e 16 feriti sono stati causati da un'autobomba piazzata",
        ),
        # A weekday that a complement names is a noun, not a when; a quotation keeps its
        # own "oggi"; a when after a colon leaves the colon alone.
        (
            "L’ultimo sabato di agosto per chi viaggia in treno è iniziato tra ritardi.",
            "L’ultimo sabato di agosto per chi viaggia in treno è iniziato tra ritardi",
        ),
        (
            "“Anche oggi non abbiamo nuovi casi di contagio”, ha detto il sindaco Mario Rossi.",
            "Rossi: “Anche oggi non abbiamo nuovi casi di contagio”",
        ),
        (
            "La riconciliazione del Paese passa per Parigi: martedì, a tre mesi dal primo "
            "incontro.",
            "La riconciliazione del Paese passa per Parigi: a tre mesi dal primo incontro",
        ),
        # The week's end is a when, which leaves the title.
        (
            "Nel fine settimana più di cento persone sono state uccise in un attacco.",
            "Più di cento persone sono state uccise in un attacco",
        ),
        # A list of names that is the subject stays whole, after a circumstance that
        # opens on an absolute participle ("Vista", "Considerati") too.
        (
            "Vista l'emergenza sanitaria, Fim, Fiom, Uilm ritengono necessario uno stop delle "
            "fabbriche.",
            "Fim, Fiom, Uilm ritengono necessario uno stop delle fabbriche",
        ),
        (
            "Roma, Parigi e Berlino chiedono una tregua immediata.",
            "Roma, Parigi e Berlino chiedono una tregua immediata",
        ),
        # A subject shortened loses the conjunction with its complement; a list of names
        # the title ends on stays whole.
        (
            "Gli occhi dei principali partiti e dei loro leader sono puntati soprattutto su "
            "Verona, Parma e Catanzaro, ma in totale sono tredici i capoluoghi al voto.",
            "Gli occhi dei principali partiti sono puntati soprattutto su Verona, Parma e Catanzaro",
        ),
        # A clause after a dropped gerund keeps its comma.
        (
            "Hanno protestato in strada, esponendo striscioni sui cancelli, hanno fatto lezione "
            "con le coperte.",
            "Hanno protestato in strada, hanno fatto lezione con le coperte",
        ),
        # A sentence of subordinate clauses only: the next sentence tells the news.
        (
            "Ieri pomeriggio, quando la centrale è stata informata della rapina, che era stata "
            "commessa da un uomo armato di coltello. I carabinieri hanno arrestato due uomini "
            "in fuga.",
            "I carabinieri hanno arrestato due uomini in fuga",
        ),
        # What the place ending a dropped circumstance is, in apposition, goes with it.
        (
            "Nella notte a Tripoli, capitale della Libia, le milizie rivali si sono scontrate "
            "per ore.",
            "Le milizie rivali si sono scontrate per ore",
        ),
        # Who said it, between the subject and its verb, goes; a speaker's own verb stays.
        (
            "La questione, hanno affermato fonti del governo, non si può risolvere in pochi "
            "giorni. Altro.",
            "La questione non si può risolvere in pochi giorni",
        ),
        (
            "Mario Rossi, presidente del partito, ha dichiarato l'inizio delle proteste, che "
            "si svolgeranno a Roma e a Milano nei prossimi giorni.",
            "Mario Rossi ha dichiarato l'inizio delle proteste",
        ),
        # An irregular participle ("introdotto", "messo") opens an aside like a regular one.
        (
            "Con la fine del bonus sui carburanti, introdotto dal governo e prorogato due "
            "volte, la stangata è arrivata anche su benzina e gasolio.",
            "La stangata è arrivata anche su benzina e gasolio",
        ),
        # A present whose stem ends in "t" ("ospita", "invita") is a verb, no participle.
        (
            "Dopo la vittoria della squadra olandese a Zandvoort, il circuito di Monza ospita "
            "la quattordicesima gara della stagione.",
            "Il circuito di Monza ospita la quattordicesima gara della stagione",
        ),
        # "Anche se" opens a subordinate clause as "se" does.
        (
            "Anche se il governo ha confermato la data del voto per le elezioni regionali, "
            "non è certo che la scadenza sarà rispettata.",
            "Non è certo che la scadenza sarà rispettata",
        ),
        # A body led by a person keeps its name: the person's role is inside it.
        (
            "Il governo guidato dal presidente Mario Rossi è caduto dopo un voto di sfiducia.",
            "Il governo guidato dal presidente Mario Rossi è caduto dopo un voto di sfiducia",
        ),
        # A short sentence that names no one is the lead's hook: the news follows it.
        (
            "L’economia va meglio del previsto. Il Pil è cresciuto dello 0,3% nel primo trimestre.",
            "L’economia va meglio del previsto: il Pil è cresciuto dello 0,3% nel primo trimestre",
        ),
        # … one that names someone is the news itself.
        (
            "Mario Rossi è il nuovo sindaco di Verona. Senz’altro una vittoria storica.",
            "Mario Rossi è il nuovo sindaco di Verona",
        ),
        # How the news is known is no part of its headline.
        (
            "A quanto si apprende, la segreteria del partito ha votato all'unanimità il congresso.",
            "La segreteria del partito ha votato all'unanimità il congresso",
        ),
        # An hour told by Italy's clock is a when.
        (
            "Alle ore 4.30 italiane, le sirene hanno suonato in tutta la città di Haifa.",
            "Le sirene hanno suonato in tutta la città di Haifa",
        ),
        # A title never ends on an auxiliary whose verb the cut left out ("che avevano").
        (
            "Un colpo di Stato militare ha messo fine alle istituzioni democratiche che avevano "
            "garantito il Paese negli ultimi cinque anni.",
            "Un colpo di Stato militare ha messo fine alle istituzioni democratiche",
        ),
    ],
)
def test_title_is_the_main_clause_cut_at_a_phrase_boundary(lead, title):
    assert infer_title(lead) == title


def test_a_headline_longer_than_a_title_is_cut_as_an_editor_cuts_it():
    from digest.prose import TITLE_MAX, headline_title

    short = "Libia, il governo approva il decreto"
    assert headline_title(short) == short
    # before its colon, when that keeps a statement
    long = (
        "In arrivo in Umbria bimbi di Gaza gravemente malati e feriti dalla guerra: "
        "tre voli speciali dell'Aeronautica"
    )
    assert (
        headline_title(long)
        == "In arrivo in Umbria bimbi di Gaza gravemente malati e feriti dalla guerra"
    )
    # before a phrase a preposition opens
    long = (
        "Romania: il presidente si congratula con la nuova presidente per l'elezione alla "
        "guida della Commissione europea"
    )
    assert headline_title(long) == "Romania: il presidente si congratula con la nuova presidente"
    # before a clause that a comma and a conjunction join
    long = (
        "Sciopero dei treni a Milano: stazioni chiuse dopo il presidio dei sindacati, ma "
        "l'azienda smentisce i numeri"
    )
    assert headline_title(long) == (
        "Sciopero dei treni a Milano: stazioni chiuse dopo il presidio dei sindacati"
    )
    # else whole: never inside a quotation, never parting a verb from its subject
    long = "Piacenza, militari arrestati: “In caserma nulla di lecito. Faccio fatica a definirli militari”"
    assert len(long) > TITLE_MAX and headline_title(long) == long


def test_a_role_before_a_name_is_a_persons():
    from digest.firstnames import given_names

    # "la sentenza per l’ex sindaco di" is no role before "Giovanni", a town's word here
    lead = "La sentenza per l’ex sindaco di San Giovanni Incarico è stata letta in aula."
    assert infer_title(lead, given_names()).startswith("La sentenza per l’ex sindaco di San")
    lead = "Il presidente della Regione Lazio Mario Rossi ha firmato il decreto."
    assert infer_title(lead, given_names()) == "Mario Rossi ha firmato il decreto"


def test_a_title_names_people_without_their_roles():
    names = frozenset({"mario", "luisa"})
    lead = (
        "Oggi il presidente degli Stati Uniti Mario Bianchi e il presidente russo Luisa Neri "
        "hanno avuto una lunga conversazione telefonica sulla guerra."
    )
    assert infer_title(lead, names) == (
        "Mario Bianchi e Luisa Neri hanno avuto una lunga conversazione telefonica sulla guerra"
    )
    lead = "Il ministro dell’Interno Mario Bianchi ha firmato il decreto sulle navi."
    assert infer_title(lead, names) == "Mario Bianchi ha firmato il decreto sulle navi"
    # where the role's complement ends is unknown without the first name: the role stays
    assert infer_title(lead).startswith("Il ministro dell’Interno")
    lead = "Il capo della compagnia militare privata russa Wagner Mario Bianchi guida la rivolta."
    assert infer_title(lead, names) == "Mario Bianchi guida la rivolta"
    lead = "Il capitano dell’Esercito Mario Bianchi ha preso il potere nella capitale."
    assert infer_title(lead, names) == "Mario Bianchi ha preso il potere nella capitale"
    # a complement in capitals between role and name ("il presidente Usa")
    lead = "Il presidente Usa Mario Bianchi si ritira dalla corsa alla Casa Bianca."
    assert infer_title(lead, names) == "Mario Bianchi si ritira dalla corsa alla Casa Bianca"
    lead = "Il presidente Ucraino Vladimyr Zelenskiy ha invitato Mosca a un confronto diretto."
    assert infer_title(lead, names) == "Vladimyr Zelenskiy ha invitato Mosca a un confronto diretto"


def test_a_role_in_capitals_before_a_name_is_a_role_too():
    names = frozenset({"mario"})
    lead = "Il Primo Ministro indiano Mario Bianchi ha presieduto il comitato del partito."
    assert infer_title(lead, names) == "Mario Bianchi ha presieduto il comitato del partito"
    lead = "Il Presidente della Regione Mario Rossi ha firmato il decreto per l’ospedale."
    assert infer_title(lead, names) == "Mario Rossi ha firmato il decreto per l’ospedale"
    # capitalised words that are no person's title are a name: the subject stays whole
    lead = "Il Movimento per la Libertà di Mario Bianchi ha vinto le elezioni in Slovenia."
    assert infer_title(lead, names).startswith("Il Movimento per la Libertà")
    lead = "La Guida Suprema Ali Bianchi ha parlato alla nazione."
    assert infer_title(lead, names).startswith("La Guida Suprema")


def test_a_title_is_never_cut_inside_a_name_with_particles():
    lead = (
        "Il memorandum con la Tunisia voluto da Giorgia Meloni e firmato anche da Ursula von "
        "der Leyen e da Mark Rutte prevede aiuti per centinaia di milioni."
    )
    title = infer_title(lead)
    assert not title.endswith(("von", "der", "Ursula", "Mark")), title


def test_a_title_is_never_cut_inside_a_quoted_name():
    lead = (
        "Cinquantanovenne muore dopo un intervento chirurgico alle gambe fatto all'ospedale"
        ' "San Giovanni di Dio". Tre sanitari sono indagati.'
    )
    title = infer_title(lead)
    assert '"San' not in title and not title.endswith("San"), title


def test_every_suffix_discover_lets_through_has_its_reader():
    """The files of articles/ that are articles are found without loading a reader (a
    build that finds nothing changed stops there): the two tables must name the same."""
    from digest.article_files import SUFFIXES
    from digest.readers import READERS

    assert tuple(READERS) == SUFFIXES


def test_discover_walks_any_depth_of_folders_without_recursion(tmp_path):
    """A pull request can nest folders deeper than Python's recursion limit."""
    import os

    from digest.article_files import discover

    articles = tmp_path / "articles"
    articles.mkdir()
    deep = articles
    try:
        for _ in range(1500):  # 3,000 characters of path: within PATH_MAX, beyond the stack
            deep = deep / "a"
            os.mkdir(deep)  # one level at a time: os.makedirs is itself recursive
        (deep / "2025-05-fondo.txt").write_text(" date 2025-05 \nTesto.\n", encoding="utf-8")
        (articles / "2025-05-cima.txt").write_text(" date 2025-05 \nTesto.\n", encoding="utf-8")
        files, findings = discover(articles)
        assert [f.name for f in files] == ["2025-05-cima.txt", "2025-05-fondo.txt"]
        assert findings == []
    finally:
        # Bottom up, one level at a time, whatever was made: pytest removes its old temporary
        # folders with shutil.rmtree, which recurses too and would fail a later session.
        (deep / "2025-05-fondo.txt").unlink(missing_ok=True)
        while deep != articles:
            if deep.exists():
                deep.rmdir()
            deep = deep.parent


def test_a_lead_that_opens_on_its_scene_titles_scene_and_news():
    # a few words without a verb set the scene; the next sentence is the news
    lead = (
        "Tragico disastro in Libia. Due esplosioni hanno devastato il porto di Bengasi. Poi altro."
    )
    assert (
        infer_title(lead)
        == "Tragico disastro in Libia: due esplosioni hanno devastato il porto di Bengasi"
    )
    assert infer_title("Fumata bianca. Pochi minuti dopo le 18 si leva il fumo. Altro.") == (
        "Fumata bianca: pochi minuti dopo le 18 si leva il fumo"
    )
    lead = "Stallo in Tunisia. Kais Saied ha prorogato la sospensione del Parlamento."
    assert (
        infer_title(lead)
        == "Stallo in Tunisia: Kais Saied ha prorogato la sospensione del Parlamento"
    )
    # news cut before its verb says less than the scene alone
    lead = "Blocco di internet in Iran. Uno stop per impedire che, a un mese dalla repressione "
    lead += "delle proteste di novembre e dopo settimane di silenzio, le immagini circolino."
    assert infer_title(lead) == "Blocco di internet in Iran"
    # a sentence with a verb is the news itself; "E'" is the verb "è"
    assert infer_title("E' fallito il golpe in Turchia. Erdogan è rientrato.") == (
        "E' fallito il golpe in Turchia"
    )


def test_a_circumstance_that_ends_on_the_subject_keeps_the_subject():
    lead = (
        "Per la prima volta dalla fine della guerra l’Unione Nazionale Democratica, il partito "
        "storico del fondatore, ha perso la maggioranza in Parlamento. Altro."
    )
    assert infer_title(lead) == "Unione Nazionale Democratica ha perso la maggioranza in Parlamento"
    # a circumstance without a subject at its end still goes whole
    lead = "In un discorso al Paese, il primo ministro ha annunciato le dimissioni. Altro."
    assert infer_title(lead) == "Il primo ministro ha annunciato le dimissioni"


def test_a_verb_is_told_by_the_words_before_it():
    from digest.prose import has_verb

    # after an article, a noun ("il controllo", not the verb "controllo")
    assert not has_verb("con l'obiettivo di conquistare il controllo della capitale")
    # after a clitic pronoun, a verb ("lo accusa", not the noun "accusa")
    assert has_verb("il premier lo accusa di tradimento")
    assert has_verb("il governo si dice pronto")
    # "-rre": the infinitive of "porre", "trarre", "condurre"; the present of "-correre"
    assert has_verb("Guardia costiera soccorre barcone con 180 migranti")
    assert not has_verb("per porre fine alla guerra")


def test_a_speakers_role_with_capitals_inside_goes_on_to_the_name():
    lead = (
        "“Abbiamo preparato un pacchetto molto duro”. Così l’Alto rappresentante Ue per la "
        "politica estera, Mario Bianchi, al termine del Consiglio."
    )
    assert infer_title(lead) == "Bianchi: “Abbiamo preparato un pacchetto molto duro”"


def test_a_segment_that_opens_on_a_verb_after_a_name_is_the_predicate_not_a_role():
    # "accusa" is a noun to the lemmatiser; the article after it makes it the verb
    lead = (
        "Il capo dei mercenari, Mario Bianchi, accusa i capi della Difesa di avere ordinato "
        "un attacco. Altro."
    )
    assert infer_title(lead).startswith("Mario Bianchi accusa i capi della Difesa")


def test_a_title_never_ends_on_a_preposition_of_time_or_place():
    lead = (
        "I 23 diplomatici russi e le loro famiglie hanno cominciato a lasciare il Regno Unito "
        "dopo l'espulsione decisa dal governo britannico per il caso dell'ex spia."
    )
    assert infer_title(lead) == (
        "I 23 diplomatici russi e le loro famiglie hanno cominciato a lasciare il Regno Unito"
    )


def test_a_first_sentence_missing_its_words_gives_way_to_the_next():
    # a page that lost the words of its links leaves "Per, dopo…, ma.": a title of a few
    # words ending on a conjunction; the next sentence is whole, and titles the article
    lead = (
        "Per, dopo il 2019 da record e l'ottimo avvio di gennaio, ma. È l'allarme lanciato "
        "dalla Coldiretti sui dati Istat."
    )
    assert infer_title(lead) == "È l'allarme lanciato dalla Coldiretti sui dati Istat"


def test_a_when_that_ends_on_a_date_before_the_subject_leaves_the_title():
    lead = (
        "Pochi minuti prima delle 2 del 29 giugno la nave è attraccata al molo commerciale "
        "del porto. Altro."
    )
    assert infer_title(lead) == "La nave è attraccata al molo commerciale del porto"
    # a date inside the clause stays
    assert infer_title("Il governo ha fissato il voto al 29 giugno la prossima estate. Altro.") == (
        "Il governo ha fissato il voto al 29 giugno la prossima estate"
    )


def test_an_hour_by_the_local_clock_leaves_the_title_whole():
    lead = "Alle 12 locali (le 6 in Italia) sono iniziate le esercitazioni attorno a Taiwan. Altro."
    assert infer_title(lead) == "Sono iniziate le esercitazioni attorno a Taiwan"


def test_a_cut_title_never_ends_on_a_purpose_without_its_object():
    lead = (
        "I senatori e i deputati della Bolivia sono stati convocati per una seduta straordinaria "
        "per discutere il da farsi dopo le dimissioni. Altro."
    )
    assert infer_title(lead).endswith("per una seduta straordinaria")
    # kept whole, a purpose ends the title as it ends the clause
    lead = "Migliaia di persone sono scese in piazza per protestare. Altro."
    assert infer_title(lead) == "Migliaia di persone sono scese in piazza per protestare"


def test_a_day_leaves_the_title_only_where_it_says_when():
    # "Domenica di fuoco": the day is what the lead is about, not when it happened
    lead = "Domenica di fuoco in provincia di Trapani. Chiuso per ore l'aeroporto di Birgi."
    assert infer_title(lead).startswith("Domenica di fuoco in provincia di Trapani")
    assert infer_title(
        "Domenica sera il governo ha approvato il decreto sulle bollette. Altro."
    ) == ("Il governo ha approvato il decreto sulle bollette")
    # inside the clause, a weekday with its date stays whole ("giovedì 5 febbraio"), where
    # a weekday alone goes
    lead = "Il consiglio si terrà giovedì 5 febbraio alle 17 nella sala del municipio. Altro."
    assert "giovedì 5 febbraio" in infer_title(lead)
    lead = "Il ministro ha incontrato giovedì il collega francese a Parigi. Altro."
    assert infer_title(lead) == "Il ministro ha incontrato il collega francese a Parigi"


def test_a_circumstance_ending_on_a_persons_name_leaves_the_name_as_subject():
    lead = (
        "A scrutinio terminato Marta Rinaldi, candidata del centrodestra, è eletta sindaca di "
        "Pavia con il 53% dei voti validi, pari a 21.000 preferenze."
    )
    assert infer_title(lead, frozenset({"marta"})) == (
        "Marta Rinaldi è eletta sindaca di Pavia con il 53% dei voti validi"
    )
    # a name nobody knows as one stays where it was: the circumstance goes whole
    assert infer_title(lead).startswith("È eletta sindaca di Pavia")


def test_a_participle_with_its_pronoun_is_an_aside():
    lead = (
        "Il Consiglio regionale del Molise, insediatosi dopo le elezioni del 3 ottobre, ha "
        "confermato Paolo Neri alla guida della Regione."
    )
    assert infer_title(lead) == (
        "Il Consiglio regionale del Molise ha confermato Paolo Neri alla guida della Regione"
    )


def test_a_long_subject_loses_its_last_complements_before_the_predicate_does():
    lead = (
        "I 58 migranti a bordo della nave Aurora della Ong Mare Aperto saranno trasferiti su "
        "una motovedetta della Guardia costiera nel porto."
    )
    assert infer_title(lead) == (
        "I 58 migranti a bordo della nave Aurora saranno trasferiti su una motovedetta"
    )
    # a person's name in the subject is never shortened away
    lead = (
        "Il sindaco della Città metropolitana di Reggio Calabria Mario Bruni interviene "
        "sulle vicende intimidatorie che si sono registrate nelle ultime settimane."
    )
    assert "Mario Bruni" in infer_title(lead, frozenset({"mario"}))


def test_a_lead_without_a_verb_keeps_the_clause_that_tells_its_news():
    lead = (
        "Giornata di voto anche in Cile, dove 15 milioni di elettori scelgono il nuovo "
        "presidente. Altro."
    )
    assert infer_title(lead) == (
        "Giornata di voto anche in Cile, dove 15 milioni di elettori scelgono il nuovo presidente"
    )
    # … naming its people as a title does
    lead = (
        "Ore di tensione a Lima, dove il presidente Pedro Castillo ha sciolto il Congresso. Altro."
    )
    assert infer_title(lead, frozenset({"pedro"})) == (
        "Ore di tensione a Lima, dove Pedro Castillo ha sciolto il Congresso"
    )


def test_two_relative_clauses_are_not_read_as_a_relative_and_the_main_verb():
    lead = (
        "Un picco di influenza che quest'anno è arrivato in anticipo e che ha già riempito "
        "gli ospedali della regione. Altro."
    )
    assert infer_title(lead).startswith("Un picco di influenza che quest'anno è arrivato")


def test_a_lead_of_many_scenes_is_titled_in_one_more_pass():
    # the news after a scene is titled without a scene of its own: no recursion per sentence
    lead = " ".join(["Caos. Il governo ha deciso."] * 5000)
    assert infer_title(lead) == "Caos: il governo ha deciso"


def test_an_ordinal_after_its_article_ends_no_sentence():
    text = (
        "Sono 79 gli artisti invitati alla 58. Esposizione d'arte. Arriva il 76. Festival. "
        "La riunione è fissata per il 5. Il ministro ci sarà. Erano 12. Poi nel 2019. Fine"
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Sono 79 gli artisti invitati alla 58. Esposizione d'arte.",
        "Arriva il 76. Festival.",
        "La riunione è fissata per il 5.",
        "Il ministro ci sarà.",
        "Erano 12.",
        "Poi nel 2019.",
        "Fine",
    ]


def test_a_verbless_scene_is_titled_with_the_news_even_where_its_verb_reads_as_a_noun():
    # "nomina" is a noun to the dictionary; after a scene with no verb, the next sentence is
    # the news all the same
    lead = (
        "Tutto come da previsioni. Il presidente della Regione nomina i due nuovi assessori "
        "regionali alla Sanità e al Turismo."
    )
    assert infer_title(lead) == (
        "Tutto come da previsioni: il presidente della Regione nomina i due nuovi assessori"
    )


def test_a_subject_that_is_no_persons_role_keeps_the_name_in_apposition_to_its_agent():
    lead = (
        "Gli accordi firmati dal presidente del Consiglio, Giorgia Meloni, ad Algeri sono un "
        "passo in avanti decisivo per l'autonomia energetica."
    )
    assert infer_title(lead).startswith("Gli accordi firmati dal presidente del Consiglio")


def test_a_long_subject_loses_its_purpose_before_the_predicate_does():
    lead = (
        "Quarantaquattro dei 49 barchini soccorsi, bloccati o usati, nelle ultime 36 ore, per "
        "arrivare direttamente sulla terraferma di Lampedusa sono salpati da Sfax, in Tunisia."
    )
    assert infer_title(lead) == "Quarantaquattro dei 49 barchini soccorsi sono salpati da Sfax"


def test_a_long_subject_never_loses_the_negation_of_its_predicate():
    # the last complement of the subject goes; "non" (and a clitic) belongs to the verb
    for lead, title in (
        (
            "Il piano di rientro sulla sanità della Calabria non sarà approvato dal governo "
            "nei prossimi tre mesi.",
            "Il piano di rientro sulla sanità della Calabria non sarà approvato dal governo",
        ),
        (
            "L'udienza del processo per la frana di Casamicciola non si terrà più a maggio "
            "davanti al tribunale di Napoli.",
            "L'udienza del processo per la frana non si terrà più a maggio davanti al tribunale",
        ),
    ):
        assert infer_title(lead) == title


def test_a_live_pages_hour_opening_the_lead_is_no_part_of_the_title():
    for hour in ("Ore 13,10 - ", "13.10 – "):
        lead = (
            f"{hour}Alla fine del suo comizio a Washington, il presidente Donald Trump chiama i "
            "sostenitori a sfilare su Pennsylvania Avenue."
        )
        assert infer_title(lead) == (
            "Donald Trump chiama i sostenitori a sfilare su Pennsylvania Avenue"
        ), hour


def test_a_persons_age_in_apposition_is_no_part_of_the_title():
    from digest.firstnames import given_names

    lead = (
        "Il dissidente e principale oppositore russo Alexei Navalny, 47 anni, è morto in "
        "prigione. Lo ha reso noto il servizio penitenziario."
    )
    assert infer_title(lead, given_names()) == "Alexei Navalny è morto in prigione"


def test_a_name_in_apposition_to_the_words_that_describe_the_subject_is_the_subject():
    lead = (
        "Il figlio del dittatore libico ucciso 10 anni fa, Saif Al-Islam Gheddafi, ha "
        "presentato la sua candidatura alle presidenziali del 24 dicembre."
    )
    assert infer_title(lead).startswith("Saif Al-Islam Gheddafi ha presentato")


def test_a_comma_between_a_subject_ending_on_a_name_and_its_verb_is_left_out():
    lead = (
        "Il leader del partito tunisino di opposizione Rached Ghannouchi, è stato arrestato "
        "nelle scorse ore dalla polizia nella sua abitazione."
    )
    title = infer_title(lead)
    # … and the name, whose first name is not a known one, is never cut from the subject
    assert title.startswith("Il leader del partito tunisino di opposizione Rached Ghannouchi è")


def test_a_long_subject_never_loses_the_complement_a_locution_needs():
    lead = (
        "L'introduzione di dazi del 15% da parte degli Stati Uniti sui prodotti europei rischia "
        "di colpire duramente il tessuto produttivo delle piccole imprese."
    )
    assert "da parte degli Stati Uniti" in infer_title(lead)


def test_six_before_a_plural_noun_is_a_number_not_a_verb():
    # "Sei giorni dopo …," is a time, not a clause: the news is the clause after it
    lead = (
        "Sei giorni dopo la terribile esplosione al porto di Beirut, il governo libanese "
        "guidato da Hassan Diab si è dimesso."
    )
    assert infer_title(lead) == "Il governo libanese guidato da Hassan Diab si è dimesso"


def test_a_quotations_speaker_is_named_whole_at_the_edge_of_the_window():
    from digest.prose import _SPEAKER_WINDOW

    # the window the reporting verb is looked for in ends inside the speaker's name
    quote = "“Chiediamo alla premier e a tutti i ministri di trovare una soluzione”."
    said = " I sindaci, ha detto Dec"
    room = _SPEAKER_WINDOW - len(said) - 1  # from after the closing quotation mark
    filler = (" E’ l’appello lanciato nel discorso" + " dopo" * 60)[: room - 1] + "."
    lead = f"{quote}{filler}{said}aro, chiedono un confronto."
    assert infer_title(lead).startswith("Decaro: “Chiediamo")


def test_a_page_of_one_sentence_a_line_under_its_headline_is_not_one_paragraph():
    # lines parted by single breaks, each a sentence: the headline over them is a line of
    # its own, not the lead's first words
    text = (
        " date 2024-03 Neve sull'Etna, chiuse due strade a Nicolosi\n"
        "La Città metropolitana ha chiuso due strade per la neve caduta nella notte.\n"
        "Gli spazzaneve sono al lavoro da stamattina.\nLe strade riapriranno domani.\n"
    )
    article, _ = read_article("a/x.txt", text.encode(), "it")
    assert article.title == "Neve sull'Etna, chiuse due strade a Nicolosi"
    assert article.paragraphs[0].text.startswith("La Città metropolitana")
    # a hard-wrapped paragraph, its lines cut anywhere, stays one
    text = (
        " date 2024-03 Il governo ha approvato il decreto sulle bollette dopo una lunga\n"
        "riunione a Palazzo Chigi, con il voto contrario di due ministri. La misura\n"
        "vale un miliardo di euro e arriva in aula a marzo.\n"
    )
    article, _ = read_article("a/x.txt", text.encode(), "it")
    assert len(article.paragraphs) == 1

"""Reading real copy (digest.readers.copy): each family of layouts, on short texts written for
these tests in the forms agencies, papers and aggregators use. No article is copied here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest import pages
from digest.readers import copy, read_article


def read(body: str, date: str = "2024-03"):
    article, findings = read_article("articles/x.txt", f" date {date} {body}".encode(), "it")
    assert article is not None, [f.format() for f in findings]
    return article, findings


def rules_of(article) -> list[str]:
    return [r.rule for r in article.removed]


def test_headline_leaves_the_body_and_becomes_the_title():
    article, _ = read(
        "Libia: il governo di Tripoli approva il bilancio\n\n"
        "- Il governo di Tripoli ha approvato oggi il bilancio dello Stato. Lo ha riferito il "
        "portavoce. (Res)\n"
    )
    assert article.title == "Libia: il governo di Tripoli approva il bilancio"
    assert not article.title_inferred
    assert article.paragraphs[0].text.startswith("Il governo di Tripoli ha approvato")
    assert article.desk == "Res"
    assert rules_of(article) == ["headline", "dash before the lead", "desk initials"]


def test_headline_and_subtitle_on_one_line():
    article, _ = read(
        "Egitto: 'Il canale resta aperto' Il ministro rassicura gli armatori\n\n"
        "(ANSA) - IL CAIRO, 4 MAR - Il canale resta aperto, ha detto il ministro. Gli armatori "
        "chiedevano garanzie. (ANSA).\n"
    )
    assert article.title == "Egitto: 'Il canale resta aperto'"
    assert article.subtitle == "Il ministro rassicura gli armatori"
    assert article.date.iso == "2024-03-04" and article.place == "Il Cairo"
    assert article.agencies == ("ANSA",)


def test_a_subtitle_that_opens_on_an_elided_article_on_the_headlines_line():
    article, _ = read(
        "Ok dell'Aifa al vaccino AstraZeneca L'indicazione per l'utilizzo dai 18 ai 55 anni\n\n"
        "L'Agenzia italiana del farmaco ha approvato il vaccino. L'uso è raccomandato per i "
        "più giovani.\n"
    )
    assert article.title == "Ok dell'Aifa al vaccino AstraZeneca"
    assert article.subtitle == "L'indicazione per l'utilizzo dai 18 ai 55 anni"


def test_a_subtitle_that_opens_on_a_preposition_after_a_name_on_the_headlines_line():
    article, _ = read(
        "Cile, primo turno: Rojas in testa davanti a Pereira Verso il ballottaggio tra un "
        "sindaco e un economista\n\n"
        "Secondo i primi dati, il sindaco Rojas guida con il 31% dei voti. Pereira segue "
        "con il 24%.\n"
    )
    assert article.title == "Cile, primo turno: Rojas in testa davanti a Pereira"
    assert article.subtitle == "Verso il ballottaggio tra un sindaco e un economista"


def test_a_standfirst_the_body_restates_is_the_subtitle():
    restated = (
        "Il governo ha chiesto consultazioni urgenti agli alleati dopo la caduta del razzo "
        "vicino al confine orientale."
    )
    article, _ = read(
        f"Polonia, missili al confine\n\n{restated}\n\n"
        "Il segretario generale presiederà oggi un vertice d'emergenza.\n\n"
        f"L'annuncio è arrivato in serata, quando {restated[:1].lower()}{restated[1:]}\n"
    )
    assert article.title == "Polonia, missili al confine"
    assert article.subtitle == restated
    assert article.paragraphs[0].text.startswith("Il segretario generale")
    assert "standfirst the body restates" in rules_of(article)


def test_a_lead_the_body_does_not_restate_stays():
    article, _ = read(
        "Polonia, missili al confine\n\n"
        "Il governo ha chiesto consultazioni urgenti agli alleati dopo la caduta del razzo.\n\n"
        "Il segretario generale presiederà oggi un vertice d'emergenza con gli alleati.\n"
    )
    assert article.subtitle is None
    assert article.paragraphs[0].text.startswith("Il governo ha chiesto")


def test_a_long_first_line_without_a_full_stop_is_a_standfirst():
    article, _ = read(
        "La crisi tra i due governi rivali si aggrava con nuovi scontri nella capitale e la "
        "chiusura dei porti petroliferi di tutta la regione orientale\n\n"
        "Nuovi scontri a Tripoli tra le milizie rivali hanno provocato almeno dieci morti. Il "
        "governo chiede una tregua.\n"
    )
    assert article.subtitle.startswith("La crisi tra i due governi rivali")
    assert article.title_inferred
    # made from the standfirst, which sums the article up, not from the lead
    assert article.title == (
        "La crisi tra i due governi rivali si aggrava con nuovi scontri nella capitale"
    )
    assert ("title", "standfirst") in article.provenance


def test_an_aggregators_time_stamp_and_repeated_headline():
    article, _ = read(
        "Tunisia, il presidente scioglie il parlamento (Di martedì 12 marzo 2024) Tunisia, il "
        "presidente scioglie il parlamento Il capo dello Stato ha firmato il decreto nella "
        "notte. ... Leggi la notizia su esempio\n"
    )
    assert article.title == "Tunisia, il presidente scioglie il parlamento"
    assert article.date.iso == "2024-03-12"
    assert article.paragraphs[0].text.startswith("Il capo dello Stato ha firmato")
    assert "repeated headline" in rules_of(article)


def test_an_aggregators_copy_with_its_keywords_stripped_is_a_repetition():
    snippet = (
        "Fumio Kishida, l'ex alto diplomatico giapponese, ha vinto il voto di leadership da parte "
        "dei legislatori del Partito Liberal Democratico al potere, assicurandosi quasi che sarà "
        "il prossimo primo ministro del paese. Cosa indicano queste elezioni per Fumio Kishida? "
        "Kishida, 64 anni, sostituirà l'impopolare Yoshihide Suga."
    )
    # the copy after the link, every name and keyword taken out ("cheildel": words glued)
    stripped = (
        ", l'ex alto diplomatico, ha vinto il voto di leadership da parte dei legislatori del "
        "Liberal Democratico al potere, assicurandosi quasi cheildel paese. Cosa indicano "
        "questeper, 64 anni, sostituirà l'impopolare Yoshihide Suga."
    )
    article, _ = read(
        f"Kishida vince le elezioni (Di mercoledì 29 settembre 2021) {snippet} Leggi su "
        f"periodicodaily (Di mercoledì 29 settembre 2021){stripped}\n"
    )
    assert [p.text for p in article.paragraphs] == [snippet]
    assert "repeated text" in rules_of(article)
    # another text after the link is the page's, and stays
    other = (
        "Il nuovo governo giurerà la settimana prossima davanti all'imperatore, mentre i mercati "
        "attendono le prime misure economiche annunciate durante la campagna."
    )
    article, _ = read(
        f"Kishida vince le elezioni (Di mercoledì 29 settembre 2021) {snippet} Leggi su "
        f"periodicodaily {other}\n"
    )
    assert [p.text for p in article.paragraphs] == [snippet, other]


def test_closing_material_in_any_order():
    article, _ = read(
        "ROMA, 5 MAR - Il vertice si è concluso con un accordo sui migranti. Le parti si "
        "rivedranno a maggio. (segue) (Geb)\n\n"
        "© RIPRODUZIONE RISERVATA\n\n"
        "Fonte: Esempio Notizie\n\n"
        "(foto: Mario Bianchi/Agenzia)\n"
    )
    assert article.paragraphs[-1].text.endswith("a maggio.")
    assert (article.desk, article.source_name, article.photo_credit) == (
        "Geb",
        "Esempio Notizie",
        "Mario Bianchi/Agenzia",
    )
    assert set(rules_of(article)) >= {"continuation", "desk initials", "copyright", "source"}


def test_a_capital_letter_after_a_capitalised_word_is_a_names_not_a_sentences_opening():
    # "Serie A nelle 31 giornate": the league's letter, not the preposition "A" opening a
    # subtitle run into a headline
    lead = (
        "Sono dodici gli esoneri decisi dai presidenti di Serie A nelle 31 giornate del "
        "campionato disputate fino a questo momento. A cambiare guida tecnica due volte sono "
        "state quattro squadre, che sono adesso al terzo allenatore della stagione. Tra le "
        "big spicca la decisione di silurare l'allenatore dopo l'eliminazione dalla coppa "
        "per affidare la panchina a un tecnico esperto, che ha firmato fino a giugno."
    )
    article, _ = read(f"{lead}\n\nTra le big spicca la decisione della Roma.\n")
    assert article.paragraphs[0].text == lead
    assert "headline" not in rules_of(article)


def test_a_paragraph_that_stops_on_a_comma_under_the_headline_is_no_standfirst():
    article, _ = read(
        "ULTIMO ATTO DELL’ODISSEA\n\nAnche il tribunale svizzero ha confermato la squalifica, "
        "respingendo il ricorso, squalifica che resta quindi confermata fino al 2024,\n\n"
        "Il 22 giugno 2016 viene comunicato alla federazione che l'atleta risulta di nuovo "
        "positivo a un controllo.\n"
    )
    assert article.subtitle is None
    assert article.paragraphs[0].text.startswith("Anche il tribunale svizzero")


def test_a_standfirst_glued_to_its_headline_that_the_lead_repeats_is_parted():
    article, _ = read(
        "Cantù, crolla un pannello in palestra: nessuno studente ferito Poteva finire peggio "
        "il crollo avvenuto ieri mattina nella palestra della scuola media. Per fortuna la "
        "classe era in cortile.\n\n"
        "Poteva finire peggio il crollo avvenuto ieri mattina nella palestra della scuola "
        "media di via Dante. I tecnici del Comune hanno chiuso la palestra."
    )
    assert article.title == "Cantù, crolla un pannello in palestra: nessuno studente ferito"
    assert article.paragraphs[0].text.startswith("Poteva finire peggio il crollo avvenuto")
    assert "headline" in rules_of(article)


def test_a_statements_signature_and_the_signers_office_close_it():
    article, _ = read(
        "Auguro buon lavoro alla nuova giunta regionale. Sarà un anno di impegno per tutti "
        "noi, in aula e fuori.\n\n"
        "Mario Bianchi\n\n"
        "Consigliere regionale del gruppo misto\n"
    )
    assert article.paragraphs[-1].text.endswith("in aula e fuori.")
    assert article.author == "Mario Bianchi"
    assert {"signer's office", "byline"} <= set(rules_of(article))


def test_an_office_without_a_name_above_it_stays():
    article, _ = read(
        "Il consiglio ha approvato il bilancio. La seduta è stata lunga e combattuta.\n\n"
        "Presidente del consiglio comunale in carica da tre anni\n"
    )
    # (another rule may take it for a related headline; not as a signer's office)
    assert "signer's office" not in rules_of(article)


def test_page_chrome_and_time_stamps_before_the_article():
    article, _ = read(
        "Condividi\n\nMercoledì 6 Marzo 2024, 10:15 - Ultimo aggiornamento: 06-03-2024 11:00\n\n"
        "Il Consiglio europeo ha approvato le nuove sanzioni. La decisione è stata unanime.\n"
    )
    assert article.date.iso == "2024-03-06"
    assert article.paragraphs[0].text.startswith("Il Consiglio europeo")
    assert rules_of(article)[:2] == ["page chrome", "time stamp"]


def test_hard_wrapped_lines_are_joined_without_changing_a_word():
    article, _ = read(
        "(ANSA) – ROMA, 14 MAR – Il ministro ha espresso preoccupazione per\n\n"
        "i passi ostili di alcuni membri dell'Unione. Lo ha\n\ndetto in conferenza stampa.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Il ministro ha espresso preoccupazione per i passi ostili di alcuni membri "
        "dell'Unione. Lo ha detto in conferenza stampa."
    ]


def test_a_line_that_stops_inside_a_bracket_or_on_a_preposition_goes_on_below():
    article, _ = read(
        "Dalle 18 alcune celle hanno interessato la zona montana portando rovesci (fino a\n\n"
        "40 mm in un'ora a Passo Lupo) e raffiche di vento.\n\n"
        "La protezione civile ha segnalato danni nella zona del\n\n"
        "Monte Basso e lungo la costa.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Dalle 18 alcune celle hanno interessato la zona montana portando rovesci (fino a "
        "40 mm in un'ora a Passo Lupo) e raffiche di vento.",
        "La protezione civile ha segnalato danni nella zona del Monte Basso e lungo la costa.",
    ]
    assert article.removed == ()


def test_a_name_ending_in_a_capital_letter_is_no_broken_line():
    article, _ = read(
        "Il campionato di Serie A\n\n"
        "Domenica si gioca la prima giornata, con sei partite alle 15.\n\n"
        "La Lega ha confermato il calendario.\n"
    )
    assert article.title == "Il campionato di Serie A"
    assert not article.title_inferred


def test_a_post_embedded_in_the_page_leaves_the_body():
    article, _ = read(
        "Il ministro ha annunciato l'operazione con un messaggio sui social.\n\n"
        "Our forces have just launched the operation to bring peace to the region. "
        "pic.twitter.com/abcdef\n\n"
        "— Il Ministro (@ministro_esempio) March 9, 2024\n\n"
        "L'operazione è iniziata alle sei del mattino.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Il ministro ha annunciato l'operazione con un messaggio sui social.",
        "L'operazione è iniziata alle sei del mattino.",
    ]
    assert rules_of(article).count("embedded post") == 2


def test_a_headline_the_lead_repeats_is_a_headline_not_a_broken_sentence():
    article, _ = read(
        "3 marzo 2024 22:16\n\n"
        "Le milizie avanzano, si combatte alle porte della capitale. Detenuti in fuga dalle "
        "carceri. Il premier chiede aiuto\n\n"
        "Paese nel caos. Le milizie avanzano, si combatte alle porte della capitale. Detenuti in "
        "fuga dalle carceri. Il premier chiede aiuto. Gli stranieri restano in casa.\n"
    )
    # A headline of short sentences, longer than a title: the first is the title.
    assert article.title == "Le milizie avanzano, si combatte alle porte della capitale"
    assert article.subtitle == "Detenuti in fuga dalle carceri. Il premier chiede aiuto"
    assert article.paragraphs[0].text.startswith("Paese nel caos.")
    assert "headline of short sentences" in rules_of(article)


def test_a_headline_of_two_sentences_splits_only_well_past_a_titles_length():
    lead = "\n\nNon è stata una manovra semplice, ma la situazione si è sbloccata ieri sera.\n"
    long = (
        "La nave Ever Given disincagliata: riprende la navigazione nel Canale di Suez. "
        "Riprendono il cammino 321 navi"
    )
    article, _ = read(long + lead)
    assert len(long) > copy.SENTENCES_HEADLINE_MAX
    assert article.title == (
        "La nave Ever Given disincagliata: riprende la navigazione nel Canale di Suez"
    )
    assert article.subtitle == "Riprendono il cammino 321 navi"
    short = "Nuovo naufragio in Libia, 114 dispersi. Via libera del governo alle motovedette"
    article, _ = read(short + lead)
    assert article.title == short and article.subtitle is None


def test_a_long_headline_ends_where_its_subtitles_line_was_glued_on():
    article, _ = read(
        "Raid a Gaza: decine di morti. Tregua a rischio?Israele attacca dopo l’uccisione di "
        "un soldato. Il presidente: «Il cessate il fuoco reggerà»\n\n"
        "È di oltre sessanta morti il bilancio dei bombardamenti ripresi ieri sulla Striscia.\n"
    )
    assert article.title == "Raid a Gaza: decine di morti. Tregua a rischio?"
    assert article.subtitle == (
        "Israele attacca dopo l’uccisione di un soldato. Il presidente: «Il cessate il "
        "fuoco reggerà»"
    )


def test_an_items_headline_run_into_its_lead_with_a_dash():
    article, _ = read(
        "- Libia: milizie, respinto un attacco all'aeroporto della capitale - Le milizie "
        "fedeli al governo hanno respinto un attacco all'aeroporto. Lo riferisce una nota. (Res)\n"
    )
    assert article.title == "Libia: milizie, respinto un attacco all'aeroporto della capitale"
    assert not article.title_inferred
    assert article.paragraphs[0].text.startswith("Le milizie fedeli al governo")
    assert "headline before the lead's dash" in rules_of(article)


def test_a_snippet_cut_mid_sentence_is_kept_but_the_title_comes_from_the_next():
    article, _ = read(
        ", nella notte, da parte dell'aviazione. Le esplosioni hanno illuminato il cielo.\n\n"
        "L'esercito ha colpito i depositi di armi nel sud del paese.\n"
    )
    assert article.title == "L'esercito ha colpito i depositi di armi nel sud del paese"
    assert article.paragraphs[0].text.startswith(", nella notte")


def test_a_post_in_another_language_without_its_signature_leaves_the_body():
    article, _ = read(
        "Con el corazón encogido por el ataque a nuestra ciudad. Toda nuestra fuerza para las "
        "víctimas y sus familias.\n\n"
        "Un furgone ha investito la folla sulla Rambla, nel centro della città. Le vittime sono "
        "almeno tredici e i feriti più di cento, secondo il bilancio diffuso in serata dalle "
        "autorità della regione, che hanno chiesto ai cittadini di restare a casa.\n\n"
        "Our teams have worked very hard to deliver rapidly on a strong package, which is an "
        "investment in our shared prosperity.\n"
    )
    assert [p.text[:22] for p in article.paragraphs] == ["Un furgone ha investit"]
    assert rules_of(article).count("embedded post") == 2


def test_a_line_of_foreign_names_is_no_post_in_their_language():
    # a ranking: the riders' and teams' names are Portuguese, Spanish and English, the
    # line is the article's
    article, _ = read(
        "Il corridore ha vinto la tappa di montagna dopo una lunga fuga in solitaria.\n\n"
        "CLASSIFICA GENERALE\n\n"
        "1 – Richard Carapaz (Ineos Grenadiers)\n\n"
        "3 – Joao Pedro Almeida Gonçalves (UAE Team Emirates) a 30″\n\n"
        "Domani la corsa riparte con la tappa più lunga di questa edizione.\n",
        date="2022-05",
    )
    assert "embedded post" not in rules_of(article)
    assert any(p.text.startswith("3 – Joao Pedro") for p in article.paragraphs)


def test_an_english_site_keeps_its_english_paragraphs():
    text = (
        " date 2024-03 The minister announced the operation on social media.\n\n"
        "Our teams have worked very hard to deliver rapidly on a strong package, which is an "
        "investment in our shared prosperity.\n"
    )
    article, _ = read_article("articles/x.txt", text.encode(), "en")
    assert article is not None and len(article.paragraphs) == 2


def test_an_italian_article_on_an_english_site_keeps_its_paragraphs():
    # The article's language is its own text's, whatever the site's setting.
    text = (
        " date 2024-03 Il ministro ha annunciato l'operazione con un messaggio sui social.\n\n"
        "L'operazione è iniziata alle sei del mattino e si è conclusa in serata con la resa "
        "delle milizie che controllavano il porto.\n"
    )
    article, _ = read_article("articles/x.txt", text.encode(), "en")
    assert article is not None and len(article.paragraphs) == 2


def test_links_to_other_articles_leave_the_body():
    article, _ = read(
        "Il vertice è iniziato alle undici. I due presidenti si sono stretti la mano.\n\n"
        "Vertice, i due leader mai soli: l'agenda non prevede il faccia a faccia dalla nostra "
        "inviata Maria Rossi 16 Giugno 2021\n\n"
        "Le delegazioni hanno discusso di energia e di sicurezza.\n\n"
        "Siria, le immagini della città distrutta dal terremoto\n"
    )
    assert [p.text[:15] for p in article.paragraphs] == ["Il vertice è in", "Le delegazioni "]
    assert rules_of(article) == ["related article", "related headline"]


def test_a_sentence_cut_off_at_the_end_stays():
    article, _ = read(
        "Il vertice è iniziato alle undici. I due presidenti si sono stretti la mano.\n\n"
        "Mentre il dossier energia figura al centro dell'a\n"
    )
    assert len(article.paragraphs) == 2


def test_a_photo_caption_between_subtitle_and_lead():
    article, _ = read(
        "Gas, via libera alle sanzioni Il consiglio dei ministri ha autorizzato le misure\n\n"
        "Il rappresentante per la politica estera discute con il ministro degli Esteri di Cipro\n\n"
        "L'Unione dà il via libera alle sanzioni. La decisione è stata presa dai ministri degli "
        "Esteri dopo le trivellazioni nel Mediterraneo.\n"
    )
    assert article.title == "Gas, via libera alle sanzioni"
    assert article.subtitle == "Il consiglio dei ministri ha autorizzato le misure"
    assert article.paragraphs[0].text.startswith("L'Unione dà il via libera")
    assert "photo caption after the subtitle" in rules_of(article)


def test_the_pages_address_gives_url_and_day():
    article, _ = read(
        "https://esempio.it/20211202/in-libia-tribunale-riammette-la-candidatura-1402.html\n\n"
        "In Libia tribunale riammette la candidatura\n\n"
        "Un tribunale libico ha annullato la decisione della commissione elettorale... "
        "02.12.2021, Agenzia Esempio\n\n"
        "Il tribunale della città di Sebha ha deciso di reintegrare la candidatura.\n",
        date="2021-12",
    )
    assert article.url.startswith("https://esempio.it/20211202/")
    assert article.date.iso == "2021-12-02"
    assert article.title == "In Libia tribunale riammette la candidatura"
    # The standfirst's date and outlet are metadata, not its words.
    assert article.subtitle.endswith("commissione elettorale...")
    assert article.source_name == "Agenzia Esempio"


def test_a_byline_under_headline_and_standfirst_then_a_misspelled_dateline():
    article, _ = read(
        "Pakistan: proteste in tutto il Paese per l'arresto dell'ex premier\n\n"
        "Grandi folle si sono radunate nelle principali città per protestare contro l'arresto\n\n"
        "Di: Adnkronos, foto Esempio\n\n"
        "Islmabad, 9 mag. (Adnkronos/Dpa) - Grandi folle si sono radunate nelle città. Un "
        "militante è stato ucciso a Quetta.\n",
        date="2023-05",
    )
    assert article.agencies == ("Adnkronos", "Dpa")
    assert article.photo_credit == "Esempio" and article.author is None
    # The gazetteer's spelling of a large city one letter away.
    assert article.place == "Islamabad" and article.date.iso == "2023-05-09"
    assert article.paragraphs[0].text.startswith("Grandi folle si sono radunate nelle città.")


def test_a_byline_marks_the_long_paragraph_above_it_as_the_standfirst():
    # Headline, a standfirst of full sentences, "A cura di …", then the lead: the byline
    # ends the front matter, so the paragraph over it is no lead, however it reads.
    article, _ = read(
        "Elezioni comunali: come si vota\n\n"
        "Il 14 e 15 maggio si vota in molti Comuni. In Sicilia e Sardegna la data del voto è "
        "diversa: i seggi saranno aperti il 28 e 29 maggio.\n\n"
        "A cura di Luca Bianchi\n\n"
        "Le prossime elezioni amministrative si svolgeranno il 14 e 15 maggio. Saranno "
        "coinvolti numerosi Comuni.\n",
        date="2023-04",
    )
    assert article.title == "Elezioni comunali: come si vota"
    assert article.subtitle.startswith("Il 14 e 15 maggio si vota")
    assert article.author == "Luca Bianchi"
    assert article.paragraphs[0].text.startswith("Le prossime elezioni")
    assert "standfirst over the byline" in rules_of(article)


def test_the_outlets_calls_to_the_reader_and_a_label_over_a_gallerys_link_leave_the_body():
    lead = "Il consiglio comunale ha approvato il piano. La minoranza si è astenuta."
    article, _ = read(
        f"{lead}\n\nGli approfondimenti:\n\nBiciclette, boom di vendite in Lombardia. FOTO\n\n"
        "Per ricevere le notizie di Tg Lombardia:\n\n"
        "Vuoi pubblicare i contenuti di Notizie.com sul tuo sito web? Contattaci.\n"
    )
    assert [p.text for p in article.paragraphs] == [lead]
    assert {"related links", "call to the reader"} <= set(rules_of(article))
    # the word opens a sentence of the article too
    sentence = "Gli approfondimenti della procura sono in corso da mesi."
    article, _ = read(f"{lead}\n\n{sentence}\n")
    assert [p.text for p in article.paragraphs] == [lead, sentence]


def test_a_blogs_comment_form_a_gallery_credit_and_an_abbreviated_signature_close_the_page():
    lead = "Il consiglio comunale ha approvato il piano. La minoranza si è astenuta."
    article, _ = read(
        f"{lead}\n\nMa.Ross.\n\n3/18 ©IPA/Fotogramma\n\nNessun commento:\n\nPosta un commento\n\n"
        "La tua email non sarà pubblicata.\n"
    )
    assert [p.text for p in article.paragraphs] == [lead]
    assert article.desk == "Ma.Ross." and article.photo_credit == "IPA/Fotogramma"
    article, _ = read(f"{lead}\n\ndi: Chiara BASSI\n")
    assert article.author == "Chiara BASSI"
    assert [p.text for p in article.paragraphs] == [lead]


def test_an_aggregators_read_more_line_over_its_stamp_and_a_byline_run_into_the_lead():
    article, _ = read(
        "Leggi tutta la notizia su lanazione\n\n(Di martedì 12 marzo 2024) di Marta Gialli Il "
        "consiglio comunale ha approvato il progetto. L'opera costerà due milioni.\n",
        date="2024-03",
    )
    assert article.source_name == "lanazione" and article.author == "Marta Gialli"
    assert article.date.day == 12
    assert article.paragraphs[0].text.startswith("Il consiglio comunale ha approvato")


def test_a_stamp_with_its_hour_after_h_and_the_link_to_the_comments_gives_the_day():
    article, _ = read(
        "14.03.2024 h 10:12 commenti\n\nApprovato il nuovo piano dei parcheggi\n\n"
        "Il consiglio comunale ha approvato il piano. L'opposizione ha votato contro.\n",
        date="2024-03",
    )
    assert article.title == "Approvato il nuovo piano dei parcheggi"
    assert article.date.day == 14
    assert "numeric time stamp" in rules_of(article)


def test_a_sections_label_in_lower_case_under_the_headline_is_no_wrapped_line():
    lead = "Il lago di Resia è calato in fretta. Le piogge dell'inverno non sono bastate."
    for label in ("dossier", "esclusiva", "il caso"):
        article, _ = read(f"Il livello del lago è sceso di due metri\n\n{label}\n\n{lead}\n")
        assert article.title == "Il livello del lago è sceso di due metri"
        assert [p.text for p in article.paragraphs] == [lead]
    # a line that stops on a preposition goes on, whatever word follows
    article, _ = read(
        "Il presidente ha parlato a lungo della crisi che scuote la\n\npolitica\n\n"
        "italiana da mesi. Le opposizioni hanno chiesto un voto.\n"
    )
    assert "la politica italiana" in " ".join(p.text for p in article.paragraphs)
    # … and so does a line further on, where a section's word is the sentence's own
    article, _ = read(
        "Il presidente ha parlato ieri in aula\n\nI cittadini hanno chiesto al sindaco più\n\n"
        "sicurezza\n\nnelle strade del centro. Il sindaco ha risposto.\n"
    )
    assert "più sicurezza nelle strade" in " ".join(p.text for p in article.paragraphs)


def test_a_newsroom_or_a_press_office_signing_under_the_headline_or_over_the_lead():
    lead = "Il consiglio comunale ha approvato il piano. L'opposizione ha votato contro."
    for byline, author in (
        ("Di: Redazione Sardegna Live", "Redazione Sardegna Live"),
        (
            "di Comando Provinciale Carabinieri Reggio Calabria",
            "Comando Provinciale Carabinieri Reggio Calabria",
        ),
    ):
        for top in ("Approvato il nuovo piano dei parcheggi\n\n", ""):
            article, _ = read(f"{top}{byline}\n\n{lead}\n")
            assert article.author == author
            assert [p.text for p in article.paragraphs] == [lead]


def test_opening_hours_glued_to_the_last_sentence_and_a_handout_notice_keep_the_article():
    article, _ = read(
        "La Borsa ha chiuso in rialzo. Bene i bancari.\n\n"
        "Chiusura mista per le altre Borse europee.- dal lunedì al venerdì dalle ore 10:00 alle "
        "ore 20:00\n- sabato, domenica e festivi dalle ore 10:00 alle ore 18:00.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "La Borsa ha chiuso in rialzo. Bene i bancari.",
        "Chiusura mista per le altre Borse europee.",
    ]
    # an English caption over a short Italian text is no evidence the article is English
    article, _ = read(
        "Italian Minister Paolo Rossi in Rome, Italy, 12 March 2024. ANSA/PRESS OFFICE +++ ANSA "
        "PROVIDES ACCESS TO THIS HANDOUT PHOTO TO BE USED SOLELY TO ILLUSTRATE NEWS REPORTING OR "
        "COMMENTARY ON THE FACTS OR EVENTS DEPICTED IN THIS IMAGE; NO ARCHIVING; NO LICENSING +++"
        "\n\nIl ministro è arrivato a Parigi. Domani incontrerà il suo omologo francese. (AGI)\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Il ministro è arrivato a Parigi. Domani incontrerà il suo omologo francese."
    ]


def test_a_bracketed_byline_after_the_dateline_and_a_letters_salutation():
    lead = "Il consiglio comunale ha approvato il piano. L'opposizione ha votato contro."
    article, _ = read(f"Roma, 12 mar. (Adnkronos) - (di Giulia Bianchi) {lead}\n")
    assert article.author == "Giulia Bianchi" and article.paragraphs[0].text == lead
    # "Caro sindaco," alone over the letter: the title is the letter's first sentence
    article, _ = read(
        "Caro sindaco,\n\nsono un cittadino del quartiere e le scrivo per il parcheggio. Da "
        "mesi aspettiamo.\n"
    )
    assert article.title == "Sono un cittadino del quartiere e le scrivo per il parcheggio"
    assert article.paragraphs[0].text == "Caro sindaco,"


def test_a_byline_over_nothing_but_a_notice_signs_an_article_of_one_paragraph():
    # "…male le utility. / di Chiara Bassi / FOTO: ANSA": no sentence under the byline, so
    # the paragraph over it is the article, not a standfirst, with or without a headline.
    paragraph = (
        "Dopo la chiusura negativa di ieri, il listino torna a mettere il segno più. Bene le "
        "cooperative, male le utility."
    )
    for top in ("Pavia, la Borsa locale chiude sopra la parità\n\n", ""):
        for closing in ("FOTO: ANSA", "© Riproduzione riservata"):
            article, _ = read(f"{top}{paragraph}\n\ndi Chiara Bassi\n\n{closing}\n")
            assert [p.text for p in article.paragraphs] == [paragraph]
            assert article.subtitle is None
            assert article.author == "Chiara Bassi"


def test_a_pages_section_embed_notice_stamp_and_promotion_leave_the_body():
    article, _ = read(
        "Ambiente\n\n"
        "Il seguente contenuto proviene da partner esterni. Non possiamo dunque garantire che "
        "sia accessibile per tutti gli utenti.\n\n"
        "Questo contenuto è stato pubblicato il 7 marzo 2024 9.30 07 marzo 2024 - 09:30\n\n"
        "EMBED\n\n"
        "Il gas continua a fuoriuscire dai gasdotti danneggiati nel mare del Nord.\n\n"
        "Un'immagine della falla vista dall'alto | Foto Ansa\n\n"
        "Iscriviti alla newsletter di Esteri: ogni venerdì le notizie della settimana\n\n"
        "Le autorità hanno chiuso la navigazione nella zona.\n"
    )
    assert [p.text[:12] for p in article.paragraphs] == ["Il gas conti", "Le autorità "]
    assert article.date.iso == "2024-03-07" and article.photo_credit == "Ansa"
    assert rules_of(article) == [
        "section word",
        "embed notice",
        "time stamp",
        "page chrome",
        "photo caption",
        "newsletter",
    ]


def test_an_aggregators_page_names_its_source_wherever_it_stands():
    article, _ = read(
        "Agenzia Nova\n\n"
        "Il Federal Bureau of Investigation ha inserito il proprietario del gruppo nella lista "
        "dei ricercati, offrendo una ricompensa per qualsiasi informazione ... wired\n"
    )
    assert article.source_name == "Agenzia Nova"
    assert rules_of(article) == ["agency line", "cut mark and site"]
    article, _ = read(
        "Iraq, ucciso il generale: azione ordinata dal presidente (Di venerdì 3 gennaio 2020) "
        "(foto: Mario Rossi/Getty Images) In un raid contro una zona vicina all'aeroporto sono "
        "rimasti uccisi il generale e altri ufficiali. L'articolo Iraq, ucciso il generale: "
        "azione ordinata dal presidente proviene da Il Fatto Quotidiano.\n",
        date="2020-01",
    )
    assert article.title == "Iraq, ucciso il generale: azione ordinata dal presidente"
    assert article.photo_credit == "Mario Rossi/Getty Images"
    assert article.source_name == "Il Fatto Quotidiano"
    assert article.paragraphs[0].text.startswith("In un raid")
    assert article.paragraphs[-1].text.endswith("altri ufficiali.")


def test_a_headline_run_into_its_standfirst_where_an_article_opens_in_capitals():
    # "…approvato il progetto Il via libera…": no sentence goes on with an article in
    # capitals after a word in lower case; over a byline, or over a lead that says it again
    line = (
        "Nuovo parcheggio a Ciampino: approvato il progetto Il via libera è arrivato nella "
        "seduta di ieri sera. I lavori partiranno in estate."
    )
    lead = (
        "Il consiglio comunale ha approvato ieri il progetto del nuovo parcheggio. L'opera "
        "costerà due milioni. I lavori partiranno in estate."
    )
    article, _ = read(f"{line}\n\nA cura di Sara Mancini\n\n{lead}\n")
    assert article.title == "Nuovo parcheggio a Ciampino: approvato il progetto"
    assert article.subtitle.startswith("Il via libera è arrivato")
    assert [p.text for p in article.paragraphs] == [lead]
    # without a byline to end the front matter, what follows the headline stays in the body
    article, _ = read(f"{line}\n\n{lead}\n")
    assert article.title == "Nuovo parcheggio a Ciampino: approvato il progetto"
    assert [p.text for p in article.paragraphs][-1] == lead
    assert article.paragraphs[0].text.startswith("Il via libera è arrivato")


def test_a_headline_and_a_kicker_subtitle_on_one_line():
    article, _ = read(
        "Libia, le parti a Mosca per firmare la tregua davanti a Putin Germania: \u201cConferenza "
        "di Berlino a gennaio\u201d (Di lunedì 13 gennaio 2020) L'incontro vuole essere un punto "
        "di svolta per la crisi.\n",
        date="2020-01",
    )
    assert article.title == "Libia, le parti a Mosca per firmare la tregua davanti a Putin"
    assert article.subtitle.startswith("Germania:")


def test_a_determiner_before_a_place_and_its_colon_is_no_headline_end():
    # "in tutta | Italia: nel mirino": a headline never ends on a determiner, so the place
    # after it is no kicker of a subtitle.
    lead = (
        "Blitz antimafia della polizia, dalle prime ore del mattino di martedì, in tutta "
        "Italia: nel mirino delle forze dell'ordine circa 160 presunti affiliati alle cosche. "
        "In azione oltre 750 agenti in dodici province, coordinati dal Servizio centrale. "
        "«Ottanta arresti si stanno eseguendo a Roma, Salerno e Milano», fanno sapere gli "
        "investigatori."
    )
    article, _ = read(f"{lead}\n\nGli arresti sono stati eseguiti a Roma.\n", date="2021-02")
    assert article.paragraphs[0].text == lead
    assert "headline" not in rules_of(article)


def test_an_updating_notice_after_the_first_paragraph_leaves_it():
    article, _ = read(
        "Oggi si vota per il ballottaggio. Alle 20, alla chiusura dei seggi, i primi exit "
        "poll. In aggiornamento\n\nDopo il primo turno i due candidati si sfidano di nuovo.\n\n"
        "Il dato è in aggiornamento.\n",
        date="2022-04",
    )
    assert article.paragraphs[0].text.endswith("i primi exit poll.")
    assert article.paragraphs[-1].text == "Il dato è in aggiornamento."
    assert rules_of(article).count("updating notice") == 1


def test_a_dateline_in_capitals_writes_its_accent_as_an_apostrophe():
    article, _ = read(
        "CITTA' DEL MESSICO, 2 LUG - Gli exit poll danno in testa il candidato della sinistra.\n",
        date="2018-07",
    )
    assert (article.place, article.date.iso) == ("Città del Messico", "2018-07-02")


def test_desk_initials_between_the_dateline_and_the_lead():
    article, _ = read(
        "LUSCIANO – (g.g.) Il Tribunale ha assolto l'ex sindaco dall'accusa di abuso d'ufficio.\n",
        date="2021-05",
    )
    assert (article.place, article.desk) == ("Lusciano", "g.g.")
    assert article.paragraphs[0].text.startswith("Il Tribunale ha assolto")


def test_a_teletext_page_time_headline_and_lead_on_one_line():
    lead = (
        "Sono 43 gli indagati in un'operazione antimafia dei carabinieri per misure emesse "
        "dal tribunale ed eseguite anche in Basilicata, Lombardia ed Emilia-Romagna. Le accuse "
        "sono associazione mafiosa, truffa aggravata, estorsione e trasferimento fraudolento "
        "di valori, e gli arresti sono stati eseguiti all'alba in sei province."
    )
    article, _ = read(f"8.10 'Ndrangheta, maxi-blitz a Catanzaro {lead}\n", date="2023-06")
    assert article.title == "'Ndrangheta, maxi-blitz a Catanzaro"
    assert article.paragraphs[0].text == lead
    assert rules_of(article)[0] == "time label"


def test_a_headline_run_into_a_lead_that_says_its_words_again():
    lead = (
        "Italia divisa tra gelo e siccità, con le isole senz'acqua. Questo il quadro secondo il "
        "monitoraggio dell'associazione, che sottolinea come in Sicilia e Sardegna sia allarme "
        "per la siccità e per le sue ricadute sul sistema agropastorale, mentre il grande "
        "freddo colpisce le coltivazioni invernali in campo."
    )
    article, _ = read(f"12.20 Coldiretti: Italia tra gelo e siccità {lead}\n", date="2024-01")
    assert article.title == "Coldiretti: Italia tra gelo e siccità"
    assert article.paragraphs[0].text == lead


def test_a_photo_credit_without_a_colon_above_the_lead():
    article, _ = read(
        "foto Splash News\n\n- Da domani cominciano le ferie forzate per 500 operai.\n",
        date="2016-12",
    )
    assert article.photo_credit == "Splash News"
    assert article.paragraphs[0].text == "Da domani cominciano le ferie forzate per 500 operai."


def test_a_unit_cut_by_the_pages_end_is_no_desk_code():
    article, _ = read(
        "I prezzi medi di oggi: diesel a 1,734 euro/litro. Benzina servito a 1,797 euro/li\n",
        date="2022-11",
    )
    assert article.paragraphs[-1].text.endswith("Benzina servito a 1,797 euro/li")
    assert article.desk is None
    article, _ = read("Il premier ha parlato ieri ai giornalisti. sat/gsl\n", date="2022-11")
    assert (article.paragraphs[-1].text, article.desk) == (
        "Il premier ha parlato ieri ai giornalisti.",
        "sat/gsl",
    )


def test_a_headline_is_never_parted_inside_a_quotation():
    first = (
        "Una laurea in Giurisprudenza con una tesi su “Mafia Capitale”, anticamera della "
        "passione per il giornalismo. Poi il Master in Giornalismo e i podcast"
    )
    article, _ = read(f"{first}\n\nUn ragazzo di 19 anni è morto in moto ieri sera.\n")
    assert "“Mafia Capitale”" in (article.subtitle or article.title)
    assert not article.title.endswith("“Mafia")


def test_a_small_town_closed_by_a_full_stop_is_the_dateline_a_common_word_is_not():
    article, _ = read(
        "Amatrice. Erano le 3.36 del 24 agosto del 2016 quando una scossa colpì il centro.\n",
        date="2018-08",
    )
    assert article.place == "Amatrice"
    assert article.paragraphs[0].text.startswith("Erano le 3.36")
    article, _ = read("Calcio. Il campionato riprende domenica con sei partite.\n")
    assert article.place is None


def test_a_town_of_several_words_in_capitals_and_a_second_place_read_whole():
    article, _ = read(
        "NOVI DI MODENA, SOLIERA – Nel pomeriggio di sabato i carabinieri hanno fermato un uomo.\n",
        date="2023-04",
    )
    assert article.place == "Novi di Modena"
    assert article.paragraphs[0].text.startswith("Nel pomeriggio")
    article, _ = read("VENEZIA L’acqua alta non si ferma. Alle 13 il picco.\n", date="2019-11")
    assert article.place == "Venezia"
    # a kicker and a name after the comma are no second place
    article, _ = read("LIBIA, HAFTAR – Il generale avanza verso la capitale.\n", date="2019-04")
    assert article.place is None


def test_a_video_credit_after_the_last_sentence_with_its_tag_and_maker():
    article, _ = read(
        "Il segretario ha parlato al vertice. / Nato Fonte: Agenzia Vista / Alexander Jakhnagiev\n"
    )
    assert article.source_name == "Agenzia Vista / Alexander Jakhnagiev"
    assert article.paragraphs[-1].text == "Il segretario ha parlato al vertice."


def test_a_common_word_in_capitals_inside_a_name_parts_no_headline():
    text = (
        "Il Teatro giunge alla presentazione della Prima Parte della Stagione d'Opera dopo il "
        "periodo di chiusura dei teatri, imposto per combattere il dilagare dell'epidemia, e "
        "quello immediatamente successivo, segnato da una ripresa dei lavori nei limiti "
        "previsti dai protocolli nazionali. In questa fase la maggior parte dei teatri ha "
        "cessato le attività, prima dell'estate."
    )
    article, _ = read(f"{text}\n\nIl programma sarà presentato domani.\n", date="2020-09")
    assert article.paragraphs[0].text == text


def test_related_links_and_gallery_credits_leave_the_body():
    article, _ = read(
        "1/8 ©Getty\n\n"
        "L'invasione è iniziata nella notte con l'ordine di attacco del presidente.\n\n"
        "© Agenzia . Maria Rossi Il ministro ha discusso con il collega del trattato\n\n"
        "Il ministro ha detto che il dialogo continuerà nelle prossime settimane.\n\n"
        'Potrebbero interessarti L\'intervista alla deputata: "Chiediamo il ritiro"\n'
    )
    assert [p.text[:12] for p in article.paragraphs] == ["L'invasione ", "Il ministro "]
    assert article.photo_credit == "Getty"
    assert rules_of(article) == ["page chrome", "photo credit and related link", "related links"]


def test_a_slideshow_that_repeats_its_caption_leaves_the_body():
    gallery = " ".join(f"Spari sui convogli dell'evacuazione {n} di 4 Afp Afp" for n in range(1, 5))
    article, _ = read(
        f"{gallery} Spari sui convogli dell'evacuazione leggi dopo slideshow ingrandisci\n\n"
        "Secondo l'agenzia Anadolu un convoglio è stato costretto a tornare indietro.\n\n"
        "Un sondaggio: 1 di 3 italiani non vota, 2 di 3 non leggono, 3 di 3 si lamentano.\n"
    )
    assert [p.text[:12] for p in article.paragraphs] == ["Secondo l'ag", "Un sondaggio"]
    assert rules_of(article) == ["captioned photo gallery"]


def test_a_page_top_pasted_line_by_line():
    article, _ = read(
        "Close Menu\nlunedì 25 Agosto 2025\nNuovi scontri: almeno 12 morti vicino alla capitale\n\n"
        "Nessun commento\n(AGENPARL) - Roma, 24 Agosto 2025\n\n"
        "Almeno 12 persone sono rimaste uccise negli scontri. Nessun gruppo ha rivendicato.\n",
        date="2025-08-24",
    )
    assert article.title == "Nuovi scontri: almeno 12 morti vicino alla capitale"
    assert article.agencies == ("Agenparl",) and article.place == "Roma"
    assert article.paragraphs[0].text.startswith("Almeno 12 persone")
    assert rules_of(article)[:2] == ["page chrome", "time stamp"]


def test_a_headline_run_into_its_dateline_on_one_line():
    article, _ = read(
        'Missili contro il confine: "Colpiti i campi" Islamabad, 7 mag. (askanews) - L\'esercito '
        "ha lanciato decine di missili contro la regione contesa.\n",
        date="2025-05",
    )
    assert article.title == 'Missili contro il confine: "Colpiti i campi"'
    assert article.place == "Islamabad" and article.agencies == ("askanews",)
    assert article.date.iso == "2025-05-07"


def test_a_headline_run_into_a_standfirst_that_opens_on_an_article():
    # "Gli" before a word in lower case opens a sentence; "Il Cairo" would be a name.
    article, _ = read(
        "Guerra al confine, la milizia lancia missili contro una base vicino al Cairo Gli ultimi "
        "aggiornamenti sulla guerra: la milizia ha annunciato di aver lanciato missili contro "
        "una base militare vicino al confine, colpendo una fabbrica di materiali esplosivi e "
        "alcuni depositi di carburante. Altre notizie seguiranno nelle prossime ore.\n\n"
        "La milizia afferma di aver lanciato un attacco contro la base.\n"
    )
    assert article.title == (
        "Guerra al confine, la milizia lancia missili contro una base vicino al Cairo"
    )


@pytest.mark.parametrize(
    ("lead", "author", "place"),
    [
        (
            "PIERO ZANELLATO - Svolta storica nel paese, dove il governo ha ordinato la tregua.",
            "Piero Zanellato",
            None,
        ),
        (
            "TEL AVIV - Svolta storica nel paese, dove il governo ha ordinato la tregua.",
            None,
            "Tel Aviv",
        ),
        (
            "ULTIM'ORA - Svolta storica nel paese, dove il governo ha ordinato la tregua.",
            None,
            None,
        ),
    ],
)
def test_an_author_in_capitals_before_the_lead_s_dash(lead, author, place):
    article, _ = read(lead + "\n\nIl governo ha poi confermato la decisione.\n")
    assert article.author == author and article.place == place
    assert article.paragraphs[0].text.startswith(("Svolta storica", "ULTIM"))


def test_a_quotation_whose_speaker_is_named_in_the_next_paragraph():
    article, _ = read(
        "“Abbiamo agito subito per dare un segnale agli Stati di bandiera”,\n\n"
        "Queste le parole del ministro dell’Interno, Mario Rossi, intervistato ieri.\n"
    )
    assert (
        article.title == "Rossi: “Abbiamo agito subito per dare un segnale agli Stati di bandiera”"
    )


def test_a_collage_of_agency_pieces_loses_every_dateline():
    article, _ = read(
        "(ANSA) - I ribelli hanno rivendicato l'attacco alla nave mercantile.\n\n"
        "MISSIONE NAVALE, VIA LIBERA DEI MINISTRI\n\n"
        "ROMA, 19 feb. (AGI) - I ministri hanno dato il via libera alla missione navale.\n"
    )
    assert article.agencies == ("ANSA", "AGI")
    assert article.paragraphs[-1].text.startswith("I ministri hanno dato")
    assert "dateline of a later piece: place, day, agency" in rules_of(article)


def test_a_wire_photo_caption_in_english_under_the_headline():
    caption = (
        "epa11524689 An unidentified person sets fire to a motorcycle in the Shahbagh area "
        "during clashes between protesters and party members, on the first day of the "
        "non-cooperation movement at the university campus in Dhaka, 04 August 2024. The "
        "organizers are demanding the resignation of the current government. Authorities "
        "have imposed a new curfew starting 06:00 p.m. local time on 04 August. EPA/NAME"
    )
    article, _ = read(
        f"Manifestanti in Bangladesh assaltano il palazzo della premier\n{caption}\n"
        "AA (ANSA-AFP) - DACCA, 05 AGO - Migliaia di manifestanti hanno preso d'assalto il "
        "palazzo. La premier ha lasciato il paese.\n",
        date="2024-08",
    )
    assert article.title == "Manifestanti in Bangladesh assaltano il palazzo della premier"
    assert article.agencies == ("ANSA", "AFP") and article.place == "Dacca"
    assert article.paragraphs[0].text.startswith("Migliaia di manifestanti")
    assert "wire photo caption" in rules_of(article)
    assert "initials before the dateline" in rules_of(article)


def test_page_furniture_run_into_one_line_under_the_headline():
    article, _ = read(
        "Una nave con 450 migranti a bordo si dirige verso l'Italia\n\n"
        "Venerdì 13 Luglio 2018 - Ultimo aggiornamento: 17:32 © RIPRODUZIONE RISERVATA "
        "POTREBBE INTERESSARTI ANCHE..\n\n"
        "Un barcone con 450 persone a bordo è in acque maltesi da questa mattina.\n",
        date="2018-07",
    )
    assert article.title == "Una nave con 450 migranti a bordo si dirige verso l'Italia"
    assert article.date.iso == "2018-07-13" and article.dateline is None
    assert article.paragraphs[0].text.startswith("Un barcone")
    assert rules_of(article) == ["headline", "time stamp", "copyright"]


def test_the_page_s_date_run_into_the_headline():
    article, _ = read(
        "Attentato a Nizza: il camion piomba sulla folla 22 aprile 2021\n\n"
        "(LaPresse) Era il 14 luglio 2016 e il lungomare era stracolmo di gente.\n",
        date="2021-04",
    )
    assert article.title == "Attentato a Nizza: il camion piomba sulla folla"
    assert article.date.iso == "2021-04-22"
    # After a preposition the date is the headline's own.
    article, _ = read(
        "Strage di Bologna, il ricordo del 2 agosto 1980\n\n"
        "La città ha ricordato ieri le vittime della strage con un corteo.\n",
        date="2021-08",
    )
    assert article.title == "Strage di Bologna, il ricordo del 2 agosto 1980"


def test_a_caption_sentence_and_an_end_mark_close_the_article():
    article, _ = read(
        "Il presidente è stato destituito poche ore dopo il voto. Nella foto, manifestazioni "
        "a favore del golpe. ◆\n"
    )
    assert article.paragraphs[-1].text == "Il presidente è stato destituito poche ore dopo il voto."
    assert rules_of(article) == ["end mark", "photo caption sentence"]


def test_a_wire_video_s_distribution_notice_closes_nothing():
    article, _ = read(
        "Il camion piombò sulla folla. Nelle immagini il panico sul lungomare. "
        "DISTRIBUTION FREE OF CHARGE - NOT FOR SALE\n"
    )
    assert article.paragraphs[-1].text.endswith("il panico sul lungomare.")
    assert rules_of(article) == ["distribution notice"]


def test_a_headline_ending_on_a_name_run_into_its_dateline():
    # "Mario Rossi Washington" reads as a place too: the gazetteer's place is the dateline's.
    article, _ = read(
        "Il ministro arrivato alla Casa Bianca per il colloquio con Mario Rossi Washington, "
        "17 apr. (askanews) - Il ministro è appena arrivato per il bilaterale.\n",
        date="2025-04",
    )
    assert article.title == "Il ministro arrivato alla Casa Bianca per il colloquio con Mario Rossi"
    assert article.place == "Washington" and article.date.iso == "2025-04-17"


@pytest.mark.parametrize(
    ("date", "text", "day"),
    [
        ("2023-02", "Tripoli , 28. L'inviato delle Nazioni Unite ha parlato al Consiglio.", 28),
        ("2023-02", "La missione ha lasciato il porto.\n\nUltima modifica: 10 febbraio 2023", 10),
        ("2022-10", "Ottobre 31, 2022\n\nDue esplosioni hanno colpito la capitale stamattina.", 31),
        ("2023-01", "La missione in programma oggi, 28 gennaio, guidata dalla premier, parte.", 28),
        ("2024-12", "La giunta si prepara. Stasera (domenica 8 dicembre) si accende l'albero.", 8),
        (
            "2023-03",
            "Il servizio è stato sospeso.\n\nAlle 12 di oggi, 31 marzo 2023, era ancora attivo.",
            31,
        ),
    ],
)
def test_days_the_copy_states_in_other_forms(date, text, day):
    article, findings = read(text, date=date)
    assert article.date.day == day, [f.format() for f in findings]


def test_a_weekday_and_a_day_today_refine_the_month_only_where_the_weekday_agrees():
    # 11 March 2020 was a Wednesday; 12 March a Thursday
    text = "Primo caso in paese. Nella mattinata di oggi, {} il sindaco ha comunicato il dato."
    article, _ = read(text.format("mercoledì 11,"), date="2020-03")
    assert article.date.iso == "2020-03-11"
    article, _ = read(text.format("mercoledì 12,"), date="2020-03")
    assert article.date.iso == "2020-03"  # a weekday that does not fall on that day
    article, _ = read(text.format("mercoledì 11 marzo 2021,"), date="2020-03")
    assert article.date.iso == "2020-03"  # a full date of another year: not this month's


def test_a_labelled_stamp_between_the_standfirst_and_the_lead_gives_the_day():
    article, _ = read(
        "Svezia presto nella Nato, Stoltenberg: trovato l'accordo\n\n"
        "Il segretario generale ha parlato di un passo storico per tutti gli alleati.\n\n"
        "Pubblicata il: 11/07/2023\n\n"
        "Il presidente ha concordato di concedere l'ingresso della Svezia nella Nato. Lo ha "
        "detto il segretario generale al vertice.\n",
        date="2023-07",
    )
    assert article.date.iso == "2023-07-11"
    assert "Pubblicata" not in " ".join(p.text for p in article.paragraphs)
    # the stamp ends the front matter: the sentence over it is the standfirst
    assert rules_of(article) == [
        "headline",
        "standfirst over the page's date",
        "numeric time stamp",
    ]
    assert article.subtitle is not None and article.subtitle.startswith("Il segretario")
    assert article.paragraphs[0].text.startswith("Il presidente ha concordato")


def test_today_in_another_month_than_the_date_lines_refines_nothing():
    # a stale "oggi" of another month (an earlier version of the page) is no day of this one
    article, _ = read("Il voto è atteso.\n\nSi vota oggi, 2 luglio, in tutto il Paese.", "2024-06")
    assert article.date.iso == "2024-06"


def test_an_agencys_name_and_a_full_stop_open_the_lead():
    article, _ = read(
        "AgenPress. Il presidente ha esortato i cittadini a continuare a protestare.\n"
    )
    assert article.agencies == ("Agenpress",)
    assert article.paragraphs[0].text.startswith("Il presidente")


def test_a_post_above_the_article_is_not_its_headline():
    article, _ = read(
        "Embassy opening will be covered live on television. A great day for our friends! — "
        "Il Presidente (@presidente_esempio) 14 maggio 2018\n\n"
        "Violenti scontri si sono verificati al confine. Le scuole hanno chiuso le porte.\n"
    )
    assert article.title == "Violenti scontri si sono verificati al confine"
    assert len(article.paragraphs) == 1


def test_a_dash_that_opens_an_aside_or_a_quote_is_no_label():
    article, _ = read(
        "Il presidente ha parlato in serata.\n\n"
        "In un post ha scritto: “CONTINUATE – PRENDETE IL CONTROLLO!!! Poi ha aggiunto altro.\n\n"
        "Il nuovo capo, presidente del movimento – Movimento per la salvaguardia- è un ufficiale "
        "di 34 anni.\n"
    )
    assert [p.kind for p in article.paragraphs] == ["text", "text", "text"]


@pytest.mark.parametrize(
    ("lead", "place", "country"),
    [
        ("SINGAPORE - Il vertice si è aperto stamattina.", "Singapore", None),
        ("KUWAIT - Il vertice si è aperto stamattina.", "Kuwait", None),
        # a country alone is where the story is filed from: the page shows it as the place
        ("NIGER - Il vertice si è aperto stamattina.", "Niger", None),
        # a country in brackets is the place's
        ("NIAMEY (NIGER) - Il vertice si è aperto stamattina.", "Niamey", "Niger"),
    ],
)
def test_a_country_or_a_city_state_alone_in_a_dateline_is_its_place(lead, place, country):
    article, _ = read(lead + "\n")
    assert (article.place, article.country) == (place, country)
    assert article.place in pages._dateline(article)


def test_a_province_in_brackets_and_a_credit_with_the_agency_tag():
    article, _ = read(
        "LAMPEDUSA (AGRIGENTO) (ITALPRESS) – L'emergenza sbarchi continua. Più di 700 i migranti "
        "arrivati dalla mezzanotte.\n\n– foto: da video Guardia Costiera (ITALPRESS).\n"
    )
    assert (article.place, article.country, article.agencies) == ("Lampedusa", None, ("Italpress",))
    assert article.photo_credit == "da video Guardia Costiera"
    assert article.paragraphs[-1].text.endswith("dalla mezzanotte.")


def test_a_feed_time_before_the_agency_dateline():
    article, _ = read(
        "13:52 (ANSA) - IL CAIRO - Il presidente incontrerà il collega a Washington.\n"
    )
    assert (article.place, article.agencies) == ("Il Cairo", ("ANSA",))
    assert article.paragraphs[0].text.startswith("Il presidente")


def test_a_breadcrumb_and_a_doubled_headline():
    article, _ = read(
        "Home > Video > Tornato nella capitale: lavoriamo per la vittoria Tornato nella "
        "capitale: lavoriamo per la vittoria\n\n"
        "Roma, 23 dic. (askanews) – Il presidente è di nuovo nella capitale dopo la visita.\n",
        date="2022-12",
    )
    assert article.title == "Tornato nella capitale: lavoriamo per la vittoria"
    assert article.date.iso == "2022-12-23" and article.agencies == ("askanews",)
    assert rules_of(article)[:3] == ["breadcrumb", "repeated headline", "headline"]


def test_a_headline_repeated_on_the_next_line_is_no_subtitle():
    headline = "Il governo non è ancora pronto a discutere nuove sanzioni - Rossi"
    article, _ = read(
        f"{headline}\n\n{headline}\n\nSecondo Rossi la linea del governo resta quella giusta\n\n"
        "Il governo non è ancora pronto a discutere di nuove sanzioni. Lo ha detto Rossi.\n"
    )
    assert article.title == headline
    assert article.subtitle == "Secondo Rossi la linea del governo resta quella giusta"
    assert sorted(rules_of(article)[:2]) == ["headline", "repeated headline"]


def test_a_headline_repeated_under_the_page_date_is_no_subtitle():
    headline = "Corte, 'il Paese non ha rispettato i suoi obblighi'"
    article, _ = read(
        f"{headline}\n18 ott 2025\n{headline}\n\n"
        "Il governo ha fino al 31 ottobre per fornire chiarimenti\n\n"
        "Il Paese non ha rispettato i propri obblighi. Lo ha stabilito la Corte.\n",
        date="2025-10",
    )
    assert article.title == headline
    assert article.subtitle == "Il governo ha fino al 31 ottobre per fornire chiarimenti"
    assert article.paragraphs[0].text.startswith("Il Paese non ha rispettato")
    assert "repeated headline" in rules_of(article)


def test_icon_labels_leave_wherever_they_stand():
    article, _ = read(
        "• close-icon close-icon\n\nTrump annuncia: catturato il presidente\n\n"
        "- logo-icon Il presidente è stato catturato nella notte. Lo ha detto Trump.\n"
    )
    assert article.title == "Trump annuncia: catturato il presidente"
    assert article.paragraphs[0].text.startswith("Il presidente è stato catturato")
    assert rules_of(article).count("icon label") == 2


def test_a_headline_with_a_place_as_its_kicker():
    article, _ = read(
        "Aleppo. Nuovo accordo per evacuare civili, feriti e ribelli\n\n"
        "L'evacuazione è ripresa all'alba dopo un giorno di stallo.\n"
    )
    assert article.title == "Aleppo. Nuovo accordo per evacuare civili, feriti e ribelli"
    assert article.place is None


def test_a_paragraph_cut_off_mid_word_at_the_end_stays():
    article, _ = read(
        "Il vertice è iniziato alle undici. I due presidenti si sono stretti la mano.\n\n"
        "Secondo i media ucrai\n\nBREAKING:\n"
    )
    assert [p.text for p in article.paragraphs][-1] == "Secondo i media ucrai"
    assert rules_of(article) == ["lone label"]


def test_a_last_paragraph_cut_after_two_letters_stays():
    # "qu" is as frequent on the web as a word, but no Italian word: the page cut the
    # sentence, it is not a linked article's headline
    article, _ = read(
        "Il vertice è iniziato alle undici. I due presidenti si sono stretti la mano.\n\n"
        "Sessantadue dei 70 deputati vengono eletti su base provinciale, votando qu\n"
    )
    assert article.paragraphs[-1].text.endswith("votando qu")
    assert rules_of(article) == []


def test_a_headline_glued_to_a_long_first_paragraph():
    article, _ = read(
        '12.27 Porto chiuso, il ministro conferma:"Non cedo" "In sedici giorni sareste già '
        "arrivati a casa vostra. Quella delle organizzazioni è una battaglia politica, non certo "
        'umanitaria, giocata sulla pelle delle persone. Vergogna. Io non cedo". Così, con un '
        "messaggio sui social, il ministro conferma la sua linea del no allo sbarco della nave "
        "che da giorni attende al largo con a bordo oltre cento persone soccorse in mare.\n"
    )
    assert article.title == 'Porto chiuso, il ministro conferma:"Non cedo"'
    assert article.paragraphs[0].text.startswith('"In sedici giorni')


def test_a_headline_glued_to_a_quotation_that_opens_on_a_conjunction():
    # "Se" opens a clause and is never part of a name: the quotation starts the lead
    article, _ = read(
        "20.54 Usa,Banca centrale:lotta inflazione no indolore \"Se l'economia continua con la "
        'crescita prevista, un aumento dei tassi di mezzo punto è sul tavolo". Così il presidente '
        "della banca centrale, sottolineando che il mercato del lavoro resta forte. La guerra "
        "sta complicando le azioni di politica monetaria, ha affermato. La banca centrale "
        "\"continuerà ad alzare i tassi fin quando non vedrà l'inflazione scendere in modo chiaro "
        'e convincente", ha assicurato.\n'
    )
    # the title sets the spaces the wire's headline squeezed out; no word changes
    assert article.title == "Usa, Banca centrale: lotta inflazione no indolore"
    assert article.paragraphs[0].text.startswith("\"Se l'economia")


@pytest.mark.parametrize(
    ("line", "title", "subtitle"),
    [
        # a quotation that opens on a straight single quote
        (
            "Libia: Erdogan, perforazioni nel Mediterraneo 'Nelle zone inquadrate dal patto'",
            "Libia: Erdogan, perforazioni nel Mediterraneo",
            "'Nelle zone inquadrate dal patto'",
        ),
        # a capital "A" opens a sentence: no name is one letter
        (
            "Riparte da Pozzallo la nave per salvare vite umane A bordo i protocolli anti Covid",
            "Riparte da Pozzallo la nave per salvare vite umane",
            "A bordo i protocolli anti Covid",
        ),
    ],
)
def test_a_headline_glued_to_its_subtitle_at_a_quote_or_a_capital_preposition(
    line, title, subtitle
):
    article, _ = read(
        f"{line}\n\nLa nave è partita ieri sera dal porto. A bordo ci sono venti persone.\n"
    )
    assert (article.title, article.subtitle) == (title, subtitle)


def test_a_name_with_a_colon_inside_a_long_headline_is_no_kicker():
    article, _ = read(
        "Iraq, ucciso in un raid aereo il generale iraniano Soleimani: azione ordinata dal "
        "premier. Il ministro degli Esteri: “Terrorismo”\n\n"
        "In un raid contro una zona vicina all'aeroporto sono rimasti uccisi il generale "
        "Qassem Soleimani e altri ufficiali.\n"
    )
    assert article.title == (
        "Iraq, ucciso in un raid aereo il generale iraniano Soleimani: azione ordinata dal premier"
    )
    assert article.subtitle == "Il ministro degli Esteri: “Terrorismo”"


def test_two_agencies_joined_by_a_hyphen_and_a_source_after_the_text():
    article, _ = read(
        "(ANSA-AFP) - MOSCA, 21 FEB - Il presidente ha firmato il decreto. I due territori "
        "sono riconosciuti. fonte. ANSA\n",
        date="2022-02",
    )
    assert article.agencies == ("ANSA", "AFP") and article.place == "Mosca"
    assert article.date.iso == "2022-02-21" and article.source_name == "ANSA"
    assert article.paragraphs[-1].text.endswith("sono riconosciuti.")


def test_a_hidden_contact_address_and_an_advert_close_the_text():
    article, _ = read(
        'Il tribunale ha condannato l\'ex premier a tre anni. "Ci inchiniamo solo davanti a Dio", '
        "ha aggiunto. —internazionale/[email protected] (Web Info) Vuoi la tua pubblicità qui? "
        "Le pubblicità sostengono il servizio\n"
    )
    assert article.paragraphs[-1].text.endswith("ha aggiunto.")
    assert rules_of(article) == ["advert", "contact footer"]


def test_page_furniture_around_a_standfirst():
    article, _ = read(
        "Please follow and like us:\n\n"
        "(Frederic Legrand - COMEO/Shutterstock)\n\n"
        "Nuova ondata di sbarchi sull'isola dove, fra la scorsa notte e questa mattina, sono "
        "approdate settecento persone a bordo di tredici imbarcazioni arrivate a pochi minuti "
        "l'una dall'altra, dopo le novecento delle ventiquattro ore precedenti e i soccorsi\n\n"
        "Marina Tomarro – Città del Vaticano\n\n"
        "La prima imbarcazione è arrivata all'alba. (12 settembre 2023)\n\n"
        "(12 settembre 2023)\n",
        date="2023-09",
    )
    assert article.author == "Marina Tomarro"
    assert article.photo_credit == "Frederic Legrand - COMEO/Shutterstock"
    assert article.date.iso == "2023-09-12"
    assert article.paragraphs[0].text.startswith("La prima imbarcazione")


def test_subheadings_stay_as_headings():
    article, _ = read(
        "Il governo ha presentato il piano per la ricostruzione del porto.\n\n"
        "I fondi europei\n\n"
        "Il piano prevede tre miliardi di investimenti in cinque anni.\n\n"
        "18 MARZO - il consiglio dei ministri approva il testo definitivo.\n"
    )
    kinds = [(p.kind, p.text) for p in article.paragraphs]
    assert ("heading", "I fondi europei") in kinds
    # the label is kept as written: a body changes no words, nor their case (issue 9, 4)
    assert ("heading", "18 MARZO") in kinds
    assert article.removed == ()


def test_a_label_before_a_sentence_with_an_aside_between_dashes():
    # the sentence's own aside has both its dashes; the label's dash opens none
    article, _ = read(
        "18 GENNAIO - sabato la Corte - con due giudici su tre - spicca un mandato d'arresto.\n\n"
        "16 GENNAIO - Il generale viene fermato per un controllo e lasciato andare.\n"
    )
    kinds = [(p.kind, p.text[:20]) for p in article.paragraphs]
    assert kinds[:2] == [("heading", "18 GENNAIO"), ("text", "sabato la Corte - co")]
    # a name whose dash opens an aside that the sentence closes is no label
    article, _ = read(
        "Il paese ha un nuovo capo.\n\nIbrahim Traore, nuovo presidente del Movimento – "
        "Movimento patriottico per la salvaguardia – è un ufficiale dell'esercito.\n"
    )
    assert [p.kind for p in article.paragraphs] == ["text", "text"]


def test_a_list_of_short_lines_is_text_not_headings():
    # "Artista – Titolo" lines after a line that announces them: a list, each item kept
    # whole as text, neither a label run into a paragraph nor a crosshead.
    article, _ = read(
        "Il festival andrà in onda da martedì a sabato, con venti artisti in gara.\n\n"
        "Ecco i big in gara e i titoli delle loro canzoni:\n\n"
        "Nina Zilli – Senza appartenere\n\n"
        "The Kolors – Frida\n\n"
        "Mario Biondi – Rivederti\n\n"
        "La serata finale sarà trasmessa in diretta dalle 21.\n"
    )
    kinds = [(p.kind, p.text) for p in article.paragraphs]
    assert ("text", "Nina Zilli – Senza appartenere") in kinds
    assert ("text", "Mario Biondi – Rivederti") in kinds
    assert all(kind == "text" for kind, _ in kinds)


def test_a_photo_caption_with_its_credit_before_the_article():
    article, _ = read(
        "Il fumo degli scontri sopra il porto - Reuters\n\n"
        "Violenti scontri sono scoppiati nella notte nel porto della città.\n"
    )
    assert article.photo_credit == "Reuters"
    assert article.paragraphs[0].text.startswith("Violenti scontri")


def test_a_day_in_the_dateline_must_agree_with_the_date_line():
    _, findings = read("ROMA, 5 MAR - Il vertice si è concluso.\n", date="2024-03-07")
    assert [f.code for f in findings] == ["D106"]
    article, findings = read("ROMA, 5 FEB - Il vertice si è concluso.\n", date="2024-03")
    assert article.date.iso == "2024-03"  # another month: no day is taken from it


def test_a_title_in_capitals_is_not_shouted():
    article, _ = read(
        "IL MINISTRO DI MAIO INCONTRA HAFTAR A BENGASI\n\n"
        "Il ministro Di Maio ha incontrato a Bengasi il generale Haftar dell'LNA.\n"
    )
    assert article.title == "Il ministro Di Maio incontra Haftar a Bengasi"
    # a word the body opens a sentence with, and writes in lower case elsewhere, is a word
    article, _ = read(
        "LA CITTA’ SI BLOCCA PER IL CORTEO DI AGROPOLI\n\n"
        "Si è svolta ad Agropoli la manifestazione. La città si è fermata per ore.\n"
    )
    assert article.title == "La citta’ si blocca per il corteo di Agropoli"
    # a common word the body capitalises only where a sentence opens is a word; a rarer one
    # there is a name ("Meloni ha detto…")
    article, _ = read(
        "MELONI APRE LA SERATA CON IL DISCORSO AI MINISTRI\n\n"
        "La serata si è aperta con un discorso. Meloni ha parlato per un'ora ai ministri.\n"
    )
    assert article.title == "Meloni apre la serata con il discorso ai ministri"
    # a sentence the shouted headline opens inside it, after its exclamation mark
    article, _ = read(
        "CHE SERATA! LA FICTION VINCE CON IL 19% DI SHARE\n\n"
        "Ieri la fiction ha raccolto tre milioni di spettatori. Il film si è fermato al 12%.\n"
    )
    assert article.title == "Che serata! La fiction vince con il 19% di share"
    # a title made from a shouted scene and its news: the news's shouted opener in lower case
    article, _ = read(
        "AMADEUS! SU RAI1 IL QUIZ VINCE LA SERATA CON IL 21% DI SHARE - SU CANALE5 IL FILM SI "
        "FERMA AL 12% - RAI3 TIENE CON REPORT AL 7% - SU LA7 FLORIS AL 5%\n\n"
        "La serata televisiva di ieri ha visto prevalere Rai1 con il nuovo quiz. Il programma "
        "ha raccolto tre milioni di spettatori.\n"
    )
    assert article.title.startswith("Amadeus: su Rai1 il quiz vince la serata")


def test_a_lead_opening_in_capitals_gives_a_title_that_does_not_shout():
    # the body keeps the capitals as printed; the title made from it writes them as words
    article, _ = read(
        "DUE COLPI di Stato uno dopo l’altro in Mali hanno cambiato la regione. I militari "
        "hanno preso il potere.\n"
    )
    assert article.paragraphs[0].text.startswith("DUE COLPI di Stato")
    assert article.title.startswith("Due colpi di Stato uno dopo l’altro in Mali")
    # … up to a name, and across an apostrophe: "DELL'INTERNO Matteo Piantedosi"
    article, _ = read(
        "IL MINISTRO DELL'INTERNO Matteo Piantedosi ha firmato il decreto sui flussi. Le "
        "opposizioni hanno protestato.\n"
    )
    assert article.paragraphs[0].text.startswith("IL MINISTRO DELL'INTERNO Matteo Piantedosi")
    assert article.title.startswith("Il ministro dell'interno Matteo Piantedosi ha firmato")


def test_glued_sentences_split_for_quotes():
    from digest.prose import sentence_spans

    text = "Lo ha detto il premier.Il ministro ha poi aggiunto altro. Sig. Rossi no."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Lo ha detto il premier.",
        "Il ministro ha poi aggiunto altro.",
        "Sig. Rossi no.",
    ]


# Pieces of copy, in the forms rules know and in forms they do not.
PIECES = [
    "Libia: il governo approva il bilancio",
    "(ANSA) - ROMA, 5 MAR - ",
    "Il governo ha approvato il bilancio dello Stato.",
    "(segue) (Res)",
    "© RIPRODUZIONE RISERVATA",
    "Fonte: Esempio",
    "Condividi",
    "Lucia Giannini",
    "- ",
    "Mercoledì 6 Marzo 2024",
    "(Di martedì 12 marzo 2024)",
    "pic.twitter.com/x",
    "a",
    "Leggi anche: altro",
    "I fondi europei",
    "18 MARZO - ",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "\n", "\n\n"])),
        min_size=1,
        max_size=12,
    )
)
def test_every_word_is_in_the_body_or_accounted_for(pieces):
    text = "".join(piece + sep for piece, sep in pieces)
    article, _ = read_article("articles/x.txt", f" date 2024-03 {text}".encode(), "it")
    if article is None:
        return
    kept = (
        " ".join(p.text for p in article.paragraphs)
        + " "
        + " ".join(r.text for r in article.removed)
    )
    words = lambda s: re.findall(r"\w+", s.lower())  # noqa: E731
    have = set(words(kept))
    assert [w for w in words(text) if w not in have] == []


def test_a_byline_above_a_page_without_headline():
    article, _ = read(
        "di Paola Rinaldi\n\n"
        "La nave punta la prua verso la Sardegna con i naufraghi a bordo. Il mare è agitato.\n"
    )
    assert article.author == "Paola Rinaldi"
    assert article.paragraphs[0].text.startswith("La nave punta")
    assert rules_of(article) == ["byline under the headline"]


def test_a_broadcaster_credits_its_report_as_a_byline():
    article, _ = read(
        "Il servizio di Marta Bianchi\n\n"
        "Trovato a Malta l'accordo sui ricollocamenti. Ora passa agli altri paesi.\n"
    )
    assert article.author == "Marta Bianchi"
    assert article.paragraphs[0].text.startswith("Trovato a Malta")


def test_desk_initials_under_the_headline_are_no_part_of_it():
    article, _ = read(
        "Migranti, la ong chiede un porto sicuro per i naufraghi\n\n"
        "di xyz\n\n"
        "Milano, 4 lug. (LaPresse) - La nave fa rotta verso nord con 54 persone a bordo.\n"
    )
    assert article.title == "Migranti, la ong chiede un porto sicuro per i naufraghi"
    assert article.desk == "xyz"


def test_a_headline_run_into_a_lead_that_opens_with_an_adverb():
    lead = (
        "Durante l’assalto della notte sono stati presi decine di ostaggi dai miliziani. "
        "Non si conoscono ancora i numeri esatti, ma le fonti parlano di molte persone "
        "rapite nei villaggi di confine, tra cui donne e bambini, secondo le autorità locali "
        "che seguono da vicino i negoziati per il loro rilascio nei prossimi giorni."
    )
    article, _ = read(f"Che cosa sappiamo degli ostaggi e come si può liberarli {lead}\n")
    assert article.title == "Che cosa sappiamo degli ostaggi e come si può liberarli"
    assert article.paragraphs[0].text.startswith("Durante l’assalto")


def test_a_photo_caption_with_its_credit_anywhere():
    article, _ = read(
        "I leader firmano l'accordo\n\n"
        "Un nuovo regolamento entra in vigore da domani in tutto il paese.\n\n"
        "Donne in coda davanti al ministero - Foto Ansa © www.example.it\n\n"
        "Il ministero ha diffuso il testo nella notte. Le reazioni sono state dure.\n"
    )
    assert article.photo_credit == "Ansa"
    assert all("Foto Ansa" not in p.text for p in article.paragraphs)


def test_a_footnote_to_a_starred_name_after_the_last_sentence():
    article, _ = read(
        "I colloqui tra il movimento* e la delegazione sono proseguiti per due giorni a Doha."
        "*Organizzazione vietata in Russia e in altri Paesi\n"
    )
    assert article.paragraphs[-1].text.endswith("a Doha.")
    assert "footnote" in rules_of(article)


def test_a_byline_and_date_run_into_the_headline():
    article, _ = read(
        "ESTERI Elezioni in Turchia, il presidente verso la vittoria di Marco Neri - 16 aprile "
        "2017 0 21 Gli elettori si sono recati alle urne in tutto il paese. L'affluenza è alta.\n"
    )
    assert article.author == "Marco Neri"
    assert article.title == "Elezioni in Turchia, il presidente verso la vittoria"


def test_a_live_blog_time_before_the_lead():
    article, _ = read("21:50 – In Sudan la guerra dilaga da tre mesi. I morti sono migliaia.\n")
    assert article.paragraphs[0].text.startswith("In Sudan la guerra")
    assert "time of day" in rules_of(article)


def test_a_first_line_that_names_no_one_is_the_standfirst_of_a_lost_headline():
    lead = "Il presidente Mario Bianchi ha telefonato al collega per un’ora. Il colloquio è andato bene."
    article, _ = read(f"Lunga telefonata tra i due\n\n{lead}\n")
    assert article.subtitle == "Lunga telefonata tra i due"
    assert article.title.startswith("Mario Bianchi ha telefonato")
    article, _ = read(f"È il primo viaggio all'estero del Presidente\n\n{lead}\n")
    assert article.subtitle == "È il primo viaggio all'estero del Presidente"
    # a kicker, a question, a name or two phrases side by side make it a headline
    for headline in (
        "Nuovi scontri: almeno 12 morti vicino alla capitale",
        "Cosa sappiamo della telefonata tra i due",
        "Lunga telefonata tra Bianchi e il collega",
        "Lunga telefonata tra i due, il colloquio è andato bene",
        # a past participle is a headline's predicate, its auxiliary left out
        "Telefonata interrotta dopo un'ora tra i due",
        "Approvato il piano per la telefonata",
        # a kicker set off by a bar, as aggregators print it
        "Sindacati | lunga telefonata tra i due",
    ):
        article, _ = read(f"{headline}\n\n{lead}\n")
        assert article.title == headline
    # …but after an article a participle is a noun
    article, _ = read(f"Le parole dopo il risultato del voto\n\n{lead}\n")
    assert article.subtitle == "Le parole dopo il risultato del voto"


def test_a_related_headline_with_a_kicker_after_the_last_sentence():
    article, _ = read(
        "ROMA, 3 AGO - Il presidente è stato deposto dai militari la settimana scorsa.\n\n"
        "I golpisti hanno chiuso le frontiere del paese.\n\n"
        "Niger, golpisti: paesi africani preparano intervento militare\n"
    )
    assert article.paragraphs[-1].text == "I golpisti hanno chiuso le frontiere del paese."
    assert "related headline" in rules_of(article)
    # a line cut off mid-sentence is no headline
    article, _ = read(
        "ROMA, 3 AGO - Il presidente è stato deposto dai militari la settimana scorsa e\n\n"
        "Niger, golpisti: paesi africani preparano intervento militare\n"
    )
    assert "related headline" not in rules_of(article)


def test_the_headlines_of_linked_articles_after_the_last_sentence():
    article, _ = read(
        "ROMA, 25 SET - La popolazione si è recata alle urne per il referendum.\n\n"
        "Attesa un'ampia vittoria dei sì all’indipendenza della regione\n\n"
        "I combattenti: “Se saremo attaccati, ci difenderemo”\n\n"
        "Il parlamento chiede al governo di schierare l’esercito\n"
    )
    assert [p.text[:14] for p in article.paragraphs] == ["La popolazione"]
    assert rules_of(article).count("related headline") == 3
    # The items of a list the article ends on are the article's.
    for items in (
        "1 – Mario Rossi (Squadra Uno) – 131 km in 4 ore\n\n2 – Luca Bianchi (Squadra Due)",
        "– Comuni fino a 15.000 abitanti: si vota in un turno\n\n– Comuni più grandi: due turni",
    ):
        article, _ = read(f"ROMA, 25 SET - Ecco i risultati della tappa di oggi.\n\n{items}\n")
        assert "related headline" not in rules_of(article)
    # A page cut off: a sentence after a full stop, or a word cut short, is the article's.
    for ending in (
        "All'epoca fu un camion. Il ministro non ha nascosto che il numero potr",
        "Per ora nessun gruppo ha rivendicato quella che è la propria responsabilit",
    ):
        article, _ = read(f"ROMA, 25 SET - Le vittime sono decine.\n\n{ending}\n")
        assert "related headline" not in rules_of(article)


def test_the_headline_of_a_linked_article_between_two_paragraphs():
    related = "Nave da guerra entra nel Mar Rosso, il cacciatorpediniere della flotta è pronto all'attacco"
    assert len(related) > 90  # longer than any crosshead
    article, _ = read(
        "ROMA, 3 GEN - Non si fermano gli attacchi dei ribelli alle navi mercantili.\n\n"
        f"{related}\n\nLa difesa della fregata\n\nLa marina ha abbattuto due droni nella notte.\n"
    )
    assert [p.text for p in article.paragraphs if p.kind == "text"] == [
        "Non si fermano gli attacchi dei ribelli alle navi mercantili.",
        "La marina ha abbattuto due droni nella notte.",
    ]
    assert "related headline" in rules_of(article)
    assert [p.text for p in article.paragraphs if p.kind == "heading"] == [
        "La difesa della fregata"
    ]
    # an item of a list, and words that go on from the sentence before, stay
    for line in (f"– {related}", related.replace("Nave", "nave")):
        article, _ = read(
            "ROMA, 3 GEN - Non si fermano gli attacchi.\n\n"
            f"{line}\n\nLa marina ha abbattuto due droni nella notte.\n"
        )
        assert "related headline" not in rules_of(article)


def test_a_live_page_time_alone_above_the_lead():
    article, _ = read(
        "11:59\n\nIl presidente Mario Bianchi ha sciolto il Parlamento. Ora si vota.\n"
    )
    assert article.paragraphs[0].text.startswith("Il presidente Mario Bianchi")
    assert "time of day" in rules_of(article)


def test_a_photographer_credited_via_an_agency():
    article, _ = read(
        "Mario Neri via Getty Images\n\nIl Pil italiano è salito dello 0,1% nel trimestre. "
        "Lo rileva l'Istat.\n"
    )
    assert article.photo_credit == "Mario Neri via Getty Images"
    assert article.paragraphs[0].text.startswith("Il Pil italiano")


@pytest.mark.parametrize(
    ("lead", "place", "date"),
    [
        # a place whose article is elided onto it
        ("L'Aia, 21 nov. (askanews) - La Corte ha emesso il mandato.", "L'Aia", "2024-11-21"),
        # an en dash after the day may touch the text
        ("Damasco, 8 novembre 2024 –50 anni di potere sono finiti.", "Damasco", "2024-11-08"),
    ],
)
def test_datelines_with_an_elided_article_or_a_touching_dash(lead, place, date):
    article, _ = read(lead + " Lo hanno confermato in serata.\n", date="2024-11")
    assert article.dateline is not None and article.dateline.place == place
    assert article.date.iso == date


def test_a_photo_credit_before_the_closing_agency_tag():
    article, _ = read(
        "ROMA (ITALPRESS) - La premier è stata eletta ieri dalla Camera con 237 voti. È la "
        "prima donna nel ruolo. - foto Ipa Agency -(ITALPRESS).\n"
    )
    assert article.photo_credit == "Ipa Agency"
    assert article.paragraphs[-1].text.endswith("prima donna nel ruolo.")


def test_an_author_run_into_the_end_of_the_headline():
    body = "Il ministero ha deciso la ripartizione dei fondi. I progetti sono 3.700.\n"
    article, _ = read(f"Università, la ricerca fa il pieno di progetti di Eugenio Bruno\n\n{body}")
    assert article.author == "Eugenio Bruno"
    assert article.title == "Università, la ricerca fa il pieno di progetti"
    # … but a name the body goes on with is the headline's subject
    article, _ = read(
        "L'ultimo discorso di Eugenio Bruno\n\nIl ministro Eugenio Bruno ha parlato alla "
        "Camera per un'ora. Bruno ha poi lasciato l'aula.\n"
    )
    assert article.title == "L'ultimo discorso di Eugenio Bruno"
    assert article.author is None


def test_a_long_first_paragraph_without_its_full_stop_that_the_body_restates():
    standfirst = (
        "La legge che revoca il veto del Senato ha ricevuto 178 voti a favore della maggioranza "
        "e 172 contrari dei partiti di opposizione. Si tratta di un momento chiave per il primo "
        "ministro Pedro Sanchez, perché la richiesta era stata avanzata dai partiti separatisti in "
        "cambio del loro sostegno parlamentare per consentirgli un nuovo mandato"
    )
    lead = (
        "È stata approvata oggi in via definitiva dal Congresso la legge di amnistia per gli "
        "implicati nel processo secessionista. La legge che revoca il veto del Senato ha ricevuto "
        "178 voti a favore della maggioranza progressista, e 172 contrari."
    )
    article, _ = read(f"{standfirst}\n\n{lead}\n")
    assert article.subtitle == standfirst
    assert article.paragraphs[0].text == lead
    assert "standfirst the body restates" in rules_of(article)
    # with its full stop, a first paragraph is the lead where the next one repeats its
    # phrases (a tenth of its eight-word runs), as long as no long phrase is copied whole
    # (fifteen words in a row: test_a_first_block_the_lead_copies_word_for_word_…)
    echo = (
        "È stata approvata oggi in via definitiva dal Congresso la legge di amnistia. La legge "
        "che revoca il veto del Senato ha ricevuto 178 voti, e 172 contrari."
    )
    article, _ = read(f"{standfirst}.\n\n{echo}\n")
    assert article.paragraphs[0].text == standfirst + "."


def test_a_count_of_months_ends_a_headline_and_is_no_date():
    article, _ = read(
        "Dia, confiscati 130 mln beni alle mafie nei primi 6 mesi 2023\n\n"
        "Oltre 29 milioni di beni sequestrati e quasi 130 milioni confiscati. Sono i dati della "
        "relazione semestrale.\n",
        "2024-06",
    )
    assert article.title == "Dia, confiscati 130 mln beni alle mafie nei primi 6 mesi 2023"
    assert "date after the headline" not in rules_of(article)


def test_a_credit_at_the_end_of_a_paragraph():
    article, _ = read(
        "Scontri al confine, decine di feriti. Le proteste sono state organizzate a Gaza. "
        "Video: Reuters\n\nIl presidente ha condannato le violenze. L'ambasciata è stata aperta.\n"
    )
    assert article.photo_credit == "Reuters"
    assert article.paragraphs[0].text.endswith("organizzate a Gaza.")
    assert "credit after a paragraph" in rules_of(article)


def test_a_speakers_quotation_run_into_the_paragraph_that_quotes_them_is_a_heading():
    article, _ = read(
        "ROMA, 17 DIC - I pescatori saranno liberati oggi. Lo ha detto il ministro.\n\n"
        'Il sindaco del porto: "Liberazione imminente" "È un grande giorno per tutti noi. '
        'Aspettiamo adesso ulteriori notizie", ha detto il sindaco.\n'
    )
    kinds = [(p.kind, p.text[:30]) for p in article.paragraphs]
    assert kinds[1] == ("heading", 'Il sindaco del porto: "Liberaz')
    assert article.paragraphs[2].text.startswith('"È un grande giorno')


def test_a_crosshead_run_into_its_paragraph_without_a_dash_is_a_heading():
    article, _ = read(
        "ROMA, 17 DIC - Il presidente ha ritirato l'ordinanza. Lo ha detto in conferenza.\n\n"
        "I vaccini Il 27 arriveranno le prime fiale, dovremo usarle entro quattro ore.\n\n"
        "Il sindaco La Russa ha parlato ai cittadini in piazza per un'ora.\n"
    )
    kinds = [(p.kind, p.text[:25]) for p in article.paragraphs]
    assert kinds[1:3] == [("heading", "I vaccini"), ("text", "Il 27 arriveranno le prim")]
    # a surname that opens on an article is no sentence's start
    assert kinds[3] == ("text", "Il sindaco La Russa ha pa")


def test_a_pointer_to_what_the_page_linked_leaves_the_paragraph():
    article, _ = read(
        "ROMA, 17 DIC - Si segnalano allagamenti a Cesenatico (qui le immagini delle scorse "
        "settimane). Altri sono attesi.\n"
    )
    assert article.paragraphs[0].text == "Si segnalano allagamenti a Cesenatico. Altri sono attesi."
    assert "link in brackets" in rules_of(article)


def test_a_copyright_notice_run_into_the_last_paragraph_or_after_a_stamp():
    article, _ = read(
        "Venerdì 29 Dicembre 2017 - Ultimo aggiornamento: 08:56 © RIPRODUZIONE RISERVATA\n\n"
        "Il sindaco ha parlato ai cittadini. Altri interventi sono attesi. © RIPRODUZIONE "
        "RISERVATA\n",
        date="2017-12",
    )
    assert article.date.iso == "2017-12-29"  # the stamp's day, before the notice goes
    assert article.paragraphs[-1].text.endswith("sono attesi.")
    assert rules_of(article).count("copyright") == 2


def test_advertising_slots_and_a_breadcrumb_run_together_leave_the_page():
    article, _ = read(
        "- Spazio Pubblicitario 01 -\nmartedì, Novembre 25, 2025\n"
        "HomeNotizie ItaliaElezioni in Veneto, Rossi guida il nuovo Consiglio Notizie Italia\n\n"
        "Elezioni in Veneto, Rossi guida il nuovo Consiglio\n\n- Spazio Pubblicitario 02 -\n\n"
        "Mario Rossi è il nuovo presidente della Regione. Ha ottenuto il 64% dei voti.\n",
        date="2025-11",
    )
    assert article.title == "Elezioni in Veneto, Rossi guida il nuovo Consiglio"
    assert article.paragraphs[0].text.startswith("Mario Rossi è il nuovo presidente")
    assert rules_of(article).count("page chrome") == 2
    assert "breadcrumb" in rules_of(article)
    assert article.date.iso == "2025-11-25"


def test_a_pointer_to_what_the_page_linked_at_the_end_of_a_paragraph_leaves_it():
    article, _ = read(
        "ROMA, 17 DIC - Allagamenti e frane in tutta la regione. È stata diramata una nuova "
        "allerta. Qui trovate anche le previsioni.\n\nIl sindaco ha chiuso le scuole. Altro.\n"
    )
    assert article.paragraphs[0].text.endswith("una nuova allerta.")
    assert "link prompt" in rules_of(article)


def test_a_kicker_run_into_a_headline_that_opens_on_a_country():
    body = "\n\nIl presidente ha accettato di lasciare dopo trentasette anni. Lo dicono fonti.\n"
    article, _ = read('Fine di un\'era Zimbabwe, "Il presidente accetta di dimettersi"' + body)
    assert article.title == 'Zimbabwe, "Il presidente accetta di dimettersi"'
    assert "kicker" in rules_of(article)
    # a subject and its verb before the country are the headline's own
    article, _ = read("L'Iran attacca Israele, pioggia di missili su Tel Aviv" + body)
    assert article.title == "L'Iran attacca Israele, pioggia di missili su Tel Aviv"


def test_sources_credits_and_initials_from_a_fresh_set():
    article, _ = read(
        "Fonte: Mario Rossi e Franco Bianchi\n\nIl ponte è crollato per centinaia di metri. "
        "Le vittime sono sette.\n\nIl bilancio è provvisorio.\n\nimmagine da www.esempio.com\n\nSTT\n"
    )
    assert article.source_name == "Mario Rossi e Franco Bianchi"
    assert article.photo_credit == "www.esempio.com"
    assert article.desk == "STT"
    assert article.paragraphs[-1].text == "Il bilancio è provvisorio."
    article, _ = read("(Teleborsa) - Il ministro ha parlato del tetto al prezzo del gas. Altro.\n")
    assert article.agencies == ("Teleborsa",)


def test_a_wires_initials_tag_and_time_of_issue_close_the_article():
    article, _ = read(
        "(DIRE) Roma, 23 Apr. – “Sei mesi di governo”. Lo scrive il ministro su Facebook. "
        "(Vid/ Dire) 16:45 23-04-23\n",
        date="2023-04",
    )
    assert article.date.iso == "2023-04-23" and article.place == "Roma"
    assert article.agencies == ("Dire",) and article.desk == "Vid"
    assert article.paragraphs[-1].text.endswith("su Facebook.")
    assert "time of issue" in rules_of(article)


def test_a_typo_in_a_datelines_year_leaves_its_day():
    article, _ = read("Roma, 23 maggio 0224 – I mediatori sondano il terreno. Altro.\n", "2024-05")
    assert article.date.iso == "2024-05-23" and article.place == "Roma"


def test_a_numeric_stamp_a_bare_breadcrumb_and_a_glued_read_more_label():
    article, _ = read(
        "06/09/2025 06:00:00\n\nI sottogoverni regionali hanno trovato la quadra. Il presidente "
        "lo sa.Per approfondire:\n",
        date="2025-09-06",
    )
    assert article.title == "I sottogoverni regionali hanno trovato la quadra"
    assert article.paragraphs[-1].text.endswith("Il presidente lo sa.")
    assert {"numeric time stamp", "read also label"} <= set(rules_of(article))
    article, _ = read(
        "Home Video News Rossi “Entro il mese lascio i due assessorati”\n"
        'PALERMO (ITALPRESS) - "Lascio i due assessorati", ha detto Rossi. xd6/vbo/mca3\n'
    )
    assert article.title == "Rossi “Entro il mese lascio i due assessorati”"
    assert article.desk == "xd6/vbo/mca3"


def test_a_caption_credited_in_brackets_and_a_videos_origin_with_its_source():
    article, _ = read(
        "I sostenitori del premier festeggiano nella capitale (Ansa)\n\nIl partito del premier "
        "conferma i suoi seggi. Lo dicono i primi dati. Youtube Nato – Fonte: Agenzia Vista\n"
    )
    assert article.photo_credit == "Ansa"
    assert article.title.startswith("Il partito del premier conferma")
    assert article.source_name == "Agenzia Vista"
    assert article.paragraphs[-1].text.endswith("i primi dati.")


def test_a_sentence_under_the_headline_is_the_lead_and_a_broken_paragraph_no_standfirst():
    article, _ = read(
        "Spagna: il presidente convoca il referendum\n\n"
        'Ai cittadini sarà chiesto, ha detto, se vogliono "uno Stato indipendente".\n\n'
        "Il premier, il conservatore Mario Rossi, aveva respinto l'ultima proposta di trattativa "
        "fatta dal presidente regionale nei giorni scorsi.\n"
    )
    assert article.subtitle is None
    assert article.paragraphs[0].text.startswith("Ai cittadini sarà chiesto")
    article, _ = read(
        "Compagnia aerea: avviato l'iter per il commissariamento\n\n"
        "La compagnia marcia verso il commissariamento. Saltato l'incontro al ministero per lo\n\n"
        "Sviluppo economico; si farà dopo l'assemblea dei soci.\n"
    )
    assert article.subtitle is None
    assert article.paragraphs[0].text.startswith("La compagnia marcia")


def test_the_text_cut_short_is_no_related_headline():
    article, _ = read(
        "Il governo ha giurato oggi al Quirinale. Ecco i ministri.\n\n"
        "Ministero dell'Interno: Mario Rossi (Ind);\n\nMinistero della Difesa: Paolo Bianc\n"
    )
    assert article.paragraphs[-1].text == "Ministero della Difesa: Paolo Bianc"
    article, _ = read(
        "Il ministro ha parlato al congresso. La sala era piena.\n\nIl ministro lancia poi una co\n"
    )
    assert article.paragraphs[-1].text == "Il ministro lancia poi una co"
    # a bracket the cut left open
    article, _ = read(
        "Si vota in dodici comuni della provincia. Le liste sono pronte.\n\n"
        "Il sindaco uscente Marco Bassi (lista\n"
    )
    assert article.paragraphs[-1].text == "Il sindaco uscente Marco Bassi (lista"
    # … or a quotation
    article, _ = read(
        "La Cassazione ha annullato l'ordinanza. Le scuole restano aperte.\n\n"
        "Per il riesame, era insussistente «un peri\n"
    )
    assert article.paragraphs[-1].text == "Per il riesame, era insussistente «un peri"
    # a word cut to one letter
    article, _ = read(
        "Si vota in dodici comuni della provincia. Le liste sono pronte.\n\n"
        "Per quanto riguarda la partecipazione al voto, d\n"
    )
    assert article.paragraphs[-1].text == "Per quanto riguarda la partecipazione al voto, d"


def test_datelines_with_an_outlets_tag_a_region_or_no_dash():
    article, _ = read("BARCELLONA (WSI) – La Spagna è sotto attacco. Altro.\n")
    assert article.place == "Barcellona" and article.agencies == ("WSI",)
    article, _ = read("GENOVA (LIGURIA) - Il ponte è crollato. Altro.\n")
    assert article.place == "Genova" and article.country is None and article.agencies == ()
    article, _ = read(
        "Palermo, 20 dic. Ventiquattro udienze, tre anni di processo. Altro.\n", "2024-12"
    )
    assert article.place == "Palermo" and article.date.iso == "2024-12-20"


def test_a_sites_byline_a_bracketed_source_and_a_cut_after_a_full_stop():
    article, _ = read(
        "Di euronews\n\nIl partito del premier ha perso 63 seggi. Il conteggio è finito. Snam ha "
        "ricevuto le offerte per la fornitura di Gnl....\n"
    )
    assert article.paragraphs[0].text.startswith("Il partito del premier")
    assert article.paragraphs[-1].text.endswith("fornitura di Gnl.")
    assert {"site as byline", "cut mark"} <= set(rules_of(article))
    article, _ = read("Il ponte è crollato a mezzogiorno. Il sindaco ha parlato (fonte Ansa).\n")
    assert article.source_name == "Ansa" and article.agencies == ()
    # the full stop after the bracket ends the sentence, which keeps it
    assert (
        article.paragraphs[-1].text == "Il ponte è crollato a mezzogiorno. Il sindaco ha parlato."
    )
    # … after a closing quote too, which in Italian comes before the sentence's full stop
    article, _ = read("Il ponte è crollato. Il sindaco: “Un minuto di silenzio” (fonte Ansa).\n")
    assert (
        article.paragraphs[-1].text == "Il ponte è crollato. Il sindaco: “Un minuto di silenzio”."
    )


def test_a_paragraph_all_quotation_takes_its_speaker_from_the_next():
    article, _ = read(
        '"Se il presidente incontrasse i manifestanti, ci sarebbe una conclusione felice".\n\n'
        "Così in un tweet il presidente degli Stati Uniti, Mario Rossi, che aveva chiesto un "
        "incontro.\n"
    )
    assert (
        article.title
        == 'Rossi: "Se il presidente incontrasse i manifestanti, ci sarebbe una conclusione felice"'
    )


def test_a_wires_day_of_issue_with_its_month_in_letters():
    article, _ = read(
        "MILANO (ITALPRESS) - Piazza Affari ha chiuso in forte calo. Le vendite hanno colpito "
        "le banche. - foto agenziafotogramma.it - (ITALPRESS). ads/red 12-Mar-20 18:32\n",
        "2020-03",
    )
    assert article.date.iso == "2020-03-12"
    assert article.paragraphs[-1].text.endswith("colpito le banche.")
    assert article.desk == "ads/red" and article.photo_credit == "agenziafotogramma.it"
    assert "time of issue" in rules_of(article)


def test_closing_notices_initials_and_an_agency_tag_inside_the_sentence():
    article, _ = read(
        "Il consiglio ha votato il bilancio. Hanno votato in 30 su 40, pari al 75% (ANSA).\n"
    )
    assert article.agencies == ("ANSA",)
    assert article.paragraphs[-1].text.endswith("pari al 75%.")
    article, _ = read(
        "Il consiglio comunale ha votato ieri sera il bilancio consuntivo con ventidue voti a "
        "favore.\n\nLa seduta è finita a mezzanotte. –\n\nArticolo in aggiornamento.\n\n///\n\nTutti i dettagli su La Gazzetta in edicola e "
        "sull’App.\n\nL’ordinanza completa\n\nM.C.\n"
    )
    assert [p.text for p in article.paragraphs][-1] == "La seduta è finita a mezzanotte."
    assert article.author == "M.C."
    assert {
        "updating notice",
        "separator",
        "print edition",
        "document link",
        "author's initials",
        "end dash",
    } <= set(rules_of(article))


def test_page_chrome_a_place_over_the_headline_and_a_translators_note():
    article, _ = read(
        "Italia\n\nMartedì, 15 settembre 2020 - 18:00:00\n\n"
        "Il governo giura al Quirinale, comincia la legislatura\n\n"
        "0 SHARES Facebook Twitter Google Pinterest\n\n"
        "(Traduzione a cura della redazione)\n\n"
        "ROMA - Il nuovo governo ha giurato oggi. I ministri sono ventitré.\n\n"
        "🚨 BREAKING:\n\nLa cerimonia è durata un'ora.\n",
        "2020-09",
    )
    assert article.title == "Il governo giura al Quirinale, comincia la legislatura"
    assert article.date.iso == "2020-09-15" and article.place == "Roma"
    assert article.paragraphs[0].text.startswith("Il nuovo governo")
    assert {"section word", "page chrome", "translation notice", "lone label"} <= set(
        rules_of(article)
    )


def test_an_opening_the_body_repeats_is_a_standfirst_or_a_teaser():
    summary = "Ieri l'assemblea ha approvato una variazione di bilancio e il consolidato."
    article, _ = read(
        f"{summary}\n\nNon riesce a riunirsi il consiglio comunale per mancanza del numero "
        f"legale. Se ne riparla domani.\n\nIntanto si lavora. {summary}\n"
    )
    assert article.subtitle == summary
    assert article.paragraphs[0].text.startswith("Non riesce a riunirsi")
    teaser = "In queste ore si fa più intensa l'attività dei droni sulla base siciliana"
    article, _ = read(
        f"{teaser}, occh...\n\nAltro testo qui.\n\n{teaser}, occhi elettronici sul Mar Nero.\n"
    )
    assert article.subtitle is None and "teaser the body repeats" in rules_of(article)


def test_read_also_labels_inside_a_paragraph_and_a_live_pages_times():
    article, _ = read(
        "Il manager è stato scelto dal consiglio.LEGGI ANCHE Chi è il nuovo capo LEGGI ANCHEIl "
        "manager è nato a Londra. Ha studiato ingegneria.\n\nOre 10:45. Venti persone sono "
        "sbarcate al molo.\n"
    )
    assert article.paragraphs[0].text == (
        "Il manager è stato scelto dal consiglio. Il manager è nato a Londra. Ha studiato "
        "ingegneria."
    )
    assert article.paragraphs[1].text == "Venti persone sono sbarcate al molo."
    assert rules_of(article).count("read also in the text") == 2
    assert "time label" in rules_of(article)


def test_a_live_pages_time_with_its_minutes_after_a_comma():
    # Italian writes the minutes after a comma as often as after a colon
    article, _ = read(
        "Sono giunti altri migranti a Lampedusa nella notte.\n\nOre 18,50. Altri 81 migranti "
        "sono giunti al molo.\n\nOre 11,30. Altri 11 sono stati soccorsi.\n"
    )
    assert [p.text for p in article.paragraphs[1:]] == [
        "Altri 81 migranti sono giunti al molo.",
        "Altri 11 sono stati soccorsi.",
    ]
    assert rules_of(article).count("time label") == 2


def test_a_chronologys_hours_run_forward_and_stay():
    # a live page posts its newest entry first; a chronology tells the events' hours in order
    article, _ = read(
        "Questa è la cronaca della giornata di ieri a Washington, ora per ora.\n\nOre 13,10 - Alla fine del comizio il "
        "presidente parla.\n\nOre 13:30 circa - La polizia manda un avvertimento.\n\nOre 14:30 - "
        "La folla entra nel palazzo.\n"
    )
    shown = " ".join(p.text for p in article.paragraphs)
    assert "Ore 13,10" in shown and "Ore 14:30" in shown
    assert "time label" not in rules_of(article)


def test_a_headlines_kicker_again_before_the_lead_and_a_name_the_body_says_whole():
    body = (
        "Elezioni Spagna: i socialisti in testa, segue il Partito Popolare e boom dell'ultradestra "
        "di Vox\n\nElezioni Spagna- Si vota in Spagna: i socialisti sarebbero in testa. Il "
        "Partito popolare segue.\n"
    )
    article, _ = read(body)
    assert article.title.startswith("Elezioni Spagna: i socialisti")
    assert article.title.endswith("Partito Popolare e boom dell'ultradestra di Vox")
    assert article.paragraphs[0].text.startswith("Si vota in Spagna")
    assert "headline's kicker before the lead" in rules_of(article)


def test_the_pages_date_under_the_headline_run_into_the_dateline():
    article, _ = read(
        "ASSOLTA ASIA BIBI\n\nmercoledì 31 ottobre 2018PAKISTAN - Asia Bibi sarà liberata. "
        "Altro.\n",
        "2018-10",
    )
    assert article.title == "Assolta Asia Bibi"
    assert article.date.iso == "2018-10-31" and article.place == "Pakistan"


def test_the_last_words_of_a_cut_text_lean_on_the_sentence_before():
    article, _ = read(
        "La regione ha chiuso i valichi. I controlli dureranno due settimane.\n\n"
        "Lo ha comunicato questa mattina l'assessore regionale con delega alla Protezione civile\n"
    )
    assert article.paragraphs[-1].text.startswith("Lo ha comunicato")


def test_a_byline_ends_the_front_matter_and_a_list_of_latest_news_goes():
    article, _ = read(
        "Gli aiuti arriveranno, ma il governo non sarà riconosciuto. È emerso a Doha, al primo "
        "incontro dopo il ritiro. L'agenzia lancia l'allarme sulla catastrofe umanitaria\n\n"
        "Francesca Rossi – Città del Vaticano\n\n"
        "È uno scambio informale e tecnico quello tra gli inviati. Altro.\n\nAncora altro.\n"
    )
    assert article.subtitle.startswith("Gli aiuti arriveranno")
    assert article.author == "Francesca Rossi"
    assert article.paragraphs[0].text.startswith("È uno scambio informale")
    article, _ = read(
        "Ultime News\n\n11 Nov 2025 Cento mila euro dalla Regione\nper chi non paga l'affitto\n"
        "11 Nov 2025 Asili nido, il Comune risponde\nalle richieste\nNazionali\n\n"
        "Attacco suicida davanti al tribunale: 12 morti\n\n"
        "(Adnkronos) – Un attentato suicida ha provocato almeno 12 morti. Altro.\n",
        "2025-11-11",
    )
    assert article.title == "Attacco suicida davanti al tribunale: 12 morti"
    assert "news list" in rules_of(article)
    # the headline run into the list, on the line after its last item
    article, _ = read(
        "Ultime News\n\n30 Gen 2026 Rinnovo della segreteria, assemblea a marzo\n"
        "30 Gen 2026 Incidente in A21, due chilometri\ndi coda verso Brescia\n"
        "Irsap, Gualdani “Da Regione attenzione per le industrie”\n\n"
        "PALERMO (ITALPRESS) – “Siamo già operativi”, ha detto il presidente. Altro.\n",
        "2026-01",
    )
    assert article.title == "Irsap, Gualdani “Da Regione attenzione per le industrie”"
    assert article.paragraphs[0].text.startswith("“Siamo già operativi”")
    assert "news list" in rules_of(article)


def test_the_day_from_this_evening_and_from_a_last_update_with_its_weekday():
    article, _ = read(
        "Il presidente è stato rieletto dopo il voto di questa sera, sabato 29 gennaio 2022, "
        "alla Camera. Altro.\n",
        "2022-01",
    )
    assert article.date.iso == "2022-01-29"
    article, _ = read(
        "L'organizzazione ha dichiarato l'emergenza. Altro.\n\n"
        "Ultimo aggiornamento: Sabato 23 Luglio 2022, 19:41\n",
        "2022-07",
    )
    assert article.date.iso == "2022-07-23"


def test_a_post_embedded_inside_a_paragraph_takes_only_its_own_words():
    article, _ = read(
        "Un raid notturno a Baghdad è costato la vita ad almeno otto persone. Tra le vittime un "
        "generale. Photos of the damage of the missiles that fell at the International Airport. "
        "pic.twitter.com/JC8TOh8XrC— Strategic News (@StrategicNews1) January 2, 2020 L'ordine "
        "è partito dallo stesso presidente. Altro ancora.\n\nUn secondo paragrafo.\n"
    )
    assert article.paragraphs[0].text == (
        "Un raid notturno a Baghdad è costato la vita ad almeno otto persone. Tra le vittime un "
        "generale. L'ordine è partito dallo stesso presidente. Altro ancora."
    )
    assert rules_of(article) == ["embedded post"]


def test_a_list_the_text_introduces_with_a_colon_is_no_related_headline():
    article, _ = read(
        "La borsa ha chiuso in rialzo dopo una seduta incerta. Ecco i titoli migliori:\n\n"
        "Banca Intesa guadagna il tre per cento\n\nGenerali sale di due punti pieni\n"
    )
    assert [p.text for p in article.paragraphs][-2:] == [
        "Banca Intesa guadagna il tre per cento",
        "Generali sale di due punti pieni",
    ]


def test_a_timetable_the_article_ends_on_is_no_related_headline():
    article, _ = read(
        "La circolazione è stata sospesa per un guasto alla linea. Non ci sono feriti.\n\n"
        "FB 8605 Genova Piazza Principe (7:20) – Roma Termini (12:18)\n\n"
        "IC 505 Ventimiglia (6:37) – Roma Termini (14:33)\n"
    )
    assert article.paragraphs[-1].text == "IC 505 Ventimiglia (6:37) – Roma Termini (14:33)"
    assert "related headline" not in rules_of(article)


def test_hostile_repetition_is_read_in_one_pass():
    # thousands of posts in one paragraph: each goes, in a single pass over the paragraph
    posts = "Il governo ha deciso di intervenire. — X (@x) January 2, 2020 " * 300
    article, _ = read(f"{posts}\n\nAltro testo qui. Fine.\n")
    assert rules_of(article).count("embedded post") == 300
    assert "@x" not in article.paragraphs[0].text
    # an aggregator's page holds a few stamps; past fifty, the rest stay in the text
    stamps = "Testo (Di sabato 18 gennaio 2020) " * 60
    article, _ = read(f"{stamps}\n\nAltro testo qui. Fine.\n")
    assert rules_of(article).count("time stamp in the text") == 50


def test_a_pages_player_gallery_and_share_prompts_are_not_the_article():
    article, _ = read(
        "Ascolta ora 00:00 00:00\n\nCondividi l'articolo\n\n"
        "clicca per guardare tutte le foto della gallery\n\n"
        "Il Consiglio regionale ha approvato il bilancio. La seduta è durata sei ore.\n"
    )
    assert article.paragraphs[0].text.startswith("Il Consiglio regionale")
    assert rules_of(article) == ["page chrome"] * 3
    assert article.title.startswith("Il Consiglio regionale")


@pytest.mark.parametrize(
    ("opening", "rule", "field", "value"),
    [
        ("foto Ansa", "photo credit naming its agency", "photo_credit", "Ansa"),
        ("Pubblicato il 18/03/2024 alle ore 17:54:00", "numeric time stamp", "date", "2024-03-18"),
        (
            "Anna Maria Bianchi 14 marzo 2024 - 16:04",
            "byline and time stamp",
            "author",
            "Anna Maria Bianchi",
        ),
        # the date first, and the page's text-size buttons after it
        ("14 marzo 2024 Anna Bianchi", "byline and time stamp", "author", "Anna Bianchi"),
        ("Anna Bianchi 14 marzo 2024 a", "byline and time stamp", "date", "2024-03-14"),
    ],
)
def test_a_credit_stamp_or_byline_alone_above_the_article(opening, rule, field, value):
    article, _ = read(f"{opening}\n\nIl Consiglio regionale ha approvato il bilancio.\n")
    assert rules_of(article)[0] == rule
    got = article.date.iso if field == "date" else getattr(article, field)
    assert got == value
    assert article.paragraphs[0].text == "Il Consiglio regionale ha approvato il bilancio."


def test_a_dated_byline_under_headline_and_standfirst_is_the_pages_furniture():
    article, _ = read(
        "Elezioni, si vota oggi in tutta Italia\n\n"
        "Seggi aperti dalle 7 alle 23, attesi i primi exit poll in serata\n\n"
        "04 marzo 2024 Anna Bianchi\n\n"
        "Si vota oggi in tutta Italia per il rinnovo del Parlamento. I seggi resteranno aperti "
        "fino alle 23.\n"
    )
    assert rules_of(article) == ["headline", "subtitle", "byline and time stamp"]
    assert (article.author, article.date.iso) == ("Anna Bianchi", "2024-03-04")
    assert article.paragraphs[0].text.startswith("Si vota oggi")


def test_a_pages_notices_after_the_article_leave_the_body():
    article, _ = read(
        "Il Consiglio regionale ha approvato il bilancio. La seduta è durata sei ore.\n\n"
        "L’ARTICOLO DI ANNA BIANCHI SU GAZZETTA LOCALE\n\n"
        "Per essere sempre aggiornato, seguici su: Facebook - Twitter - Telegram\n\n"
        "Nota: Questo articolo è stato creato con l'Intelligenza Artificiale (IA).\n\n"
        "Alcuni diritti riservati. Alcuni diritti riservati.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Il Consiglio regionale ha approvato il bilancio. La seduta è durata sei ore."
    ]
    assert rules_of(article) == [
        "print edition reference",
        "follow us",
        "machine-made notice",
        "copyright",
    ]
    assert article.author == "Anna Bianchi"


def test_a_link_in_capitals_inside_a_paragraph_leaves_it():
    article, _ = read(
        "La Borsa di Milano ha chiuso in rialzo (L'ANDAMENTO IN TEMPO REALE DELLA BORSA). "
        "Lo spread scende a 180 punti (IL GRAFICO) e il rendimento al 2%. (ANSA).\n"
    )
    assert article.paragraphs[0].text == (
        "La Borsa di Milano ha chiuso in rialzo. Lo spread scende a 180 punti e il rendimento "
        "al 2%."
    )
    assert rules_of(article).count("link in brackets") == 2
    assert article.agencies == ("ANSA",)


def test_a_scripts_statement_and_an_attachments_file_name_leave_the_copy():
    article, _ = read(
        "Il Qatar e i Paesi del Golfo hanno firmato l'accordo che chiude l'embargo.\n\n"
        "(adsbygoogle = window.adsbygoogle || []).push({});\n\n"
        "La firma è avvenuta ad Al Ula, in Arabia Saudita.\n\n"
        "decisione-n-0063-del-30-gennaio-2023.pdf\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Il Qatar e i Paesi del Golfo hanno firmato l'accordo che chiude l'embargo.",
        "La firma è avvenuta ad Al Ula, in Arabia Saudita.",
    ]


def test_a_link_in_capitals_may_hold_a_year():
    article, _ = read(
        "Si vota giovedì per il presidente e il Parlamento del Paese. Per il Parlamento "
        "vengono assegnati i 529 seggi ( LE PRINCIPALI ELEZIONI NEL MONDO NEL 2026 ).\n\n"
        "Il presidente uscente è candidato per la settima volta.\n"
    )
    assert article.paragraphs[0].text.endswith("vengono assegnati i 529 seggi.")
    assert rules_of(article) == ["link in brackets"]


def test_a_country_in_capitals_over_its_headline_is_the_section_not_a_dateline():
    article, _ = read(
        "BIELORUSSIA Crisi migranti: Ue approva nuove sanzioni contro Minsk\n\n"
        "I ministri degli Esteri hanno approvato il quinto pacchetto di sanzioni.\n"
    )
    assert article.title == "Crisi migranti: Ue approva nuove sanzioni contro Minsk"
    assert article.place is None
    article, _ = read("ROMA Le navi della Marina sono rientrate in porto ieri sera.\n")
    assert article.place == "Roma"


def test_a_hashtag_over_the_headline_and_the_staffs_byline_run_into_it():
    article, _ = read(
        "#Elezioni 2024 Exit poll: affluenza in calo\n\n"
        "Chiuse le urne alle 23. Gli exit poll danno in testa la coalizione.\n"
    )
    assert article.title == "Exit poll: affluenza in calo"
    article, _ = read(
        "Barcone si ribalta al largo della Libia: 25 morti\ndi Redazione\n05/03/2024\n"
        "Nuova tragedia nel Mediterraneo. Lo ha riferito la Guardia costiera.\n"
    )
    assert article.title == "Barcone si ribalta al largo della Libia: 25 morti"
    assert article.paragraphs[0].text.startswith("Nuova tragedia")
    assert article.author is None
    assert article.date.iso == "2024-03-05"


def test_a_last_line_that_leans_on_the_text_is_not_a_linked_headline():
    article, _ = read(
        "Tredici sbarchi in poche ore a Lampedusa. Sono arrivate 600 persone.\n\n"
        "Tra loro c'è chi emigra anche in cerca di cure\n"
    )
    assert article.paragraphs[-1].text == "Tra loro c'è chi emigra anche in cerca di cure"


def test_a_short_line_without_a_verb_closed_by_a_full_stop_is_a_headline():
    article, _ = read(
        "Inaugurata la nuova biblioteca a Borgo Alto.\n\n"
        "Inaugurata oggi a Borgo Alto la nuova biblioteca comunale, che ospita diecimila "
        "volumi e una sala per i ragazzi. Il sindaco ha tagliato il nastro.\n\n"
        "Gli orari di apertura.\n\n"
        "La biblioteca sarà aperta dal lunedì al sabato, dalle 9 alle 19.\n"
    )
    assert article.title == "Inaugurata la nuova biblioteca a Borgo Alto"
    assert "headline with a full stop" in rules_of(article)
    assert article.paragraphs[0].text.startswith("Inaugurata oggi a Borgo Alto")
    # the copy closes its crossheads as it closed its headline: kept, as a heading
    heading = next(p for p in article.paragraphs if p.text == "Gli orari di apertura.")
    assert heading.kind == "heading"


def test_a_short_sentence_with_a_verb_closed_by_a_full_stop_is_the_lead():
    article, _ = read(
        "Il sindaco ha inaugurato la biblioteca.\n\n"
        "La biblioteca sarà aperta dal lunedì al sabato, dalle 9 alle 19, e ospita diecimila "
        "volumi e una sala per i ragazzi.\n\n"
        "Nessun ferito.\n\n"
        "Il taglio del nastro si è svolto in piazza.\n"
    )
    assert article.title_inferred
    assert article.paragraphs[0].text == "Il sindaco ha inaugurato la biblioteca."
    # without a closed headline, a short closed line in the body is a sentence of it
    assert all(p.kind == "text" for p in article.paragraphs)


def test_a_headline_opened_by_a_kicker_stays_a_headline_however_long():
    headline = (
        "Elezioni Borgonia: i socialisti in testa ma senza maggioranza, segue il Partito "
        "popolare e crescono i liberali, terzo partito del paese"
    )
    article, _ = read(
        f"{headline}\n\n"
        "Si è votato ieri in Borgonia dopo il mancato accordo per formare un governo: i "
        "socialisti sarebbero in testa secondo i primi dati.\n"
    )
    assert len(headline) > 110
    assert article.title == headline and not article.title_inferred
    assert article.paragraphs[0].text.startswith("Si è votato ieri")


def test_page_labels_over_a_headline_and_its_dateline_leave_first():
    article, _ = read(
        "Video Pillole\n\n"
        "Controlli con i droni a Borgo Alto, tre arresti\n\n"
        "BORGO ALTO (ITALPRESS) – I droni della questura hanno guidato gli agenti nelle vie del "
        "quartiere. Tre persone sono state arrestate.\n"
    )
    assert article.title == "Controlli con i droni a Borgo Alto, tre arresti"
    assert ("Video Pillole", "page labels over the headline") in [
        (r.text, r.rule) for r in article.removed
    ]
    assert article.paragraphs[0].text.startswith("I droni della questura")


LEAD = "Il governo ha approvato il decreto sulla sanità, con il voto contrario delle opposizioni."


def test_a_name_alone_over_the_lead_is_its_byline():
    article, _ = read(f"Marco Grigis,\n\n{LEAD} La legge passa ora al Senato per il voto finale.\n")
    assert article.author == "Marco Grigis"
    assert rules_of(article) == ["byline above the lead"]
    assert article.paragraphs[0].text.startswith("Il governo")
    # Over a headline, a name may be the page's tag: not taken for an author.
    article, _ = read(f"Vladimir Putin\n\nPutin vola in Cina\n\n{LEAD}\n")
    assert article.author is None
    # No first name, no byline: "Palazzo Chigi" over the lead is something else.
    article, _ = read(f"Palazzo Chigi\n\n{LEAD} La legge passa ora al Senato per il voto.\n")
    assert article.author is None


def test_the_desk_s_initials_in_brackets_before_the_lead():
    article, _ = read(f"(red.) {LEAD}\n")
    assert article.desk == "red."
    assert article.title.startswith("Il governo ha approvato")
    assert rules_of(article) == ["desk initials before the lead"]


def test_the_newsroom_s_signature_and_a_desk_code_missing_its_second_editor():
    article, _ = read(f"{LEAD}\n\nREDAZIONE\n")
    assert rules_of(article) == ["newsroom signature"] and article.author is None
    assert article.paragraphs[-1].text == LEAD
    article, _ = read(f"{LEAD} sat/\n")
    assert article.desk == "sat" and article.paragraphs[-1].text == LEAD


def test_a_short_label_in_capitals_over_a_headline_leaves_it():
    article, _ = read(f"IN EVIDENZA Il Leone d'Oro di Venezia va a un documentario\n\n{LEAD}\n")
    assert article.title == "Il Leone d'Oro di Venezia va a un documentario"
    assert "section label" in rules_of(article)
    # An opening in capitals runs into the lead: not a label.
    article, _ = read("IL MINISTRO Rossi ha detto che il decreto sarà approvato entro l'estate.\n")
    assert article.paragraphs[0].text.startswith("IL MINISTRO Rossi")
    assert rules_of(article) == []


def test_a_local_paper_s_masthead_and_the_wire_s_place_after_the_article():
    article, _ = read(
        f"Giornale di Brescia\nItalia e Estero\n\nRiunione di governo a Palazzo Chigi\n\n"
        f"ROMA, 20 MAR - {LEAD}\n\nROMA\n"
    )
    assert article.title == "Riunione di governo a Palazzo Chigi"
    assert rules_of(article)[0] == "masthead"
    assert "place after the article" in rules_of(article)
    assert article.desk is None and article.paragraphs[-1].text == LEAD


def test_a_label_in_capitals_after_the_article_is_no_byline():
    article, _ = read(f"{LEAD}\n\nLE ULTIME NOTIZIE\n")
    assert article.author is None and rules_of(article) == ["label in capitals"]
    assert article.paragraphs[-1].text == LEAD


def test_a_rubric_with_its_year_before_the_lead_leaves_it():
    article, _ = read(f"Usa 2024 – {LEAD}\n")
    assert rules_of(article) == ["rubric with its year"]
    assert article.paragraphs[0].text == LEAD and article.place is None


def test_a_timelines_month_and_year_opening_the_text_is_a_heading_over_it():
    # "MARZO 2018 - …": a timeline's date, kept as a heading, no rubric that leaves the body
    second = (
        "APRILE 2018 - Il governo ha approvato un secondo decreto sulla scuola, tra le proteste."
    )
    article, _ = read(f"MARZO 2018 - {LEAD}\n\n{second}\n")
    assert rules_of(article) == []
    assert [(p.text, p.kind) for p in article.paragraphs] == [
        ("MARZO 2018", "heading"),
        (LEAD, "text"),
        ("APRILE 2018", "heading"),
        (second.removeprefix("APRILE 2018 - "), "text"),
    ]


def test_a_themes_widgets_and_trails_over_the_headline_leave_it():
    headline = "Furgone si ribalta sulla provinciale, ferito il conducente"
    for above in (
        "/ Cronaca",
        "Città di Novara > Ufficio Stampa > Comunicati stampa 2021 > MARZO",
        "Search for: Search Button",
        "Web Analytics Made Easy - StatCounter",
        "Questo sito contribuisce all’audience di Quotidiano Nazionale",
        "Bosnia » Osservatorio Balcani Notizie",
    ):
        article, _ = read(f"{above}\n\n{headline}\n\n{LEAD}\n")
        assert article.title == headline, above
        assert [p.text for p in article.paragraphs] == [LEAD], above


def test_a_themes_boxes_after_the_article_leave_it():
    for after, rule in (
        ("Share on: WhatsApp", "page chrome"),
        ("SEGUE A PAGINA 3", "page chrome"),
        ("Powered by WPeMatico", "page chrome"),
        ("Abbonati per ricevere gli ultimi articoli inviati alla tua e-mail.", "page chrome"),
        ("Questo sondaggio è chiuso.", "site label"),
        ("Fonte originale: Leggi ora la fonte", "site label"),
    ):
        article, _ = read(f"{LEAD}\n\n{after}\n")
        assert [p.text for p in article.paragraphs] == [LEAD], after
        assert rules_of(article) == [rule], after
        assert article.source_name is None, after
    article, _ = read(f"{LEAD}\n\nSource: Ilmattino.it\n")
    assert article.source_name == "Ilmattino.it"


def test_the_pages_date_between_headline_and_dateline_is_no_standfirst():
    article, _ = read(
        "AFRICA/SUD SUDAN - Liberato il catechista rapito, la comunità in festa\n\n"
        "martedì, 13 dicembre 2022\n\n"
        "Juba (Agenzia Fides) – È stato rilasciato dopo nove giorni di prigionia il catechista "
        "rapito da uomini armati.\n",
        date="2022-12",
    )
    assert article.title == "Liberato il catechista rapito, la comunità in festa"
    assert article.subtitle is None and article.date.iso == "2022-12-13"
    assert rules_of(article)[:2] == ["region label", "headline"]
    assert "time stamp" in rules_of(article)


def test_a_date_and_a_byline_on_one_line_but_not_a_place_and_a_date():
    headline = "Assalto a un mercato, almeno nove i morti"
    article, _ = read(f"{headline}\n\n26 marzo 2024, di Carlo Benvenuti\n\n{LEAD}\n")
    assert article.author == "Carlo Benvenuti" and article.date.iso == "2024-03-26"
    article, _ = read(f"{headline}\n\nReggio Calabria, 26 marzo 2024\n\n{LEAD}\n")
    assert article.author is None and article.date.iso == "2024-03-26"


def test_bulleted_labels_over_the_headline_leave_it_and_give_the_day():
    headline = "Cosa sappiamo dell'attacco all'albergo"
    article, _ = read(f"• Mondo • sabato 16 marzo 2024\n\n{headline}\n\n{LEAD}\n")
    assert article.title == headline and article.date.iso == "2024-03-16"
    assert [p.text for p in article.paragraphs] == [LEAD]


def test_keywords_before_the_lead_leave_it():
    # in capitals before a dash, under the headline; before a bar, with or without one
    headline = "Sud Sudan, di nuovo scontri nella capitale"
    article, _ = read(f"{headline}\n\nSCONTRI JUBA SUD SUDAN – {LEAD}\n")
    assert article.title == headline and [p.text for p in article.paragraphs] == [LEAD]
    assert rules_of(article) == ["headline", "keywords before the lead"]
    article, _ = read(f"Mogadiscio attentato | {LEAD}\n")
    assert [p.text for p in article.paragraphs] == [LEAD]
    assert rules_of(article) == ["keywords before a bar"]
    # a kicker that is a clause ("Il Codacons lancia l'allarme") is not a page's keywords
    article, _ = read(f"Il Codacons lancia l'allarme | {LEAD}\n")
    assert "keywords before a bar" not in rules_of(article)
    # a place before a bar is the dateline
    article, _ = read(f"Reggio Emilia | {LEAD}\n")
    assert article.place == "Reggio Emilia" and "keywords before a bar" not in rules_of(article)


def test_a_blogs_post_line_and_signature_are_its_furniture():
    headline = "Le foto della sagra del grano"
    article, _ = read(f"{headline}\n\n3 marzo 2024 | Eventi, Foto | Nessun commento\n\n{LEAD}\n")
    assert article.date.iso == "2024-03-03" and article.subtitle is None
    assert rules_of(article) == ["headline", "stamp, categories and comments"]
    article, _ = read(f"{LEAD}\n\nPubblicato da Marta R. a 21:14\n")
    assert article.author == "Marta R." and [p.text for p in article.paragraphs] == [LEAD]


def test_a_name_over_the_pages_date_is_the_byline_and_a_repeated_standfirst_leaves():
    standfirst = "Il Palio potrebbe tornare già la prossima estate. Ecco le anticipazioni."
    article, _ = read(
        f"Il Palio torna dopo cinque anni\n\n{standfirst}\n\nRenato Iuliano\n\n"
        f"2 marzo 2024\n\n{standfirst}\n\n{LEAD}\n"
    )
    assert article.author == "Renato Iuliano" and article.date.iso == "2024-03-02"
    assert [p.text for p in article.paragraphs] == [LEAD]
    assert "repeated standfirst" in rules_of(article)
    article, _ = read(f"Data: 21/03/2024 - Autore: Gianni Morsello\n\nIl Palio torna\n\n{LEAD}\n")
    assert article.author == "Gianni Morsello" and article.title == "Il Palio torna"


def test_what_runs_into_the_lead_under_a_headline_leaves_it():
    headline = "Presentata la Granfondo, il via da Arquata"
    for prefix, rule in (
        ("Versione stampabile", "button run into the lead"),
        ("Tempo di lettura: < 1 minuto", "button run into the lead"),
        ("Usa 2024 – ", "rubric with its year"),
        ("Granfondo Arquata | ", "keywords before a bar"),
    ):
        article, _ = read(f"{headline}\n\n{prefix}{LEAD}\n")
        assert article.title == headline, prefix
        assert [p.text for p in article.paragraphs] == [LEAD], prefix
        assert rules_of(article) == ["headline", rule], prefix


def test_a_link_inside_a_paragraph_ends_where_the_next_sentence_opens():
    article, _ = read(
        "Il sindaco si è dimesso nel pomeriggio. Leggi anche: Borgo Laziale, convocato il "
        "consiglio per la sfiducia Se non ci riuscisse, arriverà un commissario.\n"
    )
    assert article.paragraphs[0].text == (
        "Il sindaco si è dimesso nel pomeriggio. Se non ci riuscisse, arriverà un commissario."
    )
    article, _ = read(f"{LEAD} – continua sotto – La misura arriva in aula a marzo.\n")
    assert article.paragraphs[0].text == f"{LEAD} La misura arriva in aula a marzo."


def test_a_notices_signature_block_leaves_the_body_and_signs_it():
    article, _ = read(
        f"{LEAD}\n\nDalla Residenza Municipale, 20 marzo 2024\n\nIl Sindaco\n\nDr. Luigi Carbone\n"
    )
    assert [p.text for p in article.paragraphs] == [LEAD]
    assert (article.author, article.date.iso) == ("Dr. Luigi Carbone", "2024-03-20")
    assert rules_of(article) == ["place and day of the signature", "signer's office", "byline"]
    # an office alone with no signature under it is the text's
    article, _ = read(f"{LEAD}\n\nIl Sindaco\n")
    assert "signer's office" not in rules_of(article)


def test_credits_after_the_last_sentence_name_the_source_and_the_reporter():
    article, _ = read(f"{LEAD}(ilgiornaledelsud.it) foto archivio\n")
    assert article.source_name == "ilgiornaledelsud.it"
    assert [p.text for p in article.paragraphs] == [LEAD]
    article, _ = read(f"{LEAD}\n\nIl servizio di Marta Brena - Orobie Tv.\n")
    assert (article.author, article.source_name) == ("Marta Brena", "Orobie Tv")
    article, _ = read(f"Il governo approva il decreto\n\n387\n\n{LEAD}\n")
    assert [p.text for p in article.paragraphs] == [LEAD]


def test_a_list_of_links_after_its_label_leaves_whole():
    for label in ("Gli articoli più letti", "Related posts", "TAG CORRELATI"):
        article, _ = read(
            f"{LEAD}\n\n{label}\n\nTrasporti\n\nAerei, sciopero di quattro ore il 3 agosto\n\n"
            "Sanità\n\nNuovi farmaci oncologici, via libera dall'agenzia\n"
        )
        assert [p.text for p in article.paragraphs] == [LEAD], label
    # a sentence after the label is the text's: the label takes at most one headline
    article, _ = read(
        f"{LEAD}\n\nGli articoli più letti\n\nSanità\n\nLa misura arriva in aula a marzo.\n"
    )
    assert article.paragraphs[-1].text == "La misura arriva in aula a marzo."


def test_a_wire_photo_credit_and_a_publishers_legal_line_leave_the_body():
    article, _ = read(f"{LEAD}\n\nAFP PHOTO / Issouf Sanogo\n")
    assert article.photo_credit == "AFP PHOTO / Issouf Sanogo"
    assert rules_of(article) == ["wire photo credit"]
    article, _ = read(
        f"{LEAD}\n\nTestata giornalistica registrata presso il Tribunale di Roma n. 123/2015\n"
    )
    assert [p.text for p in article.paragraphs] == [LEAD]


def test_a_byline_before_a_lead_that_opens_on_a_one_letter_word():
    article, _ = read("di Carlo Menichetti - I vigili del fuoco sono intervenuti ieri sera.\n")
    assert article.author == "Carlo Menichetti"
    assert article.paragraphs[0].text.startswith("I vigili del fuoco")


def test_a_headline_ending_on_a_span_of_time_and_dopo_is_whole():
    article, _ = read(f"Srebrenica, ventuno anni dopo\n\nSrebrenica, 11 luglio 1995. {LEAD}\n")
    assert article.title == "Srebrenica, ventuno anni dopo"


def test_a_blogs_comment_boxes_and_buttons_leave_the_body_and_sign_nothing():
    for after in ("No responses yet", "Lascia una Replica", "Stampa Articolo Stampa Articolo"):
        article, _ = read(f"{LEAD}\n\n{after}\n")
        assert [p.text for p in article.paragraphs] == [LEAD], after
        assert article.author is None, after


def test_an_aggregators_extras_after_the_article_leave_it():
    article, _ = read(
        f"{LEAD}\n\nSciopero sanità, cosa sapere; Ospedali, due giornate di protesta\n\n"
        "SANITÀ, NUOVO SCIOPERO DI DUE GIORNI: OSPEDALI APERTI?\n\n"
        '"Sciopero per la dignità di chi lavora" - facebook.com facebook\n\n'
        "Confermato lo #sciopero del personale sanitario. x.com\n"
    )
    assert [p.text for p in article.paragraphs] == [LEAD]
    assert rules_of(article) == [
        "headlines side by side",
        "headline in capitals after the article",
        "social post snippet",
        "social post snippet",
    ]


def test_a_closing_byline_may_point_to_a_note_with_an_asterisk():
    article, _ = read(f"{LEAD}\n\nLuca Ferrandi *\n")
    assert article.author == "Luca Ferrandi" and [p.text for p in article.paragraphs] == [LEAD]


def test_a_name_and_its_office_after_the_article_sign_it():
    article, _ = read(f"{LEAD}\n\nGiulia Marchetti Segretaria generale Fnp Cisl\n")
    assert article.author == "Giulia Marchetti"
    assert [p.text for p in article.paragraphs] == [LEAD]
    # a sentence that lost its full stop is the text's
    article, _ = read(f"{LEAD}\n\nMario Rossi presidente della squadra ha vinto il titolo\n")
    assert article.author is None


def test_a_press_offices_release_number_gives_the_day():
    headline = "Il Consiglio approva il bilancio"
    for lines in (
        f"Comunicato n° 48 del 4 marzo 2024\n\n{headline}",
        f"{headline}\n\nComunicato n° 48 del 4 marzo 2024",
    ):
        article, _ = read(f"{lines}\n\n{LEAD}\n")
        assert article.title == headline and article.date.iso == "2024-03-04"
        assert [p.text for p in article.paragraphs] == [LEAD]


def test_a_headline_in_nominal_style_is_no_standfirst():
    headline = "Chiusura al pubblico dei campi sportivi comunali"
    article, _ = read(
        f"{headline}\n\nSi informa la cittadinanza che il sindaco ha disposto la chiusura "
        "dei campi sportivi comunali fino al 30 aprile. Il testo è allegato.\n"
    )
    assert article.title == headline and article.subtitle is None


def test_a_publishers_note_under_the_headline_names_the_source():
    headline = "La Regione stanzia dieci milioni per le scuole dei piccoli comuni"
    article, _ = read(
        f"{headline}\n\nRiceviamo e pubblichiamo da Agenzia Umbria Notizie.\n\n{LEAD}\n"
    )
    assert article.source_name == "Agenzia Umbria Notizie" and article.title == headline
    assert [p.text for p in article.paragraphs] == [LEAD]
    article, _ = read(f"{headline}\n\nmartedì 12 marzo 2024\n\n12/03/24\n\n{LEAD}\n")
    assert article.date.iso == "2024-03-12" and [p.text for p in article.paragraphs] == [LEAD]


def test_an_embedded_videos_title_and_airing_leave_the_text_wherever_they_stand():
    article, _ = read(
        f"{LEAD}\n\nCaucaso, il conflitto dimenticato\n\nRSI Info 02.10.2020, 18:40\n\n"
        "La misura arriva in aula a marzo.\n"
    )
    assert [p.text for p in article.paragraphs] == [LEAD, "La misura arriva in aula a marzo."]
    assert rules_of(article) == ["programme and its airing"] * 2


def test_an_institutions_press_note_header_leaves_the_headline_its_own():
    headline = "Approvata la legge sulle comunità energetiche"
    article, _ = read(
        "CONSIGLIO REGIONALE DELLA SARDEGNA\n\nXVI Legislatura\n\nUfficio Stampa\n\n"
        "Nota stampa della seduta n. 81 – Intera giornata\n\nMercoledì 13 marzo 2024\n\n"
        f"{headline}\n\n{LEAD}\n"
    )
    assert article.title == headline and article.date.iso == "2024-03-13"
    assert [p.text for p in article.paragraphs] == [LEAD]
    article, _ = read(f"Direttore responsabile: Carla Ventresca\n\n{headline}\n\n{LEAD}\n")
    assert article.title == headline


def test_keywords_over_the_headline_leave_it():
    headline = "Sanità, la Regione approva il decreto"
    article, _ = read(f"sanità Regione\n\n{headline}\n\n{LEAD}\n")
    assert rules_of(article) == ["keywords over the headline", "headline"]
    assert article.title == headline
    # not words the headline does not say
    article, _ = read(f"sanità Lombardia\n\n{headline}\n\n{LEAD}\n")
    assert "keywords over the headline" not in rules_of(article)


def test_a_crosshead_cut_after_the_article_is_no_byline():
    # the page stops inside its next section: no name opens on a preposition
    article, _ = read(f"{LEAD}\n\nIn Europ\n")
    assert article.author is None and "byline" not in rules_of(article)
    article, _ = read(f"{LEAD}\n\nMario Rossi\n")
    assert article.author == "Mario Rossi"


def test_notices_above_the_article_leave_it():
    # a player's notice, the page's date in ISO form, the newsroom's signature, an updating
    # notice: each a line of its own above the lead
    for above, rule in (
        ("Devi attivare javascript per riprodurre il video.", "page chrome"),
        ("del 2023-08-27", "numeric time stamp"),
        ("A cura della Redazione", "newsroom signature"),
        ("In aggiornamento", "updating notice"),
    ):
        article, _ = read(f"{above}\n\n{LEAD}\n", date="2023-08")
        assert rules_of(article) == [rule], above
        assert article.paragraphs[0].text == LEAD
    article, _ = read(f"del 2023-08-27\n\n{LEAD}\n", date="2023-08")
    assert article.date.iso == "2023-08-27"
    article, _ = read(f"da Wired.it – {LEAD}\n")
    assert article.source_name == "Wired.it" and article.paragraphs[0].text == LEAD


def test_share_bars_above_the_article_leave_it():
    for above in ("0 Condivisioni acebook Twitter", "Share this with Close"):
        article, _ = read(f"{above}\n\n{LEAD}\n")
        assert rules_of(article) == ["page chrome"], above


def test_a_separator_after_the_headline_is_no_word_of_it():
    article, _ = read(
        f"Il premier annuncia la sconfitta dell'Isis | LaPresse - {LEAD}\n", date="2017-07"
    )
    assert article.title == "Il premier annuncia la sconfitta dell'Isis"
    # the removed line keeps it: nothing leaves the body unaccounted for
    assert article.removed[0].text.endswith("|")


def test_a_closed_standfirst_without_a_verb_under_the_headline_is_the_subtitle():
    article, _ = read(
        "Sondaggi: il centrodestra resta avanti, cala l'affluenza attesa\n\n"
        "di Anna Bianchi\n\n"
        "Per Rossi gradimento al 40%, Verdi al 39%, Neri al 16%.\n\n"
        "Il sondaggio commissionato dalla trasmissione è il primo dopo la scissione. Il "
        "centrodestra resta avanti di sei punti.\n"
    )
    assert article.subtitle == "Per Rossi gradimento al 40%, Verdi al 39%, Neri al 16%."
    assert article.paragraphs[0].text.startswith("Il sondaggio commissionato")
    # the headline said again, with its full stop, opens the body
    article, _ = read(
        "Via libera dell'Aifa al vaccino di AstraZeneca\n\n"
        "Via libera dell'Aifa al vaccino di AstraZeneca.\n\n"
        "L'agenzia ha approvato il vaccino con l'indicazione per l'uso dai 18 ai 55 anni. "
        "Le prime dosi arrivano a febbraio.\n"
    )
    assert article.subtitle is None
    assert article.paragraphs[0].text == "Via libera dell'Aifa al vaccino di AstraZeneca."


def test_a_pipe_led_time_stamp_and_a_caption_alone_before_the_lead():
    article, _ = read(
        "| 14:34 - 28 Maggio 2022\n\n"
        "Un momento dell'inaugurazione della nuova scuola.\n\n"
        "Taglio del nastro questa mattina a Borgoalto per la scuola materna riqualificata.\n",
        date="2022-05",
    )
    assert article.date.iso == "2022-05-28"
    assert article.title.startswith("Taglio del nastro")
    assert [p.text[:6] for p in article.paragraphs] == ["Taglio"]
    assert rules_of(article) == ["time stamp", "photo caption alone"]


def test_a_line_about_a_picture_that_opens_a_list_stays():
    article, _ = read(
        "Tutti i leader hanno firmato un pannello con il logo del vertice prima della foto.\n\n"
        "Nella foto ufficiale, da sinistra verso destra, erano presenti:\n\n"
        "- Charles Michel, presidente del Consiglio europeo\n\n"
        "- Olaf Scholz, cancelliere tedesco\n",
        date="2024-06",
    )
    assert "photo caption alone" not in rules_of(article)
    assert any(p.text.startswith("Nella foto ufficiale") for p in article.paragraphs)


def test_a_speaker_label_over_a_statement_is_its_source():
    article, _ = read(
        "Il Sindaco:\n\n"
        "Cari concittadini, oggi la Asl mi ha comunicato che altri due casi sono positivi.\n\n"
        "Grazie.\n"
    )
    assert article.source_name == "Il Sindaco"
    assert article.paragraphs[0].text.startswith("Cari concittadini")
    assert rules_of(article) == ["speaker label"]


def test_the_pages_tags_comment_and_social_prompts_after_the_article_leave_the_body():
    article, _ = read(
        "Palermo, blitz nel quartiere\n\n"
        "PALERMO – Controlli nel quartiere per tutta la giornata di ieri. Gli agenti hanno "
        "perquisito i box e i magazzini della zona.\n\n"
        "All'operazione hanno preso parte anche i vigili del fuoco.\n\n"
        "Tags: ·\n\n"
        "Partecipa al dibattito: commenta questo articolo\n"
        "CONTINUA A LEGGERE SU ESEMPIO.IT\n\n"
        "Segui Esempio sui social\n\n"
        "Ricevi le nostre ultime notizie da Google News: clicca su SEGUICI, poi sulla stella!\n"
    )
    assert [p.text[:3] for p in article.paragraphs] == ["Con", "All"]
    assert set(rules_of(article)) == {"headline", "dateline: place", "page chrome"}


def test_a_caption_in_brackets_at_the_end_of_a_paragraph_leaves_it():
    article, _ = read(
        "I pescherecci sono ormeggiati nel porto di Bengasi, sotto il comando del generale. "
        "(in foto copertina veduta del porto di Bengasi)\n\n"
        "Le famiglie attendono notizie dalla Farnesina da giorni.\n"
    )
    assert article.paragraphs[0].text.endswith("sotto il comando del generale.")
    assert "photo caption after a paragraph" in rules_of(article)


def test_a_long_headline_that_goes_on_after_a_colon_is_a_headline_not_a_standfirst():
    article, _ = read(
        "In arrivo anche in Umbria i bambini di Gaza malati e feriti: tre voli speciali "
        "dell'Aeronautica Militare\n\n"
        "Sono in partenza dall'aeroporto di Eilat i tre voli speciali con a bordo il gruppo "
        "di bambini evacuati. Il primo arriverà questa sera a Roma.\n"
    )
    # longer than a title: the title is its statement before the colon (headline_title),
    # the whole headline is listed as removed
    assert article.title == "In arrivo anche in Umbria i bambini di Gaza malati e feriti"
    assert article.removed[0].text.endswith("dell'Aeronautica Militare")
    assert article.subtitle is None
    assert rules_of(article) == ["headline"]


def test_a_pointer_to_an_embedded_interview_leaves_the_body_but_a_list_s_does_not():
    article, _ = read(
        "Il nuovo presidente della Regione ha incontrato la stampa questa mattina a Campobasso.\n\n"
        "Di seguito l’intervista al presidente, realizzata questa mattina alle 6.\n\n"
        "Di seguito l’elenco dei Comuni che hanno chiuso le scuole:\n\n"
        "Campobasso, Isernia, Termoli.\n"
    )
    texts = [p.text for p in article.paragraphs]
    assert not any(t.startswith("Di seguito l’intervista") for t in texts)
    assert "Di seguito l’elenco dei Comuni che hanno chiuso le scuole:" in texts
    assert "pointer to embedded media" in rules_of(article)


def test_a_short_block_of_sentences_the_next_paragraphs_retell_is_a_standfirst():
    article, _ = read(
        "Nessun rinvio: il governo conferma le date del referendum sulla riforma. Scheda "
        "elettorale integrata con gli articoli.\n\n"
        "Le urne si apriranno regolarmente, senza alcun rinvio. Il governo conferma le date: "
        "il referendum sulla riforma si terrà a marzo, con una scheda elettorale integrata "
        "dagli articoli della Costituzione.\n"
    )
    assert article.subtitle.startswith("Nessun rinvio")
    assert article.paragraphs[0].text.startswith("Le urne si apriranno")
    # a lead of two sentences the article goes on from stays
    lead = "Violenti scontri si sono verificati al confine. Le scuole hanno chiuso le porte."
    article, _ = read(f"{lead}\n\nIl governo ha convocato una riunione d'urgenza per domani.\n")
    assert article.paragraphs[0].text == lead


def test_a_bracket_the_cut_left_open_at_the_end_of_the_text_leaves_the_body():
    article, _ = read(
        "I soccorritori hanno lavorato tutta la notte sotto il ponte crollato. Si cerca "
        "ancora tra le macerie [GUAR"
    )
    assert article.paragraphs[-1].text.endswith("tra le macerie")
    article, _ = read(
        "Cinque militari sono stati arrestati. Sono stati sospesi dal servizio. (Immagini Paolo"
    )
    assert article.paragraphs[-1].text.endswith("sospesi dal servizio.")
    assert rules_of(article) == ["bracket left open by the cut"]


def test_a_live_blogs_prompt_and_entry_times_leave_the_body():
    article, _ = read(
        "Segui in diretta l'intervento del presidente\n\n"
        "19.03\n\n"
        "Il presidente ha preso la parola davanti al parlamento riunito in seduta plenaria.\n\n"
        "18.10 Il discorso è rimandato, metà del parlamento non si presenta.\n"
    )
    texts = [p.text for p in article.paragraphs]
    assert texts == [
        "Il presidente ha preso la parola davanti al parlamento riunito in seduta plenaria.",
        "Il discorso è rimandato, metà del parlamento non si presenta.",
    ]
    assert {"page chrome", "time of day", "time label"} <= set(rules_of(article))


def test_an_embedded_posts_date_left_in_italian_copy_leaves_it():
    article, _ = read(
        "La protesta è andata avanti tutta la notte. I cittadini chiedono rispetto del voto. "
        "August 11, 2020 Per tutta la notte la polizia ha respinto i manifestanti.\n"
    )
    assert article.paragraphs[0].text == (
        "La protesta è andata avanti tutta la notte. I cittadini chiedono rispetto del voto. "
        "Per tutta la notte la polizia ha respinto i manifestanti."
    )
    assert rules_of(article) == ["embedded post's date"]
    # in English copy, an English date is the article's own
    text = (
        " date 2020-08 The protest went on all night. Voters want their say. August 11, 2020 "
        "was the second night of clashes.\n"
    )
    article, _ = read_article("articles/x.txt", text.encode(), "en")
    assert "August 11, 2020" in article.paragraphs[0].text


def test_a_pages_labels_over_its_stamp_over_the_headline_leave_first():
    article, _ = read(
        "SitoNews\nCronaca cittadina.\n22 settembre 2025 alle 00:08\n\n"
        "Raffica di controlli nella zona della stazione\n\n"
        "Identificate 37 persone e una arrestata. Questo il bilancio dei controlli.\n",
        date="2025-09",
    )
    assert article.title == "Raffica di controlli nella zona della stazione"
    assert article.paragraphs[0].text.startswith("Identificate 37 persone")
    assert rules_of(article)[:3] == ["page labels over the headline", "time stamp", "headline"]
    assert article.date.iso == "2025-09-22"


def test_a_pages_clock_and_stamps_in_their_common_forms_leave_the_text():
    for stamp in (
        "Aggiornato il 12 marzo 2024 alle 14:30",
        "Ultimo aggiornamento: 12 marzo 2024, 14:30",
        "Data: 12/03/2024",
        "2024-03-12T14:30:00",
        "Aggiornato alle 14:30",
        "2 ore fa",
    ):
        for text in (
            f"{stamp}\n\nIl governo ha approvato il decreto. La misura vale un miliardo.\n",
            f"Il governo ha approvato il decreto. La misura vale un miliardo.\n\n{stamp}\n",
        ):
            article, _ = read(text)
            assert [p.text for p in article.paragraphs] == [
                "Il governo ha approvato il decreto. La misura vale un miliardo."
            ], (stamp, text)


def test_a_date_run_in_between_two_sentences_is_the_pages_stamp():
    article, _ = read(
        "Il governo ha approvato il decreto sulle bollette. 12 marzo 2024 14:30 La misura vale "
        "un miliardo. Le opposizioni hanno protestato il 12 marzo 2024. Altro.\n"
    )
    text = " ".join(p.text for p in article.paragraphs)
    assert "14:30" not in text and "protestato il 12 marzo 2024" in text
    assert rules_of(article) == ["time stamp in the text"]
    # a sentence opens on a date with its article, which stays
    article, _ = read("Il decreto è legge. Il 12 marzo 2024 il governo lo ha firmato.\n")
    assert rules_of(article) == []


def test_an_agency_tag_closing_the_text_is_no_later_dateline():
    # "(ansa)" alone after the last paragraph closes the text; read as the dateline of a
    # later piece it made everything before it front matter, and the article had no text
    article, _ = read(
        "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
        "Le opposizioni hanno protestato in aula.\n\n(ansa)\n"
    )
    assert [p.text[:14] for p in article.paragraphs] == ["Il governo ha ", "Le opposizioni"]
    assert article.agencies == ("ANSA",)


def test_an_agency_tag_and_a_notice_on_its_line_close_the_text():
    # "(ANSA) © RIPRODUZIONE RISERVATA": three words after the tag, read as a later piece's
    # lead, had made the two paragraphs above a standfirst: the article lost its text. The
    # tag and what follows it on its line leave by their own rules, the agency read.
    for closing, rule in (
        ("(ANSA) © RIPRODUZIONE RISERVATA", "copyright"),
        ("(Adnkronos) Fonte: Reuters", "source"),
        ("(Teleborsa) 12-03-2024 15:00", "published"),
        ("(ANSA) - Mario Rossi", "byline"),
    ):
        article, _ = read(
            "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
            f"Le opposizioni hanno protestato in aula.\n\n{closing}\n"
        )
        assert [p.text[:14] for p in article.paragraphs] == ["Il governo ha ", "Le opposizioni"]
        assert len(article.agencies) == 1, closing
        assert {"agency tag", rule} <= set(rules_of(article)), closing


def test_a_byline_then_an_agency_tag_on_one_line_close_the_text():
    # "Mario Rossi (AGI)": the writer and the wire on one line; each leaves by its own rule,
    # the writer the author and the agency read
    for closing in ("Mario Rossi (AGI)", "di Mario Rossi [ANSA]"):
        article, _ = read(
            "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
            f"Le opposizioni hanno protestato in aula.\n\n{closing}\n"
        )
        assert [p.text[:14] for p in article.paragraphs] == ["Il governo ha ", "Le opposizioni"]
        assert article.author == "Mario Rossi" and len(article.agencies) == 1, closing
        assert rules_of(article) == ["byline", "agency tag"], closing
    # a party in brackets after a name is no agency: the line is not split
    article, _ = read(
        "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
        "Le opposizioni hanno protestato in aula.\n\nMario Rossi (Pd)\n"
    )
    assert article.agencies == ()


def test_an_address_alone_after_the_text_leaves_it():
    article, _ = read(
        "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
        "Le opposizioni hanno protestato in aula.\n\nhttps://www.esteri.it/it/sala_stampa\n"
    )
    assert [p.text[:14] for p in article.paragraphs] == ["Il governo ha ", "Le opposizioni"]
    assert rules_of(article) == ["address after the article"]
    # an address inside a sentence is the story's
    article, _ = read(
        "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
        "Il testo è su https://www.governo.it da oggi.\n"
    )
    assert "governo.it" in article.paragraphs[-1].text


def test_a_prompt_to_follow_on_a_network_leaves_but_a_sentence_about_one_stays():
    for line in ("Segui Mario Rossi su Twitter", "Segui le ultime notizie su Telegram"):
        article, _ = read(
            "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
            f"Le opposizioni hanno protestato in aula.\n\n{line}\n"
        )
        assert len(article.paragraphs) == 2 and rules_of(article) == ["page chrome"], line
    # the story's own sentence, opening on "Segui", names a network and goes on
    article, _ = read(
        "Segui la vicenda su Facebook, dove il sindaco ha scritto che la strada resta chiusa "
        "fino a lunedì.\n\nIl governo ha approvato il decreto.\n"
    )
    assert len(article.paragraphs) == 2 and not article.removed


def test_an_editors_code_may_carry_a_desks_number():
    article, _ = read(
        "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
        "Le opposizioni hanno protestato in aula.\n\nFth/Int9\n"
    )
    assert len(article.paragraphs) == 2 and article.desk == "Fth/Int9"


def test_a_kicker_a_section_or_a_skip_link_over_the_headline_leaves():
    for above in ("Il retroscena", "L'analisi", "Primo piano", "Cronaca nera", "Vai al contenuto"):
        article, _ = read(
            f"{above}\n\nIl governo approva il decreto\n\n"
            "Il governo ha approvato il decreto dopo una lunga riunione.\n"
        )
        assert article.title == "Il governo approva il decreto", above
        assert [p.text[:10] for p in article.paragraphs] == ["Il governo"], above
    # a crosshead inside the text stays: the rule reads what stands over the article
    article, _ = read(
        "Il governo ha approvato il decreto dopo una lunga riunione.\n\nLe reazioni\n\n"
        "Le opposizioni hanno protestato.\n"
    )
    assert len(article.paragraphs) == 3


def test_the_wire_or_a_pictures_credit_under_the_headline_leaves():
    for under, rule, photo in (
        ("ANSA", "agency line", None),
        ("ANSA/ETTORE FERRARI", "photo agency and photographer", "ANSA/ETTORE FERRARI"),
        # "foto SIR/…" opens in lower case, as a headline's wrapped rest would: the credit
        ("foto SIR/Luca Benedetti", "photo credit without a colon", "SIR/Luca Benedetti"),
        (
            "Foto di Marco Lentini | Studio Lentini",
            "photo credit without a colon",
            "Marco Lentini | Studio Lentini",
        ),
    ):
        article, _ = read(
            f"Il governo approva il decreto\n\n{under}\n\n"
            "Il governo ha approvato il decreto dopo una lunga riunione.\n"
        )
        assert article.title == "Il governo approva il decreto", under
        assert [p.text[:10] for p in article.paragraphs] == ["Il governo"], under
        assert rule in [r.rule for r in article.removed], under
        assert article.subtitle is None and article.photo_credit == photo, under


def test_a_headlines_labels_marks_and_site_leave_the_title():
    lead = "Il governo ha approvato il decreto dopo una lunga riunione.\n"
    for line in (
        "# Il governo approva il decreto",  # a Markdown heading's mark
        "Titolo: Il governo approva il decreto",  # the field it was copied from
        "AGGIORNAMENTO | Il governo approva il decreto",
        "Il governo approva il decreto [AGGIORNATO]",
        "Il governo approva il decreto (FOTO E VIDEO)",
        "Il governo approva il decreto :: Il Tempo",
        "Il governo approva il decreto - Genova24",
    ):
        article, _ = read(f"{line}\n\n{lead}")
        assert article.title == "Il governo approva il decreto", line
        assert article.removed, line
    # a caption's credit in brackets is still one
    article, _ = read(f"{lead}\nSoldati turchi al confine con la Siria (foto Afp)\n")
    assert article.photo_credit == "Afp"


def test_a_prompt_in_brackets_leaves_run_in_or_alone_but_a_writers_note_stays():
    a = "Il governo ha approvato il decreto dopo una lunga riunione."
    b = "La misura vale un miliardo e arriva in aula a marzo."
    for mark in ("(clicca qui)", "(qui sotto il video)", "(VAI ALLA GALLERY)", "(Foto archivio)"):
        article, _ = read(f"{a} {mark} {b}\n\nLe opposizioni protestano.\n")
        assert article.paragraphs[0].text == f"{a} {b}", mark
        article, _ = read(f"{a}\n\n{mark}\n\n{b}\n\nLe opposizioni protestano.\n")
        assert [p.text for p in article.paragraphs][:2] == [a, b], mark
    article, _ = read(f"{a} (ndr) {b}\n\nLe opposizioni protestano.\n")
    assert "(ndr)" in article.paragraphs[0].text


def test_a_pages_stamps_and_counters_in_more_forms_leave_over_and_after_the_text():
    lead = "Il governo ha approvato il decreto dopo una lunga riunione."
    last = "Le opposizioni hanno protestato in aula."
    for line in (
        "12 marzo 2024 · 14:30",
        "Data pubblicazione: 12/03/2024",
        "Agg. 12/03/2024 15:00",
    ):
        article, _ = read(f"{line}\n\n{lead}\n")
        assert [p.text for p in article.paragraphs] == [lead], line
        assert article.date.day == 12, line
    for line in ("Letto 1.234 volte", "1.234 visualizzazioni", "Visite: 1234", "Commenti: 0"):
        article, _ = read(f"{lead}\n\n{last}\n\n{line}\n")
        assert [p.text for p in article.paragraphs] == [lead, last], line


def test_a_press_offices_contact_a_disclaimer_an_end_mark_and_a_set_off_byline_close_the_text():
    lead = "Il governo ha approvato il decreto dopo una lunga riunione."
    last = "Le opposizioni hanno protestato in aula."
    for line, rule in (
        ("Ufficio stampa: Mario Rossi - 333 1234567", "contact footer"),
        ("Contatti stampa: Mario Rossi, mario.rossi@azienda.it", "contact footer"),
        ("Le opinioni espresse in questo articolo sono dell'autore.", "disclaimer"),
        ("[fine]", "continuation"),
        ("[M.R.]", "author's initials"),
        ("— Mario Rossi", "byline"),
    ):
        article, _ = read(f"{lead}\n\n{last}\n\n{line}\n")
        assert [p.text for p in article.paragraphs] == [lead, last], line
        assert [r.rule for r in article.removed] == [rule], line
    # a correction is the page's word to its readers, and stays
    article, _ = read(
        f"{lead}\n\n{last}\n\nCorrezione: una versione precedente riportava un dato errato.\n"
    )
    assert len(article.paragraphs) == 3


def test_a_sites_labels_leave_over_and_after_the_text():
    lead = "Il governo ha approvato il decreto dopo una lunga riunione."
    last = "Le opposizioni hanno protestato in aula."
    for line in (
        "Mappa del sito",
        "Riproduci video",
        "Durata: 02:35",
        "1 di 12",
        "Scrivi un commento",
    ):
        above, _ = read(f"{line}\n\n{lead}\n")
        after, _ = read(f"{lead}\n\n{last}\n\n{line}\n")
        assert [p.text for p in above.paragraphs] == [lead], line
        assert [p.text for p in after.paragraphs] == [lead, last], line
    # a sentence about a site's cookies is the story's where it goes on as one
    article, _ = read(f"{lead}\n\nIl garante ha multato il sito per i cookie di profilazione.\n")
    assert len(article.paragraphs) == 2


def test_a_byline_under_the_headline_with_the_wire_or_the_hour_and_a_source_line_leave():
    lead = "Il governo ha approvato il decreto dopo una lunga riunione.\n"
    # "di Mario Rossi (ANSA)" was read as a dateline whose place was the name, and the
    # headline took its "di"
    article, _ = read(f"Il governo approva il decreto\n\ndi Mario Rossi (ANSA)\n\n{lead}")
    assert article.title == "Il governo approva il decreto"
    assert (article.author, article.agencies) == ("Mario Rossi", ("ANSA",))
    article, _ = read(
        f"Il governo approva il decreto\n\ndi Mario Rossi - 12/03/2024 14:30\n\n{lead}"
    )
    assert article.title == "Il governo approva il decreto" and article.author == "Mario Rossi"
    article, _ = read(f"Il governo approva il decreto\n\nFonte: Adnkronos\n\n{lead}")
    assert article.source_name == "Adnkronos" and len(article.paragraphs) == 1
    # "di Mario Rossi - Il governo…": the byline on the lead's line; the headline took it
    article, _ = read(f"Il governo approva il decreto\n\ndi Mario Rossi - {lead}")
    assert article.title == "Il governo approva il decreto" and article.author == "Mario Rossi"
    assert article.paragraphs[0].text == lead.strip()


def test_a_press_reviews_credit_inside_a_paragraph_is_the_source():
    article, _ = read(
        "Il governo ha approvato il decreto. La fonte di questa notizia è The Asian Age. "
        "Le opposizioni hanno protestato.\n\nIl voto è atteso a marzo.\n"
    )
    assert article.paragraphs[0].text == (
        "Il governo ha approvato il decreto. Le opposizioni hanno protestato."
    )
    assert rules_of(article) == ["source sentence"]
    # the story's own source is news, not the page's credit
    article, _ = read(
        "Il governo ha approvato il decreto. La fonte della notizia è un funzionario del "
        "ministero. Le opposizioni hanno protestato.\n\nIl voto è atteso a marzo.\n"
    )
    assert "funzionario" in article.paragraphs[0].text and not article.removed


def test_closing_lines_in_their_common_forms_leave_the_text():
    for closing, agency in (
        ("[ANSA]", "ANSA"),
        ("/AGI", "AGI"),
        ("- continua -", None),
        ("Riproduzione vietata", None),
        ("Email: redazione@giornale.it", None),
        ("Tel. 06 1234567", None),
        ("#Roma #Cronaca", None),
        ("Hai trovato un errore? Segnalacelo", None),
        ("ASCOLTA L'AUDIO", None),
    ):
        article, _ = read(
            "Il governo ha approvato il decreto. La misura vale un miliardo.\n\n"
            f"Le opposizioni hanno protestato in aula.\n\n{closing}\n"
        )
        assert article.paragraphs[-1].text == "Le opposizioni hanno protestato in aula.", closing
        assert article.author is None, closing
        if agency:
            assert article.agencies == (agency,), closing


def test_a_headline_with_its_own_subject_and_verb_is_a_headline_whatever_it_names():
    lead = "Il governo ha approvato ieri il decreto. La misura vale un miliardo di euro.\n"
    article, _ = read(f"Il governo approva il decreto sulle bollette\n\n{lead}")
    assert article.title == "Il governo approva il decreto sulle bollette"
    assert rules_of(article) == ["headline"]
    # a phrase that leans on a lost headline is still its standfirst
    article, _ = read(f"Lunga telefonata tra i due\n\n{lead}")
    assert rules_of(article) == ["standfirst"]


def test_a_sections_name_in_capitals_over_the_headline_leaves_first():
    lead = "Il governo ha approvato ieri il decreto. La misura vale un miliardo di euro.\n"
    for label in ("CRONACA", "ULTIMA ORA"):
        article, _ = read(f"{label}\n\nIl governo approva il decreto sulle bollette\n\n{lead}")
        assert article.title == "Il governo approva il decreto sulle bollette", label
        assert article.paragraphs[0].text.startswith("Il governo ha approvato"), label


def test_the_newsroom_and_a_photo_credit_between_headline_and_lead_leave_the_text():
    lead = "Il governo ha approvato ieri il decreto. La misura vale un miliardo di euro.\n"
    for furniture in ("Redazione", "da Redazione", "Foto: Ansa", "12/03/2024"):
        article, _ = read(f"Il governo approva il decreto sulle bollette\n\n{furniture}\n\n{lead}")
        assert article.title == "Il governo approva il decreto sulle bollette", furniture
        assert article.paragraphs[0].text.startswith("Il governo ha approvato"), furniture


def test_a_question_alone_between_paragraphs_is_a_crosshead():
    article, _ = read(
        "La partita di andata si giocò a novembre, con una vittoria in casa per 76-72.\n\n"
        "Dove vedere la partita?\n\n"
        "La partita sarà visibile a partire dalle 20:00 di domani con un abbonamento.\n"
    )
    kinds = [(p.kind, p.text) for p in article.paragraphs]
    assert ("heading", "Dove vedere la partita?") in kinds
    assert article.removed == ()


def test_a_kicker_in_capitals_closed_by_a_full_stop_leaves_the_lead():
    article, _ = read(
        "MALTEMPO VAL DI SUSA. Frane e allagamenti nella notte. Il sindaco ha chiuso le scuole "
        "della valle per precauzione.\n\nLe lezioni riprenderanno lunedì.\n"
    )
    assert article.paragraphs[0].text.startswith("Frane e allagamenti nella notte.")
    assert ("section label", "MALTEMPO VAL DI SUSA.") in [(r.rule, r.text) for r in article.removed]


def test_a_place_closed_by_a_full_stop_stays_the_dateline():
    article, _ = read(
        "AVIANO. Il 31º stormo «è pronto a supportare le forze americane», dice il comando.\n\n"
        "I vertici dello squadrone rilasciano una stringata dichiarazione.\n"
    )
    assert article.dateline is not None and article.dateline.place == "Aviano"


def test_closing_prompts_run_into_the_last_paragraph_leave_the_body():
    article, _ = read(
        "Il consiglio ha votato all'unanimità il nuovo piano per l'illuminazione pubblica.\n\n"
        "Il servizio oggi costa 2 milioni. Maggiori dettagli sulla nostra edizione cartacea in "
        "edicola oggi.\n\n"
        "I sindacati sono pronti allo sciopero. Segui gli aggiornamenti cliccando qui\n\n"
        "Un video mostra l'arrivo del candidato. Il video del suo arrivo in sala stampa.\n\n"
        "La seduta è stata aggiornata a lunedì. (ANSA). COM-BUO\n\n"
        "MESSAGGERO\n"
    )
    assert sorted(r.rule for r in article.removed) == [
        "agency tag",
        "desk initials with a dash",
        "word in capitals after the article",
    ]
    assert article.desk == "COM-BUO"
    # only the last paragraph's tail is closing material: the same words inside the text stay
    body = "\n".join(p.text for p in article.paragraphs)
    assert "Maggiori dettagli" in body and "cliccando qui" in body


def test_the_last_sentence_pointing_at_a_video_or_the_paper_leaves_the_body():
    for tail, rule in (
        ("Il video del suo arrivo in sala stampa.", "media caption sentence"),
        ("Maggiori dettagli sulla nostra edizione cartacea in edicola oggi.", "print edition"),
        ("Segui gli aggiornamenti cliccando qui", "link prompt"),
        ("Poi la catena di comando dell continua a leggere su “IL FOGLIO” >>", "continue reading"),
    ):
        article, _ = read(
            f"Il candidato ha vinto le elezioni regionali. Ha parlato ai suoi. {tail}\n"
        )
        assert [r.rule for r in article.removed] == [rule], tail
    # a video that is the news stays
    article, _ = read(
        "Il candidato ha vinto le elezioni. Il video dell'arresto è stato diffuso dalla polizia.\n"
    )
    assert article.removed == ()


def test_a_pages_date_between_dashes_after_its_headline():
    article, _ = read(
        "MALTEMPO ITALIA: attese forti piogge nelle prossime ore – 29 Ottobre 2018 – Situazione "
        "critica in alcune regioni a causa del maltempo. Le scuole restano chiuse.\n",
        date="2018-10",
    )
    assert article.date.iso == "2018-10-29"
    assert article.paragraphs[0].text.startswith("Situazione critica")


def test_words_pointing_back_at_a_quotation_end_the_article_not_a_headline():
    article, _ = read(
        "Il sindaco ha distribuito le mascherine in tutte le frazioni del comune.\n\n"
        "“Grazie a tutti loro per l’aiuto che stanno dando alla nostra comunità”.\n\n"
        "Questa la dichiarazione del sindaco, al termine della giornata odierna\n"
    )
    assert article.removed == ()
    assert article.paragraphs[-1].text.startswith("Questa la dichiarazione")


def test_two_verbless_lines_closed_by_a_full_stop_are_crossheads():
    lead = "Il premio è stato assegnato ieri sera a Roma davanti a trecento invitati."
    article, _ = read(
        f"{lead}\n\nGli autori in cinquina.\n\nAlla prima votazione il primo ha avuto 281 voti, "
        "il secondo 177.\n\nIl premio dei giovani.\n\nIl favorito ha già vinto il premio dei "
        "giovani qualche settimana fa.\n"
    )
    kinds = [(p.kind, p.text) for p in article.paragraphs]
    assert ("heading", "Gli autori in cinquina.") in kinds
    assert ("heading", "Il premio dei giovani.") in kinds
    # one such line may be a sentence of the text
    article, _ = read(
        f"{lead}\n\nIn giornata i risultati delle elezioni.\n\nIl primo ha avuto 281 voti.\n"
    )
    assert all(p.kind == "text" for p in article.paragraphs)


def test_a_video_marker_in_brackets_leaves_the_paragraph():
    article, _ = read(
        "I carabinieri hanno arrestato il giovane accusato del duplice omicidio.\n\n"
        "Gli oggetti erano nascosti in un fienile, come ha spiegato il procuratore (video)\n\n"
        "Il questore ha detto che per la svolta sono state utili le telecamere.\n"
    )
    assert article.paragraphs[1].text.endswith("come ha spiegato il procuratore")
    assert rules_of(article) == ["link in brackets"]


def test_a_pointer_to_the_picture_inside_a_sentence_leaves_it_with_its_credit():
    article, _ = read(
        "È arrivato il giorno del riscatto per Mario Bianchi (nella foto© Anna Neri LaPresse) "
        "che ha vinto la tappa di Cogne.\n\n"
        "Il corridore faceva parte di una fuga di venti uomini (in foto) partita a metà gara.\n"
    )
    assert article.paragraphs[0].text == (
        "È arrivato il giorno del riscatto per Mario Bianchi che ha vinto la tappa di Cogne."
    )
    assert article.paragraphs[1].text.endswith("venti uomini partita a metà gara.")
    assert rules_of(article) == ["photo caption in brackets"] * 2
    assert article.photo_credit == "Anna Neri LaPresse"


def test_a_dateline_place_with_an_abbreviated_saint():
    article, _ = read(
        "S. MARINELLA – La minoranza in consiglio comunale protesta per la guardia medica. "
        "Il servizio non è ancora attivo.\n"
    )
    assert article.dateline is not None and article.dateline.place == "S. Marinella"
    assert article.paragraphs[0].text.startswith("La minoranza")


def test_a_dateline_whose_bracket_names_a_territory_and_touches_its_dash():
    article, _ = read(
        "RAFAH (STRISCIA DI GAZA)– I cancelli del valico si sono aperti. Venti camion sono "
        "entrati nella notte.\n"
    )
    assert article.dateline is not None and article.dateline.place == "Rafah"
    assert article.paragraphs[0].text.startswith("I cancelli del valico")


def test_a_share_bar_of_one_network_a_line_leaves_the_body():
    article, _ = read(
        "La seduta è stata aggiornata a martedì per l'esame delle proposte di legge.\n\n"
        "Condividi su...\n\nLinkedin\n\nemail\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "La seduta è stata aggiornata a martedì per l'esame delle proposte di legge."
    ]
    assert rules_of(article) == ["page chrome"] * 3


def test_a_live_prompt_after_the_last_sentence_and_a_videos_length_leave_the_body():
    article, _ = read(
        "La controffensiva prosegue da nord a sud. Il presidente ha annunciato nuovi successi. "
        "Segui la diretta con tutti gli aggiornamenti sul conflitto\n\n02:03\n"
    )
    assert article.paragraphs[-1].text.endswith("ha annunciato nuovi successi.")
    assert {"link prompt", "time of day"} <= set(rules_of(article))


def test_a_bracketed_link_to_live_figures_leaves_the_sentence():
    article, _ = read(
        "Il Dow Jones perde l'1,49% a 23.323 punti ( gli indici in diretta ). Decisiva la scelta "
        "della banca centrale.\n"
    )
    assert article.paragraphs[0].text.startswith("Il Dow Jones perde l'1,49% a 23.323 punti.")
    assert "link in brackets" in rules_of(article)


def test_the_site_an_aggregator_took_the_text_from_is_its_source():
    article, _ = read(
        "Il presidente è stato eletto nella prima seduta. «Sento questa responsabilità», ha "
        "detto nel suo primo intervento. Lettera43.it\n"
    )
    assert article.source_name == "Lettera43.it"
    assert article.paragraphs[-1].text.endswith("nel suo primo intervento.")


def test_an_agency_in_mixed_case_after_the_last_sentence_is_its_tag_not_a_desk():
    article, _ = read("Il governo ha deciso.\n\nIl gruppo progettava l'acquisto. (Ansa)\n")
    assert (article.agencies, article.desk) == (("ANSA",), None)
    article, _ = read("Il governo ha deciso.\n\nIl gruppo progettava l'acquisto. (Res)\n")
    assert (article.agencies, article.desk) == ((), "Res")


def test_a_standfirst_cut_at_its_start_is_the_subtitle():
    # no headline opens in lower case; a lead would close its sentence
    first = "la mafia è una grande minaccia: scatta il blitz e 97 persone finiscono agli arresti"
    article, _ = read(f"{first}\n\nÈ scattata all’alba una vasta operazione. Ci sono arresti.\n")
    assert article.subtitle == first
    assert article.paragraphs[0].text.startswith("È scattata")


def test_a_cut_snippet_s_link_to_the_rest_names_no_source():
    article, _ = read(
        "Il governo ha deciso.\n\nLa webcam ha mostrato le prime placche di ghiac... continua\n"
    )
    assert article.source_name is None
    assert rules_of(article) == ["cut mark and continuation"]


def test_whose_video_the_page_shows_is_its_source():
    text = "Nelle proteste sono morte almeno 32 persone. Il video {}.\n"
    article, _ = read("Il governo ha deciso.\n\n" + text.format("del New York Times"))
    assert article.source_name == "New York Times"
    assert article.paragraphs[-1].text == "Nelle proteste sono morte almeno 32 persone."
    article, _ = read("Il governo ha deciso.\n\n" + text.format("del suo arrivo in aula"))
    assert article.source_name is None  # what the video shows, not whose it is


def test_a_paywall_offer_and_its_buttons_leave_the_body():
    article, _ = read(
        "La Commissione ha proposto di sospendere i fondi. Orbán ha fatto alcune concessioni.\n\n"
        "Abbonati per continuare a leggere Resta informato ovunque ti trovi Scopri tutte le "
        "soluzioni\n\nOPPURE OPPURE\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "La Commissione ha proposto di sospendere i fondi. Orbán ha fatto alcune concessioni."
    ]
    assert article.author is None  # "OPPURE OPPURE" is no one's byline
    assert rules_of(article).count("paywall") == 2


def test_a_sentence_after_a_paywall_stays():
    article, _ = read(
        "La Commissione ha proposto di sospendere i fondi.\n\nSei già abbonato? Accedi\n\n"
        "Orbán ha fatto alcune concessioni sulla giustizia.\n"
    )
    assert article.paragraphs[-1].text == "Orbán ha fatto alcune concessioni sulla giustizia."


def test_a_picture_agency_after_the_last_sentence_is_the_photo_credit():
    article, _ = read(
        "I ministri si sono incontrati lunedì a Bruxelles. Hanno concordato una posizione "
        "unita contro i dazi. Shutterstock\n"
    )
    assert article.photo_credit == "Shutterstock"
    assert article.paragraphs[-1].text.endswith("contro i dazi.")
    assert "picture agency after the article" in rules_of(article)


def test_a_wire_after_the_last_sentence_is_no_photo_credit():
    # a wire that also sells pictures is its tag there: "Reuters" credits the copy
    article, _ = read(
        "I ministri si sono incontrati lunedì a Bruxelles. Hanno concordato una posizione "
        "unita contro i dazi. Reuters\n"
    )
    assert article.photo_credit is None


def test_the_newsroom_signing_with_its_day_is_no_author():
    article, _ = read(
        "Grexit evitata: Troika piega Tsipras\n\ndi Redazione 14/07/2015\n\n"
        "Alla fine il premier greco si è piegato. Il piano di aiuti è stato varato.\n",
        date="2015-07",
    )
    assert article.author is None
    assert article.date.iso == "2015-07-14"
    assert "newsroom signature" in rules_of(article)


def test_desk_initials_spaced_after_the_last_sentence():
    article, _ = read(
        "La sindaca chiede un intervento in tempi ragionevoli. I cittadini attendono. (f. m.)\n"
    )
    assert article.desk == "f. m."
    assert article.paragraphs[-1].text.endswith("I cittadini attendono.")


def test_a_headline_whose_verb_is_a_present_in_rre_is_no_standfirst():
    article, _ = read(
        "Guardia costiera soccorre barcone con 180 migranti in acque maltesi\n\n"
        "Milano, 15 ott. (LaPresse) - La Guardia costiera ha soccorso un barcone in difficoltà. "
        "Lo ha comunicato la stessa Guardia costiera.\n"
    )
    assert article.title == "Guardia costiera soccorre barcone con 180 migranti in acque maltesi"
    assert "headline" in rules_of(article)


def test_the_section_before_a_dash_over_the_headline_leaves_it():
    article, _ = read(
        'Attualità - Lo segnala Mario Bianchi: "Le pagine sono sparite dal sito"\n\n'
        "Viterbo – È giallo sulla scomparsa delle pagine dal sito del comune. Nessuno risponde.\n"
    )
    assert article.title.startswith("Lo segnala Mario Bianchi")
    assert rules_of(article)[0] == "section before a dash"
    # a place before a dash is the lead's dateline, not a section
    article, _ = read("Roma - Il governo ha approvato il decreto. Ora tocca al parlamento.\n")
    assert article.dateline is not None and article.dateline.place == "Roma"


def test_an_advertisements_label_is_chrome_wherever_it_stands():
    article, _ = read(
        "Pubblicità in concessione a Google\n\nL'ordinanza dispone la sospensione della "
        "circolazione nelle seguenti vie.\n\nPubblicità in concessione a Google\n\n"
        "Via Chiesa Matrice: dalle 7 del 30 dicembre alle 6 del primo gennaio.\n"
    )
    assert all("Pubblicità" not in p.text for p in article.paragraphs)
    assert article.title.startswith("L'ordinanza dispone")


def test_a_wires_trailer_with_its_end_of_message_mark_leaves_the_body():
    article, _ = read(
        "Roma, 27 lug - Il governo ha approvato il piano. Lo ha detto il ministro.\n\n"
        "Col-Mad\n\n(RADIOCOR) 27-07-25 14:32:28 (0279) 5 NNNN\n"
    )
    assert article.paragraphs[-1].text.endswith("Lo ha detto il ministro.")
    assert article.desk == "Col-Mad"
    assert "time of issue" in rules_of(article)


def test_an_unfinished_standfirst_under_the_headline_may_run_long():
    # no full stop at its end: a standfirst up to STANDFIRST_MAX, as over no headline
    standfirst = (
        "Il presidente firma nuove misure contro il ministro degli Esteri e altri dirigenti "
        'del governo della repubblica: "Continueremo ad alzare la pressione sul regime". La '
        'replica della capitale: "Non avranno alcuna conseguenza"'
    )
    assert copy.SUBTITLE_MAX < len(standfirst) <= copy.STANDFIRST_MAX
    article, _ = read(
        "Sanzioni, nuove misure contro il governo\n\n"
        f"{standfirst}\n\n"
        "Il presidente ha adottato nuove sanzioni contro il ministro degli Esteri. Sono le "
        "misure annunciate ieri dalla Casa Bianca.\n"
    )
    assert article.subtitle == standfirst
    assert article.paragraphs[0].text.startswith("Il presidente ha adottato")
    # the same length with its full stop is the lead
    article, _ = read(f"Sanzioni, nuove misure contro il governo\n\n{standfirst}.\n\nPoi altro.\n")
    assert article.subtitle is None
    assert article.paragraphs[0].text == f"{standfirst}."


def test_a_short_block_the_next_paragraphs_retell_under_the_headline_is_the_standfirst():
    article, _ = read(
        "Raid aereo su un centro per migranti: 40 morti\n\n"
        "Il centro di detenzione colpito dal raid aereo si trovava nella periferia della "
        "capitale. Almeno 40 morti e 80 feriti.\n\n"
        "È di almeno 40 morti e 80 feriti il bilancio del raid aereo contro un centro di "
        "detenzione alla periferia della capitale.\n\n"
        "A venir colpito è stato il centro nella periferia orientale.\n"
    )
    assert article.subtitle.startswith("Il centro di detenzione colpito")
    assert article.paragraphs[0].text.startswith("È di almeno 40 morti")
    assert "standfirst the body restates" in rules_of(article)
    # a lead the article goes on from, with words of its own, stays
    lead = "Il governo ha convocato una riunione d'urgenza per domani. Le scuole restano chiuse."
    article, _ = read(
        f"Raid aereo su un centro per migranti\n\n{lead}\n\n"
        "Il bilancio del raid sale a quaranta morti secondo i soccorritori.\n"
    )
    assert article.paragraphs[0].text == lead


def test_the_authors_initials_before_the_pages_stamp_are_the_byline():
    article, _ = read(
        "S.A. 30 gennaio 2022 Il consiglio rielegge il presidente Il presidente è stato "
        "rieletto con 759 voti su 1.009 e giurerà giovedì\n\n\n\n"
        "ALGHERO - «Il senso di responsabilità mi impone di non sottrarmi». Queste le prime "
        "parole del presidente dopo la rielezione.\n"
    )
    assert article.author == "S.A."
    assert article.title == "Il consiglio rielegge il presidente"
    assert article.paragraphs[0].text.startswith("«Il senso di responsabilità")
    assert rules_of(article)[:2] == ["initials before the time stamp", "time stamp"]
    # initials that open a sentence, no stamp after them, are the lead's own
    article, _ = read("A.B. ha vinto il torneo di ieri sera. La finale è durata tre ore.\n")
    assert article.author is None


def test_a_byline_with_a_dash_before_its_day_leaves_the_headline_whole():
    article, _ = read(
        "Processo al sindaco: tra gli imputati due assessori\n\n"
        "di Redazione Notizie - martedì 20 febbraio 2024\n\n"
        "Il 20 febbraio 2024 è cominciato il processo in Corte d'Assise. Gli imputati sono sette.\n",
        date="2024-02",
    )
    assert article.title == "Processo al sindaco: tra gli imputati due assessori"
    assert article.date.day == 20
    assert "byline under the headline" in rules_of(article)


def test_a_headline_set_in_bold_is_the_headline_without_its_marks():
    article, _ = read(
        "**Fca: Rossi, 'con la fusione potenziale per una partnership'**\n\n"
        'Roma, 28 mag. (AdnKronos) - "Ho molto rispetto per i partner", ha detto Rossi. '
        "La proposta è innovativa.\n"
    )
    assert article.title == "Fca: Rossi, 'con la fusione potenziale per una partnership'"
    assert article.place == "Roma"
    # a sentence set in bold is the body's, as written
    lead, _ = read("**Il governo ha approvato il bilancio, ha detto il portavoce.**\n")
    assert lead.paragraphs[0].text.startswith("**Il governo")


def test_a_full_stop_left_of_a_lost_headline_leaves_the_lead():
    article, _ = read(
        ". Lo spoglio delle schede continua dalla notte del 3 novembre. Mancano i voti postali.\n"
    )
    assert article.paragraphs[0].text.startswith("Lo spoglio")
    assert article.title.startswith("Lo spoglio delle schede")
    assert "stray punctuation" in rules_of(article)


def test_a_small_town_in_capitals_with_a_dash_is_the_dateline():
    # "Lampedusa" is frequent in the news; it is still no word of the dictionary
    article, _ = read(
        "LAMPEDUSA – Un barcone con 108 migranti è stato soccorso durante la notte. "
        "Sul molo sono sbarcati in 40.\n"
    )
    assert article.place == "Lampedusa"
    assert article.paragraphs[0].text.startswith("Un barcone")


def test_a_standfirst_run_into_a_dateline_in_capitals_is_parted_from_the_lead():
    article, _ = read(
        "Frana a Lillianes, chiusa per una notte la strada regionale\n\n"
        "In corso le verifiche per valutare la situazione LILLIANES. Una frana si è verificata "
        "ieri nella zona della strada comunale. Nessuno è rimasto coinvolto.\n"
    )
    assert article.subtitle == "In corso le verifiche per valutare la situazione"
    assert article.place == "Lillianes"
    assert article.paragraphs[0].text.startswith("Una frana")


def test_a_place_in_capitals_after_a_preposition_is_the_phrases_own():
    article, _ = read(
        "Allerta meteo, scuole chiuse\n\n"
        "Oggi è allerta rossa a GENOVA. Le scuole restano chiuse fino a domani. Il sindaco "
        "ha firmato l'ordinanza.\n"
    )
    assert article.place is None
    assert article.paragraphs[0].text.startswith("Oggi è allerta rossa a GENOVA.")


def test_a_place_and_the_sites_name_on_a_line_of_their_own_are_the_dateline():
    article, _ = read(
        "Mario Rossi 6 febbraio 2017 - 17:41\n\n"
        "MILANO (Finanza.com)\n\n"
        "Seduta da dimenticare per Piazza Affari. Gli scambi sono stati pochi.\n"
    )
    assert article.place == "Milano"
    assert article.agencies == ("Finanza.com",)
    assert article.paragraphs[0].text.startswith("Seduta")


def test_a_sites_name_and_day_in_figures_are_its_stamp_wherever_they_stand():
    article, _ = read(
        "Il consiglio ha approvato la vendita della rete, ma il viaggio non sarà facile.\n\n"
        "[Notizie Oggi - www.notizieoggi.it - 07-11-2023] Commenti\n\n"
        "Alla fine l'amministratore delegato ha convinto il consiglio. La vendita è decisa.\n",
        date="2023-11",
    )
    assert article.date.day == 7
    assert article.source_name == "Notizie Oggi"
    assert "site and time stamp" in rules_of(article)
    late, _ = read(
        "Le qualifiche non sorridono alla squadra. Il pilota chiude quinto.\n\n"
        "SPORTNEWS.IT | 16-03-2019 08:40\n",
        date="2019-03",
    )
    assert late.date.day == 16
    assert all("SPORTNEWS" not in p.text for p in late.paragraphs)


def test_a_labelled_photo_credit_leaves_the_body_wherever_it_stands():
    article, _ = read(
        "Un nuovo caso di truffa ai danni di una donna di 85 anni. I militari hanno denunciato "
        "due donne.\n\nFonte foto: ANSA\n\nLa vittima è stata derubata di 7mila euro.\n"
    )
    assert article.photo_credit == "ANSA"
    assert [p.text[:2] for p in article.paragraphs] == ["Un", "La"]


def test_an_agencys_credit_over_a_name_alone_is_what_is_left_of_the_picture():
    article, _ = read(
        '(Afp) Mario Rossi\n\nLa società ha "voluto agire con coraggio". A dirlo, a margine di '
        "un evento, il presidente del gruppo, Mario Rossi.\n"
    )
    assert article.photo_credit == "Afp"
    assert not article.agencies
    assert article.paragraphs[0].text.startswith("La società")


def test_a_standfirst_the_lead_says_again_is_not_what_the_title_is_made_from():
    standfirst = (
        "Partite in Toscana, Lazio, Lombardia, proseguiranno fino a metà ottobre, fino a "
        "inizio novembre come in Basilicata"
    )
    article, _ = read(
        f"{standfirst}\n\nAl via in ordine sparso nelle regioni italiane le vaccinazioni "
        f"anti-influenza. {standfirst}. La campagna è rivolta agli over 60.\n"
    )
    assert article.title.startswith("Al via in ordine sparso")


def test_a_short_first_line_that_opens_on_a_country_is_a_headline():
    article, _ = read(
        "Ucraina nuovo round entro 3 settimane\n\n"
        "Un nuovo round negoziale è fissato entro tre settimane. Le parti cercano un accordo.\n"
    )
    assert article.title == "Ucraina nuovo round entro 3 settimane"
    assert not article.title_inferred


def test_a_caption_that_says_its_picture_is_a_stock_one_leaves_the_body():
    article, _ = read(
        "Un brutto incidente stradale, foto generica\n\n"
        "Bologna, 28 marzo 2024 - Allarme incidenti in tutta Italia: le vittime della strada "
        "sono raddoppiate. Nel weekend ci sono state 35 vittime.\n"
    )
    assert article.place == "Bologna"
    assert "photo caption alone" in rules_of(article)
    assert article.title.startswith("Allarme incidenti")


def test_an_editor_s_initials_in_lower_case_after_the_last_sentence_are_the_desk():
    article, _ = read(
        "Il consiglio ha confermato il veto alle nuove misure contro il Cremlino.\n\n"
        "Il veto riporta al centro il tema dell’unanimità sulle decisioni dell’Unione. mrv\n"
    )
    assert article.desk == "mrv"
    assert rules_of(article) == ["desk initials in lower case"]
    assert article.paragraphs[-1].text.endswith("dell’Unione.")
    # after an abbreviation, a word in lower case is the sentence going on
    article, _ = read("Il consiglio ha approvato il piano per strade, scuole, parchi ecc. per\n")
    assert article.desk is None and article.removed == ()


def test_a_pointer_to_the_page_s_video_leaves_the_body_unless_it_tells_what_it_shows():
    lead = "Il filmato riprende quanto accade in una casa nel sud del Paese. "
    article, _ = read(f"{lead}Qui il filmato girato nell'abitazione:\n")
    assert rules_of(article) == ["pointer to the page's video"]
    article, _ = read(f"{lead}Di seguito il video che incastra le forze armate maltesi:\n")
    assert rules_of(article) == []


def test_a_match_s_dash_is_no_headline_s_dash():
    article, _ = read(
        "Allo stadio Olimpico di Roma va in scena Lazio - Inter Milano, la semifinale di Coppa "
        "Italia. Dopo aver eliminato il Napoli, i biancocelesti cercano la finale.\n\n"
        "La squadra di casa ha vinto solo due delle ultime otto partite disputate.\n"
    )
    assert "headline before the lead's dash" not in rules_of(article)
    assert article.paragraphs[0].text.startswith("Allo stadio Olimpico")
    # a headline run into its lead with a dash still leaves it
    article, _ = read(
        "Libia: forze Gna, distrutti sette camion diretti a Tarhuna - Le forze del governo "
        "hanno colpito un convoglio a sud della capitale.\n"
    )
    assert rules_of(article) == ["headline before the lead's dash"]


def test_the_body_that_signs_a_quoted_statement_is_its_author():
    article, _ = read(
        "Il gruppo ha presentato una mozione sulla raccolta dei rifiuti in consiglio comunale. "
        "«Chi più differenzia meno paga». Il Gruppo consiliare M5Stelle.\n"
    )
    assert rules_of(article) == ["signature of a statement"]
    assert article.author == "Gruppo consiliare M5Stelle"
    # a last sentence about such a body is the article's
    article, _ = read(
        "Il gruppo ha presentato una mozione sulla raccolta dei rifiuti in consiglio comunale. "
        "«Chi più differenzia meno paga». Il comitato si riunirà domani.\n"
    )
    assert rules_of(article) == []


def test_an_advertisement_s_label_before_the_dateline_leaves_the_body():
    article, _ = read(
        "- Advertisement -\n\nTORINO – Il tennista ha vinto le Finals battendo lo statunitense "
        "in due set. Il pubblico lo ha applaudito a lungo.\n",
        date="2024-11",
    )
    assert article.place == "Torino"
    assert rules_of(article)[0] == "page chrome"


def test_a_publishing_system_s_code_on_its_own_line_leaves_the_body():
    article, _ = read(
        "Washington si prepara al giuramento del presidente di lunedì.\n\n"
        "[Banner_Google_ADS]\n\n"
        "La cerimonia si svolgerà al chiuso per il freddo.\n"
    )
    assert rules_of(article) == ["publishing code"]
    assert len(article.paragraphs) == 2


def test_an_aggregator_s_cut_after_an_aside_s_dash_leaves_the_body():
    article, _ = read(
        "La fabbrica sarà convertita alla costruzione di batterie. Una scelta festeggiata "
        "da governo – … Continua\n"
    )
    assert "cut mark and continuation" in rules_of(article)
    assert not article.paragraphs[-1].text.endswith("Continua")


def test_a_bar_joins_one_headline_s_parts_when_either_is_too_short_to_stand_alone():
    lead = "Nel Mediterraneo una task force di undici nazioni partecipa a un'esercitazione.\n"
    article, _ = read(f"Dynamic Manta | 11 nazioni e la fregata Fasan guidano\n\n{lead}")
    assert article.title == "Dynamic Manta | 11 nazioni e la fregata Fasan guidano"
    article, _ = read(
        f"Prefettura, scatta lo storico sciopero dei lavoratori | è il primo\n\n{lead}"
    )
    assert article.title.endswith("| è il primo")
    # a headline and a subtitle of their own, each a phrase
    article, _ = read(
        f"Piano Mattei, Meloni apre il summit a Roma | Rafforzare l'Africa per l'Europa\n\n{lead}"
    )
    assert article.title == "Piano Mattei, Meloni apre il summit a Roma"
    assert article.subtitle == "Rafforzare l'Africa per l'Europa"


def test_a_linked_headline_set_inside_a_sentence_leaves_it_and_the_sentence_runs_on():
    article, _ = read(
        "Sono le 11 di una mattina come tante altre nel supermercato di via Roma: i clienti "
        "pagano la spesa quando entrano due uomini armati. Ora i due rapinatori, che\n\n"
        "Acilia, terrore al supermercato: le telecamere riprendono la rapina\n\n"
        "in base all’accento sarebbero italiani, sono ricercati dalla polizia.\n"
    )
    assert rules_of(article) == ["related headline inside a sentence"]
    assert len(article.paragraphs) == 1
    assert "rapinatori, che in base all’accento" in article.paragraphs[0].text
    # a headline over its byline is no sentence broken off
    article, _ = read(
        "Grecia, Tsipras non si inchina all'Eurogruppo e indice il referendum\n\n"
        "di Redazione 28/06/2015\n\n"
        "Il premier greco non accetta le condizioni poste dall'Eurogruppo.\n"
    )
    assert "related headline inside a sentence" not in rules_of(article)


def test_desk_codes_after_the_source_s_bracket_are_the_desk():
    article, _ = read(
        "Il vicepresidente ha parlato a Bruxelles. Solo cinque paesi sono arrivati a "
        "rispettarla. (Fonte Afp) Mos MAZ\n"
    )
    assert article.desk == "Mos MAZ"
    assert article.paragraphs[-1].text.endswith("rispettarla.")
    # a name after a sentence is no desk
    article, _ = read("Il vicepresidente ha parlato a Bruxelles. Lo ha detto Leo RUSSO\n")
    assert article.desk is None


def test_initials_in_lower_case_a_players_label_and_a_picture_file_close_the_article():
    # the author's initials in lower case, on their own line or after the last sentence
    article, _ = read(
        "La sagra torna in piazza per tre giorni con gli stand gastronomici e i concerti.\n\n"
        "Gli incassi andranno al restauro della chiesa.\n\np. l. t.\n"
    )
    assert article.author == "p. l. t."
    assert article.paragraphs[-1].text == "Gli incassi andranno al restauro della chiesa."
    article, _ = read(
        "Due strade sono interessate da smottamenti nei pressi della frazione.\n\n"
        "La viabilità potrebbe essere chiusa qualora la situazione dovesse peggiorare. a.r.\n"
    )
    assert article.author == "a.r."
    assert article.paragraphs[-1].text.endswith("dovesse peggiorare.")
    # a date's abbreviation after a number is the sentence's own
    article, _ = read("Il tempio fu costruito dai romani nel 44 a.C.\n\nOggi è un museo civico.\n")
    assert article.author is None
    # a TV report's label and a picture's file name where the player and the picture were
    article, _ = read(
        "I genitori hanno protestato davanti alla scuola contro il trasferimento delle classi.\n\n"
        "2018-01-28_1281711075\n\n"
        "L'assessore ha illustrato il piano del Comune.\n\nIl servizio.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "I genitori hanno protestato davanti alla scuola contro il trasferimento delle classi.",
        "L'assessore ha illustrato il piano del Comune.",
    ]
    assert {"picture file name", "page chrome"} <= set(rules_of(article))


def test_a_long_first_line_is_not_parted_between_a_role_and_the_name_it_introduces():
    line = (
        "Ambasciatrice, il presidente francese Macron ha annunciato il ritiro del contingente "
        "militare dal Mali, dove cresce la presenza russa. Cosa spinge i russi nel Sahel"
    )
    body = "Come ho detto io stessa al presidente a Bamako, un accordo sarebbe una linea rossa."
    assert copy.split_headline(line, body) == (line, None)
    # a word the language writes in lower case still opens the subtitle of a long line
    line = (
        "Libia, il parlamento di Tobruk approva il bilancio dello Stato dopo mesi di stallo "
        "politico Negoziati in corso a Ginevra per la formazione del nuovo governo unitario"
    )
    _head, tail = copy.split_headline(line, "Il voto è arrivato ieri sera dopo una lunga seduta.")
    assert tail is not None and tail.startswith("Negoziati")


def test_a_headline_is_not_parted_after_a_preposition_elided_before_a_space():
    line = "Trasferimento di migranti dall' Italia al centro di Gjader in Albania"
    body = "Il centro di Gjader somiglia a un gigantesco blocco di cemento."
    assert copy.split_headline(line, body) == (line, None)
    # a closing quotation mark still ends the headline before its subtitle
    line = "Siria: media, 'Erdogan ha buttato la lettera' Media locali riferiscono di tensioni"
    assert copy.split_headline(line, "I media locali riferiscono.")[1] is not None


def test_a_quotation_run_into_its_paragraph_with_a_dash_is_a_heading():
    article, _ = read(
        "Il premier ha visitato lo stabilimento di Melfi insieme ai vertici del gruppo.\n\n"
        '"Sindacato unico da regime? Si sbagliano" - "In tutti i sistemi del mondo c\'è un '
        "sindacato dell'auto\", ha detto l'amministratore delegato.\n\n"
        "La visita si è chiusa con un incontro con gli operai.\n"
    )
    kinds = [(p.kind, p.text[:30]) for p in article.paragraphs]
    assert kinds[1] == ("heading", '"Sindacato unico da regime? Si')
    assert article.paragraphs[2].text.startswith('"In tutti i sistemi')
    # a quotation that the sentence goes on from after the dash is no label
    article, _ = read(
        "Il sindaco ha parlato in consiglio comunale ieri sera.\n\n"
        '"Non ci arrendiamo" - ha detto il sindaco - "e continueremo a lottare per la città".\n'
    )
    assert all(p.kind == "text" for p in article.paragraphs)


def test_a_press_reviews_shouted_headline_its_credited_byline_and_caption():
    article, _ = read(
        "LA SCALA È FERMA! – ANCORA UN GUASTO NELLA METRO DI ROMA: LE SCALE MOBILI SI SONO "
        "BLOCCATE ALLA FERMATA SPAGNA, CON I PASSEGGERI AMMASSATI SUI GRADINI FERMI – IL GUASTO "
        "È STATO RIPARATO, MA POI NE SONO SEGUITI ALTRI – VIDEO\n\n"
        "Giulia Neri per “la Repubblica - Roma”\n\n"
        "metro roma, scale mobili bloccate alla fermata spagna\n\n"
        "Come se non bastassero le stazioni chiuse, ieri si sono bloccate anche le scale mobili "
        "della fermata Spagna, con i turisti costretti a salire a piedi.\n"
    )
    assert article.title == "La scala è ferma!"
    assert article.subtitle.startswith("ANCORA UN GUASTO NELLA METRO")
    assert not article.subtitle.endswith("VIDEO")
    assert (article.author, article.source_name) == ("Giulia Neri", "la Repubblica - Roma")
    assert article.paragraphs[0].text.startswith("Come se non bastassero")
    assert {"headline in capitals", "byline above the lead", "photo caption in lower case"} <= set(
        rules_of(article)
    )
    # a byline crediting a site, its caption run into its line
    article, _ = read(
        "L'ITALIA VENDE DUE FREGATE ALL'EGITTO? NESSUNA SMENTITA DA PARTE DEL GRUPPO, MENTRE IN "
        "FRANCIA IL GOVERNO FINISCE SOTTO ATTACCO PER AVER PERSO L'AFFARE\n\n"
        "Marco Bassi per www.esempio.it\nla fregata spartaco\n\n"
        "Nessuna conferma e dunque nessuna smentita da parte del gruppo sulla vendita di due "
        "navi all'Egitto, come svelato nei giorni scorsi.\n"
    )
    assert article.title == "L'Italia vende due fregate all'Egitto?"
    assert (article.author, article.source_name) == ("Marco Bassi", "www.esempio.it")
    assert article.paragraphs[0].text.startswith("Nessuna conferma")
    # a first line in capitals of a headline's length is the headline as always
    article, _ = read(
        "LE PRIME RICOSTRUZIONI DEGLI ATTENTATI\n\nGli investigatori hanno ricostruito gli "
        "spostamenti degli attentatori nelle ore precedenti le esplosioni.\n"
    )
    assert "headline in capitals" not in rules_of(article)
    assert article.subtitle is None


def test_a_last_line_cut_by_the_page_is_the_articles_not_a_linked_headline():
    lead = "Il consiglio comunale si è riunito ieri sera per eleggere il suo presidente.\n\n"
    for cut in (
        "La festa prosegue per tutto il fine settimana con le esibizioni delle scuole",
        "Saranno ridotti da 16 a 12 i post",
        "I punti all’ordine del giorno",
    ):
        article, _ = read(lead + cut + "\n")
        assert article.paragraphs[-1].text == cut, cut
        assert "related headline" not in rules_of(article)
    # a linked article's headline has a headline's marks, or neither article nor verb
    for linked in (
        "Caro-benzina: i prezzi a Roma",
        "Alla Casa Bianca la foto simbolo della disfatta di Trump",
        "Regionali, la destra conferma la candidatura di tutti i presidenti uscenti",
    ):
        article, _ = read(lead + linked + "\n")
        assert rules_of(article) == ["related headline"], linked
    # a pointer to a widget the page embedded
    article, _ = read(
        lead + "Di seguito è possibile avere l'ultima posizione aggiornata della nave...\n"
    )
    assert rules_of(article) == ["pointer to embedded media"]


def test_a_line_in_lower_case_between_paragraphs_is_a_pictures_caption():
    article, _ = read(
        "La Marina ha confermato la vendita di due fregate all'Egitto.\n\n"
        "fregata emilio bianchi\n\n"
        "Il contratto sarà firmato entro l'estate, secondo fonti del ministero.\n"
    )
    assert [p.text[:12] for p in article.paragraphs] == ["La Marina ha", "Il contratto"]
    assert rules_of(article) == ["photo caption in lower case"]
    # an item of a list, a line that goes on in lower case, a label with its colon stay
    for kept in ("e poi ancora la scuola", "17 novembre: trasporto, scuola e pubblico impiego"):
        article, _ = read(
            "Il calendario degli scioperi è stato pubblicato ieri.\n\n"
            + kept
            + "\n\nLe adesioni saranno comunicate dai sindacati.\n"
        )
        assert "photo caption in lower case" not in rules_of(article), kept


def test_a_towns_province_code_and_a_space_before_the_datelines_comma():
    article, _ = read("CEFALÙ (PA) – Il sindaco ha firmato l'ordinanza. Altro.\n")
    assert article.place == "Cefalù" and article.country is None
    assert article.paragraphs[0].text.startswith("Il sindaco")
    # two capitals that are no province's code are not a dateline's part
    article, _ = read("CEFALÙ (QX) – Il sindaco ha firmato l'ordinanza. Altro.\n")
    assert article.place is None
    article, _ = read(
        "Ouagadougou , 28 gen. (Adnkronos) – La giunta ha sospeso. Altro.\n", "2022-01"
    )
    assert article.place == "Ouagadougou" and article.agencies == ("Adnkronos",)
    assert article.date.iso == "2022-01-28"


def test_labels_closed_by_a_full_stop_are_crossheads_only_in_a_series():
    lead = "Il tribunale ha fissato l'udienza per la prossima settimana.\n\n"
    article, _ = read(
        lead + "Il ricorso. Potrebbe essere presentato entro giovedì al tribunale di Milano.\n\n"
        "La telefonata. «Ho parlato a lungo con il presidente del Consiglio», ha detto.\n"
    )
    assert [p.text for p in article.paragraphs if p.kind == "heading"] == [
        "Il ricorso",
        "La telefonata",
    ]
    assert article.paragraphs[-1].text.startswith("«Ho parlato")
    # one alone may be a short sentence of the text
    article, _ = read(lead + "Il ricorso. Potrebbe essere presentato entro giovedì a Milano.\n")
    assert article.paragraphs[-1].text.startswith("Il ricorso.")


def test_an_agency_named_at_a_sentences_end_is_no_dateline_run_into_a_headline():
    article, _ = read(
        "Importante notizia che ci arriva dall'agenzia di stampa Reuters. Secondo quanto "
        "riportato, il governo avrebbe deciso di escludere le due aziende.\n"
    )
    assert article.agencies == ()
    assert article.paragraphs[0].text.startswith("Importante notizia")


def test_a_time_with_a_comma_a_dashed_read_also_and_a_marked_credit_in_brackets():
    article, _ = read(
        "10:30, Il presidente ha annunciato lo scioglimento del parlamento (foto © Vatican "
        "Media). Altro.\n\nLa crisi va avanti da mesi.\n\n– Leggi anche: Le debolezze della Nato\n"
    )
    assert article.paragraphs[0].text == (
        "Il presidente ha annunciato lo scioglimento del parlamento. Altro."
    )
    assert article.photo_credit == "Vatican Media"
    assert article.paragraphs[-1].text == "La crisi va avanti da mesi."


def test_an_authors_box_after_the_article_and_an_authors_note_before_it():
    article, _ = read(
        "Il contingente lascerà il paese entro l'estate. Altro.\n\n"
        "Anna Verdi Anna Verdi, giornalista e scrittrice, collabora con diverse riviste e si "
        "occupa di Africa dal 2010.\n"
    )
    assert article.author == "Anna Verdi"
    assert article.paragraphs[-1].text.startswith("Il contingente")
    # news about a writer, without the box's "collabora con", is the article's
    article, _ = read(
        "Il premio è stato assegnato ieri. Altro.\n\nRoberto Rossi, scrittore e giornalista, "
        "ha ricevuto il premio dalle mani del sindaco.\n"
    )
    assert article.paragraphs[-1].text.startswith("Roberto Rossi, scrittore")
    article, _ = read(
        "Web content writer e curiosa ricercatrice di notizie, ha collaborato con blog e siti.\n\n"
        "Gli Stati Uniti chiedono il blocco delle esportazioni di chip. Altro.\n"
    )
    assert article.paragraphs[0].text.startswith("Gli Stati Uniti")


def test_a_crosshead_over_the_cut_first_sentence_of_its_section():
    article, _ = read(
        "La nave è stata posta sotto sequestro amministrativo. Altro.\n\n"
        "L'armatore ha annunciato ricorso contro il provvedimento. Altro.\n\n"
        "Che succede ora alla nave\n\nLa nave aveva già subit\n"
    )
    assert [p.text for p in article.paragraphs if p.kind == "heading"] == [
        "Che succede ora alla nave"
    ]


def test_the_desks_initials_echoed_and_glued_to_the_last_sentence():
    article, _ = read(
        "Il governo ha approvato il piano. Si è dimesso il ministro della Difesa.Res "
        "(segue) (Res)\n"
    )
    assert article.desk == "Res"
    assert article.paragraphs[-1].text.endswith("il ministro della Difesa.")
    # glued initials that are no desk read are left as written
    article, _ = read("Il governo ha approvato il piano. Si è dimesso il ministro.Ok\n")
    assert article.paragraphs[-1].text.endswith("ministro.Ok")


def test_a_line_of_names_in_capitals_is_a_pictures_caption():
    article, _ = read(
        "Il generale avanza verso la capitale\n\nLUIGI DI MAIO KHALIFA HAFTAR\n\n"
        "Con l'inizio dell'offensiva il quadro è cambiato. Altro.\n\nKHALIFA HAFTAR\n\n"
        "Si tratta di ex militari, quasi tutti con esperienza.\n\nVIGILI DEL FUOCO\n\n"
        "I soccorsi sono arrivati in serata.\n"
    )
    assert [r.text for r in article.removed if r.rule == "photo caption of names"] == [
        "LUIGI DI MAIO KHALIFA HAFTAR",
        "KHALIFA HAFTAR",
    ]
    # a crosshead in capitals is no name: it stays, as a heading
    assert "VIGILI DEL FUOCO" in [p.text for p in article.paragraphs if p.kind == "heading"]


def test_a_crosshead_in_capitals_closed_by_a_full_stop_or_shouting_a_clause():
    lead = "Il consiglio regionale si riunirà venerdì per la prima seduta. Altro.\n\n"
    article, _ = read(
        lead + "PROCLAMATI I 60 CONSIGLIERI REGIONALI. A circa un mese dal voto la Corte "
        "d'Appello ha proclamato gli eletti.\n\n"
        "PERCHE' E' SCOPPIATO IL CAOS - Una mossa che arriva a pochi giorni dal giuramento.\n"
    )
    # kept as written, as the paragraph wrote them (not "Proclamati I 60 Consiglieri")
    assert [p.text for p in article.paragraphs if p.kind == "heading"] == [
        "PROCLAMATI I 60 CONSIGLIERI REGIONALI",
        "PERCHE' E' SCOPPIATO IL CAOS",
    ]
    assert article.paragraphs[2].text.startswith("A circa un mese")
    # a place in capitals there is no crosshead
    article, _ = read(lead + "NEW YORK. Il sindaco ha parlato ieri ai giornalisti in piazza.\n")
    assert article.paragraphs[-1].text.startswith("NEW YORK. Il sindaco")
    # nor a clause in the paragraph's own case
    article, _ = read(lead + "Il governo è caduto - ha detto il ministro ai giornalisti.\n")
    assert article.paragraphs[-1].text.startswith("Il governo è caduto")


@pytest.mark.parametrize(
    ("shouted", "written"),
    [
        ("CITTA' DEL MESSICO", "Città del Messico"),
        ("PERCHE' E' SCOPPIATO IL CAOS", "Perché È Scoppiato Il Caos"),
        ("NE' VINTI NE' VINCITORI", "Né Vinti Né Vincitori"),
        ("VENTITRE' ANNI DOPO", "Ventitré Anni Dopo"),
        ("UN PO' DI PIU'", "Un Po' di Più"),
    ],
)
def test_capitals_write_an_accent_as_an_apostrophe(shouted: str, written: str) -> None:
    # grave but on the closed e of "perché", "né", "ventitré"; "po'" lost letters, not an accent
    assert copy.title_case(shouted) == written


def test_a_picture_source_is_its_credit_and_a_quoted_name_is_no_label():
    article, _ = read(
        'BUENOS AIRES, 27 Agosto - Il quotidiano "Lo Stato" di San Paolo, riporta oggi che il '
        "governo non accetterà gli aiuti.\n\nIl presidente ha parlato ieri.\n\n"
        "fonte immagine agoravox.it\n"
    )
    assert article.paragraphs[0].text.startswith('Il quotidiano "Lo Stato"')
    assert (article.photo_credit, article.source_name) == ("agoravox.it", None)
    # a label over a quotation stays one
    article, _ = read(
        "Il sindaco ha firmato l'ordinanza. Altro.\n\n"
        "Il perché del ritiro «La nostra ordinanza è più blanda del decreto», ha spiegato.\n"
    )
    assert [p.text for p in article.paragraphs if p.kind == "heading"] == ["Il perché del ritiro"]


def test_a_date_in_figures_before_the_leads_dash_gives_the_day():
    article, _ = read(
        "4' di lettura\n\n20/01/2022 - C'è di nuovo il maceratese tra le zone.\n", "2022-01"
    )
    assert article.date.iso == "2022-01-20"
    assert article.paragraphs[0].text.startswith("C'è di nuovo")


def test_a_datelines_country_shortened_to_its_first_words():
    article, _ = read("ABU DHABI (EMIRATI ARABI) (ITALPRESS) – Si inaugura una nuova fase.\n")
    assert (article.place, article.country, article.agencies) == (
        "Abu Dhabi",
        "Emirati Arabi",
        ("Italpress",),
    )
    # first words that open several countries' names are none ("Isole Vergini Britanniche",
    # "… Americane")
    article, _ = read("ROAD TOWN (ISOLE VERGINI) (ITALPRESS) – Si inaugura la fase.\n")
    assert article.place is None
    # … and those that open one are that one: "Repubblica Democratica del Congo" is the only
    # country so named, since the starter's names for countries joined CLDR's (this example
    # stood for the case above until then)
    article, _ = read("KINSHASA (REPUBBLICA DEMOCRATICA) (ITALPRESS) – Si inaugura la fase.\n")
    assert (article.place, article.country) == ("Kinshasa", "Repubblica Democratica")


def test_a_crosshead_over_the_last_line_cut_as_its_quotation_opened():
    article, _ = read(
        "Il presidente ha votato in mattinata. Altro.\n\n"
        "Il tasso di affluenza è stato basso. Altro.\n\n"
        "I giovani sono con lui\n\nGli elettori sono stati soprattutto “\n"
    )
    assert [p.text for p in article.paragraphs if p.kind == "heading"] == ["I giovani sono con lui"]


def test_a_crosshead_opening_the_body_under_the_headline_and_its_byline():
    article, _ = read(
        "Medici aggrediti: la denuncia dell'associazione non ferma le violenze\n\n"
        "di Anna Rossi\n\nPaziente violento\n\n"
        "Secondo quanto riferisce l'associazione, un medico è stato aggredito. Altro.\n"
    )
    assert article.title.startswith("Medici aggrediti")
    first = article.paragraphs[0]
    assert (first.kind, first.text) == ("heading", "Paziente violento")
    # without a headline read, a short first line over the lead is no crosshead
    article, _ = read(
        "Paziente violento\n\n"
        "Secondo quanto riferisce l'associazione, un medico è stato aggredito. Altro.\n"
    )
    assert "heading" not in [p.kind for p in article.paragraphs]


def test_a_place_in_capitals_before_a_sentence_opening_on_a_word_of_one_letter():
    article, _ = read(
        "ROVIGO A Palazzo Angeli il portone è aperto, ma l'ingresso è chiuso. Altro.\n"
    )
    assert article.dateline is not None and article.dateline.place == "Rovigo"
    assert article.paragraphs[0].text.startswith("A Palazzo Angeli")


def test_a_first_paragraph_the_next_goes_on_from_is_the_lead_not_a_standfirst():
    body = (
        "Lo riporta l'agenzia tunisina che cita un sondaggio. Si tratta delle terze elezioni "
        "da quando la rivolta portò alla cacciata del presidente dopo 23 anni al potere.\n"
    )
    article, _ = read(
        "Il presidente della Tunisia, 66 anni, è stato rieletto ottenendo l'89,2% dei voti "
        "alle elezioni presidenziali: gli avversari contestano i risultati degli exit poll\n\n"
        + body
    )
    assert "standfirst" not in rules_of(article)
    assert article.paragraphs[0].text.startswith("Il presidente della Tunisia")


def test_an_agencys_name_written_as_a_sites_before_the_dash_is_the_dateline():
    article, _ = read("AgenPress – Il figlio del dittatore ha presentato la candidatura. Altro.\n")
    assert article.agencies == ("Agenpress",)
    assert "dateline: agency name" in rules_of(article)
    # a site's name so written is no agency: it leaves the body, and names none
    article, _ = read("NordEst – Il sindaco ha presentato la candidatura. Altro.\n")
    assert article.agencies == ()
    assert "site name before the lead" in rules_of(article)


def test_a_regions_name_alone_over_the_pages_date_is_its_place_tag():
    body = (
        "| 04:47 - 27 Gennaio 2020\n\nIl presidente è stato confermato alla guida della "
        "giunta regionale. Il candidato ha ottenuto un responso favorevole.\n\nAltro testo.\n"
    )
    article, _ = read("Emilia Romagna\n\n" + body, "2020-01")
    assert rules_of(article)[:2] == ["place tag", "time stamp"]
    assert article.date.day == 27
    # a name alone there is no place: it stays
    article, _ = read("Stefano Bonaccini\n\n" + body, "2020-01")
    assert "place tag" not in rules_of(article)


def test_a_byline_and_the_pages_date_on_one_line():
    article, _ = read(
        "di: Comunicato Stampa - del 2019-12-20\n\nDiramata l'allerta meteo per oggi. Altro.\n",
        "2019-12",
    )
    assert article.date.day == 20 and article.author is None
    assert rules_of(article) == ["byline and date"]


def test_a_sections_name_run_into_the_headline_leaves_it():
    article, _ = read(
        "Cronaca In Sardegna si tornerà alle urne domenica 25 ottobre\n\n"
        "La giunta regionale ha fissato la data delle amministrative. Altro.\n"
    )
    assert article.title == "In Sardegna si tornerà alle urne domenica 25 ottobre"
    assert rules_of(article)[:2] == ["section run into the headline", "headline"]
    # a place so set dates the lead; a sentence is a lead, not a headline
    article, _ = read("Roma Il governo ha approvato la manovra. Altro testo qui.\n")
    assert "section run into the headline" not in rules_of(article)
    article, _ = read("Politica Il governo ha approvato la manovra di bilancio. Altro testo.\n")
    assert "section run into the headline" not in rules_of(article)


def test_a_sites_logo_and_an_icons_alt_text_over_the_headline_are_chrome():
    body = (
        "Ucraina, faccia a faccia Trump-Zelensky: i 5 precedenti\n\n"
        "Quello che andrà in scena sarà il sesto contatto. Altro testo qui.\n"
    )
    for chrome in ("circle x black", "Logo Tgcom24"):
        article, _ = read(f"{chrome}\n{body}")
        assert article.title == "Ucraina, faccia a faccia Trump-Zelensky: i 5 precedenti"
        assert rules_of(article)[0] == "page chrome"


def test_a_captions_credit_of_two_agencies_is_the_photo_credit():
    article, _ = read(
        "Il vertice a Roma\n\nDonald Trump e Volodymyr Zelensky in un incontro precedente "
        "(Fotogramma/Ipa)\n\nQuello che andrà in scena sarà il sesto contatto. Altro testo.\n"
    )
    assert article.photo_credit == "Fotogramma/Ipa"


def test_a_clock_before_a_headline_that_opens_on_an_ordinal_is_its_time():
    article, _ = read(
        "13.35 3°mandato, De Luca: governo teme elettori\n\nSul terzo mandato il "
        "governatore ha parlato. Così il governatore della Campania. Altro.\n"
    )
    assert article.title == "3°mandato, De Luca: governo teme elettori"


def test_the_pages_tags_and_a_year_after_the_last_sentence_leave_the_body():
    article, _ = read("Il premier ha deciso di dimettersi. Altro testo qui.\n\nserbia\n\n2022\n")
    assert [p.text for p in article.paragraphs] == [
        "Il premier ha deciso di dimettersi. Altro testo qui."
    ]
    assert rules_of(article) == ["tags after the article", "tags after the article"]
    # the words a cut page or a list ends on are the article's
    article, _ = read("Il premier ha deciso di dimettersi e ha detto che\n\nsarebbe tornato\n")
    assert "tags after the article" not in rules_of(article)
    article, _ = read("Il dolce è facile. Gli ingredienti:\n\nfarina\n\nzucchero\n")
    assert "tags after the article" not in rules_of(article)


def test_a_link_to_another_page_by_its_headline_leaves_the_end_of_the_body():
    article, _ = read(
        "Il gas russo non arriva più. Fino a ieri.\n\n"
        "GUARDA IL VIDEO: Con lo stop del gas russo l'Italia perde il 10% dell'import\n"
    )
    assert rules_of(article) == ["read also"]
    article, _ = read(
        "I soldati si sono scontrati. Colpi in aria sul lago.Leggi l'articolo: Himalaya "
        "conteso, 20 soldati morti\n"
    )
    assert article.paragraphs[-1].text.endswith("Colpi in aria sul lago.")
    assert rules_of(article) == ["read also run in"]


def test_an_aggregators_prompt_to_read_on_and_its_feed_footer_leave_the_body():
    article, _ = read(
        "Il presidente ha annunciato le dimissioni. Altro testo.\n\n"
        "Continua a leggere sul sito di riferimento\n\n"
        "L’articolo Serraj pronto a dimettersi proviene da Notiziedi.\n\n"
        "continua a leggere sul sito di riferimento\n"
    )
    assert len(article.paragraphs) == 1 and article.source_name == "Notiziedi"


def test_a_publishing_systems_label_without_its_value_is_chrome():
    article, _ = read("editato in: da\n\nNovità in vista per lo stabilimento di Melfi. Altro.\n")
    assert article.paragraphs[0].text.startswith("Novità in vista")
    assert rules_of(article) == ["page chrome"]


def test_a_long_headline_over_a_place_in_capitals_with_its_full_stop_is_no_broken_sentence():
    article, _ = read(
        "Allagamenti e smottamenti, il maltempo colpisce il Trentino. Ecco le strade chiuse e "
        "dove si stanno registrando disagi: Pelvico attenzionato\n\n"
        "TRENTO. Allagamenti e alberi pericolanti in tutta la provincia. Altro testo.\n"
    )
    assert article.title == "Allagamenti e smottamenti, il maltempo colpisce il Trentino"
    assert article.place == "Trento"
    assert article.paragraphs[0].text.startswith("Allagamenti e alberi")


def test_a_cut_last_sentence_with_a_comma_inside_is_the_articles():
    body = (
        "Il piano si concentra sul dialogo politico e sulla cooperazione economica.\n\n"
        "Copre anche la cooperazione nei settori della cultura, delle università\n"
    )
    article, _ = read(body)
    assert article.paragraphs[-1].text.startswith("Copre anche")
    # a kicker's comma in the first words marks a linked article's headline
    article, _ = read(
        "Il piano si concentra sul dialogo politico e sulla cooperazione economica.\n\n"
        "Libia, il governo approva il bilancio\n"
    )
    assert rules_of(article) == ["related headline"]


def test_a_long_first_paragraph_over_a_crosshead_is_the_body_not_a_standfirst():
    article, _ = read(
        '"Il congresso del partito ha deciso di sciogliere la struttura organizzativa e di '
        'porre fine alla lotta armata", ha annunciato il gruppo in un comunicato diffuso dopo '
        "la riunione della settimana scorsa\n\n"
        "L'appello del leader storico del partito\n\n"
        "Il 27 febbraio il leader aveva invitato il movimento a deporre le armi. Altro testo.\n"
    )
    assert article.paragraphs[0].text.startswith('"Il congresso del partito')
    assert "standfirst" not in rules_of(article)


def test_the_pages_tags_under_a_standfirst_its_stamp_closes_leave_the_body():
    article, _ = read(
        "Stoltenberg terrà incontri separati con Vucic e Kurti\n\n"
        "Il segretario generale della Nato terrà incontri separati con il presidente serbo "
        "e il... 12.08.2022, Sputnik Italia\n\nserbia\n\nnato\n\n"
        "La Nato osserva in un comunicato che sono previste dichiarazioni. Altro testo.\n",
        "2022-08",
    )
    assert article.source_name == "Sputnik Italia"
    assert article.paragraphs[0].text.startswith("La Nato osserva")
    assert rules_of(article).count("tags over the lead") == 2


# Forms from the batteries of synthetic page furniture (devset/batteries.py) that no
# development article happened to show.

_LONG_LEAD = (
    "Il governo ha approvato il decreto sulle bollette, dopo una lunga riunione a Palazzo "
    "Chigi con i ministri. La misura vale un miliardo di euro e arriva in aula a marzo."
)


@pytest.mark.parametrize("closing", ["(AGI)Red/Ros", "(AGI)\nRed/Ros"])
def test_an_agency_tag_and_the_desks_code_close_the_text_and_open_no_lead(closing):
    # "(AGI)" followed by one token is the closing tag, not a dateline whose "lead" would
    # make every paragraph before it a standfirst
    article, _ = read(f"{_LONG_LEAD}\n\nLe opposizioni hanno protestato in aula.\n\n{closing}\n")
    assert [p.text for p in article.paragraphs] == [
        _LONG_LEAD,
        "Le opposizioni hanno protestato in aula.",
    ]
    assert article.agencies == ("AGI",) and article.desk == "Red/Ros"
    assert article.subtitle is None


def test_a_town_in_capitals_before_the_dash_is_a_dateline_not_a_byline():
    article, _ = read(f"SANT'AGATA DI MILITELLO - {_LONG_LEAD}\n")
    assert article.place == "Sant'Agata di Militello" and article.author is None
    assert article.paragraphs[0].text == _LONG_LEAD


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Sant'Agata di Militello -", "Sant'Agata di Militello"),
        ("San Giorgio a Cremano -", "San Giorgio a Cremano"),
        ("SAN GIOVANNI IN FIORE -", "San Giovanni in Fiore"),
        ("SAN GIORGIO A CREMANO, 12 MAR -", "San Giorgio a Cremano"),
        # a small town's name of several words, each with its capital
        ("Pieve di Soligo -", "Pieve di Soligo"),
        ("Ponte di Legno –", "Ponte di Legno"),
        # the gazetteer's alternate names in lower case or in capitals spell nothing
        ("LODI, 12 MAR -", "Lodi"),
        ("Bra -", "Bra"),
        # a town's last word cut to its initial, where one town fits
        ("REGGIO C. -", "Reggio Calabria"),
        ("VIBO V. –", "Vibo Valentia"),
        # a province, a locality: the word says a place follows, the place is what it names
        ("PROV. DI PISA -", "Pisa"),
        ("LOC. BORGO NUOVO –", "Borgo Nuovo"),
    ],
)
def test_a_towns_name_with_an_elision_or_a_particle(dateline, place):
    article, _ = read(f"{dateline} {_LONG_LEAD}\n")
    assert article.place == place
    assert article.paragraphs[0].text == _LONG_LEAD


def test_an_abbreviations_full_stop_over_capitals_is_no_dateline_of_its_own():
    # "PROV." is no place closed by its full stop: "DI PISA" opens no sentence, and the
    # text keeps its words (it had been split into "DI PISA" and the lead)
    article, _ = read(f"PROV. XYZ DI PISA - {_LONG_LEAD}\n")
    assert "DI PISA" not in [p.text for p in article.paragraphs]
    article, _ = read(
        "TRENTO. Allagamenti e frane in tutta la provincia. I vigili sono al lavoro.\n"
    )
    assert article.place == "Trento"


def test_an_agencys_two_desks_are_one_agency():
    article, _ = read(f"Roma, 12 mar. (Adnkronos/Labitalia) - {_LONG_LEAD}\n")
    assert article.agencies == ("Adnkronos",) and article.date.day == 12


def test_a_byline_and_stamp_with_separators_under_the_headline():
    article, _ = read(
        "Il governo approva il decreto sulle bollette\n\n"
        f"di Mario Rossi · 12 marzo 2024 · 3 min\n\n{_LONG_LEAD}\n"
    )
    assert article.title == "Il governo approva il decreto sulle bollette"
    assert article.author == "Mario Rossi" and article.date.day == 12
    assert [p.text for p in article.paragraphs] == [_LONG_LEAD]


def test_a_byline_and_stamp_closing_the_text():
    article, _ = read(
        f"{_LONG_LEAD}\n\nLe opposizioni hanno protestato.\n\ndi Mario Rossi 12 marzo 2024\n"
    )
    assert article.author == "Mario Rossi"
    assert [p.text for p in article.paragraphs][-1] == "Le opposizioni hanno protestato."


def test_a_quotation_asking_for_a_gift_stays():
    quote = "«Dona ora per le vittime del terremoto», ha detto il sindaco."
    article, _ = read(f"{_LONG_LEAD}\n\n{quote}\n\nLe opposizioni hanno protestato.\n")
    assert quote in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    ("closing", "field", "value"),
    [
        ("ANSA", "agencies", ("ANSA",)),
        ("LaPresse", "agencies", ("LaPresse",)),
        ("EPA/Mario Rossi", "photo_credit", "EPA/Mario Rossi"),
        ("iStock", "photo_credit", "iStock"),
        ("Via: Reuters", "source_name", "Reuters"),
        ("Autore: Mario Rossi", "author", "Mario Rossi"),
    ],
)
def test_closing_lines_that_fill_metadata(closing, field, value):
    article, _ = read(f"{_LONG_LEAD}\n\nLe opposizioni hanno protestato.\n\n{closing}\n")
    assert [p.text for p in article.paragraphs][-1] == "Le opposizioni hanno protestato."
    assert getattr(article, field) == value


@pytest.mark.parametrize(
    "closing",
    [
        "Tutti i diritti sono riservati",
        "Vietata la riproduzione",
        "Seguono aggiornamenti",
        "[Aggiornato alle 15:00]",
    ],
)
def test_closing_notices_leave_the_text(closing):
    article, _ = read(f"{_LONG_LEAD}\n\nLe opposizioni hanno protestato.\n\n{closing}\n")
    assert [p.text for p in article.paragraphs][-1] == "Le opposizioni hanno protestato."


@pytest.mark.parametrize(
    ("dateline", "place", "day"),
    [
        ("Cagliari, martedì 12 marzo 2024 -", "Cagliari", 12),
        ("ROMA, 12 marzo 2024, ore 14:30 -", "Roma", 12),
        ("Roma, 12/3 -", "Roma", 12),
        ("Roma – 12 marzo 2024 –", "Roma", 12),
        ("ROMA - 12 MARZO -", "Roma", 12),
    ],
)
def test_datelines_with_a_weekday_an_hour_or_a_dash_before_the_day(dateline, place, day):
    article, _ = read(f"{dateline} {_LONG_LEAD}\n")
    assert (article.place, article.date.day) == (place, day)
    assert article.paragraphs[0].text == _LONG_LEAD


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("Il governo approva il decreto sulle bollette | Il Giornale", "Il Giornale"),
        ("Il governo approva il decreto sulle bollette - la Repubblica", "la Repubblica"),
        ("Il governo approva il decreto sulle bollette – Corriere.it", "Corriere.it"),
    ],
)
def test_the_sites_name_after_the_headline_is_its_source(headline, source):
    article, _ = read(f"{headline}\n\n{_LONG_LEAD}\n")
    assert article.title == "Il governo approva il decreto sulle bollette"
    assert article.source_name == source
    assert [p.text for p in article.paragraphs] == [_LONG_LEAD]


def test_a_dash_inside_a_headline_or_a_subtitle_after_a_pipe_stays():
    article, _ = read(f"Libia - Il governo cade dopo il voto del parlamento\n\n{_LONG_LEAD}\n")
    assert article.title == "Libia - Il governo cade dopo il voto del parlamento"
    article, _ = read(
        f"La Cgil ferma l'Italia | sciopero generale il 12 dicembre\n\n{_LONG_LEAD}\n"
    )
    assert article.source_name is None


@pytest.mark.parametrize(
    "headline",
    [
        "Il governo approva il decreto sulle bollette VIDEO",
        "Il governo approva il decreto sulle bollette [VIDEO]",
        "Ultim'ora: il governo approva il decreto sulle bollette",
        "ESCLUSIVO – Il governo approva il decreto sulle bollette",
    ],
)
def test_a_players_label_or_a_flag_leaves_the_headline(headline):
    article, _ = read(f"{headline}\n\n{_LONG_LEAD}\n")
    assert article.title == "Il governo approva il decreto sulle bollette"
    assert [p.text for p in article.paragraphs] == [_LONG_LEAD]


def test_a_place_alone_between_headline_and_lead_is_the_dateline():
    article, _ = read(f"Il governo approva il decreto sulle bollette\n\nRoma\n\n{_LONG_LEAD}\n")
    assert article.place == "Roma"
    assert [p.text for p in article.paragraphs] == [_LONG_LEAD]


@pytest.mark.parametrize(
    "lines",
    [
        ("Visualizza questo post su Instagram", "Un post condiviso da Mario Rossi (@mariorossi)"),
        ("Accetta", "Rifiuta tutti", "Gestisci le preferenze"),
        (
            "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
            "Commento *",
            "Nome *",
            "Email *",
            "Sito web",
        ),
    ],
)
def test_a_social_posts_frame_a_cookie_banner_and_a_comment_form_leave_the_text(lines):
    furniture = "\n\n".join(lines)
    article, _ = read(f"{_LONG_LEAD}\n\n{furniture}\n\nLe opposizioni hanno protestato.\n")
    assert [p.text for p in article.paragraphs] == [_LONG_LEAD, "Le opposizioni hanno protestato."]


def test_a_press_releases_label_and_a_newsrooms_signature_with_its_day_leave_the_text():
    article, _ = read(
        "Comunicato stampa\n\nIl governo approva il decreto sulle bollette\n\n"
        f"di Redazione | 12/03/2024\n\n{_LONG_LEAD}\n"
    )
    assert article.title == "Il governo approva il decreto sulle bollette"
    assert [p.text for p in article.paragraphs] == [_LONG_LEAD]
    assert article.date.day == 12


def test_labels_over_a_headline_whose_dateline_opens_no_lead_lose_no_word():
    # the labels leave because a dateline follows the headline; the dateline's block holds
    # only closing tags, so the headline is read as the copy's first block: its own words
    article, _ = read(
        "I fondi europei\n\nLibia: il governo approva il bilancio\n\n"
        "(ANSA) - ROMA, 5 MAR - (segue) (Res)\n"
    )
    assert article.title == "Libia: il governo approva il bilancio"
    assert [r.text for r in article.removed][:2] == [
        "I fondi europei",
        "Libia: il governo approva il bilancio",
    ]


@pytest.mark.parametrize(
    ("closing", "author", "photo"),
    [
        # ANSA's byline in brackets is the author, not an agency's tag
        ("(di Mario Rossi)", "Mario Rossi", None),
        # a credit's label, one word or two, and its "di" are no part of the credit
        ("Foto di Mario Rossi", None, "Mario Rossi"),
        ("Credit foto: Ansa", None, "Ansa"),
        ("(Foto: Imagoeconomica)", None, "Imagoeconomica"),
    ],
)
def test_a_closing_byline_or_credit_gives_its_name_alone(closing, author, photo):
    article, _ = read(
        "Il governo ha approvato il decreto dopo una lunga riunione.\n\n"
        f"Il ministro ha spiegato le misure.\n\n{closing}\n"
    )
    assert (article.author, article.photo_credit) == (author, photo)
    assert [p.text for p in article.paragraphs][-1] == "Il ministro ha spiegato le misure."


@pytest.mark.parametrize("label", ["LEGGI ANCHE", "Leggi anche", "Articoli correlati"])
def test_a_read_also_label_alone_takes_the_linked_headline_under_it(label):
    article, _ = read(
        f"Il governo ha approvato il decreto.\n\n{label}\n\nBollette, cosa cambia da aprile\n\n"
        "Il ministro ha spiegato che le misure partiranno da aprile.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Il governo ha approvato il decreto.",
        "Il ministro ha spiegato che le misure partiranno da aprile.",
    ]
    assert "Bollette, cosa cambia da aprile" in [r.text for r in article.removed]


def test_a_read_also_label_alone_leaves_a_sentence_under_it():
    article, _ = read(
        "Il governo ha approvato il decreto.\n\nPotrebbero interessarti\n\n"
        "Il ministro ha spiegato che le misure partiranno da aprile.\n"
    )
    assert [p.text for p in article.paragraphs][-1].startswith("Il ministro")


LEAD_TEXT = (
    "Il governo ha approvato il decreto sulle bollette, dopo una lunga riunione a Palazzo "
    "Chigi con i ministri. La misura vale un miliardo di euro e arriva in aula a marzo."
)


@pytest.mark.parametrize(
    ("headline", "title", "source"),
    [
        # a browser tab's title: the section and the site after the headline
        ("Scontri a Tripoli, venti morti - Mondo - ANSA", "Scontri a Tripoli, venti morti", "ANSA"),
        ("Scontri a Tripoli, venti morti - Cronaca", "Scontri a Tripoli, venti morti", None),
        ("Scontri a Tripoli, venti morti - Rai News", "Scontri a Tripoli, venti morti", "Rai News"),
        # the first dash parts the headline's own phrases; the last names the site
        (
            "Libia, scontri a Tripoli - Il governo chiede una tregua - la Repubblica",
            "Libia, scontri a Tripoli - Il governo chiede una tregua",
            "la Repubblica",
        ),
        # a place after the dash is the headline's own, not a section
        (
            "Accordo sui migranti tra Libia - Italia",
            "Accordo sui migranti tra Libia - Italia",
            None,
        ),
        # flags and players' labels in any case, and the page's pictographs
        ("Scontri a Tripoli, venti morti - Video", "Scontri a Tripoli, venti morti", None),
        ("🔴 LIVE Scontri a Tripoli, venti morti", "Scontri a Tripoli, venti morti", None),
        ("Scontri a Tripoli, venti morti 🔴", "Scontri a Tripoli, venti morti", None),
        ("ESCLUSIVO | Scontri a Tripoli, venti morti", "Scontri a Tripoli, venti morti", None),
    ],
)
def test_a_headlines_tab_title_flags_and_labels_leave_the_title(headline, title, source):
    article, _ = read(f"{headline}\n\n{LEAD_TEXT}\n")
    assert article.title == title
    assert [p.text for p in article.paragraphs] == [LEAD_TEXT]
    assert article.source_name == source


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("di Mario Rossi, inviato a Bruxelles",), "Mario Rossi"),
        (("dal nostro inviato Mario Rossi",), "Mario Rossi"),
        (("di Mario Rossi | 12/03/2024 | 3 min",), "Mario Rossi"),
        (("Roma, 12 marzo 2024 - di Mario Rossi",), "Mario Rossi"),
        (("Mario Rossi", "12 marzo 2024"), "Mario Rossi"),
        (("MARIO ROSSI",), "Mario Rossi"),
        (("Esteri",), None),
        (("Esteri | 12 marzo 2024",), None),
    ],
)
def test_bylines_sections_and_stamps_round_the_headline(lines, author):
    headline = "Il governo approva il decreto sulle bollette"
    if lines[0].startswith("Esteri |"):
        text = "\n\n".join((*lines, headline, LEAD_TEXT))
    else:
        text = "\n\n".join((headline, *lines, LEAD_TEXT))
    article, _ = read(text + "\n")
    assert article.title == headline
    assert [p.text for p in article.paragraphs] == [LEAD_TEXT]
    assert article.author == author


def test_a_first_block_the_lead_copies_word_for_word_is_the_standfirst():
    standfirst = (
        "Parte per l'Egitto la prima delle due fregate costruite nei cantieri liguri e vendute "
        "al governo del Cairo per un miliardo di euro. Altre commesse potrebbero seguire."
    )
    lead = (
        "L'equipaggio si addestra a La Spezia e nelle prossime settimane la prima delle due "
        "fregate costruite nei cantieri liguri e vendute al governo del Cairo arriverà a "
        "Alessandria."
    )
    article, _ = read(f"{standfirst}\n\n{lead}\n\nIl negoziato è durato mesi.\n")
    assert article.subtitle == standfirst
    assert [p.text[:14] for p in article.paragraphs] == ["L'equipaggio s", "Il negoziato è"]
    # a lead that says a short phrase again is the article's first paragraph
    lead_again = "La prima delle due fregate arriverà ad Alessandria entro l'estate."
    article, _ = read(f"{standfirst}\n\n{lead_again}\n\nIl negoziato è durato mesi.\n")
    assert article.paragraphs[0].text == standfirst


@pytest.mark.parametrize(
    ("dateline", "place", "day", "agencies"),
    [
        # the agency's tag after the dateline's dash, whatever its form
        ("ROMA - (Adnkronos) -", "Roma", None, ("Adnkronos",)),
        ("Roma, 12/03/2024 - (AGI) -", "Roma", 12, ("AGI",)),
        ("Milano – 12 marzo 2024 – (LaPresse) –", "Milano", 12, ("LaPresse",)),
        ("ROMA, 12 MAR - [ANSA] -", "Roma", 12, ("ANSA",)),
        # an agency's tag in lower case is no desk's initials
        ("(dire) Roma, 12 mar. -", "Roma", 12, ("Dire",)),
        # a weekday's abbreviation before the day; a press release's wire between slashes
        ("(AGENPARL) – Roma, mar 12 marzo 2024 –", "Roma", 12, ("Agenparl",)),
        ("ROMA, 12 marzo 2024 /PRNewswire/ --", "Roma", 12, ("PR Newswire",)),
        ("Roma, 12 marzo 2024 (Prima Pagina News)", "Roma", 12, ("Prima Pagina News",)),
        # the paper's correspondent; a press office's label; a site's pipe
        ("Dall'inviato a Bruxelles –", "Bruxelles", None, ()),
        ("PARIGI – (dal nostro corrispondente) –", "Parigi", None, ()),
        ("Roma, 12 marzo 2024 - Comunicato stampa -", "Roma", 12, ()),
        ("Roma, 12 marzo 2024 | ", "Roma", 12, ()),
    ],
)
def test_datelines_with_their_tags_labels_and_wires(dateline, place, day, agencies):
    article, _ = read(f"{dateline} {LEAD_TEXT}\n")
    assert article.place == place
    assert (article.date.day if article.date.precision == "day" else None) == day
    assert article.agencies == agencies
    assert [p.text for p in article.paragraphs] == [LEAD_TEXT]


SENTENCE_A = "Il governo ha approvato il decreto sulle bollette dopo una lunga riunione."
SENTENCE_B = "La misura vale un miliardo di euro e arriva in aula a marzo."
CLOSER = "Le opposizioni hanno protestato in aula."


@pytest.mark.parametrize(
    "form",
    [
        "(VIDEO)",
        "[foto]",
        "(Ascolta l'audio)",
        "(LEGGI ANCHE: Il governo approva la manovra)",
        "[Leggi anche: Il governo approva la manovra]",
        "(Continua a leggere dopo la foto)",
        "(Foto Ansa)",
        "(foto di repertorio)",
        "(ANSA)",
        "(segue)",
    ],
)
def test_a_pages_marks_inside_the_text_leave_it_run_in_or_alone(form):
    article, _ = read(f"{SENTENCE_A} {form} {SENTENCE_B}\n\n{CLOSER}\n")
    assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}", CLOSER]
    article, _ = read(f"{SENTENCE_A}\n\n{form}\n\n{SENTENCE_B}\n\n{CLOSER}\n")
    assert [p.text for p in article.paragraphs] == [SENTENCE_A, SENTENCE_B, CLOSER]


def test_a_writers_own_marks_and_an_acronym_in_brackets_stay():
    for form in ("[…]", "(…)", "(Onu)"):
        article, _ = read(f"{SENTENCE_A} {form} {SENTENCE_B}\n\n{CLOSER}\n")
        assert article.paragraphs[0].text == f"{SENTENCE_A} {form} {SENTENCE_B}"
    # an agency's tag between two sentences is the agency's
    article, _ = read(f"{SENTENCE_A} (ANSA) {SENTENCE_B}\n\n{CLOSER}\n")
    assert article.agencies == ("ANSA",)
    # a line that opens on the label is all link; under the label alone, a sentence stays
    article, _ = read(
        f"{SENTENCE_A}\n\nLEGGI ANCHE: Il governo approva la manovra.\n\n{SENTENCE_B}\n"
    )
    assert [p.text for p in article.paragraphs] == [SENTENCE_A, SENTENCE_B]


@pytest.mark.parametrize(
    "tail, rule, field, value",
    [
        ("- Mario Rossi", "byline", "author", "Mario Rossi"),
        ("- di Mario Rossi", "byline", "author", "Mario Rossi"),
        (
            "| Il Fatto Quotidiano",
            "outlet's name after the article",
            "source_name",
            "Il Fatto Quotidiano",
        ),
        ("– RIPRODUZIONE RISERVATA", "copyright", None, None),
        ("- Foto Ansa", "photo credit", "photo_credit", "Ansa"),
        ("- Fonte Ansa", "source", "source_name", "Ansa"),
        ("– Redazione", "newsroom signature", None, None),
    ],
)
def test_closing_material_run_onto_the_last_sentence_after_a_dash_leaves_it(
    tail, rule, field, value
):
    # "… in aula. - Mario Rossi": the whole last paragraph had been dropped as a linked
    # article's headline (or a copyright notice), its sentence lost with the tail
    article, _ = read(f"{SENTENCE_A} {SENTENCE_B}\n\n{CLOSER} {tail}\n")
    assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}", CLOSER]
    assert rules_of(article) == [rule]
    if field is not None:
        assert getattr(article, field) == value


def test_a_sentence_after_the_last_one_and_a_dash_stays():
    # words that go on, with a verb, are no closing material: nothing leaves, and the
    # paragraph, which holds a full stop before the dash, is no linked headline either
    for tail in ("- Ma il governo tace", "- Ma il governo ha detto no"):
        article, _ = read(f"{SENTENCE_A} {SENTENCE_B}\n\n{CLOSER} {tail}\n")
        assert article.paragraphs[-1].text == f"{CLOSER} {tail}", tail


@pytest.mark.parametrize(
    "tail", [" - ANSA", " -AGI-", " — AGI", " - Ansa", "\n\n- AGI -", "\n\nANSA -"]
)
def test_an_agency_s_name_after_a_dash_closes_the_text(tail):
    article, _ = read(f"{SENTENCE_A} {SENTENCE_B}\n\n{CLOSER}{tail}\n")
    assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}", CLOSER]
    assert len(article.agencies) == 1


def test_an_office_and_a_name_sign_a_statement():
    for line in ("Il Sindaco Mario Rossi", "La presidente, Anna Bianchi"):
        article, _ = read(f"{SENTENCE_A} {SENTENCE_B}\n\n{CLOSER}\n\n{line}\n")
        assert [p.text for p in article.paragraphs][-1] == CLOSER, line
        assert rules_of(article) == ["signature with office"], line
        assert article.author in line


def test_a_headline_with_the_wire_s_name_over_the_lead_is_the_headline():
    # "… - ANSA" is how an agency's site titles its page; a picture's caption says "Foto",
    # or stands above the headline
    headline = "Il governo approva il decreto sulle bollette"
    for name in ("ANSA", "LaPresse"):
        article, _ = read(f"{headline} - {name}\n\n{SENTENCE_A} {SENTENCE_B}\n")
        assert article.title == headline, name
        assert article.paragraphs[0].text.startswith(SENTENCE_A)
    article, _ = read(f"Donne afghane avvolte dal burqa - Foto Ansa\n\n{SENTENCE_A} {SENTENCE_B}\n")
    assert article.photo_credit == "Ansa" and article.title != "Donne afghane avvolte dal burqa"
    article, _ = read(
        f"Il fumo degli scontri a Tripoli - Reuters\n\n{headline}\n\n{SENTENCE_A} {SENTENCE_B}\n"
    )
    assert article.title == headline and article.photo_credit == "Reuters"


def test_a_byline_label_before_the_newsroom_leaves_under_the_headline():
    headline = "Il governo approva il decreto sulle bollette"
    article, _ = read(f"{headline}\n\nAutore: Redazione\n\n{SENTENCE_A} {SENTENCE_B}\n")
    assert article.title == headline
    assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}"]


def test_a_headline_run_into_the_dateline_without_a_space():
    # "…nelle mani di MattarellaRoma, 2 dic. (askanews) –": a page that lost the line
    # between the headline and the dateline; where it printed the headline above too, the
    # second is the same headline, not a subtitle
    headline = "Governo, il ministro giura nelle mani di Mattarella"
    glued = f"{headline}Roma, 2 dic. (askanews) – {SENTENCE_A} {SENTENCE_B}\n"
    for text in (glued, f"{headline}\n\n{glued}"):
        article, _ = read(text, date="2024-12")
        assert article.title == headline
        assert article.place == "Roma" and article.agencies == ("askanews",)
        assert article.date.day == 2
        assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}"]
        assert article.subtitle is None
    # a name glued to a capital inside a sentence is no headline: no dateline follows it
    article, _ = read(f"Il premier incontra McDonald a Roma. {SENTENCE_B}\n")
    assert article.paragraphs[0].text.startswith("Il premier incontra McDonald")


def test_the_page_s_date_before_the_dateline_is_read_with_it():
    # "03/06/2023 TRIESTE – …": a local site prints its date on the lead's line
    article, _ = read(f"03/06/2023 TRIESTE – {SENTENCE_A}\n\n{CLOSER}\n", date="2023-06")
    assert article.place == "Trieste" and article.date.day == 3
    assert article.paragraphs[0].text == SENTENCE_A
    # a date and words that are no known place stay the lead's
    article, _ = read(f"03/06/2023 Il governo – {SENTENCE_A}\n\n{CLOSER}\n", date="2023-06")
    assert article.place is None


def test_a_byline_in_brackets_opens_the_lead_or_a_broadcaster_s_closes_it():
    article, _ = read(f"(di Mario Rossi) {SENTENCE_A}\n\n{CLOSER}\n")
    assert article.author == "Mario Rossi" and article.paragraphs[0].text == SENTENCE_A
    article, _ = read(f"{SENTENCE_A}\n\n{CLOSER} (Servizio di Anna Bianchi)\n")
    assert article.author == "Anna Bianchi" and article.paragraphs[-1].text == CLOSER


def test_a_template_s_tokens_on_a_line_leave_the_text():
    article, _ = read(
        f"{SENTENCE_A}\n\n{CLOSER}\n\nvideoid(abc123XYZ)finevideoid-categoria(tg)finecategoria\n"
    )
    assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER]
    assert rules_of(article) == ["publishing code"]


def test_a_writer_s_name_in_brackets_opens_the_lead():
    # "(daniele amadasi) Per la seconda stagione…": the writer, in any case
    for name in ("(daniele amadasi)", "(Mario Rossi)"):
        article, _ = read(f"{name} {SENTENCE_A}\n\n{CLOSER}\n")
        assert article.author in ("Daniele Amadasi", "Mario Rossi"), name
        assert article.paragraphs[0].text == SENTENCE_A
    # a bracket that opens on no first name is no writer's: a wire's, a party's
    for bracket in ("(Lna)", "(Fratelli d'Italia)"):
        article, _ = read(f"{bracket} {SENTENCE_A}\n\n{CLOSER}\n")
        assert article.author is None, bracket


def test_a_site_s_description_of_itself_leaves_the_text():
    about = (
        "Da vent'anni informa in modo indipendente su quanto accade in Italia e nel mondo. "
        "Il sito è alimentato da un team di giornalisti under 35."
    )
    article, _ = read(f"{about}\n\n{SENTENCE_A} {SENTENCE_B}\n\n{CLOSER}\n")
    assert article.paragraphs[0].text == f"{SENTENCE_A} {SENTENCE_B}"
    assert rules_of(article) == ["site's description of itself"]
    # a story about a newsroom tells what it did
    story = "La redazione del giornale ha scioperato ieri contro i tagli decisi dall'editore."
    article, _ = read(f"{story}\n\n{CLOSER}\n")
    assert article.paragraphs[0].text == story


def test_a_long_standfirst_is_not_parted_inside_a_name_of_capitals():
    # "…le dedichiamo al virus | West Nile": a dictionary word that opens a name of two
    # capitalised words is no sentence's first word
    standfirst = (
        "Le ultime notizie di oggi le dedichiamo al virus West Nile, al terremoto russo, alla "
        "cessione del gruppo industriale e a molto altro ancora"
    )
    article, _ = read(f"{standfirst}\n\n{SENTENCE_A} {SENTENCE_B}\n\n{CLOSER}\n")
    assert "West Nile" in (article.subtitle or article.title)
    assert not article.title.endswith("virus")


def test_a_wire_s_name_after_the_last_sentence_s_stop_is_its_tag():
    for tail in ("ANSAMED", "AGI"):
        article, _ = read(f"{SENTENCE_A}\n\n{CLOSER} {tail}\n")
        assert article.paragraphs[-1].text == CLOSER and len(article.agencies) == 1, tail
    # after a source's label, the wire is the source
    article, _ = read(f"{SENTENCE_A}\n\n{CLOSER} fonte. ANSA\n")
    assert article.source_name == "ANSA"


def test_a_line_asking_for_the_reader_s_mail_leaves_whole():
    # only the address had left: "Se avete correzioni… scrivete a" stayed in the body
    for line in (
        "Se avete correzioni, suggerimenti o commenti scrivete a redazione@giornale.it",
        "Per segnalazioni e correzioni scrivete a redazione@ilgazzettino.it",
    ):
        article, _ = read(f"{SENTENCE_A}\n\n{CLOSER}\n\n{line}\n")
        assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER], line
        assert rules_of(article) == ["contact footer"]


def test_a_page_s_buttons_run_together_leave_where_they_stand():
    headline = "Il governo approva il decreto sulle bollette"
    for buttons in (
        "closefacebookgpluslinkedinmailphotosearchsharetwitterwhatsapp",
        "Facebook/Twitter/Instagram/YouTube/RSS",
    ):
        # on the line over the headline, without a blank line between them
        article, _ = read(f"{buttons}\n{headline}\n\n{SENTENCE_A} {SENTENCE_B}\n")
        assert article.title == headline, buttons
        assert "share buttons" in rules_of(article)


@pytest.mark.parametrize(
    "opening, place, agencies",
    [
        ("(ANSA) - SFAX- ", "Sfax", ("ANSA",)),
        ("MILANO (MF-DJ)--", "Milano", ("MF-Dowjones",)),
        ("Roma, Palazzo Chigi — ", "Roma", ()),
    ],
)
def test_datelines_with_a_glued_dash_or_a_building(opening, place, agencies):
    article, _ = read(f"{opening}{SENTENCE_A}\n\n{CLOSER}\n")
    assert article.place == place and article.agencies == agencies
    assert article.paragraphs[0].text == SENTENCE_A
    # "Usa-Iran -": a hyphen inside a word is no dateline's
    article, _ = read(f"Usa-Iran - {SENTENCE_A}\n\n{CLOSER}\n")
    assert article.place is None


def test_the_wire_s_day_alone_before_the_lead():
    article, _ = read(f"12 MAR – {SENTENCE_A}\n\n{CLOSER}\n", date="2024-03")
    assert article.date.iso == "2024-03-12" and article.place is None
    assert article.paragraphs[0].text == SENTENCE_A
    assert rules_of(article) == ["day before the lead"]


def test_an_agency_alone_on_its_line_then_the_lead_s_dateline_are_one_dateline():
    # "(Keystone-ATS)" over "NEW YORK - …": the lead's dateline had stayed in the body
    article, _ = read(f"(AGI)\n\nNEW YORK - {SENTENCE_A}\n\n{CLOSER}\n")
    assert article.place == "New York" and article.agencies == ("AGI",)
    assert article.paragraphs[0].text == SENTENCE_A


def test_a_rating_widget_and_a_share_counter_leave_and_the_article_stays():
    # the widget's lines had made the one paragraph above them an embedded post: the
    # article lost its text
    widget = (
        "VN:F [1.9.22_1171]\nRating: 5.0/5 (1 vote cast)\n"
        "Il governo approva il decreto, 5.0 out of 5 based on 1 rating\n"
        "Share on Facebook0Share on Google+0Tweet about this on Twitter0\n"
    )
    article, _ = read(f"Il governo approva il decreto\n\n{SENTENCE_A} {SENTENCE_B}\n\n{widget}")
    assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}"]
    assert set(rules_of(article)) == {"headline", "rating widget"}


def test_the_rest_of_the_story_on_another_site_is_its_source():
    article, _ = read(
        f"{SENTENCE_A} {SENTENCE_B} (continua su tgcom24.it)\n\nExit mobile version\n"
    )
    assert article.paragraphs[0].text == f"{SENTENCE_A} {SENTENCE_B}"
    assert article.source_name == "tgcom24.it"


def test_the_wire_s_signature_names_the_writer_not_the_editor():
    for signature in (
        "(Giulia Rossi, editing Paolo Bianchi)",
        "(Giulia Rossi, in redazione a Milano Paolo Bianchi)",
    ):
        article, _ = read(f"{SENTENCE_A}\n\n{CLOSER}\n\n{signature}\n")
        assert article.author == "Giulia Rossi" and article.paragraphs[-1].text == CLOSER


@pytest.mark.parametrize(
    "line, author, day",
    [
        ("Scritto da Marco Toniolo", "Marco Toniolo", None),
        ("Scritto da: Marco Toniolo", "Marco Toniolo", None),
        ("Scritto da Marco Toniolo il 4 marzo 2024", "Marco Toniolo", 4),
        ("di Mario Rossi, pubblicato il 12 marzo 2024", "Mario Rossi", 12),
        ("di Giulia Verdi -", "Giulia Verdi", None),
        ("(di Andrea Rossi)-", "Andrea Rossi", None),
        ("(dall'inviata Laura Bianchi)", "Laura Bianchi", None),
    ],
)
def test_bylines_under_the_headline_in_more_forms(line, author, day):
    headline = "Il governo approva il decreto sulle bollette"
    article, _ = read(f"{headline}\n\n{line}\n\n{SENTENCE_A} {SENTENCE_B}\n")
    assert article.title == headline and article.author == author
    assert article.date.day == day
    assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}"]


def test_a_byline_run_into_the_lead_or_the_last_sentence():
    article, _ = read(f"di Paolo Neri Il governo ha approvato il decreto.\n\n{CLOSER}\n")
    assert article.author == "Paolo Neri"
    assert article.paragraphs[0].text == "Il governo ha approvato il decreto."
    article, _ = read(f"{SENTENCE_A}\n\n{CLOSER} Lorenzo Baldini\n")
    assert article.author == "Lorenzo Baldini" and article.paragraphs[-1].text == CLOSER
    # two capitalised words that open on no first name are the story's
    article, _ = read(f"{SENTENCE_A}\n\n{CLOSER} Casa Bianca\n")
    assert article.author is None and article.paragraphs[-1].text.endswith("Casa Bianca")


def test_where_the_writer_filed_from_and_a_region_are_datelines():
    headline = "Il governo approva il decreto sulle bollette"
    for line, place in (("da Milano", "Milano"), ("DA TORINO", "Torino")):
        article, _ = read(f"{headline}\n\n{line}\n\n{SENTENCE_A} {SENTENCE_B}\n")
        assert article.title == headline and article.place == place, line
    for region, place in (("LIGURIA", "Liguria"), ("SICILIA", "Sicilia")):
        article, _ = read(f"{region} – {SENTENCE_A}\n\n{CLOSER}\n")
        assert article.place == place and article.paragraphs[0].text == SENTENCE_A
    # a word for a direction is no region of Italy
    article, _ = read(f"NORD – {SENTENCE_A}\n\n{CLOSER}\n")
    assert article.place is None


def test_more_closing_marks():
    for closing, field, value in (
        ("sa. fe.", "author", "sa. fe."),
        ("^^^^^^^^", None, None),
        ("ANNUNCIO PUBBLICITARIO", None, None),
    ):
        article, _ = read(f"{SENTENCE_A}\n\n{CLOSER}\n\n{closing}\n")
        assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER], closing
        if field:
            assert getattr(article, field) == value
    article, _ = read(f"{SENTENCE_A}\n\nLe opposizioni protestano, i testimoni,(Rer)\n")
    assert article.desk == "Rer"


def test_a_kicker_over_the_headline_leaves_it():
    # "Prima volta" / headline / lead: the kicker had become the title, and the headline
    # had stayed in the body
    headline = "Il nuovo premier entra per la prima volta nel palazzo"
    for kicker in ("Prima volta", "roma, la crisi di governo"):
        article, _ = read(f"{kicker}\n\n{headline}\n\n{SENTENCE_A} {SENTENCE_B}\n")
        assert article.title == headline, kicker
        assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}"]
        assert "kicker over the headline" in rules_of(article)
    # two lines over nothing else are a headline and its subtitle
    article, _ = read(f"Prima volta\n\n{headline}\n")
    assert "kicker over the headline" not in rules_of(article)


def test_other_pieces_openings_listed_after_the_article_leave():
    teasers = (
        "NAPOLI (ITALPRESS) – I carabinieri hanno eseguito un controllo nel centro e…\n\n"
        "TORINO (ITALPRESS) – La squadra vince 3-1 nella quinta giornata e con questo…\n"
    )
    article, _ = read(f"ROMA (ITALPRESS) – {SENTENCE_A}\n\n{CLOSER}\n\n{teasers}")
    assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER]
    assert rules_of(article).count("teaser of another piece") == 2
    # under an article without a dateline of its own, one such opening is no lead: the
    # article had become a standfirst over it
    article, _ = read(f"{SENTENCE_A}\n\n{CLOSER}\n\n{teasers.splitlines()[0]}\n")
    assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER]
    # an agency's later piece told whole is the collage's text: it stays
    article, _ = read(f"ROMA (ITALPRESS) – {SENTENCE_A}\n\nNAPOLI (ITALPRESS) – {CLOSER}\n")
    assert article.paragraphs[-1].text == CLOSER


def test_the_press_office_over_a_release_is_its_source():
    headline = "Furti nei magazzini agricoli, due persone denunciate"
    article, _ = read(
        f"Ufficio Stampa – Comando Provinciale dei Carabinieri di Pavia\n\n{headline}\n\n"
        f"VIGEVANO – {SENTENCE_A}\n\n{CLOSER}\n"
    )
    assert article.title == headline and article.place == "Vigevano"
    assert article.source_name == "Comando Provinciale dei Carabinieri di Pavia"


def test_wire_and_site_signatures_after_the_article():
    for line, agencies, desk, author, source in (
        ("ATS/AlAn", ("Keystone-ATS",), "AlAn", None, None),
        ("MF-DJ NEWS", ("MF-Dowjones",), None, None, None),
        ("(Mario Rossi - www.ftaonline.com)", (), None, "Mario Rossi", "www.ftaonline.com"),
    ):
        article, _ = read(f"{SENTENCE_A}\n\n{CLOSER}\n\n{line}\n")
        assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER], line
        assert (article.agencies, article.desk, article.author, article.source_name) == (
            agencies,
            desk,
            author,
            source,
        ), line
    for line in ("swissinfo.ch e agenzie", "Articolo precedenteIl governo approva la manovra"):
        article, _ = read(f"{SENTENCE_A}\n\n{CLOSER}\n\n{line}\n")
        assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER], line


def test_a_headline_suspended_with_an_ellipsis_is_the_headline():
    # it had stayed in the body, and the title was made from its second half
    for headline in (
        "Gita annullata per il maltempo, i genitori chiedono il rimborso…",
        "Il gruppo rilancia sugli incentivi e al ministro dice: “Con questo mercato…”",
    ):
        article, _ = read(f"{headline}\n\n{SENTENCE_A} {SENTENCE_B}\n\n{CLOSER}\n")
        assert article.title == headline
        assert article.paragraphs[0].text == f"{SENTENCE_A} {SENTENCE_B}"


@pytest.mark.parametrize("opening", ["ANCONA -", "Ancona- ", "FERMO- "])
def test_a_dateline_s_dash_touching_the_lead_or_the_place(opening):
    article, _ = read(f"{opening}{SENTENCE_A}\n\n{CLOSER}\n")
    assert article.place in ("Ancona", "Fermo") and article.paragraphs[0].text == SENTENCE_A


@pytest.mark.parametrize(
    "line, author, day",
    [
        ("Giulia Ferri - Paolo Neri martedì 12 marzo 2024", "Giulia Ferri - Paolo Neri", 12),
        ("Giulia Ferri, Pesaro martedì 12 marzo 2024", "Giulia Ferri", 12),
        ("Pubblicato il 1 marzo 2024 alle 13:17 / Modificato il 1 marzo 2024 alle 15:20", None, 1),
    ],
)
def test_writers_and_the_day_with_its_weekday_under_the_headline(line, author, day):
    headline = "Il governo approva il decreto sulle bollette"
    article, _ = read(f"{headline}\n\n{line}\n\n{SENTENCE_A} {SENTENCE_B}\n")
    assert article.title == headline and article.subtitle is None
    assert article.author == author and article.date.day == day


def test_a_read_also_link_at_a_paragraph_s_end_in_small_letters_leaves():
    # it had left the paragraph without a full stop, so the article became the standfirst
    headline = "Nuove proteste a Tbilisi contro il governo"
    link = "Leggi anche: Georgia, il parlamento approva la legge | Il reportage: viaggio a Tbilisi"
    article, _ = read(f"{headline}\n\n{SENTENCE_A} {SENTENCE_B} {link}\n\nReuters\n")
    assert article.subtitle is None
    assert [p.text for p in article.paragraphs] == [f"{SENTENCE_A} {SENTENCE_B}"]
    # a sentence that says "leggi anche" to the reader is the story's
    story = f"{SENTENCE_A} Il ministro: leggi anche le norme europee, non solo le nostre."
    article, _ = read(f"{story}\n\n{CLOSER}\n")
    assert article.paragraphs[0].text == story


def test_a_picture_agency_alone_is_a_credit_not_a_place():
    # "Keystone" alone over the lead had been read as a dateline (Keystone, in the United
    # States); between paragraphs it had stayed in the body
    article, _ = read(f"Keystone\n\n{SENTENCE_A}\n\nKeystone-SDA\n\n{CLOSER}\n")
    assert article.place is None and article.photo_credit == "Keystone"
    assert [p.text for p in article.paragraphs] == [SENTENCE_A, CLOSER]


def test_sentences_that_lost_their_last_stop_over_a_stamp_alone_stay_the_body():
    # Read as the standfirst, the article left the body with nothing but its closing stamp
    # or the notice of a video the page could not show.
    lead = (
        "In Giappone il governo ha presentato il nuovo piano per l'energia. Il testo prevede "
        "la riapertura di tre centrali nucleari entro il 2027. Le opposizioni protestano"
    )
    for closing in (
        "20 Luglio 2016",
        "Questo contenuto non è disponibile per via delle tue preferenze sui cookie",
    ):
        article, _ = read(f"Giappone, il piano per l'energia\n\n{lead}\n\n{closing}", "2016-07")
        assert article.title == "Giappone, il piano per l'energia"
        assert article.subtitle is None
        assert [p.text for p in article.paragraphs] == [lead], closing


def test_a_broadcasters_piece_signed_after_its_last_sentence_gives_the_author():
    article, _ = read(
        "Il governo ha presentato il piano per l'energia. Centinaia di persone hanno "
        "protestato davanti al parlamento. Servizio di Marco Bianchi"
    )
    assert article.author == "Marco Bianchi"
    assert article.paragraphs[-1].text.endswith("davanti al parlamento.")


@pytest.mark.parametrize(
    ("tag", "agencies", "desk"),
    [
        ("pon/ATS", ("Keystone-ATS",), "pon"),
        ("ANSA/AFP/red", ("ANSA", "AFP"), "red"),
        ("ATS/ANSA/M.Ang.", ("Keystone-ATS", "ANSA"), "M.Ang."),
        ("ANSA/ATS", ("ANSA", "Keystone-ATS"), None),
    ],
)
def test_a_wires_tag_names_its_wires_and_its_editors_initials_in_either_order(tag, agencies, desk):
    article, _ = read(
        f"Il governo ha approvato il decreto.\n\nLe opposizioni hanno protestato.\n\n{tag}\n"
    )
    assert [p.text for p in article.paragraphs][-1] == "Le opposizioni hanno protestato."
    assert article.agencies == agencies
    assert article.desk == desk


def test_a_newsrooms_one_name_after_di_is_the_author_without_the_label():
    article, _ = read(
        "Il governo ha approvato il decreto.\n\nLe opposizioni protestano.\n\nDi Euronews\n"
    )
    assert article.author == "Euronews"


@pytest.mark.parametrize(
    "line",
    [
        "Ultimo agg. 16:42",
        "15 CONDIVISIONI",
        "Immagine",
        "Pages: 1 2",
        "1 2 Successiva »",
        "Leave a Reply",
        "ANNUNCI PPN",
        "• a • a • a",
    ],
)
def test_a_pages_counters_labels_and_buttons_leave_the_body(line):
    article, _ = read(
        f"Il governo ha approvato il decreto.\n\nLe opposizioni protestano.\n\n{line}\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Il governo ha approvato il decreto.",
        "Le opposizioni protestano.",
    ]
    assert article.author is None


def test_a_dash_after_the_agencys_tag_touching_the_lead_leaves_with_the_tag():
    article, _ = read("(Teleborsa) -La sonda europea è entrata nell'orbita di Giove.\n")
    assert article.agencies == ("Teleborsa",)
    assert article.paragraphs[0].text == "La sonda europea è entrata nell'orbita di Giove."


def test_a_byline_glued_to_the_lead_under_the_headline_gives_the_author():
    article, _ = read(
        "Perù, notte di scontri a Lima\n\n"
        "di Luca Verdi e Anna NeriLa polizia ha chiuso le strade del centro. I manifestanti "
        "chiedono elezioni anticipate.\n"
    )
    assert article.title == "Perù, notte di scontri a Lima"
    assert article.author == "Luca Verdi e Anna Neri"
    assert article.paragraphs[0].text.startswith("La polizia ha chiuso")


@pytest.mark.parametrize(
    "lines",
    [
        ("Svizzera, 23 febbraio 2023", "Berna stanzia 50 milioni per la ricostruzione"),
        ("Berna stanzia 50 milioni per la ricostruzione", "[23 febbraio 2023]"),
        ("Berna stanzia 50 milioni per la ricostruzione", "33 secondi di lettura"),
    ],
)
def test_a_pages_date_over_or_under_the_headline_is_no_title_nor_subtitle(lines):
    lead = "Il Consiglio federale ha stanziato 50 milioni di franchi. I fondi andranno alle scuole."
    article, _ = read("\n\n".join((*lines, lead)) + "\n", "2023-02")
    assert article.title == "Berna stanzia 50 milioni per la ricostruzione"
    assert article.subtitle is None
    assert [p.text for p in article.paragraphs] == [lead]
    if "febbraio" in "".join(lines):
        assert article.date.iso == "2023-02-23"


def test_a_photo_credit_and_the_wires_tag_glued_to_the_last_sentence_leave_it():
    article, _ = read(
        "ROMA (ITALPRESS) - Il primo ministro ha annunciato le dimissioni. La decisione arriva "
        "dopo una settimana di proteste.foto: IPA Agency(ITALPRESS).\n\nAgenzia Italpress\n"
    )
    assert article.paragraphs[-1].text.endswith("settimana di proteste.")
    assert article.photo_credit == "IPA Agency"
    assert article.agencies == ("Italpress",)
    assert article.author is None


def test_a_breadcrumb_through_a_science_or_local_section_is_no_part_of_the_headline():
    for section in ("Nazionale", "Meteo", "Sanità"):
        article, _ = read(
            f"Home {section} Terna: avviati i lavori per il cavo sottomarino\n\n"
            "Terna: avviati i lavori per il cavo sottomarino\n\n"
            "Sono partiti i lavori per il nuovo cavo. Saranno finiti nel 2027.\n"
        )
        assert article.title == "Terna: avviati i lavori per il cavo sottomarino", section
        assert article.subtitle is None


def test_an_agencys_tag_crediting_a_person_opens_the_dateline():
    article, _ = read(
        "(Agenzia Vista / Marco Bellini) Roma, 12 marzo 2024 Alla sede del partito si riunisce "
        "la segreteria nazionale. Il segretario ha parlato.\n"
    )
    assert article.agencies == ("Agenzia Vista",)
    assert article.place == "Roma"
    assert article.date.iso == "2024-03-12"
    assert article.paragraphs[0].text.startswith("Alla sede del partito")


def test_a_newsroom_signed_with_a_date_and_an_aggregators_credit_under_the_headline():
    lead = "Il governo ha approvato il decreto sulle bollette. La misura vale un miliardo."
    article, _ = read(
        f"Il governo approva il decreto\n\nDi Redazione / 07 Novembre 2016\n\n{lead}\n", "2016-11"
    )
    assert article.author is None
    assert article.date.iso == "2016-11-07"
    assert [p.text for p in article.paragraphs] == [lead]
    article, _ = read(f"Il governo approva il decreto\n\nDa ilgiorno.it\n\n{lead}\n", "2016-11")
    assert article.source_name == "ilgiorno.it"
    assert [p.text for p in article.paragraphs] == [lead]


def test_a_press_clippings_note_names_the_paper_and_the_day_wherever_it_stands():
    # a club's or a parish's page reposting a paper's article: the paper is the source, its
    # day refines the date line's month, and the note is no headline and no subtitle
    body = (
        "La scuola di musica apre ai ragazzi del quartiere. Le lezioni sono gratuite.\n\n"
        "Il corso dura un anno."
    )
    for above, below in (
        ("Dal giornale LA NAZIONE del 27/3/2024\n\nLa scuola apre ai ragazzi\n\n", ""),
        ("La scuola apre ai ragazzi\n\nDal giornale LA NAZIONE del 27/3/2024\n\n", ""),
        ("La scuola apre ai ragazzi\n\n", "\n\nDal giornale LA NAZIONE del 27/3/2024"),
    ):
        article, _ = read(above + body + below)
        assert article.title == "La scuola apre ai ragazzi"
        assert article.subtitle is None
        assert article.source_name == "LA NAZIONE" and article.date.iso == "2024-03-27"
        assert [p.text for p in article.paragraphs][-1] == "Il corso dura un anno."
        assert "press clipping note" in rules_of(article)
    article, _ = read(
        "La scuola apre ai ragazzi\n\n" + body + "\n\n"
        "Articolo di Mario Rossi, in LA STAMPA, martedì 12 marzo 2024, p. 7."
    )
    assert article.author == "Mario Rossi" and article.source_name == "LA STAMPA"
    assert article.date.iso == "2024-03-12"


def test_a_stamp_with_a_stray_letter_under_the_headline_is_the_day_not_a_subtitle():
    # "19 settembre 2024 b": a letter the page's layout left beside the day
    article, _ = read(
        "Esplosioni in Libano, tre morti\n\n19 settembre 2024 b\n\n"
        "Nuove esplosioni nel sud del Paese. Le vittime sono tre.\n\nIl bilancio è provvisorio.",
        date="2024-09",
    )
    assert article.title == "Esplosioni in Libano, tre morti" and article.subtitle is None
    assert article.date.iso == "2024-09-19"
    assert article.paragraphs[0].text.startswith("Nuove esplosioni")
    # a letter is no word: "19 settembre 2024 e il governo…" is a sentence, not a stamp
    stamp = next(r for r in copy.rules.LEADING if r.name == "time stamp")
    match = stamp.pattern.match("19 settembre 2024 e il governo cade")
    assert match is not None and match[0].strip() == "19 settembre 2024"


def test_a_stamp_over_a_lead_whose_dateline_has_a_day_is_no_list_of_news():
    # Each item of a site's news list opens a line; the dateline's day inside the lead's line
    # opens none. Read as a list, the whole lead was lost.
    article, _ = read(
        "Kallas: serve una flotta europea\n\n24 Ottobre 2025 - 12:45 Redazione\n"
        '(Agenzia Vista) Bruxelles, 24 ottobre 2025 "Il Mediterraneo non può restare un vuoto". '
        "Lo ha detto l'Alta rappresentante al termine della riunione.",
        date="2025-10-24",
    )
    assert article.paragraphs and article.paragraphs[0].text.startswith('"Il Mediterraneo')
    assert article.subtitle is None and article.place == "Bruxelles"
    assert "news list" not in rules_of(article)
    assert "time stamp" in rules_of(article)


def test_a_pages_age_and_its_players_notices_leave_the_front_matter():
    lead = "Mancano poche settimane alla riapertura. Le aule sono troppo piccole."
    for line in (
        "Pubblicato il 12 marzo 2024 - 14:30 OLTRE 6 MESI FA",
        "Pubblicato 3 anni fa-",
        "L'ascolto è riservato agli abbonati premium",
        "This browser does not support the video element.",
    ):
        article, _ = read(f"Una scuola senza banchi\n\n{line}\n\n{lead}\n")
        assert article.title == "Una scuola senza banchi" and article.subtitle is None, line
        assert [p.text for p in article.paragraphs] == [lead], line
    article, _ = read(f"Una scuola senza banchi\n\nPubblicato il 12 marzo 2024 - 14:30\n\n{lead}")
    assert article.date.iso == "2024-03-12"


def test_the_headline_said_again_under_it_on_joined_lines_leaves_every_copy():
    lead = "La riforma cambia i tempi dei processi. Il voto è atteso a maggio."
    article, _ = read(
        "La riforma spiegata in cinque punti\n\n"
        "La riforma spiegata in cinque punti\nLa riforma spiegata in cinque punti\n\n"
        f"{lead}\n\nAltro."
    )
    assert article.title == "La riforma spiegata in cinque punti" and article.subtitle is None
    assert [p.text for p in article.paragraphs] == [lead, "Altro."]
    assert rules_of(article).count("repeated headline") == 2
    # … but a standfirst that opens on the headline's words and goes on is the standfirst
    article, _ = read(
        "La riforma spiegata in cinque punti\n\n"
        "La riforma spiegata in cinque punti: tempi più brevi e nuove regole per gli appelli, "
        "con il voto atteso a maggio\n\n"
        f"{lead}\n\nAltro."
    )
    assert article.subtitle is not None and article.subtitle.endswith("atteso a maggio")
    # … however short its rest ("…, poi il voto"): only a byline or a name is run into a copy
    article, _ = read(
        "La riforma spiegata in cinque punti\n\n"
        "La riforma spiegata in cinque punti, poi il voto\n\n"
        f"{lead}\n\nAltro."
    )
    assert article.subtitle == "La riforma spiegata in cinque punti, poi il voto"


def test_a_byline_run_into_a_dateline_a_live_hour_with_its_dash_and_news_in_evolution():
    lead = "Il Congresso ha dato il via libera alla vendita. La decisione arriva dopo mesi."
    article, _ = read(f"Via libera agli F-16\n\ndi Mario Ventura ROMA - {lead}\n\nAltro.")
    assert article.author == "Mario Ventura" and article.place == "Roma"
    assert article.paragraphs[0].text == lead
    article, _ = read(f"Via libera agli F-16\n\n22:59 - {lead}\n\nAltro.")
    assert article.paragraphs[0].text == lead and "time of day" in rules_of(article)
    article, _ = read(f"Via libera agli F-16\n\n{lead}\n\nAltro.\n\nNotizia in evoluzione")
    assert [p.text for p in article.paragraphs] == [lead, "Altro."]
    assert "updating notice" in rules_of(article)


def test_the_publishers_note_run_into_a_letter_leaves_it_in_any_case():
    letter = "“Gentile direttore, in via Roveto le radici dei pini hanno sollevato l'asfalto."
    for note in ("Riceviamo e pubblichiamo –", "RICEVIAMO E PUBBLICHIAMO –"):
        article, _ = read(f"Via Roveto, le radici sollevano l'asfalto\n\n{note} {letter}\n\nAltro.")
        assert [p.text for p in article.paragraphs] == [letter, "Altro."]
        assert "publisher's note run into the text" in rules_of(article)


def test_a_sites_address_alone_under_the_headline_is_no_subtitle_nor_its_wrapped_rest():
    lead = "Sette giocatori sono fermi per infortunio. Il tecnico cambia la formazione."
    for site in ("TuttoBari.net", "ilgiorno.it", "www.shutterstock.com"):
        article, _ = read(f"Il Bari perde sette giocatori\n\n{site}\n\n{lead}\n")
        assert article.title == "Il Bari perde sette giocatori" and article.subtitle is None
        assert [p.text for p in article.paragraphs] == [lead]
        assert "site's address" in rules_of(article)


def test_a_video_agencys_credit_under_the_headline_and_its_footage_after_the_text():
    lead = "La presidente ha deposto una corona davanti al monumento. Le immagini."
    article, _ = read(
        "Meloni alla commemorazione di Marcinelle\n\nAgenzia Vista / Marco Delli / CorriereTv\n\n"
        f"{lead} / Palazzo Chigi (Marco Delli)\n"
    )
    assert article.title == "Meloni alla commemorazione di Marcinelle" and article.subtitle is None
    assert article.agencies == ("Agenzia Vista",)
    assert [p.text for p in article.paragraphs] == [lead]
    assert {"agency and its camera operator", "footage credit after the text"} <= set(
        rules_of(article)
    )
    # a picture agency's line stays the photo credit
    article, _ = read(f"Meloni a Marcinelle\n\n{lead}\n\nANSA/ETTORE FERRARI\n")
    assert article.photo_credit == "ANSA/ETTORE FERRARI"


def test_a_caption_with_its_agency_after_a_comma_is_no_subtitle():
    lead = "Sette morti in cinque mesi sulle strade della Bassa. Due nell'ultima settimana."
    article, _ = read(
        "Incidenti in moto, un'altra vittima\n\n"
        f"Lo scontro mortale a Casalpusterlengo, LaPresse\n\n{lead}\n"
    )
    assert article.subtitle is None and article.photo_credit == "LaPresse"
    assert [p.text for p in article.paragraphs] == [lead]


def test_a_headline_may_end_on_a_rare_whole_word_but_not_on_a_stump():
    assert copy._headline_like("Slavina in Val di Sole, estratti vivi due scialpinisti")
    assert not copy._headline_like("Secondo i media ucrai")
    article, _ = read(
        "Montagna / L'allarme\n\nSlavina in Val di Sole, estratti vivi due scialpinisti\n\n"
        "La chiamata è arrivata poco dopo le undici. Uno dei due è in ospedale.\n\nAltro.\n"
    )
    assert article.title == "Slavina in Val di Sole, estratti vivi due scialpinisti"


def test_a_paragraph_that_only_names_who_the_picture_shows_is_its_caption():
    a = "Le truppe hanno superato il confine dopo una notte di bombardamenti."
    b = "Nel pomeriggio la Lega araba ha convocato una riunione d'urgenza."
    article, _ = read(
        f"Raid aerei, la Turchia entra in Siria\n\n{a}\n\n"
        f"Il ministro della Difesa turco (nella foto).\n\n{b}\n"
    )
    assert [p.text for p in article.paragraphs] == [a, b]
    assert "photo caption" in rules_of(article)
    # with a verb, the paragraph is the text's, and only the marker goes
    said = "Il ministro della Difesa turco (nella foto) ha parlato di una misura difensiva."
    article, _ = read(f"Raid aerei, la Turchia entra in Siria\n\n{a}\n\n{said}\n\n{b}\n")
    assert "Il ministro della Difesa turco ha parlato di una misura difensiva." in [
        p.text for p in article.paragraphs
    ]


def test_a_standfirst_that_leans_back_over_a_byline_and_a_portals_footer():
    # "Lo ha dichiarato…" goes on from the headline, but a byline under it ends the front
    # matter: headline, standfirst, byline; the portal's footer labels leave the end
    lead = "Per le operazioni di evacuazione tutto è proceduto nel modo migliore. Altro."
    article, _ = read(
        "Chiusa l'ambasciata a Khartoum\n\n"
        "Lo ha dichiarato il ministro degli Esteri, che ha aggiunto: 'Tutti in sicurezza'.\n\n"
        "di Mario Rossi | Pubblicata il: 25/04/2023 - 00:02:23 Letto 720 volte\n\n"
        f"{lead}\n\nFonte: TGCOM24\n\n< Torna indietro\n\nLascia un tuo commento\n\n"
        "Questo articolo ha ricevuto commenti!\n",
        date="2023-04",
    )
    assert article.title == "Chiusa l'ambasciata a Khartoum"
    assert article.subtitle.startswith("Lo ha dichiarato")
    assert article.author == "Mario Rossi" and article.date.iso == "2023-04-25"
    assert [p.text for p in article.paragraphs] == [lead]
    assert article.source_name == "TGCOM24"


def test_a_caption_with_its_agency_run_into_the_lead_and_a_photo_note_after_the_text():
    lead = "C’è un folletto maligno che si aggira per Palazzo Marino. Un dibbuk burlone."
    end = "Le foto sono state scattate da Arif Yaman in diversi campi della regione di Bay."
    article, _ = read(f"Giuseppe Sala (Fotogramma) {lead}\n\nAltro testo.\n\n{end}\n")
    assert [p.text for p in article.paragraphs] == [lead, "Altro testo."]
    assert article.photo_credit == "Fotogramma"
    article, _ = read(f"{lead}\n\nAltro testo.\n\n{end}\n")
    assert article.photo_credit == "Arif Yaman"
    # a source's name in brackets is no picture's agency: "Il ministro (Pd) Il…" stays
    caption = next(r for r in copy.rules.LEADING if r.name == "photo caption run into the lead")
    assert caption.pattern.match("Il ministro (Pd) Il governo cade") is None
    # … nor a wire's: "ROMA (ANSA) Il governo…" is a dateline's agency, no picture's
    article, _ = read("ROMA (ANSA) Il governo ha approvato il decreto. Altro.\n\nAltro.\n")
    assert article.agencies == ("ANSA",) and article.photo_credit is None


def test_two_sources_after_the_last_sentence_the_footages_and_the_agencys():
    text = "Così il presidente nel suo discorso in Aula prima della votazione."
    article, _ = read(f"{text} Fonte Ebs Fonte: Agenzia Vista / Mario Rossi\n")
    assert [p.text for p in article.paragraphs] == [text]
    assert article.source_name == "Agenzia Vista / Mario Rossi"


def test_a_last_paragraph_cut_inside_a_word_is_the_articles_not_a_linked_headline():
    # "…l'importanza di punt": the page cut the text; no headline ends on a word's stump,
    # even one the word counts see now and then ("punt", 2.7)
    end = "Marco Granelli, presidente di Confartigianato, ha sottolineato l'importanza di punt"
    article, _ = read(f"Le regioni esportano molto. I dati sono chiari.\n\n{end}\n")
    assert [p.text for p in article.paragraphs][-1] == end
    assert not copy._known_word("punt") and copy._known_word("punto")


def test_the_prompt_past_a_picture_without_brackets_leaves_the_text():
    a = "Sono due i morti sul raccordo. Il bilancio delle vittime sale a 102."
    b = "Poco dopo una donna è morta sul colpo, investita da un’auto al Collatino"
    article, _ = read(f"{a} Continua dopo la foto\n\n{b} Continua dopo la foto\n\nAltro.\n")
    assert [p.text for p in article.paragraphs] == [a, b, "Altro."]
    assert rules_of(article).count("link in brackets") == 2


def test_an_aggregators_stamp_then_the_comma_of_a_stripped_place_and_the_day():
    # "(Di …), 7 febbraio 2024 – Ora…": the aggregator stripped the place before the comma;
    # what the stamp stood over is read as the top of the copy again
    lead = "Ora i numeri sono sul tavolo. La direzione ha inviato la lettera ai sindacati."
    article, _ = read(
        f"(Di mercoledì 7 febbraio 2024), 7 febbraio 2024 – {lead}\n\nAltro.\n",
        date="2024-02",
    )
    assert article.paragraphs[0].text == lead and article.date.iso == "2024-02-07"
    assert "stray punctuation" in rules_of(article)


def test_a_wires_headline_of_a_statement_keeps_the_speakers_words():
    head = "Stati Generali Salute Lazio, Rocca “Abbiamo una situazione finanziaria chiara”"
    article, _ = read(
        f"{head}\n\nROMA (ITALPRESS) – “Oggi finalmente abbiamo una situazione finanziaria "
        "chiara. Abbiamo un quadro chiaro anche dei nostri bisogni”. Lo ha detto il presidente.\n"
    )
    assert article.title == head and article.subtitle is None
    # a quotation that opens a longer subtitle is still the subtitle's
    assert copy.split_headline(
        "Migranti, nuovo naufragio nel Mediterraneo “Nelle zone di ricerca servono più navi”, "
        "chiedono le ong che da mesi denunciano i ritardi",
        "",
    )[1]


def test_a_site_that_signs_its_page_is_no_author():
    lead = "Per le operazioni di evacuazione tutto è proceduto nel modo migliore. Altro."
    article, _ = read(
        "Chiusa l'ambasciata a Khartoum\n\nIl ministro: tutti gli italiani in sicurezza.\n\n"
        f"di Palermomania.it | Pubblicata il: 25/04/2023 - 00:02:23\n\n{lead}\n\n"
        "Fonte: TGCOM24\n",
        date="2023-04",
    )
    assert article.author is None and article.source_name == "TGCOM24"
    assert [p.text for p in article.paragraphs] == [lead]


def test_a_key_to_the_texts_own_stars_is_the_articles():
    article, _ = read(
        "La classifica dopo la settima giornata è cambiata in testa e in coda.\n\n"
        "Inter 18; Juventus 17; Sassuolo*, Brescia*, Spal e Lecce 6; Genoa 5.\n\n"
        "* Brescia e Sassuolo una gara in meno\n"
    )
    assert article.paragraphs[-1].text == "* Brescia e Sassuolo una gara in meno"
    assert "footnote" not in rules_of(article)


def test_a_posts_hashtagged_sentence_leaves_with_its_signature():
    article, _ = read(
        "Quasi quattrocento persone sono state evacuate a causa degli incendi nella zona. "
        "I soccorritori lavorano con quattro elicotteri.\n\n"
        "#Cagliari, #incendio di sterpaglie a Sestu: evacuate dai #vigilidelfuoco dieci case "
        "minacciate dalle fiamme nella zona industriale. "
        "Due dei nostri mezzi aerei operano con le squadre a terra [#12agosto 17:00] "
        "pic.twitter.com/AbCdEf123 — Vigili del Fuoco (@emergenzavvf) August 12, 2022\n"
    )
    assert article.paragraphs[-1].text.endswith("quattro elicotteri.")
    assert all("#" not in p.text for p in article.paragraphs)
    assert "embedded post" in rules_of(article)


def test_a_labelled_list_goes_on_after_its_crosshead():
    article, _ = read(
        "La giuria ha assegnato i premi della sezione principale ieri sera al Lido.\n\n"
        "Miglior attrice: Anna Neri per Il fiume\n\n"
        "Premio speciale: La valle di Marco Bianchi\n\n"
        "Orizzonti\n\n"
        "Miglior film: Le rive di Paolo Verdi\n\n"
        "Miglior regia: Luca Gialli per Il ponte\n"
    )
    assert article.paragraphs[-1].text == "Miglior regia: Luca Gialli per Il ponte"
    assert "related headline" not in rules_of(article)


def test_linked_headlines_after_a_crosshead_without_a_list_above_still_leave():
    article, _ = read(
        "La giuria ha assegnato i premi della sezione principale ieri sera al Lido.\n\n"
        "Leggi anche\n\n"
        "Venezia, il red carpet della serata finale tra star e polemiche\n\n"
        "Cinema: il festival chiude con il record di biglietti venduti\n"
    )
    assert article.paragraphs[-1].text.endswith("al Lido.")


def test_a_headline_may_close_on_an_exclamation_mark():
    article, _ = read(
        "Medagliere dei Giochi | Italia in testa con l'oro della pattinatrice!\n\n"
        "L'Italia si prende subito un oro importante e si mette in testa al medagliere. "
        "La gara è iniziata da pochi giorni e già ci sono i primi risultati.\n"
    )
    assert not article.title_inferred
    assert article.paragraphs[0].text.startswith("L'Italia si prende")


def test_a_caption_credits_the_agency_and_its_photographer_behind_a_slash():
    article, _ = read(
        "La regista con il massimo premio del festival Keystone / Mario Bianchi\n\n"
        "A grande sorpresa è stato il film francese a vincere il premio più ambito della "
        "rassegna. La giuria lo ha scelto all'unanimità.\n"
    )
    assert article.photo_credit == "Keystone / Mario Bianchi"
    assert article.paragraphs[0].text.startswith("A grande sorpresa")


def test_a_gallerys_pointer_and_its_credit_after_the_last_sentence():
    article, _ = read(
        "La Francia è campione del mondo: ha battuto la Croazia 4-2 nella finale di Mosca. "
        "In alto e a seguire l'esultanza del presidente francese (Epa)\n"
    )
    assert article.paragraphs[-1].text.endswith("finale di Mosca.")
    assert article.photo_credit == "Epa"


def test_a_sites_external_link_mark_leaves_the_words_it_was_glued_to():
    article, _ = read(
        'Ha vinto il film "L\'evento"Link esterno della regista francese. La giuria era '
        "presieduta dal regista di “ParasiteLink esterno”, che ha lodato il cast.\n"
    )
    text = article.paragraphs[0].text
    assert "Link esterno" not in text
    assert '"L\'evento" della regista' in text
    assert "“Parasite”, che ha lodato" in text


def test_an_updating_notice_in_brackets_run_into_the_lead():
    article, _ = read(
        "(Notizia in aggiornamento). Il premio Nobel per la Medicina va quest'anno a un "
        "genetista svedese. Lo ha annunciato il comitato a Stoccolma.\n"
    )
    assert article.paragraphs[0].text.startswith("Il premio Nobel")
    assert "updating notice before the lead" in rules_of(article)


def test_a_twitter_timelines_fallback_link_leaves_the_text():
    article, _ = read(
        "Il ciclone ha colpito la costa: l'elettricità manca e molte case sono distrutte.\n\n"
        "Tweets by InfoMinZW\n"
    )
    assert article.paragraphs[-1].text.endswith("sono distrutte.")


@pytest.mark.parametrize("weekday", ["martedì", "martedi’", "martedi'", "martedi"])
def test_todays_weekday_written_without_its_accent_refines_the_date(weekday):
    article, _ = read(
        f"Nel pomeriggio di oggi, {weekday} 22 dicembre, si terrà una riunione di maggioranza "
        "per verificare i numeri in consiglio comunale.\n",
        date="2020-12",
    )
    assert (article.date.precision, article.date.day) == ("day", 22)


def test_a_labelled_stamp_with_its_weekday_and_hour_run_into_the_headline():
    article, _ = read(
        "Regione, cosa accadrà dopo le dimissioni del presidente Pubblicato: Sabato, 14 "
        "Dicembre 2019 11:15\n\n"
        "AOSTA. Questa mattina il presidente della Regione ha rassegnato le dimissioni come "
        "previsto dalla legge regionale.\n",
        date="2019-12",
    )
    assert article.title == "Regione, cosa accadrà dopo le dimissioni del presidente"
    assert (article.date.precision, article.date.day) == ("day", 14)


def test_a_headline_opening_on_its_day_keeps_it():
    article, _ = read(
        "Lunedì 27 ottobre 2025 si aprirà la nuova legislatura della Regione\n\n"
        "Si svolgerà lunedì 27 ottobre, a partire dalle ore 10, la prima seduta del nuovo "
        "consiglio regionale. All'ordine del giorno l'elezione del presidente.\n",
        date="2025-10-27",
    )
    assert article.title == "Lunedì 27 ottobre 2025 si aprirà la nuova legislatura della Regione"
    assert "time stamp" not in rules_of(article)


@pytest.mark.parametrize(
    "prompt",
    [
        "Continua a leggere e commenta su Marchenotizie.info",
        "Segui su affaritaliani.it",
        "Segui su affaritaliani.it Leggi su affaritaliani",
    ],
)
def test_a_prompt_to_read_on_or_follow_the_story_on_its_site(prompt):
    article, _ = read(
        "Il consiglio si riunirà lunedì per eleggere il presidente e i segretari. "
        f"Seguiranno le comunicazioni della giunta.\n\n{prompt}\n"
    )
    assert article.paragraphs[-1].text.endswith("comunicazioni della giunta.")
    run_in, _ = read(
        "Il consiglio si riunirà lunedì per eleggere il presidente e i segretari. "
        f"Seguiranno le comunicazioni della giunta. {prompt}\n"
    )
    assert run_in.paragraphs[-1].text.endswith("comunicazioni della giunta.")


def test_a_sentence_that_follows_something_on_a_channel_keeps_it():
    article, _ = read(
        "Il programma torna in autunno con molte novità. Ora la segui su Rai1 ogni sabato "
        "sera, dopo il telegiornale.\n"
    )
    assert article.paragraphs[0].text.endswith("dopo il telegiornale.")


def test_a_dateline_of_two_places_joined_by_e_and_their_province():
    article, _ = read(
        "di Paola Neri\n\nTRICESIMO e TARCENTO (Udine) - Schianto tra moto e auto sulla strada "
        "statale intorno alle 12 di oggi. Per cause in corso di accertamento i mezzi si sono "
        "scontrati.\n"
    )
    assert article.place == "TRICESIMO e TARCENTO"
    assert article.paragraphs[0].text.startswith("Schianto tra moto e auto")


def test_a_headline_whose_verb_the_lemmatiser_reads_as_a_noun():
    article, _ = read(
        "Governo vara un pacchetto per rilanciare l’economia\n\n"
        "Il governo ha approvato un pacchetto di interventi fiscali e investimenti pubblici "
        "pensato per sostenere i consumi. L'annuncio è arrivato a Roma.\n"
    )
    assert article.title == "Governo vara un pacchetto per rilanciare l’economia"
    assert not article.title_inferred


def test_a_stamp_over_its_byline_is_still_a_stamp():
    article, _ = read(
        "martedì 12 marzo 2024 di Mario Rossi\n\nIl governo approva il decreto sulle bollette\n\n"
        "Il governo ha approvato il decreto sulle bollette dopo una lunga riunione. La misura "
        "vale un miliardo di euro.\n"
    )
    assert article.author == "Mario Rossi"
    assert "time stamp" in rules_of(article)
    assert (article.date.precision, article.date.day) == ("day", 12)


def test_a_link_glued_between_two_words_leaves_a_space_between_them():
    article, _ = read(
        "Il ministro(video)ha detto che il decreto arriverà in aula a marzo. Le opposizioni "
        "protestano.\n"
    )
    assert article.paragraphs[0].text.startswith("Il ministro ha detto")


def test_a_reading_time_of_one_minute_is_the_pages():
    article, _ = read(
        "1 Minuto\n\nL’edizione del festival jazz porta in città trenta concerti in dieci "
        "giorni. La rassegna apre venerdì al teatro comunale.\n"
    )
    assert article.paragraphs[0].text.startswith("L’edizione del festival")
    assert "site navigation" in rules_of(article)


def test_a_call_to_a_new_channel_is_the_sites():
    article, _ = read(
        "Il sindaco ha inaugurato il nuovo ponte sul fiume dopo tre anni di lavori. La strada "
        "riapre domani.\n\nEntra nel nuovo canale WhatsApp di Notizie.it\n\nIl cantiere era "
        "costato dodici milioni di euro.\n"
    )
    assert [p.text for p in article.paragraphs][
        1
    ] == "Il cantiere era costato dodici milioni di euro."


def test_a_pictures_address_alone_on_a_line_is_the_pages():
    article, _ = read(
        "Il presidente ha parlato delle sanzioni in videoconferenza con i leader europei. "
        "I colloqui sono durati due ore.\n\n"
        "https://cdn.example.com/img/856/79/8567906_0:44:2381:1383_1920x0_80_0_0_ef96eb61.jpg"
        "\n\nLe sanzioni saranno discusse anche al vertice di giugno.\n"
    )
    assert len(article.paragraphs) == 2


def test_a_live_pages_link_in_lower_case_brackets_leaves_the_sentence():
    article, _ = read(
        "Gli Stati Uniti sono andati alle urne per rinnovare la Camera (segui la diretta). "
        "Il voto misura il consenso del presidente.\n"
    )
    assert article.paragraphs[0].text.startswith(
        "Gli Stati Uniti sono andati alle urne per rinnovare la Camera. Il voto"
    )


def test_related_headlines_under_approfondimenti_in_capitals_leave_the_body():
    article, _ = read(
        "È arrivato il giorno dell'incontro tra i due presidenti a Ginevra. I colloqui "
        "dureranno cinque ore.\n\nAPPROFONDIMENTI IN SVIZZERA Biden e Putin, iniziato "
        "l'incontro a Ginevra MOSCA Russia, la replica di Putin a Biden\n\nC'è stato un breve "
        "scambio di battute tra i due leader davanti ai giornalisti.\n"
    )
    assert len(article.paragraphs) == 2
    assert "related links" in rules_of(article)


def test_a_blog_themes_reaction_buttons_leave_the_body():
    article, _ = read(
        "Lo sciopero dei medici durerà 24 ore e riguarda gli ospedali pubblici. Sono garantite "
        "le urgenze.\n\nFascinated\n\nHappy\n\nSad\n\nAngry\n\nBored\n\nAfraid\n"
    )
    assert len(article.paragraphs) == 1
    assert "reaction buttons" in rules_of(article)


def test_words_ending_on_a_preposition_before_a_quotation_are_no_label():
    article, _ = read(
        'ROMA, 10 DIC - La stazione di "Porta Metronia dovrebbe entrare in funzione nel 2024". '
        "Lo ha detto il sindaco durante il sopralluogo al cantiere.\n"
    )
    assert article.paragraphs[0].text.startswith('La stazione di "Porta Metronia')


def test_a_page_date_glued_to_the_lead_under_the_headline_is_the_pages():
    article, _ = read(
        "CENTRI SOCIALI A PROCESSO\n\ngiovedì 14 novembre 2019Cinque anni fa contestarono "
        "il ministro in visita al campo. Ora venti attivisti andranno a processo.\n"
    )
    assert article.paragraphs[0].text.startswith("Cinque anni fa")
    assert "time stamp" in rules_of(article)


def test_an_update_stamp_and_a_copyright_run_into_the_last_sentence_leave_it():
    article, _ = read(
        "Il cda della banca si riunisce domani per prendere atto della procedura. Per "
        "l'intera giornata verrà sospeso il titolo in borsa. Ultimo aggiornamento: 08:20 © "
        "RIPRODUZIONE RISERVATA\n"
    )
    assert article.paragraphs[-1].text.endswith("il titolo in borsa.")


def test_an_outlets_appeal_for_funds_leaves_the_body():
    article, _ = read(
        "Da anni Notizie.it offre una informazione libera e indipendente ai suoi lettori senza "
        "contributo pubblico. Per questo chiediamo a chi ci legge un contributo.\n\nLa Banca "
        "centrale europea taglia i tassi di un quarto di punto. Le previsioni salgono.\n"
    )
    assert article.paragraphs[0].text.startswith("La Banca centrale europea")
    assert "funding appeal" in rules_of(article)


def test_a_read_also_line_holding_its_headline_leaves_the_crosshead_under_it():
    article, _ = read(
        "Il presidente ha chiesto ai militari di lasciar passare gli aiuti al confine. La "
        "tensione resta alta.\n\nLEGGI ANCHE La sfida degli aiuti passa da un ponte (Guanella)"
        "\n\nGuaidò: “Oggi tutti mobilitati”\n\nIntanto Guaidò invita tutti alla mobilitazione "
        "nella giornata di oggi, in abito bianco.\n"
    )
    assert "Guaidò: “Oggi tutti mobilitati”" in [p.text for p in article.paragraphs]


def test_a_pictures_text_said_twice_under_the_standfirst_leaves_with_the_stamp_below_it():
    article, _ = read(
        "Influenza, infezioni in calo nella terza settimana di gennaio\n\n"
        "I dati del rapporto sulla diffusione del virus in Italia\n\n"
        "Una persona con la febbre a letto\nUna persona con la febbre a letto\n"
        "23 gennaio 2026 | 12.13\n"
        "Redazione Gazzetta\n\n"
        "L'influenza rallenta a metà gennaio. La pressione sugli ospedali diminuisce.\n",
        date="2026-01",
    )
    assert article.title == "Influenza, infezioni in calo nella terza settimana di gennaio"
    assert [p.text for p in article.paragraphs] == [
        "L'influenza rallenta a metà gennaio. La pressione sugli ospedali diminuisce."
    ]
    assert "picture's text said twice" in rules_of(article)
    assert article.date.iso == "2026-01-23"


def test_a_press_release_label_in_brackets_before_the_lead_leaves_it():
    article, _ = read(
        "(NOTA STAMPA). Si svolgerà domani un sit-in davanti all'ospedale. "
        "I pazienti chiedono che il reparto resti aperto.\n"
    )
    assert rules_of(article) == ["press release label"]
    assert article.paragraphs[0].text.startswith("Si svolgerà domani")


def test_a_text_of_like_parts_keeps_its_first_part_in_the_body():
    # a prefecture's notice, one part per town: the first block comes back further on with
    # the block under it, which no standfirst over its story does
    part = (
        "In data 31 luglio il sindaco del comune di {town} ha rassegnato le proprie "
        "dimissioni dalla carica. Tali dimissioni sono divenute irrevocabili.\n\n"
        "Si sono verificate le condizioni per lo scioglimento del consiglio comunale "
        "di {town}, con la nomina del commissario prefettizio.\n\n"
    )
    body = part.format(town="San Vito") + part.format(town="Erchie")
    article, _ = read(body)
    assert article.subtitle is None
    assert article.paragraphs[0].text.startswith("In data 31 luglio il sindaco del comune di San")
    assert len(article.paragraphs) == 4


def test_keywords_in_capitals_before_a_slash_leave_the_lead():
    article, _ = read(
        "IRAQ ERBIL 400 ITALIANI / Sono ore di grande tensione in Iraq. Le basi sono in "
        "allerta da ieri sera.\n"
    )
    assert rules_of(article) == ["keywords before a bar"]
    assert article.paragraphs[0].text.startswith("Sono ore di grande tensione")
    # a place before a slash is no keyword: the text keeps it
    article, _ = read("Reggio Emilia / Sono ore di grande tensione. Le basi sono in allerta.\n")
    assert "keywords before a bar" not in rules_of(article)


def test_a_video_credit_after_a_slash_is_the_credit():
    article, _ = read(
        "Il premier è stato colpito durante un comizio. È stato portato in ospedale.\n\n"
        "Video/Ansa\n"
    )
    assert article.photo_credit == "Ansa" and rules_of(article) == ["photo credit"]


def test_a_quotation_after_what_is_shouted_is_no_subtitle():
    # a long lead, and a body that writes "non" in lower case: the quotation's opening word
    # would open a sentence there
    lead = (
        'Studenti in corteo per le vie di Roma con la "tuta blu" da metalmeccanici al grido '
        '"Non siamo i vostri schiavi", lancio di uova contro le vetrine a Milano, ovunque cori '
        "e qualche tafferuglio: è andata in scena oggi la giornata della protesta della scuola. "
    )
    more = "Nella capitale il corteo è partito dal piazzale della stazione. " * 12
    article, _ = read(f"{lead}{more}\n\nGli studenti non si fermano e protestano ancora.\n")
    assert article.paragraphs[0].text.startswith("Studenti in corteo")
    assert rules_of(article) == []


def test_a_footnote_after_the_text_is_no_related_headline():
    article, _ = read(
        "Il prezzo del gas scende del 2,3% secondo l'Arera*. La spesa resta alta.\n\n"
        "__________\n\n"
        "*L'Autorità di Regolazione per Energia Reti e Ambiente\n"
    )
    assert article.paragraphs[-1].text == "*L'Autorità di Regolazione per Energia Reti e Ambiente"


def test_a_kicker_in_capitals_glued_to_the_lead_leaves_it():
    article, _ = read(
        "CICLISMOL'arrivo in salita consegna la maglia gialla al gallese, ma la tappa sarà "
        "ricordata per la caduta del siciliano. Per lui la diagnosi è una frattura.\n"
    )
    assert article.paragraphs[0].text.startswith("L'arrivo in salita consegna")
    assert "section label glued to the lead" in rules_of(article)
    # a place in capitals glued to the lead stays the dateline's
    article, _ = read("TRIPOLIIl governo ha approvato il bilancio. Lo ha detto il portavoce.\n")
    assert article.place == "Tripoli"
    assert article.paragraphs[0].text.startswith("Il governo ha approvato")


def test_a_live_page_s_labelled_update_hour_leaves_the_body():
    article, _ = read(
        "L'esercito dice di avanzare nella regione, da dove le forze sono entrate ieri.\n\n"
        "aggiornamento ore 10.27\n\n"
        "Il comandante ha dato il suo rapporto del mattino sulla situazione al fronte.\n\n"
        "Aggiornamento delle 13:31\n\n"
        "Abbiamo catturato più di cento soldati in questo periodo, ha aggiunto il presidente.\n"
    )
    assert [p.text[:12] for p in article.paragraphs] == [
        "L'esercito d",
        "Il comandant",
        "Abbiamo catt",
    ]
    assert rules_of(article).count("time of day") == 2


def test_a_byline_under_a_headline_and_its_subtitle_on_one_line_leaves_the_lead():
    article, _ = read(
        "Il tribunale assolve l'ex sindaco: il fatto non sussiste Era accusato di peculato per "
        "le cene di rappresentanza\n\n"
        "di Tiziana Di Giovannandrea La Corte ha annullato senza rinvio la condanna. L'ex "
        "sindaco era stato assolto in primo grado.\n"
    )
    assert article.author == "Tiziana Di Giovannandrea"
    assert article.paragraphs[0].text.startswith("La Corte ha annullato")


def test_a_second_line_without_a_stop_over_a_dated_lead_is_the_standfirst_s():
    article, _ = read(
        "Padova, maxi operazione dei carabinieri\n\n"
        "Quattordici arresti e 38 denunce\n\n"
        "In tre giorni i militari hanno battuto le strade della città per la sicurezza\n\n"
        "PADOVA - Controlli antidroga e patenti ritirate. Ha impegnato 324 carabinieri il "
        "consueto servizio mensile.\n"
    )
    assert article.title == "Padova, maxi operazione dei carabinieri"
    assert article.subtitle == (
        "Quattordici arresti e 38 denunce. In tre giorni i militari hanno battuto le strade "
        "della città per la sicurezza"
    )
    assert article.place == "Padova"
    assert article.paragraphs[0].text.startswith("Controlli antidroga")


def test_a_kicker_in_lower_case_with_its_year_leaves_the_top():
    article, _ = read(
        "politiche 2022\n\n"
        "L'Italia svolta a destra. Il primo partito raccoglie il 26,3% dei voti e la coalizione "
        "ottiene una maggioranza netta.\n"
    )
    assert article.paragraphs[0].text.startswith("L'Italia svolta a destra.")
    assert "kicker" in rules_of(article)


def test_a_day_the_headline_s_sentence_governs_is_no_stamp():
    article, _ = read(
        "Le elezioni provinciali si terranno il prossimo 22 ottobre 2023\n\n"
        "Trento – Si voterà solo nella giornata di domenica, dalle 7 alle 22. La decisione è "
        "stata presa ieri.\n"
    )
    assert article.title == "Le elezioni provinciali si terranno il prossimo 22 ottobre 2023"
    assert "date after the headline" not in rules_of(article)


def test_a_dateline_with_the_country_after_a_comma_and_the_agency_in_brackets():
    article, _ = read(
        "Palu, Indonesia (askanews) - È di almeno 384 morti il bilancio del sisma. I "
        "soccorritori cercano i dispersi.\n"
    )
    assert (article.place, article.agencies) == ("Palu", ("askanews",))
    assert article.paragraphs[0].text.startswith("È di almeno 384 morti")


def test_a_subtitle_run_into_the_headline_may_open_on_a_clitic():
    article, _ = read(
        "Terremoto in Croazia: almeno cinque i morti Si cercano disperatamente i dispersi\n\n"
        "Un boato è stato percepito in tutta la regione. Le linee telefoniche sono andate in "
        "tilt.\n"
    )
    assert article.title == "Terremoto in Croazia: almeno cinque i morti"
    assert article.subtitle == "Si cercano disperatamente i dispersi"


def test_a_teletext_pages_headline_is_the_row_after_its_hour():
    # the hour, a headline of one forty-column row, the news, all on the page's one line
    article, _ = read(
        "12.11 Sanità: allarme per i turni Federsanità, la federazione delle aziende "
        "sanitarie, lancia l'allarme per i turni negli ospedali. In Molise i turni passano "
        "da 6 a 12 ore.\n"
    )
    assert article.title == "Sanità: allarme per i turni"
    assert article.paragraphs[0].text.startswith("Federsanità, la federazione")
    assert rules_of(article)[:2] == ["time label", "headline"]


def test_a_teletext_headline_stops_where_an_article_opens_the_lead():
    # "… Campania" is followed by a capital, but the lead opened on "Il" before it
    article, _ = read(
        "9.05 Maltempo, scuole chiuse Il sindaco di Napoli ha deciso di chiudere le scuole "
        "in Campania per domani, dopo l'allerta meteo.\n"
    )
    assert article.title == "Maltempo, scuole chiuse"
    assert article.paragraphs[0].text.startswith("Il sindaco di Napoli")


def test_a_live_pages_first_entry_is_no_teletext_headline():
    article, _ = read(
        "18.10 Il presidente Rossi parla ai giornalisti Domani la decisione sul bilancio.\n\n"
        "17.40 La seduta è sospesa dopo le proteste in aula.\n"
    )
    assert article.paragraphs[0].text.startswith("Il presidente Rossi parla ai giornalisti")
    assert "headline" not in rules_of(article)


def test_a_wires_stamp_cut_before_its_end_mark_closes_the_copy():
    article, _ = read(
        "(Il Sole 24 Ore Radiocor Plus) - Roma, 17 mar - I sindacati bocciano il piano. La "
        "decisione è stata presa ieri. sal (RADIOCOR) 17-03-17 14:56:47 (0346) 5\n",
        date="2017-03",
    )
    assert article.agencies == ("Radiocor",)
    assert article.paragraphs[-1].text.endswith("è stata presa ieri.")
    assert "time of issue" in rules_of(article)


def test_closing_material_above_the_linked_headlines_leaves_the_body():
    # the stamp closed the article; the linked article's headline hid it from the end
    article, _ = read(
        "Il vertice è slittato a novembre. Lo ha detto il ministro.\n\n"
        "Venerdì 24 Ottobre 2025\n\n"
        "Tavolo sulla siderurgia a Palazzo Chigi rinviato all'11 novembre\n",
        date="2025-10",
    )
    assert [p.text for p in article.paragraphs] == [
        "Il vertice è slittato a novembre. Lo ha detto il ministro."
    ]
    assert sorted(rules_of(article)) == ["published", "related headline"]


def test_an_outlets_name_after_the_last_sentence_is_the_source():
    article, _ = read("Il governo tace. Sono state annunciate 16 ore di scioperi. fanpage\n")
    assert article.paragraphs[-1].text.endswith("16 ore di scioperi.")
    assert article.source_name == "fanpage"
    # a word no outlet is, nor a site's address, is left to the other rules
    article, _ = read("Il governo tace. Sono state annunciate 16 ore di scioperi. oppure\n")
    assert article.source_name is None


def test_a_headline_parted_by_a_bar_is_no_sentence_broken_off():
    # the lead lost its first word and opens in lower case: still not the headline's end
    article, _ = read(
        "Spagna e Portogallo blackout risolto | tornata l’elettricità\n\n"
        "blackout risolto in Spagna e Portogallo. Attorno alle 6 l'operatore ha annunciato "
        "il ripristino. Il ministero ha avvertito.\n",
        date="2025-04",
    )
    assert article.paragraphs[0].text.startswith("blackout risolto in Spagna")
    assert "headline" in rules_of(article)


def test_a_labelled_and_signed_stamp_after_the_standfirst():
    first = (
        "Boom di download per l’app: mezzo milione in un giorno Disponibile da lunedì scorso, "
        "l’app per il tracciamento dei contatti si posiziona al primo posto nella classifica "
        "delle più scaricate sia sull’Apple Store sia su Google Play. Pubblicato il 03 giugno "
        "2020 da "
    )
    body = (
        "\n\nSono più di 500 mila in 24 ore le persone che hanno scaricato l’app. Ad "
        "annunciarlo il ministro. L’app è disponibile da lunedì.\n\nChi ha un telefono può "
        "scaricarla dal negozio. Il governo invita a farlo.\n"
    )
    article, _ = read(first + "Redazione" + body, date="2020-06")
    assert article.date.iso == "2020-06-03"
    assert article.subtitle.endswith("sia su Google Play.")
    assert article.author is None  # the newsroom signs it, no one
    article, _ = read(first + "Mario Rossi" + body, date="2020-06")
    assert article.author == "Mario Rossi"


def test_the_first_of_the_month_in_words_is_the_articles_day():
    for text in ("di oggi, venerdì primo giugno", "di oggi, 1° giugno"):
        article, _ = read(
            f"Schianto tra moto e auto alle 12 {text}. La strada è chiusa.\n", "2018-06"
        )
        assert article.date.iso == "2018-06-01", text


def test_a_stamp_with_a_short_weekday_on_the_date_line():
    article, _ = read(
        "mer 6 aprile 2022 alle 11:08\n\nROMA – Il governo ha approvato il piano per le "
        "energie rinnovabili. Lo ha annunciato il ministro in una nota.\n",
        "2022-04",
    )
    assert article.date.iso == "2022-04-06"
    assert article.place == "Roma"
    assert article.paragraphs[0].text.startswith("Il governo ha approvato")
    assert "time stamp" in rules_of(article)


def test_a_page_date_glued_to_a_quotation_opening_the_lead():
    for quote in ("''", "«", "“"):
        article, _ = read(
            f"PRESCRIZIONE, LA RIFORMA\n\nlunedì 5 novembre 2018{quote}Qualcuno ha cambiato "
            "idea. Io resto della mia opinione. E lo ripeto. Il magistrato ne ha parlato in "
            "un'intervista al quotidiano.\n",
            "2018-11",
        )
        assert article.date.iso == "2018-11-05", quote
        assert article.paragraphs[0].text.startswith(f"{quote}Qualcuno"), quote


def test_a_wire_pictures_caption_closed_on_its_day_and_its_photographer():
    caption = "Il sindaco di Milano durante un evento in città, 19 ottobre 2025. ANSA/MARIO ROSSI"
    article, _ = read(
        f"Sindaco, appello alla Procura\n\n{caption}\n{caption}\nAA\n\nMILANO, 21 OTT - "
        "Sull'urbanistica serve una soluzione. Lo ha detto il sindaco a margine di un "
        "evento.\n",
        "2025-10-21",
    )
    assert article.title == "Sindaco, appello alla Procura"
    assert article.photo_credit == "ANSA/MARIO ROSSI"
    assert article.place == "Milano"
    assert article.subtitle is None
    assert article.paragraphs[0].text.startswith("Sull'urbanistica")
    assert rules_of(article).count("wire photo caption with its photographer") == 2
    # a paragraph of the text that a credit follows ends on a sentence, not on the day
    article, _ = read(
        "La giunta si riunisce domani. Il voto è atteso in serata.\n\nIl sindaco ha parlato "
        "a lungo con i cronisti in Comune. ANSA/MARIO ROSSI\n\nPoi è tornato in "
        "Comune. Nessuno ha commentato.\n"
    )
    assert article.paragraphs[1].text.startswith("Il sindaco ha parlato")


def test_a_link_to_the_article_after_a_videos_summary_leaves_it():
    article, _ = read(
        "Il primo giorno in aula dei nuovi consiglieri comunali. Molti hanno postato sui "
        "social le foto del loro primo giorno - LEGGI L'ARTICOLO\n"
    )
    assert article.paragraphs[-1].text.endswith("del loro primo giorno")
    assert "continue reading" in rules_of(article)


def test_the_paywall_notice_that_the_content_is_for_subscribers_leaves_the_body():
    article, _ = read(
        "Il presidente della Regione ha tenuto per sé la delega alla sanità. Una sanità "
        "finalmente uscita...\n\nIl contenuto è riservato agli abbonati.\n"
    )
    assert "paywall" in rules_of(article)
    assert not any("abbonati" in p.text for p in article.paragraphs)


def test_a_last_line_cut_inside_a_word_is_the_articles_not_a_linked_headline():
    article, _ = read(
        "Il governo ha impugnato il decreto. La Regione ha annunciato un ricorso al Tar.\n\n"
        "A Taranto, dove decenni di emissioni hanno prodotto danni acc"
    )
    assert article.paragraphs[-1].text.endswith("danni acc")
    assert "related headline" not in rules_of(article)


def test_a_pointer_to_the_link_in_brackets_leaves_the_sentence():
    article, _ = read(
        "La lista dei treni garantiti è disponibile sul sito (qui il link). Non mancano "
        "treni garantiti (qui l'elenco), ma sono previste diverse cancellazioni.\n"
    )
    text = article.paragraphs[0].text
    assert "qui il link" not in text and "qui l'elenco" not in text
    assert "Non mancano treni garantiti, ma sono previste" in text


def test_what_someone_said_named_by_its_noun_is_the_standfirst_of_a_lost_headline():
    lead = (
        "Il presidente degli Stati Uniti ha pronunciato il discorso sullo stato dell'Unione. "
        "Ha parlato per oltre un'ora davanti ai deputati e ai senatori.\n"
    )
    article, _ = read("Il discorso davanti al Congresso\n\n" + lead)
    assert article.subtitle == "Il discorso davanti al Congresso"
    assert article.title_inferred
    # a line that tells what happened, with its verb, stays the headline
    article, _ = read("Il discorso del presidente divide il Congresso\n\n" + lead)
    assert article.title == "Il discorso del presidente divide il Congresso"

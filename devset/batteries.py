"""Batteries of synthetic page furniture: how the readers take the common forms of each family.

The development texts show the forms their outlets use; a new outlet uses others. These
batteries are our own short lines, written from the families (a page's stamp, its chrome,
its closing lines, what stands between headline and lead, datelines), each set in the same
short article, so that a rule is judged on forms no article happened to show:

    python -m devset.batteries            # a summary line per battery
    python -m devset.batteries --show     # and every form read wrong

A form passes when it leaves the text (or, for datelines and openings, gives the right
place, day, agencies and title) and the article's own sentences stay.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable

LEAD = "Il governo ha approvato il decreto sulle bollette. La misura vale un miliardo."
LAST = "Le opposizioni hanno protestato in aula."
HEADLINE = "Il governo approva il decreto sulle bollette"

STAMPS = (
    "Pubblicato il 12 marzo 2024 alle 14:30",
    "Aggiornato il 12 marzo 2024",
    "12 marzo 2024 | 14:30",
    "Ultimo aggiornamento: 12 marzo 2024, 14:30",
    "12 mar 2024 14:30",
    "2 ore fa",
    "5 minuti fa",
    "Data: 12/03/2024",
    "12 marzo 2024 ore 14:30",
    "12 marzo 2024 (aggiornato alle 15:00)",
    "Modificato il 12/03/2024",
    "12-03-2024",
    "2024-03-12T14:30:00",
    "Pubblicato: 12 marzo 2024 14:30",
    "Aggiornato alle 14:30",
    "12/03/2024 alle 14:30",
    "12 marzo 2024 alle 14:30",
    "12 marzo 2024 - Aggiornato alle 15:00",
    "12 marzo 2024 - 14:30 | Aggiornato 15:00",
    "Ore 14:30",
    "Martedì 12 Marzo 2024",
    "ultimo aggiornamento 12/03/2024 15:00",
    "Pubblicato il: 12/03/2024 - 14:30",
    "martedì, 12 Marzo , 24",
)
CHROME = (
    "Leggi anche: Il governo approva la manovra",
    "Potrebbe interessarti anche",
    "Articoli correlati",
    "Per approfondire",
    "Leggi l'articolo completo su Repubblica.it",
    "Leggi tutto",
    "Clicca qui per leggere l'articolo",
    "Vai all'articolo",
    "Guarda anche",
    "Iscriviti alla newsletter",
    "Seguici su Facebook",
    "Resta aggiornato",
    "Ricevi le notizie su WhatsApp",
    "Unisciti al canale Telegram",
    "Sostieni il giornalismo indipendente",
    "© Riproduzione riservata",
    "Articolo successivo",
    "Torna su",
    "Stampa questo articolo",
    "Argomenti: politica, governo",
    "Leggi altre notizie su Roma",
    "I più letti",
    "Notizie correlate",
    "Tempo di lettura: 3 minuti",
    "Foto di repertorio",
    "Foto Ansa",
    "Fonte: Ansa",
    "A cura della redazione",
    "di Redazione",
    "• close-icon close-icon",
    "menu-icon search-icon",
)
CLOSINGS = (
    "Mario Rossi",
    "di Mario Rossi",
    "A.R.",
    "(red)",
    "(ansa)",
    "/AGI",
    "[ANSA]",
    "#Roma #Cronaca",
    "Ph. Mario Rossi",
    "Redazione Online",
    "Email: redazione@giornale.it",
    "Tel. 06 1234567",
    "Riproduzione vietata",
    "(Continua)",
    "- continua -",
    "(segue)",
    "Hai trovato un errore? Segnalacelo",
    "Vota questo articolo",
    "Condividi su Facebook",
    "Credits foto: Ansa",
    "ASCOLTA L'AUDIO",
    "Red-Mil",
    "CORRIERE",
    "Per leggere il documento completo clicca qui",
    "Altri dettagli nell'edizione cartacea in edicola domani",
    "Continua a leggere su Il Foglio >>",
    "Le foto della manifestazione.",
)
OPENINGS = (  # between the headline and the lead, or above the headline
    (HEADLINE, "di Mario Rossi"),
    ("CRONACA", HEADLINE),
    ("ULTIMA ORA", HEADLINE),
    (HEADLINE, "12 marzo 2024"),
    (HEADLINE, "Pubblicato il 12 marzo 2024 alle 14:30"),
    (HEADLINE, "Aggiornato alle 14:30"),
    (HEADLINE, "Redazione"),
    (HEADLINE, "da Redazione"),
    (HEADLINE, "Foto: Ansa"),
    (HEADLINE, "Condividi"),
    (HEADLINE, "#Governo #Bollette"),
    (HEADLINE, "Tempo di lettura: 2 minuti"),
    (HEADLINE, "Ascolta l'articolo"),
    (HEADLINE, "A cura di Mario Rossi"),
    (HEADLINE, HEADLINE),
    ("- logo-icon", HEADLINE),
    (HEADLINE,),
)
# (dateline, place, day, agencies)
DATELINES: tuple[tuple[str, str, int | None, tuple[str, ...]], ...] = (
    ("ROMA, 12 MAR -", "Roma", 12, ()),
    ("Roma, 3 mar. (AGI) -", "Roma", 3, ("AGI",)),
    ("(AGI) - Roma, 3 mar -", "Roma", 3, ("AGI",)),
    ("MOSCA, 5 MAR (ANSA) –", "Mosca", 5, ("ANSA",)),
    ("ROMA -", "Roma", None, ()),
    ("ROMA (Reuters) -", "Roma", None, ("Reuters",)),
    ("NEW YORK, 12 marzo -", "New York", 12, ()),
    ("Dal nostro inviato PARIGI -", "Parigi", None, ()),
    ("BRUXELLES.", "Bruxelles", None, ()),
    ("Roma, 12 marzo 2024 –", "Roma", 12, ()),
    ("(ANSA) ROMA -", "Roma", None, ("ANSA",)),
    ("Kiev, 12 mar. (askanews) -", "Kiev", 12, ("askanews",)),
    ("Città del Vaticano, 12 mar. -", "Città del Vaticano", 12, ()),
    ("L'AQUILA -", "L'Aquila", None, ()),
    ("SAN PAOLO (BRASILE) -", "San Paolo", None, ()),
    ("Roma, 12 marzo (Adnkronos) -", "Roma", 12, ("Adnkronos",)),
    ("ROMA, 12/03/2024 -", "Roma", 12, ()),
    ("TRIPOLI (LIBIA) (ITALPRESS) –", "Tripoli", None, ("Italpress",)),
    ("Roma, 12 mar – (Agenzia Nova) –", "Roma", 12, ("Agenzia Nova",)),
    ("(LaPresse) – Roma, 12 mar –", "Roma", 12, ("LaPresse",)),
)


def _read(text: str):  # type: ignore[no-untyped-def]
    from digest.readers import read_article

    article, _ = read_article("articles/x.txt", f" date 2024-03 {text}\n".encode(), "it")
    return article


def _texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.paragraphs] if article is not None else []


def furniture(line: str) -> bool:
    """The line leaves the text, above the lead and after the last paragraph."""
    above = _read(f"{line}\n\n{LEAD}")
    after = _read(f"{LEAD}\n\n{LAST}\n\n{line}")
    return _texts(above) == [LEAD] and _texts(after) == [LEAD, LAST]


def closing(line: str) -> bool:
    article = _read(f"{LEAD}\n\n{LAST}\n\n{line}")
    return _texts(article) == [LEAD, LAST] and (article.author is None or article.author in line)


def opening(lines: tuple[str, ...]) -> bool:
    article = _read("\n\n".join((*lines, LEAD)))
    return article is not None and article.title == HEADLINE and _texts(article) == [LEAD]


def dateline(case: tuple[str, str, int | None, tuple[str, ...]]) -> bool:
    text, place, day, agencies = case
    article = _read(f"{text} {LEAD}")
    if article is None:
        return False
    found_day = article.date.day if article.date.precision == "day" else None
    return (
        (article.place or "").lower() == place.lower()
        and found_day == day
        and [a.lower() for a in article.agencies] == [a.lower() for a in agencies]
        and _texts(article) == [LEAD]
    )


BATTERIES: dict[str, tuple[Iterable[object], Callable[..., bool]]] = {
    "stamps": (STAMPS, furniture),
    "chrome": (CHROME, furniture),
    "closing lines": (CLOSINGS, closing),
    "openings": (OPENINGS, opening),
    "datelines": (DATELINES, dateline),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list every form read wrong")
    args = parser.parse_args(argv)
    for name, (cases, check) in BATTERIES.items():
        cases = list(cases)
        wrong = [case for case in cases if not check(case)]
        print(f"{name}: {len(cases) - len(wrong)} of {len(cases)} read right")
        if args.show:
            for case in wrong:
                print(f"  - {case!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Batteries of synthetic page furniture: how the readers take the common forms of each family.

The development texts show the forms their outlets use; a new outlet uses others. These
batteries are our own short lines, written from the families (a page's stamp, its chrome,
its closing lines, what stands between headline and lead, headlines, datelines), each set
in the same short article, so that a rule is judged on forms no article happened to show:

    python -m devset.batteries            # a summary line per battery
    python -m devset.batteries --show     # and every form read wrong

A form passes when it leaves the text (or, for datelines and openings, gives the right
place, day, agencies and title) and the article's own sentences stay.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterable

# A lead as long as a real one: a short line under a headline may be a byline or a subtitle
LEAD = (
    "Il governo ha approvato il decreto sulle bollette, dopo una lunga riunione a Palazzo "
    "Chigi con i ministri. La misura vale un miliardo di euro e arriva in aula a marzo."
)
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
    "12 Marzo 2024 - 14:30",
    "Mar 12, 2024",
    "12.03.2024",
    "12.03.2024 - 14:30",
    "Pubblicato il 12/03/2024 14:30 Aggiornato il 12/03/2024 15:00",
    "di Mario Rossi 12 marzo 2024",
    "12 marzo 2024 di Mario Rossi",
    "Lettura 3 min",
    "3 min di lettura",
    "Tempo di lettura 4'",
    "ieri alle 14:30",
    "Oggi, 14:30",
    "12 mar 2024",
    "Redazione - 12 marzo 2024",
    "12 marzo 2024 · 3 minuti di lettura",
    "Aggiornato: 12/03/2024 15:00",
    "(ultima modifica 12-03-2024 15:00)",
    "14:30 del 12/03/2024",
    "Pubblicato 2 giorni fa",
    "1 ora fa",
    "12 marzo 2024 - 14:30 - Redazione",
    "Martedì, 12 marzo 2024 - 14:30",
    "12/03/2024 14:30:00",
    "Ultimo aggiornamento 12 Marzo 2024 alle 14:30",
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
    "Condividi su WhatsApp",
    "Condividi:",
    "Share",
    "Tweet",
    "Facebook Twitter WhatsApp Email",
    "Facebook | Twitter | LinkedIn",
    "Segui le ultime notizie su Google News",
    "Seguici su Google News",
    "Iscriviti al nostro canale WhatsApp",
    "Ricevi le nostre ultime notizie da Google News: SEGUICI",
    "ARTICOLI CORRELATI",
    "Ti potrebbe interessare",
    "Leggi anche",
    "LEGGI ANCHE >> Il governo approva la manovra",
    "Leggi anche → Il governo approva la manovra",
    "Pubblicità",
    "Advertisement",
    "Continua dopo la pubblicità",
    "Contenuto sponsorizzato",
    "Tag: governo, bollette",
    "Tags",
    "Categorie: Politica",
    "Home > Politica > Governo",
    "Home » Politica",
    "Sei in: Home / Politica",
    "Commenti",
    "Lascia un commento",
    "0 commenti",
    "Abbonati",
    "Accedi",
    "Questo articolo è riservato agli abbonati",
    "Per continuare a leggere abbonati",
    "Cookie policy",
    "Copia link",
    "Link copiato",
    "Scarica l'app",
    "Ultime notizie",
    "In evidenza",
    "Galleria fotografica",
    "Guarda la gallery",
    "Riproduzione riservata ©",
    "© RIPRODUZIONE RISERVATA",
    "Copyright © 2024 Il Giornale. Tutti i diritti riservati",
    "Tutti i diritti riservati",
    "P.IVA 01234567890",
    "Registrazione Tribunale di Roma n. 123/2020",
    "Ultima modifica: 12 marzo 2024",
    "Ascolta questo articolo",
    "Ascolta la versione audio dell'articolo",
    "Dai un voto a questo articolo",
    "Leggi i commenti",
    "Iscriviti",
    "Newsletter",
    "Clicca qui",
    "Segui la diretta",
    "Video",
    "Foto",
    "Caricamento in corso...",
    "Loading...",
    "Annuncio",
    "Scopri di più",
    "Continua a leggere",
    "Leggi l'articolo",
    "Mostra altro",
    "Segnala un errore",
    "Stampa",
    "Invia per email",
    "Salva",
    "Aggiungi ai preferiti",
    "Tutte le notizie di oggi",
    "Approfondimenti",
    "Potrebbe interessarti",
    "Dalla stessa sezione",
    "Altre notizie",
    "Ultim'ora",
    "LEGGI ANCHE:",
    "Seguici su Instagram",
    "Seguici anche su Telegram",
    "Segui Il Giornale su Facebook",
    "Entra nel canale WhatsApp di Repubblica",
    "Ricevi gratis le notizie sul tuo Messenger",
    "L'informazione è un bene comune. Sostienila",
    "Abbonati per 1€ al mese",
    "Visualizza questo post su Instagram",
    "Un post condiviso da Giorgia Meloni (@giorgiameloni)",
    "Guarda questo video su YouTube",
    "Accetta",
    "Rifiuta tutti",
    "Gestisci le preferenze",
    "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
    "Commento *",
    "Nome *",
    "Sito web",
    "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.",
    "Invia commento",
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
    "(ANSA).",
    "(AGI)Red/Ros",
    "(Adnkronos)",
    "(LaPresse)",
    "(Italpress).",
    "Ska/Mau",
    "mgg/com",
    "red/cro",
    "NOVA",
    "(Agenzia Nova)",
    "(DIRE)",
    "(Public Policy)",
    "© Copyright ANSA",
    "RIPRODUZIONE RISERVATA © Copyright ANSA",
    "Testo a cura di Mario Rossi",
    "Fonte: Reuters",
    "fonte: ANSA",
    "Foto: Shutterstock",
    "Foto: ANSA/MARIO ROSSI",
    "(foto ANSA)",
    "Photo credit: Reuters",
    "Immagine di copertina: Ansa",
    "Mario Rossi / Ansa",
    "Di Mario Rossi e Anna Bianchi",
    "M.R.",
    "(m.r.)",
    "(Fine)",
    "FINE",
    "-fine-",
    "(Riproduzione riservata)",
    "Articolo pubblicato il 12 marzo 2024",
    "(AGI)\nRed/Ros",
    "(ITALPRESS).\nmgg/com",
    "-foto agenziafotogramma.it-",
    "(Fonte: Adnkronos)",
    "(Ansa)",
    "(Agi)",
    "(Dire)",
    "© Riproduzione Riservata",
    "Riproduzione riservata",
    "Copyright © ANSA",
    "(ANSAmed).",
    "Red/Apa",
    "/gtr",
    "(askanews)",
    "(Agenzia Vista)",
    "(Prima Pagina News)",
    "(Teleborsa)",
    "(Adnkronos/Labitalia)",
    "Foto d'archivio",
    "Foto di repertorio Ansa",
    "(foto di repertorio)",
    "Immagine generata con IA",
    "Foto generata con l'intelligenza artificiale",
    "(fonte: Reuters)",
    "Leggi la notizia su ANSA.it",
    "Questo articolo è stato scritto da Mario Rossi",
    "Mario Rossi (Roma)",
    "mario.rossi@giornale.it",
    "Twitter: @mariorossi",
    "@mariorossi",
    "L'autore: Mario Rossi è giornalista",
    "Aggiornato alle 15:00",
    "Foto: Ansa",
    "(Foto Ansa)",
    "Foto ANSA/ETTORE FERRARI",
    "© Ansa",
    "Credit: Getty Images",
    "Ph: Mario Rossi",
    "Foto d'archivio Ansa",
    "Photo by Mario Rossi on Unsplash",
    "Immagine: Pixabay",
    "Foto di Mario Rossi da Pixabay",
    "Fonte immagine: Wikipedia",
    "Foto LaPresse",
    "LaPresse",
    "ANSA/ANGELO CARCONI",
    "EPA/Mario Rossi",
    "(ANSA/EPA)",
    "Imagoeconomica",
    "Foto Imagoeconomica",
    "Credits: Shutterstock",
    "iStock",
    "Fonte: Ministero della Salute",
    "Via: Reuters",
    "Tratto da: Il Sole 24 Ore",
    "Articolo tratto da Il Post",
    "© 2024 Il Giornale",
    "Copyright 2024 ANSA. Tutti i diritti riservati",
    "© Copyright LaPresse",
    "(C) Riproduzione riservata",
    "RIPRODUZIONE RISERVATA ©",
    "© RIPRODUZIONE RISERVATA - Il Giornale",
    "Tutti i diritti sono riservati",
    "Vietata la riproduzione",
    "Articolo in aggiornamento",
    "Notizia in aggiornamento",
    "In aggiornamento",
    "Seguono aggiornamenti",
    "[Aggiornato alle 15:00]",
    "(Aggiornamento alle 15:00)",
    "***",
    "* * *",
    "---",
    "___",
    "•••",
    "Foto: Facebook",
    "Foto da Facebook",
    "(foto da Twitter)",
    "Immagine di repertorio",
    "Foto generica",
    "Foto: Ufficio stampa",
    "Foto: ufficio stampa Regione Lazio",
    "Fonte: comunicato stampa",
    "Comunicato stampa",
    "Ufficio stampa Comune di Roma",
    "Redazione Roma",
    "La Redazione",
    "Redazione ANSA",
    "di Redazione Online",
    "A cura di Mario Rossi",
    "Autore: Mario Rossi",
    "Scritto da Mario Rossi",
    "Firmato: Mario Rossi",
    "Mario Rossi - Giornalista",
    "Mario Rossi, Anna Bianchi",
    "Mario Rossi e Anna Bianchi",
    "M. Rossi",
    "Mario Rossi / Roma",
    "m.r.",
    "(MR)",
    "MR",
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
    ("Politica", HEADLINE),
    ("POLITICA | GOVERNO", HEADLINE),
    ("Home / Politica", HEADLINE),
    (HEADLINE, "Mario Rossi 12 marzo 2024"),
    (HEADLINE, "12 Marzo 2024 14:30 - di Mario Rossi"),
    (HEADLINE, "Redazione | 12 marzo 2024"),
    (HEADLINE, "Foto di Mario Rossi"),
    (HEADLINE, "Ascolta"),
    (HEADLINE, "3 min"),
    (HEADLINE, "Commenti 0"),
    (HEADLINE, "di Mario Rossi · 12 marzo 2024 · 3 min"),
    (HEADLINE, "Di Mario Rossi"),
    (HEADLINE, "di Mario Rossi e Anna Bianchi"),
    (HEADLINE, "Mario Rossi"),
    (HEADLINE, "12 marzo 2024", "di Mario Rossi"),
    ("Ultim'ora", HEADLINE),
    ("Esteri", HEADLINE),
    ("ESCLUSIVO", HEADLINE),
    ("VIDEO", HEADLINE),
    (HEADLINE, "Share"),
    (HEADLINE, "Facebook Twitter WhatsApp"),
    ("Home > Politica", HEADLINE),
    (HEADLINE, "Leggi in 3 minuti"),
    ("Roma", HEADLINE),
    (HEADLINE, "Redazione Web"),
    (HEADLINE, "Ultimo aggiornamento: 12 marzo 2024"),
    (HEADLINE, "12/03/2024"),
    (HEADLINE, "Da Mario Rossi"),
    ("Comunicato stampa", HEADLINE),
    ("COMUNICATO STAMPA", HEADLINE),
    ("Politica / Governo", HEADLINE),
    ("Cronaca | Roma", HEADLINE),
    (HEADLINE, "di Mario Rossi | 12 marzo 2024"),
    (HEADLINE, "Mario Rossi, 12 marzo 2024"),
    (HEADLINE, "12 marzo 2024, 14:30"),
    (HEADLINE, "di Redazione | 12/03/2024"),
    (HEADLINE, "Pubblicato da Mario Rossi il 12 marzo 2024"),
    (HEADLINE, "Foto: ANSA/Mario Rossi"),
    (HEADLINE, "(foto Ansa)"),
    (HEADLINE, "Roma, 12 marzo 2024"),
    (HEADLINE, "Martedì 12 marzo 2024"),
)
# (lines over the lead, the title they give): a headline's forms, with what a page or a
# browser's tab puts around it (a kicker, a flag, a player's label, the site's name)
HEADLINES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("Libia: il governo approva il decreto sulle bollette",),
        "Libia: il governo approva il decreto sulle bollette",
    ),
    (
        ("Libia, il governo approva il decreto sulle bollette",),
        "Libia, il governo approva il decreto sulle bollette",
    ),
    (("LIBIA: IL GOVERNO APPROVA IL DECRETO",), "Libia: il governo approva il decreto"),
    (("Il governo approva il decreto sulle bollette VIDEO",), HEADLINE),
    (
        ("Bollette: il governo approva il decreto [VIDEO]",),
        "Bollette: il governo approva il decreto",
    ),
    (
        ("Bollette: il governo approva il decreto (FOTO)",),
        "Bollette: il governo approva il decreto",
    ),
    (
        ('"Un miliardo per le famiglie": il governo approva il decreto',),
        '"Un miliardo per le famiglie": il governo approva il decreto',
    ),
    (("Bollette, via libera al decreto?",), "Bollette, via libera al decreto?"),
    (("Meloni: «Un miliardo per le famiglie»",), "Meloni: «Un miliardo per le famiglie»"),
    (("ESTERI", HEADLINE), HEADLINE),
    ((f"{HEADLINE} | Il Giornale",), HEADLINE),
    ((f"{HEADLINE} - Il Sole 24 ORE",), HEADLINE),
    ((f"{HEADLINE} - la Repubblica",), HEADLINE),
    ((f"{HEADLINE} – Corriere.it",), HEADLINE),
    ((HEADLINE, "di Mario Rossi", "12 marzo 2024"), HEADLINE),
    ((HEADLINE, "Roma"), HEADLINE),
    (("Ultim'ora: il governo approva il decreto sulle bollette",), HEADLINE),
    ((f"{HEADLINE}.",), HEADLINE),
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
    ("ROMA – ", "Roma", None, ()),
    ("ROMA —", "Roma", None, ()),
    ("MILANO, 12 MARZO -", "Milano", 12, ()),
    ("(ANSA) - ROMA, 12 MAR -", "Roma", 12, ("ANSA",)),
    ("Roma, 12 mar. (Adnkronos/Labitalia) -", "Roma", 12, ("Adnkronos",)),
    ("Roma, 12 mar (Prima Pagina News) -", "Roma", 12, ("Prima Pagina News",)),
    ("ROMA (ITALPRESS) -", "Roma", None, ("Italpress",)),
    ("Bruxelles, 12 mar. (askanews) -", "Bruxelles", 12, ("askanews",)),
    ("Washington, 12 mar 2024 (LaPresse/AP) -", "Washington", 12, ("LaPresse", "AP")),
    ("Città del Messico, 12 mar. (Adnkronos/Afp) -", "Città del Messico", 12, ("Adnkronos", "AFP")),
    ("(ANSA-AFP) - PARIGI, 12 MAR -", "Parigi", 12, ("ANSA", "AFP")),
    ("Roma, 12 marzo. -", "Roma", 12, ()),
    ("Roma 12 marzo -", "Roma", 12, ()),
    ("Tripoli, 12 mar 14:30 - (Agenzia Nova) -", "Tripoli", 12, ("Agenzia Nova",)),
    ("Dal nostro corrispondente LONDRA -", "Londra", None, ()),
    ("Roma, 12 mar. 2024 -", "Roma", 12, ()),
    ("ROMA, 12 MAR. -", "Roma", 12, ()),
    ("Roma, 12 marzo 2024 (ANSA) -", "Roma", 12, ("ANSA",)),
    ("ROMA, 12 MAR - (ANSA) -", "Roma", 12, ("ANSA",)),
    ("Milano, 12 marzo 2024 -", "Milano", 12, ()),
    ("BEIRUT, 12 MAR -", "Beirut", 12, ()),
    ("(Teleborsa) -", "", None, ("Teleborsa",)),
    ("(Adnkronos) -", "", None, ("Adnkronos",)),
    ("ROMA (dall'inviato) -", "Roma", None, ()),
    ("NEW YORK (USA) (ITALPRESS) -", "New York", None, ("Italpress",)),
    ("KIEV, 12 MAR – (ANSA) –", "Kiev", 12, ("ANSA",)),
    ("Roma, 12 mar. (AGI) –", "Roma", 12, ("AGI",)),
    ("Reggio Calabria, 12 marzo 2024 –", "Reggio Calabria", 12, ()),
    ("SANT'AGATA DI MILITELLO -", "Sant'Agata di Militello", None, ()),
    ("ROMA, 12 marzo - (Adnkronos) -", "Roma", 12, ("Adnkronos",)),
    ("Roma, 12 mar - (Dire) -", "Roma", 12, ("Dire",)),
    ("(DIRE) Roma, 12 mar. -", "Roma", 12, ("Dire",)),
    ("Roma, 12 mar. - (Dire) -", "Roma", 12, ("Dire",)),
    ("Cagliari, martedì 12 marzo 2024 -", "Cagliari", 12, ()),
    ("ROMA, 12 marzo 2024, ore 14:30 -", "Roma", 12, ()),
    ("Roma, 12/3 -", "Roma", 12, ()),
    ("ROMA 12 MARZO -", "Roma", 12, ()),
    ("Roma – 12 marzo 2024 –", "Roma", 12, ()),
    ("NEW YORK, 12 MAR (ANSA) -", "New York", 12, ("ANSA",)),
    ("Roma, 12 mar. (LaPresse) -", "Roma", 12, ("LaPresse",)),
    ("ROMA (askanews) -", "Roma", None, ("askanews",)),
    ("BRUXELLES, 12 MAR. -", "Bruxelles", 12, ()),
    ("Roma, 12 mar. - (AGI) -", "Roma", 12, ("AGI",)),
    ("ROMA, 12 MAR – ", "Roma", 12, ()),
    ("Roma, 12 Marzo 2024 -", "Roma", 12, ()),
    ("ROMA - 12 MARZO -", "Roma", 12, ()),
    ("Milano, 12 marzo 2024 – ", "Milano", 12, ()),
    ("(Italpress) - Roma, 12 mar -", "Roma", 12, ("Italpress",)),
    ("ROMA, 12 MAR 2024 -", "Roma", 12, ()),
    ("Roma, 12 mar 2024 - ", "Roma", 12, ()),
    ("PALERMO (ITALPRESS) - ", "Palermo", None, ("Italpress",)),
    ("TORINO, 12 marzo - ", "Torino", 12, ()),
    ("Tel Aviv, 12 mar. (askanews) -", "Tel Aviv", 12, ("askanews",)),
    ("IL CAIRO, 12 MAR -", "Il Cairo", 12, ()),
    ("L'AVANA, 12 MAR -", "L'Avana", 12, ()),
    ("ROMA, 12 marzo 2024 (Agenzia Nova) -", "Roma", 12, ("Agenzia Nova",)),
    ("Ginevra, 12 mar. (Adnkronos) -", "Ginevra", 12, ("Adnkronos",)),
    ("(ANSA) - ROMA, 12 MAR - ", "Roma", 12, ("ANSA",)),
    ("WASHINGTON, 12 MAR - ", "Washington", 12, ()),
    ("Roma, 12 marzo -", "Roma", 12, ()),
    ("Roma, lunedì 11 marzo -", "Roma", 11, ()),
    ("(AGI) - Roma, 12 mar. -", "Roma", 12, ("AGI",)),
    ("(AGI) - Washington, 12 mar. -", "Washington", 12, ("AGI",)),
    ("ROMA, 12 mar - (Agenzia Vista) -", "Roma", 12, ("Agenzia Vista",)),
    ("MOSCA, 12 MAR - (ANSA-AFP) -", "Mosca", 12, ("ANSA", "AFP")),
)


# (sentence, the story's month, actors it names, actors it must not): the matcher's readings
# of registered forms in the traps of real prose (a country inside another name, a
# demonym as a language or a surname, a surname as a common word, a role and its date)
READINGS: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...] = tuple(
    (sentence, month, frozenset(named), frozenset(not_named))
    for sentence, month, named, not_named in (
        ("Il partito Forza Italia ha votato contro la riforma.", "2023-05", (), ("italia",)),
        ("La Banca d'Italia ha rivisto le stime di crescita.", "2023-05", (), ("italia",)),
        ("Fratelli d'Italia ha presentato un emendamento.", "2023-05", (), ("italia",)),
        ("La finale di Coppa Italia si gioca a Roma.", "2023-05", (), ("italia",)),
        ("La Guinea Equatoriale ha firmato l'accordo.", "2023-05", (), ("guinea",)),
        ("Il Sudan del Sud è in guerra.", "2023-05", ("sud-sudan",), ("sudan",)),
        ("La Nigeria e il Niger hanno firmato.", "2023-05", ("nigeria", "niger"), ()),
        (
            "La Corea del Sud accusa la Corea del Nord.",
            "2023-05",
            ("corea-del-sud", "corea-del-nord"),
            (),
        ),
        (
            "Il documento è stato tradotto in inglese e francese.",
            "2023-05",
            (),
            ("regno-unito", "francia"),
        ),
        ("Il ministro parla correntemente l'arabo e il turco.", "2023-05", (), ("turchia",)),
        ("Al pranzo è stata servita l'insalata russa.", "2023-05", (), ("russia",)),
        ("Una mosca è entrata nella sala del consiglio.", "2023-05", (), ("russia",)),
        ("Il sindaco è nato a Roma nel 1960.", "2023-05", (), ("nato",)),
        ("La Nato ha rafforzato il fianco orientale.", "2023-05", ("nato",), ()),
        ("La Lega Araba si è riunita al Cairo.", "2023-05", ("lega-araba",), ("lega",)),
        ("La Lega Pro ha rinviato la partita.", "2023-05", (), ("lega",)),
        ("Papa Pio XI firmò i Patti Lateranensi.", "2023-05", (), ("xi-jinping",)),
        ("Ci sono diversi modi per uscire dalla crisi.", "2023-05", (), ("narendra-modi",)),
        ("I meloni e le angurie sono cari quest'anno.", "2023-05", (), ("giorgia-meloni",)),
        ("Il conte Ugolino è un personaggio di Dante.", "2023-05", (), ("giuseppe-conte",)),
        (
            "L'allenatore Antonio Conte ha lasciato il Tottenham.",
            "2023-05",
            (),
            ("giuseppe-conte",),
        ),
        ("Il Senato americano ha approvato la legge.", "2023-05", (), ("senato-della-repubblica",)),
        ("Kim Kardashian ha visitato la Casa Bianca.", "2023-05", (), ("kim-jong-un",)),
        ("Michelle Obama ha presentato il suo libro.", "2023-05", (), ("barack-obama",)),
        ("Si è chiuso nella sua camera da letto.", "2023-05", (), ("camera-dei-deputati",)),
        ("Il Gran Premio del Bahrein si corre domenica.", "2023-05", (), ("bahrein",)),
        ("Atlanta è la capitale dello stato della Georgia.", "2023-05", (), ("georgia",)),
        ("Il fiume Giordano è in secca.", "2023-05", (), ("giordania",)),
        (
            "Il sindaco Giordano e l'assessore Greco hanno inaugurato la scuola.",
            "2023-05",
            (),
            ("giordania", "grecia"),
        ),
        ("Il commissario Tedesco ha parlato.", "2023-05", (), ("germania",)),
        (
            "Il procuratore Mario Russo ha aperto un fascicolo. Russo ha spiegato.",
            "2023-05",
            (),
            ("russia",),
        ),
        ("L'ex ministra Livia Turco ha presentato il libro.", "2023-05", (), ("turchia",)),
        ("Il Cremlino ha smentito le indiscrezioni.", "2023-05", ("russia",), ()),
        ("Colloqui di Mosca senza esito.", "2023-05", (), ("russia",)),
        ("Le truppe turche sono entrate in Siria.", "2023-05", ("turchia", "siria"), ()),
        ("La Camera ha approvato il decreto.", "2023-05", ("camera-dei-deputati",), ()),
        (
            "Il presidente americano ha firmato la legge.",
            "2019-05",
            ("donald-trump",),
            ("joe-biden",),
        ),
        (
            "Il presidente americano ha firmato la legge.",
            "2022-05",
            ("joe-biden",),
            ("donald-trump",),
        ),
        (
            "Il premier britannico ha parlato ai Comuni.",
            "2023-03",
            ("rishi-sunak",),
            ("boris-johnson",),
        ),
        (
            "Il cancelliere tedesco è arrivato a Roma.",
            "2025-07",
            ("friedrich-merz",),
            ("olaf-scholz",),
        ),
        (
            "Il premier libico è arrivato a Roma.",
            "2019-05",
            ("fayez-al-sarraj",),
            ("abdul-hamid-dbeibah",),
        ),
        (
            "Il premier libico è arrivato a Roma.",
            "2022-05",
            ("abdul-hamid-dbeibah",),
            ("fayez-al-sarraj",),
        ),
        (
            "Il presidente del Consiglio ha parlato alla Camera.",
            "2021-05",
            ("mario-draghi",),
            ("giuseppe-conte",),
        ),
        ("Il presidente iraniano ha parlato.", "2023-05", ("ebrahim-raisi",), ()),
        ("La guida suprema iraniana ha parlato.", "2019-05", ("ali-khamenei",), ()),
        ("L'alto rappresentante Ue ha parlato.", "2023-05", ("josep-borrell",), ()),
        ("Il capo dello Stato ha parlato.", "2021-05", ("sergio-mattarella",), ()),
        ("Il Papa ha celebrato la messa in piazza San Pietro.", "2019-05", ("papa-francesco",), ()),
        (
            "Il pontefice ha ricevuto il presidente.",
            "2025-12",
            ("papa-leone-xiv",),
            ("papa-francesco",),
        ),
        ("Il papà di Giulia è arrivato a scuola.", "2019-05", (), ("papa-francesco",)),
        (
            "Il premier britannico ha parlato ai Comuni.",
            "2019-03",
            ("theresa-may",),
            ("boris-johnson",),
        ),
        ("Il premier spagnolo ha parlato a Bruxelles.", "2019-05", ("pedro-sanchez",), ()),
        (
            "Il premier spagnolo ha parlato a Bruxelles.",
            "2017-05",
            ("mariano-rajoy",),
            ("pedro-sanchez",),
        ),
        ("Il presidente venezuelano ha parlato.", "2019-05", ("nicolas-maduro",), ()),
        ("Il premier ungherese ha parlato a Budapest.", "2019-05", ("viktor-orban",), ()),
        ("Il presidente nigerino ha parlato.", "2022-05", ("mohamed-bazoum",), ()),
        ("Il presidente nigeriano ha parlato.", "2022-05", (), ("mohamed-bazoum",)),
        ("Lo studente Patrick Zaky resta in carcere.", "2020-12", ("patrick-zaki",), ()),
        (
            "L'amministratore delegato di Eni ha firmato a Tripoli.",
            "2023-05",
            ("claudio-descalzi", "eni"),
            (),
        ),
        ("Il ministro della Giustizia ha parlato alla Camera.", "2023-05", ("carlo-nordio",), ()),
        (
            "Il sindaco di Roma ha inaugurato la metro.",
            "2023-05",
            ("roberto-gualtieri",),
            ("virginia-raggi",),
        ),
        ("Il governatore della Sicilia ha parlato a Palermo.", "2023-05", ("renato-schifani",), ()),
        (
            "A Parigi il ministro della Giustizia francese ha parlato.",
            "2023-05",
            (),
            ("carlo-nordio",),
        ),
        ("La segretaria del Pd ha attaccato il governo.", "2024-05", ("elly-schlein",), ()),
        ("Papa Giovanni Paolo II fu eletto nel 1978.", "2019-05", (), ("papa-francesco",)),
        (
            "Il presidente Russo ha firmato l'ordinanza per le scuole di Avellino.",
            "2023-05",
            (),
            ("vladimir-putin", "russia"),
        ),
        ("Il ministro Greco ha risposto in aula.", "2023-05", (), ("grecia",)),
        ("Il presidente turco ha risposto.", "2023-05", ("recep-tayyip-erdogan", "turchia"), ()),
        ("Mosca accusa Kiev di aver violato la tregua.", "2023-05", ("russia", "ucraina"), ()),
        ("Washington ha avvertito Pechino.", "2023-05", ("stati-uniti", "cina"), ()),
        ("I droni hanno colpito Kiev nella notte.", "2023-05", (), ("ucraina",)),
        ("Il presidente ha visitato Kiev ieri.", "2023-05", (), ("ucraina",)),
        ("Il premier etiope è atteso a Roma.", "2023-05", ("abiy-ahmed", "etiopia"), ()),
        (
            "Il presidente della Regione Campania ha firmato l'ordinanza.",
            "2020-05",
            ("vincenzo-de-luca",),
            ("roberto-fico",),
        ),
        (
            "Il presidente della Regione Campania ha firmato l'ordinanza.",
            "2026-02",
            ("roberto-fico",),
            ("vincenzo-de-luca",),
        ),
        (
            "Secondo Reporter senza frontiere (Rsf) la libertà di stampa peggiora.",
            "2024-05",
            (),
            ("forze-di-supporto-rapido",),
        ),
        ("Le Rsf hanno preso El Fasher.", "2024-05", ("forze-di-supporto-rapido",), ()),
        ("Il vicepresidente Usa ha parlato.", "2023-05", ("kamala-harris",), ("joe-biden",)),
        ("La Regione Campania ha stanziato i fondi.", "2023-05", ("regione-campania",), ()),
        ("Nella regione Campania piove da giorni.", "2023-05", (), ("regione-campania",)),
        (
            "Il tavolo al Mise si è chiuso senza accordo.",
            "2019-05",
            ("ministero-delle-imprese-e-del-made-in-italy",),
            (),
        ),
    )
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


def headline(case: tuple[tuple[str, ...], str]) -> bool:
    lines, title = case
    article = _read("\n\n".join((*lines, LEAD)))
    return article is not None and article.title == title and _texts(article) == [LEAD]


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


@functools.cache
def _matcher():  # type: ignore[no-untyped-def]
    import dataclasses

    from digest.matching import Matcher
    from digest.starter import starter_registry

    # this corpus's home, as the development set's scorer reads it (devset.actors)
    return Matcher(dataclasses.replace(starter_registry(), home="italia"))


def reading(case: tuple[str, str, frozenset[str], frozenset[str]]) -> bool:
    from digest.matching import tag
    from digest.readers import read_article

    sentence, month, named, not_named = case
    text = f" date {month} {sentence} Il vertice si è chiuso senza un comunicato.\n"
    article, _ = read_article("articles/x.txt", text.encode(), "it")
    if article is None:
        return False
    found = {r.actor_id for r in tag(article, _matcher()).actors}
    return named <= found and not (found & not_named)


BATTERIES: dict[str, tuple[Iterable[object], Callable[..., bool]]] = {
    "stamps": (STAMPS, furniture),
    "chrome": (CHROME, furniture),
    "closing lines": (CLOSINGS, closing),
    "openings": (OPENINGS, opening),
    "headlines": (HEADLINES, headline),
    "datelines": (DATELINES, dateline),
    "readings of registered actors": (READINGS, reading),
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

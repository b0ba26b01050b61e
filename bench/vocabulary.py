"""Word lists for the synthetic corpus: names, places, roles and Italian news phrases.

Plain data, no logic. Rules the lists keep (tests/test_bench_corpus.py checks them):
- first names and surnames are disjoint, so "Hassan Khalil" never reads as two people;
- no surname is an Italian word or a demonym ("Russo" would be taken for "russo");
- every capitalised word in a phrase is a place or a source, which the generated
  registry lists under `ignore:`, so only deliberate names become candidates.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """A word list reads best as words."""
    return text.split()


# (male first names, female first names, surnames) per naming tradition.
ITALIAN = (
    _words(
        "Marco Giuseppe Antonio Francesco Alessandro Giovanni Roberto Stefano Paolo Andrea "
        "Matteo Lorenzo Davide Simone Fabio Massimo Claudio Enrico Riccardo Giorgio Vittorio "
        "Pietro Tommaso Alberto Guido Carlo Federico Emanuele"
    ),
    _words(
        "Giulia Francesca Chiara Valentina Elena Sara Laura Silvia Paola Federica Alessandra "
        "Martina Roberta Cristina Daniela Marta Anna Beatrice Elisa"
    ),
    _words(
        "Rossi Ferrari Esposito Colombo Ricci Marchetti Galli Lombardi Moretti Barbieri Santoro "
        "Mariani Rinaldi Caruso Martinelli Coppola Pellegrini Palumbo Benedetti Sanna Rizzi "
        "Parisi Cattaneo Fabbri Bernardi Valentini Silvestri Donati Piras Sartori Brambilla "
        "Zanetti Negri Cirillo Pagano Morelli Olivieri Basile Bertolini Guidi"
    ),
)
ARABIC = (
    _words(
        "Mohammed Ahmed Omar Khaled Mustafa Abdullah Ibrahim Youssef Hassan Hussein Salem Faraj "
        "Abdelhamid Fathi Osama Tarek Walid Nabil Jamal Karim Hamza Bashir Mahmoud Saleh Adel "
        "Hisham Emad Nasser Idris Suleiman Anwar Fawzi Aref"
    ),
    _words(
        "Fatima Najla Leila Aisha Amina Mariam Salma Huda Rania Nadia Samira Zahra Hanan Asma "
        "Yasmin"
    ),
    _words(
        "Mansour Khalil Zaidi Tarhouni Gaddour Bouzid Ghanem Saadi Nasr Zentani Fituri Warfalli "
        "Barghathi Senussi Mahdawi Sweihli Jibril Shaladi Azzabi Tajouri Fezzani Gharyani Hamdi "
        "Naas Oreibi Kikhia Misrati Bakkoush Ashour Daghari al-Mismari al-Obeidi al-Mahmoudi "
        "al-Werfalli al-Hasi el-Fakhri al-Tuhami al-Kabir"
    ),
)
RUSSIAN = (
    _words(
        "Sergei Dmitri Aleksandr Mikhail Nikolai Ivan Vladimir Yuri Oleg Pavel Viktor Igor "
        "Aleksei Konstantin Maksim Evgeny Anatoly Valery Boris Gennady Grigory Kirill Leonid "
        "Stanislav Vadim Artem"
    ),
    _words("Olga Tatiana Natalia Irina Svetlana Ekaterina Anastasia Ludmila"),
    _words(
        "Ivanov Petrov Smirnov Volkov Sokolov Kuznetsov Popov Lebedev Kozlov Novikov Morozov "
        "Orlov Zaitsev Fedorov Vasiliev Semenov Egorov Nikitin Sorokin Belov Gusev Titov "
        "Kiselev Makarov Zakharov Baranov Frolov Kovalev Golubev Vinogradov Bogdanov Komarov "
        "Tarasov Filippov Danilov Krylov Yakovlev"
    ),
)
TRADITIONS = (ITALIAN, ARABIC, RUSSIAN)

# Other spellings of a first name, as agencies transliterate it: aliases of some persons.
SPELLINGS = {
    "Sergei": "Sergej",
    "Dmitri": "Dmitrij",
    "Aleksandr": "Alexander",
    "Nikolai": "Nikolaj",
    "Yuri": "Jurij",
    "Aleksei": "Alexei",
    "Evgeny": "Yevgeny",
    "Anatoly": "Anatolij",
    "Valery": "Valerij",
    "Gennady": "Gennadij",
    "Grigory": "Grigorij",
    "Maksim": "Maxim",
    "Artem": "Artyom",
    "Tatiana": "Tatyana",
    "Natalia": "Natalya",
    "Ekaterina": "Yekaterina",
    "Ludmila": "Lyudmila",
    "Mohammed": "Muhammad",
    "Ahmed": "Ahmad",
    "Omar": "Umar",
    "Khaled": "Khalid",
    "Mustafa": "Moustafa",
    "Abdullah": "Abdallah",
    "Youssef": "Yusuf",
    "Hassan": "Hasan",
    "Hussein": "Husayn",
    "Tarek": "Tariq",
    "Walid": "Waleed",
    "Mahmoud": "Mahmud",
    "Osama": "Usama",
    "Suleiman": "Sulayman",
    "Fatima": "Fatma",
    "Mariam": "Maryam",
}

# Commentators who are not in the registry: their names become candidate findings.
COMMENTATOR_SURNAMES = _words(
    "Bellini Fumagalli Ferrante Landi Mancuso Serafini Tosi Vergani Zoppi Righi Ruggeri "
    "Sorrentino Tonelli Bonetti Lanza Ottaviani Pozzi Carli"
)
COMMENTATOR_ROLES = (
    ("l’analista", "l’analista"),
    ("il ricercatore", "la ricercatrice"),
    ("l’esperto di sicurezza", "l’esperta di sicurezza"),
    ("il docente di relazioni internazionali", "la docente di relazioni internazionali"),
    ("l’economista", "l’economista"),
    ("il giornalista", "la giornalista"),
)
# Closing bylines of plain-text articles: metadata, never matched.
BYLINES = (
    "Lucia Giannini",
    "Paolo Ferrante",
    "Giulia Serafini",
    "Marco Tonelli",
    "Chiara Landi",
    "Stefano Righi",
    "di Elena Vergani",
    "di Andrea Pozzi",
)
PHOTO_CREDITS = (
    "– foto IPA Agency –",
    "– foto IPA Agency –",
    "– foto Agenzia Fotogramma –",
    "– foto: ufficio stampa –",
    "– foto Xinhua –",
)
# Publications quoted in the text and named in front matter (listed under `ignore:`).
SOURCES = ("The New Arab", "Agenzia Nova", "Asharq Al-Awsat", "Middle East Eye", "Fawasel Media")

# Persons' roles: (male, female, title used in aliases like "generale Mansour" or None).
ROLES = (
    ("il ministro degli Esteri", "la ministra degli Esteri", "ministro"),
    ("il ministro dell’Interno", "la ministra dell’Interno", "ministro"),
    ("il ministro della Difesa", "la ministra della Difesa", "ministro"),
    ("il ministro dell’Economia", "la ministra dell’Economia", "ministro"),
    ("il ministro del Petrolio", "la ministra del Petrolio", "ministro"),
    ("il primo ministro", "la prima ministra", "premier"),
    ("il generale", "la generale", "generale"),
    ("l’ambasciatore", "l’ambasciatrice", "ambasciatore"),
    ("il portavoce del governo", "la portavoce del governo", None),
    ("il vicepresidente", "la vicepresidente", "vicepresidente"),
    ("l’inviato speciale", "l’inviata speciale", None),
    ("il comandante", "la comandante", "comandante"),
    ("il governatore della banca centrale", "la governatrice della banca centrale", None),
    ("il deputato", "la deputata", None),
    (
        "il consigliere per la sicurezza nazionale",
        "la consigliera per la sicurezza nazionale",
        None,
    ),
    ("il presidente", "la presidente", "presidente"),
    ("il procuratore generale", "la procuratrice generale", None),
    ("il leader dell’opposizione", "la leader dell’opposizione", None),
)

# (name, article, demonyms m.sg f.sg m.pl f.pl, places). Real countries; the registry's
# own countries take their places from PLACES.
COUNTRIES = (
    ("Egitto", "l’", ("egiziano", "egiziana", "egiziani", "egiziane"), ("Il Cairo", "Alessandria")),
    ("Tunisia", "la", ("tunisino", "tunisina", "tunisini", "tunisine"), ("Tunisi", "Sfax")),
    ("Algeria", "l’", ("algerino", "algerina", "algerini", "algerine"), ("Algeri", "Orano")),
    ("Turchia", "la", ("turco", "turca", "turchi", "turche"), ("Ankara", "Istanbul")),
    ("Italia", "l’", ("italiano", "italiana", "italiani", "italiane"), ("Roma", "Palermo")),
    ("Francia", "la", ("francese", "francese", "francesi", "francesi"), ("Parigi", "Marsiglia")),
    (
        "Stati Uniti",
        "gli",
        ("statunitense", "statunitense", "statunitensi", "statunitensi"),
        ("Washington", "New York"),
    ),
    ("Sudan", "il", ("sudanese", "sudanese", "sudanesi", "sudanesi"), ("Khartoum", "Omdurman")),
    ("Ciad", "il", ("ciadiano", "ciadiana", "ciadiani", "ciadiane"), ("N’Djamena",)),
    ("Niger", "il", ("nigerino", "nigerina", "nigerini", "nigerine"), ("Niamey", "Agadez")),
    ("Qatar", "il", ("qatariota", "qatariota", "qatarioti", "qatariote"), ("Doha",)),
    (
        "Emirati Arabi Uniti",
        "gli",
        ("emiratino", "emiratina", "emiratini", "emiratine"),
        ("Abu Dhabi", "Dubai"),
    ),
    ("Grecia", "la", ("greco", "greca", "greci", "greche"), ("Atene", "Creta")),
    ("Malta", "", ("maltese", "maltese", "maltesi", "maltesi"), ("La Valletta",)),
    ("Marocco", "il", ("marocchino", "marocchina", "marocchini", "marocchine"), ("Rabat",)),
    ("Siria", "la", ("siriano", "siriana", "siriani", "siriane"), ("Damasco",)),
    ("Iran", "l’", ("iraniano", "iraniana", "iraniani", "iraniane"), ("Teheran",)),
    ("Cina", "la", ("cinese", "cinese", "cinesi", "cinesi"), ("Pechino",)),
    ("Germania", "la", ("tedesco", "tedesca", "tedeschi", "tedesche"), ("Berlino",)),
    (
        "Regno Unito",
        "il",
        ("britannico", "britannica", "britannici", "britanniche"),
        ("Londra",),
    ),
    ("Arabia Saudita", "l’", ("saudita", "saudita", "sauditi", "saudite"), ("Riad", "Gedda")),
    ("Spagna", "la", ("spagnolo", "spagnola", "spagnoli", "spagnole"), ("Madrid",)),
    ("Nigeria", "la", ("nigeriano", "nigeriana", "nigeriani", "nigeriane"), ("Abuja",)),
    ("Mali", "il", ("maliano", "maliana", "maliani", "maliane"), ("Bamako",)),
)
# Places of the countries the project's registry already has, by country name.
PLACES = {
    "Libia": ("Tripoli", "Bengasi", "Misurata", "Sirte", "Tobruk", "Derna", "Sebha", "Zawiya"),
    "Pakistan": ("Islamabad", "Rawalpindi", "Karachi", "Lahore"),
    "Russia": ("Mosca", "San Pietroburgo", "Soci"),
}
NEUTRAL_PLACES = ("Ginevra", "Bruxelles", "Vienna")

# Organisations: (article, name pattern, gets an acronym). {m}/{f}: the country's
# demonym, {di}: "della Libia"; patterns without a slot name international bodies.
ORGANISATIONS = (
    ("il", "Ministero dell’Interno {m}", False),
    ("il", "Ministero degli Esteri {m}", False),
    ("il", "Ministero della Difesa {m}", False),
    ("il", "Ministero dell’Economia {m}", False),
    ("il", "Ministero del Petrolio {m}", False),
    ("il", "Ministero della Sanità {m}", False),
    ("il", "Ministero della Giustizia {m}", False),
    ("il", "Ministero dei Trasporti {m}", False),
    ("il", "Ministero delle Finanze {m}", False),
    ("il", "Ministero dell’Energia {m}", False),
    ("il", "Consiglio Presidenziale {m}", False),
    ("il", "Consiglio Supremo di Sicurezza {m}", False),
    ("il", "Consiglio Nazionale per la Sicurezza {di}", True),
    ("il", "Consiglio Economico e Sociale {m}", False),
    ("il", "Consiglio degli Anziani {di}", False),
    ("la", "Banca Centrale {di}", True),
    ("la", "Compagnia Nazionale del Petrolio {di}", True),
    ("la", "Compagnia Elettrica Nazionale {di}", True),
    ("l’", "Autorità Portuale {f}", False),
    ("l’", "Autorità per gli Investimenti {di}", True),
    ("l’", "Autorità Anticorruzione {f}", False),
    ("l’", "Agenzia Nazionale per la Sicurezza {di}", True),
    ("la", "Guardia Costiera {f}", False),
    ("la", "Guardia Presidenziale {f}", False),
    ("l’", "Alta Commissione Elettorale {f}", False),
    ("la", "Corte Suprema {f}", False),
    ("la", "Camera dei Rappresentanti {di}", False),
    ("il", "Partito della Giustizia e dello Sviluppo {di}", True),
    ("il", "Movimento per il Rinnovamento {di}", True),
    ("il", "Fronte di Salvezza Nazionale {di}", True),
    ("la", "Mezzaluna Rossa {f}", False),
    ("il", "Fondo Sovrano {m}", False),
    ("l’", "Ufficio Nazionale di Statistica {di}", True),
    ("la", "Procura Generale {f}", False),
    ("il", "Consiglio di Cooperazione del Mediterraneo", True),
    ("l’", "Organizzazione per lo Sviluppo del Sahel", True),
    ("il", "Forum per il Dialogo Sahariano", True),
    ("la", "Lega delle Municipalità Costiere", True),
    ("l’", "Unione dei Porti del Mediterraneo", True),
    ("la", "Fondazione per la Ricostruzione", False),
)

# Noun phrases with their article, combined into objects: "il rafforzamento della sicurezza".
HEADS = (
    "la necessità",
    "l’importanza",
    "il rafforzamento",
    "la ripresa",
    "il rinvio",
    "l’avvio",
    "la sospensione",
    "il rinnovo",
    "lo sviluppo",
    "la revisione",
    "l’ampliamento",
    "il consolidamento",
    "la tutela",
    "il completamento",
    "il finanziamento",
    "la gestione",
    "il controllo",
    "la riforma",
    "il potenziamento",
    "la valutazione",
    "l’estensione",
    "il monitoraggio",
    "la riorganizzazione",
    "la protezione",
    "il rilancio",
    "l’urgenza",
    "il futuro",
    "l’esito",
)
TOPICS = (
    "la cooperazione militare",
    "la cooperazione economica",
    "il processo politico",
    "i negoziati di pace",
    "le elezioni nazionali",
    "il settore energetico",
    "la produzione petrolifera",
    "le infrastrutture portuali",
    "i flussi migratori",
    "la sicurezza delle frontiere",
    "la ricostruzione delle città",
    "l’economia nazionale",
    "il dialogo tra le parti",
    "l’accordo di cessate il fuoco",
    "le riserve valutarie",
    "il bilancio pubblico",
    "gli aiuti umanitari",
    "la stabilità regionale",
    "i rapporti bilaterali",
    "le forze di sicurezza",
    "il sistema bancario",
    "la riforma costituzionale",
    "il controllo dei confini",
    "le esportazioni di greggio",
    "la rete elettrica",
    "la lotta al terrorismo",
    "il contrasto al traffico di esseri umani",
    "gli investimenti esteri",
    "la transizione politica",
    "l’unificazione delle istituzioni",
    "il ritiro dei combattenti stranieri",
    "lo scambio di prigionieri",
    "la crisi umanitaria",
    "la distribuzione dei proventi petroliferi",
    "i servizi sanitari",
    "la formazione delle forze armate",
    "il programma di disarmo",
    "la sicurezza alimentare",
    "le forniture di gas",
    "il mercato del lavoro",
    "la libertà di stampa",
    "i diritti dei migranti",
    "la gestione delle risorse idriche",
    "gli accordi commerciali",
    "il debito pubblico",
    "le operazioni di sminamento",
    "la protezione dei civili",
    "il rientro degli sfollati",
    "la campagna di vaccinazione",
    "il prezzo del carburante",
    "i collegamenti aerei",
    "la ricostruzione del porto",
    "il sistema giudiziario",
    "le istituzioni locali",
    "la missione di osservazione",
    "il piano di sviluppo",
    "la zona economica speciale",
    "le rotte commerciali",
    "il contrasto al contrabbando",
    "l’addestramento delle truppe",
)
# Past tense, singular and plural subject.
VERBS = (
    ("ha ribadito", "hanno ribadito"),
    ("ha sottolineato", "hanno sottolineato"),
    ("ha annunciato", "hanno annunciato"),
    ("ha confermato", "hanno confermato"),
    ("ha denunciato", "hanno denunciato"),
    ("ha chiesto", "hanno chiesto"),
    ("ha promesso", "hanno promesso"),
    ("ha accolto con favore", "hanno accolto con favore"),
    ("ha criticato", "hanno criticato"),
    ("ha elogiato", "hanno elogiato"),
    ("ha respinto", "hanno respinto"),
    ("ha proposto", "hanno proposto"),
    ("ha sostenuto", "hanno sostenuto"),
    ("ha esaminato", "hanno esaminato"),
    ("ha rilanciato", "hanno rilanciato"),
    ("ha messo in discussione", "hanno messo in discussione"),
    ("ha evidenziato", "hanno evidenziato"),
    ("ha auspicato", "hanno auspicato"),
    ("ha approvato", "hanno approvato"),
    ("ha garantito", "hanno garantito"),
    ("ha difeso", "hanno difeso"),
    ("ha condannato", "hanno condannato"),
    ("ha discusso", "hanno discusso"),
    ("ha rivendicato", "hanno rivendicato"),
)
SAY_VERBS = (
    "ha dichiarato",
    "ha affermato",
    "ha detto",
    "ha spiegato",
    "ha aggiunto",
    "ha sottolineato",
    "ha precisato",
    "ha commentato",
)
MEET_VERBS = (
    "ha incontrato",
    "ha ricevuto",
    "ha avuto un colloquio con",
    "ha avuto una conversazione telefonica con",
    "si è riunito con",
)
HEADLINE_MEET = ("incontra", "riceve", "sente", "vede")
HEADLINE_TOPIC = ("annuncia", "rilancia", "chiede", "promette", "difende", "critica")
# Sentence openers; empty strings make plain sentences more common.
OPENERS = (
    "",
    "",
    "",
    "",
    "Nel frattempo, ",
    "Inoltre, ",
    "Secondo fonti locali, ",
    "Da parte sua, ",
    "Nel corso dell’incontro, ",
    "Allo stesso tempo, ",
    "In precedenza, ",
    "Come riportato dai media locali, ",
    "Nelle ultime settimane, ",
    "Durante i colloqui, ",
    "Tuttavia, ",
    "Intanto, ",
    "Successivamente, ",
    "A margine della riunione, ",
    "In una nota, ",
)
TAILS = (
    "",
    "",
    "",
    "",
    " nei prossimi mesi",
    " entro la fine dell’anno",
    " nel sud del paese",
    " nelle regioni orientali",
    " in vista del prossimo vertice",
    " nonostante le tensioni degli ultimi giorni",
    " dopo settimane di stallo",
    ", secondo quanto riferito da fonti locali",
    ", come riportato dai media locali",
    " nel quadro degli accordi esistenti",
    " con il sostegno dei partner internazionali",
    " in un contesto di crescente instabilità",
    " al termine di una lunga riunione",
    " durante una conferenza stampa",
    " in una dichiarazione diffusa in serata",
    " dopo un lungo confronto con le parti sociali",
)
TIMES = (
    "lunedì",
    "martedì scorso",
    "nella giornata di ieri",
    "nelle ultime ore",
    "questa mattina",
    "ieri sera",
    "mercoledì scorso",
    "nel fine settimana",
    "giovedì",
    "venerdì pomeriggio",
    "domenica",
)
# Subjects without an actor: (phrase, plural).
GENERIC_SUBJECTS = (
    ("una fonte diplomatica", False),
    ("la stampa locale", False),
    ("un funzionario del governo", False),
    ("il comunicato congiunto", False),
    ("il documento finale", False),
    ("un alto ufficiale", False),
    ("gli osservatori internazionali", True),
    ("fonti diplomatiche", True),
    ("gli analisti", True),
    ("i media locali", True),
    ("i residenti", True),
    ("le organizzazioni umanitarie", True),
    ("le parti", True),
    ("i partecipanti", True),
    ("i funzionari", True),
    ("le delegazioni", True),
    ("gli esperti", True),
)
# Subjects naming a country by its demonym: (noun, demonym form index, plural).
DEMONYM_SUBJECTS = (
    ("il governo", 0, False),
    ("la delegazione", 1, False),
    ("la diplomazia", 1, False),
    ("la stampa", 1, False),
    ("il parlamento", 0, False),
    ("le autorità", 3, True),
    ("i militari", 2, True),
    ("fonti", 3, True),
    ("le forze armate", 3, True),
    ("i funzionari", 2, True),
    ("gli imprenditori", 2, True),
)
QUOTE_ADJECTIVES = ("fondamentale", "essenziale", "cruciale", "imprescindibile", "urgente")
# {t} is a topic, {T} the same capitalised; {resta} and {richiede} agree with it.
QUOTES = (
    "{T} {resta} {a} per il futuro del paese",
    "Siamo pronti a sostenere {t} con tutti i mezzi a nostra disposizione",
    "Non accetteremo passi indietro {su_t}",
    "Serve un impegno comune per {t}",
    "{T} {richiede} partner affidabili e una visione di lungo periodo",
    "Abbiamo discusso in modo franco {di_t} e {di_t2}",
    "Lavoreremo insieme per {t}",
    "La priorità resta lavorare {su_t}",
    "È necessario accelerare {t}",
    "Non ci sono alternative al dialogo, soprattutto {su_t}",
    "I progressi {su_t} sono evidenti, ma resta molto da fare",
)
# Clauses reported by an organisation's note.
NOTE_CLAUSES = (
    "il tema {di_t} sarà affrontato nelle prossime settimane",
    "il dossier {di_t} resta aperto",
    "sono stati compiuti progressi significativi {su_t}",
    "proseguono i contatti per {t}",
    "è stato istituito un gruppo di lavoro {su_t}",
    "le misure {su_t} entreranno in vigore a breve",
)
SUBHEADINGS = (
    "Il contesto",
    "Le reazioni",
    "I prossimi passi",
    "Il quadro regionale",
    "Le cifre",
    "Cosa cambia",
)

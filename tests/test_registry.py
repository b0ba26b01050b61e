from __future__ import annotations

import pytest

from digest.registry import load_registry, parse_registry
from tests.conftest import FIXTURES


def test_seed_registry_has_the_careful_editors_actors(registry):
    expected = {
        "khalifa-haftar": "person",
        "saddam-haftar": "person",
        "asim-munir": "person",
        "andrei-belousov": "person",
        "esercito-nazionale-libico": "organisation",
        "esercito-pakistano": "organisation",
        "ispr": "organisation",
        "libia": "country",
        "pakistan": "country",
        "russia": "country",
    }
    assert {k: registry.actors[k].kind for k in expected} == expected
    assert "LNA" in registry.actors["esercito-nazionale-libico"].aliases
    assert "Lna" in registry.actors["esercito-nazionale-libico"].exact
    assert registry.actors["libia"].wikidata == "Q1016"


def test_surname_defaults_to_last_word_for_persons(registry):
    assert registry.actors["khalifa-haftar"].surname == "Haftar"
    assert registry.actors["saddam-haftar"].surname == "Haftar"
    assert registry.actors["libia"].surname is None


def test_duplicate_id_names_both_lines():
    _, findings = load_registry(FIXTURES / "registry" / "duplicate-id.yml", "dup.yml")
    assert [(f.code, f.line) for f in findings] == [("R501", 5)]
    assert "first at line 2" in findings[0].message


def test_alias_claimed_by_two_actors():
    _, findings = load_registry(FIXTURES / "registry" / "alias-twice.yml", "twice.yml")
    assert [f.code for f in findings] == ["R502"]
    assert "khalifa-haftar" in findings[0].message and "saddam-haftar" in findings[0].message


def test_bad_entries_are_each_reported_with_their_line():
    registry, findings = load_registry(FIXTURES / "registry" / "bad-entries.yml", "bad.yml")
    assert sorted((f.code, f.line) for f in findings) == [
        ("R504", 5),
        ("R505", 12),
        ("R506", 2),
        ("R520", 8),
    ]
    assert registry.actors == {}


def test_missing_or_shapeless_registry(tmp_path):
    _, findings = load_registry(tmp_path / "none.yml")
    assert [f.code for f in findings] == ["R500"]
    _, findings = parse_registry(["not", "a", "mapping"], "x.yml")
    assert [f.code for f in findings] == ["R519"]


def test_invalid_yaml_reports_line(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text("actors:\n  - id: x\n    name: [unclosed\n", encoding="utf-8")
    _, findings = load_registry(path)
    assert findings[0].code == "R503" and findings[0].line is not None


def _actor(**keys):
    return {"id": "x", "name": "X", "kind": "person", **keys}


# Each problem R503 once stood for has its own code now; R503 is invalid YAML only.
@pytest.mark.parametrize(
    ("data", "code", "message"),
    [
        ({"actori": []}, "R519", "the registry must have an `actors:` list"),
        ({"actors": [], "attori": []}, "R520", "unknown top-level key `attori`"),
        ({"actors": [_actor(alias=["Y"])]}, "R520", "unknown actor key `alias`"),
        (
            {"actors": [_actor(aliases=[{"nome": "Y"}])]},
            "R520",
            "a form of `x` given as a mapping has unknown key `nome`",
        ),
        ({"actors": ["x"]}, "R521", "each actor must be a mapping with id, name and kind"),
        ({"actors": [_actor(name=" ")]}, "R522", "actor `x` has no name"),
        (
            {"actors": [_actor(aliases=[{"from": "2020"}])]},
            "R522",
            "a form of `x` given as a mapping has no name",
        ),
        ({"actors": [_actor(surname=3)]}, "R523", "`surname` of `x` must be text"),
        (
            {"actors": [_actor(known_by_surname="yes")]},
            "R523",
            "`known_by_surname` of `x` must be true or false",
        ),
        ({"actors": [_actor(demonyms=[3])]}, "R523", "`demonyms` of `x` must be a list of names"),
        ({"actors": [_actor(aliases=3)]}, "R523", "`aliases` of `x` must be a list of names"),
        ({"actors": [], "ignore": "Bengasi"}, "R523", "`ignore` must be a list of names"),
        ({"actors": [], "drop": [1]}, "R523", "`drop` must be a list of names"),
    ],
)
def test_each_registry_problem_has_its_own_code(data, code, message):
    _, findings = parse_registry(data, "r.yml")
    assert [(f.code, f.message) for f in findings] == [(code, message)]
    assert findings[0].severity == "error" and findings[0].fix


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        (b"actors: [\n", "R503", "the registry is not valid YAML"),
        (b"actors:\n  - &a {id: x}\n", "R518", "registry refused"),
        (b"actors: []\nignore: [Citt\xe0]\n", "R517", "the registry is not UTF-8 text"),
    ],
)
def test_a_registry_file_refused_whole_says_why(tmp_path, text, code, message):
    path = tmp_path / "actors.yml"
    path.write_bytes(text)
    registry, findings = load_registry(path)
    assert registry.actors == {} and [f.code for f in findings] == [code]
    assert findings[0].message.startswith(message)


def test_id_that_escapes_its_folder_is_refused():
    _, findings = parse_registry(
        {"actors": [{"id": "../x", "name": "X", "kind": "person"}]}, "r.yml"
    )
    assert [f.code for f in findings] == ["R506"]


# ---------------------------------------------------------------- periods, sources, the starter

import datetime as dt  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from digest.model import Period  # noqa: E402
from digest.registry import combine, parse_period  # noqa: E402


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (2016, None, Period(dt.date(2016, 1, 1), None)),
        ("2016-03", "2021-03", Period(dt.date(2016, 3, 1), dt.date(2021, 3, 31))),
        ("2016-03-30", "2021", Period(dt.date(2016, 3, 30), dt.date(2021, 12, 31))),
        (None, "2024-02", Period(None, dt.date(2024, 2, 29))),
    ],
)
def test_periods_are_inclusive_at_the_precision_given(start, end, expected):
    assert parse_period(start, end) == (expected, None)


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        ("2021-02-30", None, "month 2 of 2021 has no day 30"),
        ("2021-13", None, "has no month 13"),
        ("marzo 2021", None, "is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (True, None, "must be a date"),
        ("2021", "2020", "is before `from`"),
    ],
)
def test_a_period_that_cannot_be_read_says_why(start, end, problem):
    _, found = parse_period(start, end)
    assert found is not None and problem in found


@given(st.one_of(st.none(), st.integers(), st.text(max_size=20), st.booleans(), st.floats()))
def test_any_value_of_from_gives_a_period_or_a_reason(value):
    period, problem = parse_period(value, None)
    assert (problem is None) or period == Period()


def test_timed_aliases_and_their_findings():
    registry, findings = parse_registry(
        {
            "actors": [
                {
                    "id": "fayez-al-sarraj",
                    "name": "Fayez al-Sarraj",
                    "kind": "person",
                    "aliases": [
                        "Serraj",
                        {"name": "premier libico", "from": "2016-03-30", "until": "2021-03-14"},
                    ],
                    "source": "https://it.wikipedia.org/wiki/Fayez_al-Sarraj",
                    "from": "2016-03-30",
                    "until": "2021-03-15",
                },
                {
                    "id": "x",
                    "name": "X",
                    "kind": "person",
                    "aliases": [{"name": "y", "from": "2021-02-30"}, {"nome": "z"}],
                    "source": "javascript:alert(1)",
                },
            ]
        },
        "r.yml",
    )
    assert sorted(f.code for f in findings) == ["R515", "R516", "R520"]
    sarraj = registry.actors["fayez-al-sarraj"]
    assert sarraj.aliases == ("Serraj", "premier libico")
    assert sarraj.periods("premier libico") == (Period(dt.date(2016, 3, 30), dt.date(2021, 3, 14)),)
    assert sarraj.period.end == dt.date(2021, 3, 15)


def test_two_actors_may_share_a_form_in_periods_that_do_not_overlap():
    def actor(actor_id, start, end):
        return {
            "id": actor_id,
            "name": actor_id.upper(),
            "kind": "organisation",
            "aliases": [{"name": "governo di Tripoli", "from": start, "until": end}],
        }

    _, findings = parse_registry(
        {"actors": [actor("gna", "2016", "2021-03-14"), actor("gnu", "2021-03-15", None)]}, "r.yml"
    )
    assert findings == []
    _, findings = parse_registry(
        {"actors": [actor("gna", "2016", "2021-03-14"), actor("gnu", "2021-03", None)]}, "r.yml"
    )
    assert [f.code for f in findings] == ["R502"]


def test_the_site_adds_replaces_takes_over_and_drops():
    starter, _ = parse_registry(
        {
            "actors": [
                {"id": "libia", "name": "Libia", "kind": "country", "demonyms": ["libico"]},
                {"id": "russia", "name": "Russia", "kind": "country", "aliases": ["Cremlino"]},
                {"id": "egitto", "name": "Egitto", "kind": "country"},
            ]
        },
        "starter",
        "starter",
    )
    site, _ = parse_registry(
        {
            "actors": [
                {"id": "libia", "name": "Libia", "kind": "country"},
                {"id": "cremlino", "name": "Cremlino", "kind": "organisation"},
                {"id": "nuovo", "name": "Nuovo Attore", "kind": "person"},
            ],
            "drop": ["egitto", "atlantide"],
        },
        "actors.yml",
    )
    combined, findings = combine(starter, site)
    assert sorted(combined.actors) == ["cremlino", "libia", "nuovo", "russia"]
    assert combined.actors["libia"].demonyms == ()  # the site's entry replaced the starter's
    assert combined.actors["russia"].aliases == ()  # "Cremlino" is the site's actor now
    assert sorted((f.code, f.severity) for f in findings) == [
        ("R512", "info"),
        ("R513", "warning"),
        ("R514", "warning"),
    ]


# ---------------------------------------------------------------- country, domestic, home


def test_an_institutions_country_and_domestic_words_are_read():
    data = {
        "home": "italia",
        "actors": [
            {"id": "italia", "name": "Italia", "kind": "country"},
            _actor(
                id="senato",
                name="Senato della Repubblica",
                country="italia",
                domestic=["Senato", "senato"],
            ),
        ],
    }
    registry, findings = parse_registry(data, "actors.yml")
    assert findings == []
    assert registry.home == "italia"
    assert registry.actors["senato"].country == "italia"
    assert registry.actors["senato"].domestic == ("Senato", "senato")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"home": ["italia"], "actors": []}, "`home` must be the id of a country"),
        ({"home": "../x", "actors": []}, "`home` must be the id of a country"),
        (
            {"actors": [_actor(domestic=[3], country="italia")]},
            "`domestic` of `x` must be a list of names",
        ),
        ({"actors": [_actor(country=["italia"])]}, "`country` of `x` must be text"),
    ],
)
def test_a_wrong_country_domestic_or_home_is_an_error(data, message):
    _, findings = parse_registry(data, "actors.yml")
    assert [f.code for f in findings] == ["R523"]
    assert message in findings[0].message


def test_a_country_or_home_that_names_no_country_is_a_warning():
    from digest.registry import home_problems

    data = {
        "home": "atlantide",
        "actors": [
            {"id": "italia", "name": "Italia", "kind": "country"},
            _actor(id="a", name="A", country="francia", domestic=["Senato"]),
            _actor(id="b", name="B", domestic=["Camera"]),
            _actor(id="c", name="C", country="a", domestic=["Consiglio"]),  # a person
        ],
    }
    registry, findings = parse_registry(data, "actors.yml")
    assert findings == []
    problems = home_problems(registry)
    assert [(f.code, f.severity) for f in problems] == [("R524", "warning")] * 4
    text = " ".join(f.message for f in problems)
    assert "`country` of `a` names `francia`" in text
    assert "`b` has `domestic` words but no `country`" in text
    assert "`home` names `atlantide`" in text


def test_two_countries_institutions_may_share_a_bare_word_but_not_one_country():
    italy = {"id": "italia", "name": "Italia", "kind": "country"}
    spain = {"id": "spagna", "name": "Spagna", "kind": "country"}
    ours = _actor(
        id="senato-it", name="Senato della Repubblica", country="italia", domestic=["Senato"]
    )
    theirs = _actor(id="senado", name="Senado", country="spagna", domestic=["Senato"])
    _, findings = parse_registry({"actors": [italy, spain, ours, theirs]}, "actors.yml")
    assert findings == []
    again = _actor(id="senato-bis", name="Senato bis", country="italia", domestic=["Senato"])
    _, findings = parse_registry({"actors": [italy, ours, again]}, "actors.yml")
    assert [f.code for f in findings] == ["R502"]


def test_a_sites_bare_word_takes_the_starters_of_its_country_only():
    italy = {"id": "italia", "name": "Italia", "kind": "country"}
    usa = {"id": "usa", "name": "Stati Uniti", "kind": "country"}
    starter, _ = parse_registry(
        {"actors": [italy, usa, _actor(id="senato-it", country="italia", domestic=["Senato"])]},
        "starter.yml",
        origin="starter",
    )
    theirs = _actor(id="us-senate", name="US Senate", country="usa", domestic=["Senato"])
    site, _ = parse_registry({"actors": [theirs], "home": "usa"}, "actors.yml")
    combined, findings = combine(starter, site)
    assert findings == []
    assert combined.actors["senato-it"].domestic == ("Senato",)
    assert combined.home == "usa"
    # A site's alias "Senato" (any story) takes the starter's bare word.
    alias = _actor(id="senato-mio", name="Il mio senato", aliases=["Senato"])
    site, _ = parse_registry({"actors": [alias]}, "actors.yml")
    combined, findings = combine(starter, site)
    assert [f.code for f in findings] == ["R513"]
    assert combined.actors["senato-it"].domestic == ()


def test_the_bodies_of_one_countrys_territories_share_a_bare_word():
    italy = {"id": "italia", "name": "Italia", "kind": "country"}
    campania = _actor(
        id="regione-campania",
        name="Regione Campania",
        country="italia",
        domestic=["Regione"],
        territory=["Campania"],
    )
    lazio = _actor(
        id="regione-lazio",
        name="Regione Lazio",
        country="italia",
        domestic=["Regione"],
        territory=["Lazio"],
    )
    registry, findings = parse_registry({"actors": [italy, campania, lazio]}, "actors.yml")
    assert findings == []
    assert registry.actors["regione-lazio"].territory == ("Lazio",)
    # … but not two bodies of one territory, nor a body without one
    twin = _actor(
        id="giunta-lazio",
        name="Giunta",
        country="italia",
        domestic=["Regione"],
        territory=["Lazio"],
    )
    _, findings = parse_registry({"actors": [italy, lazio, twin]}, "actors.yml")
    assert [f.code for f in findings] == ["R502"]
    loose = _actor(id="regione-x", name="Regione X", country="italia", domestic=["Regione"])
    _, findings = parse_registry({"actors": [italy, lazio, loose]}, "actors.yml")
    assert [f.code for f in findings] == ["R502"]


def test_a_territory_is_a_list_of_names():
    bad = _actor(id="regione-x", name="Regione X", country="italia", territory=[{"x": 1}])
    _, findings = parse_registry({"actors": [bad]}, "actors.yml")
    assert "R523" in [f.code for f in findings]

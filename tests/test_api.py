"""Open data: validated against the JSON Schema shipped with the package."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from tests.golden import generated_pages


@pytest.fixture(scope="module")
def api():
    return {
        k.removeprefix("api/"): json.loads(v)
        for k, v in generated_pages().items()
        if k.startswith("api/")
    }


@pytest.fixture(scope="module")
def schema():
    return json.loads(
        resources.files("digest.schema").joinpath("api.schema.json").read_text(encoding="utf-8")
    )


def test_schema_is_valid_and_published_beside_the_data(api, schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    assert api["schema.json"] == schema


@pytest.mark.parametrize("name", ["articles/2025.json", "actors.json", "months.json", "index.json"])
def test_files_validate(api, schema, name):
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        api[name]
    )


def test_articles_carry_what_the_pages_show(api):
    assert api["articles/2025.json"]["year"] == 2025
    by_id = {a["id"]: a for a in api["articles/2025.json"]["articles"]}
    may = by_id["2025-05-haftar-a-mosca-con-belousov"]
    assert (may["date"], may["date_precision"], may["place"], may["country"]) == (
        "2025-05",
        "month",
        "Tripoli",
        "Libia",
    )
    assert may["agencies"] == ["Italpress", "MNA"] and may["photo"] == "IPA Agency"
    assert may["url"] == "http://127.0.0.1:8000/articoli/2025/2025-05-haftar-a-mosca-con-belousov/"
    assert may["newer"] == "2025-12-20-munir-incontra-haftar-a-bengasi" and may["older"] is None
    assert may["related"] == ["2025-12-20-munir-incontra-haftar-a-bengasi"]
    # "il comandante dell’esercito nazionale libico" is Haftar's role since 2015: 8 mentions.
    assert {a["id"]: a["mentions"] for a in may["actors"]}["khalifa-haftar"] == 8


def test_index_says_where_everything_is(api):
    index = api["index.json"]
    assert index["articles"] == {"2025": "http://127.0.0.1:8000/api/articles/2025.json"}
    assert index["actors"] == "http://127.0.0.1:8000/api/actors.json"


def test_actors_and_months(api):
    actors = {a["id"]: a for a in api["actors.json"]["actors"]}
    haftar = actors["khalifa-haftar"]
    assert haftar["articles"] == 2 and haftar["by_month"] == {"2025-05": 1, "2025-12": 1}
    assert haftar["first"] == "2025-05" and haftar["last"] == "2025-12-20"
    assert haftar["feeds"]["rss"] == "http://127.0.0.1:8000/feeds/attori/khalifa-haftar/rss.xml"
    months = {m["key"]: m for m in api["months.json"]["months"]}
    assert months["2025-05"]["name"] == "maggio 2025" and months["2025-05"]["article_ids"] == [
        "2025-05-haftar-a-mosca-con-belousov"
    ]


def test_schema_rejects_a_broken_record(api, schema):
    broken = json.loads(json.dumps(api["articles/2025.json"]))
    broken["articles"][0]["date"] = "2025-13"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)

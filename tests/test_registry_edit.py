"""`digest actors accept` adds one entry and leaves every other byte as it was."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.registry_edit import EditError, add_entry
from digest.suggest import Suggestion

ENTRY = "  - id: nuovo\n    name: Nuovo Attore\n    kind: person  # guessed: check"


def test_after_the_last_entry_with_its_indent_and_comments_kept():
    text = (
        "# header\nactors:\n    - id: a   # first\n      name: A\n      kind: person\n"
        "    # a note\n\n# Not actors\nignore: [Bengasi]\n"
    )
    result = add_entry(text, ENTRY, "nuovo", "actors.yml")
    assert result == (
        "# header\nactors:\n    - id: a   # first\n      name: A\n      kind: person\n"
        "    - id: nuovo\n      name: Nuovo Attore\n      kind: person  # guessed: check\n"
        "    # a note\n\n# Not actors\nignore: [Bengasi]\n"
    )


def test_an_empty_list_in_brackets_becomes_a_block():
    result = add_entry("actors: []\nignore: []\n", ENTRY, "nuovo", "actors.yml")
    assert result == "actors:\n" + ENTRY + "\nignore: []\n"


def test_windows_line_endings_and_a_missing_final_newline_are_kept():
    text = "actors:\r\n  - id: a\r\n    name: A\r\n    kind: person"
    result = add_entry(text, ENTRY, "nuovo", "actors.yml")
    assert result.startswith(text) and "\r\n  - id: nuovo\r\n" in result
    assert yaml.safe_load(result)["actors"][1]["id"] == "nuovo"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("actors: [{id: a, name: A, kind: person}]\n", "a list in brackets"),
        ("ignore: []\n", "has no `actors:` list"),
        ("actors: [\n", "not valid YAML"),
        ("a: &x 1\nactors: []\n", "anchors and aliases"),
        ("actors:\n  - id: nuovo\n    name: Già\n    kind: person\n", "listed twice"),
    ],
)
def test_a_file_that_is_not_sound_is_left_alone(text, problem):
    with pytest.raises(EditError, match=problem):
        add_entry(text, ENTRY, "nuovo", "actors.yml")


NAMES = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=200, deadline=None)
@given(NAMES, st.lists(NAMES, max_size=3))
def test_any_name_is_written_as_itself_or_refused(name, variants):
    item = Suggestion(name, tuple(variants), ("articles/a.txt",), (), "person", "why", "nuovo")
    try:
        result = add_entry("actors: []\n", item.entry(), "nuovo", "actors.yml")
    except EditError:
        return  # a control character, for one: refused with the registry's own finding
    entry = yaml.safe_load(result)["actors"][0]
    assert entry["name"] == name
    assert entry.get("aliases", []) == variants

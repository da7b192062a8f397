"""Rule tables: schema checks, package files in the wheel, save and load."""
from __future__ import annotations

from importlib import resources

import pytest

from dipnlp.errors import RulesError
from dipnlp.rules import Schema, parse_jsonl

SCHEMA = Schema({"word": str}, {"note": str})


def test_unknown_key_is_rejected_with_file_and_line():
    with pytest.raises(RulesError, match=r"my.jsonl: line 2: unknown keys \['wrod'\]"):
        parse_jsonl(['{"word": "envoy"}', '{"wrod": "x"}'], SCHEMA, "my.jsonl")


@pytest.mark.parametrize("line,reason", [('{"note": "x"}', "missing key 'word'"),
                                         ('{"word": 3}', "'word' should be str"),
                                         ('{"word": ', "line 1")])
def test_bad_records_say_why(line, reason):
    with pytest.raises(RulesError, match=reason):
        parse_jsonl([line], SCHEMA, "f.jsonl")


def test_empty_table_is_an_error():
    with pytest.raises(RulesError, match="no records"):
        parse_jsonl(["// only a comment", ""], SCHEMA, "f.jsonl")


@pytest.mark.parametrize("name", ["roles", "role_modifiers", "honorifics", "not_names", "entity_patterns", "places"])
def test_lexicons_ship_inside_the_package(name):
    assert resources.files("dipnlp").joinpath("data", f"{name}.jsonl").is_file()

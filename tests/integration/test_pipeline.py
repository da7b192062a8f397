"""The real pipeline: loading, saving, multiprocessing and DocBin keep dipnlp's results."""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import DocBin

from dipnlp.corpus import read_corpus
from dipnlp.extraction import make_doc
from dipnlp.pipeline import COMPONENTS
from dipnlp.results import ArticleResult
from tests.conftest import CORPUS

SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def records(docs):
    return [ArticleResult.from_doc(d).to_dict() for d in docs]


@pytest.fixture(scope="module")
def seed_docs(nlp):
    articles = [a for a in read_corpus(SEEDS)]
    return articles, [nlp(make_doc(nlp, a, i)) for i, a in enumerate(articles)]


def test_pipeline_has_model_and_dip_components(nlp):
    assert nlp.pipe_names[-len(COMPONENTS):] == list(COMPONENTS)
    assert {"parser", "ner"} <= set(nlp.pipe_names)


def test_import_dipnlp_is_cheap():
    code = "import sys, dipnlp; print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_to_disk_and_spacy_load_round_trip(nlp, seed_docs, tmp_path):
    articles, docs = seed_docs
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "dip_entity_rules" / "roles.jsonl").is_file()
    again = spacy.load(tmp_path / "pipe")  # factories come from the spacy_factories entry points
    assert again.pipe_names == nlp.pipe_names
    redone = [again(make_doc(again, a, i)) for i, a in enumerate(articles)]
    assert records(redone) == records(docs)


def test_n_process_2_gives_the_same_results(nlp, seed_docs):
    articles, docs = seed_docs
    made = [make_doc(nlp, a, i) for i, a in enumerate(articles)]
    piped = sorted(nlp.pipe(made, n_process=2, batch_size=1), key=lambda d: d._.dip_seq)
    assert records(piped) == records(docs)


def test_docbin_carries_entities_roles_and_relations(nlp, seed_docs):
    _, docs = seed_docs
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert records(back) == records(docs)
    assert [len(d.spans["dip_roles"]) for d in back] == [len(d.spans["dip_roles"]) for d in docs]


def test_extract_one_text_resolves_dates_against_the_given_date(nlp):
    import dipnlp

    result = dipnlp.extract("U.S. Secretary of State Mike Pompeo met Kim Yong Chol in Washington on Friday.",
                            date="2019-01-18", nlp=nlp)
    people = {e["name"]: e for e in result.entities if e["label"] == "PERSON"}
    assert set(people) == {"Mike Pompeo", "Kim Yong Chol"}
    assert people["Mike Pompeo"]["roles"] == ["Secretary of State"]
    assert people["Mike Pompeo"]["id"] == "person:mike-pompeo"
    meeting = result.meetings[0]
    assert sorted(meeting["participants"]) == ["Kim Yong Chol", "Mike Pompeo"]
    assert (meeting["date"], meeting["venue"], meeting["status"]) == ("2019-01-18", "Washington", "occurred")
    assert result.doc is not None and result.to_dict()["date"] == "2019-01-18"


def test_user_rules_reach_a_saved_pipeline_too(nlp, tmp_path):
    import dipnlp
    from dipnlp.errors import RulesError

    nlp.to_disk(tmp_path / "pipe")
    extra = tmp_path / "verbs.jsonl"
    extra.write_text('{"class": "meet_verb", "words": ["rendezvous"]}\n', encoding="utf-8")
    again = dipnlp.load(tmp_path / "pipe", rules={"dip_relations": {"relations_triggers": [str(extra)]}})
    assert "rendezvous" in again.get_pipe("dip_relations").rules.classes["meet_verb"]
    with pytest.raises(RulesError, match="no dipnlp components"):
        dipnlp.load(tmp_path / "pipe", rules={"dip_nothing": {}})

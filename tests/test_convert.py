"""Review round trips through DocBin, doccano and Label Studio; every bad-record case."""
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
import srsly
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import REPO, SEED
from pipeline.io.convert import convert, rejects_path_for
from pipeline.io.formats import infer_format, record_to_task, task_to_record
from pipeline.io.review import CLAIM_LABELS, ENTITY_LABELS, doc_to_record, dumps, read_jsonl


@pytest.fixture(scope="module")
def seed_review(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    texts = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    path.write_text("".join(dumps(doc_to_record(d, {"paragraph": i})) + "\n" for i, d in enumerate(nlp.pipe(texts))), encoding="utf-8")
    return path


def spans_of(record):
    return (
        [(s["start"], s["end"], s["label"]) for s in record["spans"]],
        [(c["start"], c["end"], c["label"], *[c.get(a) for a in ("value", "unit", "approx", "change", "metric", "period", "subject")]) for c in record["claims"]],
    )


def test_review_docbin_review_is_byte_identical(seed_review, tmp_path):
    assert convert(seed_review, tmp_path / "seed.spacy").written == 41
    back = tmp_path / "back.jsonl"
    convert(tmp_path / "seed.spacy", back)
    assert back.read_bytes() == seed_review.read_bytes()


@pytest.mark.parametrize("fmt,name", [("doccano", "x.doccano.jsonl"), ("label-studio", "x.json")])
def test_review_to_tool_and_back_keeps_every_span_and_claim(seed_review, tmp_path, fmt, name):
    out = tmp_path / name
    convert(seed_review, out)
    assert infer_format(out) == fmt
    back = tmp_path / "back.jsonl"
    result = convert(out, back)
    assert result.read == 41 and not result.rejects
    original = read_jsonl(seed_review)
    returned = read_jsonl(back)
    assert [spans_of(r) for r in returned] == [spans_of(r) for r in original]
    assert [r["meta"] for r in returned] == [r["meta"] for r in original]
    if fmt == "label-studio":  # entity attributes travel in the task data
        assert [[s.get("parents") for s in r["spans"]] for r in returned] == [[s.get("parents") for s in r["spans"]] for r in original]
        config = ET.fromstring((tmp_path / "x.label_config.xml").read_text(encoding="utf-8"))
        assert {lab.get("value") for lab in config.iter("Label")} == set(ENTITY_LABELS) | set(CLAIM_LABELS)


def test_label_studio_export_with_corrections_and_skips(tmp_path):
    text = "温州公安抓获3人。杭州警方"
    task = record_to_task({"text": text, "meta": {"id": 1}, "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT"}], "claims": []})
    corrected = dict(task, annotations=[{"was_cancelled": False, "result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 2, "labels": ["PLACE"]}},
        {"id": "b", "from_name": "claim", "to_name": "text", "type": "labels", "value": {"start": 6, "end": 8, "labels": ["COUNT"]}},
    ]}])
    skipped = dict(task, annotations=[{"was_cancelled": True, "result": []}])
    src = tmp_path / "export.json"
    srsly.write_json(src, [corrected, skipped])
    rec = task_to_record(corrected)
    assert [(s["start"], s["end"], s["label"]) for s in rec["spans"]] == [(0, 2, "PLACE")]
    assert [(c["text"], c["label"]) for c in rec["claims"]] == [("3人", "COUNT")]
    assert task_to_record(skipped)["answer"] == "reject"
    result = convert(src, tmp_path / "train.spacy")
    assert (result.read, result.written) == (2, 1)  # the skipped task is not training data


def test_doccano_export_shape_is_read(tmp_path):
    src = tmp_path / "export.jsonl"
    src.write_text(dumps({"id": 7, "text": "临海市公安局看守所邀请80位老干部", "entities": [
        {"id": 1, "label": "POLICE_UNIT", "start_offset": 0, "end_offset": 9},
        {"id": 2, "label": "COUNT", "start_offset": 11, "end_offset": 14}], "relations": []}) + "\n", encoding="utf-8")
    assert infer_format(src) == "doccano"
    convert(src, tmp_path / "out.jsonl")
    (rec,) = read_jsonl(tmp_path / "out.jsonl")
    assert spans_of(rec)[0] == [(0, 9, "POLICE_UNIT")] and rec["claims"][0]["text"] == "80位"


BAD = [
    ('{"text": "温州公安", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}', "not inside the text"),
    ('{"text": "温州公安", "spans": [{"start": 0, "end": 2, "label": "PLACE", "text": "公安"}]}', "does not match"),
    ('{"text": "温州公安", "spans": [{"start": 0, "end": 2, "label": "CITY"}]}', "unknown label 'CITY'"),
    ('{"text": "温州公安", "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT"}, {"start": 0, "end": 2, "label": "PLACE"}]}', "overlapping entities"),
    ('{"text": "温州公安", "claims": [{"start": 0, "end": 2, "label": "ORG"}]}', "unknown label 'ORG'"),
    ("not json", "not valid JSON"),
    ('{"spans": []}', "no string 'text'"),
    ("[1, 2]", "must be a JSON object"),
]


def test_every_bad_record_is_rejected_with_file_and_line(tmp_path):
    good = '{"text": "温州公安", "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT"}], "claims": []}'
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join([good] + [line for line, _ in BAD] + [good]) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "convert", str(src), "-o", str(tmp_path / "out.spacy")],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    rejects = read_jsonl(rejects_path_for(tmp_path / "out.spacy"))
    assert [r["line"] for r in rejects] == list(range(2, 2 + len(BAD)))
    for reject, (_, reason) in zip(rejects, BAD):
        assert reason in reject["reason"] and reject["source"] == str(src)
        assert f"{src}:{reject['line']}: " in proc.stderr
    assert "converted 2 of 2" in proc.stderr


def test_bad_label_studio_tasks(tmp_path):
    src = tmp_path / "tasks.json"
    ok = record_to_task({"text": "杭州警方", "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT"}], "claims": []})
    two_labels = {"data": {"text": "杭州"}, "predictions": [{"result": [{"type": "labels", "value": {"start": 0, "end": 2, "labels": ["PLACE", "ORG"]}}]}]}
    srsly.write_json(src, [ok, {"data": {}}, two_labels, "x"])
    result = convert(src, tmp_path / "out.jsonl")
    assert result.written == 1
    assert [(r.line, r.reason.split(":")[0]) for r in result.rejects] == [(2, "task 2"), (3, "task 3"), (4, "task 4")]
    assert "exactly one label" in result.rejects[1].reason


def test_unknown_format_is_a_usage_error(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "convert", str(tmp_path / "x.txt"), "-o", str(tmp_path / "y.jsonl")],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "--from" in proc.stderr


# -- property tests: generated documents with Chinese, full-width characters and newlines ---
CHARS = st.sampled_from(list("温州公安局派出所杭州市全抓获人起元万余近的，。！？ＡＢ１２３（）“”\n 　abc<>&\"'"))


@st.composite
def records(draw):
    text = "".join(draw(st.lists(CHARS, min_size=1, max_size=40)))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    spans, claims = [], []
    for i, (a, b) in enumerate(pieces):
        if i % 2 == 0:
            spans.append({"start": a, "end": b, "label": draw(st.sampled_from(ENTITY_LABELS))})
        else:
            claims.append({"start": a, "end": b, "label": draw(st.sampled_from(CLAIM_LABELS)),
                           "value": draw(st.one_of(st.none(), st.integers(0, 10**9), st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 2)))),
                           "unit": draw(st.one_of(st.none(), st.sampled_from(["人", "%", "元"]))), "approx": "exact", "change": None,
                           "metric": None, "period": None, "subject": None})
    return {"text": text, "meta": {"n": draw(st.integers(0, 99))}, "spans": spans, "claims": claims}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(recs=st.lists(records(), min_size=1, max_size=4))
def test_generated_records_round_trip_all_formats(tmp_path, recs):
    src = tmp_path / "gen.jsonl"
    src.write_text("".join(dumps(r) + "\n" for r in recs), encoding="utf-8")
    for i, name in enumerate(("gen.spacy", "gen.doccano.jsonl", "gen.json")):
        convert(src, tmp_path / name)
        back = tmp_path / f"back{i}.jsonl"
        result = convert(tmp_path / name, back)
        assert not result.rejects
        returned = read_jsonl(back)
        assert [r["text"] for r in returned] == [r["text"] for r in recs]
        assert [spans_of(r) for r in returned] == [spans_of(r) for r in recs]


def test_decimal_claim_values_survive_every_format_exactly(tmp_path):
    # srsly's ujson parses 0.47 as 0.47000000000000003 unless asked for precise floats
    rec = {"text": "温温", "meta": {"n": 0}, "spans": [{"start": 0, "end": 1, "label": "POLICE_UNIT"}],
           "claims": [{"start": 1, "end": 2, "label": "COUNT", "value": 0.47, "unit": None, "approx": "exact",
                       "change": None, "metric": None, "period": None, "subject": None}]}
    src = tmp_path / "gen.jsonl"
    src.write_text(dumps(rec) + "\n", encoding="utf-8")
    for i, name in enumerate(("gen.spacy", "gen.doccano.jsonl", "gen.json")):
        convert(src, tmp_path / name)
        convert(tmp_path / name, tmp_path / f"back{i}.jsonl")
        (back,) = read_jsonl(tmp_path / f"back{i}.jsonl")
        assert back["claims"][0]["value"] == 0.47, name

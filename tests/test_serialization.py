"""A saved pipeline loads with `spacy.load` in a fresh process and annotates identically."""
import json
import subprocess
import sys

import pytest
import spacy

from conftest import SEED
from pipeline.io.review import doc_to_record

SCRIPT = """
import json, sys, spacy
from pipeline.io.review import doc_to_record
nlp = spacy.load(sys.argv[1])
texts = json.loads(sys.stdin.read())
print(json.dumps([doc_to_record(d) for d in nlp.pipe(texts)], ensure_ascii=False))
"""


def seed_texts():
    return [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_saved_pipeline_is_complete_and_identical(nlp, tmp_path):
    path = tmp_path / "saved"
    nlp.to_disk(path)
    for name in ("police_units", "organisations", "places", "persons", "numeric_claims"):
        assert (path / name / "resources.json").is_file()  # the rules travel with the pipeline
    texts = seed_texts()
    # a fresh interpreter: components come from the spacy_factories entry points
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], input=json.dumps(texts), capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [doc_to_record(d) for d in nlp.pipe(texts)]


def test_saved_resources_are_used_not_the_package_files(nlp, tmp_path):
    """Edits to a saved pipeline's resources take effect: from_disk really reads them."""
    path = tmp_path / "saved"
    nlp.to_disk(path)
    res = path / "organisations" / "resources.json"
    data = json.loads(res.read_text(encoding="utf-8"))
    data["abbreviations"].append("平安乐巡")
    res.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # the rules alone: what the statistical ner makes of the brand is not the point here
    from pipeline.language import RULES_ONLY_EXCLUDE

    loaded = spacy.load(path, exclude=list(RULES_ONLY_EXCLUDE))
    assert ("平安乐巡", "ORG") in [(e.text, e.label_) for e in loaded("平安乐巡上线").ents]
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in RULES_ONLY_EXCLUDE]):
        assert ("平安乐巡", "ORG") not in [(e.text, e.label_) for e in nlp("平安乐巡上线").ents]


def test_to_bytes_round_trip(nlp):
    from pipeline import load

    other = load()
    other.from_bytes(nlp.to_bytes())
    text = "温州市公安局鹿城区分局共抓获3.9万余人"
    assert doc_to_record(other(text)) == doc_to_record(nlp(text))


def test_load_takes_another_ner(nlp, tmp_path):
    """`load(ner_model=…)` sources the ner from that folder (candidates are scored this way)."""
    from pipeline import load
    from pipeline.language import shipped_ner_path

    with pytest.raises(OSError, match="no_such_model"):
        load(ner_model=tmp_path / "no_such_model")
    other = load(ner_model=shipped_ner_path())
    text = "温州市公安局鹿城区分局南浦派出所民警王建国介绍，近5年来共抓获3.9万余人"
    assert doc_to_record(other(text)) == doc_to_record(nlp(text))

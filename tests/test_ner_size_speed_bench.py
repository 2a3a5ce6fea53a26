"""benchmarks/ner_size_speed.py: the untrained variants are the architectures they say they are,
and carry the shipped ner's own pretrained vectors."""
import sys
from pathlib import Path

import numpy
import spacy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from ner_size_speed import EMBED, ENCODE, shipped_vectors_table, untrained_ner  # noqa: E402

LABELS = ("ORG", "PERSON", "PLACE", "POLICE_UNIT")


def _embed_width(ner) -> int:
    """The width of the character embeddings (the tok2vec ref also holds the parser's input
    projection, whose nO is the parser's hidden width)."""
    return next(node for node in ner.model.walk() if node.name == "hashembed").get_dim("nO")


def _vectors_layer(ner):
    return next(node for node in ner.model.walk() if node.name == "pretrained_ngram_vectors")


def test_variant_has_the_asked_width_encoder_and_the_shipped_vectors(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)  # the benchmark reads the shipped config by its repo path
    shipped = spacy.load(REPO / "pipeline" / "resources" / "ner").get_pipe("ner")
    table = str(tmp_path / "v.npz")
    shipped_vectors_table(shipped, table)
    nlp = untrained_ner({f"{EMBED}.width": 64, f"{ENCODE}.depth": 1}, False, LABELS, table)
    ner = nlp.get_pipe("ner")
    assert set(ner.labels) == set(LABELS)
    assert _embed_width(ner) == 64
    names = [node.name for node in ner.model.walk()]
    assert "lstm" not in names  # CNN only
    assert names.count("expand_window") == 1  # one CNN layer
    ours, theirs = _vectors_layer(ner).attrs, _vectors_layer(shipped).attrs
    assert numpy.array_equal(ours["bigram_keys"], theirs["bigram_keys"])
    # requantised from the dequantised table: the same rows to int8 rounding
    back = ours["char_vectors"].astype("float32") * ours["char_scale"]
    orig = theirs["char_vectors"].astype("float32") * theirs["char_scale"]
    assert numpy.allclose(back, orig, atol=float(theirs["char_scale"].max()))
    doc = nlp("温州市公安局鹿城区分局南浦派出所")
    assert len(doc) == 16  # runs on text


def test_default_variant_keeps_the_bilstm(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    shipped = spacy.load(REPO / "pipeline" / "resources" / "ner").get_pipe("ner")
    table = str(tmp_path / "v.npz")
    shipped_vectors_table(shipped, table)
    ner = untrained_ner({}, True, LABELS, table).get_pipe("ner")
    assert _embed_width(ner) == _embed_width(shipped) == 96
    names = [node.name for node in ner.model.walk()]
    assert "lstm" in names and names.count("expand_window") == 2

"""Pretrained character/bigram vectors (issue #6): the build reads only training text, and its
table is looked up with the same keys as the NER layer's feature columns."""
import gzip

import numpy
import pytest
import spacy

from pipeline.ner import layers
from pipeline.ner.ngram_vectors import bigram_sequence, texts

SENTINEL = "测试集句子不可读"


def fake_data(root):
    """A data folder in the shared layout: one short training text per source, and test
    files holding a sentinel sentence that must never be read."""
    (root / "peoples_daily_1998").mkdir(parents=True)
    with gzip.open(root / "peoples_daily_1998" / "199801.utf8.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("19980101-01-001-001/m  温州市/ns  公安局/n  抓获/v  嫌疑人/n  。/w  \n")
    (root / "thucnews_titles").mkdir()
    with gzip.open(root / "thucnews_titles" / "train.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("鹿城警方破获电诈案件\t5\n")
    (root / "thucnews_titles" / "test.txt").write_text(f"{SENTINEL}\t5\n", encoding="utf-8")
    (root / "msra_ner").mkdir()
    with gzip.open(root / "msra_ner" / "msra_train_bio.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("杭\tB-LOC\n州\tI-LOC\n好\tO\n\n")
    (root / "msra_ner" / "msra_test_bio.txt").write_text(
        "".join(f"{c}\tO\n" for c in SENTINEL) + "\n", encoding="utf-8")
    (root / "cluener2020").mkdir()
    (root / "cluener2020" / "train.json").write_text('{"text": "浙江大学", "label": {}}\n', encoding="utf-8")
    (root / "cluener2020" / "test.json").write_text(f'{{"text": "{SENTINEL}"}}\n', encoding="utf-8")
    (root / "weibo_ner").mkdir()
    (root / "weibo_ner" / "weiboNER_2nd_conll.train").write_text("科0\tO\n技1\tO\n\n", encoding="utf-8")
    (root / "weibo_ner" / "weiboNER_2nd_conll.test").write_text(f"{SENTINEL[0]}0\tO\n\n", encoding="utf-8")
    (root / "resume_ner").mkdir()
    (root / "resume_ner" / "train.char.bmes").write_text("高 B-NAME\n勇 E-NAME\n\n", encoding="utf-8")
    (root / "resume_ner" / "test.char.bmes").write_text(f"{SENTINEL[0]} O\n\n", encoding="utf-8")
    return root


def test_only_training_text_is_read(tmp_path):
    got = list(texts(fake_data(tmp_path / "data")))
    assert {source for source, _ in got} == {
        "peoples_daily_1998", "thucnews_train", "msra_ner_train", "cluener_train", "weibo_train", "resume_train"}
    assert ("peoples_daily_1998", "温州市公安局抓获嫌疑人。") in got
    assert ("weibo_train", "科技") in got
    assert not any(SENTINEL[:3] in text for _, text in got)


def test_bigram_sequence_has_both_sentence_edges():
    assert bigram_sequence(list("公安局")) == ["\x02公", "公安", "安局", "局\x03"]


def test_built_table_is_found_by_the_layer(tmp_path):
    pytest.importorskip("gensim")
    from pipeline.ner.ngram_vectors import build

    out = tmp_path / "v.npz"
    report = build(fake_data(tmp_path / "data"), out, dim=8, min_count=1, epochs=1, workers=1)
    assert report["characters"] == len("温州市公安局抓获嫌疑人。鹿城警方破获电诈案件杭州好浙江大学科技高勇")
    with numpy.load(out) as table:
        assert table["char_vectors"].dtype == numpy.float16 and table["char_vectors"].shape[1] == 8
        assert (numpy.diff(table["bigram_keys"].astype(numpy.float64)) > 0).all()  # sorted, unique
    layer = layers.PretrainedNgramVectors(str(out), 8)
    layer.initialize()
    zh = spacy.blank("zh")
    seen = layer.predict(layers.ngram_columns(zh("公安局"), False))
    # per token: is there a vector for [char, left bigram, right bigram]?
    found = [[bool(numpy.abs(row[i * 8:(i + 1) * 8]).sum()) for i in range(3)] for row in seen]
    # ^公 and 局$ never occur in the training text (公安局 is mid-sentence there)
    assert found == [[True, False, True], [True, True, True], [True, True, False]]
    assert not layer.predict(layers.ngram_columns(zh("谜"), False)).any()

"""benchmarks/ner_msra.py's recall breakdown: seen / unseen in training, run-together."""
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from ner_msra import recall_breakdown  # noqa: E402


def char_doc(vocab, text, spans):
    tags = ["O"] * len(text)
    for start, end, label in spans:
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return Doc(vocab, words=list(text), spaces=[False] * len(text), ents=tags)


def test_recall_breakdown_counts_seen_unseen_and_run_together(tmp_path):
    vocab = spacy.blank("zh").vocab
    train = DocBin()
    train.add(char_doc(vocab, "李鹏在北京", [(0, 2, "PER"), (3, 5, "LOC")]))
    train.to_disk(tmp_path / "train.spacy")
    gold = [char_doc(vocab, "李鹏乔石到北京", [(0, 2, "PER"), (2, 4, "PER"), (5, 7, "PLACE")])]
    pred = [char_doc(vocab, "李鹏乔石到北京", [(0, 2, "PER"), (5, 7, "PLACE")])]
    table = recall_breakdown(pred, gold, tmp_path / "train.spacy", fold=True)
    assert table == {
        "LOC seen": {"n": 1, "recall": 1.0},  # PLACE folded to LOC, as in training
        "PER run-together": {"n": 1, "recall": 0.0},  # 乔石 starts where 李鹏 ends
        "PER seen": {"n": 1, "recall": 1.0},
        "PER unseen": {"n": 1, "recall": 0.0},
    }
    unfolded = recall_breakdown(pred, gold, tmp_path / "train.spacy", fold=False)
    assert unfolded["PLACE unseen"] == {"n": 1, "recall": 1.0}  # LOC in training is not PLACE unfolded


def test_doc_counts_and_paired_bootstrap():
    import numpy
    from ner_msra import doc_counts, paired_bootstrap

    vocab = spacy.blank("zh").vocab
    gold = [char_doc(vocab, "李鹏在北京", [(0, 2, "PER"), (3, 5, "LOC")])]
    pred = [char_doc(vocab, "李鹏在北京", [(0, 2, "PER"), (3, 5, "PER")])]
    assert doc_counts(pred, gold, fold=False).tolist() == [[1, 2, 2]]

    # B finds every entity of 200 documents, A half of them: B is better in every resampling
    a = numpy.array([[1, 1, 2]] * 200)
    b = numpy.array([[2, 2, 2]] * 200)
    r = paired_bootstrap(a, b, samples=200)
    assert abs(r["delta_f"] - (1 - 2 / 3)) < 1e-9
    assert r["ci95"][0] > 0 and r["p_b_not_better"] == 0.0
    # the same model against itself: no difference in any resampling
    same = paired_bootstrap(a, a, samples=50)
    assert same["delta_f"] == 0.0 and same["ci95"] == (0.0, 0.0) and same["p_b_not_better"] == 1.0
    # A and B right on different halves of the documents: the interval straddles zero
    mixed_a = numpy.array([[2, 2, 2]] * 100 + [[0, 0, 2]] * 100)
    mixed_b = numpy.array([[0, 0, 2]] * 100 + [[2, 2, 2]] * 100)
    r = paired_bootstrap(mixed_a, mixed_b, samples=500)
    assert r["delta_f"] == 0.0 and r["ci95"][0] < 0 < r["ci95"][1]


def test_top_document_finds_the_document_that_carries_a_difference():
    import numpy
    from ner_msra import top_document

    a = numpy.array([[5, 5, 10], [1, 1, 1], [1, 1, 1]])
    b = numpy.array([[10, 10, 10], [1, 1, 1], [0, 0, 1]])
    t = top_document(a, b, ["list", "x", "y"])
    assert (t["index"], t["tp_a"], t["tp_b"], t["tp_diff_total"]) == (0, 5, 10, 4)
    assert t["delta_f_without"] < 0  # without the list, B is worse


def test_without_largest_drops_the_document_with_most_gold_entities():
    import numpy
    from ner_msra import without_largest

    w = without_largest(numpy.array([[1, 2, 2], [0, 10, 20], [3, 3, 3]]))
    assert (w["index"], w["gold"]) == (1, 20)
    assert abs(w["f"] - 0.8) < 1e-9 and w["f_that_document"] == 0.0  # 4 right of 5 predicted, 5 gold


def test_vote_spans_keeps_majority_spans_and_resolves_overlaps_by_votes():
    from ner_msra import vote_spans

    a = [{(0, 2, "PER"), (3, 5, "LOC")}]
    b = [{(0, 2, "PER"), (3, 6, "LOC")}]
    c = [{(0, 3, "PER"), (3, 6, "LOC")}]
    assert vote_spans([a, b, c], 2) == [{(0, 2, "PER"), (3, 6, "LOC")}]
    # with one vote enough, overlapping spans compete: more votes first, then the earlier start
    assert vote_spans([a, b, c], 1) == [{(0, 2, "PER"), (3, 6, "LOC")}]
    assert vote_spans([a, b, c], 3) == [set()]


def test_selftrain_reads_plain_sentences_and_leaves_out_held_out_text(tmp_path):
    from ner_selftrain import overlaps, raw_sentences

    pd = tmp_path / "pd.txt"
    pd.write_text("19980101-01-001-001/m  [中央/n  电视台/n]nt  报道/v  。/w  江/nr  泽民/nr  讲话/v  ！/w\n"
                  "19980101-01-001-002/m  好/a  。/w\n", encoding="utf-8")
    assert raw_sentences(pd) == ["中央电视台报道。", "江泽民讲话！"]  # tags gone; 好。 too short
    prefixes = {"一二三四五六七八九十一二三四五"}
    assert overlaps("前言一二三四五六七八九十一二三四五六", prefixes)
    assert not overlaps("一二三四五六七八九十", prefixes)


def test_selftrain_takes_the_first_headlines_of_each_class(tmp_path):
    import gzip

    from ner_selftrain import headlines

    path = tmp_path / "train.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("甲一\t5\n乙一\t6\n甲二\t5\n \t5\n甲三\t5\n乙二\t6\n")
    assert headlines(path, per_class=2) == ["甲一", "乙一", "甲二", "乙二"]  # blank line skipped
    assert headlines(path, per_class=0) == ["甲一", "乙一", "甲二", "甲三", "乙二"]

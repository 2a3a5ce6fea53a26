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

"""Training-data augmenters (pipeline/corpus/augment.py): delimiter dropout keeps every gold
span, touches only delimiters between same-label entities, and resolves from a config."""
import random

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Corpus, Example
from spacy.util import registry
from thinc.api import Config

from pipeline.corpus.augment import droppable

CPU_CFG = "configs/ner_cpu.cfg"


@pytest.fixture(scope="module")
def zh():
    return spacy.blank("zh")


def char_doc(zh, text, spans):
    """A character-token reference doc with (start, end, label) spans; '?' in `spans` marks
    characters whose annotation is missing."""
    tags = ["O"] * len(text)
    for start, end, label in spans:
        if label == "?":
            tags[start:end] = [""] * (end - start)
            continue
        tags[start] = f"B-{label}"
        tags[start + 1:end] = [f"I-{label}"] * (end - start - 1)
    return Doc(zh.vocab, words=list(text), spaces=[False] * len(text), ents=tags)


def augment(zh, doc, level=1.0, **kw):
    aug = registry.augmenters.get("pipeline.delimiter_dropout.v1")(level=level, **kw)
    return list(aug(zh, Example(zh.make_doc(doc.text), doc)))


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_delimiters_between_same_label_entities_are_dropped_and_spans_kept(zh):
    text = "会见李鹏、乔石、李瑞环和北京、上海代表，张三、北京"
    doc = char_doc(zh, text, [(2, 4, "PER"), (5, 7, "PER"), (8, 11, "PER"), (12, 14, "LOC"),
                              (15, 17, "LOC"), (20, 22, "PER"), (23, 25, "LOC")])
    (out,) = augment(zh, doc)
    # 和 is not a delimiter; 张三、北京 are different labels: both stay
    assert out.reference.text == "会见李鹏乔石李瑞环和北京上海代表，张三、北京"
    assert ents(out.reference) == ents(doc)
    assert out.predicted.text == out.reference.text
    assert out.get_aligned_ner()[2:9] == ["B-PER", "L-PER", "B-PER", "L-PER", "B-PER", "I-PER", "L-PER"]


def test_sentences_without_a_pair_pass_unchanged(zh):
    doc = char_doc(zh, "李鹏和乔石、北京", [(0, 2, "PER"), (3, 5, "PER"), (6, 8, "LOC")])
    (out,) = augment(zh, doc)
    assert out.reference is doc


def test_level_zero_never_draws_and_level_half_draws_once_per_candidate(zh):
    doc = char_doc(zh, "李鹏、乔石", [(0, 2, "PER"), (3, 5, "PER")])
    random.seed(3)
    state = random.getstate()
    (out,) = augment(zh, doc, level=0.0)
    assert out.reference is doc and random.getstate() == state  # shuffling as without augmenter
    random.seed(3)
    n_changed = sum(augment(zh, doc, level=0.5)[0].reference is not doc for _ in range(400))
    assert 150 < n_changed < 250


def test_missing_annotation_and_spaces_survive(zh):
    words = ["李鹏", "、", "乔石", "在", "北京"]
    doc = Doc(zh.vocab, words=words, spaces=[False, False, True, False, False],
              ents=["B-PER", "O", "B-PER", "", ""])
    (out,) = augment(zh, doc)
    assert [t.text for t in out.reference] == ["李鹏", "乔石", "在", "北京"]
    assert out.reference.text == "李鹏乔石 在北京"
    assert [t.ent_iob_ for t in out.reference] == ["B", "B", "", ""]


def test_a_delimiter_token_followed_by_a_space_is_left(zh):
    doc = Doc(zh.vocab, words=["李鹏", "、", "乔石"], spaces=[False, True, False], ents=["B-PER", "O", "B-PER"])
    assert droppable(doc, frozenset("、")) == []


def test_level_out_of_range_is_refused():
    with pytest.raises(ValueError, match="level"):
        registry.augmenters.get("pipeline.delimiter_dropout.v1")(level=1.5)


def test_cpu_config_names_the_augmenter_and_a_corpus_applies_it(zh, tmp_path):
    from spacy.tokens import DocBin

    config = Config().from_disk(CPU_CFG)
    aug_cfg = config["corpora"]["train"]["augmenter"]
    assert aug_cfg["@augmenters"] == "pipeline.delimiter_dropout.v1" and 0.0 < aug_cfg["level"] < 1.0
    db = DocBin()
    db.add(char_doc(zh, "李鹏、乔石", [(0, 2, "PER"), (3, 5, "PER")]))
    db.to_disk(tmp_path / "t.spacy")
    on = registry.resolve({"a": {**aug_cfg, "level": 1.0}})["a"]
    (ex,) = list(Corpus(tmp_path / "t.spacy", augmenter=on)(zh))
    assert ex.reference.text == "李鹏乔石" and ents(ex.reference) == [("李鹏", "PER"), ("乔石", "PER")]

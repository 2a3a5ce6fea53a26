"""The learned metric start (pipeline/claims/metric_starts.py) and its shipped model."""
from pathlib import Path

import pytest
import srsly

from pipeline import resource_files
from pipeline.claims.metric_starts import (FEATURES_VERSION, MetricStarts, blocked_pattern, boundary_features,
                                           candidates, floor_before, main, train)

REVIEWS = Path(__file__).resolve().parent.parent / "corpus" / "reviews"


def metrics(nlp, text):
    return [(c.text, c._.metric and c._.metric["text"]) for c in nlp(text).spans["claims"]]


def test_the_shipped_model_never_saw_a_held_back_set():
    data = resource_files.read_json("claims/metric_starts.json")
    held = {ln.strip() for ln in (REVIEWS / "held_out.txt").read_text(encoding="utf8").splitlines()
            if ln.strip() and not ln.startswith("#")}
    assert data["features_version"] == FEATURES_VERSION and data["weights"]
    assert held and not held & set(data["trained_on"])
    # (trained on the 96 dev sets of 2026-12-04; retrained on 100 it grows into governing verbs the
    # rulings below drop, so the sets written since are dev data it has not seen: the card)
    assert set(data["trained_on"]) <= {p.name for p in REVIEWS.glob("review*.jsonl")} - held
    assert len(data["trained_on"]) >= 96


# what the rules leave in front of the counted noun, and the model drops (sentences written for
# this test, not taken from the review sets)
LEFT_IN_FRONT = [
    ("民警依法对违法行为人处以罚款500元。", "民警依法对违法行为人处以罚款", "罚款"),
    ("经查，该团伙通过境外网站招揽会员3200余名。", "通过境外网站招揽会员", "会员"),
]


@pytest.mark.parametrize("text, rules, learned", LEFT_IN_FRONT)
def test_the_rules_alone_leave_words_in_front_of_the_noun(rule_metrics, text, rules, learned):
    (claim,) = metrics(rule_metrics, text)
    assert claim[1] == rules


@pytest.mark.parametrize("text, rules, learned", LEFT_IN_FRONT)
def test_the_model_drops_what_the_rules_leave_before_the_noun(nlp, text, rules, learned):
    (claim,) = metrics(nlp, text)
    assert claim[1] == learned


def cutting_model(cut_char: str) -> MetricStarts:
    """A model that wants to cut right before `cut_char` wherever it can."""
    return MetricStarts({"features_version": FEATURES_VERSION, "margin": 1.0, "weights": {f"nc={cut_char}": 10.0}})


def test_a_cut_keeps_two_characters_and_leaves_no_part_of_a_de_phrase_or_demonstrative():
    text = "提供银行卡的团伙"
    words = {0, 2, 5, 6}  # 提供|银行卡|的|团伙
    assert cutting_model("银").start(text, 0, len(text), words) == 0   # 银行卡的团伙 keeps 的's modifier half
    assert cutting_model("团").start(text, 0, len(text), words) == 6   # after the 的: the head noun
    assert cutting_model("伙").start("抓获团伙", 0, 4, {0, 2, 3}) == 0  # one character: no cut
    assert cutting_model("案").start("破获此类案件", 0, 6, {0, 2, 4}) == 0  # 此类 opens the noun phrase
    assert cutting_model("此").start("破获此类案件", 0, 6, {0, 2, 4}) == 2


def test_a_cut_must_beat_keeping_the_span_by_the_margin():
    weak = MetricStarts({"features_version": FEATURES_VERSION, "margin": 1.0, "weights": {"nc=案": 0.5}})
    assert weak.start("破获案件", 0, 4, {0, 2}) == 0
    with pytest.raises(ValueError, match="features version"):
        MetricStarts({"features_version": FEATURES_VERSION + 1, "weights": {}, "margin": 0})


def test_a_metric_grows_left_within_its_clause_and_after_what_came_before():
    text = "全市共破获盗窃、诈骗案件92起"
    words = {0, 2, 3, 5, 7, 8, 10, 12, 14}  # 全市|共|破获|盗窃|、|诈骗|案件|92|起
    s, e = 8, 12                               # the rules' 诈骗案件
    assert candidates(text, s, e, words) == [0, 2, 3, 5, 7, 8, 10]  # up to 8 characters back
    assert candidates(text, s, e, words, floor=5) == [5, 7, 8, 10]
    assert candidates(text, s, e, words, blocked=blocked_pattern(["共", "破获"])) == [5, 7, 8, 10]
    assert candidates("共破获盗窃，诈骗案件", 6, 10, {0, 1, 3, 5, 6, 8}) == [6, 8]  # never across ，
    assert floor_before(10, [(0, 2), (3, 5), (12, 14)]) == 5
    grow = MetricStarts({"features_version": FEATURES_VERSION, "margin": 1.0, "weights": {"nc=盗": 10.0}})
    assert grow.start(text, s, e, words) == 5   # 盗窃、诈骗案件


def test_training_learns_a_cut_and_is_deterministic():
    examples = [(t, 0, len(t), 2, frozenset({0, 2}), 0) for t in ("查获毒品", "查获枪支", "查获刀具", "抓获逃犯")]
    examples += [(t, 0, len(t), 0, frozenset({0, 2}), 0) for t in ("刑事案件", "交通事故")]
    weights = train(examples, epochs=4)
    assert weights == train(examples, epochs=4)
    model = MetricStarts({"features_version": FEATURES_VERSION, "margin": 1.0, "weights": weights})
    assert model.start("查获现金", 0, 4, {0, 2}) == 2  # a new noun after the verb it learned
    assert model.start("刑事案件", 0, 4, {0, 2}) == 0  # nothing learned about 事|案: kept whole
    assert "pc=获" in weights and boundary_features("查获现金", 0, 2)[0] == "pc=获"


def test_the_train_command_writes_a_model_from_sets_not_held_back(tmp_path):
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    for name in ("review101.jsonl", "review157.jsonl"):
        srsly.write_jsonl(reviews / name, list(srsly.read_jsonl(REVIEWS / name))[:12])
    (reviews / "held_out.txt").write_text("# held back\nreview157.jsonl\n", encoding="utf8")
    out = tmp_path / "metric_starts.json"
    assert main(["train", "--reviews", str(reviews), "--out", str(out)]) == 0
    data = srsly.read_json(out)
    assert data["trained_on"] == ["review101.jsonl"] and data["examples"] > 0 and data["weights"]
    MetricStarts(data)  # loads


def test_the_switch_is_part_of_the_config_and_survives_saving(nlp, tmp_path):
    import spacy

    assert nlp.get_pipe("numeric_claims").metric_starts is not None
    nlp.to_disk(tmp_path / "p")
    cfg = (tmp_path / "p" / "config.cfg").read_text(encoding="utf8")
    assert "metric_starts = true" in cfg
    (tmp_path / "p" / "config.cfg").write_text(cfg.replace("metric_starts = true", "metric_starts = false"), encoding="utf8")
    text = "民警依法对违法行为人处以罚款500元。"
    off = spacy.load(tmp_path / "p")
    assert off.get_pipe("numeric_claims").metric_starts is None
    assert [c._.metric["text"] for c in off(text).spans["claims"]] == ["民警依法对违法行为人处以罚款"]

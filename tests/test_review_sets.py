"""The blind-review sets kept as dev data (corpus/reviews/) and their scorer (benchmarks/review_sets.py)."""
import re
import sys
from pathlib import Path

import pytest
import srsly

from conftest import REPO
from pipeline.io.review import validate

sys.path.insert(0, str(REPO / "benchmarks"))
import review_sets  # noqa: E402

SETS = sorted((REPO / "corpus" / "reviews").glob("review*.jsonl"))


def test_all_the_sets_are_there_with_fifty_paragraphs_each():
    assert len(SETS) == 792
    assert all(sum(1 for _ in srsly.read_jsonl(p)) == 50 for p in SETS)


def test_the_held_back_sets_named_exist_and_are_not_all_of_them():
    from pipeline.corpus.__main__ import review_files

    kept = review_files([REPO / "corpus" / "reviews"])  # exits when held_out.txt names a missing file
    assert 0 < len(kept) < len(SETS)


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_record_is_valid_review_jsonl_with_consistent_offsets(path):
    for record in srsly.read_jsonl(path):
        validate(record)
        text = record["text"]
        for span in record["spans"]:
            assert text[span["start"] : span["end"]] == span["text"]
        for claim in record["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["text"]
            for part in ("metric", "period", "subject"):
                if claim.get(part):
                    assert text[claim[part]["start"] : claim[part]["end"]] == claim[part]["text"]


# The writers' scripts found a metric's words with text.index(), the first match: 暂扣车辆1800余辆 after
# "开展“炸街”车辆整治" pointed its metric at the first 车辆. Words that stand right before the claim (or with
# only 共 / 共计 / 合计 / 累计 / 总计 / 达 between) are the ones meant; an earlier copy stays meant where other
# words come between (成交额约占总成交额的百分之三十 keeps the first 成交额).
RIGHT_BEFORE = re.compile(r"(共计|合计|累计|总计|共|达)?")


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_a_metric_points_at_its_words_right_before_the_claim(path):
    for record in srsly.read_jsonl(path):
        text = record["text"]
        for claim in record["claims"]:
            metric = claim.get("metric")
            if not metric or metric["start"] > claim["start"]:
                continue
            for later in re.finditer(re.escape(metric["text"]), text[metric["start"] + 1 : claim["start"]]):
                end = metric["start"] + 1 + later.end()
                assert not RIGHT_BEFORE.fullmatch(text[end : claim["start"]]), (record["meta"], claim["text"])


def record(claims, spans=()):
    return {"text": "全市破获案件12起，同比上升0.3个百分点。", "spans": list(spans), "claims": claims}


def claim(start, end, value, **attrs):
    base = {"start": start, "end": end, "label": "COUNT", "value": value, "unit": "起", "approx": "exact",
            "change": None, "metric": None, "period": None, "subject": None}
    return {**base, **attrs}


def test_a_claim_is_fully_right_only_with_every_attribute():
    gold = [record([claim(6, 9, 12, metric={"start": 4, "end": 6, "text": "案件"})],
                   [{"start": 0, "end": 2, "label": "PLACE"}])]
    right = [record([claim(6, 9, 12, metric={"start": 4, "end": 6, "text": "案件"})],
                    [{"start": 0, "end": 2, "label": "PLACE"}])]
    wrong_metric = [record([claim(6, 9, 12, metric={"start": 2, "end": 6, "text": "破获案件"})])]
    assert review_sets.score(gold, right) == {"P": 1.0, "R": 1.0, "F": 1.0, "gold_entities": 1, "right": 1,
                                              "gold_claims": 1, "pred_claims": 1}
    s = review_sets.score(gold, wrong_metric)
    assert (s["right"], s["R"], s["P"]) == (0, 0.0, 0.0)
    assert any("metric" in e for e in review_sets.errors(gold, wrong_metric))


def test_a_float_value_is_compared_as_written():
    gold = [record([claim(14, 21, 0.30000000000000004, label="PERCENT", unit="个百分点")])]
    pred = [record([claim(14, 21, 0.3, label="PERCENT", unit="个百分点")])]
    assert review_sets.score(gold, pred)["right"] == 1


def test_compare_pools_the_sets_and_bootstraps_paragraphs():
    place = {"start": 0, "end": 2, "label": "PLACE"}
    gold = {"a": [record([], [place])] * 20, "b": [record([], [place])] * 20}
    old = {"a": [record([])] * 20, "b": [record([])] * 20}        # finds nothing: F 0
    new = {"a": [record([], [place])] * 20, "b": [record([])] * 20}  # finds half: F 2/3
    result = review_sets.compare(gold, old, new, samples=200)
    assert (result["documents"], result["old_f"]) == (40, 0.0)
    assert result["new_f"] == pytest.approx(2 / 3)
    assert result["ci95"][0] > 0 and result["p_b_not_better"] == 0.0
    with pytest.raises(SystemExit, match="set b"):
        review_sets.compare(gold, old, {"a": new["a"]}, samples=10)


def test_groups_pool_dev_and_held_back_apart(tmp_path):
    (tmp_path / "held_out.txt").write_text("# held back\nreview200.jsonl\nreview400.jsonl\n", encoding="utf8")
    held = review_sets.held_back(tmp_path)
    assert held == {"review200", "review400"}
    place = {"start": 0, "end": 2, "label": "PLACE"}
    gold = {name: [record([claim(6, 9, 12)], [place])] * 3 for name in ("review101", "review200", "review400")}
    old = {name: [record([])] * 3 for name in gold}
    new = {**old, "review101": [record([claim(6, 9, 12)], [place])] * 3}
    groups = review_sets.group_scores(gold, old, new, held)
    assert set(groups) == {"dev", "held back ..388", "held back 389.."}
    dev = groups["dev"]
    assert (dev["sets"], dev["old"]["F"], dev["new"]["F"]) == (1, 0.0, 1.0)
    assert (dev["old"]["right"], dev["new"]["right"], dev["new"]["gold_claims"]) == (0, 3, 3)
    for name in ("held back ..388", "held back 389.."):
        assert groups[name]["old"] == groups[name]["new"] and groups[name]["new"]["fn"] == 3

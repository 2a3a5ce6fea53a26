import json
import subprocess
import sys

import pytest

from conftest import REPO
from pipeline.evaluate import score


def test_scores_on_a_constructed_case(nlp):
    text = "温州市公安局抓获3人。"
    gold = {
        "text": text,
        "spans": [{"start": 0, "end": 6, "label": "POLICE_UNIT"}, {"start": 0, "end": 2, "label": "PLACE"}],
        "claims": [{"start": 8, "end": 10, "label": "COUNT", "value": 3, "unit": "人", "approx": "about",
                    "change": None, "metric": None, "period": None, "subject": {"start": 0, "end": 6}}],
    }
    s = score([gold], [nlp(text)])
    ents = s["entities"]
    assert ents["per_label"]["POLICE_UNIT"]["f"] == 1.0
    assert ents["per_label"]["PLACE"]["r"] == 0.0  # the gold's extra PLACE is missed
    assert ents["overall"]["p"] == 1.0 and ents["overall"]["r"] == 0.5
    attrs = s["claims"]["attributes"]
    assert s["claims"]["span"]["f"] == 1.0
    assert attrs["value"]["accuracy"] == 1.0 and attrs["approx"]["accuracy"] == 0.0
    assert attrs["subject"]["accuracy"] == 1.0


def test_evaluate_cli_on_seed_gold(gold_path, tmp_path):
    out = tmp_path / "scores.json"
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "evaluate", str(gold_path), "--json", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "POLICE_UNIT" in proc.stdout and "labelled" in proc.stdout
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["documents"] == 41
    # the foundation's bar: the rules find most of what the gold holds
    assert scores["entities"]["overall"]["f"] >= 0.8
    assert scores["claims"]["span"]["f"] >= 0.8


def test_default_pipeline_is_not_worse_than_the_rules_on_the_seed_gold(nlp, gold_path):
    """Issue #6's bar for shipping the statistical ner: adding it must not lower the seed entity F."""
    import srsly

    from pipeline import load
    from pipeline.evaluate import evaluate
    from pipeline.language import RULES_ONLY_EXCLUDE

    gold = list(srsly.read_jsonl(gold_path))
    assert "ner" in nlp.pipe_names
    with_model = evaluate(nlp, gold)["entities"]["overall"]["f"]
    rules_only = evaluate(load(exclude=RULES_ONLY_EXCLUDE), gold)["entities"]["overall"]["f"]
    assert with_model >= rules_only


@pytest.mark.parametrize("name", ["heldout_police_news.jsonl", "heldout_police_news_2.jsonl", "heldout_police_news_3.jsonl"])
def test_the_heldout_gold_is_well_formed_and_scores(name):
    """corpus/gold/heldout_police_news*.jsonl: every span's text is at its offsets, entities and
    claims do not overlap, and the pipeline's scorer reads it (the scores are measured in the
    benchmark table, not asserted here)."""
    import srsly

    from pipeline import load

    path = REPO / "corpus" / "gold" / name
    records = list(srsly.read_jsonl(path))
    assert len(records) == 50
    for r in records:
        text = r["text"]
        for group in (r["spans"], r["claims"]):
            spans = sorted(group, key=lambda s: s["start"])
            assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:]))
            for s in spans:
                assert text[s["start"] : s["end"]] == s["text"]
        for c in r["claims"]:
            for attr in ("metric", "period", "subject"):
                if c[attr]:
                    assert text[c[attr]["start"] : c[attr]["end"]] == c[attr]["text"]
    nlp = load()
    s = score(records[:5], list(nlp.pipe([r["text"] for r in records[:5]])))
    overall = s["entities"]["overall"]
    assert overall["tp"] + overall["fn"] == sum(len(r["spans"]) for r in records[:5])  # every gold span read

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "000_efa50a0d0752f671.txt"
GOLD = SHARED / "gold" / "seed.gold.jsonl"


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


def _learned_model_off(nlp, name: str):
    claims_pipe = nlp.get_pipe("numeric_claims")
    saved = getattr(claims_pipe, name)
    setattr(claims_pipe, name, None)
    yield nlp
    setattr(claims_pipe, name, saved)


@pytest.fixture
def rule_metrics(nlp):
    """The session pipeline with the learned metric start switched off (the rules' own spans)."""
    yield from _learned_model_off(nlp, "metric_starts")


@pytest.fixture
def rule_subjects(nlp):
    """The session pipeline with the learned subject choice switched off (the rules' own picks)."""
    yield from _learned_model_off(nlp, "subject_choice")


REVIEWS = REPO / "corpus" / "reviews"


def dev_sets_seen(model_file: str, version: int) -> set[str]:
    """The review sets a shipped claims model was trained on, after checking that it loads at
    `version` and that none of them is one held_out.txt names."""
    from pipeline import resource_files

    data = resource_files.read_json(model_file)
    held = {p.name for p in REVIEWS.glob("*.jsonl")} - dev_sets()
    assert data["features_version"] == version and data["weights"]
    assert held and not held & set(data["trained_on"])
    return set(data["trained_on"])


def dev_sets() -> set[str]:
    """The review sets not held back, as the corpus builder and the models' training read them."""
    from pipeline.corpus.__main__ import review_files

    return {p.name for p in review_files([REVIEWS])}


def train_command(main, tmp_path, sets: dict[str, int], held: str) -> dict:
    """Runs a claims model's `train` command on the first paragraphs of some review sets ({name:
    how many}), one of them named held back, and returns the model file it wrote."""
    import srsly

    reviews = tmp_path / "reviews"
    reviews.mkdir()
    for name, n in sets.items():
        srsly.write_jsonl(reviews / name, list(srsly.read_jsonl(REVIEWS / name))[:n])
    (reviews / "held_out.txt").write_text(f"# held back\n{held}\n", encoding="utf8")
    out = tmp_path / "model.json"
    assert main(["train", "--reviews", str(reviews), "--out", str(out)]) == 0
    return srsly.read_json(out)


def saved_with_switch(nlp, tmp_path, option: str):
    """The pipeline saved and loaded back as it is, then with `option = false` in its config
    (checking that the saved config says `option = true`)."""
    import spacy

    nlp.to_disk(tmp_path / "p")
    cfg_path = tmp_path / "p" / "config.cfg"
    cfg = cfg_path.read_text(encoding="utf8")
    assert f"{option} = true" in cfg
    on = spacy.load(tmp_path / "p")
    cfg_path.write_text(cfg.replace(f"{option} = true", f"{option} = false"), encoding="utf8")
    return on, spacy.load(tmp_path / "p")


@pytest.fixture(scope="session")
def gold_path():
    if not GOLD.is_file():
        pytest.skip(f"seed gold not found at {GOLD} (../shared is not checked out beside the repo)")
    return GOLD


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def claims(doc):
    return [(c.text, c.label_) for c in doc.spans["claims"]]

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


@pytest.fixture
def rule_metrics(nlp):
    """The session pipeline with the learned metric start switched off (the rules' own spans)."""
    claims_pipe = nlp.get_pipe("numeric_claims")
    saved, claims_pipe.metric_starts = claims_pipe.metric_starts, None
    yield nlp
    claims_pipe.metric_starts = saved


@pytest.fixture
def rule_subjects(nlp):
    """The session pipeline with the learned subject choice switched off (the rules' own picks)."""
    claims_pipe = nlp.get_pipe("numeric_claims")
    saved, claims_pipe.subject_choice = claims_pipe.subject_choice, None
    yield nlp
    claims_pipe.subject_choice = saved


@pytest.fixture(scope="session")
def gold_path():
    if not GOLD.is_file():
        pytest.skip(f"seed gold not found at {GOLD} (../shared is not checked out beside the repo)")
    return GOLD


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def claims(doc):
    return [(c.text, c.label_) for c in doc.spans["claims"]]

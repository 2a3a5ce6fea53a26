"""The CPU backend switch (pipeline.ner.ops): thinc's gemm through numpy's BLAS instead of the
bundled blis. It must change speed only: same entities, and nothing but plain NumpyOps replaced."""
import pytest
import spacy
from spacy import util
from thinc.api import NumpyOps, Ops, get_current_ops, set_current_ops

from conftest import REPO, SEED
from pipeline.language import shipped_ner_path
from pipeline.ner.ops import make_numpy_blas, prefer_numpy_blas


@pytest.fixture(autouse=True)
def restore_ops():
    before = get_current_ops()
    yield
    set_current_ops(before)


def test_plain_numpy_ops_are_switched_to_numpy_blas():
    set_current_ops(NumpyOps())
    assert prefer_numpy_blas()
    ops = get_current_ops()
    assert type(ops) is NumpyOps and not ops.use_blis


def test_other_backends_are_left_alone():
    other = Ops()  # stands for CupyOps or an installed CPU backend such as AppleOps
    set_current_ops(other)
    assert not prefer_numpy_blas()
    assert get_current_ops() is other
    # the config callback passes the Language class through unchanged
    assert make_numpy_blas()(spacy.blank("zh").__class__) is spacy.blank("zh").__class__


@pytest.mark.parametrize("cfg", ["ner_cpu.cfg", "default.cfg"])
def test_configs_build_their_models_on_numpy_blas(cfg):
    set_current_ops(NumpyOps())
    config = util.load_config(REPO / "configs" / cfg)
    if cfg == "ner_cpu.cfg":
        config["paths"]["ngram_vectors"] = None  # the built vectors are not in a clean checkout
        config["paths"]["word_lexicon"] = None  # nor the copied dictionary
    else:  # leave out the sourced statistical ner: the callback must act before any component
        config["components"].pop("ner")
        config["nlp"]["pipeline"].remove("ner")
    nlp = util.load_model_from_config(config, auto_fill=True)
    assert not get_current_ops().use_blis
    if "ner" in nlp.pipe_names:
        assert not nlp.get_pipe("ner").model.ops.use_blis


def test_the_shipped_ner_names_the_callback():
    set_current_ops(NumpyOps())
    assert not spacy.load(shipped_ner_path()).get_pipe("ner").model.ops.use_blis


def test_shipped_ner_finds_the_same_entities_on_either_backend():
    texts = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = {}
    for use_blis in (True, False):
        set_current_ops(NumpyOps(use_blis=use_blis))
        # without the callback its config names, the ops set here hold
        nlp = spacy.load(shipped_ner_path(), config={"nlp": {"before_creation": None}})
        assert nlp.get_pipe("ner").model.ops.use_blis == use_blis
        found[use_blis] = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    assert sum(map(len, found[True])) > 20
    assert found[True] == found[False]


def test_shipping_names_the_callback_in_models_trained_without_it(tmp_path):
    from pipeline.tools.ship_ner import name_shipped_components

    config = util.load_config(shipped_ner_path() / "config.cfg")
    config["nlp"]["before_creation"] = None
    config.to_disk(tmp_path / "config.cfg")
    name_shipped_components(tmp_path / "config.cfg")
    assert util.load_config(tmp_path / "config.cfg")["nlp"]["before_creation"] == {"@callbacks": "pipeline.NumpyBlas.v1"}


def test_several_processes_get_one_blas_thread_each():
    from threadpoolctl import threadpool_info

    from pipeline.ner.ops import blas_threads_for

    def blas_threads():
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = blas_threads()
    assert before, "numpy's BLAS is not visible to threadpoolctl"
    with blas_threads_for(1):
        assert blas_threads() == before  # one process: OpenBLAS keeps its own choice
    with blas_threads_for(2):
        assert set(blas_threads()) == {1}
    assert blas_threads() == before

"""The trainable NER configs (issue #6): the custom char n-gram layer, config validity, and
a tiny `spacy train` run of configs/ner_cpu.cfg that finishes in seconds."""
import importlib.util
import subprocess
import sys

import numpy
import pytest
import spacy
from spacy.tokens import DocBin
from spacy.util import load_config, registry

from conftest import REPO
from pipeline.corpus.builders import Item, Report, to_doc
from pipeline.ner import layers
from pipeline.spans import CharSpan

CPU_CFG = REPO / "configs" / "ner_cpu.cfg"
TRF_CFG = REPO / "configs" / "ner_trf.cfg"
TINY = {
    "components.ner.model.tok2vec.embed.width": 16,
    "components.ner.model.tok2vec.embed.char_rows": 100,
    "components.ner.model.tok2vec.embed.bigram_rows": 100,
    "components.ner.model.tok2vec.encode.depth": 1,
    "components.ner.model.hidden_width": 8,
    "training.max_steps": 3,
    "training.eval_frequency": 2,
    "paths.ngram_vectors": None,  # the built vectors are not in a clean checkout
    "paths.word_lexicon": None,   # nor the copied dictionary
}


def test_bigram_columns_see_the_neighbours():
    zh = spacy.blank("zh")
    a, b = layers.ngram_columns(zh("公安局"), True), layers.ngram_columns(zh("公安部"), True)
    assert a.shape == (3, 5) and a.dtype == numpy.uint64
    assert (a[:2, :3] == b[:2, :3]).all()  # same chars, same left bigrams
    assert a[1, 3] != b[1, 3]  # 安's right bigram differs (安局 vs 安部)
    assert layers.ngram_columns(zh(""), True).shape == (0, 5)


def test_char_ngram_embed_shapes():
    zh = spacy.blank("zh")
    model = registry.architectures.get("pipeline.CharNgramEmbed.v1")(width=8, char_rows=50, bigram_rows=50, trigrams=True)
    docs = [zh("温州市公安局"), zh("")]
    model.initialize(X=docs)
    assert [y.shape for y in model.predict(docs)] == [(6, 8), (0, 8)]


def test_word_columns_give_each_character_its_place_in_the_word():
    zh = spacy.blank("zh")
    words = ["温州市", "公安局", "抓获", "人"]
    doc = zh("温州市公安局 抓获人")  # the space is not a token; words do not cross it here
    cols = layers.word_columns(doc, cut=lambda text: words)
    tags = [(int(t) // 8, int(t) % 8) for t in cols[:, 0]]
    B, M, E, S = 1, 2, 3, 4
    assert tags == [(B, 3), (M, 3), (E, 3), (B, 3), (M, 3), (E, 3), (B, 2), (E, 2), (S, 1)]
    assert len(set(cols[:3, 1])) == 1 and cols[0, 1] != cols[3, 1]  # one key per word
    assert layers.word_columns(zh(""), cut=lambda t: []).shape == (0, 2)


def test_doc_chars_join_the_tokens_and_find_their_first_characters():
    zh = spacy.blank("zh")
    for text in ["温州市公安局", "温州 市公安局  ab c", "  前后空格  ", "一\n二\t三"]:
        doc = zh(text)
        joined, first = layers.doc_chars(doc)
        assert joined == "".join(t.text for t in doc)
        assert [joined[i : i + len(t.text)] for i, t in zip(first, doc)] == [t.text for t in doc]
    assert layers.doc_chars(zh(""))[0] == ""


def test_mark_words_tags_a_whole_segmentation_as_mark_word_does():
    from pipeline.ner.lexicon import mark_word, mark_words

    lengths = numpy.array([3, 1, 2, 5, 1, 1])
    one_by_one = numpy.zeros(13, dtype=numpy.uint64)
    start = 0
    for n in lengths:
        mark_word(one_by_one, start, start + n)
        start += n
    at_once = numpy.zeros(13, dtype=numpy.uint64)
    mark_words(at_once, lengths)
    assert at_once.tolist() == one_by_one.tolist() == [1, 2, 3, 4, 1, 3, 1, 2, 2, 2, 3, 4, 4]


def test_word_columns_use_the_shipped_segmenter():
    zh = spacy.blank("zh")
    cols = layers.word_columns(zh("温州市公安局鹿城区分局"))
    assert cols.shape == (11, 2) and (cols[:, 0] > 0).all()
    assert int(cols[0, 0]) // 8 == 1 and int(cols[-1, 0]) // 8 == 3  # starts and ends words


def test_word_features_of_a_batch_equal_those_of_each_doc_alone(monkeypatch):
    # the features layer segments the whole batch in one FastCut.cut_many call (the numpy path,
    # forced here); each doc's columns must be what segmenting it alone gives
    import pipeline.segmentation.fast_cut as fast_cut

    zh = spacy.blank("zh")
    texts = ["温州市公安局鹿城区分局南浦派出所近5年来共抓获各类电诈犯罪嫌疑人3.9万余人", "", "派出所",
             "连续六年列全省第一 全市共抓获", "ＡＢＣ公司ａｂｃ１２３／４５、K123次列车"] * 3
    docs = [zh(text) for text in texts]
    alone = [layers.word_columns(doc) for doc in docs]
    monkeypatch.setattr(fast_cut, "BATCH_MIN_CHARS", 0)
    monkeypatch.setattr(fast_cut, "TABLES_AFTER_CHARS", 0)
    model = layers.CharNgramFeaturesV2(words=True)
    batched = model.predict(docs)
    assert fast_cut.shipped_fast_cut()._batch_tables is not None  # the numpy path did run
    for doc, want, got in zip(docs, alone, batched):
        assert got.shape == (len(doc), 6)
        assert (got[:, 4:] == want).all(), doc.text
        assert (got[:, :4] == layers.ngram_columns(doc, False)).all(), doc.text  # and the bigrams stop at its edges


@pytest.mark.parametrize("depth,bi", [(1, True), (2, True), (1, False)])
def test_numpy_lstm_inference_equals_thinc(depth, bi):
    from thinc.api import LSTM, NumpyOps

    from pipeline.ner.lstm_inference import lstm_forward_inference

    rng = numpy.random.default_rng(depth)
    model = LSTM(nO=8 if bi else 4, nI=6, bi=bi, depth=depth)
    model.initialize()
    model.set_param("LSTM", rng.normal(0, 0.5, model.get_param("LSTM").shape).astype("f"))
    # non-zero initial states: thinc passes (H0, C0) to parameters named (c_init, h_init)
    model.set_param("HC0", rng.normal(0, 0.5, model.get_param("HC0").shape).astype("f"))
    sizes = numpy.array([5, 5, 4, 2, 2, 1], dtype="i")  # packed: sequences of 6, 5, 3, 3, 2
    X = rng.normal(0, 1, (int(sizes.sum()), 6)).astype("f")
    args = (model.get_param("LSTM"), model.get_param("HC0")[0], model.get_param("HC0")[1], X, sizes)
    want = NumpyOps().lstm_forward_inference(*args)
    got = lstm_forward_inference(*args)
    assert got.shape == want.shape and got.dtype == numpy.float32
    assert numpy.abs(got - want).max() < 1e-5


def test_bilstm_encoder_predicts_as_thinc_does():
    from thinc.layers.lstm import forward as thinc_forward

    encoder = layers.BiLSTMEncoder(width=8, depth=1, window_size=1, maxout_pieces=2)
    rng = numpy.random.default_rng(0)
    X = [rng.normal(0, 1, (n, 8)).astype("f") for n in (7, 1, 4, 0)]
    encoder.initialize(X=X)
    lstm = next(node for node in encoder.walk() if node.name == "lstm")
    lstm.set_param("LSTM", rng.normal(0, 0.5, lstm.get_param("LSTM").shape).astype("f"))
    ours = encoder.predict(X)
    lstm._func = thinc_forward
    theirs = encoder.predict(X)
    assert [y.shape for y in ours] == [(7, 8), (1, 8), (4, 8), (0, 8)]
    for a, b in zip(ours, theirs):
        assert numpy.abs(a - b).max(initial=0.0) < 1e-5


def tiny_vectors(path, dim=4):
    """An .npz in ngram_vectors' format with two characters and one bigram."""
    from pipeline.ner.ngram_vectors import bigram_key, char_key, _table

    char_keys, char_vecs = _table([char_key("公"), char_key("安")], numpy.array([[1.0] * dim, [2.0] * dim]))
    bigram_keys, bigram_vecs = _table([bigram_key("公安")], numpy.array([[3.0] * dim]))
    numpy.savez(path, char_keys=char_keys, char_vectors=char_vecs, bigram_keys=bigram_keys,
                bigram_vectors=bigram_vecs)
    return str(path)


def test_pretrained_vectors_look_up_characters_and_both_bigrams(tmp_path):
    zh = spacy.blank("zh")
    layer = layers.PretrainedNgramVectors(tiny_vectors(tmp_path / "v.npz"), 4)
    doc = zh("公安局")
    cols = layers.ngram_columns(doc, False)
    layer.initialize()
    out = layer.predict(cols)
    assert out.shape == (3, 12)
    # 公: char 1, left bigram (^公) unknown → 0, right bigram 公安 3
    assert list(out[0, ::4]) == [1.0, 0.0, 3.0]
    # 安: char 2, left 公安 3, right 安局 unknown; 局: unknown char
    assert list(out[1, ::4]) == [2.0, 3.0, 0.0] and list(out[2, ::4]) == [0.0, 0.0, 0.0]


def test_pretrained_vectors_are_saved_inside_the_model(tmp_path):
    zh = spacy.blank("zh")
    make = registry.architectures.get("pipeline.CharNgramEmbed.v2")
    kw = dict(width=8, char_rows=50, bigram_rows=50, words=True, word_rows=50, vectors_dim=4)
    model = make(vectors=tiny_vectors(tmp_path / "v.npz"), **kw)
    docs = [zh("公安局的公安"), zh("")]
    model.initialize(X=docs)
    before = model.predict(docs)
    (tmp_path / "v.npz").unlink()  # the file is not needed once the model holds the table
    again = make(vectors=str(tmp_path / "v.npz"), **kw).from_bytes(model.to_bytes())
    after = again.predict(docs)
    assert [y.shape for y in after] == [(6, 8), (0, 8)]
    assert all(numpy.array_equal(a, b) for a, b in zip(before, after))


def test_cpu_config_is_valid():
    config = load_config(CPU_CFG)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    assert nlp.pipe_names == ["ner"]
    assert config["nlp"]["tokenizer"]["segmenter"] == "char"
    assert config["components"]["ner"]["model"]["tok2vec"]["embed"]["@architectures"] == "pipeline.CharNgramEmbed.v2"


def test_trf_config_names_a_chinese_bert_and_passes_debug_config():
    config = load_config(TRF_CFG)
    loader = config["initialize"]["components"]["transformer"]["encoder_loader"]
    assert loader["name"] == "bert-base-chinese"
    if importlib.util.find_spec("spacy_curated_transformers") is None:
        pytest.skip("spacy-curated-transformers is not installed")
    proc = subprocess.run([sys.executable, "-m", "spacy", "debug", "config", str(TRF_CFG)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_trf_config_trains_a_few_steps_on_cpu(tmp_path):
    """configs/ner_trf.cfg end to end: a few updates, saved and loaded. Random weights of a
    two-layer BERT and a wordpiece vocabulary of the training characters stand in for
    bert-base-chinese, so nothing is downloaded. (With NumPy 2.4 the first update failed inside
    spacy-curated-transformers 0.3: hence `numpy<2.4` in the [trf] extra.)"""
    if importlib.util.find_spec("spacy_curated_transformers") is None:
        pytest.skip("spacy-curated-transformers is not installed")
    from spacy.cli.train import train

    write_docs(tmp_path / "train.spacy", 12)
    write_docs(tmp_path / "dev.spacy", 3)
    chars = sorted({c for text, _ in SENTENCES for c in text})
    (tmp_path / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]) + "\n", encoding="utf-8")
    config = load_config(TRF_CFG)
    config["initialize"]["components"]["transformer"]["encoder_loader"] = None
    config["initialize"]["components"]["transformer"]["piecer_loader"] = {
        "@model_loaders": "spacy-curated-transformers.WordpieceLoader.v1", "path": str(tmp_path / "vocab.txt")}
    config["components"]["transformer"]["model"]["num_hidden_layers"] = 2
    config["components"]["transformer"]["model"]["mixed_precision"] = False
    config.to_disk(tmp_path / "smoke.cfg")
    train(tmp_path / "smoke.cfg", tmp_path / "out", overrides={
        "paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy"),
        "training.max_steps": 4, "training.eval_frequency": 2, "system.gpu_allocator": None})
    nlp = spacy.load(tmp_path / "out" / "model-last")
    assert nlp.pipe_names == ["transformer", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"POLICE_UNIT", "PERSON", "PLACE", "ORG"}
    nlp("温州市公安局民警在鹿城区巡逻。")  # runs


SENTENCES = [
    ("温州市公安局民警曹志成在鹿城区巡逻。", [(0, 6, "POLICE_UNIT"), (8, 11, "PERSON"), (12, 15, "PLACE")]),
    ("浙江大学和新华社报道了杭州的消息。", [(0, 4, "ORG"), (5, 8, "ORG"), (11, 13, "PLACE")]),
    ("杭州、温州和宁波的民警。", [(0, 2, "PLACE"), (3, 5, "PLACE"), (6, 8, "PLACE")]),
]


def write_docs(path, n):
    zh = spacy.blank("zh")
    db = DocBin()
    for i in range(n):
        text, spans = SENTENCES[i % len(SENTENCES)]
        db.add(to_doc(zh, Item(text, [CharSpan(*s) for s in spans]), Report()))
    db.to_disk(path)


def test_tiny_training_run(tmp_path):
    from spacy.cli.train import train

    write_docs(tmp_path / "train.spacy", 20)
    write_docs(tmp_path / "dev.spacy", 4)
    overrides = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy"), **TINY}
    train(CPU_CFG, tmp_path / "out", overrides=overrides)
    nlp = spacy.load(tmp_path / "out" / "model-last")
    assert set(nlp.get_pipe("ner").labels) == {"POLICE_UNIT", "PERSON", "PLACE", "ORG"}
    nlp("温州市公安局")  # runs
    # warm start: a fresh pipeline takes the trained tok2vec weights
    fresh = spacy.util.load_model_from_config(
        load_config(CPU_CFG, overrides={k: v for k, v in overrides.items() if not k.startswith("training.")}),
        auto_fill=True)
    fresh.get_pipe("ner").add_label("ORG")
    fresh.initialize()
    registry.callbacks.get("pipeline.CopyTok2Vec.v1")(str(tmp_path / "out" / "model-last"))(fresh)
    ref = nlp.get_pipe("ner").model.get_ref("tok2vec")
    got = fresh.get_pipe("ner").model.get_ref("tok2vec")
    params = lambda m: [n.get_param(name) for n in m.walk() for name in n.param_names if n.has_param(name)]
    assert len(params(got)) == len(params(ref)) > 0
    assert all(numpy.array_equal(a, b) for a, b in zip(params(got), params(ref)))
    # resume: a config sourcing the trained ner starts from its weights, not from scratch
    from pipeline.ner.resume import resume_config

    resumed_cfg = resume_config(tmp_path / "out" / "model-last")
    assert resumed_cfg["components"]["ner"] == {"source": str(tmp_path / "out" / "model-last")}
    resumed_cfg.to_disk(tmp_path / "resume.cfg")
    paths = {k: v for k, v in overrides.items() if k.startswith("paths.")}
    train(tmp_path / "resume.cfg", tmp_path / "out2", overrides={**paths, "training.max_steps": 1})
    again = spacy.load(tmp_path / "out2" / "model-last")
    first = params(nlp.get_pipe("ner").model.get_ref("tok2vec"))
    second = params(again.get_pipe("ner").model.get_ref("tok2vec"))
    # one small step moves the weights only a little: far closer than a fresh initialisation
    fresh_t2v = params(fresh.get_pipe("ner").model.get_ref("tok2vec"))
    dist = lambda xs, ys: sum(float(numpy.abs(x - y).sum()) for x, y in zip(xs, ys))
    assert dist(first, second) < 0.1 * dist(first, [numpy.zeros_like(x) for x in first])


def test_tiny_training_run_with_word_features_pretrained_vectors_and_lexicon(tmp_path):
    """The four optional inputs and the delimiter-dropout augmenter train through `spacy
    train` and the saved pipeline loads in a fresh process without the vectors or dictionary
    files (the gazetteer and dictionary words travel in the weights)."""
    write_docs(tmp_path / "train.spacy", 20)
    write_docs(tmp_path / "dev.spacy", 4)
    vectors = tiny_vectors(tmp_path / "v.npz")
    overrides = [f"--{k}={v}" for k, v in TINY.items() if k not in ("paths.ngram_vectors", "paths.word_lexicon")] + [
        f"--paths.train={tmp_path / 'train.spacy'}", f"--paths.dev={tmp_path / 'dev.spacy'}",
        f"--paths.ngram_vectors={vectors}", "--components.ner.model.tok2vec.embed.words=true",
        "--components.ner.model.tok2vec.embed.vectors_dim=4", "--components.ner.model.tok2vec.embed.lexicon=true",
        "--corpora.train.augmenter.level=1.0", f"--paths.word_lexicon={tiny_dictionary(tmp_path / 'dict.txt')}"]
    proc = subprocess.run([sys.executable, "-m", "spacy", "train", str(CPU_CFG), "-o", str(tmp_path / "out"),
                           *overrides], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    (tmp_path / "v.npz").unlink()
    (tmp_path / "dict.txt").unlink()
    code = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); "
            "print(len(nlp('温州市公安局民警曹志成在鹿城区巡逻。')), "
            "[len(n.attrs['lexicons']['place']) > 1000 for n in nlp.get_pipe('ner').model.walk() "
            "if n.name == 'char_ngram_features'])")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "out" / "model-last")],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "18 [True]"


def test_bilstm_encoder_trains_and_round_trips(tmp_path):
    """pipeline.BiLSTMEncoder.v1 (CNN + bidirectional LSTM, thinc's own LSTM): keeps the width,
    sees the whole sentence, trains through `spacy train` and reloads with the same outputs."""
    from spacy.cli.train import train

    enc = layers.BiLSTMEncoder(width=8, depth=1, window_size=1, maxout_pieces=2)
    X = [numpy.random.RandomState(0).rand(n, 8).astype("float32") for n in (5, 3)]
    enc.initialize(X=X)
    Y = enc.predict(X)
    assert [y.shape for y in Y] == [(5, 8), (3, 8)]
    # a change at the last character reaches the first one (a window-1 CNN of depth 1 would not)
    X2 = [X[0].copy(), X[1]]
    X2[0][-1] += 1.0
    assert not numpy.allclose(enc.predict(X2)[0][0], Y[0][0])

    write_docs(tmp_path / "train.spacy", 20)
    write_docs(tmp_path / "dev.spacy", 4)
    encode = {"@architectures": "pipeline.BiLSTMEncoder.v1", "width": 16, "depth": 1, "window_size": 1,
              "maxout_pieces": 2, "lstm_depth": 1, "dropout": 0.0}
    overrides = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy"),
                 **{k: v for k, v in TINY.items() if k != "components.ner.model.tok2vec.encode.depth"},
                 "components.ner.model.tok2vec.encode": encode}
    train(CPU_CFG, tmp_path / "out", overrides=overrides)
    nlp = spacy.load(tmp_path / "out" / "model-last")
    text = "温州市公安局民警曹志成在鹿城区巡逻。"
    t2v = lambda n: n.get_pipe("ner").model.get_ref("tok2vec").predict([n.make_doc(text)])[0]
    fresh = spacy.util.load_model_from_config(
        load_config(CPU_CFG, overrides={k: v for k, v in overrides.items() if not k.startswith("training.")}),
        auto_fill=True)
    for label in nlp.get_pipe("ner").labels:
        fresh.get_pipe("ner").add_label(label)
    fresh.initialize()
    assert not numpy.allclose(t2v(fresh), t2v(nlp))  # fresh weights differ ...
    fresh.get_pipe("ner").from_bytes(nlp.get_pipe("ner").to_bytes())
    assert numpy.array_equal(t2v(fresh), t2v(nlp))  # ... until the trained ones, LSTM included, are loaded
    assert any(node.name == "lstm" for node in nlp.get_pipe("ner").model.walk())


def test_lexicon_tags_mark_longest_matches_per_list():
    from pipeline.ner.lexicon import KINDS, N_TAGS, LexiconTagger

    lex = {"place": ["温州", "温州市", "鹿城区"], "org_head": ["公安局", "局"], "surname": ["曹", "欧阳"],
           "person_title": ["民警"]}
    tagger = LexiconTagger(lex)
    ids = tagger.tag_ids("温州市公安局民警曹志成欧阳")
    unpack = lambda v, k: (int(v) // N_TAGS**KINDS.index(k)) % N_TAGS
    B, M, E, S = 1, 2, 3, 4
    assert [unpack(v, "place") for v in ids[:4]] == [B, M, E, 0]  # 温州市, the longer name
    assert [unpack(v, "org_head") for v in ids[3:6]] == [B, M, E]  # 公安局, not 局 alone
    assert [unpack(v, "person_title") for v in ids[6:8]] == [B, E]
    assert unpack(ids[8], "surname") == S and [unpack(v, "surname") for v in ids[11:13]] == [B, E]
    assert int(ids[9]) == 0 and int(ids[10]) == 0  # 志成: in no list
    assert tagger.tag_ids("").shape == (0,)
    with pytest.raises(ValueError, match="kinds"):
        LexiconTagger({"place": []})


def greedy_longest_tags(text, words):
    """The lexicon tags of one list by the plain scan: at each position the longest word that
    starts there, the scan going on after it."""
    from pipeline.ner.lexicon import mark_word

    tags, i = numpy.zeros(len(text), dtype=numpy.uint64), 0
    while i < len(text):
        n = next((n for n in range(len(text) - i, 0, -1) if text[i : i + n] in words), 0)
        if n:
            mark_word(tags, i, i + n)
        i += n or 1
    return tags


def test_lexicon_tags_are_the_greedy_longest_scan_in_batches_of_any_texts():
    from pipeline.ner.lexicon import KINDS, N_TAGS, LexiconTagger

    rng = numpy.random.default_rng(3)
    # overlapping words: a shorter word first (ab) against a longer one starting inside (bcd)
    lex = {"place": ["ab", "abc", "bcd", "c", "cdab"], "org_head": ["a", "ba", "dd"], "surname": ["d"], "person_title": []}
    tagger = LexiconTagger(lex)
    texts = ["".join(rng.choice(list("abcd"), size=int(k))) for k in rng.integers(0, 30, size=200)]
    expected = [sum(greedy_longest_tags(t, set(lex[kind])) * numpy.uint64(N_TAGS**k) for k, kind in enumerate(KINDS))
                for t in texts]
    batch = tagger.tag_ids_many(texts)
    assert [len(b) for b in batch] == [len(t) for t in texts]
    assert all(numpy.array_equal(e, b) for e, b in zip(expected, batch))
    assert all(numpy.array_equal(e, tagger.tag_ids(t)) for e, t in zip(expected, texts))
    assert sum(int((e > 0).sum()) for e in expected) > 1000


def test_rule_lexicons_come_from_the_rule_resources():
    from pipeline.ner.lexicon import KINDS, rule_lexicons

    lex = rule_lexicons()
    assert tuple(lex) == KINDS
    assert {"温州市", "温州", "浙江"} <= set(lex["place"])
    assert {"公安局", "派出所", "人民法院"} <= set(lex["org_head"])
    assert {"王", "欧阳"} <= set(lex["surname"]) and "记者" in lex["person_title"]


def test_lexicon_features_are_saved_inside_the_model():
    """The word lists are read at initialisation and travel in the weights: a model loaded
    from bytes tags with the lists it was trained with, not with the files as they are now."""
    zh = spacy.blank("zh")
    embed = lambda: registry.architectures.get("pipeline.CharNgramEmbed.v2")(
        width=8, char_rows=50, bigram_rows=50, lexicon=True, lexicon_rows=64)
    model = embed()
    docs = [zh("温州市公安局民警曹志成"), zh("")]
    model.initialize(X=docs)
    features = model.layers[0]
    features.attrs["lexicons"] = {**features.attrs["lexicons"], "surname": ["志"]}  # a list unlike the file's
    cols = features.predict(docs)
    assert [c.shape for c in cols] == [(11, 5), (0, 5)]
    loaded = embed()
    with pytest.raises(ValueError, match="initialised"):
        loaded.layers[0].predict(docs)
    loaded.from_bytes(model.to_bytes())
    assert loaded.layers[0].attrs["lexicons"]["surname"] == ["志"]
    assert numpy.array_equal(loaded.layers[0].predict(docs)[0], cols[0])
    assert numpy.allclose(loaded.predict(docs)[0], model.predict(docs)[0])


def tiny_dictionary(path):
    """A dictionary in jieba's format: word, frequency, part-of-speech tag."""
    path.write_text("李鹏 10 nr\n乔石 5 nr\n北京 20 ns\n北京市 8 ns\n京市 1 n\n公安局 9 nt\n会议 30 n\n李 3 nr\n"
                    "一个很长很长很长的词 1 n\n", encoding="utf8")
    return str(path)


def test_word_lexicon_marks_every_matching_word_by_class(tmp_path):
    from pipeline.ner.lexicon import WORD_CLASSES, SoftLexiconTagger, read_word_classes

    classes = read_word_classes(tiny_dictionary(tmp_path / "dict.txt"))
    assert classes["person"] == ["乔石", "李鹏"] and classes["place"] == ["北京", "北京市"]
    assert classes["org"] == ["公安局"] and classes["other"] == ["京市", "会议"]  # no single chars, no 10-char word
    cols = SoftLexiconTagger(classes).columns("会议李鹏乔石在北京市公安局")
    assert cols.shape == (13, len(WORD_CLASSES))
    B, M, E = 1, 2, 4
    person, place, org, other = (cols[:, k].tolist() for k in range(4))
    assert person[2:6] == [B, E, B, E]  # two names written together: both marked
    assert place[7:10] == [B, E | M, E]  # 北京 and 北京市 overlap: all matches, not the longest
    assert other[8:10] == [B, E] and other[:2] == [B, E]  # 京市 inside 北京市 counts too
    assert org[10:13] == [B, M, E] and person[6] == 0
    from pipeline.ner.lexicon import pack_word_classes, unpack_word_classes

    packed = pack_word_classes(classes)
    assert all(isinstance(v, bytes) for v in packed.values()) and unpack_word_classes(packed) == classes
    assert unpack_word_classes(classes) == classes  # lists, as models saved before packing hold them
    assert SoftLexiconTagger(packed).columns("李鹏乔石").tolist() == cols[2:6].tolist()
    (tmp_path / "empty.txt").write_text("李 3 nr\n", encoding="utf8")
    with pytest.raises(ValueError, match="empty.txt"):
        read_word_classes(str(tmp_path / "empty.txt"))
    with pytest.raises(FileNotFoundError, match="pipeline.tools.word_lexicon"):
        read_word_classes(str(tmp_path / "missing.txt"))


def test_word_lexicon_features_are_saved_inside_the_model(tmp_path):
    zh = spacy.blank("zh")
    path = tiny_dictionary(tmp_path / "dict.txt")
    embed = lambda p: registry.architectures.get("pipeline.CharNgramEmbed.v2")(
        width=8, char_rows=50, bigram_rows=50, word_lexicon=p)
    model = embed(path)
    docs = [zh("李鹏乔石在北京市"), zh("")]
    model.initialize(X=docs)
    cols = model.layers[0].predict(docs)
    assert [c.shape for c in cols] == [(8, 8), (0, 8)]
    assert cols[0][:, 4].tolist() == [1, 4, 1, 4, 0, 0, 0, 0]  # the person column
    (tmp_path / "dict.txt").unlink()
    loaded = embed(path)
    loaded.from_bytes(model.to_bytes())  # no file needed: the words travel in the weights
    assert numpy.array_equal(loaded.layers[0].predict(docs)[0], cols[0])
    assert numpy.allclose(loaded.predict(docs)[0], model.predict(docs)[0])


def test_word_lexicon_tool_copies_jiebas_dictionary(tmp_path, capsys):
    pytest.importorskip("jieba", reason="jieba (the bench/build extras) provides the dictionary")
    from pipeline.ner.lexicon import jieba_dictionary
    from pipeline.tools.word_lexicon import main

    out = tmp_path / "lex" / "jieba_dict.txt"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes() == open(jieba_dictionary(), "rb").read()
    assert "'person': " in capsys.readouterr().out and not list(out.parent.glob("*.tmp"))

"""greedy_ner (pipeline/ner/greedy.py): spaCy's ner with its greedy decoding in numpy batches.
It must change speed only: the entities of spaCy's own decoder, and spaCy's decoder wherever
the fast path does not hold (preset entities, sentence starts, beam search)."""
import numpy
import pytest
import spacy
from spacy.pipeline.ner import EntityRecognizer
from spacy.tokens import Span
from spacy.training import Example
from spacy.util import minibatch

from conftest import SEED
from pipeline.language import register_components, shipped_ner_path
from pipeline.ner.greedy import MIN_BATCH, BatchDecoded, GreedyEntityRecognizer, MoveTable, fast_path_applies

register_components()

TEXTS = [
    "温州市公安局鹿城区分局南浦派出所所长曹志成介绍说。",
    "",
    "浙江省杭州市西湖区  灵隐街道派出所民警王晓明、李建国在北京开会。",  # two spaces: a space token
    "上海　外滩",  # an ideographic space
    "据新华社报道，广东省公安厅联合深圳海关破获一起走私案。",
    "张",
]


def spacy_entities(ner, docs, batch_size=64):
    """What spaCy's own decoder sets, called through the base class."""
    out = []
    for batch in minibatch(docs, batch_size):
        batch = list(batch)
        EntityRecognizer.set_annotations(ner, batch, EntityRecognizer.predict(ner, batch))
        out.extend(annotations(doc) for doc in batch)
    return out


def annotations(doc):
    return [(t.ent_iob_, t.ent_type_) for t in doc], [(e.start, e.end, e.label_) for e in doc.ents]


def greedy_entities(ner, docs):
    out = []
    for doc in ner.pipe(docs, batch_size=64):
        out.append(annotations(doc))
    return out


@pytest.fixture(scope="module")
def shipped():
    return spacy.load(shipped_ner_path())


def seed_lines():
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_shipped_ner_is_greedy_ner(shipped):
    assert isinstance(shipped.get_pipe("ner"), GreedyEntityRecognizer)
    assert shipped.get_pipe_meta("ner").factory == "greedy_ner"


def test_greedy_ner_finds_what_spacys_decoder_finds(shipped):
    ner = shipped.get_pipe("ner")
    texts = TEXTS + seed_lines()
    docs = [shipped.make_doc(t) for t in texts]
    assert fast_path_applies(ner, docs)
    assert isinstance(ner.predict(docs), BatchDecoded)
    ours = greedy_entities(ner, [shipped.make_doc(t) for t in texts])
    theirs = spacy_entities(ner, [shipped.make_doc(t) for t in texts])
    assert sum(len(ents) for _, ents in ours) > 20
    assert ours == theirs
    # the space tokens neither begin nor are entities
    spaced = shipped.make_doc(TEXTS[2])
    assert any(t.is_space for t in spaced)


def test_batches_of_any_size_and_order_give_the_same_entities(shipped):
    ner = shipped.get_pipe("ner")
    texts = seed_lines()
    one_by_one = [annotations(ner(shipped.make_doc(t))) for t in texts]
    reversed_batch = list(reversed(greedy_entities(ner, [shipped.make_doc(t) for t in reversed(texts)])))
    assert one_by_one == reversed_batch


def test_preset_entities_and_sentence_starts_take_spacys_decoder(shipped):
    ner = shipped.get_pipe("ner")
    text = "温州市公安局鹿城区分局南浦派出所所长曹志成介绍说。"

    def preset(doc):
        doc.set_ents([Span(doc, 0, 3, label="PLACE")], default="unmodified")
        return doc

    def sentences(doc):
        doc[17].is_sent_start = True
        return doc

    for prepare in (preset, sentences):
        doc = prepare(shipped.make_doc(text))
        assert not fast_path_applies(ner, [doc])
        assert not isinstance(ner.predict([doc]), BatchDecoded)
        assert annotations(ner(prepare(shipped.make_doc(text)))) == spacy_entities(ner, [prepare(shipped.make_doc(text))])[0]
    kept = ner(preset(shipped.make_doc(text)))
    assert (kept.ents[0].start, kept.ents[0].end, kept.ents[0].label_) == (0, 3, "PLACE")


def test_a_few_documents_take_spacys_decoder(shipped):
    ner = shipped.get_pipe("ner")
    docs = [shipped.make_doc(t) for t in seed_lines()]
    assert not isinstance(ner.predict(docs[: MIN_BATCH - 1] + [shipped.make_doc("")] * 5), BatchDecoded)
    assert isinstance(ner.predict(docs[:MIN_BATCH]), BatchDecoded)


def test_empty_batches_are_annotated(shipped):
    ner = shipped.get_pipe("ner")
    docs = [ner(shipped.make_doc("")), shipped.make_doc("")]
    assert list(ner.pipe(docs)) == docs and not docs[0].ents


def untrained_greedy_ner():
    """A freshly initialised greedy_ner (random weights: many entities of every shape)."""
    nlp = spacy.blank("zh")
    ner = nlp.add_pipe("greedy_ner", name="ner")
    words = list("温州市公安局民警王某在杭州")
    doc = nlp.make_doc("".join(words))
    example = Example.from_dict(doc, {"entities": [(0, 6, "POLICE_UNIT"), (8, 10, "PERSON"), (11, 13, "PLACE"), (3, 5, "ORG")][:3]})
    ner.add_label("ORG")
    nlp.initialize(lambda: [example])
    # spaCy starts the output layer at zero (every move scores alike): random weights instead
    upper, rng = ner.model.get_ref("upper"), numpy.random.default_rng(1)
    for name in ("W", "b"):
        upper.set_param(name, rng.normal(0, 1, upper.get_param(name).shape).astype("float32"))
    return nlp, ner


def random_texts(n=60):
    rng = numpy.random.default_rng(0)
    chars = list("温州市公安局民警王某在杭州破获案件  的。")
    return ["".join(rng.choice(chars, size=int(k))) for k in rng.integers(1, 40, size=n)]


@pytest.mark.parametrize("unseen", [(), ("O", "B-PERSON", "U-PLACE")])
def test_random_weights_and_unseen_classes_decode_as_spacy_does(unseen):
    nlp, ner = untrained_greedy_ner()
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    ner.model.attrs["unseen_classes"] = {names.index(n) for n in unseen}
    ours = greedy_entities(ner, [nlp.make_doc(t) for t in random_texts()])
    theirs = spacy_entities(ner, [nlp.make_doc(t) for t in random_texts()])
    assert sum(len(ents) for _, ents in ours) > 30
    assert len({label for _, ents in ours for *_, label in ents}) >= 3
    assert ours == theirs
    if unseen:  # the unseen moves are never taken (they score the step's minimum)
        ner.model.attrs["unseen_classes"] = set()
        assert greedy_entities(ner, [nlp.make_doc(t) for t in random_texts()]) != ours


def test_move_table_lists_the_valid_moves():
    _, ner = untrained_greedy_ner()
    table = MoveTable(ner.moves)
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    valid = lambda *key: sorted(n for n, ok in zip(names, table.valid[key]) if ok)  # noqa: E731
    closed, org = 0, table.labels.index("ORG") + 1
    assert valid(closed, 1, 0) == sorted(n for n in names if n[0] in "BUO" and n != "U-")
    assert valid(closed, 0, 0) == sorted(n for n in names if n[0] in "UO" and n != "U-")  # last token: no B
    assert valid(closed, 1, 1) == ["O"]  # a space begins nothing
    assert valid(org, 1, 0) == ["I-ORG", "L-ORG"]
    assert valid(org, 0, 0) == ["L-ORG"]


def test_a_saved_greedy_ner_loads_as_greedy_ner(tmp_path):
    nlp, ner = untrained_greedy_ner()
    nlp.to_disk(tmp_path / "m")
    again = spacy.load(tmp_path / "m")
    assert isinstance(again.get_pipe("ner"), GreedyEntityRecognizer)
    text = "温州市公安局民警王某在杭州"
    assert annotations(again(text)) == annotations(nlp(text))


def test_shipping_names_greedy_ner_in_models_trained_with_spacys_factory(tmp_path):
    from spacy import util

    from pipeline.tools.ship_ner import name_shipped_components

    config = util.load_config(shipped_ner_path() / "config.cfg")
    config["components"]["ner"]["factory"] = "ner"
    config.to_disk(tmp_path / "config.cfg")
    name_shipped_components(tmp_path / "config.cfg")
    assert util.load_config(tmp_path / "config.cfg")["components"]["ner"]["factory"] == "greedy_ner"


def test_piece_bounds_cover_the_doc_and_cut_after_sentence_ends(shipped):
    from pipeline.ner.greedy import piece_bounds

    doc = shipped.make_doc("".join(seed_lines()))
    for limit in (10, 37, 200, len(doc), len(doc) + 5):
        bounds = piece_bounds(doc, limit)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
        assert all(b1 == a2 for (_, b1), (a2, _) in zip(bounds, bounds[1:]))
        assert all(0 < b - a <= limit for a, b in bounds)
    # a limit that leaves room for a sentence cuts after one
    assert all(doc[b - 1].text in "。！？!?\n" for a, b in piece_bounds(doc, 400)[:-1])


def test_piece_bounds_cut_at_a_clause_and_never_inside_a_run_without_delimiters(shipped):
    from pipeline.ner.greedy import piece_bounds

    # no sentence end: the last clause delimiter in the second half
    doc = shipped.make_doc("温州市公安局抓获嫌疑人，" * 10)
    assert piece_bounds(doc, 30) == [(0, 24), (24, 48), (48, 72), (72, 96), (96, 120)]
    # names run together (MSRA test's 643-name list): one piece up to `limit`, then the first
    # delimiter past `size`, and only a run longer than `limit` is cut inside
    names = "李鹏乔石李瑞环朱镕基刘华清胡锦涛" * 5
    doc = shipped.make_doc(names + "。" + names)
    assert piece_bounds(doc, 40, 500) == [(0, len(names) + 1), (len(names) + 1, len(doc))]
    assert piece_bounds(doc, 40, 60) == [(0, 60), (60, len(names) + 1), (len(names) + 1, len(names) + 61),
                                         (len(names) + 61, len(doc))]
    for size, limit in ((40, 500), (40, 60), (7, 11), (100, 100)):
        bounds = piece_bounds(doc, size, limit)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
        assert all(b1 == a2 for (_, b1), (a2, _) in zip(bounds, bounds[1:]))
        assert all(0 < b - a <= limit for a, b in bounds)


def test_a_long_document_is_predicted_in_pieces_of_its_sentences(shipped, monkeypatch):
    # a document longer than PIECE_TOKENS is cut after sentence ends and its pieces predicted side
    # by side; its entities are those of its pieces, shifted back
    import pipeline.ner.greedy as greedy

    ner = shipped.get_pipe("ner")
    lines = seed_lines()
    text = "".join(lines)
    monkeypatch.setattr(greedy, "PIECE_TOKENS", len(text) + 1)
    whole = annotations(ner(shipped.make_doc(text)))[1]  # one doc: spaCy's decoder, whole
    monkeypatch.setattr(greedy, "PIECE_TOKENS", 200)
    monkeypatch.setattr(greedy, "PIECE_GROUP_TOKENS", 450)
    doc = shipped.make_doc(text)
    bounds = greedy.piece_bounds(doc, 200, greedy.MAX_DOC_TOKENS)
    assert len(bounds) > 5
    pieced = annotations(ner(doc))[1]
    expected = []
    for a, b in bounds:
        expected += [(s + a, e + a, label) for s, e, label in annotations(ner(doc[a:b].as_doc()))[1]]
    assert pieced == expected
    # cut at sentence ends, the pieces lose little of the whole document's context
    assert len(set(pieced) & set(whole)) >= 0.9 * max(len(whole), 1) and len(whole) > 10

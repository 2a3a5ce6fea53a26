"""Corpus builders (issue #6): each source format on hand-written lines, alignment that never
loses a span, the ORG -> POLICE_UNIT mapping, and DocBin round trips."""
import pytest
import srsly
from spacy.tokens import Doc, DocBin

from conftest import SHARED
from pipeline.corpus import cluener, msra, peoples_daily, silver
from pipeline.corpus.builders import (
    Item, LabelMapper, Report, blank_nlp, build_split, holdout, identity_mapper, to_doc,
)
from pipeline.spans import CharSpan


@pytest.fixture(scope="module")
def zh():
    return blank_nlp()


@pytest.fixture(scope="module")
def grammar(nlp):
    return nlp.get_pipe("police_units").grammar


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


# -- label mapping --------------------------------------------------------------------
@pytest.mark.parametrize("text, label", [
    ("温州市公安局", "POLICE_UNIT"),
    ("温州市公安局鹿城区分局南浦派出所", "POLICE_UNIT"),
    ("公安部", "POLICE_UNIT"),
    ("浙江大学", "ORG"),
    ("温州市中级人民法院", "ORG"),
    ("温州市公安局和浙江大学", "ORG"),  # the grammar matches only part of the span
])
def test_org_becomes_police_unit_only_on_a_whole_match(grammar, text, label):
    assert LabelMapper(msra.LABELS, grammar)("ORG", text) == label


def test_other_labels_map_without_the_grammar(grammar):
    mapper = LabelMapper(msra.LABELS, grammar)
    assert mapper("PER", "曹志成") == "PERSON"
    assert mapper("LOC", "温州") == "PLACE"
    assert mapper("MISC", "x") is None


# -- MSRA BIO -------------------------------------------------------------------------
MSRA_LINES = """温\tB-ORG
州\tI-ORG
市\tI-ORG
公\tI-ORG
安\tI-ORG
局\tI-ORG
的\tO
曹\tB-PER
志\tI-PER
成\tI-PER

在\tO
浙\tB-LOC
江\tI-LOC
大\tB-ORG
学\tI-ORG
"""


def test_msra_bio_to_docs(tmp_path, zh, grammar):
    path = tmp_path / "msra.txt"
    path.write_text(MSRA_LINES, encoding="utf-8")
    assert list(msra.read_bio(path))[1] == ("在浙江大学", [(1, 3, "LOC"), (3, 5, "ORG")])
    report = Report()
    docs = [to_doc(zh, it, report) for it in msra.items(path, LabelMapper(msra.LABELS, grammar))]
    assert ents(docs[0]) == [("温州市公安局", "POLICE_UNIT"), ("曹志成", "PERSON")]
    assert ents(docs[1]) == [("浙江", "PLACE"), ("大学", "ORG")]
    assert report.lost == 0 and report.docs == 2
    raw = [to_doc(zh, it, Report()) for it in msra.items(path, identity_mapper(msra.LABELS))]
    assert ents(raw[0]) == [("温州市公安局", "ORG"), ("曹志成", "PER")]


def test_msra_dev_split_is_disjoint_and_deterministic(tmp_path):
    path = tmp_path / "msra.txt"
    path.write_text("\n".join(f"字{i}\tO\n" for i in range(200)), encoding="utf-8")
    keep = identity_mapper(msra.LABELS)
    train = [it.text for it in msra.items(path, keep, 10, "train")]
    dev = [it.text for it in msra.items(path, keep, 10, "dev")]
    assert len(train) + len(dev) == 200 and not set(train) & set(dev)
    assert 5 <= len(dev) <= 40
    assert dev == [it.text for it in msra.items(path, keep, 10, "dev")]


# -- People's Daily ---------------------------------------------------------------------
PD = ("19980101-01-001-006/m  [中央/n  人民/n  广播/vn  电台/n]nt  、/w  [北京/ns  市/n  公安局/n]nt  "
      "副/b  局长/n  江/nr  泽民/nr  到/v  [香港/ns  特别/a  行政区/n]ns  和/c  浙江/ns  温州/ns  ，/w  "
      "参观/v  [延安/ns  供水/vn  工程/n]nz  。/w  ")


def test_peoples_daily_line():
    para_id, text, spans = peoples_daily.parse_line(PD)
    assert para_id == "19980101-01-001-006"
    assert text == "中央人民广播电台、北京市公安局副局长江泽民到香港特别行政区和浙江温州，参观延安供水工程。"
    got = [(text[s.start:s.end], s.label) for s in spans]
    assert got == [("中央人民广播电台", "nt"), ("北京市公安局", "nt"), ("江泽民", "nr"),
                   ("香港特别行政区", "ns"), ("浙江温州", "ns"), ("延安", "ns")]
    assert peoples_daily.article_id(para_id) == "19980101-01-001"
    # brackets as words are text, not compound markers
    _, text, spans = peoples_daily.parse_line("1-1-1-1/m  [/w  李/nr  鹏/nr  ]/w  [中央/n  电台/n]nt  ")
    assert text == "[李鹏]中央电台" and [(text[s.start:s.end], s.label) for s in spans] == [("李鹏", "nr"), ("中央电台", "nt")]
    # two divisions side by side are two places, as the places component reads them
    _, text, spans = peoples_daily.parse_line("1-1-1-1/m  上海/ns  北京/ns  和/c  北京/ns  朝阳区/ns  ")
    assert [text[s.start:s.end] for s in spans] == ["上海", "北京", "北京朝阳区"]


def test_peoples_daily_to_docs(tmp_path, zh, grammar):
    path = tmp_path / "pd.txt"
    path.write_text(PD + "\n\n19980101-01-002-001/m  李/nr  鹏/nr  、/w  朱/nr  镕基/nr  \n", encoding="utf-8")
    mapper = LabelMapper(peoples_daily.LABELS, grammar)
    items = [it for want in ("train", "dev") for it in peoples_daily.items(path, mapper, 50, want)]
    assert len(items) == 2
    report = Report()
    docs = {d.user_data["meta"]["id"]: d for d in (to_doc(zh, it, report) for it in items)}
    assert ents(docs["19980101-01-001-006"])[:3] == [
        ("中央人民广播电台", "ORG"), ("北京市公安局", "POLICE_UNIT"), ("江泽民", "PERSON")]
    # 、 separates two people: names are joined only across adjacent nr tokens
    assert ents(docs["19980101-01-002-001"]) == [("李鹏", "PERSON"), ("朱镕基", "PERSON")]
    assert report.lost == 0


# -- CLUENER ----------------------------------------------------------------------------
CLUENER = [
    {"text": "浙商银行企业信贷部叶老桂博士在温州市公安局说，", "label": {
        "name": {"叶老桂": [[9, 11]]}, "company": {"浙商银行": [[0, 3]]},
        "government": {"温州市公安局": [[15, 20]]}, "position": {"博士": [[12, 13]]}}},
    {"text": "他住在潮白河畔的夏威夷水岸1号，离西昌市太和镇不远。", "label": {
        "address": {"潮白河畔的夏威夷水岸1号": [[3, 14]], "西昌市太和镇": [[17, 22]]}}},
]


def test_cluener_inclusive_offsets_and_labels(tmp_path, zh, grammar):
    path = tmp_path / "cluener.json"
    srsly.write_jsonl(path, CLUENER)
    assert cluener.spans_of(CLUENER[0])[0] == CharSpan(0, 4, "company")  # end made exclusive
    report = Report()
    items = list(cluener.items(path, LabelMapper(cluener.LABELS, grammar), lambda t: False, report))
    docs = [to_doc(zh, it, report) for it in items]
    assert ents(docs[0]) == [("浙商银行", "ORG"), ("叶老桂", "PERSON"), ("温州市公安局", "POLICE_UNIT")]
    assert ents(docs[1]) == [("西昌市太和镇", "PLACE")]
    # a street address is not a place name: unknown (missing), not O
    assert [t.ent_iob_ for t in docs[1][3:15]] == [""] * 12
    assert docs[1][2].ent_iob_ == "O"
    assert report.dropped == {"position->O": 1, "address->missing": 1}
    assert report.lost == 0


@pytest.mark.parametrize("text, place", [
    ("西昌市太和镇", True), ("安宁河", True), ("大观园", True),
    ("潮白河畔的夏威夷水岸1号", False), ("大使馆", False), ("王府井新华书店", False), ("罗马", True),
])
def test_cluener_address_policy(text, place):
    assert cluener.is_place_name(text, lambda t: False) is place


# -- alignment --------------------------------------------------------------------------
class WordTokenizer:
    """A make_doc that joins characters into words, as a word segmenter would."""

    def __init__(self, vocab, words):
        self.vocab, self.words = vocab, words

    def make_doc(self, text):
        assert "".join(self.words) == text
        return Doc(self.vocab, words=self.words, spaces=[False] * len(self.words))


def test_alignment_splits_tokens_rather_than_dropping_spans(zh):
    text = "温州市公安局长曹志成"
    fake = WordTokenizer(zh.vocab, ["温州市", "公安局长", "曹志成"])
    item = Item(text, [CharSpan(0, 6, "POLICE_UNIT"), CharSpan(7, 10, "PERSON")])
    report = Report()
    doc = to_doc(fake, item, report)
    assert ents(doc) == [("温州市公安局", "POLICE_UNIT"), ("曹志成", "PERSON")]
    assert [t.text for t in doc] == ["温州市", "公安局", "长", "曹志成"]
    assert report.lost == 0 and report.tokens_split == 1


def test_whitespace_edges_are_trimmed_not_lost(zh):
    report = Report()
    doc = to_doc(zh, Item("在 温州 工作", [CharSpan(1, 5, "PLACE")]), report)
    assert ents(doc) == [("温州", "PLACE")] and report.lost == 0


def test_overlaps_keep_the_longest_and_are_counted(zh):
    report = Report()
    doc = to_doc(zh, Item("温州市公安局", [CharSpan(0, 6, "POLICE_UNIT"), CharSpan(0, 3, "PLACE")]), report)
    assert ents(doc) == [("温州市公安局", "POLICE_UNIT")] and report.lost == 1


def test_docbin_round_trip_keeps_missing_and_meta(tmp_path, zh):
    item = Item("在某处见李某", [CharSpan(4, 6, "PERSON")], {"source": "t"}, missing=[(1, 3)])
    report = build_split(zh, [item], tmp_path / "x.spacy")
    (doc,) = DocBin().from_disk(tmp_path / "x.spacy").get_docs(zh.vocab)
    assert [t.ent_iob_ for t in doc] == ["O", "", "", "O", "B", "I"]
    assert doc.user_data["meta"] == {"source": "t"}
    assert report.as_dict()["entities"] == {"PERSON": 1}


def test_holdout_is_stable():
    assert [holdout(str(i), 10) for i in range(50)] == [holdout(str(i), 10) for i in range(50)]


# -- silver and review -----------------------------------------------------------------
def test_rule_silver_keeps_headlines_with_entities(nlp):
    texts = [("温州市公安局破获一起案件", {"line": 0}), ("今天天气很好", {"line": 1})]
    items = list(silver.rule_items(texts, nlp))
    assert [it.meta["line"] for it in items] == [0]
    assert ("温州市公安局", "POLICE_UNIT") in [(items[0].text[s.start:s.end], s.label) for s in items[0].spans]
    # partial annotation: what the rules did not tag is unknown, not O
    assert items[0].missing == silver.gaps(len(items[0].text), items[0].spans)
    assert silver.gaps(6, [CharSpan(1, 2, "X"), CharSpan(4, 6, "Y")]) == [(0, 1), (2, 4)]


def test_review_records_accepted_only(tmp_path, zh):
    path = tmp_path / "review.jsonl"
    srsly.write_jsonl(path, [
        {"text": "温州公安：", "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT", "text": "温州公安"}],
         "claims": [], "answer": "accept", "meta": {"paragraph": 0}},
        {"text": "曹志成说", "spans": [{"start": 0, "end": 3, "label": "PERSON"}], "answer": "reject"},
        {"text": "坏", "spans": [{"start": 0, "end": 5, "label": "PERSON"}], "answer": "accept"},
    ])
    report = Report()
    items = list(silver.review_items([path], zh, report))
    assert [(it.text, it.spans) for it in items] == [("温州公安：", [CharSpan(0, 4, "POLICE_UNIT")])]
    assert report.dropped == {"answer=reject": 1, "invalid_record": 1}


def test_review_folder_skips_its_held_out_sets_and_the_product_mix_weights_them(tmp_path):
    from pipeline.corpus.__main__ import main

    folder = tmp_path / "reviews"
    folder.mkdir()
    record = {"text": "温州公安：", "spans": [{"start": 0, "end": 4, "label": "POLICE_UNIT"}], "claims": []}
    for name in ("a.jsonl", "b.jsonl", "blind.jsonl"):
        srsly.write_jsonl(folder / name, [record])
    (folder / "held_out.txt").write_text("# kept out\nblind.jsonl\n", encoding="utf8")
    out = tmp_path / "out"
    for source in ("msra", "peoples_daily", "cluener", "silver"):  # stand-ins for the built corpora
        for split in ("train", "dev"):
            (out / source).mkdir(parents=True, exist_ok=True)
            (out / source / f"{split}.spacy").write_bytes(b"")
    assert main(["review", "product", "-o", str(out), "--review", str(folder), "--review-weight", "2"]) == 0
    report = srsly.read_json(out / "report.json")
    assert report["review/train"]["documents"] == 2          # a and b; blind is held out
    assert report["product/train"] == {"review_copies": 2}
    links = sorted(p.name for p in (out / "product" / "train").iterdir())
    assert links == ["cluener.spacy", "msra.spacy", "peoples_daily.spacy", "review_1.spacy", "review_2.spacy",
                     "silver.spacy"]
    assert (out / "product" / "train" / "review_2.spacy").resolve() == (out / "review" / "train.spacy").resolve()
    assert main(["product", "-o", str(out), "--review-weight", "0"]) == 0    # weight 0: no review links
    assert not list((out / "product" / "train").glob("review_*"))
    (folder / "held_out.txt").write_text("gone.jsonl\n", encoding="utf8")
    with pytest.raises(SystemExit, match="gone.jsonl"):
        main(["review", "-o", str(out), "--review", str(folder)])


# -- on the shared data (skipped when ../shared is absent) ------------------------------
@pytest.fixture(scope="module")
def data():
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}")
    return path


def test_real_files_parse(data, zh):
    first = next(msra.read_bio(data / "msra_ner" / "msra_test_bio.txt"))
    assert first[0] and all(0 <= s < e <= len(first[0]) for s, e, _ in first[1])
    _, text, spans = next(peoples_daily.read(data / "peoples_daily_1998" / "199801.utf8.txt.gz"))
    assert text.startswith("迈向充满希望的新世纪")
    record = next(iter(srsly.read_jsonl(data / "cluener2020" / "dev.json")))
    assert all(record["text"][s.start:s.end] for s in cluener.spans_of(record))


def test_cli_builds_every_source_from_a_data_folder(tmp_path):
    import gzip

    from pipeline.cli import main  # `python -m pipeline corpus …` hands over to pipeline.corpus

    data, out = tmp_path / "data", tmp_path / "out"
    (data / "msra_ner").mkdir(parents=True)
    with gzip.open(data / "msra_ner" / "msra_train_bio.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write((MSRA_LINES + "\n") * 30)
    (data / "msra_ner" / "msra_test_bio.txt").write_text(MSRA_LINES, encoding="utf-8")
    (data / "peoples_daily_1998").mkdir()
    with gzip.open(data / "peoples_daily_1998" / "199801.utf8.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(PD + "\n")
    (data / "cluener2020").mkdir()
    for name in ("train.json", "dev.json"):
        srsly.write_jsonl(data / "cluener2020" / name, CLUENER)
    assert main(["corpus", "msra", "peoples_daily", "cluener", "-o", str(out), "--data", str(data)]) == 0
    report = srsly.read_json(out / "report.json")
    assert report["msra/train"]["documents"] + report["msra/dev"]["documents"] == 60
    assert report["msra/test"]["entities"] == {"PERSON": 1, "PLACE": 1, "ORG": 1, "POLICE_UNIT": 1}
    assert report["cluener/train"]["entities"]["POLICE_UNIT"] == 1
    assert all(r["entities_lost"] == 0 for r in report.values())
    assert len(list(DocBin().from_disk(out / "msra_raw" / "test.spacy").get_docs(blank_nlp().vocab))) == 2


def test_not_name_words_from_pos_tagged_text(tmp_path):
    # verbs/time words become not-name words; a word seen inside a bracketed name, a numeral, an
    # ordinal (第十一 of 第十一中学), a noun and a rare word do not; one character only as a function word
    from pipeline.tools.build_not_name_words import not_name_words

    line = "19980101-01-001-001/m  目前/t  送往/v  [中国/ns  建设/vn  银行/n]nt  建设/v  二十/m  第十一/m  医院/n  兴/v  在/p  "
    rare = "19980101-01-001-002/m  罕见词/v  "
    path = tmp_path / "pd.txt"
    path.write_text("\n".join([line] * 60 + [rare, rare]) + "\n", encoding="utf-8")
    words = {w for w, _ in not_name_words(path)}
    assert words == {"目前", "送往", "在"}


def test_common_words_open_with_a_surname_and_are_never_names(tmp_path):
    from pipeline.tools.build_not_name_words import common_words

    line = "19980101-01-001-001/m  黄牛/n  高兴/a  王/nr  平/nr  和平/n  和平/nr  刘/nr  和平/nr  和平/nr  书本/n  "
    path = tmp_path / "pd.txt"
    path.write_text("\n".join([line] * 3) + "\n", encoding="utf-8")
    # 书 is no surname here; 和平 is an nr given name more often than a word: left out
    assert {w for w, _ in common_words(path, {"黄", "高", "王", "和", "刘"})} == {"黄牛", "高兴"}


def test_everyday_words_are_common_words_seldom_inside_names(tmp_path):
    from pipeline.tools.build_not_name_words import everyday_words

    # 男子 (noun), 抢劫 (verb): everyday; 建设 sits inside a bracketed bank name too often; 北京 is a
    # place name; 罕见 is too rare
    line = ("19980101-01-001-001/m  男子/n  抢劫/v  [中国/ns  建设/vn  银行/n]nt  建设/v  北京/ns  第七/m  "
            + "  ".join(["建设/vn"] * 20) + "  ")
    path = tmp_path / "pd.txt"
    path.write_text("\n".join([line] * 10 + ["19980101-01-001-002/m  罕见/a  "]) + "\n", encoding="utf-8")
    assert {w for w, _ in everyday_words(path)} == {"男子", "抢劫"}
    from pipeline.tools.build_not_name_words import everyday_verbs

    assert {w for w, _ in everyday_verbs(path)} == {"抢劫"}


def test_trade_words_sit_inside_names_but_never_open_one(tmp_path):
    from pipeline.tools.build_not_name_words import trade_words

    # 煤炭 sits inside a bracketed company name too often to be an everyday word, but opens none: a
    # trade (so are the heads 公司 and 银行, harmlessly); 建设 opens [建设/vn 银行/n]nt; 男子 is everyday
    # already; 北京 is a place; 罕见 is too rare
    line = ("19980101-01-001-001/m  男子/n  [北京/ns  煤炭/n  公司/n]nt  煤炭/n  [建设/vn  银行/n]nt  建设/v  "
            "北京/ns  " + "  ".join(["男子/n"] * 20) + "  ")
    path = tmp_path / "pd.txt"
    path.write_text("\n".join([line] * 10 + ["19980101-01-001-002/m  罕见/n  "]) + "\n", encoding="utf-8")
    assert {w for w, _ in trade_words(path)} == {"煤炭", "公司", "银行"}

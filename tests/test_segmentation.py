"""Word segmentation (issue #5): corpus converter, bakeoff scorer, shipped pkuseg model."""
import shutil
import subprocess
import sys

import pytest

from conftest import SHARED
from pipeline.segmentation.corpus import (
    Overlap, find_overlap, parse_line, remove_overlap, split_dev, write_lines,
)
from pipeline.segmentation.score import count_line, score, spans

PD_LINES = [
    "19980101-01-001-002/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr  ",
    "19980101-01-001-006/m  在/p  [中央/n  人民/n  广播/vn  电台/n]nt  、/w  [香港/ns  特别/a  行政区/n]ns  同胞/n  ",
    "",
]


def test_converter_drops_id_tags_and_brackets():
    assert parse_line(PD_LINES[0]) == ["中共中央", "总书记", "、", "国家", "主席", "江", "泽民"]
    # the words inside [ ]nt stay separate words, as in the PKU standard
    assert parse_line(PD_LINES[1]) == [
        "在", "中央", "人民", "广播", "电台", "、", "香港", "特别", "行政区", "同胞",
    ]
    assert parse_line(PD_LINES[2]) == []


def test_converter_writes_single_spaces(tmp_path):
    path = tmp_path / "train.txt"
    write_lines([parse_line(PD_LINES[0])], path)
    assert path.read_text(encoding="utf-8") == "中共中央 总书记 、 国家 主席 江 泽民\n"


def test_dev_split_is_every_nth_paragraph():
    paragraphs = [[str(i)] for i in range(10)]
    train, dev = split_dev(paragraphs, 5)
    assert dev == [["4"], ["9"]] and len(train) == 8


def test_overlap_is_found_and_removed():
    train = [["新华社", "记者", "摄"], ["今天", "天气", "很", "好", "，", "我们", "去", "公园", "散步", "吧"]]
    test = [["新华社记者摄"], ["天气很好，我们去公园散步"], ["没有", "的"]]
    overlap = find_overlap(train, test, min_contained=10)
    assert overlap.exact == ["新华社记者摄"]
    assert overlap.contained == ["天气很好，我们去公园散步"]
    assert remove_overlap(train, overlap) == []
    assert remove_overlap(train, Overlap()) == train


def test_bakeoff_scorer_on_a_hand_made_example():
    gold = [["我", "爱", "北京", "天安门"], ["他", "来", "了"]]
    pred = [["我", "爱", "北京天安门"], ["他", "来了"]]
    # line 1: 2 of 3 predicted correct (4 gold); line 2: 1 of 2 correct (3 gold)
    assert count_line(gold[0], pred[0]) == (2, 4, 3)
    s = score(gold, pred, vocab={"我", "爱", "北京", "他", "来", "了"})
    assert (s["correct"], s["gold"], s["pred"]) == (3, 7, 5)
    assert s["p"] == pytest.approx(3 / 5) and s["r"] == pytest.approx(3 / 7)
    assert s["f"] == pytest.approx(2 * 3 / (7 + 5))
    assert s["oov_recall"] == 0.0 and s["oov_gold"] == 1  # 天安门 is OOV and missed
    assert spans(["北京", " ", "天安门"]) == [(0, 2), (2, 5)]
    with pytest.raises(ValueError):
        count_line(["北京"], ["上海"])


@pytest.fixture(scope="module")
def shipped():
    # part of the package, not of ../shared: a missing model is a failure, not a skip
    from pipeline.segmentation.tokenizer import shipped_model_path

    return shipped_model_path()


@pytest.fixture(scope="module")
def seg_nlp(shipped):
    from pipeline.segmentation.tokenizer import make_pkuseg_nlp

    return make_pkuseg_nlp(shipped)


def test_shipped_model_segments_plausibly(seg_nlp):
    words = [t.text for t in seg_nlp("温州市公安局昨天抓获了三名犯罪嫌疑人。")]
    assert "".join(words) == "温州市公安局昨天抓获了三名犯罪嫌疑人。"
    for expected in ("昨天", "抓获", "犯罪", "。"):
        assert expected in words
    assert 6 <= len(words) <= 14  # words, not characters and not one blob


def test_user_dict_hook_keeps_words_whole(seg_nlp):
    text = "温州市公安局昨天抓获了三名嫌疑人"
    before = [t.text for t in seg_nlp(text)]
    seg_nlp.tokenizer.pkuseg_update_user_dict(["公安局昨天抓"])
    try:
        assert "公安局昨天抓" in [t.text for t in seg_nlp(text)]
    finally:
        seg_nlp.tokenizer.pkuseg_update_user_dict([], reset=True)
    assert [t.text for t in seg_nlp(text)] == before


def test_half_width_numbers_stay_whole(seg_nlp):
    # trained on width-mixed text: a half-width decimal point does not split a number
    words = [t.text for t in seg_nlp("涉案金额达55.6万元")]
    assert "55.6万" in words


def test_saved_pipeline_segments_identically_without_shipped_files(shipped, tmp_path):
    from pipeline.segmentation.tokenizer import make_pkuseg_nlp

    # build from a copy of the model, then delete it: the saved pipeline must carry the model
    copy = tmp_path / "model"
    shutil.copytree(shipped, copy)
    nlp = make_pkuseg_nlp(copy)
    text = "据新华社北京１月１日电，国务院总理在人民大会堂会见了外国代表团。"
    expected = [t.text for t in nlp(text)]
    shutil.rmtree(copy)
    nlp.to_disk(tmp_path / "nlp")
    code = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); "
        "print('|'.join(t.text for t in nlp(sys.argv[2])))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "nlp"), text],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().split("|") == expected


def test_saved_pipeline_keeps_the_fast_cut(seg_nlp, tmp_path):
    from pipeline.segmentation.fast_cut import FastCut

    assert isinstance(seg_nlp.tokenizer.pkuseg_seg._cut, FastCut)
    seg_nlp.to_disk(tmp_path / "nlp")
    from pipeline.language import load

    loaded = load(tmp_path / "nlp")
    assert isinstance(loaded.tokenizer.pkuseg_seg._cut, FastCut)
    loaded_b = type(loaded.tokenizer)(loaded.vocab, segmenter="pkuseg").from_bytes(seg_nlp.tokenizer.to_bytes())
    assert isinstance(loaded_b.pkuseg_seg._cut, FastCut)


MIXED = (
    "温州市公安局鹿城区分局南浦派出所近5年来共抓获各类电诈犯罪嫌疑人3.9万余人，"
    "挽回损失7.5亿余元（同比下降55.6%）；ＡＢＣ公司ａｂｃ１２３／４５、K123次列车、"
    "第一章　总则 2012年至2017年 e-mail: a.b_c|d*e:f 一二三四五六七八九十百千万亿"
)


def _slow_and_fast(shipped):
    import spacy_pkuseg

    from pipeline.segmentation.fast_cut import FastCut

    seg = spacy_pkuseg.pkuseg(str(shipped), user_dict=None)
    return seg._cut, FastCut(seg)


def _one_by_one_and_batched(fast, texts, monkeypatch):
    """FastCut's words for each text alone on the per-character path, and for all texts as
    batches on the numpy path (chunks of 64 texts: doc boundaries inside every batch)."""
    import pipeline.segmentation.fast_cut as fast_cut

    with monkeypatch.context() as m:
        m.setattr(fast_cut, "BATCH_MIN_CHARS", 10**9)
        alone = [fast(text) for text in texts]
    with monkeypatch.context() as m:
        m.setattr(fast_cut, "BATCH_MIN_CHARS", 0)
        m.setattr(fast_cut, "TABLES_AFTER_CHARS", 0)
        batched = [words for i in range(0, len(texts), 64) for words in fast.cut_many(texts[i : i + 64])]
    return alone, batched


def test_fast_cut_builds_its_batch_tables_only_after_enough_text(shipped, monkeypatch):
    import pipeline.segmentation.fast_cut as fast_cut

    _, fast = _slow_and_fast(shipped)
    monkeypatch.setattr(fast_cut, "TABLES_AFTER_CHARS", 1000)
    batch = [MIXED] * 5  # 5 × 130 characters: each call is batch-sized
    words = fast.cut_many(batch)
    assert fast._batch_tables is None  # 650 characters so far: still the per-character loop
    assert fast.cut_many(batch) == words  # 1,300 would pass what the tables cost: built now
    assert fast._batch_tables is not None
    # one call larger than that (a long document) builds them at once
    _, fresh = _slow_and_fast(shipped)
    fresh.cut_many([MIXED * 8])
    assert fresh._batch_tables is not None


def test_fast_cut_equals_spacy_pkuseg_on_mixed_text(shipped, monkeypatch):
    # digits, full-width letters, pkuseg's renamed keyword characters (-._,|/*:), spaces
    slow, fast = _slow_and_fast(shipped)
    texts = [MIXED, MIXED[::-1], "a", "。", "", "１", "派出所", *[MIXED[i : i + 7] for i in range(0, len(MIXED), 5)]]
    expected = [slow(text) if text else [] for text in texts]
    alone, batched = _one_by_one_and_batched(fast, texts, monkeypatch)
    assert alone == expected
    assert batched == expected
    assert fast("") == [] and fast.cut_many([]) == []


def test_fast_cut_equals_spacy_pkuseg_on_the_bakeoff_tests(shipped, monkeypatch):
    slow, fast = _slow_and_fast(shipped)
    checked = 0
    for name in ("pku_test.utf8", "msr_test.utf8"):
        path = SHARED / "data" / "sighan2005_icwb2" / name
        if not path.is_file():
            pytest.skip(f"shared data not found under {SHARED}")
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        expected = [slow(line) for line in lines]
        alone, batched = _one_by_one_and_batched(fast, lines, monkeypatch)
        for line, want, got_alone, got_batched in zip(lines, expected, alone, batched):
            assert got_alone == want, line
            assert got_batched == want, line
        checked += len(lines)
    assert checked > 5000


def test_corpus_on_shared_data_has_no_test_overlap(tmp_path):
    source = SHARED / "data" / "peoples_daily_1998" / "199801.utf8.txt.gz"
    gold = SHARED / "data" / "sighan2005_icwb2" / "pku_test_gold.utf8"
    if not (source.is_file() and gold.is_file()):
        pytest.skip(f"shared data not found under {SHARED}")
    from pipeline.segmentation.corpus import build, read_gold

    stats = build(tmp_path, source=source, test_gold=gold)
    assert stats["paragraphs"] == 19484
    train = [line.split() for line in (tmp_path / "train.txt").read_text(encoding="utf-8").splitlines()]
    assert not find_overlap(train, read_gold(gold)).exact
    assert stats["dev_lines"] > 900


def test_words_many_separates_words_at_whitespace_and_covers_the_text(shipped):
    # pkuseg.cut splits at whitespace before segmenting; FastCut's _cut replacement does not, so
    # the rule grammars use words_many: 残疾　法院 is 残疾/　/法院, never 　法/院判
    import spacy_pkuseg

    from pipeline.segmentation.fast_cut import FastCut

    seg = spacy_pkuseg.pkuseg(str(shipped), user_dict=None)
    fast = FastCut(seg)
    texts = ["患者双腿残疾　法院判医院赔24万", " 前 后  ", "", "没有空格的句子", "a\tb\nc"]
    got = fast.words_many(texts)
    for text, words in zip(texts, got):
        assert "".join(words) == text
        assert all(w.isspace() or not any(c.isspace() for c in w) for w in words)
        assert [w for w in words if not w.isspace()] == seg.cut(text)  # pkuseg's own words
    assert "法院" in got[0] and "　" in got[0]


def test_words_at_reads_a_window_off_the_whole_texts_words():
    # every component's windows read one segmentation of the text: inside a window the words
    # are the whole text's, and a word crossing the window's edge is cut there
    from pipeline.segmentation.fast_cut import shipped_fast_cut, word_starts, words_at

    text = "温州市公安局鹿城区分局南浦派出所近5年来共抓获各类电诈犯罪嫌疑人3.9万余人　连续六年列全省第一"
    whole = shipped_fast_cut().words_many([text])[0]
    starts, i = [], 0
    for word in whole:
        starts.append(i)
        i += len(word)
    assert list(word_starts(text)) == starts
    assert words_at(text, 0, len(text)) == dict(zip(starts, whole))
    for lo in range(len(text)):
        for hi in range(lo + 1, len(text) + 3):
            got = words_at(text, lo, hi)
            assert "".join(got[k] for k in sorted(got)) == text[lo:hi]
            assert sorted(got) == sorted({lo, *(s for s in starts if lo < s < min(hi, len(text)))})
    assert words_at(text, 5, 5) == {} and words_at(text, len(text), len(text) + 4) == {}


def test_shared_segmentation_gives_the_ners_words_and_stays_bounded(monkeypatch):
    import pipeline.segmentation.fast_cut as fast_cut

    monkeypatch.setattr(fast_cut, "_WORD_STARTS", type(fast_cut._WORD_STARTS)())
    monkeypatch.setattr(fast_cut, "_word_starts_chars", 0)
    monkeypatch.setattr(fast_cut, "_WORD_STARTS_MAX", 5)
    monkeypatch.setattr(fast_cut, "_WORD_STARTS_MAX_CHARS", 60)
    # the ner's words (cut_many: whitespace is an ordinary character) whether or not a rule
    # component segmented the text first; texts with whitespace are always cut afresh
    texts = ["南浦派出所抓获犯罪嫌疑人3名", "残疾　法院判医院赔24万", "", "公安局"]
    cut = fast_cut.shipped_fast_cut().cut_many(texts)
    assert fast_cut.cut_many_shared(texts) == cut
    fast_cut.segment_texts(texts)
    assert fast_cut.cut_many_shared(texts) == cut
    # a batch is segmented whole and kept; older texts go once three batches or the characters
    # are exceeded, never the batch just segmented
    batch = [f"第{i}次抓获犯罪嫌疑人{i}名" for i in range(4)]
    for round_ in range(3):
        fast_cut.segment_texts(batch)
        assert all(t in fast_cut._WORD_STARTS for t in batch)
        assert fast_cut._word_starts_chars == sum(map(len, fast_cut._WORD_STARTS))
        batch = [t + "后" for t in batch]
    assert len(fast_cut._WORD_STARTS) <= 12 and fast_cut._word_starts_chars <= 60
    fast_cut.segment_texts(["公安局" * 30])
    assert list(fast_cut._WORD_STARTS) == ["公安局" * 30]


def test_rule_components_pipe_as_they_call(tmp_path):
    # nlp.pipe goes through RuleComponent.pipe (the batch segmented first); the outputs must be
    # those of calling each component on each doc
    from pipeline import load
    from pipeline.io.review import doc_to_record

    nlp = load(exclude=["ner"])
    texts = ["温州市公安局鹿城区分局南浦派出所民警在杭州西湖抓获犯罪嫌疑人3名", "近5年来，全市共抓获各类电诈犯罪嫌疑人3.9万余人，连续六年列全省第一。",
             "张某在北京市朝阳区一家公司工作", "", "　 "]
    piped = [doc_to_record(d) for d in nlp.pipe(texts, batch_size=2)]
    called = [doc_to_record(nlp(t)) for t in texts]
    assert piped == called
    assert any(r["spans"] for r in piped)


def test_char_tokenizer_builds_spacys_tokens_in_one_pass():
    # the default pipeline's tokenizer must give exactly spaCy's character tokens and spaces
    import random

    from spacy.util import get_words_and_spaces

    from pipeline.segmentation.tokenizer import char_words_and_spaces

    rng = random.Random(3)
    alphabet = ["警", "方", "3", "a", " ", "  ", "\u3000", "\n", "\t", "。", " \n "]
    texts = ["", " ", "  温州 ", "温州市公安局", "\n\n温 州\u3000\u3000公安 "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25))) for _ in range(500)]
    for text in texts:
        assert char_words_and_spaces(text) == get_words_and_spaces(list(text), text), repr(text)


def test_default_pipeline_tokenizes_as_spacys_chinese_tokenizer():
    import spacy

    from pipeline import load

    nlp = load(exclude=["ner"])
    spacy_char = spacy.blank("zh")  # spaCy's own ChineseTokenizer, character segmenter
    for text in ["温州 市公安局　抓获 3人\n\n。", " 前 后  ", "近5年来，全市共抓获各类电诈犯罪嫌疑人3.9万余人"]:
        ours, theirs = nlp.make_doc(text), spacy_char.make_doc(text)
        assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]

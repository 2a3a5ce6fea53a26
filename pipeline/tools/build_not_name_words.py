"""Rebuild the not-name word lists from People's Daily 1998: organisations/not_name_words.txt,
organisations/everyday_words.txt, organisations/everyday_verbs.txt, organisations/trade_words.txt,
persons/common_words.txt and places/county_short_words.txt.

The organisations component takes a short name before a name head (大洋 + 司法所, 中信 +
银行) when the name starts a word of the shipped segmenter. Words that start no proper name
pass that test too: 送往医院, 目前医院, 随后公司, 立即送医院. This list holds the words that the
POS-tagged People's Daily corpus almost always tags as verbs, adverbs, time or locative words,
pronouns, prepositions, conjunctions, numerals, measure words or particles, and (almost) never inside
a bracketed name (nt, ns, nz; at most 2% of its occurrences): a name head's name may not open with one of them.

The persons component finds a name by the title or speech verb after it (江泽民主席, 王立说); an
ordinary word that opens with a surname character passes that test (简单介绍, 黄牛介绍客户).
persons/common_words.txt lists such words: the whole name may not be one of them.

    python -m pipeline.tools.build_not_name_words [--data ../shared/data]

Only this derived word list is shipped (no sentence of the corpus); the corpus is research /
non-commercial (see pipeline/resources/README.md).
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from ..corpus.builders import open_text
from ..corpus.peoples_daily import CLOSE, TOKEN_SEP

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "pipeline" / "resources" / "organisations" / "not_name_words.txt"
CORPUS = "peoples_daily_1998/199801.utf8.txt.gz"

# PKU tags of words that open no name: verb, adverb, time, locative, place word (国内), pronoun, preposition,
# conjunction, numeral, measure word, particle, adverbial adjective/verb, modal, interjection,
# onomatopoeia. A single character must be a function word (no verbs, numerals or measure
# words: 兴 of 兴业银行, 七 of 七星公司 open names).
MULTI_TAGS = set("v d t f s r p c m q u ad vd y e o".split())
SINGLE_TAGS = set("d f r p c u y e o".split())
NAME_COMPOUNDS = {"nt", "ns", "nz"}
SHARE = 0.95  # of a word's occurrences under these tags
IN_NAME_SHARE = 0.02  # of its occurrences inside bracketed names, at most (国内 of [国内/s 贸易/vn 部/n]nt: 4 of 341)
MIN_COUNT = {1: 50, 2: 3, 3: 3, 4: 3}
HAN = re.compile(r"[\u4e00-\u9fff]{1,4}")
# numbers open names (二十国集团, 三一重工); a quantity before a kind of company is judged by
# the organisations grammar's quantity_prefix instead
# numbers and ordinals (第十一 opens 第十一中学, 第七 第七人民医院: numbered schools and hospitals)
NUMBER = re.compile(r"第?[〇零一二两三四五六七八九十百千万亿]+")


def tagged_words(path: Path):
    """(word, tag, inside a bracketed name, opening it) for every token of the corpus: a bracketed
    compound is a name when its outer tag is nt, ns or nz ([国内/s 生产/vn 总值/n]l is none)."""
    with open_text(path) as fh:
        for line in fh:
            pending: list[tuple[str, str]] | None = None  # the words of an open compound
            for tok in TOKEN_SEP.split(line.strip())[1:]:
                if not tok:
                    continue
                if tok.startswith("[") and tok[1:].rpartition("/")[0]:
                    tok, pending = tok[1:], []
                outer = None
                m = CLOSE.match(tok)
                if m and "/" in m.group(1):
                    tok, outer = m.group(1), m.group(2)
                word, _, tag = tok.rpartition("/")
                if pending is None:
                    yield word, tag, False, False
                    continue
                pending.append((word, tag))
                if outer is not None:
                    for k, (w, t) in enumerate(pending):
                        yield w, t, outer in NAME_COMPOUNDS, k == 0 and outer in NAME_COMPOUNDS
                    pending = None
            for w, t in pending or ():
                yield w, t, False, False


def count_tags(path: Path) -> tuple[dict[str, Counter], Counter, Counter]:
    """Each word's tag counts, how often it occurs inside a bracketed name, and how often it opens one."""
    tags: dict[str, Counter] = defaultdict(Counter)
    in_compound: Counter = Counter()
    opens_name: Counter = Counter()
    for word, tag, inside, opens in tagged_words(path):
        tags[word][tag] += 1
        in_compound[word] += inside
        opens_name[word] += opens
    return tags, in_compound, opens_name


def not_name_words(path: Path, counts=None) -> list[tuple[str, int]]:
    tags, in_compound, _ = counts or count_tags(path)
    out = []
    for word, counts_ in tags.items():
        n = sum(counts_.values())
        if not HAN.fullmatch(word) or NUMBER.fullmatch(word) or in_compound[word] > IN_NAME_SHARE * n:
            continue
        allowed = SINGLE_TAGS if len(word) == 1 else MULTI_TAGS
        if n >= MIN_COUNT[len(word)] and sum(c for t, c in counts_.items() if t in allowed) >= SHARE * n:
            out.append((word, n))
    return sorted(out, key=lambda wn: (-wn[1], wn[0]))


def common_words(path: Path, surnames: set[str], counts=None) -> list[tuple[str, int]]:
    """Words of 2-3 characters that open with a one-character surname (简单, 黄牛, 高兴, and place
    names such as 江苏): the corpus splits every person name into surname and given name (王/nr
    平/nr), so a whole name is never one of its words, and a word seen twice or more outside nr
    tags is no person's name."""
    tags, *_ = counts or count_tags(path)
    out = []
    for word, counts_ in tags.items():
        if not (2 <= len(word) <= 3 and word[0] in surnames and HAN.fullmatch(word)):
            continue
        other = sum(c for t, c in counts_.items() if not t.startswith("nr"))
        if other >= 2 and other >= 0.5 * sum(counts_.values()):
            out.append((word, other))
    return sorted(out, key=lambda wn: (-wn[1], wn[0]))


PROPER_TAGS = ("nr", "ns", "nt", "nz", "j")
IN_NAME_SHARE_COMMON = 0.005


def everyday_words(path: Path, counts=None) -> list[tuple[str, int]]:
    """Words of two or more characters of any class (男子, 身份证, 抢劫, 苹果) that the corpus
    almost never tags as a name (under 10%) and almost never has inside a bracketed name (0.5%:
    建设 of 建设银行 is 1%, 农业 of 农业银行 2.6%): an organisation's short name opens with none."""
    tags, in_compound, _ = counts or count_tags(path)
    out = []
    for word, counts_ in tags.items():
        n = sum(counts_.values())
        if len(word) < 2 or not HAN.fullmatch(word) or NUMBER.fullmatch(word) or n < 3:
            continue
        if in_compound[word] > IN_NAME_SHARE_COMMON * n:
            continue
        if sum(c for t, c in counts_.items() if t.startswith(PROPER_TAGS)) > 0.1 * n:
            continue
        out.append((word, n))
    return sorted(out, key=lambda wn: (-wn[1], wn[0]))


VERB_TAGS = ("v", "vn", "vd")


def everyday_verbs(path: Path, counts=None) -> list[tuple[str, int]]:
    """The everyday words that are verbs 80%+ of the time (起诉, 抢劫, 遗弃): not even a school or a
    hospital, which are often named after everyday nouns of their township, opens with one
    (起诉医院; 前进小学 and 实验小学 keep their names: 前进 and 实验 sit inside bracketed names too often)."""
    tags, *_ = counts or count_tags(path)
    return [(w, n) for w, n in everyday_words(path, counts)
            if sum(c for t, c in tags[w].items() if t in VERB_TAGS) >= 0.8 * n]


COMMON_TAGS = ("n", "vn", "v", "b", "an")
TRADE_SHARE = 0.9


def trade_words(path: Path, counts=None) -> list[tuple[str, int]]:
    """Common words (煤炭, 评估, 检测) that are no everyday word only because names hold them
    (北京煤炭公司): the corpus tags them 90%+ as common nouns, verbs or distinguishing words, has them 3+
    times and never has one open a bracketed name. A company named by one of them alone (煤炭公司,
    评估公司) is a kind of company, as one named by industry words is (投资公司)."""
    tags, _, opens_name = counts or count_tags(path)
    everyday = {w for w, _ in everyday_words(path, counts)}
    out = []
    for word, counts_ in tags.items():
        n = sum(counts_.values())
        if len(word) < 2 or not HAN.fullmatch(word) or NUMBER.fullmatch(word) or n < 3 or word in everyday:
            continue
        if opens_name[word] or sum(c for t, c in counts_.items() if t in COMMON_TAGS) < TRADE_SHARE * n:
            continue
        out.append((word, n))
    return sorted(out, key=lambda wn: (-wn[1], wn[0]))


def county_short_words(counts, county_forms) -> list[tuple[str, int]]:
    """Counties' short forms (合作 of 合作市, 和平 of 和平区) that the corpus uses as ordinary words:
    seen twice or more, under half the time as a place (ns). The gazetteer does not take them as
    places before a police or court head (合作公安机关); 义乌, 瑞安 and the other short forms the
    corpus tags as places, or never sees, are taken there (义乌公安局)."""
    tags, *_ = counts
    out = []
    for form in county_forms:
        counts_ = tags.get(form)
        n = sum(counts_.values()) if counts_ else 0
        if n >= 2 and sum(c for t, c in counts_.items() if t.startswith("ns")) < 0.5 * n:
            out.append((form, n))
    return sorted(out, key=lambda wn: (-wn[1], wn[0]))


FOOTER = [
    "# Generated by `python -m pipeline.tools.build_not_name_words`; most frequent first. Derived from",
    "# research / non-commercial data (PKU ICL, Fujitsu); no corpus text is included.",
]


def write_list(path: Path, header: list[str], words: list[tuple[str, int]]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(header + FOOTER + [w for w, _ in words]) + "\n", encoding="utf-8")
    tmp.replace(path)
    print(f"{path}: {len(words)} words ({sum(len(w) == 1 for w, _ in words)} of one character)")


def main(argv=None) -> int:
    from .. import resource_files

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--resources", type=Path, default=OUT.parent.parent, help="pipeline/resources")
    args = ap.parse_args(argv)
    corpus = args.data / CORPUS
    counts = count_tags(corpus)
    surnames = {s for s in resource_files.read_lines("persons/surnames.txt") if len(s) == 1}
    lists = [
        ("organisations/not_name_words.txt", not_name_words(corpus, counts), [
            "# Words that open no organisation name (送往 of 送往医院, 目前 of 目前医院): People's Daily 1998",
            f"# tags them {SHARE:.0%}+ as verb/adverb/time/locative/place word/pronoun/preposition/conjunction/",
            "# numeral/measure word/particle (one character: function words only) and at most 2% of the time",
            "# inside a bracketed name (nt/ns/nz)."]),
        ("persons/common_words.txt", common_words(corpus, surnames, counts), [
            "# Words that open with a surname character (简单, 黄牛, 高兴; also places such as 江苏): no whole",
            "# person name. People's Daily 1998 splits names into surname and given name, so these 2-3",
            "# character words, seen twice or more outside nr tags, are no person's name."]),
        ("organisations/everyday_words.txt", everyday_words(corpus, counts), [
            "# Everyday words (男子, 身份证, 抢劫, 起诉) that open no company's, bank's, association's or",
            "# university's short name (男子银行, 抢劫银行): People's Daily 1998 words of two or more characters,",
            "# seen 3+ times, under 10% name tags and at most 0.5% inside a bracketed name."]),
        ("organisations/trade_words.txt", trade_words(corpus, counts), [
            "# Common words (煤炭, 评估, 检测) that name a trade: People's Daily 1998 words of two or more",
            f"# characters, seen 3+ times, {TRADE_SHARE:.0%}+ tagged as common nouns/verbs/distinguishing words, never",
            "# opening a bracketed name, and no everyday word (they sit inside names: 北京煤炭公司). A company",
            "# named by one alone (煤炭公司) is a kind of company."]),
        ("organisations/everyday_verbs.txt", everyday_verbs(corpus, counts), [
            "# The everyday words that People's Daily 1998 tags as verbs 80%+ of the time (起诉, 抢劫): no",
            "# organisation's short name opens with one (起诉医院)."]),
    ]
    from ..entities.gazetteer import Gazetteer

    places = Gazetteer.load_data(with_county_words=False)
    county_forms = Gazetteer(places["divisions"], [], places["grammar"]).county_short
    lists.append(("places/county_short_words.txt", county_short_words(counts, county_forms), [
        "# Counties' short forms that are ordinary words as well (合作 of 合作市, 和平 of 和平区): People's",
        "# Daily 1998 has them twice or more, under half the time tagged as a place (ns). The places",
        "# gazetteer takes no such short form as a place before a police or court head (合作公安机关)."]))
    for relpath, words, header in lists:
        write_list(args.resources / relpath, header, words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

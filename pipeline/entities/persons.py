"""Persons (ANNOTATION.md §1): a surname (resources/persons/surnames.txt) plus one or two
given-name characters, accepted only next to a cue, so that ordinary words that happen to
start with a surname character are left alone:

    byline word + names          通讯员 何文斌 摄, 通讯员 林海 叶青
    title or role + name + verb  所长曹志成介绍说, 中队长潘海勇说
    surname + honorific          陈先生, 李女士
    anonymised                   王某, 李某某
"""
from __future__ import annotations

import re

from spacy.language import Language

from .. import resource_files
from ..segmentation.fast_cut import on_word_boundaries, words_at
from ..spans import CharSpan, is_han
from ..word_patterns import alternation as _alt
from .base import EntityRuleComponent

LABEL = "PERSON"


def ordinary_word(name: str, common_words: frozenset, not_name_words: frozenset) -> bool:
    """The name is an ordinary word (简单, 强调) or opens with one that opens no name (相当 of
    相当于: People's Daily's verbs, adverbs ... of two or more characters). Shared with ner_rulings."""
    return name in common_words or any(name[:n] in not_name_words for n in (2, 3) if n <= len(name))


class PersonGrammar:
    def __init__(self, grammar: dict, surnames: list[str], body_names: list[str] = (),
                 common_words: list[str] = (), not_name_words: list[str] = (), surnameless: list[str] = ()):
        g = grammar
        self.common_words = frozenset(common_words)
        self.function_surnames = frozenset(g.get("function_word_surnames", ""))
        self.roles_before = tuple(g.get("roles_before_honorific_names", ()))
        self.roles_before_anonymised = self.roles_before + tuple(g.get("roles_before_anonymised_names", ())) + tuple(g["titles"])
        self.honorifics = tuple(g["honorifics"])
        self.surname_chars = frozenset(x for x in surnames if len(x) == 1)
        self.double_surnames = frozenset(x for x in surnames if len(x) == 2)
        self.title_words = tuple(sorted(set(g["titles"]) | set(g.get("post_titles", ())), key=len, reverse=True))
        self.given_stop = frozenset(g["given_name_stop_chars"])
        self.anonymised_given_not = self.given_stop | frozenset(g.get("anonymised_given_not", "")) \
            | frozenset(g.get("anonymised_not_before", "")) if g.get("anonymised_given_not") else frozenset()
        self.anonymised_given_closers = g.get("anonymised_given_closers", "")
        self.anonymised_given_closing_words = tuple(g.get("anonymised_given_closing_words", ()))
        self.pseudonym_mark = re.compile(rf"[（(](?:{_alt(g.get('pseudonym_marks', ['化名']))})[）)]")
        self.nickname_prefixes = g.get("nickname_prefixes", "")
        safe_chars = "".join(x for x in surnames if len(x) == 1 and x not in g["ambiguous_surnames"])
        roles = list(self.roles_before) + list(g.get("nickname_roles", ()))
        self.nickname_not_names = frozenset(g.get("nickname_not_names", ()))
        self.nickname = re.compile(rf"(?:{_alt(roles)})(?P<n>[{self.nickname_prefixes}][{safe_chars}])") \
            if g.get("nickname_roles") and self.nickname_prefixes and safe_chars else None
        self.bad_last = set(grammar.get("given_name_bad_last", ""))
        self.glued_bylines = set(grammar.get("bylines_in_longer_words", ()))
        self.not_name_words = frozenset(w for w in not_name_words if len(w) >= 2)
        # fixed body names (商务部, 司法部): a name may not overlap one, even where the body is
        # fused into a title and not tagged itself (商务部长: 商务 is no person)
        self.bodies = re.compile(f"(?=({_alt(body_names)}))") if body_names else None
        stop = re.escape(g["given_name_stop_chars"])
        given = rf"[\u4e00-\u9fff](?<![{stop}])"
        # a given name never starts with a title or role (朱博士说, 主任向记者透露)
        roles = set(g["role_words_not_given_names"]) | {
            w for w in g["titles"] + g["honorifics"] + g["post_titles"] if len(w) >= 2}
        not_role = rf"(?!{_alt(roles - set(g['speech_verbs']))})"
        sur = _alt(surnames)
        safe_sur = _alt([s for s in surnames if s not in g["ambiguous_surnames"]])
        ambiguous_sur = rf"[{re.escape(g.get('honorific_only_surnames', '')) or '^'}]"
        # 某 before 些, 人, 日 … opens a word (王某些, 某日); 某某 before a time word is the name whole
        # (刘某某 + 日前), before a place or body word a placeholder (向某某公司)
        not_before = re.escape(g["anonymised_not_before"])
        double_not_before = re.escape(g.get("anonymised_double_not_before", g["anonymised_not_before"]))
        # (but 某 + 处以 is the name before a penalty: 对负责人吴某处以罚款, not 某处 "somewhere")
        penalty = rf"(?!{_alt(g['anonymised_before_verbs'])})" if g.get("anonymised_before_verbs") else ""
        anonymised = "(?:" + "|".join(rf"{re.escape(a)}(?![{double_not_before}])" if len(a) > 1
                                      else rf"{re.escape(a)}(?!{penalty}[{not_before}]|{re.escape(a)})"
                                      for a in sorted(g["anonymised"], key=len, reverse=True)) + ")"
        left = rf"(?<![{re.escape(g['name_left_not'])}])"
        end_cue = rf"(?=[\s　]|{_alt(g['speech_verbs'])}|[，。、；：！？,.;:!?）)”]|$)"
        # byline: one or more names between spaces or before 摄 / 报道 / a closing bracket
        # (通讯员 林海 叶青): each name is a span
        # a name without a surname: one or two elements (扎西才让, 格桑; surnameless_names.txt)
        elements = _alt(surnameless)
        own = rf"(?:{elements}){{1,2}}" if surnameless else None
        bname = rf"(?:{sur}){not_role}(?:{given}){{1,2}}?" + (f"|{own}" if own else "")
        bname = f"(?:{bname})"
        self.byline = re.compile(
            rf"(?P<by>{_alt(g['bylines'])})[\s　:：]*(?P<list>{bname}(?:[\s　、]+(?!{_alt(g['bylines'])}){bname})*)(?=[\s　）)]|摄|报道|$)")
        self.byline_sep = re.compile(r"[\s　、]+")
        # (pattern, what the name is checked for: None, "word" (no ordinary word, 部长/强调) or
        # "words" (that, and whole words of the shipped segmenter))
        self.patterns = [
            # title + a name without a surname + speech verb or punctuation (民警扎西才让说), or one
            # anonymised (次仁某), before the surname patterns read a surname inside it
            *([(re.compile(rf"(?:{_alt(g['titles'])})(?P<n>{own}){end_cue}"), "word"),
               (re.compile(rf"(?P<n>(?:{elements}){anonymised})"), "anonymised")] if own else []),
            # title + name + speech verb or punctuation; try a 2-char given name first
            (re.compile(rf"(?:{_alt(g['titles'])})(?P<n>(?:{sur}){not_role}(?:{given}){{2}}){end_cue}"), "word"),
            (re.compile(rf"(?:{_alt(g['titles'])})(?P<n>(?:{sur}){not_role}(?:{given})){end_cue}"), "word"),
            # name + title or speech verb after it (江泽民主席, 李鹏总理); 2-char given name first.
            # Nothing marks where such a name starts, so it must be whole words of the segmenter
            # (出任/大学/教授 holds no person 任大学; a three-character one also ends a word: 武侠小说
            # holds no 武侠小, while 王/立说 keeps 王立) and no ordinary word (简单/介绍, 黄牛/介绍)
            (re.compile(rf"{left}(?P<n>(?:{safe_sur}){not_role}(?:{given}){{2}})(?={_alt(g['post_titles'])})"), "words"),
            (re.compile(rf"{left}(?P<n>(?:{safe_sur}){not_role}(?:{given}))(?={_alt(g['post_titles'])})"), "words"),
            # surname + honorific (陈先生) after the full-name patterns: 程阳先生 is 程阳, not 阳先生
            # (after no number: 十余老师; and starting a word: 直呼/老师, 寄居/大妈 hold no 呼老师, 居大妈)
            (re.compile(rf"(?<![0-9０-９一二两三四五六七八九十百千万几余])(?P<n>(?:{safe_sur})(?:{_alt(g['honorifics'])}))"), "start"),
            # an ambiguous surname (于, 高, 方 …) names a person only before an honorific and after
            # a clause boundary or a role noun (，于女士报警; 游客高先生)
            (re.compile(rf"(?P<n>{ambiguous_sur}(?:{_alt(g['honorifics'])}))"), "after_boundary"),
            (re.compile(rf"(?P<n>(?:{safe_sur}){anonymised})"), "anonymised"),
            # an ambiguous surname + 某 (高某, 方某某) likewise only after a clause boundary or a role
            # noun (，高某伙同他人; 犯罪嫌疑人高某): 提高某些, 属于某种 are no names
            (re.compile(rf"(?P<n>{ambiguous_sur}{anonymised})"), "anonymised_after_boundary"),
            # a preposition-like surname + 某 (向某, 和某某) only right after a role noun (逃犯向某,
            # 被告人和某某): after a boundary 向某 is as often "to some …" (，向某部门反映)
            *([(re.compile(rf"(?P<n>[{re.escape(g['role_only_surnames'])}]{anonymised})"), "anonymised_after_role")]
              if g.get("role_only_surnames") else []),
        ]

    def ordinary_word(self, name: str) -> bool:
        return ordinary_word(name, self.common_words, self.not_name_words)

    def pseudonym_start(self, text: str, e: int) -> int | None:
        """Where the name before a pseudonym mark starts: 小 / 阿 / 老 + one character (小宇), else a
        surname + one or two given-name characters starting a word of the segmenter (王晓明, 李强)."""
        if e >= 2 and text[e - 2] in self.nickname_prefixes and text[e - 1] not in self.given_stop:
            return e - 2
        words = words_at(text, max(0, e - 9), e + 3)
        for n in (3, 2):
            s = e - n
            if s >= 0 and text[s] in self.surname_chars and s in words \
                    and not any(c in self.given_stop for c in text[s + 1 : e]):
                return s
        return None

    def with_anonymised_given_names(self, text: str, found: dict[int, int]) -> None:
        """吴某华, 刘某梅: an anonymised name that keeps one character of the given name, where that
        character is no function word, verb or place of a kind (王某家, 李某称: anonymised_given_not)
        and the three characters recur in the text or close a clause (…教师吴某华，…; …张某莲。)."""
        for s, e in sorted(found.items()):
            if e - s != 2 or text[e - 1] != "某" or e >= len(text):
                continue
            given = text[e]
            if not is_han(given) or given in self.anonymised_given_not or e in found or (e + 1) in found:
                continue  # (a name found at the character, which the span would overlap, or right after it)
            name = text[s : e + 1]
            if text.count(name) >= 2 or text[e + 1 : e + 2] in self.anonymised_given_closers \
                    or text.startswith(self.anonymised_given_closing_words, e + 1):
                found[s] = e + 1

    @staticmethod
    def add_recurrences(text: str, names, found: dict[int, int], accept) -> None:
        """Each of `names` wherever it occurs in text, where `accept(start, end)` and it overlaps
        no name found yet."""
        for name in names:
            k = text.find(name)
            while k >= 0:
                e = k + len(name)
                if accept(k, e) and all(e <= a or k >= b for a, b in found.items()):
                    found[k] = e
                k = text.find(name, e)

    def find_nicknames(self, text: str, found: dict[int, int]) -> None:
        """小陈 after a role noun or 的 (nickname_roles), and wherever it recurs: a nickname that the
        segmenter starts and ends a word with (小|龙虾 and 小王国 hold none)."""
        names = {m.group("n") for m in self.nickname.finditer(text)
                 if m.group("n") not in self.nickname_not_names and on_word_boundaries(text, *m.span("n"))}
        self.add_recurrences(text, names, found, lambda s, e: on_word_boundaries(text, s, e))

    def find(self, text: str) -> list[CharSpan]:
        found: dict[int, int] = {}
        for m in self.byline.finditer(text):
            i = m.start("list")
            for piece in self.byline_sep.split(m.group("list")):
                s = text.index(piece, i)
                i = s + len(piece)
                # after a one-character byline word (图, 文), an ordinary word is no name (路线图宣言);
                # after 记者 or 通讯员 it is (记者马力, 记者严明)
                if len(m.group("by")) > 1 or not self.ordinary_word(piece):
                    # a byline word that opens longer words, glued to the name, must end a word
                    # (摄影师拍摄 holds no 摄影 + 师拍)
                    if (s > m.end("by") or m.group("by") not in self.glued_bylines
                            or on_word_boundaries(text, s, s + len(piece), end=False)):
                        found[s] = i
        for pat, check in self.patterns:
            for m in pat.finditer(text):
                s, e = m.span("n")
                if check == "start":
                    words = words_at(text, max(0, s - 6), e + 6)  # (one window for both ends)
                    # (after a role noun the segmenter may glue the surname to it: 店/主廖/女士)
                    if s not in words and not text.endswith(self.roles_before, 0, s):
                        continue
                    # nor may the honorific open a longer word (武警/官兵 holds no 武警官)
                    if e < len(text) and e not in words:
                        continue
                elif check == "anonymised_after_role":
                    if not text.endswith(self.roles_before_anonymised, 0, s):
                        continue
                elif check in ("after_boundary", "anonymised_after_boundary"):
                    roles = self.roles_before if check == "after_boundary" else self.roles_before_anonymised
                    if not (s == 0 or text[s - 1] in "，。；：！？、,.;:!?“（( \n" or text.endswith(roles, 0, s)):
                        continue
                elif check == "anonymised":
                    if s > 0 and (text[s - 1 : s + 1] in self.not_name_words or text[s - 1 : s + 1] in self.common_words):
                        continue  # 担任某保险公司: 任 closes the word 担任, no 任某
                elif check == "words" and e - s == 3 and text[e - 1] in self.surname_chars \
                        and (text[s : e - 1] in self.roles_before
                             or (text[s : e - 1] in self.common_words and on_word_boundaries(text, s, e - 1))) \
                        and text.startswith(self.honorifics, e):
                    continue  # 游客钱女士, 商户王先生: a role noun and 钱女士, no person 游客钱
                elif check and (self.ordinary_word(text[s:e]) or text[e - 1] in self.bad_last
                                or text[s + 1 : e] in self.not_name_words):  # 区 + 待命: a verb is no given name
                    continue
                if check == "words" and not on_word_boundaries(text, s, e, end=e - s == 3):
                    continue
                if check == "word" and e - s == 3 and text[s] in self.function_surnames \
                        and words_at(text, max(0, s - 6), e + 6).get(s + 1) == text[s + 1 : e]:
                    continue  # 民警向/师生/介绍: a preposition and a noun, no 向师生 (a one-word name stays: 向东)
                if all(e <= a or s >= b for a, b in found.items()):
                    found[s] = e
        if self.nickname is not None:
            self.find_nicknames(text, found)
        for m in self.pseudonym_mark.finditer(text) if "化名" in text else ():
            e = m.start()  # 学生小宇（化名）, 张某某（化名）: a name stands right before the mark
            s = self.pseudonym_start(text, e)
            if s is not None and all(e <= a or s >= b for a, b in found.items()):
                found[s] = e
        # an anonymised name found once is that person wherever it recurs, also where the character
        # after 某 would make a word with it (刘某 + 个人获利, 对周某 + 处以: 某个, 某处)
        self.add_recurrences(text, {text[s:e] for s, e in found.items() if text[e - 1] == "某" and e - s in (2, 3)},
                             found, lambda s, e: text[e : e + 1] != "某")
        if found and self.anonymised_given_not:
            self.with_anonymised_given_names(text, found)
        for s, e in list(found.items()):
            # 所长孙某, 局长孙某某: the double surname's first character closes the title (所长 + 孙某),
            # no 长孙 (a title right before a name is how the news names an officer)
            if e - s >= 3 and text[s : s + 2] in self.double_surnames and text[s + 1] in self.surname_chars \
                    and any(text.endswith(t, 0, s + 1) and len(t) > 1 for t in self.title_words):
                del found[s]
                found[s + 1] = e
        if self.bodies is not None and found:  # (the scan tests every position: only where a name was found)
            taken = [(m.start(), m.start() + len(m.group(1))) for m in self.bodies.finditer(text)]
            found = {s: e for s, e in found.items() if all(e <= a or s >= b for a, b in taken)}
        return [CharSpan(s, e, LABEL) for s, e in sorted(found.items())]


class Persons(EntityRuleComponent):
    def compile(self) -> None:
        self.grammar = PersonGrammar(self.data["grammar"], self.data["surnames"], self.data["body_names"],
                                     self.data["common_words"], self.data["not_name_words"],
                                     self.data.get("surnameless_names", []))

    def find(self, text: str) -> list[CharSpan]:
        return self.grammar.find(text)


def load_data() -> dict:
    return {
        "grammar": resource_files.read_json("persons/grammar.json"),
        "surnames": resource_files.read_lines("persons/surnames.txt"),
        "surnameless_names": resource_files.read_lines("persons/surnameless_names.txt"),
        # ordinary words that open with a surname (People's Daily): python -m pipeline.tools.build_not_name_words
        "common_words": resource_files.read_lines("persons/common_words.txt")
        + resource_files.read_lines("persons/common_words_added.txt"),
        "not_name_words": resource_files.read_lines("organisations/not_name_words.txt"),
        # fixed body names and organisation heads (商务部 in 商务部长, 建设局 in 原建设局长)
        "body_names": resource_files.read_lines("organisations/abbreviations.txt")
        + [h for h in resource_files.read_json("organisations/grammar.json")["heads"] if len(h) >= 3],
    }


@Language.factory("persons", default_config={"spans_key": "persons"})
def make_persons(nlp: Language, name: str, spans_key: str) -> Persons:
    return Persons(name, load_data(), spans_key)

"""Organisations other than police units (ANNOTATION.md §1): courts, procuratorates,
government and party bodies, media, schools, hospitals, companies, associations.

    place chain [+ name] + head        温州市中级人民法院, 建德市大洋镇禁毒办, 浙江大学
    国家 + name + head                  国家移民管理局
    level prefix + head                县人大, 省委
    short name + name head             大洋司法所
    fixed names and abbreviations      国办, 国家发改委, 新华社

Bare heads (法院, 学校, 企业) are generic. Rules: resources/organisations/.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Optional

from spacy.language import Language

from .. import resource_files
from ..segmentation.fast_cut import on_word_boundaries, shipped_fast_cut, word_starts, words_at
from ..spans import CharSpan
from ..word_patterns import alternation
from .base import EntityRuleComponent
from .gazetteer import BOUNDARY_WORDS, CJK, Gazetteer, is_boundary

LABEL = "ORG"


def generic_name_test(grammar: dict, trade_words: frozenset = frozenset()) -> Callable[[str, str], bool]:
    """A test for the name before a name head (shared with ner_rulings): True when a generic word
    opens it (当地一所 + 中学), it is ownership or scope words only (商业 + 银行, 外资 + 银行), or,
    before a company head, it is industry words only, after an optional quantity (投资 + 公司,
    网络科技 + 公司, 四保险 + 公司), or one of `trade_words` alone (煤炭 + 公司, 评估 + 公司; ner_rulings
    passes People's Daily's, for the model's companies): a kind of organisation, not one."""
    generic = tuple(grammar["generic_names"])
    company_heads = set(grammar["company_heads"])
    industry = alternation(grammar["industry_words"])
    industry_only = re.compile(f"(?:{grammar['quantity_prefix']})?(?:{industry})+")
    ownership = alternation(grammar["ownership_words"])
    ownership_only = re.compile(f"(?:{grammar['quantity_prefix']})?(?:{ownership})+")

    kinds = tuple(grammar.get("kind_words", ()))
    scope_endings = tuple(grammar.get("generic_name_endings", ()))
    division_kinds = kinds_after_divisions(grammar)

    def is_generic(name: str, head: str) -> bool:
        return (name.startswith(generic) or ownership_only.fullmatch(name) is not None or any(k in name for k in kinds)
                # (全年全省 + 医院: a scope word closing the name, as one opening it)
                or (bool(scope_endings) and name.endswith(scope_endings))
                or (head in company_heads and (industry_only.fullmatch(name) is not None or name in trade_words))
                # (南京市 + 银行: the banks of a division written with its suffix, kinds_after_divisions)
                or kind_after_division(division_kinds, name, head))

    return is_generic


def kinds_after_divisions(grammar: dict) -> list[tuple[frozenset, str, tuple, tuple]]:
    """(heads, division suffixes, words the head must not open, words ending in such a suffix that
    are no division) of each kinds_after_divisions entry."""
    return [(frozenset(k["heads"]), k.get("after", ""), tuple(k.get("not_before", ())), tuple(k.get("not_after_words", ())))
            for k in grammar.get("kinds_after_divisions", ())]


def kind_after_division(division_kinds: list, name: str, head: str) -> bool:
    """`head` is one of the kinds of kinds_after_divisions and `name` (three characters or more) a
    division written with its suffix before it, no word that only ends like one (南京市 + 银行, 长安镇
    + 学校: all of the kind there; not 社区 + 学校)."""
    return len(name) >= 3 and any(head in heads and name[-1] in after and not name.endswith(not_after)
                                  for heads, after, _, not_after in division_kinds)


def named_from_next_place(text: str, chain, nxt, division_suffix_chars: str) -> bool:
    """The gazetteer chain `nxt` starts where `chain` ends, and `chain` is written with a division's
    suffix: a body named from the next place starts there, the chain before it says where it is
    (贵阳市云岩区 + 贵州医科大学附属医院; not a name that repeats the chain's own, 武侯区玉林街道 +
    玉林小学, nor after a short form, 宁波 + 舟山港海关缉私分局: one port's name). Shared with ner_rulings."""
    return nxt is not None and nxt.start == chain.end and text[chain.end - 1] in division_suffix_chars \
        and text[nxt.start : nxt.end] not in text[chain.start : chain.end]


SCHOOL_HEADS = ("大学", "中学", "小学")  # heads that student_after (大学生) runs on from


def indefinite_patterns(grammar: dict) -> tuple[re.Pattern, re.Pattern]:
    """一, alone or with a classifier (家, 所 …), after a place: one body of the place, no name
    (杭州一公司, 东莞一家工厂). The first pattern finds it at the end of a name (杭州一 + 公司), the
    second before a kind of body (一工厂; not 一中, 一院: numbered schools and hospitals are names).
    Shared with ner_rulings."""
    classifiers = re.escape(grammar.get("indefinite_classifiers", ""))
    return (re.compile(f"(?<!第)一[{classifiers}]?$"),  # (娄桥第一 + 小学: a number, a name)
            re.compile(f"一[{classifiers}]?(?=[\u4e00-\u9fff])(?![中小院医高职师])"))


def head_run_on_test(grammar: dict) -> Callable[[str, str, int], bool]:
    """A test for a span whose head runs on into another word at `end` (shared with ner_rulings):
    银行卡, 公司法 (head_not_before), 大学生 (student_after: the students, not the school); not where
    one of head_run_on_exceptions follows instead (公司 + 法定代表人)."""
    student_after = re.compile(grammar["student_after"]) if grammar.get("student_after") else None
    not_before = {h: tuple(ws) for h, ws in grammar.get("head_not_before", {}).items()}
    exceptions = tuple(grammar.get("head_run_on_exceptions", ()))

    def runs_on(text: str, span: str, end: int) -> bool:
        if student_after is not None and span.endswith(SCHOOL_HEADS) and student_after.match(text, end):
            return True
        if exceptions and text.startswith(exceptions, end):
            return False
        return any(span.endswith(h) and text.startswith(ws, end) for h, ws in not_before.items())

    return runs_on


def wordy_name(words: list[str], head: str, not_name_words: frozenset, everyday_words: frozenset,
               everyday_verbs: frozenset, everyday_checked: set, industry_words: frozenset = frozenset(),
               one_char_verbs: frozenset = frozenset()) -> bool:
    """True when the words before a name head (the segmenter's words of the name) are a phrase,
    not a name (shared with ner_rulings): a name opens with no verb, adverb, time word ... (送往/医院,
    目前/医院) and, before a company, bank, outlet or university, no everyday word (男子/银行); it does
    not end in an everyday verb (抢劫/银行, 状告/法院, 起诉/医院); and it is not two or more words of one
    character each (被/送/医院, 两/名/大学, 死/砸/医院: the segmenter found no word in it, which a name
    of a real body rarely is; 七国集团 and 八国集团 are fixed names). An industry word may end a
    name though it is a verb (太平洋亚洲旅行协会, 长途运输公司). Nor does it end in a one-character verb
    of studying (北京/读 + 中学: where the person studies; `one_char_name_verbs`)."""
    if not words:
        return False
    if len(words) >= 2 and all(len(w) == 1 for w in words):
        return True
    first, last = words[0], words[-1]
    if first in not_name_words or first in everyday_verbs or (last in everyday_verbs and last not in industry_words) \
            or last in one_char_verbs:
        return True
    return head in everyday_checked and first in everyday_words


def total_after_fixed_name(text: str, start: int, end: int, total_verbs: dict, everyday_verbs: frozenset) -> bool:
    """A fixed name whose last character opens a total with the verb after it, inside a clause
    (直播中共解答网友咨询26个, 仓库中共存放旧手机: 中 + 共解答, 共存放): a Han character before the name and
    an everyday verb after it that is none of the verbs the body itself does (`total_verbs`: 日前中共发布
    stays the party; shared with ner_rulings)."""
    own_verbs = total_verbs.get(text[end - 1 : end])
    if own_verbs is None or start == 0 or not CJK.match(text[start - 1]):
        return False
    verb = text[end : end + 2]
    return len(verb) == 2 and verb in everyday_verbs and verb not in own_verbs


def names_an_app(text: str, start: int, end: int, app_after: tuple) -> bool:
    """A body's name right before APP, 客户端, 公众号 … (`app_after`), or quoted right before one,
    names an app or an account: a brand, no entity (国家反诈中心APP, “国家反诈中心”APP; shared with
    ner_rulings)."""
    return text.startswith(app_after, end) or (
        text[start - 1 : start] == "“" and text.startswith("”", end) and text.startswith(app_after, end + 1))


class OrganisationGrammar:
    def __init__(self, grammar: dict, abbreviations: list[str], gazetteer: Gazetteer,
                 not_name_words: frozenset = frozenset(), everyday_words: frozenset = frozenset(),
                 everyday_verbs: frozenset = frozenset(), trade_words: frozenset = frozenset()):
        self.g = grammar
        self.not_name_words = frozenset(not_name_words)
        self.everyday_words = frozenset(everyday_words)
        self.everyday_verbs = frozenset(everyday_verbs)
        self.trade_words = frozenset(trade_words)
        self.everyday_checked = set(grammar.get("everyday_checked_heads", ()))
        self.industry_words = frozenset(grammar.get("industry_words", ()))
        self.kinds_after_place = tuple(grammar.get("kinds_after_place", ()))
        self.kinds_after_divisions = kinds_after_divisions(grammar)
        self.company_heads = set(grammar["company_heads"])
        self.legal_form_heads = frozenset(grammar.get("legal_form_heads", ()))
        self.legal_forms_longest = sorted(self.legal_form_heads, key=len, reverse=True)
        # a name after a place runs to name_after_place_max characters, a registered company's (before
        # its legal form) to registered_name_max
        self.name_after_place_max = grammar["name_after_place_max"]
        self.long_name_heads = frozenset(grammar.get("long_name_heads", ()))
        self.long_name_max = grammar.get("long_name_max", 0)
        county_companies = grammar.get("county_companies", {})
        self.county_company_name_min = county_companies.get("name_min", 4)
        self.county_company_name_max = county_companies.get("name_max", 0)
        self.county_company_body_chars = county_companies.get("body_chars", "")
        self.after_place_name_limit = max(self.name_after_place_max, grammar.get("registered_name_max", 0), self.long_name_max)
        self.fixed_not_before = dict(grammar.get("fixed_not_before", {}))
        self.fixed_not_before_words = {k: tuple(v) for k, v in grammar.get("fixed_not_before_words", {}).items()}
        self.fixed_after_words = tuple(grammar.get("fixed_after_words", ()))
        self.fixed_total_verbs = {k: frozenset(v) for k, v in grammar.get("fixed_total_verbs", {}).items()}
        self.title_after = tuple(grammar["title_after"])
        self.app_after = tuple(grammar.get("app_after", ()))
        endings = grammar.get("quoted_outlet_endings", ())
        self.quoted_outlet = re.compile(rf"《([^《》\s]{{1,10}}?(?:{alternation(endings)}))》") if endings else None
        self.quoted_outlet_not_endings = tuple(grammar.get("quoted_outlet_not_endings", ()))
        named = grammar.get("quoted_named_bodies", {})
        # a quoted name that a naming cue or a body word vouches for (名为“长寿源”的公司, “速融车贷”空壳公司)
        self.quoted_named = re.compile(
            rf"(?:(?:{alternation(named['cues'])})“([^“”\s0-9０-９·]{{2,12}})”的?(?:{alternation(named['cue_heads'])})"
            rf"|“([^“”\s0-9０-９·]{{2,12}})”(?:{alternation(named['heads'])}))") if named else None
        # a registered name in quotation marks, legal form included, is the body's whole name (以“宁平镇丰茂种植
        # 专业合作社”名义, 注册成立“楚韵拍卖有限公司”): the marks bound it where no place before it is known
        legal = grammar.get("quoted_registered_heads", ())
        self.quoted_registered = re.compile(
            rf"“([^“”\s，。；、：！？]{{2,{grammar.get('quoted_registered_name_max', 16)}}}(?:{alternation(legal)}))”") if legal else None
        self.partner_after_chars = grammar.get("partner_after_chars", "")
        self.indefinite_end = indefinite_patterns(grammar)[0]
        self.student_after = re.compile(grammar["student_after"]) if grammar.get("student_after") else None
        # a head glued to what follows it into another word (银行卡, 大学生): not the body
        self.runs_on = head_run_on_test(grammar)
        # departments that continue the body before them (县委 + 网信办), longest first
        self.sub_bodies = tuple(sorted(grammar.get("sub_bodies", ()), key=len, reverse=True))
        self.station_parents = tuple(grammar.get("station_parents", ()))
        self.sub_stations = re.compile(grammar["sub_stations"]) if grammar.get("sub_stations") else None
        self.bureau_branches = re.compile(grammar["bureau_branches"]) if grammar.get("bureau_branches") else None
        self.venue_suffixes = tuple(gazetteer.grammar.get("venue_suffixes", ()))
        self.company_branches = tuple(sorted(grammar.get("company_branches", ()), key=len, reverse=True))
        self.named_sub_branches = tuple(grammar.get("named_sub_branches", ()))
        self.bank_units = tuple(grammar.get("bank_units", ()))
        self.bank_heads = tuple(grammar.get("bank_heads", ()))
        self.bureau_branch_heads = tuple(sorted(grammar.get("bureau_branch_heads", ()), key=len, reverse=True))
        self.name_joining_words = tuple(grammar.get("name_joining_words", ()))
        self.division_suffix_chars = grammar.get("division_suffix_chars", "")
        self.police_work_verbs = frozenset(grammar.get("police_work_verbs", ())) | frozenset(grammar.get("forgery_verbs", ()))
        # (both kinds of verb: a level prefix glued to one still starts a word, 深入县医院)
        self.any_verbs = self.everyday_verbs | self.police_work_verbs
        self.university_hospitals = re.compile(grammar["university_hospitals"]) if grammar.get("university_hospitals") else None
        self.university_campuses = re.compile(grammar["university_campuses"]) if grammar.get("university_campuses") else None
        self.hospital_departments = re.compile(grammar["hospital_departments"]) if grammar.get("hospital_departments") else None
        self.hospital_department_hosts = tuple(grammar.get("hospital_department_hosts", ()))
        self.government_departments = re.compile(
            f"{grammar['government_departments']}(?![{grammar.get('government_department_not_before', '')}])") if grammar.get("government_departments") else None
        self.government_department_hosts = tuple(grammar.get("government_department_hosts", ()))
        self.government_department_heads = frozenset(grammar.get("government_department_heads", ()))
        self.government_department_not_in = grammar.get("government_department_place_ends", "")
        self.branch_name_stop = re.compile(grammar["branch_name_stop"]) if grammar.get("branch_name_stop") else None
        self.gaz = gazetteer
        self.host_heads = tuple(grammar.get("host_heads", ()))
        numbered = grammar.get("numbered_heads", ())
        self.numbered_heads = re.compile(
            "第[一二三四五六七八九十0-9]{1,3}(?:" + "|".join(map(re.escape, numbered)) + ")") if numbered else None
        self.heads = sorted(grammar["heads"], key=len, reverse=True)
        self.heads_re = re.compile("|".join(re.escape(h) for h in self.heads))
        self.name_heads = sorted(grammar["name_heads"], key=len, reverse=True)
        self.level_prefixed = sorted(grammar["level_prefixed"], key=len, reverse=True)
        self.level_prefixes = set(grammar["level_prefixes"])
        self.fixed = re.compile(alternation(abbreviations))
        nat = alternation(grammar["national_heads"])
        self.national = re.compile(rf"{re.escape(grammar['national_prefix'])}([\u4e00-\u9fff]{{2,8}}?)(?:{nat})")
        self.stop = set(grammar["name_stop_chars"])
        self.one_char_verbs = frozenset(grammar.get("one_char_name_verbs", ""))
        self.name_determiners = grammar.get("name_determiners", "")
        self.level_re = re.compile(
            f"[{''.join(sorted(self.level_prefixes))}](?:{'|'.join(re.escape(h) for h in self.level_prefixed)})"
        )
        self.name_head_re = re.compile("|".join(re.escape(h) for h in self.name_heads))
        self.name_min, self.name_max = grammar["name_min"], grammar["name_max"]
        self.segment_context = grammar["segment_context"]
        self.generic_name = generic_name_test(grammar)

    def wordy(self, words: list[str], head: str, after_place: bool = False) -> bool:
        # after a place one word, everyday or a verb, may name the body (中国 + 传媒 + 大学,
        # 温州 + 旅行 + 协会, 浙江 + 海运 + 集团); after_place has its own tests for that word
        if after_place and len(words) < 2:
            return False
        checked = set() if after_place else self.everyday_checked
        # (after a place the one-character verb is tested as the name's first word: 太原市 + 读 + 大学)
        one_char = frozenset() if after_place else self.one_char_verbs
        return wordy_name(words, head, self.not_name_words, self.everyday_words, self.everyday_verbs,
                          checked, self.industry_words, one_char)

    def name_ok(self, name: str) -> bool:
        return all(CJK.match(c) and c not in self.stop for c in name)

    def word_starts(self, text: str, end: int) -> dict[int, str]:
        """The words of the shipped segmenter by start offset, in the few characters before
        `end` (segmented with some context to the left)."""
        return words_at(text, max(0, end - self.name_max - self.segment_context), end)

    @staticmethod
    def head_inside_word(text: str, head_start: int, head_end: int) -> bool:
        """Whether the shipped segmenter's word across the head's start ends inside the head (近日 of
        企业近日报警): the head's first character belongs to a word before it. A word that holds the
        whole head (人民日报, 中信银行) leaves it a head."""
        starts = word_starts(text)
        k = bisect_right(starts, head_start)
        if k and starts[k - 1] == head_start:
            return False
        return k < len(starts) and starts[k] < head_end

    def is_place(self, text: str, start: int, end: int) -> bool:
        """text[start:end] is exactly one place chain of the gazetteer."""
        chain = self.gaz.chain_at(text, start, require_boundary=False)
        return chain is not None and chain.end == end

    def head_at(self, text: str, i: int) -> Optional[int]:
        """End of the longest head starting at i (one regex match: the alternation is longest first)."""
        m = self.heads_re.match(text, i)
        return m.end() if m else None

    def after_place(self, text: str, i: int) -> Optional[int]:
        """End of [name] + head right after a place chain ending at i."""
        if self.kinds_after_place and text.startswith(self.kinds_after_place, i):
            return None  # 江苏省 + 中小学(幼儿园): the schools of the place, every one of a kind
        if i > 0 and any(text[i - 1] in after and text.startswith(k, i) and not text.startswith(not_before, i + len(k))
                         and not text.endswith(not_after, 0, i)
                         for heads, after, not_before, not_after in self.kinds_after_divisions for k in heads):
            return None  # 江苏省南京市 + 银行网点: the banks of the division (南京银行, 贵州银行 are banks)
        numbered = self.numbered_heads.match(text, i) if self.numbered_heads is not None else None
        if numbered:
            return numbered.end()  # 浙江省 + 第四监狱: a numbered body of the place (墨西哥监狱 is none)
        end = self.head_at(text, i)
        if end is not None:
            # a place + a company head alone (中国公司, 英国公司) is the companies of a place
            return None if text[i:end] in self.company_heads else end
        short_max = self.name_after_place_max
        for n in range(1, self.after_place_name_limit + 1):
            name = text[i : i + n]
            if len(name) < n or not self.name_ok(name):
                return None
            if any(w in name[1:] for w in self.name_joining_words):
                return None  # 历下区 + 分局联合区 + 文化和旅游局: 联合 joins two bodies
            if i > 0 and text[i - 1] in self.division_suffix_chars and name.startswith(self.name_joining_words):
                return None  # 长沙市岳麓区 + 联合 + 中国人民财产保险…公司: the division acts with a partner (北京联合大学 keeps its name)
            if name[0] == "一" and (n == 1 or name[1] in self.g.get("indefinite_classifiers", "")):
                return None  # 杭州一公司, 东莞一家工厂: one company of the place, no name
            end = self.head_at(text, i + n)
            if end is not None and n > 2 and (k := self.indefinite_end.search(name)) and "第" not in name \
                    and name[k.start() - 1] not in "零〇一二两三四五六七八九十百千":
                return None  # 南京 + 南街一所 + 小学: one school on the street, no name (as in the short-name path)
            if end is not None and n > short_max and text[i + n : end] not in self.legal_form_heads \
                    and not (n <= self.long_name_max and text[i + n : end] in self.long_name_heads):
                # a long name only before a registered legal form (宝鸡市 + 鑫源再生资源回收 + 有限公司) or a
                # task force's head (河南省 + 森林草原防灭火 + 指挥部)
                continue
            if end is not None:
                # the name opens with no verb, adverb ... (中国 + 设立 + 分公司), and a name of several
                # words with no everyday word (河北 + 男子驾车冲进镇 + 政府; 中国 + 传媒 + 大学 stays)
                words = shipped_fast_cut()(text[i : i + n])
                if words[0] in ("某", "某某"):
                    # 温州某科技有限公司, 广西某某物流有限公司: a registered name with its 字号 anonymised, like
                    # 王某 for a person; with a kind for a head (杭州某游戏公司, 长沙市岳麓区某物流公司, 某医院) it
                    # describes a body of the place, whose place alone is tagged (the review sets' gold: 12 of 12)
                    # (a verb among its words is a clause, unless an industry word closes them: 某 + 养老
                    # + 服务 + 有限公司 names the trade)
                    anonymised_name = text[i + n : end] in self.legal_form_heads \
                        and (words[-1] in self.industry_words or not any(w in self.everyday_verbs for w in words[1:]))
                    return end if anonymised_name else None
                if text[i + n : end] in self.long_name_heads and len(words) >= 2 \
                        and not any(w in self.not_name_words for w in words):
                    return end  # a task named by verbs and their objects (处置/非法/集资/工作 + 领导小组办公室)
                if words[0] in self.not_name_words or (len(words) > 1 and words[0] in self.everyday_words) \
                        or words[0] in self.one_char_verbs:
                    return None  # (太原市 + 读 + 大学: a verb of studying and the kind of school)
                if any(text[i : i + k] in self.any_verbs and text[i + k] in self.level_prefixes for k in (2, 3) if k < n):
                    return None  # 威县 + 组织 + 县发改局: the place's verb and the level-prefixed body it governs
                if self.wordy(words, text[i + n : end], after_place=True) and not (
                        text[i + n : end] in self.legal_form_heads and len(words[0]) > 1
                        and words[0] not in self.everyday_verbs and words[0] not in self.everyday_words):
                    return None  # 美国 + 第一夫人率 + 小学, 乌克兰 + 议会敦促 + 政府 (常州 + 鑫源表面处理 + 有限公司 stays)
                return end
        return None

    def fused_title(self, text: str, end: int) -> bool:
        """县环保局长: the head ends in a title (局长), no body; not where the segmenter starts a word
        of its own there (有限公司 + 长期, 新华社 + 长沙 of a dateline)."""
        if not text.startswith(self.title_after, end):
            return False
        word = words_at(text, max(0, end - self.segment_context), min(len(text), end + self.segment_context)).get(end, "")
        return len(word) < 2

    def branch_after_place(self, text: str, i: int, branches: tuple, short_forms: bool = False) -> Optional[int]:
        """The end of a place chain at i and one of `branches` right after it (大同分公司,
        广西壮族自治区分局), or None; with `short_forms`, a city's stop-listed short form names the
        place too. The chain is looked up only where a branch word follows within 12 characters."""
        if not branches or not any(b in text[i : i + 12] for b in branches):
            return None
        place = self.gaz.chain_at(text, i, require_boundary=False)
        head_only = self.gaz.head_only_at(text, i) if place is None and short_forms else None
        # (申通快递 + 雁塔网点: a county's short form names the outlet's district)
        county = self.gaz.county_short_at(text, i) if place is None and not head_only and short_forms else None
        end = place.end if place is not None else head_only[0] if head_only else county[0] if county else None
        if end is None:
            return None
        found = next((end + len(b) for b in branches if text.startswith(b, end)), None)
        if found is None and short_forms and self.named_sub_branches:
            # 中国建设银行 + 合肥 + 三孝口支行: a sub-branch named after its street or quarter in the city
            for n in range(2, 5):
                name = text[end : end + n]
                if len(name) < n or not all(CJK.match(c) and c not in self.stop for c in name):
                    break
                b = next((b for b in self.named_sub_branches if text.startswith(b, end + n)), None)
                if b is not None:
                    return end + n + len(b)
        return found

    def place_end_at(self, text: str, i: int) -> Optional[int]:
        """The end of a gazetteer name or county short form starting at i, or None."""
        hit = self.gaz.name_at(text, i) or self.gaz.county_short_at(text, i)
        return hit[0] if hit else None

    def place_across_start(self, text: str, start: int, head_start: int, starts: dict) -> int:
        """联合义/乌农商/银行: the segmenter glued the first character of a place to the word before,
        so the name's word starts inside the place; the name starts with the place (义乌农商银行).
        Only a place that starts inside a word (not 和/康复/医院), where no place starts the name
        (联合/山东/大学: not 合山)."""
        if self.place_end_at(text, start) is not None:
            return start
        for back in (1, 2):
            if start - back < 0 or start - back in starts:
                break
            end = self.place_end_at(text, start - back)
            if end is not None and start < end <= head_start:
                return start - back
        return start

    def county_companies(self, text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A county's short form opening a registered company's name (温岭 + 鑫达气体 + 有限公司, 昆山 +
        迅途物流 + 有限公司): the legal form vouches for the name as 公安局 does for 义乌公安局; the name
        after the place, a trade name and a trade of four characters or more, is held to after_place's
        tests. Only where no body was found ending there."""
        out = []
        for head in self.legal_forms_longest:
            for m in re.finditer(re.escape(head), text):
                if any(e == m.end() or (s < m.start() < e) for s, e in found + out):
                    continue  # (a body found ending there or running into the name: 海门大队约谈 + 南通顺达物流有限公司)
                lo = max(0, m.start() - self.county_company_name_max - 3)
                starts = words_at(text, lo, m.start())
                for k in range(lo, m.start() - 2):
                    county = self.gaz.county_short_at(text, k)
                    if county is None or not (is_boundary(text, k) or (k in starts and k > lo)):
                        continue
                    if m.start() - county[0] < self.county_company_name_min:
                        continue  # a trade name and a trade (鑫达 + 气体), not 在义乌开办有限公司
                    name = text[county[0] : m.start()]
                    words = words_at(text, county[0], m.start()).values()
                    if any(c in name for c in self.county_company_body_chars) or any(v in name for v in self.police_work_verbs) \
                            or any(w in self.everyday_verbs or w in self.not_name_words for w in words):
                        continue  # 在昆山注册贸易有限公司, 海门 + 大队约谈顺达物流: a clause or a body, no name
                    if self.after_place(text, county[0]) == m.end():
                        out.append((k, m.end()))
                        break
        return out

    def find(self, text: str) -> list[CharSpan]:
        found: list[tuple[int, int]] = []
        m = self.fixed.search(text)
        while m:
            pos = m.end()
            if m.end() - m.start() == 2 and not on_word_boundaries(text, m.start(), m.end(), context=self.segment_context) \
                    and not text.endswith(self.fixed_after_words, 0, m.start()):
                pass  # 民建 inside 村民建立: a two-character abbreviation must be words of its own (联合 + 国网: the
                # segmenter's 联合国 hides the name after the co-agent word)
            elif text[m.end() : m.end() + 1] and (text[m.end()] in self.fixed_not_before.get(m.group()[-1], "")
                                                  or text.startswith(self.fixed_not_before_words.get(m.group()[-1], ()), m.end())
                                                  or total_after_fixed_name(text, m.start(), m.end(), self.fixed_total_verbs, self.everyday_verbs)):
                # 教育部 of 教育部门, 联合国 of 联合国家发展改革委: the last character opens another word,
                # and a name may start inside the match (联合国际刑警组织 -> 国际刑警组织)
                pos = m.start() + 1
            else:
                found.append((m.start(), m.end()))
            m = self.fixed.search(text, pos)
        for m in self.national.finditer(text):
            if self.name_ok(m.group(1)):
                found.append((m.start(), m.end()))
        if self.quoted_outlet is not None and "《" in text:
            for m in self.quoted_outlet.finditer(text):  # 据《燕赵都市报》报道: the outlet, without its marks
                if not m.group(1).endswith(self.quoted_outlet_not_endings):
                    found.append(m.span(1))
        if self.quoted_named is not None and "“" in text:
            for m in self.quoted_named.finditer(text):
                found.append(m.span(1) if m.group(1) else m.span(2))
            for m in self.quoted_registered.finditer(text) if self.quoted_registered is not None else ():
                if not describes_anonymised_body(m.group(1), self.legal_forms_longest):
                    found.append(m.span(1))
        chains = self.gaz.find_chains(text)
        # a town or street known by its suffix names its bodies too (北城街道综治中心, 五马街道司法所)
        # (only texts with a town or street suffix: the scan costs 15% of this component)
        standalone = self.gaz.find_standalone(text, [(c.start, c.end) for c in chains]) \
            if any(suf in text for suf in self.gaz.chain_suffixes) and self.heads_re.search(text) else []
        chain_at_start = {c.start: c for c in chains}
        for chain in chains + standalone:
            if named_from_next_place(text, chain, chain_at_start.get(chain.end), self.division_suffix_chars):
                continue  # 贵阳市云岩区 + 贵州医科大学附属医院: the body's name starts at the next place
            end = self.after_place(text, chain.end)
            if end is not None and chain.start > 0 and text[chain.start - 1] == "驻" \
                    and text.endswith(self.host_heads, chain.end, end):
                end = None  # 驻利比亚使馆: the host of some country's embassy, no name of it
            if end is not None:
                found.append((chain.start, end))
        for m in self.level_re.finditer(text):
            # level prefix (县人大, 省委): the prefix must itself start a word: after a boundary, where
            # the segmenter starts one (按照/市委), or after an everyday verb it glued to the prefix
            # (移交市/应急管理局; not 城市/委员会)
            if is_boundary(text, m.start()) or text[m.start() - 2 : m.start()] in self.any_verbs \
                    or on_word_boundaries(text, m.start(), m.end(), end=False, context=self.segment_context):
                found.append((m.start(), m.end()))
        for m in self.name_head_re.finditer(text):
            # short proper name + name head (大洋司法所): the shortest name that starts where the
            # shipped segmenter starts a word (预期/中信/银行 -> 中信银行, 但/美联/银行 -> 美联银行,
            # 健力宝/公司 -> 健力宝公司)
            head_start = m.start()
            if any(text.startswith(k, j) for k in self.kinds_after_place
                   for j in range(max(0, head_start - len(k)), head_start)):
                continue  # 中 + 小学 of 中小学, 中小学 + 幼儿园: kinds of school, no name and head
            possible = [n for n in range(self.name_min, self.name_max + 1)
                        if head_start - n >= 0 and self.name_ok(text[head_start - n : head_start])]
            # a generic shortest name may still open a longer proper one (通用 + 汽车公司)
            generic = {n for n in possible if self.generic_name(text[head_start - n : head_start], m.group())}
            viable = [n for n in possible if n not in generic]
            if not viable:
                continue  # no segmenter call: most name heads follow no possible name
            starts = self.word_starts(text, head_start)
            n = next((n for n in viable if head_start - n in starts), None)
            if n is None:
                continue
            if self.head_inside_word(text, head_start, m.end()):
                continue  # 企业近日 + 报警, 男子今日 + 报警: 日报 opens inside the segmenter's 近日
            if any(len(lf) > len(m.group()) and lf.endswith(m.group()) and text.startswith(lf, m.end() - len(lf))
                   and head_start - n > m.end() - len(lf) for lf in self.legal_forms_longest):
                continue  # 港务有限 + 责任公司: a name never starts inside the legal form (有限责任公司)
            first = starts[head_start - n]
            joining = next((w for w in self.name_joining_words if first.startswith(w) and len(first) > len(w)), None)
            if joining and text[head_start - n - 1 : head_start - n] in self.partner_after_chars:
                # 公安局 + 联合/镇康边境管理大队: the segmenter glued the partner's word to the name
                # (联合镇); right after a body's head the body named is what follows the word
                rest = head_start - n + len(joining)
                if head_start - rest >= self.name_min and self.name_ok(text[rest:head_start]) \
                        and not self.generic_name(text[rest:head_start], m.group()):
                    found.append((rest, m.end()))
                continue
            # ... that does not open with a verb, adverb, time word ... (送往/医院, 目前/医院) or,
            # before a company, bank, outlet or university, an everyday word (男子/银行); a word of
            # one character does not make a kind of organisation a name (任/民办/中学, 俄/合资/公司)
            if first in self.not_name_words or (len(first) == 1 and any(g < n for g in generic)):
                continue
            if head_start - n > 0 and text[head_start - n - 1] == "某":
                continue  # 苏州工业园区某 + 半导体公司: the kind of an anonymised body, no name
            if head_start - n > 0 and text[head_start - n - 1] in self.name_determiners:
                continue  # 该分局 + 医院周边: the unit referred to and a hospital near it, no name
            if first in self.everyday_verbs or (m.group() in self.everyday_checked and first in self.everyday_words):
                continue  # 起诉/医院 (no name opens with a verb), 男子/银行
            if first in self.name_joining_words or first in self.police_work_verbs or first in BOUNDARY_WORDS:
                continue  # 联合/辖区/银行: a partner's word; 接报/医院: a verb of police work that People's Daily lacks;
                # 协调/银行, 带领/…: a verb of directing whose object is a body (the places' boundary words)
            if first[-1:] in self.level_prefixes and first[:-1] in self.any_verbs:
                continue  # 深入县/医院: a verb glued to a level prefix (the level-prefix rule reads 县医院)
            name_words = [w for k, w in sorted(starts.items()) if head_start - n <= k < head_start]
            if self.wordy(name_words, m.group()):
                continue  # 被/送/医院, 抢劫/银行, 北京/读 + 中学
            if self.student_after is not None and self.student_after.match(text, m.end()):
                continue  # 大学生: the students, not the school
            if m.group() in self.company_heads and self.is_place(text, head_start - n, head_start):
                continue  # 中国公司, 英国公司: companies of a country, no company's name (as after_place rules)
            if m.group() in self.company_heads and text[head_start - n : head_start] in self.trade_words:
                continue  # 煤炭公司, 评估公司: a kind of company (no longer name is sought, as after a generic one)
            if self.indefinite_end.search(text, head_start - n, head_start) \
                    or self.indefinite_end.search(text, max(0, head_start - n - 3), head_start - n):
                continue  # 杭州一公司, 一家婚恋服务公司: one company of a kind (as after_place rules)
            found.append((self.place_across_start(text, head_start - n, head_start, starts), m.end()))
        if self.county_company_name_max and any(h in text for h in self.legal_form_heads):
            found.extend(self.county_companies(text, found))
        for k, (s, e) in enumerate(found):  # 县委 + 网信办: a department continues its body
            if self.university_hospitals is not None and text.endswith(("大学", "医学院"), s, e):
                m = self.university_hospitals.match(text, e)  # 吉林大学 + 第一医院: the university's hospital
                e = m.end() if m else e
            if self.university_campuses is not None and text.endswith(("大学", "学院"), s, e):
                m = self.university_campuses.match(text, e)  # 浙江大学 + 玉泉校区: a named campus of it
                e = m.end() if m else e
            if self.hospital_departments is not None and text.endswith(self.hospital_department_hosts, s, e):
                m = self.hospital_departments.match(text, e)  # 海南省人民医院 + 信息科: its named department
                e = m.end() if m else e
            if self.government_departments is not None and text.endswith(self.government_department_hosts, s, e) \
                    and not text.endswith("公安局", s, e):
                m = self.government_departments.match(text, e)  # 太原市人社局 + 就业促进处: its named department
                if m:
                    words = words_at(text, max(0, e - 6), m.end() + 6)
                    # (the segmenter's words: one opens at the body's end, one ends with the department, and a
                    # verb opens it only right before its head: 资助 + 中心; 区法院 + 设立 + 现场 + 调解室 is a clause)
                    inside = [words[k] for k in sorted(words) if e <= k < m.end()]
                    # (the head a word of its own: not 判处, 查处, 公司; no verb inside but right before the head,
                    # no one-character word (走 + 进) and no place (百合乡 + 中心小学) in the name)
                    if e in words and m.end() in words and inside[-1] in self.government_department_heads \
                            and not any(w in self.any_verbs for w in inside[:-2]) \
                            and all(len(w) > 1 and w[-1] not in self.government_department_not_in for w in inside[:-1]):
                        e = m.end()
            while self.sub_bodies and text.startswith(self.sub_bodies, e):
                body = next(b for b in self.sub_bodies if text.startswith(b, e))
                after = text[e + len(body) : e + len(body) + 1]
                if after and after in self.fixed_not_before.get(body[-1], ""):
                    break  # 保卫部 + 门 of 保卫部门: a kind of department, as 教育部门 holds no 教育部
                e += len(body)
            if text.endswith("集团", s, e):  # 中国铁路广州局集团 + 有限公司: the group's legal form is its name
                e += next((len(h) for h in self.legal_forms_longest if text.startswith(h, e)), 0)
            if self.sub_stations is not None and text.endswith(self.station_parents, s, e):
                m = self.sub_stations.match(text, e)  # 厦门边检总站 + 高崎边检站: a station under its 总站
                e = m.end() if m else e
            elif self.bureau_branches is not None and text.endswith("局", s, e) and not text.endswith("公安局", s, e):
                m = self.bureau_branches.match(text, e)  # 昆明市生态环境局 + 官渡分局: the bureau's own branch
                if m and not (self.branch_name_stop and self.branch_name_stop.search(text, e, m.end() - 2)):
                    e = m.end()  # (not 教育局 + 与拱墅公安分局: another body, joined by 与)
                else:  # a longer place's branch (国家外汇管理局 + 广西壮族自治区分局)
                    e = self.branch_after_place(text, e, self.bureau_branch_heads) or e
            if not text.endswith("公安局", s, e):
                # 中国移动 + 大同分公司: the company's branch for the place (a city's stop-listed short
                # form names it here too)
                for _ in range(2):  # (国网山西省电力公司 + 晋城供电公司: a branch's own branch)
                    nxt = self.branch_after_place(text, e, self.company_branches, short_forms=True)
                    if nxt is None:
                        break
                    e = nxt
                if self.bank_heads and text.endswith(self.bank_heads, s, e):  # 招商银行 + 信用卡中心
                    e += next((len(u) for u in self.bank_units if text.startswith(u, e)), 0)
            found[k] = (s, e)
        found = [(s, e) for s, e in found if not self.fused_title(text, e) and not self.runs_on(text, text[s:e], e)
                 and not text.endswith(self.venue_suffixes, s, e)]  # 国家会展中心: a venue, a place
        found = [(s, e) for s, e in found if not names_an_app(text, s, e, self.app_after)
                 and not self.gaz.inside_event_title(text, s, e)  # 东盟 of 中国—东盟博览会
                 and not describes_anonymised_body(text[s:e], self.legal_forms_longest)]
        spans = []
        for s, e in sorted(set(found), key=lambda x: (x[0], -x[1])):
            if any(a <= s and e <= b and (a, b) != (s, e) for a, b in found):
                continue
            spans.append(CharSpan(s, e, LABEL))
        return spans


def describes_anonymised_body(inner: str, legal_forms) -> bool:
    """An organisation's text holding 某 is a name only as a place + 某 + a registered legal form
    (温州某科技有限公司: the 字号 anonymised); 某物流公司, 杭州某游戏公司, 赣州市某区住建局 describe a body,
    and only the place in them is tagged (the review sets' gold). Shared with ner_rulings."""
    k = inner.find("某")
    return k >= 0 and not (k > 0 and inner.endswith(tuple(legal_forms)))


class Organisations(EntityRuleComponent):
    def compile(self) -> None:
        self.grammar = OrganisationGrammar(
            self.data["grammar"], self.data["abbreviations"], Gazetteer.from_data(self.data["places"]),
            frozenset(self.data["not_name_words"]), frozenset(self.data["everyday_words"]),
            frozenset(self.data["everyday_verbs"]), frozenset(self.data["trade_words"]),
        )

    def find(self, text: str) -> list[CharSpan]:
        return self.grammar.find(text)


def load_data() -> dict:
    return {
        "grammar": resource_files.read_json("organisations/grammar.json"),
        "abbreviations": resource_files.read_lines("organisations/abbreviations.txt"),
        # words that open no name (People's Daily POS tags): python -m pipeline.tools.build_not_name_words
        "not_name_words": resource_files.read_lines("organisations/not_name_words.txt"),
        # and everyday words of any class (男子 of 男子银行): no short name opens with one either
        "everyday_words": resource_files.read_lines("organisations/everyday_words.txt"),
        "everyday_verbs": resource_files.read_lines("organisations/everyday_verbs.txt"),
        # common words naming a trade (煤炭, 评估): a company named by one alone is a kind of company
        "trade_words": resource_files.read_lines("organisations/trade_words.txt"),
        "places": Gazetteer.load_data(),
    }


@Language.factory("organisations", default_config={"spans_key": "organisations"})
def make_organisations(nlp: Language, name: str, spans_key: str) -> Organisations:
    return Organisations(name, load_data(), spans_key)

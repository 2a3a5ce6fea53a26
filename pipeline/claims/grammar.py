"""Finding numeric claims in text: the quantity grammar (pure functions, ANNOTATION.md §2).

A claim is a number with its unit or measure word and its adjacent approximation markers:
COUNT (3.9万余人), MONEY (7.5亿余元), PERCENT (55%, 百分之四十, 两成, 3个百分点), MULTIPLE
(3倍, 翻一番), RANK (第一 in 列全省第一, 首位), STREAK (连续六年, 三年连降). Units, markers and
word lists come from resources/claims/; what is *not* a claim (dates, durations, ages,
scores, numbers inside names, indefinite 一, ordinals) follows from the grammar: those
have no measure word from the lists or fail a check below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ..spans import QUOTE_PAIRS, is_han, non_overlapping, sentence_start
from ..word_patterns import alternation as alt
from ..word_patterns import must_contain
from .numbers import ESTIMATE_LAI, as_number, parse_fraction, parse_number

# what bounds a clause around a claim: commas and sentence ends (a 、 list stays inside); line breaks too
# where the clause after a position ends
COMMA_CLAUSE_DELIMS = "，。；！？,;"
COMMA_CLAUSE_ENDS = COMMA_CLAUSE_DELIMS + "!?\n"


def comma_clause_start(text: str, pos: int, delims: str = COMMA_CLAUSE_DELIMS) -> int:
    """Where the clause holding pos starts, counting only commas and sentence ends as its bounds
    (a 、 list stays inside: 调派临夏、兰州等地警力)."""
    return max(text.rfind(d, 0, pos) for d in delims) + 1


def comma_clause_end(text: str, pos: int, ceil: Optional[int] = None) -> int:
    """Where the clause holding pos ends (before `ceil`, the text's end by default): at a comma, a
    sentence end or a line break (a 、 list stays inside)."""
    ceil = len(text) if ceil is None else ceil
    return next((i for i in range(pos, ceil) if text[i] in COMMA_CLAUSE_ENDS), ceil)

# what joins the two ends of a range (3000元至8000元, 5%-8%)
RANGE_JOINERS = ("至", "到", "-", "－", "~", "～", "—")

BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")

ARABIC = r"[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?"
# not after 数 / 几: 数十人, 几百名 are vague ("dozens"), no number is asserted (corpus/README.md);
# not inside a longer numeral either (六十六条 of 第二百六十六条, whose 第 the guard sees)
# 数十人, 几百: vague, no number; after the 数 of a noun (立案数三年连降) a numeral starts one
CN_NUM = r"(?:(?:(?<![数几零〇一二两三四五六七八九十百千])|(?<=数)(?=[一二两三四五六七八九]))[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)"
CN_DIGIT = r"[一二两三四五六七八九十]"
PUNCT_OR_END = r"(?=$|[^\u4e00-\u9fff])"
# a rank right before, joined by 、 or 和 (第二、第三): the later one shares its verb
RANK_LIST_BEFORE = re.compile(r"第[0-9０-９一二两三四五六七八九十]+(?:[、和与及]第[0-9０-９一二两三四五六七八九十]+)*[、和与及]$")


@dataclass
class ClaimMatch:
    start: int
    end: int
    label: str
    value: object
    unit: Optional[str]
    approx: str


class ClaimGrammar:
    def __init__(self, units: dict, markers: dict, context: dict):
        self.units, self.markers, self.context = units, markers, context
        # (5千余起 is 5000; 5千米, 3千克, 2千瓦 are units of their own: multiplier_not_before)
        mult_not_before = units.get("multiplier_not_before", {})
        mult = "|".join(re.escape(w) + (rf"(?![{mult_not_before[w]}])" if mult_not_before.get(w) else "")
                        for w in sorted(units["multipliers"], key=len, reverse=True))
        self.prefix_of = {w: k for k, ws in markers["prefix"].items() for w in ws}
        self.suffix_of = {w: k for k, ws in markers["suffix"].items() for w in ws}
        self.distant_of = {w: k for k, ws in markers["distant_prefix"].items() for w in ws}
        self.digit_units = frozenset(units.get("digit_units", ()))
        self.share_of = {w: k for k, ws in markers.get("share_prefix", {}).items() for w in ws}
        self.distant_longest = sorted(self.distant_of.items(), key=lambda kv: -len(kv[0]))
        self.share_longest = sorted(self.share_of.items(), key=lambda kv: -len(kv[0]))
        self.prefix_longest = sorted(self.prefix_of.items(), key=lambda kv: -len(kv[0]))
        # (the claims context's pattern for a rate's base closing a metric: 约 + 每公斤 + 50元)
        self.rate_base_before = re.compile(context["trailing_rate_base"]) if context.get("trailing_rate_base") else None
        self.magnitude_prefix_of = {w: k for k, ws in markers["magnitude_prefix"].items() for w in ws}
        self.magnitudes = markers["magnitudes"]
        self.pre_not_after = dict(markers.get("prefix_not_after", {}))
        self.pre_after_words = {k: tuple(v) for k, v in markers.get("prefix_after_words", {}).items()}
        self.cap_prefixes = frozenset(markers.get("cap_prefixes", ()))
        self.cap_words = tuple(markers.get("cap_words", ()))
        # two successive numerals side by side are an estimate (七八名): no claim (find)
        self.pairs = re.compile(alt(markers["estimate_pairs"])) if markers.get("estimate_pairs") else re.compile(r"(?!)")
        # a rank with its unit may be followed by the move it made (第9名跃升至第4名, 第3位下滑)
        self.rank_moves = units.get("rank_moves", "")
        self.pronoun_counts = dict(units.get("pronoun_counts", {}))
        self.context_units = {u: re.compile(p) for u, p in units.get("context_units", {}).items()}
        self.magnitude_units = frozenset(units.get("magnitude_units", ()))
        self.unit_not_before = {u: tuple(ws) for u, ws in units.get("unit_not_before", {}).items()}
        money = units.get("money_context", {})
        self.money_not_between = tuple(money.get("not_between", ()))
        # a money verb earlier in the clause (诈骗93万, 被骗13万), a money noun just after (14万营业款)
        self.money_before = re.compile(rf"(?:{alt(money['before'])})[^，。；！？,;!?\s]{{0,8}}$") if money.get("before") else None
        # (the gap holds no time word or 免: 10余年免费 is no money)
        self.money_after = re.compile(rf"[^，。；！？,;!?\s年月日天次免]{{0,4}}?(?:{alt(money['after'])})") if money.get("after") else None
        pre = rf"(?P<pre>{alt(self.prefix_of)})?"
        # a suffix marker that opens a word is none (106起余震, 四千万元余额: 余震, 余额)
        not_before = markers.get("suffix_not_before", {})
        suffixes = "|".join(re.escape(w) + (rf"(?![{not_before[w]}])" if not_before.get(w) else "")
                            for w in sorted(self.suffix_of, key=len, reverse=True))
        suf = rf"(?P<suf>{suffixes})?"
        infix = alt(markers["infix"]["more_than"])
        # 3亿5320万 (Arabic digits on both sides of 亿) before the plain forms
        # 十多万, 一百余万, 十几 (a Chinese numeral, a marker, a multiplier: the marker is inside)
        cn_marked = rf"{CN_NUM}(?:{infix}|(?<=十)几|{ESTIMATE_LAI.pattern})(?:{mult})?"
        # (1千余万: 千 and a marker inside 万 or 亿)
        arabic = rf"{ARABIC}(?:千(?:{infix})?(?=[万亿]))?"
        # (一点五倍, 二点三万人: a decimal spelled with 点)
        spelled = rf"{CN_NUM}点[零〇一二三四五六七八九]+(?:{mult})?"
        number = rf"(?P<num>{ARABIC}亿{ARABIC}(?:{infix})?万|{arabic}(?:{infix})?(?:{mult})?|{spelled}|{cn_marked}|{CN_NUM})(?P<inf>{infix})?"
        # not inside a code (K123次), an ordinal (第二次) or a session's name (十一届四次会议); checked right
        # before the number, after any approximation marker (USDT约46万枚 keeps its 约)
        guard = r"(?:(?<![0-9A-Za-z０-９.．\-－_第届唯])|(?<=[0-9][\-－]))"  # (5-8万元: a range's upper end; 唯一一个)
        no_duration = rf"(?!(?:余|多)?(?:{alt(units['duration_after'])}))"  # (5个多月: a duration)
        bare_not_before = rf"(?!{alt(units['bare_not_before'])})" if units.get("bare_not_before") else ""
        # (块 is money only before 钱, which stays outside the span: 2万块钱 → 2万块; 3块手表 is a count)
        money_units = alt(units["money"]) + "".join(
            f"|{re.escape(word)}(?={re.escape(after)})" for word, after in units.get("money_before", {}).items())
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("PERCENT", re.compile(rf"{pre}{guard}{number}(?P<unit>{alt(units['percent_signs'] + units['percent_points'])}){suf}")),
            ("PERCENT", re.compile(rf"{pre}百分之(?P<pct>{ARABIC}|{CN_NUM}(?:点[零〇一二三四五六七八九]+)?|百(?![分万亿是地]|{CN_DIGIT})){suf}")),  # (百分之百: 100; not 百分之百是诈骗, 百分之百地)
            ("PERCENT", re.compile(rf"{pre}(?P<frac_den>{CN_NUM})分之(?P<frac_num>{CN_NUM}){suf}")),
            # (千分之一点二: a fraction per thousand, 0.12 as a percentage; 千 opens no CN_NUM)
            ("PERCENT", re.compile(rf"{pre}千分之(?P<permille>{ARABIC}|(?:{CN_NUM}|零)(?:点[零〇一二三四五六七八九]+)?){suf}")),
            ("PERCENT", re.compile(
                # (这一成效, 那一成果: 一 after a demonstrative is "this one", no share)
                rf"(?<![零〇一二两三四五六七八九十百千万亿0-9０-９.．]){pre}(?P<tenths>{CN_DIGIT}|两|[1-9１-９])(?<![这那此]一)"
                rf"成(?!{alt(units['tenths_not_before'])})(?P<tenth_half>半(?!{alt(units.get('tenth_half_not_before', ['数']))}))?{suf}")),  # (一成半: 15%)
            # (not the 一 of a word: 统一半岛, 唯一, 第一)
            ("PERCENT", re.compile(rf"(?<![另多大小过统唯第万同之专单划归合]){pre}(?P<half>{alt(units.get('half_words', ['一半']))}){suf}")),
            ("MULTIPLE", re.compile(rf"{pre}{guard}{number}(?P<unit>{alt(units['multiple'])}){suf}")),
            ("MULTIPLE", re.compile(rf"(?P<double>{alt(units['doubling'])})")),
            ("STREAK", re.compile(
                rf"连续第?(?P<num>{ARABIC}|{CN_NUM})(?P<inf>{infix})?(?P<unit>{alt(units['streak_units'])})"
                rf"(?:(?P<months>{ARABIC}|{CN_NUM})个月)?(?P<suf>以上)?(?P<sverb>{alt(units['streak_verbs'])})?"
                + (rf"(?!的?(?:{alt(units['streak_not_before'])}))" if units.get("streak_not_before") else ""))),
            ("STREAK", re.compile(rf"{guard}(?P<num>{ARABIC}|{CN_NUM})(?P<unit>年|个月)?(?P<sverb>{alt(units['streak_verbs'])})")),
            ("RANK", re.compile(rf"第(?P<num>{ARABIC}|{CN_NUM})(?P<unit>{alt(units['rank_suffixes'])})?")),
            ("RANK", re.compile(rf"前(?P<num>{ARABIC}|{CN_NUM})(?P<unit>{alt(units['rank_suffixes'])})?")),
            ("RANK", re.compile(rf"(?P<rankword>{alt(units['rank_words'])})")),
            ("MONEY", re.compile(rf"{pre}{guard}{number}(?P<unit>{money_units}){suf}")),
            ("COUNT", re.compile(rf"{pre}{guard}{number}(?P<unit>{alt(units['count'])}){no_duration}{suf}")),
            # a bare number is a claim only with a multiplier or a threshold marker (50万以上,
            # 人口1200万); its unit is null. Longer matches with a unit win over it. Not before 年
            # (150万年前, 存在一万年; 20万年薪 is money) or 分之 (70亿分之一: a fraction's base).
            ("COUNT", re.compile(rf"{pre}{guard}(?P<num>{arabic}(?:{infix})?(?:{mult})|{CN_NUM}(?:{infix})?[万亿])(?P<inf>{infix})?{suf}(?![0-9%％.．]|年(?![薪费])|分之)")),
            # (not before a time, age or floor word: 10余年, 20多岁, 20多层 are no counts)
            ("COUNT", re.compile(rf"{pre}{guard}(?P<num>{ARABIC})(?P<suf>{alt(self.suffix_of)}){bare_not_before}")),
        ]
        goals = units.get("goal_words")
        # a goal word in the claim's clause before it (no clause delimiter after the goal word)
        self.goal_words = re.compile(rf"(?:{alt(goals)})[^，,；;。！？!?：:\n]*$") if goals else None
        rates = units.get("rate_values")
        self.rate_pattern = None
        if rates:  # 万车死亡率为1.42: a rate over a base, a bare number (unit null)
            verbs = "|".join(rf"(?<=率{re.escape(v)})" for v in rates["verbs"])
            self.rate_pattern = re.compile(rf"(?:{verbs})(?P<num>{ARABIC})(?![0-9０-９.．%％‰\u4e00-\u9fff])")
            self.patterns.append(("COUNT", self.rate_pattern))
            # (how far back the rate's noun may start: its base, up to 8 characters, 率 and the verb)
            self.rate_reach = max(map(len, rates["bases"])) + 8 + 1 + max(map(len, rates["verbs"]))
            self.rate_noun = re.compile(rf"(?:{alt(rates['bases'])})[\u4e00-\u9fff]{{0,8}}率(?:{alt(rates['verbs'])})$")
        # marker + bare magnitude + unit (近千人, 上万元): not after a numeral or 成千 (成千上万人)
        bare = rf"(?<![零〇一二两三四五六七八九十百千万亿数成])(?P<mpre>{alt(self.magnitude_prefix_of)})(?P<mag>{alt(self.magnitudes)})"
        # a bare magnitude + 余/多 + unit (百余名, 千余人, 万余元: the marker inside, more_than), and
        # 千万元 / 百万元 / 上亿元 amounts: not after a numeral or 数 (数百名: vague)
        lone = r"(?<![零〇一二两三四五六七八九十百千万亿数几成上近约超逾过破0-9０-９])"
        # a threshold right after a bare amount (千万元以上的案件 at_least, 亿元以下 at_most)
        threshold = alt(w for kind in ("at_least", "at_most") for w in markers["suffix"][kind])
        self.patterns += [
            ("MONEY", re.compile(rf"{bare}(?P<unit>{money_units})")),
            ("COUNT", re.compile(rf"{bare}(?P<unit>{alt(units['count'])}){no_duration}")),
            # (an outer marker before it is in the span and wins: 约百余件, as 约20余万元)
            # (百余万台, 千余万元: a multiplier after the marker scales the magnitude)
            ("MONEY", re.compile(rf"{lone}{pre}(?P<mag>{alt(self.magnitudes)})(?P<inf>余|多)(?P<mag_mult>[万亿])?(?P<unit>{money_units})")),
            ("COUNT", re.compile(rf"{lone}{pre}(?P<mag>{alt(self.magnitudes)})(?P<inf>余|多)(?P<mag_mult>[万亿])?(?P<unit>{alt(units['count'])}){no_duration}")),
            ("MONEY", re.compile(rf"{lone}(?P<mag>千万|百万)(?P<unit>元)(?![户级])(?P<suf>{threshold})?")),
            # (亿元 alone is a milestone or a level, 突破亿元大关; with a threshold it is an amount)
            ("MONEY", re.compile(rf"{lone}(?P<mag>{alt(self.magnitudes)})(?P<unit>元)(?P<suf>{threshold})")),
        ]
        # the lower end of a range right before a claim (3至5人): a bare number, not after a digit,
        # a letter or an ordinal's 第
        self.range_before = re.compile(rf"(?<![0-9A-Za-z０-９.．第])(?P<low>{ARABIC}(?:{mult})?|{CN_NUM})(?:{alt(RANGE_JOINERS)})$")
        # fixed expressions whose numeral counts nothing (流言四起, 两面三刀, 八类严重暴力案件)
        self.idioms = re.compile(alt(units["idioms"])) if units.get("idioms") else None
        self.formula = re.compile(units["formula"]) if units.get("formula") else None
        self.ordinal_counts = re.compile(units["ordinal_counts"]) if units.get("ordinal_counts") else None
        # a note's face value (面额100元的假币) and a lunar date (正月初六起): numbers that count nothing
        self.not_counts = re.compile("|".join(units["not_counts"])) if units.get("not_counts") else None
        self.description_before = re.compile(rf"(?:{alt(units['description_before'])})[约为有达近]?$") if units.get("description_before") else None
        self.one_multiple_after = re.compile(rf"(?:{alt(units.get('one_multiple_after', ['增长']))})了?$")
        # (a bracketed note inside the pool is one step, its 、 included: 位居全市各县（市、区）首位; a pool
        # runs to 10 steps: 居全市各区县公安机关首位, 居全国27个省会城市首位)
        rank_pool = rf"(?:{alt(context['rank_verbs'])})(?:[^，。；！？、（(]|[（(][^（(）)，。]{{1,8}}[）)])"
        self.rank_verbs = re.compile(rank_pool + "{0,10}$")
        # (首位, 前三 are ranks by their word: the pool between the verb and them may run longer,
        # 居全省公安机关景区警务工作首位)
        self.rank_verbs_wide = re.compile(rank_pool + "{0,16}$")
        self.scope_before_rank = re.compile(rf"(?:{context['scopes']}|同类)[^，。；！？、]{{0,6}}$")
        # per pattern, characters one of which its every match holds (a numeral, 倍, 连, 第…): most
        # texts hold none of most patterns' and skip them (find ran every pattern over every text)
        self.pattern_needs = [must_contain(pattern) for _, pattern in self.patterns]

    # -- checks -------------------------------------------------------------------
    def is_rank(self, text: str, m: re.Match) -> bool:
        if text.endswith("倒数", 0, m.start()):
            return False  # 倒数第二: counted from the bottom; a RANK has no direction, value 2 would read as second
        after = text[m.end() : m.end() + 1]
        if after and re.match(r"[\u4e00-\u9fff]", after) and after not in "的" \
                and not (m.groupdict().get("unit") and after in self.rank_moves) \
                and not (after in "和与及、" and text.startswith("第", m.end() + 1)):
            return False  # 第二届, 第一方阵, 第三中队: an ordinal inside a name (第二和第一 is two ranks)
        if m.groupdict().get("rankword"):
            # (22: a pool of 16 steps after a two-character verb, a bracketed list inside it, 位居全市各县（市、区）首位)
            before = text[max(0, m.start() - 22) : m.start()]
            return bool(self.rank_verbs_wide.search(before))
        if m.groupdict().get("unit"):
            return True  # 第2名, 第五位
        start = m.start()
        prev = RANK_LIST_BEFORE.search(text, max(0, start - 8), start)
        if prev:  # 分列第二、第三, 排名第三、第五: a rank listed after a rank is one too
            start = prev.start()
        before = text[max(0, start - 12) : start]
        return bool(self.rank_verbs.search(before) or self.scope_before_rank.search(before))

    @staticmethod
    def indefinite(num: Optional[str]) -> bool:
        return num == "一"  # 一名嫌疑人, 一座建筑: indefinite, not a count

    # -- values -------------------------------------------------------------------
    def pre_in_word(self, m: re.Match, text: str) -> bool:
        """The prefix marker closes a word (约 of 预约, 签约; 近 of 附近): no marker."""
        pre = m.groupdict().get("pre")
        if pre and pre in self.cap_prefixes and not self.in_cap_clause(text, m.start(), m.end()):
            return True  # 单笔被骗金额最高9.8万元: the largest case, no cap (cap_prefixes)
        if pre and text.endswith(self.pre_after_words.get(pre, ()), 0, m.start()):
            return False  # 补贴 + 近90万元: a word that ends in the character closes before the marker
        return bool(pre) and m.start() > 0 and text[m.start() - 1] in self.pre_not_after.get(pre, "")

    def marker_after_word(self, m: re.Match, text: str) -> Optional[str]:
        """A longer prefix whose first characters close a word before it, leaving a shorter marker
        (链 + 接近150万条: 链接 | 近, prefix_after_words), gives that shorter marker, or None."""
        pre = m.groupdict().get("pre") or ""
        for k in range(1, len(pre)):
            rest = pre[k:]
            if rest in self.prefix_of and text.endswith(self.pre_after_words.get(rest, ()), 0, m.start() + k):
                return rest
        return None

    def distant_cap(self, clause: str) -> bool:
        """A cap prefix (最高) at most `cap_distant_window` characters before the end of `clause`, the
        words before a number, with no digit after it, and no single payment or case in the clause
        (单笔最高奖励达10万元: the largest paid)."""
        n = self.markers.get("cap_distant_window", 0)
        near = clause[-n - 2:] if n else ""  # the prefix's two characters and up to n after them
        return any(p in near for p in self.cap_prefixes) and not any(c.isdigit() for c in near) \
            and not any(w in clause for w in self.markers.get("largest_case_words", ()))

    def in_cap_clause(self, text: str, start: int, end: int) -> bool:
        """The clause around text[start:end] is about a reward, a payout or a limit (cap_words)."""
        clause = text[comma_clause_start(text, start, COMMA_CLAUSE_ENDS) : comma_clause_end(text, end)]
        return any(w in clause for w in self.cap_words)

    def approx(self, m: re.Match, text: str, pre_in_word: bool = False) -> str:
        """`pre_in_word`: pre_in_word(m, text), computed by the caller."""
        g = m.groupdict()
        if g.get("mpre"):
            return self.magnitude_prefix_of[g["mpre"]]
        if g.get("pre") and not pre_in_word:
            return self.prefix_of[g["pre"]]
        suf = g.get("suf")
        if suf:
            return self.suffix_of[suf]
        if g.get("inf") or (g.get("num") and re.search(alt([*self.markers["infix"]["more_than"], "几"]), g["num"])):
            return "more_than"
        if g.get("num") and ESTIMATE_LAI.search(g["num"]):
            return "about"  # 两千来块
        base = self.rate_base_before.search(text, max(0, m.start() - 6), m.start()) if self.rate_base_before is not None else None
        if base is not None:
            # 回收价约每公斤50元, 一度超过每小时8万人: a marker before the rate's base marks the amount
            prior_not = self.markers.get("prefix_not_after", {})
            for word, kind in self.prefix_longest:
                k = base.start() - len(word)
                if k >= 0 and text.startswith(word, k) and not (k > 0 and text[k - 1] in prior_not.get(word, "")):
                    return kind
        # the clause before the number, up to twice the window: a share's whole may be long
        # (不低于当地城镇单位在岗职工平均工资的80%); the distant markers look at its last window
        wide = re.split(r"[，。；！？、,;!?\n]", text[max(0, m.start() - 2 * self.markers["distant_window"]) : m.start()])[-1]
        window = wide[-self.markers["distant_window"]:]
        if self.distant_cap(wide) and self.in_cap_clause(text, m.start(), m.end()):
            return "at_most"  # 每条线索最高奖励2000元, 最高可获得5000元奖励: a cap not next to its amount
        for word, kind in self.distant_longest:
            if word in window:
                return kind  # 不低于总人数的40%
        if wide.endswith("的"):
            for word, kind in self.share_longest:
                k = wide.rfind(word)
                if k >= 0 and not any(c.isdigit() for c in wide[k:]):
                    return kind  # 不到设计容量的90%: the share of a whole (不到一年查获10起 is none)
        return "exact"

    def value_and_unit(self, label: str, m: re.Match) -> tuple[Optional[Decimal], Optional[str]]:
        g = m.groupdict()
        if label == "PERCENT":
            share = self.units.get("share_units", {})  # the unit as written (units.json, share_units)
            if g.get("pct"):
                pct = g["pct"]
                return (Decimal(100) if pct == "百" else parse_number(pct)), share.get("pct", "%")  # (九十七点五 -> 97.5)
            if g.get("frac_num"):
                return parse_fraction(g["frac_num"], g["frac_den"]), share.get("fraction", "%")
            if g.get("permille"):
                return parse_number(g["permille"]) / 10, share.get("fraction", "%")
            if g.get("tenths"):
                return parse_number(g["tenths"]) * 10 + (5 if g.get("tenth_half") else 0), share.get("tenths", "%")
            if g.get("half"):
                return Decimal(50), share.get("half", "%")
            return parse_number(g["num"]), g.get("unit")
        if label == "MULTIPLE" and g.get("double"):
            return Decimal(self.units["doubling"][g["double"]]), self.units.get("doubling_unit", "倍")
        if label == "RANK":
            if g.get("rankword"):
                return Decimal(self.units["rank_words"][g["rankword"]]), None
            return parse_number(g["num"]), None
        if label == "STREAK":
            value = parse_number(g["num"])
            if value is not None and g.get("months") and g["unit"] == "年":
                value += parse_number(g["months"]) / 12
            return value, g["unit"]
        if g.get("mag"):
            scale = self.magnitudes[g["mag_mult"]] if g.get("mag_mult") else 1
            return Decimal(self.magnitudes[g["mag"]] * scale), g.get("unit")
        return parse_number(g["num"]), g.get("unit")

    def money_context(self, text: str, start: int, end: int) -> bool:
        before = self.money_before is not None and self.money_before.search(text, max(0, start - 12), start)
        if before and any(w in before.group() for w in self.money_not_between):
            before = None  # 涉案人员5万: people, not money
        after = self.money_after is not None and self.money_after.match(text, end)
        return bool(before or after)

    # -- the grammar --------------------------------------------------------------
    def find(self, text: str) -> list[ClaimMatch]:
        candidates: list[ClaimMatch] = []
        money_text = False
        idioms = [(m.start(), m.end()) for m in self.idioms.finditer(text)] if self.idioms else []
        idioms += [(m.start(), m.end()) for m in self.ordinal_counts.finditer(text)] if self.ordinal_counts else []
        idioms += [(m.start(), m.end()) for m in self.not_counts.finditer(text)] if self.not_counts else []
        # a title in book-title marks is a name (《看守所在押人员权益保障十条》): no claim inside it
        idioms += [(m.start(), m.end()) for m in BOOK_TITLE.finditer(text)] if "《" in text else []
        # a staffing or working formula (“1名民警+3名辅警+N名保安”, “4+8”模式): no count inside it
        idioms += [(m.start(), m.end()) for m in self.formula.finditer(text)] if self.formula is not None and ("+" in text or "＋" in text) else []
        for (label, pattern), needs in zip(self.patterns, self.pattern_needs):
            if needs is not None and needs.search(text) is None:
                continue  # no character every match of this pattern holds
            for m in pattern.finditer(text):
                if m.end() == m.start():
                    continue
                if any(m.start() < e and s < m.end() for s, e in idioms):
                    continue
                g = m.groupdict()
                if g.get("num") and self.pairs.search(g["num"]):
                    continue  # 两三辆, 二三十头: an estimate pair counts nothing exactly (the review gold: 0 of 4)
                if label == "RANK" and not self.is_rank(text, m):
                    continue
                if label in ("COUNT", "MONEY", "MULTIPLE") and self.indefinite(g.get("num")) \
                        and not (label == "MULTIPLE" and (g.get("pre") or self.one_multiple_after.search(text, 0, m.start()))):
                    continue
                if g.get("unit") in self.unit_not_before and text.startswith(self.unit_not_before[g["unit"]], m.end()):
                    continue  # 三轮车, 511米线: the unit starts another word
                if label == "COUNT" and 0 < m.start() and m.end() < len(text) and text[m.end()] != "\"" \
                        and QUOTE_PAIRS.get(text[m.start() - 1]) == text[m.end()]:
                    continue  # “八类”, “三所联动”: a quoted label, no count
                if g.get("unit") in self.digit_units and len(g.get("num") or "") == 1 and not g["num"].isdigit() \
                        and m.start() > 0 and is_han(text[m.start() - 1]):
                    continue  # 马英九发贺电: one Chinese numeral glued to a word before 发 is a name's
                if pattern is self.rate_pattern and not self.rate_noun.search(text, max(0, m.start() - self.rate_reach), m.start()):
                    continue  # 破案率为91.7: no base, no rate value
                if label == "COUNT" and self.description_before and self.description_before.search(text, max(0, m.start() - 4), m.start()):
                    continue  # 身高170厘米左右: a description of a person, like an age
                if label == "COUNT" and text.startswith("每", m.start() - 1) and m.start() > 0:
                    continue  # 每10万人口: a rate's base, like 百公里 (ANNOTATION.md §2)
                after = next((u for u in self.context_units if text.startswith(u, m.end())), None) \
                    if label == "COUNT" and g.get("unit") is None else None
                if after is not None and (len(after) > 1 or not is_han(text[m.end() + 1 : m.end() + 2] or "。")):
                    continue  # 约4.6万 of 约4.6万天。, 300余 of 300余小时: the unit was read (and kept or refused), no bare count (5万天价 stays)
                if label == "COUNT" and g.get("unit") in self.context_units and not self.context_units[g["unit"]].search(
                        text, sentence_start(text, m.start()), m.start()) \
                        and not self.context_units[g["unit"]].match(text, m.end()) \
                        and not (g["unit"] in self.magnitude_units and re.search("[万亿]", g.get("num") or "")):
                    continue  # 3路公交车: 路 counts video channels only (视频监控12.6万路, 1.2万余路视频监控); 2.8万小时 counts hours
                if m.group() in self.pronoun_counts and (
                        text[m.start() - 1] if m.start() else "^") in self.pronoun_counts[m.group()]:
                    continue  # 将二人抓获, ，二人趁…: the two named before, no count
                value, unit = self.value_and_unit(label, m)
                if value is None:
                    continue
                kind = label
                big = unit is None and re.search("[万亿]", g.get("num") or "") is not None
                if label == "COUNT" and unit is None and ((money_text and big) or self.money_context(text, m.start(), m.end())):
                    kind = "MONEY"  # 诈骗93万: a bare amount in a money clause, and the bare 万/亿 amounts after it
                    money_text = money_text or big  # (诈骗朋友210万后欲骗贷15亿: 15亿 too; not 50余干警)
                elif label == "COUNT" and unit == "块" and not is_han(text[m.end() : m.end() + 1]) \
                        and self.money_context(text, m.start(), m.end()):
                    kind = "MONEY"  # 被骗三千块 (not 8块车牌): 块 is 元
                in_word = self.pre_in_word(m, text)
                start, approx = m.start() + (len(g["pre"]) if in_word else 0), self.approx(m, text, in_word)
                if not in_word and (shorter := self.marker_after_word(m, text)) is not None:
                    start, approx = m.start() + len(g["pre"]) - len(shorter), self.prefix_of[shorter]
                candidates.append(ClaimMatch(start, m.end(), kind, as_number(round_value(value)), unit, approx))
        if self.goal_words is not None:  # 力争…提升至95%以上: a goal, no fact
            candidates = [c for c in candidates if not self.goal_words.search(text[max(0, c.start - 40) : c.start])]
        # longest first, then pattern order; no overlaps
        claims = [self.with_range(text, c) for c in non_overlapping(candidates)]
        # a range swallows the claim its lower end was (5000万至8000万元: 5000万 alone): in start
        # order, a claim inside another ends no later than the furthest end before it
        kept, reach = [], -1
        for c in sorted(claims, key=lambda c: (c.start, -c.end)):
            if c.end > reach:
                kept.append(c)
            reach = max(reach, c.end)
        # the two ends of a range that both carry a unit are its bounds (3000元至8000元不等: at_least,
        # at_most), as a range with one unit is at least its lower end; a marker of their own wins
        for low, high in zip(kept, kept[1:]):
            if text[low.end : high.start] in RANGE_JOINERS and low.label == high.label \
                    and low.approx == high.approx == "exact" and low.label in ("COUNT", "MONEY", "PERCENT"):
                low.approx, high.approx = "at_least", "at_most"
        return kept

    def with_range(self, text: str, c: ClaimMatch) -> ClaimMatch:
        """A bare number and a range mark before a count or an amount open a range with it
        (3至5人, 5-8万元, 二十至三十人): one claim over the range, worth its lower end (the upper
        end's multiplier applies to it: 5-8万元 -> 50000), at_least. Where both ends carry their
        unit (1000元至5000元) they stay two claims."""
        if c.label not in ("COUNT", "MONEY") or c.approx != "exact":
            return c
        m = self.range_before.search(text, max(0, c.start - 12), c.start)
        if m is None:
            return c
        low = parse_number(m.group("low"))
        num = re.match(rf"{ARABIC}(?:万亿|千万|亿|万|千)?|{CN_NUM}", text[c.start : c.end])
        if low is None or num is None:
            return c
        high = parse_number(num.group())
        mult = re.search(r"(万亿|千万|亿|万|千)$", num.group())
        if high is not None and mult and not m.group("low").endswith(("万", "亿", "千", "百")):
            low *= parse_number("1" + mult.group())  # 5-8万元: 万 applies to both ends
        if high is None or not low < high:
            return c
        return ClaimMatch(m.start("low"), c.end, c.label, as_number(round_value(low)), c.unit, "at_least")


def round_value(value: Decimal) -> Decimal:
    """Keep exact decimals; repeating fractions (11年9个月) to 6 places."""
    return value.quantize(Decimal("0.000001")).normalize() if value.as_tuple().exponent < -6 else value

"""A claim's `change`, `metric`, `period` and `subject` from its sentence (ANNOTATION.md §2, §4).

Pure functions over text and character offsets. The rulings they implement:
- change: a change verb right before the claim (下降55%, 增加3倍); levels and streaks get none.
- metric: the measured noun phrase without governing verb, adverbs and generic quantifiers.
  A measure word followed by a noun measures that noun (36个乡镇); otherwise the noun phrase
  after the last governing verb before the claim (抓获各类电诈犯罪嫌疑人 -> 电诈犯罪嫌疑人);
  with no object, the verb phrase (电话预警回访). A streak or rank with nothing before it
  measures what follows it (连续5年入榜…), a bare list item inherits (国家级1家、省级9家).
- period: the nearest explicit time frame before the claim in its sentence; a streak takes
  only a closed range (2012年至2017年) or the year it started (自2021年起), since an open frame
  (20年来) is not its duration.
- subject: the nearest entity or scope (全市) before the claim in its sentence, except a
  scope inside a ranking (列全省第一) and a partner after 会同 / 与.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator, Optional

from ..segmentation.fast_cut import on_word_boundaries, words_at
from ..spans import QUOTE_PAIRS, is_han, sentence_ranges, sentence_slice, sentence_start
from ..word_patterns import must_contain
from .grammar import COMMA_CLAUSE_DELIMS, COMMA_CLAUSE_ENDS, ClaimMatch, alt, comma_clause_end, comma_clause_start
from .numbers import parse_number

# what an amount may open with (a digit aside): Chinese numerals and approximation markers
AMOUNT_OPENERS = set("一二三四五六七八九十两百千万近约超逾达")
CLAUSE_DELIMS = set("，,；;：:、。！？!?\n")

RANGE = re.compile(r"至|到|—|－|-|～|~")
FREE_FRAME_ENDS = ("期间", "期内")  # free-text frames: 春运期间, 禁渔期内
AMOUNT_NEAR = re.compile(r"[^，,；;。！？!?]{0,3}[0-9０-９一二三四五六七八九十两百千万]")
OPEN_FRAME_WORDS = ("以来", "期间", "来", "起", "以后", "之后")
# a frame of a length ending in 内 (两小时内, 一个月内, 十日内): within a stretch after an event (震后48小时内)
WITHIN = re.compile(r"(?:[0-9０-９一二三四五六七八九十两百几]+|半)(?:个)?(?:年|月|星期|周|天|日|小时|分钟)(?:之内|内)")
# an open frame from a named year or month (2021年以来, 自去年8月以来, 今年以来)
SINCE_NAMED_START = re.compile(r"[自从]?(?:[0-9０-９]{4}年|(?P<this>今年)|去年|前年)(?:[0-9０-９一二三四五六七八九十]{1,2}月份?)?以来")
UP_TO_NOW = re.compile(r"(?:近|过去|这|最近)?(?:[0-9一二三四五六七八九十两几多]+|半)(?:个月|个星期|年|天)多?(?:来|以来)")
# complements that leave a verb with no object before the amount it reaches (恢复至, 回落到)
LEVEL_COMPLEMENTS = "至到"
# a count of people (河长120名, 网格长300余人): a title right before it is the counted noun
PEOPLE_COUNT = re.compile(r"[0-9０-９.．一二两三四五六七八九十百千万余多]+[人名位]")
# words that open a frame of the recent past (近三年来, 过去5年来, 最近一个月来): it counts back from now
RECENT_FRAME_OPENERS = ("近", "过去", "这", "最近")
# frames that point back to one named before them (在此期间, 其间): no period of their own
ANAPHORIC_FRAMES = ("此期间", "这期间", "其间", "此间")
# a time word, or an actor of the place, right after a place at a frame's start: the frame is the
# time's or the actor's, not the place's event
TIME_WORD_START = re.compile(r"[0-9０-９一二两三四五六七八九十百今去前近本上下同当全该这那每自从截年月日季]"
                             r"|春运|春节|春季|夏季|秋季|冬季|暑期|暑假|寒假|国庆|汛期|旺季|淡季|节假日|假期|元旦|中秋|端午|清明|“"
                             # (or an actor of the place: 英国女王决定…期间, 俄总统访乌克兰期间: the place acts)
                             r"|女王|国王|王储|总统|总理|首相|主席|外长|部长|议长|领导人|代表团|政府|军方|军队|警方|公安")
YEARS_UP_TO_NOW = re.compile(r"(?:近|过去|最近)([0-9一二三四五六七八九十两]+)年(?:来|以来)?|([0-9一二三四五六七八九十两]+)年(?:来|以来)")

BRACKET_BEFORE_DENG = re.compile(r"[（(][^（()）]{1,20}[）)]等$")
BRACKET_THEN_DENG = re.compile(r"[（(][^（()）]{1,20}[）)][、等]")
AGENT_GROUP = re.compile(r"等(?:[0-9０-９一二两三四五六七八九十]+[人名]|人)")  # 等5人, 等人, 等3名…
PASSIVE_BEI = re.compile(r"被(?![害告])")  # (not 被害人, 被告人)
BRACKET_NOTE = re.compile(r"[（(][^（()）]{0,12}[）)]")


BOOK_TITLE_PAIRS = {"《": "》"}
UNQUOTE_PAIRS = {**QUOTE_PAIRS, **BOOK_TITLE_PAIRS}


COUNT_TOTAL_GAPS = ("", "共", "共计", "合计", "总计")  # between a counted noun and its count (民警和队员共18人)
CLOSING_QUOTES = "”’」』"
LIST_ITEM_EXTRA_CHARS = "“”‘’「」『』"  # quote marks an item of a 、 list may hold
COUNT_PLACE_ENDS = "上中内里"  # (三轮车上 + 2人死亡: where they were, no noun counted)
DISPOSAL_COMPLEMENTS = "给到为至成入回"  # the complements of a 将 clause's verb: where the object goes
ROLE_OPENERS = ("的", "将", "把", "对", "抓获", "由")  # what ends before a role named with persons


def inside_quotes(text: str, start: int, pos: int, pairs: dict = QUOTE_PAIRS) -> bool:
    """Whether pos is inside a quotation (or, with BOOK_TITLE_PAIRS, a title) opened between start
    and pos."""
    depth = 0
    for ch in text[start:pos]:
        if ch in pairs and ch != "\"":
            depth += 1
        elif ch in pairs.values() and ch != "\"":
            depth = max(0, depth - 1)
    return depth > 0


def ascending(values: list[int]) -> bool:
    return all(a <= b for a, b in zip(values, values[1:]))


# after a count, 中 + one of these is "among them" (12人中仅1人, 5家中有3家), no noun
AMONG_FOLLOWERS = frozenset("有仅已就只又竟，,、")


@dataclass(frozen=True)
class SentenceFacts:
    """What resolve finds once per sentence and the metric tests read: `heads` (entities, scopes,
    periods and comparison bases that may open a segment, in order), the sentence's `periods` and
    comparison bases (`comparisons`: 比2022年, 较去年), and the offsets of the text's `persons`."""
    heads: tuple = ()
    periods: tuple = ()
    comparisons: tuple = ()
    persons: frozenset = frozenset()


@dataclass
class Attributes:
    change: Optional[str] = None
    metric: Optional[tuple[int, int]] = None
    period: Optional[tuple[int, int]] = None
    subject: Optional[tuple[int, int]] = None
    # filled only when ClaimContext.subject_options is set (subject_choice.py): the sentence's
    # start and the entities and scopes before the claim that the rules let be its subject
    sentence_start: int = 0
    rule_candidates: tuple = ()
    # a subject read off the sentence's structure (分别's one place per claim), not chosen among
    # candidates: the learned choice leaves it alone
    subject_fixed: bool = False


class ClaimContext:
    def __init__(self, context: dict, units: dict, verbs=(), unit_heads=()):
        c = context
        self.verbs = frozenset(verbs) | frozenset(c.get("extra_verbs", ()))
        self.units_ending_in_change = tuple(c.get("units_ending_in_change", ()))
        self.np_adverbs = tuple(c.get("np_adverbs", ()))
        self.predicate_adverbs = frozenset(c.get("predicate_adverbs", ()))
        self.count_predicate_openers = frozenset(c.get("count_predicate_openers", ()))
        self.streak_trend = re.compile(c["streak_trend"]) if c.get("streak_trend") else None
        self.disposal_markers = tuple(c.get("disposal_markers", ()))
        self.count_outcomes = tuple(c.get("count_outcomes", ()))
        self.count_event_verbs = tuple(c.get("count_event_verbs", ()))
        self.count_frequency_units = frozenset(c.get("count_frequency_units", ()))
        self.frequency_prepositions = tuple(c.get("frequency_prepositions", ()))
        acts = c.get("disposal_acts", ())
        self.disposal_after = re.compile(
            rf"(?:已经|已|均|都|先后|分别|全部|目前)*(?:被)?(?:依法|警方|[^，。；！？、\s]{{0,12}}?(?:检察院|法院|机关|公安局|分局|派出所))?(?P<act>{alt(acts)})(?=[，。；！？,;!?\s]|$)"
        ) if acts else None
        self.leader_frame = re.compile(c["leader_frame"]) if c.get("leader_frame") else None
        ranked_with = c.get("ranked_with", {})
        self.ranked_with, self.ranked_with_not_holding = ranked_with.get("word"), ranked_with.get("not_holding", "")
        existential = c.get("existential_you", {})
        self.existential_word = existential.get("word")
        self.existential_after = frozenset(existential.get("after", ()))
        self.existential_determiners = existential.get("after_determiners", "")
        self.rank_verb_in_clause = re.compile(alt(c["rank_verbs_before_place"]))
        self.person_roles = frozenset(c.get("roles_before_names", ())) | frozenset(c.get("owner_roles", ()))
        self.np_end_prepositions = c.get("np_end_prepositions", "")
        self.list_total = re.compile(c["list_total"]) if c.get("list_total") else re.compile(r"(?!)")
        self.period_prepositions = c.get("period_prepositions", "")
        self.count_prepositions = c.get("count_prepositions", "")
        # longest first; matched with the segment's end as endpos, so a head never fills it
        self.unit_heads = re.compile(alt(unit_heads)) if unit_heads else None
        self._words: tuple = (None, {})
        # a change word that ends in a level ending (降至, 提升至) states the level reached: its kind is
        # None, so both lookups in change() give no change while the word still leaves the metric
        level_endings = tuple(c.get("level_change_endings", ()))
        self.change_words = sorted(((w, None if w.endswith(level_endings) else k) for k, ws in c["change"].items() for w in ws),
                                   key=lambda x: -len(x[0]))
        self.change_kind = dict(self.change_words)
        self.not_change_words = tuple(c.get("not_change_words", ()))
        self.per_head_words = frozenset(c.get("per_head_words", ()))
        kept = c.get("relative_openers_kept", {})
        self.relative_openers_kept = frozenset(kept.get("words", ()))
        self.relative_locatives = kept.get("locatives", "")
        self.relative_noun_max = kept.get("noun_max", 8)
        headless = c.get("headless_predicates", {})
        self.headless_share_heads = frozenset(headless.get("share_heads", ()))
        self.count_copulas = frozenset(headless.get("count_copulas", ()))
        self.headless_dropped_openers = tuple(headless.get("dropped_openers", ()))
        self.comparative_words = set(c.get("comparative_changes", ()))
        # 多 / 少 + a governing verb ending right at the claim (多查处, 少抓获)
        self.comparative_verb = re.compile(f"([多少])(?:{alt(c['governing_verbs'])})$") if c.get("governing_verbs") else None
        # change words that end in a gap word (多了, 少了, 缩短了): matched before the gaps are stripped
        self.change_with_gap = [w for w, _ in self.change_words if any(w.endswith(g) and len(w) > len(g) for g in c["change_gap"])]
        self.change_gap = sorted(c["change_gap"], key=len, reverse=True)
        self.change_clause = re.compile(c["change_clause_words"]) if c.get("change_clause_words") else None
        self.periods = [re.compile(p) for p in c["periods"]]
        # (a cheap test before each: most sentences hold none of most frames' characters)
        self.period_needs = {p: must_contain(p) for p in self.periods}
        self.open_frame_de_words = tuple(c.get("open_frame_de_words", ()))
        self.open_periods = [re.compile(p) for p in c.get("open_periods", ())]
        self.period_closers = tuple(c.get("period_closers", ()))
        self.metric_locatives = tuple(sorted(c.get("metric_locatives", ()), key=len, reverse=True))
        self.lone_closer_not_before = c.get("lone_closer_not_before", "")
        self.share_openers = c.get("share_openers", "")
        self.change_share_openers = c.get("change_share_openers", "")
        self.superlative_clause = re.compile(c["superlative_clause_words"]) if c.get("superlative_clause_words") else None
        self.superlative_openers = c.get("superlative_openers", "")
        self.list_item_numerals = c.get("list_item_numerals", "")
        up_to = c.get("up_to_frames", {})
        self.up_to_opening, self.bare_years = up_to.get("opening", ""), frozenset(up_to.get("bare_years", ()))
        self.deictic_years = frozenset(c.get("deictic_years", ()))
        self.pointer_copulas = tuple(sorted(c.get("pointer_copulas", ()), key=len, reverse=True))
        self.pointer_holders = tuple(sorted(c.get("pointer_holders", ()), key=len, reverse=True))
        self.agent_suffixes = tuple(c.get("agent_suffixes", ()))
        self.event_verbs = frozenset(c.get("event_verbs", ()))
        self.after_event_not_openers = tuple(c.get("after_event_not_openers", ()))
        self.after_event_max = int(c.get("after_event_max", 0))
        self.share_verbs = re.compile(alt(c["share_verbs"])) if c.get("share_verbs") else None
        self.span_periods = [re.compile(p) for p in c.get("span_periods", ())]
        self.framed_record_nouns = tuple(c.get("framed_record_nouns", ()))
        self.duration_verbs = tuple(c.get("duration_verbs", ()))
        self.agent_openers = tuple(sorted(c.get("agent_openers", ()), key=len, reverse=True))
        self.scopes = re.compile(c["scopes"])
        self.subject_options = False  # set by the component when a learned subject choice runs
        self.collective_scopes = re.compile(c["collective_scopes"]) if c.get("collective_scopes") else None
        self.rank_verbs = re.compile(alt(c["rank_verbs"]))
        self.streak_rank_gap = c.get("streak_rank_gap", 0)
        self.subset_openers = tuple(c.get("subset_openers", ()))
        self.relative_clause_words = frozenset(c.get("relative_clause_words", ()))
        self.subset_predicate_skips = tuple(sorted(c.get("subset_predicate_skips", ()), key=len, reverse=True))
        self.award_rank_verbs = frozenset(c.get("award_rank_verbs", ()))
        self.rank_verb_before_scope = re.compile(rf"(?:{alt(c['rank_verbs'])})$")
        # 位列全省90个县（市、区）第3位: a rank verb and a scope right before a count make it the pool ranked in
        self.pool_opener = re.compile(rf"(?:{alt(c['rank_verbs'])})(?:{c['scopes']})?$")
        # 位列台州 + 全市: a rank verb and a place name (2-5 characters) right before a scope
        self.rank_verb_then_place = re.compile(rf"(?:{alt(c['rank_verbs_before_place'])})[\u4e00-\u9fff]{{2,5}}$")
        self.np_end_frames = re.compile("|".join(c["np_end_frames"])) if c.get("np_end_frames") else None
        self.copula_date = re.compile(c["copula_date"])
        self.share_copulas = c.get("share_copulas", "")
        self.valued_before = re.compile(c["valued_before"]) if c.get("valued_before") else None
        self.magnitude_nouns = frozenset(c.get("magnitude_nouns", ()))
        self.share_copula_max = c.get("share_copula_max", 12)
        self.share_predicates = tuple(c.get("share_predicates", ()))
        self.share_adverbs = tuple(sorted(c.get("share_adverbs", ()), key=len, reverse=True))
        self.share_copula_not_before = c.get("share_copula_not_before", {})
        self.locative_frame = re.compile(c["locative_frame"])
        self.alternative_noun = re.compile(c["alternative_noun"])
        self.score_before_rank = re.compile(c["score_before_rank"])
        self.rate_base = re.compile(c["rate_base"])
        self.honour_verbs = re.compile(rf"(?:{alt(c['honour_verbs'])})$") if c.get("honour_verbs") else None
        self.governing = re.compile(alt(c["governing_verbs"]))
        self.governing_set = frozenset(c["governing_verbs"])
        self.resultative_not_before = frozenset(c.get("resultative_not_before", ()))
        self.resultative_complements = tuple(c.get("resultative_complements", ()))
        self.verb_overlaps = tuple(c.get("verb_overlaps", ()))
        self.verb_overlap_heads = re.compile(c["verb_overlap_heads"]) if c.get("verb_overlap_heads") else None
        self.period_openers = sorted(c.get("period_openers", ()), key=len, reverse=True)
        # a year right before a quoted frame name belongs to the frame (quoted_frame_start)
        self.frame_year = re.compile(c["frame_year"] + "$") if c.get("frame_year") else None
        self.frame_locatives = tuple(c.get("frame_locatives", ()))
        self.located_after_modifier = re.compile(c["located_after_modifier"]) if c.get("located_after_modifier") else None
        case_date = c.get("case_date", {})
        self.case_date_after = tuple(case_date.get("after", ()))
        self.case_date_before = tuple(case_date.get("before", ()))
        self.verb_noun_suffix_exceptions = frozenset(c.get("verb_noun_suffix_exceptions", ()))
        self.patient_first_verbs = frozenset(c.get("patient_first_verbs", ()))
        self.patient_heads = tuple(c.get("patient_heads", ()))
        self.light_verbs = frozenset(c.get("light_verbs", ()))
        self.prefix_not_after = {**c.get("prefix_not_after", {}), **c.get("strip_trailing_not_after", {})}
        self.infix_markers = c.get("infix_markers", "")  # (余, 多 of 400余盆: markers.json's infix)
        self.strip_trailing_not_before = {w: re.compile(p) for w, p in c.get("strip_trailing_not_before", {}).items()}
        self.verb_compounds = re.compile("|".join(c["verb_compounds"])) if c.get("verb_compounds") else None
        self.noun_compounds = re.compile("|".join(c["noun_compounds"])) if c.get("noun_compounds") else None
        self.ranked_in = tuple(c.get("ranked_in", ()))
        self.org_person_heads = tuple(sorted(c.get("org_person_heads", ()), key=len, reverse=True))
        self.org_measures = frozenset(c.get("org_measures", ()))
        self.shang_not_after = c.get("locative_shang_not_after", "")
        self.rank_scope_trailing = re.compile(c["rank_scope_trailing"]) if c.get("rank_scope_trailing") else None
        self.relative_openers = tuple(c.get("relative_openers", ()))
        self.newly_openers = frozenset(c.get("newly_openers", ()))
        self.relative_verbs = frozenset(c.get("relative_verbs", ()))
        self.streak_states = tuple(c.get("streak_states", ()))
        self.measured_ends = tuple(c.get("patient_heads", ())) + tuple(c.get("measured_ends", ()))
        self.concentration_ends = tuple(c.get("measured_ends", ())) + tuple(c.get("content_ends", ()))
        self.verb_noun_suffixes = set(c.get("verb_noun_suffixes", ""))
        self.agent_noun_suffixes = frozenset(c.get("agent_noun_suffixes", ""))
        self.document_heads = tuple(c.get("document_heads", ()))
        self.function_chars = frozenset(c.get("function_chars", ""))
        self.lone_not_metrics = frozenset(c.get("lone_not_metrics", ()))
        self.assessment_prefix = re.compile(c["assessment_prefix"]) if c.get("assessment_prefix") else None
        self.honour_after_scope = tuple(c.get("honour_after_scope", ()))
        self.taking_verbs = frozenset(c.get("taking_verbs", ()))
        self.person_measures = frozenset(c.get("person_measures", ()))
        # measures of size, after which 以上 / 以下 bounds a quantity, not a count of the noun (水深1.5米以上区域)
        self.bound_not_counting = frozenset(c.get("bound_not_counting", ()))
        self.money_nouns = tuple(c.get("money_nouns", ()))
        self.money_noun_ends = frozenset(c.get("money_noun_ends", ()))
        self.money_phrase_heads = tuple(c.get("money_phrase_heads", ()))
        self.fee_verbs = tuple(c.get("fee_verbs", ()))
        self.group_heads = tuple(c.get("group_heads", ()))
        self.size_dimension = re.compile(c["size_dimension"]) if c.get("size_dimension") else None
        self.subset_time_frame = re.compile(c["subset_time_frame"]) if c.get("subset_time_frame") else None
        self.amount_total_words = tuple(sorted(c.get("amount_total_words", ()), key=len, reverse=True))
        self.long_total_words = tuple(w for w in self.amount_total_words if len(w) > 1)  # (共计, 累计 …; not 共 of 共享)
        self.money_nouns_longest = tuple(sorted(self.money_nouns, key=len, reverse=True))
        self.money_noun_modifiers = tuple(c.get("money_noun_modifiers", ()))
        # (of two characters at least, 钱 left out; no word boundary is asked of them: the segmenter reads 农民/工工资)
        self.owned_by_people = tuple(w for w in sorted(set(self.money_nouns) | set(c.get("owned_by_people", ())), key=len, reverse=True)
                                     if len(w) >= 2)
        self.people_noun_ends = frozenset(c.get("people_noun_ends", ""))
        # what a measure word counts, by the noun's last characters (with_relative_head): people for the
        # person measure words, firms, vehicles and ships from measure_heads
        self.measure_heads = {**{m: tuple(self.people_noun_ends) for m in self.person_measures},
                              **{m: tuple(heads) for m, heads in c.get("measure_heads", {}).items()}}
        self.np_heads = frozenset(c.get("np_heads", ()))
        self.np_not_start = c.get("np_not_start", "")
        self.np_not_start_words = tuple(c.get("np_not_start_words", ()))
        self.np_heads_tuple = tuple(sorted(self.np_heads, key=len, reverse=True))
        self.case_modifiers = frozenset(c.get("case_modifiers", ()))
        self.frame_launch_verbs = tuple(c.get("frame_launch_verbs", ()))
        self.frame_launcher_ends = c.get("frame_launcher_ends", "")
        self.campaign_heads = tuple(c.get("campaign_heads", ()))
        self.campaign_heads_anywhere = tuple(c.get("campaign_heads_anywhere", self.campaign_heads))
        self.headless_openers = tuple(c.get("headless_openers", ()))
        self.headless_tail = re.compile(c.get("headless_tail", "的?"))
        self.category_object = re.compile(c["category_object"]) if c.get("category_object") else None
        self.passive_heads = tuple(c.get("passive_heads", ()))
        self.modifier_verbs = frozenset(c.get("modifier_verbs", ()))
        self.final_verb_after = frozenset(c.get("final_verb_after", ()))
        self.de_nouns = tuple(c.get("de_nouns", ()))
        self.modified_by_place = tuple(c.get("modified_by_place", ()))
        self.place_measures = tuple(c.get("place_measures", ()))
        self.resultative_ends = frozenset(c.get("resultative_ends", ""))
        self.assessment = re.compile(c["assessment_frame"]) if c.get("assessment_frame") else None
        self.assessment_words = tuple(c.get("assessment_words", ()))
        self.glued_object_verbs = frozenset(c.get("glued_object_verbs", ()))
        self.verb_starts = re.compile(alt(c["verb_starts"] + c["governing_verbs"]))
        self.among_not_after = c.get("among_not_after", "")
        self.people_before_among = c.get("people_before_among", "")
        # a lookahead, so that overlapping candidates (疑因 where the segmenter has 生疑|因) are all tried
        self.np_end_words = re.compile(f"(?=({alt(c['np_end_words'])}))") if c.get("np_end_words") else None
        self.np_end_after_words = frozenset(c.get("np_end_after_words", ()))
        self.glued_adverb_words = frozenset(c.get("glued_adverb_words", ()))
        self.strip_leading = sorted(c["strip_leading"], key=len, reverse=True)
        self.jurisdiction_words = tuple(c.get("jurisdiction_words", ()))
        self.manner_adverbs = frozenset(c.get("manner_adverbs", ()))
        self.measure_ends = tuple(c.get("measure_ends", ()))
        self.jurisdiction_measures = tuple(c.get("jurisdiction_measures", ()))
        self.strip_leading_bound = c.get("strip_leading_bound", {})
        self.bound_alone = frozenset(c.get("strip_leading_bound_alone", ()))
        self.strip_trailing = sorted(c["strip_trailing"], key=len, reverse=True)
        # (中 that opens a verb-object word is no locative: 中奖, 中标; the learned start's whole nouns)
        self.zhong_word = re.compile("|".join(w for w in c.get("metric_whole_nouns", ()) if w.startswith("中")) or "(?!)")
        total = c.get("total_clause", {})
        self.total_clause_words = frozenset(total.get("words", ()))
        self.total_clause_marks = total.get("marks", "")
        # trailing adverbs and change words, longest first (比去年少了30起: 少了 before 了 and 少)
        self.trailing_words = sorted(set(self.strip_trailing) | {w for w, _ in self.change_words}, key=lambda w: (-len(w), w))
        self.level_modifier = re.compile(c["level_modifier"])
        self.level_nouns = tuple(c.get("level_nouns", ()))
        self.trailing_wei = re.compile(c["trailing_wei"])
        self.process_words = frozenset(c.get("process_words", ()))
        self.process_clause_marks = c.get("process_clause_marks", "")
        self.object_markers = frozenset(c.get("object_markers", ()))
        self.trailing_rate_base = re.compile(c["trailing_rate_base"]) if c.get("trailing_rate_base") else None
        self.deictic = re.compile(c["deictic_subjects"])
        self.deictic_kinds = c.get("deictic_kinds", "")
        self.place_levels_among = c.get("place_levels_among", "")
        heads = c.get("deictic_heads", ())
        self.deictic_head = re.compile(rf"该({alt(heads)})") if heads else None
        not_referents = [*heads, *c.get("referent_exceptions", ())]
        kinds = re.escape(self.deictic_kinds) if self.deictic_kinds else "\\s"
        self.clause_referent = re.compile(rf"(?<=[，；,;])该(?!{alt(not_referents)}|[{kinds}])(?=[\u4e00-\u9fff])")
        self.locative_after = re.compile(c["locative_after"]) if c.get("locative_after") else None
        self.roles_before_names = sorted(c.get("roles_before_names", []), key=len, reverse=True)
        self.agent_roles = tuple(c.get("agent_roles", ()))
        self.leader_frame_ends = tuple(c.get("leader_frame_ends", ()))
        self.frames_around_names = {k: tuple(v) for k, v in c.get("frames_around_names", {}).items()}
        self.not_subject_after = tuple(c["co_agent_markers"]) + tuple(c["locative_markers"]) + tuple(c.get("beneficiary_markers", ())) \
            + tuple(c.get("intermediary_markers", ()))
        # markers after which a scope right before a count is that count's scope (对全市1860家单位;
        # not 遍布全国9个省份, where the places are where a gang was)
        self.scope_count_markers = tuple(c.get("scope_count_markers", ()))
        self.object_verbs = re.compile(alt(c["object_verbs"])) if c.get("object_verbs") else None
        self.comparison = re.compile(c["comparison"])
        self.dateline = re.compile(c["dateline"]) if c.get("dateline") else None
        self.period_not_before = tuple(c.get("period_not_before", ()))
        self.report_verbs = tuple(c.get("report_verbs", ()))
        ft = c.get("from_to")
        self.from_to = re.compile(ft["pattern"]) if ft else None
        self.from_to_next = re.compile(ft["next"]) if ft else None
        self.from_to_holders = frozenset(ft.get("holders", "")) if ft else frozenset()
        self.coordination = re.compile(c["coordination"])
        self.measure_words = set(units["count"])

    # -- small pieces -------------------------------------------------------------
    def delimiters(self, text: str) -> set[int]:
        """Positions of clause delimiters, except inside brackets (28个省（区、市）)."""
        if getattr(self, "_delim_text", None) is not text:
            found, depth = set(), 0
            for i, ch in enumerate(text):
                if ch in "（(":
                    depth += 1
                elif ch in "）)":
                    depth = max(0, depth - 1)
                elif ch in CLAUSE_DELIMS and (depth == 0 or ch in "。！？!?\n"):
                    found.add(i)
                elif ch in " \u3000" and depth == 0 and 0 < i < len(text) - 1 and is_han(text[i - 1]) and is_han(text[i + 1]):
                    found.add(i)  # a space between Chinese characters separates clauses (headlines, bylines)
            self._delim_text, self._delims = text, found
        return self._delims

    def clause_start(self, text: str, pos: int, floor: int) -> int:
        delims = self.delimiters(text)
        k = pos
        while k > floor and k - 1 not in delims:
            k -= 1
        return k

    def names_clause_start(self, text: str, floor: int, pos: int, lo: int, by_start: dict, by_end: dict) -> int:
        """A clause that holds only listed persons before a count (、刘某等11人, 、程某某2人) goes on
        before the list: the 、 between names joins them, it does not end a clause (犯罪嫌疑人李某某、
        刘某等11人: the names are examples of 犯罪嫌疑人). `by_start` / `by_end`: the persons' ends by
        their starts and starts by their ends."""
        end = by_start.get(floor)
        if end is None or not (end == pos or (text[end : end + 1] == "等" and end + 1 == pos)):
            return floor
        while floor - 1 > lo and text[floor - 1] == "、" and floor - 1 in by_end:
            floor = by_end[floor - 1]
        return self.clause_start(text, floor, lo)

    def clause_end(self, text: str, pos: int, ceil: int) -> int:
        delims = self.delimiters(text)
        k = pos
        while k < ceil and k not in delims:
            k += 1
        return k

    def frames_a_noun(self, text: str, i: int) -> bool:
        """A span of years that a record noun follows frames it, also after a verb (梳理近三年案件,
        结合近三年辖区查处的…: the cases of those years), where after a verb alone it is how long
        something lasted (潜逃近十年，)."""
        return text.startswith(self.framed_record_nouns, i)  # (an empty tuple matches nothing)

    def find_periods(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        kept: list[tuple[int, int]] = []
        for patterns in (self.periods, self.open_periods):  # open X以来 frames only where no other is
            found = [(m.start(), m.end()) for pat in patterns
                     if (need := self.period_needs.get(pat)) is None or need.search(text, lo, hi)
                     for m in pat.finditer(text, lo, hi)]
            if patterns is self.periods:  # 近三年, not 潜逃近十年 (a duration after its verb)
                found += [(m.start(), m.end()) for pat in self.span_periods for m in pat.finditer(text, lo, hi)
                          if (not any(text[max(lo, m.start() - n) : m.start()] in self.verbs for n in (2, 1))
                              or self.frames_a_noun(text, m.end()))
                          and not text.endswith(self.duration_verbs, lo, m.start())]
            if patterns is self.periods and any(text.endswith(FREE_FRAME_ENDS, s, e) for s, e in found):
                # a free-text 期间 / 期内 frame starts where a word does (为确保第19届亚运会期间: not 保第19届…)
                starts = self.words(text)
                found = [(next((k for k in range(s, e - 2) if k in starts), s) if text.endswith(FREE_FRAME_ENDS, s, e) else s, e)
                         for s, e in found]
            if patterns is self.periods:  # 王某某在发病期间: a free frame opens after the last 在 inside it
                found = [(k + 1 if text.endswith(FREE_FRAME_ENDS, s, e) and (k := text.rfind("在", s, e - 2)) > s
                          and e - k - 1 >= 4 else s, e) for s, e in found]
                # (统一部署的夏季治安打击整治行动期间: and after the last 的, what named the frame)
                found = [(k + 1 if text.endswith(FREE_FRAME_ENDS, s, e) and (k := text.rfind("的", s, e - 2)) >= s
                          and e - k - 1 >= 4 else s, e) for s, e in found]
            # 在古渡庙会期间: the preposition before a frame is no part of it
            found = [(s + next((len(w) for w in self.period_openers if text.startswith(w, s) and e - s > len(w) + 2
                                and not self.opens_word(text, s, w)), 0), e)
                     for s, e in found]  # (针对考试期间 too: period_openers; 在押期间 keeps its 在: a word)
            if patterns is self.periods:
                found = [(s, e) for s, e in found if not self.case_date(text, s, e)]
                found = [(self.after_length(text, lo, s, e), e) for s, e in found]
                found = [(self.quoted_frame_start(text, lo, s, e), e) for s, e in found]
            if patterns is self.open_periods:
                # (为期三个月的护井专项行动开展以来: an open frame, too, opens after the last 的 that named it,
                # as the free 期间 frames above; 党的十八大以来 is one name: open_frame_de_words)
                found = [(k + 1 if (k := text.rfind("的", s, e - 2)) >= s and e - k - 1 >= 4
                          and not any(text.startswith(w, k - w.index("的")) for w in self.open_frame_de_words) else s, e)
                         for s, e in found]
                # 该中心自2022年挂牌以来: the frame opens at 自 / 从
                found = [(next((k for k in range(s + 1, e - 2) if text[k] in "自从"), s), e) for s, e in found]
            for s, e in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
                if patterns is self.open_periods:
                    # 今年暑期以来, 自2016年…实施以来: an open frame that starts with a year frame extends it
                    inner = [(a, b) for a, b in kept if (a == s or (a == s + 1 and text[s] in "自从")) and b < e]
                    if inner and all(e <= a or s >= b or (a, b) in inner for a, b in kept):
                        kept = [k for k in kept if k not in inner]
                if all(e <= a or s >= b for a, b in kept):
                    kept.append((s, e))
        # 在此期间, 其间: a frame that points back to one named before it names none of its own
        kept = [(s, e) for s, e in kept if not text.endswith(ANAPHORIC_FRAMES, s, e)]
        # 省政府2024年一号文件: the year of a document's name frames no claim
        kept = [(s, e) for s, e in kept if not text.startswith(self.period_not_before, e)]
        return sorted(self.closed_frame(text, lo, s, e) for s, e in kept)

    def case_date(self, text: str, s: int, e: int) -> bool:
        """A date that says when a case happened (为破解1998年发生在…的命案积案, 一起2008年发生的杀人案,
        与2005年一起命案的嫌疑人): it describes the case, it frames no claim (ANNOTATION.md §4: a
        period is the claim's time frame)."""
        return text.endswith("年", s, e) and (text.startswith(self.case_date_after, e) or text.endswith(self.case_date_before, 0, s))

    @staticmethod
    def after_length(text: str, lo: int, s: int, e: int) -> int:
        """Where a 期间 frame starts after the length a 为期…的 gives it (为期40天的春运期间 → 春运期间,
        为期三个月的“清水行动”期间 → “清水行动”期间: 6 of 6 gold periods leave the length out)."""
        if not text.endswith(FREE_FRAME_ENDS, s, e):
            return s
        k = text.rfind("为期", max(lo, s - 14), e)
        d = text.find("的", k, e) if k >= 0 else -1
        return d + 1 if d >= s and e - (d + 1) > 2 else s

    def closed_frame(self, text: str, lo: int, s: int, e: int) -> tuple[int, int]:
        """A date or range frame closed by 期间 / 间 right after it is one frame with it
        (2022年6月至2023年3月期间, 2022年8月至2023年3月间); 自 / 从 opening an X起 frame is part of it
        (自2023年11月起), as it is of an X以来 frame."""
        if text[e - 1 : e] in "年月日份":
            # (a lone 间 only before no other character, or after a range before no word it opens:
            # 3月至5月间累计充值, not 3月间隔)
            e += next((len(w) for w in self.period_closers if text.startswith(w, e)
                       and (len(w) > 1 or not is_han(text[e + 1 : e + 2])
                            or (RANGE.search(text, s, e) is not None and text[e + 1 : e + 2] not in self.lone_closer_not_before))), 0)
        if (text.endswith("起", s, e) or (text.endswith("以来", s, e) and ("月" in text[s:e] or text.endswith("年以来", s, e)))) \
                and s > lo and text[s - 1] in "自从":
            # (自去年10月以来, 自2022年以来: the dev gold keeps 自 before a year's 以来 frame in 51 claims
            # and drops it in 27, before a month's 44 and 43; the earlier rounds' sets had dropped it
            # before a bare year 39 times against 18; a season's frame is no date: 自去年冬季以来 →
            # 去年冬季以来)
            s -= 1
        if UP_TO_NOW.fullmatch(text, s, e) and s > lo and not text.startswith(RECENT_FRAME_OPENERS, s):
            # 机制运行半年来, 从警19年来, 试点3个月来: the event the time counts from opens the frame,
            # from the clause's start when the word before the time is a verb (not 该局 / 全市 5年来); a
            # frame of the recent past counts from now, not from an event (系统上线近三年来, 梳理近五年来:
            # the dev gold's 130 近…来 frames all start at 近)
            k = self.clause_start(text, s, lo)
            last = self.word_ending_at(text, s, (1, 2, 3, 4))
            if 2 <= s - k <= 20 and all(is_han(ch) for ch in text[k:s]) and not text.startswith(("该", "本", "全", "我"), k) \
                    and (last in self.verbs or last in self.event_verbs):
                s = k
        if text[s - 1 : s] == "后" and s - 1 > lo and WITHIN.fullmatch(text, s, e):
            # 震后48小时内, 案发后6小时内, 通告发布后一个月内: a clause that opens with the event and 后
            # counts the stretch from it, and the frame holds the event (the dev gold 14 to 3 where the
            # event opens the clause); after an actor or 在 the frame is mostly the length alone (民警接警后4小时内,
            # 该局在接警后2小时内; the dev gold 2 to 6)
            k = self.clause_start(text, s - 1, lo)
            if 1 <= s - 1 - k <= self.after_event_max and all(is_han(ch) for ch in text[k:s]) \
                    and not text.startswith(self.after_event_not_openers, k) and "在" not in text[k : s - 1]:
                s = k
        return s, e

    def quoted_frame_start(self, text: str, lo: int, s: int, e: int) -> int:
        """A free-text 期间 frame whose name opens with a quoted date or title starts at the quote,
        and at the year before it (今年“6·26”国际禁毒日期间, “3·15”国际消费者权益日期间: not
        ”国际禁毒日期间 or 国际消费者权益日期间)."""
        if not text.endswith("期间", s, e):
            return s
        close = s if text[s] == "”" else s - 1 if s > lo and text[s - 1] == "”" else -1
        if close < 0:
            # (a start inside the quoted name: “昆仑2023”专项行动期间, the quote closes with no opening)
            k = text.find("”", s, e)
            close = k if k >= 0 and "“" not in text[s:k] else -1
        if close < 0:
            return s
        opening = text.rfind("“", max(lo, close - 12), close)
        if opening < 0 or any(c in text[opening:close] for c in CLAUSE_DELIMS):
            return s
        year = self.frame_year.search(text, max(lo, opening - 5), opening) if self.frame_year else None
        return year.start() if year else opening

    def after_subjects(self, text: str, periods: list[tuple[int, int]], subjects: list[tuple[int, int]],
                       places: frozenset = frozenset()) -> list[tuple[int, int]]:
        """A frame of the open `X以来` or `X期间` patterns that swallowed a subject at its start, or
        part of one, begins after it and the 在 that follows it (温州公安今年以来 -> 今年以来,
        上海铁路公安局杭州公安处在春运期间 -> 春运期间); but a place that opens the frame's event stays in
        it (青岛国际啤酒节期间, 中老铁路开通运营以来, 湄公河联合巡逻执法机制运行以来: the festival, the line,
        the patrols are the place's), unless a time word follows it (温州今年以来, 全市近5年来)."""
        out = []
        for ps, pe in periods:
            tail = UP_TO_NOW.search(text, ps, pe)  # (an event frame: 民警张卫东从警28年来 -> 从警28年来)
            tail_start = tail.start() if tail and tail.end() == pe else ps
            start = ps
            for ss, se in sorted(subjects):
                if ss == ps and (ss, se) in places and se < pe and not TIME_WORD_START.match(text, se) \
                        and text[se] not in "在于，,":
                    continue  # (the place names the frame's event)
                if ss <= ps < se < pe or ps < ss < se <= tail_start:  # also one cut inside a name (…杭州公安处在春运期间)
                    ps = se
                    while ps < pe and text[ps] in "在于":
                        ps += 1
            if text[ps:pe] in OPEN_FRAME_WORDS:
                ps = start  # 冰雪大世界开园以来: the frame's event is named by the entity, and a bare 以来 frames nothing
            out.append((self.after_launcher(text, ps, pe), pe))
        return out

    def after_launcher(self, text: str, ps: int, pe: int) -> int:
        """An open X以来 frame that opens with the body or place that launched its event begins at
        the launching verb (绍兴市推行“出入境业务全市通办”以来, 分局推行“民意警务”以来 -> 推行…以来): the
        launcher is the claim's subject, not part of its time frame; a noun before the verb is the
        event itself and stays (专项行动开展以来)."""
        if not self.frame_launch_verbs or text[ps : ps + 1] in "自从" or not text.endswith("以来", ps, pe):
            return ps
        for k in range(ps + 1, min(ps + 5, pe - 2)):
            if text[k - 1] in self.frame_launcher_ends and text.startswith(self.frame_launch_verbs, k):
                return k
        return ps

    def change(self, text: str, claim: ClaimMatch, floor: int, facts: SentenceFacts) -> Optional[str]:
        if claim.label not in ("COUNT", "MONEY", "PERCENT", "MULTIPLE"):
            return None
        if claim.label == "MULTIPLE" and text.startswith("翻", claim.start):
            return "increase"  # 翻一番 states its change
        before = text[floor : claim.start]
        for word in self.change_with_gap:  # 比去年多了19起: 了 belongs to the change word here
            if before.endswith(word):
                if word in self.comparative_words and not any(floor <= cs < claim.start for cs, _ in facts.comparisons):
                    break  # 被撬了，少了三千多块钱: missing, no change against a base (减少了 is found below)
                return self.change_kind[word]  # (None for 降至 …: the level reached)
        kind = self.more_or_fewer_verb(text, claim, floor, facts)
        if kind:
            return kind
        stripped = True
        while stripped:
            stripped = False
            for gap in self.change_gap:
                if before.endswith(gap):
                    before, stripped = before[: -len(gap)], True
                    break
        for word, kind in self.change_words:
            if before.endswith(word):
                # (每百毫升180毫克: the 升 of a unit is no rise)
                if before.endswith(self.units_ending_in_change):
                    return None
                if before.endswith(self.not_change_words):
                    return None  # 干扰迫降9架: 降 of 迫降, a landing, no fall
                return kind  # (None for 降至12起, 提升至95%: the level reached, no change stated)
        if self.change_clause is not None and before.strip() == "":
            m = self.change_clause.search(text, max(0, floor - 12), floor)
            if m is not None:
                return self.change_kind.get(m.group(1))  # 降幅最大，达41.3%
        return None

    @staticmethod
    def with_passive(text: str, span: tuple[int, int]) -> tuple[int, int]:
        """A verb that is the metric keeps the 被 before it (被骗走1万元 -> 被骗走: what happened to the
        subject, as the review sets' gold writes it)."""
        return (span[0] - 1, span[1]) if span[0] > 0 and text[span[0] - 1] == "被" else span

    def more_or_fewer_verb(self, text: str, claim: ClaimMatch, floor: int, facts: SentenceFacts) -> Optional[str]:
        """较去年同期多查处63起, 比去年少抓获12人: 多 / 少 + a governing verb right before the claim,
        after a comparison base, is a change of what that verb counts."""
        m = self.comparative_verb.search(text, max(floor, claim.start - 6), claim.start) if self.comparative_verb else None
        if m is None or not any(floor <= cs < m.start() for cs, _ in facts.comparisons):
            return None
        return "increase" if m.group(1) == "多" else "decrease"

    # -- metric -------------------------------------------------------------------
    def names_listed_before(self, text: str, s: int, start: int, facts: SentenceFacts, persons_only: bool = False) -> int:
        """Where a list of entities joined by 、 that ends with the one starting at `start` begins
        (李某某、刘某 -> the start of 李某某); `start` when nothing is listed before it."""
        while start - 1 > s and text[start - 1] == "、":
            prev = next(((a, b) for a, b in facts.heads if b == start - 1 and a > s
                         and (not persons_only or (a, b) in facts.persons)), None)
            if prev is None:
                break
            start = prev[0]
        return start

    def trim(self, text: str, s: int, e: int, facts: SentenceFacts, ranked: bool = False,
             money_like: bool = False) -> tuple[int, int]:
        """Strip leading subjects, periods and adverbs and trailing adverbs and change verbs;
        a comparison base inside the segment ends it (死亡人数比2022年减少了 -> 死亡人数) and one
        opening it is skipped."""
        heads, persons = facts.heads, facts.persons
        owner = False  # an entity or scope stripped from the start (深圳市 + 降幅)
        for cs, ce in facts.comparisons:
            if s < cs < e:
                e = cs
            elif cs == s and ce < e:
                s = ce  # ，较去年春节期间增加了1.5倍: a base opening the segment is no metric either
        changed = True
        while changed and s < e:
            changed = False
            # an opening quote whose quotation goes on past the segment (“今年我们共接到…) is no
            # part of the metric; a quoted name inside stays (“两抢”发案数)
            if text[s] in QUOTE_PAIRS and QUOTE_PAIRS[text[s]] not in text[s + 1 : e]:
                s, changed = s + 1, True
            if s < e and text[s] in "（(" and not any(c in text[s + 1 : e] for c in "）)"):
                s, changed = s + 1, True  # （同比下降12%）: a note's opening bracket is no part of a metric
            if e > s and text[e - 1] in QUOTE_PAIRS and text[e - 1] != "\"":  # 命案“连续五年全破”
                e, changed = e - 1, True
            while s < e and text[s].isspace():  # a headline's field separator is no metric
                s, changed = s + 1, True
            while e > s and text[e - 1].isspace():
                e, changed = e - 1, True
            # a bracketed note after the last name (张某（男，31岁）等3人) is part of the example
            note = BRACKET_BEFORE_DENG.search(text, s, e)
            names_end = note.start() if note else e - 1
            for hs, he in heads:  # an entity, scope or period at the very start
                if hs == s and he <= e and ((hs, he) in facts.periods or not self.modifies(text, he)
                                            or self.scope_only(text, (hs, he))):  # (全市居民: 全市 is the scope)
                    owner = owner or (hs, he) not in facts.periods
                    s, changed = he, True  # (港澳台居民 keeps its place: it says which residents)
                # names given as examples at the end (犯罪嫌疑人王某某等17人 -> 犯罪嫌疑人), a list of
                # them too (犯罪嫌疑人李某某、刘某等11人); persons listed with no 等 before a count
                # of people are what it counts (犯罪嫌疑人黄某、程某某2人 -> 犯罪嫌疑人)
                elif hs > s and ((he == names_end and text[e - 1] == "等") or
                                 (he == e and (hs, he) in persons)):
                    listed = self.names_listed_before(text, s, hs, facts, persons_only=he == e)
                    if he != e or listed < hs:  # (no 等: only where names are listed)
                        e, changed = listed, True
                        if text[e - 1] in self.count_prepositions or text[e - 1] == "的":
                            e = s  # 对张某等4人, 涉嫌…罪的张某等12人: no noun, only the names
            head = self.unit_heads.match(text, s, e - 1) if self.unit_heads else None
            if head and not self.opens_word(text, s, head.group()) and not text.startswith("长", head.end()) \
                    and not self.inside_word(text, head.end()):
                # 刑侦大队全年共侦破…: a bare unit opening the clause (not 派出所长, a title, nor 骑警队
                # of 骑警/队员, members of the squad)
                s, changed = head.end(), True
            for w in self.strip_leading:
                if text.startswith(w, s) and s + len(w) <= e:
                    if w in self.manner_adverbs and any(text.find(m, s + len(w), e) >= 0 for m in self.measure_ends):
                        break  # 主动发现率: a manner that names what is measured
                    if w in self.relative_openers_kept and self.opens_relative(text, s + len(w), e):
                        break  # 经寄递渠道流入的刀具, 在站内吸烟的旅客: it opens a relative clause of the noun
                    if not self.opens_word(text, s, w):
                        s, changed = s + len(w), True
                    break
            w = next((w for w in self.jurisdiction_words if text.startswith(w, s)), None)
            if w and e - s > len(w) + 1 and is_han(text[s + len(w)]) \
                    and not any(m in text[s:e] for m in self.jurisdiction_measures):
                s, changed = s + len(w), True  # 辖区涉赌警情 -> 涉赌警情 (辖区面积 stays)
            m = self.deictic.match(text, s, e)
            if m:
                s, changed = m.end(), True
            k = self.deictic_owner_end(text, s, e)
            if k is not None:
                s, changed = k, True  # 该窝点从业人员 -> 从业人员: the place or thing referred back to owns it
            m = self.leader_frame.match(text, s, e) if self.leader_frame else None
            if m and m.end() < e:
                s, changed = m.end(), True  # 以林某为首的犯罪嫌疑人 -> 犯罪嫌疑人: who led them, no part of the noun
            if self.existential_word and text.startswith(self.existential_word, s) and e - s > 2:
                k = s + len(self.existential_word)
                # (the segmenter may glue 有 to the word before: 装有, 藏有)
                before = self.word_ending_at(text, s, (1, 2, 3)) if self.words(text).get(s) == self.existential_word \
                    else self.word_ending_at(text, k, (2, 3))[: -len(self.existential_word)]
                if before in self.existential_after or (len(before) == 2 and before[0] in self.existential_determiners):
                    s, changed = k, True  # 全市已有 + 网约车, 车内藏有 + POS机: there are, no part of the noun
            if self.ranked_with and text.startswith(self.ranked_with, s) and e - s > len(self.ranked_with) + 1 \
                    and not self.opens_word(text, s, self.ranked_with) \
                    and not any(w in text[s:e] for w in self.ranked_with_not_holding) \
                    and self.rank_verb_in_clause.search(text, e, comma_clause_end(text, e)):
                s, changed = s + len(self.ranked_with), True  # 以追赃挽损率 (87%位列全省第三) -> 追赃挽损率
            m = self.assessment_prefix.match(text, s, e) if self.assessment_prefix else None
            if m and e - m.end() >= 2:
                s, changed = m.end(), True  # 全市执法质量考评中 + 群众满意度: where it was measured
            for ps, pe in facts.periods:
                # 破案率由2018年的35%: a period inside ends the metric, and so does the preposition
                # that introduced it (由, 从, 至); one at the start (after the subject: 深圳边检站
                # 今年共查验…) is stripped like the subject itself, and so is one between a subject
                # and what it did (中队今年已查处酒驾违法行为631起 -> 酒驾违法行为, 民警在半年内破案20起 -> 破案)
                if s < ps < e and not any(hs == s for hs, _ in heads):
                    rs, re_ = self.trim(text, pe, e, facts) if pe < e else (e, e)
                    if re_ - rs >= 2:  # (民警在半年内破案20起: 破案; 破案率由2018年的35%: nothing after)
                        s, e, changed = rs, re_, True
                        continue
                    e, changed = ps, True
                    while e > s and text[e - 1] in self.period_prepositions:
                        e -= 1
            k = self.locative_zhong(text, s, e)
            if k is not None:
                s, changed = k + 1, True
            # 驾驶人沈某（男，41岁）血液酒精含量 -> 血液酒精含量: a person (after a role word, with a
            # bracketed note) opening the measured noun owns it and is the claim's subject
            for hs, he in heads:
                if s <= hs < he < e and (hs, he) in persons and hs - s <= 4 \
                        and (hs == s or text[s:hs] in self.person_roles):
                    k = he
                    if text[k : k + 1] in ("（", "("):
                        close = next((j for j in range(k + 1, min(e, k + 20)) if text[j] in "）)"), None)
                        k = close + 1 if close is not None else k
                    if e - k >= 2 and is_han(text[k]):
                        s, changed = k, True
                    break
            # 法定代表人钱某某等涉案人员 -> 涉案人员: names given as examples of the noun after 等
            for hs, he in heads:
                if s <= hs and he + 3 <= e and (hs, he) in persons and text.startswith("等", he):
                    s, changed = he + 1, True
                    break
            k = self.process_word_at(text, s, e)
            if k is not None:
                e, changed = k, True  # 财物损失经鉴定价值 -> 财物损失: what was done to it, no part of it
            k = self.object_marker_at(text, s, e)
            if k is not None:
                s, changed = k + 1, True  # 涉案人员将成本 (不足20元的…) -> 成本: who handled it, no part of it
            m = self.trailing_wei.search(text, s, e)
            if m:
                e, changed = m.start(), True
            m = self.trailing_rate_base.search(text, s, e) if self.trailing_rate_base is not None else None
            if m and m.start() - s >= 2:
                e, changed = m.start(), True  # 售价高达每瓶 (45元), 收购价每斤: the base of a rate, no part of what is measured
            for w in self.trailing_words:
                if money_like and w == "中":
                    continue  # 买彩票中500万: before money or a bare amount 中 is the verb, won
                if w == "长" and PEOPLE_COUNT.match(text, e):
                    continue  # 河湖警长12名, 村级网格长300名: before a count of people 长 closes a title, no length
                if text[s:e].endswith(w) and e - len(w) >= s and not text.endswith(self.units_ending_in_change, s, e) \
                        and not text.endswith(self.not_change_words, s, e) and text[s:e] not in self.per_head_words \
                        and not (e - len(w) - 1 >= s and text[e - len(w) - 1] in self.prefix_not_after.get(w, "")) \
                        and not (w in self.strip_trailing_not_before and self.strip_trailing_not_before[w].match(text, e)):
                    if (ranked or (w in self.magnitude_nouns and owner)) and e - len(w) == s and w not in self.strip_trailing:
                        # 降幅居全省首位: a ranked change is the metric itself; so is a size of change
                        # after its subject (深圳市降幅超过15%; a clause that opens with it, ，降幅达32.4%,
                        # takes the noun before)
                        break
                    if ranked and w in self.magnitude_nouns:
                        break  # 发案数降幅居全市首位: what is ranked is the size of the change, not the count
                    e, changed = e - len(w), True
                    break
            if ranked and e - s > 2 and text[e - 1] == "中" and text.endswith(self.ranked_in, s, e - 1):
                e, changed = e - 1, True  # 综合考评中 (排名第2位): the assessment, not where in it
            m = self.rank_scope_trailing.search(text[s:e]) if ranked and self.rank_scope_trailing else None
            if m and m.start() >= 2:
                e, changed = s + m.start(), True  # 破案数在全市各分局 (中排名第二): ranked among them
            m = self.level_modifier.search(text[s:e]) if not text.endswith(self.level_nouns, s, e) else None
            if m and m.start() >= 0 and s < e:
                e, changed = s + m.start(), True
        return s, e

    def process_word_at(self, text: str, s: int, e: int) -> Optional[int]:
        """Where a process word of its own (经 鉴定, 经 边境) stands after a noun of two characters
        or more inside the metric; not one opening a relative clause or a list item (经检定的电子秤,
        举报线索经查证属实、涉案金额), where the noun comes after it."""
        k = next(self.own_word_starts(text, s + 2, e, self.process_words), None)
        return None if k is None or any(c in text[k : e + 1] for c in self.process_clause_marks) else k

    def object_marker_at(self, text: str, s: int, e: int) -> Optional[int]:
        """Where an object marker of its own (将, 把) stands inside the metric with a noun of two
        characters or more after it: what comes before it is who did something to that noun."""
        return next((k for k in self.own_word_starts(text, s + 1, e - 2, self.object_markers)
                     if self.words(text).get(k + 1, "") not in self.verbs), None)

    def own_word_starts(self, text: str, s: int, e: int, wanted: frozenset) -> Iterator[int]:
        """Where a segmenter's word that is one of `wanted` starts in text[s:e], in order; no
        segmenting where none of them is in the text there."""
        if not wanted or not any(w in text[s:e] for w in wanted):
            return iter(())
        words = self.words(text)
        return (k for k in range(s, e) if words.get(k) in wanted)

    def deictic_owner_end(self, text: str, s: int, e: int) -> Optional[int]:
        """Where the metric starts after 该 + the noun it refers back to (该/窝点, 该/驿站, 该车, 该州):
        the referent owns what is measured, as a subject or scope would. Not 该 + a kind (该类, 该批:
        which ones) nor + a measure word (该/起/事故), and only with a noun of two characters left."""
        if not text.startswith("该", s):
            return None
        words = self.words(text)
        first = words.get(s, "")
        if len(first) == 2:  # 该车, 该州 read as one word
            if first[1] in self.deictic_kinds:
                return None
            k = s + 2
        elif first == "该" and 2 <= len(words.get(s + 1, "")) <= 3:
            k = s + 1 + len(words[s + 1])
        else:
            return None
        if e - k < 2 or not is_han(text[k]) or text[k] in "的之":
            return None
        return k

    def locative_zhong(self, text: str, s: int, e: int) -> Optional[int]:
        """排污口废水中六价铬浓度 -> 六价铬浓度: where in a measured noun a locative 中 stands (a word of
        its own, after a word of two to four characters), which says where it was measured; None
        where there is none (not 中 the verb: 彩民中200注, 女大学生中陷阱)."""
        if "中" not in text[s + 2 : e - 2]:
            return None
        # (or a group of people before it: 受害人中男性, 涉案人员中有前科者占比 -> the part of them counted)
        people = self.people_before_among and any(text[k] == "中" and text[k - 1] in self.people_before_among
                                                  for k in range(s + 2, e - 2))
        if not people and not text.endswith(self.concentration_ends, s, e):
            return None
        words = self.words(text)
        return next((k for k in range(s + 2, e - 2) if text[k] == "中" and text[k - 1] not in self.among_not_after
                     and words.get(k) == "中" and is_han(text[k + 1]) and text[k + 1] != "的"  # (在刑事案件中的占比: a share in)
                     and not self.zhong_word.match(text, k)  # (虚假 | 中 | 奖类诈骗发案数: 中奖, the segmenter split it)
                     and self.word_ending_at(text, k)), None)

    def modifies(self, text: str, e: int) -> bool:
        """A place ending at e modifies the noun after it (港澳台居民, 中国籍; not 居民楼), unless a
        measure of its own follows that noun (机场旅客吞吐量, 车站旅客发送量: the place's measure)."""
        w = next((w for w in self.modified_by_place if text.startswith(w, e)), None)
        if w is not None and text.startswith(self.place_measures, e + len(w)):
            return False
        return w is not None and not self.opens_word(text, e, w)

    def inside_compound(self, text: str, s: int, verb: re.Match, nouns: bool = False) -> bool:
        """Whether `verb` lies inside a match of verb_compounds (or, with `nouns`, of noun_compounds)
        that starts between s and it."""
        compounds = self.noun_compounds if nouns else self.verb_compounds
        # (a compound reaches at most 8 characters past the verb: 保障 + 支出, 组织 + 、容留卖淫)
        return compounds is not None and any(
            c.start() <= verb.start() < c.end() for c in compounds.finditer(text, s, verb.end() + 8))

    def governing_matches(self, text: str, s: int, e: int) -> list[re.Match]:
        """The governing verbs of text[s:e]; a resultative one whose last character opens a noun
        with the next (排查出 + 租屋: 排查 + 出租屋) is the verb without it."""
        out = []
        for m in self.governing.finditer(text, s, e):
            if text[m.start() - 1 : m.start()] in ("未", "不") or text.endswith(("没有", "尚未"), 0, m.start()) \
                    or (text[m.start() - 1 : m.start()] == "被" and not m.group().startswith(("判", "处"))
                        and text.find("的", m.end(), e) >= 0):
                continue  # 逾期未检验车辆: a negated verb modifies the noun after it, it governs nothing;
                # so does a passive one in a relative clause (清理被加装私锁的共享单车), but for a sentence
                # (被判处罚金3亿元); elsewhere it is what happened (被骗走1万元, 被安排相亲12场)
            if text.startswith(self.agent_suffixes, m.end()):
                continue  # 组织者、运送者: the verb and 者 are the doer, a noun
            if any(text.startswith(w, m.start()) for w in self.verb_overlaps):
                head = self.verb_overlap_heads.match(text, m.start()) if self.verb_overlap_heads else None
                m = head or self.governing.match(text, m.start() + 1, e)  # 并处置: 处置 governs; 共处罚金: 处
                if m is None:
                    continue
            if text[m.end() - 1 : m.end() + 1] in self.resultative_not_before and m.end() - m.start() > 2:
                m = self.governing.match(text, m.start(), m.end() - 1)
                if m is None:
                    continue
            out.append(m)
        return out

    def after_complement(self, text: str, i: int, e: int) -> int:
        """Past a result complement right after a governing verb ending at i (打捞 + 出 + 共享单车11辆),
        unless it opens a noun there (排查 + 出租屋; the segmenter's word 出港 of 安检出港旅客, 出土 of
        缴获出土铜器) or is all that is left before e."""
        w = next((w for w in self.resultative_complements if text.startswith(w, i)), None)
        if w is None or i + len(w) >= e or text[i : i + len(w) + 1] in self.resultative_not_before:
            return i
        word = self.words(text).get(i, "")
        return i if len(word) > len(w) else i + len(w)

    def in_compound(self, text: str, s: int, verb: re.Match, within: Optional[int] = None) -> bool:
        """Whether the governing verb `verb` is part of a word that governs nothing: a verb
        compound opening there (运输车辆, 挂牌督办; with `within`, one that ends by it), a noun
        compound around it (违章搭建, 不起诉, 交通运输) or a noun suffix after it (劝导站, 办理点)."""
        compound = self.verb_compounds.match(text, verb.start()) if self.verb_compounds else None
        if compound and within is not None and compound.end() > within:
            compound = None
        return bool(compound
                    or self.inside_compound(text, s, verb, nouns=True)
                    or (verb.end() < len(text) and text[verb.end()] in self.verb_noun_suffixes
                        and text[verb.end() : verb.end() + 2] not in self.verb_noun_suffix_exceptions)
                    or text.startswith(self.document_heads, verb.end()))  # 整改通知书: a kind of document

    def opens_word(self, text: str, s: int, w: str) -> bool:
        """Whether the word `w` at s (an adverb or preposition to strip, a verb that would start
        a clause) is the start of a longer word (共享单车, 从业人员, 成功率, 在逃人员, 被告人)."""
        nxt = text[s + len(w) : s + len(w) + 1]
        if nxt and nxt in self.strip_leading_bound.get(w, ""):
            return True
        if w in self.bound_alone:  # (the segmenter glues 立 to the next word: 立骗/婚类)
            return False
        first = self.words(text).get(s, "")
        return len(first) > len(w) and first.startswith(w)

    def inside_word(self, text: str, i: int) -> bool:
        """Whether a segmenter's word runs across position i (骑警/队员: 骑警队 ends inside 队员): the
        words cover the text, so any position inside it that starts none."""
        return 0 < i < len(text) and i not in self.words(text)

    def words(self, text: str) -> dict[int, str]:
        """The shipped segmenter's words of the whole text by start offset, segmented once per
        text and only for texts that have claims (a call per candidate made claims 50% slower)."""
        if self._words[0] is not text:
            self._words = (text, words_at(text, 0, len(text)))
        return self._words[1]

    def word_ending_at(self, text: str, i: int, lengths: tuple = (2, 3, 4)) -> str:
        """The segmenter's word that ends at i when its length is one of `lengths`, else ""."""
        words = self.words(text)
        return next((words[i - n] for n in lengths if len(words.get(i - n, "")) == n), "")

    def may_hold_verb(self, text: str, s: int, e: int) -> bool:
        """Whether some 2-4 characters after the first of text[s:e] are a listed verb: without one
        the text needs no segmenting (most counted nouns)."""
        return any(text[i : i + n] in self.verbs for i in range(s + 1, e - 1) for n in (2, 3, 4) if i + n <= e)

    def words_between(self, text: str, s: int, e: int) -> list[str]:
        """The words of text[s:e]: the text's words, the first and last cut at s and e."""
        words = self.words(text)
        out, i = [], s
        while i < e:
            j = i + 1
            while j < e and j not in words:
                j += 1
            out.append(text[i:j])
            i = j
        return out

    def on_word_boundaries(self, text: str, s: int, e: int, spans: list) -> list:
        """The matches in `spans` that start where a segmenter's word does and do not run into a
        longer word (检查 in 边防检查站 does)."""
        words = self.words(text)
        # the end may fall inside a word when the segmenter split the match itself (捣|毁窝点3 of
        # 捣毁窝点3处): only a word that runs on past the match (检查站, 服务员) makes it part of a noun
        return [m for m in spans if (m.start() == s or m.start() in words)
                and (m.end() == e or m.end() in words or len(words.get(m.start(), "")) < len(m.group())
                     or self.glued_object(text, m, words.get(m.start(), ""))
                     # (the one character that governs alone in a verb overlap, 处 of 共处罚金, lies inside
                     # the segmenter's word 处罚: governing_matches found it with verb_overlap_heads)
                     or (self.verb_overlap_heads is not None and m.re is self.verb_overlap_heads))]

    def glued_object(self, text: str, m: re.Match, word: str) -> bool:
        """A case verb whose object's first character the segmenter glued to it (侦破车|贷类, 捣毁制|售,
        侦破制|售): no noun opens with these verbs, so the verb still governs what follows; a noun
        suffix glued on (查获量, 侦破率) makes a noun."""
        return m.group() in self.glued_object_verbs and len(word) == len(m.group()) + 1 \
            and word[-1] not in self.verb_noun_suffixes

    def part_of_whole(self, text: str, claim: ClaimMatch) -> bool:
        """The share opens its clause, maybe after 其中 or a whole and its 中 (涉案车辆中近七成),
        approximation and 有 aside: a part of a whole named before it."""
        before = text[self.clause_start(text, claim.start, 0) : claim.start].rstrip(self.share_openers)
        return before in ("", "其中") or before.endswith("中")

    def after_share_copula(self, text: str, claim: ClaimMatch, metric: tuple[int, int]) -> bool:
        """The metric is what a share's copula says the part is (七成以上为 + 60岁以上老年人) or what its
        predicate says the part did (八成以上 + 通过手机接单): the whole rest of the clause, which the
        learned start does not cut (it learned on nouns before claims)."""
        if claim.label != "PERCENT" or metric[0] < claim.end:
            return False
        return (bool(self.share_copulas) and metric[0] in (claim.end + 1, claim.end + 2)
                and text[claim.end : claim.end + 1] in self.share_copulas) or self.share_predicate_at(text, claim) == metric[0]

    def share_predicate_at(self, text: str, claim: ClaimMatch) -> Optional[int]:
        """Where the predicate after a share starts, past the adverbs that open it (已被, 已, 曾, 均):
        None when no verb of share_predicates (or one of those adverbs) follows the share."""
        k = claim.end
        adverb = next((w for w in self.share_adverbs if text.startswith(w, k)), None)
        if adverb:
            k += len(adverb)
        verb = next((w for w in self.share_predicates if text.startswith(w, k)), None)
        if verb is None and adverb is None:
            return None
        return k

    @staticmethod
    def unquote(text: str, s: int, e: int) -> tuple[int, int]:
        """Without the outer quotation or book-title marks around the whole of text[s:e] (§4: outer
        quotes are dropped; 发放《致家长的一封信》5万份 -> 致家长的一封信)."""
        if e - s >= 2 and UNQUOTE_PAIRS.get(text[s]) == text[e - 1] and text[s] not in text[s + 1 : e - 1]:
            return s + 1, e - 1
        return s, e

    def following_np(self, text: str, claim: ClaimMatch, ceil: int) -> Optional[tuple[int, int]]:
        """The noun a measure word introduces (36个乡镇, 1259个“智安小区”), or the money noun
        right after an amount, or after its 的 (装有1.2万元现金的信封 -> 现金, 给予1万元的奖励 -> 奖励)."""
        if claim.label == "MONEY":
            return self.money_np_at(text, claim.end, ceil)
        if claim.label == "PERCENT":
            return self.fee_at(text, claim.end, ceil)
        if claim.label != "COUNT" or claim.unit not in self.measure_words:
            return None
        # (only where a verb governs the count: 完成 + 1000台以上老旧住宅电梯; after a noun the bound
        # qualifies what follows, 有效警情10起以上 + 派出所: stations with that many incidents)
        bound = next((w for w in ("以上", "以下") if text.endswith(w, claim.start, claim.end)
                      and claim.unit not in self.bound_not_counting
                      and any(m.end() == claim.start for m in self.governing.finditer(text, max(0, claim.start - 6), claim.start))), "")
        if text[claim.end - len(bound) - len(claim.unit) : claim.end - len(bound)] != claim.unit:
            return None  # (完成1000台以上老旧住宅电梯更新改造: the measure word before a bound counts the noun after it)
        s = claim.end
        if text.startswith("中", s) and s + 1 < len(text) and (text[s + 1] in AMONG_FOLLOWERS or text[s + 1].isdigit()):
            # 从业人员12人中仅1人, 68人中63人: among them, a locative; the noun is the one before the count
            # (not 4次中彩票, 32名中常委, 5000款中成药: a verb or a word)
            return None
        if text.startswith("组成的", s) and text.startswith("由", claim.start - 1):
            s += 2  # 一个由8人组成的骗婚团伙: the size of the group after 的
        if text.startswith("的", s) and s + 1 < ceil and not self.opens_word(text, s, "的") \
                and (text.startswith("一", claim.start - 2) or self.group_after(text, s + 1, ceil)):
            # 一支120人的平安志愿者队伍, 组建了30余人的联防队: a size given to a noun after 一 + measure
            # word or to a group (group_heads); elsewhere N人的X is a relative clause (救出29人的志愿者)
            # and 的 opens no noun (2名的姐)
            s += 1
        if s >= ceil or (text[s] == "的" and not self.opens_word(text, s, "的") and not text.startswith(self.de_nouns, s)):
            return None  # 盗窃电瓶40余块的犯罪事实: a relative clause, its noun is no count of the claim
        if text[s] in QUOTE_PAIRS:
            close = text.find(QUOTE_PAIRS[text[s]], s + 1, ceil)
            if close <= s + 1:
                return None
            # 14个“绿色通道”窗口: a quoted modifier and its noun; quotes inside are kept (§4)
            rest = self.np_from(text, close + 1, ceil) if close + 1 < ceil and is_han(text[close + 1]) else None
            return (s, rest[1]) if rest and rest[0] == close + 1 else (s + 1, close)
        np = None
        opener = next((w for w in self.relative_openers if text.startswith(w, s)), None)
        if opener and not self.opens_word(text, s, opener):  # (62名持卡人的验证码: 持卡人 is a noun)
            # 5家涉嫌诈骗的站点, 2名已满14周岁的涉事学生: a relative clause before the counted noun
            # is part of the noun phrase counted (to the noun after its 的)
            e = self.clause_end(text, s, ceil)
            de = text.find("的", s + 2, min(e, s + 18))
            head = self.np_from(text, de + 1, ceil) if de > 0 and de + 1 < e else None
            if head and head[0] == de + 1:
                np = (s, head[1])
        if np is None:
            np = self.listed_nouns(text, self.np_from(text, s, ceil), ceil)
        if np == (s, s + 1) and text[s] in self.newly_openers:
            np = self.newly_counted(text, s, ceil) or np
        glued = next((w for w in self.amount_total_words if np and np[1] == ceil and np[1] - len(w) > np[0]
                      and text.endswith(w, *np) and (np[1] - len(w)) in self.words(text)), "")
        if glued and ceil < len(text) and (text[ceil].isdigit() or text[ceil] in AMOUNT_OPENERS):
            np = (np[0], np[1] - len(glued))  # 骗取11名老人共19.6万元: 共 is the amount's adverb
        total = next((w for w in self.amount_total_words if np and text.startswith(w, np[1])), "")
        if np and np[1] + len(total) == ceil and ceil < len(text) and (text[ceil].isdigit() or text[ceil] in AMOUNT_OPENERS):
            # 吸收120余名投资人资金760万元: the people are counted, the money noun before the
            # amount right after is the amount's (投资人 / 资金); so after a total word too
            # (拖欠36名农民工工资共计58万余元: 农民工 / 工资)
            # (the people or things counted keep two characters at least: 31次收好处费159万 counts 收好处费)
            money = self.noun_ending(text, *np, self.money_nouns_longest)
            if money is not None:
                return self.people_before_verb(text, claim, (np[0], np[1] - len(money)))
        if np and np[1] - np[0] >= 3 and text[np[1] - 1] == "上" and text[np[1] - 2] not in self.shang_not_after \
                and ("在" in text[max(comma_clause_start(text, claim.start), claim.start - 8) : claim.start]
                     or text.startswith("了", np[1])):
            # 在1200余辆公交车 + 上 + 安装: the locative of a 在 frame after the counted noun, no part of
            # it, nor a verb's 上 of 上了 (not the 上 of 以上, 实际上, 基本上, 网上, 线上; 农民工爬上 is a verb)
            np = (np[0], np[1] - 1)
        head = next((w for w in self.org_person_heads if np and claim.unit in self.org_measures
                     and text.endswith(w, *np) and np[1] - len(w) >= np[0] + 2), None)
        if head is not None:
            np = (np[0], np[1] - len(head))  # 46家化工企业 + 负责人: 家 counts the firms, not who runs them
        return self.disposal_object(text, claim, self.counted_people(text, claim, np))

    def newly_counted(self, text: str, s: int, ceil: int) -> Optional[tuple[int, int]]:
        """新 + a verb + its noun, or + its 的 and noun (600多个新注册账号, 300个新开通的银行账户), from s."""
        verb = self.words(text).get(s + 1, "")
        k = s + 1 + len(verb)
        # (np_from stopped after 新: the word after it is no noun, a verb the lexicon may lack: 注册)
        if len(verb) < 2 or not all(is_han(ch) for ch in verb) or k >= ceil:
            return None
        if text[k] == "的":
            k += 1
        rest = self.np_from(text, k, ceil) if k < ceil else None
        return (s, rest[1]) if rest and rest[0] == k else None

    def sized_thing(self, text: str, claim: ClaimMatch, ceil: int) -> Optional[tuple[int, int]]:
        """The thing a size measures when a bare dimension word stands before it and 的 after it
        (一根重约500克的仿真金条 -> 仿真金条, 一条长约1.8米的眼镜王蛇 -> 眼镜王蛇); None elsewhere, also
        where the dimension ends a word (体重约90公斤的野猪, 水深约3米的河: the word is the metric)."""
        if claim.label != "COUNT" or self.size_dimension is None or not text.startswith("的", claim.end):
            return None
        m = self.size_dimension.search(text, max(0, claim.start - 3), claim.start)
        if m is None or self.word_ending_at(text, m.end(1)):
            return None
        return self.noun_at(text, claim.end + 1, ceil)

    def group_after(self, text: str, s: int, ceil: int) -> bool:
        """Whether a group (a noun ending in one of `group_heads`: 联防队, 抓捕小组, 诈骗团伙) is named
        at s, quotes aside (“湖上巡逻队”)."""
        np = self.noun_at(text, s, ceil)
        return np is not None and text.endswith(self.group_heads, *np)

    def noun_at(self, text: str, s: int, ceil: int) -> Optional[tuple[int, int]]:
        """The noun named right at s, before ceil: a quoted name without its quotes (“湖上巡逻队”), or
        the counted-noun reading's phrase when it starts at s; None otherwise."""
        if text[s : s + 1] in QUOTE_PAIRS:
            close = text.find(QUOTE_PAIRS[text[s]], s + 1, ceil)
            return (s + 1, close) if close > s + 1 else None
        np = self.np_from(text, s, ceil) if s < ceil else None
        return np if np is not None and np[0] == s and np[1] > s else None

    def counted_people(self, text: str, claim: ClaimMatch, np: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """After a count of people the noun counts the people, not what is theirs: a counted noun
        that ends in a money noun or another thing a person owns (`owned_by_people`) ends before it
        (骗取300余名受害人钱款 -> 受害人, 为860名老年人手机开启… -> 老年人), and before a verb between
        the two (向1100余名家长吸收资金 -> 家长); not a noun whose head says who they are
        (近200名出租出借银行卡人员)."""
        if np is None or claim.unit not in self.person_measures or text.endswith(self.np_heads_tuple, *np):
            return np
        s, e = np
        owned = self.noun_ending(text, s, e, self.owned_by_people)
        if owned is None:
            return np
        # (58名保洁员3个月工资: how long is no part of them; and no noun for people before the thing,
        # 两人网上传播恐怖虚假信息, is no count of its owners: people_noun_ends)
        end = next((k for k in range(s + 2, e - len(owned)) if text[k].isdigit()), e - len(owned))
        return self.people_before_verb(text, claim, (s, end)) if text[end - 1] in self.people_noun_ends else np

    def noun_ending(self, text: str, s: int, e: int, nouns: tuple) -> Optional[str]:
        """The first of `nouns` (longest first) that ends text[s:e] and leaves two characters or more
        before it, unless a modifier makes one noun with it (11人诈骗医保基金, 涉案资金:
        `money_noun_modifiers`)."""
        return next((w for w in nouns if text.endswith(w, s, e) and e - len(w) >= s + 2
                     and not text.endswith(self.money_noun_modifiers, s, e - len(w))), None)

    def people_before_verb(self, text: str, claim: ClaimMatch, np: tuple[int, int]) -> tuple[int, int]:
        """The people a count of people counts, before the verb that takes what is theirs (为37名工人
        讨要 + 工资, 1100余名家长吸收 + 资金, 412名船员拿回 + 血汗钱 -> 工人, 家长, 船员)."""
        if claim.unit not in self.person_measures:
            return np
        s, e = np
        words = self.words(text)
        for k in range(s + 2, e - 1):
            # a verb that opens a word here, or that the segmenter splits (讨/要, 拿/回); not one that
            # opens a longer word (受害 of 老年受害人)
            if k in words and any(k + n <= e and len(words[k]) <= n and (
                    w in self.verbs or w in self.count_predicate_openers or w in self.modifier_verbs or self.governing.fullmatch(w))
                    for n in (2, 3, 4) for w in (text[k : k + n],)):
                return s, k
        return np

    def disposal_object(self, text: str, claim: ClaimMatch, np: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """After 将 / 把 in the clause the counted noun is the object the clause's verb disposes of, and
        it ends before that verb (将自家9800斤小麦 + 卖给…, 将名下3张银行卡 + 出借给他人, 将全镇1200余户农牧民
        + 编为…): the first word after a noun that is a verb or an adverb ends it."""
        if np is None or not self.disposal_markers:
            return np
        lo = comma_clause_start(text, claim.start)
        if not any(text.startswith(m, k) and k in self.words(text) for m in self.disposal_markers for k in range(lo, claim.start)):
            return np
        if text.endswith(self.np_heads_tuple, *np):
            return np  # (将辖区312家再生资源回收企业 + 纳入…: a verb inside the noun modifies its head)
        i, nominal, last = np[0], False, ""
        for word in self.words_between(text, *np):
            nxt = text[i + len(word) : i + len(word) + 1]
            if nominal and is_han(word[0]) and word not in self.np_heads and (
                    word in self.verbs or word in self.predicate_adverbs
                    or (len(word) == 1 and nxt and nxt in DISPOSAL_COMPLEMENTS and self.words(text).get(i + 1) == nxt)):
                # (卖 + 给: a one-character verb and where the object goes; 银行卡 + 出 + 借给: a
                # lone character before the verb is its first half)
                e = i - 1 if len(last) == 1 and i - 1 > np[0] + 1 else i
                e = e - 1 if text[e - 1] in "、和与及" else e
                return np[0], e
            nominal = nominal or word not in self.verbs
            i += len(word)
            last = word
        return np

    def listed_nouns(self, text: str, np: Optional[tuple[int, int]], ceil: int) -> Optional[tuple[int, int]]:
        """The counted noun with the nouns listed after it by 、 (检查旅馆、民宿120家 is counted as one
        group after a measure word too: 120家旅馆、民宿, 12名走失老人、儿童); an item that opens with a
        number is a count of its own (120家旅馆、15家民宿) and ends the list, as does one that an amount
        follows (7支队伍、参演人员200余人: the next amount's noun)."""
        if np is None:
            return None
        s, e = np
        while e + 1 < ceil and text[e] == "、" and not text[e + 1].isdigit() and text[e + 1] not in self.list_item_numerals:
            nxt = self.np_from(text, e + 1, ceil)
            if nxt is None or nxt[0] != e + 1:
                break
            if nxt[1] == ceil < len(text) and (text[ceil].isdigit() or text[ceil] in self.list_item_numerals
                                               or text[ceil] in AMOUNT_OPENERS):
                break  # 7支队伍、参演人员200余人: the next item is the next amount's noun
            e = nxt[1]
        return s, e

    def quoted_money_noun(self, text: str, at: int) -> Optional[tuple[int, int]]:
        """A quoted name of money right at `at` (after an amount or its 的: 收取199元“查询费”, 每单
        200元左右的“好处费”): the name inside the quotes, of two to six characters ending in a money
        noun's character (`money_noun_ends`); None otherwise."""
        close = UNQUOTE_PAIRS.get(text[at : at + 1])
        if close is None or close == text[at : at + 1]:
            return None
        k = text.find(close, at + 1, at + 8)
        if k < at + 3 or not self.ends_in_money(text, at + 1, k):
            return None
        return at + 1, k

    def ends_in_money(self, text: str, s: int, e: int) -> bool:
        """Whether text[s:e], closing quotes aside, ends in a character that ends a noun of money
        (`money_noun_ends`: 善款, 科研经费, 网友“捐款”)."""
        while e > s and text[e - 1] in CLOSING_QUOTES:
            e -= 1
        return e > s and text[e - 1] in self.money_noun_ends

    def money_np_at(self, text: str, end: int, ceil: int) -> Optional[tuple[int, int]]:
        """The money noun right after an amount ending at `end`, or after its 的, or after the 不等的
        of a range (收取200元左右的“好处费”, 给予最高1万元的奖励, 索要500元至3000元不等的“封口费”)."""
        if text.startswith("不等的", end):
            end += 2
        quoted = self.quoted_money_noun(text, end + text.startswith("的", end))
        if quoted is not None:
            return quoted if quoted[1] <= ceil else None
        if text.startswith("的", end):
            np = self.money_noun_after_de(text, end)
            if np is None:
                return self.money_phrase_after(text, end + 1, ceil)  # 每人299元的团费
            if self.opens_word(text, np[0], text[np[0] : np[1]]):
                return None  # (a money noun that opens a longer word names no money)
            return np if np[1] <= ceil else None
        noun = next((w for w in self.money_nouns_longest if text.startswith(w, end)), None)
        if noun:
            return (end, end + len(noun)) if end + len(noun) <= ceil else None
        return self.money_phrase_after(text, end, ceil)

    def fee_at(self, text: str, end: int, ceil: int) -> Optional[tuple[int, int]]:
        """The money a share ending at `end` is a rate of: a money noun right after it or its 的
        (收取0.3%的手续费), or after a fee verb (`fee_verbs`: 按票面金额的6%至8%收取“开票费”); None otherwise."""
        verb = next((v for v in self.fee_verbs if text.startswith(v, end)), "")
        return self.money_np_at(text, end + len(verb), ceil)

    def money_phrase_after(self, text: str, at: int, ceil: int) -> Optional[tuple[int, int]]:
        """A noun phrase of money right after an amount (避免了5万元损失, 取出5万元定期存款, 只拿到
        2000元生活费): one the counted-noun reading finds at `at`, of two to six characters, ending in
        a money noun's character or one of `money_phrase_heads`; None otherwise."""
        np = self.np_from(text, at, ceil) if at < ceil else None
        if np is None or np[0] != at or not 2 <= np[1] - np[0] <= 6 or text[at] in self.function_chars \
                or self.verb_starts.match(text, at) or self.may_hold_verb(text, *np):
            return None  # (130余万元用于个人投资, 12万元且需要补税: a verb or a conjunction goes on, no noun)
        if self.ends_in_money(text, *np) or text.endswith(self.money_phrase_heads, *np):
            return np
        return None

    def money_noun_after_de(self, text: str, end: int) -> Optional[tuple[int, int]]:
        """The money noun after an amount's 的 (an amount ending at `end`: 给予1万元的奖励 -> 奖励,
        以每人每次200元的报酬 -> 报酬), one of two characters or more (装有现金6000元的钱包: 钱 of 钱包
        is no money noun); None where there is none."""
        if not text.startswith("的", end):
            return None
        noun = next((w for w in self.money_nouns_longest if text.startswith(w, end + 1)), "")
        return (end + 1, end + 1 + len(noun)) if len(noun) >= 2 else None

    def verb_inside_word(self, text: str, i: int) -> bool:
        """A one-character verb at i inside a segmenter word is none (均 of 平均: 17名民警平均年龄; 在 of
        存在: 3处帐篷存在隐患), but for the words the segmenter glues a noun's last character into
        (`glued_adverb_words`: 人均 of 犯罪嫌疑人均已落网, where 均 is the clause's adverb)."""
        words = self.words(text)
        if i in words:
            return False
        j = i - 1  # the words cover the text: the nearest start before i is that of the word around it
        while j > 0 and j not in words:
            j -= 1
        return words.get(j, "") not in self.glued_adverb_words

    def verb_of_agent_noun(self, text: str, verb: re.Match) -> bool:
        """Whether a verb of two or more characters opens a segmenter word that is the verb and one
        of `agent_noun_suffixes` (调解员, 参与人): a noun for who does it, no verb of the clause."""
        w = verb.group()
        word = self.words(text).get(verb.start(), "") if len(w) >= 2 else ""
        return len(word) == len(w) + 1 and word.startswith(w) and word[-1] in self.agent_noun_suffixes

    def np_from(self, text: str, s: int, ceil: int) -> Optional[tuple[int, int]]:
        """The counted noun phrase starting at s, or None."""
        if not re.match(r"[\u4e00-\u9fffA-Za-z]", text[s]):  # 15家KTV, 3台ATM机
            return None
        v = self.verb_starts.match(text, s)
        if v and self.verb_compounds and self.verb_compounds.match(text, s):
            v = None  # 3起运输毒品案: a verb compound (verb_compounds) opens a noun
        if v and v.group() == "被" and any(text.startswith(self.passive_heads, k) for k in (s + 2, s + 3)):
            v = None  # 23个被拐家庭, 12名被困群众: a passive modifier opens the noun
        if v and not self.opens_word(text, s, v.group()) and not (
                len(v.group()) >= 2 and ((text[v.end() : v.end() + 1] in self.verb_noun_suffixes
                                          and text[v.end() : v.end() + 2] not in self.verb_noun_suffix_exceptions)
                                         or text.startswith(self.np_heads_tuple, v.end()))):
            # 3名被告人: 被 opens a noun; 2个拘留所: a verb and a place suffix are a noun; so are a
            # verb and a head it modifies (十二个服务小组)
            return None
        if text.startswith(self.np_not_start_words, s):
            return None  # 在5万至7万人次之间: the range closes, no counted noun
        if text[s] in self.np_not_start and not self.opens_word(text, s, text[s]):
            return None  # 1200人因贩毒集团争斗失踪: a preposition, no counted noun (3个因素 is one)
        if any(text.startswith(w, s) and not self.opens_word(text, s, w) for w in self.np_adverbs):
            return None  # 转账3笔共计2.6万元: an adverb of the next amount, no counted noun (not 共和党, 各族)
        if any(text.startswith(w, s) for w, _ in self.change_words) or text[s] in "和与及、或":
            return None  # 5.6万起下降到…, 300起和200起: a change or a conjunction follows, no counted noun
        e = self.clause_end(text, s, ceil)
        # a bracketed note that closes the clause ends the noun (26名CEO薪水曝光(图)); one
        # inside it does not (4008名原尼共(毛主义)武装人员)
        bracket = BRACKET_NOTE.search(text, s + 1, e)
        if bracket and bracket.end() >= e and not self.alternative_noun.fullmatch(bracket.group()):
            e = bracket.start()  # (乡镇（街道）, 村（社区）: a second name of the noun, kept)
        m = self.verb_starts.search(text, s + 1, e)
        while m and ((text.startswith(self.np_heads_tuple, m.end()) and m.group() not in self.light_verbs)
                     or (len(m.group()) == 1 and self.verb_inside_word(text, m.start()))  # 均 of 平均
                     or self.verb_of_agent_noun(text, m)  # 调解 of 人民调解员
                     or self.inside_compound(text, s, m) or self.inside_compound(text, s, m, nouns=True)
                     or (m.group() == "被" and text[m.start() : m.start() + 2] in self.modifier_verbs
                         and text.startswith(self.passive_heads, m.start() + 2))):
            # (失散被拐人员: a passive modifier inside the noun, as at its start; not 卡车被武装人员 + 焚毁)
            # 12次集中清查行动: 清查 modifies 行动 (开展 of 320余名民警开展行动 does not); 6起挂牌督办
            # 违法用地案件: a verb inside a compound (verb_compounds) is no verb of the clause
            m = self.verb_starts.search(text, m.end(), e)
        if self.np_end_words:
            words = None
            for a in self.np_end_words.finditer(text, s + 1, m.start() if m else e):
                words = self.words(text) if words is None else words
                # (a preposition right before the next count ends the noun too: 4个新交付小区 + 向 +
                # 800余户业主: nothing of the clause follows it before that count)
                before_count = a.end(1) == e == ceil and text[e : e + 1].isdigit() \
                    and a.end(1) - a.start() == 1 and text[a.start()] in self.np_end_prepositions
                if a.start() in words and a.end(1) in words and (a.end(1) < e or before_count):
                    if text[a.start()] in self.np_end_prepositions and a.end(1) - a.start() == 1 \
                            and not self.word_ending_at(text, a.start()):
                        continue  # a preposition ends a noun of two or more characters (民工为…), not 地对地, 划为
                    if a.group(1) in self.np_end_after_words and not self.word_ending_at(text, a.start()):
                        continue  # 拾/到, 拿不/到: a one-character verb's result, no 到 of going (工人/到 is)
                    m = a
                    break
        # (a one-character rank verb only before a scope: 同居, 民居, 获 of 获得 are no ranking)
        rank = next((r for r in self.rank_verbs.finditer(text, s + 2, m.start() if m else e)
                     if (r.end() == e and len(r.group()) > 1 and e < len(text) and text[e] not in CLAUSE_DELIMS)
                     or (r.end() < e and self.scope_only(text, (r.end(), e)))), None)
        if rank:  # 以98.9%的满意率位列第一, 以95.6%的群众安全感居全省首位: a rank verb before the rank ends the noun
            m = rank
        if m:
            e = m.start()
            if text[e] == "因":  # 8名女大学生疑因食用… -> 女大学生
                e -= 2 if text.startswith("疑似", e - 2) else 1 if text[e - 1] == "疑" else 0
        elif e > s + 8:  # at most 8 characters, ending where a word of the segmenter ends
            i = s
            for word in self.words_between(text, s, min(e, s + 12)):
                if i + len(word) > s + 8 and not (word in self.np_heads and i + len(word) <= min(e, s + 12)):
                    break  # (14起涉校园网络赌博案例: a noun head may end it up to 12)
                i += len(word)
                if word in self.np_heads and i > s + 8:
                    break
            e = i if i > s else s + 8
        if self.verbs and (self.may_hold_verb(text, s, e) or "了" in text[s + 2 : e]):
            # the noun ends before a verb that follows a word of another kind (3名总统候选人宣布退出
            # -> 总统候选人); verbs that open it modify it (6名持刀抢劫歹徒 keeps 持刀抢劫)
            i, nominal = s, False
            words = self.words_between(text, s, e)
            for k, word in enumerate(words):
                adverb_before = k >= 2 and words[k - 1] in self.predicate_adverbs
                if k and nominal and k + 1 < len(words) and words[k + 1] == "了" and is_han(word[0]):
                    e = i  # 1800余名师生上了一堂课, 两百余名师生代表旁听了: a word before 了 is a verb
                    break
                modifier = word in self.modifier_verbs and k + 1 < len(words) and words[k + 1] not in self.verbs \
                    and len(words[k + 1]) >= 2 and is_han(words[k + 1][0])  # 家暴受害妇女: a noun follows (not 士兵受伤, 遇难仍)
                # 5起重大污染环境案件: after a word that grades cases, a verb and its object name the crime
                graded = k >= 1 and words[k - 1] in self.case_modifiers and any(w in self.np_heads for w in words[k + 1 : k + 3])
                # (群众吸收资金 + 1.26亿元: a verb and a head with an amount after them are the predicate and its object)
                amount_after = k + 1 < len(words) and text[i + len(word) + len(words[k + 1]) : i + len(word) + len(words[k + 1]) + 1].isdigit()
                if word in self.verbs and nominal and word not in self.np_heads and not modifier and not graded \
                        and not (k + 1 < len(words) and words[k + 1] in self.np_heads and not adverb_before and not amount_after):
                    # (3名教堂枪击事件疑犯: 枪击 modifies 事件, the phrase goes on; 群众非法吸收资金:
                    # after an adverb that follows a noun the verb is the predicate)
                    e = i - len(words[k - 1]) if adverb_before else i
                    break
                nominal = nominal or word not in self.verbs
                i += len(word)
        copula = self.copula_date.search(text, s + 1, e)
        e = copula.start() if copula else e  # 两名女童系2019年被拐: 系 says when, the noun ends before it
        frame = self.np_end_frames.search(text, s + 1, self.clause_end(text, s, ceil)) if self.np_end_frames else None
        e = frame.start() if frame and frame.start() < e else e  # 6300余名被拐儿童与家人团聚: what happened to them
        de = text.find("的", s, e)  # 28个省的受害人: the measure word counts 省
        e = de if de > s else e
        if e - s > 3 and text.startswith("中有", e - 2) and text[e - 3] not in self.among_not_after:
            e -= 1  # 12个派出所中有9个: among them there are, no part of the noun (中 goes below)
        if e - s > 2 and text[e - 1] == "中" and text[e - 2] not in self.among_not_after \
                and self.words(text).get(e - 1) == "中":
            e -= 1  # 涉案的21名被害人中，轻伤4人: 中 says among, it is no part of the noun
        elif e - s == 2 and text[e - 1] == "中" and s > 0 and text[s - 1] == "个" and text[s] in self.place_levels_among:
            e -= 1  # 在全省11个市中排名第2位: among 11 cities (the segmenter's 市中 / 县中 is a city centre or a school)
        if e - s > 2 and text[e - 1] == "后" and self.words(text).get(e - 1) == "后":
            e -= 1  # 查获…十余发子弹后，: 后 says after, it is no part of the noun
        while e > s and text[e - 1] in "和与及或":
            e -= 1  # 十一个行政村和3个社区: the conjunction joins two counts
        quote = next((k for k in range(s + 2, e) if text[k] in QUOTE_PAIRS and text[k] != "\""), None)
        if quote is not None:
            e = quote  # 12个集体“浙江省模范集体”称号: an opening quote after a noun of two or more starts a title
        total = next((w for w in self.amount_total_words if e - len(w) >= s + 2 and text.endswith(w, s, e)
                      and self.words(text).get(e - len(w)) == w), None)
        if total:
            e -= len(total)  # 6家门店共 + 发展会员…: a total adverb of the predicate, no part of the noun
        return (s, e) if e > s else None

    def metric(self, text, claim, seg_start, ceil, facts: SentenceFacts, previous_metric, np_after) -> Optional[tuple[int, int]]:
        """`np_after`: the claim's counted noun after it (following_np), found by the caller. A
        scope alone is no metric (连续三年位居全区第一: 全区 is where it ranks): the previous one holds.
        A locative word that ends the metric is where the thing is (3间电竞房内 -> 电竞房)."""
        found = self._found_metric(text, claim, seg_start, ceil, facts, previous_metric, np_after)
        found = self.headless_predicate(text, claim, ceil, found)
        return self.without_locative(text, found) if found and found[1] != claim.start and self.metric_locatives else found

    def opens_relative(self, text: str, s: int, e: int) -> bool:
        """A relative clause from s closed by 的 before a short noun that ends at e (流入的刀具, 吸烟的
        旅客), not a place (在其经营的游艺厅内 + 摆放…, 覆盖在收款码上的 + 伪造二维码: a locative word
        before 的 or after it)."""
        de = text.find("的", s, e - 1)
        return de > s and e - de - 1 <= self.relative_noun_max and text[de - 1] not in self.relative_locatives \
            and not any(c in self.relative_locatives for c in text[de + 1 : e])

    def headless_predicate(self, text: str, claim: ClaimMatch, ceil: int, found) -> Optional[tuple[int, int]]:
        """有37.5%的人 + 曾收到…, 其中5人 + 系 + 重复违法: a share of people with no noun, or a count
        with a copula after it, is measured by the predicate that follows, to the clause's end
        (headless_predicates); `found` where it is neither."""
        if not found:
            return found
        s, e = found
        copula = next((w for w in self.count_copulas if s == claim.end and text.startswith(w, s)), None)
        if copula:
            e = s + len(copula)  # (7人系刑满释放人员: what follows the copula, to the clause's end)
        elif not (text[s:e] in self.headless_share_heads and s == claim.end + 1 and text[claim.end] == "的"):
            return found
        ps = e + next((len(w) for w in self.headless_dropped_openers if text.startswith(w, e)), 0)
        pe = self.clause_end(text, ps, max(ceil, ps))
        de = text.rfind("的", ps, pe)
        if copula and de > ps and pe - de > 2:
            ps = de + 1  # 其中11起系…后失联的诈骗案件: a copula's noun is the head after its 的
        return (ps, pe) if pe - ps >= 2 else found

    def without_locative(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """(Not right before the claim, where 中 is a verb: 买彩票中500万, 身中11刀; nor after the
        characters that make it part of a word: 体内, 境内, strip_trailing_not_after.)"""
        s, e = span
        w = next((w for w in self.metric_locatives if text.endswith(w, s, e) and e - len(w) - s >= 2
                  and text[e - len(w) - 1] not in self.prefix_not_after.get(w, "")
                  and on_word_boundaries(text, e - len(w), e)), None)
        return (s, e - len(w)) if w else span

    def _found_metric(self, text, claim, seg_start, ceil, facts: SentenceFacts, previous_metric, np_after) -> Optional[tuple[int, int]]:
        sized = self.sized_thing(text, claim, ceil)
        if sized is not None:
            return sized
        found = self._metric(text, claim, seg_start, ceil, facts, previous_metric, np_after)
        act = self.frequency_act_after(text, claim, ceil, facts, found)
        if act is not None:
            return act
        if found and self.headless_openers:
            found = self.headless_relative(text, claim, found)
        if found is None and claim.label == "PERCENT" and self.change_clause is not None \
                and text[seg_start : claim.start].strip(self.change_share_openers) == "":
            # 株洲市降幅最大，达27.5%: the size of change the clause before names is what the share measures
            m = self.change_clause.search(text, max(0, seg_start - 12), seg_start)
            if m is not None:
                return m.span(1)
        if found is None and self.superlative_clause is not None \
                and text[seg_start : claim.start].strip(self.superlative_openers) == "":
            # 衢州市破案数最多，达14起: the clause before names what is the most, the claim its size
            m = self.superlative_clause.search(text, max(0, seg_start - 6), seg_start)
            if m is not None:
                fs, fe = self.trim(text, comma_clause_start(text, m.start()), m.start(), facts)
                if fe - fs >= 2 and not self.scope_only(text, (fs, fe)):
                    return self.unquote(text, fs, fe)
        if found and claim.label in ("PERCENT", "MULTIPLE"):
            verb = next((v for v in self.report_verbs if text.startswith(v, found[0]) and found[1] - found[0] > len(v) + 1), None)
            if verb:  # 接报涉恶警情较去年减少近三成: the change is of the incidents reported, not of the reporting
                found = (found[0] + len(verb), found[1])
        if claim.label == "STREAK" and self.streak_trend is not None and self.streak_trend.match(text, claim.end):
            # 全市涉医刑事案件同比下降15.2%，已连续5年保持下降态势: a streak of a trend measures what
            # trends, the noun before it in its clause (号源秩序连续三年保持平稳) or the change's before it
            lo = self.clause_start(text, claim.start, 0)
            if found and lo <= found[0] and found[1] <= claim.start:
                return self.unquote(text, *found)
            if previous_metric and previous_metric[1] <= claim.start:
                return previous_metric
        if claim.label == "STREAK" and self.streak_states and text.startswith(self.streak_states, claim.end) \
                and not (found and text.endswith(self.measured_ends, *found)):
            # 庙会连续12年实现重大安全事故零发生, 监管场所连续2190天保持“四无”目标: the state kept is the
            # streak's measure, not the place or body before it; cases or a rate before it stay (“两抢”案件
            # 连续26个月零发案, 命案现案连续七年全破). A 、-list of states stays whole.
            fs, fe = self.trim(text, claim.end, comma_clause_end(text, claim.end, ceil), facts)
            if fe - fs >= 2 and not self.scope_only(text, (fs, fe)):  # (连续两年保持全州第一 keeps no state but a rank)
                return self.unquote(text, fs, fe)
        if found and all(ch in self.function_chars for ch in text[found[0] : found[1]]):
            found = previous_metric  # 11支为以压缩气体为动力的枪支, 其余3支不具有…: a function word is no metric
        if found and text[found[0] : found[1]] in self.lone_not_metrics:
            # 另有100余人被批评教育, 4.7万余张全部数字化录入, 15起至20起: no metric alone; a rank's own
            # assessment is looked for below (由第9位跃升至第2位)
            found = None if claim.label == "RANK" or previous_metric is None \
                or text[previous_metric[0] : previous_metric[1]] in self.lone_not_metrics else previous_metric
        if found and found != previous_metric and self.scope_only(text, found):
            return previous_metric
        if claim.label == "PERCENT" and text.startswith("的", claim.end) and not text.startswith(self.de_nouns, claim.end) \
                and (not found or found[1] - found[0] <= 2 or found == previous_metric or found[1] <= seg_start
                     or (found[1] == claim.start and self.word_ending_at(text, claim.start) in self.verbs)):
            # 八成以上的醉驾违法行为, 现在八成以上的业务: the share of the noun after 的; also where the clause
            # names nothing of its own before it (…同比下降两成，八成以上的物业纠纷…: not the noun the
            # clause before measured) or a verb takes it (物业公司承担30%的责任: what is taken, 责任)
            np = self.np_from(text, claim.end + 1, ceil)
            if np:
                return np
        if claim.label == "PERCENT" and claim.end < ceil and is_han(text[claim.end]) and text[claim.end] != "的":
            # 约九成受访群众认为…, 七成以上线索来源于…: a share right before a noun quantifies it, and
            # the noun is what it measures (a noun, not a verb or preposition, opens what follows);
            # after a copula (其中七成以上为退休人员, 约三成系无证驾驶) the noun after it is what the share is
            if text[claim.end] in self.share_copulas and claim.end + 1 < ceil \
                    and text[claim.end + 1] not in self.share_copula_not_before.get(text[claim.end], "") \
                    and self.part_of_whole(text, claim):
                # (only a share of a whole named before it, at its clause's start or after 其中 / X中:
                # 楼价升幅33%为全球最高 is a rank of the rise, not a part of it)
                e = self.clause_end(text, claim.end + 1, ceil)
                fs, fe = self.trim(text, claim.end + 1, e, facts)
                if 2 <= fe - fs <= self.share_copula_max and e == self.clause_end(text, claim.end, len(text)):
                    return self.unquote(text, fs, fe)
            predicate = self.share_predicate_at(text, claim)
            if predicate is not None and self.part_of_whole(text, claim):
                # 其中约七成已被倒卖至外省, 近一半涉及押金扣除: what the part did or is, the rest of the
                # clause after the adverbs that open it (the review sets' gold: 95 after, 24 before)
                e = self.clause_end(text, claim.end, ceil)
                fs, fe = self.trim(text, predicate, e, facts)
                if 2 <= fe - fs <= self.share_copula_max and e == self.clause_end(text, claim.end, len(text)):
                    return self.unquote(text, fs, fe)
            np = self.np_from(text, claim.end, ceil)
            first = self.words_between(text, *np)[0] if np else ""
            if np and np[1] - np[0] >= 2 and np[1] < self.clause_end(text, claim.end, ceil) \
                    and first not in self.verbs and not first.startswith(self.relative_openers):
                return np  # (not 百分之九十 + 来自群众举报, 七成以上 + 集中在…: a verb follows, no noun)
        if claim.label == "MONEY" and self.valued_before is not None and text.startswith("的", claim.end) \
                and self.valued_before.search(text, max(0, claim.start - 6), claim.start):
            # 价值约1.5万元的首饰, 退掉了价值1.6万元的“神药”: what is valued is measured, not 价值
            k = claim.end + 1
            if k < ceil and text[k] in QUOTE_PAIRS:
                close = text.find(QUOTE_PAIRS[text[k]], k + 1, ceil)
                if close > k + 1:
                    return k + 1, close
            np = self.np_from(text, k, ceil) if k < ceil else None
            if np and np[1] - np[0] >= 2:
                return np
        if claim.label == "MONEY":
            np = self.money_noun_after_de(text, claim.end)
            if np:
                return np  # 以每人每次200元的报酬招募…: the money noun after 的 is what the amount is
        if claim.label == "PERCENT" and self.share_verbs is not None and text[claim.start - 1 : claim.start] == "的" \
                and "按" in text[self.clause_start(text, claim.start, 0) : claim.start]:
            # 按兑换总额的1.5%左右收取手续费: a share of a base, taken as the noun after the verb
            verb = self.share_verbs.match(text, claim.end)
            np = self.np_from(text, verb.end(), ceil) if verb and verb.end() < ceil else None
            if np:
                return np
        if found and self.rate_base.fullmatch(text, *found):
            # 以每瓶800元的价格: the base of a rate is no metric; the noun after 的 is
            np = self.np_from(text, claim.end + 1, ceil) if text.startswith("的", claim.end) else None
            first = self.words_between(text, *np)[0] if np else ""
            return (np[0], np[0] + len(first)) if len(first) >= 2 else None
        k = text.find("以", found[0] + 2, found[1]) if claim.label == "RANK" and found and found[1] - found[0] > 4 else -1
        if k > 0 and self.score_before_rank.fullmatch(text, k, found[1]):
            # 综合考评成绩 + 以96.5分 + 位居全市首位: the score it ranked with is no part of it; what
            # ranked, named before it (长兴县公安局 + 以98.6分), is the subject: no metric left
            found = None if any(he == k for hs, he in facts.heads) else (found[0], k)
        if claim.label == "RANK" and self.assessment is not None and (not found or self.score_before_rank.fullmatch(text, *found)):
            # 在全国公安机关执法质量考评中，山东省公安厅以96.5分位列第二: ranked in the assessment (when
            # nothing better was found before the rank: 综合成绩位列第一 keeps 综合成绩)
            lo = sentence_start(text, claim.start)
            frames = list(self.assessment.finditer(text, lo, claim.start))
            if frames:
                s, e = frames[-1].span(frames[-1].lastindex)  # (the frame with 在, or a clause of its own)
                k = text.rfind("的", s, e)
                if k >= 0 and e - k > 2:
                    s = k + 1  # 在近日公布的全省平安建设考核中: the assessment, not who published it when
                s, e = self.trim(text, s, e, facts)
                s = self.past_scope(text, s, e)  # (全国公安机关执法质量考评)
                if e - s >= 2:
                    return s, e
            if found and self.score_before_rank.fullmatch(text, *found):
                return previous_metric  # 以总分98.6分位列全省第二 with no assessment named: a score is no metric
        if found and claim.label in ("RANK", "STREAK") and text.endswith(self.assessment_words, *found):
            # 在全省网络谣言治理考核中位列第一: the assessment without the scope it is held over (as above)
            return self.past_scope(text, *found), found[1]
        return found and self.unquote(text, *found)

    def from_to_metric(self, text: str, claim: ClaimMatch, floor: int, facts: SentenceFacts) -> Optional[tuple[int, int]]:
        """X由N…至M (警力由原来的160余人精简至68人, 线路由28条增至45条): both amounts measure X, the noun
        before 由 (`floor`: the clause's start); None where the claim is neither amount of such a clause."""
        if self.from_to is None:
            return None
        k = text.rfind("由", floor, claim.start)
        if k <= floor:
            return None
        m = self.from_to.fullmatch(text, k, claim.start)
        if not m or (m.group("frame") is not None and not self.from_to_next.match(text, claim.end)):
            return None  # (the first amount only where a second follows: 由3人组成 is who it is made of)
        s, e = floor, k
        while s > 0 and text[s - 1] == "、":
            s = self.clause_start(text, s - 1, 0)  # (光缆被盗、被挖断事件由…: a listed noun is whole)
        words = self.words(text)
        hold = max((j for j in range(s, e) if text[j] in self.from_to_holders and words.get(j) == text[j]), default=None)
        if hold is not None:
            s = hold + 1  # 分局已将随车警务覆盖线路由28条增至45条: what is held (将 / 把) is the noun
        frame = self.locative_frame.search(text, s, e)
        if frame and frame.end() == e:
            e = frame.start()  # 110警情总量在全市10个县级公安机关中由第4位…: the pool ranked in is no part of it
        s, e = self.trim(text, s, e, facts)
        return self.unquote(text, s, e) if e - s >= 2 else None

    def past_scope(self, text: str, s: int, e: int) -> int:
        """s, or the end of a scope opening text[s:e] when two or more characters follow it (全省 of
        全省网络谣言治理考核)."""
        scope = self.scopes.match(text, s, e)
        return scope.end() if scope and e - scope.end() >= 2 else s

    def predicate_after(self, text: str, claim: ClaimMatch, np_after: tuple[int, int]) -> bool:
        """Whether what follows a count is the clause's predicate, not a noun it counts: it opens
        with a verb or a manner adverb (警力1800余名 + 赶赴震中, 队员18名 + 连夜上山) and no noun head
        closes it (12名 + 吸毒人员 is a noun a verb modifies)."""
        words = self.words_between(text, *np_after)
        if not words or text.endswith(self.np_heads_tuple, *np_after) or text.endswith(self.patient_heads, *np_after) \
                or text.startswith(self.count_outcomes, np_after[0]) or claim.unit in self.count_frequency_units:
            return False  # (发生火灾6人死亡: what befell them is the metric; 相亲6次 + 见到: how often)
        return words[0] in self.verbs or words[0] in self.count_predicate_openers

    def governing_verb_before(self, text: str, s: int, e: int) -> bool:
        """Whether the last governing verb of the clause before s is one that takes what is counted
        (调派, 安排, 购买), and neither it nor a word up to e is one of an event or a finding (发生火灾,
        造成…, 新增: `count_event_verbs`)."""
        verbs = self.governing_matches(text, comma_clause_start(text, s), s)
        return bool(verbs) and verbs[-1].group() not in self.count_event_verbs \
            and not any(text.startswith(self.count_event_verbs, k) for k in range(verbs[-1].end(), e))

    def role_before_names(self, text: str, start: int, facts: SentenceFacts) -> bool:
        """A role right before the names a count after 等 sums up, past a bracketed note (犯罪嫌疑人王某某（男，38岁）等7人)."""
        k = start - 1
        if not text.startswith("等", k):
            return False
        if k > 0 and text[k - 1] in "）)":
            k = max(text.rfind("（", 0, k), text.rfind("(", 0, k))
        last = next(((a, b) for a, b in facts.persons if b == k), None)
        return last is not None and text.endswith(self.agent_roles, 0, last[0])

    def named_role(self, text: str, claim: ClaimMatch, facts: SentenceFacts) -> Optional[tuple[int, int]]:
        """The role named before the persons a count after 等 sums up (被告人王某某等5人 + 以…,
        将犯罪嫌疑人周某某等4人 + 全部抓获, 涉嫌诈骗罪的犯罪嫌疑人符某、王某某等6人): what they are
        is what is counted; None where no role stands before the names (赵某某等4人 + 已被刑事拘留)."""
        if text[claim.start - 1 : claim.start] != "等":
            return None
        last = next(((a, b) for a, b in facts.persons if b == claim.start - 1), None)
        if last is None:
            return None
        lo = comma_clause_start(text, last[0], COMMA_CLAUSE_DELIMS + "：:")
        first = self.names_listed_before(text, lo, last[0], facts, persons_only=True)
        s = max([lo] + [k + len(w) for w in ROLE_OPENERS if (k := text.rfind(w, lo, first)) >= 0])
        verbs = self.governing_matches(text, s, first)
        s = verbs[-1].end() if verbs else s
        s, e = self.trim(text, s, first, facts)
        s, e = self.unquote(text, s, e)
        if e - s < 2 or any(a < e and s < b for a, b in facts.heads) or not all(is_han(ch) for ch in text[s:e]):
            return None
        return s, e

    def frequency_after_phrase(self, text: str, claim: ClaimMatch, ceil: int) -> Optional[tuple[int, int]]:
        """How often something was done, with a prepositional phrase after the count (先后5次 + 向指定账户
        + 转账, 3次 + 在…公交站点用石块 + 砸碎公交车车窗, 两次 + 对杨某进行 + 训诫): the last verb of the
        clause and its object, up to an amount or a total (`frequency_prepositions`)."""
        if claim.label != "COUNT" or claim.unit not in self.count_frequency_units \
                or not text.startswith(self.frequency_prepositions, claim.end):
            return None
        e = self.act_end(text, claim.end, ceil)
        words = self.words(text)
        starts = [k for k in range(claim.end + 1, e) if k in words and k + len(words[k]) <= e
                  and (words[k] in self.verbs or words[k] in self.governing_set)]
        if not starts:
            # 向对方 + 转账, 在后山林地 + 纵火: no verb the lists know; the clause's last word is the act
            last = max((k for k in range(claim.end + 1, e) if k in words and k + len(words[k]) == e), default=None)
            starts = [last] if last is not None and e - last >= 2 else []
        if not starts:
            return None
        return self.act_span(text, starts[-1], e)

    def frequency_act_after(self, text: str, claim: ClaimMatch, ceil: int, facts: SentenceFacts,
                            found: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """How often an act was done, with the act right after the count where nothing after it was found
        (先后6次 + 盗割正在使用中的高压线路, 先后5次 + 进入果园盗摘核桃, 已3次开展 + “送法上船”活动): the rest
        of the clause, up to an amount or a total, as `frequency_after_phrase` takes it after a preposition."""
        if claim.label != "COUNT" or claim.unit not in self.count_frequency_units or (found and found[0] >= claim.end) \
                or claim.end >= ceil or not (is_han(text[claim.end]) or text[claim.end] in QUOTE_PAIRS) \
                or text[claim.end] == "的" or text.startswith(self.frequency_prepositions, claim.end):
            return None
        return self.act_span(text, *self.trim(text, claim.end, self.act_end(text, claim.end, ceil), facts))

    def act_span(self, text: str, s: int, e: int) -> Optional[tuple[int, int]]:
        """The act text[s:e] past an opening light verb, when two characters or more of phrase are left."""
        s = self.past_light_verb(text, s, e)
        return (s, e) if e - s >= 2 and self.phrase_chars(text, s, e) else None

    def past_light_verb(self, text: str, s: int, e: int) -> int:
        """Past a light verb that opens the act, when more follows: its noun is the act (进行 + 训诫,
        开展 + “送法上船”活动)."""
        word = self.words(text).get(s, "")
        return s + len(word) if word in self.light_verbs and s + len(word) < e else s

    def act_end(self, text: str, i: int, ceil: int) -> int:
        """Where the act after a frequency count ends: at the clause's end, an amount's digit or a total word
        (先后4次倾倒污泥 + 共计86吨, 先后5次向指定账户转账 + 共计32万元)."""
        while i < ceil and text[i] not in COMMA_CLAUSE_ENDS and not text[i].isdigit() \
                and not text.startswith(self.long_total_words, i):
            i += 1
        return i

    @staticmethod
    def phrase_chars(text: str, s: int, e: int) -> bool:
        """Han characters, with quotes that open and close inside (投放“鱼藤精”, 出售“内部床位”)."""
        return all(is_han(ch) or ch in QUOTE_PAIRS or ch in QUOTE_PAIRS.values() for ch in text[s:e]) \
            and all(text.count(o, s, e) == text.count(c, s, e) for o, c in QUOTE_PAIRS.items())

    def _metric(self, text, claim, seg_start, ceil, facts: SentenceFacts, previous_metric, np_after) -> Optional[tuple[int, int]]:
        frequency = self.frequency_after_phrase(text, claim, ceil)
        if frequency is not None:
            return frequency
        predicate_after = claim.label == "COUNT" and np_after is not None and self.predicate_after(text, claim, np_after)
        if claim.label == "COUNT" and claim.unit in self.person_measures and (np_after is None or predicate_after):
            role = self.named_role(text, claim, facts)
            if role:
                return role
            m = self.disposal_after.match(text, claim.end) if self.disposal_after is not None else None
            before = text[max(0, claim.start - 2) : claim.start]
            if m and (before.endswith("等") or before.endswith(("有", "，", "其中"))) \
                    and not any(w in text[comma_clause_start(text, claim.start, COMMA_CLAUSE_DELIMS) : claim.start] for w in self.agent_roles) \
                    and not self.role_before_names(text, claim.start, facts):
                # (only after names or 有 / a clause break, and with no role naming them: 团伙成员6人, 犯罪嫌疑人王某某（男）等7人 keep theirs)
                return m.span("act")  # 赵某某等4人 + 已被依法 + 刑事拘留, 对林某等6人 + 提起公诉: what was done to them
        if (claim.label == "COUNT" or (claim.label == "PERCENT" and not text.startswith("的", claim.end))) \
                and np_after is None and self.subset_openers and text.endswith(self.subset_openers, 0, claim.start):
            predicate = self.subset_predicate(text, claim, ceil)
            if predicate:
                return predicate
        if np_after:
            if predicate_after and claim.start > seg_start and is_han(text[claim.start - 1]):
                # 调派警力1800余名赶赴震中, 注册空壳公司6家用于收款: the object of a verb right before the
                # count is what it counts when a predicate, not a noun, follows (not 对辖区 + 138个在建工程项目,
                # 全市 + 176个零售网点, 三轮车上 + 2人死亡: no object, a scope or a place before the count)
                before = self._metric(text, claim, seg_start, ceil, facts, previous_metric, None)
                if before and before != previous_metric and before[1] - before[0] >= 2 \
                        and text[before[1] : claim.start] in COUNT_TOTAL_GAPS \
                        and not self.scope_only(text, before) \
                        and (text[before[0] - 1 : before[0]] == "、"
                             or self.governing_verb_before(text, *before)) \
                        and text[before[1] - 1] not in COUNT_PLACE_ENDS \
                        and text[before[1] - 1] not in self.count_prepositions \
                        and not any(hs < before[1] and before[0] < he for hs, he in facts.heads) \
                        and self.word_ending_at(text, before[1]) not in self.verbs \
                        and text[before[1] - 1] not in self.verbs:
                    return before  # (民警和队员共18人连夜上山: a total word between them too)
            return self.with_relative_head(text, claim, np_after, ceil)
        s, e = seg_start, claim.start
        if claim.label == "RANK":
            won = self.award_measure(text, s, e, facts)
            if won is not None:
                return won
            verbs = list(self.rank_verbs.finditer(text, s, e))
            if verbs:
                e = verbs[-1].start()
        s, e = self.trim(text, s, e, facts, ranked=claim.label in ("RANK", "STREAK"),
                         money_like=claim.label == "MONEY" or (claim.label == "COUNT" and claim.unit is None))
        if text[s:e] in self.frame_locatives:
            s = e  # (…考核 + 中 + 排名第二: the frame's locative left after the streak's metric, no metric)
        if claim.label == "RANK" and 0 < e - s <= 2 and text.startswith("排名", e):
            e += 2  # 综合排名第三: a two-character modifier and 排名 are the ranked measure (not 在…中排名)
        if claim.label == "STREAK" and (any(he == e and 0 <= hs - s <= 6 and not self.governing.search(text, s, hs)
                                            for hs, he in facts.heads) or self.locative_frame.fullmatch(text, seg_start, claim.start)):
            s = e  # 民警索朗次仁已连续8年在此坚守: who kept the streak is no metric; what follows is
        if claim.label == "STREAK" and s < e:
            s = self.after_pointer(text, s, e)
        if s < e:
            # a counted object follows its governing verb (抓获…嫌疑人3.9万余人); ranks, streaks
            # and rates measure a whole noun phrase (黄赌打击质效), verbs inside it included
            governing = self.governing_matches(text, s, e)
            verbs = [m for m in governing if not inside_quotes(text, s, m.start())
                     and not inside_quotes(text, s, m.start(), BOOK_TITLE_PAIRS)  # (下发《责令改正通知书》56份)
                     and not self.in_compound(text, s, m)]
            if self.verb_compounds is not None and verbs and len(governing) > 1:
                # (骗取农机购置补贴案件: a verb inside a compound an earlier verb opens governs nothing either)
                compounds = [c.span() for v in governing if (c := self.verb_compounds.match(text, v.start()))]
                verbs = [v for v in verbs if not any(a < v.start() < b for a, b in compounds)]
            verbs = self.on_word_boundaries(text, s, e, verbs) if verbs else verbs
            if verbs and claim.label in ("COUNT", "MONEY"):
                # the last verb with an object after it; one that ends the words is the metric
                # itself when it is mostly a verb (捣毁贩毒团伙逮捕56人 -> 逮捕) and a noun otherwise
                # (打掉涉黑组织23个: 组织 is the organisation, 打掉 governs it)
                category = self.category_modifier_verb(text, verbs, e)
                for k, verb in enumerate(reversed(verbs)):
                    if category is not None and verb.start() > category.start():
                        continue  # 共破获 + 冒用他人身份注册公司类案件: the verbs before 类 name the category
                    head = next((h for h in self.campaign_heads if text.startswith(h, verb.end())), None)
                    if k < len(verbs) - 1 and head and verb.group() not in self.light_verbs \
                            and (head in self.campaign_heads_anywhere or verb.end() + len(head) == e):
                        continue  # 开展集中清查行动28次: 清查 modifies 行动, 开展 governs it
                    vs, ve = self.trim(text, self.after_complement(text, verb.end(), e), e, facts)
                    if ve - vs == 1 and text[vs] in LEVEL_COMPLEMENTS:
                        # 湟鱼资源蕴藏量已恢复至约12万吨: the verb and its complement state the level the noun
                        # before them reached, no object of the verb
                        ps, pe = self.trim(text, s, verb.start(), facts)
                        if ps < pe:
                            return self.unquote(text, ps, pe)
                    if verb.group() in self.taking_verbs:
                        if vs < ve and (claim.label != "MONEY" or text[vs:ve].endswith(self.money_nouns)
                                        or self.ends_in_money(text, vs, ve)):
                            # 骗取资金共计1.2亿元, 骗取善款46万余元: the money taken; 骗取境内受害人412名: a
                            # count of the object
                            return self.unquote(text, vs, ve)
                        return self.with_passive(text, verb.span())  # 骗走客户13万: the victim is no metric of the money
                    if vs < ve:
                        if verb.group() in self.relative_verbs and vs == verb.end() and text.find("的", vs + 1, ve - 1) > 0:
                            # 发生涉及中小学生的交通事故23起, 打掉为团伙提供“两卡”的团伙46个: 涉及, 提供 …
                            # open a relative clause of the counted noun, and the clause is part of
                            # the metric (not 中小学生的交通事故); 督促整改存在漏洞的网站 keeps 整改 out
                            return self.unquote(text, verb.start(), ve)
                        return self.unquote(text, vs, ve)
                    if k + 1 < len(verbs) and verbs[-2 - k].group() in self.light_verbs:
                        ls, le = self.trim(text, verbs[-2 - k].end(), e, facts)
                        if ls < verb.start():  # 开展心理疏导230人次: the activity after the light verb, whole
                            return self.unquote(text, ls, le)
                    if verb.group() in self.patient_first_verbs:
                        # 入室盗窃案件仅发生7起: what happened stands before the verb
                        ps, pe = self.trim(text, s, verb.start(), facts)
                        # (a crime verb inside the case's name governs nothing there: 入室盗窃案件)
                        if ps < pe and text.endswith(self.patient_heads, ps, pe) and \
                                all(self.in_compound(text, ps, m) for m in self.governing_matches(text, ps, pe)):
                            return self.unquote(text, ps, pe)
                        if ps >= pe and previous_metric and previous_metric[1] <= s:
                            # 涉古树案件三年连降，2023年仅发生1起: with only a frame before the verb,
                            # what happened is what the sentence counts before
                            return previous_metric
                    if verb.group() in self.verbs:
                        if k + 1 < len(verbs) and verbs[-2 - k].end() == verb.start() \
                                and verbs[-2 - k].group() not in self.light_verbs:
                            return verbs[-2 - k].start(), verb.end()  # 移送起诉156人, 责令整改63家: the verb phrase
                        return self.with_passive(text, verb.span())
            if not verbs and claim.label in ("COUNT", "MONEY") and self.final_verb_after:
                final = self.final_verb(text, s, e, facts.heads)
                if final:
                    return final  # 先后作案7起 -> 作案, 刷单时被骗3.8万元 -> 被骗
            if not verbs and claim.label in ("COUNT", "MONEY") and text.startswith(self.agent_openers, s):
                action = self.last_action(text, s, e)
                if action:
                    return action  # 一男子冒充民警诈骗12人 -> 诈骗
            return self.unquote(text, s, e)
        if claim.label in ("STREAK", "RANK"):
            # nothing before: the streak or rank measures what follows (连续5年入榜…)
            fs = claim.end
            fe = self.clause_end(text, fs, ceil)
            while fs < fe and text[fs] in CLOSING_QUOTES:
                fs += 1  # (实现“三年连降”: the quote's closing mark is no metric)
            verbs = [m for m in self.rank_verbs.finditer(text, fs, fe) if m.start() > fs]
            if verbs:
                fe = verbs[-1].start()
            fs, fe = self.trim(text, fs, fe, facts)
            if fe - fs > 2 and text[fe - 1] == "中" and text.endswith(self.ranked_in, fs, fe - 1):
                fe -= 1  # 连续3年在…考核中排名第二: the assessment, not where in it
            if fs < fe:
                return self.unquote(text, fs, fe)
        return previous_metric

    def award_measure(self, text: str, s: int, e: int, facts: SentenceFacts) -> Optional[tuple[int, int]]:
        """The contest's measure between a verb of winning and the rank right after it (获得团体总分
        + 第一名 -> 团体总分, not the team that won it); None where no such verb is the segmenter's
        word in text[s:e] (破获, 抓获), or nothing but a pool or frame stands between (获全省第一)."""
        words = self.words(text)
        at = next((i for i in range(e - 1, s - 1, -1) if words.get(i) in self.award_rank_verbs), None)
        if at is None or self.rank_verbs.search(text, at + len(words[at]), e):
            return None
        ms, me = self.trim(text, at + len(words[at]), e, facts, ranked=True)
        return self.unquote(text, ms, me) if ms < me else None

    def after_pointer(self, text: str, s: int, e: int) -> int:
        """Where a streak's measure starts after 这也是 + who kept it (这也是该局 + 连续四年获评…: none
        left, what follows is the metric; 这也是该局 + 绩效考核 + 连续两年…: the measure)."""
        copula = next((w for w in self.pointer_copulas if text.startswith(w, s)), None)
        if copula is None:
            return s
        k = s + len(copula)
        holder = self.deictic.match(text, k, e)
        if holder is not None:
            return holder.end()
        pronoun = next((w for w in self.pointer_holders if text.startswith(w, k, e)), None)
        return k + len(pronoun) if pronoun else s

    def headless_relative(self, text: str, claim: ClaimMatch, span: tuple[int, int]) -> tuple[int, int]:
        """A 的 phrase that stands for the things counted, right before the count or its share
        predicate (其中涉及电鱼的 + 有6起, 移送司法机关追究刑事责任的 + 236人), is the metric whole, from
        its clause's start, when it opens with a verb or preposition (headless_openers) that the
        metric found after it left out (涉及 + 电鱼, 移送 + 司法机关…)."""
        s, e = span
        tail = self.headless_tail.match(text, e)
        if not (text[e - 1] == "的" or text.startswith("的", e)) or tail.end() != claim.start:
            return span
        cs = comma_clause_start(text, s, COMMA_CLAUSE_DELIMS + "：")
        if text.startswith("其中", cs):
            cs += 2
        at = cs
        w = next((w for w in self.headless_openers if text.startswith(w, at)), None)
        k = text.find("中", cs + 2, s + 1) if w is None else -1
        if k > 0 and text[k - 1] in self.people_before_among:
            at = k + 1  # (涉案人员中 + 有前科的有25人: the group the phrase is taken among is its head, kept)
            w = next((w for w in self.headless_openers if text.startswith(w, at)), None)
        if w is None or cs >= s or "的" in text[cs:s] or self.opens_word(text, at, w):
            return span  # (涉嫌欺诈发行的9家、违规披露…的36家: an earlier item; 被告人邓某的…: a noun)
        return cs, e

    def category_modifier_verb(self, text: str, verbs: list, e: int) -> Optional[re.Match]:
        """The governing verb of a counted noun whose category (X类 + 案件) is itself a verb phrase
        (共破获 + 冒用他人身份注册公司类案件, 共办理 + 非法倾倒固体废物类案件): the segment's first verb,
        where the last verb's object opens with such a category; None otherwise. Only where the
        segment holds both verbs (a lone 发放 + 补贴类诈骗案件 keeps its reading: what opens the
        segment before it may be a subject or a place, not the category)."""
        if self.category_object is None or len(verbs) < 2:
            return None
        m = self.category_object.match(text, verbs[-1].end(), e)
        return verbs[0] if m else None

    def final_verb(self, text: str, s: int, e: int, heads) -> Optional[tuple[int, int]]:
        """The verb that ends text[s:e] when an adverb of `final_verb_after`, 时 or a name stands
        right before it (先后作案, 刷单时被骗, 于女士被骗)."""
        if not ("时" in text[s:e] or any(he < e and s <= he for _, he in heads)
                or any(w in text[s:e] for w in self.final_verb_after)):
            return None  # (no cue: no need to segment the text)
        words = self.words_between(text, s, e)
        if len(words) >= 3 and words[-2] == "被" and len(words[-1]) == 1:
            words = words[:-2] + ["被" + words[-1]]  # 被/骗
        if len(words) < 2:
            return None
        last, before = words[-1], words[-2]
        verb = last in self.verbs or (last.startswith("被") and len(last) == 2) \
            or (len(last) == 2 and last[1] in self.resultative_ends)
        if len(last) < 2 or not verb:
            return None
        vs = e - len(last)
        if before in self.final_verb_after or before.endswith("时") or any(he == vs for _, he in heads):
            return vs, e
        return None

    def verb_word_spans(self, text: str, s: int, e: int) -> list[tuple[int, int]]:
        """Where the everyday verbs among the segmenter's words of text[s:e] start and end."""
        out, i = [], s
        for word in self.words_between(text, s, e):
            if word in self.verbs:
                out.append((i, i + len(word)))
            i += len(word)
        return out

    def last_action(self, text: str, s: int, e: int) -> Optional[tuple[int, int]]:
        """The last everyday verb of text[s:e] on the segmenter's words, with the words after it."""
        if not self.may_hold_verb(text, s - 1, e):
            return None
        starts = [vs for vs, _ in self.verb_word_spans(text, s, e) if vs > s]
        return (starts[-1], e) if starts else None

    def with_listed_items(self, text: str, metric: tuple[int, int], floor: int, facts: SentenceFacts) -> tuple[int, int]:
        """Items joined by 、 right before a metric belong to it (查处超速、超员、疲劳驾驶等交通违法行为
        -> 超速、超员、疲劳驾驶等交通违法行为; 共有民警、辅警 -> 民警、辅警): each short (8 characters at
        most once trimmed, 12 in a list closed by 等: 恶意损毁共享电动自行车、充电柜等警情, or in an item with a 的
        modifier of its own: 未经检疫的俄罗斯产大豆、亚麻籽; Latin letters and quote marks allowed: KTV、酒吧,
        “三无”食品、玩具); the first loses the governing verb it opens with, a verb with words after it
        (a verb that ends an item is a member: 商圈盗窃、抢夺案件). A measure word after an amount is no
        item (400余盆、运输车辆2辆)."""
        s, e = metric
        while s - 1 > floor and text[s - 1] == "、":
            a, b = self.trim(text, self.clause_start(text, s - 1, floor), s - 1, facts)
            if a > 0 and (text[a - 1].isdigit() or (text[a - 1] in self.infix_markers and text[a - 2 : a - 1].isdigit())):
                break  # 扣押野生兰花400余盆、运输车辆2辆: a measure word after an amount, no listed noun
            # (a compound inside the item governs nothing: 危化品运输车辆交通事故起数; one that runs on
            # over the 、 is the list's own verb: 组织、容留卖淫)
            verbs = [m for m in self.governing_matches(text, a, b) if not self.in_compound(text, a, m, within=b)]
            # a verb that ends the item is coordinated with the next (商圈盗窃、抢夺案件, 非法制造、买卖、
            # 运输…案件): a member of the list, not what governs it
            verbs = [m for m in verbs if m.end() < b]
            governed = bool(verbs)
            if verbs:
                # (接报涉及假票、黑导游的警情: 涉及 opens the counted noun's relative clause and stays, as
                # relative_verbs rule for a single item)
                keep = verbs[-1].group() in self.relative_verbs and "的" in text[s:e]
                a = verbs[-1].start() if keep else verbs[-1].end()
            # (an item with its own 的-modifier runs longer: 未经检疫的俄罗斯产大豆、亚麻籽, 疑似走私入境的菲律宾香蕉、泰国山竹)
            longest = 12 if "等" in text[s:e] or "的" in text[a:b] else 8
            if not verbs and b - a > longest:
                # an item too long to be one noun opens with what governs it, the last everyday verb
                # (伙同他人伪造 + 健康证、体检报告共计6800余份, 所长叶建军带领 + 民警、辅警6人)
                cut = self.last_verb_end(text, a, b)
                if cut is not None:
                    a, governed = cut, True
            # (an item may be Latin or quoted: KTV、酒吧等娱乐场所, “三无”食品、玩具, “捕、运、销”链条)
            if not a < b or b - a > longest \
                    or not all(is_han(ch) or ch in LIST_ITEM_EXTRA_CHARS or (ch.isascii() and ch.isalpha()) for ch in text[a:b]):
                break
            s = a
            if governed:
                break
        return s, e

    def last_verb_end(self, text: str, s: int, e: int) -> Optional[int]:
        """Where the last everyday verb of text[s:e] (on the segmenter's words) ends, when a word
        follows it; None where none does."""
        ends = [ve for _, ve in self.verb_word_spans(text, s, e) if ve < e]
        return ends[-1] if ends else None

    # -- subject ------------------------------------------------------------------
    def after_non_subject_marker(self, text: str, lo: int, start: int) -> bool:
        """A partner (会同X, 联合X), a location (在X, 赴X) or a beneficiary (为X, 为市民X) starts at
        `start`, not a subject."""
        for role in self.roles_before_names:
            if text.endswith(role, lo, start):
                start -= len(role)
                break
        return text.endswith(self.not_subject_after, lo, start) \
            or (self.located_after_modifier is not None
                and self.located_after_modifier.search(text, max(lo, start - 12), start) is not None)

    @staticmethod
    def in_brackets(text: str, lo: int, s: int) -> bool:
        """赵某（男，45岁，河北邯郸人）: an aside in brackets is about the person, not the claim."""
        depth = 0
        for ch in text[lo:s]:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth = max(0, depth - 1)
        return depth > 0

    def inside_frame(self, text: str, lo: int, s: int, e: int, persons=frozenset()) -> bool:
        """以陈某为首(的): the entity modifies what follows the frame. Not a person whose 为首 frame
        opens the clause (经查，以黄某某为首的犯罪团伙先后组织120余名…): the group it leads acted, and
        the leader is the subject, as a leading agent's (leading_agent)."""
        framed = any(text.endswith(before, lo, s) and text.startswith(after, e)
                     for before, after in self.frames_around_names.items())
        if framed and (s, e) in persons and text.startswith(self.leader_frame_ends, e) \
                and self.clause_opening(text, lo, s - 1, ()) is not None and not self.acted_on(text, e):
            return False
        return framed

    @staticmethod
    def acted_on(text: str, pos: int) -> bool:
        """A passive 被 between pos and the clause's end: what stands before pos was acted on
        (被告人李某等7人被判处…, 以王某为首的团伙被打掉)."""
        return PASSIVE_BEI.search(text, pos, comma_clause_end(text, pos)) is not None

    def list_member(self, text: str, lo: int, span: tuple[int, int], entities: list[tuple[int, int]]) -> bool:
        """An entity inside an enumeration is no subject: one followed by 、, 等 or 至 (辗转湖南、广东等
        5个省份: the count is of the list, not about 广东), and one after 、 whose list began after a
        locative or partner marker (在杭州、上海、南京作案20余起)."""
        s, e = span
        if text.startswith(("、", "等"), e) or BRACKET_THEN_DENG.match(text, e):
            return True  # (张某（男，31岁）等3人: the bracketed note before 等 goes with the name)
        ends = {b: a for a, b in entities}
        if text.startswith("至", e) and any(a == e + 1 for a, _ in entities):
            return True  # a route's ends (丹东至通化等7条高速公路), not 至少
        while s - 1 >= lo and text[s - 1] == "、" and (s - 1) in ends:
            s = ends[s - 1]
        if s != span[0] and self.list_total.match(text, e):
            return True  # 湖南、广东、广西、贵州四省区公安机关: the last of a list that a total closes
        t = span[0]
        while t in ends and lo <= ends[t] < t:
            t = ends[t]  # 在沪蓉高速宜昌收费站查获…: an entity right after a located one is located too
        if t != span[0] and self.after_non_subject_marker(text, lo, t):
            return True
        return s != span[0] and self.after_non_subject_marker(text, lo, s)

    def leading_agent(self, text: str, lo: int, s: int, e: int, persons) -> bool:
        """A person who opens a clause, maybe after a role (被告人徐某某等5人…, 张某某等人自…), and is
        followed by 等 + a count of people leads the group that acted (`agent_roles`)."""
        group = AGENT_GROUP.match(text, e) if (s, e) in persons else None
        if group is None:
            return False
        if self.acted_on(text, group.end()) or text.startswith(("落网", "归案", "到案"), group.end()):
            return False  # 被告人李某等7人被判处…, 周某某等9人落网: the group was acted on, the court or unit acted
        k = self.clause_start(text, s, lo)
        return text[k:s].strip() in self.agent_roles or not text[k:s].strip()

    def object_person(self, text: str, lo: int, s: int) -> bool:
        """A person after an arrest or sentencing verb of its clause is what was acted on
        (抓获…犯罪嫌疑人王某, 判处沈某…): `object_verbs`."""
        if self.object_verbs is None:
            return False
        start = self.clause_start(text, s, lo)
        while start - 1 > lo and text[start - 1] == "、":  # (抓获犯罪嫌疑人王某、钱某2人: the list's verb)
            start = self.clause_start(text, start - 1, lo)
        return self.object_verbs.search(text, start, s) is not None

    def object_of_verb(self, text: str, lo: int, s: int, e: int) -> bool:
        """A place right after a governing or everyday verb (the segmenter's word before it) and
        before a word of two or more characters that is no verb, opening a longer noun with it, is
        part of the verb's object (推进 + 长江禁渔执法监管, 开展 + 鄱阳湖禁捕水域巡查, 销售 + 长江禁捕水产品):
        it says which, not who the claim is about."""
        if e >= len(text) or not is_han(text[e]) or AMOUNT_NEAR.match(text, e):
            return False  # (寒潮导致孟加拉国至少39人死亡: where the count holds, before it)
        words = self.words(text)
        nxt = words.get(e, "")
        if len(nxt) < 2 or nxt in self.verbs:
            return False  # (袭击喀布尔共致27人丧命, 席卷芝加哥导致…: the place is the whole object)
        if any(m.end() == s for m in self.governing_matches(text, max(lo, s - 4), s)):
            return True
        before = self.word_ending_at(text, s)
        return s - len(before) >= lo and before in self.verbs

    def subject_candidates(self, text, lo, hi, entities, persons=frozenset(), objects=frozenset()) -> list[tuple[int, int]]:
        """`objects`: places inside a verb's object (object_of_verb), no subjects."""
        cands = []
        for s, e in entities:
            if (s, e) in objects:
                continue
            if self.rank_verb_before_scope.search(text, max(lo, s - 2), s):
                continue  # 位居金华市首位: where the ranking holds, not who is ranked
            if (s, e) in persons and self.object_person(text, lo, s):
                continue
            if lo <= s and e <= hi and not self.after_non_subject_marker(text, lo, s) \
                    and not self.in_brackets(text, lo, s) \
                    and not (self.list_member(text, lo, (s, e), entities) and not self.leading_agent(text, lo, s, e, persons)) \
                    and not self.inside_frame(text, lo, s, e, persons) \
                    and not self.modifies(text, e) \
                    and not (self.locative_after and self.locative_after.match(text, e, hi)):
                cands.append((s, e))
        for m in self.scopes.finditer(text, lo, hi):
            if self.rank_verb_before_scope.search(text, max(lo, m.start() - 2), m.start()) \
                    or self.rank_verb_then_place.search(text, max(lo, m.start() - 8), m.start()):
                continue  # 列全省第一, 位列台州全市第一: the scope of the ranking, not the subject
            if self.honour_verbs and self.honour_verbs.search(text, max(lo, m.start() - 4), m.start()):
                continue  # 获评全国禁毒示范社区: the scope of an honour's title
            if any(s <= m.start() < e for s, e in entities):
                continue
            if self.honour_after_scope and text.startswith(self.honour_after_scope, m.end()):
                continue  # 全国优秀人民警察: an honour's title, not who the claim is about
            if self.after_non_subject_marker(text, lo, m.start()) and not (
                    m.end() < hi and (text[m.end()].isdigit() or text[m.end()] in AMOUNT_OPENERS)
                    and text.endswith(self.scope_count_markers, lo, m.start())):
                # 在全市开展: where, not who; but 对全市1860家单位, 深入全县98所中小学: the scope of the
                # count right after it, and of that count only (resolve: scope_of_next)
                continue
            cands.append((m.start(), m.end()))
        if self.collective_scopes is not None:
            for m in self.collective_scopes.finditer(text, lo, hi):
                start = None if any(s <= m.start() < e for s, e in entities) else self.clause_opening(text, lo, m.start(), entities)
                if start is not None:
                    # 深圳、广州、佛山三地: the places and their total are the subject; 广东湛江、广西北海、
                    # 海南海口三地公安机关: a body of those places is
                    cands.append((m.start() if m.group().endswith(("公安机关", "警方")) else start, m.end()))
        return sorted(cands)

    def clause_opening(self, text: str, lo: int, pos: int, entities) -> Optional[int]:
        """Where the clause that pos opens starts: pos with nothing before it in the clause but a
        period (2023年三地…), or the start of a list of the entities it sums up that itself opens the
        clause (广东湛江、广西北海、海南海口三地公安机关); None where pos opens no clause (往返于金华、丽水两地,
        辗转黑、吉、辽三省: the places of a verb)."""
        starts = {e: s for s, e in entities}
        k, listed = pos, 0
        while k in starts:  # back over the places listed right before it
            k, listed = starts[k], listed + 1
            if k - 1 > lo and text[k - 1] == "、" and k - 1 in starts:
                k -= 1
            else:
                break
        if listed == 1:
            return None  # one place before it modifies it (新疆各地交警)
        head = self.clause_start(text, k, lo)
        while head < k and text[head].isspace():
            head += 1
        return k if head == k or any(s == head and e == k for s, e in self.find_periods(text, lo, k)) else None

    # -- all attributes -----------------------------------------------------------
    def resolve(self, text: str, claims: list[ClaimMatch], entities: list[tuple[int, int]],
                persons: frozenset = frozenset(), places: frozenset = frozenset()) -> list[Attributes]:
        """`persons`: the offsets of the entities that are persons (李某、王某某2人: names right
        before a count of people with no noun after it are what it counts, not its subject;
        希特勒3幅画作 is the owner's); `places`: those that are places (推进长江禁渔…: a place in a
        verb's object is no subject)."""
        out: list[Attributes] = []
        person_ends = {a: b for a, b in persons}  # (listed names before a count: names_clause_start)
        person_starts = {b: a for a, b in persons}
        sentences = sentence_ranges(text)
        # a sentence's claims and entities found by binary search (both sorted, neither
        # overlapping): a long document costs each sentence no more than a short one does
        doc_entities = sorted(entities)
        entity_ends = [e for _, e in doc_entities]
        claim_starts = [c.start for c in claims]
        claim_ends = [c.end for c in claims]
        indexed = ascending(entity_ends) and ascending(claim_starts) and ascending(claim_ends)
        for lo, hi in sentences:
            header = self.dateline.match(text, lo, hi) if self.dateline else None
            if header and header.end() < hi:
                lo = header.end()  # 新华社西安2月15日电 …: the dateline is no part of the sentence
            if indexed:
                first, stop = bisect_left(claim_starts, lo), bisect_left(claim_starts, hi)
                in_sentence = claims[first:stop]
                overlapping = claims[bisect_right(claim_ends, lo) : stop]
                entities = sentence_slice(doc_entities, entity_ends, lo, hi)
            else:  # (overlapping input, from a caller other than the component: every item)
                in_sentence = [c for c in claims if lo <= c.start < hi]
                overlapping, entities = claims, doc_entities
            if not in_sentence:
                continue
            comparisons = [m.span() for m in self.comparison.finditer(text, lo, hi)]
            periods = [
                p for p in self.find_periods(text, lo, hi)
                if all(p[1] <= c.start or p[0] >= c.end for c in overlapping)
                and not any(a <= p[0] < b for a, b in comparisons)
            ]
            # (占全省的46%, 高于全市平均水平: the whole or the base compared with is no subject)
            objects = {(s, e) for s, e in entities if (s, e) in places and lo <= s and e <= hi
                       and self.object_of_verb(text, lo, s, e)}
            subjects = [c for c in self.subject_candidates(text, lo, hi, entities, persons, objects)
                        if not any(a <= c[0] < b for a, b in comparisons)]
            # the candidates after a locative or partner marker are the scopes kept for the count
            # right after them (subject_candidates), subjects of that count only
            scope_of_next = {c for c in subjects if self.after_non_subject_marker(text, lo, c[0])}
            periods = self.after_subjects(text, periods, subjects, places)
            # entities that are no subjects (list members, partners, places, recipients) do not
            # start a metric either
            # (nor does one inside a verb's object: 建成 + 长江禁渔智能监控点位 keeps its place)
            members = [(s, e) for s, e in entities if lo <= s and e <= hi and (s, e) not in subjects
                       and (s, e) not in objects]
            # (深圳、广州、佛山三地刑事警情: the total of a listed subject opens no metric either)
            totals = [m.span() for s, e in subjects if self.collective_scopes and "、" in text[s:e]
                      for m in [self.collective_scopes.search(text, s, e)] if m and m.end() == e]
            facts = SentenceFacts(heads=tuple(sorted(set(subjects) | set(periods) | set(comparisons) | set(members) | set(totals))),
                                  periods=tuple(periods), comparisons=tuple(comparisons), persons=persons)
            # ，该团伙通过…: a clause about a referent no entity names; nothing before it is a subject
            # (not where an entity before it ends in the referent's word: 该校 of …培训学校, 该公司, 该行 of
            # …支行 refer back to it, as 该站 does)
            referents = [m.start() for m in self.clause_referent.finditer(text, lo, hi)
                         if not any(lo <= es and ee <= m.start() and text[m.end()] in text[max(es, ee - 3) : ee]
                                    for es, ee in entities)]
            prev, prev_end = None, lo
            for n, claim in enumerate(in_sentence):
                attrs = Attributes()
                ceil = in_sentence[n + 1].start if n + 1 < len(in_sentence) else hi
                floor = self.names_clause_start(text, self.clause_start(text, claim.start, lo), claim.start, lo,
                                                person_ends, person_starts)
                seg_start = max(floor, prev_end)
                pool = self.pool(text, floor, in_sentence[n - 1], claim, out[-1].metric) if n and claim.label == "RANK" else None
                if pool is not None:  # the rank measures what stands before the ranking, not the pool's noun
                    before_pool = in_sentence[n - 2].end if n > 1 else lo  # (the claim before the pool's count)
                    seg_start = max(pool[0], before_pool)
                between = text[prev_end : claim.start].strip()
                own_np = self.following_np(text, claim, ceil)
                if own_np is None and n + 1 < len(in_sentence) and in_sentence[n + 1].label == claim.label in ("MONEY", "PERCENT") \
                        and (in_sentence[n + 1].start == claim.end
                             or self.coordination.match(text[claim.end : in_sentence[n + 1].start].strip())):
                    # 可处5000元以上2万元以下罚款, 以每辆3000元至8000元不等的价格, 收取0.3%至0.5%的手续费:
                    # the bounds of a range share the money noun after them
                    nxt = in_sentence[n + 1]
                    nxt_ceil = in_sentence[n + 2].start if n + 2 < len(in_sentence) else hi
                    own_np = self.money_np_at(text, nxt.end, nxt_ceil) if claim.label == "MONEY" else self.fee_at(text, nxt.end, nxt_ceil)
                cut = min((a for a, b in periods if a < own_np[1] and own_np[0] < b), default=None) if own_np else None
                if cut is not None:
                    # the noun ends where a frame starts (12所高校 + 今年: 高校); a frame right after the
                    # count is no counted noun (赵某某等5人 + 自2021年起)
                    own_np = (own_np[0], cut) if cut > own_np[0] else None
                if prev is not None and self.coordination.match(between) and own_np is None:
                    attrs.metric, attrs.change = prev.metric, prev.change  # 上升23.5%和31.2%
                else:
                    # (32家网吧、15家数据中心: a count with a noun of its own shares nothing)
                    before_metric = (out[-2].metric if n > 1 else None) if pool is not None else prev.metric if prev else None
                    # (警力由原来的160余人精简至68人: both amounts measure the noun before 由, from the clause's start)
                    attrs.metric = self.from_to_metric(text, claim, floor, facts) \
                        or self.metric(text, claim, seg_start, ceil, facts, before_metric, own_np)
                    if prev is not None and prev.metric and attrs.metric == prev.metric \
                            and in_sentence[n - 1].unit in self.count_frequency_units and claim.unit not in self.count_frequency_units \
                            and prev.metric[0] >= in_sentence[n - 1].end:
                        # 先后4次倾倒污泥 + 共计86吨: the amount after an act counts the act's object, not the act
                        ms, me = prev.metric
                        verb = self.words(text).get(ms, "")
                        if len(verb) >= 2 and me - ms - len(verb) >= 2:
                            attrs.metric = (ms + len(verb), me)
                    if claim.label == "MONEY" and prev is not None and prev.metric and attrs.metric == prev.metric \
                            and in_sentence[n - 1].label == "COUNT" and in_sentence[n - 1].unit in self.person_measures \
                            and not text.endswith(self.money_nouns, *prev.metric):
                        # 骗取13名老人23万余元: the people are counted; what the money is, is what was taken
                        k = in_sentence[n - 1].start
                        verb = next((v for v in self.taking_verbs if text.endswith(v, 0, k)), None)
                        if verb:
                            attrs.metric = (k - len(verb), k)
                    if pool is not None and attrs.metric is None and text.startswith("在", pool[1]):
                        # 群众满意度在全省11个地市中排名第2位: the measure stands before the 在…中 pool
                        ms, me = self.trim(text, max(floor, before_pool), pool[1], facts, ranked=True)
                        attrs.metric = self.unquote(text, ms, me) if me - ms >= 2 and not self.rank_frame_only(text, (ms, me)) else None
                    if pool is not None and attrs.metric is None:
                        attrs.metric = before_metric  # (…比重达到61.5%，…在全市13个县中排名第四: the 比重's rank)
                    if attrs.metric is None and own_np is None and prev is None and claim.label in ("COUNT", "MONEY") \
                            and claim.unit not in self.person_measures and floor - 1 > lo and text[floor - 1] in self.total_clause_marks \
                            and text[floor : claim.start].strip() in self.total_clause_words:
                        # 查获一批GOIP设备，共计64台: the total counts the object the clause before ends with
                        # (not people: 为…民警颁发纪念章，共计215人 counts those given it)
                        k = floor - 1
                        pseudo = ClaimMatch(k, k, claim.label, claim.value, claim.unit, claim.approx)
                        found = self.metric(text, pseudo, self.clause_start(text, k, lo), k, facts, None, None)
                        if found and found[1] == k and found[1] - found[0] >= 2:
                            attrs.metric = found
                    if attrs.metric and (own_np is None or attrs.metric[1] <= claim.start):  # (民警、辅警640名 + 值守)
                        attrs.metric = self.with_listed_items(text, attrs.metric, max(lo, prev_end), facts)
                    # a measure word before a noun counts that noun (提升22项举措): not a change
                    counted = own_np is not None
                    attrs.change = None if counted else self.change(text, claim, seg_start, facts)
                    if attrs.change and prev is not None and prev.metric and attrs.metric \
                            and attrs.metric[1] == claim.start and attrs.metric[0] >= claim.start - 4 \
                            and self.more_or_fewer_verb(text, claim, seg_start, facts):
                        # (查处赌博案件214起，较去年同期多查处63起: more of the cases counted before)
                        attrs.metric = prev.metric
                # (由2020年的35%提高到82%: 2020年 is the 35%'s own frame, not the 82%'s)
                before = [p for p in periods if p[1] <= claim.start and not self.owned_by_other(text, p, claim, in_sentence)]
                if claim.label == "STREAK":  # a range, or a frame of as many years up to now (近5年来 of 连续五年),
                    # or the year it started (自2021年起，连续3年…: the gold tags 74 of 80 such starts)
                    # or an open frame from a named year or month that can hold the streak (2021年以来 …
                    # 连续3年, 今年以来 … 连续8个月: the dev gold 48 of 69; not 今年以来 … 连续三年, 0 of 12)
                    before = [p for p in before if RANGE.search(text[p[0] : p[1]]) or self.same_years(text, p, claim)
                              or text.endswith("起", p[0], p[1]) or self.since_named_start(text, p, claim)]
                attrs.period = before[-1] if before else None
                if attrs.period and text[attrs.period[0] : attrs.period[1]] in self.bare_years and self.up_to_opening:
                    # 截至11月底，…今年已侦破…: the bare year is the one the 截至 frame bounds
                    attrs.period = next((p for p in reversed(before[:-1]) if text.startswith(self.up_to_opening, p[0])),
                                        attrs.period)
                if attrs.period and text[attrs.period[0] : attrs.period[1]] in self.deictic_years:
                    attrs.period = None  # 今年共破获…: a deictic year frames no claim (it still cuts metrics as a frame)
                if claim.label != "STREAK":
                    # 连续两年位列全市考核第一名, 2023年…连续8年保持命案破案率100%: a claim in the clause
                    # of a streak holds over it (§4), unless a period stands between the two or the
                    # period is a range, the streak's own (2012年至2017年，连续六年…第一)
                    streak = next((c for c in reversed(in_sentence[:n]) if c.label == "STREAK"
                                   and self.clause_start(text, claim.start, lo) <= c.start), None)
                    if streak and (attrs.period is None or (attrs.period[0] < streak.start
                                                            and not RANGE.search(text[attrs.period[0] : attrs.period[1]]))):
                        attrs.period = (streak.start, streak.end)
                # (a scope inside the period names the frame, not the subject: 第110届全国糖酒会期间)
                # (破获涉长江流域污染环境案件41起，抓获犯罪嫌疑人95名: a place or body inside an earlier
                # claim's metric is part of what that claim counted, no subject of the next; a person there
                # stays one: 犯罪嫌疑人杨某某…盗采河砂1.2万方…获利50余万元, where that metric ran long)
                earlier = [a.metric for a in out[len(out) - n:] if a.metric] if n else []
                referent = max((k for k in referents if k + 1 < claim.start), default=-1)  # (the referent's word before the claim)
                subj = [c for c in subjects if c[1] <= claim.start and not (attrs.metric and attrs.metric[0] <= c[0] < attrs.metric[1])
                        and not (c not in persons and any(ms <= c[0] and c[1] <= me for ms, me in earlier))
                        and not (attrs.period and attrs.period[0] <= c[0] < attrs.period[1])
                        and not (pool is not None and c[0] >= pool[1])  # (在九江全市13个…中排名第四: 全市 is the pool's)
                        and not (c in persons and c[1] == claim.start and own_np is None and claim.unit in ("人", "名"))
                        and not (c in scope_of_next and c[1] != claim.start)
                        and not (c in persons and text.startswith("等", c[1]) and claim.start == c[1] + 1)  # 张某等5人: the group's own count
                        and c[0] > referent]
                attrs.subject = subj[-1] if subj else self.referent(text, lo, claim.start, entities)
                if self.subject_options:
                    attrs.sentence_start, attrs.rule_candidates = lo, tuple(subj)
                if attrs.metric and prev is not None and prev.metric and self.rank_frame_only(text, attrs.metric):
                    # 群众安全感达99.26%，连续十年居全省首位: a ranking verb and its scope measure nothing;
                    # the streak and the rank are of the measure before them
                    attrs.metric = prev.metric
                out.append(attrs)
                prev, prev_end = attrs, claim.end
                if attrs.metric and attrs.metric[0] >= claim.end:  # a noun after the claim is used up
                    prev_end = attrs.metric[1] + (1 if QUOTE_PAIRS.get(text[attrs.metric[0] - 1]) == text[attrs.metric[1]: attrs.metric[1] + 1] else 0)
            self.respectively(text, in_sentence, out[len(out) - len(in_sentence):],
                              [(s, e) for s, e in entities if lo <= s and e <= hi], facts)
            self.streak_of_rank(text, in_sentence, out[len(out) - len(in_sentence):])
        return out

    def referent(self, text: str, lo: int, pos: int, entities) -> Optional[tuple[int, int]]:
        """With no subject before the claim, what a 该站 / 该局 before it refers back to: the last
        entity of the sentence before it with that head (记者从昆明长水国际机场边检站获悉，…，该站共查验…)."""
        if self.deictic_head is None:
            return None
        ref = None
        for m in self.deictic_head.finditer(text, lo, pos):
            ref = m
        if ref is None:
            return None
        found = [(s, e) for s, e in entities if lo <= s and e <= ref.start() and text.endswith(ref.group(1), s, e)]
        return found[-1] if found else None

    def with_relative_head(self, text: str, claim: ClaimMatch, np: tuple[int, int], ceil: int) -> tuple[int, int]:
        """A count's words that end at 的 and hold a verb or a word of a relative clause (426名情节严重的驾驶人,
        3名迷路的徒步游客) describe the noun after 的: the whole phrase is the metric (the dev gold: 64 of 74
        with a listed verb; 18个省份的投注人员, with none, keeps 省份); not where the words before 的 end in a noun the
        measure word counts and the noun after does not (measure_heads: 286家养老机构的护理人员 keeps 养老机构)."""
        s, e = np
        if s != claim.end or not text.startswith("的", e) or e + 1 >= ceil or self.opens_word(text, e, "的"):
            return np
        if not any(w in self.verbs or w in self.relative_clause_words for w in self.words_between(text, s, e)):
            return np
        head = self.np_from(text, e + 1, ceil)
        if not head or head[1] - head[0] < 2:
            return np
        heads = self.measure_heads.get(claim.unit, ())
        if text.endswith(heads, s, e) and not text.endswith(heads, *head):
            return np  # 286家养老机构的护理人员: 家 counts the homes, 的 is possessive (measure_heads)
        return (s, head[1])

    def subset_predicate(self, text: str, claim: ClaimMatch, ceil: int) -> Optional[tuple[int, int]]:
        """What a part counted after 其中 or X中有 has or undergoes, to its clause's end (问题线索27条，其中9条已立案侦查
        -> 立案侦查; 其中2人系离家出走 -> 离家出走), without the adverbs, copulas and time limits before it
        (其中约80%在24小时内完成核查辟谣 -> 完成核查辟谣), a 、 list inside it kept; None where no two
        characters are left."""
        s, e = claim.end, comma_clause_end(text, claim.end, ceil)
        while s < e:
            skip = next((w for w in self.subset_predicate_skips if text.startswith(w, s)), None)
            frame = self.subset_time_frame.match(text, s, e) if skip is None and self.subset_time_frame else None
            if skip is None and frame is None:
                break
            s += len(skip) if skip else frame.end() - s
        return (s, e) if e - s >= 2 else None

    def scope_only(self, text: str, span: tuple[int, int]) -> bool:
        """The span is a scope and nothing else (全州, 全省): where a rank is held, no measure."""
        return self.scopes.fullmatch(text, *span) is not None

    def rank_frame_only(self, text: str, span: tuple[int, int]) -> bool:
        """The span is a ranking verb, maybe with its scope, and nothing else (居全省, 排名全省, 位居)."""
        m = self.rank_verbs.match(text, span[0], span[1])
        if m is None:
            return False
        if m.end() == span[1]:
            return True
        return self.scope_only(text, (m.end(), span[1]))

    def pool(self, text: str, floor: int, count: ClaimMatch, rank: ClaimMatch,
             counted: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """Whether a count is the set a rank is taken in, in the rank's clause: after a rank verb and
        maybe a scope (排名全省11个设区市第二), or in a 在…中 frame that ends before the rank
        (在九江全市13个县（市、区）公安局中排名第四; the count's noun `counted` ends the frame: in
        在全市48个派出所综合考评中 the frame is the assessment's). Returns where the rank's own measure may start
        (the clause start, or the frame's end) and where the pool's words start; None when it is no pool."""
        if count.label != "COUNT" or count.start < floor:
            return None
        verb = self.pool_opener.search(text, max(floor, count.start - 8), count.start)
        if verb:
            return floor, verb.start()
        opener = text.rfind("在", max(floor, count.start - 8), count.start)
        close = text.find("中", count.end, rank.start)
        if opener >= 0 and close > 0 and counted and counted[1] == close \
                and not any(ch in "，,；;。" for ch in text[opener:close]):
            return close + 1, opener
        return None

    @staticmethod
    def same_years(text: str, period: tuple[int, int], claim: ClaimMatch) -> bool:
        """A frame of N years up to now (近5年来, 五年来, 近三年) for a streak of N years (20年来 is no frame
        of 连续七年)."""
        m = YEARS_UP_TO_NOW.search(text, *period)
        if m is None or m.end() != period[1] or claim.unit != "年":
            return False
        try:
            return parse_number(m.group(1) or m.group(2)) == claim.value
        except (ValueError, KeyError):
            return False

    @staticmethod
    def since_named_start(text: str, period: tuple[int, int], claim: ClaimMatch) -> bool:
        """An open frame from a named year or month (2021年以来, 自去年8月以来, 今年以来) that can hold a
        streak up to now: a streak of years from a year before this one, of months from any (今年以来 …
        连续三年 is no frame of the streak: it began before this year)."""
        m = SINCE_NAMED_START.fullmatch(text, *period)
        if m is None or claim.unit not in ("年", "个月", "月"):
            return False
        return claim.unit != "年" or m.group("this") is None

    @staticmethod
    def owned_by_other(text: str, period: tuple[int, int], claim: ClaimMatch, claims: list[ClaimMatch]) -> bool:
        """The period is another claim's own, written right before it with 的 (2020年的35%)."""
        s = period[1] + (1 if text.startswith("的", period[1]) else 0)
        return s != period[1] and any(c.start == s and c is not claim for c in claims)

    def streak_of_rank(self, text: str, claims: list[ClaimMatch], attrs: list[Attributes]) -> None:
        """A streak whose clause goes on to a rank (在全省平安建设考核中，宜昌市公安局已连续三年位居第一)
        is a streak of that rank: it measures what the rank measures (the dev gold: 248 of 251)."""
        for n in range(len(claims) - 1):
            streak, rank = claims[n], claims[n + 1]
            if streak.label != "STREAK" or rank.label != "RANK" or attrs[n + 1].metric is None:
                continue
            gap = text[streak.end : rank.start]
            # (not across a 在…中 frame: 特种行业管理工作连续四年在全市综合考评中排名第一 is a streak of the work)
            if len(gap) <= self.streak_rank_gap and not any(ch in CLAUSE_DELIMS for ch in gap) \
                    and "在" not in gap and self.rank_verbs.search(gap):
                attrs[n].metric = attrs[n + 1].metric

    def respectively(self, text: str, claims: list[ClaimMatch], attrs: list[Attributes], entities,
                     facts: SentenceFacts) -> None:
        """分别 before coordinated claims maps them, in order, onto as many claims before it
        (查处酒驾4567起，其中醉驾1023起，同比分别下降15.2%和20.1%: 15.2% measures 酒驾, 20.1% 醉驾)."""
        for n in range(len(claims)):
            clause_start = self.clause_start(text, claims[n].start, 0)
            # (分列 / 分居 / 分获 say 分别 of a ranking: 昆明市、红河州分列第二、第三位)
            fen = max(text.rfind(w, clause_start, claims[n].start) for w in ("分别", "分列", "分居", "分获"))
            if fen < 0:
                continue
            group = [n]
            while group[-1] + 1 < len(claims) and self.coordination.match(
                    text[claims[group[-1]].end : claims[group[-1] + 1].start].strip()):
                group.append(group[-1] + 1)
            if len(group) < 2:
                continue
            metric = attrs[n].metric
            if metric and metric[0] > 0 and text[metric[0] - 1] in "、和与及":
                # the metric is the last of coordinated nouns (发案数、破案数): take them all
                metric = self.trim(text, self.list_start(text, metric[0]), metric[1], facts)
            total = self.list_total.match(text, metric[0]) if metric else None
            if total and total.end() < metric[1]:
                metric = (total.end(), metric[1])  # 杭州、宁波、温州三地电诈发案数 -> 电诈发案数
            parts = self.coordinated_parts(text, metric) if metric and metric[0] < metric[1] else []
            earlier = [k for k in range(n) if claims[k].label in ("COUNT", "MONEY") and attrs[k].metric]
            listed = self.listed_before(text, fen, facts)
            # (parts that hold claims of their own are the claims' clauses, not nouns: 查处酒驾违法
            # 行为1357起、醉驾187起，分别下降8.6%和11.4% -> the earlier claims' metrics)
            if any(c.start < e and c.end > s for s, e in parts for c in claims):
                parts = []
            if len(parts) == len(group):  # 发案数、破案数分别为300起和200起
                for part, g in zip(parts, group):
                    attrs[g].metric = part
            elif len(listed) == len(group) and not (metric and listed[0][0] <= metric[0] < listed[-1][1]):
                for part, g in zip(listed, group):  # 盗窃、诈骗、抢劫案件分别立案986起、512起、437起
                    attrs[g].metric = part
            elif len(earlier) >= len(group):
                for k, g in zip(earlier[-len(group):], group):
                    attrs[g].metric = attrs[k].metric
            elif metric is not None:
                for g in group:
                    attrs[g].metric = metric
            subjects = self.listed_entities(text, fen, entities)
            if len(subjects) == len(group):  # 杭州、宁波、温州三地…分别下降12%、9%和7%: one place each
                for subj, g in zip(subjects, group):
                    attrs[g].subject, attrs[g].subject_fixed = subj, True

    def list_start(self, text: str, start: int) -> int:
        """Where the coordinated list whose last item starts at `start` begins (、 delimits clauses
        too, so the walk goes clause by clause over 、 / 和 / 与 / 及)."""
        while start > 0 and text[start - 1] in "、和与及":
            start = self.clause_start(text, start - 1, 0)
        return start

    def listed_before(self, text: str, pos: int, facts: SentenceFacts) -> list[tuple[int, int]]:
        """The nouns of a 、-list that ends right before `pos` (盗窃、诈骗、抢劫案件分别…), or []."""
        start = self.clause_start(text, pos, 0)
        if start == 0 or text[start - 1] != "、":
            return []
        s, e = self.trim(text, self.list_start(text, start), pos, facts)
        return self.coordinated_parts(text, (s, e)) if s < e else []

    @staticmethod
    def listed_entities(text: str, pos: int, entities) -> list[tuple[int, int]]:
        """Entities joined by 、 / 和 / 与 / 及, the last in the clause of `pos` (杭州、宁波、温州三地电诈
        发案数分别…): the list of what the claims after 分别 are about, in order."""
        ends = {e: (s, e) for s, e in entities}
        last = max((e for s, e in entities if pos - 12 <= e <= pos and not any(c in CLAUSE_DELIMS for c in text[e:pos])),
                   default=None)
        if last is None:
            return []
        run = [ends[last]]
        while run[0][0] > 0 and text[run[0][0] - 1] in "、和与及" and (run[0][0] - 1) in ends:
            run.insert(0, ends[run[0][0] - 1])
        return run if len(run) >= 2 else []

    @staticmethod
    def coordinated_parts(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
        """刑事立案数和治安案件数 -> its coordinated noun phrases, as offsets."""
        out, s = [], span[0]
        for m in re.finditer("[、和与及]", text[span[0] : span[1]]):
            out.append((s, span[0] + m.start()))
            s = span[0] + m.end()
        out.append((s, span[1]))
        return [p for p in out if p[1] > p[0]] if len(out) > 1 else []

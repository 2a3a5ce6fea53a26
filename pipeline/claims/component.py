"""numeric_claims: claims into `doc.spans["claims"]` with their attributes as `Span._` values.

Runs after the entity merger: a claim's `subject` may be one of `doc.ents`. Spans carry
`value`, `unit`, `approx`, `change`, and `metric` / `period` / `subject` as
`{"start", "end", "text"}` dicts of character offsets (or None).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import resource_files
from ..entities.base import RuleComponent
from ..spans import CharSpan, doc_text, inside_any, make_spans
from .context import ClaimContext
from .grammar import ClaimGrammar, alt
from .metric_starts import MetricStarts, blocked_words, floor_before, governing_verbs, whole_words
from .subject_choice import SubjectChoice, option_table
from .numbers import CN_NUMERAL_CHARS

# where a claim's number starts: digits, Chinese numerals, and 半 (一半), 首 (首位), 第 (第一)
NUMERAL_CHARS = set("0123456789０１２３４５６７８９") | CN_NUMERAL_CHARS | set("半首第")


def offsets_to_dict(text: str, offsets):
    if offsets is None:
        return None
    s, e = offsets
    return {"start": s, "end": e, "text": text[s:e]}


class NumericClaims(RuleComponent):
    def __init__(self, name: str, data: dict, spans_key: str, metric_starts: bool = True, subject_choice: bool = True):
        self.spans_key = spans_key
        self.use_metric_starts = metric_starts
        self.use_subject_choice = subject_choice
        super().__init__(name, data)

    def compile(self) -> None:
        d = self.data
        self.grammar = ClaimGrammar(d["units"], d["markers"], d["context"])
        # (the markers' prefix_not_after: 约 of 预约 is no marker, so no metric loses it either; and the
        # infix markers between an amount and its measure word, 400余盆)
        context = {**d["context"], "prefix_not_after": d["markers"].get("prefix_not_after", {}),
                   "infix_markers": "".join(w for words in d["markers"].get("infix", {}).values() for w in words)}
        self.context = ClaimContext(context, d["units"], d.get("verbs", ()), d.get("unit_heads", ()))
        self.speaker_labels = set(d["context"].get("speaker_labels", ()))
        # the learned start of a metric (metric_starts.py); None keeps the rules' spans
        self.metric_starts = MetricStarts(d["metric_starts"], blocked_words(d["context"]), whole_words(d["context"]),
                                         governing_verbs(d["context"])) \
            if self.use_metric_starts and d.get("metric_starts") else None
        # the learned choice of a claim's subject (subject_choice.py); None keeps the rules' pick
        self.subject_choice = SubjectChoice(d["subject_choice"]) \
            if self.use_subject_choice and d.get("subject_choice") else None
        self.context.subject_options = self.subject_choice is not None
        self.source_marks = tuple(d["context"].get("source_marks", ()))
        together = d["context"].get("places_together", {})
        self.places_together_units = frozenset(together.get("units", ()))
        self.places_spelled_units = frozenset(together.get("spelled_units", ()))
        self.places_together_before = tuple(together.get("before", ()))
        self.places_together_after = tuple(together.get("after", ()))
        self.places_together_numerals = frozenset(together.get("numerals", ""))
        self.quoted_name_after = d["context"].get("quoted_name_after", 0)
        self.quoted_phrase_max = d["context"].get("quoted_phrase_max", 0)
        denomination = d["context"].get("denomination_after")
        self.denomination_after = re.compile(denomination) if denomination else None
        self.counts_referring_back = {u: tuple(ws) for u, ws in d["context"].get("counts_referring_back", {}).items()}
        verbs = d["context"].get("speaker_verbs", ())
        # the verb right after the name, or after where it was said (在表彰会上介绍, 在接受采访时说)
        self.speaker_after = re.compile(
            rf"(?:在[^，。；！？、,;!?\s]{{1,12}}?[上中时])?(?:{alt(verbs)})"
        ) if verbs else None

    def names_places_together(self, text: str, claim, place_ends: set) -> bool:
        """湘鄂赣三省, 云南、广东两省警方, 湛江、茂名、汕尾三市, 三省一市, 其他八市: a Chinese numeral and a
        kind of place right after the places it sums up, or referring back to them, names those places
        together; it asserts no count (the review sets' gold: 1 claim of 18)."""
        if claim.label != "COUNT" or claim.unit not in self.places_together_units or text[claim.start] not in self.places_together_numerals:
            return False
        return claim.start in place_ends or text.endswith(self.places_together_before, 0, claim.start) \
            or text.startswith(self.places_together_after, claim.end)

    def refers_back(self, text: str, claim) -> bool:
        """两项指标均居全市第一, 三人交代, 二人分别被判处, 两部门表示: a spelled-out numeral and its measure
        word before a word that sums up what was just listed (`counts_referring_back`): no count."""
        words = self.counts_referring_back.get(text[claim.start + 1 : claim.end])  # (one numeral, then the measure word)
        return bool(words) and claim.label == "COUNT" and text[claim.start] in self.places_together_numerals \
            and text.startswith(words, claim.end)

    def opens_quoted_name(self, text: str, claim) -> bool:
        """“十户联防”, “1元秒杀”, “三个确保”: a number that opens a quoted name whose mark closes a few
        characters after it names a scheme or a slogan, no count (the review sets' gold: 8 of 8); a
        quote that the claim fills (“三年连降”) stays one, and so does a streak (命案“连续五年全破”)."""
        if not self.quoted_name_after or claim.label not in ("COUNT", "MONEY") or claim.start == 0 or text[claim.start - 1] != "“":
            return False
        close = text.find("”", claim.end, claim.end + self.quoted_name_after + 1)
        return close > claim.end and "“" not in text[claim.end : close]

    def inside_quoted_phrase(self, text: str, claim) -> bool:
        """“投资200元，月赚3000元”, “日租金仅需99元”为诱饵, “某高速发生连环追尾致12人死亡”等虚假信息: a count,
        an amount or a share inside a short quoted phrase (no sentence end inside) is a bait's, a slogan's or a
        rumour's, no claim the text makes (the review sets' dev gold tags 3 of 16 such; `quoted_phrase_max`); a
        quote the claim fills whole (“三年连降”) and the streaks and ranks stay."""
        if not self.quoted_phrase_max or claim.label not in ("COUNT", "MONEY", "PERCENT", "MULTIPLE"):
            return False
        lo = max(0, claim.start - self.quoted_phrase_max)
        opening = text.rfind("“", lo, claim.start)
        if opening < 0 or "”" in text[opening:claim.start] or (opening > 0 and text[opening - 1] in "：:，,"):
            return False  # (说：“今年共破获案件120起”: a quote after a colon or a comma is speech)
        close = text.find("”", claim.end, opening + self.quoted_phrase_max + 2)
        if close < 0 or "“" in text[claim.end:close] or (opening + 1, close) == (claim.start, claim.end):
            return False
        return not any(c in text[opening:close] for c in "。！？!?")

    def denomination(self, text: str, claim) -> bool:
        """100元面额, 50元、100元面额纸币, 100元券: an amount that names a banknote's denomination
        (`denomination_after`), no amount claimed; 假币面额46.3万元 stays one."""
        return claim.label == "MONEY" and self.denomination_after is not None \
            and self.denomination_after.match(text, claim.end) is not None

    def spelled_places(self, text: str, claim) -> bool:
        """京津冀三地公安机关, 川渝两地: kinds of places that count only in digits (等5地, 等周边7省份);
        spelled out, they name the places together and were never claims, so they bound no metric."""
        return claim.label == "COUNT" and claim.unit in self.places_spelled_units and text[claim.start] in self.places_together_numerals

    @staticmethod
    def numeral_start(text: str, claim) -> int:
        """Where the number of a claim starts, after a marker (约 of 约25辆 may close 北约)."""
        return next((i for i in range(claim.start, claim.end) if text[i] in NUMERAL_CHARS), claim.start)

    def speaker(self, text: str, ent) -> bool:
        """李建国 in 所长李建国介绍 (or 李建国在会上介绍): the claim's source, never its subject."""
        return ent.label_ in self.speaker_labels and self.speaker_after is not None \
            and self.speaker_after.match(text, ent.end_char) is not None

    def attributes(self, doc: Doc):
        """The doc's text, its claims and their attributes (the rules', then the learned metric
        start's and subject choice's where those are on)."""
        text = doc_text(doc)  # Doc.text rebuilds the string on every access
        # a numeral inside a name the rules found counts nothing (三台 of 三台子派出所, 五台 of
        # 五台山, 九 of 马英九处理); the model's entities are not trusted with this (10万元大学)
        names = [(e.start_char, e.end_char) for e in doc.ents if e._.source != "ner"]
        # a spelled-out numeral inside a model name is part of it too (三元 of 三元里街道): names
        # spell their numbers, while the model's odd spans take digits (10万元大学)
        model_names = [(e.start_char, e.end_char) for e in doc.ents if e._.source == "ner"]
        claims = [c for c in self.grammar.find(text)
                  if not inside_any(names, k := self.numeral_start(text, c))
                  and not (text[k] in CN_NUMERAL_CHARS and inside_any(model_names, k))
                  and not self.spelled_places(text, c) and not self.opens_quoted_name(text, c)
                  and not self.inside_quoted_phrase(text, c) and not self.denomination(text, c)]
        places = frozenset((e.start_char, e.end_char) for e in doc.ents if e.label_ == "PLACE")
        attrs = self.context.resolve(text, claims, [(e.start_char, e.end_char) for e in doc.ents if not self.speaker(text, e)],
                                     frozenset((e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"),
                                     places)
        if self.places_together_units:
            # (dropped after the attributes: the count still bounds its neighbours' metrics, 向赣湘粤三省 + 拨…)
            place_ends = {e for _, e in places}
            kept = [k for k, c in enumerate(claims) if not self.names_places_together(text, c, place_ends)
                    and not self.refers_back(text, c)]
            claims, attrs = [claims[k] for k in kept], [attrs[k] for k in kept]
        if self.metric_starts is not None:
            starts = fixed = None
            for c, a in zip(claims, attrs):
                if a.metric is not None and not self.context.after_share_copula(text, c, a.metric):
                    if starts is None:
                        starts = frozenset(self.context.words(text))
                        fixed = [(e.start_char, e.end_char) for e in doc.ents] + [(c.start, c.end) for c in claims]
                    # (a metric may grow back to the entity, claim, period or subject before it, not into it)
                    floor = floor_before(a.metric[0], fixed + [x for x in (a.period, a.subject) if x])
                    a.metric = (self.metric_starts.start(text, *a.metric, starts, floor), a.metric[1])
        if self.subject_choice is not None and claims:
            for (table, a) in zip(self.subject_tables(doc, text, claims, attrs), attrs):
                if table is not None:
                    a.subject = self.subject_choice.choose(table, a.subject)
        return text, claims, attrs

    def subject_tables(self, doc: Doc, text: str, claims, attrs) -> list:
        """Each claim's subject options and their features (subject_choice.option_table), from the
        attributes the rules gave with `context.subject_options` set; None where the rules' subject
        is fixed (Attributes.subject_fixed), no choice."""
        kinds = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
        return [option_table(text, (c.start, c.end, c.label), a.sentence_start, a.rule_candidates,
                             a.subject, kinds, a.metric, self.source_marks) if not a.subject_fixed else None
                for c, a in zip(claims, attrs)]

    def __call__(self, doc: Doc) -> Doc:
        text, claims, attrs = self.attributes(doc)
        spans = make_spans(doc, [CharSpan(c.start, c.end, c.label) for c in claims])
        for span, claim, a in zip(spans, claims, attrs):
            span._.value = claim.value
            span._.unit = claim.unit
            span._.approx = claim.approx
            span._.change = a.change
            span._.metric = offsets_to_dict(text, a.metric)
            span._.period = offsets_to_dict(text, a.period)
            span._.subject = offsets_to_dict(text, a.subject)
        doc.spans[self.spans_key] = spans
        return doc


def load_data() -> dict:
    return {
        "units": resource_files.read_json("claims/units.json"),
        "markers": resource_files.read_json("claims/markers.json"),
        "context": resource_files.read_json("claims/context.json"),
        # People's Daily's everyday verbs: a counted noun ends before one (5名民选议员卷入…)
        "verbs": resource_files.read_lines("organisations/everyday_verbs.txt"),
        # the police grammar's sub-unit heads: a bare one opening a clause is its subject, not
        # part of the metric (刑侦大队全年共侦破命案12起 -> 命案); one- and two-character heads
        # (分局, 大队) open too many other words
        "unit_heads": [h for h in resource_files.read_json("police_units/grammar.json")["sub_units"] if len(h) >= 3],
        # learned from the review sets by `python -m pipeline.claims.metric_starts train`
        "metric_starts": resource_files.read_json("claims/metric_starts.json") if resource_files.exists("claims/metric_starts.json") else None,
        # learned from the review sets by `python -m pipeline.claims.subject_choice train`
        "subject_choice": resource_files.read_json("claims/subject_choice.json") if resource_files.exists("claims/subject_choice.json") else None,
    }


@Language.factory("numeric_claims", default_config={"spans_key": "claims", "metric_starts": True, "subject_choice": True})
def make_numeric_claims(nlp: Language, name: str, spans_key: str, metric_starts: bool, subject_choice: bool) -> NumericClaims:
    """`metric_starts`: cut each metric where the learned model says it starts (metric_starts.py);
    `subject_choice`: pick each claim's subject as the learned model says (subject_choice.py)."""
    return NumericClaims(name, load_data(), spans_key, metric_starts, subject_choice)

"""Where a claim's metric starts: a small model learned from the blind-review sets.

The rules find a metric's end well (the counted noun before the number) and its start less well:
a verb, scope or modifier they do not list stays in front (违规拷贝公司芯片设计图纸 -> 芯片设计图纸,
群众举报传销线索 -> 传销线索), or a word of the noun phrase is left out (盗窃、诈骗案件 -> 诈骗案件). This
model looks at every word start inside the rule metric and up to `EXTEND` characters before it
(the shipped segmenter's words; never across punctuation, a digit, a space, an entity, another
claim, the claim's period or subject, or a word the rules strip) and scores starting there against keeping the rules' start. It is an averaged
perceptron over character features of the boundary, trained on the rules' own metrics of the
review sets that are not held back (corpus/reviews/held_out.txt), so it learns what the
annotators strip from, or add to, what the rules give; it moves only the start, and only when
the best start beats the rules' by `margin`.

Build (the card: pipeline/resources/claims/README.md):
    python -m pipeline.claims.metric_starts train --out pipeline/resources/claims/metric_starts.json
    python -m pipeline.claims.metric_starts cv        # 5-fold cross-validation over the same sets
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

import srsly

from .learned import LinearModel, review_set_command, tally, train_ranker

FEATURES_VERSION = 3  # 2: starts before the rules' (extension to the left, negative ncut); 3: keep ≠ paragraph start, the moved word
START = "<S>"
KEEP = "<K>"
MOVED_WORD = 4  # the longest stretch taken back or dropped that is a feature of its own
DEMONSTRATIVES = "该此这本"
# an age bound that qualifies the people measured (60岁以上老年人占比, 18至25岁青年): the review sets'
# gold keeps it in the metric 45 times, drops it 4, so no start cuts inside it or right after it
AGE_BOUND = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:至[0-9０-９一二三四五六七八九十]+)?周?岁(?:及?以上|及?以下|以内)?")


def boundary_features(text: str, s: int, b: int) -> list[str]:
    """Features of keeping text[b:e] of the rule metric text[s:e] (b == s keeps it whole): the
    characters either side of the cut, the two before and after it, how many are dropped, and the
    word or two moved (taken back or dropped)."""
    # (keeping the rules' start and growing to the paragraph's start were one "before" until
    # version 3: a growth to a short text's start took the weight of keeping)
    before = KEEP if b == s else START if b == 0 else text[b - 1]
    feats = [
        f"pc={before}",
        f"nc={text[b]}",
        f"first={b == s}",
        f"pc|nc={before}|{text[b]}",
        f"ncut={max(min(b - s, 6), -6)}",
        f"pw2={text[max(s, b - 2):b] if b >= s else text[max(0, b - 2):b]}",
        f"nw2={text[b:b + 2]}",
    ]
    # what the move takes back or drops, when it is a word or two (捐赠, 全国特级): the characters
    # either side say little about a verb taken back whole
    if 0 < abs(b - s) <= MOVED_WORD:
        feats.append(f"mv=+{text[b:s]}" if b < s else f"mv=-{text[s:b]}")
    return feats


# characters a metric may grow to the left (cross-validation before the floor and word guards:
# growing 4 characters +178 metrics right, 8 +198)
EXTEND = 8
# a metric never grows across these (、 lists stay: 盗窃、诈骗案件); a space parts a headline's clauses
# (高中生发明新型褥子获专利 四年收入60万)
STOPS = frozenset("，。；：！？,;:!?（）()“”\"《》【】0123456789０１２３４５６７８９\n\t \u3000")


def candidates(text: str, s: int, e: int, word_starts, floor: int = 0, blocked: Optional[re.Pattern] = None,
               governing: frozenset = frozenset()) -> list[int]:
    """Word starts from up to EXTEND characters before s (not before `floor`, not across a stop
    character, not taking back a word the rules strip: `blocked`, nor a passive verb with its
    subject before it: `governing`) to the end of the metric, and s."""
    left = []
    b = s - 1
    # a metric that ends at 、 is one item of a list (诈骗 of 盗窃、诈骗、抢劫案件分别立案986起、512起…): it
    # never takes the item before it (the dev gold: 113 metrics end at a 、, none holds one)
    item = e < len(text) and text[e] == "、"
    while b >= max(floor, s - EXTEND) and text[b] not in STOPS and not (item and text[b] == "、"):
        if b in word_starts:
            if blocked is not None and blocked.search(text, b, s):
                break
            if governing and b > floor and passive_with_subject(text, b, word_starts, governing):
                break
            left.append(b)
        b -= 1
    return left[::-1] + [b for b in range(s, e) if b == s or b in word_starts]


def passive_with_subject(text: str, b: int, word_starts, governing: frozenset) -> bool:
    """Whether text[b] is a 被 + governing verb with a noun before it, the verb's subject (小伙子假期|被安排
    相亲, 公司被处以罚款: the object is the metric, as ANNOTATION.md's metric leaves the governing verb
    out; 29 dev-gold metrics start right after a 被V, nearly all after its subject). After another
    governing verb or a count the passive is the metric's own (解救被拐骗妇女, 追回被侵占资金, 其中21人
    被判处…: most of the 32 dev-gold metrics that open with a 被V)."""
    if text[b] != "被" or b == 0 or text[b - 1] in STOPS or not any(text[b + 1:j] in governing for j in range(b + 2, b + 5)):
        return False
    before = max((i for i in range(max(0, b - 4), b) if i in word_starts), default=None)
    return before is None or text[before:b] not in governing


def governing_verbs(context: dict) -> frozenset:
    """From the claim rules' context.json, the governing verbs (抓获, 处以, 安排): a metric that grows
    to the left takes none back with 被 after the verb's subject (passive_with_subject)."""
    return frozenset(context.get("governing_verbs", ()))


def blocked_words(context: dict) -> list[str]:
    """From the claim rules' context.json, what a metric that grows to the left never takes back:
    the adverbs and quantifiers the rules strip from its front (共, 累计, 各类), which ANNOTATION.md's
    metric leaves out. (Their governing verbs too cost 42 metrics in cross-validation: the gold keeps
    a verb that modifies, 被侵占资金, 录入DNA数据库.)"""
    bound = context.get("strip_leading_bound", {})
    # (as patterns: a word the rules keep before its bound characters is taken back like any
    # other, 立 of 立案审查调查, 在 of 在逃人员)
    return [re.escape(w) + (f"(?![{re.escape(bound[w])}])" if bound.get(w) else "")
            for w in context.get("strip_leading", ())]


def whole_words(context: dict) -> list[str]:
    """From the claim rules' context.json, patterns of nouns the metric start never cuts inside:
    the rules' noun compounds (违章搭建, 人脸识别: no verb governs inside them) and the nouns that open
    with a verb (`metric_whole_nouns`: 共享单车, where 共享 was cut like a governing verb)."""
    return list(context.get("noun_compounds", ())) + list(context.get("metric_whole_nouns", ()))


def blocked_pattern(words: Iterable[str]) -> Optional[re.Pattern]:
    """One pattern of the words (blocked_words' patterns) a metric that grows to the left never takes back."""
    words = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(words)) if words else None


def floor_before(s: int, spans: Iterable[tuple[int, int]]) -> int:
    """Where a metric starting at s may grow back to: the end of the last span (an entity, a
    claim, the claim's period or subject) that ends at or before s."""
    return max((end for start, end in spans if end <= s), default=0)


class MetricStarts(LinearModel):
    name, features_version = "metric_starts", FEATURES_VERSION

    def __init__(self, data: dict, blocked_words: Iterable[str] = (), whole_nouns: Iterable[str] = (),
                 governing: Iterable[str] = ()):
        super().__init__(data)
        self.blocked = blocked_pattern(blocked_words)
        self.governing = frozenset(governing)
        whole = list(whole_nouns)
        self.whole = re.compile("|".join(f"(?:{w})" for w in whole)) if whole else None

    def cuts_a_whole_noun(self, text: str, s: int, e: int, b: int) -> bool:
        """Whether a start at b falls inside one of `whole_nouns` met around the metric text[s:e]."""
        return self.whole is not None and any(
            m.start() < b < m.end() for m in self.whole.finditer(text, max(0, min(s, b) - EXTEND), e))

    def start(self, text: str, s: int, e: int, word_starts, floor: int = 0) -> int:
        """The metric's start: s, or a candidate start that beats s by the margin; `floor`: where
        the words the metric may take begin (after the entities, period and subject before it)."""
        keep = self.score(boundary_features(text, s, s))
        best, best_score = s, keep + self.margin
        for b in candidates(text, s, e, word_starts, floor, self.blocked, self.governing):
            # a one-character metric left is mostly a word the segmenter split (获|赔); a cut
            # before a 的 leaves part of the phrase that modifies the noun (提供|银行卡的团伙); a
            # demonstrative and its classifier open the noun phrase (此类案件: the review sets'
            # gold keeps 此类 57 times, drops it 16)
            if b == s or b == e - 1 or "的" in text[b:e] or (b - 2 >= s and text[b - 2] in DEMONSTRATIVES):
                continue
            sc = self.score(boundary_features(text, s, b))
            if sc > best_score:
                best, best_score = b, sc
        if best != s and "岁" in text[s:e]:
            # (受骗群众中60岁以上|老年人占比: a cut inside or right after an age bound moves to its start)
            age = next((m for m in AGE_BOUND.finditer(text, s, e) if m.start() < best <= m.end()), None)
            if age is not None:
                return max(s, age.start())
        # 共享|单车, 人脸|识别: a best start inside one noun (whatever the segmenter says) was a verb
        # cut off the noun's front: keep the rules' start rather than the next best cut
        # (共享单车被盗警情 would lose 共享单车 then)
        return s if best != s and self.cuts_a_whole_noun(text, s, e, best) else best


def train(examples: list[tuple], epochs: int = 4, blocked: Optional[re.Pattern] = None,
          governing: frozenset = frozenset()) -> dict[str, float]:
    """Averaged perceptron over (text, s, e, gold_start, word_starts, floor): each example picks the
    best-scoring start among `candidates` (ties keep s); a wrong pick moves the weights."""
    def table_of(x):
        text, s, e, gold, starts, floor = x
        return [(b, boundary_features(text, s, b)) for b in candidates(text, s, e, starts, floor, blocked, governing)], gold, s
    return train_ranker(examples, epochs, table_of)


# ---- building the training data from the review sets -------------------------------------------

def rule_metrics(files: list[Path], nlp=None) -> dict[str, list[tuple]]:
    """Per set, (text, rule metric, gold metric, floor, word starts) for every gold claim the
    pipeline found with the same span and a metric on both sides; the pipeline runs without this
    model."""
    import pipeline
    from ..io.review import doc_to_record
    from ..segmentation.fast_cut import words_at

    nlp = nlp or pipeline.load()
    claims_pipe = nlp.get_pipe("numeric_claims")
    # (the subject choice runs after the metric start and is off too: a metric's floor is the rules' subject)
    saved, claims_pipe.metric_starts = claims_pipe.metric_starts, None
    saved_subjects, claims_pipe.subject_choice = claims_pipe.subject_choice, None
    out = {}
    try:
        for path in files:
            gold = list(srsly.read_jsonl(path))
            rows = []
            for g, doc in zip(gold, nlp.pipe([r["text"] for r in gold], batch_size=256)):
                record = doc_to_record(doc, g.get("meta"))
                pred = {(c["start"], c["end"]): c for c in record["claims"]}
                fixed = [(x["start"], x["end"]) for x in record["spans"] + record["claims"]]
                starts = None
                for c in g.get("claims", []):
                    p = pred.get((c["start"], c["end"]))
                    if p and p.get("metric") and c.get("metric"):
                        s = p["metric"]["start"]
                        own = [(a["start"], a["end"]) for a in (p.get("period"), p.get("subject")) if a]
                        starts = starts or frozenset(words_at(g["text"], 0, len(g["text"])))
                        rows.append((g["text"], (s, p["metric"]["end"]), (c["metric"]["start"], c["metric"]["end"]),
                                     floor_before(s, fixed + own), starts))
            out[path.stem] = rows
    finally:
        claims_pipe.metric_starts, claims_pipe.subject_choice = saved, saved_subjects
    return out


def to_examples(rows: list[tuple], blocked: Optional[re.Pattern] = None, governing: frozenset = frozenset()) -> list[tuple]:
    """Training examples: rule metrics whose gold ends where they end and starts at one of their
    candidates (a gold metric elsewhere teaches nothing about where to cut)."""
    out = []
    for text, (s, e), (gs, ge), floor, starts in rows:
        if ge != e:
            continue
        if gs in candidates(text, s, e, starts, floor, blocked, governing):
            out.append((text, s, e, gs, starts, floor))
    return out


def score_rows(model: Optional[MetricStarts], rows: list[tuple]) -> Counter:
    return tally(((s, e) == gold, ((model.start(text, s, e, starts, floor) if model else s), e) == gold)
                 for text, (s, e), gold, floor, starts in rows)


def main(argv=None) -> int:
    from .. import resource_files

    context = resource_files.read_json("claims/context.json")
    words = blocked_words(context)
    blocked = blocked_pattern(words)
    whole = whole_words(context)
    governing = governing_verbs(context)
    return review_set_command(
        argv, prog="python -m pipeline.claims.metric_starts", description=__doc__.split("\n\n")[0],
        out="pipeline/resources/claims/metric_starts.json", margin=2.0, margins=(1.0, 2.0, 2.5, 3.0), noun="metrics",
        rows_of=rule_metrics, examples_of=lambda rows: to_examples(rows, blocked, governing),
        fit=lambda examples, epochs: train(examples, epochs, blocked, governing),
        model_of=lambda data: MetricStarts(data, words, whole, governing),
        score=score_rows, features_version=FEATURES_VERSION)


if __name__ == "__main__":
    sys.exit(main())

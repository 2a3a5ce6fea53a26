"""entity_merger: combine candidate entities into non-overlapping `doc.ents`.

Candidates come from the rule components' span groups and from `doc.ents` as set by a
statistical `ner` earlier in the pipeline. The policy is configurable:

- `longest` (default): the longest candidate wins (ANNOTATION.md: "longest chain wins");
  ties go to the source listed first in `priority`.
- `priority`: a candidate from a source earlier in `priority` wins any overlap; ties in
  priority go to the longer span.

`priority` lists sources by name; `ner` stands for the statistical model's entities.

`rules_win_labels`: a rule candidate with one of these labels wins every overlap with a model
entity, whatever the policy. Default `["POLICE_UNIT"]`: the police-unit grammar is the
authority on unit names and their boundaries, while the model saw few units in training (about
500, all mapped from other corpora's organisations) and tends to run past a unit name
(临海市公安局看守所会同… → 临海市公安局看守所会). With every label listed, the rules decide
every boundary they found and the model only fills the gaps.

`split_mixed_runs` (default true): a model entity made exactly of two or more adjacent rule
candidates, the last a place after a body or a person (人民网杭州 as a PLACE = ORG 人民网 +
PLACE 杭州 in a dateline), gives way to them: the model ran two entities together. A place
before a body is the body's own name (美国司法部, 温州市中级人民法院) and stays one entity.

`rules_win_crossings` (default true): a model entity that cuts through a rule candidate (starts
before it and ends inside it, or the other way round: 杭州市余杭区五常街道何 of 五常街道何女士) has
a wrong edge and is dropped; entities that contain rule candidates or lie inside them still
compete by the policy.

With `keep_candidates = false` (the default) the candidate span groups and the attributes of
candidates that lost are removed once `doc.ents` is set: everything they held is in the
chosen entities, and carrying them costs serialisation time (multiprocessing, DocBin) and
DocBin size.
"""
from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import ENTITY_ATTRS
from ..spans import CharSpan, make_spans

MODEL_SOURCE = "ner"


class EntityMerger:
    def __init__(
        self,
        name: str,
        span_keys: list[str],
        priority: list[str],
        policy: str,
        keep_candidates: bool = False,
        rules_win_labels: Iterable[str] = (),
        split_mixed_runs: bool = False,
        rules_win_crossings: bool = False,
    ):
        if policy not in ("longest", "priority"):
            raise ValueError(f"entity_merger: policy must be 'longest' or 'priority', not {policy!r}")
        self.name = name
        self.span_keys = span_keys
        self.priority = priority
        self.policy = policy
        self.keep_candidates = keep_candidates
        self.rules_win_labels = set(rules_win_labels)
        self.split_mixed_runs = split_mixed_runs
        self.rules_win_crossings = rules_win_crossings

    @staticmethod
    def mixed_run(span: CharSpan, rules: list[CharSpan]) -> bool:
        """`span` is exactly two or more adjacent rule spans ending in a place that follows
        something else (人民网 + 杭州)."""
        inside = sorted((r for r in rules if span.start <= r.start and r.end <= span.end), key=lambda r: r.start)
        pos, run = span.start, []
        for r in inside:
            if r.start == pos:
                run.append(r)
                pos = r.end
        return pos == span.end and len(run) >= 2 and run[-1].label == "PLACE" \
            and any(r.label != "PLACE" for r in run[:-1])

    def rank(self, source: str) -> int:
        return self.priority.index(source) if source in self.priority else len(self.priority)

    def choose(self, candidates: Iterable[tuple[CharSpan, str]]) -> list[tuple[CharSpan, str]]:
        def key(item):
            span, source = item
            length = span.end - span.start
            if self.policy == "longest":
                return (-length, self.rank(source), span.start)
            return (self.rank(source), -length, span.start)

        kept: list[tuple[CharSpan, str]] = []
        for span, source in sorted(candidates, key=key):
            if all(span.end <= k.start or span.start >= k.end for k, _ in kept):
                kept.append((span, source))
        return sorted(kept, key=lambda item: item[0].start)

    def __call__(self, doc: Doc) -> Doc:
        # entities already in doc.ents come from a statistical component before the merger: their
        # source is `ner` whatever `_.source` says, since span attributes are keyed by offsets
        # only and a rule candidate with the same offsets shares them
        model = [(CharSpan(e.start_char, e.end_char, e.label_), MODEL_SOURCE) for e in doc.ents]
        rules = []
        for key in self.span_keys:
            group = doc.spans.get(key)
            if group is None:
                continue
            # the group's source, not span._.source: rule spans at the same offsets share that
            source = group.attrs.get("source") or key
            for span in group:
                rules.append((CharSpan(span.start_char, span.end_char, span.label_), source))
        if self.rules_win_labels and model:
            strong = [cs for cs, _ in rules if cs.label in self.rules_win_labels]
            model = [(cs, src) for cs, src in model if all(cs.end <= s.start or cs.start >= s.end for s in strong)]
        plain = [cs for cs, _ in rules]
        if self.split_mixed_runs and model:
            model = [(cs, src) for cs, src in model if not self.mixed_run(cs, plain)]
        if self.rules_win_crossings and model:
            # a model span that cuts through a rule span (杭州市余杭区五常街道何 of …街道何女士)
            # has a wrong boundary: the rule span's edges stand
            model = [(cs, src) for cs, src in model if not any(
                (r.start < cs.start < r.end < cs.end) or (cs.start < r.start < cs.end < r.end) for r in plain)]
        chosen = self.choose(model + rules)
        spans = make_spans(doc, [cs for cs, _ in chosen])
        for span, (_, source) in zip(spans, chosen):
            if source == MODEL_SOURCE:  # a rule candidate's attributes at these offsets are not its
                for attr in ENTITY_ATTRS:
                    doc.user_data.pop(("._.", attr, span.start_char, span.end_char), None)
            span._.source = source
        doc.ents = spans
        if not self.keep_candidates:
            self.drop_candidates(doc, {(cs.start, cs.end) for cs, _ in chosen})
        return doc

    def drop_candidates(self, doc: Doc, kept: set) -> None:
        for key in self.span_keys:
            if key in doc.spans:
                del doc.spans[key]
        # span attributes live in user_data under ("._.", name, start, end)
        # (Doc attributes use the same key with None offsets and stay)
        for key in [k for k in doc.user_data if isinstance(k, tuple) and len(k) == 4 and k[0] == "._."]:
            if isinstance(key[2], int) and (key[2], key[3]) not in kept:
                del doc.user_data[key]


@Language.factory(
    "entity_merger",
    default_config={
        "span_keys": ["police_units", "organisations", "places", "persons"],
        "priority": ["police_units", "organisations", "places", "persons", MODEL_SOURCE],
        "policy": "longest",
        "keep_candidates": False,
        "rules_win_labels": ["POLICE_UNIT"],
        "split_mixed_runs": True,
        "rules_win_crossings": True,
    },
)
def make_entity_merger(
    nlp: Language,
    name: str,
    span_keys: list[str],
    priority: list[str],
    policy: str,
    keep_candidates: bool,
    rules_win_labels: list[str],
    split_mixed_runs: bool,
    rules_win_crossings: bool,
) -> EntityMerger:
    return EntityMerger(name, span_keys, priority, policy, keep_candidates, rules_win_labels, split_mixed_runs,
                        rules_win_crossings)

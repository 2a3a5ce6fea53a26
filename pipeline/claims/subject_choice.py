"""Which entity or scope a claim is about: a small model learned from the blind-review sets.

The rules find the entities and scopes before a claim in its sentence that may be its subject
(not a list member, a partner after 会同, a beneficiary after 为, a place inside a verb's object,
the scope of a ranking …: ANNOTATION.md and the rulings in corpus/README.md) and pick the
nearest. Where they go wrong with candidates to choose from, the nearest is often not the one
the claim is about (a person named on the way, a place that modifies a later noun, a unit in an
earlier clause) or the annotators give none. This model scores each of the rules' candidates and
no subject with an averaged perceptron over features of the option (its label, the characters
around it, how far it is from the claim and how many candidates lie between, whether the rules
picked it) and replaces the rules' pick only when the best option beats it by `margin`. It never
picks what the rules set aside, so every ruling of theirs holds.

Trained on the rules' own candidates and picks over the review sets that are not held back
(corpus/reviews/held_out.txt), so it learns where the annotators part from the rules.

Build (the card: pipeline/resources/claims/README.md):
    python -m pipeline.claims.subject_choice train --out pipeline/resources/claims/subject_choice.json
    python -m pipeline.claims.subject_choice cv        # 5-fold cross-validation over the same sets
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import srsly

from .learned import LinearModel, review_set_command, tally, train_ranker

FEATURES_VERSION = 1
START = "<S>"
END = "<E>"
NONE = None  # the option of no subject
CLAUSE_MARKS = frozenset("，,；;：:")


def bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-6" if n <= 6 else "7-15" if n <= 15 else "16+"


def option_features(text: str, lo: int, claim: tuple[int, int, str], option, kind: str, rank: int,
                    picked: bool, metric) -> list[str]:
    """Features of choosing `option` ((start, end) or None) as the subject of `claim` (start, end,
    label) in the sentence starting at `lo`; `kind` is its label (SCOPE for 全市 …), `rank` the
    candidates between it and the claim, `picked` whether the rules chose it. For None, `kind` is
    the label of the rules' pick and `rank` the number of candidates."""
    cs, _, label = claim
    if option is None:
        return ["none", f"none|picked={picked}", f"none|n={min(rank, 3)}", f"none|claim={label}",
                f"none|pw2={text[max(lo, cs - 2):cs]}", f"none|pick={kind}"]
    s, e = option
    pc = text[s - 1] if s > lo else START
    nc = text[e] if e < len(text) else END
    pw2 = text[max(lo, s - 2):s] if s > lo else START
    commas = min(sum(ch in CLAUSE_MARKS for ch in text[e:cs]), 3)
    inside = bool(metric) and metric[0] <= s < metric[1]
    k = kind
    return [
        f"k={k}",
        f"picked={picked}|k={k}",
        f"pc={pc}", f"pc|k={pc}|{k}", f"pw2={pw2}", f"pw2|k={pw2}|{k}",
        f"nc={nc}", f"nc|k={nc}|{k}", f"nw2={text[e:e + 2]}", f"nw2|k={text[e:e + 2]}|{k}",
        f"head={text[e - 1]}", f"head2={text[max(s, e - 2):e]}",
        f"rank={min(rank, 3)}", f"rank|k={min(rank, 3)}|{k}",
        f"commas={commas}", f"commas|k={commas}|{k}",
        f"gap={bucket(cs - e)}",
        f"first={s == lo}",
        f"inmetric={inside}",
        f"claim|k={label}|{k}",
    ]


def option_table(text: str, claim: tuple[int, int, str], lo: int, candidates, picked, kinds: dict, metric,
                 sources: tuple = ()) -> list:
    """(option, features) for every option of one claim: the rules' candidates (`candidates`),
    their pick if it is none of them (a 该局's referent, a place of 分别), and no subject. A
    candidate right before a reporting verb or a colon (`sources`: 世卫组织称…) is the report's
    source, no option."""
    opts = sorted({o for o in candidates if not (sources and text.startswith(sources, o[1]))}
                  | ({picked} if picked is not None else set()))
    table = [(o, option_features(text, lo, claim, o, kinds.get(o, "SCOPE"), len(opts) - 1 - i, o == picked, metric))
             for i, o in enumerate(opts)]
    pick_kind = "-" if picked is None else kinds.get(picked, "SCOPE")
    table.append((NONE, option_features(text, lo, claim, NONE, pick_kind, len(opts), picked is None, metric)))
    return table


class SubjectChoice(LinearModel):
    name, features_version = "subject_choice", FEATURES_VERSION

    def choose(self, table: list, picked):
        """The rules' pick, or an option that beats it by the margin."""
        scores = {o: self.score(f) for o, f in table}
        best = max(scores, key=lambda o: (scores[o], o == picked))
        return best if scores[best] > scores[picked] + self.margin else picked


def train(examples: list[tuple], epochs: int = 4) -> dict[str, float]:
    """Averaged perceptron over (table, gold option, rules' pick): each example picks its
    best-scoring option (ties keep the rules' pick, then go to no subject and the nearest
    candidate: the table read from its end); a wrong pick moves the weights."""
    return train_ranker(examples, epochs, lambda x: (x[0][::-1], x[1], x[2]))


# ---- building the training data from the review sets -------------------------------------------

def rule_subjects(files: list[Path], nlp=None) -> dict[str, list[tuple]]:
    """Per set, (table, gold subject, rules' pick) for every gold claim the pipeline found with
    the same span; the pipeline runs without this model (the metric start stays on: an option's
    `inmetric` feature reads the metric the pipeline gives)."""
    import pipeline

    nlp = nlp or pipeline.load()
    claims_pipe = nlp.get_pipe("numeric_claims")
    saved, claims_pipe.subject_choice = claims_pipe.subject_choice, None
    claims_pipe.context.subject_options = True
    out = {}
    try:
        for path in files:
            gold = list(srsly.read_jsonl(path))
            rows = []
            docs = nlp.pipe([r["text"] for r in gold], batch_size=256, disable=["numeric_claims"])
            for g, doc in zip(gold, docs):
                text, claims, attrs = claims_pipe.attributes(doc)
                tables = claims_pipe.subject_tables(doc, text, claims, attrs)
                found = {(c.start, c.end): (t, a) for c, a, t in zip(claims, attrs, tables)}
                for gc in g.get("claims", []):
                    hit = found.get((gc["start"], gc["end"]))
                    if hit is None or hit[0] is None:  # not found, or a subject that is no choice
                        continue
                    table, a = hit
                    gs = gc.get("subject")
                    rows.append((table, (gs["start"], gs["end"]) if gs else None, a.subject))
            out[path.stem] = rows
    finally:
        claims_pipe.subject_choice = saved
        claims_pipe.context.subject_options = saved is not None
    return out


def to_examples(rows: list[tuple]) -> list[tuple]:
    """Training examples: claims whose gold subject is one of their options (a 该局 the
    annotators wrote as a subject, a span the pipeline does not find, or one the rules set aside
    teaches nothing)."""
    return [(t, gold, picked) for t, gold, picked in rows if any(o == gold for o, _ in t)]


def score_rows(model: Optional[SubjectChoice], rows: list[tuple]) -> Counter:
    return tally((picked == gold, (model.choose(table, picked) if model else picked) == gold) for table, gold, picked in rows)


def main(argv=None) -> int:
    return review_set_command(
        argv, prog="python -m pipeline.claims.subject_choice", description=__doc__.split("\n\n")[0],
        out="pipeline/resources/claims/subject_choice.json", margin=2.0, margins=(0.0, 0.5, 1.0, 2.0, 4.0), noun="subjects",
        rows_of=rule_subjects, examples_of=to_examples, fit=train, model_of=SubjectChoice, score=score_rows,
        features_version=FEATURES_VERSION)


if __name__ == "__main__":
    sys.exit(main())

"""A self-contained HTML review page: entities by displaCy, claims marked with their
attributes, a per-label summary and a filter by label. No network at view time.

All document text goes through displaCy, which escapes it; every other string (meta,
attributes, labels) goes through `html.escape` here. Nothing of the documents is ever put
into the page's script.
"""
from __future__ import annotations

import html
import warnings
from collections import Counter
from typing import Iterable

from spacy import displacy
from spacy.tokens import Doc

from .formats import LABEL_COLOURS
from .review import CLAIMS_KEY, dumps, record_to_doc

ATTR_COLUMNS = ("value", "unit", "approx", "change", "metric", "period", "subject")

STYLE = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.3em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }
section.doc { border-top: 1px solid #ddd; padding: 0.5em 0; }
section.doc[hidden] { display: none; }
.meta { color: #777; font-size: 0.8em; }
.summary td.n { text-align: right; }
.claims-view { border-left: 3px solid #9467bd; padding-left: 0.5em; }
"""

# Filters sections by their data-labels; it reads only the page's own attributes.
SCRIPT = """
function applyFilter(want) {
  var shown = 0;
  document.querySelectorAll('section.doc').forEach(function (s) {
    var labels = (s.getAttribute('data-labels') || '').split(' ');
    var show = want === 'all' || labels.indexOf(want) !== -1;
    s.hidden = !show;
    if (show) { shown += 1; }
  });
  document.getElementById('shown').textContent = shown;
}
var select = document.getElementById('label-filter');
select.addEventListener('change', function (ev) {
  applyFilter(ev.target.value);
  history.replaceState(null, '', ev.target.value === 'all' ? '#' : '#label=' + ev.target.value);
});
// a filter can be linked to: page.html#label=ORG
var m = /^#label=([A-Z_]+)$/.exec(location.hash);
if (m && select.querySelector('option[value="' + m[1] + '"]')) { select.value = m[1]; applyFilter(m[1]); }
"""


def _cell(value) -> str:
    if isinstance(value, dict) and "text" in value:
        value = value["text"]
    return "" if value is None else html.escape(str(value))


def _claims_table(claims: list[dict]) -> str:
    head = "".join(f"<th>{c}</th>" for c in ("claim", "label", *ATTR_COLUMNS))
    rows = []
    for c in claims:
        cells = [_cell(c.get("text")), _cell(c.get("label"))] + [_cell(c.get(a)) for a in ATTR_COLUMNS]
        rows.append("<tr class=\"claim\">" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    return f"<table class=\"claims\"><tr>{head}</tr>{''.join(rows)}</table>"


def _document(i: int, record: dict, vocab) -> tuple[str, set]:
    doc = record_to_doc(vocab, record)
    labels = {e.label_ for e in doc.ents} | {c.label_ for c in doc.spans.get(CLAIMS_KEY, [])}
    parts = [f"<p class=\"meta\">#{i} {html.escape(dumps(record.get('meta', {})))}"]
    if record.get("answer"):
        parts.append(f" · answer: {html.escape(str(record['answer']))}")
    parts.append("</p>")
    with warnings.catch_warnings():  # a document without entities is normal here (W006)
        warnings.simplefilter("ignore", UserWarning)
        parts.append(displacy.render(doc, style="ent", options={"colors": LABEL_COLOURS}, page=False, jupyter=False))
    claims = record.get(CLAIMS_KEY, [])
    if claims:
        # claims never overlap each other: shown inline like entities, on a copy of the doc
        view = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        view.ents = [view.char_span(c.start_char, c.end_char, label=c.label_) for c in doc.spans[CLAIMS_KEY]]
        parts.append("<div class=\"claims-view\">")
        parts.append(displacy.render(view, style="ent", options={"colors": LABEL_COLOURS}, page=False, jupyter=False))
        parts.append("</div>")
        parts.append(_claims_table(claims))
    attr = html.escape(" ".join(sorted(labels)))
    return f"<section class=\"doc\" data-labels=\"{attr}\">{''.join(parts)}</section>", labels


def review_page(records: Iterable[dict], title: str = "review") -> str:
    from .convert import blank_vocab

    vocab = blank_vocab()
    sections, counts, docs_with = [], Counter(), Counter()
    for i, record in enumerate(records):
        section, labels = _document(i, record, vocab)
        sections.append(section)
        counts.update(s["label"] for s in record.get("spans", []))
        counts.update(c["label"] for c in record.get(CLAIMS_KEY, []))
        docs_with.update(labels)
    rows = "".join(
        f"<tr><td>{html.escape(label)}</td><td class=\"n\">{counts[label]}</td><td class=\"n\">{docs_with[label]}</td></tr>"
        for label in sorted(counts)
    )
    options = "".join(f"<option value=\"{html.escape(lb)}\">{html.escape(lb)}</option>" for lb in sorted(counts))
    return f"""<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>{html.escape(title)}</title><style>{STYLE}</style></head>
<body>
<h1>{html.escape(title)}</h1>
<table class="summary"><tr><th>label</th><th>mentions</th><th>documents</th></tr>{rows}</table>
<p><label>Show documents with <select id="label-filter"><option value="all">all labels</option>{options}</select></label>
 · <span id="shown">{len(sections)}</span> of {len(sections)} documents</p>
{''.join(sections)}
<script>{SCRIPT}</script>
</body>
</html>
"""

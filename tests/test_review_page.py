"""The HTML review page, checked in a real headless Chromium (installed by .ci/run)."""
import re
import shutil
import subprocess

import pytest

from conftest import SEED
from pipeline.io.html import review_page
from pipeline.io.review import doc_to_record

BROWSER = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium on PATH (.ci/run installs Debian's chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-default-apps"]


def browser(tmp_path, *args):
    profile = tmp_path / "profile"
    proc = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120)
    return proc.stdout


@pytest.fixture(scope="module")
def seed_records(nlp):
    texts = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [doc_to_record(d, {"paragraph": i}) for i, d in enumerate(nlp.pipe(texts))]


def test_page_is_self_contained(seed_records):
    page = review_page(seed_records, title="seed")
    assert not re.search(r"(src|href)=\"(https?:)?//", page)  # nothing fetched at view time
    assert page.count('<section class="doc"') == 41


@needs_browser
def test_page_renders_documents_and_attributes(seed_records, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(review_page(seed_records, title="seed"), encoding="utf-8")
    dom = browser(tmp_path, "--dump-dom", path.as_uri())
    assert dom.count('<section class="doc"') == 41
    for expected in ("温州市公安局鹿城区分局南浦派出所", "POLICE_UNIT", "3.9万余人", "more_than", "电诈犯罪嫌疑人", "近5年来"):
        assert expected in dom
    shot = tmp_path / "page.png"
    browser(tmp_path, "--window-size=1200,1600", f"--screenshot={shot}", path.as_uri())
    assert shot.is_file() and shot.stat().st_size > 20_000


@needs_browser
def test_filter_by_label(seed_records, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(review_page(seed_records), encoding="utf-8")
    dom = browser(tmp_path, "--dump-dom", path.as_uri() + "#label=PERSON")
    with_person = sum(any(s["label"] == "PERSON" for s in r["spans"]) for r in seed_records)
    assert re.search(rf'<span id="shown">{with_person}</span>', dom)
    assert dom.count('<section class="doc" data-labels=') - dom.count(" hidden") == with_person


@needs_browser
def test_markup_in_documents_is_shown_as_text_and_never_runs(tmp_path):
    text = '<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">温州公安破案3起'
    start = text.index("温州公安")
    record = {
        "text": text, "meta": {"source": "<img src=x onerror=\"document.title='pwned'\">"},
        "spans": [{"start": start, "end": start + 4, "label": "POLICE_UNIT"}],
        "claims": [{"start": start + 6, "end": start + 8, "label": "COUNT", "value": 3, "unit": "起", "approx": "exact",
                    "change": None, "metric": {"start": 0, "end": 8, "text": "<script>alert(1)</script>"}, "period": None, "subject": None}],
    }
    path = tmp_path / "xss.html"
    path.write_text(review_page([record], title="xss"), encoding="utf-8")
    dom = browser(tmp_path, "--dump-dom", path.as_uri())
    assert "<title>xss</title>" in dom and "pwned</title>" not in dom
    assert "<img" not in dom  # the tag is text, not an element
    assert "&lt;script&gt;document.title" in dom and "&lt;script&gt;alert(1)" in dom

"""The review page: structure and offsets checked here, layout and clicks in headless Chromium.

The browser test needs Debian's ``chromium`` (``.ci/run`` installs it when missing, and sets
``PRESSIE_REQUIRE_BROWSER=1`` so that CI fails instead of skipping when it is absent).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import pressie
from pressie.cli import main
from pressie.render import render_html

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "001_c618f2dbbfec88f1.txt"

# written for these tests: traditional script, CRLF line ends, a campaign, an agency,
# a change, and characters HTML must escape
TRADITIONAL = (
    "（本報訊）2021年5月31日\r\n"
    "今年1至4月，全省公安機關共破獲電信網絡詐騙案件1200餘起，同比上升12.5%，"
    "抓獲犯罪嫌疑人3600餘名。\r\n"
    "在“斷卡”行動中，河南省公安廳查扣涉案資金3.2億元。<b>&amp;</b>"
)
SIMPLIFIED = (
    "2020年,全区公安机关共破获各类刑事案件36239起,同比上升8.5%,抓获犯罪嫌疑人30760名。\n"
    "今年1至4月,全省共破获电信网络诈骗案件1200余起,较去年同期的1000起多破200起。"
)


class _TextOf(HTMLParser):
    """The text of ``#doc-text`` and the code-point offsets of the elements inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside #doc-text
        self.chars: list[str] = []
        self.marks: list[tuple[dict[str, str], int]] = []  # (attrs, offset) of each element
        self.open: list[tuple[dict[str, str], int]] = []
        self.closed: list[tuple[dict[str, str], int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if self.depth:
            self.depth += 1
            self.open.append((a, len("".join(self.chars))))
        elif a.get("id") == "doc-text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.depth:
                a, start = self.open.pop()
                self.closed.append((a, start, len("".join(self.chars))))

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.chars.append(data)


def _parse(page: str) -> _TextOf:
    parser = _TextOf()
    parser.feed(page)
    return parser


def _value_pieces(parsed: _TextOf, i: int) -> list[tuple[int, int]]:
    return sorted(
        (start, end)
        for a, start, end in parsed.closed
        if "value" in a.get("class", "").split() and str(i) in a.get("data-f", "").split()
    )


@pytest.mark.parametrize("text", [TRADITIONAL, SIMPLIFIED])
def test_page_text_is_the_document_and_values_sit_at_their_offsets(text: str) -> None:
    doc = pressie.extract(text)
    assert doc.facts, "the test text must give facts"
    page = render_html(doc, source="test.txt")
    parsed = _parse(page)
    assert "".join(parsed.chars) == text  # CR kept (&#13;), <b>&amp;</b> escaped, as written
    for i, fact in enumerate(doc.facts):
        if fact.value is None:
            continue
        pieces = _value_pieces(parsed, i)
        assert pieces and pieces[0][0] == fact.value.start and pieces[-1][1] == fact.value.end
        assert "".join(text[a:b] for a, b in pieces) == fact.value.text
    assert page.count('<tr id="f') == len(doc.facts)


def test_traditional_text_is_shown_as_written() -> None:
    doc = pressie.extract(TRADITIONAL)
    page = render_html(doc)
    assert doc.script == "traditional"
    assert "破獲電信網絡詐騙案件" in page and "河南省公安廳" in page
    parsed = _parse(page)
    entities = [
        (a["class"], TRADITIONAL[s:e]) for a, s, e in parsed.closed if "ent" in a["class"].split()
    ]
    assert entities == [(f"ent ent-{x.label}", x.text) for x in doc.entities]


def test_unencodable_characters_keep_offsets() -> None:
    text = "全省破获\x00刑事案件\ud800 3起,\r抓获12人。"
    doc = pressie.extract(text)
    page = render_html(doc)
    page.encode("utf-8")  # a lone surrogate would make this fail
    shown = "".join(_parse(page).chars)
    assert len(shown) == len(text)
    assert shown == text.replace("\x00", "\ufffd").replace("\ud800", "\ufffd")


def test_render_html_rejects_what_is_not_a_document() -> None:
    with pytest.raises(TypeError, match="Document"):
        render_html("全省破获刑事案件3起")  # type: ignore[arg-type]


def test_render_command_writes_a_page(tmp_path: Path) -> None:
    src = tmp_path / "release.txt"
    src.write_bytes(TRADITIONAL.encode("big5", errors="strict"))
    out = tmp_path / "page.html"
    assert main(["render", str(src), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "".join(_parse(page).chars) == TRADITIONAL
    assert main(["render", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1


# --------------------------------------------------------------------------- in Chromium

# Runs in the page after its own script: measures every value highlight and clicks every
# row, then writes the findings into <pre id="pressie-test-result"> for --dump-dom.
_HARNESS = r"""
<script>
(function () {
  var root = document.getElementById('doc-text');
  var pane = document.getElementById('text-pane');
  function cpOffset(el) {
    var r = document.createRange();
    r.setStart(root, 0);
    r.setEndBefore(el);
    return Array.from(r.toString()).length;
  }
  var out = {text: Array.from(root.textContent).length, values: {}, clicks: {}};
  document.querySelectorAll('#doc-text mark.value').forEach(function (el) {
    var rect = el.getBoundingClientRect();
    var style = getComputedStyle(el);
    el.dataset.f.split(' ').forEach(function (f) {
      (out.values[f] = out.values[f] || []).push({
        start: cpOffset(el),
        text: el.textContent,
        background: style.backgroundColor,
        width: rect.width,
        height: rect.height
      });
    });
  });
  document.querySelectorAll('#facts tbody tr').forEach(function (row) {
    row.click();
    var s = root.querySelector('.sent[data-s~="' + row.dataset.f + '"]');
    var sr = s ? s.getBoundingClientRect() : null;
    var pr = pane.getBoundingClientRect();
    out.clicks[row.dataset.f] = {
      current: !!s && s.classList.contains('current'),
      rowCurrent: row.classList.contains('current'),
      inView: !!sr && sr.bottom > pr.top && sr.top < pr.bottom,
      valueCurrent: Array.prototype.every.call(
        root.querySelectorAll('mark.value[data-f~="' + row.dataset.f + '"]'),
        function (m) { return m.classList.contains('current'); })
    };
  });
  var pre = document.createElement('pre');
  pre.id = 'pressie-test-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def _browser() -> str | None:
    for name in (os.environ.get("PRESSIE_BROWSER"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    found = _browser()
    if found is None:
        if os.environ.get("PRESSIE_REQUIRE_BROWSER"):
            pytest.fail("PRESSIE_REQUIRE_BROWSER is set but no chromium was found")
        pytest.skip("headless Chromium not installed (apt-get install -y chromium)")
    return found


def _run_in_browser(browser: str, page: str, tmp_path: Path) -> dict:
    path = tmp_path / "page.html"
    path.write_text(page.replace("</body>", _HARNESS + "</body>"), encoding="utf-8")
    proc = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1280,900",
            "--virtual-time-budget=5000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    found = re.search(r'<pre id="pressie-test-result">(.*?)</pre>', proc.stdout, re.S)
    assert found, f"no result from the browser (exit {proc.returncode}): {proc.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.parametrize("name", ["traditional", "seed"])
def test_every_value_is_highlighted_in_place_in_chromium(
    browser: str, name: str, tmp_path: Path
) -> None:
    text = TRADITIONAL if name == "traditional" else SEED.read_text(encoding="utf-8")
    doc = pressie.extract(text)
    result = _run_in_browser(browser, render_html(doc, source=name), tmp_path)
    assert result["text"] == len(text)
    with_value = [i for i, f in enumerate(doc.facts) if f.value is not None]
    assert with_value
    for i in with_value:
        value = doc.facts[i].value
        assert value is not None
        pieces = result["values"].get(str(i))
        assert pieces, f"fact {i}: value {value.text!r} not highlighted"
        assert pieces[0]["start"] == value.start, (i, value)
        assert "".join(p["text"] for p in pieces) == value.text
        for p in pieces:
            assert p["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), (i, p)
            assert p["width"] > 0 and p["height"] > 0, (i, p)
    assert set(result["clicks"]) == {str(i) for i in range(len(doc.facts))}
    for f, click in result["clicks"].items():
        assert click == {
            "current": True,
            "rowCurrent": True,
            "inView": True,
            "valueCurrent": True,
        }, f

"""Regenerate ``docs/img/review-page.png``: the review page of an own document in Chromium.

    apt-get install -y chromium fonts-noto-cjk   # the browser and CJK glyphs
    python scripts/screenshot_review.py [--fact N]

The document is ``tests/data/docs/own_003_mps_fraud_trad.txt`` (written for the project, in
traditional script, so the page shows the text as written); the page opens with fact N
selected (``page.html#fact-N``) to show a row linked to its sentence.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "data" / "docs" / "own_003_mps_fraud_trad.txt"
TARGET = ROOT / "docs" / "img" / "review-page.png"


def main() -> None:
    """Render the page and take the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fact", type=int, default=8, help="the fact selected on opening")
    parser.add_argument("--size", default="1400,860", help="window size W,H")
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium not found: apt-get install -y chromium fonts-noto-cjk")

    import pressie

    text = SOURCE.read_text(encoding="utf-8")
    page = pressie.render_html(pressie.extract(text), source=SOURCE.relative_to(ROOT).as_posix())
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "page.html"
        html.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--window-size={args.size}",
                f"--screenshot={TARGET}",
                f"{html.as_uri()}#fact-{args.fact}",
            ],
            check=True,
            capture_output=True,
        )
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()

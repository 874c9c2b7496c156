"""Cost per character of one long sentence against a short one (issue 12, linear cost).

usage:
    python benchmarks/long_sentence.py [--groups 100 1600] [--repeat 3]

A generated sentence of N clause groups (盗窃案件i同比下降P%,抓获犯罪嫌疑人M名, all figures
distinct, so nothing is deduplicated) is extracted whole; the best of ``--repeat`` passes is
divided by its length.  The ratio big/small is the figure to compare (run a baseline in the
same call, e.g. an older checkout on ``PYTHONPATH``): near 1 means linear cost.
"""

from __future__ import annotations

import argparse
import time


def sentence(n: int) -> str:
    """One sentence of ``n`` clause groups with distinct figures."""
    groups = "".join(
        f"盗窃案件{i}同比下降{i % 90 + 1}.{i % 10}%,抓获犯罪嫌疑人{100 + i}名," for i in range(n)
    )
    return "今年以来,全市" + groups + "成效明显。"


def per_char(text: str, repeat: int) -> float:
    """Best seconds per character of ``pressie.extract`` on ``text``."""
    import pressie

    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        pressie.extract(text, published="2024-05-01")
        best = min(best, time.perf_counter() - t0)
    return best / len(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--groups", type=int, nargs=2, default=[100, 1600])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    small, big = (sentence(n) for n in args.groups)
    per_char(small, 1)  # warm-up: models and lexicons loaded
    s, b = per_char(small, args.repeat), per_char(big, args.repeat)
    print(f"{len(small)} chars: {s * 1e6:.1f} us/char; {len(big)} chars: {b * 1e6:.1f} us/char; "
          f"ratio {b / s:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

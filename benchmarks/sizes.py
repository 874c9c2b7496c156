"""Sizes of pressie's code: the longest modules, classes and functions (by ``ast``).

usage:
    python benchmarks/sizes.py                  # the working tree's src/pressie
    python benchmarks/sizes.py --rev 9bb14da    # the same at a git revision
    python benchmarks/sizes.py --top 15 --under src/pressie/relations

Lines are counted from a definition's first line (decorators included) to its last.  The
limits of issue 10 are printed with the number of definitions over each: modules over 900
lines, classes over 400, functions (methods and nested functions too) over 80.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMITS = {"module": 900, "class": 400, "function": 80}


@dataclass(frozen=True)
class Size:
    """One module, class or function and its length in lines."""

    kind: str
    name: str
    lines: int


def sizes_of(path: str, source: str) -> list[Size]:
    """The sizes of module ``path`` and of every class and function defined in it."""
    tree = ast.parse(source, filename=path)
    out = [Size("module", path, len(source.splitlines()))]

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                lines = (child.end_lineno or child.lineno) - first + 1
                kind = "class" if isinstance(child, ast.ClassDef) else "function"
                name = f"{prefix}{child.name}"
                out.append(Size(kind, f"{path}:{name}", lines))
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return out


def _sources(under: str, rev: str | None) -> dict[str, str]:
    """``{path: source}`` of the ``.py`` files under ``under`` (at git revision ``rev``)."""
    if rev is None:
        return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
                for p in sorted((ROOT / under).rglob("*.py"))}
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", rev, "--", under],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    return {n: subprocess.run(["git", "show", f"{rev}:{n}"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
            for n in names if n.endswith(".py")}


def main(argv: list[str] | None = None) -> int:
    """Print the longest definitions of each kind and the counts over the limits."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rev", help="git revision (default: the working tree)")
    ap.add_argument("--under", default="src/pressie", help="folder to measure")
    ap.add_argument("--top", type=int, default=8, help="definitions listed per kind")
    args = ap.parse_args(argv)
    every: list[Size] = []
    for path, source in _sources(args.under, args.rev).items():
        every += sizes_of(path, source)
    print(f"{args.under} at {args.rev or 'working tree'}")
    for kind, limit in LIMITS.items():
        found = sorted((s for s in every if s.kind == kind), key=lambda s: -s.lines)
        over = [s for s in found if s.lines > limit]
        plural = "classes" if kind == "class" else kind + "s"
        print(f"\n{plural}: {len(found)}, over {limit} lines: {len(over)}")
        for s in found[:args.top]:
            print(f"  {s.lines:5d}  {s.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

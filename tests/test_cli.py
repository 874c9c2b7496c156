"""The command line: ``pressie extract`` and ``python -m pressie``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressie.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "001_c618f2dbbfec88f1.txt"


def test_cli_on_a_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["text"] == SEED.read_text(encoding="utf-8")
    assert set(doc) >= {"title", "published", "facts", "quantities", "entities"}


def test_cli_missing_file_is_one_line_error_and_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("全省破获刑事案件3起。", encoding="utf-8")
    status = main(["extract", str(tmp_path / "missing.txt"), str(good), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.count("\n") == 1 and "missing.txt" in err
    lines = out.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["text"] == "全省破获刑事案件3起。"


def test_cli_rejects_bad_published(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--published", "yesterday"]) == 2
    assert "ISO date" in capsys.readouterr().err


def test_python_dash_m_reads_stdin() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pressie",
            "extract",
            "-",
            "--format",
            "jsonl",
            "--published",
            "2021-05-31",
        ],
        input="今年1至4月,全省共破获电信网络诈骗案件1200余起。",
        capture_output=True,
        text=True,
        check=True,
    )
    doc = json.loads(proc.stdout)
    assert doc["published"] == "2021-05-31"
    assert doc["text"].startswith("今年1至4月")


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Document"

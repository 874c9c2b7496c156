"""The command line: formats, a corpus of files, encodings, errors, exit status, pipes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import pressie
from pressie.cli import EXIT_CLOSED_PIPE, main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "001_c618f2dbbfec88f1.txt"
# written for these tests
RELEASE = "今年1至4月，全省共破获电信网络诈骗案件1200余起，同比上升12.5%，抓获犯罪嫌疑人360名。"
SHORT = "全省破获刑事案件3起。"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "pressie", *args], input=stdin, capture_output=True, check=False
    )


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder of releases in the encodings Chinese pages come in, one file per encoding."""
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a_2021-05-31.txt").write_bytes(RELEASE.encode("gbk"))
    (tmp_path / "sub" / "b.txt").write_bytes(RELEASE.encode("utf-16"))  # with its BOM
    (tmp_path / "sub" / "c.txt").write_bytes(b"\xef\xbb\xbf" + RELEASE.encode("utf-8"))
    (tmp_path / "sub" / "deeper" / "d.txt").write_bytes(RELEASE.encode("utf-8"))
    (tmp_path / "sub" / "notes.md").write_text(RELEASE, encoding="utf-8")  # not *.txt
    (tmp_path / ".cache" / "e.txt").write_text(RELEASE, encoding="utf-8")  # hidden folder
    return tmp_path


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_default_output_is_a_table_of_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    out = capsys.readouterr().out
    doc = pressie.extract(SEED.read_text(encoding="utf-8"))
    assert out.splitlines()[0].startswith(f"{SEED} (utf-8): {len(doc.facts)} facts")
    assert len(out) < len(doc.text) * 6  # a table, not the indented Document
    for fact in doc.facts[:5]:
        assert fact.metric in out
    assert "36,239 起" in out  # the first fact's value, normalized and formatted


def test_directory_is_searched_recursively_and_every_record_names_its_source(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    records = _jsonl(capsys.readouterr().out)
    names = [Path(r["source"]).relative_to(corpus).as_posix() for r in records]
    assert names == ["a_2021-05-31.txt", "sub/b.txt", "sub/c.txt", "sub/deeper/d.txt"]
    encodings = [r["encoding"] for r in records]
    assert encodings == ["gb18030", "utf-16-le", "utf-8-sig", "utf-8"]
    expected = pressie.extract(RELEASE).model_dump(mode="json")
    for r in records:
        assert r["document"] == expected  # same text whatever the bytes were


def test_globs_and_files_are_each_read_once(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(corpus / "sub" / "c.txt"), str(corpus / "**" / "*.txt"), "--format", "jsonl"]
    assert main(["extract", *args]) == 0
    sources = [Path(r["source"]).name for r in _jsonl(capsys.readouterr().out)]
    assert sources == ["c.txt", "a_2021-05-31.txt", "b.txt", "d.txt"]


def test_published_from_path(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["extract", str(corpus), "--format", "jsonl", "--published-from", "path"]
    assert main([*args, "--published", "2020-01-01"]) == 0
    published = {
        Path(r["source"]).name: r["document"]["published"] for r in _jsonl(capsys.readouterr().out)
    }
    assert published == {
        "a_2021-05-31.txt": "2021-05-31",
        "b.txt": "2020-01-01",
        "c.txt": "2020-01-01",
        "d.txt": "2020-01-01",
    }


def test_bad_inputs_are_reported_on_one_line_each_and_the_run_goes_on(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    args = [str(corpus / "missing.txt"), str(corpus / "binary.txt"), str(corpus / "nothing*.txt")]
    status = main(["extract", *args, str(corpus / "sub" / "c.txt"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 3
    assert "missing.txt: cannot read" in lines[0]
    assert "binary.txt: cannot decode" in lines[1]
    assert "nothing*.txt: no file matches" in lines[2]
    assert [r["source"] for r in _jsonl(out)] == [str(corpus / "sub" / "c.txt")]


def test_stdin_bytes_that_are_not_text_fail_alone(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SHORT, encoding="utf-8")
    proc = _run("extract", "-", str(good), "--format", "jsonl", stdin=b"\xff\xfe\x00")
    assert proc.returncode == 1
    assert proc.stderr.decode().count("\n") == 1 and b"<stdin>" in proc.stderr
    assert [r["source"] for r in _jsonl(proc.stdout.decode())] == [str(good)]


def test_stdin_in_gb18030_with_published() -> None:
    proc = _run(
        "extract",
        "-",
        "--format",
        "jsonl",
        "--published",
        "2021-05-31",
        stdin=RELEASE.encode("gb18030"),
    )
    assert proc.returncode == 0, proc.stderr
    (record,) = _jsonl(proc.stdout.decode("utf-8"))
    assert record["source"] == "<stdin>" and record["encoding"] == "gb18030"
    assert record["document"]["text"] == RELEASE
    assert record["document"]["published"] == "2021-05-31"
    period = record["document"]["facts"][0]["period"]
    assert (period["date_start"], period["date_end"]) == ("2021-01-01", "2021-04-30")


@pytest.mark.parametrize("bad", ["2021-05-31garbage", "yesterday", "2021-02-30", "2021-5-31"])
def test_published_must_be_a_strict_iso_date(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--published", bad]) == 2
    err = capsys.readouterr().err
    assert "ISO date" in err and bad in err and err.count("\n") == 1


def test_csv_output_is_the_facts_table(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "facts.csv"
    assert main(["extract", str(corpus / "sub"), "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    doc = pressie.extract(RELEASE)
    assert len(rows) == 3 * len(doc.facts)
    first = rows[0]
    assert first["source"].endswith("b.txt") and first["doc"] == "0"
    assert first["metric"] == doc.facts[0].metric
    assert float(first["value"]) == doc.facts[0].value.value  # type: ignore[union-attr]
    assert first["change_direction"] == "up" and float(first["change_amount"]) == 12.5
    assert first["period_text"] == "今年1至4月"


def test_parquet_output_equals_facts_frame(tmp_path: Path, corpus: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(corpus / "sub"), str(SEED), "-o", str(out)]) == 0
    written = pd.read_parquet(out)
    files = [
        corpus / "sub" / "b.txt",
        corpus / "sub" / "c.txt",
        corpus / "sub" / "deeper" / "d.txt",
    ]
    frame = pressie.facts_frame(
        [
            *((str(p), pressie.extract(RELEASE)) for p in files),
            (str(SEED), pressie.extract(SEED.read_text(encoding="utf-8"))),
        ]
    )
    assert list(written.columns) == list(frame.columns)
    assert len(written) == len(frame)
    assert written["metric"].tolist() == frame["metric"].tolist()
    assert written["value"].astype("Float64").equals(frame["value"])
    assert written["source"].tolist() == frame["source"].tolist()


def test_parquet_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--format", "parquet"]) == 2
    assert "-o" in capsys.readouterr().err


def test_json_is_one_valid_array_even_with_a_lone_surrogate(tmp_path: Path) -> None:
    text = "全省破获刑事案件3起\ud800。"
    doc = pressie.extract(text)
    out = tmp_path / "out.json"
    from pressie.corpus import Extracted
    from pressie.output import JsonArrayWriter

    with out.open("w", encoding="utf-8") as fh:
        writer = JsonArrayWriter(fh)
        writer.write(Extracted("x", "utf-8", doc).record())
        writer.write(Extracted("y", "utf-8", doc).record())
        writer.close()
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [r["source"] for r in records] == ["x", "y"]
    assert records[0]["document"]["text"] == text  # the escape reads back as the surrogate
    assert pressie.Document.model_validate(records[0]["document"]) == doc


def test_format_from_output_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(SHORT, encoding="utf-8")
    assert main(["extract", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["source"] == str(src)
    assert main(["extract", str(src), "-o", str(tmp_path / "out.xyz")]) == 2
    assert "--format" in capsys.readouterr().err


def test_n_process_gives_the_same_records(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(corpus), str(SEED), "--format", "jsonl"]) == 0
    single = capsys.readouterr().out
    assert main(["extract", str(corpus), str(SEED), "--format", "jsonl", "--n-process", "2"]) == 0
    assert capsys.readouterr().out == single
    assert main(["extract", str(SEED), "--n-process", "0"]) == 2


def test_closed_pipe_exits_quietly() -> None:
    """``pressie extract ... | head -1``: no traceback, the SIGPIPE status, workers stopped."""
    for fmt in ("jsonl", "table"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "pressie", "extract", str(ROOT / "seeds"), "--format", fmt],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=300) == EXIT_CLOSED_PIPE, err
        assert err == ""


def test_progress_bar_on_request(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(corpus), "--format", "jsonl", "--progress"]) == 0
    err = capsys.readouterr().err
    assert "4/4" in err and "doc" in err
    summary = err.strip().splitlines()[-1]
    assert summary == (
        "pressie: 4 inputs processed (1 gb18030, 1 utf-16-le, 1 utf-8-sig, 1 utf-8), 0 failed"
    )
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    assert capsys.readouterr().err == ""  # not a terminal: no bar by default


def test_version_does_not_import_spacy() -> None:
    code = (
        "import sys; from pressie.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"pressie {pressie.__version__}"


def test_schema_command_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Document"
    assert schema["$id"].endswith(f"document-{schema['version']}.json")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SEED), "--format", "xml"])
    assert exc.value.code == 2
    assert main(["extract", str(SEED), "-o", "/nonexistent-dir/x.csv"]) == 2
    assert "cannot write" in capsys.readouterr().err

"""Lexicons as checked data: a malformed entry raises LexiconError naming file and line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pressie import LexiconError
from pressie.lexicon_schema import JSON_SCHEMAS, TSV_SCHEMAS, check_folder, read_json
from pressie.resources import lexicon_path


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _copy(tmp_path: Path, name: str) -> tuple[Path, str]:
    dest = tmp_path / name
    shutil.copyfile(lexicon_path(name), dest)
    return dest, dest.read_text(encoding="utf-8")


def test_every_packaged_lexicon_passes_its_schema() -> None:
    checked = check_folder(lexicon_path(""))
    assert set(JSON_SCHEMAS) | set(TSV_SCHEMAS) <= set(checked)
    assert "entity_surnames.txt" in checked and "metric_verbs.txt" in checked


def test_units_entry_of_a_wrong_kind_names_file_and_line(tmp_path: Path) -> None:
    from pressie.numbers import QuantityRecognizer

    path, text = _copy(tmp_path, "units.json")
    entry = '"元钱"'
    data = json.loads(text)
    assert data["units"]["元钱"]["kind"] == "money"
    data["units"]["元钱"]["kind"] = "monies"
    broken = json.dumps(data, ensure_ascii=False, indent=1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        QuantityRecognizer(lexicon=str(path))
    assert err.value.path == path
    assert err.value.line == _line_of(broken, '"kind": "monies"')
    assert err.value.line > _line_of(broken, entry)
    assert "units.元钱.kind" in str(err.value) and str(path) in str(err.value)


def test_json_syntax_error_names_the_line(tmp_path: Path) -> None:
    from pressie.periods import PeriodRecognizer

    path, text = _copy(tmp_path, "periods.json")
    broken = text.replace('"上半年": [', '"上半年" [', 1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid JSON") as err:
        PeriodRecognizer(lexicon=str(path))
    assert err.value.line == _line_of(broken, '"上半年" [')


def test_bad_date_and_missing_key_in_periods(tmp_path: Path) -> None:
    path, text = _copy(tmp_path, "periods.json")
    data = json.loads(text)
    data["named_periods"]["十三五"] = ["2016-13-01", "2020-12-31"]
    broken = json.dumps(data, ensure_ascii=False, indent=1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError, match="named_periods.十三五") as err:
        read_json(path)
    assert _line_of(broken, '"十三五"') <= err.value.line <= _line_of(broken, '"2016-13-01"')
    del data["named_periods"]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    with pytest.raises(LexiconError, match="named_periods: Field required") as err:
        read_json(path)
    assert err.value.line == 1  # the object that lacks the key


def test_invalid_regex_in_structure_lexicon(tmp_path: Path) -> None:
    from pressie.structure import StructureAnnotator

    path, text = _copy(tmp_path, "structure.json")
    data = json.loads(text)
    data["enumeration_re"] = "^(?:[一二三]+、"  # unbalanced group
    broken = json.dumps(data, ensure_ascii=False, indent=1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError, match="not a valid regular expression") as err:
        StructureAnnotator(lexicon=str(path))
    assert err.value.line == _line_of(broken, '"enumeration_re"')


def test_misspelt_key_is_reported_not_ignored(tmp_path: Path) -> None:
    path, text = _copy(tmp_path, "change_words.json")
    broken = text.replace('"flat":', '"flatt":', 1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_json(path)
    assert "flat" in str(err.value)


def _entity_folder(tmp_path: Path) -> Path:
    from pressie.entities import LEXICON_FILES

    folder = tmp_path / "entities"
    folder.mkdir()
    for name in LEXICON_FILES:
        shutil.copyfile(lexicon_path(name), folder / name)
    return folder


def test_tsv_row_with_a_bad_value_names_the_line(tmp_path: Path) -> None:
    from pressie.entities import Lexicon

    folder = _entity_folder(tmp_path)
    path = folder / "agencies.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    k = next(i for i, ln in enumerate(lines) if ln.startswith("公安部\t"))
    lines[k] = lines[k].replace("\tyes", "\tYES")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="units") as err:
        Lexicon.load(folder)
    assert (err.value.path, err.value.line) == (path, k + 1)


def test_tsv_row_with_a_missing_column_names_the_line(tmp_path: Path) -> None:
    from pressie.entities import Lexicon

    folder = _entity_folder(tmp_path)
    path = folder / "foreign_places.tsv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("金三角\t金三角\n")
    n = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(LexiconError, match="2 columns, expected 3") as err:
        Lexicon.load(folder)
    assert err.value.line == n


def test_char_variant_that_is_no_single_character(tmp_path: Path) -> None:
    from pressie.entities import Lexicon

    folder = _entity_folder(tmp_path)
    path = folder / "entity_char_variants.tsv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("峯巒\t峰峦\n")
    with pytest.raises(LexiconError, match="variant") as err:
        Lexicon.load(folder)
    assert err.value.line == len(path.read_text(encoding="utf-8").splitlines())


def test_list_entry_with_whitespace_or_a_bad_surname(tmp_path: Path) -> None:
    from pressie.entities import Lexicon

    folder = _entity_folder(tmp_path)
    path = folder / "entity_surnames.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "欧阳修文\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="surname") as err:
        Lexicon.load(folder)
    assert err.value.line == len((text + "欧阳修文\n").splitlines())
    from pressie.resources import read_list

    verbs = tmp_path / "metric_verbs.txt"
    verbs.write_text("# verbs\n破获\n抓获 犯罪\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_list(verbs)
    assert err.value.line == 3

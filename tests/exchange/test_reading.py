"""The generic table reader: encodings, delimiters, refusals with clear messages."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from desktop.exchange.reading import ReadError, detect_encoding, read_table

CN = "大连北风精密机械有限公司,辽宁,哈尔滨龙江轻工有限公司"
JP = "株式会社トヨタ自動車,北風精機（大連）有限公司,ハルビン"


@pytest.mark.parametrize("text,encoding,expected", [
    (CN, "gbk", "gb18030"), (CN, "gb18030", "gb18030"), (JP, "cp932", "cp932"), (JP, "shift_jis", "cp932"),
    (CN + JP, "utf-8", "utf-8"), (CN, "utf-8-sig", "utf-8-sig"), ("沈阳", "gbk", "gb18030"), ("大連", "cp932", "cp932"),
])
def test_detect_encoding(text, encoding, expected):
    assert detect_encoding(("name\n" + text + "\n").encode(encoding)) == expected


def test_csv_in_each_encoding_reads_back(tmp_path):
    for enc in ("utf-8", "utf-8-sig", "cp932", "gbk", "utf-16"):
        name = "北風精機（大連）有限公司" if enc == "cp932" else "大连北风精密机械有限公司"
        p = tmp_path / f"{enc}.csv"
        p.write_bytes(f"name;n\n{name};1\n".encode(enc))
        t = read_table(p)
        assert t.columns == ["name", "n"] and t.rows == [[name, "1"]] and t.delimiter == ";"


def test_wrong_encoding_override_names_line(tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes("a\nok\n大连\n".encode("gbk"))
    with pytest.raises(ReadError, match=r"x\.csv: line 3 cannot be read as utf-8"):
        read_table(p, encoding="utf-8")
    with pytest.raises(ReadError, match="unknown encoding"):
        read_table(p, encoding="klingon")


def test_tab_delimited_quoted_newlines_and_row_numbers(tmp_path):
    p = tmp_path / "t.tsv"
    p.write_text('a\tb\n1\t"two\nlines"\n\n3\t4\t\t\n5\t6\t7\n', encoding="utf-8")
    t = read_table(p)
    assert t.rows[0] == ["1", "two\nlines"] and t.row_numbers == [2, 4, 5] and t.ragged == [5]


def test_empty_blank_and_huge_files_refused(tmp_path):
    (tmp_path / "e.csv").write_bytes(b"")
    with pytest.raises(ReadError, match="e.csv: the file is empty"):
        read_table(tmp_path / "e.csv")
    (tmp_path / "b.csv").write_text("\n \n", encoding="utf-8")
    with pytest.raises(ReadError, match="no data"):
        read_table(tmp_path / "b.csv")
    (tmp_path / "h.csv").write_text("a\n" + "1\n" * 5000, encoding="utf-8")
    with pytest.raises(ReadError, match="files over"):
        read_table(tmp_path / "h.csv", max_bytes=1000)
    with pytest.raises(ReadError, match="more than 100 rows"):
        read_table(tmp_path / "h.csv", max_rows=100)


def test_xlsx_values_as_text(tmp_path):
    import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "date", "n", "f"])
    ws.append(["a", datetime.datetime(2025, 6, 12), 3.0, "=1+1"])
    wb.save(tmp_path / "a.xlsx")
    t = read_table(tmp_path / "a.xlsx")
    assert t.rows == [["a", "2025-06-12", "3", ""]]   # a formula never runs: no cached value, blank


def test_hostile_xlsx_refused(tmp_path):
    (tmp_path / "nz.xlsx").write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(ReadError, match="nz.xlsx: not an .xlsx workbook"):
        read_table(tmp_path / "nz.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ReadError, match="old Excel"):
        read_table(tmp_path / "old.xls")
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("xl/workbook.xml", "<x/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    with pytest.raises(ReadError, match="zip bomb"):
        read_table(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(tmp_path / "nowb.xlsx", "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReadError, match="not an .xlsx workbook"):
        read_table(tmp_path / "nowb.xlsx")
    with zipfile.ZipFile(tmp_path / "broken.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("xl/workbook.xml", "<not xml")
    with pytest.raises(ReadError, match="broken.xlsx"):
        read_table(tmp_path / "broken.xlsx")


def test_preview_reads_only_the_head_of_a_big_file(tmp_path):
    p = tmp_path / "big.csv"
    line = "大连北风精密机械有限公司,21\n"
    p.write_bytes(("name,province\n" + line * 80_000).encode("gbk"))
    t = read_table(p, limit=5)
    assert t.encoding == "gb18030" and t.truncated and t.rows[0] == ["大连北风精密机械有限公司", "21"]
    assert len(read_table(p).rows) == 80_000


def test_progress_and_cancel_while_reading(tmp_path):
    p = tmp_path / "p.csv"
    p.write_text("a\n" + "1\n" * 25_000, encoding="utf-8")
    seen = []
    assert len(read_table(p, progress=lambda done, total: seen.append(done)).rows) == 25_000
    assert seen == [10_000, 20_000]
    with pytest.raises(ReadError, match="p.csv: reading cancelled"):
        read_table(p, progress=lambda done, total: False)
    wb = openpyxl.Workbook()
    for i in range(10_001):
        wb.active.append([str(i)])
    wb.save(tmp_path / "p.xlsx")
    with pytest.raises(ReadError, match="reading cancelled"):
        read_table(tmp_path / "p.xlsx", progress=lambda done, total: False)

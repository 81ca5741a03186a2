"""Names print literally (markup, CJK), empty provinces, languages, fonts and output paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports import BriefOptions, BriefOutputError, load_data, province_brief
from desktop.reports import fonts as brief_fonts
from desktop.store import open_store


@pytest.fixture(scope="module")
def appendix_pdf(brief_db: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("appendix") / "liaoning-appendix.pdf"
    with open_store(brief_db, readonly=True) as store:
        province_brief(load_data(store, BriefOptions(appendix=True)), "21", out)
    return out


def test_hostile_names_print_literally_and_embed_nothing(appendix_pdf: Path, kit) -> None:
    flat = " ".join(kit.pdf_text(appendix_pdf, layout=False).split())
    assert "A<B & C>" in flat
    assert '大连<img src="x">精密有限公司' in flat
    assert "Kitakaze <b>Bold</b> & Sons" in flat
    for page in PdfReader(str(appendix_pdf)).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_cjk_names_extractable_and_font_embedded(appendix_pdf: Path, kit) -> None:
    flat = "".join(kit.pdf_text(appendix_pdf, layout=False).split())
    for name in kit.CJK_NAMES.values():
        assert name in flat
    assert "テストB有限公司" in flat and "CONFIDENTIAL" in flat
    fonts = set()
    for page in PdfReader(str(appendix_pdf)).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            descriptor = f.get("/FontDescriptor")
            fonts.add((str(f["/BaseFont"]), descriptor is not None and "/FontFile2" in descriptor.get_object()))
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_appendix_is_off_by_default(brief_db: Path, tmp_path: Path, kit) -> None:
    with open_store(brief_db, readonly=True) as store:
        out = province_brief(load_data(store, BriefOptions()), "21", tmp_path / "b.pdf").path
    flat = kit.pdf_text(out, layout=False)
    assert "A<B & C>" not in flat and "沈阳白桦电子有限公司" not in flat and "CONFIDENTIAL" not in flat


def test_empty_province_gets_one_page_that_says_so(brief_db: Path, tmp_path: Path, kit) -> None:
    with open_store(brief_db, readonly=True) as store:
        out = province_brief(load_data(store, BriefOptions()), "23", tmp_path / "hlj.pdf").path
    assert kit.page_count(out) == 1
    flat = " ".join(kit.pdf_text(out).split())
    assert "No surveys" in flat and "No survey of a company in Heilongjiang matches these options" in flat


def test_small_province_says_how_little_data(brief_db: Path, tmp_path: Path, kit) -> None:
    with open_store(brief_db, readonly=True) as store:
        out = province_brief(load_data(store, BriefOptions()), "22", tmp_path / "jl.pdf").path
    flat = " ".join(kit.pdf_text(out).split())
    assert "Only 2 companies in Jilin match these options" in flat
    assert kit.page_count(out) >= 4  # still a full brief: charts, context, method, codebook


@pytest.mark.parametrize("lang, title, kind", [
    ("en", "Liaoning: Japanese-affiliated companies", "Province brief"),
    ("ja", "遼寧省の日系企業", "省別ブリーフ"),
    ("zh", "辽宁省日资企业", "省别简报"),
])
def test_languages_title_in_that_language(brief_db: Path, tmp_path: Path, kit, lang: str, title: str,
                                          kind: str) -> None:
    with open_store(brief_db, readonly=True) as store:
        out = province_brief(load_data(store, BriefOptions(lang=lang)), "21", tmp_path / f"{lang}.pdf").path
    first = PdfReader(str(out)).pages[0].extract_text()
    assert title in first.replace("\n", "") and kind in first
    assert "Liaoning · 辽宁省 · 遼寧省" in first  # the three names in every language
    assert PdfReader(str(out)).metadata.title == title


def test_output_path_problems(brief_db: Path, tmp_path: Path) -> None:
    with open_store(brief_db, readonly=True) as store:
        data = load_data(store, BriefOptions())
    with pytest.raises(BriefOutputError, match="is a folder"):
        province_brief(data, "21", tmp_path)
    with pytest.raises(BriefOutputError, match="does not exist"):
        province_brief(data, "21", tmp_path / "missing" / "x.pdf")
    out = province_brief(data, "21", tmp_path / "ok.pdf").path
    assert out.stat().st_size > 1000
    assert not list(tmp_path.glob("*.part")), "temporary files left behind"


def test_missing_font_names_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(brief_fonts, "CANDIDATES", {k: [] for k in brief_fonts.CANDIDATES})
    monkeypatch.setenv(brief_fonts.ENV_VAR, str(tmp_path / "nothing.ttf"))
    with pytest.raises(brief_fonts.FontNotFoundError, match="fonts-wqy-zenhei"):
        brief_fonts.find_font()
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"not a font")
    monkeypatch.setenv(brief_fonts.ENV_VAR, str(bad))
    with pytest.raises(brief_fonts.FontNotFoundError, match="bad.ttf"):
        brief_fonts.find_font()

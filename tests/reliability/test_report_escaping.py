"""Property test of the brief's markup escaping: any validated text prints literally in a reportlab Paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.validation import clean_text

text_mod = pytest.importorskip("desktop.reports.text")
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

STYLE = getSampleStyleSheet()["Normal"]
ANY_CHAR = st.characters(codec=None, categories=None, exclude_categories=())
MARKUP = st.sampled_from(["<", ">", "&", "&amp;", "&#65;", "<b>", "</b>", "<br/>", "<para>", "<font color=red>",
                          "]]>", "<![CDATA[", "&nbsp;", "<a href='x'>", '"', "'", "<img src='/etc/passwd'/>"])
TEXT = st.lists(st.text(ANY_CHAR, max_size=12) | MARKUP, max_size=12).map("".join)


@settings(max_examples=100, deadline=None)
@given(TEXT, st.booleans())
def test_escaped_text_prints_literally(raw, multiline):
    # what the validator lets into the database; U+00AD (soft hyphen) is left out on purpose: reportlab
    # treats it as a hyphenation point (hidden, or printed as "-" at a line break), which is right
    text = clean_text(raw, multiline=multiline).replace("\xad", "")
    para = Paragraph(text_mod.esc(text), STYLE)
    width, height = para.wrap(300, 10_000)
    assert width > 0 and height >= 0
    assert " ".join(para.getPlainText().split()) == " ".join(text.split())


def test_none_prints_as_nothing():
    assert text_mod.esc(None) == ""

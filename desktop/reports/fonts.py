"""Find and embed one TrueType font that prints English, simplified Chinese and Japanese.

Why this font (measured, see PITFALLS.md): WenQuanYi Zen Hei (fonts-wqy-zenhei) is a TrueType
collection covering GB2312 hanzi, JIS X 0208 kanji and Latin, so one font prints all three languages
and reportlab embeds a subset (text stays extractable). Rejected: IPA/IPAex (no simplified hanzi such
as 辽 连 龙: silent boxes), DroidSansFallback alone (no Latin), Noto CJK (CFF outlines: reportlab raises
TTFError), reportlab CID fonts (never embedded). Windows and macOS candidates are TrueType files that
cover both scripts. Set DONGBEI_BRIEF_FONT=/path/to/font.ttf(c) to choose another.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FONT_NAME = "DongbeiCJK"
ENV_VAR = "DONGBEI_BRIEF_FONT"
# a few characters the brief must print: simplified (辽 龙 滨), Japanese (遼 瀋 ハ), Latin, dash
PROBE = "辽龙滨遼瀋ハルビンAbc–"

CANDIDATES: dict[str, list[tuple[str, int]]] = {
    "linux": [
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/wqy-zenhei/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
        ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ],
    "win32": [
        (r"C:\Windows\Fonts\msyh.ttc", 0),
        (r"C:\Windows\Fonts\simsun.ttc", 0),
        (r"C:\Windows\Fonts\simhei.ttf", 0),
    ],
    "darwin": [
        ("/Library/Fonts/Arial Unicode.ttf", 0),
        ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ],
}
INSTALL_HINT = {
    "linux": "install the package fonts-wqy-zenhei (Debian/Ubuntu: sudo apt install fonts-wqy-zenhei; "
             "Fedora: wqy-zenhei-fonts)",
    "win32": "Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) is missing from C:\\Windows\\Fonts; "
             "add the Chinese supplemental fonts in Windows Settings > Optional features",
    "darwin": "install WenQuanYi Zen Hei (brew install --cask font-wqy-zenhei) or Arial Unicode",
}


class FontNotFoundError(RuntimeError):
    """No usable CJK TrueType font; the message says what to install."""


@dataclass(frozen=True)
class BriefFont:
    name: str
    path: str
    subfont: int


_registered: BriefFont | None = None


def _platform() -> str:
    return "win32" if sys.platform.startswith("win") else "darwin" if sys.platform == "darwin" else "linux"


def candidates() -> list[tuple[str, int]]:
    """Font files to try, in order: DONGBEI_BRIEF_FONT first, then the known paths of this platform."""
    out: list[tuple[str, int]] = []
    env = os.environ.get(ENV_VAR)
    if env:
        out.append((env, 0))
    return out + CANDIDATES[_platform()]


def _covers(font: TTFont) -> bool:
    widths = font.face.charToGlyph
    return all(ord(ch) in widths for ch in PROBE if not ch.isspace())


def find_font() -> BriefFont:
    """The first candidate that loads as TrueType and has every PROBE glyph; raises FontNotFoundError."""
    return _load()[0]


def _load() -> tuple[BriefFont, TTFont]:
    tried = []
    for path, index in candidates():
        if not Path(path).is_file():
            continue
        try:
            font = TTFont(FONT_NAME, path, subfontIndex=index)
        except (TTFError, OSError, ValueError) as exc:
            tried.append(f"{path} ({exc})")
            continue
        if _covers(font):
            return BriefFont(FONT_NAME, path, index), font
        tried.append(f"{path} (lacks some Chinese, Japanese or Latin characters)")
    detail = f" Tried: {'; '.join(tried)}." if tried else ""
    raise FontNotFoundError(
        f"No font that prints Chinese, Japanese and English was found for the PDF brief: "
        f"{INSTALL_HINT[_platform()]}, or set {ENV_VAR} to a TrueType font file.{detail}")


def register() -> BriefFont:
    """Register the brief font with reportlab once per process and return it."""
    global _registered
    if _registered is None:
        found, font = _load()
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(font)
        _registered = found
    return _registered

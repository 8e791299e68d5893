"""Glyphs a text layer gives by a font's private code: the characters they print.

A word processor writes a Symbol-font character (``≥`` typed from the Symbol
table) as its code in the Unicode private use area, ``U+F0B3``; the reader
of the page wants the character it prints.
"""

from __future__ import annotations

#: Symbol-font glyphs (Symbol, OpenSymbol) a word processor writes in the private use area
#: (U+F0xx, xx their code in the Symbol encoding), and the characters they print.
SYMBOL_GLYPHS = {
    "\uf0b3": "≥", "\uf0a3": "≤", "\uf0b9": "≠", "\uf0b1": "±", "\uf0b4": "×", "\uf0b8": "÷",
    "\uf0b0": "°", "\uf0bb": "≈", "\uf0a5": "∞", "\uf02d": "−", "\uf0ae": "→", "\uf0de": "⇒",
    "\uf0b7": "•", "\uf03e": ">", "\uf03c": "<", "\uf03d": "=", "\uf025": "%", "\uf0d7": "⋅",
}  # fmt: skip


def symbol_text(text: str, fontname: str) -> str:
    """The character a Symbol-font glyph prints, where the PDF gives its private-use code.

    >>> symbol_text("\uf0b3", "EAAAAA+OpenSymbol"), symbol_text("\uf0b3", "Wingdings")
    ('≥', '\uf0b3')
    """
    if "\uf000" <= text[:1] <= "\uf0ff" and "symbol" in fontname.lower():
        return SYMBOL_GLYPHS.get(text, text)
    return text

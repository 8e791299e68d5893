"""Glyphs a text layer gives by a wrong code: the characters they print.

A word processor writes a Symbol-font character (``≥`` typed from the Symbol
table) as its code in the Unicode private use area, ``U+F0B3``; the reader
of the page wants the character it prints.  Ghostscript (the engine of many
virtual PDF printers) writes the letters of a ligature glyph (``ﬁ``) a byte
off, as CJK ideographs (``昀椀``).
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


def ligature_text(text: str) -> str:
    """The letters of a ligature glyph whose Unicode Ghostscript wrote a byte off.

    Each letter's code lands in the high byte (``f`` U+0066 as U+6600); of a
    three-letter ligature the last two letters' codes are summed there
    (``ffi`` as U+6600 U+CF00, 0xCF = 0x66 + 0x69).  Text that is not such a
    ligature is returned as it is.

    >>> [ligature_text(t) for t in ("昀椀", "昀昀", "昀氀", "\u6600\ucf00", "\u6600\ud200")]
    ['fi', 'ff', 'fl', 'ffi', 'ffl']
    >>> ligature_text("月"), ligature_text("fi")
    ('月', 'fi')
    """
    letters = []
    for char in text:
        code = ord(char)
        high = code >> 8
        if code & 0xFF or not 0x4000 <= code < 0xFF00:
            return text
        if chr(high).isascii() and chr(high).isalpha():
            letters.append(chr(high))
        elif chr(high - 0x66).isascii() and chr(high - 0x66).isalpha():
            letters.append("f" + chr(high - 0x66))
        else:
            return text
    return "".join(letters)

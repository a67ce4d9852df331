"""Bytes to text: UTF-8 when it is UTF-8, otherwise the encoding charset-normalizer detects.

Web archives are full of Windows-1252 and Latin-1 pages mislabelled or unlabelled; decoding them
as UTF-8 with replacement characters would corrupt names ("Kyïv") that later stages match on.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import BinaryInputError, EncodingError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: share of control characters (other than whitespace) above which content is binary
_MAX_CONTROL_SHARE = 0.05


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes or many control characters."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > _MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> str:
    """Decode article bytes; raises a coded error for binary or undecodable content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if looks_binary(data):
        raise BinaryInputError("binary content (not a text, HTML or JSON Lines file)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise EncodingError("cannot determine the text encoding")
    return str(best)

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
_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15")
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
    matches = list(from_bytes(data))
    if not matches:
        raise EncodingError("cannot determine the text encoding")
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    # Ties are common for short Latin-script texts: prefer the Western encodings that English
    # web pages actually use over, say, Central European cp1250 (which turns "ï" into "ď").
    for encoding in _PREFERRED:
        for match in tied:
            if match.encoding == encoding:
                return str(match)
    return str(best)

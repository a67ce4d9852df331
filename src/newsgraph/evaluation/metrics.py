"""The arithmetic every scorer shares, so that each one counts its own way but scores alike."""

from __future__ import annotations


def ratio(part: float, whole: float) -> float:
    """``part / whole``, 0.0 for an empty whole (no predictions means precision 0, not NaN)."""
    return part / whole if whole else 0.0


def harmonic_f1(precision: float, recall: float) -> float:
    """F1 as the harmonic mean of precision and recall; 0.0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0

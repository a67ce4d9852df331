from newsgraph.evaluation.metrics import harmonic_f1, ratio


def test_f1_is_the_harmonic_mean_and_empty_counts_score_zero() -> None:
    assert harmonic_f1(0.5, 1.0) == 2 / 3
    assert harmonic_f1(0.0, 0.0) == 0.0
    assert ratio(3, 4) == 0.75
    assert ratio(3, 0) == 0.0

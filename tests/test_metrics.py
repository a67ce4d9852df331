from newsgraph.evaluation.metrics import Counts, harmonic_f1, ratio


def test_f1_is_the_harmonic_mean_and_empty_counts_score_zero() -> None:
    assert harmonic_f1(0.5, 1.0) == 2 / 3
    assert harmonic_f1(0.0, 0.0) == 0.0
    assert ratio(3, 4) == 0.75
    assert ratio(3, 0) == 0.0


def test_counts_add_up_and_score() -> None:
    total = Counts(2, 1, 0) + Counts(1, 0, 3)
    assert total == Counts(3, 1, 3)
    assert total.precision == 0.75 and total.recall == 0.5
    assert total.f1 == harmonic_f1(0.75, 0.5)
    assert Counts().f1 == 0.0

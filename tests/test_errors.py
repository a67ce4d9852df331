import inspect

from newsgraph import errors


def _error_classes() -> list[type[errors.NewsgraphError]]:
    return [
        obj
        for _, obj in inspect.getmembers(errors, inspect.isclass)
        if issubclass(obj, errors.NewsgraphError)
    ]


def test_every_error_message_carries_its_code() -> None:
    error = errors.EmptyInputError("a.txt: no text")
    assert str(error) == "[E001] a.txt: no text"


def test_concrete_input_errors_have_distinct_codes() -> None:
    concrete = [c for c in _error_classes() if issubclass(c, errors.InputError)]
    concrete = [c for c in concrete if c is not errors.InputError]
    codes = [c.code for c in concrete]
    assert len(codes) == len(set(codes)) >= 7


def test_every_error_is_drawn_in_the_module_tree() -> None:
    doc = errors.__doc__ or ""
    for cls in _error_classes():
        assert cls.__name__ in doc, cls.__name__

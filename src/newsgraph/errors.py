"""newsgraph's exceptions, each with a stable code a user can search for.

Every message reads ``[E012] what happened``. The CLI catches :class:`NewsgraphError` and prints
the message; anything else reaching the top level is a bug and is reported as E999, never as a
traceback.

Exception tree::

    NewsgraphError
    ├── InputError                   an article cannot be analysed (per article, batch goes on)
    │   ├── EmptyInputError          E001 empty or whitespace only
    │   ├── BinaryInputError         E002 binary content (NUL bytes, undecodable)
    │   ├── EncodingError            E003 bytes that no encoding explains
    │   ├── TooLargeError            E004 larger than the size limit
    │   ├── LanguageError            E005 not English (skipped unless --force)
    │   ├── HtmlExtractionError      E006 HTML with no extractable article text
    │   └── JsonlLineError           E007 a JSON Lines line that is not a valid article
    ├── UsageError                   the call itself is wrong (exit code 2)
    │   ├── PathNotFoundError        E020 a path that does not exist
    │   ├── UnsupportedFormatError   E021 a file type newsgraph does not read
    │   ├── BadDateError             E022 a date that is not YYYY-MM-DD
    │   └── SettingsError            E023 a settings file that cannot be read
    ├── ModelError                   E030 the spaCy model is not installed
    │   └── ModelDataError           E031 a data file shipped with newsgraph is damaged
    └── StoreError                   E040 the corpus database cannot be used
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: carries a code and a message meant for the user."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(NewsgraphError):
    code = "E000"


class EmptyInputError(InputError):
    code = "E001"


class BinaryInputError(InputError):
    code = "E002"


class EncodingError(InputError):
    code = "E003"


class TooLargeError(InputError):
    code = "E004"


class LanguageError(InputError):
    code = "E005"


class HtmlExtractionError(InputError):
    code = "E006"


class JsonlLineError(InputError):
    code = "E007"


class UsageError(NewsgraphError):
    code = "E020"


class PathNotFoundError(UsageError):
    code = "E020"


class UnsupportedFormatError(UsageError):
    code = "E021"


class BadDateError(UsageError):
    code = "E022"


class SettingsError(UsageError):
    code = "E023"


class ModelError(NewsgraphError):
    code = "E030"


class ModelDataError(ModelError):
    """A weights or data file inside the package cannot be read: a broken install, so the
    fix is to reinstall, not to change the input."""

    code = "E031"


class StoreError(NewsgraphError):
    code = "E040"


INTERNAL_ERROR_CODE = "E999"

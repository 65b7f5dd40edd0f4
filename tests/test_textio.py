"""Decoding chat exports in the encodings phones and PCs write."""

import codecs

import pytest

from reviewer.importers import ImportProblem
from reviewer.importers.textio import decode, decode_head, looks_like_text, read_text

RUSSIAN = "Анна: Здравствуйте! Чем могу помочь?\nКлиент: Хочу вернуть заказ номер 123, он пришёл разбитым.\n"
LATVIAN = "Jānis: Labdien! Kā varu palīdzēt?\nKlients: Gribu atgriezt preci, jo tā ir bojāta. Paldies!\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (RUSSIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), "utf-8-sig"),
        (RUSSIAN.encode("utf-16"), "utf-16"),  # with a byte order mark
        (RUSSIAN.encode("utf-16-le"), "utf-16-le"),
        (RUSSIAN.encode("utf-16-be"), "utf-16-be"),
        (RUSSIAN.encode("cp1251"), "cp1251"),
        (RUSSIAN.encode("koi8_r"), "koi8_r"),
        (LATVIAN.encode("cp1257"), "cp1257"),
    ],
)
def test_decode_reads_every_encoding_our_users_have(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert text.lstrip("\ufeff") in (RUSSIAN, LATVIAN)


def test_read_text_normalises_line_breaks(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(RUSSIAN.replace("\n", "\r\n").encode("cp1251"))
    assert read_text(path) == RUSSIAN


def test_binary_and_empty_files_are_refused_clearly(tmp_path):
    garbage = bytes(range(256)) * 20
    assert not looks_like_text(garbage)
    assert decode_head(garbage) is None
    with pytest.raises(ImportProblem, match="binary data"):
        decode(garbage)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportProblem, match="empty file"):
        read_text(empty)


def test_decode_head_survives_a_character_cut_at_the_end():
    data = RUSSIAN.encode("utf-8")
    cut = data[: data.index("Здравствуйте".encode()) + 3]  # ends inside "д"
    assert decode_head(cut) == "Анна: З"


def test_decode_head_reads_utf16_and_legacy_code_pages():
    assert decode_head(RUSSIAN.encode("utf-16")) == RUSSIAN
    assert decode_head(RUSSIAN.encode("cp1251")) == RUSSIAN

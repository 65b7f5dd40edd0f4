from reviewer.importers.language import detect_language


def test_clear_cases():
    assert detect_language(["Здравствуйте! Хочу вернуть товар, он не подошёл."]) == "ru"
    assert detect_language(["Labdien! Mans pasūtījums vēl nav piegādāts, lūdzu palīdziet."]) == "lv"
    assert detect_language(["Hello, I would like to change the delivery address for my order, please."]) == "en"
    assert detect_language(["Доброго дня! Я хочу повернути товар, будь ласка, допоможіть."]) == "uk"


def test_unclear_cases_stay_unknown():
    assert detect_language([]) is None
    assert detect_language(["ok", "👍"]) is None
    # Half Russian, half English: no single language dominates.
    assert detect_language(["Hello there my friend, how are you", "Здравствуйте мой друг как дела"]) is None
    # Latin letters without Latvian letters or English words: not guessed.
    assert detect_language(["Lorem ipsum dolor sit amet, consectetur adipiscing elit."]) is None

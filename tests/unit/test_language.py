"""Language detection: the function-word fast path, CLD2 behind it, and ISO 639-1 codes out."""

from __future__ import annotations

import pytest

from byline.parse.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The council said on Monday that the new bridge would be open to traffic by the end of the year.", "en"),
        ("Die Regierung hat am Montag beschlossen, dass die neue Brücke bis Ende des Jahres für den Verkehr offen ist.", "de"),
        # no function word of the fast path's languages: decided by CLD2
        ("Президент России заявил в понедельник, что новый мост откроют для движения до конца года.", "ru"),
        ("Prezydent powiedział w poniedziałek, że nowy most zostanie otwarty dla ruchu do końca roku.", "pl"),
    ],
)
def test_language_of_running_text(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_text_without_spaces_is_detected() -> None:
    assert detect_language("財政部今天下午將公佈今年一至二月期統一發票中獎清冊，財政部透露，本期千萬中獎張數為十八張。") == "zh"


def test_withdrawn_codes_come_back_as_iso_639_1() -> None:
    assert detect_language("שלום עולם, זהו טקסט בעברית שנכתב לצורך בדיקה של זיהוי השפה במערכת החדשה") == "he"


def test_control_characters_do_not_stop_detection() -> None:
    # latin-1 read of Windows-1252 quotes leaves C1 controls, which CLD2 refuses as input
    text = "Das Album \x84Brave New Woman\x93 erschien im Februar, und die Sängerin geht im Herbst auf Tournee."
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ["", "Short line", "12 345 678 901 234 567 890 123 456", "—— ### *** ;;; ::: ((( )))"])
def test_too_short_or_no_letters_gives_none(text: str) -> None:
    assert detect_language(text) is None

"""S17-SPKLINK: English speakers the linker missed: a new name that opens with the family
name of someone named before ("Kim Yo Jong" after "Kim Jong Un"), a name after a word that
opens a clause ("three days after X Y, the leader's sister, warned"), a name before an
aside with a possessive pronoun (", its first deputy director, said"), and a one-word
family name two people of the story share (the one named last).

All sentences are written for these tests in news style.
"""

from __future__ import annotations

import datetime

from factories import extracted, find_mention, linked, speaker_of

DAY = datetime.date(2024, 6, 18)


def test_longer_name_opening_with_an_earlier_family_name_is_a_new_person() -> None:
    x = extracted(
        "North Korean leader Kim Jong Un inspected a missile factory on Monday. On Tuesday, "
        "Kim Yo Jong said the talks with Seoul were over.",
        "en",
        DAY,
    )
    assert speaker_of(x, "talks with Seoul") == "Kim Yo Jong"


def test_family_name_alone_still_refers_back_when_no_name_goes_on() -> None:
    x = extracted(
        "North Korean leader Kim Jong Un inspected a missile factory on Monday. Kim said "
        "the tests would go on.",
        "en",
        DAY,
    )
    assert speaker_of(x, "tests would go on") == "Kim Jong Un"


def test_name_after_a_subordinator_with_a_kin_apposition_is_a_person() -> None:
    r = linked(
        "The office was shut three days after Lena Varga, the younger sister of the party "
        "leader, warned that it would close.",
        "en",
        DAY,
    )
    assert find_mention(r, "Lena Varga").kind == "name"


def test_name_before_an_aside_with_its_is_the_speaker() -> None:
    x = extracted(
        "The national security council held an emergency meeting, after which Park Min-ho, "
        "its first deputy director, said Seoul would respond strongly.",
        "en",
        DAY,
    )
    assert speaker_of(x, "respond strongly") == "Park Min-ho"


def test_shared_one_word_family_name_links_to_the_one_named_last() -> None:
    text = (
        "SEOUL, June 18 (Reuters) - Kim Yo Jong, the sister of leader Kim Jong Un, warned "
        "on Tuesday that the office would be destroyed. Talks stalled after a summit "
        "between Kim and U.S. President Donald Trump collapsed in 2019."
    )
    r = linked(text, "en", DAY)
    assert find_mention(r, "Kim").key == find_mention(r, "Kim Jong Un").key
    assert find_mention(r, "Kim Yo Jong").key != find_mention(r, "Kim Jong Un").key


def test_air_force_rank_before_a_name_with_initials_opens_the_speaker() -> None:
    x = extracted(
        '"We are glad to have our pilot back," Air Vice Marshal T.K. Menon told reporters '
        "at the border crossing.",
        "en",
        DAY,
    )
    assert speaker_of(x, "our pilot back") == "T.K. Menon"

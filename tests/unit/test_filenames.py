"""``document_file_names``: one safe, bounded, distinct name per document."""

from __future__ import annotations

import random

from altoviz._filenames import MAX_STEM, document_file_names, safe_stem


def test_numbers_that_clean_up_alike_get_their_id() -> None:
    names = document_file_names({1: "INV/1", 2: "INV_1", 3: "INV 1", 4: "INV:1", 5: "INV-2", 6: None})
    assert names == {
        1: "INV_1-1.pdf",
        2: "INV_1-2.pdf",
        3: "INV_1-3.pdf",
        4: "INV_1-4.pdf",
        5: "INV-2.pdf",
        6: "draft-6.pdf",
    }


def test_a_suffixed_name_that_equals_another_number_suffixes_that_one_too() -> None:
    names = document_file_names({12: "A", 13: "a", 7: "A-12"})
    assert len({n.casefold() for n in names.values()}) == 3
    assert names[7] == "A-12-7.pdf"


def test_long_numbers_are_cut_with_a_hash_and_stay_distinct() -> None:
    a, b = "x" * 300, "x" * 300 + "y"
    assert len(safe_stem(a)) == MAX_STEM
    assert safe_stem(a) != safe_stem(b)


def test_random_numbers_never_share_a_name() -> None:
    rng = random.Random(11)
    alphabet = "aA1/_ :-.é"
    for _ in range(200):
        numbers = {i: "".join(rng.choices(alphabet, k=rng.randint(0, 4))) or None for i in range(1, 30)}
        names = document_file_names(numbers).values()
        assert len({n.casefold() for n in names}) == len(numbers)
        assert all(len(n) <= MAX_STEM + 30 for n in names)

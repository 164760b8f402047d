"""Trade statistics: one entry per figure, both sides filled from the document's deal."""

from __future__ import annotations

import armstrace


def test_a_figure_naming_one_side_takes_the_other_from_the_transfers() -> None:
    doc = armstrace.extract(
        "Russia delivered twelve Yak-130 jets to Vietnam in 2021. In 2019 Vietnam and Russia "
        "signed the contract, worth $350 million.", lang="en")
    assert [(s["exporter"], s["importer"], s["value"]) for s in doc.trade_statistics] == [
        ("RUS", "VNM", 350e6)]


def test_a_repeated_figure_is_one_entry_and_the_repeat_may_date_it() -> None:
    doc = armstrace.extract(
        "Argentina bought 24 F-16 jets from Denmark for 258 million euros. The contract worth "
        "258 million euros was signed in 2024.", lang="en")
    assert [(s["value"], s["period"]) for s in doc.trade_statistics] == [(258e6, "2024")]

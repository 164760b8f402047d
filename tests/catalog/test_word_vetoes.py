"""State names that are also ordinary words of the document's language (context.yaml
`word_vetoes`): told apart by what follows, by the word before, or by a weapon noun or
system name right before them. Sentences written for this test."""

from __future__ import annotations

import pytest

import armstrace


def states(text: str, lang: str) -> set[str]:
    return {m.entity_id for m in armstrace.extract(text, lang=lang).mentions if m.kind == "state"}


@pytest.mark.parametrize("text,lang,word", [
    ("폴란드, K2 전차 첫 인도", "ko", "IND"),               # "first delivery"
    ("K2 전차 인도 완료", "ko", "IND"),                      # "delivery completed"
    ("K9 자주포 인도를 시작했다", "ko", "IND"),              # after a system: "began the handover"
    ("전차 인도 예정", "ko", "IND"),                         # "delivery scheduled"
    ("공격 수단으로 드론을 쓴다", "ko", "SDN"),              # "means of attack"
    ("中国反对非法军火交易。", "zh", "FRA"),                 # 非法军火 "illegal munitions"
    ("美国批准对台合法军售。", "zh", "FRA"),                 # 合法军售 "legal arms sales"
    ("以军事手段解决问题。", "zh", "ISR"),                   # 以军事 "by military means"
    ("沿海地区部署了导弹。", "zh", "HTI"),                   # 沿海地区 "coastal area"
    ("新型のタイプの戦車を導入した。", "ja", "THA"),         # タイプ "type"
    ("マリン部隊の装備", "ja", "MLI"),                       # マリン "marine"
    ("मिसाइलें गिनी गईं", "hi", "GIN"),                     # "were counted"
    ("सिस्टम चेक किया गया", "hi", "CZE"),                   # "checked"
])
def test_word_is_not_the_state(text: str, lang: str, word: str) -> None:
    assert word not in states(text, lang)


@pytest.mark.parametrize("text,lang,state", [
    ("한국은 인도를 방문했다.", "ko", "IND"),                # India: no weapon before it
    ("러시아는 인도에 S-400을 인도했다고 밝혔다.", "ko", "IND"),
    ("수단으로 무기를 수출했다.", "ko", "SDN"),              # "to Sudan"
    ("以军空袭加沙。", "zh", "ISR"),
    ("海地政府宣布。", "zh", "HTI"),
    ("タイ空軍はグリペンを導入した。", "ja", "THA"),
    ("गिनी को हथियार भेजे गए", "hi", "GIN"),
])
def test_state_is_still_read(text: str, lang: str, state: str) -> None:
    assert state in states(text, lang)

"""Weapon systems written in the script of the news language (shipped catalog).

Why: news in Hindi, Urdu, Bengali, Thai, Greek, Serbian … writes the most traded systems
in its own script; without those aliases the extractor sees only a category word.
"""

from __future__ import annotations

import pytest

import armstrace


@pytest.mark.parametrize("text, lang, system", [
    ("भारत ने फ्रांस से 26 राफेल लड़ाकू विमान खरीदे।", "hi", "dassault-rafale"),
    ("जर्मनी ने यूक्रेन को लेपर्ड 2 टैंक की आपूर्ति की।", "hi", "knds-leopard-2"),
    ("रूस ने भारत को एस-400 वायु रक्षा प्रणाली सौंपी।", "hi", "almaz-antey-s-400"),
    ("चीन ने पाकिस्तान को जे-10 सी विमान दिए।", "hi", "chengdu-j-10c"),
    ("امریکہ نے پولینڈ کو پیٹریاٹ میزائل فروخت کیے۔", "ur", "raytheon-patriot"),
    ("چین نے پاکستان کو جے-10 سی طیارے فراہم کیے۔", "ur", "chengdu-j-10c"),
    ("যুক্তরাষ্ট্র পাকিস্তানকে ১২টি এফ-১৬ যুদ্ধবিমান সরবরাহ করেছে।", "bn", "lockheed-martin-f-16"),
    ("ফ্রান্স ভারতকে রাফাল যুদ্ধবিমান দিয়েছে।", "bn", "dassault-rafale"),
    ("అమెరికా ఉక్రెయిన్‌కు ప్యాట్రియాట్ క్షిపణులను పంపింది.", "te", "raytheon-patriot"),
    ("สวีเดนส่งมอบเครื่องบินกริพเพนให้กองทัพอากาศไทย", "th", "saab-jas-39-gripen"),
    ("สหรัฐฯ ส่งระบบไฮมาร์สให้ยูเครน", "th", "himars"),
    ("Οι ΗΠΑ παρέδωσαν συστοιχίες Πάτριοτ στην Ουκρανία.", "el", "raytheon-patriot"),
    ("Η Γαλλία πούλησε μαχητικά Ραφάλ στην Ελλάδα.", "el", "dassault-rafale"),
    ("САЩ доставиха на Украйна системи Пейтриът.", "bg", "raytheon-patriot"),
    ("Србија је купила 12 авиона Рафал од Француске.", "sr", "dassault-rafale"),
    ("Турска је продала Украјини дронове Бајрактар.", "sr", "baykar-bayraktar-tb2"),
    ("ארצות הברית סיפקה לאוקראינה טילי סטינגר.", "he", "raytheon-fim-92-stinger"),
    ("Հնդկաստանը Հայաստանին մատակարարել է Պինակա համակարգեր։", "hy", "drdo-pinaka"),
    ("آمریکا سامانه تاد را به اسرائیل فرستاد.", "fa", "lockheed-martin-thaad"),
    ("باعت فرنسا لمصر طرادات جوويند.", "ar", "naval-group-gowind"),
    ("США передали Украине вертолеты Чинук.", "ru", "boeing-ch-47-chinook"),
    ("США передали Україні гаубиці М777.", "uk", "bae-m777"),
    ("以色列向印度出售巴拉克-8防空导弹。", "zh", "iai-barak-8"),
    ("英国はウクライナにチャレンジャー2戦車を供与した。", "ja", "challenger-2"),
    ("한국은 폴란드에 K9 자주포를 수출했다.", "ko", "hanwha-k9-thunder"),
])
def test_native_script_system_name(text: str, lang: str, system: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert system in {m.entity_id for m in doc.mentions if m.kind == "system"}


@pytest.mark.parametrize("text, lang", [
    ("ستاد کل نیروهای مسلح اعلام کرد که موشک به زمین افتاد.", "fa"),  # ستاد, افتاد: not THAAD
    ("Војник је испалио рафал из аутомата.", "sr"),  # a burst of fire, not the Rafale
])
def test_ordinary_words_are_not_systems(text: str, lang: str) -> None:
    doc = armstrace.extract(text, lang=lang)
    assert not [m for m in doc.mentions if m.kind == "system"]

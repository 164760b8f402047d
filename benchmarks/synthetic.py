"""A varied synthetic news corpus for the throughput benchmark.

Why not a handful of fixed sentences: repeated text flatters every cache and is denser in
arms vocabulary than real news. Here sentences are filled from templates (written for this
benchmark, in eight languages) with many states (CLDR names via Babel), weapon systems,
counts, money, months and years, so no two documents are alike. Two mixes:

- arms-dense: every document is an arms-trade story (about half its sentences about
  transfers, deals, exercises or trade figures, the rest ordinary context);
- news stream: ~10 % such stories, the rest ordinary news (economy, weather, sport,
  politics that names states) in the same languages.

A real article keeps to its topic, so each document draws its ordinary sentences from a
few (TOPIC) of its language's news templates, not from all of them.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# ISO 3166 alpha-2 codes: names come from Babel in each language
STATES = ("FR", "TR", "AZ", "IL", "IN", "EG", "PL", "UA", "DZ", "KR", "VN", "ID", "US", "RU",
          "CN", "DE", "IT", "ES", "GR", "SA", "AE", "QA", "PK", "BR", "JP", "IR", "MA", "NG",
          "PH", "MY", "TH", "SE", "NO", "RO", "RS", "AM", "KZ", "MX", "CO", "CL")
SYSTEMS = ("F-16", "Su-35", "Bayraktar TB2", "Rafale", "S-400", "HIMARS", "Leopard 2", "T-90",
           "Harop", "Patriot", "J-10C", "K9 Thunder", "Gripen", "MiG-29", "Mi-17", "Javelin",
           "Caesar", "Hermes 900", "Wing Loong II", "FA-50", "Barak 8", "Akinci", "NASAMS",
           "Iskander", "Kornet", "Shahed-136", "K2 Black Panther", "Pantsir-S1", "IRIS-T",
           "Spike", "BrahMos", "AH-64 Apache")

# {S} supplier, {R} recipient, {X}/{Y} other states, {sys} system, {n} count, {v} value,
# {pct} percent, {year}, {month}, {day}, {k} another small number
ARMS = {
    "en": [
        "{S} delivered {n} {sys} to {R} in {month} {year}, the defence ministry said.",
        "{R} signed a contract worth ${v} billion to buy {n} {sys} from {S}.",
        "{S} has offered the {sys} to {R}, according to officials familiar with the talks.",
        "The first batch of {sys} arrived in {R} on {day} {month}, months after the deal with {S}.",
        "{R} is reportedly considering the purchase of {n} {sys} made in {S}.",
        "{S} suspended deliveries of {sys} to {R} after the clashes in {year}.",
        "Troops from {R} and {S} held joint exercises near the border in {month}.",
        "Arms exports from {S} to {R} reached ${v} million in {year}, customs data show.",
        "Defence ministers of {S} and {R} signed a cooperation agreement on {day} {month}.",
        "Analysts say the {sys} has been in service with the army of {R} since {year}.",
    ],
    "fr": [
        "{S} a livré {n} {sys} à {R} en {month} {year}, selon le ministère de la Défense.",
        "{R} a signé un contrat de {v} milliards d'euros pour acheter {n} {sys} à {S}.",
        "{S} a proposé le {sys} à {R}, selon des sources proches du dossier.",
        "Les premiers {sys} sont arrivés en {R} le {day} {month}, plusieurs mois après l'accord avec {S}.",
        "{R} envisage l'achat de {n} {sys} fabriqués par {S}.",
        "{S} a suspendu les livraisons de {sys} à {R} après les affrontements de {year}.",
        "Les armées de {R} et de {S} ont mené des exercices conjoints en {month}.",
        "Les exportations d'armes de {S} vers {R} ont atteint {v} millions d'euros en {year}.",
    ],
    "es": [
        "{S} entregó {n} {sys} a {R} en {month} de {year}, según el Ministerio de Defensa.",
        "{R} firmó un contrato de {v} millones de dólares para comprar {n} {sys} a {S}.",
        "{S} ofreció el {sys} a {R}, según fuentes cercanas a las negociaciones.",
        "Los primeros {sys} llegaron a {R} el {day} de {month}, meses después del acuerdo con {S}.",
        "{R} estudia la compra de {n} {sys} fabricados en {S}.",
        "{S} suspendió las entregas de {sys} a {R} tras los enfrentamientos de {year}.",
        "Las fuerzas de {R} y {S} realizaron maniobras conjuntas en {month}.",
        "Las exportaciones de armas de {S} a {R} alcanzaron {v} millones de dólares en {year}.",
    ],
    "ru": [
        "{S} поставила {n} {sys}, получатель — {R}, сообщило министерство обороны в {year} году.",
        "{R} и {S} подписали контракт на поставку {n} {sys} стоимостью {v} млрд долларов.",
        "{S} предложила {sys} стране {R}, сообщают источники, знакомые с переговорами.",
        "Первая партия {sys} прибыла в страну {R} {day} {month}, через несколько месяцев после сделки.",
        "{R} рассматривает покупку {n} {sys} производства {S}.",
        "{S} приостановила поставки {sys} в страну {R} после столкновений {year} года.",
        "Военные {R} и {S} провели совместные учения в {year} году.",
        "Экспорт оружия из страны {S} в страну {R} достиг {v} млн долларов в {year} году.",
    ],
    "ar": [
        "سلمت {S} {n} من طراز {sys} إلى {R} في {month} {year} بحسب وزارة الدفاع.",
        "وقعت {R} عقدا بقيمة {v} مليار دولار لشراء {n} {sys} من {S}.",
        "عرضت {S} منظومة {sys} على {R} بحسب مصادر مطلعة على المحادثات.",
        "وصلت الدفعة الأولى من {sys} إلى {R} في {day} {month} بعد أشهر من الاتفاق مع {S}.",
        "تدرس {R} شراء {n} {sys} من صنع {S}.",
        "علقت {S} تسليم {sys} إلى {R} بعد اشتباكات عام {year}.",
        "أجرت قوات {R} و{S} مناورات مشتركة في {month} الماضي.",
        "بلغت صادرات الأسلحة من {S} إلى {R} {v} مليون دولار في عام {year}.",
    ],
    "fa": [
        "{S} {n} فروند {sys} را در {month} {year} به {R} تحویل داد.",
        "{R} قراردادی به ارزش {v} میلیارد دلار برای خرید {n} {sys} از {S} امضا کرد.",
        "{S} سامانه {sys} را به {R} پیشنهاد داده است.",
        "نخستین محموله {sys} در {day} {month} به {R} رسید.",
        "{R} در حال بررسی خرید {n} {sys} ساخت {S} است.",
        "{S} تحویل {sys} به {R} را پس از درگیری‌های سال {year} متوقف کرد.",
        "نیروهای {R} و {S} در {month} رزمایش مشترک برگزار کردند.",
        "صادرات سلاح از {S} به {R} در سال {year} به {v} میلیون دلار رسید.",
    ],
    "vi": [
        "{S} đã bàn giao {n} {sys} cho {R} vào {month} năm {year}, Bộ Quốc phòng cho biết.",
        "{R} đã ký hợp đồng trị giá {v} tỷ USD để mua {n} {sys} của {S}.",
        "{S} đã chào bán {sys} cho {R}, theo các nguồn tin am hiểu.",
        "Lô {sys} đầu tiên đã đến {R} ngày {day} {month}, vài tháng sau thỏa thuận với {S}.",
        "{R} đang cân nhắc mua {n} {sys} do {S} sản xuất.",
        "{S} đã tạm dừng chuyển giao {sys} cho {R} sau các cuộc đụng độ năm {year}.",
        "Quân đội {R} và {S} đã tập trận chung vào {month}.",
        "Xuất khẩu vũ khí từ {S} sang {R} đạt {v} triệu USD trong năm {year}.",
    ],
    "zh": [
        "{S}于{year}年{month}向{R}交付了{n}架{sys}，国防部表示。",
        "{R}签署了价值{v}亿美元的合同，从{S}购买{n}套{sys}。",
        "据知情人士透露，{S}已向{R}提供{sys}。",
        "首批{sys}于{month}{day}日运抵{R}，距与{S}达成协议已有数月。",
        "{R}正在考虑购买{n}套{S}制造的{sys}。",
        "{year}年冲突后，{S}暂停向{R}交付{sys}。",
        "{R}和{S}军队于{month}举行了联合军演。",
        "{year}年{S}对{R}的武器出口达到{v}亿美元。",
    ],
}

NEWS = {
    "en": [
        "The central bank of {X} kept its main rate at {pct} percent on {day} {month}.",
        "Inflation in {X} slowed to {pct} percent in {month}, the statistics office said.",
        "Heavy rain closed {k} roads in the north of {X} on Tuesday.",
        "The national team of {X} beat {Y} {k}-{n} in a friendly match last night.",
        "Ticket prices at the museum will rise by {pct} percent from {month} {year}.",
        "The prime minister of {X} will meet business leaders from {Y} next week.",
        "More than {n} thousand people attended the festival, organisers said.",
        "Exports of coffee from {X} to {Y} rose by {pct} percent in {year}.",
        "The city council approved a budget of ${v} million for new schools.",
        "Scientists in {X} reported {n} new cases of the virus on {day} {month}.",
        "The airline will open {k} new routes between {X} and {Y} in {month}.",
        "Shares of the largest bank in {X} fell {pct} percent in early trading.",
        "Temperatures are expected to reach {n} degrees across the south this weekend.",
        "Voters in {X} will elect a new parliament in {month} {year}.",
    ],
    "fr": [
        "La banque centrale de {X} a maintenu son taux directeur à {pct} % le {day} {month}.",
        "L'inflation en {X} a ralenti à {pct} % en {month}, selon l'institut statistique.",
        "De fortes pluies ont fermé {k} routes dans le nord du pays mardi.",
        "L'équipe de {X} a battu {Y} {k} à {n} lors d'un match amical.",
        "Le prix des billets du musée augmentera de {pct} % à partir de {month} {year}.",
        "Le Premier ministre rencontrera des chefs d'entreprise de {Y} la semaine prochaine.",
        "Plus de {n} mille personnes ont assisté au festival, selon les organisateurs.",
        "Les exportations de café de {X} vers {Y} ont progressé de {pct} % en {year}.",
        "Le conseil municipal a adopté un budget de {v} millions d'euros pour les écoles.",
        "Les températures devraient atteindre {n} degrés dans le sud ce week-end.",
        "Les électeurs de {X} éliront un nouveau parlement en {month} {year}.",
    ],
    "es": [
        "El banco central de {X} mantuvo su tipo de interés en el {pct} % el {day} de {month}.",
        "La inflación en {X} se moderó al {pct} % en {month}, según la oficina de estadística.",
        "Las fuertes lluvias cerraron {k} carreteras en el norte del país el martes.",
        "La selección de {X} venció a {Y} por {k} a {n} en un partido amistoso.",
        "El precio de las entradas del museo subirá un {pct} % a partir de {month} de {year}.",
        "El primer ministro se reunirá con empresarios de {Y} la próxima semana.",
        "Más de {n} mil personas asistieron al festival, según los organizadores.",
        "Las exportaciones de café de {X} a {Y} crecieron un {pct} % en {year}.",
        "El ayuntamiento aprobó un presupuesto de {v} millones de euros para escuelas.",
        "Se esperan temperaturas de {n} grados en el sur este fin de semana.",
        "Los votantes de {X} elegirán un nuevo parlamento en {month} de {year}.",
    ],
    "ru": [
        "Центральный банк страны {X} сохранил ключевую ставку на уровне {pct} процента.",
        "Инфляция в стране {X} замедлилась до {pct} процента в {year} году, сообщила статслужба.",
        "Сильные дожди закрыли {k} дорог на севере страны во вторник.",
        "Сборная {X} обыграла команду {Y} со счётом {k}:{n} в товарищеском матче.",
        "Цены на билеты в музей вырастут на {pct} процента с {day} {month}.",
        "Премьер-министр встретится с предпринимателями из страны {Y} на следующей неделе.",
        "Более {n} тысяч человек посетили фестиваль, сообщили организаторы.",
        "Экспорт кофе из страны {X} вырос на {pct} процента в {year} году.",
        "Городской совет утвердил бюджет в {v} млн рублей на строительство школ.",
        "В выходные температура на юге поднимется до {n} градусов.",
        "Избиратели страны {X} выберут новый парламент в {year} году.",
    ],
    "ar": [
        "أبقى البنك المركزي في {X} سعر الفائدة عند {pct} بالمئة يوم {day} {month}.",
        "تباطأ التضخم في {X} إلى {pct} بالمئة في {month} بحسب مكتب الإحصاء.",
        "أغلقت الأمطار الغزيرة {k} طرق في شمال البلاد يوم الثلاثاء.",
        "فاز منتخب {X} على {Y} بنتيجة {k} مقابل {n} في مباراة ودية.",
        "سترتفع أسعار تذاكر المتحف بنسبة {pct} بالمئة اعتبارا من {month} {year}.",
        "سيلتقي رئيس الوزراء رجال أعمال من {Y} الأسبوع المقبل.",
        "حضر أكثر من {n} ألف شخص المهرجان بحسب المنظمين.",
        "ارتفعت صادرات البن من {X} إلى {Y} بنسبة {pct} بالمئة في عام {year}.",
        "وافق المجلس البلدي على ميزانية قدرها {v} مليون دولار لبناء مدارس جديدة.",
        "من المتوقع أن تصل درجات الحرارة إلى {n} درجة في الجنوب نهاية الأسبوع.",
        "ينتخب الناخبون في {X} برلمانا جديدا في {month} {year}.",
    ],
    "fa": [
        "بانک مرکزی {X} نرخ بهره را در {day} {month} در سطح {pct} درصد نگه داشت.",
        "تورم در {X} در {month} به {pct} درصد کاهش یافت.",
        "باران شدید روز سه‌شنبه {k} جاده را در شمال کشور بست.",
        "تیم ملی {X} در یک بازی دوستانه {Y} را {k} بر {n} شکست داد.",
        "قیمت بلیت موزه از {month} {year} به میزان {pct} درصد افزایش می‌یابد.",
        "نخست‌وزیر هفته آینده با فعالان اقتصادی {Y} دیدار می‌کند.",
        "بیش از {n} هزار نفر در این جشنواره شرکت کردند.",
        "صادرات قهوه از {X} به {Y} در سال {year} به میزان {pct} درصد افزایش یافت.",
        "شورای شهر بودجه‌ای به ارزش {v} میلیون دلار برای ساخت مدرسه تصویب کرد.",
        "دمای هوا در آخر هفته در جنوب به {n} درجه می‌رسد.",
        "رای‌دهندگان {X} در {month} {year} مجلس جدید را انتخاب می‌کنند.",
    ],
    "vi": [
        "Ngân hàng trung ương {X} giữ lãi suất ở mức {pct}% vào ngày {day} {month}.",
        "Lạm phát tại {X} giảm xuống {pct}% trong {month}, cơ quan thống kê cho biết.",
        "Mưa lớn đã làm đóng cửa {k} tuyến đường ở phía bắc vào thứ Ba.",
        "Đội tuyển {X} thắng {Y} {k}-{n} trong trận giao hữu tối qua.",
        "Giá vé bảo tàng sẽ tăng {pct}% từ {month} năm {year}.",
        "Thủ tướng sẽ gặp các doanh nghiệp {Y} vào tuần tới.",
        "Hơn {n} nghìn người đã tham dự lễ hội, ban tổ chức cho biết.",
        "Xuất khẩu cà phê từ {X} sang {Y} tăng {pct}% trong năm {year}.",
        "Hội đồng thành phố đã thông qua ngân sách {v} tỷ đồng cho trường học mới.",
        "Nhiệt độ cuối tuần này ở miền Nam dự kiến lên tới {n} độ.",
        "Cử tri {X} sẽ bầu quốc hội mới vào {month} năm {year}.",
    ],
    "zh": [
        "{X}央行于{month}{day}日将基准利率维持在{pct}%。",
        "统计局表示，{X}{month}的通胀率放缓至{pct}%。",
        "周二的暴雨导致北部{k}条道路封闭。",
        "{X}国家队在友谊赛中以{k}比{n}击败{Y}。",
        "博物馆门票将从{year}年{month}起上涨{pct}%。",
        "总理下周将会见来自{Y}的企业界人士。",
        "主办方表示，超过{n}千人参加了这次节日活动。",
        "{year}年{X}对{Y}的咖啡出口增长了{pct}%。",
        "市议会批准了{v}亿元的新学校预算。",
        "预计本周末南方气温将达到{n}度。",
        "{X}选民将于{year}年{month}选举新议会。",
    ],
}

DECIMAL_COMMA = {"fr", "es", "ru", "vi"}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _names(lang: str) -> tuple[dict[str, str], list[str]]:
    from babel import Locale

    loc = Locale.parse(lang)
    return {c: loc.territories[c] for c in STATES}, list(loc.months["format"]["wide"].values())


def _fill(template: str, lang: str, rnd: random.Random, names: dict[str, str], months: list[str]) -> str:
    s, r, x, y = rnd.sample(STATES, 4)
    v = f"{rnd.randint(1, 99) / 10:.1f}" if rnd.random() < 0.5 else str(rnd.randint(2, 950))
    pct = f"{rnd.randint(1, 150) / 10:.1f}"
    if lang in DECIMAL_COMMA:
        v, pct = v.replace(".", ","), pct.replace(".", ",")
    out = template.format(S=names[s], R=names[r], X=names[x], Y=names[y], sys=rnd.choice(SYSTEMS),
                          n=rnd.randint(2, 120), k=rnd.randint(1, 9), v=v, pct=pct,
                          year=rnd.randint(1995, 2025), month=rnd.choice(months), day=rnd.randint(1, 28))
    return out.translate(PERSIAN_DIGITS) if lang == "fa" and rnd.random() < 0.5 else out


TOPIC = 4  # news templates one document's ordinary sentences come from


def make_doc(lang: str, arms: bool, rnd: random.Random, size: int = 3000) -> str:
    """One ~`size`-character document: an arms story (half arms sentences) or plain news."""
    names, months = _names_cached(lang)
    topic = rnd.sample(NEWS[lang], min(TOPIC, len(NEWS[lang])))
    sents: list[str] = []
    para: list[str] = []
    while sum(len(p) for p in sents) < size:
        pool = ARMS[lang] if arms and rnd.random() < 0.5 else topic
        para.append(_fill(rnd.choice(pool), lang, rnd, names, months))
        if len(para) >= rnd.randint(2, 4):
            sents.append((" " if lang != "zh" else "").join(para))
            para = []
    if para:
        sents.append((" " if lang != "zh" else "").join(para))
    return "\n\n".join(sents)


_NAMES: dict[str, tuple[dict[str, str], list[str]]] = {}


def _names_cached(lang: str) -> tuple[dict[str, str], list[str]]:
    if lang not in _NAMES:
        _NAMES[lang] = _names(lang)
    return _NAMES[lang]


def make_texts(n: int, arms_share: float, seed: int) -> list[dict[str, str]]:
    """`n` JSON records (id, text, published), languages in rotation."""
    rnd = random.Random(seed)
    langs = list(ARMS)
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]
        arms = rnd.random() < arms_share
        out.append({"id": f"t{i}", "text": make_doc(lang, arms, rnd),
                    "published": f"20{rnd.randint(15, 25)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"})
    return out


def write_corpus(root: Path, n_text: int, n_html: int, arms_share: float, seed: int = 7) -> tuple[Path, Path]:
    """A JSONL file of text records and a folder of HTML pages with navigation/footer junk."""
    root.mkdir(parents=True, exist_ok=True)
    text_path, html_path = root / "text.jsonl", root / "html"
    html_path.mkdir(exist_ok=True)
    with text_path.open("w", encoding="utf-8") as fh:
        for rec in make_texts(n_text, arms_share, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in make_texts(n_html, arms_share, seed + 1):
        paras = "".join(f"<p>{p}</p>" for p in rec["text"].split("\n\n"))
        (html_path / f"{rec['id']}.html").write_text(
            f"<html><head><title>News {rec['id']}</title></head><body><nav>Home | World</nav>"
            f"<article>{paras}</article><footer>Cookies policy</footer></body></html>", encoding="utf-8")
    return text_path, html_path

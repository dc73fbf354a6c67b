"""A synthetic multilingual coded survey (en/ru/kk answers with typos) for the suggestion benchmarks."""

from __future__ import annotations

import random

from app.core.models import Theme

Coded = tuple[str, str | None, str, frozenset[str]]  # (response id, question id, text, theme ids)

# Synthetic survey: per theme, keywords the codebook lists and phrases respondents write (many of them
# without any keyword, so only coded examples can teach them).
SYNTHETIC: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    "awareness": (
        {"en": ("advertis", "inform", "social media"), "ru": ("реклам", "информир"), "kk": ("жарнама",)},
        {
            "en": (
                "more advertising on tv",
                "people never heard about the portal",
                "tell citizens via social media",
                "nobody knows these sites exist",
                "promote it at universities",
            ),
            "ru": (
                "больше рекламы в инстаграме",
                "люди не знают о порталах",
                "информировать население",
                "рассказывать про сайт в школах",
                "никто не слышал про открытый акимат",
            ),
            "kk": (
                "жарнама көбірек болу керек",
                "халық порталдар туралы білмейді",
                "әлеуметтік желілерде айту",
            ),
        },
    ),
    "usability": (
        {
            "en": ("interface", "user friendly", "simplif"),
            "ru": ("удобн", "интерфейс", "упрост"),
            "kk": ("ыңғайлы",),
        },
        {
            "en": (
                "make the interface simpler",
                "hard to find where to submit",
                "registration takes forever",
                "the mobile version is broken",
                "simplify the forms",
            ),
            "ru": (
                "сделать сайт удобнее",
                "регистрация слишком сложная",
                "упростить подачу обращений",
                "с телефона неудобно",
                "запутанное меню",
            ),
            "kk": ("сайтты ыңғайлы қылу керек", "тіркелу өте күрделі", "мобильді қосымша керек"),
        },
    ),
    "responsiveness": (
        {"en": ("respons", "answer faster", "feedback"), "ru": ("отвеча", "реагир"), "kk": ("жауап",)},
        {
            "en": (
                "officials should answer faster",
                "nobody replied to my complaint",
                "they ignore requests for months",
                "give real feedback to people",
            ),
            "ru": (
                "чиновники должны быстрее отвечать",
                "на мою жалобу никто не ответил",
                "реагировать на обращения вовремя",
                "отписки вместо решения",
            ),
            "kk": ("әкімдік тез жауап беруі керек", "өтінішке жауап келмеді"),
        },
    ),
    "transparency": (
        {
            "en": ("transparen", "report", "open data"),
            "ru": ("прозрачн", "отчет", "открыт"),
            "kk": ("ашықтық", "есеп"),
        },
        {
            "en": (
                "publish reports on the budget",
                "show what happened with proposals",
                "more transparency in decisions",
                "make spending data public",
            ),
            "ru": (
                "больше прозрачности в решениях",
                "публиковать отчеты о бюджете",
                "показывать результаты обращений",
                "открытые данные о расходах",
            ),
            "kk": ("шешімдерде ашықтық болу керек", "бюджет туралы есеп жариялау"),
        },
    ),
    "incentives": (
        {"en": ("reward", "incentive", "bonus"), "ru": ("поощр", "бонус", "мотивац"), "kk": ("марапат",)},
        {
            "en": (
                "give points or discounts to active users",
                "reward people who take part",
                "some bonus for participation",
            ),
            "ru": ("давать бонусы активным жителям", "поощрять участие", "нужна мотивация для людей"),
            "kk": ("белсенді азаматтарды марапаттау", "қатысқандарға бонус беру"),
        },
    ),
    "trust": (
        {"en": ("trust", "pointless"), "ru": ("довер", "бесполезн"), "kk": ("сенім",)},
        {
            "en": ("i do not believe anything will change", "it is all for show", "no trust in officials"),
            "ru": ("не верю что что-то изменится", "это все для галочки", "нет доверия к акимату"),
            "kk": ("әкімдікке сенім жоқ", "ештеңе өзгермейді деп ойлаймын"),
        },
    ),
    "offline participation": (
        {"en": ("meeting", "offline"), "ru": ("встреч", "собрани"), "kk": ("кездесу",)},
        {
            "en": ("hold meetings with residents in person", "town hall meetings every month"),
            "ru": ("проводить встречи с жителями", "собрания во дворах"),
            "kk": ("тұрғындармен кездесу өткізу", "ауладағы жиналыстар"),
        },
    ),
    "no participation": (
        {"en": ("never", "do not participate"), "ru": ("не участвую", "никак"), "kk": ("қатыспаймын",)},
        {
            "en": ("no", "nothing", "i never took part", "n/a", "none"),
            "ru": ("нет", "никак", "не участвую", "ничего"),
            "kk": ("жоқ", "қатыспаймын", "ешқандай"),
        },
    ),
}
FILLERS = {
    "en": ("i think", "honestly", "please", "in my opinion", "also"),
    "ru": ("я думаю", "честно говоря", "пожалуйста", "по-моему", "также"),
    "kk": ("менің ойымша", "шынымды айтсам", "өтінемін", "сондай-ақ"),
}


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """Swap, drop or double a letter in some words (how people type on phones)."""
    words = text.split()
    for i, word in enumerate(words):
        if len(word) > 3 and rng.random() < rate:
            j = rng.randrange(1, len(word) - 1)
            kind = rng.randrange(3)
            word = (
                word[:j] + word[j + 1] + word[j] + word[j + 2 :]
                if kind == 0
                else word[:j] + word[j + 1 :]
                if kind == 1
                else word[:j] + word[j] + word[j:]
            )
            words[i] = word
    return " ".join(words)


def synthetic_survey(answers: int, seed: int = 7, questions: int = 3) -> tuple[list[Theme], list[Coded]]:
    """Return themes with keywords and `answers` coded multilingual answers with typos, case and label noise."""
    rng = random.Random(seed)
    names = list(SYNTHETIC)
    themes = [Theme(id=f"t{i}", name=n, keywords=SYNTHETIC[n][0]) for i, n in enumerate(names)]
    weights = [8, 5, 5, 3, 1.5, 2, 1, 4]
    coded: list[Coded] = []
    for n in range(answers):
        lang = rng.choices(("ru", "kk", "en"), (5, 3, 2))[0]
        chosen = {rng.choices(range(len(names)), weights)[0]}
        if rng.random() < 0.25:
            chosen.add(rng.choices(range(len(names)), weights)[0])
        parts = [rng.choice(SYNTHETIC[names[i]][1][lang]) for i in sorted(chosen)]
        if rng.random() < 0.4:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(FILLERS[lang]))
        text = add_typos(", ".join(parts), rng, 0.08)
        text = text.capitalize() if rng.random() < 0.5 else text
        text += rng.choice(("", "", ".", "!", "..."))
        truth = {f"t{i}" for i in chosen}
        if rng.random() < 0.05:  # the coder disagrees with herself now and then
            truth = {f"t{rng.randrange(len(names))}"}
        coded.append((f"r{n}", f"q{n % questions}", text, frozenset(truth)))
    return themes, coded

"""A small realistic coded survey (en/ru/kk answers, five themes) shared by the report and export tests."""

from __future__ import annotations

import random
from datetime import date

from app.core.models import Question, Respondent, Response, Theme
from app.core.report_records import AgreementRow, ReportData

THEMES = (
    Theme(
        "t-aw",
        "Awareness",
        color="#4e79a7",
        position=1,
        definition="The respondent does not know, or learned late, that e-participation channels exist.",
        inclusion="Mentions not knowing about portals, apps, hearings or how to take part.",
        exclusion="Knows the channel but finds it hard to use (code Usability).",
        examples=("I didn't even know there was a website for this.",),
        keywords={
            "en": ("know", "aware", "information"),
            "ru": ("не знал", "информация"),
            "kk": ("білмедім",),
        },
    ),
    Theme(
        "t-us",
        "Usability",
        color="#f28e2b",
        position=2,
        definition="The respondent finds the channel difficult, slow or confusing to use.",
        inclusion="Complaints about registration, interface, language versions, mobile access.",
        exclusion="Complaints about the lack of a reply (code Responsiveness).",
        keywords={"en": ("difficult", "app", "login"), "ru": ("сложно", "неудобно")},
    ),
    Theme(
        "t-us-reg",
        "Registration and login",
        parent_id="t-us",
        color="#f28e2b",
        position=1,
        definition="Problems with eGov registration, ЭЦП keys or SMS codes.",
    ),
    Theme(
        "t-re",
        "Responsiveness",
        color="#e15759",
        position=3,
        definition="Authorities do not answer, answer late, or answer formally.",
        inclusion="Unanswered requests, template replies, no visible follow-up.",
        keywords={"en": ("answer", "reply", "ignored"), "ru": ("ответ", "игнор"), "kk": ("жауап",)},
    ),
    Theme(
        "t-tr",
        "Transparency",
        color="#76b7b2",
        position=4,
        definition="The respondent wants to see what happens with proposals and budgets.",
        keywords={"en": ("transparent", "report"), "ru": ("прозрачн", "отчёт")},
    ),
    Theme(
        "t-in",
        "Incentives",
        color="#59a14f",
        position=5,
        definition="Rewards, recognition or visible results that would motivate participation.",
        examples=("Give points or small rewards for every accepted proposal.",),
    ),
)

PARTICIPATION = [
    ("I didn't even know the city had an e-petition portal until a friend told me.", ("t-aw",)),
    ("Я не знал, что можно подавать обращения через eOtinish.", ("t-aw",)),
    ("Мен бұл порталдар туралы білмедім, ақпарат жоқ.", ("t-aw",)),
    ("I tried to register on eGov but the SMS code never came, so I gave up.", ("t-us", "t-us-reg")),
    ("Регистрация через ЭЦП слишком сложная, пожилым людям неудобно.", ("t-us-reg",)),
    ("Қосымша өте баяу жұмыс істейді, қазақша нұсқасы толық емес.", ("t-us",)),
    ("I wrote to the akimat twice about the broken lights and got no reply.", ("t-re",)),
    ("Ответ пришёл через месяц, формальная отписка, ничего не сделали.", ("t-re",)),
    ("Өтінішке жауап келмеді, сондықтан енді жазбаймын.", ("t-re",)),
    ("I vote in the Open Budgets project every year <b>when</b> I remember & have time.", ("t-tr",)),
    ("Не участвую.", ()),
    ("Жоқ", ()),
]
RECOMMENDATIONS = [
    ("Publish a public report on what happened with every proposal, with budgets.", ("t-tr",)),
    ("Нужна прозрачность: показывать, на что тратятся деньги и кто принял решение.", ("t-tr",)),
    ("Әкімдік шешімдерді ашық жариялау керек.", ("t-tr",)),
    ("Give points or discounts on public transport for people who take part.", ("t-in",)),
    ("Поощрять активных жителей, например грамотами или баллами.", ("t-in",)),
    ("Белсенді азаматтарды марапаттау қажет.", ("t-in",)),
    ("Make the app simpler and advertise it on TV and in schools.", ("t-us", "t-aw")),
    ("Больше рекламы в соцсетях, многие просто не знают о порталах.", ("t-aw",)),
    ("Answer every request within a week and show the status online.", ("t-re", "t-tr")),
    ('=HYPERLINK("http://example.com") just kidding, nothing to add.', ()),
    ("Нет предложений", ()),
]


def sample_report_data(n_respondents: int = 100, seed: int = 7, include_quotes: bool = False) -> ReportData:
    """Return a coded two-question survey: some answers uncoded, some with no theme, attributes set."""
    rng = random.Random(seed)
    questions = [
        Question("q1", "participation", "In what ways do you participate in e-government initiatives?", 1),
        Question(
            "q2", "recommendations", "What recommendations can you provide to improve participation?", 2
        ),
    ]
    respondents, responses, coded = [], [], {}
    for i in range(n_respondents):
        rid = f"r{i:03d}"
        respondents.append(
            Respondent(
                rid,
                f"R{i + 1:03d}",
                {
                    "age group": rng.choice(["18–29", "30–44", "45–59", "60+"]),
                    "sector": rng.choice(["public", "private", "student", "retired"]),
                },
            )
        )
        for q, bank in ((questions[0], PARTICIPATION), (questions[1], RECOMMENDATIONS)):
            text, themes = rng.choice(bank)
            resp = Response(f"{rid}-{q.id}", rid, q.id, text)
            responses.append(resp)
            if rng.random() < 0.9:
                coded[resp.id] = frozenset(themes)
    agreement = [
        AgreementRow("Awareness", 180, 93.3, 0.81, 0.81, (0.70, 0.90), "almost perfect"),
        AgreementRow("Usability", 180, 90.0, 0.72, 0.72, (0.58, 0.84), "substantial"),
        AgreementRow("Responsiveness", 180, 95.6, 0.86, 0.86, (0.76, 0.94), "almost perfect"),
        AgreementRow("Transparency", 180, 88.9, 0.64, 0.64, (0.49, 0.78), "substantial"),
        AgreementRow(
            "Incentives", 180, 100.0, None, None, None, "", "no variation: both coders never used it"
        ),
    ]
    return ReportData(
        title="E-participation in Astana: open answers",
        generated=date(2024, 5, 14),
        reported_coding="consensus",
        coders=["Aigerim", "Daniyar"],
        questions=questions,
        themes=THEMES,
        respondents=respondents,
        responses=responses,
        coded=coded,
        attributes_by=["age group", "sector"],
        agreement=agreement,
        agreement_overall=AgreementRow("All themes", 180, 93.6, 0.78, 0.78, (0.71, 0.84), "substantial"),
        methods_extra={
            "agreement_coders": ["Aigerim", "Daniyar"],
            "ci_method": "percentile bootstrap, 1,000 resamples",
        },
        include_quotes=include_quotes,
    )

"""The demo survey project: a small trilingual open-government survey to try the app on."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from app.core.models import Codebook, Theme
from app.project import Project

QUESTIONS = [
    ("Q8", "In what ways do you participate in the work of the city administration?"),
    ("Q9", "What recommendations can you provide to improve the e-government portals?"),
]
ATTRIBUTES = {
    "age group": ["18–24", "25–34", "35–44", "45–54", "55+"],
    "sector": ["public", "private", "student", "self-employed", "retired"],
    "language": ["Russian", "Kazakh", "English"],
}
ANSWERS = {
    "Q8": [
        "I submit complaints about roads through eOtinish", "Через портал Открытые НПА комментирую проекты",
        "I do not participate, I did not know it was possible", "Не участвую, нет времени",
        "Attend public hearings at the akimat once a year", "Пишу в блог акима о проблемах двора",
        "Әкімдіктің Instagram парақшасына пікір жазамын", "Only vote in elections",
        "Мы с соседями собирали подписи за детскую площадку", "Ничего не знаю об этих порталах",
        "I used Open Budgets to check spending on my district", "Telegram-чат района, там отвечают быстрее",
        "нет", "no", "не знаю", "Ешқандай", "Sometimes I answer online surveys from the city",
    ],
    "Q9": [
        "More advertising, most people have never heard of these portals", "Нужно больше рекламы порталов",
        "Make the site simpler, it is hard to find anything", "Сделать удобный мобильный интерфейс",
        "Answer faster, my request waited two months", "Отвечать по существу, а не отписками",
        "Publish how the budget is actually spent", "Больше прозрачности в решениях акимата",
        "Give people a reason to participate, some reward or feedback", "Жарнама керек, халық білмейді",
        "Сайт жиі істемей қалады, жөндеу керек", "Show what happened with each proposal",
        "Translate everything into Kazakh properly", "Нет рекомендаций", "nothing", "не знаю",
        "Login through eGov is confusing for older people, please simplify", "Open data in machine-readable form",
    ],
}
CODEBOOK = Codebook(name="Open government (demo)", themes=(
    Theme(id="demo-awareness", name="awareness", color="#4e79a7", position=1,
          definition="The respondent does not know the portals exist or asks for more information about them.",
          inclusion="Mentions of advertising, not knowing, information campaigns.",
          exclusion="Complaints about how the site works (usability).",
          keywords={"en": ("advertising", "heard", "know"), "ru": ("реклама", "знаю"), "kk": ("жарнама", "білмейді")}),
    Theme(id="demo-usability", name="usability", color="#f28e2b", position=2,
          definition="How easy the portals are to use: navigation, login, mobile, outages.",
          keywords={"en": ("simple", "site", "login", "mobile"), "ru": ("удобный", "сайт"), "kk": ("сайт",)}),
    Theme(id="demo-responsiveness", name="responsiveness", color="#e15759", position=3,
          definition="Whether and how fast officials answer requests and complaints.",
          keywords={"en": ("answer", "faster", "waited"), "ru": ("отвечать", "отписками")}),
    Theme(id="demo-transparency", name="transparency", color="#76b7b2", position=4,
          definition="Openness about decisions, budgets and what happens with proposals.",
          keywords={"en": ("budget", "spent", "open data"), "ru": ("прозрачности", "бюджет")}),
    Theme(id="demo-incentives", name="incentives", color="#59a14f", position=5,
          definition="Reasons or rewards that would make people take part.",
          keywords={"en": ("reward", "reason", "feedback")}),
    Theme(id="demo-offline", name="offline participation", color="#edc948", position=6,
          definition="Taking part in person: hearings, meetings, petitions on paper."),
    Theme(id="demo-none", name="no participation", color="#b07aa1", position=7,
          definition="The respondent says they do not take part at all."),
))


def demo_target() -> str:
    """Return where the demo project lives (the user's data folder)."""
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("Thematic", "Thematic")) / "demo-survey.thematic")


def demo_wave(respondents: int = 213, seed: int = 7) -> tuple[list, list, list]:
    """Return (questions, respondents with attributes, answers) of a reproducible demo survey."""
    rng = random.Random(seed)
    people = [(f"R{i:03d}", {name: rng.choice(values) for name, values in ATTRIBUTES.items()})
              for i in range(1, respondents + 1)]
    answers = [(pid, key, rng.choice(ANSWERS[key])) for pid, _ in people for key, _ in QUESTIONS
               if rng.random() > 0.06]
    return QUESTIONS, people, answers


def build_demo_project(target: str, progress: Callable[[float, str], None] | None = None) -> str:
    """Create the demo project at `target` (a pure function of the target; runs in the background)."""
    report = progress or (lambda _f, _s: None)
    report(0.1, "Creating the demo project")
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    project = Project.create(target, title="Open government survey (demo)", codebook=CODEBOOK)
    try:
        report(0.3, "Adding the survey answers")
        if hasattr(project, "import_survey") and _seed_demo_available():
            _import_seed_demo(project, Path(target).parent)
        else:
            _add_wave(project, *demo_wave())
    finally:
        project.close()
    report(1.0, "Done")
    return target


def _seed_demo_available() -> bool:
    """True when the seed study's demo survey and the survey reader are installed."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None
               for m in ("app.core.demo_survey", "app.core.survey_file", "app.core.survey_import"))


def _import_seed_demo(project: Project, folder: Path) -> None:
    """Import the seed study's demo survey and both demo coders' codings through the facade."""
    from app.core.demo_survey import demo_codings_csv_text, demo_survey_csv_text

    survey = folder / "demo-survey.csv"
    codings = folder / "demo-codings.csv"
    survey.write_text(demo_survey_csv_text(), encoding="utf-8")
    codings.write_text(demo_codings_csv_text(), encoding="utf-8")
    try:
        project.import_survey(survey)
        project.import_codings(codings, create_themes=True)
    finally:
        survey.unlink(missing_ok=True)
        codings.unlink(missing_ok=True)


def _add_wave(project: Project, questions, people, answers) -> None:
    """Store the demo answers (through the survey store until the facade offers a data use case)."""
    from app.storage.survey_store import WaveRows, insert_wave

    with project._session() as s:
        insert_wave(s, WaveRows(file_name="demo-survey.csv", checksum="demo-survey-v1", questions=questions,
                                respondents=people, answers=answers, blank_answers=0))

"""A deterministic demo of the seed study's survey (213 Astana residents, 12 questions) coded by two coders.

The closed answers reproduce the published percentages (rounded to whole respondents of 213); the
open answers, in English, Russian and Kazakh, reproduce the published category counts of section 4.1
under the reference coder ("Aigerim"). The second coder ("Daniyar") disagrees on a few answers.

Published category "incentives and offline participation (3)" (question 9) is reproduced as three
answers: one coded incentives, one offline participation, one both; so per theme the counts are
incentives 2 and offline participation 2, and the answers with either theme number 3.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field

from app.core import demo_answers as bank
from app.core.demo_answers import DemoAnswer

SEED = 20230213
RESPONDENTS = 213
REFERENCE_CODER, SECOND_CODER = "Aigerim", "Daniyar"
CODERS = (REFERENCE_CODER, SECOND_CODER)
NONE_APPLIES = ""  # theme of a coding row that records "no theme applies"
MULTI_SEPARATOR = "; "

RESPONDENT = "Respondent ID"
Q1 = "1. Are you informed about the existence of the following open government websites? Select all that apply."
Q2 = "2. Have you ever participated in any open government initiatives or activities in Astana?"
Q3 = (
    "3. If yes, please specify the type of open government initiatives or activities you have "
    "participated in (select all that apply)"
)
Q3_OTHER = "3. Other (please specify)"
Q4 = (
    "4. How often do you visit government websites or online platforms to access information or to "
    "participate in decision-making processes?"
)
Q5 = (
    "5. In what ways do you participate in decision making through open government websites, "
    "specifically Open Akimat?"
)
Q6 = "6. On a scale of 1 to 5, how would you rate your awareness level of open government initiatives in Astana?"
Q7 = (
    "7. What factors would encourage you to participate more actively in open government initiatives? "
    "(Select all that apply)"
)
Q8 = "8. What are some of the challenges you face in delivering your concerns and suggestions via open government websites?"
Q8_OTHER = "8. Other (please specify)"
Q9 = "9. What kind of recommendations can you provide to improve citizen participation in open government initiatives?"
Q10 = "10. What is your current status?"
Q11 = "11. Do you work in the public or private sector?"
Q12 = "12. What is your age?"
HEADERS = (RESPONDENT, Q1, Q2, Q3, Q3_OTHER, Q4, Q5, Q6, Q7, Q8, Q8_OTHER, Q9, Q10, Q11, Q12)
QUESTIONS = (Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9, Q10, Q11, Q12)
OPEN_QUESTIONS = (Q5, Q9, Q3_OTHER, Q8_OTHER)

OTHER = "Other (please specify)"
# Option counts among the 213 respondents (Table 1 and section 4.1 percentages of 213, or of the 73
# who answered question 3); options not published separately are marked in the comments.
OPTION_COUNTS: dict[str, dict[str, int]] = {
    Q1: {
        "E-government (www.egov.kz)": 200,
        "Smart Astana (www.smart.astana.kz)": 42,
        "Open Akimat (www.astana.gov.kz)": 55,
        "None of the above": 10,
    },
    Q2: {"No": 150, "Not sure": 22, "Yes": 41},
    Q3: {
        "Public consultations on policy-making": 14,
        "Community forums or town hall meetings": 15,
        "Online surveys or feedback forms": 41,
        "Citizen advisory committees or councils": 11,
        "Participatory budgeting processes": 8,
        OTHER: 16,
    },
    Q4: {"Never": 44, "Rarely": 108, "Monthly": 41, "Weekly": 17, "Daily": 3},
    Q6: {"1": 59, "2": 60, "3": 61, "4": 27, "5": 6},
    Q7: {
        "Increased transparency and accountability from government institutions": 109,
        "Simplified and user-friendly online platforms for engagement": 139,
        "Clear communication about the purpose and outcomes of initiatives": 93,
        "Opportunities for meaningful contributions and impact": 99,
        "Incentives or rewards for participation": 65,
    },
    Q8: {
        "Technical challenges, difficulties in using the digital platforms": 114,
        "No response from authorities": 106,
        "Privacy concerns": 59,
        OTHER: 21,
    },
    # Students first, retired last, so that status follows age; unemployed 7 and retired 4 make up
    # the published "rest" (5.2%).
    Q10: {
        "Student": 77,
        "Employed student (part-time job while studying)": 16,
        "Employed part-time": 19,
        "Employed full-time": 90,
        "Unemployed": 7,
        "Retired": 4,
    },
    Q11: {"Private sector": 163, "Public sector": 50},
    # 45+ (6.7%, 14 respondents) split 9 / 4 / 1.
    Q12: {
        "18-24 years old": 110,
        "25-34 years old": 51,
        "35-44 years old": 38,
        "45-54 years old": 9,
        "55-64 years old": 4,
        "65+ years old": 1,
    },
}
Q3_RESPONDENTS = 73

# Published percentages (section 4.1) that the option counts round to.
PUBLISHED_PERCENTAGES: dict[str, dict[str, float]] = {
    Q12: {
        "18-24 years old": 51.6,
        "25-34 years old": 23.9,
        "35-44 years old": 17.8,
        "45-54 years old|55-64 years old|65+ years old": 6.7,
    },
    Q10: {
        "Employed full-time": 42.3,
        "Student": 36.2,
        "Employed part-time": 8.9,
        "Employed student (part-time job while studying)": 7.5,
    },
    Q11: {"Private sector": 76.4, "Public sector": 23.6},
    Q6: {"1": 27.7, "2": 28.2, "3": 28.6, "4": 12.7, "5": 2.8},
    Q4: {"Rarely": 50.7, "Never": 20.7, "Monthly": 19.2, "Weekly": 8.0, "Daily": 1.4},
    Q2: {"No": 70.4, "Yes": 19.2},
    Q1: {
        "E-government (www.egov.kz)": 93.9,
        "Smart Astana (www.smart.astana.kz)": 19.7,
        "Open Akimat (www.astana.gov.kz)": 25.8,
        "None of the above": 4.7,
    },
}

# Answers coded with each theme by the reference coder, per open question (section 4.1).
PUBLISHED_COUNTS: dict[str, dict[str, int]] = {
    Q9: {
        "awareness": 16,
        "usability": 10,
        "responsiveness": 10,
        "transparency": 5,
        "incentives": 2,
        "offline participation": 2,
    },
    Q5: {
        "no participation": 14,
        "occasional participation": 3,
        "public discussion and commenting": 3,
        "reporting issues and feedback": 5,
        "voting": 2,
    },
    Q3_OTHER: {"no participation": 9, "offline participation": 1, "public discussion and commenting": 1},
    Q8_OTHER: {
        "no issues": 6,
        "no participation": 2,
        "trust": 4,
        "bureaucracy": 1,
        "slow response": 1,
        "lack of training": 1,
        "frequent process changes": 1,
        "portals are useless": 1,
    },
}
# The paper's categories that join several themes: answers with any of the themes.
PUBLISHED_CATEGORIES: dict[str, dict[str, tuple[int, tuple[str, ...]]]] = {
    Q9: {"incentives and offline participation": (3, ("incentives", "offline participation"))},
}
# Non-blank answers per open question ("Other" counts are those who chose Other and wrote something).
PUBLISHED_ANSWERED: dict[str, int] = {Q3_OTHER: 16, Q8_OTHER: 21}


@dataclass
class DemoSurvey:
    """The demo survey as plain data: a table of answers and two coders' codings of its open columns."""

    headers: list[str]
    rows: list[list[str]]
    open_questions: list[str]
    attribute_questions: list[str]
    codings: list[tuple[str, str, str, str]] = field(default_factory=list)

    def column(self, header: str) -> list[str]:
        """Return one column's cells in respondent order."""
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


def _ranked(rng: random.Random, people: list[int], score: list[float], noise: float) -> list[int]:
    """Order people by a noisy score, so categories handed out in order correlate with it."""
    return sorted(people, key=lambda p: score[p] + rng.gauss(0.0, noise))


def _hand_out(order: list[int], counts: dict[str, int]) -> dict[int, str]:
    """Give the first people the first option, and so on: exact counts in a chosen order."""
    values = [option for option, count in counts.items() for _ in range(count)]
    assert len(values) == len(order), "option counts must cover everyone"
    return dict(zip(order, values))


def _spread(
    rng: random.Random,
    people: list[int],
    counts: dict[str, int],
    picks: dict[int, list[str]],
    eligible: dict[str, set[int]] | None = None,
) -> None:
    """Add multi-select options with exact counts, first to people who have none yet."""
    for option, count in sorted(counts.items(), key=lambda item: -item[1]):
        allowed = eligible.get(option) if eligible else None
        pool = [p for p in people if option not in picks[p] and (allowed is None or p in allowed)]
        rng.shuffle(pool)
        pool.sort(key=lambda p: bool(picks[p]))
        if len(pool) < count:
            raise ValueError(f"demo survey: not enough respondents for {option!r}")
        for person in pool[:count]:
            picks[person].append(option)


def _ordered(picks: list[str], options: dict[str, int]) -> str:
    return MULTI_SEPARATOR.join(option for option in options if option in picks)


def _pair(people: list[int], answers: tuple[DemoAnswer, ...]) -> list[tuple[int, DemoAnswer]]:
    """Pair respondents with answers, insisting that the bank and the counts agree."""
    if len(people) != len(answers):
        raise ValueError(f"demo survey: {len(people)} respondents for {len(answers)} answers")
    return list(zip(people, answers))


def _take(rng: random.Random, pool: list[int], count: int) -> list[int]:
    """Remove and return `count` random people from pool."""
    chosen = rng.sample(pool, count)
    for person in chosen:
        pool.remove(person)
    return chosen


class _Builder:
    """Builds the table column by column from one seeded random generator."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.people = list(range(RESPONDENTS))
        self.engagement = [self.rng.gauss(0.0, 1.0) for _ in self.people]
        self.cells: dict[str, dict[int, str]] = {header: {} for header in HEADERS}
        self.answers: dict[str, dict[int, DemoAnswer]] = {header: {} for header in OPEN_QUESTIONS}

    def single_choice(self) -> None:
        rng, people = self.rng, self.people
        age_order = people[:]
        rng.shuffle(age_order)
        ages = _hand_out(age_order, OPTION_COUNTS[Q12])
        age_rank = {p: age_order.index(p) for p in people}
        self.cells[Q12] = ages
        self.cells[Q10] = _hand_out(
            _ranked(rng, people, [age_rank[p] for p in people], 6.0), OPTION_COUNTS[Q10]
        )
        self.cells[Q11] = _hand_out(_ranked(rng, people, self.engagement, 2.0), OPTION_COUNTS[Q11])
        for header in (Q2, Q4, Q6):
            self.cells[header] = _hand_out(_ranked(rng, people, self.engagement, 0.8), OPTION_COUNTS[header])

    def portals_heard_of(self) -> None:
        rng, counts = self.rng, OPTION_COUNTS[Q1]
        order = _ranked(rng, self.people, self.engagement, 0.5)
        none_of = set(order[: counts["None of the above"]])
        heard = [p for p in order if p not in none_of]
        picks: dict[int, list[str]] = {p: [] for p in self.people}
        egov, smart, akimat = list(counts)[:3]
        without_egov = set(rng.sample(heard, len(heard) - counts[egov]))
        for person in heard:
            if person not in without_egov:
                picks[person].append(egov)
        for person in without_egov:
            picks[person].append(akimat)
        engaged = sorted(heard, key=lambda p: -self.engagement[p] + rng.gauss(0.0, 1.0))
        _spread(rng, engaged[:120], {smart: counts[smart], akimat: counts[akimat] - len(without_egov)}, picks)
        for person in none_of:
            picks[person] = ["None of the above"]
        self.cells[Q1] = {p: _ordered(picks[p], counts) for p in self.people}

    def initiatives(self) -> None:
        rng, counts, q2 = self.rng, OPTION_COUNTS[Q3], self.cells[Q2]
        yes = [p for p in self.people if q2[p] == "Yes"]
        unsure = [p for p in self.people if q2[p] == "Not sure"]
        no = [p for p in self.people if q2[p] == "No"]
        said_no = rng.sample(no, Q3_RESPONDENTS - len(yes) - len(unsure))
        picks: dict[int, list[str]] = {p: [] for p in self.people}
        none_texts = bank.OTHER_INITIATIVES_NONE
        for person, answer in _pair(said_no[: len(none_texts)], none_texts):
            picks[person].append(OTHER)
            self.answers[Q3_OTHER][person] = answer
        for person in said_no[len(none_texts) :]:
            picks[person].append("Online surveys or feedback forms")
        remaining = {
            option: count - sum(option in picks[p] for p in said_no) for option, count in counts.items()
        }
        _spread(rng, yes + unsure, remaining, picks, eligible={OTHER: set(yes)})
        others = [p for p in yes if OTHER in picks[p]]
        for person, answer in _pair(others, bank.OTHER_INITIATIVES_DONE):
            self.answers[Q3_OTHER][person] = answer
        self.cells[Q3] = {p: _ordered(picks[p], counts) for p in self.people}

    def factors_and_problems(self) -> None:
        rng = self.rng
        picks: dict[int, list[str]] = {p: [] for p in self.people}
        _spread(rng, self.people, OPTION_COUNTS[Q7], picks)
        self.cells[Q7] = {p: _ordered(picks[p], OPTION_COUNTS[Q7]) for p in self.people}

        counts = OPTION_COUNTS[Q8]
        never = [p for p in self.people if self.cells[Q4][p] == "Never"]
        users = [p for p in self.people if self.cells[Q4][p] != "Never"]
        unused = _take(rng, never, len(bank.OTHER_PROBLEMS_UNUSED))
        fine = _take(rng, users, len(bank.OTHER_PROBLEMS_NONE))
        named = _take(rng, users, counts[OTHER] - len(unused) - len(fine))
        picks = {p: [] for p in self.people}
        for group, texts in (
            (unused, bank.OTHER_PROBLEMS_UNUSED),
            (fine, bank.OTHER_PROBLEMS_NONE),
            (named, bank.OTHER_PROBLEMS_NAMED),
        ):
            for person, answer in _pair(group, texts):
                picks[person].append(OTHER)
                self.answers[Q8_OTHER][person] = answer
        only_other = set(unused) | set(fine)
        closed = {option: count for option, count in counts.items() if option != OTHER}
        _spread(rng, [p for p in self.people if p not in only_other], closed, picks)
        self.cells[Q8] = {p: _ordered(picks[p], counts) for p in self.people}

    def open_answers(self) -> None:
        rng, q2 = self.rng, self.cells[Q2]
        by_status = {
            status: [p for p in self.people if q2[p] == status] for status in ("Yes", "No", "Not sure")
        }
        for status, answers in (
            ("No", bank.NO_PARTICIPATION_WAYS),
            ("Not sure", bank.OCCASIONAL_WAYS),
            ("Yes", bank.ACTIVE_WAYS),
        ):
            for person, answer in _pair(_take(rng, by_status[status], len(answers)), answers):
                self.answers[Q5][person] = answer
        for person, answer in _pair(rng.sample(self.people, len(bank.RECOMMENDATIONS)), bank.RECOMMENDATIONS):
            self.answers[Q9][person] = answer
        for header in OPEN_QUESTIONS:
            self.cells[header] = {p: a.text for p, a in self.answers[header].items()}

    def survey(self) -> DemoSurvey:
        self.single_choice()
        self.portals_heard_of()
        self.initiatives()
        self.factors_and_problems()
        self.open_answers()
        ids = {p: f"R{p + 1:03d}" for p in self.people}
        self.cells[RESPONDENT] = ids
        rows = [[self.cells[header].get(p, "") for header in HEADERS] for p in self.people]
        codings = [
            (ids[p], header, theme, coder)
            for header in OPEN_QUESTIONS
            for p in self.people
            if p in self.answers[header]
            for coder in CODERS
            for theme in (self.answers[header][p].themes_of(coder == REFERENCE_CODER) or (NONE_APPLIES,))
        ]
        attributes = [header for header in QUESTIONS if header not in OPEN_QUESTIONS]
        return DemoSurvey(list(HEADERS), rows, list(OPEN_QUESTIONS), attributes, codings)


def build_demo_survey() -> DemoSurvey:
    """Build the demo survey; the same every time, so tests and screenshots can rely on it."""
    return _Builder().survey()


def _csv_text(header: list[str], rows: list[list[str]] | list[tuple[str, ...]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def demo_survey_csv_text() -> str:
    """Return the demo survey as CSV text (write it as UTF-8) for the ordinary survey importer."""
    survey = build_demo_survey()
    return _csv_text(survey.headers, survey.rows)


def demo_codings_csv_text() -> str:
    """Return both coders' codings as long CSV (respondent,question,theme,coder); empty theme = none applies."""
    return _csv_text(["respondent", "question", "theme", "coder"], build_demo_survey().codings)


def reference_counts(survey: DemoSurvey, question: str, coder: str = REFERENCE_CODER) -> dict[str, int]:
    """Count answers per theme for one question and coder, to compare with PUBLISHED_COUNTS."""
    counts: dict[str, int] = {}
    for _respondent, header, theme, who in survey.codings:
        if header == question and who == coder and theme != NONE_APPLIES:
            counts[theme] = counts.get(theme, 0) + 1
    return counts

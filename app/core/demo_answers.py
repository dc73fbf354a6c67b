"""Open-ended answers of the demo survey with both coders' themes, written to match the seed study's counts.

Each answer is (text, reference coder's themes, second coder's themes or None when they agree).
An empty theme tuple means the coder decided that no theme applies.
"""

from __future__ import annotations

from typing import NamedTuple


class DemoAnswer(NamedTuple):
    """One open answer and how each demo coder coded it."""

    text: str
    reference: tuple[str, ...]
    second: tuple[str, ...] | None = None

    def themes_of(self, reference_coder: bool) -> tuple[str, ...]:
        """Return the themes given by the reference coder or by the second coder."""
        if reference_coder or self.second is None:
            return self.reference
        return self.second


AWARE, USE, RESP, TRANSP = "awareness", "usability", "responsiveness", "transparency"
INCENT, OFFLINE, TRUST, PRIVACY = "incentives", "offline participation", "trust", "privacy and data security"
NO_PART, OCCASIONAL, DISCUSS = (
    "no participation",
    "occasional participation",
    "public discussion and commenting",
)
REPORT, VOTE = "reporting issues and feedback", "voting"
BUREAU, SLOW, TRAINING = "bureaucracy", "slow response", "lack of training"
CHANGES, USELESS, NO_ISSUES = "frequent process changes", "portals are useless", "no issues"
NONE: tuple[str, ...] = ()

# Question 9: recommendations. Reference counts: awareness 16, usability 10, responsiveness 10,
# transparency 5, and 3 answers on incentives and/or offline participation (incentives 2, offline 2).
RECOMMENDATIONS: tuple[DemoAnswer, ...] = (
    DemoAnswer("Use social media platforms to inform people in simple and accessible language.", (AWARE,)),
    DemoAnswer(
        "More advertising on TV and in newspapers, most people have never heard of Open Akimat", (AWARE,)
    ),
    DemoAnswer("Больше рекламы в инстаграме и тик токе, молодеж сидит там", (AWARE,)),
    DemoAnswer(
        "Проводить информационные кампании в регионах, там вообще никто не знает про эти сайты", (AWARE,)
    ),
    DemoAnswer("Халыққа әлеуметтік желілер арқылы қарапайым тілмен түсіндіру керек", (AWARE,)),
    DemoAnswer("Теледидар мен газеттерде жарнама беру", (AWARE,)),
    DemoAnswer("promote the portals at universities, students dont know about them", (AWARE,)),
    DemoAnswer("Рассказывать людям о порталах, многие даже не слышали что такое открытый акимат", (AWARE,)),
    DemoAnswer("more information about the portals and simplify the website", (AWARE, USE)),
    DemoAnswer("Ақпарат көбірек болу керек, көп адам бұл порталдар туралы білмейді", (AWARE,)),
    DemoAnswer("Информировать население через СМИ и соцсети, сделать сайт удобнее", (AWARE, USE), (AWARE,)),
    DemoAnswer(
        "Advertise it on city buses and billboards. I found out about Open Akimat only from this survey",
        (AWARE,),
    ),
    DemoAnswer("Educational outreach in schools and colleges about e-participation", (AWARE,)),
    DemoAnswer("Жастар арасында насихаттау керек, инстаграмда жарнама жасау", (AWARE,)),
    DemoAnswer(
        "Надо больше информировать и показывать результаты обращений", (AWARE, TRANSP), (TRANSP, RESP)
    ),
    DemoAnswer("Awareness campaigns + make officials answer faster", (AWARE, RESP), (RESP,)),
    DemoAnswer("Redesign the interface, make it more intuitive and visually appealing", (USE,)),
    DemoAnswer("Упростить регистрацию и подачу обращений, слишком много шагов", (USE,)),
    DemoAnswer("Сайтты ыңғайлы қылу керек, мобильді қосымшасы болса жақсы болар еді", (USE,)),
    DemoAnswer("Multilingual support, the english version is almost empty", (USE,)),
    DemoAnswer("Сделать нормальную мобильную версию, с телефона неудобно", (USE,)),
    DemoAnswer("Қазақ тіліндегі нұсқасын толықтыру керек, кейбір беттер тек орысша", (USE,)),
    DemoAnswer("make registration easier, без ЭЦП", (USE,)),
    DemoAnswer("Интерфейс запутанный, для пожилых надо проще и с инструкцией", (USE,), (USE, TRAINING)),
    DemoAnswer(
        "Officials should actually respond to citizen feedback and show that our opinions are valued", (RESP,)
    ),
    DemoAnswer("Чтобы отвечали быстрее и по делу, а не отписками", (RESP,)),
    DemoAnswer("Өтініштің қай сатыда екенін қадағалайтын жүйе жасау керек", (RESP,)),
    DemoAnswer("Improve the speed and quality of responses from the akimat", (RESP,)),
    DemoAnswer("Обратная связ! Пишешь - и тишина", (RESP,)),
    DemoAnswer("Жауапты уақытында беру керек, әйтпесе ешкім жазбайды", (RESP,)),
    DemoAnswer("a tracking system where I can see what happend to my complaint", (RESP,), (RESP, USE)),
    DemoAnswer("Реагировать на обращения, а не просто регистрировать их", (RESP,), (RESP, TRANSP)),
    DemoAnswer("Listen to people and give real answers + publish what was done", (RESP, TRANSP), (TRANSP,)),
    DemoAnswer(
        "Regularly publish reports and statistics that show how citizen feedback influenced decisions",
        (TRANSP,),
    ),
    DemoAnswer("Публиковать отчеты, куда тратятся бюджетные деньги", (TRANSP,)),
    DemoAnswer("Шешімдердің нәтижесін ашық жариялап отыру", (TRANSP,), (TRANSP, AWARE)),
    DemoAnswer("Organize town hall meetings and offline discussions, not everyone is online", (OFFLINE,)),
    DemoAnswer("Давать какие-то бонусы или грамоты активным жителям", (INCENT,)),
    DemoAnswer(
        "Белсенді тұрғындарды марапаттау және аудан әкімімен кездесулер өткізу", (INCENT, OFFLINE), (OFFLINE,)
    ),
    DemoAnswer("не знаю", NONE),
    DemoAnswer("No idea", NONE),
    DemoAnswer("Білмеймін", NONE),
    DemoAnswer("затрудняюсь ответить", NONE),
    DemoAnswer("nothing", NONE),
)

# Question 5: how respondents participate. Reference counts: no participation 14, occasional 3
# (one mentions ikomek), public discussion 3, reporting issues 5, voting 2 (one: time zone via eGov).
NO_PARTICIPATION_WAYS: tuple[DemoAnswer, ...] = (
    DemoAnswer("I don't participate in any way", (NO_PART,)),
    DemoAnswer("Никак", (NO_PART,)),
    DemoAnswer("Қатыспаймын", (NO_PART,)),
    DemoAnswer("не участвую", (NO_PART,)),
    DemoAnswer("I dont", (NO_PART,)),
    DemoAnswer("Никак не участвую, только справки беру на егов", (NO_PART,)),
    DemoAnswer("Ешқандай жолмен қатыспаймын, тек eGov-тан анықтама аламын", (NO_PART,)),
    DemoAnswer("never used open akimat", (NO_PART,)),
    DemoAnswer("Не участвовал ни разу", (NO_PART,)),
    DemoAnswer("no", (NO_PART,), NONE),
    DemoAnswer("Пока никак", (NO_PART,)),
    DemoAnswer("Әлі қатысқан жоқпын", (NO_PART,)),
    DemoAnswer("I only use egov for documents, not for decision making", (NO_PART,)),
    DemoAnswer("нет", (NO_PART,)),
)
OCCASIONAL_WAYS: tuple[DemoAnswer, ...] = (
    DemoAnswer(
        "Only occasionally, once I called ikomek 109 about the heating in our building",
        (OCCASIONAL,),
        (REPORT,),
    ),
    DemoAnswer("Иногда читаю новости на сайте акимата, но сам ничего не пишу", (OCCASIONAL,)),
    DemoAnswer("Кейде ғана кіремін, сирек", (OCCASIONAL,)),
)
ACTIVE_WAYS: tuple[DemoAnswer, ...] = (
    DemoAnswer("I leave comments on draft decisions on Open Akimat", (DISCUSS,)),
    DemoAnswer("Участвую в обсуждениях проектов НПА на legalacts", (DISCUSS,)),
    DemoAnswer("Талқылауларға қатысып, пікір жазамын", (DISCUSS,)),
    DemoAnswer("Report potholes and broken streetlights through e-otinish", (REPORT,)),
    DemoAnswer("Писала жалобу в блог акима про отопление, ответили через месяц", (REPORT,), (REPORT, SLOW)),
    DemoAnswer("Ауладағы жол туралы өтініш жібердім", (REPORT,)),
    DemoAnswer("send feedback and complaints about public transport", (REPORT,)),
    DemoAnswer("Через открытый акимат сообщал о проблемах с вывозом мусора", (REPORT,)),
    DemoAnswer("I voted on the time zone change on the E-government portal", (VOTE,)),
    DemoAnswer("Голосую в опросах за благоустройство дворов", (VOTE,)),
)

# Question 3, "Other (please specify)": 16 answers; nine not participating, one public forum,
# one legal act discussion, five other activities.
OTHER_INITIATIVES_NONE: tuple[DemoAnswer, ...] = (
    DemoAnswer("I haven't participated in any", (NO_PART,)),
    DemoAnswer("Не участвовал", (NO_PART,)),
    DemoAnswer("Қатыспадым", (NO_PART,)),
    DemoAnswer("none", (NO_PART,)),
    DemoAnswer("ни в каких", (NO_PART,)),
    DemoAnswer("did not participate, chose this by mistake", (NO_PART,)),
    DemoAnswer("Ешқайсысына қатыспадым", (NO_PART,)),
    DemoAnswer("не принимала участия", (NO_PART,)),
    DemoAnswer("no participation yet", (NO_PART,)),
)
OTHER_INITIATIVES_DONE: tuple[DemoAnswer, ...] = (
    DemoAnswer("Attended a public forum at the akimat about the new park", (OFFLINE,), (DISCUSS,)),
    DemoAnswer("Обсуждение проектов нормативных правовых актов на legalacts.egov.kz", (DISCUSS,)),
    DemoAnswer("Жалоба через e-Otinish", (REPORT,)),
    DemoAnswer("ikomek 109 арқылы шағым түсірдім", (REPORT,)),
    DemoAnswer("Voted for the best yard project", (VOTE,)),
    DemoAnswer("Субботник", NONE, (OFFLINE,)),
    DemoAnswer("Volunteering at the city marathon", NONE),
)

# Question 8, "Other (please specify)": 21 answers; six no issues, two did not use the platforms,
# four lack of trust, one each bureaucracy, slow responses, training, process changes, useless; four unclear.
OTHER_PROBLEMS_NONE: tuple[DemoAnswer, ...] = (
    DemoAnswer("No problems", (NO_ISSUES,)),
    DemoAnswer("Проблем не было", (NO_ISSUES,)),
    DemoAnswer("Ешқандай қиындық болған жоқ", (NO_ISSUES,)),
    DemoAnswer("everything works fine for me", (NO_ISSUES,)),
    DemoAnswer("Всё устраивает", (NO_ISSUES,)),
    DemoAnswer("no issues so far", (NO_ISSUES,)),
)
OTHER_PROBLEMS_UNUSED: tuple[DemoAnswer, ...] = (
    DemoAnswer("I haven't used these platforms", (NO_PART,)),
    DemoAnswer("Не пользовалась", (NO_PART,), NONE),
)
OTHER_PROBLEMS_NAMED: tuple[DemoAnswer, ...] = (
    DemoAnswer("I don't trust the government, nothing will change anyway", (TRUST,)),
    DemoAnswer("Нет доверия, всё для галочки", (TRUST,)),
    DemoAnswer("Үкіметке сенбеймін", (TRUST,)),
    DemoAnswer("Don't believe anyone actually reads it", (TRUST,), (TRUST, RESP)),
    DemoAnswer("Бюрократия, футболят из одного ведомства в другое", (BUREAU,)),
    DemoAnswer("Ответ ждала больше месяца", (SLOW,)),
    DemoAnswer("Никто не объясняет как пользоваться, особенно пожилым", (TRAINING,), (TRAINING, USE)),
    DemoAnswer("They change the procedure all the time, I cant keep up", (CHANGES,)),
    DemoAnswer("Бұл сайттардан ешқандай пайда жоқ", (USELESS,), (USELESS, TRUST)),
    DemoAnswer("-", NONE),
    DemoAnswer("другое", NONE),
    DemoAnswer("затрудняюсь", NONE),
    DemoAnswer("n/a", NONE),
)

"""Agreement in the interface language: core's interpretation keys, levels, units and notes worded through tr().

app/core words agreement in English for the CLI and the PDF; the review shows the same structured values
(label keys, level keys, warning facts) in the language of the interface, falling back to core's English.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AgreementWords"

LABELS = {  # app/core/agreement_interpret.py: krippendorff_label, landis_koch_label, TOO_FEW
    "reliable": QT_TRANSLATE_NOOP("AgreementWords", "reliable"),
    "tentative": QT_TRANSLATE_NOOP("AgreementWords", "tentative"),
    "unreliable": QT_TRANSLATE_NOOP("AgreementWords", "unreliable"),
    "poor": QT_TRANSLATE_NOOP("AgreementWords", "poor"),
    "slight": QT_TRANSLATE_NOOP("AgreementWords", "slight"),
    "fair": QT_TRANSLATE_NOOP("AgreementWords", "fair"),
    "moderate": QT_TRANSLATE_NOOP("AgreementWords", "moderate"),
    "substantial": QT_TRANSLATE_NOOP("AgreementWords", "substantial"),
    "almost perfect": QT_TRANSLATE_NOOP("AgreementWords", "almost perfect"),
    "too few to judge": QT_TRANSLATE_NOOP("AgreementWords", "too few to judge"),
}
LEVELS = {  # app/core/agreement_levels.py: LEVEL_WORDS
    "top": QT_TRANSLATE_NOOP("AgreementWords", "top-level themes, each including its sub-themes"),
    "leaf": QT_TRANSLATE_NOOP(
        "AgreementWords",
        "the most specific themes (themes without sub-themes); codings on parent themes left out",
    ),
    "all": QT_TRANSLATE_NOOP("AgreementWords", "every theme, each parent including its sub-themes"),
}
UNITS = {
    "answer": QT_TRANSLATE_NOOP("AgreementWords", "answer"),
    "answer × theme": QT_TRANSLATE_NOOP("AgreementWords", "answer × theme"),
}
REASONS = {  # why a statistic is undefined (app/core/agreement*.py)
    "fewer than two categories": QT_TRANSLATE_NOOP("AgreementWords", "fewer than two categories"),
    "fewer than two coders": QT_TRANSLATE_NOOP("AgreementWords", "fewer than two coders"),
    "no values were coded": QT_TRANSLATE_NOOP("AgreementWords", "no values were coded"),
    "no unit was coded by two or more coders": QT_TRANSLATE_NOOP(
        "AgreementWords", "no unit was coded by two or more coders"
    ),
    "no unit was coded by both coders": QT_TRANSLATE_NOOP(
        "AgreementWords", "no unit was coded by both coders"
    ),
    "expected agreement is 1: every value falls in the same category": QT_TRANSLATE_NOOP(
        "AgreementWords", "expected agreement is 1: every value falls in the same category"
    ),
    "expected agreement is 1: both coders used one and the same category only": QT_TRANSLATE_NOOP(
        "AgreementWords", "expected agreement is 1: both coders used one and the same category only"
    ),
    "no pairable values: no unit was coded by two or more coders": QT_TRANSLATE_NOOP(
        "AgreementWords", "no pairable values: no unit was coded by two or more coders"
    ),
    "no variation: every pairable value is the same, so expected disagreement is 0": QT_TRANSLATE_NOOP(
        "AgreementWords", "no variation: every pairable value is the same, so expected disagreement is 0"
    ),
}
STATISTICS = {
    "percent_agreement": QT_TRANSLATE_NOOP("AgreementWords", "percent agreement"),
    "cohen_kappa": QT_TRANSLATE_NOOP("AgreementWords", "Cohen's κ"),
    "scott_pi": QT_TRANSLATE_NOOP("AgreementWords", "Scott's π"),
    "fleiss_kappa": QT_TRANSLATE_NOOP("AgreementWords", "Fleiss' κ"),
    "krippendorff_alpha": QT_TRANSLATE_NOOP("AgreementWords", "Krippendorff's α"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _word(table: Mapping[str, str], key: str) -> str:
    """Return a key's words in the interface language; an unknown key is shown as core gave it."""
    return _tr(table[key]) if key in table else key


def label(key: str) -> str:
    """An interpretation label (reliable, moderate, too few to judge…)."""
    return _word(LABELS, key)


def level(key: str) -> str:
    """What a level of themes compares (top, leaf, all)."""
    return _word(LEVELS, key)


def unit(key: str) -> str:
    """The unit of the headline statistics."""
    return _word(UNITS, key)


def reason(text: str) -> str:
    """Why a statistic is undefined."""
    return _word(REASONS, text)


def prevalence_warning(facts: tuple[float, list[tuple[str, float]]]) -> str:
    """The prevalence-paradox warning from app.core.agreement_interpret.prevalence_facts."""
    agreement, low = facts
    values = ", ".join(f"{_word(STATISTICS, name)} = {value:.3f}" for name, value in low)
    return (
        QCoreApplication.translate(
            "AgreementWords",
            "percent agreement is %1 but %2: when a category is rare (or nearly universal) chance agreement "
            "is high, so raw agreement overstates reliability (prevalence paradox); report the "
            "chance-corrected value together with the prevalence.",
        )
        .replace("%1", f"{agreement:.3f}")
        .replace("%2", values)
    )


def study_note(kind: str, facts: Mapping[str, object]) -> str | None:
    """One of an agreement study's notes (AgreementStudy.notes); None for a kind not known here."""
    if kind == "sparse_coder":
        where = (
            QCoreApplication.translate("AgreementWords", "shown apart: only their pairs include them")
            if facts["apart"]
            else QCoreApplication.translate("AgreementWords", "included as chosen")
        )
        return (
            QCoreApplication.translate(
                "AgreementWords", "coder %1 decided %2 answers, far fewer than %3 (%4); %5"
            )
            .replace("%1", str(facts["coder"]))
            .replace("%2", f"{facts['decided']:,}")
            .replace("%3", str(facts["busiest"]))
            .replace("%4", f"{facts['busiest_decided']:,}")
            .replace("%5", where)
        )
    if kind == "multi_theme":
        return QCoreApplication.translate(
            "AgreementWords",
            "%1 decisions carry several themes although the coding is single-choice; each such set is a "
            "category of its own",
        ).replace("%1", f"{facts['count']:,}")
    return None


def study_warnings(study) -> list[str]:
    """An agreement study's warnings in the interface language (core's English when a note is unknown)."""
    worded = [study_note(kind, facts) for kind, facts in study.notes]
    if len(worded) != len(study.warnings) or any(w is None for w in worded):
        return list(study.warnings)
    return [w for w in worded if w is not None]

"""Columns that hold personal data (e-mail addresses, phone numbers, names), in any survey language.

Such a column is proposed as IGNORE, never as the respondent id: a project should not copy personal
data unless the researcher asks (`--attribute` or `--id` still take it). A column is personal when:
- most of its values look like e-mail addresses, or like international phone numbers (`+7 701 …`);
- or its header names an e-mail, phone or person's name in English, Russian or Kazakh (Google Forms'
  "Адрес электронной почты", "Email Address", "Телефон", "Аты-жөні", …) and its values are short
  (a question that merely mentions a phone, "What do you think of our phone app?", stays a question).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[\d\s()\-.]{7,22}$")
_HEADER_WORDS = {
    "e-mail": "an e-mail address",
    "email": "an e-mail address",
    "mail": "an e-mail address",
    "почт": "an e-mail address",
    "пошта": "an e-mail address",
    "электрон": "an e-mail address",
    "телефон": "a phone number",
    "phone": "a phone number",
    "mobile": "a phone number",
    "whatsapp": "a phone number",
    "ұялы": "a phone number",
}
NAME_HEADERS = {  # whole headers (case, spaces and punctuation ignored): "Product name" is not personal
    "name",
    "yourname",
    "fullname",
    "firstname",
    "lastname",
    "surname",
    "respondentname",
    "имя",
    "вашеимя",
    "фио",
    "фамилия",
    "имяфамилия",
    "фамилияимя",
    "фамилияимяотчество",
    "аты",
    "атыңыз",
    "атыжөні",
    "тегі",
    "есімі",
    "есіміңіз",
}
_NON_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(
    r"(?<![^\W\d_])(" + "|".join(re.escape(w) for w in sorted(_HEADER_WORDS, key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
SHORT_WORDS = 4  # a name, an address or a number: a few words at most
MOST = 0.6


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def looks_like_phone(value: str, named: bool) -> bool:
    """Tell a phone number: digits with phone punctuation; without a phone header it must start with '+'."""
    value = value.strip()
    if not _PHONE.match(value) or ":" in value:
        return False
    return 7 <= _digits(value) <= 15 if named else value.startswith("+") and 10 <= _digits(value) <= 15


def personal_reason(header: str, values: Sequence[str]) -> str | None:
    """Say why a column holds personal data ('its values look like e-mail addresses'), or None."""
    filled = [v.strip() for v in values if v.strip()]
    named = _WORD.search(header)
    kind = _HEADER_WORDS[named.group(1).casefold()] if named else None
    if _NON_ALNUM.sub("", header.casefold()) in NAME_HEADERS:
        kind = "a person's name"
    if filled:
        if sum(bool(_EMAIL.match(v)) for v in filled) >= MOST * len(filled):
            return "its values look like e-mail addresses (personal data)"
        phone_header = kind == "a phone number"
        if sum(looks_like_phone(v, phone_header) for v in filled) >= MOST * len(filled):
            return "its values look like phone numbers (personal data)"
    if kind is None:
        return None
    if filled and sum(len(v.split()) for v in filled) / len(filled) > SHORT_WORDS:
        return None  # free text: a question that mentions the word, not the data itself
    return f"its header names {kind} (personal data)"

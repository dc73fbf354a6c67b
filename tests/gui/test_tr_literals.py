"""lupdate reads only literal strings: every tr()/translate() in app/gui gets one, and none sits in an f-string."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "app" / "gui"
MARKERS = {"QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _texts(call: ast.Call) -> list[ast.expr]:
    """Return the arguments lupdate must read as literals: the context (translate) and the source text."""
    name = _name(call)
    if name in ("tr", "QT_TR_NOOP"):
        return call.args[:1]
    if name in ("translate", "QT_TRANSLATE_NOOP"):
        return call.args[:2]
    return []


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def problems_in(source: str, filename: str) -> list[str]:
    """Return each translation call lupdate cannot read: a computed argument, or a call inside an f-string.

    A bare variable is accepted only where it carries a string marked where it was defined: a module
    constant must then be assigned from QT_TRANSLATE_NOOP/QT_TR_NOOP (or a string), any other name is a
    parameter or loop variable of a helper that translates marked strings.
    """
    tree = ast.parse(source, filename)
    marked = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and ((isinstance(node.value, ast.Call) and _name(node.value) in MARKERS) or _is_literal(node.value))
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    wrappers = {  # module helpers that pass their parameter on to translate(): lupdate never sees their callers' text
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and any(isinstance(a, ast.Name) and a.id in {p.arg for p in node.args.args} for a in _texts(call))
    }
    found: list[str] = []
    for outer in ast.walk(tree):
        wrapped = (
            isinstance(outer, ast.Call) and isinstance(outer.func, ast.Name) and outer.func.id in wrappers
        )
        if wrapped and any(_is_literal(a) for a in outer.args[:1]):
            found.append(
                f"{filename}:{outer.lineno}: {ast.unparse(outer.func)}() is given text lupdate cannot see"
            )
        if isinstance(outer, ast.JoinedStr):
            for inner in ast.walk(outer):
                if isinstance(inner, ast.Call) and _name(inner) in ("tr", "translate"):
                    found.append(f"{filename}:{inner.lineno}: {_name(inner)}() inside an f-string")
        if not isinstance(outer, ast.Call):
            continue
        for arg in _texts(outer):
            if _is_literal(arg):
                continue
            constant = isinstance(arg, ast.Name) and arg.id.isupper()
            if (
                _name(outer) in MARKERS
                or not isinstance(arg, ast.Name)
                or (constant and arg.id not in marked)
            ):
                found.append(f"{filename}:{outer.lineno}: {_name(outer)}({ast.unparse(arg)})")
    return found


def test_every_translation_call_in_the_interface_has_literal_strings():
    """No tr()/translate() of app/gui gets an f-string, a concatenation or a call, sits in an f-string, or hides behind a helper."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        found += problems_in(path.read_text(encoding="utf-8"), str(path.relative_to(GUI)))
    assert found == []


def test_the_scan_catches_what_lupdate_cannot_read():
    """The scan is not blind: each shape lupdate misses is reported, the readable ones are not."""
    source = """
from PySide6.QtCore import QT_TRANSLATE_NOOP
MARKED = QT_TRANSLATE_NOOP("Ctx", "Marked")
PLAIN = len("x")
class W:
    def show(self, name, text):
        a = f"<b>{self.tr('Respondent')}</b> {name}"
        b = self.tr(f"Hello {name}")
        c = self.tr("Hello " + name)
        d = QCoreApplication.translate("Ctx", "Hi {}".format(name))
        e = self.tr(PLAIN)
        ok = self.tr("Respondent %1").replace("%1", name) + self.tr(MARKED) + self.tr(text)
"""
    lines = sorted(int(p.split(":")[1]) for p in problems_in(source, "sample.py"))
    assert lines == [7, 8, 9, 10, 11]

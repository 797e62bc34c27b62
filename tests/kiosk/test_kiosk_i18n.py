"""The kiosk's translations are complete, keep their placeholders, and load."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from kiosk.language import I18N_DIR

LANGUAGES = ("de", "tr", "ar", "ru", "uk")
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")
#: Left empty on purpose: pyside6-lupdate does not mark this ticket line as plural, and
#: the ticket layout's own German plural wording ("1 Person" / "2 Personen") is better
#: than any one form for every number.
EMPTY_ON_PURPOSE = {("de", "TicketLayout", "%n person(s) ahead")}


def _messages(language: str):
    tree = ET.parse(I18N_DIR / f"kiosk_{language}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in {"vanished", "obsolete"}:
                continue
            yield context.find("name").text, message.find("source").text, translation


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    messages = list(_messages(language))
    assert len(messages) > 40
    for context, source, translation in messages:
        assert translation.get("type") is None, (context, source)
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if (language, context, source) in EMPTY_ON_PURPOSE:
            continue
        for form in forms:
            assert form, (context, source)
            expected = set(PLACEHOLDER.findall(source)) - {"%n"}
            assert expected <= set(PLACEHOLDER.findall(form)), (context, source, form)


@pytest.mark.parametrize(("language", "welcome"), [
    ("de", "Willkommen"), ("tr", "Hoş geldiniz"), ("ar", "أهلاً وسهلاً"),
    ("ru", "Добро пожаловать"), ("uk", "Ласкаво просимо")])
def test_compiled_translations_load(language: str, welcome: str) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"kiosk_{language}.qm"))
    assert translator.translate("StartScreen", "Welcome") == welcome

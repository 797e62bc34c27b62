"""The login screen: name, PIN and counter (the counter is remembered on this PC).

A supervisor may leave the counter empty to steer and read reports without opening one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter import texts
from counter.session import Session
from counter.widgets.confirm import Confirm


class LoginDialog(QDialog):
    """Asks for name, PIN and counter and logs in through the `Session`.

    Signals:
        language_requested(str): the clerk asked for another language.
    """

    language_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.language = "de"
        self.title = QLabel()
        self.title.setStyleSheet("font-size:20px; font-weight:bold;")
        self.name = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.counter = QLineEdit(session.counter_id)
        self.counter.setMaxLength(32)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#8e1b12;")
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.language_button = QPushButton()
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.pin, self.counter), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.language_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.login_button.clicked.connect(self._on_login_button_clicked)
        self.language_button.clicked.connect(self._on_language_button_clicked)
        session.busy_changed.connect(self._on_session_busy_changed)
        session.login_failed.connect(self._on_session_login_failed)
        session.takeover_needed.connect(self._on_session_takeover_needed)
        session.logged_in.connect(self._on_session_logged_in)
        self.setMinimumWidth(420)
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wartemarke – counter login"))
        self.title.setText(self.tr("Log in at the counter"))
        texts_ = (self.tr("&Name"), self.tr("&PIN"), self.tr("&Counter"))
        for label, text in zip(self.labels, texts_, strict=True):
            label.setText(text)
        self.counter.setPlaceholderText(self.tr("empty: supervising only, no counter"))
        self.login_button.setText(self.tr("Log in"))
        self.language_button.setText("English" if self.language == "de" else "Deutsch")

    def _on_language_button_clicked(self) -> None:
        self.language_requested.emit("en" if self.language == "de" else "de")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_login_button_clicked(self) -> None:
        if not (self.name.text().strip() and self.pin.text()):
            self.error.setText(self.tr("Please enter name and PIN."))
            return
        self.error.setText("")
        self._session.login(self.name.text(), self.pin.text(), self.counter.text())

    def _on_session_busy_changed(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)

    def _on_session_login_failed(self, code: str, body: dict) -> None:
        self.error.setText(texts.error(code, body))
        self.pin.clear()
        self.pin.setFocus()

    def _on_session_takeover_needed(self, counter_id: str, clerk: str) -> None:
        question = self.tr("Counter {c} is logged in as {clerk}. Take over?").format(
            c=counter_id, clerk=clerk
        )
        if Confirm.ask(self, self.tr("Counter taken"), question):
            self._session.take_over()
        else:
            self.error.setText(question)

    def _on_session_logged_in(self) -> None:
        self.pin.clear()
        self.error.setText("")
        self.accept()

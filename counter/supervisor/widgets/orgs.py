"""The organisation selector in the view's header, and Verwaltung's "Organisations" page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter.supervisor.orgs_vm import STATES
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import BusyButtons


class OrgSelector(QWidget):
    """"Organisation: [combo]"; hidden while the supervisor has only one organisation."""

    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orgs = vm.orgs
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(24)
        self.label.setBuddy(self.combo)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.activated.connect(self._on_combo_activated)
        self._orgs.changed.connect(self.update_list)
        self.retranslate()
        self.update_list()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Organisation:"))
        self.combo.setToolTip(self.tr("Every tab shows and changes this organisation."))

    def update_list(self) -> None:
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for org in self._orgs.orgs:
                self.combo.addItem(str(org.get("name") or org.get("id")), org.get("id"))
            self.combo.setCurrentIndex(self.combo.findData(self._orgs.current))
        finally:
            self.combo.blockSignals(False)
        self.setVisible(self._orgs.choosable)

    def _on_combo_activated(self, index: int) -> None:
        self._orgs.select(str(self.combo.itemData(index) or ""))


class OrgsPage(QWidget):
    """The supervisor's organisations and a form for a new one (e.g. a partner town)."""

    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orgs = vm.orgs
        self._busy = BusyButtons(vm)
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        layout.addWidget(self.list, 3)
        side = QVBoxLayout()
        self.add_box = QGroupBox()
        form = QFormLayout(self.add_box)
        self.new_id, self.new_name = QLineEdit(), QLineEdit()
        self.new_id.setMaxLength(32)
        self.new_id.setPlaceholderText("partner")
        self.new_state = QComboBox()
        self.new_state.addItems(list(STATES))
        self.new_state.setCurrentText("NW")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self._busy.bind(self.add_button, "org.add")
        self.id_label, self.name_label, self.state_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.id_label, self.new_id)
        form.addRow(self.name_label, self.new_name)
        form.addRow(self.state_label, self.new_state)
        form.addRow(self.add_button)
        side.addWidget(self.add_box)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self._orgs.changed.connect(self.update_list)
        self._orgs.created.connect(self._on_orgs_created)
        self.retranslate()
        self.update_list()

    def retranslate(self) -> None:
        self.add_box.setTitle(self.tr("New organisation"))
        self.id_label.setText(self.tr("Id"))
        self.name_label.setText(self.tr("Name"))
        self.state_label.setText(self.tr("Federal state"))
        self.new_state.setToolTip(self.tr("Its public holidays close the office."))
        self.add_button.setText(self.tr("Create organisation"))
        self.add_button.setToolTip(self.tr(
            "You become responsible for it. It starts without services, counters or hours."))

    def update_list(self) -> None:
        self.list.clear()
        for org in self._orgs.orgs:
            self.list.addItem(f"{org.get('name')} ({org.get('id')}, {org.get('state')})")

    def add(self) -> None:
        self._orgs.add(self.new_id.text(), self.new_name.text(), self.new_state.currentText())

    def _on_orgs_created(self, _org_id: str) -> None:
        self.new_id.clear()
        self.new_name.clear()

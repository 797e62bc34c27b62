"""Every item model of the counter passes Qt's model tester, filled from a real hub."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from pytestqt.modeltest import ModelTester

from counter.keyed_table_model import KeyedTableModel
from tests.counter.helpers import WAIT_MS, issue


def test_models_pass_the_model_tester(hub: Any, make_vm: Any, qtbot: Any, request: Any):
    for service in "AAMO":
        issue(hub, service)
    vm = make_vm("3")
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        vm.call_next()
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        vm.park()
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        vm.call_next()
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        vm.done()
    models = [vm.queue_model, vm.waiting_model, vm.parked_model, vm.served_model]
    models.append(vm.counters_model)
    for model in models:
        assert model.rowCount() > 0, model
        # One tester per model: a tester watches the last model it was given.
        ModelTester(request.config).check(model, force_py=True)
    # Live changes while the tester watches: a new ticket arrives.
    issue(hub, "A")
    qtbot.waitUntil(lambda: vm.waiting_model.rowCount() == 2, timeout=WAIT_MS)


class _Rows(KeyedTableModel):
    def headers(self) -> list[str]:
        return ["id", "text"]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        return str(row["id"] if column == 0 else row["text"]) if role == 0 else None


def test_row_updates_keep_keys_in_place(request: Any):
    parent = QObject()
    model = _Rows(parent)
    ModelTester(request.config).check(model, force_py=True)
    model.set_rows([{"id": i, "text": str(i)} for i in (1, 2, 3, 4)])
    moved: list[Any] = []
    model.rowsMoved.connect(lambda *args: moved.append(args))
    model.set_rows([{"id": i, "text": f"v{i}"} for i in (4, 2, 5, 1)])
    assert [r["id"] for r in model.rows()] == [4, 2, 5, 1]
    assert [r["text"] for r in model.rows()] == ["v4", "v2", "v5", "v1"]
    assert moved  # 4 moved up instead of being removed and inserted
    model.set_rows([])
    assert model.rowCount() == 0

"""Adapters that load a contract into an EVM and run one benchmark run from a fixed pre-state.

Both use the Shanghai rules. pyrevm runs each call as a transaction (intrinsic gas included);
py-evm runs it as a message (apply_message: no intrinsic gas, no nonce or signature work).
"""

from workloads import SENDER

CONTRACT = 0xC0DE
GAS = 1 << 40


def hex_address(value):
    return "0x" + value.to_bytes(20, "big").hex()


class Revm:
    name = "revm"

    def __init__(self, workload):
        from pyrevm import EVM, AccountInfo
        self.evm = EVM(spec_id="SHANGHAI")
        self.address = hex_address(CONTRACT)
        self.sender = hex_address(SENDER)
        self.evm.insert_account_info(self.address, AccountInfo(code=workload["code"]))
        self.evm.set_balance(self.sender, 10**30)
        for slot, value in workload.get("storage", {}).items():
            self.evm.insert_account_storage(self.address, slot, value)
        self.calls = workload["calls"]

    def run(self, keep=False):
        """One run from the pre-state; returns (outputs, storage reader) when keep, else None."""
        checkpoint = self.evm.snapshot()
        outputs = [self.evm.message_call(self.sender, self.address, data, gas=GAS) for data in self.calls]
        if keep:
            values = {}

            def storage(slot):
                if slot not in values:
                    values[slot] = self.evm.storage(self.address, slot)
                return values[slot]
            for slot in self._slots_of_interest():
                storage(slot)
            self.evm.revert(checkpoint)
            return outputs, lambda slot: values.get(slot, 0)
        self.evm.revert(checkpoint)
        return None

    def gas_used(self):
        checkpoint = self.evm.snapshot()
        total = 0
        for data in self.calls:
            self.evm.message_call(self.sender, self.address, data, gas=GAS)
            total += self.evm.result.gas_used
        self.evm.revert(checkpoint)
        return total

    @staticmethod
    def _slots_of_interest():
        from workloads import FIRST_RECIPIENT, TOKEN_TRANSFERS
        return [SENDER, FIRST_RECIPIENT, FIRST_RECIPIENT + TOKEN_TRANSFERS - 1]


class PyEvm:
    name = "py-evm"

    def __init__(self, workload):
        from eth.constants import BLANK_ROOT_HASH
        from eth.db.atomic import AtomicDB
        from eth.vm.execution_context import ExecutionContext
        from eth.vm.forks.shanghai.state import ShanghaiState
        from eth.vm.message import Message
        self.Message = Message
        context = ExecutionContext(
            coinbase=b"\0" * 20, timestamp=1, block_number=1, difficulty=0, mix_hash=b"\0" * 32,
            gas_limit=GAS, prev_hashes=[], chain_id=1, base_fee_per_gas=0)
        self.state = ShanghaiState(AtomicDB(), context, BLANK_ROOT_HASH)
        self.address = CONTRACT.to_bytes(20, "big")
        self.sender = SENDER.to_bytes(20, "big")
        self.code = workload["code"]
        self.state.set_code(self.address, self.code)
        self.state.set_balance(self.sender, 10**30)
        for slot, value in workload.get("storage", {}).items():
            self.state.set_storage(self.address, slot, value)
        self.state.lock_changes()
        self.context = self.state.get_transaction_context_class()(gas_price=0, origin=self.sender)
        self.calls = workload["calls"]

    def _call(self, data):
        message = self.Message(gas=GAS, to=self.address, sender=self.sender, value=0, data=data, code=self.code)
        computation = self.state.computation_class.apply_message(self.state, message, self.context)
        if not computation.is_success:
            raise RuntimeError(f"py-evm call failed: {computation.error!r}")
        return computation

    def run(self, keep=False):
        snapshot = self.state.snapshot()
        outputs = [self._call(data).output for data in self.calls]
        result = None
        if keep:
            from workloads import FIRST_RECIPIENT, TOKEN_TRANSFERS
            slots = [SENDER, FIRST_RECIPIENT, FIRST_RECIPIENT + TOKEN_TRANSFERS - 1]
            values = {slot: self.state.get_storage(self.address, slot) for slot in slots}
            result = outputs, lambda slot: values.get(slot, 0)
        self.state.revert(snapshot)
        return result

    def gas_used(self):
        snapshot = self.state.snapshot()
        total = sum(self._call(data).get_gas_used() for data in self.calls)
        self.state.revert(snapshot)
        return total

// Placeholder until the IeleTestHarness module lands.

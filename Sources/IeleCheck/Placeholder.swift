// Placeholder until the IeleCheck module lands.

// Placeholder until the IeleVM module lands.

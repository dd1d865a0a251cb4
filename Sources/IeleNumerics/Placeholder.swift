// Placeholder until the IeleNumerics module lands.

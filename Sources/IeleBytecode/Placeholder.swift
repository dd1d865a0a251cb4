// Placeholder until the IeleBytecode module lands.

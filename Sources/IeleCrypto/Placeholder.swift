// Placeholder until the IeleCrypto module lands.

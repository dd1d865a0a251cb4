// Placeholder until the IeleSyntax module lands.

package dev.pitwall.core.session.catalog;

import dev.pitwall.core.session.SessionSummary;
import java.util.Optional;

/** A session as a session browser lists it: its summary and the title a user gave it, if any. */
public record CatalogEntry(SessionSummary summary, Optional<String> title) {}

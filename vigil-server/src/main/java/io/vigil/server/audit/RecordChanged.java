package io.vigil.server.audit;

/** Published after every audited change, once its transaction commits: what changed. */
public record RecordChanged(String entityType, String entityId, String action) {}

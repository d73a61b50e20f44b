package io.vigil.server.screening;

import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health is OUT_OF_SERVICE until the configured sanctions lists are loaded and indexed, so a load
 * balancer (or a benchmark) does not send screening traffic to a server still building its index.
 */
@Component("sanctionsListsHealthIndicator")
class ListsHealth implements HealthIndicator {
  private final BooleanSupplier loaded;
  private final Supplier<Set<String>> names;

  @Autowired
  ListsHealth(SanctionsLists lists) {
    this(lists::loaded, () -> lists.store().names());
  }

  ListsHealth(BooleanSupplier loaded, Supplier<Set<String>> names) {
    this.loaded = loaded;
    this.names = names;
  }

  @Override
  public Health health() {
    if (!loaded.getAsBoolean()) {
      return Health.outOfService().withDetail("reason", "sanctions lists are loading").build();
    }
    return Health.up().withDetail("lists", names.get()).build();
  }
}

package io.vigil.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ListsHealthTest {

  @Test
  void isOutOfServiceUntilTheListsAreLoaded() {
    AtomicBoolean loaded = new AtomicBoolean();
    ListsHealth health = new ListsHealth(loaded::get, () -> Set.of("us_ofac"));

    assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    loaded.set(true);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getDetails()).containsEntry("lists", Set.of("us_ofac"));
  }
}

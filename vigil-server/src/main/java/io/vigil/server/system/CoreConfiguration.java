package io.vigil.server.system;

import io.vigil.process.IdGenerator;
import io.vigil.process.ProcessService;
import io.vigil.process.ProcessStore;
import io.vigil.process.Transactions;
import io.vigil.process.audit.AuditTrail;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java process into Spring: store, transactions, audit, clock and ids. */
@Configuration
class CoreConfiguration {
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  @ConditionalOnMissingBean
  IdGenerator idGenerator() {
    return IdGenerator.random();
  }

  @Bean
  ProcessService processService(
      ProcessStore store, Transactions tx, AuditTrail audit, Clock clock, IdGenerator ids) {
    return new ProcessService(store, tx, audit, clock, ids);
  }
}

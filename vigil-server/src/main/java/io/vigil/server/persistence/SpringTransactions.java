package io.vigil.server.persistence;

import io.vigil.process.Transactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The process's transaction port over Spring's; nested calls join the outer transaction. */
@Component
class SpringTransactions implements Transactions {
  private final TransactionTemplate template;

  SpringTransactions(TransactionTemplate template) {
    this.template = template;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return template.execute(status -> work.get());
  }
}

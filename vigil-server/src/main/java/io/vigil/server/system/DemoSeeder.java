package io.vigil.server.system;

import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.ProcessStore;
import io.vigil.process.access.Principal;
import io.vigil.process.demo.DemoData;
import io.vigil.server.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only ({@code vigil serve --demo}): fills an empty database with the 2018 and 2020
 * cycles of the public record and one user per role, whose password is their user name, and prints
 * them. Never runs outside demo mode, and never touches a database that already has elections.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo", havingValue = "true")
class DemoSeeder implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
  private final ProcessService process;
  private final ProcessStore store;
  private final UserAccounts users;
  private final TransactionTemplate tx;

  DemoSeeder(
      ProcessService process, ProcessStore store, UserAccounts users, TransactionTemplate tx) {
    this.process = process;
    this.store = store;
    this.users = users;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    tx.executeWithoutResult(
        s -> {
          for (DemoData.DemoUser u : DemoData.USERS) {
            if (users.find(u.username()).isEmpty()) {
              users.create(
                  "demo", u.username(), u.username(), u.organization(), u.roles(), u.clearance());
            }
          }
          if (store.list(Kind.ELECTION, null).isEmpty()) {
            DemoData.load(process, Principal.system());
            LOG.info("demo data loaded: the 2018 and 2020 election cycles");
          }
        });
    StringBuilder b =
        new StringBuilder("\nDemo users (demo mode only; the password is the user name):\n");
    for (DemoData.DemoUser u : DemoData.USERS) {
      b.append(
          String.format(
              "  %-10s %-12s %-13s %s%n",
              u.username(), u.organization(), u.clearance(), u.roles()));
    }
    System.out.println(b);
  }
}

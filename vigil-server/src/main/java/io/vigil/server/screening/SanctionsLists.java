package io.vigil.server.screening;

import io.vigil.process.ProcessService;
import io.vigil.screening.Designation;
import io.vigil.screening.DesignationPublisher;
import io.vigil.screening.EntitySchema;
import io.vigil.screening.Identifier;
import io.vigil.screening.ListStore;
import io.vigil.screening.Lists;
import io.vigil.screening.SanctionsList;
import io.vigil.screening.ScreeningQuery;
import io.vigil.screening.ScreeningResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lists the server screens against: those configured (OFAC, FollowTheMoney files), and Vigil's
 * own published Sec. 2 designations as the list {@code vigil}, rebuilt whenever a determination
 * changes. A list that fails to load keeps the version in force and says why.
 */
@Service
public class SanctionsLists {
  /** The name of the list of Vigil's own designations. */
  public static final String OWN = "vigil";

  private static final Logger LOG = LoggerFactory.getLogger(SanctionsLists.class);
  private final ListStore store = new ListStore();
  private final ScreeningProperties props;
  private final ProcessService process;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final AtomicReference<String> ownStamp = new AtomicReference<>("");
  private final java.util.concurrent.atomic.AtomicBoolean ownDirty =
      new java.util.concurrent.atomic.AtomicBoolean(true);

  private final ScreeningWorkers workers;

  SanctionsLists(ScreeningProperties props, ProcessService process, JdbcClient jdbc, Clock clock) {
    this.props = props;
    this.process = process;
    this.jdbc = jdbc;
    this.clock = clock;
    this.workers = new ScreeningWorkers(props.getThreads());
  }

  @jakarta.annotation.PreDestroy
  void stopWorkers() {
    workers.close();
  }

  private volatile boolean loaded;

  /** Whether the configured lists have been loaded (or refused) once since start. */
  public boolean loaded() {
    return loaded;
  }

  @EventListener(ApplicationReadyEvent.class)
  void loadConfigured() {
    try {
      loadLists();
      warmUp();
    } finally {
      loaded = true; // health reports UP from here, with whatever lists are in force
    }
  }

  private void loadLists() {
    for (Map.Entry<String, String> e : props.getLists().entrySet()) {
      Path p = Path.of(e.getValue());
      var r =
          store.replace(
              e.getKey(), () -> Lists.load(p, clock), ListStore.Verification.atLeast(1, 0.5));
      switch (r) {
        case ListStore.Replaced ok ->
            LOG.info(
                "list {} in force: {} entities from {}",
                e.getKey(),
                ok.list().entities().size(),
                p);
        case ListStore.Kept kept ->
            LOG.warn("list {} not loaded from {}: {}", e.getKey(), p, kept.reason());
      }
    }
    refreshOwn();
  }

  /**
   * Screens samples of the lists in force on every screening thread before health reports UP (see
   * {@link ScreeningWorkers}).
   */
  private void warmUp() {
    if (props.getWarmUpRounds() < 1 || props.getWarmUp().isZero()) {
      return;
    }
    List<io.vigil.screening.ListEntity> sample = new ArrayList<>();
    List<io.vigil.screening.Screener> screeners = new ArrayList<>();
    for (String name : store.names()) {
      store
          .current(name)
          .ifPresent(
              c -> {
                sample.addAll(c.list().entities());
                screeners.add(c.screener());
              });
    }
    ScreeningWorkers.WarmUp w;
    try {
      w =
          workers.warmUp(
              sample, screeners, props.getWarmUpRounds(), props.getWarmUp(), System::nanoTime);
    } catch (RuntimeException e) {
      LOG.warn("matcher warm-up failed; screening goes on without it", e);
      return;
    }
    LOG.info(
        "matcher warmed up: {} queries on {} threads in {} ms",
        w.queries(),
        workers.threads(),
        w.millis());
  }

  /** The store, for the scheduled refresh and the list endpoints. */
  public ListStore store() {
    refreshOwn();
    return store;
  }

  /** Screens one list, or every list when {@code list} is {@code default}; best first. */
  public List<ScreeningResult> screen(String list, ScreeningQuery q, double threshold, int limit) {
    refreshOwn();
    List<String> names = names(list);
    return workers.call(() -> screenOn(names, q, threshold, limit));
  }

  private List<ScreeningResult> screenOn(
      List<String> names, ScreeningQuery q, double threshold, int limit) {
    List<ScreeningResult> out = new ArrayList<>();
    for (String name : names) {
      // results name the list as the store knows it (the configuration's name), whatever the file
      // calls it
      store
          .current(name)
          .ifPresent(
              c ->
                  c.screener()
                      .screen(q, threshold, limit)
                      .forEach(
                          r ->
                              out.add(
                                  new ScreeningResult(
                                      name, r.entity(), r.score(), r.outcome(), r.explanation()))));
    }
    out.sort(Comparator.comparingDouble(ScreeningResult::score).reversed());
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  /** The list names a request names: one list, or all for {@code default}; unknown is refused. */
  public List<String> names(String list) {
    if (list.equals("default")) {
      return store.names().stream().sorted().toList();
    }
    if (!store.names().contains(list)) {
      throw new IllegalArgumentException(
          "unknown list '"
              + list
              + "'; lists in force: "
              + store.names().stream().sorted().toList()
              + " or 'default' for all");
    }
    return List.of(list);
  }

  public double defaultThreshold() {
    return props.getThreshold();
  }

  /** Vigil's published, not delisted designations in the screening module's terms. */
  public List<Designation> ownDesignations() {
    List<Designation> out = new ArrayList<>();
    for (io.vigil.process.Designation d : process.designations()) {
      if (d.delistedOn() != null || d.effectiveDate() == null) {
        continue;
      }
      EntitySchema schema =
          switch (d.kind()) {
            case PERSON -> EntitySchema.PERSON;
            default -> EntitySchema.ORGANIZATION;
          };
      List<Identifier> ids =
          d.identifiers().stream().map(i -> new Identifier(i.scheme(), i.value(), "")).toList();
      out.add(
          new Designation(
              d.id(),
              d.name(),
              d.aliases(),
              schema,
              d.birthDate() == null ? "" : d.birthDate().toString(),
              d.country(),
              ids,
              List.of(d.program()),
              d.effectiveDate()));
    }
    return out;
  }

  /**
   * A determination changed and its transaction committed: rebuild our list before the next
   * screening.
   */
  @EventListener
  public void onChange(io.vigil.server.audit.RecordChanged e) {
    if (!e.entityType().equals("determination") && !e.entityType().equals("actor")) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              ownDirty.set(true);
            }
          });
    } else {
      ownDirty.set(true);
    }
  }

  /**
   * Rebuilds the list of our own designations when a determination has changed since (told by an
   * event after commit, so screening costs no database round trip); the stamp guards against a
   * rebuild that would change nothing.
   */
  private void refreshOwn() {
    if (!ownDirty.getAndSet(false)) {
      return;
    }
    String stamp =
        jdbc.sql(
                "select count(*) || '/' || coalesce(cast(max(updated_at) as varchar(40)), '') from determination")
            .query(String.class)
            .single();
    String before = ownStamp.get();
    if (stamp.equals(before) || !ownStamp.compareAndSet(before, stamp)) {
      return;
    }
    List<Designation> ds = ownDesignations();
    SanctionsList list = DesignationPublisher.asList(ds, stamp, clock);
    store.replace(OWN, () -> list, (next, inForce) -> Optional.empty());
  }
}

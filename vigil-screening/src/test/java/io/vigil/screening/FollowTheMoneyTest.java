package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowTheMoneyTest {
  @Test
  void readsEntitiesWithMultiScriptNamesAndSanctionPrograms() {
    SanctionsList l =
        Lists.followTheMoney(
            OfacCsvTest.shared().resolve("sanctions/ftm-samples/zala_entities.ftm.json"),
            "zala",
            OfacCsvTest.CLOCK);
    assertThat(l.entities()).isNotEmpty();
    assertThat(l.entities())
        .allSatisfy(e -> assertThat(e.schema()).isNotEqualTo(EntitySchema.UNKNOWN));
    Screener s = Screener.of(java.util.List.of(l));
    ListEntity any = l.entities().get(0);
    assertThat(s.screen(ScreeningQuery.ofName(any.caption()), 0.9, 3))
        .extracting(r -> r.entity().id())
        .contains(any.id());
  }

  @Test
  void appliesADeltaFile(@TempDir Path dir) throws IOException {
    Path base = dir.resolve("base.json");
    Files.writeString(
        base,
        "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Petrov\"]}}\n"
            + "{\"id\":\"b\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Romashka LLC\"]}}\n",
        StandardCharsets.UTF_8);
    Path delta = dir.resolve("delta.json");
    Files.writeString(
        delta,
        "{\"op\":\"DEL\",\"entity\":{\"id\":\"a\",\"schema\":\"Person\"}}\n"
            + "{\"op\":\"ADD\",\"entity\":{\"id\":\"c\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"OLYMPIA\"]}}}\n",
        StandardCharsets.UTF_8);
    SanctionsList v1 = Lists.followTheMoney(base, "t", OfacCsvTest.CLOCK);
    SanctionsList v2 = Lists.applyDelta(v1, delta, OfacCsvTest.CLOCK);
    ListDelta d = v2.changesSince(v1);
    assertThat(d.added()).extracting(ListEntity::id).containsExactly("c");
    assertThat(d.removed()).extracting(ListEntity::id).containsExactly("a");
  }

  @Test
  void rejectsAMalformedLineWithItsNumber(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(
        f,
        "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan\"]}}\n{\"id\": broken\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lists.followTheMoney(f, "t", OfacCsvTest.CLOCK))
        .isInstanceOfSatisfying(ListFileRejected.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void readsTheSharedDeltaSample() {
    SanctionsList l =
        Lists.followTheMoney(
            OfacCsvTest.shared().resolve("sanctions/ftm-samples/t2_entities.delta.json"),
            "t2",
            OfacCsvTest.CLOCK);
    assertThat(l.entities()).extracting(ListEntity::caption).contains("Janan Agha");
  }
}

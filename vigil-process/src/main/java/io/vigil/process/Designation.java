package io.vigil.process;

import io.vigil.process.actor.ActorKind;
import io.vigil.process.actor.Identifier;
import io.vigil.process.sanctions.Property;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published Sec. 2 designation as the public sees it: what OFAC publishes on the SDN list, and no
 * more. Publication is the act that makes these fields public, whatever the markings of the
 * internal record.
 */
public record Designation(
    String id,
    String name,
    ActorKind kind,
    List<String> aliases,
    String country,
    @Nullable LocalDate birthDate,
    List<Identifier> identifiers,
    String program,
    String criterion,
    @Nullable LocalDate effectiveDate,
    List<Property> property,
    @Nullable LocalDate delistedOn) {}

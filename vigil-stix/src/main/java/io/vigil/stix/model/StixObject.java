package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A STIX 2.1 object of a bundle: an SDO, SRO, SCO or marking definition with a typed record, or a
 * {@link GenericObject} for every other type (custom objects such as {@code x-mitre-tactic}, and
 * spec types Vigil does not use, such as {@code location}). Properties the record does not name are
 * kept in {@link #other()}, so reading and writing a bundle loses nothing.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = GenericObject.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = AttackPattern.class, name = "attack-pattern"),
  @JsonSubTypes.Type(value = Campaign.class, name = "campaign"),
  @JsonSubTypes.Type(value = DomainName.class, name = "domain-name"),
  @JsonSubTypes.Type(value = EmailAddr.class, name = "email-addr"),
  @JsonSubTypes.Type(value = File.class, name = "file"),
  @JsonSubTypes.Type(value = Grouping.class, name = "grouping"),
  @JsonSubTypes.Type(value = IPv4Addr.class, name = "ipv4-addr"),
  @JsonSubTypes.Type(value = IPv6Addr.class, name = "ipv6-addr"),
  @JsonSubTypes.Type(value = Identity.class, name = "identity"),
  @JsonSubTypes.Type(value = Incident.class, name = "incident"),
  @JsonSubTypes.Type(value = Indicator.class, name = "indicator"),
  @JsonSubTypes.Type(value = Infrastructure.class, name = "infrastructure"),
  @JsonSubTypes.Type(value = IntrusionSet.class, name = "intrusion-set"),
  @JsonSubTypes.Type(value = Malware.class, name = "malware"),
  @JsonSubTypes.Type(value = Note.class, name = "note"),
  @JsonSubTypes.Type(value = ObservedData.class, name = "observed-data"),
  @JsonSubTypes.Type(value = Opinion.class, name = "opinion"),
  @JsonSubTypes.Type(value = Relationship.class, name = "relationship"),
  @JsonSubTypes.Type(value = Report.class, name = "report"),
  @JsonSubTypes.Type(value = Sighting.class, name = "sighting"),
  @JsonSubTypes.Type(value = ThreatActor.class, name = "threat-actor"),
  @JsonSubTypes.Type(value = Tool.class, name = "tool"),
  @JsonSubTypes.Type(value = Url.class, name = "url"),
  @JsonSubTypes.Type(value = UserAccount.class, name = "user-account"),
  @JsonSubTypes.Type(value = MarkingDefinition.class, name = "marking-definition")
})
public sealed interface StixObject
    permits AttackPattern,
        Campaign,
        DomainName,
        EmailAddr,
        File,
        Grouping,
        IPv4Addr,
        IPv6Addr,
        Identity,
        Incident,
        Indicator,
        Infrastructure,
        IntrusionSet,
        Malware,
        Note,
        ObservedData,
        Opinion,
        Relationship,
        Report,
        Sighting,
        ThreatActor,
        Tool,
        Url,
        UserAccount,
        GenericObject,
        MarkingDefinition {

  /** The STIX type, e.g. {@code threat-actor}. */
  String type();

  /** The STIX id, e.g. {@code threat-actor--56f3f0db-b5d5-431c-ae56-c18f02caf500}. */
  String id();

  /** Properties the typed record does not name (custom {@code x_*} ones among them). */
  Map<String, JsonNode> other();

  /** The marking definitions that apply to the whole object. */
  @Nullable List<String> objectMarkingRefs();

  /** An immutable copy of the other properties, empty for null. */
  static Map<String, JsonNode> others(@Nullable Map<String, JsonNode> other) {
    return other == null || other.isEmpty()
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(other));
  }
}

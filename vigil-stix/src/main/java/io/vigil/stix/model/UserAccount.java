package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * STIX 2.1 SCO {@code user-account}: The User Account Object represents an instance of any type of
 * user account, including but not limited to operating system, device, messaging service, and
 * social media platform accounts.
 *
 * <p>Properties follow the OASIS schema {@code observables/user-account.json}; any other property
 * (custom {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAccount(
    @JsonProperty("type") String type,
    @JsonProperty("spec_version") @Nullable String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("object_marking_refs") @Nullable List<String> objectMarkingRefs,
    @JsonProperty("granular_markings") @Nullable List<GranularMarking> granularMarkings,
    @JsonProperty("defanged") @Nullable Boolean defanged,
    @JsonProperty("extensions") @Nullable Map<String, JsonNode> extensions,
    @JsonProperty("user_id") @Nullable String userId,
    @JsonProperty("credential") @Nullable String credential,
    @JsonProperty("account_login") @Nullable String accountLogin,
    @JsonProperty("account_type") @Nullable String accountType,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("is_service_account") @Nullable Boolean isServiceAccount,
    @JsonProperty("is_privileged") @Nullable Boolean isPrivileged,
    @JsonProperty("can_escalate_privs") @Nullable Boolean canEscalatePrivs,
    @JsonProperty("is_disabled") @Nullable Boolean isDisabled,
    @JsonProperty("account_created") @Nullable String accountCreated,
    @JsonProperty("account_expires") @Nullable String accountExpires,
    @JsonProperty("credential_last_changed") @Nullable String credentialLastChanged,
    @JsonProperty("account_first_login") @Nullable String accountFirstLogin,
    @JsonProperty("account_last_login") @Nullable String accountLastLogin,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "user-account";

  public UserAccount {
    other = StixObject.others(other);
  }
}

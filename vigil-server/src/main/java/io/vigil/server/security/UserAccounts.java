package io.vigil.server.security;

import io.vigil.process.InvalidField;
import io.vigil.process.access.Role;
import io.vigil.process.marking.Classification;
import io.vigil.server.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local users: created with a hashed password (bcrypt through Spring's delegating encoder),
 * audited.
 */
@Service
public class UserAccounts {
  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final Clock clock;
  private final OrganizationRoles orgRoles;

  UserAccounts(
      JdbcClient jdbc,
      PasswordEncoder encoder,
      AuditLog audit,
      Clock clock,
      OrganizationRoles orgRoles) {
    this.orgRoles = orgRoles;
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<UserAccount> find(String username) {
    return jdbc.sql("select * from app_user where username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new UserAccount(
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    rs.getString("organization"),
                    orgRoles.effective(rs.getString("organization"), roles(rs.getString("roles"))),
                    Classification.valueOf(rs.getString("clearance")),
                    rs.getBoolean("enabled")))
        .optional();
  }

  public List<String> usernames() {
    return jdbc.sql("select username from app_user order by username").query(String.class).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single();
  }

  /** Creates a user; the password is stored only as its hash, and the creation is audited. */
  @Transactional
  public void create(
      String actor,
      String username,
      String password,
      String organization,
      Set<Role> roles,
      Classification clearance) {
    if (!username.matches("[a-z][a-z0-9._-]{1,63}")) {
      throw new InvalidField(
          "username",
          "must be 2-64 lowercase letters, digits, '.', '_' or '-', starting with a letter");
    }
    if (username.equals("system") || username.equals("demo") || username.equals("cli")) {
      throw new InvalidField(
          "username", "'" + username + "' is reserved for Vigil's own audit records");
    }
    if (password.length() < 8 && !password.equals(username)) {
      throw new InvalidField("password", "must be at least 8 characters");
    }
    orgRoles.check(organization, roles);
    if (find(username).isPresent()) {
      throw new InvalidField("username", "'" + username + "' exists already");
    }
    jdbc.sql(
            "insert into app_user (username, password_hash, organization, roles, clearance, enabled, created_at) values (?, ?, ?, ?, ?, true, ?)")
        .params(
            username,
            encoder.encode(password),
            organization,
            roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            clearance.name(),
            Timestamp.from(clock.instant()))
        .update();
    audit.append(
        actor,
        "create",
        "user",
        username,
        null,
        "{\"username\":\""
            + username
            + "\",\"organization\":\""
            + organization.replace("\"", "'")
            + "\",\"roles\":\""
            + roles
            + "\",\"clearance\":\""
            + clearance
            + "\"}");
  }

  private static Set<Role> roles(String csv) {
    Set<Role> r = EnumSet.noneOf(Role.class);
    Arrays.stream(csv.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Role::valueOf)
        .forEach(r::add);
    return r;
  }
}

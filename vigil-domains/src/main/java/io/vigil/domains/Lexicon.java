package io.vigil.domains;

import java.util.List;
import java.util.Set;

/*
 * Design note. The vocabulary that turns a name into a lure. Lure words are what a phishing host
 * adds to a brand so the victim expects a login or an update: the Microsoft-2018 seizures
 * (adfs-senate.services, hudsonorg-my-sharepoint.com), phishing_catcher's keyword list
 * (x0rz/phishing_catcher suspicious.yaml: login, signin, account, secure, verify, webmail, update,
 * support, ...), openSquat's "doppelganger" keywords, and the identity-provider vocabulary of
 * federated login (adfs, sso, owa, mfa, idp, sts, web, the "-my" OneDrive for Business host), the
 * fake-update vocabulary of APT28's malware hosts (update, driver, hotfix, defender, install) and the
 * election words a voter or official expects (vote, ballot, absentee, election). Words of
 * four letters or more are also found run together (microsoftcheckupdate); shorter ones only as
 * a whole token between '-' or '.', since inside words they are noise (owa in "iowa", id in
 * "idaho").
 *
 * Suspicious TLDs: the new gTLDs of the 2018 seizures (.group, .services, .email) and the ones
 * phishing_catcher and Spamhaus's "most abused TLDs" rank high; they add a little to a score, never
 * alert on their own.
 */
final class Lexicon {
  private Lexicon() {}

  /** Lure words found only as a whole token. */
  static final Set<String> SHORT_LURES =
      Set.of(
          "my",
          "id",
          "sso",
          "owa",
          "vpn",
          "mfa",
          "2fa",
          "idp",
          "sts",
          "ews",
          "auth",
          "adfs",
          "o365",
          "pass",
          "docs",
          "sign",
          "mail",
          "help",
          "vote",
          "votes",
          "voter",
          "voters",
          "ballot",
          "ballots",
          "election",
          "elections",
          "absentee",
          "web");

  /** Lure words found as a token or run together with other words (four letters or more). */
  static final List<String> LURES =
      List.of(
          "login",
          "logon",
          "signin",
          "signon",
          "account",
          "accounts",
          "password",
          "passwd",
          "verify",
          "verification",
          "secure",
          "security",
          "webmail",
          "email",
          "mailbox",
          "portal",
          "update",
          "updates",
          "upgrade",
          "support",
          "helpdesk",
          "service",
          "services",
          "settings",
          "setting",
          "drive",
          "cloud",
          "online",
          "onedrive",
          "sharepoint",
          "office365",
          "outlook",
          "exchange",
          "download",
          "reset",
          "session",
          "access",
          "token",
          "admin",
          "recovery",
          "protect",
          "notification",
          "billing",
          "invoice",
          "donate",
          "authentication",
          "identity",
          "confirm",
          "unlock",
          "document",
          "documents",
          "adfs",
          "defender",
          "antivirus",
          "install",
          "installer",
          "driver",
          "drivers",
          "hotfix",
          "patch");

  /** Top-level domains added to a label (hudsonorg, natoint, senategov). */
  static final List<String> FOLDED_TLDS =
      List.of("org", "com", "net", "gov", "edu", "int", "mil", "us");

  /** TLDs that add to a score. */
  static final Set<String> SUSPICIOUS_TLDS =
      Set.of(
          "group",
          "services",
          "email",
          "info",
          "online",
          "site",
          "website",
          "live",
          "life",
          "support",
          "tech",
          "xyz",
          "top",
          "club",
          "space",
          "fun",
          "icu",
          "link",
          "click",
          "me",
          "ml",
          "ga",
          "gq",
          "cf",
          "tk",
          "pw",
          "cc",
          "ws",
          "biz",
          "team",
          "events",
          "network",
          "cloud",
          "host",
          "app",
          "page",
          "today",
          "vip",
          "work",
          "news",
          "press");
}

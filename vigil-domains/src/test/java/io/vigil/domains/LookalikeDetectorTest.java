package io.vigil.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookalikeDetectorTest {
  private static final LookalikeDetector DETECTOR = LookalikeDetector.withDefaults();

  @ParameterizedTest
  @CsvSource({
    "my-iri.org, International Republican Institute, iri.org",
    "hudsonorg-my-sharepoint.com, Hudson Institute, hudson.org",
    "senate.group, United States Senate, senate.gov",
    "adfs-senate.services, United States Senate, senate.gov",
    "adfs-senate.email, United States Senate, senate.gov",
    "office365-onedrive.com, 'Microsoft (Microsoft 365, Outlook, SharePoint, OneDrive, Entra ID)', office365.com"
  })
  void alertsOnTheSixDomainsSeizedInAugust2018WithTheImitatedOrganisation(
      String domain, String org, String imitated) {
    Verdict verdict = DETECTOR.check(domain);
    assertThat(verdict.alert()).isTrue();
    assertThat(verdict.score()).isBetween(LookalikeDetector.ALERT_THRESHOLD, 1.0);
    assertThat(verdict.imitates()).isEqualTo(new Imitation(org, imitated));
    assertThat(verdict.reasons()).isNotEmpty();
  }

  @Test
  void explainsACombosquatWithItsBrandLureAndTld() {
    Verdict verdict = DETECTOR.check("adfs-senate.services");
    assertThat(verdict.reasons())
        .containsExactly(
            "combosquat: 'senate' as a word of 'adfs-senate'",
            "lure words: adfs",
            "often-abused TLD .services");
  }

  @Test
  void neverAlertsOnTheOwnersDomainsAndTheirSubdomains() {
    assertThat(DETECTOR.check("senate.gov").alert()).isFalse();
    assertThat(DETECTOR.check("adfs.senate.gov").score()).isZero();
    assertThat(DETECTOR.check("login.microsoftonline.com").reasons())
        .containsExactly(
            "allowlisted: a domain of Microsoft (Microsoft 365, Outlook, SharePoint, OneDrive, Entra ID)");
    assertThat(DETECTOR.check("google.co.uk").score()).isZero();
    assertThat(DETECTOR.check("sos.ga.gov").score()).isZero();
  }

  @Test
  void findsAProtectedDomainCopiedInFrontOfAnotherOne() {
    Verdict trick = DETECTOR.check("senate.gov.example.net");
    assertThat(trick.alert()).isTrue();
    assertThat(trick.reasons().getFirst())
        .isEqualTo(
            "subdomain trick: 'senate.gov' (United States Senate) placed in front of example.net");
    Verdict qov = DETECTOR.check("adfs.senate.qov.info");
    assertThat(qov.alert()).isTrue();
    assertThat(qov.imitates()).isEqualTo(new Imitation("United States Senate", "senate.gov"));
    Verdict hyphen = DETECTOR.check("myaccount.google.com-securitysettingpage.tk");
    assertThat(hyphen.alert()).isTrue();
    assertThat(hyphen.reasons().getFirst())
        .startsWith("subdomain trick: 'google.com' (Google")
        .contains("run into a hyphenated label of com-securitysettingpage.tk");
    Verdict state = DETECTOR.check("sos.ga.gov.vote-results.com");
    assertThat(state.imitates())
        .isEqualTo(new Imitation("Georgia Secretary of State", "sos.ga.gov"));
  }

  @ParameterizedTest
  @CsvSource({
    "senaet.gov, transposition",
    "snate.gov, omission",
    "senste.gov, replacement",
    "sunate.gov, vowel-swap",
    "actbluez.com, addition",
    "actblues.com, insertion",
    "wingred.com, insertion",
    "microsof-update.com, omission",
    "gamil.com, transposition",
  })
  void namesTheTypoLikeTheFuzzerThatWouldMakeIt(String domain, String kind) {
    Verdict verdict = DETECTOR.check(domain);
    assertThat(verdict.alert()).as(domain).isTrue();
    assertThat(verdict.reasons().getFirst()).startsWith("typo (" + kind + ")");
  }

  @Test
  void fiveLetterBrandsOnlyTakeTranspositionsAsTypos() {
    assertThat(DETECTOR.check("email.com").score()).isZero();
    assertThat(DETECTOR.check("gmial.com").alert()).isTrue();
  }

  @Test
  void catchesHomoglyphsInAsciiAndInInternationalisedNames() {
    Verdict ascii = DETECTOR.check("wind0ws.kz");
    assertThat(ascii.alert()).isTrue();
    assertThat(ascii.reasons().getFirst()).isEqualTo("homoglyph: 'wind0ws' looks like 'windows'");
    Verdict rn = DETECTOR.check("rnicrosoft-login.com");
    assertThat(rn.alert()).isTrue();
    Verdict cyrillic = DETECTOR.check("ѕenate.com");
    assertThat(cyrillic.alert()).isTrue();
    assertThat(cyrillic.domain()).startsWith("xn--");
    assertThat(cyrillic.reasons().getFirst()).contains("homoglyph (IDN ѕenate.com)");
    assertThat(DETECTOR.check("sennate.gov").reasons().getFirst())
        .isEqualTo("repetition: 'sennate' looks like 'senate'");
    Verdict repeated = DETECTOR.check("accounts-gooogle.com");
    assertThat(repeated.reasons().getFirst()).startsWith("repetition: 'gooogle'");
  }

  @Test
  void shortOrCommonNamesNeedALureWord() {
    assertThat(DETECTOR.check("iri-news.com").alert()).isFalse();
    assertThat(DETECTOR.check("iri.com").alert()).isFalse();
    assertThat(DETECTOR.check("login-iri.com").alert()).isTrue();
    assertThat(DETECTOR.check("house-sg.com").alert()).isFalse();
    assertThat(DETECTOR.check("adfs-house.email").alert()).isTrue();
    assertThat(DETECTOR.check("windowsforum.com").alert()).isFalse();
    assertThat(DETECTOR.check("windowscheckupdater.net").alert()).isTrue();
    Verdict alone = DETECTOR.check("dnc.net");
    assertThat(alone.score()).isBetween(0.01, LookalikeDetector.ALERT_THRESHOLD - 0.01);
    assertThat(alone.reasons())
        .contains("'dnc' is a common word: it counts only beside a lure word");
  }

  @Test
  void findsBrandsRunTogetherWithOtherWords() {
    assertThat(DETECTOR.check("microsofthelpcenter.info").imitates().org()).startsWith("Microsoft");
    assertThat(DETECTOR.check("accountsgooglemail.com").imitates().org()).startsWith("Google");
    assertThat(DETECTOR.check("one-drive.org").reasons().getFirst()).startsWith("hyphenation");
    assertThat(DETECTOR.check("senategov.com").reasons().getFirst())
        .isEqualTo("tld in label: 'senategov' is 'senate' + 'gov'");
  }

  @Test
  void prefersTheTargetOverTheProviderWhoseProductIsTheLure() {
    Verdict verdict = DETECTOR.check("brookings.sharepoint.liveoffice365.me");
    assertThat(verdict.alert()).isTrue();
    assertThat(verdict.imitates().org()).isEqualTo("Brookings Institution");
  }

  @ParameterizedTest
  @CsvSource({
    "dncvotebuilder.com, Democratic National Committee",
    "myiri.org, International Republican Institute",
    "sos-ga-gov.com, Georgia Secretary of State",
    "iri-org.com, International Republican Institute",
    "gop-vote.com, Republican National Committee",
    "live-outlook.com, 'Microsoft (Microsoft 365, Outlook, SharePoint, OneDrive, Entra ID)'",
    "misdepatrment.com, 'MIS Department (the DNC''s IT contractor named in the July 2018 indictment)'"
  })
  void readsRunTogetherAndHyphenatedForms(String domain, String org) {
    Verdict verdict = DETECTOR.check(domain);
    assertThat(verdict.alert()).as(domain).isTrue();
    assertThat(verdict.imitates().org()).isEqualTo(org);
  }

  @Test
  void aBrandAloneInASubdomainLabelIsNotEnough() {
    assertThat(DETECTOR.check("senate.example.edu").alert()).isFalse();
    assertThat(DETECTOR.check("senate-login.example.edu").alert()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "example.com",
        "wikipedia.org",
        "nytimes.com",
        "houseplans.com",
        "whitehousehistory.org.uk"
      })
  void leavesUnrelatedDomainsAlone(String domain) {
    assertThat(DETECTOR.check(domain).alert()).isFalse();
  }

  @Test
  void usesTheRegistryItIsGiven() throws IOException {
    Registry registry =
        Registry.parse(
            new StringReader(
                Registry.HEADER
                    + "\nacme\tAcme Votes\tplatform\tacmevotes.com\tacmevotes\t\thttps://acmevotes.com/\t\n"),
            "mine.tsv");
    LookalikeDetector mine = LookalikeDetector.of(registry);
    assertThat(mine.check("acmevotes-login.net").imitates())
        .isEqualTo(new Imitation("Acme Votes", "acmevotes.com"));
    assertThat(mine.check("adfs-senate.services").alert()).isFalse();
  }

  @Test
  void rejectsNamesThatCannotBeChecked() {
    assertThatThrownBy(() -> DETECTOR.check("not a domain"))
        .isInstanceOf(InvalidDomain.class)
        .hasMessageContaining("illegal character ' '");
  }
}

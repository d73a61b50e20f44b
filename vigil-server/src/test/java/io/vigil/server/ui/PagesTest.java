package io.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.demo.DemoData;
import io.vigil.process.election.Election;
import io.vigil.process.election.ElectionScope;
import io.vigil.process.product.ProductStatus;
import io.vigil.server.security.VigilUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages as each role sees them: what is shown, which steps are offered, what is refused and
 * how, and that markings hold on every page type (page, fragment, search, download, report, PDF).
 */
@UiSpringTest
class PagesTest {
  static final String E2020 = DemoData.E2020;
  static final String E2018 = DemoData.E2018;

  @Autowired MockMvc mvc;
  @Autowired ProcessService process;

  static RequestPostProcessor as(String username) {
    Principal p =
        DemoData.USERS.stream()
            .filter(u -> u.username().equals(username))
            .findFirst()
            .orElseThrow()
            .principal();
    return user(new VigilUser(p, "", true));
  }

  String page(String username, String url) throws Exception {
    return mvc.perform(get(url).with(as(username)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  MvcResult perform(MockHttpServletRequestBuilder req) throws Exception {
    return mvc.perform(req).andReturn();
  }

  static String body(MvcResult r) throws Exception {
    return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void pagesNeedASignInAndTheSignInPageCarriesACsrfToken() throws Exception {
    mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    String login = body(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
    assertThat(login).contains("name=\"_csrf\"").contains("id=\"username\"");
    mvc.perform(formLogin("/login").user("analyst").password("analyst"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(formLogin("/login").user("analyst").password("wrong"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void dashboardListsTheCyclesWithDueDatesAndLateness() throws Exception {
    String html = page("analyst", "/");
    assertThat(html)
        .contains("2018 US midterm elections", "2020 US general election")
        .contains("2020-12-18", "delivered 2021-01-07, 20 days late")
        .contains("Recent evidence")
        .contains("UNCLASSIFIED | TLP:CLEAR");
  }

  @Test
  void electionPageOffersOnlyTheStepsTheRoleAllows() throws Exception {
    String analyst = page("analyst", "/elections/" + E2020);
    assertThat(analyst)
        .contains("ICA 2020-00078D")
        .contains("/assessments/asm-2020/amend")
        .doesNotContain("/impact-reports/imp-2020/amend")
        .contains("SECRET | TLP:AMBER");
    String impact = page("impact", "/elections/" + E2020);
    assertThat(impact)
        .contains("/impact-reports/imp-2020/amend")
        .doesNotContain("/assessments/asm-2020/amend");
    String reviewer = page("reviewer", "/elections/" + E2020);
    assertThat(reviewer).doesNotContain("/amend").doesNotContain("Steps you may take");
    String treasury = page("treasury", "/elections/" + E2020);
    assertThat(treasury).contains("/determinations/det-2021-kilimnik/delist");
    assertThat(analyst).doesNotContain("/delist");
  }

  @Test
  void officialWithoutClearanceNeverSeesTheSecretProducts() throws Exception {
    String election = page("official", "/elections/" + E2020);
    assertThat(election)
        .doesNotContain("ICA 2020-00078D")
        .doesNotContain("SECRET")
        .contains("No assessment you may read")
        .contains("UNCLASSIFIED | TLP:CLEAR");
    assertThat(page("official", "/")).doesNotContain("TRANSMITTED").doesNotContain("SECRET");
    for (String url :
        new String[] {
          "/elections/" + E2020 + "/assessment",
          "/elections/" + E2020 + "/assessment.pdf",
          "/elections/" + E2020 + "/impact-report",
          "/elections/" + E2020 + "/impact-report.pdf",
          "/elections/" + E2018 + "/assessment.pdf"
        }) {
      MvcResult r = perform(get(url).with(as("official")));
      assertThat(r.getResponse().getStatus()).as(url).isEqualTo(404);
      assertThat(body(r)).as(url).doesNotContain("ICA 2020").doesNotContain("%PDF");
    }
    // the administrator is signed in but holds no clearance for the products either
    assertThat(perform(get("/elections/" + E2020 + "/assessment").with(as("admin"))))
        .extracting(r -> r.getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void secretEvidenceStaysOutOfEveryPageOfAnUncleared() throws Exception {
    String id = upload("analyst", "Intercept summary RUBICON-7", "SECRET", "AMBER", "secret text");
    assertThat(page("analyst", "/evidence/" + id))
        .contains("Intercept summary RUBICON-7")
        .contains("SECRET | TLP:AMBER");
    assertThat(page("analyst", "/evidence?q=RUBICON")).contains("RUBICON-7");
    assertThat(page("analyst", "/evidence")).contains("class=\"banner banner-secret\"");

    for (String url : new String[] {"/evidence/" + id, "/evidence/" + id + "/content"}) {
      MvcResult r = perform(get(url).with(as("official")));
      assertThat(r.getResponse().getStatus()).as(url).isEqualTo(404);
      assertThat(body(r)).doesNotContain("RUBICON").doesNotContain("secret text");
    }
    assertThat(page("official", "/evidence")).doesNotContain("RUBICON").doesNotContain("SECRET |");
    assertThat(page("official", "/evidence/rows?q=RUBICON")).doesNotContain("RUBICON");
    assertThat(page("official", "/")).doesNotContain("RUBICON");
    assertThat(page("official", "/elections/" + E2018)).doesNotContain("SECRET |");

    MvcResult judgment =
        mvc.perform(
                post("/elections/" + E2018 + "/judgments")
                    .param("statement", "RUBICON-7 shows the unit planned a second wave.")
                    .param("likelihood", "LIKELY")
                    .param("agency", "NSA")
                    .param("confidence", "MODERATE")
                    .param("classification", "SECRET")
                    .param("tlp", "AMBER")
                    .with(as("analyst"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String url = judgment.getResponse().getRedirectedUrl();
    assertThat(page("analyst", "/elections/" + E2018)).contains("RUBICON-7 shows");
    assertThat(perform(get(url).with(as("official"))).getResponse().getStatus()).isEqualTo(404);
    assertThat(page("official", "/elections/" + E2018)).doesNotContain("RUBICON");
    assertThat(
            perform(
                    post(url)
                        .param("statement", "x")
                        .param("likelihood", "LIKELY")
                        .param("agency", "NSA")
                        .param("confidence", "LOW")
                        .param("reason", "probe")
                        .with(as("official"))
                        .with(csrf()))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void amberStrictEvidenceStaysWithinItsOriginatorsOrganization() throws Exception {
    String id = upload("analyst", "NIC-only lead ORCHID", "UNCLASSIFIED", "AMBER_STRICT", "lead");
    assertThat(page("reviewer", "/evidence/" + id)).contains("ORCHID"); // NIC, same organization
    // Treasury holds TOP SECRET, but AMBER+STRICT keeps the item inside NIC
    assertThat(perform(get("/evidence/" + id).with(as("treasury"))).getResponse().getStatus())
        .isEqualTo(404);
    assertThat(page("treasury", "/evidence?q=ORCHID")).doesNotContain("NIC-only lead");
    assertThat(page("treasury", "/evidence/rows?q=ORCHID")).doesNotContain("NIC-only lead");
  }

  @Test
  void evidenceTextIsEscapedAndItsContentIsOnlyADownload() throws Exception {
    String hostile = "<script>alert('x')</script>";
    String id = upload("official", hostile, "UNCLASSIFIED", "GREEN", "<html><script>x()</script>");
    MvcResult r = perform(get("/evidence/" + id).with(as("analyst")));
    String html = body(r);
    assertThat(html)
        .doesNotContain(hostile)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(r.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
    mvc.perform(get("/evidence/" + id + "/content").with(as("analyst")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/octet-stream"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            header().string("Content-Disposition", "attachment; filename=\"" + id + ".bin\""));
  }

  @Test
  void stixBundleIsImportedWholeOrRefusedWithItsViolations() throws Exception {
    String bundle =
        """
        {"type":"bundle","id":"bundle--6f1c3a2e-1b0f-4c7e-9c7b-2b1f4d3e5a60","objects":[
         {"type":"threat-actor","spec_version":"2.1","id":"threat-actor--0b1c3a2e-1b0f-4c7e-9c7b-2b1f4d3e5a61",
          "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
          "name":"Sigma <b>Troll</b> Farm","threat_actor_types":["nation-state"]},
         {"type":"campaign","spec_version":"2.1","id":"campaign--1b1c3a2e-1b0f-4c7e-9c7b-2b1f4d3e5a62",
          "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
          "name":"Sigma spring campaign","first_seen":"2024-03-01T00:00:00Z"}
        ]}""";
    MvcResult ok = stix("analyst", bundle);
    assertThat(ok.getResponse().getStatus()).isEqualTo(302);
    String evidence = page("analyst", ok.getResponse().getRedirectedUrl());
    assertThat(evidence).contains("STIX 2.1 bundle").contains("application/stix+json");
    assertThat(page("analyst", "/actors")).contains("Sigma &lt;b&gt;Troll&lt;/b&gt; Farm");

    MvcResult bad =
        stix(
            "analyst",
            "{\"type\":\"bundle\",\"id\":\"bundle--x\",\"objects\":[{\"type\":\"threat-actor\"}]}");
    assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(bad)).contains("breaks the STIX 2.1 schemas").contains("nothing was imported");
  }

  private MvcResult stix(String username, String json) throws Exception {
    return mvc.perform(
            multipart("/elections/" + E2018 + "/stix")
                .file(
                    new MockMultipartFile(
                        "file",
                        "bundle.json",
                        "application/json",
                        json.getBytes(StandardCharsets.UTF_8)))
                .param("source", "a sharing partner")
                .param("grading", "B2")
                .param("classification", "UNCLASSIFIED")
                .param("tlp", "GREEN")
                .with(as(username))
                .with(csrf()))
        .andReturn();
  }

  @Test
  void formsWithoutACsrfTokenAreRefused() throws Exception {
    MvcResult r =
        perform(
            post("/assessments/asm-2018/amend").param("reason", "new facts").with(as("analyst")));
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    assertThat(process.get(Principal.system(), Kind.ASSESSMENT, "asm-2018").workflow().status())
        .isEqualTo(ProductStatus.TRANSMITTED);
  }

  @Test
  void aStepTheRoleMayNotTakeIsRefusedWithItsReason() throws Exception {
    MvcResult r =
        perform(
            post("/assessments/asm-2018/amend")
                .param("reason", "new facts")
                .with(as("reviewer"))
                .with(csrf()));
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    assertThat(body(r))
        .contains("may not amend the assessment")
        .contains("ANALYST")
        .doesNotContain("Exception")
        .doesNotContain("at io.vigil");
  }

  @Test
  void aRuleOfTheProcessIsRefusedAs409WithTheRule() throws Exception {
    mvc.perform(
            post("/impact-reports/imp-2018/amend")
                .param("reason", "a state reported a late incident")
                .with(as("impact"))
                .with(csrf()))
        .andExpect(redirectedUrl("/elections/" + E2018 + "#report"));
    mvc.perform(post("/impact-reports/imp-2018/submit").with(as("impact")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    MvcResult own =
        perform(
            post("/impact-reports/imp-2018/review")
                .param("accept", "true")
                .with(as("impact"))
                .with(csrf()));
    assertThat(own.getResponse().getStatus()).isEqualTo(409);
    assertThat(body(own)).contains("segregation-of-duties").contains("reviews their own draft");
    assertThat(page("impact2", "/elections/" + E2018)).contains("/impact-reports/imp-2018/review");
  }

  @Test
  void assessmentPdfIsMarkedOnEveryPageAndCarriesTheJudgments() throws Exception {
    MvcResult r =
        mvc.perform(get("/elections/" + E2020 + "/assessment.pdf").with(as("analyst")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn();
    byte[] pdf = r.getResponse().getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper strip = new PDFTextStripper();
      strip.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        strip.setStartPage(p);
        strip.setEndPage(p);
        String text = strip.getText(doc);
        assertThat(text.split("SECRET \\| TLP:AMBER", -1).length - 1)
            .as("banners on page " + p)
            .isGreaterThanOrEqualTo(2);
        assertThat(text).contains("Page " + p + " of " + doc.getNumberOfPages());
      }
      strip.setStartPage(1);
      strip.setEndPage(doc.getNumberOfPages());
      String all = strip.getText(doc).replaceAll("\\s+", " ");
      assertThat(all)
          .contains("ICA 2020-00078D")
          .contains("Key judgments")
          .contains("Likelihood: almost certain (95-99%)")
          .contains("Confidence: IC moderate")
          .contains("Timeline of the activities")
          .contains("Appendix: evidence")
          .contains("ev-2020-ica-declassified");
    }
  }

  @Test
  void impactReportPageAndPdfShowEachCategoryVerdict() throws Exception {
    String html = page("impact2", "/elections/" + E2020 + "/impact-report");
    assertThat(html)
        .contains("materially affected")
        .contains("Tabulation of votes")
        .contains("/elections/" + E2020 + "/impact-report.pdf");
    byte[] pdf =
        mvc.perform(get("/elections/" + E2020 + "/impact-report.pdf").with(as("impact2")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper strip = new PDFTextStripper();
      strip.setSortByPosition(true);
      String all = strip.getText(doc).replaceAll("\\s+", " ");
      assertThat(all)
          .contains("SECRET | TLP:AMBER")
          .contains("Findings: was each category materially affected?")
          .contains("Category Verdict Effects Rationale")
          .contains("1(b)(i) Security or")
          .contains("Remedies other than sanctions")
          .contains("Printed for impact2 (DHS)");
    }
  }

  @Test
  void judgmentEditorKeepsOneVocabularyPerAgencyConfidenceAndHistory() throws Exception {
    MvcResult created =
        mvc.perform(
                post("/elections/" + E2018 + "/judgments")
                    .param("statement", "The GRU ran the look-alike domains.")
                    .param("likelihood", "LIKELY")
                    .param("agency", "CIA", "NSA", "")
                    .param("confidence", "HIGH", "MODERATE", "")
                    .param("dissentAgency", "State/INR, with reservations")
                    .param("dissentView", "Attribution rests on one source, not two.")
                    .param("classification", "UNCLASSIFIED")
                    .param("tlp", "GREEN")
                    .with(as("analyst"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String url = created.getResponse().getRedirectedUrl();
    assertThat(page("analyst", url))
        .contains("<strong>likely</strong> (<span>55-80%</span>)")
        .contains("CIA: high; ")
        .contains("NSA: moderate")
        .contains("dissent of State/INR, with reservations: Attribution rests on one source");
    mvc.perform(
            post(url)
                .param("statement", "The GRU almost certainly ran the look-alike domains.")
                .param("likelihood", "VERY_LIKELY")
                .param("agency", "CIA")
                .param("confidence", "HIGH")
                .param("reason", "Microsoft's seizure filing")
                .with(as("analyst"))
                .with(csrf()))
        .andExpect(redirectedUrl(url));
    assertThat(page("analyst", url))
        .contains("very likely")
        .contains("Microsoft&#39;s seizure filing")
        .contains("The GRU ran the look-alike domains.");
    assertThat(
            perform(
                    post(url)
                        .param("statement", "x")
                        .param("likelihood", "LIKELY")
                        .param("agency", "CIA")
                        .param("confidence", "HIGH")
                        .param("reason", "r")
                        .with(as("reviewer"))
                        .with(csrf()))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void productEditorsFillTheRequiredFieldsOfANewCycle() throws Exception {
    String id = "us-2022-midterm";
    if (process.elections(Principal.system()).stream()
        .noneMatch(o -> o.election().id().equals(id))) {
      process.createElection(
          Principal.system(),
          new Election(
              id,
              "2022 US midterm elections",
              ElectionScope.FEDERAL,
              "United States",
              LocalDate.of(2022, 11, 8),
              LocalDate.of(2022, 11, 8),
              "",
              List.of()));
    }
    assertThat(page("analyst", "/elections/" + id)).contains("Start the draft");
    mvc.perform(
            post("/elections/" + id + "/assessment")
                .param("title", "Assessment 2022")
                .with(as("analyst"))
                .with(csrf()))
        .andExpect(redirectedUrl("/assessments/asm-" + id + "/edit"));
    assertThat(page("analyst", "/assessments/asm-" + id + "/edit"))
        .contains("Nature of the interference");
    // submitting an empty draft is refused by Sec. 1(a)'s required fields
    MvcResult early =
        perform(post("/assessments/asm-" + id + "/submit").with(as("analyst")).with(csrf()));
    assertThat(early.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(early)).contains("nature");
    mvc.perform(
            post("/assessments/asm-" + id + "/edit")
                .param("title", "Assessment 2022")
                .param("nature", "Influence operations, as in 2020.")
                .param("methods", "Proxies, spoofed emails.")
                .param("supportingInformation", "See the evidence, chiefly the declassified ICA.")
                .param("governmentId", "gov-russia", "")
                .param("governmentRole", "DIRECTED", "")
                .param("governmentBasis", "Directed by the GRU, with a comma", "")
                .with(as("analyst"))
                .with(csrf()))
        .andExpect(redirectedUrl("/elections/" + id + "#assessment"));
    mvc.perform(post("/assessments/asm-" + id + "/submit").with(as("analyst")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(page("reviewer", "/elections/" + id))
        .contains("IN_REVIEW")
        .contains("/assessments/asm-" + id + "/review");
    assertThat(page("analyst", "/elections/" + id + "/assessment"))
        .contains("Influence operations, as in 2020.")
        .contains("Directed by the GRU, with a comma");

    mvc.perform(
            post("/elections/" + id + "/impact-report")
                .param("title", "Report 2022")
                .with(as("impact"))
                .with(csrf()))
        .andExpect(redirectedUrl("/impact-reports/imp-" + id + "/edit"));
    mvc.perform(
            post("/impact-reports/imp-" + id + "/edit")
                .param("title", "Report 2022")
                .param("verdict-VOTE_TABULATION", "MATERIALLY_AFFECTED")
                .param("effects-VOTE_TABULATION", "ALTERATION_OR_FALSIFICATION")
                .param("rationale-VOTE_TABULATION", "Counts altered in one county.")
                .param("remedies", "Audit the county.\nReplace the tabulators.")
                .with(as("impact"))
                .with(csrf()))
        .andExpect(redirectedUrl("/elections/" + id + "#report"));
    assertThat(page("impact", "/elections/" + id + "/impact-report"))
        .contains("Counts altered in one county.")
        .contains("alteration or falsification")
        .contains("Replace the tabulators.");
    assertThat(
            perform(get("/impact-reports/imp-" + id + "/edit").with(as("analyst")))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void activityAndActorPagesLinkEvidenceTechniquesAndRelations() throws Exception {
    String activity = page("official", "/activities/act-2020-iran-emails");
    assertThat(activity)
        .contains("T1656")
        .contains("Impersonation")
        .contains("MITRE ATT&amp;CK")
        .contains("/evidence/ev-2020-treasury-2021-11-18");
    String actor = page("analyst", "/actors/actor-gru-26165");
    assertThat(actor)
        .contains("APT28")
        .contains("member of")
        .contains("Viktor Borisovich Netyksho")
        .contains("data-elements=\"[{&quot;data&quot;")
        .contains("cytoscape");
  }

  @Test
  void screeningANameExplainsEachHit() throws Exception {
    String html = page("official", "/screen?name=Пригожин&schema=person");
    assertThat(html)
        .contains("Yevgeniy Prigozhin")
        .contains("match, score")
        .contains("translit")
        .contains("ELECTION-EO13848");
    MvcResult bad =
        perform(get("/screen?name=Prigozhin&birthDate=30.09.1961").with(as("official")));
    assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(bad)).contains("birthDate must be YYYY");
    assertThat(page("official", "/screen")).contains("id=\"name\"").doesNotContain("Results for");
  }

  @Test
  void domainAlertsAreFiledTriagedAndKeptWithinTheirMarkings() throws Exception {
    String check = page("reviewer", "/domains?domains=adfs-senate.services,google.com");
    assertThat(check)
        .contains("United States Senate")
        .contains("allowlisted")
        .doesNotContain("file-alerts");
    mvc.perform(
            post("/domains/alerts")
                .param("domains", "adfs-senate.services google.com")
                .param("activity", "act-2018-gru-domains")
                .with(as("analyst"))
                .with(csrf()))
        .andExpect(redirectedUrl("/domains#alerts"));
    String alerts = page("analyst", "/domains");
    assertThat(alerts)
        .contains("Lookalike domain adfs-senate.services imitates United States Senate");
    assertThat(page("analyst", "/")).contains("id=\"open-alerts\"");
    String id = alerts.replaceAll("(?s).*/domains/alerts/([A-Za-z0-9-]+)/confirmed.*", "$1");
    mvc.perform(post("/domains/alerts/" + id + "/confirmed").with(as("reviewer")).with(csrf()))
        .andExpect(redirectedUrl("/domains#alerts"));
    assertThat(page("analyst", "/domains")).contains("confirmed by reviewer");
    assertThat(page("analyst", "/")).contains("No open alert from the detectors.");
    // filed TLP:AMBER by NIC and shared with nobody: the election official never sees it
    assertThat(page("official", "/domains")).doesNotContain("adfs-senate.services");
    assertThat(
            perform(
                    post("/domains/alerts")
                        .param("domains", "adfs-senate.services")
                        .param("activity", "act-2018-gru-domains")
                        .with(as("reviewer"))
                        .with(csrf()))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void coordinationClustersComeWithTheCoActionsBehindEachLink() throws Exception {
    MvcResult r =
        mvc.perform(
                multipart("/activities/act-2018-lakhta/coordination")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "posts.jsonl",
                            "application/x-ndjson",
                            PlantedPosts.jsonl().getBytes(StandardCharsets.UTF_8)))
                    .param("format", "jsonl")
                    .with(as("analyst"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn();
    String html = body(r);
    assertThat(html)
        .contains("<span>1</span> coordinated clusters")
        .contains("Cluster 1: 6 accounts")
        .contains("troll0, troll1, troll2, troll3, troll4, troll5")
        .contains("co-retweet")
        .contains("post orig0")
        .contains("data-elements=\"[{&quot;data&quot;:{&quot;id&quot;:&quot;cluster-1&quot;")
        .doesNotContain("background1,");
    assertThat(page("analyst", "/activities/act-2018-lakhta"))
        .contains("Coordination detection: 1 clusters in posts.jsonl");
    String result =
        html.replaceAll(
            "(?s).*the upload</a>,\\s*<a href=\"/evidence/(ev-[^\"]+)\">the result.*", "$1");
    assertThat(page("analyst", "/evidence/" + result)).contains("id=\"show-clusters\"");
    assertThat(page("analyst", "/evidence/" + result + "/clusters"))
        .contains("Cluster 1: 6 accounts")
        .contains("post orig0")
        .contains("cluster-1");
    // the content of an item that only claims to be a result is read strictly: 400, not 500
    String fake =
        mvc.perform(
                multipart("/elections/" + E2018 + "/evidence")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "x.json",
                            "application/json",
                            "{\"clusters\":[{\"id\":\"x\"}]}".getBytes(StandardCharsets.UTF_8)))
                    .param("title", "not a result")
                    .param("source", "Vigil coordination detector")
                    .param("grading", "F6")
                    .param("classification", "UNCLASSIFIED")
                    .param("tlp", "GREEN")
                    .with(as("analyst"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    MvcResult bad = perform(get(fake + "/clusters").with(as("analyst")));
    assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(bad)).contains("is not a coordination result");
    assertThat(
            perform(get("/activities/act-2018-lakhta/coordination").with(as("official")))
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void publishedDesignationsArePublic() throws Exception {
    String html =
        body(mvc.perform(get("/public/designations")).andExpect(status().isOk()).andReturn());
    assertThat(html).contains("Yevgeniy Prigozhin").contains("ELECTION-EO13848").contains("M-VITO");
    assertThat(body(mvc.perform(get("/public/designations").param("q", "prigozhin")).andReturn()))
        .contains("Yevgeniy Prigozhin")
        .doesNotContain("Internet Research Agency LLC");
  }

  @Test
  void unknownPagesAndRecordsAreA404PageNotAStackTrace() throws Exception {
    MvcResult r = perform(get("/evidence/no-such-item").with(as("analyst")));
    assertThat(r.getResponse().getStatus()).isEqualTo(404);
    assertThat(body(r)).contains("Not found").doesNotContain("Exception");
  }

  private String upload(String username, String title, String level, String tlp, String content)
      throws Exception {
    MvcResult r =
        mvc.perform(
                multipart("/elections/" + E2018 + "/evidence")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "item.txt",
                            "text/plain",
                            content.getBytes(StandardCharsets.UTF_8)))
                    .param("title", title)
                    .param("source", "test upload")
                    .param("grading", "B2")
                    .param("classification", level)
                    .param("tlp", tlp)
                    .param("summary", "<img src=x onerror=alert(1)>")
                    .with(as(username))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    return r.getResponse().getRedirectedUrl().substring("/evidence/".length());
  }
}

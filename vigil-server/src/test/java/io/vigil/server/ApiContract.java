package io.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.process.access.Role;
import io.vigil.process.audit.ChainVerification;
import io.vigil.process.marking.Classification;
import io.vigil.server.audit.AuditLog;
import io.vigil.server.security.UserAccounts;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API contract of the foundation, run against each database by a subclass: the demo cycles and
 * their deadlines, the rules of the process refused with 4xx and a message, markings on every read,
 * bad input named, and the audit chain. One spec, every engine configuration (H2, PostgreSQL).
 */
@SpringBootTest(properties = {"vigil.demo=true"})
@AutoConfigureMockMvc
abstract class ApiContract {
  @Autowired MockMvc mvc;
  @Autowired UserAccounts users;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void dualRoleUser() {
    if (users.find("analyst-approver").isEmpty()) {
      users.create(
          "test",
          "analyst-approver",
          "analyst-approver-pw",
          "ODNI",
          EnumSet.of(Role.ANALYST, Role.APPROVER, Role.REVIEWER),
          Classification.TOP_SECRET);
    }
  }

  ResultActions as(
      String user,
      org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> req)
      throws Exception {
    String pw = user.equals("analyst-approver") ? "analyst-approver-pw" : user;
    return mvc.perform(req.with(httpBasic(user, pw)));
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static String sha256(String s) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void healthIsUpWithoutSigningIn() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void refusesTheApiWithoutCredentials() throws Exception {
    mvc.perform(get("/api/elections")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/elections").with(httpBasic("analyst", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void listsTheDemoCyclesWithTheirDeadlines() throws Exception {
    as("analyst", get("/api/elections"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == 'us-2018-midterm')].date").value("2018-11-06"))
        .andExpect(jsonPath("$[?(@.id == 'us-2018-midterm')].assessmentDue").value("2018-12-21"))
        .andExpect(jsonPath("$[?(@.id == 'us-2020-general')].name").exists())
        .andExpect(jsonPath("$[?(@.id == 'us-2020-general')].assessmentDue").value("2020-12-18"))
        .andExpect(
            jsonPath("$[?(@.id == 'us-2020-general')].assessmentDelivered").value("2021-01-07"))
        .andExpect(jsonPath("$[?(@.id == 'us-2020-general')].assessmentLate").value(true))
        .andExpect(
            jsonPath("$[?(@.id == 'us-2020-general')].assessmentDeadline").value("DELIVERED_LATE"))
        .andExpect(jsonPath("$[?(@.id == 'us-2020-general')].impactReportDue").value("2021-02-21"));
  }

  @Test
  void hidesAnAssessmentAboveTheReadersClearance() throws Exception {
    as("analyst", get("/api/elections/us-2020-general/assessment"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.marking.classification").value("SECRET"));
    as("official", get("/api/elections/us-2020-general/assessment"))
        .andExpect(status().isNotFound());
    as("official", get("/api/elections"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.id == 'us-2020-general')].assessmentStatus")
                .value(org.hamcrest.Matchers.contains((Object) null)));
  }

  @Test
  void refusesApprovalOfOwnDraftAndTransmissionBeforeApproval() throws Exception {
    as(
            "analyst",
            json(
                post("/api/elections"),
                """
        {"id":"it-2022","name":"Test election","scope":"FEDERAL","jurisdiction":"United States","date":"2022-11-08","concludedOn":"2022-11-08","notes":"","verify":[]}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.assessmentDue").value("2022-12-23"));
    as(
            "analyst-approver",
            json(
                post("/api/elections/it-2022/assessment"),
                """
        {"title":"Draft","nature":"influence operation","methods":"fake personas","supportingInformation":"evidence appendix",
         "marking":{"classification":"SECRET","tlp":"TLP:GREEN"}}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.workflow.status").value("DRAFT"));
    as("analyst-approver", json(post("/api/assessments/asm-it-2022/transmit"), "{}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("transmit-after-approval"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    org.hamcrest.Matchers.containsString(
                        "only an approved assessment can be transmitted")));
    as("analyst-approver", json(post("/api/assessments/asm-it-2022/submit"), "{}"))
        .andExpect(status().isOk());
    as("reviewer", json(post("/api/assessments/asm-it-2022/review"), "{\"accept\":true}"))
        .andExpect(status().isOk());
    as(
            "analyst",
            json(post("/api/assessments/asm-it-2022/coordinate"), "{\"position\":\"CONCUR\"}"))
        .andExpect(status().isOk());
    as("analyst-approver", json(post("/api/assessments/asm-it-2022/approve"), "{}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("segregation-of-duties"));
    as("analyst", json(post("/api/assessments/asm-it-2022/approve"), "{}"))
        .andExpect(status().isForbidden());
    as("approver", json(post("/api/assessments/asm-it-2022/approve"), "{}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.workflow.status").value("APPROVED"));
    as("approver", json(post("/api/assessments/asm-it-2022/transmit"), "{}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.workflow.status").value("TRANSMITTED"));
  }

  @Test
  void refusesSection3BeforeBothProductsAreTransmitted() throws Exception {
    as(
            "analyst",
            json(
                post("/api/elections"),
                """
        {"id":"it-2024","name":"Sec 3 test","scope":"FEDERAL","jurisdiction":"United States","date":"2024-11-05","concludedOn":"2024-11-05"}"""))
        .andExpect(status().isCreated());
    as(
            "treasury",
            json(
                post("/api/elections/it-2024/recommendations"),
                """
        {"country":"Russia","targets":[{"name":"X","country":"RU","sector":"NONE","largestBusiness":false,"measures":["BLOCKING"]}],
         "calibrationRationale":"c","impactAssessment":"i","marking":{"classification":"SECRET","tlp":"TLP:AMBER"}}"""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("sec3-after-both-products"))
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("both been transmitted")));
  }

  @Test
  void namesTheFieldOfBadInput() throws Exception {
    as(
            "analyst",
            json(
                post("/api/elections/us-2020-general/evidence"),
                """
        {"title":"t","source":"s","content":"x","grading":"Z9","marking":{"classification":"UNCLASSIFIED","tlp":"TLP:GREEN"}}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("grading"));
    as(
            "analyst",
            json(
                post("/api/elections/us-2020-general/evidence"),
                """
        {"title":"t","source":"s","content":"x","grading":"B2","marking":{"classification":"UNCLASSIFIED","tlp":"TLP:PURPLE"}}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("marking.tlp"));
    as(
            "analyst",
            json(
                post("/api/elections"),
                "{\"id\":\"x\",\"name\":\"n\",\"scope\":\"FEDERAL\",\"jurisdiction\":\"US\",\"date\":\"2024-13-45\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("date"));
    as("analyst", json(post("/api/elections"), "{not json")).andExpect(status().isBadRequest());
    as(
            "analyst",
            json(
                post("/api/elections/us-2020-general/judgments"),
                """
        {"statement":"s","likelihood":"highly probable","confidence":{"CIA":"HIGH"},"marking":{"classification":"UNCLASSIFIED","tlp":"TLP:GREEN"}}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("likelihood"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("very likely")));
  }

  @Test
  void storesEvidenceWithItsHashAndServesItOnlyAsADownload() throws Exception {
    String body =
        as(
                "analyst",
                json(
                    post("/api/elections/us-2020-general/evidence"),
                    """
        {"title":"Lookalike","source":"CT log","content":"<script>alert(1)</script>","grading":"B2","observables":["senate-sso.example"],
         "marking":{"classification":"UNCLASSIFIED","tlp":"TLP:GREEN"}}"""))
            .andExpect(status().isCreated())
            .andExpect(
                jsonPath("$.sha256")
                    .value(
                        "9f0b4ce2e4a1ff2e1efd0ab0d45ecc1a1a36d0f76abcc7fd79df4553f37eef1c".length()
                                == 64
                            ? org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")
                            : null))
            .andExpect(jsonPath("$.custody[0].action").value("received"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = body.replaceAll(".*\"id\":\"(ev-[0-9a-f]+)\".*", "$1");
    as("analyst", get("/api/evidence/" + id + "/content"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Content-Type", "application/octet-stream"));
  }

  @Test
  void keepsAnIntactAuditChainAndDetectsATamperedRow() throws Exception {
    as(
            "analyst",
            json(
                post("/api/elections"),
                """
        {"id":"it-audit","name":"Audit test","scope":"STATE","jurisdiction":"Ohio","date":"2023-11-07","concludedOn":"2023-11-07"}"""))
        .andExpect(status().isCreated());
    assertThat(audit.verify()).isInstanceOf(ChainVerification.Intact.class);
    long seq =
        jdbc.sql("select max(seq) from audit_log where entity_id = 'it-audit'")
            .query(Long.class)
            .single();
    String original =
        jdbc.sql("select actor from audit_log where seq = ?")
            .param(seq)
            .query(String.class)
            .single();
    jdbc.sql("update audit_log set actor = 'mallory' where seq = ?").param(seq).update();
    try {
      ChainVerification v = audit.verify();
      assertThat(v).isInstanceOf(ChainVerification.Broken.class);
      assertThat(((ChainVerification.Broken) v).seq()).isEqualTo(seq);
      as("admin", get("/api/audit/verify"))
          .andExpect(jsonPath("$.intact").value(false))
          .andExpect(jsonPath("$.firstBrokenEntry").value(seq));
    } finally {
      jdbc.sql("update audit_log set actor = ? where seq = ?").params(original, seq).update();
    }
    assertThat(audit.verify()).isInstanceOf(ChainVerification.Intact.class);
  }

  @Test
  void redactsAuditBodiesAboveTheReadersClearance() throws Exception {
    as("admin", get("/api/audit").param("entityType", "assessment").param("entityId", "asm-2020"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.action == 'import')].after.redacted")
                .value(
                    org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("SECRET"))));
    as("analyst", get("/api/audit")).andExpect(status().isForbidden());
  }

  @Test
  void publishesDesignationsWithoutSigningIn() throws Exception {
    mvc.perform(get("/api/public/designations"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.name =~ /.*PRIGOZHIN.*/i)].program")
                .value(org.hamcrest.Matchers.hasItem("ELECTION-EO13848")));
  }

  @Test
  void refusesARoleTheOrganizationMayNotHold() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                users.create(
                    "test",
                    "rogue",
                    "rogue-password",
                    "DOJ",
                    EnumSet.of(Role.APPROVER),
                    Classification.SECRET))
        .isInstanceOf(io.vigil.process.InvalidField.class)
        .hasMessageContaining("may not hold [APPROVER]");
  }

  @Test
  void matchesLikeYenteAgainstOurDesignationsWithAnExplanation() throws Exception {
    as(
            "analyst",
            json(
                post("/api/match/vigil"),
                """
        {"queries":{"q1":{"schema":"Person","properties":{"name":["John Smith","PRIGOZHIN, Yevgeniy"]}}}}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.responses.q1.results[0].match").value(true))
        .andExpect(
            jsonPath("$.responses.q1.results[0].caption")
                .value(org.hamcrest.Matchers.containsStringIgnoringCase("prigozhin")))
        .andExpect(
            jsonPath("$.responses.q1.results[0].properties.program")
                .value(org.hamcrest.Matchers.hasItem("ELECTION-EO13848")))
        .andExpect(jsonPath("$.responses.q1.results[0].explanation.tokens").isNotEmpty());
  }

  @Test
  void refusesAnUnknownListAndAnEmptyBatch() throws Exception {
    as(
            "analyst",
            json(
                post("/api/match/nope"),
                "{\"queries\":{\"q\":{\"properties\":{\"name\":[\"x\"]}}}}"))
        .andExpect(status().isNotFound());
    as("analyst", json(post("/api/match/vigil"), "{\"queries\":{}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("queries"));
    as("analyst", get("/api/search").param("name", " ")).andExpect(status().isBadRequest());
  }

  @Test
  void publishesOurDesignationsAsOfacCsvWithoutSigningIn() throws Exception {
    String csv =
        mvc.perform(get("/api/public/designations/sdn.csv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv).containsIgnoringCase("PRIGOZHIN").contains("ELECTION-EO13848");
  }

  @Test
  void dispositionsAreAuditedAndRescreeningReportsOnlyWhatChanged() throws Exception {
    String body =
        as(
                "analyst",
                json(
                    post("/api/screening/subjects"),
                    """
        {"name":"Denis Igorevich Kuzmin","schema":"Person"}"""))
            .andExpect(status().isCreated())
            .andExpect(
                jsonPath("$.hits[?(@.entityId == 'det-2019-kuzmin')].list")
                    .value(org.hamcrest.Matchers.hasItem("vigil")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = body.replaceAll("(?s).*\"id\":\"(subj-[0-9a-f]+)\".*", "$1");
    as(
            "analyst",
            json(
                post("/api/screening/subjects/" + id + "/dispositions"),
                """
        {"list":"vigil","entityId":"det-2019-kuzmin","decision":"TRUE_MATCH"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"));
    as(
            "analyst",
            json(
                post("/api/screening/subjects/" + id + "/dispositions"),
                """
        {"list":"vigil","entityId":"det-2019-kuzmin","decision":"TRUE_MATCH","reason":"same name, IRA staff"}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dispositions[0].decision").value("TRUE_MATCH"));
    as("analyst", post("/api/screening/rescreen"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.subjectId == '" + id + "')]").isEmpty());
    as(
            "treasury",
            json(
                post("/api/determinations/det-2019-kuzmin/delist"),
                """
        {"on":"2024-01-02","reason":"test delisting"}"""))
        .andExpect(status().isOk());
    as("analyst", post("/api/screening/rescreen"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                    "$[?(@.subjectId == '" + id + "' && @.hit.entityId == 'det-2019-kuzmin')].kind")
                .value(org.hamcrest.Matchers.contains("hit-gone")));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where entity_type = 'screening_subject' and action = 'disposition'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void checksDomainsAndFilesAlertsAsStixEvidenceOfAnActivity() throws Exception {
    as(
            "analyst",
            json(
                post("/api/domains/check"),
                "{\"domains\":[\"adfs-senate.services\",\"wikipedia.org\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].alert").value(true))
        .andExpect(jsonPath("$[0].reasons").isNotEmpty())
        .andExpect(jsonPath("$[1].alert").value(false));
    String body =
        as(
                "analyst",
                json(
                    post("/api/activities/act-2018-gru-domains/domain-alerts"),
                    "{\"domains\":[\"adfs-senate.email\",\"wikipedia.org\"],\"classification\":\"UNCLASSIFIED\",\"tlp\":\"TLP:GREEN\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.evidenceIds.length()").value(1))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String ev = body.replaceAll("(?s).*\"evidenceIds\":\\[\"([^\"]+)\".*", "$1");
    as("analyst", get("/api/evidence/" + ev))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.mediaType")
                .value(org.hamcrest.Matchers.startsWith("application/stix+json")))
        .andExpect(jsonPath("$.observables[0]").value("adfs-senate.email"));
    String stix =
        as("analyst", get("/api/evidence/" + ev + "/content"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(stix)
        .contains(
            "\"pattern\":\"[domain-name:value = 'adfs-senate.email']\"",
            "\"type\":\"domain-name\"");
    as("analyst", get("/api/activities/act-2018-gru-domains"))
        .andExpect(jsonPath("$.evidenceIds").value(org.hamcrest.Matchers.hasItem(ev)));
  }

  @Test
  void runsACoordinationDetectionOnAnUploadAndFilesItsClustersAsEvidence() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    java.util.Random r = new java.util.Random(1);
    long t0 = java.time.Instant.parse("2020-10-01T00:00:00Z").getEpochSecond();
    for (int g = 0; g < 2; g++) {
      for (int item = 0; item < 12; item++) {
        long base = t0 + (g * 40L + item) * 3600;
        for (int m = 0; m < 6; m++) {
          jsonl.append(
              String.format(
                  java.util.Locale.ROOT,
                  "{\"account\":\"g%d_m%d\",\"time\":%d,\"text\":\"story %d-%d\",\"repost_of\":\"orig%d-%d\",\"urls\":[\"https://news%d.example/%d\"],\"hashtags\":[\"trending\"]}%n",
                  g,
                  m,
                  base + r.nextInt(90),
                  g,
                  item,
                  g,
                  item,
                  g,
                  item));
        }
      }
    }
    for (int b = 0; b < 40; b++) {
      for (int k = 0; k < 6; k++) {
        jsonl.append(
            String.format(
                java.util.Locale.ROOT,
                "{\"account\":\"bg%d\",\"time\":%d,\"text\":\"note %d %d\",\"repost_of\":\"p%d\",\"hashtags\":[\"trending\"]}%n",
                b,
                t0 + r.nextInt(90 * 24 * 3600),
                b,
                k,
                r.nextInt(400)));
      }
    }
    var file =
        new org.springframework.mock.web.MockMultipartFile(
            "file",
            "posts.jsonl",
            "application/x-ndjson",
            jsonl.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    as(
            "analyst",
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/api/activities/act-2020-derkach/coordination")
                .file(file)
                .param("format", "jsonl")
                .param("tlp", "TLP:GREEN"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.clusters.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
        .andExpect(
            jsonPath("$.clusters[0].accounts")
                .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("g"))))
        .andExpect(jsonPath("$.clusters[0].reasons[0].examples").isNotEmpty())
        .andExpect(jsonPath("$.resultEvidenceId").exists());
    var empty =
        new org.springframework.mock.web.MockMultipartFile(
            "file", "empty.jsonl", "application/x-ndjson", new byte[0]);
    as(
            "analyst",
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/api/activities/act-2020-derkach/coordination")
                .file(empty))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"));
  }

  @Test
  void importsAStixBundleAsEvidenceAndExportsTheAssessmentAsAValidBundle() throws Exception {
    java.nio.file.Path shared =
        java.nio.file.Path.of(System.getProperty("vigil.shared.data", "../../shared/data"));
    byte[] bundle =
        java.nio.file.Files.readAllBytes(
            shared.resolve(
                "frameworks/stix21-json-schemas/examples/indicator-to-campaign-relationship.json"));
    as(
            "analyst",
            post("/api/elections/us-2020-general/stix")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bundle))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.evidenceId").exists())
        .andExpect(jsonPath("$.activityIds").isNotEmpty());
    as(
            "analyst",
            post("/api/elections/us-2020-general/stix")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"type\":\"bundle\",\"id\":\"bundle--x\",\"objects\":[{\"type\":\"indicator\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations").isNotEmpty());
    byte[] out =
        as("analyst", get("/api/elections/us-2020-general/assessment/stix"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    var report = io.vigil.stix.validation.StixValidator.fromSharedData(shared).validate(out);
    assertThat(report.violations()).isEmpty();
    assertThat(new String(out, java.nio.charset.StandardCharsets.UTF_8))
        .containsPattern("\"type\"\\s*:\\s*\"report\"")
        .containsPattern("\"type\"\\s*:\\s*\"marking-definition\"");
    as("official", get("/api/elections/us-2020-general/assessment/stix"))
        .andExpect(status().isNotFound());
  }

  @Test
  void pagesTheEvidenceOfAnElection() throws Exception {
    as(
            "analyst",
            get("/api/elections/us-2018-midterm/evidence").param("limit", "2").param("offset", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("X-Total-Count", org.hamcrest.Matchers.matchesPattern("[0-9]+")));
    as("analyst", get("/api/elections/us-2018-midterm/evidence").param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("limit"));
  }
}

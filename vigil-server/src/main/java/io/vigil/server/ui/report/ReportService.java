package io.vigil.server.ui.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.vigil.process.ElectionOverview;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.RecordNotFound;
import io.vigil.process.access.Principal;
import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import io.vigil.process.deadline.Deadlines;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.Finding;
import io.vigil.process.product.ImpactCategory;
import io.vigil.process.product.ImpactReport;
import io.vigil.server.ui.Banner;
import io.vigil.server.ui.DeadlineView;
import io.vigil.server.ui.Format;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/*
 * Design note. The two products of Sec. 1 as documents: one Thymeleaf template per product serves
 * the page in the browser and, with the pdf flag, the XHTML that openhtmltopdf (1.1.31, PDFBox 3)
 * turns into a PDF. Everything in a report is read through ProcessService as the requesting user,
 * so a report never holds a record the user could not read on a page, and the banner printed on
 * every page (CSS Paged Media running elements in the @page margin boxes, CSS GCPM 3) is the most
 * restrictive marking of what it holds, as CAPCO requires of a document's overall marking. Key
 * judgments carry the one ICD 203 likelihood term with its probability range and each agency's
 * confidence (ICD 203 standards 1 and 2; the 2017 and 2021 ICAs print them this way), dissents
 * beside them. The appendix lists each piece of evidence with its source, SHA-256 and Admiralty
 * grade, so a reader can check any item against the store. The CLI prints through the same
 * service, without a web server.
 */

/** Renders the 1(a) assessment and the 1(b) report as HTML and PDF, for one reader. */
@Service
public class ReportService {
  private static final String[] FONTS = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
  };

  static {
    // openhtmltopdf logs each step at INFO on java.util.logging; keep its warnings only
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private final ProcessService process;
  private final ITemplateEngine templates;
  private final String css;

  public ReportService(ProcessService process, ITemplateEngine templates) {
    this.process = process;
    this.templates = templates;
    try (InputStream in = ReportService.class.getResourceAsStream("/static/css/report.css")) {
      if (in == null) {
        throw new IllegalStateException("static/css/report.css is missing from the classpath");
      }
      this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Which product. */
  public enum Product {
    ASSESSMENT("assessment", "report/assessment"),
    IMPACT_REPORT("impact-report", "report/impact");

    private final String slug;
    private final String template;

    Product(String slug, String template) {
      this.slug = slug;
      this.template = template;
    }

    /** The name used in URLs and on the command line: assessment, impact-report. */
    public String slug() {
      return slug;
    }
  }

  /** A government of Sec. 1(a)(4) with its name as the reader may see it. */
  public record GovernmentRow(String name, String role, String basis) {}

  /** A finding of the 1(b) report, in the order of the order's categories. */
  public record FindingRow(ImpactCategory category, String label, Finding finding) {}

  /** The product as an HTML page for the browser ({@code pdfUrl} is the download button). */
  public String html(Principal user, Product product, String electionId, String pdfUrl) {
    Map<String, Object> model = model(user, product, electionId);
    model.put("pdf", false);
    model.put("pdfUrl", pdfUrl);
    model.put("backUrl", "/elections/" + electionId);
    return render(product, model);
  }

  /** The product as the XHTML that becomes the PDF. */
  public String xhtml(Principal user, Product product, String electionId) {
    Map<String, Object> model = model(user, product, electionId);
    model.put("pdf", true);
    model.put("css", css);
    return render(product, model);
  }

  /** The product as a PDF, marked on every page. */
  public byte[] pdf(Principal user, Product product, String electionId) {
    String xhtml = xhtml(user, product, electionId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      boolean embedded = true;
      for (int i = 0; i < FONTS.length; i++) {
        File f = new File(FONTS[i]);
        embedded &= f.isFile();
        if (f.isFile()) {
          b.useFont(
              f,
              i == 2 ? "DejaVu Sans Mono" : "DejaVu Sans",
              i == 1 ? 700 : 400,
              com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
              true);
        }
      }
      if (embedded) {
        // a tagged PDF (PDF/UA) for screen readers; it needs every font embedded
        b.usePdfUaAccessbility(true);
      }
      b.withHtmlContent(xhtml, null);
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The file name a download gets, e.g. {@code us-2020-general-assessment.pdf}. */
  public static String fileName(Product product, String electionId) {
    return electionId.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + product.slug() + ".pdf";
  }

  private String render(Product product, Map<String, Object> model) {
    Context ctx = new Context(java.util.Locale.US, model);
    return templates.process(product.template, ctx);
  }

  private Map<String, Object> model(Principal user, Product product, String electionId) {
    return switch (product) {
      case ASSESSMENT -> assessmentModel(user, electionId);
      case IMPACT_REPORT -> impactModel(user, electionId);
    };
  }

  private Map<String, Object> assessmentModel(Principal user, String electionId) {
    ElectionOverview o = process.election(user, electionId);
    Assessment a =
        process
            .assessmentOf(user, electionId)
            .orElseThrow(() -> new RecordNotFound("assessment for election", electionId));
    a = process.get(user, Kind.ASSESSMENT, a.id());
    Map<String, Actor> actors = actors(user);
    Map<String, Judgment> allJudgments = byId(process.list(user, Kind.JUDGMENT, electionId));
    List<Judgment> judgments = new ArrayList<>();
    for (String id : a.judgmentIds()) {
      Judgment j = allJudgments.get(id);
      if (j != null) {
        judgments.add(j);
      }
    }
    List<Activity> activities = activities(user, electionId);
    Set<String> evidenceIds = new LinkedHashSet<>(a.evidenceIds());
    judgments.forEach(j -> evidenceIds.addAll(j.evidenceIds()));
    activities.forEach(x -> evidenceIds.addAll(x.evidenceIds()));
    List<EvidenceItem> evidence = evidence(user, evidenceIds);
    List<Actor> persons = a.personIds().stream().map(actors::get).filter(x -> x != null).toList();
    List<GovernmentRow> governments =
        a.governments().stream()
            .filter(g -> actors.containsKey(g.actorId()))
            .map(
                g ->
                    new GovernmentRow(
                        actors.get(g.actorId()).name(), Format.INSTANCE.words(g.role()), g.basis()))
            .toList();
    Banner banner =
        new Banner().add(a).addAll(judgments).addAll(activities).addAll(evidence).addAll(persons);
    Map<String, Object> m = common(user, o, banner, activities, evidence);
    m.put("a", a);
    m.put("judgments", judgments);
    m.put("persons", persons);
    m.put("governments", governments);
    m.put("deadline", DeadlineView.of(o.assessment(), today()));
    m.put("title", a.title());
    return m;
  }

  private Map<String, Object> impactModel(Principal user, String electionId) {
    ElectionOverview o = process.election(user, electionId);
    ImpactReport r =
        process
            .impactReportOf(user, electionId)
            .orElseThrow(() -> new RecordNotFound("impact report for election", electionId));
    r = process.get(user, Kind.IMPACT_REPORT, r.id());
    List<Activity> activities = activities(user, electionId);
    Set<String> evidenceIds = new LinkedHashSet<>();
    activities.forEach(x -> evidenceIds.addAll(x.evidenceIds()));
    List<EvidenceItem> evidence = evidence(user, evidenceIds);
    List<FindingRow> findings = new ArrayList<>();
    for (ImpactCategory c : ImpactCategory.values()) {
      Finding f = r.findings().get(c);
      if (f != null) {
        findings.add(new FindingRow(c, categoryLabel(c), f));
      }
    }
    Banner banner = new Banner().add(r).addAll(activities).addAll(evidence);
    Map<String, Object> m = common(user, o, banner, activities, evidence);
    m.put("r", r);
    m.put("findings", findings);
    m.put("deadline", DeadlineView.of(o.impactReport(), today()));
    m.put("title", r.title());
    return m;
  }

  private Map<String, Object> common(
      Principal user,
      ElectionOverview o,
      Banner banner,
      List<Activity> activities,
      List<EvidenceItem> evidence) {
    Map<String, Object> m = new HashMap<>();
    m.put("e", o.election());
    m.put("banner", banner);
    m.put("activities", activities);
    m.put("evidence", evidence);
    m.put("chart", TimelineChart.dataUri(activities, o.election().date()));
    m.put("fmt", Format.INSTANCE);
    m.put("reader", user);
    m.put("generatedAt", Format.INSTANCE.time(process.clock().instant()));
    return m;
  }

  private LocalDate today() {
    return LocalDate.now(process.clock().withZone(Deadlines.ZONE));
  }

  private List<Activity> activities(Principal user, String electionId) {
    return process.list(user, Kind.ACTIVITY, electionId).stream()
        .sorted(Comparator.comparing(Activity::from).thenComparing(Activity::id))
        .toList();
  }

  private List<EvidenceItem> evidence(Principal user, Set<String> ids) {
    Map<String, EvidenceItem> readable = byId(process.list(user, Kind.EVIDENCE, null));
    List<EvidenceItem> out = new ArrayList<>();
    for (String id : ids) {
      EvidenceItem e = readable.get(id);
      if (e != null) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing(EvidenceItem::id));
    return out;
  }

  private Map<String, Actor> actors(Principal user) {
    return byId(process.list(user, Kind.ACTOR, null));
  }

  private static <T extends io.vigil.process.ProcessRecord> Map<String, T> byId(List<T> records) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T r : records) {
      m.put(r.id(), r);
    }
    return m;
  }

  /** The category as the order words it, with its paragraph. */
  public static String categoryLabel(ImpactCategory c) {
    return switch (c) {
      case ELECTION_INFRASTRUCTURE -> "1(b)(i) Security or integrity of election infrastructure";
      case VOTE_TABULATION -> "1(b)(i) Tabulation of votes";
      case TRANSMISSION_OF_RESULTS -> "1(b)(i) Timely transmission of election results";
      case POLITICAL_ORGANIZATION_CAMPAIGN_CANDIDATE_SYSTEMS ->
          "1(b)(ii) Infrastructure of political organizations, campaigns or candidates";
    };
  }

  /** For tests and the CLI: the product named on a command line or in a URL. */
  public static Product product(@Nullable String name) {
    if (name != null) {
      for (Product p : Product.values()) {
        if (p.slug.equals(name) || (p == Product.IMPACT_REPORT && name.equals("impact"))) {
          return p;
        }
      }
    }
    throw new IllegalArgumentException(
        "the product must be 'assessment' or 'impact' (was '" + name + "')");
  }
}

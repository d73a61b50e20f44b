package io.vigil.process.demo;

import io.vigil.process.Kind;
import io.vigil.process.ProcessRecord;
import io.vigil.process.ProcessService;
import io.vigil.process.Require;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.activity.ActivityKind;
import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.ActorKind;
import io.vigil.process.actor.Identifier;
import io.vigil.process.actor.Relation;
import io.vigil.process.actor.RelationType;
import io.vigil.process.election.Election;
import io.vigil.process.election.ElectionScope;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.CustodyEvent;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Confidence;
import io.vigil.process.judgment.Dissent;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.judgment.Likelihood;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.CoordinationEntry;
import io.vigil.process.product.Effect;
import io.vigil.process.product.Finding;
import io.vigil.process.product.GovernmentRole;
import io.vigil.process.product.ImpactCategory;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Position;
import io.vigil.process.product.ProductStatus;
import io.vigil.process.product.Transition;
import io.vigil.process.product.Verdict;
import io.vigil.process.product.Workflow;
import io.vigil.process.sanctions.Consultation;
import io.vigil.process.sanctions.Criterion;
import io.vigil.process.sanctions.Department;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.DeterminationStatus;
import io.vigil.process.sanctions.Property;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Design note. The demo system holds the first two election cycles under EO 13848, the 2018
 * midterm (6 Nov 2018) and the 2020 general election (3 Nov 2020), as the public record has them.
 * Every fact comes from the research note ../shared/brief/reference/eo13848-process.md (§1.2 the
 * products and their dates, §1.3 the OFAC actions, §5 the public cases); what that note flags as
 * [verify] is kept in the record's `verify` list, and what the public record does not say (the
 * content of the classified 2018 products, the agencies' coordination positions, the dates of
 * internal steps) is said to be unknown rather than invented. Records are imported with fixed,
 * readable ids so that links, tests and the STIX export are stable. Evidence content is a short
 * description written here; its SHA-256 is computed from the stored bytes. Sources: the note above;
 * ICD 203 for the likelihood terms; DISARM (stix bundle, commit 49df5f64) and ATT&CK Enterprise for
 * the technique ids.
 */

/** Fills an empty store with the 2018 and 2020 cycles of the public record. */
public final class DemoData {

  /** A user the server creates in demo mode, one per role of the order. */
  public record DemoUser(
      String username, String organization, Set<Role> roles, Classification clearance) {
    public DemoUser {
      username = Require.text(username, "username", 64);
      organization = Require.text(organization, "organization", 100);
      Require.present(roles, "roles");
      Require.field(!roles.isEmpty(), "roles", "a demo user needs a role");
      roles = Set.copyOf(EnumSet.copyOf(roles));
      Require.present(clearance, "clearance");
    }

    /** The principal this user acts as. */
    public Principal principal() {
      return new Principal(username, organization, roles, clearance);
    }
  }

  /** The demo users (password = user name, demo mode only); the records below name them. */
  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("analyst", "NIC", Set.of(Role.ANALYST), Classification.TOP_SECRET),
          new DemoUser("reviewer", "NIC", Set.of(Role.REVIEWER), Classification.TOP_SECRET),
          new DemoUser("approver", "ODNI", Set.of(Role.APPROVER), Classification.TOP_SECRET),
          new DemoUser("impact", "DOJ", Set.of(Role.IMPACT_AUTHOR), Classification.TOP_SECRET),
          new DemoUser("impact2", "DHS", Set.of(Role.IMPACT_AUTHOR), Classification.TOP_SECRET),
          new DemoUser(
              "treasury", "Treasury", Set.of(Role.TREASURY_OFFICER), Classification.TOP_SECRET),
          new DemoUser("state", "State", Set.of(Role.STATE_OFFICER), Classification.TOP_SECRET),
          new DemoUser("president", "EOP", Set.of(Role.DECISION_MAKER), Classification.TOP_SECRET),
          new DemoUser(
              "official",
              "Arizona SOS",
              Set.of(Role.ELECTION_OFFICIAL),
              Classification.UNCLASSIFIED),
          new DemoUser("admin", "Vigil", Set.of(Role.ADMINISTRATOR), Classification.UNCLASSIFIED));

  public static final String E2018 = "us-2018-midterm";
  public static final String E2020 = "us-2020-general";

  /** Deliveries are dated in Washington. */
  private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");

  /** The organizations of the demo users that receive or co-author the products. */
  private static final List<String> PRODUCT_SHARING =
      List.of("NIC", "DOJ", "DHS", "Treasury", "State", "EOP", "DoD");

  private static final String CLASSIFICATION_UNKNOWN =
      "the real classification level and controls of the classified version are not public;"
          + " SECRET is the demo's choice";

  private DemoData() {}

  /**
   * Imports every demo record through {@code service} as {@code system}; the store must be empty.
   */
  public static void load(ProcessService service, Principal system) {
    Loader l = new Loader(service, system);
    elections(l);
    actors(l);
    evidence2018(l);
    evidence2020(l);
    activities(l);
    judgments2020(l);
    products(l);
    determinations(l);
    // Sec. 3(b): the recommendation of State and Treasury to the President is not public (the note,
    // §1.1 and §1.3, knows only the OFAC actions that followed), so the demo records none rather
    // than invent one. The Derkach-network designations of 11 Jan 2021 are left out too: the note
    // marks that row "[verify] memory only".
  }

  // ---------------------------------------------------------------- elections

  private static void elections(Loader l) {
    l.put(
        Kind.ELECTION,
        new Election(
            E2018,
            "2018 US midterm elections",
            ElectionScope.FEDERAL,
            "United States",
            LocalDate.of(2018, 11, 6),
            LocalDate.of(2018, 11, 6),
            "The first election under EO 13848 (signed 12 Sep 2018).",
            List.of(
                "Conclusion date: the order does not define when an election concludes; counting"
                    + " from election day follows the 2020 practice.")));
    l.put(
        Kind.ELECTION,
        new Election(
            E2020,
            "2020 US general election",
            ElectionScope.FEDERAL,
            "United States",
            LocalDate.of(2020, 11, 3),
            LocalDate.of(2020, 11, 3),
            "Agencies counted E from 3 Nov 2020, giving a 1(a) due date of 18 Dec 2020.",
            List.of()));
  }

  // ---------------------------------------------------------------- actors

  private static void actors(Loader l) {
    // Russia
    l.actor(
        ActorKind.GOVERNMENT,
        "gov-russia",
        "Government of the Russian Federation",
        "Russia",
        List.of(),
        List.of(),
        List.of(
            rel(RelationType.DIRECTED, "actor-kilimnik", TREASURY_2021_04_15),
            rel(RelationType.DIRECTED, "actor-southfront", TREASURY_2021_04_15),
            rel(RelationType.DIRECTED, "actor-newsfront", TREASURY_2021_04_15),
            rel(RelationType.DIRECTED, "actor-scf", TREASURY_2021_04_15),
            rel(RelationType.DIRECTED, "actor-inforos", TREASURY_2021_04_15)),
        "ICA 2020-00078D: Putin authorized, and a range of Russian government organizations ran,"
            + " influence operations aimed at the 2020 election.",
        List.of());
    l.actor(
        ActorKind.UNIT,
        "actor-gru-26165",
        "GRU Unit 26165",
        "Russia",
        List.of("APT28", "Fancy Bear", "Strontium"),
        List.of(),
        List.of(
            rel(RelationType.MEMBER_OF, "gov-russia", "a unit of the GRU (military intelligence)")),
        "Hacking and cryptanalysis unit; targeted the DCCC, the DNC and Clinton campaign staff in"
            + " 2016; commanded by Viktor Netyksho (GRU indictment, 13 Jul 2018).",
        List.of(
            "Aliases: Microsoft named the actor of the Aug 2018 domains Strontium (APT28, Fancy"
                + " Bear) and called it GRU; the note does not itself tie APT28 to Unit 26165."));
    l.actor(
        ActorKind.UNIT,
        "actor-gru-74455",
        "GRU Unit 74455",
        "Russia",
        List.of(),
        List.of(),
        List.of(
            rel(RelationType.MEMBER_OF, "gov-russia", "a unit of the GRU (military intelligence)")),
        "Released stolen documents through the personas DCLeaks and Guccifer 2.0; two of its"
            + " officers were also charged over intrusions into election-administration bodies"
            + " (GRU indictment, 13 Jul 2018).",
        List.of());
    String gru = "named in US v. Netyksho et al. (D.D.C., 13 Jul 2018)";
    l.officer(
        "actor-netyksho", "Viktor Borisovich Netyksho", "actor-gru-26165", "commander; " + gru);
    for (String[] o :
        new String[][] {
          {"actor-antonov", "Boris Antonov"},
          {"actor-badin", "Dmitriy Badin"},
          {"actor-yermakov", "Ivan Yermakov"},
          {"actor-lukashev", "Aleksey Lukashev"},
          {"actor-morgachev", "Sergey Morgachev"},
          {"actor-kozachek", "Nikolay Kozachek"},
          {"actor-yershov", "Pavel Yershov"},
          {"actor-malyshev", "Artem Malyshev"}
        }) {
      l.officer(o[0], o[1], "actor-gru-26165", gru);
    }
    l.officer(
        "actor-osadchuk",
        "Aleksandr Osadchuk",
        "actor-gru-74455",
        gru + "; charged with Kovalev over the intrusions into election-administration bodies");
    l.officer("actor-potemkin", "Aleksey Potemkin", "actor-gru-74455", gru);
    l.officer(
        "actor-kovalev",
        "Anatoliy Kovalev",
        "actor-gru-74455",
        gru
            + "; charged with Osadchuk with conspiring to hack state boards of elections,"
            + " secretaries of state and election-software vendors");

    l.actor(
        ActorKind.ENTITY,
        "actor-ira",
        "Internet Research Agency LLC",
        "Russia",
        List.of("Mediasintez", "Glavset", "MixInfo", "Azimut", "NovInfo"),
        List.of(),
        List.of(),
        "Ran Project Lakhta against the US from 2014 (the 'translator project' from Apr 2014);"
            + " budget about $1.25M a month by Sep 2016, funded through Concord (IRA indictment,"
            + " 16 Feb 2018).",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-concord",
        "Concord Management and Consulting LLC",
        "Russia",
        List.of(),
        List.of(),
        List.of(
            rel(RelationType.SUPPORTED, "actor-ira", "Project Lakhta was funded through Concord")),
        "Defendant in the IRA indictment (16 Feb 2018).",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-concord-catering",
        "Concord Catering",
        "Russia",
        List.of(),
        List.of(),
        List.of(),
        "Defendant in the IRA indictment (16 Feb 2018).",
        List.of());
    l.actor(
        ActorKind.PERSON,
        "actor-prigozhin",
        "Yevgeniy Prigozhin",
        "Russia",
        List.of(),
        List.of(
            new Identifier("aircraft tail number", "M-VITO"),
            new Identifier("aircraft tail number", "VP-CSP"),
            new Identifier("aircraft tail number", "M-SANN"),
            new Identifier("vessel name", "St. Vitamin")),
        List.of(
            rel(
                RelationType.SUPPORTED,
                "actor-ira",
                "designated 30 Sep 2019 for material and financial support")),
        "Defendant in the IRA indictment; re-designated 30 Sep 2019 under EO 13848 with three"
            + " aircraft and the yacht 'St. Vitamin' identified as his property.",
        List.of(
            "Which front company holds each aircraft is not in the note: check the Treasury"
                + " release of 30 Sep 2019."));
    String staff2019 = "IRA staff designated 30 Sep 2019 for the 2018 midterm interference";
    for (String[] p :
        new String[][] {
          {"actor-aslanov", "Dzheykhun Nasimi Ogly Aslanov"},
          {"actor-burchik", "Mikhail Leonidovich Burchik"},
          {"actor-podkopaev", "Vadim Vladimirovich Podkopaev"},
          {"actor-venkov", "Vladimir Dmitriyevich Venkov"},
          {"actor-nesterov", "Igor Vladimirovich Nesterov"},
          {"actor-kuzmin", "Denis Igorevich Kuzmin"}
        }) {
      l.member(p[0], p[1], "Russia", "actor-ira", staff2019);
    }
    for (String[] c :
        new String[][] {
          {"actor-beratex", "Beratex Group Ltd"},
          {"actor-linburg", "Linburg Industries Ltd"},
          {"actor-autolex", "Autolex Transport Ltd"}
        }) {
      l.actor(
          ActorKind.ENTITY,
          c[0],
          c[1],
          "",
          List.of(),
          List.of(),
          List.of(rel(RelationType.OWNED_OR_CONTROLLED_BY, "actor-prigozhin", "front company")),
          "Front company designated with Prigozhin on 30 Sep 2019.",
          List.of(
              "Ownership: the note calls it a Prigozhin front company; check the Treasury release"
                  + " of 30 Sep 2019 for who owns or controls it and where it is registered."));
    }
    String staff2020 =
        "IRA staff designated 10 Sep 2020 (EO 13694 as amended and EO 13848) for cryptocurrency"
            + " support of the IRA";
    l.member("actor-lifshits", "Artem Lifshits", "Russia", "actor-ira", staff2020);
    l.member("actor-andreyev", "Anton Andreyev", "Russia", "actor-ira", staff2020);
    l.member("actor-aslanova", "Darya Aslanova", "Russia", "actor-ira", staff2020);
    l.member(
        "actor-khusyaynova",
        "Elena Khusyaynova",
        "Russia",
        "actor-ira",
        "Chief accountant of Project Lakhta; criminal complaint of 19 Oct 2018 (activity Apr 2014 to"
            + " 2018 aimed at the US, the EU and Ukraine)");
    l.actor(
        ActorKind.PERSON,
        "actor-derkach",
        "Andrii Derkach",
        "Ukraine",
        List.of(),
        List.of(),
        List.of(
            rel(
                RelationType.AGENT_OF,
                "gov-russia",
                "Treasury (10 Sep 2020): an active Russian agent for over a decade")),
        "Ukrainian member of parliament; released edited audio tapes and unsupported narratives"
            + " between May and Jul 2020 to influence the 2020 presidential election; named a"
            + " Russian proxy in ICA 2020-00078D.",
        List.of());
    l.actor(
        ActorKind.PERSON,
        "actor-kilimnik",
        "Konstantin Kilimnik",
        "",
        List.of(),
        List.of(),
        List.of(
            rel(RelationType.AGENT_OF, "gov-russia", "named a Russian proxy in ICA 2020-00078D")),
        "Designated 15 Apr 2021 under EO 13848.",
        List.of("Nationality: not given in the note."));
    for (String[] e :
        new String[][] {
          {"actor-southfront", "SouthFront"},
          {"actor-newsfront", "NewsFront"},
          {"actor-scf", "Strategic Culture Foundation"},
          {"actor-inforos", "InfoRos"}
        }) {
      l.actor(
          ActorKind.ENTITY,
          e[0],
          e[1],
          "",
          List.of(),
          List.of(),
          List.of(),
          "Designated 15 Apr 2021: " + TREASURY_2021_04_15 + ".",
          List.of("Country of registration: not given in the note."));
    }

    // Iran
    l.actor(
        ActorKind.GOVERNMENT,
        "gov-iran",
        "Government of the Islamic Republic of Iran",
        "Iran",
        List.of(),
        List.of(),
        List.of(),
        "ICA 2020-00078D: Khamenei likely authorized a multi-pronged covert influence campaign"
            + " against the 2020 election; military and intelligence services carried it out.",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-irgc",
        "Islamic Revolutionary Guard Corps",
        "Iran",
        List.of("IRGC"),
        List.of(),
        List.of(rel(RelationType.MEMBER_OF, "gov-iran", "Iran's armed forces")),
        "Designated 22 Oct 2020 under EO 13848 as complicit in interference.",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-irgc-qf",
        "IRGC-Qods Force",
        "Iran",
        List.of("IRGC-QF"),
        List.of(),
        List.of(rel(RelationType.MEMBER_OF, "actor-irgc", "")),
        "Designated 22 Oct 2020 under EO 13848 as complicit in interference.",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-bayan-rasaneh",
        "Bayan Rasaneh Gostar Institute",
        "Iran",
        List.of(),
        List.of(),
        List.of(),
        "Designated 22 Oct 2020 under EO 13848 as complicit in interference (Iranian"
            + " disinformation presented as news outlets).",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-irtvu",
        "Iranian Islamic Radio and Television Union",
        "Iran",
        List.of("IRTVU"),
        List.of(),
        List.of(rel(RelationType.OWNED_OR_CONTROLLED_BY, "actor-irgc-qf", "")),
        "Designated 22 Oct 2020 as owned or controlled by the IRGC-QF.",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-iuvm",
        "International Union of Virtual Media",
        "Iran",
        List.of("IUVM"),
        List.of(),
        List.of(rel(RelationType.OWNED_OR_CONTROLLED_BY, "actor-irgc-qf", "")),
        "Designated 22 Oct 2020 as owned or controlled by the IRGC-QF.",
        List.of());
    l.actor(
        ActorKind.ENTITY,
        "actor-emennet",
        "Emennet Pasargad",
        "Iran",
        List.of(),
        List.of(),
        List.of(
            rel(
                RelationType.SUPPORTED,
                "actor-irgc",
                "designated in 2019 under another name for supporting the IRGC Electronic Warfare"
                    + " and Cyber Defense Organization (IRGC-EWCD)")),
        "Iranian cyber company; Aug-Nov 2020 operation against the US election (voter data,"
            + " threatening emails, a fake video); designated 18 Nov 2021.",
        List.of("Former name: the name under which it was designated in 2019 is not in the note."));
    String emennet = "of Emennet Pasargad; designated 18 Nov 2021";
    l.member(
        "actor-shirinkar",
        "Mohammad Bagher Shirinkar",
        "Iran",
        "actor-emennet",
        "Manager " + emennet);
    l.member(
        "actor-kazemi",
        "Seyyed Mohammad Hosein Musa Kazemi",
        "Iran",
        "actor-emennet",
        "Employee " + emennet + "; also indicted by DOJ");
    l.member(
        "actor-kashian",
        "Sajjad Kashian",
        "Iran",
        "actor-emennet",
        "Employee " + emennet + "; also indicted by DOJ");
    l.member(
        "actor-sarmadi", "Mostafa Sarmadi", "Iran", "actor-emennet", "Board member " + emennet);
    l.member(
        "actor-toghroljerdi",
        "Seyyed Mehdi Hashemi Toghroljerdi",
        "Iran",
        "actor-emennet",
        "Board member " + emennet);
    l.member(
        "actor-akbari-nodeh",
        "Hosein Akbari Nodeh",
        "Iran",
        "actor-emennet",
        "Board member " + emennet);
  }

  private static final String TREASURY_2021_04_15 =
      "Treasury, 15 Apr 2021: attempted to influence the 2020 presidential election at the"
          + " direction of Russian government leadership";

  // ---------------------------------------------------------------- evidence

  private static final String MICROSOFT =
      "Microsoft (Brad Smith, Digital Crimes Unit), announcement of 20-21 Aug 2018, as reported by"
          + " Engadget and FCW, 21 Aug 2018";

  private static void evidence2018(Loader l) {
    String[][] domains = {
      {"my-iri.org", "the International Republican Institute (IRI)"},
      {"hudsonorg-my-sharepoint.com", "the Hudson Institute (a SharePoint look-alike)"},
      {"senate.group", "the U.S. Senate"},
      {"adfs-senate.services", "the U.S. Senate (an ADFS login page)"},
      {"adfs-senate.email", "the U.S. Senate (an ADFS login page)"},
      {"office365-onedrive.com", "Microsoft Office 365 / OneDrive"}
    };
    for (String[] d : domains) {
      String id = "ev-2018-" + d[0].replace('.', '-');
      l.evidence(
          id,
          E2018,
          "Look-alike domain " + d[0] + " seized by Microsoft",
          MICROSOFT,
          LocalDate.of(2018, 8, 21),
          "B2",
          "Microsoft",
          "Domain imitating " + d[1] + "; one of six GRU (Strontium/APT28) domains taken over.",
          List.of(d[0]),
          "Domain: "
              + d[0]
              + "\nImitated: "
              + d[1]
              + "\nMicrosoft's Digital Crimes Unit took control of the domain under a court order"
              + " (a continuation of the case filed in Aug 2016 under the Computer Fraud and Abuse"
              + " Act and trademark claims). Microsoft attributed it to Strontium (APT28, Fancy"
              + " Bear), a group it associates with the GRU.\nMicrosoft found no evidence that the"
              + " domain was used in a successful attack. Running total at the time: 12 court"
              + " actions in 2 years, 84 fake sites.",
          List.of());
    }
    l.evidence(
        "ev-2018-ira-indictment",
        E2018,
        "Indictment: US v. Internet Research Agency LLC et al., 1:18-cr-00032-DLF (D.D.C.)",
        "US Department of Justice, Special Counsel's Office; indictment filed 16 Feb 2018",
        LocalDate.of(2018, 2, 16),
        "B2",
        "DOJ",
        "3 entities and 13 individuals charged over Project Lakhta; conspiracy to defraud the US"
            + " (FEC, FARA, visas), wire and bank fraud, aggravated identity theft.",
        List.of(
            "@TEN_GOP",
            "Secured Borders",
            "Blacktivist",
            "United Muslims of America",
            "Army of Jesus",
            "South United",
            "Heart of Texas",
            "Being Patriotic",
            "#Hillary4Prison"),
        "US v. Internet Research Agency LLC et al., 1:18-cr-00032-DLF (D.D.C.), 37 pages, 16 Feb"
            + " 2018.\nEntities: Internet Research Agency LLC (a/k/a Mediasintez, Glavset, MixInfo,"
            + " Azimut, NovInfo); Concord Management and Consulting LLC; Concord Catering.\n"
            + "Individuals: Yevgeniy Prigozhin, Mikhail Bystrov, Mikhail Burchik, Aleksandra"
            + " Krylova, Anna Bogacheva, Sergey Polozov, Maria Bovda, Robert Bovda, Dzheykhun"
            + " Aslanov, Vadim Podkopaev, Gleb Vasilchenko, Irina Kaverzina, Vladimir Venkov.\n"
            + "Operations against the US from 2014 ('translator project' from Apr 2014); Project"
            + " Lakhta budget about $1.25M a month by Sep 2016, funded through Concord. Staff posed"
            + " as Americans, used stolen US identities and PayPal accounts, and staged rallies in"
            + " the US. Named accounts: @TEN_GOP (falsely claimed to be the Tennessee GOP, over"
            + " 100,000 followers); groups Secured Borders, Blacktivist, United Muslims of"
            + " America, Army of Jesus, South United, Heart of Texas, Being Patriotic.\n"
            + "Allegations in an indictment, not findings of a court.",
        List.of());
    l.evidence(
        "ev-2018-gru-indictment",
        E2018,
        "Indictment: US v. Viktor Borisovich Netyksho et al. (D.D.C.)",
        "US Department of Justice, Special Counsel's Office; announced by DAG Rod Rosenstein, 13"
            + " Jul 2018",
        LocalDate.of(2018, 7, 13),
        "B2",
        "DOJ",
        "12 GRU officers of Units 26165 and 74455 charged: intrusions into the DCCC, DNC and"
            + " Clinton campaign, release of stolen documents, intrusions into election"
            + " administration.",
        List.of("dcleaks.com", "actblues.com", "DCLeaks", "Guccifer 2.0"),
        "US v. Viktor Borisovich Netyksho et al., D.D.C., 1:18-cr-00215; 11 counts, 29 pages, 13"
            + " Jul 2018.\nUnit 26165 (commander Viktor Netyksho): Boris Antonov, Dmitriy Badin,"
            + " Ivan Yermakov, Aleksey Lukashev, Sergey Morgachev, Nikolay Kozachek, Pavel Yershov,"
            + " Artem Malyshev.\nUnit 74455: Aleksandr Osadchuk, Aleksey Potemkin, Anatoliy"
            + " Kovalev; Kovalev and Osadchuk charged with conspiring to hack state boards of"
            + " elections, secretaries of state and election-software vendors.\nSpearphishing from"
            + " Mar 2016; malware (X-Agent, X-Tunnel) on DCCC and DNC networks until Oct 2016;"
            + " releases from Jun 2016 via DCLeaks (dcleaks.com), Guccifer 2.0 and 'Organization"
            + " 1', over 50,000 documents; infrastructure paid in bitcoin; one state board of"
            + " elections website breached and data on about 500,000 voters stolen. Look-alike"
            + " domain actblues.com imitated ActBlue.\nAllegations in an indictment, not findings"
            + " of a court.",
        List.of(
            "Docket number 1:18-cr-00215: confirm in the court record.",
            "Malware names X-Agent and X-Tunnel: confirm in the indictment.",
            "actblues.com paragraph (DCCC website changed to redirect donors): from memory, not"
                + " confirmed in the indictment text."));
    l.evidence(
        "ev-2018-khusyaynova-complaint",
        E2018,
        "Criminal complaint against Elena Khusyaynova",
        "US Department of Justice; complaint unsealed 19 Oct 2018",
        LocalDate.of(2018, 10, 19),
        "B2",
        "DOJ",
        "Project Lakhta's chief accountant charged; activity from Apr 2014 to 2018 aimed at the"
            + " US, the EU and Ukraine, covering the 2018 midterm.",
        List.of(),
        "Criminal complaint of 19 Oct 2018 against Elena Khusyaynova, chief accountant of Project"
            + " Lakhta. It covers activity from Apr 2014 to 2018 aimed at the US, the EU and"
            + " Ukraine, including the period of the 2018 midterm elections.\nAllegations in a"
            + " complaint, not findings of a court.",
        List.of());
    l.evidence(
        "ev-2018-treasury-2019-09-30",
        E2018,
        "Treasury press release: sanctions on the IRA/Prigozhin network for 2018 midterm"
            + " interference",
        "US Department of the Treasury (OFAC), 30 Sep 2019; as summarized by UPI, C4ISRNET and"
            + " Cadwalader",
        LocalDate.of(2019, 9, 30),
        "A2",
        "Treasury",
        "7 individuals and 4 entities designated under EO 13848; 3 aircraft and a yacht"
            + " identified.",
        List.of("M-VITO", "VP-CSP", "M-SANN", "St. Vitamin"),
        "30 Sep 2019, OFAC, program ELECTION-EO13848. Yevgeniy Prigozhin re-designated (material"
            + " and financial support). IRA staff: Dzheykhun Nasimi Ogly Aslanov, Mikhail"
            + " Leonidovich Burchik, Vadim Vladimirovich Podkopaev, Vladimir Dmitriyevich Venkov,"
            + " Igor Vladimirovich Nesterov, Denis Igorevich Kuzmin. Front companies: Beratex Group"
            + " Ltd, Linburg Industries Ltd, Autolex Transport Ltd (4 entities in total).\n"
            + "Identified property: aircraft M-VITO, VP-CSP, M-SANN; yacht 'St. Vitamin'.\nBasis:"
            + " interference in the 2018 midterm by the IRA using fake personas. Treasury found no"
            + " compromise of election infrastructure.",
        List.of("The fourth entity designated that day is not named in the note."));
  }

  private static void evidence2020(Loader l) {
    l.evidence(
        "ev-2020-ica-declassified",
        E2020,
        "ICA 2020-00078D 'Foreign Threats to the 2020 US Federal Elections' (declassified version)",
        "Office of the Director of National Intelligence, National Intelligence Council;"
            + " declassified version dated 10 Mar 2021, declassified 15 Mar 2021, released 16 Mar"
            + " 2021",
        LocalDate.of(2021, 3, 16),
        "B2",
        "ODNI",
        "The public version of the 2020 assessment: same judgments as the classified text,"
            + " supporting detail removed.",
        List.of(),
        "ICA 2020-00078D, prepared by the NIC under the NIO for Cyber; drafted by CIA, DHS, FBI,"
            + " State/INR and NSA, coordinated with Treasury. Declassified version dated 10 Mar"
            + " 2021, declassified by DNI Haines on 15 Mar 2021, released 16 Mar 2021.\nKey"
            + " judgments: no indications that any foreign actor tried to alter any technical part"
            + " of voting; Russia: Putin authorized, and a range of Russian government"
            + " organizations ran, influence operations to denigrate Biden and the Democratic"
            + " Party, support Trump, undermine confidence and deepen divisions, using proxies"
            + " such as Konstantin Kilimnik and Andrii Derkach, with no persistent effort to"
            + " access election infrastructure; Iran: a multi-pronged covert influence campaign"
            + " against Trump's re-election, likely authorized by Khamenei, including the 'Proud"
            + " Boys' emails; China considered but did not deploy influence efforts (minority"
            + " view of the NIO for Cyber); Lebanese Hizballah, Cuba and Venezuela took smaller"
            + " steps.\nScope: does not assess the impact on the outcome.",
        List.of(
            "Confidence levels of the key judgments: the note flags them [verify]; confirm in the"
                + " declassified text."));
    l.evidence(
        "ev-2020-dojdhs-key-findings",
        E2020,
        "DOJ/DHS 'Key Findings and Recommendations: Foreign Interference Related to the 2020 US"
            + " Federal Elections'",
        "US Department of Justice and Department of Homeland Security, released 16 Mar 2021",
        LocalDate.of(2021, 3, 16),
        "B2",
        "DOJ",
        "The public version of the 2020 1(b) report.",
        List.of(),
        "Declassified key findings of the joint DOJ (incl. FBI) and DHS (incl. CISA) report of Feb"
            + " 2021, released 16 Mar 2021.\nNo evidence that any foreign-government-affiliated"
            + " actor prevented voting, changed votes, disrupted tallying or the timely"
            + " transmission of results, altered any technical part of voting, or compromised the"
            + " integrity of voter registration. Claims that Venezuela, Cuba or China owned,"
            + " directed or controlled election infrastructure or manipulated counts were"
            + " investigated and found not credible. Russian, Chinese and Iranian"
            + " government-affiliated actors did materially affect the security of networks of"
            + " political organizations, candidates and campaigns; some collected information"
            + " they could have leaked, none was seen deployed, modified or destroyed, and their"
            + " motive was unclear.",
        List.of());
    l.evidence(
        "ev-2020-treasury-2020-09-10",
        E2020,
        "Treasury press release: Andrii Derkach and IRA cryptocurrency supporters designated",
        "US Department of the Treasury (OFAC), 10 Sep 2020; as summarized by The Hill and"
            + " Politico",
        LocalDate.of(2020, 9, 10),
        "A2",
        "Treasury",
        "Derkach designated under EO 13848; three IRA staff under EO 13694 and EO 13848.",
        List.of(),
        "10 Sep 2020, OFAC. Andrii Derkach, Ukrainian member of parliament described as an active"
            + " Russian agent for over a decade, designated for releasing edited audio tapes and"
            + " unsupported narratives between May and Jul 2020 to influence the 2020 presidential"
            + " election. Artem Lifshits, Anton Andreyev and Darya Aslanova designated under EO"
            + " 13694 (as amended) and EO 13848 for cryptocurrency support of the IRA.",
        List.of());
    l.evidence(
        "ev-2020-treasury-2020-10-22",
        E2020,
        "Treasury press release: IRGC, IRGC-QF and Iranian outlets designated",
        "US Department of the Treasury (OFAC), 22 Oct 2020; State statement of 23 Oct 2020",
        LocalDate.of(2020, 10, 22),
        "A2",
        "Treasury",
        "IRGC, IRGC-QF and Bayan Rasaneh Gostar designated as complicit; IRTVU and IUVM as owned"
            + " or controlled by the IRGC-QF.",
        List.of(),
        "22 Oct 2020, OFAC, EO 13848. The IRGC, the IRGC-Qods Force and the Bayan Rasaneh Gostar"
            + " Institute designated as complicit in interference; the Iranian Islamic Radio and"
            + " Television Union (IRTVU) and the International Union of Virtual Media (IUVM) as"
            + " owned or controlled by the IRGC-QF. Iranian disinformation presented as news"
            + " outlets; followed the 'Proud Boys' email episode.",
        List.of());
    l.evidence(
        "ev-2020-treasury-2021-04-15",
        E2020,
        "Treasury press release: Kilimnik and Russian disinformation outlets designated",
        "US Department of the Treasury (OFAC), 15 Apr 2021; as reported by AP",
        LocalDate.of(2021, 4, 15),
        "A2",
        "Treasury",
        "16 entities and 16 individuals designated for attempting to influence the 2020"
            + " presidential election at the direction of Russian government leadership.",
        List.of(),
        "15 Apr 2021, OFAC, EO 13848: 16 entities and 16 individuals, including Konstantin"
            + " Kilimnik, SouthFront, NewsFront, the Strategic Culture Foundation, InfoRos and"
            + " more Prigozhin-linked targets, for attempting to influence the 2020 presidential"
            + " election at the direction of Russian government leadership. Announced with EO"
            + " 14024 and the expulsion of 10 diplomats.",
        List.of());
    l.evidence(
        "ev-2020-treasury-2021-11-18",
        E2020,
        "Treasury press release: Emennet Pasargad and six persons designated",
        "US Department of the Treasury (OFAC), 18 Nov 2021; as reported by RFE/RL",
        LocalDate.of(2021, 11, 18),
        "A2",
        "Treasury",
        "Iranian cyber company and its manager, employees and board members designated for the"
            + " Aug-Nov 2020 operation.",
        List.of(),
        "18 Nov 2021, OFAC, EO 13848. Emennet Pasargad (formerly designated under another name in"
            + " 2019 for supporting the IRGC-EWCD); manager Mohammad Bagher Shirinkar; employees"
            + " Seyyed Mohammad Hosein Musa Kazemi and Sajjad Kashian (also indicted by DOJ); board"
            + " members Mostafa Sarmadi, Seyyed Mehdi Hashemi Toghroljerdi and Hosein Akbari Nodeh."
            + "\nAug-Nov 2020: obtained or tried to obtain voter data from state election"
            + " websites, sent threatening emails, spread disinformation and a fake video implying"
            + " that fraudulent ballots could be cast. The FBI thwarted the unauthorized access.",
        List.of());
  }

  // ---------------------------------------------------------------- activities

  private static void activities(Loader l) {
    l.put(
        Kind.ACTIVITY,
        new Activity(
            "act-2018-lakhta",
            E2018,
            ActivityKind.INFLUENCE_OPERATION,
            "Project Lakhta influence operation (Internet Research Agency)",
            "Fake American personas, groups and accounts on social media, stolen US identities,"
                + " staged rallies; funded through Concord; continued through the 2018 midterm"
                + " (Khusyaynova complaint).",
            List.of("US electorate", "European Union", "Ukraine"),
            LocalDate.of(2014, 4, 1),
            null,
            List.of(
                disarm("T0143.002", "Fabricated Persona"),
                disarm("T0097.101", "Local Persona"),
                disarm("T0143.003", "Impersonated Persona"),
                disarm("T0151.002", "Online Community Group"),
                disarm("T0057", "Organise Events"),
                attack("T1585.001", "Social Media Accounts")),
            List.of("ev-2018-ira-indictment", "ev-2018-khusyaynova-complaint"),
            List.of(
                "actor-ira",
                "actor-concord",
                "actor-prigozhin",
                "actor-khusyaynova",
                "actor-aslanov",
                "actor-burchik",
                "actor-podkopaev",
                "actor-venkov"),
            Marking.publicRecord("NIC"),
            List.of(
                "Start: Apr 2014 is the month of the 'translator project' (the day is not known);"
                    + " the end is open (the complaint covers activity into 2018).")));
    List<String> domainEvidence =
        List.of(
            "ev-2018-my-iri-org",
            "ev-2018-hudsonorg-my-sharepoint-com",
            "ev-2018-senate-group",
            "ev-2018-adfs-senate-services",
            "ev-2018-adfs-senate-email",
            "ev-2018-office365-onedrive-com");
    l.put(
        Kind.ACTIVITY,
        new Activity(
            "act-2018-gru-domains",
            E2018,
            ActivityKind.CYBER_INTRUSION,
            "GRU (Strontium/APT28) look-alike domains for credential phishing, 2018",
            "Six domains imitating the US Senate, the IRI, the Hudson Institute and Office 365,"
                + " taken over by Microsoft under a court order; no evidence that any was used in"
                + " a successful attack.",
            List.of("US Senate", "International Republican Institute", "Hudson Institute"),
            LocalDate.of(2018, 8, 21),
            LocalDate.of(2018, 8, 21),
            List.of(
                disarm("T0149.003", "Lookalike Domain"),
                attack("T1583.001", "Domains"),
                attack("T1566", "Phishing")),
            domainEvidence,
            List.of("actor-gru-26165", "gov-russia"),
            Marking.publicRecord("NIC"),
            List.of(
                "Dates: the registration dates of the domains are not in the note; the activity is"
                    + " dated by the announcement of 21 Aug 2018.",
                "Actor: Microsoft attributed the domains to Strontium/APT28 (GRU); the link to Unit"
                    + " 26165 is not stated in the note.")));
    l.put(
        Kind.ACTIVITY,
        new Activity(
            "act-2020-derkach",
            E2020,
            ActivityKind.INFLUENCE_OPERATION,
            "Andrii Derkach's release of edited audio tapes, 2020",
            "Edited audio tapes and unsupported narratives released to influence the 2020"
                + " presidential election (Treasury, 10 Sep 2020).",
            List.of("US electorate"),
            LocalDate.of(2020, 5, 1),
            LocalDate.of(2020, 7, 31),
            List.of(
                disarm("T0088.002", "Deceptively Edit Audio (Cheap Fakes)"),
                disarm("T0143.001", "Authentic Persona")),
            List.of("ev-2020-treasury-2020-09-10", "ev-2020-ica-declassified"),
            List.of("actor-derkach", "gov-russia"),
            Marking.publicRecord("NIC"),
            List.of("Dates: Treasury gives May to Jul 2020 without days.")));
    l.put(
        Kind.ACTIVITY,
        new Activity(
            "act-2020-iran-emails",
            E2020,
            ActivityKind.INFLUENCE_OPERATION,
            "Iran's spoofed 'Proud Boys' intimidation emails and fake video, 2020",
            "Threatening emails sent in the name of the Proud Boys, disinformation and a fake video"
                + " implying that fraudulent ballots could be cast (Emennet Pasargad).",
            List.of("US voters"),
            LocalDate.of(2020, 8, 1),
            LocalDate.of(2020, 11, 30),
            List.of(
                disarm("T0143.003", "Impersonated Persona"),
                disarm("T0140.002", "Intimidate"),
                disarm("T0153.001", "Email Platform"),
                disarm("T0087", "Develop Video-Based Content"),
                attack("T1656", "Impersonation")),
            List.of("ev-2020-treasury-2021-11-18", "ev-2020-ica-declassified"),
            List.of("actor-emennet", "actor-kazemi", "actor-kashian", "gov-iran"),
            Marking.publicRecord("NIC"),
            List.of("Dates: Treasury gives Aug to Nov 2020 without days.")));
    l.put(
        Kind.ACTIVITY,
        new Activity(
            "act-2020-iran-voter-data",
            E2020,
            ActivityKind.ELECTION_INFRASTRUCTURE_TARGETING,
            "Emennet Pasargad's access to voter data on state election websites, 2020",
            "Obtained or tried to obtain voter data from state election websites; the FBI thwarted"
                + " the unauthorized access (Treasury, 18 Nov 2021).",
            List.of("state election websites"),
            LocalDate.of(2020, 8, 1),
            LocalDate.of(2020, 11, 30),
            List.of(attack("T1589", "Gather Victim Identity Information")),
            List.of("ev-2020-treasury-2021-11-18"),
            List.of("actor-emennet", "actor-kazemi", "actor-kashian", "gov-iran"),
            Marking.publicRecord("NIC"),
            List.of(
                "Technique: how the data was obtained is not in the note; T1589 records only that"
                    + " voter identity data was sought.")));
  }

  private static TechniqueRef disarm(String id, String name) {
    return new TechniqueRef(Framework.DISARM, id, name);
  }

  private static TechniqueRef attack(String id, String name) {
    return new TechniqueRef(Framework.ATTACK, id, name);
  }

  // ---------------------------------------------------------------- judgments (2020 ICA)

  private static final String ICA_CONFIDENCE =
      "Confidence: the note flags the confidence labels of the ICA's key judgments [verify]; the"
          + " level is recorded for the IC as a whole because the public version gives no"
          + " per-agency levels.";

  private static final String NO_TERM =
      "Likelihood term: the ICA states this as an assessment without one of the ICD 203 terms;"
          + " the term here is the demo's rendering.";

  private static void judgments2020(Loader l) {
    List<String> ica = List.of("ev-2020-ica-declassified");
    l.judgment(
        "jdg-2020-no-technical-alteration",
        "No indications that any foreign actor attempted to alter any technical aspect of the"
            + " voting process in the 2020 US elections, including voter registration, casting"
            + " ballots, vote tabulation or reporting results.",
        Likelihood.ALMOST_CERTAIN,
        Confidence.HIGH,
        List.of(),
        ica,
        List.of(),
        List.of(ICA_CONFIDENCE, NO_TERM));
    l.judgment(
        "jdg-2020-russia",
        "Putin authorized, and a range of Russian government organizations conducted, influence"
            + " operations aimed at denigrating Biden and the Democratic Party, supporting Trump,"
            + " undermining confidence in the electoral process and exacerbating divisions, using"
            + " proxies including Konstantin Kilimnik and Andrii Derkach; unlike 2016, no"
            + " persistent effort to gain access to election infrastructure.",
        Likelihood.ALMOST_CERTAIN,
        Confidence.HIGH,
        List.of(),
        List.of("ev-2020-ica-declassified", "ev-2020-treasury-2020-09-10"),
        List.of("act-2020-derkach"),
        List.of(ICA_CONFIDENCE, NO_TERM));
    l.judgment(
        "jdg-2020-iran-campaign",
        "Iran carried out a multi-pronged covert influence campaign intended to undercut Trump's"
            + " re-election prospects, undermine confidence in the process and sow division,"
            + " including the spoofed 'Proud Boys' intimidation emails.",
        Likelihood.ALMOST_CERTAIN,
        Confidence.HIGH,
        List.of(),
        List.of("ev-2020-ica-declassified", "ev-2020-treasury-2021-11-18"),
        List.of("act-2020-iran-emails"),
        List.of(ICA_CONFIDENCE, NO_TERM));
    l.judgment(
        "jdg-2020-iran-khamenei",
        "Supreme Leader Khamenei authorized Iran's influence campaign against the 2020 election;"
            + " Iran's military and intelligence services carried it out.",
        Likelihood.LIKELY,
        Confidence.MODERATE,
        List.of(),
        ica,
        List.of("act-2020-iran-emails"),
        List.of(ICA_CONFIDENCE));
    l.judgment(
        "jdg-2020-china",
        "China considered, but did not deploy, influence efforts intended to change the outcome of"
            + " the US presidential election.",
        Likelihood.LIKELY,
        Confidence.MODERATE,
        List.of(
            new Dissent(
                "NIO for Cyber",
                true,
                "China did take some steps to undermine former President Trump's re-election"
                    + " prospects.")),
        ica,
        List.of(),
        List.of(ICA_CONFIDENCE, NO_TERM));
    l.judgment(
        "jdg-2020-others",
        "Other actors, including Lebanese Hizballah, Cuba and Venezuela, took smaller steps to"
            + " influence the election; some profit-motivated cyber criminals disrupted election"
            + " preparations.",
        Likelihood.ALMOST_CERTAIN,
        Confidence.MODERATE,
        List.of(),
        ica,
        List.of(),
        List.of(ICA_CONFIDENCE, NO_TERM));
  }

  // ---------------------------------------------------------------- products

  private static void products(Loader l) {
    // 2018 1(a): transmitted in Dec 2018, reported as 21 Dec 2018; its content is not public.
    l.put(
        Kind.ASSESSMENT,
        new Assessment(
            "asm-2018",
            E2018,
            "Sec. 1(a) assessment: foreign interference in the 2018 US midterm elections",
            "The classified assessment is not public. The public record of the cycle: the IRA's"
                + " Project Lakhta influence operation continued into 2018 (Khusyaynova complaint,"
                + " 19 Oct 2018); GRU look-alike domains imitating the US Senate, the IRI and the"
                + " Hudson Institute were taken over by Microsoft in Aug 2018.",
            "Not public. Public record: fake personas and groups on social media; look-alike"
                + " domains for credential phishing.",
            List.of(),
            List.of(),
            "Not public; the linked evidence is the public record of the cycle.",
            List.of(),
            List.of(
                "ev-2018-ira-indictment",
                "ev-2018-gru-indictment",
                "ev-2018-khusyaynova-complaint",
                "ev-2018-my-iri-org",
                "ev-2018-senate-group"),
            Assessment.RECIPIENTS,
            workflow(
                LocalDate.of(2018, 12, 21),
                "analyst",
                "reviewer",
                "approver",
                "approver",
                List.of()),
            productMarking("ODNI"),
            "",
            List.of(
                "Transmission date: reported as 21 Dec 2018 (the note flags it [verify]).",
                "Content: nature and methods here summarise the public record of the cycle, not"
                    + " the classified assessment.",
                "Coordination: the agencies that coordinated the 2018 assessment and their"
                    + " positions are not in the note.",
                "Internal steps: the dates of drafting, review and approval are not public; the"
                    + " demo places them on the transmission day.",
                CLASSIFICATION_UNKNOWN)));
    l.put(
        Kind.IMPACT_REPORT,
        new ImpactReport(
            "imp-2018",
            E2018,
            "Sec. 1(b) report: the 2018 US midterm elections",
            allCategories(
                Verdict.NOT_MATERIALLY_AFFECTED,
                "DOJ/DHS public statement: no identified foreign activity had a material impact on"
                    + " the integrity or security of election infrastructure or of the"
                    + " infrastructure of political organizations, campaigns or candidates."),
            List.of(),
            List.of(),
            ImpactReport.RECIPIENTS,
            LocalDate.of(2018, 12, 21),
            workflow(
                LocalDate.of(2019, 2, 5),
                "impact",
                "impact2",
                "impact2",
                "impact2",
                List.of(
                    new CoordinationEntry(
                        "DOJ", Position.CONCUR, "impact", noon(2019, 2, 5), "joint author"),
                    new CoordinationEntry(
                        "DHS", Position.CONCUR, "impact2", noon(2019, 2, 5), "joint author"))),
            productMarking("DOJ"),
            "Public statement of DOJ and DHS on the report.",
            List.of(
                "Transmission date: reported as 5 Feb 2019 (the note flags it [verify]).",
                "Verdicts: the public statement speaks of election infrastructure as a whole;"
                    + " the verdicts for vote tabulation and transmission of results are read from"
                    + " it (Sec. 8(d) counts tabulation and transmission equipment as election"
                    + " infrastructure).",
                "Receipt of the assessment: taken as its reported transmission day, 21 Dec 2018.",
                "Internal steps: the dates of drafting, review and approval are not public; the"
                    + " demo places them on the transmission day.",
                CLASSIFICATION_UNKNOWN)));

    // 2020 1(a): ICA 2020-00078D, due 18 Dec 2020, transmitted 7 Jan 2021 (late).
    List<CoordinationEntry> ica = new ArrayList<>();
    Instant icaDay = noon(2021, 1, 7).minusSeconds(3600);
    for (String agency : List.of("CIA", "DHS", "FBI", "State/INR", "NSA")) {
      ica.add(new CoordinationEntry(agency, Position.CONCUR, "system", icaDay, "drafting agency"));
    }
    ica.add(
        new CoordinationEntry(
            "Treasury",
            Position.CONCUR,
            "system",
            icaDay,
            "joined the drafting agencies in" + " coordination"));
    l.put(
        Kind.ASSESSMENT,
        new Assessment(
            "asm-2020",
            E2020,
            "ICA 2020-00078D: Foreign Threats to the 2020 US Federal Elections",
            "Russia and Iran ran influence operations aimed at the 2020 election: Russia to"
                + " denigrate Biden and the Democratic Party, support Trump, undermine confidence"
                + " in the process and deepen divisions; Iran to undercut Trump's re-election"
                + " prospects, undermine confidence and sow division. China considered but did"
                + " not deploy influence efforts; Lebanese Hizballah, Cuba and Venezuela took"
                + " smaller steps. No indications that any foreign actor tried to alter any"
                + " technical part of voting.",
            "Influence operations through proxies and media (Russia: Konstantin Kilimnik, Andrii"
                + " Derkach); covert influence campaign with spoofed 'Proud Boys' intimidation"
                + " emails (Iran). Unlike 2016, no persistent Russian effort to access election"
                + " infrastructure.",
            List.of("actor-kilimnik", "actor-derkach"),
            List.of(
                new GovernmentRole(
                    "gov-russia",
                    RelationType.AUTHORIZED,
                    "Putin authorized, and a range of Russian government organizations ran, the"
                        + " influence operations"),
                new GovernmentRole(
                    "gov-iran",
                    RelationType.AUTHORIZED,
                    "Khamenei likely authorized the campaign; military and intelligence services"
                        + " carried it out")),
            "Supporting detail is removed from the declassified version. Scope: the ICA does not"
                + " assess the impact on the outcome and does not analyse US political actors,"
                + " election administration or public opinion.",
            List.of(
                "jdg-2020-no-technical-alteration",
                "jdg-2020-russia",
                "jdg-2020-iran-campaign",
                "jdg-2020-iran-khamenei",
                "jdg-2020-china",
                "jdg-2020-others"),
            List.of("ev-2020-ica-declassified"),
            Assessment.RECIPIENTS,
            workflow(LocalDate.of(2021, 1, 7), "analyst", "reviewer", "approver", "approver", ica),
            productMarking("ODNI"),
            "Declassified version dated 10 Mar 2021, declassified by DNI Haines on 15 Mar 2021,"
                + " released 16 Mar 2021; same judgments, supporting detail removed.",
            List.of(
                "Coordination: the public record names the drafting agencies (CIA, DHS, FBI,"
                    + " State/INR, NSA) and Treasury as coordinating, not their positions; all are"
                    + " recorded as CONCUR.",
                "Internal steps: the dates of drafting, review, coordination and approval are not"
                    + " public; the demo places them on the transmission day.",
                CLASSIFICATION_UNKNOWN)));

    // 2020 1(b): classified joint report of Feb 2021 (day unknown); public key findings 16 Mar.
    Map<ImpactCategory, Finding> f = new EnumMap<>(ImpactCategory.class);
    f.put(
        ImpactCategory.ELECTION_INFRASTRUCTURE,
        new Finding(
            Verdict.NOT_MATERIALLY_AFFECTED,
            Set.of(),
            "No evidence that any foreign-government-affiliated actor altered any technical aspect"
                + " of the voting process or compromised the integrity of voter registration."
                + " Claims that Venezuela, Cuba or China owned, directed or controlled election"
                + " infrastructure were investigated and found not credible."));
    f.put(
        ImpactCategory.VOTE_TABULATION,
        new Finding(
            Verdict.NOT_MATERIALLY_AFFECTED,
            Set.of(),
            "No evidence that any foreign-government-affiliated actor changed votes or disrupted"
                + " the tallying of votes; claims of manipulated counts found not credible."));
    f.put(
        ImpactCategory.TRANSMISSION_OF_RESULTS,
        new Finding(
            Verdict.NOT_MATERIALLY_AFFECTED,
            Set.of(),
            "No evidence that any foreign-government-affiliated actor disrupted the timely"
                + " transmission of election results."));
    f.put(
        ImpactCategory.POLITICAL_ORGANIZATION_CAMPAIGN_CANDIDATE_SYSTEMS,
        new Finding(
            Verdict.MATERIALLY_AFFECTED,
            Set.of(Effect.UNAUTHORIZED_ACCESS),
            "Russian, Chinese and Iranian government-affiliated actors materially affected the"
                + " security of networks of political organizations, candidates and campaigns."
                + " Some collected information they could have leaked; none was seen deployed,"
                + " modified or destroyed."));
    l.put(
        Kind.IMPACT_REPORT,
        new ImpactReport(
            "imp-2020",
            E2020,
            "Sec. 1(b) report: foreign interference related to the 2020 US federal elections",
            f,
            List.of(
                "Whether the actors who accessed campaign networks acted for election-specific"
                    + " reasons or general foreign-policy aims: unclear."),
            List.of(),
            ImpactReport.RECIPIENTS,
            LocalDate.of(2021, 1, 7),
            workflow(
                LocalDate.of(2021, 3, 16),
                "impact",
                "impact2",
                "impact2",
                "impact2",
                List.of(
                    new CoordinationEntry(
                        "DOJ", Position.CONCUR, "impact", noon(2021, 3, 16), "joint author"),
                    new CoordinationEntry(
                        "DHS", Position.CONCUR, "impact2", noon(2021, 3, 16), "joint author"))),
            productMarking("DOJ"),
            "Declassified 'Key Findings and Recommendations: Foreign Interference Related to the"
                + " 2020 US Federal Elections', released 16 Mar 2021.",
            List.of(
                "Transmission date: the classified joint report went in Feb 2021, day unknown;"
                    + " 16 Mar 2021 (the public release) is the latest known date and is used here.",
                "Remedies: the recommendations of the key findings are not in the note.",
                "Effects: the public findings say the actors affected the security of campaign"
                    + " networks and collected information; UNAUTHORIZED_ACCESS is the demo's"
                    + " reading of the Sec. 1(b) effects.",
                "Internal steps: the dates of drafting, review and approval are not public; the"
                    + " demo places them on the transmission day.",
                CLASSIFICATION_UNKNOWN)));
  }

  private static Map<ImpactCategory, Finding> allCategories(Verdict v, String rationale) {
    Map<ImpactCategory, Finding> m = new EnumMap<>(ImpactCategory.class);
    for (ImpactCategory c : ImpactCategory.values()) {
      m.put(c, new Finding(v, Set.of(), rationale));
    }
    return m;
  }

  private static Marking productMarking(String originator) {
    List<String> shared = new ArrayList<>(PRODUCT_SHARING);
    shared.removeIf(o -> o.equalsIgnoreCase(originator));
    if (!originator.equals("ODNI")) {
      shared.add("ODNI");
    }
    return new Marking(Classification.SECRET, List.of(), Tlp.AMBER, originator, shared);
  }

  /**
   * A transmitted version 1: drafted and submitted by {@code drafter}, reviewed, coordinated,
   * approved and transmitted on {@code day} (noon in Washington for the transmission).
   */
  private static Workflow workflow(
      LocalDate day,
      String drafter,
      String reviewer,
      String approver,
      String transmitter,
      List<CoordinationEntry> coordination) {
    Instant sent = noon(day);
    Instant submitted = sent.minusSeconds(4 * 3600);
    Instant reviewed = sent.minusSeconds(3 * 3600);
    Instant approved = sent.minusSeconds(1800);
    List<Transition> h =
        List.of(
            new Transition(
                ProductStatus.DRAFT, ProductStatus.IN_REVIEW, drafter, submitted, "submitted"),
            new Transition(
                ProductStatus.IN_REVIEW,
                ProductStatus.IN_COORDINATION,
                reviewer,
                reviewed,
                "accepted for coordination"),
            new Transition(
                ProductStatus.IN_COORDINATION,
                ProductStatus.APPROVED,
                approver,
                approved,
                "approved"),
            new Transition(
                ProductStatus.APPROVED,
                ProductStatus.TRANSMITTED,
                transmitter,
                sent,
                "transmitted"));
    return new Workflow(
        ProductStatus.TRANSMITTED,
        1,
        drafter,
        drafter,
        reviewer,
        approver,
        coordination,
        sent,
        sent,
        List.of(),
        h);
  }

  // ---------------------------------------------------------------- Sec. 2 determinations

  private static void determinations(Loader l) {
    LocalDate d2019 = LocalDate.of(2019, 9, 30);
    String basis2019 =
        "Interference in the 2018 midterm elections by the IRA using fake personas (Treasury, 30"
            + " Sep 2019); Treasury found no compromise of election infrastructure.";
    l.determination(
        "det-2019-prigozhin",
        E2018,
        "actor-prigozhin",
        Criterion.MATERIAL_ASSISTANCE_OR_SUPPORT,
        "Material and financial support of the IRA's interference in the 2018 midterm elections"
            + " (Treasury, 30 Sep 2019).",
        d2019,
        List.of(
            new Property("aircraft", "M-VITO", "aircraft identified as Prigozhin's property"),
            new Property("aircraft", "VP-CSP", "aircraft identified as Prigozhin's property"),
            new Property("aircraft", "M-SANN", "aircraft identified as Prigozhin's property"),
            new Property("vessel", "St. Vitamin", "yacht identified as Prigozhin's property")),
        List.of(
            "Treasury counted 7 individuals and 4 entities that day; the note names 3 of the 4"
                + " entities."));
    for (String a :
        List.of(
            "actor-aslanov",
            "actor-burchik",
            "actor-podkopaev",
            "actor-venkov",
            "actor-nesterov",
            "actor-kuzmin")) {
      l.determination(
          "det-2019-" + a.substring("actor-".length()),
          E2018,
          a,
          Criterion.ENGAGED_SPONSORED_CONCEALED_OR_COMPLICIT,
          basis2019,
          d2019,
          List.of(),
          List.of());
    }
    for (String a : List.of("actor-beratex", "actor-linburg", "actor-autolex")) {
      l.determination(
          "det-2019-" + a.substring("actor-".length()),
          E2018,
          a,
          Criterion.OWNED_CONTROLLED_OR_ACTING_FOR,
          "Front company of Yevgeniy Prigozhin (Treasury, 30 Sep 2019).",
          d2019,
          List.of(),
          List.of(
              "Criterion: the note calls it a front company without naming the criterion;"
                  + " 2(a)(iii) is the demo's reading."));
    }

    LocalDate d2020 = LocalDate.of(2020, 9, 10);
    l.determination(
        "det-2020-derkach",
        E2020,
        "actor-derkach",
        Criterion.ENGAGED_SPONSORED_CONCEALED_OR_COMPLICIT,
        "Released edited audio tapes and unsupported narratives between May and Jul 2020 to"
            + " influence the 2020 presidential election (Treasury, 10 Sep 2020).",
        d2020,
        List.of(),
        List.of());
    for (String a : List.of("actor-lifshits", "actor-andreyev", "actor-aslanova")) {
      l.determination(
          "det-2020-" + a.substring("actor-".length()),
          E2020,
          a,
          Criterion.MATERIAL_ASSISTANCE_OR_SUPPORT,
          "Cryptocurrency support of the IRA; designated under EO 13694 (as amended) and EO 13848"
              + " (Treasury, 10 Sep 2020).",
          d2020,
          List.of(),
          List.of(
              "Criterion: the note gives the two orders but not the EO 13848 criterion; 2(a)(ii)"
                  + " is the demo's reading."));
    }

    LocalDate dIran = LocalDate.of(2020, 10, 22);
    for (String a : List.of("actor-irgc", "actor-irgc-qf", "actor-bayan-rasaneh")) {
      l.determination(
          "det-2020-" + a.substring("actor-".length()),
          E2020,
          a,
          Criterion.ENGAGED_SPONSORED_CONCEALED_OR_COMPLICIT,
          "Complicit in interference in the 2020 election: Iranian disinformation presented as"
              + " news outlets (Treasury, 22 Oct 2020).",
          dIran,
          List.of(),
          List.of());
    }
    for (String a : List.of("actor-irtvu", "actor-iuvm")) {
      l.determination(
          "det-2020-" + a.substring("actor-".length()),
          E2020,
          a,
          Criterion.OWNED_CONTROLLED_OR_ACTING_FOR,
          "Owned or controlled by the IRGC-Qods Force (Treasury, 22 Oct 2020).",
          dIran,
          List.of(),
          List.of());
    }

    LocalDate d2021 = LocalDate.of(2021, 4, 15);
    for (String a :
        List.of(
            "actor-kilimnik",
            "actor-southfront",
            "actor-newsfront",
            "actor-scf",
            "actor-inforos")) {
      l.determination(
          "det-2021-" + a.substring("actor-".length()),
          E2020,
          a,
          Criterion.ENGAGED_SPONSORED_CONCEALED_OR_COMPLICIT,
          TREASURY_2021_04_15 + ".",
          d2021,
          List.of(),
          List.of(
              "One of 16 entities and 16 individuals designated on 15 Apr 2021; the note names"
                  + " only Kilimnik, SouthFront, NewsFront, the Strategic Culture Foundation and"
                  + " InfoRos."));
    }

    LocalDate dEmennet = LocalDate.of(2021, 11, 18);
    for (String a :
        List.of(
            "actor-emennet",
            "actor-shirinkar",
            "actor-kazemi",
            "actor-kashian",
            "actor-sarmadi",
            "actor-toghroljerdi",
            "actor-akbari-nodeh")) {
      l.determination(
          "det-2021-" + a.substring("actor-".length()),
          E2020,
          a,
          Criterion.ENGAGED_SPONSORED_CONCEALED_OR_COMPLICIT,
          "Aug-Nov 2020 operation of Emennet Pasargad: voter data sought from state election"
              + " websites, threatening emails, disinformation and a fake video (Treasury, 18 Nov"
              + " 2021).",
          dEmennet,
          List.of(),
          List.of());
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Relation rel(RelationType type, String target, String note) {
    return new Relation(type, target, note);
  }

  /** Noon in Washington on the day: how the demo dates a delivery whose hour is not known. */
  private static Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(WASHINGTON).toInstant();
  }

  private static Instant noon(int y, int m, int d) {
    return noon(LocalDate.of(y, m, d));
  }

  /** The SHA-256 of the bytes, as lowercase hex. */
  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Imports records as the system principal. */
  private record Loader(ProcessService service, Principal system) {

    <T extends ProcessRecord> void put(Kind<T> kind, T record) {
      service.importRecord(system, kind, record, null);
    }

    void actor(
        ActorKind kind,
        String id,
        String name,
        String country,
        List<String> aliases,
        List<Identifier> identifiers,
        List<Relation> relations,
        String notes,
        List<String> verify) {
      put(
          Kind.ACTOR,
          new Actor(
              id,
              kind,
              name,
              true,
              country,
              aliases,
              identifiers,
              relations,
              null,
              Marking.publicRecord("Vigil"),
              notes,
              verify));
    }

    void member(String id, String name, String country, String orgId, String notes) {
      actor(
          ActorKind.PERSON,
          id,
          name,
          country,
          List.of(),
          List.of(),
          List.of(rel(RelationType.MEMBER_OF, orgId, "")),
          notes,
          List.of());
    }

    void officer(String id, String name, String unitId, String notes) {
      member(id, name, "Russia", unitId, "GRU officer; " + notes);
    }

    void evidence(
        String id,
        String electionId,
        String title,
        String source,
        LocalDate received,
        String grade,
        String originator,
        String summary,
        List<String> observables,
        String text,
        List<String> verify) {
      byte[] content =
          (title + "\nSource: " + source + "\n\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
      Instant at = noon(received);
      EvidenceItem item =
          new EvidenceItem(
              id,
              electionId,
              title,
              source,
              at,
              sha256(content),
              content.length,
              "text/plain; charset=utf-8",
              AdmiraltyGrade.parse(grade),
              Marking.publicRecord(originator),
              summary,
              observables,
              List.of(
                  new CustodyEvent(
                      at, "analyst", "received", "collected from the public record (demo data)")),
              verify);
      service.importRecord(system, Kind.EVIDENCE, item, content);
    }

    void judgment(
        String id,
        String statement,
        Likelihood likelihood,
        Confidence confidence,
        List<Dissent> dissents,
        List<String> evidenceIds,
        List<String> activityIds,
        List<String> verify) {
      put(
          Kind.JUDGMENT,
          new Judgment(
              id,
              E2020,
              statement,
              likelihood,
              Map.of("IC", confidence),
              dissents,
              evidenceIds,
              activityIds,
              List.of(),
              Marking.publicRecord("ODNI"),
              verify));
    }

    void determination(
        String id,
        String electionId,
        String actorId,
        Criterion criterion,
        String basis,
        LocalDate effective,
        List<Property> property,
        List<String> verify) {
      Instant at = noon(effective);
      Map<Department, Consultation> c = new EnumMap<>(Department.class);
      String unknown = "; the date and content of the consultation are not public";
      c.put(
          Department.STATE, new Consultation(Department.STATE, "state", at, "consulted" + unknown));
      c.put(
          Department.JUSTICE,
          new Consultation(
              Department.JUSTICE,
              "treasury",
              at,
              "Justice consulted, recorded by Treasury" + unknown));
      c.put(
          Department.HOMELAND_SECURITY,
          new Consultation(
              Department.HOMELAND_SECURITY,
              "treasury",
              at,
              "Homeland Security consulted, recorded by Treasury" + unknown));
      List<String> v = new ArrayList<>(verify);
      v.add(
          "Consultations: Sec. 2(a) requires them; the demo records them on the designation day"
              + " because their dates are not public.");
      put(
          Kind.DETERMINATION,
          new Determination(
              id,
              electionId,
              actorId,
              criterion,
              basis,
              c,
              DeterminationStatus.PUBLISHED,
              "treasury",
              "Secretary of the Treasury",
              effective,
              Determination.PROGRAM,
              property,
              null,
              "",
              Marking.publicRecord("Treasury"),
              v,
              at));
    }
  }
}

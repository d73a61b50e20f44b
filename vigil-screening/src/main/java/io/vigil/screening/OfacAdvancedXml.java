package io.vigil.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/*
 * Design note: OFAC's SDN_ADVANCED.XML is its edition of the UN Sanctions Data Standard (root
 * Sanctions, schema ADVANCED_XML.xsd). ReferenceValueSets define by id the party types
 * (PartyType, PartySubType with PartyTypeID), feature types (FeatureType), identity-document types
 * (IDRegDocType) and countries (Country). DistinctParties/DistinctParty (FixedRef)/Profile (ID,
 * PartySubTypeID) hold one or more Identity (ID) elements with Alias (Primary, LowQuality = weak)
 * / DocumentedName / DocumentedNamePart / NamePartValue (names in their original script too), and
 * Feature elements (birth date as DatePeriod/Start/From Year-Month-Day, nationality and
 * citizenship as VersionDetail text or, as OFAC writes them, as VersionLocation LocationID pointing
 * at a Locations/Location with LocationCountry CountryID). IDRegDocuments/IDRegDocument (ID,
 * IDRegDocTypeID, IdentityID, IssuedBy-CountryID, child IDRegistrationNo) is a sibling of
 * DistinctParties and points at a party through the Identity ID. SanctionsEntries/SanctionsEntry
 * (ProfileID) give the programs (SanctionsMeasure/Comment).
 *
 * The file is about 100 MB, so it is streamed (StAX) and only small records are kept: per profile
 * its names, raw features and identity ids, the reference values and the documents. Sections may
 * come in any order (OFAC writes the documents before the parties, the standard does not require
 * it), so ids are resolved after the last element. A reference to an id the file does not define
 * is not an error, as everywhere in this reader (an unknown party subtype gives an unknown schema,
 * an unknown feature type is ignored, an entry for an unknown profile gives no program): a document
 * of an unknown identity is skipped, counted and reported in one warning. Malformed XML and a
 * profile without ID or name reject the file whole, with the line. DTDs and external entities are
 * refused (XXE).
 *
 * Sources: OFAC, "SDN Advanced XML" format and ADVANCED_XML.xsd (sanctionslistservice.ofac.treas
 * .gov); UN Sanctions Data Standard (IDRegDocumentSchemaType: IDRegDocTypeID and IdentityID
 * required, IssuedBy-CountryID optional).
 */
final class OfacAdvancedXml {
  private OfacAdvancedXml() {}

  private static final System.Logger LOG = System.getLogger(OfacAdvancedXml.class.getName());

  /**
   * The list read from one file, and how many identity documents named an identity the file does
   * not have (skipped).
   */
  record Read(SanctionsList list, int danglingDocuments) {
    Read {
      if (list == null) {
        throw new IllegalArgumentException("list must not be null");
      }
      if (danglingDocuments < 0) {
        throw new IllegalArgumentException("danglingDocuments must not be negative");
      }
    }
  }

  /** A StAX reader that refuses DTDs and external entities. */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f.createXMLStreamReader(in);
  }

  /** Reads a whole SDN_ADVANCED.XML file. */
  static Read read(Path file, String listName, Clock clock) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = open(in);
      try {
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.DTD) {
            throw new ListFileRejected(file.toString(), line(r), "DTDs are refused");
          }
          if (ev == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("Sanctions")) {
              throw new ListFileRejected(
                  file.toString(),
                  line(r),
                  "root element " + r.getLocalName() + " is not Sanctions");
            }
            return new Reader(file, r).readAll(listName, clock);
          }
        }
        throw new ListFileRejected(file.toString(), 0, "no root element");
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new ListFileRejected(file.toString(), line(e), "malformed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new ListFileRejected(file.toString(), 0, "unreadable XML: " + e.getMessage());
    }
  }

  static long line(XMLStreamReader r) {
    Location l = r.getLocation();
    return l == null ? 0 : Math.max(0, l.getLineNumber());
  }

  static long line(XMLStreamException e) {
    Location l = e.getLocation();
    return l == null ? 0 : Math.max(0, l.getLineNumber());
  }

  /** A feature as read: its type id, the first date it gives, and its detail texts. */
  private record RawFeature(
      String typeId, @Nullable String date, List<String> details, List<String> locations) {}

  /** An identity document as read, before its identity, type and country are resolved. */
  private record RawDocument(
      String id, String typeId, String identityId, String countryId, String number, long line) {}

  /** One Profile, kept until the ids it refers to are known. */
  private static final class Party {
    final String fixedRef;
    final String profileId;
    final String subTypeId;
    final long line;
    String caption = "";
    final List<String> names = new ArrayList<>();
    final List<String> weak = new ArrayList<>();
    final List<RawFeature> features = new ArrayList<>();
    final List<Identifier> identifiers = new ArrayList<>();

    Party(String fixedRef, String profileId, String subTypeId, long line) {
      this.fixedRef = fixedRef;
      this.profileId = profileId;
      this.subTypeId = subTypeId;
      this.line = line;
    }
  }

  private static final class Reader {
    private final Path file;
    private final XMLStreamReader r;
    private final Map<String, String> partyTypeName = new HashMap<>();
    private final Map<String, String> partyTypeOfSubType = new HashMap<>();
    private final Map<String, String> featureTypeName = new HashMap<>();
    private final Map<String, String> documentTypeName = new HashMap<>();
    private final Map<String, String> countryName = new HashMap<>();
    private final Map<String, List<String>> countriesOfLocation = new HashMap<>();
    private final Map<String, List<String>> programsByProfile = new HashMap<>();
    private final List<Party> parties = new ArrayList<>();
    private final Map<String, Party> partyOfIdentity = new HashMap<>();
    private final List<RawDocument> documents = new ArrayList<>();

    Reader(Path file, XMLStreamReader r) {
      this.file = file;
      this.r = r;
    }

    /** Reads from just after the root start tag to the end, then resolves the ids. */
    Read readAll(String listName, Clock clock) throws XMLStreamException {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "PartyType" -> partyTypeName.put(attr("ID"), text());
          case "PartySubType" -> {
            partyTypeOfSubType.put(attr("ID"), attr("PartyTypeID"));
            text();
          }
          case "FeatureType" -> featureTypeName.put(attr("ID"), text());
          case "IDRegDocType" -> documentTypeName.put(attr("ID"), text());
          case "Country" -> countryName.put(attr("ID"), text());
          case "Location" -> readLocation();
          case "DistinctParty" -> readDistinctParty();
          case "IDRegDocument" -> documents.add(readDocument());
          case "SanctionsEntry" -> readEntry();
          default -> {}
        }
      }
      return resolve(listName, clock);
    }

    private String attr(String name) {
      String v = r.getAttributeValue(null, name);
      return v == null ? "" : v.strip();
    }

    /** The text of a text-only element; leaves the reader on its end tag. */
    private String text() throws XMLStreamException {
      return r.getElementText().strip();
    }

    private boolean endOf(int ev, String local) {
      return ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(local);
    }

    private void readDistinctParty() throws XMLStreamException {
      String fixedRef = attr("FixedRef");
      while (r.hasNext()) {
        int ev = r.next();
        if (endOf(ev, "DistinctParty")) {
          return;
        }
        if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Profile")) {
          readProfile(fixedRef);
        }
      }
    }

    private void readProfile(String fixedRef) throws XMLStreamException {
      long line = line(r);
      String id = attr("ID");
      if (id.isEmpty()) {
        throw new ListFileRejected(file.toString(), line, "Profile without ID");
      }
      Party p = new Party(fixedRef.isEmpty() ? id : fixedRef, id, attr("PartySubTypeID"), line);
      boolean primary = false;
      boolean low = false;
      List<String> parts = new ArrayList<>();
      while (r.hasNext()) {
        int ev = r.next();
        if (endOf(ev, "Profile")) {
          break;
        }
        if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("DocumentedName")) {
          String n = String.join(" ", parts).strip();
          parts.clear();
          if (n.isEmpty()) {
            continue;
          }
          if (primary && p.caption.isEmpty()) {
            p.caption = n;
          } else if (low) {
            p.weak.add(n);
          } else {
            p.names.add(n);
          }
          continue;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "Identity" -> {
            String identity = attr("ID");
            if (!identity.isEmpty()) {
              partyOfIdentity.put(identity, p);
            }
          }
          case "Alias" -> {
            primary = attr("Primary").equals("true");
            low = attr("LowQuality").equals("true");
          }
          case "NamePartValue" -> parts.add(text());
          case "Feature" -> p.features.add(readFeature());
          default -> {}
        }
      }
      if (p.caption.isEmpty() && !p.names.isEmpty()) {
        p.caption = p.names.get(0);
      }
      if (p.caption.isEmpty()) {
        throw new ListFileRejected(file.toString(), line, "Profile " + id + " without a name");
      }
      parties.add(p);
    }

    /** A Location's countries (LocationCountry CountryID), by the Location's ID. */
    private void readLocation() throws XMLStreamException {
      String id = attr("ID");
      while (r.hasNext()) {
        int ev = r.next();
        if (endOf(ev, "Location")) {
          return;
        }
        if (ev == XMLStreamConstants.START_ELEMENT
            && r.getLocalName().equals("LocationCountry")
            && !id.isEmpty()) {
          countriesOfLocation.computeIfAbsent(id, k -> new ArrayList<>()).add(attr("CountryID"));
        }
      }
    }

    private RawFeature readFeature() throws XMLStreamException {
      String typeId = attr("FeatureTypeID");
      String date = null;
      List<String> details = new ArrayList<>();
      List<String> locations = new ArrayList<>();
      while (r.hasNext()) {
        int ev = r.next();
        if (endOf(ev, "Feature")) {
          break;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (r.getLocalName().equals("From") && date == null) {
          date = readFrom(); // the first From is the start of the first period
        } else if (r.getLocalName().equals("VersionDetail")) {
          details.add(text());
        } else if (r.getLocalName().equals("VersionLocation")) {
          locations.add(attr("LocationID"));
        }
      }
      return new RawFeature(typeId, date, details, locations);
    }

    /** From/Year, Month, Day as 1952-10-07, 1952-10 or 1952; empty without a year. */
    private String readFrom() throws XMLStreamException {
      String y = "";
      String m = "";
      String d = "";
      while (r.hasNext()) {
        int ev = r.next();
        if (endOf(ev, "From")) {
          break;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "Year" -> y = text();
            case "Month" -> m = text();
            case "Day" -> d = text();
            default -> {}
          }
        }
      }
      if (y.isEmpty()) {
        return "";
      }
      return y + (m.isEmpty() ? "" : "-" + pad(m) + (d.isEmpty() ? "" : "-" + pad(d)));
    }

    private RawDocument readDocument() throws XMLStreamException {
      long line = line(r);
      String id = attr("ID");
      String type = attr("IDRegDocTypeID");
      String identity = attr("IdentityID");
      String country = attr("IssuedBy-CountryID");
      String number = "";
      while (r.hasNext()) {
        int ev = r.next();
        if (endOf(ev, "IDRegDocument")) {
          break;
        }
        if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("IDRegistrationNo")) {
          number = text();
        }
      }
      return new RawDocument(id, type, identity, country, number, line);
    }

    private void readEntry() throws XMLStreamException {
      List<String> programs =
          programsByProfile.computeIfAbsent(attr("ProfileID"), k -> new ArrayList<>());
      boolean inMeasure = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (endOf(ev, "SanctionsEntry")) {
          return;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (r.getLocalName().equals("SanctionsMeasure")) {
            inMeasure = true;
          } else if (inMeasure && r.getLocalName().equals("Comment")) {
            String c = text();
            if (!c.isEmpty()) {
              programs.add(c);
            }
          }
        } else if (endOf(ev, "SanctionsMeasure")) {
          inMeasure = false;
        }
      }
    }

    private Read resolve(String listName, Clock clock) {
      int dangling = 0;
      RawDocument firstDangling = null;
      for (RawDocument d : documents) {
        Party p = partyOfIdentity.get(d.identityId());
        if (p == null) {
          dangling++;
          firstDangling = firstDangling == null ? d : firstDangling;
          continue;
        }
        if (d.number().isEmpty()) {
          continue;
        }
        String type = documentTypeName.getOrDefault(d.typeId(), "");
        p.identifiers.add(
            new Identifier(
                type.isEmpty() ? "document type " + d.typeId() : type,
                d.number(),
                countryName.getOrDefault(d.countryId(), "")));
      }
      if (firstDangling != null) {
        LOG.log(
            System.Logger.Level.WARNING,
            "{0}: {1} identity document(s) name an identity the file does not have and were"
                + " skipped; the first is IDRegDocument {2} (IdentityID {3}) at line {4}",
            file,
            dangling,
            firstDangling.id(),
            firstDangling.identityId(),
            firstDangling.line());
      }
      List<ListEntity> out = new ArrayList<>(parties.size());
      for (Party p : parties) {
        String type =
            partyTypeName.getOrDefault(partyTypeOfSubType.getOrDefault(p.subTypeId, ""), "");
        EntitySchema schema =
            switch (type) {
              case "Individual" -> EntitySchema.PERSON;
              case "Entity" -> EntitySchema.ORGANIZATION;
              case "Vessel" -> EntitySchema.VESSEL;
              case "Aircraft" -> EntitySchema.AIRCRAFT;
              default -> EntitySchema.UNKNOWN;
            };
        List<String> dobs = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (RawFeature f : p.features) {
          String ft = featureTypeName.getOrDefault(f.typeId(), "");
          if (ft.startsWith("Birthdate")) {
            if (f.date() != null && !f.date().isEmpty()) {
              dobs.add(f.date());
            }
          } else if (ft.startsWith("Nationality") || ft.startsWith("Citizenship")) {
            // the country as text, or (as OFAC writes nationality) through a Location
            List<String> names = new ArrayList<>(f.details());
            for (String loc : f.locations()) {
              for (String cid : countriesOfLocation.getOrDefault(loc, List.of())) {
                names.add(countryName.getOrDefault(cid, ""));
              }
            }
            for (String name : names) {
              String cc = Countries.code(name);
              if (!cc.isEmpty() && !countries.contains(cc)) {
                countries.add(cc);
              }
            }
          }
        }
        out.add(
            new ListEntity(
                "ofac-" + p.fixedRef,
                schema,
                p.caption,
                p.names,
                p.weak,
                dobs,
                countries,
                p.identifiers,
                programsByProfile.getOrDefault(p.profileId, List.of()),
                ""));
      }
      if (out.isEmpty()) {
        throw new ListFileRejected(file.toString(), 0, "no DistinctParty elements");
      }
      return new Read(
          new SanctionsList(listName, file.getFileName().toString(), clock.instant(), out),
          dangling);
    }
  }

  private static String pad(String n) {
    return n.length() == 1 ? "0" + n : n;
  }
}

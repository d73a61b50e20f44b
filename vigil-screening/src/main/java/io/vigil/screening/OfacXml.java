package io.vigil.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/*
 * Design note: OFAC's SDN.XML (schema sdn.xsd, namespace
 * https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML): sdnList /
 * sdnEntry with uid, firstName, lastName, sdnType, programList/program, akaList/aka (category
 * strong|weak, firstName, lastName), idList/id (idType, idNumber, idCountry),
 * dateOfBirthList/dateOfBirthItem/dateOfBirth, nationalityList and citizenshipList (country),
 * addressList/address/country. Elements are matched by local name so the namespace version does not
 * matter. DTDs and external entities are refused (XXE). SDN_ADVANCED.XML (root Sanctions) is read
 * for names (in every script it gives), weak aliases, party type, birth date, nationality and
 * programs; its identity documents are not read yet.
 */
final class OfacXml {
  private OfacXml() {}

  static SanctionsList read(Path file, String listName, Clock clock) {
    Document doc = parse(file);
    Element root = doc.getDocumentElement();
    if (root.getLocalName().equals("Sanctions")) {
      return readAdvanced(file, root, listName, clock);
    }
    if (!root.getLocalName().equals("sdnList")) {
      throw new ListFileRejected(
          file.toString(),
          0,
          "root element " + root.getLocalName() + " is neither sdnList nor Sanctions");
    }
    List<ListEntity> out = new ArrayList<>();
    for (Element e : children(root, "sdnEntry")) {
      String uid = text(e, "uid");
      if (uid.isEmpty()) {
        throw new ListFileRejected(file.toString(), 0, "sdnEntry without uid");
      }
      String type = text(e, "sdnType");
      EntitySchema schema =
          switch (type) {
            case "Individual" -> EntitySchema.PERSON;
            case "Vessel" -> EntitySchema.VESSEL;
            case "Aircraft" -> EntitySchema.AIRCRAFT;
            default -> EntitySchema.ORGANIZATION;
          };
      String caption = name(text(e, "lastName"), text(e, "firstName"));
      if (caption.isEmpty()) {
        throw new ListFileRejected(file.toString(), 0, "sdnEntry " + uid + " without a name");
      }
      List<String> names = new ArrayList<>();
      List<String> weak = new ArrayList<>();
      for (Element aka : descendants(e, "aka")) {
        String n = name(text(aka, "lastName"), text(aka, "firstName"));
        if (!n.isEmpty()) {
          (text(aka, "category").equalsIgnoreCase("weak") ? weak : names).add(n);
        }
      }
      List<String> programs = new ArrayList<>();
      for (Element p : descendants(e, "program")) {
        programs.add(p.getTextContent().strip());
      }
      List<Identifier> ids = new ArrayList<>();
      for (Element id : descendants(e, "id")) {
        String number = text(id, "idNumber");
        if (!number.isEmpty()) {
          ids.add(new Identifier(text(id, "idType"), number, text(id, "idCountry")));
        }
      }
      List<String> dobs = new ArrayList<>();
      for (Element d : descendants(e, "dateOfBirth")) {
        dobs.addAll(OfacCsv.parseDates(d.getTextContent()));
      }
      List<String> countries = new ArrayList<>();
      for (String list : new String[] {"nationality", "citizenship", "address"}) {
        for (Element n : descendants(e, list)) {
          String cc = Countries.code(text(n, "country"));
          if (!cc.isEmpty()) {
            countries.add(cc);
          }
        }
      }
      out.add(
          new ListEntity(
              "ofac-" + uid,
              schema,
              caption,
              names,
              weak,
              dobs,
              countries,
              ids,
              programs,
              text(e, "remarks")));
    }
    if (out.isEmpty()) {
      throw new ListFileRejected(file.toString(), 0, "no sdnEntry elements");
    }
    return new SanctionsList(listName, file.getFileName().toString(), clock.instant(), out);
  }

  /**
   * SDN_ADVANCED.XML, OFAC's edition of the UN Sanctions Data Standard: ReferenceValueSets define
   * party types and feature types by id; each DistinctParty/Profile holds Identity/Alias (Primary,
   * LowQuality = weak) with DocumentedName/DocumentedNamePart/NamePartValue (names in their
   * original script too) and Feature elements (birth date, nationality); SanctionsEntries tie a
   * ProfileID to its programs (SanctionsMeasure/Comment).
   */
  private static SanctionsList readAdvanced(Path file, Element root, String listName, Clock clock) {
    java.util.Map<String, String> partyTypeOfSubType = new java.util.HashMap<>();
    java.util.Map<String, String> partyTypeName = new java.util.HashMap<>();
    java.util.Map<String, String> featureTypeName = new java.util.HashMap<>();
    for (Element e : descendants(root, "PartyType")) {
      partyTypeName.put(e.getAttribute("ID"), e.getTextContent().strip());
    }
    for (Element e : descendants(root, "PartySubType")) {
      partyTypeOfSubType.put(e.getAttribute("ID"), e.getAttribute("PartyTypeID"));
    }
    for (Element e : descendants(root, "FeatureType")) {
      featureTypeName.put(e.getAttribute("ID"), e.getTextContent().strip());
    }
    java.util.Map<String, List<String>> programsByProfile = new java.util.HashMap<>();
    for (Element entry : descendants(root, "SanctionsEntry")) {
      List<String> progs =
          programsByProfile.computeIfAbsent(
              entry.getAttribute("ProfileID"), k -> new ArrayList<>());
      for (Element m : descendants(entry, "SanctionsMeasure")) {
        String c = text(m, "Comment");
        if (!c.isEmpty()) {
          progs.add(c);
        }
      }
    }
    List<ListEntity> out = new ArrayList<>();
    for (Element party : descendants(root, "DistinctParty")) {
      for (Element profile : children(party, "Profile")) {
        String id = profile.getAttribute("ID");
        if (id.isEmpty()) {
          throw new ListFileRejected(file.toString(), 0, "Profile without ID");
        }
        String type =
            partyTypeName.getOrDefault(
                partyTypeOfSubType.getOrDefault(profile.getAttribute("PartySubTypeID"), ""), "");
        EntitySchema schema =
            switch (type) {
              case "Individual" -> EntitySchema.PERSON;
              case "Entity" -> EntitySchema.ORGANIZATION;
              case "Vessel" -> EntitySchema.VESSEL;
              case "Aircraft" -> EntitySchema.AIRCRAFT;
              default -> EntitySchema.UNKNOWN;
            };
        String caption = "";
        List<String> names = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Element alias : descendants(profile, "Alias")) {
          boolean primary = alias.getAttribute("Primary").equals("true");
          boolean low = alias.getAttribute("LowQuality").equals("true");
          for (Element dn : descendants(alias, "DocumentedName")) {
            List<String> parts = new ArrayList<>();
            for (Element v : descendants(dn, "NamePartValue")) {
              parts.add(v.getTextContent().strip());
            }
            String n = String.join(" ", parts).strip();
            if (n.isEmpty()) {
              continue;
            }
            if (primary && caption.isEmpty()) {
              caption = n;
            } else if (low) {
              weak.add(n);
            } else {
              names.add(n);
            }
          }
        }
        if (caption.isEmpty() && !names.isEmpty()) {
          caption = names.get(0);
        }
        if (caption.isEmpty()) {
          throw new ListFileRejected(file.toString(), 0, "Profile " + id + " without a name");
        }
        List<String> dobs = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (Element f : descendants(profile, "Feature")) {
          String ft = featureTypeName.getOrDefault(f.getAttribute("FeatureTypeID"), "");
          if (ft.startsWith("Birthdate")) {
            for (Element from : descendants(f, "From")) {
              String y = text(from, "Year");
              String m = text(from, "Month");
              String d = text(from, "Day");
              if (!y.isEmpty()) {
                dobs.add(y + (m.isEmpty() ? "" : "-" + pad(m) + (d.isEmpty() ? "" : "-" + pad(d))));
              }
              break;
            }
          } else if (ft.startsWith("Nationality") || ft.startsWith("Citizenship")) {
            for (Element v : descendants(f, "VersionDetail")) {
              String cc = Countries.code(v.getTextContent().strip());
              if (!cc.isEmpty()) {
                countries.add(cc);
              }
            }
          }
        }
        out.add(
            new ListEntity(
                "ofac-" + party.getAttribute("FixedRef"),
                schema,
                caption,
                names,
                weak,
                dobs,
                countries,
                List.of(),
                programsByProfile.getOrDefault(id, List.of()),
                ""));
      }
    }
    if (out.isEmpty()) {
      throw new ListFileRejected(file.toString(), 0, "no DistinctParty elements");
    }
    return new SanctionsList(listName, file.getFileName().toString(), clock.instant(), out);
  }

  private static String pad(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  private static String name(String last, String first) {
    if (first.isEmpty()) {
      return last;
    }
    return last.isEmpty() ? first : last + ", " + first;
  }

  private static Document parse(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(file.toFile());
    } catch (SAXParseException e) {
      throw new ListFileRejected(
          file.toString(), e.getLineNumber(), "malformed XML: " + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new ListFileRejected(file.toString(), 0, "unreadable XML: " + e.getMessage());
    }
  }

  private static List<Element> children(Element parent, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && local.equals(el.getLocalName())) {
        out.add(el);
      }
    }
    return out;
  }

  private static List<Element> descendants(Element parent, String local) {
    NodeList nl = parent.getElementsByTagNameNS("*", local);
    List<Element> out = new ArrayList<>(nl.getLength());
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  private static String text(Element parent, String local) {
    List<Element> c = children(parent, local);
    return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
  }
}

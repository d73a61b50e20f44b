package io.vigil.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
 * matter. DTDs and external entities are refused (XXE). The root element is read first with StAX:
 * SDN_ADVANCED.XML (root Sanctions, about 100 MB) is streamed by OfacAdvancedXml; SDN.XML is
 * parsed whole (DOM).
 */
final class OfacXml {
  private OfacXml() {}

  static SanctionsList read(Path file, String listName, Clock clock) {
    if (rootElement(file).equals("Sanctions")) {
      return OfacAdvancedXml.read(file, listName, clock).list(); // streamed: ~100 MB
    }
    Document doc = parse(file);
    Element root = doc.getDocumentElement();
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

  /** The local name of the root element, read with StAX up to it; DTDs are refused. */
  private static String rootElement(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = OfacAdvancedXml.open(in);
      try {
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.DTD) {
            throw new ListFileRejected(
                file.toString(), OfacAdvancedXml.line(r), "DTDs are refused");
          }
          if (ev == XMLStreamConstants.START_ELEMENT) {
            return r.getLocalName();
          }
        }
        throw new ListFileRejected(file.toString(), 0, "no root element");
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new ListFileRejected(
          file.toString(), OfacAdvancedXml.line(e), "malformed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new ListFileRejected(file.toString(), 0, "unreadable XML: " + e.getMessage());
    }
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

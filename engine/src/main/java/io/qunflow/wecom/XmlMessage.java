package io.qunflow.wecom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A WeCom XML message read into its top-level fields. The parser refuses any DOCTYPE and resolves
 * no entity, DTD, schema or XInclude, so a hostile body can neither read files nor reach the
 * network nor expand itself; bodies over {@value #MAX_LENGTH} characters are refused unread. How
 * deep elements may nest is limited too, and checked by the parser as it reads, so a body of
 * thousands of nested elements is refused at the first one too deep, before any tree is built or
 * walked (reading the text of such a tree recurses once per level and overflows the stack).
 *
 * @param fields the text of each child of the root element
 * @param lists the {@code <Item>} texts of children that hold items (MemChangeList)
 */
record XmlMessage(Map<String, String> fields, Map<String, List<String>> lists) {

    static final int MAX_LENGTH = 256 * 1024;

    /** The JDK parser's limit on how deep elements nest, enforced while it reads. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    /** The envelope is flat: {@code <xml>} and its fields, which hold text or CDATA only. */
    static final int ENVELOPE_DEPTH = 2;

    /**
     * Decrypted messages nest a little ({@code <MemChangeList><Item>}, and deeper in events Qunflow
     * does not read); this leaves room for those and keeps reading the text cheap.
     */
    static final int MESSAGE_DEPTH = 8;

    /**
     * The envelope WeCom posts to the callback, read before the signature can be checked, so from
     * anyone: any element inside a field is refused.
     *
     * @throws CallbackRejected when the text is not a small, flat XML document
     */
    static XmlMessage envelope(String xml) {
        return parse(xml, ENVELOPE_DEPTH);
    }

    /** @throws CallbackRejected when the text is not a small, plain XML document */
    static XmlMessage parse(String xml) {
        return parse(xml, MESSAGE_DEPTH);
    }

    private static XmlMessage parse(String xml, int maxDepth) {
        if (xml == null || xml.isBlank() || xml.length() > MAX_LENGTH) {
            throw new CallbackRejected("The body is not a WeCom XML message");
        }
        Element root;
        try {
            DocumentBuilder builder = factory(maxDepth).newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not read");
            });
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CallbackRejected("The body is not a WeCom XML message");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                fields.put(child.getTagName(), child.getTextContent().strip());
                List<String> items = items(child);
                if (!items.isEmpty()) {
                    lists.put(child.getTagName(), items);
                }
            }
        }
        return new XmlMessage(fields, lists);
    }

    private static DocumentBuilderFactory factory(int maxDepth) throws ParserConfigurationException {
        // The JDK's own parser, whatever else is on the class path: the depth limit is its property.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute(MAX_ELEMENT_DEPTH, Integer.toString(maxDepth));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    private static List<String> items(Element parent) {
        List<String> items = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element item && item.getTagName().equals("Item")) {
                items.add(item.getTextContent().strip());
            }
        }
        return items;
    }

    /** A field's text, or null when absent or empty. */
    String get(String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The items of a list field: {@code <Item>} children, or, as older callbacks sent it, one
     * comma-separated text.
     */
    List<String> list(String name) {
        List<String> items = lists.get(name);
        if (items != null) {
            return items;
        }
        String text = get(name);
        if (text == null) {
            return List.of();
        }
        List<String> split = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                split.add(part.strip());
            }
        }
        return split;
    }

    /** A number field; a long, as CreateTime is Unix seconds and passes what an int holds in 2038. */
    long number(String name, long fallback) {
        String value = get(name);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

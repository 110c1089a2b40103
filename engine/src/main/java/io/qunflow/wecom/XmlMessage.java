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
 * network nor expand itself; bodies over {@value #MAX_LENGTH} characters are refused unread.
 *
 * @param fields the text of each child of the root element
 * @param lists the {@code <Item>} texts of children that hold items (MemChangeList)
 */
record XmlMessage(Map<String, String> fields, Map<String, List<String>> lists) {

    static final int MAX_LENGTH = 256 * 1024;

    /** @throws CallbackRejected when the text is not a small, plain XML document */
    static XmlMessage parse(String xml) {
        if (xml == null || xml.isBlank() || xml.length() > MAX_LENGTH) {
            throw new CallbackRejected("The body is not a WeCom XML message");
        }
        Element root;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
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

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
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

    int number(String name, int fallback) {
        String value = get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

package org.complaintgateway.config;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The {@code acknowledgments.templates} map: a language code to the text sent in that language. A placeholder
 * misspelt would reach the customer as it stands, in braces, so anything in braces must be a known placeholder.
 */
final class TemplatesValue implements ValueType<Map<String, String>> {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    @Override
    public Map<String, String> read(Node node, Cursor cursor) {
        if (!(node instanceof MappingNode map)) {
            cursor.fail(node, "expected a map of language codes to templates, such as en: \"Dear {name}, ...\", got "
                    + Cursor.shape(node));
            return null;
        }
        int problemsBefore = cursor.problemCount();
        Map<String, Node> keyNodes = new HashMap<>();
        Map<String, String> templates = new HashMap<>();
        for (NodeTuple entry : map.getValue()) {
            String language = cursor.scalar(entry.getKeyNode(), "a language code");
            if (language == null || !isNew(language, entry.getKeyNode(), keyNodes, cursor)) {
                continue;
            }
            if (!Scalars.LANGUAGE_CODE.matcher(language).matches()) {
                cursor.fail(entry.getKeyNode(), "expected a language code such as en or pt-BR as the key, got \""
                        + language + "\"");
                continue;
            }
            if (Section.isEmpty(entry.getValueNode())) {
                continue; // "en:" with nothing after it: the built-in template, as if the key were left out
            }
            String template = readTemplate(entry.getValueNode(), cursor.child(language));
            if (template != null) {
                templates.put(language, template);
            }
        }
        return cursor.problemCount() == problemsBefore ? Map.copyOf(templates) : null;
    }

    private static boolean isNew(String language, Node keyNode, Map<String, Node> keyNodes, Cursor cursor) {
        Node first = keyNodes.putIfAbsent(language, keyNode);
        if (first != null) {
            cursor.fail(keyNode, "duplicate key '" + language + "'; first written at line " + Section.line(first));
        }
        return first == null;
    }

    /** The text, or null after reporting what is wrong with it. */
    private static String readTemplate(Node node, Cursor cursor) {
        String text = cursor.scalar(node, "the text of the acknowledgment");
        if (text == null) {
            return null;
        }
        boolean valid = true;
        if (!text.contains(AcknowledgmentTemplates.PROTOCOL_NUMBER)) {
            cursor.fail(node, "the template lacks " + AcknowledgmentTemplates.PROTOCOL_NUMBER
                    + ": an acknowledgment without the protocol number is no acknowledgment");
            valid = false;
        }
        for (String unknown : unknownPlaceholders(text)) {
            cursor.fail(node, unknownPlaceholder(unknown));
            valid = false;
        }
        return valid ? text : null;
    }

    private static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!AcknowledgmentTemplates.PLACEHOLDERS.contains(matcher.group())) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }

    private static String unknownPlaceholder(String placeholder) {
        String allowed = "a template may use only " + String.join(", ", AcknowledgmentTemplates.PLACEHOLDERS);
        return NearestName.among(placeholder, AcknowledgmentTemplates.PLACEHOLDERS)
                .map(nearest -> "unknown placeholder " + placeholder + " (did you mean " + nearest + "?); " + allowed)
                .orElse("unknown placeholder " + placeholder + "; " + allowed);
    }
}

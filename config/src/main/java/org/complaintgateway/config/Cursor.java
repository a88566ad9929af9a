package org.complaintgateway.config;

import java.nio.file.Path;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Where the reader is (channel and dotted field path), and where to report what is wrong there. */
record Cursor(Problems problems, SecretResolver secrets, String channelId, String field) {

    Cursor child(String key) {
        return new Cursor(problems, secrets, channelId, field == null ? key : field + "." + key);
    }

    Cursor item(int index) {
        return new Cursor(problems, secrets, channelId, field + "[" + index + "]");
    }

    /** Inside a channel, fields are named relative to it: the channel id already says where. */
    Cursor inChannel(String id) {
        return new Cursor(problems, secrets, id, null);
    }

    void fail(Node node, String message) {
        problems.at(node, channelId, field, message);
    }

    /** Reports a wrong value, quoting it: only for keys that never hold a secret. */
    void expected(Node node, String what) {
        String got = node instanceof ScalarNode scalar ? "\"" + scalar.getValue() + "\"" : shape(node);
        fail(node, "expected " + what + ", got " + got);
    }

    /** The node's text, or null after reporting that a single value was expected. */
    String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        fail(node, "expected " + what + ", got " + shape(node));
        return null;
    }

    /** The directory of the config file, against which files it names (secrets, certificates) resolve. */
    Path configDirectory() {
        return secrets.configDirectory();
    }

    int problemCount() {
        return problems.count();
    }

    /** Names the kind of node without its content, which might be a secret typed in the wrong place. */
    static String shape(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a single value";
    }
}

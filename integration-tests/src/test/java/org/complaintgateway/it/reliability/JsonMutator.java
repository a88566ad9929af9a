package org.complaintgateway.it.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Breaks a well-formed JSON body the ways senders and attackers do, every choice from one random stream: a value of
 * the wrong type, a string just under or over a size, control and odd Unicode characters, nesting deeper than a parser
 * allows, a key removed, and byte damage after writing (truncation, invalid UTF-8, a BOM, trailing garbage, a body
 * that is no JSON at all). It never produces an empty array or object where the template had one of one item, so a
 * webhook delivery still carries exactly one event however it is broken.
 */
final class JsonMutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW_MARK = "@@raw-";

    /** Characters that break naive text handling: C0 controls, DEL, C1, bidi overrides, zero-width, BOM, emoji. */
    private static final String[] ODD_CHARACTERS = {
        "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u001b[31m", "\u001f", "\u007f",
        "\u0085", "\u009b", "\u2028", "\u2029", "\u202e", "\u200b", "\u200d", "\ufeff", "\ufffd", "\uffff",
        "\ud83d\ude21", "e\u0301", "\r\nBcc: victim@example.org", "<script>alert(1)</script>", "%0d%0aX-Injected: 1",
        "'; DROP TABLE journal; --", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "\\", "\"", "/../../etc/passwd",
    };

    private final SplittableRandom random;
    private final List<String> raws = new ArrayList<>();
    private final List<String> done = new ArrayList<>();

    private JsonMutator(SplittableRandom random) {
        this.random = random;
    }

    /** The body and what was done to it. */
    record Mutated(byte[] body, String description) {}

    /** Applies 1 to 3 mutations to a copy of {@code template}; {@code stringSizes} are the sizes worth hitting. */
    static Mutated mutate(JsonNode template, SplittableRandom random, int[] stringSizes) {
        return new JsonMutator(random).apply(template.deepCopy(), stringSizes);
    }

    /** Only changes that leave the body valid JSON of the same shape: odd characters and sizes in its strings. */
    static Mutated mutateStringsOnly(JsonNode template, SplittableRandom random, int[] stringSizes) {
        JsonMutator mutator = new JsonMutator(random);
        JsonNode tree = template.deepCopy();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            if (random.nextBoolean()) {
                mutator.oddCharacters(tree);
            } else {
                mutator.sizedString(tree, stringSizes);
            }
        }
        return new Mutated(mutator.write(tree), String.join(", ", mutator.done));
    }

    private Mutated apply(JsonNode tree, int[] stringSizes) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(6)) {
                case 0 -> wrongType(tree);
                case 1 -> sizedString(tree, stringSizes);
                case 2 -> oddCharacters(tree);
                case 3 -> deepNesting(tree);
                case 4 -> removeKey(tree);
                default -> rawToken(tree);
            }
        }
        byte[] body = write(tree);
        if (random.nextInt(3) == 0) {
            body = damageBytes(body);
        }
        return new Mutated(body, String.join(", ", done));
    }

    private void wrongType(JsonNode tree) {
        Slot slot = anySlot(tree);
        if (slot == null) {
            return;
        }
        JsonNode replacement = switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.numberNode(random.nextDouble() * 1e300);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(NODES.textNode("one"));
            case 5 -> NODES.objectNode().put("unexpected", 1);
            default -> NODES.textNode(Long.toString(random.nextLong()));
        };
        slot.set.accept(replacement);
        done.add("wrong type " + replacement.getNodeType() + " at " + slot.path);
    }

    private void sizedString(JsonNode tree, int[] sizes) {
        Slot slot = stringSlot(tree);
        if (slot == null) {
            return;
        }
        int size = Math.max(0, sizes[random.nextInt(sizes.length)] + random.nextInt(3) - 1);
        String unit = random.nextInt(4) == 0 ? "\u00e9" : random.nextInt(4) == 0 ? "\ud83d\ude21" : "x";
        slot.set.accept(TextNode.valueOf(unit.repeat(size)));
        done.add(size + " characters of '" + unit + "' at " + slot.path);
    }

    private void oddCharacters(JsonNode tree) {
        Slot slot = stringSlot(tree);
        if (slot == null) {
            return;
        }
        String odd = ODD_CHARACTERS[random.nextInt(ODD_CHARACTERS.length)];
        String value = slot.current.asText();
        int at = value.isEmpty() ? 0 : random.nextInt(value.length() + 1);
        if (at > 0 && at < value.length() && Character.isLowSurrogate(value.charAt(at))) {
            at--;
        }
        slot.set.accept(TextNode.valueOf(value.substring(0, at) + odd + value.substring(at)));
        done.add("odd characters " + escaped(odd) + " at " + slot.path);
    }

    private void deepNesting(JsonNode tree) {
        Slot slot = anySlot(tree);
        if (slot == null) {
            return;
        }
        int[] depths = {20, 200, 999, 1000, 1001, 1500, 5000};
        int depth = depths[random.nextInt(depths.length)];
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        slot.set.accept(raw(nested));
        done.add((arrays ? "arrays" : "objects") + " nested " + depth + " deep at " + slot.path);
    }

    private void removeKey(JsonNode tree) {
        List<Slot> keys = new ArrayList<>();
        collect(tree, "", keys);
        keys.removeIf(slot -> slot.remove == null);
        if (keys.isEmpty()) {
            return;
        }
        Slot slot = keys.get(random.nextInt(keys.size()));
        slot.remove.run();
        done.add("removed " + slot.path);
    }

    /** A token Jackson refuses or reads unusually: invalid escapes, lone surrogates, huge numbers, NaN, nothing. */
    private void rawToken(JsonNode tree) {
        Slot slot = anySlot(tree);
        if (slot == null) {
            return;
        }
        String[] tokens = {"\"\\ud800lone\"", "\"\\udc00\"", "\"\\x41\"", "\"\\u12\"", "1e999999", "-0",
            "123456789012345678901234567890123456789", "NaN", "Infinity", "", "undefined", "'single'", "0x1F",
            "\"" + "\\u0000".repeat(50) + "\"", "[1,]", "{\"a\":1,}", "{\"dup\":1,\"dup\":2}"};
        String token = tokens[random.nextInt(tokens.length)];
        if (token.isEmpty() && slot.inArray) {
            // "[" + "" + "]" is a valid empty list: a delivery of no events, where the template had one
            token = "undefined";
        }
        slot.set.accept(raw(token));
        done.add("raw token " + escaped(token) + " at " + slot.path);
    }

    private byte[] damageBytes(byte[] body) {
        switch (random.nextInt(8)) {
            case 0 -> {
                int at = body.length == 0 ? 0 : random.nextInt(body.length);
                done.add("truncated to " + at + " of " + body.length + " bytes");
                return Arrays.copyOf(body, at);
            }
            case 1 -> {
                byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
                byte[] bad = invalid[random.nextInt(invalid.length)];
                int at = random.nextInt(body.length + 1);
                done.add("invalid UTF-8 " + HexFormat.of().formatHex(bad) + " at byte " + at);
                return splice(body, at, bad);
            }
            case 2 -> {
                done.add("BOM before the body");
                return splice(body, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            case 3 -> {
                done.add("trailing garbage");
                return splice(body, body.length, "}]}\u0000garbage".getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                String[] bodies = {"", " ", "null", "[]", "{}", "\"text\"", "42", "<xml/>", "a=1&b=2", "[{}]",
                    "{\"entry\":"};
                String replacement = bodies[random.nextInt(bodies.length)];
                done.add("body replaced by " + escaped(replacement));
                return replacement.getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                byte[] noise = new byte[1 + random.nextInt(512)];
                random.nextBytes(noise);
                done.add(noise.length + " random bytes");
                return noise;
            }
            case 6 -> {
                done.add("re-encoded as UTF-16");
                return new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
            }
            default -> {
                int at = body.length == 0 ? 0 : random.nextInt(body.length);
                done.add("byte " + at + " flipped");
                byte[] flipped = body.clone();
                if (flipped.length > 0) {
                    flipped[at] ^= (byte) (1 + random.nextInt(255));
                }
                return flipped;
            }
        }
    }

    private static byte[] splice(byte[] body, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + inserted.length);
        out.write(body, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private TextNode raw(String text) {
        raws.add(text);
        return TextNode.valueOf(RAW_MARK + (raws.size() - 1) + "@@");
    }

    /** The tree written, with each raw token put in place of its marker: Jackson itself would not write them. */
    private byte[] write(JsonNode tree) {
        try {
            String text = JSON.writeValueAsString(tree);
            for (int i = 0; i < raws.size(); i++) {
                text = text.replace("\"" + RAW_MARK + i + "@@\"", raws.get(i));
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Slot anySlot(JsonNode tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, "", slots);
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }

    private Slot stringSlot(JsonNode tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, "", slots);
        slots.removeIf(slot -> !slot.current.isTextual() || slot.current.asText().startsWith(RAW_MARK));
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }

    /** Every value below the root, with how to replace it (and remove it, for an object's member). */
    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                String childPath = path + "/" + name;
                slots.add(new Slot(childPath, child, false, value -> object.set(name, value), () -> object.remove(name)));
                collect(child, childPath, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                JsonNode child = array.get(i);
                String childPath = path + "/" + i;
                slots.add(new Slot(childPath, child, true, value -> array.set(index, value), null));
                collect(child, childPath, slots);
            }
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        for (char c : shown.toCharArray()) {
            out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return "'" + out + "'";
    }

    private record Slot(String path, JsonNode current, boolean inArray, Consumer<JsonNode> set, Runnable remove) {}
}

package org.complaintgateway.mappings.email;

/**
 * Decodes UTF-7 (RFC 2152), which old clients still declare and Java does not ship. Direct characters stand for
 * themselves; {@code +} opens a run of modified base64 holding UTF-16 code units, ended by any character outside
 * the base64 alphabet, a {@code -} ending it being absorbed; {@code +-} is a literal plus.
 */
final class Utf7 {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Utf7() {
    }

    static DecodedText decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        boolean replaced = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b != '+') {
                replaced |= b > 0x7F;
                out.append(b > 0x7F ? '\uFFFD' : (char) b);
                i++;
                continue;
            }
            i++;
            if (i < bytes.length && bytes[i] == '-') {
                out.append('+');
                i++;
                continue;
            }
            int bits = 0;
            int bitCount = 0;
            while (i < bytes.length && BASE64.indexOf(bytes[i]) >= 0) {
                bits = (bits << 6) | BASE64.indexOf(bytes[i]);
                bitCount += 6;
                if (bitCount >= 16) {
                    bitCount -= 16;
                    out.append((char) ((bits >>> bitCount) & 0xFFFF));
                }
                i++;
            }
            // Leftover bits must be zero padding (RFC 2152); anything else means the run was cut or corrupt.
            replaced |= bitCount >= 6 || (bits & ((1 << bitCount) - 1)) != 0;
            if (i < bytes.length && bytes[i] == '-') {
                i++;
            }
        }
        String text = out.toString();
        // A run may have ended between the halves of a surrogate pair; such a lone half is no character.
        String clean = text.codePoints()
                .map(cp -> Character.isSurrogate((char) cp) && Character.charCount(cp) == 1 ? 0xFFFD : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return new DecodedText(clean, replaced || !clean.equals(text));
    }
}

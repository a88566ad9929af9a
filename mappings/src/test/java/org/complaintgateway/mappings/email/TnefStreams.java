package org.complaintgateway.mappings.email;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes minimal TNEF streams (winmail.dat) for tests, since POI's HMEF only reads them. The layout follows
 * [MS-OXTNEF]: a signature and key, then attributes, each a level byte (1 message, 2 attachment), a little-endian
 * id and type, the data length, the data and a 16-bit checksum (sum of the data bytes). An attachment starts with
 * attAttachRendData; attAttachTitle names it and attAttachData holds its bytes.
 */
final class TnefStreams {

    private static final int SIGNATURE = 0x223E9F78;
    private static final int LEVEL_MESSAGE = 1;
    private static final int LEVEL_ATTACHMENT = 2;
    private static final int TYPE_STRING = 0x0001;
    private static final int TYPE_BYTE = 0x0006;
    private static final int TYPE_DWORD = 0x0008;
    private static final int ATT_TNEF_VERSION = 0x9006;
    private static final int ATT_ATTACH_REND_DATA = 0x9002;
    private static final int ATT_ATTACH_TITLE = 0x8010;
    private static final int ATT_ATTACH_DATA = 0x800F;

    private TnefStreams() {
    }

    /** A TNEF stream carrying {@code files} (name to content), in iteration order. */
    static byte[] withAttachments(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(le32(SIGNATURE));
        out.writeBytes(le16(0x0001));
        attribute(out, LEVEL_MESSAGE, ATT_TNEF_VERSION, TYPE_DWORD, le32(0x00010000));
        files.forEach((name, content) -> {
            // Rendering data: attachment type 1 (file), position -1, no size, no flags.
            ByteBuffer rendering = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN)
                    .putShort((short) 1).putInt(-1).putShort((short) 0).putShort((short) 0).putInt(0);
            attribute(out, LEVEL_ATTACHMENT, ATT_ATTACH_REND_DATA, TYPE_BYTE, rendering.array());
            attribute(out, LEVEL_ATTACHMENT, ATT_ATTACH_TITLE, TYPE_STRING, (name + "\0").getBytes(StandardCharsets.ISO_8859_1));
            attribute(out, LEVEL_ATTACHMENT, ATT_ATTACH_DATA, TYPE_BYTE, content);
        });
        return out.toByteArray();
    }

    private static void attribute(ByteArrayOutputStream out, int level, int id, int type, byte[] data) {
        out.write(level);
        out.writeBytes(le16(id));
        out.writeBytes(le16(type));
        out.writeBytes(le32(data.length));
        out.writeBytes(data);
        int checksum = 0;
        for (byte b : data) {
            checksum = (checksum + (b & 0xFF)) & 0xFFFF;
        }
        out.writeBytes(le16(checksum));
    }

    private static byte[] le16(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8)};
    }

    private static byte[] le32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }
}

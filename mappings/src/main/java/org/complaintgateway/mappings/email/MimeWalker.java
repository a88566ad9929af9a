package org.complaintgateway.mappings.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * Walks a parsed mail depth first and sorts its leaves: text/plain and text/html parts that are not attachments are
 * the body; a nested message/rfc822 stays whole as one .eml file; winmail.dat is unpacked; every other leaf, with
 * or without Content-Disposition, is an attachment. Multiparts nested deeper than the limit are left out.
 */
final class MimeWalker {

    /** Writes parts as they are held: still in their transfer encoding, which the writer must not apply again. */
    private static final DefaultMessageWriter AS_ARRIVED = new DefaultMessageWriter() {
        @Override
        protected OutputStream encodeStream(OutputStream out, String encoding, boolean binaryBody) {
            return out;
        }
    };
    private static final Set<String> TNEF_TYPES = Set.of("application/ms-tnef", "application/vnd.ms-tnef");
    private static final String TNEF_NAME = "winmail.dat";

    private final int maxNestingDepth;
    private final List<String> plainParts = new ArrayList<>();
    private final List<String> htmlParts = new ArrayList<>();
    private final List<AttachmentFile> files = new ArrayList<>();
    private final List<String> embeddedMessageIds = new ArrayList<>();
    private final List<String> deliveryReports = new ArrayList<>();
    private boolean charsetReplaced;
    private boolean tooDeep;

    private MimeWalker(int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    static MimeContent walk(Message message, int maxNestingDepth) throws IOException {
        MimeWalker walker = new MimeWalker(maxNestingDepth);
        walker.visit(message, 0);
        return new MimeContent(walker.plainParts, walker.htmlParts, walker.files, walker.embeddedMessageIds,
                walker.deliveryReports, walker.charsetReplaced, walker.tooDeep);
    }

    private void visit(Entity entity, int depth) throws IOException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            if (depth >= maxNestingDepth) {
                tooDeep = true;
                return;
            }
            for (Entity part : multipart.getBodyParts()) {
                visit(part, depth + 1);
            }
        } else if (body instanceof Message nested) {
            embedded(entity, nested);
        } else if (body instanceof SingleBody single) {
            leaf(entity, TransferDecoding.decode(bytes(single), entity.getContentTransferEncoding()));
        }
    }

    private void embedded(Entity entity, Message nested) throws IOException {
        MailHeaders headers = MailHeaders.of(nested.getHeader());
        String messageId = MessageIds.first(headers.first("Message-ID"));
        if (messageId != null) {
            embeddedMessageIds.add(messageId);
        }
        String name = PartNames.fileName(entity);
        if (name == null) {
            String subject = SingleLine.clean(EncodedWords.decode(headers.first("Subject")).text());
            name = (subject == null ? "message" : PartNames.safeFileName(subject)) + ".eml";
        }
        // Written back from the parsed tree, each part's content as it arrived (MimeParser leaves it encoded).
        ByteArrayOutputStream eml = new ByteArrayOutputStream();
        AS_ARRIVED.writeMessage(nested, eml);
        files.add(new AttachmentFile(name, "message/rfc822", eml.toByteArray()));
    }

    private void leaf(Entity entity, byte[] content) throws IOException {
        String type = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
        String name = PartNames.fileName(entity);
        boolean attachment = name != null || "attachment".equalsIgnoreCase(entity.getDispositionType());
        if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
            DecodedText text = TextDecoder.decode(content, entity.getCharset());
            charsetReplaced |= text.replaced();
            (type.equals("text/html") ? htmlParts : plainParts).add(text.text());
            return;
        }
        if (type.equals("text/rfc822-headers")) {
            String messageId = MessageIds.first(MailHeaders.of(MimeParser.parseHeader(content)).first("Message-ID"));
            if (messageId != null) {
                embeddedMessageIds.add(messageId);
            }
        } else if (type.equals("message/delivery-status")) {
            deliveryReports.add(TextDecoder.decode(content, "utf-8").text());
        } else if (TNEF_TYPES.contains(type) || TNEF_NAME.equalsIgnoreCase(name)) {
            List<AttachmentFile> unpacked = TnefUnpacker.unpack(content);
            if (!unpacked.isEmpty()) {
                files.addAll(unpacked);
                return;
            }
        }
        files.add(new AttachmentFile(name != null ? name : PartNames.contentId(entity), type, content));
    }

    private static byte[] bytes(SingleBody body) throws IOException {
        try (InputStream in = body.getInputStream()) {
            return in.readAllBytes();
        }
    }
}

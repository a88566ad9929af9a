package org.complaintgateway.routes.outbound;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * The mail that answers an e-mail complaint inside the customer's thread (RFC 5322 §3.6.4): In-Reply-To the customer's
 * Message-ID, References the thread so far ending with it, the thread's subject tagged with our protocol number, and
 * our own Message-ID, so that the customer's answer threads back to the complaint. {@code Auto-Submitted:
 * auto-replied} only on an acknowledgment: a person wrote a reply, and RFC 3834 keeps that header for automatic mail,
 * which the customer's auto-responder would then rightly leave unanswered.
 */
final class ReplyMail {

    private static final String UTF_8 = "UTF-8";
    private static final Pattern REPLY_PREFIX = Pattern.compile("^re\\s*:", Pattern.CASE_INSENSITIVE);
    /** An id-left "@" id-right without its brackets: printable US-ASCII, no space, no bracket (RFC 5322 §3.6.4). */
    private static final Pattern BARE_ID = Pattern.compile("[\\x21-\\x7E&&[^<>]]+");
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private ReplyMail() {
    }

    /** The reply, saved and ready to send; {@code messageId} is ours, without brackets. */
    static MimeMessage compose(Session session, InternetAddress from, ReplyHint.Email hint, ReplyContent content,
                               String messageId, Instant now) throws MessagingException {
        MimeMessage mail = new OwnIdMessage(session, messageId);
        mail.setFrom(from);
        mail.setRecipient(Message.RecipientType.TO, HeaderText.address(hint.to(), "the reply hint's To"));
        for (int i = 0; i < hint.cc().size(); i++) {
            mail.addRecipient(Message.RecipientType.CC, HeaderText.address(hint.cc().get(i), "the reply hint's Cc " + (i + 1)));
        }
        mail.setSubject(subject(hint.subject(), content.protocolNumber()), UTF_8);
        mail.setSentDate(Date.from(now));
        thread(mail, hint);
        if (content.automatic()) {
            // RFC 3834: an auto-responder must not answer this; and our own loop filter knows the header too
            mail.setHeader("Auto-Submitted", "auto-replied");
        }
        body(mail, content);
        mail.saveChanges();
        return mail;
    }

    /** "Re: " + the thread's subject (never "Re: Re:"), tagged with the protocol number unless it already is. */
    static String subject(String threadSubject, String protocolNumber) {
        String subject = Objects.requireNonNullElse(HeaderText.clean(threadSubject), "");
        if (!REPLY_PREFIX.matcher(subject).lookingAt()) {
            subject = ("Re: " + subject).strip();
        }
        String number = HeaderText.clean(protocolNumber);
        if (number != null && !number.isEmpty() && !subject.contains(number)) {
            subject = subject + " [" + number + "]";
        }
        return subject;
    }

    /** An id as the hint keeps it (bare; bracketed is taken too) in angle brackets; null when it is no usable id. */
    static String bracketed(String id) {
        if (id == null) {
            return null;
        }
        String bare = id.strip();
        if (bare.length() >= 2 && bare.startsWith("<") && bare.endsWith(">")) {
            bare = bare.substring(1, bare.length() - 1).strip();
        }
        return BARE_ID.matcher(bare).matches() ? "<" + bare + ">" : null;
    }

    private static void thread(MimeMessage mail, ReplyHint.Email hint) throws MessagingException {
        String inReplyTo = bracketed(hint.inReplyTo());
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", inReplyTo);
        }
        List<String> references = new ArrayList<>();
        for (String id : hint.references()) {
            String reference = bracketed(id);
            if (reference != null) {
                references.add(reference);
            }
        }
        if (!references.isEmpty()) {
            // a long thread makes a long line: folded between ids, as lines must stay under 998 characters
            mail.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", references)));
        }
    }

    /** Plain text alone; with files, a multipart/mixed of the text first and each file as an attachment. */
    private static void body(MimeMessage mail, ReplyContent content) throws MessagingException {
        if (content.attachments().isEmpty()) {
            mail.setText(content.text(), UTF_8);
            return;
        }
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), UTF_8);
        parts.addBodyPart(text);
        for (int i = 0; i < content.attachments().size(); i++) {
            parts.addBodyPart(attachment(content.attachments().get(i), i + 1));
        }
        mail.setContent(parts);
    }

    private static MimeBodyPart attachment(Attachment file, int number) throws MessagingException {
        if (file.content() == null) {
            throw new MessagingException("attachment " + number + " is a link, not a file: a mail can only carry files");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(file.content());
        } catch (IllegalArgumentException notBase64) {
            throw new MessagingException("attachment " + number + " has content that is not base64");
        }
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, contentType(file.contentType()))));
        part.setDisposition(Part.ATTACHMENT);
        String name = HeaderText.clean(file.name());
        if (name != null && !name.isEmpty()) {
            part.setFileName(name);
        }
        return part;
    }

    /** The declared type, re-written by the parser so that nothing but a type and its parameters reaches the header. */
    private static String contentType(String declared) {
        String type = HeaderText.clean(declared);
        if (type == null || type.isEmpty()) {
            return UNKNOWN_TYPE;
        }
        try {
            return new ContentType(type).toString();
        } catch (ParseException notAType) {
            return UNKNOWN_TYPE;
        }
    }

    /** Keeps the Message-ID we chose: a plain MimeMessage replaces it with one of its own when it is saved. */
    private static final class OwnIdMessage extends MimeMessage {

        private final String messageId;

        OwnIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }
}

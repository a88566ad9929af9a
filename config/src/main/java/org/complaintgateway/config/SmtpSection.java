package org.complaintgateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * An e-mail channel's optional {@code smtp} map: where replies are sent from. Only {@code host} is required; the
 * rest falls back on the channel's own keys, and {@code from} must be an address the loop filter knows as ours.
 */
final class SmtpSection {
    static final Key<String> HOST = Key.required("host", Scalars.HOST);
    static final Key<Integer> PORT = Key.optional("port", Scalars.PORT, null); // null: the security's port
    static final Key<SmtpSecurity> SECURITY = Key.optional("security", Scalars.oneOf(SmtpSecurity.class),
            SmtpSecurity.STARTTLS);
    static final Key<String> USER = Key.optional("user", Scalars.singleLine("a user name (not empty, on one line)"),
            null);
    static final Key<Secret> PASSWORD = Key.optional("password", Scalars.SECRET, null);
    static final Key<String> FROM = Key.optional("from", Scalars.EMAIL_ADDRESS, null);
    static final Key<String> MESSAGE_ID_DOMAIN = Key.optional("messageIdDomain", Scalars.DOMAIN_NAME, null);
    static final Key<Duration> TIMEOUT = Key.optional("timeout", Scalars.DURATION, null);

    static final Section SECTION = Section.of(HOST, PORT, SECURITY, USER, PASSWORD, FROM, MESSAGE_ID_DOMAIN, TIMEOUT);

    private SmtpSection() {
    }

    /**
     * {@code channel} is the e-mail channel holding the section, whose login, password and timeout are the defaults;
     * null when there is no address to send from, which is reported.
     */
    static SmtpSettings build(Values smtp, Values channel, Cursor cursor) {
        String from = from(smtp, channel, cursor);
        if (from == null) {
            return null;
        }
        SmtpSecurity security = smtp.get(SECURITY);
        return new SmtpSettings(smtp.get(HOST), smtp.isWritten(PORT) ? smtp.get(PORT) : security.defaultPort(),
                security, smtp.isWritten(USER) ? smtp.get(USER) : channel.get(EmailChannelType.USER),
                smtp.isWritten(PASSWORD) ? smtp.get(PASSWORD) : channel.get(EmailChannelType.PASSWORD), from,
                smtp.isWritten(MESSAGE_ID_DOMAIN) ? smtp.get(MESSAGE_ID_DOMAIN) : domainOf(from),
                smtp.isWritten(TIMEOUT) ? smtp.get(TIMEOUT) : channel.get(EmailChannelType.TIMEOUT));
    }

    /** The written address, else the first written own address, else the login when it is an address. */
    private static String from(Values smtp, Values channel, Cursor cursor) {
        Cursor at = cursor.child(FROM.name());
        boolean ownWritten = channel.isWritten(EmailChannelType.OWN_ADDRESSES);
        List<String> own = ownWritten ? channel.get(EmailChannelType.OWN_ADDRESSES) : List.of();
        String user = channel.get(EmailChannelType.USER);
        String from = smtp.isWritten(FROM) ? smtp.get(FROM)
                : !own.isEmpty() ? own.get(0)
                : Scalars.EMAIL_ADDRESS_FORM.matcher(user).matches() ? user : null;
        if (from == null) {
            at.fail(smtp.where(FROM), "required here: user '" + user + "' is not an e-mail address and ownAddresses "
                    + (ownWritten ? "is empty, so there is no address to send replies from; add it to ownAddresses "
                    : "is not written, so there is no address to send replies from; write it ")
                    + "(the address customers write to)");
            return null;
        }
        // the loop filter knows our own mail by ownAddresses; left out, they take from in (EmailChannelType)
        if (ownWritten && own.stream().noneMatch(from::equalsIgnoreCase)) {
            at.fail(smtp.where(FROM), (smtp.isWritten(FROM) ? "must be one of ownAddresses ("
                    : "defaults to user " + from + ", which is not one of ownAddresses (")
                    + (own.isEmpty() ? "none" : String.join(", ", own)) + "): the loop filter knows our own mail by "
                    + "them, so a reply that came back from another address would be taken for a new complaint; add "
                    + from + " to ownAddresses" + (own.isEmpty() ? "" : " or send from one of them"));
            return null;
        }
        return from;
    }

    /** The domain replies' Message-IDs end in when {@code messageIdDomain} is left out. */
    private static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}

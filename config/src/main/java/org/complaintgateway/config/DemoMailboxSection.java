package org.complaintgateway.config;

import java.util.regex.Pattern;

/** The optional {@code demoMailbox} section: an embedded loopback mail server to try the e-mail channel with. */
final class DemoMailboxSection {
    // a dot-atom local part on any domain, single labels included: the demo server takes mail for support@localhost
    private static final Pattern ADDRESS_FORM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    static final Key<Integer> SMTP_PORT = Key.optional("smtpPort", Scalars.PORT, 2525);
    static final Key<Integer> IMAP_PORT = Key.optional("imapPort", Scalars.PORT, 1143);
    static final Key<String> ADDRESS = Key.optional("address",
            Scalars.text(ADDRESS_FORM, "an e-mail address such as support@localhost"), "support@localhost");
    static final Key<Secret> PASSWORD = Key.required("password", Scalars.SECRET);

    static final Section SECTION = Section.of(SMTP_PORT, IMAP_PORT, ADDRESS, PASSWORD);

    private DemoMailboxSection() {
    }

    /** {@code gateway} is the {@code gateway} section, whose ports the mail server must leave free. */
    static DemoMailboxSettings build(Values values, Values gateway, Cursor cursor) {
        // compared only when every port was read: a fallback standing in for a wrong value would clash falsely
        if (values.complete() && gateway.complete()) {
            checkFree(values, SMTP_PORT, cursor, "gateway.port", gateway.get(GatewaySection.PORT));
            checkFree(values, SMTP_PORT, cursor, "gateway.managementPort", gateway.get(GatewaySection.MANAGEMENT_PORT));
            checkFree(values, IMAP_PORT, cursor, "smtpPort", values.get(SMTP_PORT));
            checkFree(values, IMAP_PORT, cursor, "gateway.port", gateway.get(GatewaySection.PORT));
            checkFree(values, IMAP_PORT, cursor, "gateway.managementPort", gateway.get(GatewaySection.MANAGEMENT_PORT));
        }
        return new DemoMailboxSettings(values.get(SMTP_PORT), values.get(IMAP_PORT), values.get(ADDRESS),
                values.get(PASSWORD));
    }

    private static void checkFree(Values values, Key<Integer> key, Cursor cursor, String takenBy, int taken) {
        if (values.get(key) == taken) {
            cursor.child(key.name()).fail(values.where(key), "must differ from " + takenBy + " " + taken);
        }
    }
}

package org.complaintgateway.gateway;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.camel.support.service.ServiceSupport;
import org.complaintgateway.config.DemoMailboxSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded demo mail server (GreenMail): SMTP and IMAP on loopback, one mailbox, mail kept in memory. */
final class DemoMailbox extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMailbox.class);
    private static final long STARTUP_TIMEOUT_MILLIS = 10_000;

    private final DemoMailboxSettings settings;
    private final GreenMail greenMail;

    DemoMailbox(DemoMailboxSettings settings) {
        this.settings = settings;
        this.greenMail = new GreenMail(new ServerSetup[] {
            setup(settings.smtpPort(), ServerSetup.PROTOCOL_SMTP), setup(settings.imapPort(), ServerSetup.PROTOCOL_IMAP)
        });
    }

    @Override
    protected void doStart() {
        try {
            greenMail.start();
        } catch (IllegalStateException e) {
            greenMail.stop(); // the server that did start
            // GreenMail reports a port already in use as a startup timeout: name the likelier cause and the keys
            throw new IllegalStateException("the demo mailbox cannot listen on " + DemoMailboxSettings.HOST + ":"
                    + settings.smtpPort() + " (smtpPort) and " + DemoMailboxSettings.HOST + ":" + settings.imapPort()
                    + " (imapPort); is one of them in use? Change demoMailbox.smtpPort or imapPort. GreenMail says: "
                    + e.getMessage(), e);
        }
        // the address is also the login, so the demo channel's user is the address mail is sent to
        greenMail.setUser(settings.address(), settings.address(), settings.password().reveal());
        LOG.info("Demo mailbox {}: SMTP on {}:{}, IMAP on {}:{} (loopback only, mail kept in memory; not for production)",
                settings.address(), DemoMailboxSettings.HOST, settings.smtpPort(), DemoMailboxSettings.HOST,
                settings.imapPort());
    }

    @Override
    protected void doStop() {
        greenMail.stop();
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, DemoMailboxSettings.HOST, protocol);
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        return setup;
    }
}

package org.complaintgateway.routes.email;

import jakarta.mail.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.complaintgateway.config.EmailChannelConfig;

/**
 * The Jakarta Mail session of one e-mail channel: its timeouts, and for TLS the JVM's trusted authorities plus the
 * channel's own {@code trustCertificate}. Built here rather than from endpoint options so that no option (and no
 * password) has to travel through a Camel URI.
 */
final class MailSessions {

    private MailSessions() {
    }

    static Session create(EmailChannelConfig channel) {
        String protocol = channel.protocol().camelScheme();
        String millis = Long.toString(channel.timeout().toMillis());
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".host", channel.host());
        properties.put("mail." + protocol + ".port", Integer.toString(channel.port()));
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        // the journal wants the whole mail anyway: one FETCH instead of one per 16 KB (a 3 MB mail: 190 round trips)
        properties.put("mail." + protocol + ".partialfetch", "false");
        if (channel.protocol().tls()) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
            if (channel.trustCertificate() != null) {
                properties.put("mail." + protocol + ".ssl.socketFactory", trusting(channel).getSocketFactory());
            }
        }
        return Session.getInstance(properties);
    }

    /** Trusts what the JVM trusts and the channel's certificate besides, for a server with a self-signed one. */
    private static SSLContext trusting(EmailChannelConfig channel) {
        try (InputStream pem = Files.newInputStream(channel.trustCertificate())) {
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                extra.setCertificateEntry("trusted-" + index++, certificate);
            }
            if (index == 0) {
                throw new IllegalStateException("channel '" + channel.id() + "': trustCertificate "
                        + channel.trustCertificate() + " holds no PEM certificate");
            }
            X509TrustManager own = trustManager(extra);
            X509TrustManager jvm = trustManager(null);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(own, jvm)}, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("channel '" + channel.id() + "': cannot read trustCertificate "
                    + channel.trustCertificate() + ": " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    /** A server is trusted when the channel's certificate or the JVM's authorities vouch for it. */
    private record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            second.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException notOurs) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}

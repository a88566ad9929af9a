package org.complaintgateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintgateway.config.ConfigLoader;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.mappings.email.AttachmentFile;
import org.complaintgateway.mappings.email.AttachmentLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links only where they can work: an HTTP downstream with a secret to sign them; every file inline otherwise. */
class AttachmentLinkingTest {

    private static final String MAILBOX = "channels:\n  - id: support-mail\n    type: email\n    protocol: imap\n"
            + "    host: 127.0.0.1\n    port: 3143\n    user: support\n    password: ${env:MAIL_PASSWORD}\n";
    private static final int LARGE = 2 << 20;

    @TempDir
    Path dir;

    @Test
    void anHttpDownstreamWithASigningSecretGetsLargeFilesByLink() throws Exception {
        AttachmentLinks links = linksOf("gateway:\n  publicUrl: https://complaints.example.com/\n"
                + "downstream:\n  type: http\n  url: https://crm.example.com/in\n  signingSecret: ${env:SIGNING}\n");

        assertThat(links.linkFor("c1", 0, file(LARGE))).startsWith("https://complaints.example.com/api/v1/complaints/c1/attachments/0?signature=");
        assertThat(links.linkFor("c1", 0, file(1 << 20))).isNull();
    }

    @Test
    void withoutASigningSecretEveryFileIsInline() throws Exception {
        assertThat(linksOf("downstream:\n  type: http\n  url: https://crm.example.com/in\n").linkFor("c1", 0, file(LARGE)))
                .isNull();
    }

    @Test
    void aLocalDownstreamGetsEveryFileInline() throws Exception {
        assertThat(linksOf("downstream:\n  type: local\n  signingSecret: ${env:SIGNING}\n").linkFor("c1", 0, file(LARGE)))
                .isNull();
    }

    private static AttachmentFile file(int size) {
        return new AttachmentFile("photo.jpg", "image/jpeg", new byte[size]);
    }

    private AttachmentLinks linksOf(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("gateway.yaml"), yaml + MAILBOX);
        GatewayConfig config = new ConfigLoader(name -> switch (name) {
            case "SIGNING" -> "fake-signing-secret";
            case "MAIL_PASSWORD" -> "fake-mail-password";
            default -> null;
        }).load(file);
        return AttachmentLinking.of(config).links();
    }
}

package org.complaintgateway.gateway;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.main.Main;
import org.complaintgateway.config.DownstreamSettings;
import org.complaintgateway.config.DownstreamType;
import org.complaintgateway.config.EmailChannelConfig;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.mappings.email.AttachmentLinks;
import org.complaintgateway.mappings.email.EmailMappingSettings;
import org.complaintgateway.routes.email.AttachmentDownloadRoute;
import org.complaintgateway.routes.email.AttachmentDownloads;
import org.complaintgateway.routes.email.EmailMapping;
import org.complaintgateway.routes.email.SignedAttachmentLinks;
import org.complaintgateway.routes.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail attachments over {@code downstream.inlineAttachmentsUpTo} go to an HTTP downstream as signed links, which
 * the gateway serves; a local downstream, or one without a signing secret to sign links with, gets every file inline.
 */
final class AttachmentLinking {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentLinking.class);

    private final SignedAttachmentLinks links;

    private AttachmentLinking(SignedAttachmentLinks links) {
        this.links = links;
    }

    static AttachmentLinking of(GatewayConfig config) {
        DownstreamSettings downstream = config.downstream();
        boolean email = config.channels().stream().anyMatch(EmailChannelConfig.class::isInstance);
        if (!email || !downstream.linksAttachments()) {
            if (email && downstream.type() == DownstreamType.HTTP) {
                LOG.info("downstream.signingSecret is not set, so no attachment can go by signed link: every e-mail "
                        + "attachment is sent inline, whatever its size");
            }
            return new AttachmentLinking(null);
        }
        return new AttachmentLinking(new SignedAttachmentLinks(config.gateway().linkBase(),
                downstream.signingSecret().reveal(), downstream.inlineAttachmentsUpTo()));
    }

    /** What the e-mail mappers are given. */
    AttachmentLinks links() {
        return links != null ? links : AttachmentLinks.NONE;
    }

    /** The route that serves the linked files, when there can be any. */
    void addRoute(Main main, Store store, Map<String, EmailMapping> emailMappings) {
        if (links == null) {
            return;
        }
        Map<String, EmailMappingSettings> channels = emailMappings.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().settings()));
        main.configure().addRoutesBuilder(new AttachmentDownloadRoute(new AttachmentDownloads(store, links, channels)));
    }
}

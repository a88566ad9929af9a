package org.complaintgateway.config;

import java.time.Duration;
import java.util.List;

/**
 * A {@code type: webform} channel: the HTML complaint form and the JSON API.
 *
 * @param id                 channel id
 * @param path               where the HTML form is served (default {@code /})
 * @param apiPath            the JSON API path (default {@code /api/v1/complaints})
 * @param languages          form languages offered (default [en, it])
 * @param defaultLanguage    used when Accept-Language matches none (default en)
 * @param maxBodyBytes       largest request body accepted, else 413 (YAML {@code maxBodySize}, default 10MB)
 * @param maxAttachmentBytes largest attachment accepted, else 400 (YAML {@code maxAttachmentSize}, default 5MB)
 * @param minFillTime        a form submitted faster than this is taken for a bot (default 3s)
 * @param perIp              rate limit per client address (default 20 per 1m)
 * @param perSender          rate limit per sender e-mail (default 5 per 1m)
 */
public record WebformChannelConfig(String id, String path, String apiPath, List<String> languages,
                                   String defaultLanguage, long maxBodyBytes, long maxAttachmentBytes,
                                   Duration minFillTime, RateLimit perIp, RateLimit perSender)
        implements ChannelConfig {

    public WebformChannelConfig {
        languages = List.copyOf(languages);
    }

    @Override
    public String type() {
        return "webform";
    }
}

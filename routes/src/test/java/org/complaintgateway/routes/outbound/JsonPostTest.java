package org.complaintgateway.routes.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.complaintgateway.config.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A provider that cannot be reached, or does not answer in time, is retried, and no outcome ever carries the secret,
 * wherever the text came from (the provider's answer, the HTTP client's exception, a URL that holds the token).
 */
class JsonPostTest {

    private static final String TOKEN = "fake-bot-token";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final JsonPost post = new JsonPost("Telegram", new Secret("${env:TOKEN}", TOKEN), Duration.ofMillis(300));

    @Test
    void aProviderThatCannotBeReachedIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        SendOutcome outcome = post.send("http://127.0.0.1:" + closedPort + "/bot" + TOKEN + "/sendMessage", Map.of(),
                JsonPost.json().createObjectNode(), answer -> new SendOutcome.Sent("never"));

        assertThat(outcome).isInstanceOf(SendOutcome.Retry.class);
        assertThat(((SendOutcome.Retry) outcome).reason()).startsWith("Telegram unreachable").doesNotContain(TOKEN);
    }

    @Test
    void aProviderSlowerThanTheTimeoutIsRetried() {
        api.stubFor(post(urlEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(2_000)));

        SendOutcome outcome = post.send(api.baseUrl() + "/slow", Map.of(), JsonPost.json().createObjectNode(),
                answer -> new SendOutcome.Sent("too late"));

        assertThat(outcome).isEqualTo(new SendOutcome.Retry("Telegram did not answer within PT0.3S", null));
    }

    @Test
    void aUrlThatIsNoUriFailsWithoutQuotingTheToken() {
        SendOutcome outcome = post.send("http://127.0.0.1/bot" + TOKEN + " with spaces/sendMessage", Map.of(),
                JsonPost.json().createObjectNode(), answer -> new SendOutcome.Sent("never"));

        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        assertThat(((SendOutcome.Failed) outcome).reason()).doesNotContain(TOKEN).contains("<token>");
    }

    @Test
    void anAnswerThatIsNotJsonReachesTheClassifierAsAMissingBody() {
        api.stubFor(post(urlEqualTo("/html")).willReturn(okJson("<html>maintenance</html>").withStatus(503)));

        SendOutcome outcome = post.send(api.baseUrl() + "/html", Map.of(), JsonPost.json().createObjectNode(),
                answer -> new SendOutcome.Failed(answer.status() + " missing=" + answer.body().isMissingNode()));

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("503 missing=true"));
    }
}

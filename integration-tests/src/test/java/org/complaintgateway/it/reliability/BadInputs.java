package org.complaintgateway.it.reliability;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole run's bad inputs, in one seeded order across the channels (mails among the requests, so that every
 * channel is busy at once), each made just before it is handed on: a Slack signature is made at its sending time.
 */
final class BadInputs {

    private final Seed seed;
    private final Map<String, Integer> httpInputs;
    private final int mails;
    private final Function<String, URI> urls;

    /** {@code httpInputs}: how many per channel id; {@code urls}: where each channel is posted to. */
    BadInputs(Seed seed, Map<String, Integer> httpInputs, int mails, Function<String, URI> urls) {
        this.seed = seed;
        this.httpInputs = Map.copyOf(httpInputs);
        this.mails = mails;
        this.urls = urls;
    }

    void generate(Consumer<BadInput> requests, Consumer<MailInputs.Mail> mailbox) {
        WebformInputs webform = new WebformInputs(urls.apply(EveryChannelGateway.WEBFORM), seed.streamFor("webform"));
        Map<String, WebhookInputs> webhooks = Map.of(
                EveryChannelGateway.WEBHOOK, webhook(EveryChannelGateway.WEBHOOK, SenderProof.HMAC_HEADER),
                EveryChannelGateway.WHATSAPP, webhook(EveryChannelGateway.WHATSAPP, SenderProof.META),
                EveryChannelGateway.MESSENGER, webhook(EveryChannelGateway.MESSENGER, SenderProof.META),
                EveryChannelGateway.INSTAGRAM, webhook(EveryChannelGateway.INSTAGRAM, SenderProof.META),
                EveryChannelGateway.SLACK, webhook(EveryChannelGateway.SLACK, SenderProof.SLACK));
        MailInputs mail = new MailInputs(seed.streamFor("mail"));
        List<String> schedule = schedule();
        for (int number = 0; number < schedule.size(); number++) {
            String channel = schedule.get(number);
            if (channel.equals(EveryChannelGateway.EMAIL)) {
                mailbox.accept(mail.next(number));
            } else {
                requests.accept(channel.equals(EveryChannelGateway.WEBFORM) ? webform.next(number)
                        : webhooks.get(channel).next(number));
            }
        }
    }

    private WebhookInputs webhook(String channelId, SenderProof proof) {
        return new WebhookInputs(channelId, urls.apply(channelId), proof, seed.streamFor(channelId));
    }

    /** One channel id per input, shuffled (Fisher-Yates) with the seed's own stream. */
    private List<String> schedule() {
        List<String> schedule = new ArrayList<>();
        httpInputs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> schedule.addAll(Collections.nCopies(entry.getValue(), entry.getKey())));
        schedule.addAll(Collections.nCopies(mails, EveryChannelGateway.EMAIL));
        SplittableRandom random = seed.streamFor("order");
        for (int i = schedule.size() - 1; i > 0; i--) {
            Collections.swap(schedule, i, random.nextInt(i + 1));
        }
        return schedule;
    }
}

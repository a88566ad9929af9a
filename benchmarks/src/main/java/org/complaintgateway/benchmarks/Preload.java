package org.complaintgateway.benchmarks;

import java.util.Locale;

/**
 * What was put upstream before a drain, in {@code seconds}: {@code messages} mails of {@code bytes} raw bytes in all
 * into a mailbox, or {@code messages} updates into the fake Bot API, whose files to download weigh {@code bytes}.
 */
record Preload(int messages, long bytes, double seconds) {

    /** Fills {@code mailbox} with every mail of {@code corpus}, in order. */
    static Preload fill(BenchMailbox mailbox, MailCorpus corpus) {
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < corpus.size(); i++) {
            byte[] mail = corpus.mail(i);
            mailbox.deliver(mail);
            bytes += mail.length;
        }
        return new Preload(corpus.size(), bytes, (System.nanoTime() - start) / 1e9);
    }

    String describe() {
        return String.format(Locale.ROOT, "%d mails, %.1f MB, preloaded in %.1f s", messages, bytes / (double) (1 << 20),
                seconds);
    }
}

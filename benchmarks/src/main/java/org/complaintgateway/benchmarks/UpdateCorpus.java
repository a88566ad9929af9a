package org.complaintgateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.complaintgateway.it.telegram.FakeTelegramBotApi;
import org.complaintgateway.it.telegram.TelegramUpdates;

/**
 * A bot's backlog of complaints, seeded: private-chat text messages of 5 to 60 words from 2,000 invented customers,
 * and {@code photoShare} of them (5 % by default) a photo with such a caption instead. A photo comes in the four sizes
 * Telegram sends (1.3 KB to 137 KB as the fake's template declares them), each registered in the fake; the largest,
 * the one a client downloads, is that many random bytes behind a JPEG header. The same seed gives the same mix, texts,
 * people and bytes; update and message ids come from the fake and the builder, so they are the same too.
 */
final class UpdateCorpus {

    /** The two kinds of update of the mix. */
    enum Kind { TEXT, PHOTO }

    private static final long FIRST_CUSTOMER = 555_100_001L;
    private static final int CUSTOMERS = 2_000;
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    private final long seed;
    private final List<Kind> kinds;

    private UpdateCorpus(long seed, List<Kind> kinds) {
        this.seed = seed;
        this.kinds = kinds;
    }

    /** {@code updates} updates, {@code photoShare} of them photos, in a seeded order. */
    static UpdateCorpus of(int updates, double photoShare, long seed) {
        int photos = (int) Math.round(updates * photoShare);
        List<Kind> kinds = new ArrayList<>(Collections.nCopies(updates, Kind.TEXT));
        for (int i = 0; i < photos; i++) {
            kinds.set(i, Kind.PHOTO);
        }
        Collections.shuffle(kinds, new Random(seed));
        return new UpdateCorpus(seed, List.copyOf(kinds));
    }

    int size() {
        return kinds.size();
    }

    Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, Collections.frequency(kinds, kind));
        }
        return counts;
    }

    /**
     * Registers every photo's files with {@code fake} and queues every update there, in order. {@link Preload#bytes}:
     * what the largest photo sizes, the files a client downloads, weigh together.
     */
    Preload loadInto(FakeTelegramBotApi fake) {
        long start = System.nanoTime();
        // java.util.Random's first outputs for neighbouring seeds are nearly equal: let SplittableRandom mix the seed
        Random random = new Random(new SplittableRandom(seed).nextLong());
        TelegramUpdates updates = new TelegramUpdates();
        long bytes = 0;
        for (int i = 0; i < kinds.size(); i++) {
            long customer = FIRST_CUSTOMER + random.nextInt(CUSTOMERS);
            String text = CorpusText.line(random, 5 + random.nextInt(56));
            if (kinds.get(i) == Kind.TEXT) {
                fake.enqueue(updates.text(customer, customer, text));
            } else {
                ObjectNode photo = updates.photo(customer, customer, text,
                        "photo-" + i + "-s", "photo-" + i + "-m", "photo-" + i + "-x", "photo-" + i + "-y");
                bytes += registerSizes(fake, photo.at("/message/photo"), i, random);
                fake.enqueue(photo);
            }
        }
        return new Preload(kinds.size(), bytes, (System.nanoTime() - start) / 1e9);
    }

    /** Registers each size of photo {@code index} as big as it declares; returns the largest's bytes. */
    private static long registerSizes(FakeTelegramBotApi fake, JsonNode sizes, int index, Random random) {
        int largest = sizes.size() - 1;
        for (int k = 0; k < largest; k++) {
            JsonNode size = sizes.get(k);
            fake.registerFileOfSize(size.get("file_id").asText(), size.get("file_unique_id").asText(),
                    "photos/file_" + index + "_" + k + ".jpg", size.get("file_size").asLong());
        }
        JsonNode original = sizes.get(largest);
        byte[] jpeg = new byte[original.get("file_size").asInt()];
        random.nextBytes(jpeg);
        System.arraycopy(JPEG_START, 0, jpeg, 0, JPEG_START.length);
        fake.registerFile(original.get("file_id").asText(), original.get("file_unique_id").asText(),
                "photos/file_" + index + ".jpg", jpeg);
        return jpeg.length;
    }
}

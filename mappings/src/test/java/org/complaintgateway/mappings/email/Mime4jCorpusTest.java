package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.MappingResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One malformed mail must never break the channel: every message of mime4j's own test corpus (broken boundaries,
 * bad headers, odd encodings, deep nesting) maps, is ignored or is quarantined within a bounded time, never
 * throws, and whatever maps validates against the schema. The tally is printed for the record.
 */
class Mime4jCorpusTest {

    private static final List<String> FOLDERS = List.of("testmsgs/", "mimetools-testmsgs/");
    private static final Duration PER_MAIL = Duration.ofSeconds(5);
    private static final Map<String, Integer> TALLY = Collections.synchronizedMap(new TreeMap<>());

    @TestFactory
    Stream<DynamicTest> everyCorpusMessageMapsIgnoresOrQuarantinesInTime() {
        List<String> messages = corpus();
        assertThat(messages).hasSizeGreaterThan(50);
        return messages.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            byte[] raw = Fixtures.bytes(name);
            MappingResult result = assertTimeoutPreemptively(PER_MAIL, () -> EmailMapper.map(
                    raw, EmailFixtures.IDENTITY, null, EmailFixtures.SETTINGS, ThreadLookup.NONE));
            if (result instanceof MappingResult.Mapped) {
                EmailFixtures.valid(result);
            }
            TALLY.merge(outcome(result), 1, Integer::sum);
        }));
    }

    @AfterAll
    static void printTally() {
        TALLY.forEach((outcome, count) -> System.out.println("mime4j corpus: " + count + " " + outcome));
    }

    /** "Mapped", or the kind of result with its reason (reasons never quote the mail). */
    private static String outcome(MappingResult result) {
        if (result instanceof MappingResult.Ignored ignored) {
            return "Ignored (" + ignored.reason() + ")";
        }
        if (result instanceof MappingResult.Quarantined quarantined) {
            return "Quarantined (" + quarantined.reason() + ")";
        }
        return "Mapped";
    }

    /** The .msg files of the corpus folders, read from the mime4j-core tests jar on the test classpath. */
    private static List<String> corpus() {
        URL anchor = Mime4jCorpusTest.class.getClassLoader().getResource("testmsgs/");
        assertThat(anchor).as("mime4j-core tests jar on the classpath").isNotNull();
        try {
            JarFile jar = ((JarURLConnection) anchor.openConnection()).getJarFile();
            List<String> names = new ArrayList<>();
            jar.stream().map(entry -> entry.getName())
                    .filter(name -> FOLDERS.stream().anyMatch(name::startsWith) && name.endsWith(".msg"))
                    .sorted()
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

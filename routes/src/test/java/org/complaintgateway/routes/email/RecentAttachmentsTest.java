package org.complaintgateway.routes.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.complaintgateway.mappings.email.AttachmentFile;
import org.junit.jupiter.api.Test;

/** Recent files are found by complaint and position; the bytes kept are bounded, and so is the time. */
class RecentAttachmentsTest {

    @Test
    void aRememberedFileIsFoundByItsComplaintAndPosition() {
        RecentAttachments recent = new RecentAttachments(1_000, Duration.ofMinutes(1));
        AttachmentFile file = file(100);

        recent.remember("c1", 2, file);

        assertThat(recent.find("c1", 2)).containsSame(file);
        assertThat(recent.find("c1", 1)).isEmpty();
        assertThat(recent.find("c2", 2)).isEmpty();
    }

    @Test
    void theNewestFilesAreKeptWithinTheBoundTheOldestGo() {
        RecentAttachments recent = new RecentAttachments(1_000, Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            recent.remember("c" + i, 0, file(400));
        }

        assertThat(recent.find("c4", 0)).isPresent();
        assertThat(recent.find("c3", 0)).isPresent();
        assertThat(recent.find("c2", 0)).isEmpty();
        assertThat(recent.find("c0", 0)).isEmpty();
    }

    @Test
    void aFileLargerThanTheBoundIsNotKept() {
        RecentAttachments recent = new RecentAttachments(1_000, Duration.ofMinutes(1));
        recent.remember("c1", 0, file(10));

        recent.remember("c2", 0, file(1_001));

        assertThat(recent.find("c2", 0)).isEmpty();
        assertThat(recent.find("c1", 0)).isPresent();
    }

    @Test
    void aFileIsForgottenAfterItsTime() {
        RecentAttachments recent = new RecentAttachments(1_000, Duration.ofMillis(50));
        recent.remember("c1", 0, file(10));

        await().atMost(Duration.ofSeconds(5)).until(() -> recent.find("c1", 0).isEmpty());
    }

    private static AttachmentFile file(int size) {
        return new AttachmentFile("photo.jpg", "image/jpeg", new byte[size]);
    }
}

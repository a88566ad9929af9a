package org.complaintgateway.mappings.telegram;

/**
 * A file a message carries, as the update declares it. {@code fileId} is what getFile wants, {@code fileUniqueId} is
 * stable across bots and time; {@code declaredSize} is the update's {@code file_size}, null when not given;
 * {@code kind} is the message field it came from: photo, document, voice, audio, video, video_note or animation.
 */
public record FileRef(String fileId, String fileUniqueId, Long declaredSize, String kind) {
}

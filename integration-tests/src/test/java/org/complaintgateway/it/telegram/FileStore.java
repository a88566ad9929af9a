package org.complaintgateway.it.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Telegram's file storage as the bot sees it: files the test registered, a path handed out by getFile for each, and
 * the bytes served at that path. As the real API, only a path getFile handed out can be downloaded, and getFile
 * refuses files over 20 MB ("bots can download files of up to 20MB in size").
 */
final class FileStore {

    static final long MAX_DOWNLOAD_SIZE = 20L << 20;

    /** A registered file; without {@code bytes} it serves {@code size} zero bytes, to fake big files cheaply. */
    record RegisteredFile(String fileId, String fileUniqueId, String filePath, long size, byte[] bytes) {

        void writeTo(OutputStream out) throws IOException {
            if (bytes != null) {
                out.write(bytes);
                return;
            }
            byte[] zeros = new byte[64 * 1024];
            for (long left = size; left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        }
    }

    private final Map<String, RegisteredFile> byId = new ConcurrentHashMap<>();
    private final Map<String, RegisteredFile> handedOut = new ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();

    void register(RegisteredFile file) {
        if (file.filePath().startsWith("/") || file.filePath().contains("..")) {
            throw new IllegalArgumentException("a file_path is relative, like photos/file_1.jpg");
        }
        byId.put(file.fileId(), file);
    }

    /** getFile: the file, its path from now on downloadable. */
    RegisteredFile handOut(String fileId) {
        RegisteredFile file = byId.get(fileId);
        if (file == null) {
            throw BotApiError.badRequest("invalid file_id");
        }
        if (file.size() > MAX_DOWNLOAD_SIZE) {
            throw BotApiError.badRequest("file is too big");
        }
        handedOut.put(file.filePath(), file);
        return file;
    }

    Optional<RegisteredFile> download(String filePath) {
        Optional<RegisteredFile> file = Optional.ofNullable(handedOut.get(filePath));
        file.ifPresent(found -> downloads.add(filePath));
        return file;
    }

    List<String> downloads() {
        return List.copyOf(downloads);
    }
}

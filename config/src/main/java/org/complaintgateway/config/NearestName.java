package org.complaintgateway.config;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name an unknown one was most likely meant to be: at most two edits away, or a prefix of it. */
final class NearestName {
    private static final int MAX_EDITS = 2;

    private NearestName() {
    }

    static Optional<String> among(String unknown, Collection<String> known) {
        String typed = unknown.toLowerCase();
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : known) {
            int distance = editDistance(typed, candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return known.stream()
                .filter(candidate -> candidate.toLowerCase().startsWith(typed) || typed.startsWith(candidate.toLowerCase()))
                .findFirst();
    }

    /** Levenshtein distance, two rows at a time. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package vn.provportal.deploy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a node wrote to its log from a point on, kept to its warnings and errors with the lines that follow them. */
final class NodeLog {

    private NodeLog() {
    }

    /**
     * The records of level WARNING or SEVERE written to {@code log} after byte {@code from} (from its start if the log
     * was rotated meanwhile), each with its stack trace: the last {@code limit} lines of them.
     */
    static List<String> warningsSince(Path log, long from, int limit) {
        List<String> lines = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = file.length() < from ? 0 : from;
            byte[] tail = new byte[(int) Math.min(file.length() - start, 8L << 20)];
            file.seek(file.length() - tail.length);
            file.readFully(tail);
            boolean inRecord = false;
            for (String line : new String(tail, StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("[20")) {
                    inRecord = line.contains("WARNING") || line.contains("SEVERE");
                }
                if (inRecord) {
                    lines.add(line.replaceAll("\u001b\\[[0-9;]*m", ""));
                }
            }
        } catch (IOException e) {
            lines.add("(the node's log could not be read: " + e.getMessage() + ")");
        }
        return lines.subList(Math.max(0, lines.size() - limit), lines.size());
    }
}

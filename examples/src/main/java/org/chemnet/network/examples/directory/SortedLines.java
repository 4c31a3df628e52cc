package org.chemnet.network.examples.directory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Lines of a page sorted by a key, in bounded memory: up to {@value #IN_MEMORY} are kept and sorted in memory, and past
 * that each full batch is sorted and spilled to a temporary file, and the files are merged when the lines are written.
 * A key and its line are single lines of text (line breaks become spaces). Not thread-safe; close it to delete the
 * files.
 */
final class SortedLines implements AutoCloseable {
    static final int IN_MEMORY = 20_000;

    private record Entry(String key, String line) {}

    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::key).thenComparing(Entry::line);

    private final List<Entry> batch = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long size;

    /**
     * Adds a line.
     *
     * @param key what the line is sorted by
     * @param line the line
     */
    void add(String key, String line) {
        batch.add(new Entry(oneLine(key), oneLine(line)));
        size++;
        if (batch.size() == IN_MEMORY) {
            spill();
        }
    }

    /** How many lines were added. */
    long size() {
        return size;
    }

    /**
     * Writes every line in the order of their keys, each followed by a line break.
     *
     * @param out where to
     * @throws IOException if writing or reading a spilled batch fails
     */
    void writeTo(Writer out) throws IOException {
        batch.sort(ORDER);
        List<BufferedReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, ORDER));
            for (Path run : runs) {
                BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(reader);
                next(reader).ifPresent(e -> heads.add(new Head(e, reader)));
            }
            int inMemory = 0;
            while (!heads.isEmpty() || inMemory < batch.size()) {
                boolean fromMemory = heads.isEmpty()
                        || (inMemory < batch.size()
                                && ORDER.compare(
                                                batch.get(inMemory),
                                                heads.peek().entry())
                                        <= 0);
                if (fromMemory) {
                    out.write(batch.get(inMemory++).line());
                } else {
                    Head head = heads.poll();
                    out.write(head.entry().line());
                    next(head.reader()).ifPresent(e -> heads.add(new Head(e, head.reader())));
                }
                out.write('\n');
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        runs.clear();
    }

    private record Head(Entry entry, BufferedReader reader) {}

    private static java.util.Optional<Entry> next(BufferedReader reader) throws IOException {
        String key = reader.readLine();
        String line = reader.readLine();
        return key == null || line == null ? java.util.Optional.empty() : java.util.Optional.of(new Entry(key, line));
    }

    private void spill() {
        batch.sort(ORDER);
        try {
            Path run = Files.createTempFile("chemnet-directory", ".lines");
            runs.add(run);
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (Entry e : batch) {
                    w.write(e.key());
                    w.write('\n');
                    w.write(e.line());
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
    }
}

package org.chemnet.network;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the bounded-heap demonstrations share: the peak heap used since a reset, a stream that counts and keeps
 * nothing, and a run of a demonstration in a forked JVM with a heap of its own.
 */
public final class HeapProbe {
    private HeapProbe() {}

    /** Collects garbage and starts the peaks of the heap's pools again from what is used now. */
    public static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The peak heap used since the last reset: the sum of each pool's peak, which may be more than was used at once.
     *
     * @return the bytes
     */
    public static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** A stream that counts what is written and keeps nothing. */
    public static final class Counting extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        /** How many bytes were written. */
        public long bytes() {
            return bytes;
        }
    }

    /**
     * What a forked run printed.
     *
     * @param exitValue the process's exit value
     * @param output what it printed, standard error included
     */
    public record Run(int exitValue, String output) {}

    /**
     * Runs a main class in a JVM of its own, on this JVM's class path, with a heap limit, and waits at most ten
     * minutes for it.
     *
     * @param heap the limit, such as {@code -Xmx64m}
     * @param main the class
     * @param args its arguments
     * @return what it printed, and how it ended
     * @throws IOException if the process cannot be started
     * @throws InterruptedException if the wait is interrupted
     * @throws IllegalStateException if it runs longer than ten minutes
     */
    public static Run fork(String heap, Class<?> main, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(List.of(java, heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " ran longer than ten minutes:\n" + output);
        }
        System.out.println(output.strip());
        return new Run(process.exitValue(), output);
    }
}

package org.chemnet.network.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a character writer (the command's standard output) as they come, so that a document of any
 * size passes through a buffer of 8 KB, not memory.
 */
final class WriterStream extends OutputStream {
    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterStream(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int at = off;
        int end = off + len;
        while (at < end) {
            int n = Math.min(bytes.remaining(), end - at);
            bytes.put(b, at, n);
            at += n;
            decode(false);
        }
    }

    @Override
    public void flush() throws IOException {
        decode(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        out.flush();
    }

    private void decode(boolean last) throws IOException {
        bytes.flip();
        CoderResult result;
        do {
            result = decoder.decode(bytes, chars, last);
            chars.flip();
            out.write(chars.array(), chars.position(), chars.remaining());
            chars.clear();
        } while (result.isOverflow());
        bytes.compact();
    }
}

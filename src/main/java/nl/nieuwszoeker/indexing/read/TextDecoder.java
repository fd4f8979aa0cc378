package nl.nieuwszoeker.indexing.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text: UTF-8 when valid, else Windows-1252 (older Dutch news exports) with a warning. */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;

    /** The decoded text and, when the fallback was used, why. */
    record Decoded(String text, String warning) {}

    private TextDecoder() {}

    static Decoded decode(byte[] bytes) throws BadInput {
        if (bytes.length == 0) {
            throw new BadInput("empty file");
        }
        requireText(bytes);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Decoded decoded;
        try {
            decoded = new Decoded(strict.decode(in).toString(), null);
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes, start);
            String text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
            decoded = new Decoded(text, "not valid UTF-8 (first bad byte at offset " + offset
                    + "); read as Windows-1252");
        }
        if (decoded.text().isBlank()) {
            throw new BadInput("empty file (only white space)");
        }
        return decoded;
    }

    /** NUL bytes or many control characters in the first 8 KB mean this is no text file. */
    private static void requireText(byte[] bytes) throws BadInput {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new BadInput("binary file (contains NUL bytes)");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 10 > n) {
            throw new BadInput("binary file (" + control + " control bytes in the first " + n + ")");
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }
}

package com.judgmentday.audio;

/** Writes samples as a RIFF/WAVE file in memory: 16-bit signed little-endian PCM, mono, {@link Synth#RATE} Hz. */
public final class WavEncoder {
    /** Bytes before the first sample. */
    public static final int HEADER_BYTES = 44;
    private static final int BYTES_PER_SAMPLE = 2;

    private WavEncoder() {
    }

    /** Samples beyond [-1, 1] are held at the rail, so nothing wraps around. */
    public static byte[] encode(float[] samples) {
        int dataBytes = samples.length * BYTES_PER_SAMPLE;
        byte[] out = new byte[HEADER_BYTES + dataBytes];
        writeHeader(out, dataBytes);
        int at = HEADER_BYTES;
        for (float sample : samples) {
            int value = Math.round(Math.max(-1f, Math.min(1f, sample)) * Short.MAX_VALUE);
            int16(out, at, value);
            at += BYTES_PER_SAMPLE;
        }
        return out;
    }

    /**
     * True when the first {@code length} bytes are a whole WAV as {@link #encode} writes them: the header's
     * format is this encoder's and both of its lengths match.
     */
    static boolean wellFormed(byte[] bytes, int length) {
        if (length < HEADER_BYTES || length > bytes.length || (length - HEADER_BYTES) % BYTES_PER_SAMPLE != 0) {
            return false;
        }
        byte[] header = encodeHeader(length - HEADER_BYTES);
        for (int i = 0; i < HEADER_BYTES; i++) {
            if (bytes[i] != header[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] encodeHeader(int dataBytes) {
        byte[] out = new byte[HEADER_BYTES];
        writeHeader(out, dataBytes);
        return out;
    }

    private static void writeHeader(byte[] out, int dataBytes) {
        ascii(out, 0, "RIFF");
        int32(out, 4, 36 + dataBytes);
        ascii(out, 8, "WAVE");
        ascii(out, 12, "fmt ");
        int32(out, 16, 16);
        int16(out, 20, 1);
        int16(out, 22, 1);
        int32(out, 24, Synth.RATE);
        int32(out, 28, Synth.RATE * BYTES_PER_SAMPLE);
        int16(out, 32, BYTES_PER_SAMPLE);
        int16(out, 34, 16);
        ascii(out, 36, "data");
        int32(out, 40, dataBytes);
    }

    private static void ascii(byte[] out, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            out[at + i] = (byte) text.charAt(i);
        }
    }

    private static void int16(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >> 8);
    }

    private static void int32(byte[] out, int at, int value) {
        int16(out, at, value);
        int16(out, at + 2, value >> 16);
    }
}

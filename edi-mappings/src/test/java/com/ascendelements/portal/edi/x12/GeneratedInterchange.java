package com.ascendelements.portal.edi.x12;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** ISA and GS, then {@code sets} copies of one 856 with ST02/SE02 1, 2, ... (one with a wrong SE01), GE, IEA. */
final class GeneratedInterchange extends InputStream {
    private final String set;
    private final int sets;
    private final int bad;
    private int next;
    private byte[] chunk;
    private int at;
    private boolean ended;

    GeneratedInterchange(String head, String set, int sets, int bad) {
        this.set = set;
        this.sets = sets;
        this.bad = bad;
        this.chunk = head.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (at >= chunk.length && !fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }

    private boolean fill() {
        if (next < sets) {
            String number = String.format("%09d", next + 1);
            String text = set.replace("ST*856*8001~", "ST*856*" + number + "~").replace("SE*21*8001~",
                    (next == bad ? "SE*22*" : "SE*21*") + number + "~");
            next++;
            chunk = text.getBytes(StandardCharsets.ISO_8859_1);
        } else if (!ended) {
            ended = true;
            chunk = ("GE*" + sets + "*801~\nIEA*1*000000801~\n").getBytes(StandardCharsets.ISO_8859_1);
        } else {
            return false;
        }
        at = 0;
        return true;
    }
}

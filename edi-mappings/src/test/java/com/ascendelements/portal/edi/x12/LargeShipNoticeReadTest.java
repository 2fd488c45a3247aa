package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 12 MB interchange of 856s read set by set in a JVM of its own with -Xmx64m (surefire execution "large-files"):
 * the ship notices of the whole file take several times that heap as objects, so this passes only when the reader
 * hands each set over and keeps none. (The file's bytes themselves are held, as the server holds a stored file.)
 */
@Tag("large-file")
class LargeShipNoticeReadTest {

    private static final int TARGET_BYTES = 12 * 1024 * 1024;

    @Test
    void readsAnInterchangeSetBySetWithinAHeapTooSmallForAllItsShipNotices() throws IOException {
        String sample = X12Samples.text("856/ascend-856-to-ecopro-004010.edi");
        String head = sample.substring(0, sample.indexOf("ST*856"));
        String set = sample.substring(sample.indexOf("ST*856"), sample.indexOf("GE*"));
        int sets = TARGET_BYTES / set.length();
        byte[] file;
        try (GeneratedInterchange generated = new GeneratedInterchange(head, set, sets, -1)) {
            file = generated.readAllBytes();
        }
        AtomicInteger read = new AtomicInteger();
        AtomicReference<ShipNoticeMessage> last = new AtomicReference<>();

        // the Smooks translation the portal runs (bindings on StAEDI events), set by set
        new com.ascendelements.portal.edi.smooks.X12Translator().readEach(new java.io.ByteArrayInputStream(file), message -> {
            read.incrementAndGet();
            last.set((ShipNoticeMessage) message);
        });

        assertThat(read).hasValue(sets);
        assertThat(last.get().getControlNumber()).isEqualTo(String.format("%09d", sets));
        assertThat(last.get().shipment().children()).as("the last set is read whole").isNotEmpty();
        System.out.printf("LargeShipNoticeReadTest: %,d ship notices in %.1f MB read with heap max %,d MB%n",
                sets, file.length / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }
}

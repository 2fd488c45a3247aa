package com.ascendelements.portal.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SegmentListingTest {

    @Test
    void listsEverySegmentWithItsElementsWhateverTheLayout() {
        SegmentListing.Listing listing = SegmentListing.of(X12Samples.bytes("valid/850-ecopro-newlines.x12"), 1000);

        assertThat(listing.truncated()).isFalse();
        assertThat(listing.segments().get(0).tag()).isEqualTo("ISA");
        assertThat(listing.segments().get(0).elements()).hasSize(16);
        assertThat(listing.segments()).anySatisfy(s -> {
            assertThat(s.tag()).isEqualTo("BEG");
            assertThat(s.position()).isGreaterThan(3);
            assertThat(s.elements().get(2)).isNotBlank();  // BEG03, the PO number
        });
        assertThat(listing.segments().get(listing.segments().size() - 1).tag()).isEqualTo("IEA");
    }

    @Test
    void stopsAtItsLimitAndNeverFailsOnGarbage() {
        assertThat(SegmentListing.of(X12Samples.bytes("valid/multi-interchange.x12"), 5).segments()).hasSize(5);
        assertThat(SegmentListing.of(X12Samples.bytes("valid/multi-interchange.x12"), 5).truncated()).isTrue();
        assertThat(SegmentListing.of("not x12 at all".getBytes(StandardCharsets.US_ASCII), 100).segments()).isEmpty();
        assertThat(SegmentListing.of(new byte[0], 100).segments()).isEmpty();
    }
}

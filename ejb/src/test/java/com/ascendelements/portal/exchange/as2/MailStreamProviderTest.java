package com.ascendelements.portal.exchange.as2;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class MailStreamProviderTest {

    @Test
    void theAs2ClassesNameAngusMailsStreamProviderAndMimeStillWorks() throws Exception {
        Class.forName(As2Receiver.class.getName());

        assertThat(System.getProperty(MailStreamProvider.PROPERTY)).isEqualTo(MailStreamProvider.ANGUS);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProvider.ANGUS);
        MimeMultipart multipart = new MimeMultipart("signed");
        MimeBodyPart part = new MimeBodyPart();
        part.setText("ISA*00*");
        multipart.addBodyPart(part);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        multipart.writeTo(out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.US_ASCII)).contains("ISA*00*");
    }
}

package com.ascendelements.portal.edi.cli;

import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.smooks.X12Translator;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The onboarding tool: checks a partner's file the way the portal will, shows what it reads from it, and writes X12
 * from JSON. Exit codes: 0 valid / done, 1 invalid (the file would be rejected or cannot be translated), 2 usage.
 *
 * <pre>
 *   validate FILE          every error with its location and X12 code, then the TA1/997 the portal would send
 *   translate FILE         the documents of the file as JSON
 *   write FILE.json        X12 from a document in JSON (850, 855, 856 or 810; "transactionSetCode" says which)
 * </pre>
 */
public final class X12Tool {

    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger STAEDI_LOG = Logger.getLogger("io.xlate");

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final Map<String, Class<? extends X12Message>> MESSAGE_TYPES = Map.of(
            "850", PurchaseOrderMessage.class, "855", PurchaseOrderAcknowledgmentMessage.class,
            "856", ShipNoticeMessage.class, "810", InvoiceMessage.class);

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    X12Tool(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        STAEDI_LOG.setLevel(Level.WARNING);  // StAEDI lists unused schema types at INFO
        System.exit(new X12Tool(System.out, System.err).run(args));
    }

    int run(String... args) {
        if (args.length != 2) {
            err.println("usage: x12 validate FILE | translate FILE | write FILE.json");
            return USAGE;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException e) {
            err.println("cannot read " + args[1] + ": " + e.getMessage());
            return USAGE;
        }
        return switch (args[0]) {
            case "validate" -> validate(content);
            case "translate" -> translate(content);
            case "write" -> write(content);
            default -> {
                err.println("unknown command " + args[0] + "; use validate, translate or write");
                yield USAGE;
            }
        };
    }

    private int validate(byte[] content) {
        X12ValidationReport report = new InterchangeValidator().validate(content);
        report.interchanges().forEach(i -> out.printf("interchange %d: %s:%s -> %s:%s ISA13 %s, %d group(s), TA104 %s%n",
                i.index(), i.senderQualifier(), i.senderId(), i.receiverQualifier(), i.receiverId(), i.controlNumber(),
                i.groups().size(), i.ackCode()));
        if (report.allIssues().isEmpty()) {
            out.println("no errors");
        } else {
            out.println(report.allIssues().size() + " error(s):");
            report.allIssues().forEach(issue -> out.println("  " + issue));
        }
        AcknowledgmentSender us = new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Delimiters.DEFAULT_004010, true);
        List<Acknowledgment> acks = new AcknowledgmentWriter(us).acknowledgeAll(report, ControlNumberSource.startingAt(1, 1, 1));
        out.println(acks.isEmpty() ? "the portal would send no TA1/997" : "the portal would send:");
        acks.forEach(ack -> out.println(ack.text()));
        boolean accepted = !report.interchanges().isEmpty() && report.isAccepted();
        out.println(accepted ? "VALID" : "INVALID");
        return accepted ? VALID : INVALID;
    }

    private int translate(byte[] content) {
        try {
            out.println(json.writeValueAsString(new X12Translator().read(content)));
            return VALID;
        } catch (IOException | RuntimeException e) {
            err.println("cannot translate: " + e.getMessage());
            return INVALID;
        }
    }

    private int write(byte[] content) {
        try {
            JsonNode tree = json.readTree(content);
            String code = tree.path("transactionSetCode").asText();
            Class<? extends X12Message> type = MESSAGE_TYPES.get(code);
            X12Translator translator = new X12Translator();
            if (type == null || !translator.canWrite(code)) {
                err.println("cannot write transaction set '" + code + "'; give \"transactionSetCode\": \"850\", \"855\", \"856\" or \"810\"");
                return INVALID;
            }
            byte[] x12 = translator.write(json.treeToValue(tree, type), new X12Delimiters('*', '>', '^', '~'), true);
            out.print(new String(x12, StandardCharsets.ISO_8859_1));
            return VALID;
        } catch (IOException | RuntimeException e) {
            err.println("cannot write: " + e.getMessage());
            return INVALID;
        }
    }
}

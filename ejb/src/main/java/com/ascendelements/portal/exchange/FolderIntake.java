package com.ascendelements.portal.exchange;

import com.ascendelements.portal.partners.TradingPartners;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A watched inbound folder per partner, for partners that drop files by SFTP: {@code <portal.inbound-folder>/<CODE>/}.
 * Each file is first moved into the partner's {@code .processing} folder (an atomic rename, so that of several
 * nodes sharing the folder exactly one takes it), handed to the {@link InterchangeIntake} as sent by that partner,
 * then moved to {@code archive}. A file a crashed node left in {@code .processing} is taken again after ten minutes
 * ({@code portal.inbound-folder.abandoned-seconds}, PORTAL_INBOUND_FOLDER_ABANDONED_SECONDS, default 600; it must be
 * longer than any node takes to store a file, or a slow node's file is taken twice and kept as a duplicate);
 * if its intake had committed, the resend is recognised by its content and not processed twice. Off unless
 * {@code portal.inbound-folder} (PORTAL_INBOUND_FOLDER) is set.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FolderIntake {

    private static final Logger LOG = Logger.getLogger(FolderIntake.class.getName());

    @Inject
    @ConfigProperty(name = "portal.inbound-folder", defaultValue = " ")
    private String folder;
    @Inject
    @ConfigProperty(name = "portal.inbound-folder.poll-seconds", defaultValue = "5")
    private long pollSeconds;
    @Inject
    @ConfigProperty(name = "portal.inbound-folder.abandoned-seconds", defaultValue = "600")
    private long abandonedSeconds;
    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Inject
    private InterchangeIntake intake;
    @Inject
    private TradingPartners partners;

    private ScheduledFuture<?> poller;

    @PostConstruct
    void watch() {
        if (folder == null || folder.isBlank()) {
            return;
        }
        Path root = Path.of(folder.strip()).toAbsolutePath();
        poller = scheduler.scheduleWithFixedDelay(() -> scan(root), pollSeconds, Math.max(1, pollSeconds), TimeUnit.SECONDS);
        LOG.info(() -> "Watching " + root + "/<partner code>/ for inbound files every " + pollSeconds + " s (a file left in"
                + " .processing by a crashed node is taken again after " + abandonedSeconds + " s)");
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }

    private void scan(Path root) {
        try {
            for (TradingPartners.PartnerKey partner : partners.active()) {
                Path inbox = root.resolve(partner.code());
                if (Files.isDirectory(inbox)) {
                    takeFiles(partner, inbox);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scanning the inbound folder " + root + " failed; it is scanned again", e);
        }
    }

    private void takeFiles(TradingPartners.PartnerKey partner, Path inbox) {
        Path processing = inbox.resolve(".processing");
        Path archive = inbox.resolve("archive");
        try {
            Files.createDirectories(processing);
            Files.createDirectories(archive);
            for (Path file : list(inbox)) {
                claim(file, processing.resolve(UUID.randomUUID() + "-" + file.getFileName()))
                        .ifPresent(taken -> hand(partner, taken, file.getFileName().toString(), archive));
            }
            for (Path abandoned : list(processing)) {
                if (Files.getLastModifiedTime(abandoned).toInstant().isBefore(Instant.now().minus(Duration.ofSeconds(Math.max(1, abandonedSeconds))))) {
                    String name = abandoned.getFileName().toString().substring(37);  // without the UUID prefix
                    // claimed again like a new file, so that of several nodes only one takes it over
                    claim(abandoned, processing.resolve(UUID.randomUUID() + "-" + name))
                            .ifPresent(taken -> hand(partner, taken, name, archive));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the inbound folder " + inbox, e);
        }
    }

    private void hand(TradingPartners.PartnerKey partner, Path taken, String name, Path archive) {
        try {
            long id = intake.accept(Transport.FOLDER, name, Files.readAllBytes(taken), partner.id());
            Files.move(taken, archive.resolve(id + "-" + name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Inbound file " + taken + " stays in .processing and is taken again later", e);
        }
    }

    private static java.util.Optional<Path> claim(Path file, Path target) {
        try {
            Path taken = Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            // a rename keeps the modified time (SFTP clients often keep the sender's): from now on it says when the
            // file was taken, which is what tells an abandoned file from one another node is working on
            Files.setLastModifiedTime(taken, FileTime.from(Instant.now()));
            return java.util.Optional.of(taken);
        } catch (NoSuchFileException e) {
            return java.util.Optional.empty();  // another node took it first
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warning("The inbound folder does not support atomic renames; files are not taken from " + file.getParent());
            return java.util.Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot take inbound file " + file, e);
            return java.util.Optional.empty();
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
                p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))) {
            return java.util.stream.StreamSupport.stream(files.spliterator(), false).sorted().toList();
        }
    }
}

package com.ascendelements.portal.edi.translation;

import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Smooks translation in a class loader of its own, for the application server. Payara's annotation scanning refuses
 * Smooks' jars in {@code WEB-INF/lib} (module README, "In the application server"), so the build puts Smooks, Daffodil
 * and their dependencies in {@code WEB-INF/translator/} as {@code *.lib} (a container parses every {@code *.jar} it finds),
 * and this class loads them there:
 * the translator's own classes and libraries first (child first), while the DTOs, the StAEDI side and this package come
 * from the application, so the messages it hands over are the application's classes.
 */
public final class IsolatedTranslation implements X12Translation {

    /** The folder of the translator's jars, when it is not where the build puts it. */
    public static final String FOLDER_PROPERTY = "portal.edi.translator-dir";
    private static final String IMPLEMENTATION = "com.ascendelements.portal.edi.smooks.X12Translator";
    /** Packages the translator shares with the application (parent first). */
    private static final List<String> SHARED = List.of("com.ascendelements.portal.edi.message.",
            "com.ascendelements.portal.edi.x12.", "com.ascendelements.portal.edi.translation.", "io.xlate.edi.",
            "org.slf4j.");  // Smooks logs where the application logs

    private final X12Translation translator;
    private final ChildFirst loader;

    private IsolatedTranslation(X12Translation translator, ChildFirst loader) {
        this.translator = translator;
        this.loader = loader;
    }

    /**
     * The translation for an application: the Smooks classes of its own class path when they are there (tests, the
     * command line), otherwise the translator folder of its deployment.
     *
     * @param anchor a class of the application (its jar's place tells where the deployment is)
     * @throws IllegalStateException when neither has the translator
     */
    public static X12Translation forApplication(Class<?> anchor) {
        ClassLoader own = anchor.getClassLoader();
        if (own.getResource("org/smooks/Smooks.class") != null) {
            return instantiate(own);
        }
        Path folder = folder(anchor).orElseThrow(() -> new IllegalStateException("The X12 translator (Smooks) is not on the "
                + "class path and no WEB-INF/translator folder was found beside " + location(anchor)
                + "; set -D" + FOLDER_PROPERTY + "=<folder of its jars>"));
        return load(folder, own);
    }

    /** The translator whose jars are in {@code folder}, with {@code parent} for the shared classes. */
    public static X12Translation load(Path folder, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        // *.lib in the WAR: jars renamed so that the deployment does not parse them (edi-mappings/pom.xml)
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.{jar,lib}")) {
            for (Path jar : jars) {
                urls.add(jar.toUri().toURL());
            }
            // the translator's own classes (edi.smooks) and mappings (/x12) are in the application's edi-mappings jar
            urls.add(X12Translation.class.getProtectionDomain().getCodeSource().getLocation());
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the X12 translator's jars in " + folder, e);
        }
        urls.sort((a, b) -> a.toString().compareTo(b.toString()));
        ChildFirst loader = new ChildFirst(urls.toArray(URL[]::new), parent);
        return new IsolatedTranslation(instantiate(loader), loader);
    }

    private static X12Translation instantiate(ClassLoader loader) {
        return withContextLoader(loader, () -> {
            try {
                return (X12Translation) Class.forName(IMPLEMENTATION, true, loader).getConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("cannot start the X12 translator: " + e, e);
            }
        });
    }

    /** {@code WEB-INF/translator} of the deployment the anchor's jar is part of (a WAR, or a WAR inside an EAR). */
    static Optional<Path> folder(Class<?> anchor) {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            if (!Files.isDirectory(Path.of(configured))) {
                throw new IllegalStateException("-D" + FOLDER_PROPERTY + "=" + configured + " is not a folder");
            }
            return Optional.of(Path.of(configured));
        }
        Path jar = location(anchor);
        if (jar == null || jar.getParent() == null) {
            return Optional.empty();
        }
        Path folder = jar.getParent();
        if (folder.getFileName() != null && folder.getFileName().toString().equals("lib") && folder.getParent() != null
                && folder.getParent().getFileName() != null && folder.getParent().getFileName().toString().equals("WEB-INF")) {
            return Optional.of(folder.resolveSibling("translator")).filter(Files::isDirectory);  // WAR: WEB-INF/lib/x.jar
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder, "*_war")) {
            siblings.forEach(war -> candidates.add(war.resolve("WEB-INF/translator")));  // EAR: x_jar beside y_war
        } catch (IOException | RuntimeException e) {
            // not a folder we can list: no EAR candidates
        }
        List<Path> found = candidates.stream().filter(Files::isDirectory).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();  // an EAR with one web module
    }

    private static Path location(Class<?> anchor) {
        try {
            URL url = anchor.getProtectionDomain().getCodeSource().getLocation();
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void readEach(byte[] file, Predicate<String> wanted, Consumer<X12Message> each,
                         Consumer<X12TranslationException> untranslatable) {
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        withContextLoader(loader, () -> {
            // the application's code (applying an order, writing an 824) runs with the application's class loader
            translator.readEach(file, wanted, message -> withContextLoader(caller, () -> {
                each.accept(message);
                return null;
            }), failed -> withContextLoader(caller, () -> {
                untranslatable.accept(failed);
                return null;
            }));
            return null;
        });
    }

    @Override
    public byte[] write(X12Message message, X12Delimiters delimiters, boolean lineBreakAfterSegment) {
        return withContextLoader(loader, () -> translator.write(message, delimiters, lineBreakAfterSegment));
    }

    @Override
    public String engine() {
        return translator.engine() + " (class loader of its own)";
    }

    @Override
    public void warmUp() {
        withContextLoader(loader, () -> {
            translator.warmUp();
            return null;
        });
    }

    /** Closes the translator's class loader (its jars), so that an undeployed application leaves nothing open. */
    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot close the X12 translator's class loader", e);
        }
    }

    /**
     * Runs {@code work} with {@code loader} as the thread's context class loader: the translator's for Smooks and
     * Daffodil, which find their classes and services there, the caller's again for the caller's own code.
     */
    private static <T> T withContextLoader(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Child first, except the JDK's classes and the packages shared with the application. */
    static final class ChildFirst extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        ChildFirst(URL[] urls, ClassLoader parent) {
            super("x12-translator", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = shared(name) ? getParent().loadClass(name) : childFirst(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> childFirst(String name) throws ClassNotFoundException {
            try {
                return ClassLoader.getPlatformClassLoader().loadClass(name);
            } catch (ClassNotFoundException notJdk) {
                try {
                    return findClass(name);
                } catch (ClassNotFoundException notHere) {
                    return getParent().loadClass(name);
                }
            }
        }

        private static boolean shared(String name) {
            for (String prefix : SHARED) {
                if (name.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
            if (getParent() != null) {
                for (URL url : Collections.list(getParent().getResources(name))) {
                    if (!all.contains(url)) {
                        all.add(url);
                    }
                }
            }
            return Collections.enumeration(all);
        }
    }

}

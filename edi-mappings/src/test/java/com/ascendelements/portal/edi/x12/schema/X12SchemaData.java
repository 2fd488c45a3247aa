package com.ascendelements.portal.edi.x12.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The X12 dictionaries and transaction set structures of {@code src/main/x12-schema}, read as they are written:
 * elements.txt, codes.txt, composites.txt, segments.txt and sets/&lt;set&gt;.txt. A definition written as
 * {@code key@005010} replaces {@code key} in that version. {@link X12SchemaGenerator} turns this into the StAEDI
 * schemas; {@code X12SchemaDataTest} checks the parts against each other.
 */
record X12SchemaData(Map<String, ElementDef> elements, Map<String, Set<String>> codes, Map<String, CompositeDef> composites,
                     Map<String, SegmentDef> segments, Map<String, Node.Loop> sets) {

    static final List<String> VERSIONS = List.of("004010", "005010");
    static final Set<String> TYPES = Set.of("ID", "AN", "N0", "N1", "N2", "N3", "N4", "N5", "N6", "R", "DT", "TM");

    /** One element: the key is its number, or number@version for a version's own definition. */
    record ElementDef(String key, String type, int min, int max, String name, int line) {
        String number() {
            return key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
        }
    }

    /** An element or composite in a segment or composite, by position. */
    record Ref(String id, boolean mandatory) {
        boolean composite() {
            return id.startsWith("C");
        }
    }

    record CompositeDef(String id, List<Ref> components, String name) {
    }

    /** A syntax note (X12 notation, e.g. P0304): its letter and the element positions it names. */
    record SyntaxNote(char type, List<Integer> positions) {
    }

    record SegmentDef(String key, List<Ref> elements, List<SyntaxNote> syntax, String name) {
        String tag() {
            return key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
        }
    }

    /** A line of a set's structure: a segment or a loop, kept to one version when {@code version} is set. */
    sealed interface Node permits Node.Segment, Node.Loop {
        String version();

        default boolean in(String v) {
            return version() == null || version().equals(v);
        }

        record Segment(String tag, boolean mandatory, int max, String version, int line) implements Node {
        }

        record Loop(String code, boolean mandatory, int max, String version, List<Node> children, int line) implements Node {
        }
    }

    static X12SchemaData read(Path dir) throws IOException {
        Map<String, ElementDef> elements = new TreeMap<>();
        for (DataLine d : dataLines(dir.resolve("elements.txt"))) {
            int n = d.number();
            String line = d.text();
            String[] f = line.trim().split("\\s+", 5);
            if (f.length < 5) {
                throw new IllegalArgumentException("elements.txt line " + n + ": number type min max name expected");
            }
            if (elements.put(f[0], new ElementDef(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4].trim(), n)) != null) {
                throw new IllegalArgumentException("elements.txt line " + n + ": element " + f[0] + " defined twice");
            }
        }
        Map<String, Set<String>> codes = new TreeMap<>();
        for (DataLine d : dataLines(dir.resolve("codes.txt"))) {
            int n = d.number();
            String line = d.text();
            String[] f = line.split("\\|", -1);
            if (f.length < 2) {
                throw new IllegalArgumentException("codes.txt line " + n + ": element | codes expected");
            }
            Set<String> list = codes.computeIfAbsent(f[0].trim(), k -> new LinkedHashSet<>());
            for (String code : f[1].trim().split("\\s+")) {
                if (!code.isEmpty() && !list.add(code)) {
                    throw new IllegalArgumentException("codes.txt line " + n + ": code " + code + " listed twice for " + f[0].trim());
                }
            }
        }
        Map<String, CompositeDef> composites = new LinkedHashMap<>();
        for (DataLine d : dataLines(dir.resolve("composites.txt"))) {
            String[] f = columns(d.text(), 3, "composites.txt", d.number());
            composites.put(f[0], new CompositeDef(f[0], refs(f[1]), f[2]));
        }
        Map<String, SegmentDef> segments = new LinkedHashMap<>();
        for (DataLine d : dataLines(dir.resolve("segments.txt"))) {
            int n = d.number();
            String[] f = columns(d.text(), 4, "segments.txt", n);
            List<SyntaxNote> syntax = new ArrayList<>();
            for (String note : f[2].split("\\s+")) {
                if (!note.isEmpty()) {
                    syntax.add(syntaxNote(note, n));
                }
            }
            if (segments.put(f[0], new SegmentDef(f[0], refs(f[1]), syntax, f[3])) != null) {
                throw new IllegalArgumentException("segments.txt line " + n + ": segment " + f[0] + " defined twice");
            }
        }
        Map<String, Node.Loop> sets = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("sets"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String set = file.getFileName().toString().replace(".txt", "");
                sets.put(set, structure(set, dataLines(file)));
            }
        }
        return new X12SchemaData(elements, codes, composites, segments, sets);
    }

    /** @return the element's definition in {@code version} */
    Optional<ElementDef> element(String number, String version) {
        return Optional.ofNullable(elements.getOrDefault(number + "@" + version, elements.get(number)));
    }

    /** @return the segment's definition in {@code version} */
    Optional<SegmentDef> segment(String tag, String version) {
        return Optional.ofNullable(segments.getOrDefault(tag + "@" + version, segments.get(tag)));
    }

    /** A line of a data file that is neither blank nor a comment, with its number in the file. */
    private record DataLine(int number, String text) {
    }

    private static List<DataLine> dataLines(Path file) throws IOException {
        List<DataLine> lines = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (!skip(line)) {
                lines.add(new DataLine(n, line));
            }
        }
        return lines;
    }

    private static boolean skip(String line) {
        return line.isBlank() || line.trim().startsWith("#");
    }

    private static String[] columns(String line, int count, String file, int n) {
        String[] f = line.split("\\|", -1);
        if (f.length != count) {
            throw new IllegalArgumentException(file + " line " + n + ": " + count + " columns separated by | expected");
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static List<Ref> refs(String list) {
        List<Ref> refs = new ArrayList<>();
        for (String item : list.split(",")) {
            String[] f = item.trim().split("\\s+");
            refs.add(new Ref(f[0], f.length > 1 && "M".equals(f[1])));
        }
        return refs;
    }

    private static SyntaxNote syntaxNote(String note, int n) {
        if (!note.matches("[PRECL](\\d\\d){2,}")) {
            throw new IllegalArgumentException("segments.txt line " + n + ": bad syntax note " + note);
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i < note.length(); i += 2) {
            positions.add(Integer.parseInt(note.substring(i, i + 2)));
        }
        return new SyntaxNote(note.charAt(0), positions);
    }

    /** Reads an indented structure table (two spaces per loop level) into the set's root loop. */
    private static Node.Loop structure(String set, List<DataLine> lines) {
        Node.Loop root = new Node.Loop(set, true, 1, null, new ArrayList<>(), 0);
        List<Node.Loop> open = new ArrayList<>(List.of(root));
        for (DataLine d : lines) {
            int n = d.number();
            String raw = d.text();
            int indent = raw.length() - raw.stripLeading().length();
            if (indent % 2 != 0 || indent / 2 + 1 > open.size()) {
                throw new IllegalArgumentException("sets/" + set + ".txt line " + n + ": bad indentation");
            }
            while (open.size() > indent / 2 + 1) {
                open.remove(open.size() - 1);
            }
            String line = raw.trim();
            String version = null;
            int at = line.indexOf('@');
            if (at > 0) {
                version = line.substring(at + 1).trim();
                line = line.substring(0, at).trim();
            }
            String[] f = line.split("\\s+");
            Node.Loop parent = open.get(open.size() - 1);
            if ("LOOP".equals(f[0]) && f.length == 4) {
                Node.Loop loop = new Node.Loop(f[1], "M".equals(f[2]), max(f[3]), version, new ArrayList<>(), n);
                parent.children().add(loop);
                open.add(loop);
            } else if (f.length == 3 && ("M".equals(f[1]) || "O".equals(f[1]))) {
                parent.children().add(new Node.Segment(f[0], "M".equals(f[1]), max(f[2]), version, n));
            } else {
                throw new IllegalArgumentException("sets/" + set + ".txt line " + n + ": 'TAG M|O max' or 'LOOP id M|O repeat' expected");
            }
        }
        return root;
    }

    /** ">1" (unbounded in X12) is written as 99999 in the StAEDI schemas. */
    static final int UNBOUNDED = 99999;

    private static int max(String value) {
        return ">1".equals(value) ? UNBOUNDED : Integer.parseInt(value);
    }
}

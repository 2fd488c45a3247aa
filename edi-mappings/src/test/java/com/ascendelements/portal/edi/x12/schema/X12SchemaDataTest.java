package com.ascendelements.portal.edi.x12.schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The X12 dictionaries and set structures in src/main/x12-schema agree with each other, and the checked-in StAEDI
 * schemas are exactly what {@link X12SchemaGenerator} makes of them ({@code -Dx12.schema.regenerate=true} rewrites them).
 */
class X12SchemaDataTest {

    private static X12SchemaData data;

    @BeforeAll
    static void read() throws IOException {
        data = X12SchemaData.read(X12SchemaGenerator.DATA);
    }

    @Test
    void everyElementHasAKnownTypeAndLengths() {
        List<String> faults = new ArrayList<>();
        data.elements().values().forEach(e -> {
            if (!X12SchemaData.TYPES.contains(e.type())) {
                faults.add(e.key() + ": type " + e.type());
            }
            if (e.min() < 1 || e.min() > e.max()) {
                faults.add(e.key() + ": lengths " + e.min() + "/" + e.max());
            }
            if (e.type().equals("DT") && !(e.min() == 6 || e.min() == 8) || e.type().equals("TM") && e.min() < 4) {
                faults.add(e.key() + ": date/time lengths " + e.min() + "/" + e.max());
            }
            if (e.key().contains("@")) {
                if (!X12SchemaData.VERSIONS.contains(e.key().substring(e.key().indexOf('@') + 1))) {
                    faults.add(e.key() + ": unknown version");
                }
                if (!data.elements().containsKey(e.number())) {
                    faults.add(e.key() + ": a version's definition without the element itself");
                } else if (!data.elements().get(e.number()).type().equals(e.type())) {
                    faults.add(e.key() + ": the type differs between versions");
                }
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void everyCodeListBelongsToAnIdElementAndFitsItsLengths() {
        List<String> faults = new ArrayList<>();
        data.codes().forEach((number, codes) -> {
            for (String version : X12SchemaData.VERSIONS) {
                X12SchemaData.ElementDef e = data.element(number, version).orElse(null);
                if (e == null) {
                    faults.add("codes for " + number + ": no such element");
                    return;
                }
                if (!e.type().equals("ID")) {
                    faults.add("codes for " + number + ": element is " + e.type() + ", not ID");
                }
                codes.stream().filter(c -> c.length() < e.min() || c.length() > e.max())
                        .forEach(c -> faults.add("code " + c + " of " + number + ": length outside " + e.min() + "/" + e.max()));
            }
            if (usedElements().stream().noneMatch(number::equals)) {
                faults.add("codes for " + number + ": no segment uses the element");
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void everyElementAndCompositeOfASegmentIsDefinedAndEveryDefinitionIsUsed() {
        List<String> faults = new ArrayList<>();
        data.composites().values().forEach(c -> c.components().forEach(ref -> {
            if (ref.composite() || !data.elements().containsKey(ref.id())) {
                faults.add("composite " + c.id() + ": element " + ref.id() + " undefined");
            }
        }));
        data.segments().values().forEach(s -> {
            s.elements().forEach(ref -> {
                if (ref.composite() ? !data.composites().containsKey(ref.id()) : !data.elements().containsKey(ref.id())) {
                    faults.add("segment " + s.key() + ": " + ref.id() + " undefined");
                }
            });
            s.syntax().forEach(note -> note.positions().forEach(p -> {
                if (p < 1 || p > s.elements().size()) {
                    faults.add("segment " + s.key() + ": syntax note " + note.type() + " names position " + p);
                }
            }));
            if (s.key().contains("@") && !data.segments().containsKey(s.tag())) {
                faults.add("segment " + s.key() + ": a version's form without the segment itself");
            }
            if (!s.tag().matches("[A-Z][A-Z0-9]{1,2}")) {
                faults.add("segment " + s.key() + ": not a segment tag");
            }
        });
        Set<String> used = usedElements();
        data.elements().values().stream().map(X12SchemaData.ElementDef::number).filter(n -> !used.contains(n)).distinct()
                .forEach(n -> faults.add("element " + n + " is used by no segment"));
        Set<String> usedComposites = new HashSet<>();
        data.segments().values().forEach(s -> s.elements().stream().filter(X12SchemaData.Ref::composite).forEach(r -> usedComposites.add(r.id())));
        data.composites().keySet().stream().filter(c -> !usedComposites.contains(c)).forEach(c -> faults.add("composite " + c + " is used by no segment"));
        assertThat(faults).isEmpty();
    }

    @Test
    void everySegmentOfASetIsInTheSegmentDictionaryAndEveryLoopStartsWithASegment() {
        List<String> faults = new ArrayList<>();
        Set<String> usedSegments = new HashSet<>();
        data.sets().forEach((set, root) -> {
            for (String version : X12SchemaData.VERSIONS) {
                check(set, version, root, faults, usedSegments);
            }
        });
        data.segments().values().stream().map(X12SchemaData.SegmentDef::tag).filter(t -> !usedSegments.contains(t)).distinct()
                .forEach(t -> faults.add("segment " + t + " is in no set"));
        assertThat(faults).isEmpty();
        assertThat(data.sets().keySet()).containsExactlyInAnyOrder("810", "824", "850", "855", "856", "860", "861", "865", "997");
    }

    private static void check(String set, String version, X12SchemaData.Node.Loop loop, List<String> faults, Set<String> used) {
        List<X12SchemaData.Node> nodes = loop.children().stream().filter(n -> n.in(version)).toList();
        if (loop.line() > 0 && (nodes.isEmpty() || !(nodes.get(0) instanceof X12SchemaData.Node.Segment first)
                || !first.tag().equals(loop.code()))) {
            faults.add(set + " " + version + " line " + loop.line() + ": loop " + loop.code() + " does not start with segment " + loop.code());
        }
        for (X12SchemaData.Node node : nodes) {
            if (node instanceof X12SchemaData.Node.Segment s) {
                used.add(s.tag());
                if (data.segment(s.tag(), version).isEmpty()) {
                    faults.add(set + " " + version + " line " + s.line() + ": segment " + s.tag() + " not in segments.txt");
                }
                if (s.max() < 1) {
                    faults.add(set + " " + version + " line " + s.line() + ": max use " + s.max());
                }
            } else if (node instanceof X12SchemaData.Node.Loop l) {
                check(set, version, l, faults, used);
            }
        }
    }

    private static Set<String> usedElements() {
        Set<String> used = new HashSet<>();
        data.segments().values().forEach(s -> s.elements().forEach(ref -> {
            if (ref.composite()) {
                data.composites().get(ref.id()).components().forEach(c -> used.add(c.id()));
            } else {
                used.add(ref.id());
            }
        }));
        return used;
    }

    @Test
    void theCheckedInSchemasAreWhatTheGeneratorWrites() throws IOException {
        Map<String, String> generated = new X12SchemaGenerator(data).generateAll();
        if (Boolean.getBoolean("x12.schema.regenerate") || "true".equals(System.getenv("X12_SCHEMA_REGENERATE"))) {
            for (Map.Entry<String, String> file : generated.entrySet()) {
                Files.writeString(X12SchemaGenerator.OUTPUT.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> files = Files.list(X12SchemaGenerator.OUTPUT)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("schema files (regenerate with -Dx12.schema.regenerate=true)").containsExactlyElementsOf(generated.keySet().stream().sorted().toList());
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(Files.readString(X12SchemaGenerator.OUTPUT.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as(file.getKey() + " differs from the data (regenerate with -Dx12.schema.regenerate=true)").isEqualTo(file.getValue());
        }
    }
}

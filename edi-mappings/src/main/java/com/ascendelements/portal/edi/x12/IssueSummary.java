package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The issues of a validation as a person reads them in a reason: errors before tolerated notes; among errors, the
 * widest first (the file, then interchange, group, transaction set, segment, element: the envelope fault that rejects
 * everything before a bad date in one line), in file order within a level; and the segment errors that only follow from
 * a broken segment tag earlier in the same transaction set collapsed into that tag's entry.
 */
public final class IssueSummary {

    private static final Comparator<Entry> SEVERITY = Comparator.comparing((Entry e) -> e.issue.tolerated())
            .thenComparing(e -> e.issue.level());

    private IssueSummary() {
    }

    /** One line of the summary: an issue and how many follow-on errors were folded into it. */
    private record Entry(X12Issue issue, int followOns) {
        @Override
        public String toString() {
            return issue + (followOns == 0 ? "" : " (and " + followOns + " follow-on segment error" + (followOns == 1 ? "" : "s")
                    + " after it in the set)");
        }
    }

    /**
     * @param issues the issues in file order, e.g. {@link X12ValidationReport#allIssues()}
     * @param max    how many to show
     * @return the first {@code max} by severity, joined, with the count of the others, or "no details"
     */
    public static String text(List<X12Issue> issues, int max) {
        List<Entry> entries = ordered(issues);
        if (entries.isEmpty()) {
            return "no details";
        }
        StringBuilder b = new StringBuilder();
        entries.stream().limit(max).forEach(e -> b.append(b.length() == 0 ? "" : "; ").append(e));
        if (entries.size() > max) {
            b.append(" (and ").append(entries.size() - max).append(" more)");
        }
        return b.toString();
    }

    /** @return the issues by severity, follow-on errors of a broken segment tag removed */
    public static List<X12Issue> bySeverity(List<X12Issue> issues) {
        return ordered(issues).stream().map(Entry::issue).toList();
    }

    private static List<Entry> ordered(List<X12Issue> issues) {
        List<Entry> entries = new ArrayList<>();
        int brokenTag = -1;
        for (X12Issue issue : issues) {
            if (brokenTag >= 0 && followsFrom(entries.get(brokenTag).issue, issue)) {
                Entry tag = entries.get(brokenTag);
                entries.set(brokenTag, new Entry(tag.issue, tag.followOns + 1));
                continue;
            }
            entries.add(new Entry(issue, 0));
            if (issue.code() == SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID) {
                brokenTag = entries.size() - 1;
            }
        }
        entries.sort(SEVERITY); // stable: file order within a severity
        return entries;
    }

    /** A segment error later in the same transaction set as a broken tag (an unrecognized segment ID). */
    private static boolean followsFrom(X12Issue brokenTag, X12Issue issue) {
        X12ErrorLocation tag = brokenTag.location();
        X12ErrorLocation at = issue.location();
        return issue.level() == IssueLevel.SEGMENT && issue.code() != SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID
                && tag.interchangeIndex() == at.interchangeIndex()
                && Objects.equals(tag.groupControlNumber(), at.groupControlNumber())
                && Objects.equals(tag.transactionControlNumber(), at.transactionControlNumber())
                && at.segmentPosition() > tag.segmentPosition();
    }
}

package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based diff (longest common subsequence), small enough to write here rather than pull in a
 * library. Common leading and trailing lines are cut first; when what is left is still too large
 * for the table, the middle is shown as removed then added.
 */
public final class LineDiff {

    /** Beyond this many cells the LCS table would use too much memory for one request. */
    static final long MAX_CELLS = 4_000_000L;

    public enum Kind { SAME, ADDED, REMOVED }

    public record Line(Kind kind, String text) {

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> result = new ArrayList<>();
        a.subList(0, start).forEach(l -> result.add(new Line(Kind.SAME, l)));
        result.addAll(middle(a.subList(start, endA), b.subList(start, endB)));
        a.subList(endA, a.size()).forEach(l -> result.add(new Line(Kind.SAME, l)));
        return result;
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }

    private static List<Line> middle(List<String> a, List<String> b) {
        List<Line> out = new ArrayList<>();
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            a.forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            b.forEach(l -> out.add(new Line(Kind.ADDED, l)));
            return out;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return out;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }
}

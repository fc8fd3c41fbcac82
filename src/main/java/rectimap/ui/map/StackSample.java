package rectimap.ui.map;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sampled thread stack in one line, for {@link FrameTrace}: the innermost {@value #DEPTH} frames, then the innermost
 * frame of our own code ({@code rectimap.}) below them if there is one, joined by {@code <} (innermost first).
 */
final class StackSample {
    private static final int DEPTH = 8;

    private StackSample() {
    }

    /** The line for one stack. */
    static String of(StackTraceElement[] stack) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < stack.length; i++) {
            boolean ours = stack[i].getClassName().startsWith("rectimap.");
            if (i < DEPTH || ours) {
                line.append(i == 0 ? "" : i < DEPTH ? "<" : "<..<").append(name(stack[i]));
            }
            if (i >= DEPTH && ours) {
                break;
            }
        }
        return line.toString();
    }

    private static String name(StackTraceElement frame) {
        String cls = frame.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    /** The {@code n} most frequent lines of {@code counts}: "TOTAL COUNT LINE COUNT LINE ...", most first. */
    static String top(Map<String, Integer> counts, int n) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total + " " + counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n).map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(" "));
    }
}

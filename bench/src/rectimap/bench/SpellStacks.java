package rectimap.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the FX thread's long spells went, from the app's {@code rectimap-frame fx-busy-stack} lines (see
 * {@code ui.map.FrameTrace}): each line's sampled stacks summed over all spells, the five most seen with their share.
 */
final class SpellStacks {
    private SpellStacks() {
    }

    static String of(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (!parts[1].equals("fx-busy-stack")) {
                continue;
            }
            total += Integer.parseInt(parts[3]);
            for (int i = 4; i + 1 < parts.length; i += 2) {
                counts.merge(parts[i + 1], Integer.parseInt(parts[i]), Integer::sum);
            }
        }
        int all = Math.max(1, total);
        return total + " samples; " + counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .map(e -> String.format("%d%% %s", 100 * e.getValue() / all, e.getKey()))
                .collect(Collectors.joining(" ;; "));
    }
}

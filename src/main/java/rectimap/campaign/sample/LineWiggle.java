package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/**
 * Seeded midpoint displacement: turns a straight segment into a natural-looking line with the same end points.
 * At each level every sub-segment's midpoint moves sideways by a clamped Gaussian times {@code roughness} times the
 * sub-segment's length, so the line stays within about 2 × roughness × length of the straight one.
 */
final class LineWiggle {
    private LineWiggle() {
    }

    /** The vertices from {@code from} to {@code to} inclusive: 2^levels segments; deterministic for a given random. */
    static List<Coordinate> between(Coordinate from, Coordinate to, int levels, double roughness, Random random) {
        List<Coordinate> line = new ArrayList<>(List.of(from.copy(), to.copy()));
        for (int level = 0; level < levels; level++) {
            List<Coordinate> finer = new ArrayList<>(line.size() * 2);
            for (int i = 0; i + 1 < line.size(); i++) {
                Coordinate a = line.get(i);
                Coordinate b = line.get(i + 1);
                double dx = b.x - a.x;
                double dy = b.y - a.y;
                double offset = Math.max(-2, Math.min(2, random.nextGaussian())) * roughness;
                finer.add(a);
                finer.add(new Coordinate((a.x + b.x) / 2 - dy * offset, (a.y + b.y) / 2 + dx * offset));
            }
            finer.add(line.get(line.size() - 1));
            line = finer;
        }
        return line;
    }
}

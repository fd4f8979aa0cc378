package nl.nieuwszoeker.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws items by rank with probability proportional to 1 / rank^exponent: a few common, a long tail of rare. */
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no items to draw from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int rank = 1; rank <= items.size(); rank++) {
            sum += 1.0 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
    }

    T draw(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return items.get(i >= 0 ? i : Math.min(-i - 1, items.size() - 1));
    }

    /** The item at a rank (1 = most frequent). */
    T atRank(int rank) {
        return items.get(Math.min(rank, items.size()) - 1);
    }

    int size() {
        return items.size();
    }
}

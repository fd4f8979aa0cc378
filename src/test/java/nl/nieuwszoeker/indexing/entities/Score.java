package nl.nieuwszoeker.indexing.entities;

/** True positives, predictions and gold items counted over a set of labelled documents. */
record Score(int truePositives, int predicted, int gold) {

    static final Score ZERO = new Score(0, 0, 0);

    Score plus(Score other) {
        return new Score(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.3f (%d/%d)  recall %.3f (%d/%d)",
                precision(), truePositives, predicted, recall(), truePositives, gold);
    }
}

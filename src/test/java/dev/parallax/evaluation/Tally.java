package dev.parallax.evaluation;

/** Counts of right and wrong answers for one measure: precision over what was said, recall over what was there. */
final class Tally {

    private int said;
    private int saidRight;
    private int there;
    private int found;

    void said(boolean right) {
        said++;
        if (right) {
            saidRight++;
        }
    }

    void there(boolean wasFound) {
        there++;
        if (wasFound) {
            found++;
        }
    }

    void add(Tally other) {
        said += other.said;
        saidRight += other.saidRight;
        there += other.there;
        found += other.found;
    }

    /** Precision; 1 when nothing was said, for saying nothing is never wrong. */
    double precision() {
        return said == 0 ? 1 : saidRight / (double) said;
    }

    double recall() {
        return there == 0 ? 1 : found / (double) there;
    }

    int said() {
        return said;
    }

    int there() {
        return there;
    }

    @Override
    public String toString() {
        return "P %.3f (%d/%d)  R %.3f (%d/%d)".formatted(precision(), saidRight, said, recall(), found, there);
    }
}

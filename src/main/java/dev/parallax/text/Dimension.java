package dev.parallax.text;

/**
 * What a figure measures; only figures of one dimension (and one currency, one rate) can agree or differ. A tally is
 * a vote's two counts ("ruled 6-3").
 */
public enum Dimension {
    COUNT, LENGTH, AREA, MASS, VOLUME, SPEED, DURATION, AGE, TEMPERATURE, MONEY, PERCENT, PERCENTAGE_POINTS, MAGNITUDE,
    TIME_OF_DAY, TALLY;

    /** Physical measures, whose value alone says much about whether two figures are one thing reported twice. */
    public boolean isPhysical() {
        return this == LENGTH || this == AREA || this == MASS || this == VOLUME || this == SPEED || this == TEMPERATURE;
    }
}

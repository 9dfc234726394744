package dev.parallax.text;

import java.util.Objects;

/**
 * The frame a figure stands in, beside what it measures: when (a year, "last year", an earlier event; marked
 * {@link #ELSEWHERE} when the sentence names a time outside the figure's own clause), how it is held (what happened,
 * or what someone sought, proposed or expected, or what is required) and by whom (the name that holds an estimate or a demand). Figures
 * of different frames are never one thing measured twice. Where it was counted ("eight ships waiting in Galveston
 * Bay") narrows what it counts; the place its sentence names before it ("a missile struck Sumy, killing 11") tells
 * one event from another.
 *
 * @param time a year ("2017"), a time before the report ("year-1", "earlier"), or null for the time of the report
 * @param where the place named after the figure in its clause, or null
 * @param near the last place its sentence names before it (not in someone's title), or null
 */
public record Frame(String time, Modality modality, String holder, String where, String near) {

    /** A time named in the figure's sentence but outside its clause: which one the figure belongs to is unsure. */
    public static final String ELSEWHERE = "~";

    public static final Frame NOW = new Frame(null, Modality.REPORTED, null, null, null);

    /** Whether two figures were counted in the same place, as far as their sentences tell. */
    public boolean samePlaceAs(Frame other) {
        return Objects.equals(where, other.where) && Objects.equals(near, other.near);
    }

    /** Whether nothing their sentences say puts two figures in different places: one may name none. */
    public boolean mayBeSamePlaceAs(Frame other) {
        return Objects.equals(where, other.where) && (near == null || other.near == null || near.equals(other.near));
    }

    /** Whether a figure reports what happened, what someone sought, proposed or expected, or what is required. */
    public enum Modality { REPORTED, SOUGHT, PROPOSED, EXPECTED, REQUIRED }

    /** Whether the figure's time is unsure: it shares its sentence with another time. */
    public boolean timeUnsure() {
        return time != null && time.startsWith(ELSEWHERE);
    }
}

package dev.parallax.text;

/**
 * The frame a figure stands in, beside what it measures: when (a year, "last year", an earlier event; marked
 * {@link #ELSEWHERE} when the sentence names a time outside the figure's own clause), how it is held (what happened,
 * or what someone sought, proposed or expected, or what is required) and by whom (the name that holds an estimate or a demand). Figures
 * of different frames are never one thing measured twice. Where it was counted ("eight ships waiting in Galveston
 * Bay", "a missile struck Sumy, killing 11") narrows what it counts.
 *
 * @param time a year ("2017"), a time before the report ("year-1", "earlier"), or null for the time of the report
 * @param where the place named after the figure in its clause, else the last one before it in its sentence, or null
 */
public record Frame(String time, Modality modality, String holder, String where) {

    /** A time named in the figure's sentence but outside its clause: which one the figure belongs to is unsure. */
    public static final String ELSEWHERE = "~";

    public static final Frame NOW = new Frame(null, Modality.REPORTED, null, null);

    /** Whether a figure reports what happened, what someone sought, proposed or expected, or what is required. */
    public enum Modality { REPORTED, SOUGHT, PROPOSED, EXPECTED, REQUIRED }

    /** Whether the figure's time is unsure: it shares its sentence with another time. */
    public boolean timeUnsure() {
        return time != null && time.startsWith(ELSEWHERE);
    }
}

package dev.parallax.outlet;

import java.util.List;

/**
 * How a story's outlets spread over the admin's scale of leans, each outlet counted once, in the scale's order;
 * outlets the admin gave no lean are counted apart. Empty when none of the outlets has one.
 */
public record LeanSpread(List<Band> bands, int unset, int outlets) {

    /** Outlets of one label; width is its share of all the story's outlets in steps of 5 (a style class, not inline). */
    public record Band(String label, int count, int width) {
    }

    static final LeanSpread NONE = new LeanSpread(List.of(), 0, 0);

    public boolean isEmpty() {
        return bands.stream().allMatch(band -> band.count() == 0);
    }

    /** The width of the outlets without a lean, in the same steps. */
    public int unsetWidth() {
        return outlets == 0 ? 0 : Math.round(unset * 20f / outlets) * 5;
    }
}

package dev.parallax.outlet;

/** The admin changed an outlet's profile or the scale of leans: pages that show them are stale. */
public record OutletProfilesChanged() {
}

package dev.parallax.outlet;

/** What the admin tells about an outlet: its country, its owner and its lean on the admin's scale; each may be null. */
public record OutletProfile(String country, String owner, String lean) {

}

package dev.parallax.outlet;

/**
 * An outlet as GET /api/outlets lists it: how many of its articles are stored, in how many stories, and its first and
 * last publication (ISO dates or date-times in UTC; null when none of its articles is dated); and what the admin
 * told of it (country, owner, lean on the admin's scale), each null until given.
 */
public record OutletSummary(String source, int articles, int stories, String firstPublished, String lastPublished,
                            String country, String owner, String lean) {

    /** What the admin told of it, in one line ("Austria · Verlag AG · centre"), empty when nothing. */
    public String described() {
        return java.util.stream.Stream.of(country, owner, lean).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" · "));
    }
}

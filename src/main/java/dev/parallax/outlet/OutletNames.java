package dev.parallax.outlet;

/** What an outlet's name in an address may be: stored names come from metadata or hosts, never this long or with controls. */
final class OutletNames {

    static final int MAX_LENGTH = 200;

    private OutletNames() {
    }

    /**
     * The name in a captured rest of a path ("/AP/Reuters"). Links write a name's slashes as they are, for servers and
     * firewalls refuse an encoded slash.
     */
    static String fromPath(String rest) {
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }

    /** The name as asked for, or refused with a reason a reader can act on. */
    static String checked(String source) {
        if (source == null || source.isBlank()) {
            throw new OutletNameRefusedException("Give an outlet's name, as GET /api/outlets lists it.");
        }
        if (source.length() > MAX_LENGTH) {
            throw new OutletNameRefusedException("An outlet's name is at most %d characters.".formatted(MAX_LENGTH));
        }
        if (source.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
            throw new OutletNameRefusedException("An outlet's name has no control characters or broken letters.");
        }
        return source;
    }
}

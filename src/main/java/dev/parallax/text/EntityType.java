package dev.parallax.text;

/** What a name names, as a reader would say: a person, an organisation, a place, or another named thing. */
public enum EntityType {
    PERSON, ORG, PLACE, OTHER
}

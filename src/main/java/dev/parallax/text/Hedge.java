package dev.parallax.text;

/** How exact a figure claims to be: "about 300", "at least 11", "up to 190 miles", or plainly "948 feet". */
public enum Hedge {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST
}

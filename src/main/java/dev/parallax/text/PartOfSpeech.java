package dev.parallax.text;

import java.util.HashMap;
import java.util.Map;

/** Universal Dependencies part-of-speech tags, as the English model tags tokens; each has a one-letter code for storage. */
public enum PartOfSpeech {
    ADJ('a'), ADP('p'), ADV('r'), AUX('x'), CCONJ('c'), DET('d'), INTJ('i'), NOUN('n'), NUM('m'), PART('t'),
    PRON('o'), PROPN('N'), PUNCT('.'), SCONJ('s'), SYM('y'), VERB('v'), X('X');

    private static final Map<Character, PartOfSpeech> BY_CODE = new HashMap<>();

    static {
        for (PartOfSpeech tag : values()) {
            BY_CODE.put(tag.code, tag);
        }
    }

    private final char code;

    PartOfSpeech(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static PartOfSpeech ofCode(char code) {
        PartOfSpeech tag = BY_CODE.get(code);
        if (tag == null) {
            throw new IllegalArgumentException("No part of speech has the code " + code);
        }
        return tag;
    }

    /** The tagger's label for a tag; anything it may add later reads as X. */
    static PartOfSpeech ofLabel(String label) {
        try {
            return valueOf(label);
        } catch (IllegalArgumentException unknown) {
            return X;
        }
    }

    public boolean isNominal() {
        return this == NOUN || this == PROPN;
    }
}

package dev.parallax.text;

import java.util.List;

/** Someone or something one article names, however many ways: its fullest name, its type and every form used. */
public record Entity(String name, EntityType type, List<String> variants, List<String> roles) {
}

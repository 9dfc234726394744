package dev.parallax.ingest;

import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's body text into blocks: a headline, section headings, paragraphs, "read also" lines and
 * the discussion questions it ends with. The rules look at the shape of lines, never at what a story is about.
 */
final class BlockParser {

    private static final int MAX_TITLE_WORDS = 20;
    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_HEADLINE_CHARS = 160;
    private static final int MAX_QUESTION_WORDS = 60;

    private static final Pattern RELATED = Pattern.compile(
            "^(also read|read also|read more|see also|related|related stories|more on this|read next|recommended)"
                    + "\\s*[:\\-–—]\\s*\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|[-•*–])\\s+(\\S.*)$");
    private static final Pattern QUESTIONS_INTRO = Pattern.compile(
            "\\b(questions?|discuss(ion)?|think about|consider|reflect)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern STOP_INSIDE = Pattern.compile("[.!?…][”\"’)]*\\s+\\S");

    /** The blocks of a body, and whether its first line is the article's own headline. */
    record Parsed(List<Block> blocks, boolean hasHeadline) {
    }

    Parsed parse(String body) {
        List<String> lines = ParagraphLines.of(body);
        List<Block> blocks = new ArrayList<>(lines.size());
        int questionsStart = trailingQuestionsStart(lines);
        boolean hasHeadline = lines.size() > 1 && questionsStart > 1 && isHeadline(lines.getFirst(), MAX_TITLE_WORDS);
        for (int i = 0; i < questionsStart; i++) {
            String line = lines.get(i);
            if (i == 0 && hasHeadline) {
                blocks.add(new Block(BlockKind.TITLE, line));
            } else if (RELATED.matcher(line).matches()) {
                blocks.add(new Block(BlockKind.RELATED, line));
            } else if (isHeading(lines, i, questionsStart)) {
                blocks.add(new Block(BlockKind.HEADING, line));
            } else {
                blocks.add(new Block(BlockKind.PARAGRAPH, line));
            }
        }
        for (int i = questionsStart; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                blocks.add(new Block(BlockKind.QUESTION, item.group(1).strip()));
            } else if (isSingleQuestion(line)) {
                blocks.add(new Block(BlockKind.QUESTION, line));
            } else {
                blocks.add(new Block(BlockKind.HEADING, line)); // "Questions for discussion:"
            }
        }
        return new Parsed(blocks, hasHeadline);
    }

    /**
     * Where the discussion questions at the end of the text begin (the number of lines when there are none):
     * a trailing list whose items are questions, with an optional lead question and an optional intro line
     * before it; or, with no list, standalone question lines after the last paragraph.
     */
    private int trailingQuestionsStart(List<String> lines) {
        int start = lines.size();
        int questionItems = 0;
        while (start > 0 && LIST_ITEM.matcher(lines.get(start - 1)).matches()) {
            start--;
            if (lines.get(start).stripTrailing().endsWith("?")) {
                questionItems++;
            }
        }
        int items = lines.size() - start;
        if (items > 0) {
            boolean leadQuestion = start > 0 && isSingleQuestion(lines.get(start - 1));
            boolean intro = start > 0 && !leadQuestion && isIntroToQuestions(lines.get(start - 1));
            if (questionItems * 2 < items && !intro && !leadQuestion) {
                return lines.size(); // an ordinary list, not questions to the reader
            }
            if (leadQuestion || intro) {
                start--;
            }
            if (intro && start > 0 && isSingleQuestion(lines.get(start - 1))) {
                start--;
            }
            return start;
        }
        // No list: questions standing alone after the prose, at most a handful, never the whole text.
        while (start > 1 && lines.size() - start < 10 && isSingleQuestion(lines.get(start - 1))) {
            start--;
        }
        return start == 0 ? lines.size() : start;
    }

    private static boolean isIntroToQuestions(String line) {
        String stripped = line.strip();
        return wordCount(stripped) <= MAX_HEADING_WORDS
                && (stripped.endsWith(":") || !endsLikeSentence(stripped))
                && QUESTIONS_INTRO.matcher(stripped).find();
    }

    /** A whole line that is one question: a discussion question or a heading phrased as one. */
    private static boolean isSingleQuestion(String line) {
        String stripped = line.strip();
        return stripped.endsWith("?")
                && wordCount(stripped) <= MAX_QUESTION_WORDS
                && !hasSeveralSentences(stripped);
    }

    /** A short line that opens a section: headline-like, followed by prose or by a sub-heading that is. */
    private boolean isHeading(List<String> lines, int index, int end) {
        if (index + 1 >= end || !isHeadline(lines.get(index), MAX_HEADING_WORDS)) {
            return false;
        }
        String next = lines.get(index + 1);
        return !isHeadline(next, MAX_HEADING_WORDS) && !RELATED.matcher(next).matches()
                || isHeading(lines, index + 1, end);
    }

    /** Short, one sentence at most, starting like a title and not closed by a full stop. */
    static boolean isHeadline(String line, int maxWords) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_HEADLINE_CHARS || wordCount(stripped) > maxWords) {
            return false;
        }
        int first = stripped.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'".indexOf(first) >= 0)) {
            return false;
        }
        if (LIST_ITEM.matcher(stripped).matches() && !Character.isDigit(first)) {
            return false;
        }
        return !endsLikeSentence(stripped) && !hasSeveralSentences(stripped);
    }

    /** Whether a line holds more than one sentence; a line with no stop before a space inside it holds one. */
    private static boolean hasSeveralSentences(String line) {
        return STOP_INSIDE.matcher(line).find() && SentenceSplitter.split(line).size() > 1;
    }

    /** Ends as prose or a list intro does; headlines do not. */
    private static boolean endsLikeSentence(String line) {
        String trimmed = line.replaceAll("[”\"’')\\]]+$", "");
        return trimmed.endsWith(".") || trimmed.endsWith(",") || trimmed.endsWith(";") || trimmed.endsWith(":");
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}

package rectimap.exchange;

import java.io.IOException;
import java.io.Reader;

/**
 * Walks one JSON text (RFC 8259) from a {@link Reader} without holding it: the outer structure token by token
 * ({@link #expect}, {@link #memberName}, {@link #more}) and each inner value read whole, as raw text handed to
 * {@link JsonSyntax} ({@link #value}) or skipped ({@link #skipValue}). So a GeoJSON FeatureCollection of any size
 * is read with one feature in memory. Offsets count characters from the start of the text (after a byte order
 * mark). Not thread-safe; the caller closes the reader.
 */
final class JsonStream {
    private static final int BUFFER_CHARS = 1 << 16;
    private static final String LITERAL = "+-.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** A value this long (characters) is checked for a syntax error before it is read further. */
    private static final long CHECK_CHARS = 1 << 20;
    private final Reader in;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int at;
    private int limit;
    /** Characters read before {@code buffer[0]}. */
    private long bufferStart;

    JsonStream(Reader in) {
        this.in = in;
    }

    /** The next character that is not white space, not taken; -1 at the end of the text. */
    int peek() throws IOException {
        while (true) {
            int c = look();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return c;
            }
            at++;
        }
    }

    /** Takes {@code c} (after white space) or fails saying what came instead. */
    void expect(char c) throws IOException, JsonSyntax.Flaw {
        int next = peek();
        if (next != c) {
            throw unexpected(next, "expected '" + c + "'");
        }
        at++;
    }

    /** An object member's name and the ':' after it. */
    String memberName() throws IOException, JsonSyntax.Flaw {
        if (peek() != '"') {
            throw unexpected(peek(), "expected a member name");
        }
        long start = offset();
        Object name = parse(raw(), start);
        expect(':');
        return (String) name;
    }

    /** After an item of an object or array: takes ',' (true: another item follows) or {@code close} (false). */
    boolean more(char close) throws IOException, JsonSyntax.Flaw {
        int next = peek();
        if (next == ',' || next == close) {
            at++;
            return next == ',';
        }
        throw unexpected(next, "expected ',' or '" + close + "'");
    }

    /** The next value, parsed by {@link JsonSyntax} (flaws at their offset in the whole text). */
    Object value() throws IOException, JsonSyntax.Flaw {
        peek();
        long start = offset();
        return parse(raw(), start);
    }

    /** Passes over the next value, checking only that it ends (its syntax is checked by {@link #value}). */
    void skipValue() throws IOException, JsonSyntax.Flaw {
        raw();
    }

    /** Checks that only white space follows the text's one value. */
    void end() throws IOException, JsonSyntax.Flaw {
        if (peek() != -1) {
            throw new JsonSyntax.Flaw("unexpected text after the JSON value", offset(), false);
        }
    }

    /** Reads the rest of the text without looking at it (so a decoding failure further on still shows). */
    void drain() throws IOException {
        while (look() != -1) {
            at = limit;
        }
    }

    long offset() {
        return bufferStart + at;
    }

    /**
     * {@code raw}, a complete value by its brackets and quotes, parsed. Where the parser wanted more text (a word
     * such as {@code nu} cut by a bracket) the file goes on, so that is unexpected text, as a whole parse says.
     */
    private Object parse(String raw, long start) throws IOException, JsonSyntax.Flaw {
        try {
            return JsonSyntax.parse(raw);
        } catch (JsonSyntax.Flaw flaw) {
            if (flaw.truncated && look() >= 0) {
                throw new JsonSyntax.Flaw("unexpected text", flaw.offset + start, false);
            }
            throw flaw.shifted(start);
        }
    }

    /**
     * The raw text of the next value: a string, a bracketed object or array (strings inside kept whole), a literal.
     * Only brackets and strings are followed here; when the text ends inside the value, and every time the value
     * has doubled past a million characters, {@link JsonSyntax} parses it, so a damaged file fails with the flaw a
     * whole parse finds (CORRUPT where it is, not TRUNCATED at the end) and never with the rest of the file held.
     */
    private String raw() throws IOException, JsonSyntax.Flaw {
        peek();
        long start = offset();
        StringBuilder out = new StringBuilder();
        int depth = 0;
        long nextCheck = CHECK_CHARS;
        try {
            do {
                int c = take();
                out.append((char) c);
                if (c == '"') {
                    copyStringRest(out);
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                } else if (depth == 0 && LITERAL.indexOf(c) >= 0) {
                    while (look() >= 0 && LITERAL.indexOf(look()) >= 0) {
                        out.append((char) take());
                    }
                }
                if (out.length() >= nextCheck) {
                    nextCheck *= 2;
                    check(out, start);
                }
            } while (depth > 0);
        } catch (JsonSyntax.Flaw endedInside) {
            check(out, start);
            throw endedInside;
        }
        return out.toString();
    }

    /** Fails with the flaw {@link JsonSyntax} finds in the (incomplete) value {@code text}, unless it is its end. */
    private static void check(CharSequence text, long start) throws JsonSyntax.Flaw {
        try {
            JsonSyntax.parse(text.toString());
        } catch (JsonSyntax.Flaw flaw) {
            if (!flaw.truncated) {
                throw flaw.shifted(start);
            }
        }
    }

    private void copyStringRest(StringBuilder out) throws IOException, JsonSyntax.Flaw {
        while (true) {
            int c = take();
            out.append((char) c);
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                out.append((char) take());
            }
        }
    }

    /** The next character, taken; the end of the text here is a truncation. */
    private int take() throws IOException, JsonSyntax.Flaw {
        int c = look();
        if (c < 0) {
            throw new JsonSyntax.Flaw("the text ends early", offset(), true);
        }
        at++;
        return c;
    }

    private int look() throws IOException {
        if (at == limit) {
            bufferStart += limit;
            at = 0;
            limit = 0;
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return -1;
            }
            limit = n;
        }
        return buffer[at];
    }

    private JsonSyntax.Flaw unexpected(int found, String expected) {
        return found < 0 ? new JsonSyntax.Flaw("the text ends early", offset(), true)
                : new JsonSyntax.Flaw(expected, offset(), false);
    }
}

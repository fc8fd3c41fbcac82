package rectimap.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON (RFC 8259) reader into plain values: {@code Map<String,Object>} (member order kept),
 * {@code List<Object>}, String, Long (integers that fit), Double, Boolean and null. Nesting is limited so a
 * hostile file cannot overflow the stack; any flaw is a {@link Flaw} with the character offset.
 */
final class JsonSyntax {
    private static final int MAX_DEPTH = 200;

    /** A syntax error at {@code offset} (0-based character position). */
    static final class Flaw extends Exception {
        final String reason;
        final long offset;
        final boolean truncated;

        Flaw(String reason, long offset, boolean truncated) {
            super(reason + " at character " + offset);
            this.reason = reason;
            this.offset = offset;
            this.truncated = truncated;
        }

        /** The same flaw in a text of which the parsed one is a part starting at {@code start}. */
        Flaw shifted(long start) {
            return new Flaw(reason, offset + start, truncated);
        }
    }

    private final String text;
    private int at;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** The one value {@code text} holds (white space around it allowed). */
    static Object parse(String text) throws Flaw {
        JsonSyntax reader = new JsonSyntax(text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw new Flaw("unexpected text after the JSON value", reader.at, false);
        }
        return value;
    }

    private Object value(int depth) throws Flaw {
        if (depth > MAX_DEPTH) {
            throw new Flaw("nested more than " + MAX_DEPTH + " levels", at, false);
        }
        skipSpace();
        char c = peek();
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) throws Flaw {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new Flaw("expected a member name", at, false);
            }
            String name = string();
            skipSpace();
            expect(':');
            members.put(name, value(depth + 1));
            skipSpace();
            char c = peek();
            at++;
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                throw new Flaw("expected ',' or '}'", at - 1, false);
            }
        }
    }

    private List<Object> array(int depth) throws Flaw {
        List<Object> items = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            items.add(value(depth + 1));
            skipSpace();
            char c = peek();
            at++;
            if (c == ']') {
                return items;
            }
            if (c != ',') {
                throw new Flaw("expected ',' or ']'", at - 1, false);
            }
        }
    }

    private String string() throws Flaw {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = peek();
            at++;
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char e = peek();
                at++;
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw new Flaw("the text ends inside a \\u escape", at, true);
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException bad) {
                            throw new Flaw("bad \\u escape", at, false);
                        }
                        at += 4;
                    }
                    default -> throw new Flaw("bad escape \\" + e, at - 1, false);
                }
            } else if (c < 0x20) {
                throw new Flaw("control character in a string", at - 1, false);
            } else {
                out.append(c);
            }
        }
    }

    private Object word(String word, Object value) throws Flaw {
        if (!text.startsWith(word, at)) {
            throw new Flaw(at + word.length() > text.length() ? "the text ends early" : "unexpected text",
                    at, at + word.length() > text.length());
        }
        at += word.length();
        return value;
    }

    private Object number() throws Flaw {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw new Flaw("unexpected character '" + text.charAt(at) + "'", at, false);
        }
        String literal = text.substring(start, at);
        try {
            if (literal.matches("-?(0|[1-9][0-9]{0,17})")) {
                return Long.parseLong(literal);
            }
            if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw new Flaw("bad number " + literal, start, at == text.length());
            }
            return Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            throw new Flaw("bad number " + literal, start, false);
        }
    }

    private void expect(char c) throws Flaw {
        if (peek() != c) {
            throw new Flaw("expected '" + c + "'", at, false);
        }
        at++;
    }

    private char peek() throws Flaw {
        if (at >= text.length()) {
            throw new Flaw("the text ends early", at, true);
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }
}

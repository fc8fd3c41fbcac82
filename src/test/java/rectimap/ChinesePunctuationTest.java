package rectimap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese text uses Chinese (full-width) punctuation: no value of a Chinese resource bundle (every
 * {@code src/main/resources/**}{@code /*.properties} without a language suffix such as {@code _en}) has an ASCII
 * {@code , : ; ? ! ( )} whose nearest non-space neighbour, on either side, is a CJK character (Han, CJK symbols and
 * punctuation U+3000–303F, full-width forms U+FF00–FFEF, “ ” ‘ ’ …). A {@code {…}} placeholder counts as a Latin
 * neighbour, so "1:{0}" and "{0},{1}" (figures) stay, while "已完成:{0}" does not. Nor may an ASCII bracket pair with
 * a full-width one ("（…)"), nor may a value be nothing but ASCII marks (a separator joined into Chinese sentences,
 * e.g. between a file name and "第 3 条记录").
 *
 * <p>Exempt, because the user types or reads them as they are:
 * <ul>
 * <li>text in backticks;</li>
 * <li>a command-line flag ({@code --extent}) and the value after it ({@code township:乡镇名称}), each up to its
 * first CJK character;</li>
 * <li>a word that is an address, path, option or file name: it contains {@code ://}, starts with {@code /},
 * {@code ./} or {@code ~/}, contains a backslash or {@code =}, or a file extension ({@code 文件.gpkg!表名});</li>
 * <li>a menu mnemonic {@code (_F)} after the menu word, the Chinese Windows convention (文件(F)).</li>
 * </ul>
 *
 * <p>The same rule holds for the Chinese string literals of {@code src/main/java} (labels of planning fields,
 * refusals, report headings …), one literal at a time: a literal with more Han characters than Latin letters (an
 * English sentence that quotes a Chinese term keeps its ASCII marks). Not text, so exempt: a literal that is a regular expression
 * (it holds a backslash escape or a character class {@code [...]}), and the sample's generated data in
 * {@code campaign/sample} (stored as data in the committed {@code maps/yanhu-sample.gpkg}, which tests compare with a
 * fresh generation).
 */
class ChinesePunctuationTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2}(_[A-Z]{2})?\\.properties$");
    private static final String ASCII_MARKS = ",:;?!()";
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern PATH_LIKE = Pattern.compile("://|^[~.]?/|\\\\|=|\\.[A-Za-z]{2,5}(?![A-Za-z])");
    private static final Pattern MNEMONIC = Pattern.compile("\\(_[A-Za-z]\\)");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path SAMPLE_DATA = Path.of("src/main/java/rectimap/campaign/sample");
    /** A Java string literal on one line (its escapes kept as written). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
    private static final Pattern REGEX_LIKE = Pattern.compile("\\\\\\\\|\\[[^\\]]*\\]");

    @Test
    void chineseBundlesUseChinesePunctuation() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            bundles = files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !LOCALE_SUFFIX.matcher(p.getFileName().toString()).find()).sorted().toList();
        }
        assertThat(bundles).extracting(p -> p.getFileName().toString())
                .contains("messages.properties", "print.properties", "labels.properties");
        List<String> found = new ArrayList<>();
        for (Path bundle : bundles) {
            Properties values = new Properties();
            try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                values.load(reader);
            }
            for (String key : values.stringPropertyNames()) {
                String value = values.getProperty(key);
                if (!offences(value).isEmpty()) {
                    found.add(bundle.getFileName() + " " + key + "=" + value);
                }
            }
        }
        assertThat(found).as("ASCII punctuation in Chinese text").isEmpty();
    }

    @Test
    void chineseStringLiteralsInTheCodeUseChinesePunctuation() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.startsWith(SAMPLE_DATA))
                    .sorted().toList();
        }
        List<String> found = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (isChineseText(text) && !REGEX_LIKE.matcher(text).find() && !offences(text).isEmpty()) {
                        found.add(SOURCES.relativize(source) + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(found).as("ASCII punctuation in Chinese text in the code").isEmpty();
    }

    @Test
    void theRuleFindsAsciiMarksBesideChineseAndSparesFiguresFlagsAndPaths() {
        assertThat(offences("已完成:{0}")).hasSize(1);
        assertThat(offences("磁盘已满,请清理")).hasSize(1);
        assertThat(offences("面积 (亩)")).hasSize(2);
        assertThat(offences("吸附 (S)")).hasSize(1);
        assertThat(offences("合并后保留哪个?")).hasSize(1);
        assertThat(offences("未保存 {0} 步（已保留)")).as("a mixed pair").hasSize(1);
        assertThat(offences("已完成：{0}（{1} 页）")).isEmpty();
        assertThat(offences("比例尺 1:{0}")).isEmpty();
        assertThat(offences("经纬度 {0}, {1}")).isEmpty();
        assertThat(offences("请用 --extent township:乡镇名称 或 --extent district。")).isEmpty();
        assertThat(offences("格式为 postgresql://用户@主机:端口/数据库。")).isEmpty();
        assertThat(offences("请用“文件.gpkg!表名”指明")).isEmpty();
        assertThat(offences("用 `rectimap check --at 经度,纬度` 查看")).isEmpty();
        assertThat(offences("文件(_F)")).isEmpty();
        assertThat(offences(",")).as("a separator between Chinese parts").hasSize(1);
        assertThat(offences("--encoding UTF-8(或其他编码)")).as("a flag's value ends at its first Chinese word")
                .hasSize(1);
    }

    /** Chinese text: at least one Han character, and more of them than Latin letters. */
    private static boolean isChineseText(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        return han > 0 && han > latin;
    }

    /** The positions in {@code value} of ASCII marks the rule refuses. */
    static List<Integer> offences(String value) {
        boolean[] exempt = exemptions(value);
        String masked = placeholdersAsLatin(value);
        List<Integer> offences = new ArrayList<>();
        if (!value.isBlank() && value.strip().chars().allMatch(c -> ASCII_MARKS.indexOf(c) >= 0)) {
            offences.add(value.indexOf(value.strip()));
            return offences;
        }
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (ASCII_MARKS.indexOf(c) < 0 || exempt[i]) {
                continue;
            }
            if (isCjk(neighbour(masked, i, -1)) || isCjk(neighbour(masked, i, 1)) || mixedPair(masked, i)) {
                offences.add(i);
            }
        }
        return offences;
    }

    private static boolean[] exemptions(String value) {
        boolean[] exempt = new boolean[value.length()];
        boolean inTicks = false;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '`') {
                inTicks = !inTicks;
            }
            exempt[i] = inTicks || value.charAt(i) == '`';
        }
        Matcher word = WORD.matcher(value);
        boolean afterFlag = false;
        while (word.find()) {
            String text = word.group();
            boolean flag = text.startsWith("--");
            if (flag || afterFlag) {
                for (int i = word.start(); i < word.end() && !isCjk(value.charAt(i)); i++) {
                    exempt[i] = true;
                }
            }
            if (PATH_LIKE.matcher(text).find()) {
                java.util.Arrays.fill(exempt, word.start(), word.end(), true);
            }
            afterFlag = flag;
        }
        Matcher mnemonic = MNEMONIC.matcher(value);
        while (mnemonic.find()) {
            java.util.Arrays.fill(exempt, mnemonic.start(), mnemonic.end(), true);
        }
        return exempt;
    }

    /** The value with each {@code {…}} placeholder's characters replaced by 'x', a Latin neighbour. */
    private static String placeholdersAsLatin(String value) {
        StringBuilder masked = new StringBuilder(value);
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            }
            if (depth > 0) {
                masked.setCharAt(i, 'x');
            }
            if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return masked.toString();
    }

    /** The nearest non-space character from {@code i} in direction {@code step}, or a space at the end. */
    private static char neighbour(String text, int i, int step) {
        for (int j = i + step; j >= 0 && j < text.length(); j += step) {
            if (text.charAt(j) != ' ') {
                return text.charAt(j);
            }
        }
        return ' ';
    }

    /** An ASCII bracket whose partner is a full-width one. */
    private static boolean mixedPair(String text, int i) {
        char c = text.charAt(i);
        if (c != '(' && c != ')') {
            return false;
        }
        int step = c == '(' ? 1 : -1;
        int depth = 0;
        for (int j = i + step; j >= 0 && j < text.length(); j += step) {
            char d = text.charAt(j);
            boolean same = c == '(' ? d == '(' || d == '（' : d == ')' || d == '）';
            boolean partner = c == '(' ? d == ')' || d == '）' : d == '(' || d == '（';
            if (same) {
                depth++;
            } else if (partner && depth-- == 0) {
                return d == '）' || d == '（';
            }
        }
        return false;
    }

    private static boolean isCjk(char c) {
        return c >= '\u2E80' && c <= '\u2FFF' || c >= '\u3000' && c <= '\u303F' || c >= '\u3400' && c <= '\u9FFF'
                || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFFEF' || c == '“' || c == '”'
                || c == '‘' || c == '’' || c == '…';
    }
}

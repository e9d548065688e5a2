package io.vigil.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding code is the text of tagged regions of compiled, tested classes: a block
 * preceded by {@code <!-- snippet: Class tag tag ... -->} must equal those regions, in that order.
 */
class ReadmeSnippetsTest {
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: (\\w+)((?: [\\w-]+)+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);
    private static final Path SOURCES = Path.of("examples/src/main/java/io/vigil/examples/embedding");

    private record Snippet(String className, List<String> tags, String text) {
    }

    @Test
    void every_marked_block_of_the_readme_is_the_text_of_its_tagged_regions() throws IOException {
        Path root = repositoryRoot();
        List<Snippet> snippets = snippets(Files.readString(root.resolve("README.md")));
        assertThat(snippets).extracting(Snippet::className).as("the README embeds both examples")
                .contains("EmbeddingExample", "GuiceEmbeddingExample");
        for (Snippet s : snippets) {
            String source = Files.readString(root.resolve(SOURCES).resolve(s.className() + ".java"));
            StringBuilder expected = new StringBuilder();
            for (String tag : s.tags()) {
                expected.append(region(source, tag, s.className()));
            }
            assertThat(s.text()).as("README block of %s %s", s.className(), s.tags()).isEqualTo(expected.toString());
        }
    }

    @Test
    void every_java_block_of_the_embedding_section_is_marked() throws IOException {
        String readme = Files.readString(repositoryRoot().resolve("README.md"));
        int start = readme.indexOf("\n## Embedding");
        assertThat(start).as("the README has an Embedding section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        int blocks = section.split("```java\\n", -1).length - 1;
        assertThat(blocks).isPositive();
        assertThat(snippets(section)).as("marked blocks in the Embedding section").hasSize(blocks);
    }

    @Test
    void a_region_is_read_without_its_indent_and_a_block_with_its_class_and_tags() {
        String source = "class X {\n    void m() {\n        // tag::a[]\n        int x = 1;\n        // end::a[]\n    }\n}\n";
        assertThat(region(source, "a", "X")).isEqualTo("int x = 1;\n");
        assertThat(snippets("<!-- snippet: X a -->\n```java\nint x = 2;\n```\n"))
                .containsExactly(new Snippet("X", List.of("a"), "int x = 2;\n"));
    }

    private static List<Snippet> snippets(String markdown) {
        List<Snippet> found = new ArrayList<>();
        Matcher m = SNIPPET.matcher(markdown);
        while (m.find()) {
            found.add(new Snippet(m.group(1), List.of(m.group(2).trim().split(" ")), m.group(3)));
        }
        return found;
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}, without their common indent. */
    private static String region(String source, String tag, String className) {
        List<String> lines = source.lines().toList();
        int from = indexOf(lines, "// tag::" + tag + "[]", className);
        int to = indexOf(lines, "// end::" + tag + "[]", className);
        List<String> body = lines.subList(from + 1, to);
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder text = new StringBuilder();
        body.forEach(l -> text.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return text.toString();
    }

    private static int indexOf(List<String> lines, String marker, String className) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(className + " has no line " + marker);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve(SOURCES)))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}

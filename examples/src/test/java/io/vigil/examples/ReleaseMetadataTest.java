package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The release's coordinates agree everywhere: every POM of the build and the BOM carry the parent's
 * version, the BOM names every published module, every jar names its module, and the README's and
 * CHANGELOG's Maven coordinates and versions are those of the POMs.
 */
class ReleaseMetadataTest {
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*(?:<version>([^<]+)</version>)?");
    private static final Pattern VERSION_MENTION = Pattern.compile("(?:version|release is) `(\\d[^`]*)`");
    private final Path root = repositoryRoot();

    @Test
    void every_module_and_the_bom_carry_the_parents_version() throws Exception {
        String version = text(pom(root), "version");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        for (Path module : modules()) {
            Element pom = pom(module);
            String own = module.getFileName().toString().equals("bom") ? text(pom, "version")
                    : text(child(pom, "parent"), "version");
            assertThat(own).as("version of %s", module).isEqualTo(version);
        }
    }

    @Test
    void the_bom_manages_exactly_the_published_library_modules() throws Exception {
        List<String> managed = new ArrayList<>();
        NodeList deps = pom(root.resolve("bom")).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(text(d, "version")).isEqualTo("${project.version}");
            managed.add(text(d, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(libraries().keySet());
    }

    @Test
    void every_jar_module_names_its_own_automatic_module() throws Exception {
        List<String> names = new ArrayList<>();
        for (Path module : modules()) {
            Element pom = pom(module);
            if (child(pom, "packaging") != null && text(pom, "packaging").equals("pom")) {
                continue;
            }
            Element properties = child(pom, "properties");
            assertThat(properties).as("<properties> of %s", module).isNotNull();
            String name = text(properties, "vigil.module.name");
            assertThat(name).as("Automatic-Module-Name of %s", module).matches("io\\.vigil(\\.[a-z]+)+");
            names.add(name);
        }
        assertThat(names).as("module names").doesNotHaveDuplicates().hasSizeGreaterThan(8);
    }

    @Test
    void the_readmes_maven_coordinates_are_the_poms() throws Exception {
        String version = text(pom(root), "version");
        String readme = Files.readString(root.resolve("README.md"));
        Map<String, Path> artifacts = artifacts();
        Matcher m = DEPENDENCY.matcher(readme);
        int blocks = 0;
        while (m.find()) {
            if (!m.group(1).equals("io.vigil")) {
                continue;
            }
            blocks++;
            assertThat(artifacts).as("README names the artifact io.vigil:%s", m.group(2)).containsKey(m.group(2));
            assertThat(m.group(3)).as("README's version of %s", m.group(2)).isIn(version, null);
        }
        assertThat(blocks).as("the README shows how to depend on Vigil").isPositive();
        Matcher v = VERSION_MENTION.matcher(readme);
        int mentions = 0;
        while (v.find()) {
            mentions++;
            assertThat(v.group(1)).as("README: %s", v.group()).isIn(version, release(version));
        }
        assertThat(mentions).as("the README names the version").isPositive();
        Matcher bom = Pattern.compile("<artifactId>vigil-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(readme);
        assertThat(bom.find()).as("the README imports the BOM with a version").isTrue();
        assertThat(bom.group(1)).isEqualTo(version);
    }

    @Test
    void every_library_jar_carries_the_licence_and_the_notice() throws Exception {
        byte[] licence = Files.readAllBytes(root.resolve("LICENSE"));
        byte[] notice = Files.readAllBytes(root.resolve("NOTICE"));
        // one class of each library module on this module's classpath: its jar, or its classes in the reactor
        for (Class<?> type : List.of(io.vigil.kernel.Kernel.class, io.vigil.json.VigilModule.class,
                io.vigil.testkit.memory.InMemoryVigil.class, io.vigil.jdbc.JdbcMigrations.class,
                io.vigil.files.FilesAdapterModule.class, io.vigil.messaging.Dispatcher.class,
                io.vigil.rest.RestApi.class)) {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                assertThat(location.resolve("META-INF/LICENSE")).as("LICENSE of %s", location).hasBinaryContent(licence);
                assertThat(location.resolve("META-INF/NOTICE")).as("NOTICE of %s", location).hasBinaryContent(notice);
            } else {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(location)) {
                    assertThat(jar.getPath("META-INF/LICENSE")).as("LICENSE in %s", location).hasBinaryContent(licence);
                    assertThat(jar.getPath("META-INF/NOTICE")).as("NOTICE in %s", location).hasBinaryContent(notice);
                }
            }
        }
    }

    @Test
    void the_changelog_has_a_section_for_this_version() throws Exception {
        String version = text(pom(root), "version");
        String changelog = Files.readString(root.resolve("CHANGELOG.md"));
        String heading = version.endsWith("-SNAPSHOT") ? "## [Unreleased]" : "## [" + version + "]";
        assertThat(changelog).as("CHANGELOG for %s", version).contains(heading);
    }

    private static String release(String version) {
        return version.replace("-SNAPSHOT", "");
    }

    /** Every artifact the build makes, by artifactId. */
    private Map<String, Path> artifacts() throws Exception {
        Map<String, Path> all = new LinkedHashMap<>();
        for (Path module : modules()) {
            all.put(text(pom(module), "artifactId"), module);
        }
        return all;
    }

    /** The published library modules: every jar module but the examples and the benchmarks. */
    private Map<String, Path> libraries() throws Exception {
        Map<String, Path> libraries = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : artifacts().entrySet()) {
            Element pom = pom(e.getValue());
            String packaging = child(pom, "packaging") == null ? "jar" : text(pom, "packaging");
            Element properties = child(pom, "properties");
            boolean skipped = properties != null && child(properties, "vigil.library.skip") != null
                    && text(properties, "vigil.library.skip").equals("true");
            if (packaging.equals("jar") && !skipped) {
                libraries.put(e.getKey(), e.getValue());
            }
        }
        return libraries;
    }

    private List<Path> modules() throws Exception {
        List<Path> modules = new ArrayList<>();
        NodeList names = child(pom(root), "modules").getElementsByTagName("module");
        for (int i = 0; i < names.getLength(); i++) {
            modules.add(root.resolve(names.item(i).getTextContent().strip()));
        }
        return modules;
    }

    private static Element pom(Path dir) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("pom.xml").toFile())
                .getDocumentElement();
    }

    /** A direct child element, or null. */
    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        assertThat(e).as("<%s> in <%s>", name, parent.getTagName()).isNotNull();
        return e.getTextContent().strip();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("bom/pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

/**
 * The officer's web console ({@link io.vigil.examples.console.Console}): one {@link
 * io.vigil.examples.console.Screen} per context, JTE templates in {@code src/main/jte}. Labels come
 * from {@link io.vigil.examples.console.ConsoleLabels} in the viewer's language (English, Spanish,
 * French): in a template {@code !{var lbl = page.frame().labels();}} then {@code ${lbl.t("key")}}
 * and {@code ${lbl.word(constant)}}; in a screen {@code r.frame(r.t("title.<page>"), navKey)}; every
 * key in {@code labels_en}, {@code labels_es} and {@code labels_fr.properties} (ConsoleLabelsTest
 * checks it). See docs/languages.md, "The console's labels".
 */
package io.vigil.examples.console;

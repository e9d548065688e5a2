package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vigil.kernel.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Any template the validation accepts, rendered with any values, stays within its bound and shows no placeholder. */
class MessageTemplateProperties {
    private static final List<Character> ALPHABET = "abcXYZ 019éàÑü¿!?,.:;\n\"'-".chars().mapToObj(c -> (char) c)
            .toList();

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(500);
    }

    /** A kind and a text of words and its placeholders, with its required ones; not all of them valid. */
    private static Gen<MessageTemplateCase> cases() {
        return cases(Generate.enumValues(MessageKind.class));
    }

    /** As {@link #cases()}, of the digest kinds only. */
    private static Gen<MessageTemplateCase> digestCases() {
        return cases(Generate.pick(java.util.stream.Stream.of(MessageKind.values()).filter(k -> k.list().isPresent())
                .toList()));
    }

    private static Gen<MessageTemplateCase> cases(Gen<MessageKind> kinds) {
        Gen<String> words = lists().of(Generate.pick(ALPHABET)).ofSizeBetween(0, 60)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        return kinds.flatMap(kind -> {
            List<String> names = new ArrayList<>(kind.placeholders().keySet());
            Gen<String> token = names.isEmpty() ? words
                    : Generate.range(0, 2).zip(words, Generate.pick(names), (k, w, p) -> k == 0 ? "{" + p + "}" : w);
            return lists().of(token).ofSizeBetween(0, 6).map(ts -> {
                StringBuilder text = new StringBuilder();
                kind.required().stream().sorted().forEach(r -> text.append("{").append(r).append("} "));
                ts.forEach(text::append);
                return new MessageTemplateCase(kind, text.toString());
            });
        });
    }

    private record MessageTemplateCase(MessageKind kind, String text) {
    }

    @Test
    void a_rendered_message_never_exceeds_its_bound_and_never_leaves_a_placeholder() {
        Gen<String> anyValue = strings().allPossible().ofLengthBetween(0, 300);
        qt().forAll(cases(), anyValue, anyValue)
                .assuming((c, a, b) -> MessageTemplate.problems(c.kind(), c.text()).isEmpty())
                .checkAssert((c, a, b) -> {
                    MessageTemplate t = new MessageTemplate(c.kind(), Language.ES, c.text());
                    Map<String, String> values = new HashMap<>();
                    c.kind().placeholders().keySet().forEach(p -> values.put(p, p.hashCode() % 2 == 0 ? a : b));
                    String rendered = t.render(values);
                    assertThat(GsmText.septets(rendered)).isBetween(0, c.kind().bound());
                    assertThat(rendered).doesNotContain("{").doesNotContain("}");
                });
    }

    @Test
    void a_digests_head_and_tail_together_never_exceed_its_bound_and_never_leave_a_placeholder() {
        Gen<String> anyValue = strings().allPossible().ofLengthBetween(0, 300);
        qt().forAll(digestCases(), anyValue, anyValue)
                .assuming((c, a, b) -> MessageTemplate.problems(c.kind(), c.text()).isEmpty())
                .checkAssert((c, a, b) -> {
                    MessageTemplate t = new MessageTemplate(c.kind(), Language.FR, c.text());
                    Map<String, String> values = new HashMap<>();
                    c.kind().placeholders().keySet().forEach(p -> values.put(p, p.hashCode() % 2 == 0 ? a : b));
                    MessageTemplate.DigestWording w = t.digest(values);
                    assertThat(GsmText.septets(w.head() + w.tail())).isBetween(0, c.kind().bound());
                    assertThat(w.head() + w.tail()).doesNotContain("{").doesNotContain("}");
                });
    }

    @Test
    void a_text_the_validation_refuses_is_refused_by_the_template_too() {
        qt().forAll(cases()).checkAssert(c -> {
            boolean accepted = MessageTemplate.problems(c.kind(), c.text()).isEmpty();
            boolean built;
            try {
                new MessageTemplate(c.kind(), Language.FR, c.text());
                built = true;
            } catch (IllegalArgumentException e) {
                built = false;
            }
            assertThat(built).isEqualTo(accepted);
        });
    }
}

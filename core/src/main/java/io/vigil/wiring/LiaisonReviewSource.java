package io.vigil.wiring;

import io.vigil.kernel.access.Actor;
import io.vigil.liaison.port.in.ActivityFigure;
import io.vigil.liaison.port.in.ActivityPeriod;
import io.vigil.liaison.port.in.LiaisonActivity;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The review's liaison section, from the liaison context's activity figures of the period
 * ({@code LiaisonActivityUseCase}, reproducible as of the period's instant): contacts reached and
 * stale, information obtained and shared, meetings held, action items opened, closed, open and
 * overdue at the end, advice given and management's decisions on it. The liaison figures name no
 * person, so the section has no findings.
 */
final class LiaisonReviewSource implements ReviewSource {
    private final LiaisonUseCases liaison;

    LiaisonReviewSource(LiaisonUseCases liaison) {
        this.liaison = liaison;
    }

    @Override
    public String key() {
        return "liaison";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        LiaisonActivity a = liaison.activity().activity(reader,
                new ActivityPeriod(period.from(), period.to(), period.asOf()));
        List<Figure> figures = new ArrayList<>(List.of(
                figure("contactsReached", "Contacts reached", a.contactsReached()),
                figure("staleContacts", "Contacts stale at the end", a.staleContacts()),
                figure("informationObtained", "Information obtained", a.obtained()),
                figure("informationShared", "Information shared", a.shared()),
                figure("meetings", "Meetings held", a.meetings()),
                figure("actionsOpened", "Action items opened", a.actionsOpened()),
                figure("actionsClosed", "Action items closed", a.actionsClosed()),
                figure("actionsOpen", "Action items open at the end", a.actionsOpen()),
                figure("actionsOverdue", "Action items overdue at the end", a.actionsOverdue()),
                figure("adviceGiven", "Advice given to management", a.adviceGiven()),
                figure("decisionsPending", "Advice awaiting management's decision", a.decisionsPending())));
        for (LiaisonActivity.ByOutcome d : a.decisions()) {
            figures.add(figure("advice" + camel(d.outcome().name()), "Advice " + words(d.outcome().name()),
                    d.advice()));
        }
        return new ReviewSection(key(), "Liaison, meetings and advice", a.contactsReached().count()
                + " contacts reached, " + a.meetings().count() + " meetings, " + a.actionsOverdue().count()
                + " action items overdue, " + a.adviceGiven().count() + " pieces of advice", figures, List.of(),
                List.of());
    }

    private static Figure figure(String key, String label, ActivityFigure f) {
        return Figure.count(key, label, f.ids());
    }

    /** {@code PARTLY_ACCEPTED} as {@code PartlyAccepted}. */
    private static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return b.toString();
    }

    /** {@code PARTLY_ACCEPTED} as {@code partly accepted}. */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

package io.vigil.rest.alerting;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.port.in.ManageMessagesUseCase;
import io.vigil.kernel.Language;
import io.vigil.rest.ApiException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The office's message templates (every kind in English, Spanish and French; the office's own
 * replacing the shipped one) and the default language of its messages. Changes carry the
 * settings' version in {@code If-Match}.
 */
final class MessageTemplateRoutes {
    static final String BASE = "/api/v1/alerting/message-templates";
    static final String ITEM = BASE + "/{kind}/{language}";
    private static final String TAG = "Messages";

    private final Http http;
    private final ManageMessagesUseCase messages;

    MessageTemplateRoutes(Http http, ManageMessagesUseCase messages) {
        this.http = http;
        this.messages = messages;
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.route(HandlerType.GET, BASE, TAG,
                                "The office's default language and the template in force for every kind of message"
                                        + " in every language (version 0: English and the shipped templates)")
                        .returns(MessageSettingsResource.class)
                        .handle((ctx, actor) -> sendSettings(ctx, messages.get(actor))),
                ApiRoute.route(HandlerType.GET, ITEM, TAG, "The template in force for a kind in a language")
                        .returns(MessageTemplateResource.class)
                        .handle((ctx, actor) -> {
                            MessageKind kind = kind(ctx);
                            Language language = language(ctx);
                            sendTemplate(ctx, messages.get(actor), kind, language);
                        }),
                ApiRoute.route(HandlerType.PUT, ITEM, TAG,
                                "Set the office's own template for a kind in a language: only the kind's"
                                        + " placeholders, every one it requires, in the GSM alphabet, one SMS at most")
                        .body(MessageTemplateRequest.class).returns(MessageTemplateResource.class).ifMatch()
                        .handle((ctx, actor) -> {
                            MessageKind kind = kind(ctx);
                            Language language = language(ctx);
                            long expected = Http.ifMatch(ctx);
                            MessageTemplateRequest body = http.body(ctx, MessageTemplateRequest.class);
                            sendTemplate(ctx, messages.putTemplate(actor, expected, kind, language, body.text()),
                                    kind, language);
                        }),
                ApiRoute.route(HandlerType.DELETE, ITEM, TAG,
                                "Drop the office's own template for a kind in a language; answers the shipped one,"
                                        + " in force again")
                        .returns(MessageTemplateResource.class).ifMatch()
                        .handle((ctx, actor) -> {
                            MessageKind kind = kind(ctx);
                            Language language = language(ctx);
                            sendTemplate(ctx, messages.resetTemplate(actor, Http.ifMatch(ctx), kind, language),
                                    kind, language);
                        }),
                ApiRoute.route(HandlerType.PUT, "/api/v1/alerting/message-settings", TAG,
                                "Set the language of messages to persons who prefer none")
                        .body(MessageSettingsRequest.class).returns(MessageSettingsResource.class).ifMatch()
                        .handle((ctx, actor) -> {
                            long expected = Http.ifMatch(ctx);
                            MessageSettingsRequest body = http.body(ctx, MessageSettingsRequest.class);
                            sendSettings(ctx, messages.setDefaultLanguage(actor, expected, body.defaultLanguage()));
                        }));
    }

    private void sendSettings(Context ctx, MessageSettings s) throws java.io.IOException {
        Http.etag(ctx, s.version());
        http.send(ctx, 200, MessageSettingsResource.from(s));
    }

    private void sendTemplate(Context ctx, MessageSettings s, MessageKind kind, Language language)
            throws java.io.IOException {
        Http.etag(ctx, s.version());
        http.send(ctx, 200, MessageTemplateResource.from(s, s.template(kind, language)));
    }

    private static MessageKind kind(Context ctx) {
        String raw = ctx.pathParam("kind");
        return Stream.of(MessageKind.values()).filter(k -> k.name().equals(raw.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new ApiException(404, "Not found", "no message kind '"
                        + shown(raw) + "': the kinds are " + List.of(MessageKind.values())));
    }

    private static Language language(Context ctx) {
        String raw = ctx.pathParam("language");
        return Language.SUPPORTED.stream().filter(l -> l.value().equals(raw.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new ApiException(404, "Not found", "no language '" + shown(raw)
                        + "': the languages are en, es, fr"));
    }

    private static String shown(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
    }
}

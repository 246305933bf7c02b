package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Sentences as keys and arguments: said in English for messages, in Chinese for a Chinese bundle. */
class UserTextTest {
    private static final ResourceBundle CHINESE = ResourceBundle.getBundle(UserText.BUNDLE, Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));

    @Test
    void anExceptionsMessageIsItsSentenceInEnglishWhateverTheJvmSpeaks() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            InvalidInputException e = new InvalidInputException(UserText.of("error.token.revoked", "smh1/web"));

            assertEquals("The token smh1/web was revoked: generate a new token.", e.getMessage());
            assertEquals("令牌 smh1/web 已被吊销：请生成新令牌。", e.userText().render(CHINESE));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void partsAndListsAreSaidInTheSameLanguage() {
        UserText details = UserText.of("error.smh.details", List.of(UserText.of("error.smh.detail.status", "401"),
                UserText.of("error.smh.detail.request", "req-7")));
        UserText text = UserText.of("error.smh.rejectedCode", "InvalidAccessToken",
                UserText.of("error.smh.code.invalidAccessToken"), details);

        assertEquals("InvalidAccessToken: the token is invalid, expired, revoked or belongs to another library;"
                + " generate a new token (HTTP 401, request req-7)", text.english());
        assertEquals("InvalidAccessToken: 令牌无效、已过期、已被吊销或属于其他媒体库；请生成新令牌（HTTP 401，请求 req-7）",
                text.render(CHINESE));
    }

    @Test
    void anApostropheSurvivesTheFormat() {
        assertEquals("The master password is empty: enter the vault's master password.",
                UserText.of("error.password.empty").english());
    }

    @Test
    void numbersAndChoicesFollowTheLanguage() {
        assertEquals("1 second", UserText.of("error.smh.duration.seconds", 1L).english());
        assertEquals("30 seconds", UserText.of("error.smh.duration.seconds", 30L).english());
        assertEquals("30 秒", UserText.of("error.smh.duration.seconds", 30L).render(CHINESE));
    }

    @Test
    void aSecretIsNeverAnArgument() {
        AccessToken token = AccessToken.of("acctk0123456789abcdef");
        try (LibrarySecret secret = LibrarySecret.wrap("s3cret".toCharArray())) {
            assertThrows(IllegalArgumentException.class, () -> UserText.of("error.token.revoked", token));
            assertThrows(IllegalArgumentException.class, () -> UserText.of("error.token.revoked", secret));
            assertThrows(IllegalArgumentException.class, () -> UserText.of("error.token.revoked", "x".toCharArray()));
            assertThrows(IllegalArgumentException.class,
                    () -> UserText.of("error.smh.details", List.of(UserText.of("error.smh.detail.request", "r"), token)));
        }
    }

    @Test
    void argumentsAreFixedWhenTheTextIsMade() {
        List<Object> parts = new ArrayList<>(List.of("a"));
        UserText text = new UserText("error.token.revoked", parts);
        parts.set(0, "b");

        assertEquals(List.of("a"), text.arguments());
        assertThrows(UnsupportedOperationException.class, () -> text.arguments().add("c"));
        assertEquals("The token smh1/web was revoked: generate a new token.",
                UserText.of("error.token.revoked", new TokenRef("smh1", "web")).english());
    }

    @Test
    void aFailureOfOursBringsItsOwnSentenceAndAnyOtherNeitherItsMessageNorItsClassName() {
        VaultException ours = new VaultException(UserText.of("error.vault.locked"));

        assertSame(ours.userText(), ExplainedFailure.textOf(new CompletionException(ours)));
        UserText foreign = ExplainedFailure.textOf(new IllegalStateException("GET https://host/token/acctk-secret"));
        assertEquals(UserText.of("error.failure.unexpected"), foreign);
        assertEquals("Something unexpected went wrong. Nothing was changed; try again, and report it if it keeps"
                + " happening.", foreign.english());
        assertTrue(foreign.render(CHINESE).startsWith("发生了意外错误。"));
        assertFalse(foreign.english().contains("IllegalState") || foreign.render(CHINESE).contains("IllegalState"));
    }
}

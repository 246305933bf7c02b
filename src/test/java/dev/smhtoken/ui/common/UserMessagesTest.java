package dev.smhtoken.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.UserText;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The sentence a failure becomes in the window, in the language the window speaks. */
class UserMessagesTest {
    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    @Test
    void ourFailuresAreSaidInTheWindowsLanguage() {
        InvalidInputException empty = new InvalidInputException(UserText.of("error.library.idEmpty"));

        assertEquals("The LibraryId is empty: copy it from the SMH console.", UserMessages.of(empty, english));
        assertEquals("LibraryId 为空：请从 SMH 控制台复制。", UserMessages.of(empty, chinese));
    }

    @Test
    void smhsCodeStaysInFrontInEveryLanguage() {
        SmhException dead = new SmhException(SmhException.Kind.REJECTED, 401, "InvalidAccessToken", "expired", null,
                UserText.of("error.smh.rejectedCode", "InvalidAccessToken",
                        UserText.of("error.smh.code.invalidAccessToken"), ""), null);

        assertEquals("InvalidAccessToken: 令牌无效、已过期、已被吊销或属于其他媒体库；请生成新令牌",
                UserMessages.of(new CompletionException(dead), chinese));
    }

    @Test
    void aForeignFailureShowsNeitherItsMessageNorItsTypeInTheWindowsLanguage() {
        RuntimeException bug = new IllegalStateException("POST https://x/api/v1/token/lib/acctk-leak");

        assertEquals("发生了意外错误。没有任何更改；请重试，如果反复出现请报告此问题。",
                UserMessages.of(bug, chinese));
    }

    @Test
    void aLanguageWithoutTextsFallsBackToEnglishNotToTheJvmsLanguage() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Messages german = Messages.forLocale(Locale.GERMAN);

            assertEquals("The LibraryId is empty: copy it from the SMH console.",
                    UserMessages.of(new InvalidInputException(UserText.of("error.library.idEmpty")), german));
            assertEquals("Cancel", german.get("dialog.cancel"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}

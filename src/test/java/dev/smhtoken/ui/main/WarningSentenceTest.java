package dev.smhtoken.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.smhtoken.token.ExpiryWarnings.Warning;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class WarningSentenceTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final SimpleObjectProperty<List<Warning>> warnings = new SimpleObjectProperty<>(List.of());
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(NOW);
    private final WarningSentence sentence = new WarningSentence(warnings, now, Messages.forLocale(Locale.ENGLISH));

    @Test
    void namesTheOneTokenAndItsMinutesAndIsMadeAgainOnlyWhenTheMinuteChanges() {
        warnings.set(List.of(new Warning(new TokenRef("lib1", "default"), "Photos", NOW.plus(Duration.ofSeconds(12 * 60 + 30)))));
        String first = sentence.textProperty().get();
        assertEquals("Photos / default expires in 12 min and is not renewed automatically.", first);

        now.set(NOW.plusSeconds(20));
        assertSame(first, sentence.textProperty().get(), "same minute: the sentence is not built again");

        now.set(NOW.plusSeconds(61));
        assertEquals("Photos / default expires in 11 min and is not renewed automatically.",
                sentence.textProperty().get());
    }

    @Test
    void countsSeveralAndIsEmptyWithoutWarnings() {
        Warning one = new Warning(new TokenRef("lib1", "a"), "Photos", NOW.plus(Duration.ofMinutes(5)));
        Warning two = new Warning(new TokenRef("lib1", "b"), "Photos", NOW.plus(Duration.ofMinutes(7)));
        warnings.set(List.of(one, two));
        String many = sentence.textProperty().get();
        assertEquals("2 tokens expire soon and are not renewed automatically.", many);
        now.set(NOW.plus(Duration.ofMinutes(3)));
        assertSame(many, sentence.textProperty().get());

        warnings.set(List.of());
        assertEquals("", sentence.textProperty().get());
        warnings.set(List.of(one, two));
        assertNotSame(many, sentence.textProperty().get(), "new warnings: built again");
    }
}

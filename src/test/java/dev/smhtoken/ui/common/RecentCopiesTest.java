package dev.smhtoken.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smhtoken.token.TokenRef;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentCopiesTest {
    private final RecentCopies recent = new RecentCopies();
    private final TokenRef a = new TokenRef("smha", "default");
    private final TokenRef b = new TokenRef("smhb", "default");
    private final TokenRef c = new TokenRef("smhc", "uploader");

    @Test
    void theLatestCopyComesFirstAndEachTokenOnce() {
        recent.add(a);
        recent.add(b);
        recent.add(c);
        recent.add(a);

        assertEquals(List.of(a, c, b), recent.refs());
        assertEquals(List.of(a, c), recent.latest(2));
        assertEquals(List.of(a, c, b), recent.latest(5), "fewer when fewer were copied");
        assertEquals(1, recent.rank(c));
        assertEquals(-1, recent.rank(new TokenRef("smhz", "default")));
    }

    @Test
    void onlyTheNewestAreKept() {
        IntStream.range(0, RecentCopies.KEPT + 3).forEach(i -> recent.add(new TokenRef("smh" + i, "default")));

        assertEquals(RecentCopies.KEPT, recent.refs().size());
        assertEquals(new TokenRef("smh" + (RecentCopies.KEPT + 2), "default"), recent.refs().get(0));
        assertEquals(-1, recent.rank(new TokenRef("smh0", "default")), "the oldest dropped out");
    }

    @Test
    void clearForgetsEverythingAndTheListCannotBeChangedFromOutside() {
        recent.add(a);
        assertThrows(UnsupportedOperationException.class, () -> recent.refs().add(b));
        recent.clear();
        assertEquals(List.of(), recent.latest(5));
    }
}

package dev.smhtoken.token;

import dev.smhtoken.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenIssuanceTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final AccessToken PASTED = AccessToken.of("acctk-pasted-0123456789abcdef");
    private static final AccessToken FROM_SMH = AccessToken.of("acctk-from-smh-fedcba987654");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryVaultStore store = new InMemoryVaultStore();
    private final RecordingSmhGateway smh = new RecordingSmhGateway();
    private final LibraryCatalog catalog = new LibraryCatalog(store);
    private final TokenIssuance issuance = new TokenIssuance(smh, store, clock);

    @BeforeEach
    void saveALibrary() {
        catalog.addLibrary("smh1", "Photos", "http://localhost:8089");
        store.update(vault -> vault.withToken("smh1", Token.pasted("taken", AccessToken.of("acctk-already-saved"))));
    }

    private void assertNothingChanged(Vault before, int saves) {
        assertEquals(before, store.load());
        assertEquals(saves, store.saves());
    }

    @Nested
    class ByPaste {
        @Test
        void renewsOnceToLearnTheExpiryCountedFromTheSendTime() {
            smh.answer(new IssuedToken(PASTED, Duration.ofSeconds(86400))).whileInFlight(() -> clock.advance(Duration.ofSeconds(3)));

            Token token = issuance.addByPaste("smh1", "laptop", PASTED);

            assertEquals(1, smh.calls().size());
            assertEquals("renew", smh.calls().get(0).operation());
            assertEquals(PASTED, smh.calls().get(0).token());
            assertEquals(LibraryAddress.of("smh1", "http://localhost:8089"), smh.calls().get(0).library());
            assertEquals(T0.plusSeconds(86400), token.expiresAt());
            assertEquals(Duration.ofSeconds(86400), token.period());
            assertNull(token.origin(), "a pasted token has no generate options");
            assertEquals(TokenState.VALID, token.state(clock));
            assertEquals(Optional.of(token), store.load().token(new TokenRef("smh1", "laptop")));
        }

        @Test
        void savesTheValueSmhReturned() {
            smh.answer(new IssuedToken(FROM_SMH, Duration.ofHours(1)));

            Token token = issuance.addByPaste("smh1", "laptop", PASTED);

            assertEquals(FROM_SMH, token.value());
            assertEquals(FROM_SMH, store.load().token(new TokenRef("smh1", "laptop")).orElseThrow().value());
        }

        @Test
        void blankLabelMeansDefault() {
            smh.answer(new IssuedToken(PASTED, Duration.ofHours(1)));

            assertEquals("default", issuance.addByPaste("smh1", "  ", PASTED).label());
            assertTrue(store.load().token(new TokenRef("smh1", "default")).isPresent());
        }

        @Test
        void aRejectedTokenIsNotSaved() {
            Vault before = store.load();
            int saves = store.saves();
            SmhException failure = RecordingSmhGateway.rejected("InvalidAccessToken");
            smh.fail(failure);

            assertSame(failure, assertThrows(SmhException.class, () -> issuance.addByPaste("smh1", "laptop", PASTED)));

            assertNothingChanged(before, saves);
        }

        @Test
        void aTakenLabelIsRefusedBeforeAnyCall() {
            Vault before = store.load();
            int saves = store.saves();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> issuance.addByPaste("smh1", " taken ", PASTED));

            assertEquals("The library smh1 already has a token labelled \"taken\": choose another label,"
                    + " or renew that token instead.", e.getMessage());
            assertTrue(smh.calls().isEmpty());
            assertNothingChanged(before, saves);
        }

        @Test
        void anUnknownLibraryIsRefusedBeforeAnyCall() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> issuance.addByPaste("smh404", "laptop", PASTED));

            assertEquals("The library smh404 is not saved (it may have been removed): add it first.", e.getMessage());
            assertTrue(smh.calls().isEmpty());
        }

        @Test
        void aBadLabelIsRefusedBeforeAnyCall() {
            assertThrows(InvalidInputException.class, () -> issuance.addByPaste("smh1", "a/b", PASTED));
            assertTrue(smh.calls().isEmpty());
        }

        @Test
        void theLibraryIdIsTrimmedLikeWhenItWasAdded() {
            smh.answer(new IssuedToken(PASTED, Duration.ofHours(1)));

            issuance.addByPaste(" smh1 ", "laptop", PASTED);

            assertTrue(store.load().token(new TokenRef("smh1", "laptop")).isPresent());
        }

        @Test
        void aLibraryRemovedDuringTheCallIsNotRecreated() {
            smh.answer(new IssuedToken(PASTED, Duration.ofHours(1))).whileInFlight(() -> catalog.removeLibrary("smh1"));

            assertThrows(InvalidInputException.class, () -> issuance.addByPaste("smh1", "laptop", PASTED));

            assertEquals(Vault.EMPTY, store.load());
        }

        @Test
        void theSameLabelTakenDuringTheCallIsNotOverwritten() {
            Token meanwhile = Token.pasted("laptop", AccessToken.of("acctk-added-elsewhere"));
            smh.answer(new IssuedToken(PASTED, Duration.ofHours(1)))
                    .whileInFlight(() -> store.update(vault -> vault.withToken("smh1", meanwhile)));

            assertThrows(InvalidInputException.class, () -> issuance.addByPaste("smh1", "laptop", PASTED));

            assertEquals(meanwhile, store.load().token(new TokenRef("smh1", "laptop")).orElseThrow());
        }
    }

    @Nested
    class Generate {
        private final GenerateOptions options = new GenerateOptions(Duration.ofHours(2), "upload_file, delete_file", "alice", "laptop", null);

        @Test
        void keepsTheOptionsAndTakesThePeriodFromSmhsAnswer() {
            // SMH raises short periods and caps long ones, so its expiresIn is the truth, not the request.
            smh.answer(new IssuedToken(FROM_SMH, Duration.ofSeconds(1200))).whileInFlight(() -> clock.advance(Duration.ofSeconds(5)));

            Token token = issuance.generate("smh1", "ci", LibrarySecret.wrap("lib-secret".toCharArray()), options);

            assertEquals(options, token.origin());
            assertEquals("upload_file,delete_file", token.origin().grant());
            assertEquals(Duration.ofSeconds(1200), token.period());
            assertEquals(T0.plusSeconds(1200), token.expiresAt());
            assertEquals(T0, token.renewedAt());
            assertEquals(FROM_SMH, token.value());
            assertEquals(Optional.of(token), store.load().token(new TokenRef("smh1", "ci")));
        }

        @Test
        void sendsTheSecretAndOptionsToTheLibrarysHost() {
            smh.answer(new IssuedToken(FROM_SMH, Duration.ofHours(2)));

            issuance.generate("smh1", "ci", LibrarySecret.wrap("lib-secret".toCharArray()), options);

            RecordingSmhGateway.Call call = smh.calls().get(0);
            assertEquals("generate", call.operation());
            assertArrayEquals("lib-secret".toCharArray(), call.secret());
            assertEquals(options, call.options());
            assertEquals(LibraryAddress.of("smh1", "http://localhost:8089"), call.library());
        }

        @Test
        void noOptionsMeansDefaults() {
            smh.answer(new IssuedToken(FROM_SMH, Duration.ofHours(24)));

            Token token = issuance.generate("smh1", null, LibrarySecret.wrap("s".toCharArray()), null);

            assertEquals(GenerateOptions.DEFAULTS, smh.calls().get(0).options());
            assertEquals(GenerateOptions.DEFAULTS, token.origin());
            assertEquals("default", token.label());
        }

        @Test
        void aFailureSavesNothing() {
            Vault before = store.load();
            int saves = store.saves();
            smh.fail(new SmhException(SmhException.Kind.REJECTED, 404, "WrongLibraryIdOrSecret", "wrong", null,
                    UserText.of("error.smh.rejectedCode", "WrongLibraryIdOrSecret",
                            UserText.of("error.smh.code.wrongLibraryIdOrSecret"), ""), null));

            assertThrows(SmhException.class,
                    () -> issuance.generate("smh1", "ci", LibrarySecret.wrap("s".toCharArray()), options));

            assertNothingChanged(before, saves);
        }

        @Test
        void aTakenLabelOrUnknownLibraryIsRefusedBeforeAnyCall() {
            assertThrows(InvalidInputException.class,
                    () -> issuance.generate("smh1", "taken", LibrarySecret.wrap("s".toCharArray()), options));
            assertThrows(InvalidInputException.class,
                    () -> issuance.generate("smh404", "ci", LibrarySecret.wrap("s".toCharArray()), options));
            assertTrue(smh.calls().isEmpty());
        }
    }
}

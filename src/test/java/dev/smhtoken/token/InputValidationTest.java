package dev.smhtoken.token;

import static dev.smhtoken.token.LibraryAddressTest.assertTellsWhatToDo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InputValidationTest {

    @Nested
    class AccessTokens {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\n", "\t \r\n"})
        void blankIsRefused(String pasted) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AccessToken.of(pasted));
            assertEquals("The access token is empty: paste the whole token.", e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"acctk01 f7af", "acctk01\nf7af", "acctk01\tf7af", " acc tk "})
        void innerWhiteSpaceIsRefused(String pasted) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AccessToken.of(pasted));
            assertEquals("The access token contains spaces or line breaks: paste it as a single word.", e.getMessage());
            assertFalse(e.getMessage().contains("acctk01"));
        }

        @Test
        void surroundingWhiteSpaceIsTrimmed() {
            assertEquals("acctk01f7af", AccessToken.of("  acctk01f7af\r\n").reveal());
            assertEquals(AccessToken.of("acctk01f7af"), AccessToken.of("\tacctk01f7af "));
            assertEquals(AccessToken.of("acctk01f7af").hashCode(), AccessToken.of(" acctk01f7af").hashCode());
        }

        @Test
        void maskShowsOnlyTheEndsOfALongToken() {
            assertEquals("acct••••••••xxxx", AccessToken.of("acctk01f7af4f07me88u2svxwp9tszuekqlprquuejxxxx").masked());
            assertEquals("••••••••", AccessToken.of("short-token1").masked());
            assertEquals("••••••••", AccessToken.of("x").masked());
        }
    }

    @Nested
    class Labels {
        private final AccessToken value = AccessToken.of("acctk01f7af4f07me88u2svxwp9tszuekqlprquuejxxxx");

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\t"})
        void blankMeansDefault(String label) {
            assertEquals(Token.DEFAULT_LABEL, Token.pasted(label, value).label());
            assertEquals("default", new TokenRef("smh1", label).label());
        }

        @Test
        void labelIsTrimmed() {
            assertEquals("ci bot", Token.pasted("  ci bot ", value).label());
        }

        @ParameterizedTest
        @ValueSource(strings = {"a/b", "/", "ci/"})
        void slashIsRefused(String label) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Token.pasted(label, value));
            assertTrue(e.getMessage().contains("no \"/\""), e.getMessage());
            assertTellsWhatToDo(e.getMessage());
            assertThrows(InvalidInputException.class, () -> new TokenRef("smh1", label));
        }

        @Test
        void sixtyFourCharactersAreTheLimit() {
            assertEquals(64, Token.pasted("x".repeat(64), value).label().length());
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Token.pasted("x".repeat(65), value));
            assertTrue(e.getMessage().contains("at most 64 characters"), e.getMessage());
            assertTellsWhatToDo(e.getMessage());
        }

        @Test
        void renamingChecksTheNewLabel() {
            Token token = Token.pasted("a", value);
            assertEquals("b", token.withLabel(" b ").label());
            assertEquals("default", token.withLabel("").label());
            assertThrows(InvalidInputException.class, () -> token.withLabel("a/b"));
        }

        @Test
        void aTokenNeedsAValue() {
            assertThrows(NullPointerException.class, () -> Token.pasted("a", null));
        }

        @Test
        void tokenRefChecksItsLibraryIdAndPrintsAsAPath() {
            assertEquals("smh1/ci", new TokenRef(" smh1 ", "ci").toString());
            assertThrows(InvalidInputException.class, () -> new TokenRef(" ", "ci"));
            assertThrows(InvalidInputException.class, () -> new TokenRef("smh/1", "ci"));
        }

        @Test
        void aLibraryRefusesTwoTokensWithOneLabel() {
            Library library = Library.of("smh1", null, null);
            Token token = Token.pasted("a", value);
            assertThrows(IllegalArgumentException.class, () -> new Library(library.address(), null, List.of(token, token)));
        }
    }

    @Nested
    class Options {
        @ParameterizedTest
        @ValueSource(longs = {0, -1, -86400})
        void nonPositivePeriodIsRefused(long seconds) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new GenerateOptions(Duration.ofSeconds(seconds), null, null, null, null));
            assertEquals("The period must be a positive number of seconds, or empty for 24 hours.", e.getMessage());
        }

        @Test
        void lessThanOneSecondIsRefusedBecauseSmhCountsWholeSeconds() {
            assertThrows(InvalidInputException.class,
                    () -> new GenerateOptions(Duration.ofMillis(999), null, null, null, null));
            assertEquals(Duration.ofSeconds(1), new GenerateOptions(Duration.ofSeconds(1), null, null, null, null).period());
        }

        @Test
        void noPeriodMeansSmhsDefault() {
            assertNull(new GenerateOptions(null, null, null, null, null).period());
            assertEquals(new GenerateOptions(null, null, null, null, null), GenerateOptions.DEFAULTS);
        }

        @Test
        void blanksBecomeNullAndValuesAreTrimmed() {
            GenerateOptions options = new GenerateOptions(null, "  ", "", "\t", " ");
            assertEquals(GenerateOptions.DEFAULTS, options);
            GenerateOptions trimmed = new GenerateOptions(null, null, " alice ", " laptop ", " space1 ");
            assertEquals("alice", trimmed.userId());
            assertEquals("laptop", trimmed.clientId());
            assertEquals("space1", trimmed.spaceId());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                admin                              | admin
                upload_file, delete_file           | upload_file,delete_file
                ' upload_file ,, delete_file , '   | upload_file,delete_file
                ,admin                             | admin
                admin,                             | admin
                ' acl ,\tcopy_file'                | acl,copy_file
                """)
        void grantIsNormalised(String grant, String expected) {
            assertEquals(expected, new GenerateOptions(null, grant, null, null, null).grant());
        }

        @ParameterizedTest
        @ValueSource(strings = {",", " , ", ",,,", " ,\t, "})
        void grantOfOnlyCommasIsNotSent(String grant) {
            assertNull(new GenerateOptions(null, grant, null, null, null).grant());
        }
    }

    @Nested
    class Secrets {
        @Test
        void blankSecretIsRefused() {
            assertEquals("The library secret is empty: copy it from the SMH console.",
                    assertThrows(InvalidInputException.class, () -> LibrarySecret.wrap(null)).getMessage());
            assertThrows(InvalidInputException.class, () -> LibrarySecret.wrap(new char[0]));
            assertThrows(InvalidInputException.class, () -> LibrarySecret.wrap(" \t\n".toCharArray()));
        }

        @Test
        void closeWipesTheSecretAndCopiesAreIndependent() {
            char[] chars = "s3cr3t-library-key".toCharArray();
            LibrarySecret secret = LibrarySecret.wrap(chars);
            char[] copy = secret.copyChars();
            assertArrayEquals("s3cr3t-library-key".toCharArray(), copy);
            copy[0] = 'X';
            assertArrayEquals("s3cr3t-library-key".toCharArray(), secret.copyChars());
            secret.close();
            assertArrayEquals(new char[chars.length], chars);
            assertArrayEquals(new char[chars.length], secret.copyChars());
        }
    }

    @Nested
    class IssuedTokens {
        @Test
        void negativeLifetimeIsRefused() {
            AccessToken value = AccessToken.of("acctk01");
            assertThrows(IllegalArgumentException.class, () -> new IssuedToken(value, Duration.ofSeconds(-1)));
            assertThrows(NullPointerException.class, () -> new IssuedToken(null, Duration.ofSeconds(1)));
            assertThrows(NullPointerException.class, () -> new IssuedToken(value, null));
        }
    }
}

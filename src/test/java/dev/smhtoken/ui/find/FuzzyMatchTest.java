package dev.smhtoken.ui.find;

import static dev.smhtoken.ui.find.FuzzyMatch.NO_MATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finder's matcher: words in any order, letters with gaps, any case, and the ranking of matches. */
class FuzzyMatchTest {
    private static final List<String> UPLOADER = List.of("Marketing assets", "smh1a2b3c", "uploader");
    private static final List<String> MARKETING_DEFAULT = List.of("Marketing assets", "smh1a2b3c", "default");
    private static final List<String> PHOTOS = List.of("Product photos", "smh9x8y7z", "default");

    @Test
    void wordsMatchAcrossFieldsInAnyOrder() {
        int inOrder = FuzzyMatch.score("mkt up", UPLOADER);
        assertTrue(inOrder > 0, "name, then label");
        assertEquals(inOrder, FuzzyMatch.score("up mkt", UPLOADER), "the order of the words does not matter");
        assertEquals(inOrder, FuzzyMatch.score("mkt/up", UPLOADER), "a slash separates words as the results show them");
    }

    @Test
    void lettersMayHaveGapsButNotChangeOrder() {
        assertNotEquals(NO_MATCH, FuzzyMatch.score("mkt", UPLOADER), "M-ar-K-e-T-ing");
        assertNotEquals(NO_MATCH, FuzzyMatch.score("upld", UPLOADER));
        assertEquals(NO_MATCH, FuzzyMatch.score("tkm", UPLOADER), "the letters of one word stay in order");
        assertEquals(NO_MATCH, FuzzyMatch.score("ploaderx", UPLOADER));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(FuzzyMatch.score("mkt up", UPLOADER), FuzzyMatch.score("MKT Up", UPLOADER));
        assertNotEquals(NO_MATCH, FuzzyMatch.score("SMH1A2", UPLOADER), "the LibraryId too");
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertEquals(NO_MATCH, FuzzyMatch.score("mkt zebra", UPLOADER));
        assertEquals(NO_MATCH, FuzzyMatch.score("photos", UPLOADER));
        assertEquals(NO_MATCH, FuzzyMatch.score("x", List.of("", "id", "a")));
        assertEquals(NO_MATCH, FuzzyMatch.score("longer than the field", List.of("short")));
    }

    @Test
    void aBlankQueryMatchesEverythingEqually() {
        assertEquals(0, FuzzyMatch.score("", UPLOADER));
        assertEquals(0, FuzzyMatch.score("   ", PHOTOS));
        assertEquals(0, FuzzyMatch.score(null, PHOTOS));
    }

    @Test
    void theLabelAWordNamesRanksAboveScatteredLetters() {
        // "up" is the start of "uploader"; in "Product photos" it is a u and a far p.
        assertNotEquals(NO_MATCH, FuzzyMatch.score("up", PHOTOS));
        assertEquals(List.of(UPLOADER, PHOTOS), rank("up", List.of(PHOTOS, MARKETING_DEFAULT, UPLOADER)));
        assertEquals(List.of(UPLOADER), rank("mkt up", List.of(PHOTOS, MARKETING_DEFAULT, UPLOADER)));
        // "de" starts "default" in two libraries; in "uploader" it is inside a word.
        List<List<String>> de = rank("de", List.of(UPLOADER, PHOTOS, MARKETING_DEFAULT));
        assertEquals(UPLOADER, de.get(2));
        assertEquals(FuzzyMatch.score("de", PHOTOS), FuzzyMatch.score("de", MARKETING_DEFAULT));
    }

    @Test
    void consecutiveLettersAndWordStartsRankFirst() {
        List<String> whole = List.of("Photos", "id1", "default");
        List<String> inside = List.of("Telephoto lenses", "id2", "default");
        List<String> scattered = List.of("Plain hosting of tapes", "id3", "default");
        assertEquals(List.of(whole, inside, scattered), rank("photo", List.of(scattered, inside, whole)));
        List<String> exact = List.of("Archive", "id4", "up");
        assertTrue(FuzzyMatch.score("up", exact) > FuzzyMatch.score("up", UPLOADER), "a whole field beats its start");
        List<String> camel = List.of("Archive", "id5", "bulkUpload");
        List<String> plain = List.of("Archive", "id6", "bulkupload");
        assertTrue(FuzzyMatch.score("bul up", camel) > FuzzyMatch.score("bul up", plain),
                "a capital inside a label starts a word");
    }

    @Test
    void lettersBeyondLatinMatchToo() {
        List<String> chinese = List.of("营销素材", "smhzh0001", "上传");
        assertNotEquals(NO_MATCH, FuzzyMatch.score("营素", chinese));
        assertNotEquals(NO_MATCH, FuzzyMatch.score("上传 营销", chinese));
        assertEquals(NO_MATCH, FuzzyMatch.score("素营", chinese));
        List<String> dotted = List.of("İstanbul office", "smhtr0001", "default");
        assertNotEquals(NO_MATCH, FuzzyMatch.score("office", dotted), "a capital whose lower case is longer breaks nothing");
    }

    /** The candidates that match {@code query}, best first. */
    private static List<List<String>> rank(String query, List<List<String>> candidates) {
        return candidates.stream().filter(c -> FuzzyMatch.score(query, c) != NO_MATCH)
                .sorted(Comparator.comparingInt((List<String> c) -> FuzzyMatch.score(query, c)).reversed()).toList();
    }
}

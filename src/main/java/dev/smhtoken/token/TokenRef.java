package dev.smhtoken.token;

/** Names one saved token: its library and its label within it. */
public record TokenRef(String libraryId, String label) {
    public TokenRef {
        libraryId = LibraryAddress.requireLibraryId(libraryId);
        label = Token.requireLabel(label);
    }

    @Override
    public String toString() {
        return libraryId + "/" + label;
    }
}

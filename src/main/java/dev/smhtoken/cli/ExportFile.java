package dev.smhtoken.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The export file, version {@value #FORMAT_VERSION}: JSON, UTF-8, written owner-only (0600).
 *
 * <pre>
 * {
 *   "formatVersion": 1,                      // files of a newer version are refused, not guessed at
 *   "exportedAt": "2026-11-25T19:00:00Z",
 *   "includesTokens": false,                 // true with --include-secrets
 *   "libraries": [{
 *     "libraryId": "smh1a2b3c4", "name": "Marketing", "host": "https://smh1a2b3c4.api.tencentsmh.cn",
 *     "tokens": [{
 *       "label": "default",
 *       "token": "acctk...",                 // only with --include-secrets
 *       "expiresAt": "...", "lastRenewedAt": "...", "periodSeconds": 86400,
 *       "revokedAt": "...",                  // only when revoked
 *       "autoRenew": true,                   // absent: follows the vault's default
 *       "generatedWith": {"periodSeconds": 86400, "grant": "upload_file", "userId": null,
 *                         "clientId": null, "spaceId": null}   // absent for a pasted token
 *     }]
 *   }]
 * }
 * </pre>
 * A token's fields without a value are left out. Times are ISO-8601 UTC. Token history and the
 * vault's settings are not exported, and neither is a library secret the vault remembers: this file
 * is not encrypted, even with {@code --include-secrets}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ExportFile(Integer formatVersion, String exportedAt, Boolean includesTokens, List<ExportedLibrary> libraries) {
    static final int FORMAT_VERSION = 1;

    record ExportedLibrary(String libraryId, String name, String host, List<ExportedToken> tokens) {
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record ExportedToken(String label, String token, String expiresAt, String lastRenewedAt, Long periodSeconds,
                      String revokedAt, Boolean autoRenew, Origin generatedWith) {
    }

    record Origin(Long periodSeconds, String grant, String userId, String clientId, String spaceId) {
    }
}

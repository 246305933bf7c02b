package dev.smhtoken.smh;

/**
 * A complete HTTP answer as read off the wire, body already size-capped. Header values are null
 * when absent.
 */
record WireResponse(int status, byte[] body, String requestIdHeader, String retryAfter, String location,
                    String date) {
    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isRetryable() {
        return status == 429 || status >= 500;
    }
}

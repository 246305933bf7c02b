package dev.smhtoken.token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Answers token calls with what the test queued, runs an optional action while the "request" is
 * in flight (moving the clock, changing the vault), and records every call it received.
 */
final class RecordingSmhGateway implements SmhGateway {
    record Call(String operation, LibraryAddress library, AccessToken token, GenerateOptions options, char[] secret) {
    }

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();
    private Runnable duringCall = () -> { };

    RecordingSmhGateway answer(IssuedToken issued) {
        answers.add(issued);
        return this;
    }

    RecordingSmhGateway answerNothing() {
        answers.add(Boolean.TRUE);
        return this;
    }

    RecordingSmhGateway fail(SmhException failure) {
        answers.add(failure);
        return this;
    }

    RecordingSmhGateway whileInFlight(Runnable action) {
        this.duringCall = action;
        return this;
    }

    List<Call> calls() {
        return calls;
    }

    @Override
    public IssuedToken generate(LibraryAddress library, LibrarySecret secret, GenerateOptions options) {
        calls.add(new Call("generate", library, null, options, secret.copyChars()));
        return (IssuedToken) next();
    }

    @Override
    public IssuedToken renew(LibraryAddress library, AccessToken token) {
        calls.add(new Call("renew", library, token, null, null));
        return (IssuedToken) next();
    }

    @Override
    public void revoke(LibraryAddress library, AccessToken token) {
        calls.add(new Call("revoke", library, token, null, null));
        next();
    }

    private Object next() {
        duringCall.run();
        Object answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("the gateway was called more often than the test expected");
        }
        if (answer instanceof SmhException failure) {
            throw failure;
        }
        return answer;
    }

    static SmhException rejected(String code) {
        return new SmhException(SmhException.Kind.REJECTED, 403, code, "rejected by the test", "req-1",
                UserText.of("error.smh.rejectedCode", code, UserText.of("error.smh.code.invalidAccessToken"), ""), null);
    }
}

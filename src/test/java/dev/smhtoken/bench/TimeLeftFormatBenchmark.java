package dev.smhtoken.bench;

import dev.smhtoken.token.TimeLeft;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The countdown text every visible row formats on every tick. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TimeLeftFormatBenchmark {
    private long seconds = 86_399;

    @Benchmark
    public String format() {
        seconds = seconds == 0 ? 86_399 : seconds - 1;
        return TimeLeft.format(Duration.ofSeconds(seconds));
    }
}

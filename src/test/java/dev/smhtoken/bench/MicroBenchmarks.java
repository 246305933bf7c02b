package dev.smhtoken.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH micro-benchmarks, short runs, as a markdown table for the results file. */
final class MicroBenchmarks {
    private MicroBenchmarks() {
    }

    static String run() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(TimeLeftFormatBenchmark.class.getName())
                .include(VaultLoadBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build()).run();
        StringBuilder out = new StringBuilder("| benchmark | params | score | error (99.9%) | unit |\n|---|---|---|---|---|\n");
        for (RunResult result : results) {
            var primary = result.getPrimaryResult();
            String name = result.getParams().getBenchmark();
            out.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %s |%n",
                    name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                    result.getParams().getParamsKeys().stream()
                            .map(k -> k + "=" + result.getParams().getParam(k)).reduce((a, b) -> a + " " + b).orElse(""),
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
        }
        return out.toString();
    }
}

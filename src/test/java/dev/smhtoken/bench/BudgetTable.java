package dev.smhtoken.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One row per budget: what was measured, the budget, and whether it holds. */
final class BudgetTable {
    private static final String TABLE_FLOOR =
            "a toolbar and a six-column tree table of as many plain-text rows, in the app's theme, no app code";

    record Row(String what, String measured, String budget, boolean pass) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String what, String measured, String budget, boolean pass) {
        rows.add(new Row(what, measured, budget, pass));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    boolean allPass() {
        return rows.stream().allMatch(Row::pass);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| what | measured | budget | result |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.what()).append(" | ").append(row.measured()).append(" | ")
                    .append(row.budget()).append(" | ").append(row.pass() ? "PASS" : "FAIL").append(" |\n");
        }
        return out.toString();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /**
     * @param second the second launch's hand-over, or null when not measured
     * @param hidden the app hidden in the tray against it shown, or null when not measured
     */
    static BudgetTable of(BenchConfig config, StartupBench.Result start, SecondLaunchBench.Result second,
                          TickBench.Result tick, IdleCpuBench.Result idle, HiddenIdleBench.Result hidden,
                          MemoryBench.Result memory,
                          RenewAllBench.Result renew) {
        BudgetTable table = new BudgetTable();
        if (start != null) {
            table.addStart(config, start);
        }
        if (second != null) {
            table.addSecondLaunch(second);
        }
        if (tick != null) {
            table.addTick(tick);
        }
        if (idle != null) {
            table.addIdle(config, idle);
        }
        if (hidden != null) {
            table.addHidden(config, hidden);
        }
        if (memory != null) {
            table.addMemory(config, memory);
        }
        if (renew != null) {
            table.addRenew(renew);
        }
        return table;
    }

    private void addStart(BenchConfig config, StartupBench.Result start) {
        add(f("start to first frame, %,d saved tokens", config.startTokens()),
                f("%.0f ms to the first frame showing the tokens (%.0f ms to the first frame) vs bare window %.0f ms:"
                        + " %.2fx (median of %d cold starts). The floor, a bare token table (%s): %.0f ms, %.2fx",
                        start.appWithTokens(), start.appFirstFrame(), start.bare(), start.ratio(), start.runs(),
                        TABLE_FLOOR, start.table(), start.tableRatio()),
                "<= 1.3x bare window", start.ratio() <= 1.3);
        if (!Double.isNaN(start.appWithCds())) {
            // The budget names the packaged archive: the installed image is held to it when one was built.
            boolean image = !Double.isNaN(start.appImage());
            double held = image ? start.appImage() : start.appWithCds();
            String imageText = image
                    ? f("the installed app image (its launcher, its runtime's trained archive) %.0f ms: %.2fx; ",
                            start.appImage(), start.appImage() / start.bare())
                    : "no app image built (mvn -Ppackage verify -DskipTests), so the dynamic archive stands in; ";
            add(f("start to first frame with the app's CDS archive, %,d tokens", config.startTokens()),
                    f("%sthe app with a dynamic AppCDS archive of its class path %.0f ms: %.2fx; vs bare window"
                                    + " without CDS %.0f ms. The bare token table with its own archive: %.0f ms, %.2fx",
                            imageText, start.appWithCds(), start.appWithCds() / start.bare(), start.bare(),
                            start.tableWithCds(), start.tableWithCds() / start.bare()),
                    "<= 1.0x bare window", held <= start.bare());
        }
    }

    private void addSecondLaunch(SecondLaunchBench.Result second) {
        add("a second launch while the app runs",
                f("%.0f ms from starting it until the running window is in front; the second process gone after"
                        + " %.0f ms (medians of %d)", second.inFront(), second.gone(), second.runs()),
                "window in front <= 500 ms", second.inFront() <= 500);
    }

    private void addTick(TickBench.Result tick) {
        add(f("FX-thread time per clock tick, %,d tokens", tick.tokens()),
                f("FX-thread CPU median %.2f ms, max %.2f ms over %d ticks (listeners %.2f ms + pulse %.2f ms,"
                        + " medians); wall-clock median %.2f ms, max %.2f ms", tick.median(), tick.max(), tick.ticks(),
                        tick.medianListeners(), tick.medianPulse(), tick.medianWall(), tick.maxWall()),
                "<= 2 ms", tick.median() <= 2.0);
    }

    private void addIdle(BenchConfig config, IdleCpuBench.Result idle) {
        add(f("idle CPU, window shown, %,d tokens counting", config.startTokens()),
                f("%.2f%% of a core vs bare window updating a label each second %.2f%%: %.2fx (over %d s, after"
                                + " the first %d s; in those, still with start-up's JIT work: %.2f%% vs %.2f%%, %.2fx)",
                        idle.app(), idle.bare(), idle.ratio(), idle.seconds(), idle.seconds(), idle.firstApp(),
                        idle.firstBare(), idle.firstRatio()),
                "<= 1.2x bare window", idle.ratio() <= 1.2);
    }

    private void addHidden(BenchConfig config, HiddenIdleBench.Result hidden) {
        add(f("idle CPU, hidden in the tray, %,d tokens counting", config.startTokens()),
                f("%.2f%% of a core started with --background (the icon in trayer's XEmbed tray, the window never"
                        + " shown) vs the app's window shown %.2f%%: %.2fx (over %d s, after the first %d s)",
                        hidden.hidden(), hidden.shown(), hidden.ratio(), hidden.seconds(), hidden.seconds()),
                "<= 1.0x the window shown", hidden.hidden() <= hidden.shown());
    }

    private void addMemory(BenchConfig config, MemoryBench.Result memory) {
        add(f("resident memory, %,d tokens", config.bigTokens()),
                f("%.0f MB after a full GC (bare window %.0f MB)", memory.app(), memory.bare()),
                "<= 250 MB", memory.app() <= 250);
    }

    private void addRenew(RenewAllBench.Result renew) {
        add(f("\"renew all\" of %,d tokens against the local emulator", renew.tokens()),
                f("%.2f s, longest FX pulse gap %.0f ms; %d renewed, %d failed; %.0f renews/s vs bare HttpClient 5"
                        + " loop %.0f/s at concurrency %d (%s)", renew.seconds(), renew.longestGapMs(),
                        renew.renewed(), renew.failed(), renew.appRps(), renew.bareRps(), renew.concurrency(),
                        RenewAllBench.STRATEGY.description()),
                "<= 3 s, no pulse gap > 50 ms",
                renew.seconds() <= 3 && renew.longestGapMs() <= 50 && renew.failed() == 0);
    }
}

package dev.wscope.bench;

import java.util.Arrays;
import javafx.application.Platform;

/**
 * Only the benchmark's search figure, without the floods: `java -cp ... dev.wscope.bench.SearchFigure [runs]`.
 * Each run is ExtraFigures' median of three; prints every run and the median of the runs.
 */
public final class SearchFigure {
    private SearchFigure() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BenchMain.startHeadlessToolkit();
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            millis[run] = ExtraFigures.searchMillionMillis();
            System.out.printf("run %d: %.0f ms%n", run + 1, millis[run]);
        }
        Arrays.sort(millis);
        System.out.printf("search 1,000,000 events by direction and two words: median %.0f ms%n", millis[runs / 2]);
        Platform.exit();
        System.exit(0);
    }
}

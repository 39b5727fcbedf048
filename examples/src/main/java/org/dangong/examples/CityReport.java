package org.dangong.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import org.dangong.examples.report.Format;
import org.dangong.examples.report.ReportBuilder;
import org.dangong.examples.report.ReportData;
import org.dangong.examples.report.ReportTexts;
import org.dangong.model.Jurisdiction;
import org.dangong.testkit.CityRecords;
import org.dangong.testkit.Cities;

/**
 * The main job: a report over the embedded synthetic city (the testkit's Suzhou-like city) as of a
 * fixed date, for a municipal organisation department. It runs every engine of the library:
 *
 * <ol>
 *   <li>coverage by county-level region with rates and the city total (building engine);
 *   <li>organisations needed, building actions by kind (SYNC-BUILD, MUTUAL-P2U, MUTUAL-U2P,
 *       DUAL-LEAD-2, SYNC-CLUSTER) and proposed joint branches (building engine);
 *   <li>cross-appointment candidates and the appointment audit (appointment engine);
 *   <li>the dual-recommendation pipeline, overdue obligations and chair candidacies (the
 *       recommendation workflows over the city's {@link CityRecords#developmentRegister()
 *       development register});
 *   <li>joint-assessment grades and the commendation list (target engine over the city's {@link
 *       CityRecords#workCycle() work cycle} of the previous year);
 *   <li>network indicators: towns with deputy-rank chairs, trained chairs, coordinators, working
 *       committees, cross-appointment.
 * </ol>
 *
 * <p>Usage: {@code ./mvnw -q -pl examples -am compile exec:java [-Dexec.args="--lang en"]}.
 * Options: {@code --lang zh|en} (Chinese by default), {@code --as-of YYYY-MM-DD} (default
 * 2026-06-30), {@code --size N} enterprises (default 2,000), {@code --seed S} (default 2011) and
 * {@code --format text|markdown|json|html} (default text). The same arguments always give the same
 * output, byte for byte. Bad arguments print a message and the usage on standard error and exit
 * with status 2. For 50,000 enterprises or more, the stages are reported on standard error as they
 * start; standard output carries only the report.
 *
 * <p>The JSON format writes {@link ReportData} with Jackson: a stable structure documented on that
 * record, for front-end integrators. The HTML format is one self-contained page (inline CSS and
 * SVG, no scripts, no external references).
 */
public final class CityReport {
  /** The fixed date the report is made as of unless {@code --as-of} says otherwise. */
  static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

  static final int DEFAULT_SIZE = 2_000;
  static final long DEFAULT_SEED = 2011L;

  /** From this size on, progress is reported on standard error. */
  static final int PROGRESS_FROM_SIZE = 50_000;

  private CityReport() {}

  /**
   * Runs the report, printing it to standard output; errors in the arguments go to standard error
   * with the usage, and the exit status is 2.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    print(options, out, System.err);
    out.flush();
  }

  static void print(Options options, PrintStream out, PrintStream progress) {
    out.print(render(options, progress));
  }

  static String render(Options options, PrintStream progress) {
    return render(options, progress, PROGRESS_FROM_SIZE);
  }

  static String render(Options options, PrintStream progress, int progressFromSize) {
    long start = System.nanoTime();
    Consumer<String> stage =
        options.size() >= progressFromSize
            ? s ->
                progress.printf(
                    Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, s)
            : s -> {};
    stage.accept(String.format(Locale.ROOT, "generating a synthetic city of %,d enterprises", options.size()));
    Jurisdiction city = Cities.suzhouLike().enterprises(options.size()).generate(options.seed());
    String text = render(city, options, stage);
    stage.accept("done");
    return text;
  }

  static String render(Jurisdiction city, Options options, Consumer<String> progress) {
    ReportData data = data(city, options, progress);
    return options.format().render(data, ReportTexts.of(options.locale()));
  }

  static ReportData data(Jurisdiction city, Options options, Consumer<String> progress) {
    ReportTexts texts = ReportTexts.of(options.locale());
    CityRecords records = CityRecords.of(city, options.asOf(), options.seed());
    return new ReportBuilder(texts, progress).build(city, records, options.seed());
  }

  /**
   * The parsed command-line options.
   *
   * @param locale the language
   * @param asOf the date
   * @param size the number of enterprises
   * @param seed the seed
   * @param format the output format
   */
  record Options(Locale locale, LocalDate asOf, int size, long seed, Format format) {
    static final String USAGE =
        "usage: CityReport [--lang zh|en] [--as-of YYYY-MM-DD] [--size N] [--seed S]"
            + " [--format text|markdown|json|html]";

    static Options parse(String... args) {
      Locale locale = Locale.SIMPLIFIED_CHINESE;
      LocalDate asOf = DEFAULT_AS_OF;
      int size = DEFAULT_SIZE;
      long seed = DEFAULT_SEED;
      Format format = Format.TEXT;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (!option.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument " + option);
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + option);
        }
        String value = args[++i];
        switch (option) {
          case "--lang" -> locale = language(value);
          case "--as-of" -> asOf = date(value);
          case "--size" -> size = parsePositive(option, value);
          case "--seed" -> seed = whole(option, value);
          case "--format" -> format = Format.parse(value);
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      return new Options(locale, asOf, size, seed, format);
    }

    private static Locale language(String value) {
      return switch (value) {
        case "zh" -> Locale.SIMPLIFIED_CHINESE;
        case "en" -> Locale.ENGLISH;
        default -> throw new IllegalArgumentException("--lang must be zh or en, not " + value);
      };
    }

    private static LocalDate date(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--as-of must be a date like 2026-06-30, not " + value, e);
      }
    }

    private static long whole(String option, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a whole number, not " + value, e);
      }
    }

    private static int parsePositive(String option, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n < 1 || n > 5_000_000) {
          throw new IllegalArgumentException(option + " must be between 1 and 5,000,000, not " + value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a whole number, not " + value, e);
      }
    }
  }
}

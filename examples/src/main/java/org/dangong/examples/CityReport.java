package org.dangong.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dangong.decision.Labels;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.testkit.Cities;

/**
 * The main job: a report over the embedded synthetic city (the testkit's Suzhou-like city) as of a
 * fixed date, for a municipal organisation department.
 *
 * <p>Usage: {@code ./mvnw -q -pl examples -am compile exec:java [-Dexec.args="--lang en"]}. Options:
 * {@code --lang zh|en} (Chinese by default), {@code --as-of YYYY-MM-DD} (default 2026-06-30),
 * {@code --size N} enterprises (default 2,000) and {@code --seed S} (default 2011). The same
 * arguments always give the same output.
 */
public final class CityReport {
  /** The fixed date the report is made as of unless {@code --as-of} says otherwise. */
  static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

  static final int DEFAULT_SIZE = 2_000;
  static final long DEFAULT_SEED = 2011L;

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
    print(options, System.out, System.err);
  }

  static void print(Options options, PrintStream out, PrintStream progress) {
    if (options.size() >= 50_000) {
      progress.printf("generating a synthetic city of %,d enterprises…%n", options.size());
    }
    Jurisdiction city = Cities.suzhouLike().enterprises(options.size()).generate(options.seed());
    out.print(render(city, options));
  }

  static String render(Jurisdiction city, Options options) {
    Locale locale = options.locale();
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    sb.append(zh ? "党建带工建城市报告（合成城市）" : "Party building leads union building: city report (synthetic city)")
        .append('\n');
    sb.append(zh ? "截至日期：" : "As of: ").append(options.asOf()).append('\n');
    sb.append(zh ? "种子：" : "Seed: ").append(options.seed()).append('\n');
    sb.append('\n');
    String[] columns =
        zh
            ? new String[] {"区域", "企业", "非公企业", "有党组织", "有工会", "党工双建", "党组织覆盖率"}
            : new String[] {"region", "firms", "non-public", "party", "union", "both", "party rate"};
    sb.append(Columns.pad(columns[0], NAME_WIDTH));
    for (int i = 1; i < columns.length; i++) {
      sb.append(' ').append(Columns.padLeft(columns[i], NUMBER_WIDTH));
    }
    sb.append('\n');
    Tally total = new Tally();
    for (Region root : city.rootRegions()) {
      for (Region county : city.children(root.id())) {
        Tally t = new Tally();
        tally(city, county.id(), t);
        total.add(t);
        sb.append(row(county.name() + " (" + Labels.label(county.level(), locale) + ")", t, zh)).append('\n');
      }
      Tally own = new Tally();
      for (Enterprise e : city.enterprisesIn(root.id())) {
        own.count(city, e);
      }
      if (own.enterprises > 0) {
        total.add(own);
        sb.append(row(root.name(), own, zh)).append('\n');
      }
    }
    sb.append(row(zh ? "全市合计" : "city total", total, zh)).append('\n');
    sb.append('\n');
    long people = city.people().size();
    long members = city.people().stream().filter(Person::isPartyMember).count();
    sb.append(zh ? "已知人员：" : "People known: ").append(people).append('\n');
    sb.append(zh ? "其中党员：" : "of whom party members: ").append(members).append('\n');
    sb.append(zh ? "党组织：" : "Party organisations: ").append(city.partyOrganizations().size()).append('\n');
    sb.append(zh ? "工会组织：" : "Union organisations: ").append(city.unionOrganizations().size()).append('\n');
    return sb.toString();
  }

  private static final int NAME_WIDTH = 34;
  private static final int NUMBER_WIDTH = 12;

  private static String row(String name, Tally t, boolean zh) {
    double rate = t.nonPublic == 0 ? 0 : 100.0 * t.party / t.nonPublic;
    StringBuilder sb = new StringBuilder(Columns.pad(name, NAME_WIDTH));
    for (long n : new long[] {t.enterprises, t.nonPublic, t.party, t.union, t.both}) {
      sb.append(' ').append(Columns.padLeft(String.format(Locale.ROOT, "%,d", n), NUMBER_WIDTH));
    }
    sb.append(' ').append(Columns.padLeft(String.format(Locale.ROOT, "%.1f%%", rate), NUMBER_WIDTH));
    return sb.toString();
  }

  private static void tally(Jurisdiction city, RegionId region, Tally t) {
    for (Enterprise e : city.enterprisesIn(region)) {
      t.count(city, e);
    }
    for (Region child : city.children(region)) {
      tally(city, child.id(), t);
    }
  }

  /** Counts of enterprises and their coverage in one region subtree. */
  private static final class Tally {
    long enterprises;
    long nonPublic;
    long party;
    long union;
    long both;

    void count(Jurisdiction city, Enterprise e) {
      enterprises++;
      if (!e.isNonPublic()) {
        return;
      }
      nonPublic++;
      boolean p = !city.partyOrganizationsCovering(e.id()).isEmpty();
      boolean u = !city.unionOrganizationsCovering(e.id()).isEmpty();
      party += p ? 1 : 0;
      union += u ? 1 : 0;
      both += p && u ? 1 : 0;
    }

    void add(Tally o) {
      enterprises += o.enterprises;
      nonPublic += o.nonPublic;
      party += o.party;
      union += o.union;
      both += o.both;
    }
  }

  /** The parsed command-line options. */
  record Options(Locale locale, LocalDate asOf, int size, long seed) {
    static final String USAGE =
        "usage: CityReport [--lang zh|en] [--as-of YYYY-MM-DD] [--size N] [--seed S]";

    static Options parse(String... args) {
      Locale locale = Locale.SIMPLIFIED_CHINESE;
      LocalDate asOf = DEFAULT_AS_OF;
      int size = DEFAULT_SIZE;
      long seed = DEFAULT_SEED;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + option);
        }
        String value = args[++i];
        switch (option) {
          case "--lang":
            if (value.equals("zh")) {
              locale = Locale.SIMPLIFIED_CHINESE;
            } else if (value.equals("en")) {
              locale = Locale.ENGLISH;
            } else {
              throw new IllegalArgumentException("--lang must be zh or en, not " + value);
            }
            break;
          case "--as-of":
            try {
              asOf = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("--as-of must be a date like 2026-06-30, not " + value, e);
            }
            break;
          case "--size":
            size = parsePositive(option, value);
            break;
          case "--seed":
            try {
              seed = Long.parseLong(value);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--seed must be a whole number, not " + value, e);
            }
            break;
          default:
            throw new IllegalArgumentException("unknown option " + option);
        }
      }
      return new Options(locale, asOf, size, seed);
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

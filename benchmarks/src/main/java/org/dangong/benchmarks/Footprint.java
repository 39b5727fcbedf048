package org.dangong.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dangong.model.Jurisdiction;
import org.openjdk.jol.info.GraphLayout;

/**
 * Heap retained by a built {@link Jurisdiction}, per person and per enterprise, measured two ways:
 * JOL's {@code GraphLayout.parseInstance(j).totalSize()} (every object reachable from the snapshot,
 * shared constants included, exact for this JVM's layout) and, as a cross-check, the used heap after
 * {@code System.gc()} with and without the snapshot held. Prints a table and JOL's class histogram
 * of the largest contributors.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.dangong.benchmarks.Footprint
 * 10000 100000}.
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Measures each size given.
   *
   * @param args the numbers of enterprises (default 10,000)
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String[] sizes = args.length == 0 ? new String[] {"10000"} : args;
    out.printf(
        Locale.ROOT,
        "%-12s %-10s %-12s %-14s %-14s %-14s %-14s%n",
        "enterprises",
        "people",
        "jol bytes",
        "jol B/person",
        "jol B/firm",
        "gc-delta bytes",
        "gc B/person");
    for (String size : sizes) {
      int n = Integer.parseInt(size);
      long before = usedAfterGc();
      Jurisdiction city = Fixtures.city(n);
      long after = usedAfterGc();
      GraphLayout layout = GraphLayout.parseInstance(city);
      long jol = layout.totalSize();
      int people = city.people().size();
      int firms = city.enterprises().size();
      long delta = after - before;
      out.printf(
          Locale.ROOT,
          "%-12d %-10d %-12d %-14.1f %-14.1f %-14d %-14.1f%n",
          n,
          people,
          jol,
          (double) jol / people,
          (double) jol / firms,
          delta,
          (double) delta / people);
      if (n == Integer.parseInt(sizes[0])) {
        out.println("largest contributors (count, bytes, class):");
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (String line : layout.toFootprint().split("\n", -1)) {
          String[] cells = line.trim().split("\\s+");
          if (cells.length == 4 && cells[0].matches("\\d+")) {
            rows.add(cells);
          }
        }
        rows.sort((a, b) -> Long.compare(Long.parseLong(b[2]), Long.parseLong(a[2])));
        for (String[] row : rows.subList(0, Math.min(20, rows.size()))) {
          out.printf(
              Locale.ROOT,
              "  %10s %12s %6.1f B/person  %s%n",
              row[0],
              row[2],
              Double.parseDouble(row[2]) / people,
              row[3]);
        }
      }
      layout = null;
      city = null;
    }
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dangong.testkit.Cities;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A jurisdiction is safely shared: eight threads reading it at once all see the same thing. */
class ConcurrentReadsPropertyTest {
  private static final int THREADS = 8;
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Everything a reader can ask, as text, in a deterministic order. */
  static String read(Jurisdiction j) {
    StringBuilder s = new StringBuilder(j.toString());
    for (Region r : j.regions()) {
      s.append(r.id()).append(j.region(r.id()).isPresent()).append(j.children(r.id())).append(j.ancestors(r.id()))
          .append(j.enterprisesIn(r.id()).size()).append(j.clustersIn(r.id())).append(j.assignmentsTo(r.id()));
    }
    for (Enterprise e : j.enterprises()) {
      s.append(e.id()).append(j.employees(e.id())).append(j.partyOrganizationsCovering(e.id()).size())
          .append(j.unionOrganizationsCovering(e.id()).size()).append(j.assignmentsTo(e.id()));
    }
    for (UnionOrganization u : j.unionOrganizations()) {
      s.append(u.id()).append(j.unionMembers(u.id()).size()).append(j.unionOrganization(u.id()).isPresent());
    }
    for (Person p : j.people()) {
      s.append(j.person(p.id()).map(Person::hashCode).orElse(0));
    }
    s.append(j.rootRegions()).append(j.hashCode());
    return s.toString();
  }

  static void readConcurrently(Jurisdiction j) throws Exception {
    String expected = read(j);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return read(j);
      }));
    }
    start.countDown();
    for (Future<String> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
    }
  }

  @Test
  void eightThreadsReadingAGeneratedJurisdictionSeeTheSame() {
    PropertyRunner.forAll(Jurisdictions.jurisdictions().enterprises(5, 20)).samples(30)
        .check(ConcurrentReadsPropertyTest::readConcurrently);
  }

  @Test
  void eightThreadsReadingASyntheticCitySeeTheSame() throws Exception {
    readConcurrently(Cities.suzhouLike().enterprises(300).generate(5));
  }
}

package org.dangong.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.building.BuildingEngine;
import org.dangong.decision.Labels;
import org.dangong.decision.Subject;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.dangong.recommendation.ApplicantTalked;
import org.dangong.recommendation.ApplicationReceived;
import org.dangong.recommendation.ChairCandidacy;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.WorkingCalendar;
import org.dangong.restructuring.Closure;
import org.dangong.restructuring.InvalidRestructuringException;
import org.dangong.restructuring.RestructuringEngine;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.Unit;
import org.dangong.targets.WorkCycle;
import org.dangong.testkit.Cities;
import org.dangong.testkit.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The logging contract of the core: personal data — a person's name or id, party standing, union
 * status — is never logged above DEBUG, and nothing at all is logged at INFO or above (the default
 * level), so that embedding the library adds nothing to an application's logs.
 *
 * <p>Every event of every logger is captured at TRACE (logback, core's only SLF4J provider in test
 * scope) while every engine runs over a generated city. A planted log call shows that the capture
 * and the checks can fail.
 */
class LoggingContractTest {
  private static final LocalDate AS_OF = Dates.DEFAULT_REFERENCE_DATE;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private Level rootLevel = Level.WARN;

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @BeforeEach
  void captureEverything() {
    assertThat(LoggerFactory.getILoggerFactory())
        .as("logback must be the one SLF4J provider on core's test class path")
        .isInstanceOf(LoggerContext.class);
    Logger root = root();
    rootLevel = root.getLevel();
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      detached.add(it.next());
    }
    detached.forEach(root::detachAppender);
    captured.setContext(root.getLoggerContext());
    captured.start();
    root.addAppender(captured);
    root.setLevel(Level.TRACE);
  }

  @AfterEach
  void restore() {
    Logger root = root();
    root.detachAppender(captured);
    captured.stop();
    detached.forEach(root::addAppender);
    root.setLevel(rootLevel);
  }

  /** The texts that must never appear in an event above DEBUG. */
  static ImmutableSet<String> personalData(Jurisdiction j) {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (Person p : j.people()) {
      words.add(p.name(), p.id().value());
    }
    for (Locale locale : Labels.supportedLocales()) {
      for (PartyStage stage : PartyStage.values()) {
        if (stage != PartyStage.NONE) {
          words.add(Labels.label(stage, locale));
        }
      }
      for (MembershipStatus status : MembershipStatus.values()) {
        words.add(Labels.label(status, locale));
      }
    }
    words.add("PROBATIONARY", "DEVELOPMENT_TARGET", "ACTIVIST", "RETAINED", "党员", "工会会员", "party member", "union member");
    return words.build();
  }

  /** Every event above DEBUG that carries personal data, described; empty when the contract holds. */
  static ImmutableList<String> personalDataAboveDebug(List<ILoggingEvent> events, ImmutableSet<String> words) {
    ImmutableList.Builder<String> violations = ImmutableList.builder();
    for (ILoggingEvent e : events) {
      if (!e.getLevel().isGreaterOrEqual(Level.INFO)) {
        continue;
      }
      StringBuilder text = new StringBuilder(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        text.append('\n').append(t.getMessage());
      }
      String all = text.toString();
      String lower = all.toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (all.contains(word) || lower.contains(word.toLowerCase(Locale.ROOT))) {
          violations.add(e.getLevel() + " " + e.getLoggerName() + ": contains \"" + word + "\"");
        }
      }
    }
    return violations.build();
  }

  /** Every event at INFO or above, described; empty when the contract holds. */
  static ImmutableList<String> atInfoOrAbove(List<ILoggingEvent> events) {
    return events.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
        .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage())
        .collect(ImmutableList.toImmutableList());
  }

  static void runEveryEngine(Jurisdiction j) {
    Policy policy = Policy.national();
    BuildingEngine.of(policy).evaluate(j, AS_OF);
    AppointmentEngine appointment = AppointmentEngine.of(policy);
    appointment.audit(j, AS_OF);
    appointment.indicators(j, AS_OF);
    List<Enterprise> some = j.enterprises().subList(0, Math.min(20, j.enterprises().size()));
    for (Enterprise e : some) {
      appointment.rankCandidates(j, e.id(), AS_OF);
      ChairCandidacy.of(e.id(), policy).obligations(AS_OF);
    }
    for (UnionOrganization u : j.unionOrganizations().subList(0, Math.min(10, j.unionOrganizations().size()))) {
      for (Person p : j.unionMembers(u.id()).subList(0, Math.min(3, j.unionMembers(u.id()).size()))) {
        appointment.unionChairEligibility(j, u.id(), p.id(), AS_OF);
      }
    }
    WorkCycle cycle =
        WorkCycle.builder("2026年度", AS_OF.withDayOfYear(1), AS_OF.withMonth(12).withDayOfMonth(31))
            .addUnits(Unit.allLedIn(j))
            .build();
    TargetEngine.of(policy).evaluate(cycle, AS_OF);
    RestructuringEngine restructuring = RestructuringEngine.of(policy);
    for (Enterprise e : some.subList(0, Math.min(5, some.size()))) {
      try {
        restructuring.apply(j, Closure.of(e.id()), AS_OF);
      } catch (InvalidRestructuringException refused) {
        // a refusal is a result too; its message is no log event
      }
    }
    List<DevelopmentEvent> events = new ArrayList<>();
    for (PartyOrganization o : j.partyOrganizations()) {
      if (events.size() >= 40 || o.coveredEnterprises().isEmpty()) {
        continue;
      }
      for (Person p : j.employees(o.coveredEnterprises().iterator().next())) {
        if (!p.isPartyMember() && p.ageOn(AS_OF) >= 18 && events.size() < 40) {
          Subject branch = Subject.partyOrganization(o.id());
          events.add(ApplicationReceived.of(AS_OF.minusMonths(2), p, o.region(), branch));
          events.add(ApplicantTalked.of(AS_OF.minusMonths(1), p.id(), branch));
        }
      }
    }
    DevelopmentRegister register =
        DevelopmentRegister.replay(policy, WorkingCalendar.weekends(), events).state();
    register.obligations(AS_OF);
    register.statistics(AS_OF.minusYears(1), AS_OF);
  }

  @Test
  @DisplayName("Every engine over a generated city: no personal data above DEBUG, nothing at INFO or above")
  void enginesKeepTheLoggingContract() {
    Jurisdiction city = Cities.suzhouLike().enterprises(120).generate(20260630L);
    assertThat(city.people()).isNotEmpty();
    runEveryEngine(city);
    assertThat(personalDataAboveDebug(captured.list, personalData(city))).isEmpty();
    assertThat(atInfoOrAbove(captured.list)).isEmpty();
  }

  @Test
  @DisplayName("The capture sees a planted log call, and both checks fail on it")
  void theChecksCanFail() {
    Jurisdiction city = Cities.suzhouLike().enterprises(20).generate(7L);
    Person someone = city.people().get(0);
    org.slf4j.Logger planted = LoggerFactory.getLogger("org.dangong.logging.Planted");
    planted.trace("trace {}", someone.name());
    planted.debug("debug {} {}", someone.id().value(), someone.name());
    assertThat(captured.list).hasSize(2);
    assertThat(personalDataAboveDebug(captured.list, personalData(city))).isEmpty();
    assertThat(atInfoOrAbove(captured.list)).isEmpty();

    planted.info("looked at {}", someone.id().value());
    planted.warn("odd", new IllegalStateException("standing of " + someone.name()));
    assertThat(captured.list).hasSize(4);
    assertThat(personalDataAboveDebug(captured.list, personalData(city)))
        .anySatisfy(v -> assertThat(v).startsWith("INFO").contains(someone.id().value()))
        .anySatisfy(v -> assertThat(v).startsWith("WARN").contains(someone.name()));
    assertThat(atInfoOrAbove(captured.list)).hasSize(2);
  }
}

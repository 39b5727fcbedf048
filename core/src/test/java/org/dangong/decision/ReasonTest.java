package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Ratio;
import org.junit.jupiter.api.Test;

class ReasonTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void argumentsAreTyped() {
    assertThat(Argument.number("actual", 2).kind()).isEqualTo(ArgumentKind.NUMBER);
    assertThat(Argument.number("actual", 2).value()).isEqualTo(BigDecimal.valueOf(2));
    assertThat(Argument.number("rate", new BigDecimal("78.70")))
        .isEqualTo(Argument.number("rate", new BigDecimal("78.7")));
    assertThat(Argument.number("zero", new BigDecimal("0.00")))
        .isEqualTo(Argument.number("zero", 0));
    assertThat(Argument.date("due", LocalDate.of(2024, 3, 1)).kind()).isEqualTo(ArgumentKind.DATE);
    assertThat(Argument.period("p", Period.ofYears(1)).kind()).isEqualTo(ArgumentKind.PERIOD);
    assertThat(Argument.id("enterprise", EnterpriseId.of("E-1")).kind()).isEqualTo(ArgumentKind.ID);
    assertThat(Argument.id("enterprise", EnterpriseId.of("E-1")).value()).isEqualTo("E-1");
    assertThat(Argument.label("stage", JointStage.DEPLOYMENT).value())
        .isEqualTo(JointStage.DEPLOYMENT);
    assertThat(Argument.ratio("quorum", Ratio.atLeast(2, 3)).kind()).isEqualTo(ArgumentKind.RATIO);
    assertThat(Argument.text("name", "苏州").kind()).isEqualTo(ArgumentKind.TEXT);
  }

  @Test
  void argumentsRenderPerLocale() {
    assertThat(Argument.number("n", 1190).render(EN)).isEqualTo("1,190");
    assertThat(Argument.number("n", 99_185_000).render(ZH)).isEqualTo("99,185,000");
    assertThat(Argument.number("rate", new BigDecimal("78.7")).render(EN)).isEqualTo("78.7");
    assertThat(Argument.date("d", LocalDate.of(2018, 10, 28)).render(EN)).isEqualTo("2018-10-28");
    assertThat(Argument.date("d", LocalDate.of(2018, 10, 28)).render(ZH)).isEqualTo("2018年10月28日");
    assertThat(Argument.period("p", Period.of(1, 6, 0)).render(EN)).isEqualTo("1 year 6 months");
    assertThat(Argument.period("p", Period.of(1, 6, 0)).render(ZH)).isEqualTo("1年6个月");
    assertThat(Argument.period("p", Period.ofMonths(1)).render(EN)).isEqualTo("1 month");
    assertThat(Argument.period("p", Period.ofYears(3)).render(EN)).isEqualTo("3 years");
    assertThat(Argument.period("p", Period.ofDays(7)).render(ZH)).isEqualTo("7天");
    assertThat(Argument.period("p", Period.ofDays(1)).render(EN)).isEqualTo("1 day");
    assertThat(Argument.period("p", Period.ZERO).render(EN)).isEqualTo("0 days");
    assertThat(Argument.period("p", Period.ZERO).render(ZH)).isEqualTo("0天");
    assertThat(Argument.ratio("r", Ratio.moreThan(1, 2)).render(EN)).isEqualTo("more than 1/2");
    assertThat(Argument.ratio("r", Ratio.moreThan(1, 2)).render(ZH)).isEqualTo("超过1/2");
    assertThat(Argument.ratio("r", Ratio.atLeast(2, 3)).render(ZH)).isEqualTo("不少于2/3");
    assertThat(Argument.label("s", JointStage.COMMENDATION).render(EN))
        .isEqualTo("joint commendation");
    assertThat(Argument.label("s", JointStage.COMMENDATION).render(ZH)).isEqualTo("同表彰");
    assertThat(Argument.text("t", "苏州").render(EN)).isEqualTo("苏州");
  }

  @Test
  void policyValuesRenderInTheParameterLine() {
    Policy national = Policy.national();
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    assertThat(Texts.parameter(national.entry(Parameters.JOINT_STAGES, asOf), ZH))
        .isEqualTo("参数：党工工作同步开展的环节（地方做法） = 同部署、同检查、同考核、同表彰（SEED JOINT-DEPLOY）");
    assertThat(Texts.parameter(national.entry(Parameters.UNION_TERM_YEARS, asOf), EN))
        .isEqualTo(
            "Parameter: allowed terms of a union committee in years = 3, 5 (UNION-LAW Art. 16)");
    assertThat(Texts.parameter(national.entry(Parameters.ADMISSION_PUBLICITY_ENABLED, asOf), ZH))
        .contains("= 否（LOCAL 公示）");
    assertThat(Texts.parameter(national.entry(Parameters.CHAIR_ELECTION_QUORUM, asOf), EN))
        .contains("= at least 2/3 (CHAIR-RULES Art. 14–16)");
  }

  @Test
  void messagesNameTheirArguments() {
    Reason r =
        Reason.of(
            "reason.ratio-not-met",
            Argument.ratio("required", Ratio.atLeast(2, 3)),
            Argument.number("whole", 30),
            Argument.number("part", 19));
    assertThat(r.message(EN)).isEqualTo("19 of 30 does not reach at least 2/3.");
    assertThat(r.message(ZH)).isEqualTo("30中的19，未达到不少于2/3。");
    assertThat(r.argument("part")).contains(Argument.number("part", 19));
    assertThat(r.argument("absent")).isEmpty();
  }

  @Test
  void aPlaceholderWithoutArgumentIsShownLiterally() {
    assertThat(Reason.of("reason.below-threshold", Argument.number("actual", 2)).message(EN))
        .isEqualTo("2 is below the required minimum of {required}.");
  }

  @Test
  void anUnknownKeyShowsTheKey() {
    assertThat(Reason.of("reason.no-such-message").message(ZH)).isEqualTo("reason.no-such-message");
  }

  @Test
  void deadlineReasonFormatsDates() {
    Reason r =
        Reason.of(
            "reason.deadline-missed",
            Argument.date("due", LocalDate.of(2024, 1, 31)),
            Argument.date("asOf", LocalDate.of(2024, 3, 1)));
    assertThat(r.message(EN)).isEqualTo("Due by 2024-01-31; not done as of 2024-03-01.");
    assertThat(r.message(ZH)).isEqualTo("应于2024年1月31日前完成，截至2024年3月1日尚未完成。");
  }

  @Test
  void badNamesAndKeysAreRejected() {
    assertThat(
            catchThrowableOfType(InvalidValueException.class, () -> Argument.number("Actual", 1))
                .problems())
        .extracting(Problem::rule)
        .containsExactly("LOWER_CAMEL_CASE");
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> Reason.of("no dots", Argument.number("a", 1), Argument.number("a", 2)));
    assertThat(e.problems())
        .extracting(Problem::rule)
        .containsExactly("DOTTED_MESSAGE_KEY", "UNIQUE_ARGUMENT_NAMES");
  }

  @Test
  void allCitationsAddThoseOfThePolicyValuesUsed() {
    var minimum =
        Policy.national().entry(Parameters.BRANCH_MIN_FULL_MEMBERS, LocalDate.of(2024, 1, 1));
    Reason r = Reason.of("reason.below-threshold").citing(minimum.citation()).using(minimum);
    assertThat(r.citations()).hasSize(1);
    assertThat(r.parameters()).containsExactly(minimum);
    assertThat(r.allCitations())
        .extracting(Object::toString)
        .containsExactly("BRANCH-REG Art. 4", "PARTY-CONST Art. 30");
    assertThat(Reason.of("reason.x", List.of(), List.of(), List.of(minimum)))
        .isNotEqualTo(Reason.of("reason.x"));
  }
}

package org.dangong.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.junit.jupiter.api.Test;

class CitationTest {
  @Test
  void rendersAsShortNameAndArticle() {
    Citation c = Citation.of(Source.BRANCH_REG, "Art. 20", "有正式党员7人以上的党支部，应当设立党支部委员会。");
    assertThat(c).hasToString("BRANCH-REG Art. 20");
    assertThat(c.effective()).contains(LocalDate.of(2018, 10, 28));
    assertThat(c.note()).isEmpty();
  }

  @Test
  void noteAndEffectiveDateCanBeGiven() {
    Citation c =
        Citation.of(Source.SEED, "JOINT-DEPLOY", "同部署、同检查、同考核、同表彰")
            .withNote("local practice (Suzhou), not law");
    assertThat(c.effective()).isEmpty();
    assertThat(c.note()).contains("local practice (Suzhou), not law");
    Citation dated = c.withEffective(LocalDate.of(2011, 1, 1));
    assertThat(dated.effective()).contains(LocalDate.of(2011, 1, 1));
    assertThat(dated.note()).isEqualTo(c.note());
    assertThat(dated).isNotEqualTo(c);
  }

  @Test
  void blankPartsAreAllReported() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class, () -> Citation.of(Source.UNION_LAW, " ", ""));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("Citation.article", "Citation.clause");
  }

  @Test
  void sourcesHaveTheShortNamesOfTheClauseList() {
    assertThat(Arrays.stream(Source.values()).map(Source::shortName))
        .containsExactly(
            "PARTY-CONST",
            "BRANCH-REG",
            "TERM-OPINION",
            "DEVELOP-REG",
            "UNION-LAW",
            "UNION-CONST",
            "CHAIR-RULES",
            "MEMBERSHIP-RULES",
            "NONPUBLIC-OPINION",
            "SEED",
            "LOCAL");
  }

  @Test
  void issueDatesKeepTheirPrecision() {
    assertThat(Source.PARTY_CONST.issued()).contains(LocalDate.of(2022, 10, 22));
    assertThat(Source.DEVELOP_REG.issued()).contains(LocalDate.of(2014, 5, 28));
    assertThat(Source.UNION_LAW.issued()).contains(LocalDate.of(2021, 12, 24));
    assertThat(Source.CHAIR_RULES.issued()).contains(LocalDate.of(2008, 7, 25));
    assertThat(Source.MEMBERSHIP_RULES.issued()).contains(LocalDate.of(2016, 12, 12));
    assertThat(Source.UNION_CONST.issued()).contains(LocalDate.of(2008, 10, 1));
    assertThat(Source.UNION_CONST.issuedPrecision()).isEqualTo(ChronoUnit.MONTHS);
    assertThat(Source.TERM_OPINION.issued()).contains(LocalDate.of(2018, 1, 1));
    assertThat(Source.TERM_OPINION.issuedPrecision()).isEqualTo(ChronoUnit.YEARS);
    assertThat(Source.NONPUBLIC_OPINION.issuedPrecision()).isEqualTo(ChronoUnit.YEARS);
    assertThat(Source.SEED.issued()).isEmpty();
    assertThat(Source.BRANCH_REG.issuedPrecision()).isEqualTo(ChronoUnit.DAYS);
    assertThat(Source.BRANCH_REG.chineseTitle()).isEqualTo("中国共产党支部工作条例（试行）");
  }

  @Test
  void validityIsHalfOpen() {
    Validity v = Validity.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
    assertThat(v.contains(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(v.contains(LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(v.contains(LocalDate.of(2021, 1, 1))).isFalse();
    assertThat(v.contains(LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(v.overlaps(Validity.of(LocalDate.of(2021, 1, 1)))).isFalse();
    assertThat(v.overlaps(Validity.of(LocalDate.of(2020, 12, 31)))).isTrue();
    assertThat(Validity.always().overlaps(v)).isTrue();
    assertThat(v).hasToString("[2020-01-01, 2021-01-01)");
    assertThat(Validity.always()).hasToString("[…, …)");
    assertThat(
            catchThrowableOfType(
                InvalidValueException.class,
                () -> Validity.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1))))
        .isNotNull();
  }
}

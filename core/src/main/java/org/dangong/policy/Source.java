package org.dangong.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.dangong.model.Labelled;

/**
 * A document that a {@link Citation} points into: a regulation, a law, a charter, the seed paper,
 * or a local rule named by the caller.
 *
 * <p>The short names are those of the project's list of checked clauses ({@code BRANCH-REG}, {@code
 * UNION-LAW} …) and are what a rendered citation shows, for example {@code BRANCH-REG Art. 20}.
 * Where only the year or the month of issue is known, {@link #issued()} gives the first day of that
 * year or month and {@link #issuedPrecision()} says how precise it is.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Source implements Labelled {
  /** 中国共产党章程 (2022 text), issued 2022-10-22. */
  PARTY_CONST(
      "PARTY-CONST",
      "中国共产党章程（2022年）",
      "Constitution of the Communist Party of China (2022 text)",
      LocalDate.of(2022, 10, 22),
      ChronoUnit.DAYS),
  /** 中国共产党支部工作条例（试行）, issued 2018-10-28. */
  BRANCH_REG(
      "BRANCH-REG",
      "中国共产党支部工作条例（试行）",
      "Regulations on the Work of Branches of the Communist Party of China (Trial)",
      LocalDate.of(2018, 10, 28),
      ChronoUnit.DAYS),
  /** 中办《关于党的基层组织任期的意见》, issued 2018 (given as 2018-01-01). */
  TERM_OPINION(
      "TERM-OPINION",
      "关于党的基层组织任期的意见（中办）",
      "Opinions on the Terms of Primary-Level Party Organisations (General Office of the CPC"
          + " Central Committee)",
      LocalDate.of(2018, 1, 1),
      ChronoUnit.YEARS),
  /** 中国共产党发展党员工作细则, issued 2014-05-28. */
  DEVELOP_REG(
      "DEVELOP-REG",
      "中国共产党发展党员工作细则",
      "Detailed Rules on the Development of Party Members of the Communist Party of China",
      LocalDate.of(2014, 5, 28),
      ChronoUnit.DAYS),
  /** 中华人民共和国工会法 (2021 amendment), issued 2021-12-24. */
  UNION_LAW(
      "UNION-LAW",
      "中华人民共和国工会法（2021年修正）",
      "Trade Union Law of the People's Republic of China (2021 amendment)",
      LocalDate.of(2021, 12, 24),
      ChronoUnit.DAYS),
  /** 中国工会章程 (2008 text), issued 2008-10 (given as 2008-10-01). */
  UNION_CONST(
      "UNION-CONST",
      "中国工会章程（2008年）",
      "Constitution of the Chinese Trade Unions (2008 text)",
      LocalDate.of(2008, 10, 1),
      ChronoUnit.MONTHS),
  /** 企业工会主席产生办法（试行）, 全国总工会, issued 2008-07-25. */
  CHAIR_RULES(
      "CHAIR-RULES",
      "企业工会主席产生办法（试行）",
      "Measures for the Selection of Enterprise Trade Union Chairs (Trial), ACFTU",
      LocalDate.of(2008, 7, 25),
      ChronoUnit.DAYS),
  /** 工会会员会籍管理办法, 全国总工会, issued 2016-12-12. */
  MEMBERSHIP_RULES(
      "MEMBERSHIP-RULES",
      "工会会员会籍管理办法",
      "Measures for the Management of Trade Union Membership, ACFTU",
      LocalDate.of(2016, 12, 12),
      ChronoUnit.DAYS),
  /**
   * 关于加强和改进非公有制企业党的建设工作的意见（试行）, issued 2012 (given as 2012-01-01); its attribution is unconfirmed.
   */
  NONPUBLIC_OPINION(
      "NONPUBLIC-OPINION",
      "关于加强和改进非公有制企业党的建设工作的意见（试行）",
      "Opinions on Strengthening and Improving Party Building in Non-Public Enterprises (Trial)",
      LocalDate.of(2012, 1, 1),
      ChronoUnit.YEARS),
  /** The seed paper (Suzhou experience exchange), cited for local practice; it has no date. */
  SEED(
      "SEED",
      "苏州非公企业党建带工建经验交流材料",
      "Suzhou experience-exchange paper on party building leading union building",
      null,
      ChronoUnit.FOREVER),
  /**
   * A local regulation or practice that is not one of the national documents; the citation's
   * article and note name the document. Used by local variants of a {@link Policy}.
   */
  LOCAL("LOCAL", "地方规定或做法", "Local regulation or practice", null, ChronoUnit.FOREVER);

  private final String shortName;
  private final String chineseTitle;
  private final String englishTitle;
  private final Optional<LocalDate> issued;
  private final ChronoUnit issuedPrecision;

  Source(
      String shortName,
      String chineseTitle,
      String englishTitle,
      @org.jspecify.annotations.Nullable LocalDate issued,
      ChronoUnit issuedPrecision) {
    this.shortName = shortName;
    this.chineseTitle = chineseTitle;
    this.englishTitle = englishTitle;
    this.issued = Optional.ofNullable(issued);
    this.issuedPrecision = issuedPrecision;
  }

  /**
   * Returns the short name used in citations, such as {@code BRANCH-REG}.
   *
   * @return the short name
   */
  public String shortName() {
    return shortName;
  }

  /**
   * Returns the document's title in Chinese, such as {@code 中国共产党支部工作条例（试行）}.
   *
   * @return the Chinese title
   */
  public String chineseTitle() {
    return chineseTitle;
  }

  /**
   * Returns the document's title in English.
   *
   * @return the English title
   */
  public String englishTitle() {
    return englishTitle;
  }

  /**
   * Returns the date the document was issued, if known.
   *
   * <p>Where only the year or month is known, this is the first day of that year or month: see
   * {@link #issuedPrecision()}. {@link #SEED} and {@link #LOCAL} have no date.
   *
   * @return the date of issue, or empty
   */
  public Optional<LocalDate> issued() {
    return issued;
  }

  /**
   * Returns how precise {@link #issued()} is: {@link ChronoUnit#DAYS} for an exact date, {@link
   * ChronoUnit#MONTHS} or {@link ChronoUnit#YEARS} when only the month or the year is known, and
   * {@link ChronoUnit#FOREVER} when there is no date at all.
   *
   * @return the precision of the date of issue
   */
  public ChronoUnit issuedPrecision() {
    return issuedPrecision;
  }

  /**
   * Returns the key of this source's label, {@code enum.Source.<NAME>}; the label is the document
   * title.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.Source." + name();
  }
}

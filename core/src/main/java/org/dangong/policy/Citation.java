package org.dangong.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.model.InvalidValueException;
import org.immutables.value.Value;

/**
 * A pointer to the clause a rule or a policy value comes from: the {@link Source}, the article, the
 * clause's wording and when it took effect, with an optional note.
 *
 * <p>For example {@code Citation.of(Source.BRANCH_REG, "Art. 20", "有正式党员7人以上的党支部，应当设立党支部委员会。")}
 * renders as {@code BRANCH-REG Art. 20}. The clause is quoted in Chinese where the project's list
 * of checked clauses quotes it, otherwise in that list's English summary. The note qualifies the
 * citation, for example "local practice (Suzhou), not law" or "default policy parameter: the number
 * comes from the 机关 regulation, not enterprise law".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Citation {
  Citation() {}

  /**
   * Returns the document cited.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract Source source();

  /**
   * Returns the article or section within the source, such as {@code Art. 20} or {@code §1}; where
   * the clause list gives no number, a short locator in its words.
   *
   * @return the article, never blank
   */
  @Value.Parameter
  public abstract String article();

  /**
   * Returns the wording of the clause.
   *
   * @return the clause, never blank
   */
  @Value.Parameter
  public abstract String clause();

  /**
   * Returns the date the clause took effect, if known; by default the source's date of issue.
   *
   * @return the effective date, or empty
   */
  @Value.Parameter
  public abstract Optional<LocalDate> effective();

  /**
   * Returns a note qualifying the citation, such as "local practice (Suzhou), not law".
   *
   * @return the note, or empty
   */
  @Value.Parameter
  public abstract Optional<String> note();

  /**
   * Obtains a citation that takes effect when its source was issued.
   *
   * @param source the document cited
   * @param article the article or section, such as {@code Art. 20}
   * @param clause the wording of the clause
   * @return the citation, without a note
   * @throws InvalidValueException if the article or the clause is blank
   */
  public static Citation of(Source source, String article, String clause) {
    return create(source, article, clause, source.issued(), Optional.empty());
  }

  /**
   * Obtains a citation with an explicit effective date.
   *
   * @param source the document cited
   * @param article the article or section, such as {@code Art. 20}
   * @param clause the wording of the clause
   * @param effective the date the clause took effect
   * @return the citation, without a note
   * @throws InvalidValueException if the article or the clause is blank
   */
  public static Citation of(Source source, String article, String clause, LocalDate effective) {
    return create(source, article, clause, Optional.of(effective), Optional.empty());
  }

  /**
   * Returns a copy of this citation with the given note.
   *
   * @param note the note, such as "local practice (Suzhou), not law"
   * @return the new citation
   * @throws InvalidValueException if the note is blank
   */
  public Citation withNote(String note) {
    return create(source(), article(), clause(), effective(), Optional.of(note));
  }

  /**
   * Returns a copy of this citation with the given effective date.
   *
   * @param effective the date the clause took effect
   * @return the new citation
   */
  public Citation withEffective(LocalDate effective) {
    return create(source(), article(), clause(), Optional.of(effective), note());
  }

  private static Citation create(
      Source source,
      String article,
      String clause,
      Optional<LocalDate> effective,
      Optional<String> note) {
    ProblemList problems = new ProblemList();
    problems.require(!ProblemList.isBlank(article), "Citation.article", "NOT_BLANK", article);
    problems.require(!ProblemList.isBlank(clause), "Citation.clause", "NOT_BLANK", clause);
    note.ifPresent(n -> problems.require(!ProblemList.isBlank(n), "Citation.note", "NOT_BLANK", n));
    problems.throwIfAny();
    return ImmutableCitation.of(source, article, clause, effective, note);
  }

  /**
   * Returns the citation as shown to people: the source's short name and the article, such as
   * {@code BRANCH-REG Art. 20}.
   *
   * @return the short form of the citation
   */
  @Override
  public String toString() {
    return source().shortName() + " " + article();
  }
}

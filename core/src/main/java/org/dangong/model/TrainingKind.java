package org.dangong.model;

/**
 * The kind of a training a person attended (LEAD-TRAIN, DEVELOP-REG Art. 17).
 */
public enum TrainingKind implements Labelled {
  /** Training for union chairs (工会主席培训), such as the seed's joint classes at the party school. */
  UNION_CHAIR,
  /** Training for party organisation secretaries (党组织书记培训). */
  PARTY_SECRETARY,
  /** Training of activists (入党积极分子培训). */
  ACTIVIST,
  /** The short concentrated training of development targets (发展对象集中培训), DEVELOP-REG Art. 17. */
  DEVELOPMENT_TARGET,
  /** Any other training (其他培训). */
  OTHER;

  @Override
  public String messageKey() {
    return "enum.TrainingKind." + name();
  }
}

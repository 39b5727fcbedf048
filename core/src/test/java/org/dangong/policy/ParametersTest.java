package org.dangong.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {
  @Test
  void everyConstantIsFoundAndItsIdIsItsName() throws IllegalAccessException {
    List<Field> constants =
        Arrays.stream(Parameters.class.getDeclaredFields())
            .filter(
                f -> Modifier.isPublic(f.getModifiers()) && f.getType() == PolicyParameter.class)
            .toList();
    assertThat(Parameters.all()).hasSize(constants.size()).hasSizeGreaterThanOrEqualTo(40);
    for (Field field : constants) {
      PolicyParameter<?> parameter = (PolicyParameter<?>) field.get(null);
      assertThat(parameter.id()).isEqualTo(field.getName());
      assertThat(Parameters.byId(field.getName())).contains(parameter);
    }
    assertThat(Parameters.all()).isSorted().doesNotHaveDuplicates();
    assertThat(Parameters.byId("NO_SUCH_PARAMETER")).isEmpty();
  }

  @Test
  void everyParameterIsCitedAndItsDefaultAccepted() {
    for (PolicyParameter<?> parameter : Parameters.all()) {
      assertThat(parameter.nationalCitations()).as(parameter.id()).isNotEmpty();
      assertThat(parameter.accepts(parameter.nationalDefault())).as(parameter.id()).isTrue();
      assertThat(parameter.messageKey()).isEqualTo("parameter." + parameter.id());
    }
  }

  @Test
  void constraintsRejectNonsense() {
    assertThat(Parameters.JOINT_BRANCH_MAX_UNITS.accepts(1)).isFalse();
    assertThat(Parameters.JOINT_BRANCH_MAX_UNITS.accepts(2)).isTrue();
    assertThat(Parameters.JOINT_BRANCH_MAX_UNITS.constraint()).isEqualTo("AT_LEAST_2");
    assertThat(Parameters.BRANCH_MIN_FULL_MEMBERS.accepts(0)).isFalse();
    assertThat(Parameters.BRANCH_MIN_FULL_MEMBERS.accepts("3")).isFalse();
    assertThat(Parameters.TRAINING_MIN_HOURS.accepts(0)).isTrue();
    assertThat(Parameters.TRAINING_MIN_HOURS.accepts(-1)).isFalse();
  }
}

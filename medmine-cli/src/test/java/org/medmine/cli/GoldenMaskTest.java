package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The golden comparison forgives the last digits of a parallel sum, and nothing else. */
class GoldenMaskTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aParallelSumsLastDigitIsTheSameOutput() throws Exception {
    assertThat(GoldenMask.same(tree("{\"a\":[5785.41413]}"), tree("{\"a\":[5785.41412]}")))
        .isTrue();
  }

  @Test
  void aDifferentValueKeyOrLengthIsNot() throws Exception {
    assertThat(GoldenMask.same(tree("{\"a\":[5785.41]}"), tree("{\"a\":[5785.42]}"))).isFalse();
    assertThat(GoldenMask.same(tree("{\"a\":1}"), tree("{\"b\":1}"))).isFalse();
    assertThat(GoldenMask.same(tree("{\"a\":[1]}"), tree("{\"a\":[1,2]}"))).isFalse();
    assertThat(GoldenMask.same(tree("{\"a\":\"x\"}"), tree("{\"a\":\"y\"}"))).isFalse();
    assertThat(GoldenMask.same(tree("{\"a\":0}"), tree("{\"a\":1e-9}"))).isFalse();
  }

  private static JsonNode tree(String json) throws Exception {
    return JSON.readTree(json);
  }
}

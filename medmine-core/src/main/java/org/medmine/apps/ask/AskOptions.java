package org.medmine.apps.ask;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import org.medmine.model.MedmineUserException;

/**
 * What {@link AskApp} answers: a question in plain English, and the reference date that relative
 * time windows ("last year") and ages count from.
 *
 * @param question the question
 * @param asOf the reference date, or null for the warehouse's last encounter day ({@link
 *     org.medmine.cohort.DataEnd})
 */
public record AskOptions(
    String question, @JsonSerialize(using = ToStringSerializer.class) LocalDate asOf) {
  /** Refuses an empty question as a user error. */
  public AskOptions {
    if (question == null || question.isBlank()) {
      throw new MedmineUserException(
          "Give a question in quotes, e.g. medmine ask \"how many patients have hypertension?\".");
    }
    question = question.strip();
  }
}

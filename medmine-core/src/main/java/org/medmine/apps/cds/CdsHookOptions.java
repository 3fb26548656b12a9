package org.medmine.apps.cds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.medmine.model.MedmineUserException;

/**
 * What {@link CdsHookApp} answers: a CDS Hooks request (its JSON body) sent to the service {@code
 * serviceId}.
 *
 * @param serviceId one of {@link CdsService#ALL}'s ids
 * @param request the request body
 */
public record CdsHookOptions(String serviceId, String request) {
  public CdsHookOptions {
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(request, "request");
  }

  /**
   * The call of {@code medmine cds --hook HOOK --request FILE}: the service for {@code hook} and
   * the body read from {@code request}, or one sentence saying what is wrong.
   */
  public static CdsHookOptions fromFile(String hook, Path request) {
    String service = serviceFor(hook);
    try {
      return new CdsHookOptions(service, Files.readString(request));
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read the CDS Hooks request " + request + ": give a readable JSON file.", e);
    }
  }

  /**
   * The id of medmine's service for {@code hook} ({@code order-sign}: {@code medmine-order-sign}).
   */
  public static String serviceFor(String hook) {
    return CdsService.ALL.stream()
        .filter(s -> s.hook().equals(hook))
        .findFirst()
        .map(CdsService::id)
        .orElseThrow(
            () ->
                new MedmineUserException(
                    "No medmine CDS service answers the hook '"
                        + hook
                        + "': use order-select, order-sign or patient-view."));
  }
}

package org.medmine.apps.cds;

import java.util.Objects;

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
   * The id of medmine's service for {@code hook} ({@code order-sign}: {@code medmine-order-sign}).
   */
  public static String serviceFor(String hook) {
    return CdsService.ALL.stream()
        .filter(s -> s.hook().equals(hook))
        .findFirst()
        .map(CdsService::id)
        .orElseThrow(
            () ->
                new org.medmine.model.MedmineUserException(
                    "No medmine CDS service answers the hook '"
                        + hook
                        + "': use order-select, order-sign or patient-view."));
  }
}

/**
 * Hospital operations, the {@code forecast} app ({@link org.medmine.apps.operations.ForecastApp}):
 * daily admissions and midnight census from encounter start and stop times, forecast with
 * rolling-origin backtests, and the staffing view of the census.
 */
package org.medmine.apps.operations;

/** Hospital operations: daily admissions and midnight census from encounter start and stop times. */
package org.medmine.apps.operations;
